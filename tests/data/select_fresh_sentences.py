"""Reproduce the sentence selection of events_fresh_refs.jsonl (see README.md).

Prints the candidate sentences (doc, start, end, pool, text) as JSON lines; the
texts go to a scratch file for annotation and never into the repository.

    python tests/data/select_fresh_sentences.py ../shared > /tmp/fresh/candidates.jsonl
    python tests/data/select_fresh_sentences.py ../shared --stage2 > /tmp/fresh/stage2.jsonl

Stage 2 lists, for documents not drawn in stage 1, every remaining sentence in a
seeded random order; the annotator keeps, reading in that order, the first
STAGE2_PER_DOC sentences that name a political actor.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

from newsevents.nlp import get_nlp

SEED = 20261122
VOA_DOCS, POLNEAR_DOCS = 34, 20
STAGE2_VOA_DOCS, STAGE2_POLNEAR_DOCS, STAGE2_PER_DOC = 14, 10, 4
ACTOR_PER_DOC, OTHER_PER_DOC = 4, 2
# a recall-oriented hint for "may name a political actor"; the annotator decides by reading
ACTOR_HINT_LABELS = {"GPE", "NORP", "ORG", "PERSON"}
DEV_REFS = Path(__file__).resolve().parent / "events_dev_refs.jsonl"


def _paragraph_sentences(text: str):
    """(start, end) of every sentence, split by spaCy inside blank-line or newline paragraphs."""
    nlp = get_nlp()
    for para in re.finditer(r"[^\n]+", text):
        doc = nlp(para.group())
        for sent in doc.sents:
            stripped = sent.text.strip()
            if len(stripped.split()) < 4:
                continue
            start = para.start() + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            yield start, start + len(stripped), {e.label_ for e in sent.ents}


def _pick(doc_id: str, text: str, taken: set[tuple[int, int]], rng: random.Random):
    actor, other = [], []
    for start, end, labels in _paragraph_sentences(text):
        if any(s < end and start < e for s, e in taken):
            continue  # overlaps a dev-set sentence
        (actor if labels & ACTOR_HINT_LABELS else other).append((start, end))
    rng.shuffle(actor)
    rng.shuffle(other)
    chosen = [(s, "actor") for s in actor[:ACTOR_PER_DOC]] + [(s, "other") for s in other[:OTHER_PER_DOC]]
    # fill a short pool from the other one so every document gives up to six sentences
    want = ACTOR_PER_DOC + OTHER_PER_DOC
    spare = [(s, "actor") for s in actor[ACTOR_PER_DOC:]] + [(s, "other") for s in other[OTHER_PER_DOC:]]
    chosen += spare[: max(0, want - len(chosen))]
    return [{"doc": doc_id, "start": start, "end": end, "pool": pool, "text": text[start:end]}
            for (start, end), pool in sorted(chosen)]


def main(shared: Path, stage2: bool = False) -> None:
    rng = random.Random(SEED)
    taken: dict[str, set[tuple[int, int]]] = {}
    for line in DEV_REFS.read_text(encoding="utf-8").splitlines():
        ref = json.loads(line)
        taken.setdefault(ref["doc"], set()).add((ref["start"], ref["end"]))
    stories = [json.loads(l) for l in (shared / "corpora/voa/voa_stories.jsonl").open(encoding="utf-8") if l.strip()]
    stories.sort(key=lambda s: str(s["id"]))
    # stage 1 (the random draws must stay in this order to reproduce the set)
    stage1_rows = []
    voa_docs = rng.sample(stories, VOA_DOCS)
    for story in voa_docs:
        doc = f"voa:{story['id']}"
        stage1_rows += _pick(doc, story["text"], taken.get(doc, set()), rng)
    paths = sorted((shared / "corpora/polnear/dev/text").glob("*.txt"))
    polnear_docs = rng.sample(paths, POLNEAR_DOCS)
    for path in polnear_docs:
        stage1_rows += _pick(f"polnear:{path.stem}", _read(path), set(), rng)
    if not stage2:
        for row in stage1_rows:
            print(json.dumps(row, ensure_ascii=False))
        return
    rng2 = random.Random(SEED + 1)
    rest_voa = [s for s in stories if s not in voa_docs]
    rest_polnear = [p for p in paths if p not in polnear_docs]
    docs = [(f"voa:{s['id']}", s["text"]) for s in rng2.sample(rest_voa, STAGE2_VOA_DOCS)]
    docs += [(f"polnear:{p.stem}", _read(p)) for p in rng2.sample(rest_polnear, STAGE2_POLNEAR_DOCS)]
    for doc, text in docs:
        spans = [(s, e) for s, e, _ in _paragraph_sentences(text)
                 if not any(a < e and s < b for a, b in taken.get(doc, set()))]
        rng2.shuffle(spans)
        for rank, (start, end) in enumerate(spans):
            print(json.dumps({"doc": doc, "start": start, "end": end, "rank": rank,
                              "text": text[start:end]}, ensure_ascii=False))


def _read(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as fh:
        return fh.read()


if __name__ == "__main__":
    main(Path(sys.argv[1]), stage2="--stage2" in sys.argv[2:])
