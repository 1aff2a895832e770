"""Trigger vocabulary on sentences written for these tests: rebuttals, havoc,
destruction (each a word the lexicon must know, and its limits)."""

from __future__ import annotations

import pytest

from newsevents.events import code_text


def _triples(text: str):
    return [(e.type, e.mode, e.source.code() if e.source else None, e.target.code() if e.target else None)
            for e in code_text(text, "2025-03-01")]


@pytest.mark.parametrize("text, expected", [
    ("The group wreaked havoc across Burkina Faso, Niger and Mali.", ("ASSAULT", None, "BFA")),
])
def test_new_triggers(text, expected):
    found = [(t, s, g) for t, _, s, g in _triples(text)]
    assert expected in found, found


def test_rebutting_a_claim_is_a_rejection():
    assert [t for t, *_ in _triples("Rebutting the claim, Balkhi said Islamabad must address internal issues.")] \
        == ["REJECT"]


def test_destruction_needs_a_destroyed_thing():
    assert ("ASSAULT", "destroy") in [(t, m) for t, m, *_ in _triples(
        "The operation led to the destruction of combat vehicles used by the militants.")]
    assert _triples("The destruction of the old order was a theme of his speeches.") == []


def test_a_denied_claim_with_no_act_in_it_is_a_rejection():
    assert _triples("Iran has denied for years that its nuclear pursuits are for military purposes.") \
        == [("REJECT", None, "IRN", None)]
    # an act inside the denied clause is that act, negated; an undenied claim is nothing
    denied = code_text("Russia denied that its forces had attacked the convoy.", "2025-03-01")
    assert [(e.type, e.negated) for e in denied] == [("ASSAULT", True)]
    assert _triples("Moscow did not deny that the plan existed.") == []


def test_calling_someone_a_friend_is_support_and_a_good_question_nothing():
    assert _triples("Macron called Germany a trusted friend and partner.") == [("SUPPORT", None, "FRA", "DEU")]
    assert _triples("He called it a good question.") == []
