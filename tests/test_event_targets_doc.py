"""Recipients that only the report around the sentence supplies: an addressed act (a demand, threat,
accusation, refusal, concession, sanction, aid, visit) whose own slots name no one is aimed at the other
actor its sentence names, else at the one the passage named last; "the parties" are the sides of the
passage's latest two-sided event; unnamed rebels acted on are the armed group the report names.
Negative cases: acts about no one stay without recipient, and no recipient comes from a distant paragraph."""

from __future__ import annotations

from newsevents.events import code_text

from .test_event_document import _voa
from .test_event_targets import dyads


def _story_events(story_id: str, begins: str, event_type: str, length: int = 200):
    """The events of `event_type` whose trigger lies in the story's sentence that begins with `begins`
    (the story coded whole, as `ingest` does)."""
    text, published = _voa(story_id)
    start = text.index(begins)
    return [e for e in code_text(text, published)
            if e.type == event_type and start <= e.start + max(0, e.sentence.find(e.trigger or "")) < start + length]


def targets_of(events, event_type) -> set[str | None]:
    return {d[2] for d in dyads(events, event_type)}


def _target_codes(event) -> set[str]:
    if event.target is None:
        return set()
    return {event.target.code()} | {m.code() for m in event.target.members}


# ---------------------------------------------------------------- the passage supplies the recipient


def test_sanctions_barring_trade_with_the_regime_hit_the_state_named_before():
    events = code_text("North Korea conducted its fifth nuclear test on Friday. After a test in January, the Security "
                       "Council imposed sweeping new sanctions that bar most trading with the regime.", "2016-09-10")
    assert ("SANCTION", "UN", "PRK", []) in dyads(events, "SANCTION"), dyads(events)


def test_the_regime_and_the_junta_are_the_state_named_before_not_the_actors_partners():
    events = code_text("North Korea tested a missile on Friday. Japan, following the U.S., imposed sanctions on the "
                       "regime.", "2024-05-01")
    assert ("SANCTION", "JPN", "PRK", []) in dyads(events, "SANCTION"), dyads(events)
    events = code_text("Myanmar's military seized power in 2021. Britain and Canada announced new sanctions against "
                       "the junta on Monday, and Australia condemned the regime.", "2024-05-01")
    assert targets_of(events, "SANCTION") == {"MMR"} and targets_of(events, "ACCUSE") == {"MMR"}, dyads(events)


def test_a_demand_with_no_one_named_is_made_of_the_lender_the_passage_names():
    """VOA 7678740: "discussions with the International Monetary Fund to secure a new loan ...";
    "the government is pursuing the loan facility": PAK REQUEST IMF."""
    requests = _story_events("7678740", "He stated that the government is pursuing the loan facility", "REQUEST")
    assert requests and requests[0].source.code() == "PAK", dyads(requests)
    assert _target_codes(requests[0]) == {"IMF"}, dyads(requests)


def test_a_warning_with_no_one_named_is_aimed_at_the_other_side_of_the_passage():
    events = code_text("Russia moved new missiles to its western border on Tuesday. Poland's defense minister warned "
                       "that the country would respond with force.", "2024-05-01")
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and threats[0].source.code() == "POL" and _target_codes(threats[0]) == {"RUS"}, dyads(events)


def test_a_visit_is_hosted_by_the_state_named_just_before_it():
    events = code_text("India has long enjoyed good relations with Mauritius, and analysts said Modi's visit came amid "
                       "a recognition that India needs to step up its engagement.", "2025-03-12")
    visits = [e for e in events if e.type == "CONSULT" and e.mode == "visit"]
    assert visits and visits[0].source.code() == "IND" and _target_codes(visits[0]) == {"MUS"}, dyads(events)


def test_an_opposed_application_answers_all_who_made_it():
    events = code_text("The documentation, linked to a related application that Malaysia and Vietnam made 10 years "
                       "ago, met with opposition from China's U.N. mission.", "2019-12-12")
    rejections = [e for e in events if e.type == "REJECT"]
    assert rejections and rejections[0].source.code() == "CHN", dyads(events)
    assert _target_codes(rejections[0]) == {"MYS", "VNM"}, dyads(events)


def test_the_parties_are_both_sides_of_the_fighting_reported_before():
    events = code_text("Sudan's army and the RSF have fought each other since April. The U.N. chief called on the "
                       "parties to end the war.", "2024-05-01")
    requests = [e for e in events if e.type == "REQUEST"]
    assert requests and requests[0].source.code() == "UN", dyads(events)
    assert _target_codes(requests[0]) == {"SDN", "RSF"}, dyads(events)


def test_an_actor_is_never_among_its_own_recipients():
    events = code_text("Israel and Hamas fought a war in 2021. Egypt urged both sides to respect the ceasefire.",
                       "2024-05-01")
    requests = [e for e in events if e.type == "REQUEST"]
    assert requests and requests[0].source.code() == "EGY", dyads(events)
    assert "EGY" not in _target_codes(requests[0]), dyads(events)


def test_rebels_acted_on_are_the_armed_group_the_report_names():
    """VOA 7686618 names the rebel group 3R in its lead; "several rebels were either neutralized or
    captured" later is force on 3R, not on rebels coded by the place (CAF)."""
    assaults = _story_events("7686618", "Both forces say huge quantities of ammunition", "ASSAULT", 150)
    assert assaults and assaults[0].source.code() == "CAF", dyads(assaults)
    assert _target_codes(assaults[0]) == {"3R"}, dyads(assaults)


def test_a_states_force_with_no_one_named_acts_on_the_armed_group_of_the_passage():
    events = code_text("Al-Shabab fighters stormed a hotel in Beledweyne on Tuesday. Security forces killed six "
                       "attackers in the operation.", "2025-03-12")
    assert ("ASSAULT", "SOM", "al-Shabaab", []) in dyads(events, "ASSAULT"), dyads(events)
    fought = code_text("Al-Shabab seized two villages in Somalia last week. Somali troops fought al-Shabab for hours.",
                       "2025-03-12")
    two_sided = [e for e in fought if e.type == "ASSAULT" and e.trigger == "fought"]
    assert two_sided and two_sided[0].target is None, dyads(fought)  # two-sided fighting: both are actors


def test_a_states_opposition_and_citizens_address_its_government():
    """With no other actor in the passage, a demand of a state's protesters or opposition is made of its
    government (a domestic dispute), not left without recipient."""
    events = code_text("Sudanese protesters marched in Khartoum on Friday. The protesters have demanded that the "
                       "ruling party be dissolved.", "2019-12-01")
    assert ("REQUEST", "SDN", "SDN", []) in dyads(events, "REQUEST"), dyads(events)
    requests = [e for e in code_text("Kenya's opposition leader Raila Odinga demanded an independent audit of the "
                                     "election results.", "2022-08-20") if e.type == "REQUEST"]
    assert requests and requests[0].target is not None and requests[0].target.code() == "KEN", dyads(requests)
    assert requests[0].target.sector == "GOV"


def test_a_candidates_endorsement_of_no_one_coded_stays_within_its_state():
    events = code_text("Donald Trump, the Republican presidential nominee, spoke in Ohio on Monday. Trump officially "
                       "endorsed one super PAC in July.", "2016-09-23")
    assert ("SUPPORT", "USA", "USA", []) in dyads(events, "SUPPORT"), dyads(events)
    treaty = code_text("France and Germany signed a treaty on Monday.", "2024-05-01")
    assert targets_of(treaty, "SUPPORT") == {None}, dyads(treaty)  # a compound of states: no recipient


# ---------------------------------------------------------------- no invented recipient


def test_the_actors_own_phrase_is_no_recipient():
    events = code_text("The U.N. special envoy for Syria is calling for an end to violence and for the protection of "
                       "civilians.", "2025-03-14")
    requests = [e for e in events if e.type == "REQUEST"]
    assert requests and requests[0].source.code() == "UN" and requests[0].target is None, dyads(events)


def test_concern_about_a_situation_blames_no_one():
    events = code_text("North Korea sent troops to Russia last year. China, which has traditionally been North "
                       "Korea's closest ally, expressed concern about heightened tensions on the Korean Peninsula.",
                       "2024-11-01")
    accusations = [e for e in events if e.type == "ACCUSE" and e.source is not None and e.source.code() == "CHN"]
    assert accusations and accusations[0].target is None, dyads(events)


def test_an_addressee_named_but_uncoded_is_not_replaced_by_another_actor():
    events = code_text("Eight senators sent a letter to Secretary of State Marco Rubio about the purported Iran-China "
                       "chemical scheme, urging him to work with global partners of the U.S.", "2025-03-12")
    requests = [e for e in events if e.type == "REQUEST"]
    assert requests and not _target_codes(requests[0]) & {"IRN", "CHN"}, dyads(events)


def test_no_recipient_comes_from_a_distant_paragraph():
    text = ("Iran launched missiles at an air base on Sunday.\n\n"
            "The weather was mild across the region for most of the week.\n\n"
            "Markets opened higher on Monday and closed flat.\n\n"
            "Schools reopened after the spring holiday.\n\n"
            "The U.N. envoy called for calm and restraint.")
    requests = [e for e in code_text(text, "2024-05-01") if e.type == "REQUEST"]
    assert requests and requests[0].source.code() == "UN" and requests[0].target is None, dyads(requests)


def test_a_government_does_not_address_itself():
    requests = [e for e in code_text("The Japanese government called for calm on Monday.", "2024-05-01")
                if e.type == "REQUEST"]
    assert requests and requests[0].target is None, dyads(requests)


def test_an_act_without_an_addressee_type_stays_without_recipient():
    """Meetings and fighting between two sides code both as actors (manual): no passage recipient."""
    events = code_text("China warned Taiwan on Monday. Russia and NATO agreed to resume talks next month.",
                       "2024-05-01")
    agreements = [e for e in events if e.type == "AGREE"]
    assert agreements and agreements[0].target is None, dyads(events)
