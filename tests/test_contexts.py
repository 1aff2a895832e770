"""PLOVER contexts (newsevents.contexts) on real sentences, and the
`--context` filter of the events query over events coded by the real coder."""

from __future__ import annotations

import pytest

from newsevents import query
from newsevents.contexts import CONTEXTS, event_contexts, load_cues, sentence_contexts
from newsevents.events import code_text
from newsevents.models import Article, ArticleResult
from newsevents.nlp import get_nlp
from newsevents.store import Store
from tests.conftest import run_cli, shared_path


def _contexts(text: str) -> set[str]:
    return sentence_contexts(get_nlp()(text))


def test_every_cue_names_a_manual_context():
    named = {c for contexts in load_cues().values() for c in contexts}
    assert named <= set(CONTEXTS)
    # every context of the manual has cues
    assert named == set(CONTEXTS)


@pytest.mark.parametrize("text, expected, absent", [
    ("Russia freezes military cooperation with NATO", {"military"}, {"economic"}),
    ("Tit-for-tat refusals mark the lowest point in NATO-Russia relations since the Cold War.",
     {"diplomatic"}, {"military"}),
    ("The European Union imposed new tariffs on Chinese electric vehicles.", {"economic"}, {"military"}),
    ("Police fired tear gas at opposition supporters protesting the election results.",
     {"repression", "election"}, {"natural_resource"}),
    ("The court sentenced the journalist to five years in prison.", {"legal", "rights_freedoms"}, set()),
    ("Iran continues to enrich uranium beyond the limits of the nuclear deal.", {"cbrn"}, set()),
    ("Thousands of refugees fled across the border after the floods.", {"migration", "territory", "disasters"},
     set()),
    # a person's name is not a cue: "Bill" is no legislation, "Rose" no flower
    ("Bill Burns met the Turkish president in Ankara.", set(), {"legislative"}),
    ("Gunmen stormed the hotel in Mogadishu.", set(), {"disasters"}),
])
def test_sentence_cues(text, expected, absent):
    found = _contexts(text)
    assert expected <= found, found
    assert not (absent & found), found


def test_event_contexts_add_lexicon_and_sector_contexts_in_manual_order():
    doc = get_nlp()("The two sides held talks on Tuesday.")
    assert event_contexts(doc, ["military"], ["JUD"]) == ["military", "legal", "diplomatic"]
    assert event_contexts(doc, ["humanitarian"], []) == ["human_security", "diplomatic"]


def test_coded_seed_events_carry_contexts_and_can_be_filtered(tmp_path):
    seed = shared_path("seeds")
    path = next(p for p in sorted(seed.iterdir()) if p.name.startswith("000"))
    text = path.read_text(encoding="utf-8")
    events = code_text(text, "2008-08-21", article_id="seed000")
    freeze = next(e for e in events if e.type == "SANCTION" and "military cooperation" in e.sentence)
    assert "military" in freeze.context

    store = Store(tmp_path / "ctx.db")
    store.save_result(ArticleResult(article=Article(id="seed000", text=text, published="2008-08-21"),
                                    events=events))
    military = query.events(store, context="military")
    assert military and all("military" in e["context"] for e in military)
    assert len(military) < len(query.events(store))
    assert query.events(store, context="Human rights") == query.events(store, context="human_rights")
    with pytest.raises(query.QueryError, match="unknown context 'weather'"):
        query.events(store, context="weather")

    shown = run_cli("events", "--db", str(tmp_path / "ctx.db"), "--context", "military", "--format", "csv")
    assert shown.returncode == 0, shown.stderr
    header, *rows = shown.stdout.decode().splitlines()
    assert "context" in header.split(",") and rows and all("military" in row for row in rows)
    bad = run_cli("events", "--db", str(tmp_path / "ctx.db"), "--context", "weather")
    assert bad.returncode != 0 and b"unknown context" in bad.stderr
