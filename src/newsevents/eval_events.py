"""Evaluate the event coder against a gold file of hand-coded sentences.

Each gold record (``newsevents.goldset`` format: ``text``, ``event``,
``source``/``target`` lists of {code, sector}, ``also``, ``published``) is
coded alone with :func:`newsevents.events.code_text`, and the report gives:

* type recall: the gold type is among the predicted types of the sentence;
* top-1 type accuracy: the first predicted event has the gold type (a null
  sentence is right when nothing is predicted);
* source / target code accuracy, over sentences with a gold event for which
  an event of the gold type was predicted: any predicted code (compound
  members included) matches any gold code; an empty gold target is right only
  when the predicted target is empty, and vice versa;
* full triple accuracy: type, source and target all right, over gold events;
* modality accuracy (asserted/negated/intended/conditional) and mode
  accuracy (over gold events with a mode), for sentences whose gold type
  was predicted;
* extra events per sentence: predicted events beyond the gold ones (main +
  ``also``), every prediction on a null sentence counting;
* per-type precision/recall over the sentence's gold types (main + also);
* sentences per second (parse + actors + events).
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

from newsevents.models import ActorRef, Event
from newsevents.ontology import EVENT_TYPES


def _codes(actor: ActorRef | None) -> set[str]:
    if actor is None:
        return set()
    codes = {m.code() for m in actor.members if m.code()}
    if actor.code():
        codes.add(actor.code())
    return codes


def _gold_codes(entries) -> set[str]:
    return {e["code"] for e in entries or [] if e.get("code")}


def _target_right(event: Event, gold_target: set[str]) -> bool:
    predicted = _codes(event.target)
    if not gold_target:
        return not predicted
    return bool(predicted & gold_target)


def _in_context(records: list[dict], shared_dir) -> dict[str, list[Event]]:
    """Events of each gold sentence coded inside its whole document (the
    way the pipeline runs: earlier sentences give coreference and the
    dateline). The shared texts are read through the gold-set loader; an
    event belongs to the gold sentence its trigger falls in."""
    from newsevents.events import code_events
    from newsevents.goldset import _load_documents
    from newsevents.models import Article
    from newsevents.nlp import get_nlp

    texts, published = _load_documents(Path(shared_dir))
    by_doc: dict[str, list[dict]] = {}
    for rec in records:
        by_doc.setdefault(rec["doc"], []).append(rec)
    out: dict[str, list[Event]] = {}
    for doc_id, recs in by_doc.items():
        text = texts[doc_id]
        article = Article(id=doc_id, text=text, published=published.get(doc_id))
        events = code_events(get_nlp()(text), article)
        for rec in recs:
            start, end = (int(x) for x in rec["id"].rsplit(":", 1)[1].split("-"))
            out[rec["id"]] = [e for e in events
                              if start <= e.start + max(0, e.sentence.find(e.trigger or "")) < end]
    return out


def evaluate_events(gold_path, limit: int | None = None, shared_dir=None) -> dict:
    """Code every gold sentence alone and compare (see the module docstring).
    With `shared_dir` (the folder the gold set was materialized from) each
    sentence is coded inside its document instead."""
    from newsevents.events import code_text

    records = []
    with Path(gold_path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                records.append(json.loads(line))
            if limit is not None and len(records) >= limit:
                break
    counts = Counter()
    per_type = {t: Counter() for t in EVENT_TYPES}
    errors = []
    started = time.perf_counter()
    in_context = _in_context(records, shared_dir) if shared_dir is not None else None
    for rec in records:
        if in_context is not None:
            events = in_context[rec["id"]]
        else:
            events = code_text(rec["text"], rec.get("published"), article_id=rec.get("id"))
        gold_type = rec.get("event")
        gold_types = ({gold_type} if gold_type else set()) | {a["event"] for a in rec.get("also") or [] if a.get("event")}
        predicted_types = [e.type for e in events]
        counts["sentences"] += 1
        counts["predicted"] += len(events)
        counts["extra"] += max(0, len(events) - (1 + len(rec.get("also") or []) if gold_type else 0))
        for t in set(predicted_types):
            per_type[t]["tp" if t in gold_types else "fp"] += 1
        for t in gold_types - set(predicted_types):
            per_type[t]["fn"] += 1
        top1 = (bool(events) and predicted_types[0] == gold_type) if gold_type else not events
        counts["top1"] += top1
        problem = None
        if gold_type is None:
            counts["null"] += 1
            if events:
                problem = "false event"
        else:
            counts["gold_events"] += 1
            same_type = [e for e in events if e.type == gold_type]
            gold_source, gold_target = _gold_codes(rec.get("source")), _gold_codes(rec.get("target"))
            if same_type:
                counts["type_hit"] += 1
                src_ok = any(_codes(e.source) & gold_source for e in same_type)
                tgt_ok = any(_target_right(e, gold_target) for e in same_type)
                full = any(_codes(e.source) & gold_source and _target_right(e, gold_target) for e in same_type)
                counts["source_ok"] += src_ok
                counts["target_ok"] += tgt_ok
                counts["full"] += full
                # modality and mode of the best-matching prediction of the gold type
                best = next((e for e in same_type if _codes(e.source) & gold_source), same_type[0])
                counts["modality_ok"] += best.modality == (rec.get("modality") or "asserted")
                if rec.get("mode"):
                    counts["mode_gold"] += 1
                    counts["mode_ok"] += any(e.mode == rec["mode"] for e in same_type)
                if not full:
                    problem = "source" if not src_ok else "target"
            else:
                problem = "type"
        if not top1 and problem is None:
            problem = "order"
        if problem:
            errors.append({
                "id": rec.get("id"), "problem": problem, "text": rec["text"],
                "gold": {"event": gold_type, "mode": rec.get("mode"), "source": sorted(_gold_codes(rec.get("source"))),
                         "target": sorted(_gold_codes(rec.get("target"))), "modality": rec.get("modality"),
                         "also": [a.get("event") for a in rec.get("also") or []]},
                "predicted": [{"type": e.type, "mode": e.mode, "source": sorted(_codes(e.source)),
                               "target": sorted(_codes(e.target)), "modality": e.modality, "trigger": e.trigger}
                              for e in events],
            })
    elapsed = time.perf_counter() - started
    gold_events = counts["gold_events"] or 1
    type_hits = counts["type_hit"] or 1
    n = counts["sentences"] or 1
    table = {}
    for t, c in per_type.items():
        tp, fp, fn = c["tp"], c["fp"], c["fn"]
        table[t] = {"gold": tp + fn, "predicted": tp + fp,
                    "precision": tp / (tp + fp) if tp + fp else None,
                    "recall": tp / (tp + fn) if tp + fn else None}
    return {
        "mode": "in document" if shared_dir is not None else "sentence alone",
        "sentences": counts["sentences"],
        "gold_events": counts["gold_events"],
        "null_sentences": counts["null"],
        "predicted_events": counts["predicted"],
        "type_recall": counts["type_hit"] / gold_events,
        "top1_type_accuracy": counts["top1"] / n,
        "source_accuracy": counts["source_ok"] / type_hits,
        "target_accuracy": counts["target_ok"] / type_hits,
        "full_triple_accuracy": counts["full"] / gold_events,
        "modality_accuracy": counts["modality_ok"] / type_hits,
        "mode_accuracy": counts["mode_ok"] / counts["mode_gold"] if counts["mode_gold"] else None,
        "extra_events_per_sentence": counts["extra"] / n,
        "sentences_per_second": counts["sentences"] / elapsed if elapsed else None,
        "seconds": elapsed,
        "per_type": table,
        "errors": errors,
    }


def _fmt(value) -> str:
    return "-" if value is None else f"{value:.2f}"


def format_report(result: dict) -> str:
    lines = [
        f"[{result.get('mode', 'sentence alone')}] sentences {result['sentences']} (gold events {result['gold_events']}, null {result['null_sentences']}),"
        f" predicted events {result['predicted_events']}",
        f"type recall          {result['type_recall']:.3f}",
        f"top-1 type accuracy  {result['top1_type_accuracy']:.3f}",
        f"source accuracy      {result['source_accuracy']:.3f}",
        f"target accuracy      {result['target_accuracy']:.3f}",
        f"full triple accuracy {result['full_triple_accuracy']:.3f}",
        f"extra events/sent.   {result['extra_events_per_sentence']:.3f}",
        f"modality accuracy    {result['modality_accuracy']:.3f}",
        f"mode accuracy        {_fmt(result['mode_accuracy'])}",
        f"sentences/s          {result['sentences_per_second']:.1f}"
        + ("  (whole documents parsed)" if result.get("mode") == "in document" else ""),
        "",
        "| type | gold | predicted | precision | recall |",
        "|---|---|---|---|---|",
    ]
    for t, row in result["per_type"].items():
        lines.append(f"| {t} | {row['gold']} | {row['predicted']} | {_fmt(row['precision'])} | {_fmt(row['recall'])} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Evaluate the event coder on a gold JSONL file")
    parser.add_argument("gold")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--errors", help="write the error list (JSONL) here")
    parser.add_argument("--in-document", metavar="SHARED_DIR",
                        help="code each sentence inside its document, read from this shared folder")
    args = parser.parse_args(argv)
    result = evaluate_events(args.gold, limit=args.limit, shared_dir=args.in_document)
    print(format_report(result))
    if args.errors:
        with open(args.errors, "w", encoding="utf-8") as fh:
            for err in result["errors"]:
                fh.write(json.dumps(err, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
