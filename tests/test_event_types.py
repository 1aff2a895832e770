"""Event types on real sentences: which PLOVER type a sentence's words make,
and which sentences report no event at all (rules, statistics, opinions)."""

import pytest

from newsevents.events import code_text


def _types(text):
    return [e.type for e in code_text(text)]


@pytest.mark.parametrize("text, expected", [
    # a preposition the parser hangs on the last of a coordinated object ("... and stun grenades at")
    ("Witnesses reported Israeli security forces fired tear gas, rubber bullets, and stun grenades at "
     "Palestinian demonstrators.", "ASSAULT"),
    # ... or on a particle ("back to prison")
    ("A Guatemalan judge ordered prominent journalist Jose Ruben Zamora back to prison this week.", "COERCE"),
    ("Orban has declined to participate in the EU migrant-burden sharing plan.", "REJECT"),
    ("Taiwan's president said his government is open to dialogue with Beijing.", "AGREE"),
    ("U.S. warships passed through the Taiwan Strait on Tuesday.", "MOBILIZE"),
    ("MSF reports the population is being victimized by all sides in the Boko Haram conflict.", "ASSAULT"),
    # a permission withheld is a restriction
    ("The Cambodian government said the journalist is not allowed to leave the country.", "COERCE"),
    ("Women are not permitted to work in Afghanistan, the Taliban said.", "COERCE"),
    # concluding an agreement is SUPPORT (manual: "sign, or finalize an agreement"), not an attack
    ("Russia struck a deal with Iran on Tuesday.", "SUPPORT"),
    ("Pakistan reached an agreement with the IMF on a new loan.", "SUPPORT"),
    ("Egypt brokered a truce between Israel and Hamas.", "CONSULT"),
    ("Heavy fighting between the Sudanese army and the RSF erupted in Khartoum.", "ASSAULT"),
    ("Israel imposed a blockade on Gaza.", "COERCE"),
    ("Rebels overran an army base in Mali.", "ASSAULT"),
    # approval in reported speech
    ("Pedersen said recent agreements between Syria's authorities and the SDF are a positive reminder of "
     "how important it is that Syria comes together.", "SUPPORT"),
    # a demand for talks to go on
    ("German Chancellor Olaf Scholz said talks with China must continue.", "REQUEST"),
    ("The president invited his Kenyan counterpart to visit Washington.", "AGREE"),  # an invitation (manual)
    ("Israel dismissed the ICJ ruling.", "REJECT"),
    ("Turkey sent rescue teams to Syria after the earthquake.", "AID"),
    ("The junta suspended the activities of political parties.", "COERCE"),
    ("Militants took 20 people hostage in Mali.", "ASSAULT"),
    ("France threw its support behind the peace plan.", "SUPPORT"),
    ("Hamas called off the talks with Israel.", "REJECT"),  # cancelling talks, not calling off a protest
    ("Workers called off the strike.", "CONCEDE"),
    ("Iran vowed revenge against Israel.", "THREATEN"),
    ("Israel called up 300,000 reservists.", "MOBILIZE"),
    ("Iran hanged two men convicted of murder.", "ASSAULT"),  # executions: ASSAULT targeted (manual)
    ("The WFP airdropped food into South Sudan.", "AID"),
    ("Qatar provided fuel to Gaza.", "AID"),
    ("The UN refugee agency resettled 5,000 refugees.", "AID"),
    # a court order is a demand (guidelines); a commander's order to his troops is their act
    ("Kenya's High Court ordered the government to release the detainees.", "REQUEST"),
    ("Putin ordered troops to withdraw from the border.", "RETREAT"),
])
def test_first_event_type(text, expected):
    types = _types(text)
    assert types and types[0] == expected, types


@pytest.mark.parametrize("text", [
    # analysts' forecasts and judgements of a coded actor's acts are their opinions
    "Analysts are raising concerns that a Chinese update to its maritime traffic law will help Beijing tighten "
    "control over disputed Asian seas.",
    "Political analyst Alfatih Mahmoud thinks the timing of this decision is important to Sudan's current transition "
    "Mahmoud says the decision to dissolve the National Congress Party is a strategic decision issued at the right "
    "time.",
    # rules and habits
    "\"In our religion, they say every Rasta has to keep dreadlocks,\" said the chairman of the Rastafarians.",
    "At least 65% of the EU's population must vote against the tariff plan to stop it.",
    # statistics
    "The city has suffered more terrorist attacks than any other in Somalia except Mogadishu.",
    "Since 2009, hundreds of people have been killed in suicide attacks and car bombs on hotels.",
    # press briefings, shared views, polls
    "He discussed the situation with reporters on Monday.",  # a press briefing
    "Residents agreed that the situation had improved.",  # sharing a view
    "Most Americans support the decision, according to a poll.",  # an opinion poll
    "A survey found that most Kenyans support the ban.",
    # options, what something may bring, rules under a coded speaker, demands made before
    "They have until Feb. 4 to appeal the High Court's order.",  # an option, not an act
    "Being in the political opposition means speaking out against larger forces; but, in Africa, it can also "
    "mean intimidation, arrest and violence.",  # what something may bring
    "\"In our religion, they say every Rasta has to keep dreadlocks,\" said Jerefaya Mphomeya, chairman for "
    "Rastafarians in southern Malawi.",  # a rule, even with a coded speaker
    "Officials have not publicly responded to BLA's demands.",  # a demand made before
    # support that is no one's act: acclaim from no one named, who people are, aims, listed topics
    "When Naveeda Khoshbo published her book of political analysis in 2019, she received widespread praise and "
    "recognition.",
    "The free movement Schengen zone is seen by Europhiles and those backing deeper EU political and economic "
    "integration as crucial.",
    "The upcoming session is aimed at drafting a roadmap for improving relations between Russia and the Western "
    "military alliance.",
    "VOA spoke with Armitage about his trip to Taiwan, U.S. support for the self-governing island, China's aggression "
    "in the region and its ties with Russia.",
    "A freeze of Moscow military cooperation with NATO would affect 10 joint exercise, which recently included work "
    "on detecting explosives and allowing NATO free passage through Russian territory.",  # a kind of activity
])
def test_no_event(text):
    assert _types(text) == []


def test_purpose_of_talks_is_no_agreement_reached():
    types = _types("Secretary of State Marco Rubio led more than eight hours of peace talks with Ukrainian officials "
                   "in Jeddah, Saudi Arabia, to reach the agreement.")
    assert "SUPPORT" not in types and types[:1] == ["CONSULT"], types


def test_state_measures_against_its_own_people_are_coercion():
    events = code_text("The Taliban, who seized power in August 2021, have imposed strict measures against women in "
                       "Afghanistan, barring them from education, work, long-distance travel and participating in "
                       "public life.", published="2024-12-01")
    assert [e.type for e in events][:1] == ["COERCE"], [e.type for e in events]
    foreign = code_text("The United States imposed punitive measures against Russia.")
    assert [e.type for e in foreign] == ["SANCTION"]


def test_agreeing_on_a_future_act_is_still_agree():
    assert _types("Israel and Hamas agreed that talks would resume in Cairo.")[:1] == ["AGREE"]


def test_leaving_it_to_another_to_act_is_a_demand():
    events = code_text('"It is now for Russia to accept it," British Foreign Secretary David Lammy said.')
    assert [(e.type, e.target.code() if e.target else None) for e in events][:1] == [("REQUEST", "RUS")]
    assert _types("It is up to you to decide.") == []


def test_second_act_in_a_time_clause_with_a_named_target():
    events = code_text("Independent Cambodian media association CamboJA said Mech Dara was released after apologizing "
                       "to Senate head Hun Sen and Prime Minister Hun Manet.")
    assert {"RETREAT", "CONCEDE"} <= {e.type for e in events}, [e.type for e in events]


@pytest.mark.parametrize("text, threat", [
    ("The minister warned that the situation in Gaza could deteriorate further.", False),
    ("Kenya's president warned that the country faces a severe drought.", False),
    ("The UN envoy warned that the conflict risks spreading across the region.", False),
    ("Trump warned that Iran would pay a heavy price.", True),
    ("Putin warned that Russia would respond to any attack.", True),
    ('"This incident changes the rules of the game," Chaudhry said, warning that terrorists will not be spared.',
     True),
])
def test_only_coercive_warnings_are_threats(text, threat):
    # manual, THREATEN: "coercive or forceful warnings"
    assert ("THREATEN" in _types(text)) is threat


def test_security_forces_freeing_hostages_is_a_rescue():
    # gold guidelines / manual: hostage rescues are AID, captives let go by their captors RETREAT release
    assert _types("Pakistani troops freed 100 hostages from the train.")[:1] == ["AID"]
    assert _types("Hamas released 24 hostages on Friday.")[:1] == ["RETREAT"]
    assert _types("Myanmar's junta freed 2,000 political prisoners.")[:1] == ["RETREAT"]
    assert _types("The journalist was released from hospital.") == []


@pytest.mark.parametrize("text", ["Those challenges were rejected.",
                                  "His appeal was dismissed by Kenya's Supreme Court."])
def test_court_rejecting_a_filing(text):
    events = code_text(text)
    assert [e.type for e in events][:1] == ["REJECT"] and events[0].source.sector == "JUD"


def test_appeal_made_is_still_an_event():
    assert _types("The opposition appealed the High Court's order.")[:1] == ["REJECT"]


def test_a_weapon_killing_is_an_attack_but_a_bare_count_is_not():
    assert _types("A roadside bomb killed three soldiers in Somalia.")[:1] == ["ASSAULT"]
    assert _types("Three people were killed in Nairobi.") == []
    assert _types("The drought killed thousands of cattle.") == []


def test_joint_exercises_of_a_compound_actor_are_cooperation():
    # reciprocal acts: every participant is an actor, no target (guidelines, compound actors)
    assert _types("The United States and the Philippines held joint military exercises.")[:1] == ["COOPERATE"]
    assert _types("Turkey and Russia conducted joint patrols in northern Syria.")[:1] == ["COOPERATE"]


def test_support_received_from_a_named_giver():
    assert _types("Ukraine received strong support from the European Union.")[:1] == ["SUPPORT"]


def test_meeting_where_something_was_said_is_context():
    text = ("Speaking at a United Nations Security Council meeting on Afghanistan this week, Pakistan's permanent "
            "representative to the United Nations, Munir Akram, said Kabul was failing to rein in Baloch separatists.")
    assert "CONSULT" not in _types(text)


@pytest.mark.parametrize("text, sector", [
    ("The curfew in Dhaka was lifted on Monday.", "GOV"),  # not a curfew imposed
    ("Sanctions on Syria were lifted last year.", "GOV"),  # not sanctions imposed
    ("The charges against him were dropped.", "GOV"),  # not an accusation
    ("The journalist was acquitted of all charges.", "JUD"),
])
def test_what_is_lifted_is_a_concession(text, sector):
    events = code_text(text)
    assert [e.type for e in events] == ["CONCEDE"] and events[0].source.sector == sector


@pytest.mark.parametrize("text", ["The talks were postponed indefinitely.",
                                  "The summit was cancelled after the attack."])
def test_meeting_called_off_is_not_a_meeting(text):
    assert "CONSULT" not in _types(text)


def test_suspended_aid_is_a_sanction_not_aid():
    assert _types("The United States suspended military aid to Ukraine.") == ["SANCTION"]


def test_refusal_by_someone_unnamed_of_a_named_actors_offer():
    events = code_text("Russia's offer was turned down.")
    assert [e.type for e in events] == ["REJECT"]
    assert events[0].target.code() == "RUS" and events[0].source.code() != "RUS"  # no state rejects itself
