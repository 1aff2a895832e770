"""Event merging: mentions of one event across the reports of a story become
one event with every report as a source.

Two mentions are the same event when they have the same PLOVER type, the same
source and target codes, the same polarity (a report that a freeze was decided
and one that it was denied stay apart, so contradictions remain visible; a
report of the plan and one of the act are the same event) and
compatible dates (equal at the coarser precision, or at most
`DAY_TOLERANCE` days apart: reports disagree on "Wednesday" vs "Thursday").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

DAY_TOLERANCE = 2


@dataclass
class Mention:
    id: str
    article_id: str
    type: str
    source_code: str | None
    target_code: str | None
    modality: str
    date: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    published: str | None  # of its article, for choosing the earliest mention
    start: int
    story_id: str | None = None


def _parse(value: str | None) -> tuple[int, int | None, int | None] | None:
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        numbers = [int(p) for p in parts]
    except ValueError:
        return None
    return (numbers[0], numbers[1] if len(numbers) > 1 else None, numbers[2] if len(numbers) > 2 else None)


def dates_compatible(a: str | None, b: str | None) -> bool:
    pa, pb = _parse(a), _parse(b)
    if pa is None or pb is None:
        return True  # an undated mention does not contradict a dated one
    if pa[0] != pb[0] and (pa[1] is None or pb[1] is None):
        return False
    if pa[1] is None or pb[1] is None:
        return pa[0] == pb[0]
    if pa[2] is None or pb[2] is None:
        return pa[:2] == pb[:2]
    try:
        return abs((date(*pa) - date(*pb)).days) <= DAY_TOLERANCE
    except ValueError:
        return pa == pb


def same_event_dates(a: Mention, b: Mention) -> bool:
    """Within one story an undated mention may join a dated one; across
    linked stories both must be dated and agree, or an undated background
    sentence ("relations have been strained by ...") would swallow a later story's event."""
    if a.story_id == b.story_id:
        return dates_compatible(a.date, b.date)
    return a.date is not None and b.date is not None and dates_compatible(a.date, b.date)


def merge_mentions(mentions: list[Mention]) -> dict[str, str]:
    """Map every mention id to the id of its merged event. Greedy
    single-link within each key, in publication order: a mention joins the
    first group whose every member's date is compatible with its own. The
    merged event takes the id of its representative: the earliest report that
    asserts the act ("has frozen"), else the earliest report ("plans to freeze")."""
    ordered = sorted(mentions, key=lambda m: (m.published is None, m.published or "", m.article_id, m.start))
    groups: dict[tuple, list[list[Mention]]] = {}
    for mention in ordered:
        key = (mention.type, mention.source_code, mention.target_code, mention.modality == "negated")
        for group in groups.setdefault(key, []):
            if all(same_event_dates(mention, other) for other in group):
                group.append(mention)
                break
        else:
            groups[key].append([mention])
    merged: dict[str, str] = {}
    for key_groups in groups.values():
        for group in key_groups:
            representative = next((m for m in group if m.modality == "asserted"), group[0])
            for m in group:
                merged[m.id] = representative.id
    return merged
