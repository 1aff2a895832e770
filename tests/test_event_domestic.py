"""Event coding on US domestic political news: verbal attacks, campaign
figures of speech, abbreviated titles and courtesy titles. Sentences are
written for these tests; the PolNeAR articles (political news, 2015-2016)
are read from ../shared at test time when present, never copied here."""
from pathlib import Path

import pytest

from newsevents.events import _resolver, code_events, code_text
from newsevents.models import Article
from newsevents.nlp import get_nlp

POLNEAR = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "polnear" / "train" / "text"
YEAR_2016 = "2016-04-15T12:00:00+00:00"


def _types(text: str, published: str = YEAR_2016) -> list[str]:
    return [e.type for e in code_text(text, published)]


def _actor(text: str, mention: str, year: int = 2016):
    doc = get_nlp()(text)
    actors = _resolver().resolve_doc(doc, year)
    return [m for m in actors.mentions if m.text == mention]


# ------------------------------------------------------------------ attacks in words and in deeds

def test_attack_on_a_rivals_record_is_an_accusation():
    events = code_text("Senator Elizabeth Warren attacked Donald Trump's record on Wall Street in a speech.", YEAR_2016)
    assert [e.type for e in events] == ["ACCUSE"]
    assert events[0].mode == "disapprove"


def test_ads_attacking_a_candidate_are_an_accusation():
    assert "ASSAULT" not in _types("The super PAC spent $2 million on television ads attacking Marco Rubio.")


def test_armed_attack_stays_an_assault():
    events = code_text("Gunmen attacked a police station in Kabul on Monday, killing five officers.", "2016-05-02")
    assert "ASSAULT" in [e.type for e in events]
    assert "ACCUSE" not in [e.type for e in events]


def test_attack_named_by_its_place_stays_an_assault():
    assert "ASSAULT" in _types("Mr. Cruz said the Paris attacks showed the danger posed by the Islamic State.")


def test_election_victory_is_no_beating():
    assert "ASSAULT" not in _types("Donald Trump beat Marco Rubio by 19 points in the Florida primary.")


def test_beating_protesters_stays_an_assault():
    assert "ASSAULT" in _types("Police beat protesters with batons outside the parliament in Kinshasa.", "2016-09-20")


# ------------------------------------------------------------------ campaign figures of speech

def test_releasing_tax_returns_frees_no_one():
    assert "RETREAT" not in _types("Hillary Clinton has released eight years of her tax returns.")
    assert "RETREAT" in _types("The rebels released dozens of women and children held in the camp.", "2016-03-01")


def test_people_released_stay_a_release():
    assert "RETREAT" in _types("Three of his 15 co-defendants were released to home confinement last week.")


def test_candidates_rally_is_no_protest():
    assert "PROTEST" not in _types("Bernie Sanders held a rally in Springfield that drew 5,000 supporters.")
    assert "PROTEST" in _types("Thousands of protesters rallied against the new law in Raleigh.")


def test_question_tag_asked_is_no_request():
    text = '"Why should the nomination be taken from him?" asked William Bennett, a radio host.'
    assert "REQUEST" not in _types(text)
    assert "REQUEST" in _types("Governor Pat McCrory asked the legislature to repeal the law.")


@pytest.mark.parametrize("text,is_request", [
    ("NBC's Chuck Todd asked Trump whether he wanted to be associated with a fascist.", False),
    ("Sean Hannity asked Trump on Wednesday if the project was still in his plans.", False),
    ("Jake Tapper asked Sanders about the deportations.", False),
    ("The American Legion asked the Sanders campaign to stop using its logo.", True),
    ("Her family asked for privacy as they sought answers.", True),
])
def test_asking_a_question_is_no_request(text, is_request):
    assert ("REQUEST" in _types(text)) == is_request


def test_candidates_appeal_to_voters_is_no_plea():
    assert "REQUEST" not in _types("Polling documented Mr. Trump's appeal among working-class Republicans.")
    assert "REQUEST" not in _types("Reagan picked Schweiker in a bid to appeal to moderate delegates.")
    assert "REQUEST" in _types("Pope Francis made an appeal for peace in Ukraine on Sunday.")


def test_candidate_winning_is_no_request_and_counterfactual_is_no_event():
    assert _types('"Sanders should win by double digits in New Hampshire," a strategist said.') == []
    assert "REQUEST" not in _types("With such a thin margin, Sanders could have requested a recount.")


def test_meeting_a_deadline_is_no_meeting():
    assert "CONSULT" not in _types("The White House did meet the deadline that Congress imposed on the Pentagon.")


def test_show_hosted_by_a_network_is_no_visit():
    assert "CONSULT" not in _types("Bernie Sanders spoke at a town hall hosted by CNN in Derry on Wednesday.")


def test_interview_on_a_show_is_no_consultation():
    assert "CONSULT" not in _types("Politico spoke with Senator Jeff Merkley on the latest episode of its podcast.")


def test_pulling_out_credentials_is_no_withdrawal():
    assert "RETREAT" not in _types("Hillary Clinton is pulling out her New York credentials before the primary.")
    assert "RETREAT" in _types("Moscow pulled out its troops from the border region.", "2016-03-01")


@pytest.mark.parametrize("text,absent", [
    ("Former Mexican presidents Vicente Fox and Felipe Calderon fired back at Trump over the wall.", "ASSAULT"),
    ("Eight candidates went on the attack on television as the primary approached.", "ASSAULT"),
    ("Mr. Trump said by telephone on NBC's \"Meet the Press\" that it was nonsense.", "CONSULT"),
    ("Clinton's all-but-certain march to the nomination slowed in Nevada.", "PROTEST"),
    ("Sanders recently deployed paid staff to all 11 of the Super Tuesday states.", "MOBILIZE"),
    ("She had been visiting her sister in Paris when the attack began.", "CONSULT"),
    ("Even in the House, Mr. Ryan's ideas have met with resistance.", "CONSULT"),
    ("Fiorina had waged a cross-country charm offensive to sell her candidacy.", "ASSAULT"),
])
def test_campaign_idioms_are_not_force_or_diplomacy(text, absent):
    assert absent not in _types(text)


def test_retort_is_an_accusation_and_gunfire_is_not():
    assert "ACCUSE" in _types("Former Mexican presidents Vicente Fox and Felipe Calderon fired back at Trump.")
    assert "ASSAULT" in _types("Soldiers fired back at the militants, killing three of them.", "2016-06-01")


# ------------------------------------------------------------------ US titles and courtesy titles

@pytest.mark.parametrize("text,mention,sector", [
    ("Sen. John McCain criticized the plan on Tuesday.", "John McCain", "LEG"),
    ("Rep. Jane Harman said the report was wrong.", "Jane Harman", "LEG"),
    ("Gov. Pat McCrory signed the bill on Wednesday.", "Pat McCrory", "GOV"),
    ("Lt. Gov. Dan Forest defended the law.", "Dan Forest", "GOV"),
    # a general the tables do not hold (Petraeus is in them: a former CIA director is ELI in 2016)
    ("Gen. John Nicholson said the Taliban had lost ground.", "John Nicholson", "MIL"),
    ("U.S. Attorney General Loretta Lynch announced the lawsuit.", "Loretta Lynch", "GOV"),
])
def test_abbreviated_and_civil_titles_give_the_sector(text, mention, sector):
    found = _actor(text, mention)
    assert found and found[0].sector == sector


def test_abbreviated_title_refers_to_its_own_name():
    text = ("The state's senior senator, Jeanne Shaheen, backed Clinton. \"We should scrap them,\" said "
            "Sen. Jeff Merkley of Oregon, the only senator to endorse Sanders.")
    doc = get_nlp()(text)
    actors = _resolver().resolve_doc(doc, 2016)
    senator = next(t for t in doc if t.text == "senator" and t.i > 20)
    title = next(t for t in doc if t.text == "Sen.")
    assert actors.actor_for_token(senator).name == "Jeff Merkley"
    assert actors.actor_for_token(title).name == "Jeff Merkley"


def test_civil_liberties_union_is_no_labour_union():
    events = code_text("The American Civil Liberties Union sued North Carolina over the law.", YEAR_2016)
    assert events and events[0].source.sector == "NGO"


def test_courtesy_title_picks_the_person_of_that_gender():
    text = ("Bill Clinton campaigned in Iowa on Monday. Mrs. Clinton said she was grateful, "
            "and Mr. Clinton said he would return.")
    doc = get_nlp()(text)
    names = [m.name for m in _resolver().resolve_doc(doc, 2016).mentions if m.text == "Clinton"]
    assert names == ["Hillary Clinton", "Bill Clinton"]


def test_courtesy_title_keeps_the_person_the_text_named():
    doc = get_nlp()("Richard Bennett, the U.N. special rapporteur, spoke on Monday. Mr. Bennett said the ban was unjust.")
    names = [m.name for m in _resolver().resolve_doc(doc, 2024).mentions if m.text == "Bennett"]
    assert names == ["Richard Bennett"]


# ------------------------------------------------------------------ whole PolNeAR articles (when present)

def _article_events(name: str):
    path = POLNEAR / name
    if not path.exists():
        pytest.skip("PolNeAR corpus not available")
    title, _, body = path.read_text().partition("\n")
    body = body.lstrip("\n")
    article = Article(id=name, text=body, title=title.strip(), published=name.split("_")[1] + "T12:00:00+00:00")
    return code_events(get_nlp()(body), article)


@pytest.mark.parametrize("name,phrase,absent,present", [
    ("wash-post_2016-04-20_beyond-victory-clinton-faces-dee.txt", "has attacked Clinton as", "ASSAULT", "ACCUSE"),
    ("breitbart_2016-04-14_the-latest-trump-delivers-defens.txt", "attacks on her campaign", "ASSAULT", "ACCUSE"),
    ("huff-post_2016-03-16_hillary-clinton-wins-missouri-de.txt", "visited Missouri", "CONSULT", None),
    ("huff-post_2016-03-16_hillary-clinton-wins-missouri-de.txt", "visited Missouri", "PROTEST", None),
    ("usa-today_2016-02-11_what-went-wrong-for-chris-christ.txt", "succeeded in capturing", "ASSAULT", None),
    ("usa-today_2016-02-11_what-went-wrong-for-chris-christ.txt", "defend more seats", "SUPPORT", None),
    ("politico_2016-02-23_obama-s-gitmo-plan-leaves-everyo.txt", "starting point", "ACCUSE", None),
    ("nyt_2016-06-27_britain-s-exit-looms-over-clinto.txt", "British withdrawal", "SANCTION", None),
])
def test_polnear_sentences(name, phrase, absent, present):
    types = [e.type for e in _article_events(name) if phrase in e.sentence]
    assert absent not in types
    if present:
        assert present in types
