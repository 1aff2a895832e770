"""Evaluate story clustering against a gold JSONL with B-cubed scores.

Gold lines carry an article `id`, its gold `story_id` and the article fields
(`title`, `text`, `date` or `published`, `source`). Run:

    python -m newsevents.eval_stories ../shared/corpora/basil/articles.jsonl
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path
from typing import Hashable

from newsevents.models import Article
from newsevents.stories import StoryConfig, StoryIndex


def bcubed(pred: dict[str, Hashable], gold: dict[str, Hashable]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 over the items present in `gold`
    (an item missing from `pred` counts as a singleton cluster)."""
    items = list(gold)
    if not items:
        return 0.0, 0.0, 0.0
    pred_full = {item: pred.get(item, ("__singleton__", item)) for item in items}
    pred_members: dict[Hashable, set[str]] = defaultdict(set)
    gold_members: dict[Hashable, set[str]] = defaultdict(set)
    for item in items:
        pred_members[pred_full[item]].add(item)
        gold_members[gold[item]].add(item)
    precision = recall = 0.0
    for item in items:
        same_pred = pred_members[pred_full[item]]
        same_gold = gold_members[gold[item]]
        overlap = len(same_pred & same_gold)
        precision += overlap / len(same_pred)
        recall += overlap / len(same_gold)
    precision /= len(items)
    recall /= len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def load_gold(gold_path: str | Path) -> tuple[list[Article], dict[str, str]]:
    articles, gold = [], {}
    with open(gold_path, encoding="utf-8") as handle:
        for line_number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            article_id = str(row["id"])
            if article_id in gold:  # ids must be unique (BASIL has four "empty" ones)
                article_id = f"{article_id}#{line_number}"
            articles.append(
                Article(
                    id=article_id,
                    text=row.get("text") or "",
                    title=row.get("title"),
                    published=row.get("published") or row.get("date"),
                    publisher=row.get("source"),
                    url=row.get("url"),
                )
            )
            gold[article_id] = str(row["story_id"])
    return articles, gold


ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW"}


def spacy_entities(articles: list[Article]) -> dict[str, list[str]]:
    """Named-entity mentions per article from the shared spaCy pipeline, in the
    shape the pipeline hands to StoryIndex.add."""
    from newsevents.nlp import parse_many

    texts = [f"{a.title or ''}\n\n{a.text}" for a in articles]
    return {
        article.id: [ent.text for ent in doc.ents if ent.label_ in ENTITY_LABELS]
        for article, doc in zip(articles, parse_many(texts))
    }


def evaluate_stories(
    gold_path: str | Path,
    config: StoryConfig | None = None,
    batches: int = 1,
    use_spacy: bool = False,
) -> dict:
    """Cluster the gold articles (in `batches` consecutive slices of the file
    order, to exercise incremental adds) and score them against the gold.
    Without `use_spacy` the index falls back to its capitalised-phrase entities."""
    articles, gold = load_gold(gold_path)
    entities = spacy_entities(articles) if use_spacy else None
    index = StoryIndex(config)
    started = time.perf_counter()
    size = max(1, -(-len(articles) // batches))
    # Predictions come from the returned assignments: `story_of` forgets the
    # articles of archived stories.
    pred: dict[str, str] = {}
    for start in range(0, len(articles), size):
        for assignment in index.add(articles[start : start + size], entities):
            pred[assignment.article_id] = assignment.story_id
    elapsed = time.perf_counter() - started
    precision, recall, f1 = bcubed(pred, gold)
    return {
        "articles": len(articles),
        "gold_stories": len(set(gold.values())),
        "predicted_stories": len(set(pred.values())),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "articles_per_s": round(len(articles) / elapsed, 1) if elapsed else None,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="gold JSONL (id, story_id, title, text, date/published, source)")
    parser.add_argument("--batches", type=int, default=1, help="add the articles in this many slices")
    parser.add_argument("--spacy", action="store_true", help="pass spaCy entities (slower)")
    args = parser.parse_args(argv)
    print(json.dumps(evaluate_stories(args.gold, batches=args.batches, use_spacy=args.spacy), indent=2))


if __name__ == "__main__":
    main()
