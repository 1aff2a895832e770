"""Small readers of a spaCy parse shared by the event coder and its evaluative-speech rules."""
from __future__ import annotations

# Lemmas the small model gets wrong on words the lexicon needs ("staged" -> "stag").
LEMMA_FIXES = {"rearrested": "rearrest", "staged": "stage", "staging": "stage", "stages": "stage",
               "lambasted": "lambaste", "lambasting": "lambaste"}


def lemma(token) -> str:
    """The token's lower-case lemma, with LEMMA_FIXES applied."""
    return LEMMA_FIXES.get(token.lower_) or token.lemma_.lower()


def children(token, *deps) -> list:
    """The token's children attached by one of `deps`."""
    return [c for c in token.children if c.dep_ in deps]
