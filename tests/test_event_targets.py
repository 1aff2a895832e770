"""Recipients (targets) of coded events: who the act is directed at.

Sentences are VOA reports read from the shared corpus at test time (skipped
when it is absent) or short newswire sentences written for the rule."""

import json
from functools import lru_cache
from pathlib import Path

import pytest

from newsevents.events import code_text

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
VOA = SHARED / "corpora" / "voa" / "voa_stories.jsonl"


@lru_cache(maxsize=1)
def _stories() -> dict[str, dict]:
    if not VOA.exists():
        pytest.skip("shared VOA corpus absent")
    stories = {}
    with VOA.open(encoding="utf-8") as fh:
        for line in fh:
            story = json.loads(line)
            stories[story["id"]] = story
    return stories


def voa_events(story_id: str, begins: str, ends: str):
    """Code the sentence of a VOA story from `begins` to `ends` (inclusive), as the story dates it."""
    story = _stories()[story_id]
    text = story["text"]
    start = text.index(begins)
    end = text.index(ends, start) + len(ends)
    return code_text(text[start:end], story["published"][:10])


def dyads(events, event_type=None):
    """(type, source code, target code or None, target member codes) of each event."""
    return [(e.type, e.source.code() if e.source else None, e.target.code() if e.target else None,
             sorted(m.code() for m in e.target.members) if e.target else [])
            for e in events if event_type is None or e.type == event_type]


def targets(events, event_type):
    return {d[2] for d in dyads(events, event_type)}


# ---------------------------------------------------------------- victims and people coded by place or state


def test_people_acted_on_take_the_country_they_are_in():
    events = voa_events("8007760", "Security sources said Wednesday a Pakistani military operation rescued",
                        "Balochistan province.")
    assert ("AID", "PAK", "PAK", []) in dyads(events), dyads(events)
    assert targets(code_text("Gunmen killed five villagers in northern Nigeria on Sunday.", "2024-06-01"),
                   "ASSAULT") == {"NGA"}
    # a place name the tagger takes for a person still locates the city shelled
    assert targets(code_text("Russian forces shelled the city of Kherson overnight.", "2024-06-01"),
                   "ASSAULT") == {"UKR"}


def test_a_states_restrictions_and_court_orders_bear_on_its_own_people():
    events = voa_events("8011004", "The Taliban also imposed restrictions", "printing books.")
    assert targets(events, "COERCE") == {"AFG"}, dyads(events)
    events = voa_events("6183074", "Malawi's High Court on Jan. 14 ordered", "with dreadlocks.")
    assert ("REQUEST", "MWI", "MWI", []) in dyads(events), dyads(events)
    events = voa_events("7836916", "A Phnom Penh court earlier alleged the journalist", "religious site.")
    assert ("ACCUSE", "KHM", "KHM", []) in dyads(events), dyads(events)
    # ... but not when the object belongs elsewhere
    boats = code_text("Chinese authorities have boarded foreign boats before, Thayer said.", "2020-06-01")
    assert targets(boats, "COERCE") == {None}, dyads(boats)


# ---------------------------------------------------------------- the right phrase


def test_a_discussed_topic_is_no_party_to_the_talks():
    events = voa_events("8010030", "Beyond Ukraine, G7 foreign ministers also discussed", "behind closed doors.")
    assert ("CONSULT", "G7", None, []) in dyads(events), dyads(events)


def test_recipient_named_in_a_content_clause_or_what_a_report_is_about():
    events = voa_events("8008456", "U.S. lawmakers welcomed", "peace in Europe.")
    assert ("SUPPORT", "USA", "UKR", []) in dyads(events), dyads(events)
    events = voa_events("8009004", "\u201cWe're seriously concerned about the latest IAEA report", "told reporters.")
    assert targets(events, "ACCUSE") == {"IRN"}, dyads(events)


def test_acts_of_force_reach_the_object_of_their_verb_or_purpose_clause():
    events = voa_events("6184384", "Kenya launched an operation to flush out", "in 2015.")
    assert ("ASSAULT", "KEN", "al-Shabaab", []) in dyads(events), dyads(events)
    events = voa_events("8008152", "\u201cCoordinated airstrikes by the Somali army", "the NISA statement said.")
    assert targets(events, "ASSAULT") == {"al-Shabaab"}, dyads(events)


def test_the_actors_own_side_is_no_recipient_and_withdrawals_face_the_ground_left():
    seed = (SHARED / "seeds").glob("000_*.txt")
    path = next(seed, None)
    if path is None:
        pytest.skip("shared seeds absent")
    text = path.read_text(encoding="utf-8")
    start = text.index("Russia\u2019s military, meanwhile, reiterated promises")
    events = code_text(text[start:text.index("Friday.", start) + 7], "2008-08-21")
    assert ("CONCEDE", "RUS", "GEO", []) in dyads(events), dyads(events)


# ---------------------------------------------------------------- speech acts


def test_threats_aim_at_the_threatened_act_or_the_party_of_their_condition():
    events = voa_events("8009004", "The United States warned Wednesday", "nuclear weapon")
    assert targets(events, "THREATEN") == {"IRN"}, dyads(events)
    events = code_text("Beijing has hinted that it could retaliate with tariffs on German and Italian vehicles.",
                       "2024-10-01")
    assert targets(events, "THREATEN") == {"DEU"}, dyads(events)


def test_refusals_answer_the_proposer_or_the_actor_of_the_act_refused():
    events = voa_events("7808748", "During the negotiations, the Chinese side proposed", "the European side refused.")
    assert targets(events, "REJECT") == {"CHN"}, dyads(events)
    events = code_text("Venezuela rejected the U.S. sanctions as illegal.", "2024-06-01")
    assert ("REJECT", "VEN", "USA", []) in dyads(events), dyads(events)


def test_calls_for_someone_to_act_and_protests_name_whom_they_face():
    events = code_text("The minister renewed calls for Israel to allow more aid into Gaza.", "2024-06-01")
    assert targets(events, "REQUEST") == {"ISR"}, dyads(events)
    events = voa_events("6205674", "Also Monday, hundreds of people", "Old City.")
    assert targets(events, "PROTEST") == {"ISR"}, dyads(events)
    events = voa_events("6180206", "Tens of thousands of Sudanese began protesting", "food prices.")
    assert ("PROTEST", "SDN", "SDN", []) in dyads(events), dyads(events)


# ---------------------------------------------------------------- compound and pronoun recipients


def test_compound_recipient_keeps_every_member():
    events = code_text("The Taliban attacked U.S. and NATO troops near Kandahar.", "2010-06-01")
    assert ("ASSAULT", "Taliban", "USA", ["NATO", "USA"]) in dyads(events), dyads(events)


def test_a_pronoun_object_is_not_the_subject_itself():
    events = code_text("Hamas fighters ambushed an Israeli patrol. Israel said it would retaliate against them.",
                       "2024-06-01")
    assert ("THREATEN", "ISR", "Hamas", []) in dyads(events), dyads(events)


def test_meetings_and_mutual_acts_have_no_recipient():
    events = code_text("Both sides agreed to extend the ceasefire for another month.", "2024-06-01")
    assert all(e.target is None for e in events), dyads(events)


def test_drills_near_a_state_are_aimed_at_it():
    events = code_text("China held military drills near Taiwan on Saturday.", "2024-06-01")
    assert targets(events, "MOBILIZE") == {"TWN"}, dyads(events)


def story_events(story_id: str, begins: str, ends: str):
    """Code a whole VOA story (as ingest does) and keep the events of the sentence from `begins` to `ends`."""
    story = _stories()[story_id]
    text = story["text"]
    start = text.index(begins)
    end = text.index(ends, start) + len(ends)
    return [e for e in code_text(text, story["published"][:10]) if start <= e.start < end]


def test_unnamed_authorities_act_on_people_of_the_state_reported_on():
    # no place in the sentence: the report is about Guatemala
    events = story_events("8010046", "A court later sentenced Zamora", "money-laundering charges.")
    assert targets(events, "SANCTION") == {"GTM"}, dyads(events)
    # pleading against charges answers the state that brings them
    events = story_events("7846440", "Gachagua denied all the charges", "charges.")
    assert targets(events, "REJECT") == {"KEN"}, dyads(events)


def test_a_call_for_a_release_is_made_of_the_authorities_holding_the_person():
    events = code_text("Amnesty International called for the immediate release of the detained journalists in Egypt.",
                       "2024-06-01")
    assert targets(events, "REQUEST") == {"EGY"}, dyads(events)
    events = story_events("8010046", "Nine press freedom and rights groups this week called", "immediate release.")
    assert targets(events, "REQUEST") == {"GTM"}, dyads(events)


def test_an_insurgencys_attack_at_home_is_on_its_state():
    events = story_events("8008152", "Al-Shabab, a U.S.-designated terrorist group, claimed", "on Tuesday.")
    assert ("ASSAULT", "al-Shabaab", "SOM", []) in dyads(events), dyads(events)


def test_the_one_helped_or_provided_for_is_the_recipient_of_a_promise():
    events = code_text("China promised to help Pakistan rebuild its economy.", "2024-06-01")
    assert ("AGREE", "CHN", "PAK", []) in dyads(events), dyads(events)
    events = code_text("The European Union agreed to provide Ukraine with 50 billion euros in aid.", "2024-06-01")
    assert ("AGREE", "EU", "UKR", []) in dyads(events), dyads(events)


def _triples(text: str, kind: str | None = None) -> set[tuple]:
    return {(e.type, e.source.code() if e.source else None, e.target.code() if e.target else None)
            for e in code_text(text, "2024-06-01") if kind is None or e.type == kind}


def test_a_refusal_noun_refuses_what_its_infinitive_would_reach():
    assert ("REJECT", "RUS", "USA") in _triples(
        "The Kremlin said much remains to be done, signaling its reluctance to fully endorse the U.S. proposal.")


def test_a_warning_with_no_one_acted_on_is_aimed_at_whom_it_is_about():
    assert ("THREATEN", "TUR", "USA") in _triples(
        "Turkey's foreign minister warned that key U.S. bases are now at risk.")
    # the speaker's own future acts name no one: no target from "it"
    assert ("THREATEN", "ISR", None) in _triples("Israel warned that it would respond.")


def test_the_condition_of_a_threat_names_whose_move_it_is_wherever_the_clause_hangs():
    events = [e for e in code_text("If the United States escalates, I will not hesitate to shut the electricity "
                                   "off completely, Ford said.", "2025-03-11") if e.type == "THREATEN"]
    assert events and events[0].target is not None and events[0].target.code() == "USA", events


def test_a_state_body_addressed_without_its_state_is_the_actors_own():
    assert ("ACCUSE", "CMR", "CMR") in _triples(
        "Cameroon's poultry farmers criticized authorities over the trade restrictions.")
    assert ("PROTEST", "CMR", "CMR") in _triples("Cameroon's poultry farmers protested against the government.")


def test_force_with_no_victim_named_hits_the_state_whose_territory_it_enters():
    assert ("ASSAULT", "RUS", "GEO") in _triples(
        "The Russian army quickly overwhelmed its neighbor's forces and drove deep into Georgia.")
    assert ("ASSAULT", "RUS", "SYR") in _triples("Russian jets bombed targets in Syria on Monday.")


def test_condemning_an_arrest_accuses_the_authorities_where_it_happened():
    assert ("ACCUSE", "NGO", "ZWE") in _triples(
        "International media rights organizations have condemned the journalist's arrest in Harare.")


def test_a_call_for_a_withdrawal_asks_who_would_withdraw_not_the_place_left():
    assert ("REQUEST", "UN", "RUS") in _triples("The UN called for the withdrawal of Russian troops from Ukraine.")
    assert ("REQUEST", "EU", "SRB") in _triples("The EU called for the resignation of the Serbian government.")


def test_the_agent_of_a_condemned_act_is_the_accused():
    assert ("ACCUSE", "KEN", "al-Shabaab") in _triples("Kenya condemned the attack by al-Shabab.")


def test_a_diplomatic_protest_is_lodged_with_the_state_it_is_addressed_to():
    assert ("ACCUSE", "PHL", "CHN") in _triples("The Philippines protested to China over the incident.")


def test_things_linked_to_a_group_stand_for_the_group():
    assert ("COERCE", "SOM", "al-Shabaab") in _triples("Somali authorities closed 12 media outlets linked to al-Shabab.")
    assert ("SANCTION", "USA", "Hezbollah") in _triples("Washington imposed sanctions on companies tied to Hezbollah.")


def test_an_unnamed_state_body_in_a_recipient_slot_is_coded_by_its_place():
    assert ("ACCUSE", "HRW", "ETH") in _triples("Human Rights Watch accused security forces in Ethiopia of abuses.")


def test_a_neighbours_forces_are_not_the_accusers_own():
    events = [e for e in code_text("Ethiopia accused its neighbour's forces of attacking civilians.", "2024-01-01")
              if e.type == "ACCUSE"]
    assert events and events[0].source.code() == "ETH"
    assert events[0].target is None or events[0].target.code() != "ETH", events


def test_a_legislature_asks_its_own_government():
    # senators (USA/LEG) calling on the Secretary of State (USA/GOV): two sides of one state, both coded
    events = voa_events("8010418", "Meanwhile, in Washington, three members", "deterioration in Bosnia.")
    assert ("REQUEST", "USA", "USA", []) in dyads(events), dyads(events)


def test_a_refused_or_conditional_meeting_is_aimed_at_the_other_side():
    refused = code_text("Trump told his advisers he does not want to meet with North Korean leader Kim Jong Un "
                        "before the election.", "2020-07-01")
    assert ("REJECT", "USA", "PRK", []) in dyads(refused), dyads(refused)
    conditional = code_text("Trump would meet with North Korean leader Kim Jong Un if there is a prospect of a deal.",
                            "2020-07-01")
    assert ("AGREE", "USA", "PRK", []) in dyads(conditional), dyads(conditional)
    held = code_text("Trump met with North Korean leader Kim Jong Un in Hanoi.", "2019-03-01")
    assert dyads(held, "CONSULT") == [("CONSULT", "USA", None, [])], dyads(held)


def test_an_insurgencys_threat_with_no_victim_named_is_on_the_state_it_fights():
    events = code_text("Pakistan's army said the siege in Balochistan was over, and Pakistan vowed to punish those "
                       "responsible. The BLA had warned that it would execute security personnel among the hostages "
                       "within 48 hours.", "2025-03-12")
    assert ("THREATEN", "BLA", "PAK", []) in dyads(events), dyads(events)


def test_unnamed_terrorists_are_the_armed_group_the_report_names_later():
    events = code_text("Pakistan's military completed a rescue operation on Wednesday and killed 33 terrorists. "
                       "The Baloch Liberation Army had seized the train on Tuesday.", "2025-03-12")
    assert ("ASSAULT", "PAK", "BLA", []) in dyads(events), dyads(events)


def test_unnamed_militants_placed_by_their_phrase_take_that_country():
    events = code_text("The Baloch Liberation Army attacked a train on Tuesday. Islamabad has blamed several recent "
                       "attacks on militants present on Afghan soil.", "2025-03-12")
    assert ("ACCUSE", "PAK", "AFG", []) in dyads(events), dyads(events)


def test_condemning_an_act_accuses_its_doer_not_its_victim():
    # the moves were the court's (an earlier sentence), not the republic's they were aimed at; a lawmaker
    # answering his own state's court is a dispute of two sides of one state
    events = code_text("A Bosnian court sentenced opposition leader Milorad Dodik to a year in prison on Wednesday. "
                       "Nenad Stevandic, the speaker of the regional assembly, denounced the moves against the "
                       "Serb-controlled republic.", "2025-03-01")
    assert ("ACCUSE", "BIH", "BIH", []) in dyads(events), dyads(events)


def test_a_states_own_law_or_budget_named_without_owner_is_that_states():
    events = code_text("Opposition parties in Pakistan rejected the budget, saying it would be highly inflationary.",
                       "2024-06-14")
    assert ("REJECT", "PAK", "PAK", []) in dyads(events), dyads(events)
    events = code_text("The Italian government has begun relaxing some of its pandemic restrictions.", "2021-04-20")
    assert ("CONCEDE", "ITA", "ITA", []) in dyads(events), dyads(events)
    events = code_text("The selection was approved by Kenyan lawmakers a few hours later.", "2024-10-18")
    assert ("SUPPORT", "KEN", "KEN", []) in dyads(events), dyads(events)


def test_we_in_a_quotation_continued_from_the_sentence_before_is_its_speaker():
    events = code_text('"U.S. lawmakers must understand they will get nowhere with impositions," Turkish Foreign '
                       'Minister Mevlut Cavusoglu said Wednesday.\n"If the United States approaches us positively, we '
                       'will also react positively. But if they take negative toward us, then we will retaliate."',
                       "2019-12-12")
    assert ("THREATEN", "TUR", "USA", []) in dyads(events), dyads(events)


def test_a_meeting_that_brings_people_together_has_them_as_participants():
    events = voa_events("8010030", "The G7 talks bring together", "the United States.")
    assert [sorted(m.code() for m in e.source.members) for e in events if e.type == "CONSULT"] == [
        ["CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA"]], dyads(events)
    assert targets(events, "CONSULT") == {None}


def test_pronouns_and_descriptions_take_up_the_actors_named_before():
    sides = code_text("Russia froze military cooperation with NATO in August. However, both sides have stressed "
                      "that they are keen to resume cooperation.", "2008-08-21")
    assert [sorted(m.code() for m in e.source.members) for e in sides if e.type == "AGREE"] == [["NATO", "RUS"]]
    group = code_text("Foreign ministers of the G7 met in Canada on Friday. The G7 joint statement said the group "
                      "remains concerned with China's military build-up.", "2025-03-14")
    assert ("ACCUSE", "G7", "CHN", []) in dyads(group), dyads(group)
    senators = code_text('Three members of the U.S. Senate led a group of lawmakers in calling on Secretary of State '
                         'Marco Rubio to act. "We are deeply concerned about the recent actions of Milorad Dodik," '
                         'they wrote in a letter to Rubio.', "2025-03-20")
    assert ("ACCUSE", "USA", "BIH", []) in dyads(senators), dyads(senators)


def test_the_subject_of_stand_accused_is_the_one_accused():
    events = code_text("Two Ivorian soldiers and a mercenary from Belarus stand accused of the 2004 bombing of a "
                       "French army base.", "2021-03-29")
    assert targets(events, "ACCUSE") == {"CIV"}, dyads(events)
    events = code_text("Lai, the founder of a newspaper in Hong Kong, stands accused of collusion with foreign forces.",
                       "2025-03-14")
    assert ("ACCUSE", "HKG", "HKG", []) in dyads(events), dyads(events)


def test_an_unnamed_neighbour_is_the_other_state_named_before():
    events = code_text("U.S. President Donald Trump ramped up his trade war with Canada on Tuesday, doubling the 25% "
                       "U.S. tariff on its northern neighbor's steel and aluminum exports.", "2025-03-11")
    assert ("SANCTION", "USA", "CAN", []) in dyads(events), dyads(events)
    # with no other state named before, the neighbour stays unknown (never the speaker's own state)
    events = code_text("Russia said on Monday its neighbor's forces had shelled the border.", "2025-03-11")
    assert not any("RUS" in (d[1], d[2]) for d in dyads(events, "ASSAULT")), dyads(events)


def test_a_visit_joined_to_a_meeting_is_hosted_by_whom_the_visitor_meets():
    events = code_text("Chinese Commerce Minister Wang Wentao visited Europe in late September and met with officials "
                       "in the EU and Germany.", "2024-10-01")
    assert ("CONSULT", "CHN", "EU", []) in dyads(events), dyads(events)


def test_forces_sent_to_fight_or_protect_someone_are_aimed_at_them():
    events = code_text("Rebels of the 3R group attacked villages in the Central African Republic on Monday. Several "
                       "hundred troops were deployed to the villages to push back the rebels.", "2024-06-20")
    assert targets(events, "MOBILIZE") == {"3R"}, dyads(events)
    events = code_text("U.N. peacekeepers have been deployed in the Central African Republic to protect civilians and "
                       "their goods.", "2024-06-20")
    assert ("AID", "UN", "CAF", []) in dyads(events), dyads(events)


def test_pleading_with_someone_to_act_asks_them():
    events = code_text("Chicken sellers in Cameroon are pleading with authorities on both sides to drop the trade "
                       "restrictions.", "2021-04-20")
    assert targets(events, "REQUEST") == {"CMR"}, dyads(events)


def test_not_allowing_someone_to_act_is_aimed_at_them():
    events = code_text("The Nigerian army does not allow humanitarian agencies to go to these areas.", "2020-06-01")
    assert ("REJECT", "NGA", "NGO", []) in dyads(events), dyads(events)


def test_a_recalled_envoy_is_recalled_by_his_state_from_his_post():
    events = code_text("Russia's NATO envoy Dmitry Rogozin has been called back to Moscow for consultations.",
                       "2008-08-20")
    assert ("SANCTION", "RUS", "NATO", []) in dyads(events), dyads(events)
    events = code_text("Turkey's ambassador to Israel was recalled for consultations on Monday.", "2018-05-15")
    assert ("SANCTION", "TUR", "ISR", []) in dyads(events), dyads(events)


def test_a_call_to_free_someone_is_made_of_the_state_that_holds_them():
    events = code_text("Hong Kong police arrested Jimmy Lai in 2020. A State Department spokesperson said the United "
                       "States calls for Lai's immediate release.", "2025-03-14")
    assert ("REQUEST", "USA", "HKG", []) in dyads(events), dyads(events)


def test_states_acting_along_with_others_call_a_meeting_of_a_body():
    events = code_text("The United States, along with Britain and France, called a private meeting of the U.N. "
                       "Security Council to discuss Iran's nuclear program.", "2025-03-12")
    requests = [e for e in events if e.type == "REQUEST"]
    assert requests and sorted(m.code() for m in requests[0].source.members) == ["FRA", "GBR", "USA"], dyads(events)
    assert requests[0].target.code() == "UN", dyads(events)


def test_an_insurgencys_attack_reported_alone_is_on_its_home_state():
    events = code_text("Separatists belonging to the banned BLA claimed responsibility for the attack.", "2025-03-12")
    assert ("ASSAULT", "BLA", "PAK", []) in dyads(events), dyads(events)


def test_people_an_attack_kills_or_targets_are_its_victims():
    events = code_text("The car hit a roadside bomb in northern Kenya and was then attacked with gunfire, killing all "
                       "the civilians on board.", "2020-02-10")
    assert targets(events, "ASSAULT") == {"KEN"}, dyads(events)
    # an armed group's attack on people named by what they are, in a report on another state: that state's
    events = code_text("Kenya's police chief spoke in Nairobi on Monday. He said al-Shabab mainly targets security "
                       "vehicles and security officers.", "2020-02-10")
    assert ("ASSAULT", "al-Shabaab", "KEN", []) in dyads(events), dyads(events)


def test_a_response_to_an_attack_is_aimed_at_the_attacker():
    events = code_text('BLA militants attacked a train in Balochistan on Tuesday. "The attack is an attack on national '
                       'security and will be responded to with full force," the Pakistani interior minister said.',
                       "2025-03-12")
    assert targets(events, "THREATEN") == {"BLA"}, dyads(events)


def test_an_act_toward_no_one_named_is_aimed_at_whom_it_is_notified_to():
    events = code_text("“We have received formal notification that Russia has decided to halt military cooperation "
                       "events,” NATO spokeswoman Carmen Romero said.", "2008-08-21")
    assert ("SANCTION", "RUS", "NATO", []) in dyads(events), dyads(events)


def test_a_withdrawal_with_no_place_named_leaves_the_state_attacked_before():
    events = code_text("Russian troops attacked Georgian positions near Gori on Friday. The withdrawal of Russia's "
                       "forces has started, the Russian army said on Monday.", "2008-08-20")
    assert ("RETREAT", "RUS", "GEO", []) in dyads(events), dyads(events)


def test_owners_urged_by_their_state_and_the_schengen_area_are_coded():
    events = code_text("Indonesian officials urged owners of food stalls to stop serving dog meat.", "2020-06-01")
    assert ("REQUEST", "IDN", "IDN", []) in dyads(events), dyads(events)
    events = code_text("Hungarian Prime Minister Viktor Orban has long railed against the Schengen area.", "2021-06-01")
    assert ("ACCUSE", "HUN", "EU", []) in dyads(events), dyads(events)


def test_a_school_acts_in_the_country_where_the_report_is():
    events = code_text("BLANTYRE — The Blantyre Girls Primary School refused to enroll her daughter because of her "
                       "dreadlocks.", "2021-02-01")
    assert [d[1] for d in dyads(events, "REJECT")] == ["MWI"], dyads(events)


def test_the_european_side_in_a_report_on_the_eu_is_the_eu():
    events = code_text("The EU imposed tariffs on Chinese cars in October. During the negotiations, the Chinese side "
                       "proposed to set a minimum import price, but the European side refused.", "2024-10-30")
    assert ("REJECT", "EU", "CHN", []) in dyads(events), dyads(events)


def test_the_outlet_is_the_news_medium_named_before():
    events = code_text("Taliban officials do not respond to VOA queries because they have imposed a ban on the media "
                       "outlet.", "2024-07-01")
    assert ("COERCE", "AFG", "USA", []) in dyads(events), dyads(events)


def test_things_linked_to_a_group_under_another_name_are_that_groups():
    events = code_text("Somalia's intelligence agency said it closed 12 media outlets and websites linked to the "
                       "Khawarij, a derogatory term referring to al-Shabab.", "2025-03-12")
    assert ("COERCE", "SOM", "al-Shabaab", []) in dyads(events), dyads(events)


def test_the_misparsed_object_of_said_is_the_clauses_subject():
    events = code_text("A Western diplomatic source said Ankara in the last few years imposed onerous controls on U.S. "
                       "operations from the base.", "2019-12-12")
    assert ("COERCE", "TUR", "USA", []) in dyads(events), dyads(events)


def test_a_verb_hung_on_the_name_before_it_has_that_name_as_subject():
    events = code_text("U.S. President Donald Trump spoke on Monday. Trump at first imposed 25% tariffs on Canadian and "
                       "Mexican exports to the U.S., then exempted the duties on vehicles.", "2025-03-08")
    assert ("SANCTION", "USA", "CAN", ["CAN", "MEX"]) in dyads(events), dyads(events)


def test_rejecting_claims_in_general_answers_no_accuser_but_those_claims_do():
    general = code_text("The BLA accuses Pakistan of exploiting the province's resources. Both Pakistan and China "
                        "reject claims that their joint ventures are depriving ethnic Baloch of opportunities.",
                        "2025-03-12")
    assert targets(general, "REJECT") == {None}, dyads(general)
    answered = code_text("The BLA accuses Pakistan of exploiting the province's resources. Pakistan rejected those "
                         "claims.", "2025-03-12")
    assert targets(answered, "REJECT") == {"BLA"}, dyads(answered)
