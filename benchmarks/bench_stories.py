"""Time per added article of StoryIndex as the corpus grows.

Synthetic stream built from the BASIL and VOA texts in ../shared (read-only,
nothing is copied into the repo): each synthetic *event* mixes the sentences
of two random source articles, adds three invented actor names and rewrites
70% of the content words through an event-specific map into a fixed invented
vocabulary of 50k words (so events built from the same source text are still
different stories); it is reported 1-5 times (sentence subsets with ~10% of
the words swapped), and ~10% of the reports are syndicated copies (same text,
new first/last line). Events arrive
at a constant rate (`--per-day`), so the time window holds a constant number
of stories, as in a live feed.

At each checkpoint size N the index already holds N articles and the time to
add the next `--batch` articles is measured, with the memory the index takes
(Python allocations while `loads` rebuilds it, by tracemalloc), the size of
`dumps()`, and the process's peak RSS so far.

    python benchmarks/bench_stories.py            # 1k and 10k
    python benchmarks/bench_stories.py --full     # also 100k (~10 min)
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import re
import time
import tracemalloc
from datetime import datetime, timedelta, timezone
from pathlib import Path

from newsevents.eval_stories import bcubed
from newsevents.models import Article
from newsevents.stories import StoryIndex, split_sentences

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpora"
RESULTS = ROOT / "benchmarks" / "results" / "stories_scaling.md"
SYLLABLES = ["ka", "lo", "mi", "ran", "tes", "vo", "du", "ber", "shi", "na", "gor", "el", "pa", "zu", "rik"]


def load_source_texts() -> list[tuple[str, list[str]]]:
    texts = []
    for path in (SHARED / "basil" / "articles.jsonl", SHARED / "voa" / "voa_stories.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            sentences = split_sentences(row.get("text") or "")
            if len(sentences) >= 6:
                texts.append((row.get("title") or "", sentences))
    if not texts:
        raise SystemExit(f"no source texts under {SHARED}")
    return texts


def invented_word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def invented_name(rng: random.Random) -> str:
    return " ".join(invented_word(rng).capitalize() for _ in range(2))


def synthetic_stream(total: int, per_day: float, seed: int = 7):
    """Yield `total` articles in publication order."""
    rng = random.Random(seed)
    sources = load_source_texts()
    vocabulary = sorted({invented_word(rng) for _ in range(50_000)})
    content_word = re.compile(r"[A-Za-z]{4,}")
    start = datetime(2020, 1, 1, tzinfo=timezone.utc)
    made = event = 0
    while made < total:
        (title_a, a), (_, b) = rng.sample(sources, 2)
        names = [invented_name(rng) for _ in range(3)]
        rewrite: dict[str, str] = {}

        def event_word(match: re.Match) -> str:
            word = match.group().lower()
            if word not in rewrite:
                rewrite[word] = rng.choice(vocabulary) if rng.random() < 0.7 else match.group()
            return rewrite[word]

        pool = [content_word.sub(event_word, s) for s in a[:8] + b[:6]]
        pool = [f"{rng.choice(names)} {s[0].lower()}{s[1:]}" if rng.random() < 0.4 else s for s in pool]
        when = start + timedelta(days=event / (per_day / 3))
        title = f"{names[0]} {content_word.sub(event_word, title_a)}"
        reports: list[str] = []
        for _ in range(rng.randint(1, 5)):
            if reports and rng.random() < 0.1:  # syndicated copy
                body = reports[0].split("\n")
                text = "\n".join(["From our wire partners"] + body[1:-1] + ["All rights reserved."])
            else:
                picked = [s for s in pool if rng.random() < 0.7] or pool[:3]
                words = " \n".join(picked).split(" ")
                text = " ".join(rng.choice(vocabulary) if rng.random() < 0.1 else w for w in words)
            reports.append(text)
            published = when + timedelta(hours=rng.uniform(0, 48))
            yield Article(id=f"syn-{made}", title=title, text=text, published=published.isoformat(),
                          agency=rng.choice(["AP", "Reuters", "AFP", None]), extra={"event": event})
            made += 1
            if made >= total:
                return
        event += 1


def run(sizes: list[int], batch: int, per_day: float) -> list[dict]:
    stream = synthetic_stream(max(sizes) + 3 * batch, per_day)
    index = StoryIndex()
    gold: dict[str, int] = {}
    # From the returned assignments: `story_of` forgets archived stories' articles.
    pred: dict[str, str] = {}
    rows = []
    held = 0
    fill = 1000
    for size in sizes:
        while held < size:
            chunk = [next(stream) for _ in range(min(fill, size - held))]
            pred.update((a.article_id, a.story_id) for a in index.add(chunk))
            gold.update((a.id, a.extra["event"]) for a in chunk)
            held += len(chunk)
        # Three timed slices; the median and CPU time of this process damp
        # the noise of a shared machine.
        slice_ms = []
        for _ in range(3):
            measured = [next(stream) for _ in range(batch)]
            started = time.process_time()
            assignments = index.add(measured)
            slice_ms.append(1000 * (time.process_time() - started) / batch)
            pred.update((a.article_id, a.story_id) for a in assignments)
            gold.update((a.id, a.extra["event"]) for a in measured)
            held += batch
        saved = index.dumps()
        peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # before tracemalloc's own overhead
        tracemalloc.start()
        loaded = StoryIndex.loads(saved)
        index_memory = tracemalloc.get_traced_memory()[0]  # while `loaded` is alive
        tracemalloc.stop()
        del loaded
        rows.append({
            "corpus_articles": size,
            "ms_per_added_article": round(statistics.median(slice_ms), 2),
            "live_stories": len(index.story_states),
            "archived_stories": len(index.archived),
            "postings_terms": len(index.postings),
            "df_terms": len(index.doc_freq),
            "index_memory_mb": round(index_memory / 2**20, 1),
            "saved_mb": round(len(saved) / 2**20, 1),
            "peak_rss_mb": round(peak_rss / 1024),
            "bcubed_f1": round(bcubed(pred, gold)[2], 3),
        })
        print(rows[-1], flush=True)
    return rows


def write_table(rows: list[dict], batch: int, per_day: float) -> None:
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    header = list(rows[0])
    lines = [
        "# StoryIndex scaling",
        "",
        f"CPU time per article to add {batch} articles to an index already holding N synthetic "
        f"articles ({per_day:g} articles/day; median of 3 slices), `python benchmarks/bench_stories.py`. "
        "index_memory_mb: Python memory of the index (tracemalloc while `loads` rebuilds it); "
        "saved_mb: size of `dumps()` (what the pipeline stores after each batch); peak_rss_mb: "
        "peak resident memory of the benchmark process so far (includes the source texts and "
        "the pickle `dumps` builds). "
        "bcubed_f1 scores all articles so far (their assignments as returned) against the synthetic events.",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "---|" * len(header),
    ]
    lines += ["| " + " | ".join(str(row[h]) for h in header) + " |" for row in rows]
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="also measure at 100k articles")
    parser.add_argument("--batch", type=int, default=500, help="articles timed at each checkpoint")
    parser.add_argument("--per-day", type=float, default=300.0, help="synthetic articles per day")
    args = parser.parse_args()
    sizes = [1_000, 10_000] + ([100_000] if args.full else [])
    rows = run(sizes, args.batch, args.per_day)
    write_table(rows, args.batch, args.per_day)
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
