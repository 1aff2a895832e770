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
    # with no place named, the state that restrains him is his own
    assert ("COERCE", "UGA", "UGA") in [(t, s, g) for t, _, s, g in _triples(
        "Uganda's opposition leader Bobi Wine has faced a tough road, paved with intimidation, arrests and bans "
        "on more than 150 of his concerts.")]
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


def test_wished_for_attended_to_or_counted_acts_are_no_event():
    assert "COERCE" not in _types("Some countries want a ban on the importation of African wildlife trophies.")
    assert _triples("The Bushes were very much engaged and focused on Suu Kyi's incarceration and the "
                    "sanctions themselves.") == []
    assert _triples("Law enforcement agencies in Pakistan have conducted 11,654 intelligence-based operations "
                    "across the country so far this year.") == []
    # one day's operations, and arrests reported since a day, are acts
    assert ("ASSAULT", None, "PAK") in [(t, m, s) for t, m, s, _ in _triples(
        "Pakistani forces conducted three operations in North Waziristan on Tuesday.")]
    assert ("COERCE", "arrest", "KEN", "KEN") in _triples("Police in Kenya have arrested 300 protesters since Tuesday.")


def test_the_actor_of_a_light_noun_and_of_an_act_on_people():
    assert _triples("The imposition of sanctions on Russia by the European Union hurt trade.") \
        == [("SANCTION", "discontinue", "EU", "RUS")]
    done = code_text("The EU's introduction of new tariffs on Chinese cars angered Beijing.", "2025-03-01")
    assert ("SANCTION", "EU", "CHN", "asserted") in [(e.type, e.source.code(), e.target.code(), e.modality)
                                                     for e in done]
    planned = code_text("The planned introduction of new tariffs on Chinese cars angered Beijing.", "2025-03-01")
    assert [e.modality for e in planned if e.type == "SANCTION"] == ["intended"]
    # "Hamas's release of three hostages": Hamas releases; "Navalny's arrest": Navalny is arrested
    assert ("RETREAT", "release", "Hamas") in [(t, m, s) for t, m, s, _ in _triples(
        "Hamas's release of three hostages on Saturday raised hopes.")]
    assert ("COERCE", "arrest", "RUS") in [(t, m, g) for t, m, _, g in _triples(
        "Navalny's arrest sparked protests across Russia.")]


def _coded_2016(text: str):
    return [(e.type, e.mode, e.source.code() if e.source else None, e.target.code() if e.target else None)
            for e in code_text(text, "2016-10-01")]


@pytest.mark.parametrize("text, expected", [
    ("Trump took a swipe at Clinton during the rally.", ("ACCUSE", "disapprove", "USA", "USA")),
    ("Clinton had harsh words for Trump on Monday.", ("ACCUSE", "disapprove", "USA", "USA")),
    ("Clinton launched a broadside against Trump's economic plan.", ("ACCUSE", "disapprove", "USA", "USA")),
    ("Clinton heaped criticism on Trump.", ("ACCUSE", "disapprove", "USA", "USA")),
    ("Xi lavished praise on Putin during the visit.", ("SUPPORT", None, "CHN", "RUS")),
    ("Trump showered praise on Putin.", ("SUPPORT", None, "USA", "RUS")),
    ("Trump's comments drew condemnation from the Mexican government.", ("ACCUSE", "disapprove", "MEX", "USA")),
])
def test_idioms_of_praise_and_criticism(text, expected):
    assert expected in _coded_2016(text)


def test_kind_words_a_heap_of_rubble_and_a_film_s_praise_are_no_event():
    assert _coded_2016("He had kind words for the volunteers.") == []
    assert _coded_2016("The heap of rubble was cleared.") == []
    assert _coded_2016("The film drew praise from critics.") == []


def test_a_force_named_after_its_organisation_is_the_organisation_s():
    assert ("MOBILIZE", "troops", "ECOWAS") in [(t, m, s) for t, m, s, _ in _triples(
        '"I am pleased to highlight the activation of the ECOWAS standby force to combat terrorism in the '
        'subregion," said Mohammed Badaru Abubakar, Nigeria\'s defense minister.')]
    assert ("MOBILIZE", "troops", "SADC", "MOZ") in _triples(
        "The summit approved the deployment of the SADC standby force to Mozambique.")
    # an organisation's name with no force after it is no mobilisation
    assert "MOBILIZE" not in _types("The activation of ECOWAS membership rules was discussed.")


def test_the_noun_a_light_verb_participle_modifies_does_the_act():
    assert ("COERCE", "seize", "ISR") in [(t, m, s) for t, m, s, _ in _triples(
        "Footage showed Israeli soldiers carrying out raids in Jenin.")]
    assert ("ASSAULT", "RUS") in [(t, s) for t, _, s, _ in _triples(
        "Witnesses described Russian soldiers launching attacks on civilians in Bucha.")]
    assert _triples("People holding signs gathered outside the embassy.") == []


def test_an_act_noun_with_a_relative_light_verb_is_the_clause_subject_s():
    assert ("SANCTION", "discontinue", "EU", "RUS") in _triples(
        "The sanctions that the EU imposed on Russia in 2014 remain in force.")
    # the killing told by the airstrikes' verb is Israel's, once
    assert _triples("The airstrikes Israel carried out on Sunday killed 12 people in Gaza.") \
        == [("ASSAULT", "aerial", "ISR", "PSE")]
    # a passive relative clause names no actor
    assert ("SANCTION", "discontinue", "EU", "RUS") not in _triples(
        "The sanctions which were imposed on Russia remain in force.")


def test_released_people_named_by_their_calling():
    assert _triples("Turkey released the American pastor on Friday.") == [("RETREAT", "release", "TUR", "USA")]
    assert _triples("Iran released a French academic on Tuesday.") == [("RETREAT", "release", "IRN", "FRA")]
    assert _triples("The band released a new single on Friday.") == []


@pytest.mark.parametrize("text, expected", [
    ("The arrival of Russian troops in Mali worried France.", ("MOBILIZE", "troops", "RUS", "MLI")),
    ("Hundreds of Wagner fighters arrived in the Central African Republic.", ("MOBILIZE", "troops", "Wagner Group", "CAF")),
    ("A second batch of U.S. troops landed in Poland on Friday.", ("MOBILIZE", "troops", "USA", "POL")),
])
def test_forces_arriving(text, expected):
    assert expected in _triples(text)


def test_planes_landing_and_soldiers_coming_home_are_no_mobilisation():
    assert _triples("The plane landed in Paris.") == []
    assert _triples("The soldiers' arrival home was celebrated.") == []


def test_internet_suspended_or_cut_by_authorities_is_censorship():
    assert _triples("Senegal suspended mobile internet access on Sunday.") == [("COERCE", "censor", "SEN", "SEN")]
    assert ("COERCE", "censor", "IRN", "IRN") in _triples(
        "Authorities in Iran cut internet access across the country.")
    assert _triples("The storm cut internet access in the region.") == []


def test_cancelled_planned_and_generic_acts_are_no_event():
    assert _triples("South Korea and the United States cancelled their planned joint military drills.") == []
    assert _triples("The planned deployment of Kenyan police to Haiti was postponed.") == []
    assert _triples("Russia scrapped plans to hold naval drills in the Baltic Sea.") == []
    assert _triples("History shows that bans on alcohol rarely work.") == []
    assert _triples("Sanctions can backfire, analysts say.") == []
    # acts done stay
    assert ("MOBILIZE", "troops", "KEN", "HTI") in _triples("Kenya deployed police officers to Haiti.")
    assert ("ASSAULT", "aerial") in [(t, m) for t, m, *_ in _triples("Airstrikes hit Houthi positions in Yemen.")]
