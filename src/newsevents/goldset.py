"""The event-coding gold sets (dev and fresh), kept as references.

The article texts belong to their publishers (the seeds) or to the shared VOA
corpus, so the repository stores only *references*: a document id, character
offsets and the SHA-1 of the sentence, plus the human coding (PLOVER event,
mode, actor/recipient lists, modality).  `materialize_events_gold` joins the
references with the texts from the shared folder and returns the records that
`newsevents eval events GOLD.jsonl` reads (`text`, `event`, `source`,
`target`, ...).  The annotation guidelines are in tests/data/README.md.

    python -m newsevents.goldset tests/data/events_dev_refs.jsonl ../shared gold.jsonl

References name documents as `voa:<id>`, `seed:<file stem>` or
`polnear:<file stem>` (PolNeAR articles, dev and train folders).
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
MODALITIES = ("asserted", "negated", "intended", "conditional")

# PLOVER sector codes (manual, "Sector Codes" table) plus IGO, used here for the
# organisation itself (NATO, UN, EU...) rather than one of its organs.
SECTORS = frozenset(
    "COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF "
    "OPP PRE REL SOC IGO".split()
)

# Actor codes that are not ISO 3166 alpha-3: the organisations and armed groups
# the gold set names, by their canonical short name, plus the manual's KOS and
# its generic NGO code for unnamed non-governmental organisations.
ORGANISATION_CODES = frozenset({
    "NATO", "UN", "EU", "AU", "ECOWAS", "G7", "IAEA", "IMF", "WTO", "ICC", "ASEAN",
    "NGO", "KOS", "MSF", "Hamas", "Hezbollah", "Houthis", "Islamic State", "Taliban",
    "al-Shabaab", "al-Qaida", "Boko Haram", "BLA", "TTP", "SDF", "YPG", "HTS", "PKK", "3R",
    "RSF",  # Sudan's Rapid Support Forces (Reporters Without Borders is coded NGO/JRN)
    "ICJ", "HRW",
})

# Modes allowed per event type, from the mode tables of the PLOVER manual
# (REQUEST and REJECT share theirs); types without a table take no mode.
MODES_BY_TYPE = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "unconventional"},
}

# Publication dates of the three seed reports (their texts carry no metadata
# field; the dates are the ones printed in or implied by the reports).
SEED_PUBLISHED = {"000": "2008-08-21", "003": "2008-08-20", "004": "2009-12-01"}


class GoldReferenceError(ValueError):
    """A reference does not match the shared text it points into."""


def _load_documents(shared_dir: Path) -> tuple[dict[str, str], dict[str, str | None]]:
    """Texts and publication dates of every document a reference may name."""
    texts: dict[str, str] = {}
    published: dict[str, str | None] = {}
    voa = shared_dir / "corpora" / "voa" / "voa_stories.jsonl"
    with voa.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            story = json.loads(line)
            doc = f"voa:{story['id']}"
            texts[doc] = story["text"]
            published[doc] = story.get("published")
    for path in sorted((shared_dir / "seeds").glob("*.txt")):
        doc = f"seed:{path.stem}"
        texts[doc] = _read_exact(path)
        published[doc] = SEED_PUBLISHED.get(path.stem.split("_", 1)[0])
    polnear = shared_dir / "corpora" / "polnear"
    dates = _polnear_dates(polnear / "metadata.tsv")
    for folder in ("dev", "train"):
        for path in sorted((polnear / folder / "text").glob("*.txt")):
            doc = f"polnear:{path.stem}"
            texts[doc] = _read_exact(path)
            published[doc] = dates.get(path.stem)
    return texts, published


def _read_exact(path: Path) -> str:
    # newline="" keeps the characters as stored (no \r\n folding), so offsets match on any OS
    with path.open(encoding="utf-8", newline="") as fh:
        return fh.read()


def _polnear_dates(metadata: Path) -> dict[str, str]:
    """PolNeAR file stem -> publication date (YYYY-MM-DD) from metadata.tsv."""
    if not metadata.exists():
        return {}
    with metadata.open(encoding="utf-8", newline="") as fh:
        return {row["filename"]: row["publication_date"][:10]
                for row in csv.DictReader(fh, delimiter="\t") if row.get("filename")}


def load_refs(refs_path: str | Path) -> list[dict[str, Any]]:
    with Path(refs_path).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _describe(ref: dict[str, Any], line_no: int) -> str:
    return f"ref #{line_no} ({ref.get('doc')} [{ref.get('start')}:{ref.get('end')}])"


def materialize_events_gold(refs_path: str | Path, shared_dir: str | Path) -> list[dict[str, Any]]:
    """Resolve every reference against the shared texts.

    Raises GoldReferenceError naming the reference when a document is missing
    or the sentence's SHA-1 differs (the shared text changed under us)."""
    texts, published = _load_documents(Path(shared_dir))
    gold = []
    for line_no, ref in enumerate(load_refs(refs_path), 1):
        doc = ref["doc"]
        if doc not in texts:
            raise GoldReferenceError(f"{_describe(ref, line_no)}: unknown document")
        text = texts[doc][ref["start"]:ref["end"]]
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
        if digest != ref["sha1"]:
            raise GoldReferenceError(
                f"{_describe(ref, line_no)}: sha1 mismatch (expected {ref['sha1']}, got {digest}; "
                f"text now {text[:60]!r})"
            )
        gold.append({
            "id": f"{doc}:{ref['start']}-{ref['end']}",
            "text": text,
            "event": ref["event"],
            "mode": ref.get("mode"),
            "source": ref.get("source", []),
            "target": ref.get("target", []),
            "modality": ref.get("modality", "asserted"),
            "also": ref.get("also", []),
            "doc": doc,
            "published": published.get(doc),
        })
    return gold


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 3:
        print("usage: python -m newsevents.goldset REFS.jsonl SHARED_DIR OUT.jsonl", file=sys.stderr)
        return 2
    refs, shared, out = args
    try:
        gold = materialize_events_gold(refs, shared)
    except (GoldReferenceError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    with Path(out).open("w", encoding="utf-8") as fh:
        for record in gold:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(gold)} gold sentences to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
