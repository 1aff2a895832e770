"""Event types on unfamiliar text (sentences written for these tests): the
evaluative words of domestic political speech, armed groups recruiting,
terrorist designations, medical care and praise names."""

from __future__ import annotations

import pytest

from newsevents.events import code_text


def _triples(text: str, published: str = "2025-03-01"):
    return [(e.type, e.mode, e.source.code() if e.source else None, e.target.code() if e.target else None)
            for e in code_text(text, published)]


@pytest.mark.parametrize("text, expected", [
    # judgement words in reported speech accuse the judged actor
    ("Hillary Clinton said Donald Trump's tax plan is a catastrophe.", ("ACCUSE", "disapprove", "USA", "USA")),
    ("Hillary Clinton said Donald Trump was disgusting.", ("ACCUSE", "disapprove", "USA", "USA")),
    ("Iran's foreign minister said the American sanctions were crazy.", ("ACCUSE", "disapprove", "IRN", "USA")),
    ("Iran's foreign minister said the American sanctions were a joke.", ("ACCUSE", "disapprove", "IRN", "USA")),
    ("Donald Trump said Hillary Clinton was crooked.", ("ACCUSE", "disapprove", "USA", "USA")),
    ("Hillary Clinton said Donald Trump is a demagogue.", ("ACCUSE", "disapprove", "USA", "USA")),
    # armed groups recruiting fighters mobilize
    ("Boko Haram has recruited hundreds of young men across the region.", ("MOBILIZE", "militia", "Boko Haram", None)),
    # terrorist designations are sanctions
    ("Pakistan and the United States have designated the BLA a terrorist group.", ("SANCTION", "discontinue", "PAK", "BLA")),
    ("Washington designated the Houthis as a terrorist organization.", ("SANCTION", "discontinue", "USA", "Houthis")),
    # praise names are support, also after "In a statement"
    ("In a statement, the French president called Germany a model for Europe.", ("SUPPORT", None, "FRA", "DEU")),
])
def test_fresh_types(text, expected):
    assert expected in _triples(text), _triples(text)


def test_judgement_words_need_a_judged_actor_and_a_speaker():
    # no reporting verb, no judged actor: the words alone are no event
    assert _triples("The weather in Chicago was crazy last week.") == []
    assert _triples("It was a catastrophe for the farmers, the report said.") == []


def test_recruiting_students_or_designating_parks_is_no_event():
    assert _triples("Harvard University recruited more students this year.") == []
    assert [t for t, *_ in _triples("Kenya designated the forest a protected area.")] == []


def test_treating_survivors_is_aid_treating_a_topic_is_not():
    assert "AID" in [t for t, *_ in _triples("Doctors Without Borders treated 385 survivors in Sudan last year.")]
    assert _triples("The report treated the subject with care.") == []


def test_a_claim_called_false_is_rejected_by_the_speaker():
    assert _triples("\"That is untrue,\" the Chinese foreign ministry spokesman said.") == [("REJECT", None, "CHN", None)]
    assert _triples("The Iranian foreign ministry said the reports were unfounded.") == [("REJECT", None, "IRN", None)]
    # denied falsity, or something other than a claim called false, rejects nothing
    assert _triples("The Iranian foreign ministry said the reports were not false.") == []
    assert _triples("The Iranian foreign ministry said the weather was false.") == []


def test_a_promise_with_no_codable_act_inside_is_agreement():
    # guidelines' domestic coding: a candidate's promise to no one named is made to her own state
    assert ("AGREE", None, "USA", "USA") in _triples("Hillary Clinton promised to raise the minimum wage.")
    assert "AGREE" in [t for t, *_ in _triples(
        "\"I will make this promise to you: we will find the killers,\" the Tulsa police chief told residents.")]
    # promising something named is the older object rows' business: a promised rally is no agreement
    assert "AGREE" not in [t for t, *_ in _triples("The mayor promised a big rally.")]


def test_a_vow_to_respond_to_attacks_is_a_threat():
    assert ("THREATEN", "violence", "ISR", "IRN") in _triples("Israel vowed to respond to any Iranian attack.")
    assert _triples("The ministry responded to the request on Monday.") == []


def test_finding_common_ground_is_agreement():
    assert "AGREE" in [t for t, *_ in _triples(
        "President Obama and President Xi found some common ground on climate change.")]
    assert _triples("Police found the bodies on the ground.") == []
