"""Evaluative speech (newsevents.judgements): a speaker judging an actor or its
act with an evaluative word rather than a verb of accusing or praising is
ACCUSE (criticism), SUPPORT (praise) or, when it calls a claim untrue, REJECT
(PLOVER manual: ACCUSE "criticize, denounce, express disapproval", SUPPORT
"praise or endorse"). Sentences written for these tests in the style of the
news the coder reads; the fresh gold set supplies the in-document cases."""

from __future__ import annotations

import pytest

from newsevents.events import code_text
from newsevents.judgements import load_judgements
from tests.conftest import shared_path


def _triples(text: str, published: str = "2016-10-01"):
    return [(e.type, e.source.code() if e.source else None, e.target.code() if e.target else None)
            for e in code_text(text, published) if e.modality != "negated"]


@pytest.mark.parametrize("text, expected", [
    # naming verbs: call / describe / characterize X (as) Y
    ("The Turkish foreign minister called the Israeli raid on the mosque \"unacceptable.\"", ("ACCUSE", "TUR", "ISR")),
    ("The German chancellor described Russia's annexation of Crimea as a \"violation of international law.\"",
     ("ACCUSE", "DEU", "RUS")),
    ("President Barack Obama called Burma a \"good news story\" in an era of setbacks for democracy.",
     ("SUPPORT", "USA", "MMR")),
    # an evaluative predicate in a reported or quoted clause
    ("Donald Trump tweeted that Hillary Clinton was \"disgusting\" and \"a con.\"", ("ACCUSE", "USA", "USA")),
    ("\"The Taliban's decision to close girls' schools is a step backwards,\" U.N. Secretary-General Antonio "
     "Guterres said.", ("ACCUSE", "UN", "Taliban")),
    ("The French president said the agreement with Germany was historic.", ("SUPPORT", "FRA", "DEU")),
    ("The Kenyan foreign minister said the Ethiopian prime minister was a courageous leader.",
     ("SUPPORT", "KEN", "ETH")),
    # negated function predicates and negated praise
    ("Iran's foreign minister said the American proposal is not credible.", ("ACCUSE", "IRN", "USA")),
    ("\"Putting maximum pressure on Iran is not going to achieve the goal,\" the Chinese ambassador said.",
     ("ACCUSE", "CHN", "IRN")),
    # an extraposed "it": the subject of the clause it stands for is judged
    ("\"It is regrettable that Russia has not withdrawn its troops,\" the German foreign minister said.",
     ("ACCUSE", "DEU", "RUS")),
    # a claim called untrue is rejected
    ("\"This is completely false,\" Russian U.N. Ambassador Vassily Nebenzia told the council.",
     ("REJECT", "UN", None)),
    ("Russian Foreign Ministry spokeswoman Maria Zakharova said the British accusations were \"a lie.\"",
     ("REJECT", "RUS", "GBR")),
    ("\"The report does not reflect reality,\" Russian Foreign Ministry spokeswoman Maria Zakharova said.",
     ("REJECT", "RUS", None)),
    # phrases and predicates beyond the copula
    ("The German foreign minister said the European Union's sanctions on Russia do not go far enough.",
     ("ACCUSE", "DEU", "EU")),
    ("The Israeli prime minister said the Palestinian Authority's payments were a slap in the face.",
     ("ACCUSE", "ISR", "PSE")),
    ("The Iranian foreign minister said the American sanctions constitute a crime against humanity.",
     ("ACCUSE", "IRN", "USA")),
    ("The German foreign minister said the Russian proposal was a step in the wrong direction.",
     ("ACCUSE", "DEU", "RUS")),
    ("In a statement, the German foreign ministry said the Russian proposal was \"a non-starter.\"",
     ("ACCUSE", "DEU", "RUS")),
    # other ways of attributing the words
    ("The Russian proposal makes no sense, according to the German foreign minister.", ("ACCUSE", "DEU", "RUS")),
    ("The Russian proposal, the German foreign minister said, makes no sense.", ("ACCUSE", "DEU", "RUS")),
    ("The German foreign minister said: \"The Russian proposal does not make any sense.\"", ("ACCUSE", "DEU", "RUS")),
    # passive naming: by its by-phrase, else by the speaker reporting it
    ("The Russian annexation of Crimea has been branded a sham by the German foreign minister.",
     ("ACCUSE", "DEU", "RUS")),
    ("The German chancellor argued that the Russian occupation should be recognized as \"intolerable.\"",
     ("ACCUSE", "DEU", "RUS")),
    # a judgement under a verb of showing is the one who says the deed shows it
    ("\"Sadly, the DPRK has chosen a different path and made clear it would not be a credible negotiating "
     "partner,\" the U.S. State Department said.", ("ACCUSE", "USA", "PRK")),
    ("The German foreign minister said the vote showed that the Russian proposal was a failure.",
     ("ACCUSE", "DEU", "RUS")),
    # a condemning word on an act the speaker points back to
    ("\"We will end this illegal occupation,\" the Ukrainian president said.", ("ACCUSE", "UKR", None)),
])
def test_evaluative_speech(text, expected):
    assert expected in _triples(text), _triples(text)


@pytest.mark.parametrize("text", [
    # descriptions of facts, with or without a speaker
    "The weather was terrible, the Kenyan police said.",
    "Prices are high, the Chinese Foreign Ministry said.",
    "\"The important thing is that we keep talking,\" the Iranian foreign minister said.",
    "It is dangerous to travel to Syria, the German foreign minister said.",
    # evaluative words inside a neutral report
    "The Egyptian army said the dangerous road to the border was closed.",
    "The Greek government restored a historic building in Athens.",
    "The Greek monastery was recognized as a historic site in 1990.",
    "\"Today is a sad day for my family,\" the German foreign minister said.",
    "\"This dangerous road must be closed,\" the Egyptian transport minister said.",
    "The Russian army ended this illegal occupation in 1990.",
    "The German foreign minister said the rain was a good sign for the harvest.",
    "The North Korean leader has made clear he would not be a negotiating partner.",
    "The Chinese premier said the figures show that the economy is strong.",
    # the speaker on itself; a judgement not made
    "\"We are proud of our soldiers,\" the Ukrainian president said.",
    "The German chancellor did not call the Russian move a provocation.",
    # an evaluation nobody political makes
    "The house was a disaster after the storm.",
    "The Russian proposal was a disaster, according to the report.",
    # a judgement denied or not made by the speaker
    "The Iranian foreign minister did not say the American sanctions were a mistake.",
    "\"We do not believe that the American sanctions were crazy,\" the Iranian foreign minister said.",
    "The Iranian foreign minister declined to say whether the American sanctions were illegal.",
])
def test_no_judgement(text):
    assert [t for t in _triples(text) if t[0] in ("ACCUSE", "SUPPORT", "REJECT")] == [], _triples(text)


def test_ready_is_no_judgement():
    assert [t for t, *_ in _triples("The Chinese Foreign Ministry said it was ready to resume talks.")
            if t in ("ACCUSE", "SUPPORT", "REJECT")] == []


def test_negation_turns_a_judgement():
    # "doesn't work" criticises, "works" does not; "not illegal" accuses nobody
    assert ("ACCUSE", "IRN", "USA") in _triples("Iran's foreign minister said the American plan does not work.")
    assert _triples("Iran's foreign minister said the American plan works.") == []
    not_illegal = _triples("The French president said the agreement with Germany was not illegal.")
    assert ("ACCUSE", "FRA", "DEU") not in not_illegal


def test_lexicon_rows_are_well_formed():
    index = load_judgements()
    entries = {e for rows in index.values() for e in rows}
    assert len(entries) > 300
    assert {e.polarity for e in entries} == {"negative", "positive", "false", "true"}
    assert all(e.pos in ("A", "N", "V") and e.strength in (1, 2) for e in entries)
    assert all(e.pos != "V" or e.strength == 1 for e in entries)  # verbs judge only when negated


@pytest.mark.parametrize("gold_id, expected", [
    ("polnear:breitbart_2016-10-04_bill-clinton-calls-obamacare-cra:416-469", ("ACCUSE", "USA")),  # "doesn't work"
    # a quotation closed in the next sentence
    ("polnear:breitbart_2016-10-04_bill-clinton-calls-obamacare-cra:388-415", ("ACCUSE", "USA")),
    ("voa:8008998:2806-2908", ("REJECT", "ZWE")),  # "was not a reflection of"
])
def test_in_document(gold_id, expected):
    """Quotations over several sentences and speakers named earlier need the whole document."""
    from newsevents.events import code_events
    from newsevents.goldset import _load_documents
    from newsevents.models import Article
    from newsevents.nlp import get_nlp

    texts, published = _load_documents(shared_path("corpora").parent)
    doc_id, span = gold_id.rsplit(":", 1)
    if doc_id not in texts:
        pytest.skip(f"{doc_id} not in the shared corpora")
    start, end = (int(x) for x in span.split("-"))
    text = texts[doc_id]
    events = code_events(get_nlp()(text), Article(id=doc_id, text=text, published=published.get(doc_id)))
    found = [(e.type, e.source.code() if e.source else None) for e in events if start <= e.start < end]
    assert expected in found, found


@pytest.mark.parametrize("text, expected", [
    # "this"/"it" judged: the doer of the act just reported
    ("Russian forces shelled the Ukrainian city of Kharkiv on Monday. \"This is barbaric,\" the German foreign "
     "minister said.", ("ACCUSE", "DEU", "RUS")),
    ("Israeli forces raided the Al-Aqsa mosque on Monday. \"It doesn't make any sense,\" the Egyptian foreign "
     "minister said.", ("ACCUSE", "EGY", "ISR")),
    # praise of a cooperative act just reported: aimed at its doer
    ("Cambodian police released the journalist on bail on Monday. The French foreign minister told reporters the "
     "release on bail was a \"good sign.\"", ("SUPPORT", "FRA", "KHM")),
    ("Russian and Ukrainian negotiators agreed on a ceasefire on Monday. \"This is an encouraging step,\" the "
     "German foreign minister said.", ("SUPPORT", "DEU", "RUS")),
    ("Russian forces shelled a hospital in Kharkiv on Monday. \"This is a dark day for Europe,\" the German "
     "foreign minister said.", ("ACCUSE", "DEU", "RUS")),
])
def test_judged_act_of_the_sentence_before(text, expected):
    assert expected in _triples(text, "2022-10-01"), _triples(text, "2022-10-01")


def test_a_quotation_running_over_sentences_keeps_its_speaker():
    text = ("\"How many times do we have to see this?\" the German foreign minister said. \"Russian forces shelled "
            "a hospital in Kharkiv. This is just unbearable. And it needs to stop.\"")
    assert ("ACCUSE", "DEU", "RUS") in _triples(text, "2022-10-01"), _triples(text, "2022-10-01")


def test_a_passive_naming_without_a_namer_is_nobodys_judgement():
    # the actor inside the thing named ("the Russian referendum") is not the one who judges it
    assert not [e for e in code_text("The Russian referendum was described as a failure.", "2016-05-01")
                if e.type == "ACCUSE"]
    # the by-agent is
    events = code_text("The referendum has been branded a sham by Russian Foreign Minister Sergei Lavrov.",
                       "2016-05-01")
    assert [(e.type, e.source.code()) for e in events] == [("ACCUSE", "RUS")]


def test_passive_criticism_by_an_uncoded_group_does_not_crash():
    # "by some of his rivals": the source the coder implies has no span in the text; this crashed
    # with a TypeError on crawled US political news (PolNeAR train)
    events = code_text("Trump has been criticized by some of his rivals for failing to spend enough time "
                       "in the state.", published="2016-02-08")
    assert [(e.type, e.target.country if e.target else None) for e in events] == [("ACCUSE", "USA")]
