"""PLOVER contexts of an event: the "why" of event-mode-context.

The manual lists general contexts (military, diplomatic, economic, legal,
terrorism, migration, ...) that any event may carry, several at once, and
says they are usually read from the words around the event rather than from
its verb. newsevents gives each event the contexts

* signalled by cue words of its sentence (``data/contexts.tsv``, written
  from the manual's definitions of each context);
* named by its trigger's lexicon row (the crosswalk's context of the
  CAMEO code it stands for, e.g. "military" for a military withdrawal);
* implied by its actors' sectors (an army acting is a military matter,
  a court a legal one).

Sentence-level cues keep each context traceable to the evidence sentence;
a document-level classifier would tag an attack "election" merely because
the article is about a campaign, a misreading the manual warns against.
"""

from __future__ import annotations

import functools
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"

# The manual's general contexts, in its order (the order contexts are listed in).
CONTEXTS = (
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights", "rights_freedoms",
    "repression", "human_security", "gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic",
    "territory", "peacekeeping", "health", "asylum", "migration", "disasters", "natural_resource",
    "environment", "technology", "terrorism", "cbrn", "cyber", "misinformation", "crime", "corruption",
    "illegal_drugs", "trafficking",
)
_ORDER = {name: i for i, name in enumerate(CONTEXTS)}

# Sectors whose acting makes the event a matter of one context (PLOVER sector codes).
SECTOR_CONTEXTS = {"MIL": "military", "SPY": "intelligence", "JUD": "legal", "LEG": "legislative",
                   "REF": "migration", "REL": "religion_ethnicity"}

# Crosswalk context names that differ from the manual's list.
CROSSWALK_NAMES = {"democracy": "pro_democracy", "humanitarian": "human_security"}


@functools.lru_cache(maxsize=1)
def load_cues() -> dict[tuple[str, ...], set[str]]:
    """{cue as a tuple of words: contexts}. A word is a lower-case lemma, or
    "=form" for an exact lower-case word form."""
    cues: dict[tuple[str, ...], set[str]] = {}
    path = DATA_DIR / "contexts.tsv"
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("context\t"):
            continue
        name, _, cue_list = line.partition("\t")
        if name not in _ORDER:
            raise ValueError(f"{path}:{n}: unknown PLOVER context {name!r}")
        for cue in cue_list.split(";"):
            words = tuple(cue.strip().lower().split())
            if words:
                cues.setdefault(words, set()).add(name)
    return cues


@functools.lru_cache(maxsize=1)
def _cues_by_first_word() -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for words in load_cues():
        index.setdefault(words[0].lstrip("="), []).append(words)
    return index


def _word_matches(token, word: str) -> bool:
    if word.startswith("="):
        return token.lower_ == word[1:]
    return token.lemma_.lower() == word or token.lower_ == word


def sentence_contexts(tokens) -> set[str]:
    """Contexts cued by a sequence of spaCy tokens (a sentence or span).
    Tokens inside a person's name are skipped ("Bill" is no bill, "Rose
    Gottemoeller" no flower)."""
    cues = load_cues()
    first_words = _cues_by_first_word()
    tokens = list(tokens)
    found: set[str] = set()
    for i, token in enumerate(tokens):
        if token.ent_type_ == "PERSON":
            continue
        for key in {token.lemma_.lower(), token.lower_}:
            for words in first_words.get(key, ()):
                span = tokens[i:i + len(words)]
                if len(span) == len(words) and all(_word_matches(t, w) for t, w in zip(span, words)):
                    found |= cues[words]
    return found


def event_contexts(tokens, crosswalk_contexts=(), sectors=()) -> list[str]:
    """The event's contexts, in the manual's order: cues of its sentence
    `tokens`, the crosswalk contexts its trigger names, and those implied by
    its actors' `sectors`."""
    found = sentence_contexts(tokens)
    found |= {CROSSWALK_NAMES.get(c, c) for c in crosswalk_contexts}
    found |= {SECTOR_CONTEXTS[s] for s in sectors if s in SECTOR_CONTEXTS}
    return sorted((c for c in found if c in _ORDER), key=_ORDER.__getitem__)
