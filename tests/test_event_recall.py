"""Recall of acts the coder used to miss entirely: institutions not recognised, vehicles taken over,
verbs the tagger misread as adjectives, controlled infinitives with subject conditions. Each positive has a
look-alike that must stay uncoded (or keep another type)."""
import pytest

from newsevents.events import code_text


def _types(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in code_text(text)]


def _type_names(text: str) -> list[str]:
    return [e.type for e in code_text(text)]


@pytest.mark.parametrize("text", [
    "Dodik does not recognize the Bosnian court or state prosecutor's office.",
    "The opposition leader said he does not recognise the new parliament.",
])
def test_institution_not_recognized_is_reject(text):
    assert "REJECT" in _type_names(text)


def test_recognizing_an_importance_is_no_event():
    assert "SUPPORT" not in _type_names("The minister said he recognizes the importance of the talks.")


def test_rebels_using_a_ceasefire_to_recruit_mobilize():
    assert ("MOBILIZE", "militia") in _types("The rebels used the ceasefire to recruit.")


@pytest.mark.parametrize("text", [
    "Separatist militants took over the Jaffar Express near Sibi on Tuesday.",
    "Gunmen took over a ferry carrying 200 passengers off the coast.",
])
def test_vehicle_taken_over_is_hijacking(text):
    assert ("ASSAULT", "abduct") in _types(text)


def test_state_taking_over_an_airline_is_no_hijacking():
    assert ("ASSAULT", "abduct") not in _types("The state took over the airline last year.")


def test_adjective_tagged_verb_with_object_is_request():
    text = '"[We] urge Pakistani side to focus on resolving their own security problems," the Taliban spokesperson said.'
    assert "REQUEST" in _type_names(text)


def test_adjective_with_measure_is_no_event():
    assert _types("The deal is worth $5 billion, the ministry said.") == []


def test_armed_groups_exploiting_unrest_to_recruit_mobilize():
    text = "Militants exploited the unrest to recruit and expand their influence."
    assert ("MOBILIZE", "militia") in _types(text)


def test_government_exploiting_crisis_to_recruit_is_no_militia():
    assert ("MOBILIZE", "militia") not in _types("The government used the crisis to recruit.")


@pytest.mark.parametrize("text, mode", [
    ("Russia conscripted thousands of men from occupied areas.", "troops"),
    ("The army drafted 10,000 reservists last month.", "troops"),
    ("Rebels enlisted child soldiers in the north.", "militia"),
])
def test_conscription_and_enlistment_mobilize(text, mode):
    assert ("MOBILIZE", mode) in _types(text)


@pytest.mark.parametrize("text", [
    "The committee drafted a law on elections.",
    "He enlisted the help of lawyers.",
])
def test_drafting_a_text_or_enlisting_help_is_no_mobilization(text):
    assert "MOBILIZE" not in _type_names(text)


@pytest.mark.parametrize("text", [
    "The company took over the hotel chain.",
    "The investor took over the bus company last year.",
])
def test_taking_over_a_business_is_no_seizure(text):
    assert "ASSAULT" not in _type_names(text)


def test_taking_over_a_building_by_force_is_still_a_seizure():
    assert "ASSAULT" in _type_names("Rebels took over the hotel.")


@pytest.mark.parametrize("text", [
    "The campaign targeted voters in Ohio.",
    "The new rules target fraud and waste.",
])
def test_targeting_in_commerce_or_policy_is_no_attack(text):
    assert "ASSAULT" not in _type_names(text)


def test_targeting_a_place_in_war_is_an_attack():
    assert "ASSAULT" in _type_names("Russian forces targeted a hospital in Kharkiv.")
