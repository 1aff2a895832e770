"""Acts told through nouns, rules and idioms (events._nominal_acts): misparsed
light-verb objects, laws that restrict, "under the law X may not", making aid
available, lists of repressive acts -- each with a sentence that must give no
event."""

from __future__ import annotations

import pytest

from newsevents.events import code_text


def _triples(text: str):
    return [(e.type, e.mode, e.source.code() if e.source else None, e.target.code() if e.target else None)
            for e in code_text(text, "2025-03-01")]


def _types(text: str):
    return [t for t, *_ in _triples(text)]


def test_light_verb_object_read_as_the_subject_of_a_participle():
    # the parser reads "drills" as the subject of "encircling"; the drills are still China's
    assert ("MOBILIZE", "troops", "CHN", "TWN") in _triples(
        "Three days after President Lai took office, China conducted the military drills encircling Taiwan "
        "and called them a punishment for separatist acts.")


@pytest.mark.parametrize("text, expected", [
    ("Kenya's parliament passed a law banning opposition parties.", ("COERCE", "restrict", "KEN")),
    ("The Malian junta issued a decree outlawing the main opposition party.", ("COERCE", "restrict", "MLI")),
    ("Sudanese authorities have approved a law to dismantle the foundations of former president Omar "
     "al-Bashir's government.", ("COERCE", "restrict", "SDN")),
])
def test_a_law_that_bans_is_the_enacting_state_s_restriction(text, expected):
    assert expected in [(t, m, s) for t, m, s, _ in _triples(text)]


def test_a_law_debated_or_a_ban_on_goods_is_no_restriction_on_people():
    assert _triples("Lawmakers debated whether a law banning plastic bags would work.") == []


def test_what_people_may_not_do_under_a_law_is_a_restriction_on_them():
    text = ("Sudanese authorities have approved a law to dismantle the foundations of former president Omar "
            "al-Bashir's government. Under the new law, members of Bashir's government or party can not take "
            "part in any political activity for 10 years.")
    events = [(e.type, e.source.code(), e.target.code()) for e in code_text(text, "2019-11-29")]
    assert events == [("COERCE", "SDN", "SDN")] * 2  # the law, and what it forbids
    # what people can do under a law, or cannot do for no rule, restricts no one
    assert _types("Under the new law, members of the former ruling party can take part in the elections.") == []
    assert _types("Members of the former ruling party can not agree on a leader.") == []


def test_making_aid_goods_available_to_people_is_aid():
    assert ("AID", None, "NGA", "NGA") in _triples(
        "The Nigerian government is making effort to make vaccines available to the public, especially for the "
        "hotspot areas.")
    # documents are no aid
    assert _triples("The Nigerian government made the documents available to investigators.") == []


def test_a_list_of_repressive_acts_is_coercion_of_the_one_it_names():
    assert ("COERCE", "UGA", "UGA") in [(t, s, g) for t, _, s, g in _triples(
        "Uganda's opposition leader Bobi Wine has faced a tough road in Uganda, paved with intimidation, "
        "arrests and bans on more than 150 of his concerts.")]
    # acts named in general, with no one hit, are no event
    assert _triples("Bans and arrests are rarely effective.") == []
    assert _triples("The Ugandan author wrote about intimidation, arrests and torture in his first book.") == []


@pytest.mark.parametrize("text, expected", [
    ("Ukraine launched a counteroffensive against Russian forces.", ("ASSAULT", None, "UKR", "RUS")),
    ("Russia carried out a prisoner exchange with Ukraine.", ("RETREAT", "release", "RUS", "UKR")),
    ("Condemning the coup, ECOWAS suspended Niger from the bloc.", ("SANCTION", "discontinue", "ECOWAS", "NER")),
    ("The African Union suspended Mali from all its activities.", ("SANCTION", "discontinue", "AU", "MLI")),
])
def test_act_nouns_and_suspension_from_a_body(text, expected):
    assert expected in _triples(text)


def test_no_act_in_a_currency_exchange_or_a_counteroffensive_judged_risky():
    assert _triples("The currency exchange rate fell.") == []
    assert _triples("Analysts say a counteroffensive would be risky.") == []


def test_a_feared_act_has_not_happened():
    assert "ASSAULT" not in _types("Fearing an attack by Russia, Finland joined NATO.")
    assert _triples("Residents expressed fears of a new crackdown by the police in Kenya.") == []
    assert ("ASSAULT", None, "ISR", "Hezbollah") in _triples("Israel carried out an attack on Hezbollah positions.")


def test_new_on_the_object_of_a_realised_light_verb_is_no_plan():
    done = code_text("Washington imposed new tariffs on Chinese goods.", "2025-03-01")
    assert [(e.type, e.modality) for e in done] == [("SANCTION", "asserted")]
    # a plan stays a plan
    planned = code_text("The EU plans to impose new sanctions on Russia.", "2025-03-01")
    assert [(e.type, e.modality) for e in planned] == [("SANCTION", "intended")]
    assert [e.modality for e in code_text("The EU is preparing new sanctions on Russia.", "2025-03-01")] \
        == ["intended"]


def test_the_act_a_subject_answers_with_is_its_own():
    assert _triples("China retaliated with tariffs on American soybeans.") \
        == [("SANCTION", "discontinue", "CHN", "USA")]
    assert ("ASSAULT", "aerial", "ISR", "Hamas") in _triples(
        "Israel responded with airstrikes on Hamas positions in Gaza.")
    # a politician's "attacks" are words
    assert _triples("Trump has responded with attacks on Hillary Clinton, including Friday's tweets.") \
        == [("ACCUSE", "disapprove", "USA", "USA")]
    # a threatened answer stays the threat; a market's answer is no act
    assert _types("Beijing has hinted that it could retaliate with tariffs on German and Italian vehicles.") \
        == ["THREATEN"]
    assert _triples("The market responded with a rally.") == []


@pytest.mark.parametrize("text, expected", [
    ("A Guatemalan court granted the journalist house arrest.", ("RETREAT", "release", "GTM", "GTM")),
    ("A Pakistani court granted bail to Imran Khan.", ("RETREAT", "release", "PAK", "PAK")),
])
def test_bail_or_house_arrest_granted_sets_a_prisoner_free(text, expected):
    assert _triples(text) == [expected]


def test_released_papers_and_refused_bail_are_no_release():
    assert _triples("The campaign released its tax returns.") == []
    assert "RETREAT" not in _types("A Pakistani court refused to grant bail to Imran Khan.")


@pytest.mark.parametrize("text, expected", [
    ("Hamas announced a three-day truce with Israel.", ("RETREAT", "ceasefire", "Hamas", "ISR")),
    ("Israel extended the ceasefire in Gaza by 24 hours.", ("RETREAT", "ceasefire", "ISR", "PSE")),
    ("Mali's junta announced the suspension of all political party activities.", ("COERCE", "restrict", "MLI", "MLI")),
])
def test_ceasefires_declared_and_activities_suspended(text, expected):
    assert expected in _triples(text)


def test_a_ceasefire_asked_for_proposed_or_planned_is_no_ceasefire_observed():
    assert "RETREAT" not in _types("Turkey called for a ceasefire in Syria.")
    assert "RETREAT" not in _types("Egypt proposed a ceasefire between Israel and Hamas.")
    assert "RETREAT" not in _types("The Ethiopian army will declare a ceasefire next week.")


def test_coming_to_someone_s_defense_or_aid():
    assert ("SUPPORT", None, "USA", "USA") in [
        (e.type, e.mode, e.source.code(), e.target.code())
        for e in code_text("Republican Senator Lindsey Graham came to the defense of Trump.", "2016-10-01")]
    assert ("AID", None, "TUR", "AZE") in _triples("Turkey rushed to the aid of Azerbaijan.")
    assert _triples("He came to the side of the road.") == []


def test_backing_won_is_given_by_the_backer():
    events = code_text("Clinton won the endorsement of the AFL-CIO.", "2016-10-01")
    assert [(e.type, e.source.code(), e.target.code()) for e in events] == [("SUPPORT", "AFL-CIO", "USA")]
    assert ("SUPPORT", None, "AU", "KEN") in _triples("Kenya received the support of the African Union for its bid.")
    # a share of voters is a poll, not an actor's backing
    assert _triples("Trump won the support of 40 percent of voters.") == []
