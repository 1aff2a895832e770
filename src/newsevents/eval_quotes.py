"""Evaluate quote extraction against PolNeAR (brat attribution annotations).

Gold: every `E` relation of an `.ann` file is one attribution with Source,
Cue and Content spans (content may be discontinuous: "321 348;426 462").

Definitions (documented because PolNeAR does not mark direct speech):

* A gold attribution is a **direct quote** when at least half of the
  alphanumeric characters of its content lie inside double quotation marks.
  Quote regions for this are computed independently of the extractor, per
  paragraph: a mark opens, the next mark closes, a mark left open runs to the
  paragraph end. Everything else is **indirect** (reported speech, but also
  beliefs and intentions: PolNeAR annotates more than speech, so indirect
  recall is also reported restricted to gold cues that are speech verbs).
* A predicted quote P **matches** a gold content G when their character
  overlap is at least half of the shorter of the two
  (``overlap / min(|P|, |G|) >= 0.5``): a partial quote lying inside a longer
  gold content matches it, and one long multi-paragraph prediction matches
  each of the gold pieces it covers.
* **Recall** = share of gold attributions (direct or indirect) matched by a
  prediction of the same kind. **Precision** = share of predictions of a kind
  matching any gold content (a partial quote inside gold reported speech is
  a correct find).
* **Speaker accuracy** = over matched gold attributions, the share whose best
  matching prediction has the right speaker: the predicted speaker mention
  overlaps the gold Source span; or the resolved name's last word occurs in
  the gold Source text; or, when the gold Source is a pronoun / role noun (no
  capitalised word), in the nearest preceding gold Source that has one (a
  proxy for the coreference chain, which the shipped corpus does not carry).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.nlp import get_nlp
from newsevents.quotes import SPEECH_VERBS, find_quotes

Spans = list[tuple[int, int]]

_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "his", "her", "its", "their"}


@dataclass
class GoldAttribution:
    content: Spans
    source: Spans = field(default_factory=list)
    cue: Spans = field(default_factory=list)
    direct: bool = False


def _spans(field_text: str) -> Spans:
    out = []
    for part in field_text.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


def read_ann(path: Path) -> list[GoldAttribution]:
    """The attributions of one brat `.ann` file."""
    spans: dict[str, tuple[str, Spans]] = {}
    relations = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if not parts or len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            label, _, where = parts[1].partition(" ")
            spans[parts[0]] = (label, _spans(where))
        elif parts[0].startswith("E"):
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    out = []
    for rel in relations:
        content = spans.get(rel.get("Content", ""), (None, []))[1]
        if not content:
            continue
        out.append(GoldAttribution(
            content=content,
            source=spans.get(rel.get("Source", ""), (None, []))[1],
            cue=spans.get(rel.get("Cue", ""), (None, []))[1],
        ))
    return out


def quoted_mask(text: str) -> list[bool]:
    """Per character: inside double quotation marks (see module doc)."""
    mask = [False] * len(text)
    for para in re.finditer(r"[^\n]+", text):
        open_at = None
        for m in re.finditer(r"[“”\"„«»]", para.group()):
            i = para.start() + m.start()
            if open_at is None:
                open_at = i
            else:
                for k in range(open_at, i + 1):
                    mask[k] = True
                open_at = None
        if open_at is not None:
            for k in range(open_at, para.end()):
                mask[k] = True
    return mask


def _overlap(a: Spans, b: Spans) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _length(a: Spans) -> int:
    return sum(e - s for s, e in a)


def _matches(pred: Spans, gold: Spans) -> float:
    short = min(_length(pred), _length(gold)) or 1
    return _overlap(pred, gold) / short


def _is_named(text: str) -> bool:
    words = re.findall(r"[A-Za-z][\w.'’-]*", text)
    return any(w[0].isupper() and w.lower() not in _PRONOUNS and w.lower() not in ("the", "a", "an")
               for w in words)


def _speaker_ok(pred, gold: GoldAttribution, text: str, all_gold: list[GoldAttribution]) -> bool:
    if pred.speaker is None or not gold.source:
        return False
    if pred.mention_span and _overlap([pred.mention_span], gold.source) > 0:
        return True
    name = pred.speaker.name
    if not name:
        return False
    key = re.findall(r"[\w-]+", name)[-1].lower()
    gold_text = " ".join(text[a:b] for a, b in gold.source)

    def has(t: str) -> bool:
        return key in {w.lower() for w in re.findall(r"[\w-]+", t)}

    if has(gold_text):
        return True
    if _is_named(gold_text):
        return False
    # Coreference proxy: the nearest named gold source before this one.
    here = gold.source[0][0]
    earlier = [g for g in all_gold if g.source and g.source[0][0] < here]
    for g in sorted(earlier, key=lambda g: -g.source[0][0]):
        t = " ".join(text[a:b] for a, b in g.source)
        if _is_named(t):
            return has(t)
    return False


def _text_path(split_dir: Path, ann: Path) -> Path:
    stem = ann.stem.rsplit("_", 1)[0]  # drop the annotator id suffix
    return split_dir / "text" / f"{stem}.txt"


def _parsed_docs(texts: list[str], cache: Path | None):
    """Parsed docs and the parse time; with `cache` (a DocBin file) parsing is
    done once and reused, which makes error analysis on the 840 train articles
    a matter of seconds instead of minutes."""
    from spacy.tokens import DocBin

    nlp = get_nlp()
    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if [d.text for d in docs] == texts:
            return docs, None
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=16))
    parse_s = time.perf_counter() - t0
    if cache is not None:
        DocBin(attrs=["ORTH", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "LEMMA", "POS", "MORPH", "SENT_START"],
               docs=docs).to_disk(cache)
    return docs, parse_s


def evaluate_quotes(polnear_dir, split: str = "dev", limit: int | None = None, details: bool = False,
                    cache: str | Path | None = None) -> dict:
    """Direct and indirect quote recall / precision / speaker accuracy on a
    PolNeAR split (see module doc for the definitions), plus speed. `cache`:
    a file where the parsed docs are kept between runs (parse speed is then
    not reported)."""
    split_dir = Path(polnear_dir) / split
    anns = sorted((split_dir / "attributions").glob("*.ann"))[:limit]
    texts = [_text_path(split_dir, ann).read_text(encoding="utf-8") for ann in anns]
    docs, parse_s = _parsed_docs(texts, Path(cache) if cache else None)
    counts = {k: {"gold": 0, "gold_found": 0, "pred": 0, "pred_ok": 0, "speaker_ok": 0}
              for k in ("direct", "indirect", "indirect_speech")}
    extract_s = 0.0
    errors = []
    for ann, text, doc in zip(anns, texts, docs):
        gold = read_ann(ann)
        mask = quoted_mask(text)
        for g in gold:
            alnum = [k for a, b in g.content for k in range(a, min(b, len(text))) if text[k].isalnum()]
            g.direct = bool(alnum) and sum(mask[k] for k in alnum) >= 0.5 * len(alnum)
        t1 = time.perf_counter()
        preds = find_quotes(doc)
        extract_s += time.perf_counter() - t1
        for kind, want_direct in (("direct", True), ("indirect", False)):
            kind_preds = [p for p in preds if p.direct == want_direct]
            for p in kind_preds:
                counts[kind]["pred"] += 1
                if any(_matches(p.segments, g.content) >= 0.5 for g in gold):
                    counts[kind]["pred_ok"] += 1
                elif details:
                    errors.append(("fp", kind, ann.name, text[p.start:p.end][:120]))
            for g in (g for g in gold if g.direct == want_direct):
                cue_words = " ".join(text[a:b] for a, b in g.cue).lower().split()
                buckets = [kind]
                if not want_direct and any(_lemma(w) in SPEECH_VERBS for w in cue_words):
                    buckets.append("indirect_speech")
                scored = [(_matches(p.segments, g.content), p) for p in kind_preds]
                scored = [s for s in scored if s[0] >= 0.5]
                for b in buckets:
                    counts[b]["gold"] += 1
                if not scored:
                    if details:
                        errors.append(("fn", kind, ann.name, " ".join(text[a:b] for a, b in g.content)[:120]))
                    continue
                best = max(scored, key=lambda s: (s[0], _overlap(s[1].segments, g.content)))[1]
                ok = _speaker_ok(best, g, text, gold)
                for b in buckets:
                    counts[b]["gold_found"] += 1
                    counts[b]["speaker_ok"] += ok
                if not ok and details:
                    src = " ".join(text[a:b] for a, b in g.source)
                    sp = best.speaker
                    errors.append(("speaker", kind, ann.name, f"gold={src!r} pred={sp and (sp.mention, sp.name)!r} "
                                   f"quote={text[best.start:best.end][:60]!r}"))
    result: dict = {"split": split, "articles": len(anns)}
    for kind, c in counts.items():
        result[kind] = {
            "gold": c["gold"],
            "predicted": c["pred"],
            "recall": round(c["gold_found"] / c["gold"], 3) if c["gold"] else None,
            "precision": round(c["pred_ok"] / c["pred"], 3) if c["pred"] else None,
            "speaker_accuracy": round(c["speaker_ok"] / c["gold_found"], 3) if c["gold_found"] else None,
        }
    del result["indirect_speech"]["predicted"], result["indirect_speech"]["precision"]
    result["articles_per_s_extract"] = round(len(anns) / extract_s, 1) if extract_s else None
    if parse_s is not None and anns:
        result["articles_per_s_parse_and_extract"] = round(len(anns) / (parse_s + extract_s), 1)
    result["ms_per_article_extract"] = round(1000 * extract_s / max(1, len(anns)), 2)
    if details:
        result["errors"] = errors
    return result


_SUFFIXES = (("ied", "y"), ("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("d", ""))


def _lemma(word: str) -> str:
    """Crude lemma for gold cue words (said -> say, told -> tell)."""
    word = word.strip(".,:;\"“”’'")
    irregular = {"said": "say", "says": "say", "told": "tell", "tells": "tell", "wrote": "write"}
    if word in irregular:
        return irregular[word]
    if word in SPEECH_VERBS:
        return word
    for suf, rep in _SUFFIXES:
        if word.endswith(suf) and (word[: -len(suf)] + rep) in SPEECH_VERBS:
            return word[: -len(suf)] + rep
    return word


def main() -> None:  # pragma: no cover - command-line helper
    import argparse
    import json

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("polnear_dir")
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--errors", action="store_true", help="print misses and wrong speakers")
    ap.add_argument("--cache", help="DocBin file keeping the parsed articles between runs")
    args = ap.parse_args()
    res = evaluate_quotes(args.polnear_dir, args.split, args.limit, details=args.errors, cache=args.cache)
    errors = res.pop("errors", [])
    for e in errors:
        print("\t".join(e))
    print(json.dumps(res, indent=2))


if __name__ == "__main__":  # pragma: no cover
    main()
