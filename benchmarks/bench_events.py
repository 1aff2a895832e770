"""Event coding throughput on the 89 VOA stories, one process: parse, actors
and events per article, with the time of each stage, so the coder's own cost
(beyond spaCy) is visible.

    python benchmarks/bench_events.py [--shared ../shared] [--limit N]

Writes a markdown table to benchmarks/results/events.md.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from collections import Counter
from pathlib import Path

from newsevents.actors import ActorResolver, load_actor_tables
from newsevents.events import code_events, load_resources
from newsevents.models import Article
from newsevents.nlp import get_nlp

ROOT = Path(__file__).resolve().parents[1]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    path = Path(args.shared) / "corpora" / "voa" / "voa_stories.jsonl"
    if not path.exists():
        print("no VOA stories under", args.shared, file=sys.stderr)
        return 1
    stories = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    if args.limit:
        stories = stories[: args.limit]
    articles = [Article(id=f"voa:{s['id']}", text=s["text"], title=s.get("title"), published=s.get("published"))
                for s in stories]
    nlp = get_nlp()
    resolver = ActorResolver(load_actor_tables())
    load_resources()  # lexicon, actor tables and gazetteer: once per process, not in the timed loop
    warmup = "Russia froze military cooperation with NATO in Brussels."
    code_events(nlp(warmup), Article(id="warmup", text=warmup))
    times = Counter()
    types = Counter()
    n_events = 0
    started = time.perf_counter()
    for article in articles:
        t0 = time.perf_counter()
        doc = nlp(article.text)
        t1 = time.perf_counter()
        actors = resolver.resolve_doc(doc, int(article.published[:4]) if article.published else None)
        t2 = time.perf_counter()
        events = code_events(doc, article, actors)
        t3 = time.perf_counter()
        times["parse"] += t1 - t0
        times["actors"] += t2 - t1
        times["events"] += t3 - t2
        n_events += len(events)
        types.update(e.type for e in events)
    total = time.perf_counter() - started
    n = len(articles)
    words = sum(len(a.text.split()) for a in articles)
    lines = [
        "# Event coding throughput (VOA stories, one process)",
        "",
        f"Machine: {platform.machine()}, Python {platform.python_version()}; "
        f"{n} articles, {words} words; `python benchmarks/bench_events.py`",
        "",
        "| stage | total s | ms / article |",
        "|---|---|---|",
    ]
    for stage in ("parse", "actors", "events"):
        lines.append(f"| {stage} | {times[stage]:.2f} | {1000 * times[stage] / n:.1f} |")
    lines += [
        f"| **all** | {total:.2f} | {1000 * total / n:.1f} |",
        "",
        f"**{n / total:.1f} articles/s** end to end (parse + actors + events); "
        f"{n_events} events ({n_events / n:.1f} per article).",
        "",
        "Events by type: " + ", ".join(f"{t} {c}" for t, c in types.most_common()),
    ]
    out = ROOT / "benchmarks" / "results" / "events.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
