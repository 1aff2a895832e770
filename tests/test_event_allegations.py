"""Allegations in reported speech: a speaker saying that another actor is
responsible for, or guilty of, something blameworthy accuses it (PLOVER ACCUSE),
while a reported concrete act keeps its own actors.

Sentences are newswire-style sentences written for the rules, or VOA reports
read from the shared corpus at test time (skipped when it is absent)."""

import pytest

from newsevents.events import code_events, code_text
from newsevents.models import Article
from newsevents.nlp import get_nlp
from tests.test_event_targets import _stories  # the shared VOA corpus, read once (skips when absent)


def _dyads(events):
    return [(e.type, e.source.code() if e.source else None, e.target.code() if e.target else None)
            for e in events]


def _coded(sentence):
    return _dyads(code_text(sentence, "2024-06-01"))


def _story_sentence_events(story_id: str, begins: str):
    """Events of one sentence of a VOA story coded inside the whole story (earlier sentences and
    quotations running over several sentences give the speaker)."""
    story = _stories()[story_id]
    text = story["text"]
    start = text.index(begins)
    article = Article(id=f"voa:{story_id}", text=text, published=story["published"][:10])
    events = code_events(get_nlp()(text), article)
    sentence_end = text.index(".", start + len(begins))
    return _dyads([e for e in events if start <= e.start + max(0, e.sentence.find(e.trigger or "")) < sentence_end])


# ---------------------------------------------------------------- responsibility and failure


@pytest.mark.parametrize("sentence, expected", [
    ("Germany's chancellor said Hamas was responsible for the attack.", ("ACCUSE", "DEU", "Hamas")),
    ("Israel's prime minister said Hamas is to blame for the crisis.", ("ACCUSE", "ISR", "Hamas")),
    ("India's foreign ministry said Pakistan was behind the bombing in Kashmir.", ("ACCUSE", "IND", "PAK")),
    ("Pakistan's foreign minister said Kabul was failing to rein in Baloch separatists.", ("ACCUSE", "PAK", "AFG")),
    ("Hamas said Israel bears full responsibility for the escalation.", ("ACCUSE", "Hamas", "ISR")),
    ("Ukraine's foreign ministry said Russia committed war crimes in Bucha.", ("ACCUSE", "UKR", "RUS")),
    ("Turkey pinned the blame on Syria.", ("ACCUSE", "TUR", "SYR")),
    ("Ukraine's president pointed the finger at Russia.", ("ACCUSE", "UKR", "RUS")),
    ("Kyiv charged that Russian troops had bombed the hospital.", ("ACCUSE", "UKR", "RUS")),
    ("Kenya's opposition leader charged that the government had rigged the election.", ("ACCUSE", "KEN", "KEN")),
])
def test_a_speaker_naming_the_one_responsible_accuses_it(sentence, expected):
    assert expected in _coded(sentence), _coded(sentence)


def test_hearsay_words_make_responsibility_an_allegation():
    events = code_text("The Islamic Revolutionary Guard Corps was allegedly behind the plot, according to "
                       "federal prosecutors in New York.", "2024-06-01")
    assert [e.type for e in events] == ["ACCUSE"], _dyads(events)
    assert events[0].mode == "allege" and events[0].target.code() == "IRGC"


@pytest.mark.parametrize("sentence", [
    "Israel's military said it was not responsible for the explosion at the hospital.",  # a denial
    "Israel's army said it bears responsibility for the strike.",  # owning up, no one else blamed
    "Ukraine's president said Russia is responsible for the security of the plant.",  # a duty, no wrongdoing
    "The Foreign Ministry of Egypt said the talks failed.",  # nobody failed anybody
    "Hamas was responsible for the attack.",  # the reporter's own statement, no speaker
])
def test_no_allegation_without_a_blamed_actor_a_wrongdoing_and_a_speaker(sentence):
    assert not any(d[0] == "ACCUSE" for d in _coded(sentence)), _coded(sentence)


# ---------------------------------------------------------------- reported acts laid on another


def test_an_instigated_act_is_the_speakers_allegation_not_an_attack():
    assert _coded("Ukraine's president said Moscow orchestrated the attack.") == [("ACCUSE", "UKR", "RUS")]
    # the reported act itself, with no word of blame, keeps its own actors (gold guidelines)
    assert _coded("Ukraine's president said Russian forces attacked the port of Odesa.")[0][:2] == ("ASSAULT", "RUS")


def test_an_instigator_named_in_the_by_phrase_of_an_outer_speakers_report_is_accused():
    coded = _coded('"Intelligence reports have confirmed that the attack was orchestrated and directed by terrorist '
                   'ringleaders operating from Afghanistan," a statement from Pakistan\'s military said.')
    assert coded == [("ACCUSE", "PAK", "AFG")], coded


def test_an_act_allegedly_done_according_to_court_documents_is_an_allegation():
    events = code_text("In 2018, Iranian officials allegedly offered to pay her relatives to invite her to Turkey, "
                       "according to court documents.", "2024-06-01")
    assert [(e.type, e.mode, e.target.code()) for e in events] == [("ACCUSE", "allege", "IRN")], _dyads(events)
    # without a formal accuser the hedge alone does not turn a reported act into an accusation
    assert _coded("Iranian officials allegedly offered to invite her to Turkey.")[0][0] != "ACCUSE"


def test_attackers_colluding_with_others_is_an_allegation_against_the_partners():
    assert ("ACCUSE", "PAK", "AFG") in _coded(
        "Pakistan's army spokesman said the attackers collaborated with partners in Afghanistan.")


def test_an_act_whose_doer_the_speaker_brands_is_an_accusation():
    coded = _coded('"Israel, the cruel terrorist state, attacks the Muslims in Jerusalem in a savage manner," '
                   "Turkey's president Erdogan said.")
    assert coded[0] == ("ACCUSE", "TUR", "ISR"), coded
    assert _coded("Russia's foreign ministry said Ukraine brutally shelled the town of Donetsk.")[0] == (
        "ACCUSE", "RUS", "UKR")


def test_an_act_shown_as_a_pattern_of_conduct_is_an_accusation():
    assert _coded("Rights groups say the case highlights how far the Iranian government will go to silence "
                  "its critics.")[0] == ("ACCUSE", "NGO", "IRN")
    assert _coded('"The trial is an example of how China uses vague security laws to suppress freedoms," '
                  "the U.S. State Department spokesperson said.")[0] == ("ACCUSE", "USA", "CHN")


# ---------------------------------------------------------------- judgements inside quotations


@pytest.mark.parametrize("sentence, expected", [
    ('"We have to understand that Vladimir Putin is the aggressor," U.S. Senator Jim Risch said.',
     ("ACCUSE", "USA", "RUS")),
    ('"I think Russia is the aggressor," Ukraine\'s foreign minister said.', ("ACCUSE", "UKR", "RUS")),
    ("The U.S. ambassador said Dodik has engaged in secessionist activity, challenging state institutions "
     "and undermining the constitution.", ("ACCUSE", "USA", "BIH")),
])
def test_judgements_of_the_speakers_own_view_and_on_participles(sentence, expected):
    assert expected in _coded(sentence), _coded(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Washington has long considered Iran the world's leading state sponsor of terrorism.", ("ACCUSE", "USA", "IRN")),
    ("Moscow regards NATO expansion as a threat to its security.", ("ACCUSE", "RUS", "NATO")),
    ("China's foreign ministry said the United States was spreading disinformation.", ("ACCUSE", "CHN", "USA")),
    ("South Korea's military said North Korea fired a ballistic missile, calling it a grave provocation.",
     ("ACCUSE", "KOR", "PRK")),
])
def test_judgements_put_on_another_actor(sentence, expected):
    assert expected in _coded(sentence), _coded(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Iran's U.N. mission criticized it, saying that Washington openly seeks to weaponize the council.",
     ("ACCUSE", "IRN", "USA")),
    ("China condemned the move, saying Japan was provoking tensions.", ("ACCUSE", "CHN", "JPN")),
    ('The G7 joint statement said the group remains "concerned with China\'s military build-up."',
     ("ACCUSE", "G7", "CHN")),
])
def test_the_one_blamed_in_a_saying_clause_and_the_group_that_speaks(sentence, expected):
    assert _coded(sentence)[0] == expected, _coded(sentence)


def test_a_neutral_view_of_another_actor_is_no_accusation():
    assert _coded("The United States views China as a partner in climate talks.") == []


def test_a_quotation_over_several_sentences_takes_the_speaker_who_closes_it():
    text = ('"We have to understand that Vladimir Putin is the aggressor. He started this war and he can end '
            'it," U.S. Secretary of State Marco Rubio told reporters on Monday.')
    assert ("ACCUSE", "USA", "RUS") in _dyads(code_text(text, "2025-03-12"))


def test_a_quotation_goes_on_with_the_speaker_of_the_previous_sentence():
    text = ('"We are deeply concerned about the situation," U.S. Secretary of State Marco Rubio said. '
            '"Russia is the aggressor in this war."')
    events = code_text(text, "2025-03-12")
    second = [e for e in events if e.start > text.index("Rubio said")]
    assert _dyads(second) == [("ACCUSE", "USA", "RUS")], _dyads(events)


def test_a_story_quotation_is_coded_in_its_document():
    events = _story_sentence_events("7750892", "“The Taliban barring Bennett from entering the country")
    assert ("ACCUSE", "HRW", "AFG") in events, events


# ---------------------------------------------------------------- protests


@pytest.mark.parametrize("sentence, expected", [
    ("Activists held a sit-in outside the ministry in Nairobi.", ("PROTEST", "obstruct")),
    ("Angry crowds torched police stations in Dhaka.", ("PROTEST", "riot")),
    ("Protesters hurled stones at police in Tbilisi.", ("PROTEST", "riot")),
])
def test_sit_ins_and_crowd_riots_are_protests(sentence, expected):
    events = code_text(sentence, "2024-06-01")
    assert [(e.type, e.mode) for e in events][:1] == [expected], _dyads(events)


def test_soldiers_burning_a_village_is_no_riot():
    assert _coded("Israeli forces burned the village.")[0][0] == "ASSAULT"


def test_a_protest_only_cracked_down_on_is_no_protest_event():
    coded = _coded("Both countries withdrew ambassadors in 2018 over Israel's crackdown on protests by Palestinians.")
    assert "PROTEST" not in {d[0] for d in coded}, coded


def test_a_reported_use_of_human_shields_is_the_users_act():
    # guidelines: a verb that only reports ("says") leaves the reported act to its own actors; using
    # people as human shields is ASSAULT (CAMEO 184)
    assert [(t, src) for t, src, _ in _coded("Russia says Ukraine is using civilians as human shields.")] \
        == [("ASSAULT", "UKR")]
