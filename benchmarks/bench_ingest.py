"""Ingest throughput (articles/s) on the PolNeAR train texts, end to end:
read, clean, parse, analyse (actors, events, quotes) and store.

    python benchmarks/bench_ingest.py [--shared ../shared] [--jobs 1 2] [--limit N] [--clean-only]

Writes a markdown table to benchmarks/results/ingest.md.
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
from pathlib import Path

from newsevents.clean import clean_document
from newsevents.ingest import read_inputs
from newsevents.pipeline import ingest

ROOT = Path(__file__).resolve().parents[1]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--clean-only", action="store_true", help="time reading+cleaning only")
    args = parser.parse_args(argv)
    files = sorted((Path(args.shared) / "corpora" / "polnear" / "train" / "text").glob("*.txt"))
    if args.limit:
        files = files[: args.limit]
    if not files:
        print("no PolNeAR train texts under", args.shared, file=sys.stderr)
        return 1
    words = sum(len(f.read_text(encoding="utf-8", errors="replace").split()) for f in files)
    rows = []
    started = time.perf_counter()
    cleaned = sum(1 for _ in map(clean_document, read_inputs([str(f) for f in files])))
    seconds = time.perf_counter() - started
    rows.append(("read+clean only", 1, cleaned, seconds))
    if not args.clean_only:
        for jobs in args.jobs:
            with tempfile.TemporaryDirectory() as tmp:
                report = ingest([str(f) for f in files], db=str(Path(tmp) / "bench.db"), jobs=jobs)
            rows.append(("full ingest", jobs, report.stored, report.seconds))
    lines = [
        f"# Ingest throughput — PolNeAR train ({len(files)} articles, {words:,} words)",
        "",
        f"Machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}",
        "",
        "| stage | jobs | articles | seconds | articles/s | words/s |",
        "|---|---|---|---|---|---|",
    ]
    for stage, jobs, count, secs in rows:
        lines.append(f"| {stage} | {jobs} | {count} | {secs:.1f} | {count / secs:.1f} | {words * count / len(files) / secs:,.0f} |")
    text = "\n".join(lines) + "\n"
    print(text)
    out = ROOT / "benchmarks" / "results" / ("ingest_clean.md" if args.clean_only else "ingest.md")
    out.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
