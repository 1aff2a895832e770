"""Relations charts with matplotlib (Agg backend: no display needed).

One drawing serves the CLI (`plot_relations` -> PNG/SVG file) and the web UI
(`relations_svg` -> SVG string): cooperation as green bars above zero,
conflict as red bars below, the net score as a line, the strongest events
labelled. Text is drawn as paths in SVG, so no article-derived string ever
becomes markup.
"""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

COOPERATION = "#2e8b57"
CONFLICT = "#c0392b"
NET = "#1f2d3d"
_BAR_DAYS = {"day": 0.8, "week": 5.5, "month": 24, "year": 300}
_PAD_DAYS = {"day": 2, "week": 7, "month": 20, "year": 200}


def _period_kind(series: list[dict[str, Any]]) -> str:
    period = series[0]["period"] if series else ""
    if "-W" in period:
        return "week"
    return {4: "year", 7: "month"}.get(len(period), "day")


def _draw(series: list[dict[str, Any]], title: str | None, small: bool = False, labels: int = 4):
    kind = _period_kind(series)
    size = (3.2, 0.9) if small else (8.0, 3.8)
    fig, ax = plt.subplots(figsize=size, dpi=100, layout="constrained")
    days = [date.fromisoformat(p["start"]) for p in series]
    # Bars centred on the middle of their period.
    centres = [d + timedelta(days=_BAR_DAYS[kind] / 2 if kind != "day" else 0) for d in days]
    width = _BAR_DAYS[kind]
    coop = [p["cooperation"] for p in series]
    conflict = [-p["conflict"] for p in series]
    net = [p["net"] for p in series]
    ax.bar(centres, coop, width=width, color=COOPERATION, alpha=0.85, label="cooperation")
    ax.bar(centres, conflict, width=width, color=CONFLICT, alpha=0.85, label="conflict")
    # The net line joins consecutive periods only: a gap means no events,
    # and a line across it would suggest a trend nobody reported.
    for n, run in enumerate(_consecutive_runs(days, kind)):
        ax.plot([centres[i] for i in run], [net[i] for i in run], color=NET, marker="o",
                markersize=2.5 if small else 4, linewidth=1.2 if small else 1.6, label="net" if n == 0 else None)
    ax.set_axisbelow(True)
    ax.axhline(0, color="#888888", linewidth=0.8)
    if days:
        # At least ~6 periods wide, so one busy month is a bar, not a wall.
        pad = timedelta(days=_PAD_DAYS[kind]) + timedelta(days=width)
        low, high = min(centres) - pad, max(centres) + pad
        least = timedelta(days=_BAR_DAYS[kind] * 6 / 0.8 if kind != "day" else 6)
        if high - low < least:
            middle = low + (high - low) / 2
            low, high = middle - least / 2, middle + least / 2
        ax.set_xlim(low, high)
    high = max(coop + net + [0.0])
    low = min(conflict + net + [0.0])
    margin = max(high - low, 2.0) * 0.18
    ax.set_ylim(low - margin, high + margin)
    if small:
        ax.set_axis_off()
    else:
        locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.set_ylabel("PLOVER intensity (sum per %s)" % kind)
        ax.grid(axis="y", color="#e5e5e5", linewidth=0.6)
        ax.spines[["top", "right"]].set_visible(False)
        ax.legend(loc="upper left", fontsize=8, frameon=False, ncols=3)
        if title:
            ax.set_title(title, fontsize=11, loc="left")
        _label_key_events(ax, series, centres, labels)
        if not series:
            ax.text(0.5, 0.5, "no events", transform=ax.transAxes, ha="center", va="center", color="#666666")
    return fig


def _next_start(day: date, kind: str) -> date:
    if kind == "day":
        return day + timedelta(days=1)
    if kind == "week":
        return day + timedelta(days=7)
    if kind == "month":
        return date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return date(day.year + 1, 1, 1)


def _consecutive_runs(days: list[date], kind: str) -> list[list[int]]:
    runs: list[list[int]] = []
    for i, day in enumerate(days):
        if runs and _next_start(days[runs[-1][-1]], kind) == day:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _label_key_events(ax, series, centres, labels: int) -> None:
    """Label the strongest periods' key events, alternating above/below to limit overlap."""
    ranked = sorted(range(len(series)), key=lambda i: -abs((series[i].get("key_event") or {}).get("intensity") or 0))
    for n, i in enumerate(sorted(ranked[:labels])):
        key = series[i].get("key_event")
        if not key:
            continue
        value = series[i]["cooperation"] if key["intensity"] > 0 else -series[i]["conflict"]
        ax.annotate(_shorten(key["label"], 38), (centres[i], value), xytext=(0, 10 if value >= 0 else -12),
                    textcoords="offset points", ha="center", va="bottom" if value >= 0 else "top", fontsize=7.5,
                    color="#333333")


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def plot_relations(series: list[dict[str, Any]], path: str | Path, title: str | None = None) -> Path:
    """Write the chart of a `query.relations` series to PNG or SVG (by suffix)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise ValueError(f"plot file must end in .png or .svg, not {path.name!r}")
    fig = _draw(series, title)
    try:
        fig.savefig(path, format=suffix[1:])
    finally:
        plt.close(fig)
    return path


def relations_svg(series: list[dict[str, Any]], title: str | None = None, small: bool = False) -> str:
    """The same chart as an SVG document string (small=True: a bare sparkline)."""
    fig = _draw(series, title, small=small)
    buffer = io.StringIO()
    try:
        fig.savefig(buffer, format="svg", transparent=small)
    finally:
        plt.close(fig)
    return buffer.getvalue()
