"""Event types on text the rules were not written from: acts reported without a
verb the lexicon knew (agentless tolls of an attack, designations, nominal
mobilisations), and the look-alikes that report no event."""

import pytest

from newsevents.events import code_text


def _events(text, published="2025-03-12"):
    return [(e.type, e.source.code() if e.source else None, e.target.code() if e.target else None, e.trigger)
            for e in code_text(text, published=published)]


def _in_sentence(text, sentence):
    """Events whose sentence is `sentence` (the last sentences of a passage)."""
    return [(e.type, e.source.code() if e.source else None, e.target.code() if e.target else None)
            for e in code_text(text, published="2025-03-12") if e.sentence == sentence]


# ---------------------------------------------------------------- tolls of an attack reported before

@pytest.mark.parametrize("toll", [
    "At least seven people were killed and 12 others were injured.",
    "Three soldiers died, the army said.",
    "Officials said at least six people have been confirmed dead.",
    "Two police officers were wounded.",
])
def test_toll_after_an_attack_is_that_attack(toll):
    text = "Islamic State militants attacked a police station in northern Syria on Monday. " + toll
    found = _in_sentence(text, toll)
    assert [t for t, _, _ in found] == ["ASSAULT"]
    assert found[0][1] == "Islamic State"


def test_toll_takes_the_attackers_of_the_passage():
    text = ("Israeli commandos stormed a Turkish ship in international waters. "
            "Nine activists aboard were killed.")
    assert ("ASSAULT", "ISR", "TUR") in _in_sentence(text, "Nine activists aboard were killed.")


@pytest.mark.parametrize("toll", [
    "Five people were killed in a road crash near the capital.",
    "Two passengers died of cancer last year.",
    "At least 40 people were killed in floods after the storm.",
    "Since 2009, hundreds of people have been killed in suicide attacks.",
    "In the last 15 months, 1,250 militants have been killed in the region.",
    "No passengers were killed during the operation.",
    "Many more people could be killed if the fighting continues.",
])
def test_toll_without_an_attack_of_its_own_is_no_event(toll):
    text = "Islamic State militants attacked a police station in northern Syria on Monday. " + toll
    assert not [t for t, _, _ in _in_sentence(text, toll) if t == "ASSAULT"]


def test_toll_with_no_attack_before_is_no_event():
    text = "The minister opened a new bridge on Monday. At least five people were killed."
    assert _in_sentence(text, "At least five people were killed.") == []


# ---------------------------------------------------------------- acts the lexicon now knows

@pytest.mark.parametrize("text, expected", [
    ("Pakistan and the United States have designated BLA a terrorist group.", ("SANCTION", "PAK", "BLA")),
    ("Britain listed Hamas as a terrorist organisation in 2001.", ("SANCTION", "GBR", "Hamas")),
    ("In February 2021, Iran stopped implementing its commitments altogether.", ("REJECT", "IRN", None)),
    ("Iran suspended its commitments under the nuclear deal.", ("REJECT", "IRN", None)),
    ("Russian troops arrived in Belarus on Monday.", ("MOBILIZE", "RUS", "BLR")),
    ("Somali troops surrounded the hotel.", ("MOBILIZE", "SOM", None)),
])
def test_act_types(text, expected):
    assert expected in [e[:3] for e in _events(text)]


@pytest.mark.parametrize("text", [
    "Islamic State militants pulled the passengers off the train.",
    "Gunmen dragged the driver from the bus.",
    "Al-Shabab fighters seized 20 passengers on the highway.",
    "Insurgents set fire to a school in Borno state.",
    "A car bomb exploded near the interior ministry in Mogadishu.",
    "A roadside bomb went off as a police convoy passed.",
])
def test_abductions_bombs_and_arson_are_attacks(text):
    assert "ASSAULT" in [e[0] for e in _events(text)]


@pytest.mark.parametrize("text", [
    "The company stopped implementing the new software.",
    "The company deployed a new software system last year.",
    "She pulled the book off the shelf.",
    "The crowd surrounded the singer after the concert.",
    "The parcel arrived in Berlin on Monday.",
    "The fireworks exploded over the harbor.",
    "The startup's sales exploded last year.",
    "The alarm went off at midnight.",
    "She set the table for dinner.",
])
def test_look_alikes_are_no_event(text):
    assert _events(text) == []


def test_seizing_a_named_place_is_an_attack():
    assert ("ASSAULT", "RUS", "UKR") in [e[:3] for e in _events("Russia seized Crimea from Ukraine in 2014.")]
    assert "ASSAULT" not in [e[0] for e in _events("Police seized Smith's passport.")]


@pytest.mark.parametrize("text, source", [
    ("The deployment of Russian troops to Belarus alarmed NATO.", "RUS"),
    ("The activation of the ECOWAS standby force was announced on Monday.", "ECOWAS"),
])
def test_nominal_mobilisation_is_by_the_forces_owner(text, source):
    found = [e for e in _events(text) if e[0] == "MOBILIZE"]
    assert found and found[0][1] == source and found[0][2] != source


def test_being_in_contact_is_consulting():
    assert ("CONSULT", "PAK", "AFG") in [e[:3] for e in _events("Pakistan has been in contact with the Taliban.")]


def test_attackers_in_touch_with_planners_abroad_is_an_allegation():
    text = "Pakistan's army said Tuesday's attackers were in touch with planners in Afghanistan."
    assert ("ACCUSE", "PAK", "AFG") in [e[:3] for e in _events(text)]


@pytest.mark.parametrize("text, expected", [
    ("A U.S. Senate committee passed legislation Wednesday targeting Turkey and Turkish officials.",
     ("SANCTION", "USA", "TUR")),
    ("The EU imposed new measures targeting Russian banks.", ("SANCTION", "EU", "RUS")),
])
def test_measures_targeting_a_state_are_sanctions(text, expected):
    assert expected in [e[:3] for e in _events(text)]


def test_forces_taking_the_injured_to_hospital_is_aid():
    assert "AID" in [e[0] for e in _events("Soldiers rushed the wounded to a hospital in Bangui.")]
    assert _events("He was rushed to hospital after a heart attack.") == []


def test_money_headed_to_a_political_actor_is_aid():
    assert "AID" in [e[0] for e in _events("Another $20 million in Adelson money is headed to a super PAC.")]
    assert _events("Most of the money goes to waste.") == []


@pytest.mark.parametrize("text, expected", [
    ("Russia pulled out of the grain deal.", ("SANCTION", "RUS")),
    ("Trump walked away from the Iran nuclear deal.", ("SANCTION", "USA")),
    ("North Korea scrapped the military agreement with South Korea.", ("SANCTION", "PRK")),
    ("Iran reduced its compliance with the nuclear deal.", ("REJECT", "IRN")),
])
def test_leaving_or_breaking_off_an_agreement(text, expected):
    assert expected in [e[:2] for e in _events(text)]


def test_vowed_retaliation_is_a_threat():
    assert ("THREATEN", "USA", "CAN") in [e[:3] for e in _events("Trump vowed retaliation against Canada.")]
    assert _events("Fear of reprisals kept witnesses silent.") == []


def test_court_finding_an_act_unlawful_is_a_conviction():
    assert "SANCTION" in [e[0] for e in _events(
        "Kenya's High Court ruled in early 2017 that closing the camp would be unconstitutional.")]
    assert _events("Experts said the law was unconstitutional.") == []
    assert _events("The court ruled that the election was fair.") == []


def test_breaking_into_computers_is_cyber_coercion():
    assert "COERCE" in [e[0] for e in _events(
        "Russian hackers broke into the Democratic National Committee's computers.")]
    assert _events("Burglars broke into the house.") == []
