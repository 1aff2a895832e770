"""Writing records as a Rich table, JSON Lines or CSV (shared by every listing
command, so all of them format the same way)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

FORMATS = ("table", "jsonl", "csv")


def _flat(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def write_records(records: Iterable[dict[str, Any]], fmt: str, columns: Sequence[str],
                  table_columns: Sequence[str] | None = None, title: str | None = None,
                  out: TextIO | None = None) -> int:
    """Write records; `columns` is the CSV header, `table_columns` the (narrower)
    set shown in a terminal table. Returns how many were written."""
    out = out or sys.stdout
    count = 0
    if fmt == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
            count += 1
        return count
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(columns)
        for record in records:
            writer.writerow([_flat(record.get(c)) for c in columns])
            count += 1
        return count
    from rich.console import Console
    from rich.table import Table

    shown = list(table_columns or columns)
    table = Table(title=title, show_lines=False, expand=False)
    for column in shown:
        table.add_column(column, overflow="fold", max_width=60)
    for record in records:
        table.add_row(*[_shorten(_flat(record.get(c))) for c in shown])
        count += 1
    Console(file=out).print(table)
    return count


def _shorten(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
