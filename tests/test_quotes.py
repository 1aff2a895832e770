"""Quote extraction on real news text: the seed articles from ../shared and
short passages written in wire style."""

from pathlib import Path

import pytest

from newsevents.nlp import get_nlp
from newsevents.quotes import extract_quotes, find_quote_spans, looks_like_title

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path


def _seed_quotes(name: str):
    raw = _shared("seeds", name).read_text(encoding="utf-8")
    # Drop the HTML caption line some crawls carry; everything else stays raw.
    text = "\n".join(line for line in raw.split("\n") if not line.lstrip().startswith("<"))
    return text, extract_quotes(get_nlp()(text), name)


def _quotes(text: str):
    return extract_quotes(get_nlp()(text), "t")


def _find(quotes, fragment: str, direct: bool | None = None):
    hits = [q for q in quotes if fragment in q.text and (direct is None or q.direct == direct)]
    assert hits, f"no quote containing {fragment!r}: {[q.text[:50] for q in quotes]}"
    return hits[0]


def test_seed_000_nato_and_lavrov():
    text, quotes = _seed_quotes("000_1ab95ee2ebccea92.txt")
    romero = _find(quotes, "We have received formal notification", direct=True)
    assert romero.speaker.name == "Carmen Romero"
    assert romero.speaker.role == "deputy spokeswoman"
    assert romero.speaker.org == "NATO"
    assert romero.relayed_by == "DPA" and romero.cue == "told"
    assert text[romero.start:romero.end].startswith("We have received")

    everything = _find(quotes, "Everything depends on NATO priorities", direct=True)
    assert everything.speaker.mention == "he" and everything.speaker.name == "Sergei Lavrov"
    interfax = _find(quotes, "Russia, no less than NATO", direct=True)
    assert interfax.speaker.name == "Sergei Lavrov" and interfax.relayed_by == "Interfax"
    assert _find(quotes, "slam the door", direct=True).speaker.name == "Sergei Lavrov"
    assert _find(quotes, "The ball was in NATO", direct=False).speaker.name == "Sergei Lavrov"

    takes_note = _find(quotes, "takes note", direct=True)
    assert takes_note.speaker.mention == "the alliance spokeswoman"
    assert takes_note.speaker.name == "Carmen Romero"

    nogovitsyn = _find(quotes, "The withdrawal has started", direct=True)
    assert nogovitsyn.speaker.name == "Anatoly Nogovitsyn"
    assert nogovitsyn.speaker.role == "deputy chief of the Russian army general staff"
    assert nogovitsyn.speaker.kind == "person"


def test_seed_003_norway_and_wood():
    _, quotes = _seed_quotes("003_b57864788e0fd634.txt")
    for fragment in ("It is our understanding", "I regret the situation"):
        q = _find(quotes, fragment, direct=True)
        assert q.speaker.name == "Espen Barth Eide" and q.speaker.role == "state secretary"
    freeze = _find(quotes, "to freeze all military cooperation with NATO", direct=True)
    assert freeze.speaker.kind == "unnamed"
    assert freeze.speaker.mention == "a well-placed official in the Russian Ministry of Defense"
    # The attribution is split over two paragraphs by the crawl.
    wood = _find(quotes, "it would be unfortunate", direct=True)
    assert wood.speaker.name == "Robert Wood" and wood.speaker.role == "spokesman"
    assert wood.speaker.mention == "U.S. State Department spokesman Robert Wood"
    told_ap = _find(quotes, "the Russian official notified Norway", direct=False)
    assert told_ap.speaker.name == "Espen Barth Eide" and told_ap.relayed_by == "The Associated Press"
    ministry = _find(quotes, "plans to suspend all military ties", direct=False)
    assert ministry.speaker is not None


def test_seed_004_rogozin_and_medvedev():
    _, quotes = _seed_quotes("004_0883d7ff5855b4ca.txt")
    vesti = _find(quotes, "Representatives of the Canadian delegation", direct=True)
    assert vesti.speaker.name == "Dmitry Rogozin" and vesti.relayed_by == "Vesti television"
    diplomat = _find(quotes, "Feeling the need for assistance", direct=True)
    assert diplomat.speaker.mention == "the Russian diplomat" and diplomat.speaker.name == "Dmitry Rogozin"
    business = _find(quotes, "start doing business", direct=True)
    assert business.speaker.name == "Dmitry Rogozin" and business.cue == "urged"
    medvedev = _find(quotes, "Russia is ready to harmonize relations", direct=True)
    assert medvedev.speaker.name == "Dmitry Medvedev" and medvedev.speaker.role == "President"


def test_quote_broken_by_attribution_gets_one_speaker():
    quotes = _quotes(
        "Defence Minister Ana Lopez visited the base on Monday.\n\n"
        "\"We will not withdraw,\" she said. \"Our soldiers stay until the job is done.\"\n"
    )
    first, second = _find(quotes, "We will not withdraw"), _find(quotes, "Our soldiers stay")
    assert first.speaker.name == second.speaker.name == "Ana Lopez"
    assert first.text == "We will not withdraw"


def test_quote_over_several_paragraphs():
    text = (
        "Senator John Harper spoke after the vote.\n\n"
        "“This bill is a disgrace. It cuts funding for schools.\n\n"
        "“It will not pass the House,” Harper said.\n"
    )
    spans = find_quote_spans(text)
    assert len(spans) == 1 and len(spans[0]) == 2
    q = _find(_quotes(text), "This bill is a disgrace")
    assert "It will not pass the House" in q.text
    assert q.speaker.name == "John Harper"


def test_unbalanced_quote_is_not_swallowing_the_article():
    text = "He called it \"a mistake.\n\nThe talks resume on Friday, officials said.\n"
    assert find_quote_spans(text) == []


def test_partial_quote_in_single_marks_and_organisation_speaker():
    quotes = _quotes("Norway's Defence Ministry said Moscow plans to 'freeze all military cooperation' with NATO.")
    partial = _find(quotes, "freeze all military cooperation", direct=True)
    assert partial.text == "freeze all military cooperation"
    indirect = _find(quotes, "Moscow plans to", direct=False)
    assert indirect.speaker.kind == "organisation" and indirect.cue == "said"


def test_indirect_speech_and_according_to():
    quotes = _quotes(
        "The ceasefire was broken overnight, according to a senior UN official.\n\n"
        "Prime Minister Viktor Sandberg warned that sanctions would follow.\n"
    )
    according = _find(quotes, "The ceasefire was broken overnight", direct=False)
    assert according.cue == "according to" and according.speaker.kind == "unnamed"
    warned = _find(quotes, "sanctions would follow", direct=False)
    assert warned.cue == "warned" and warned.speaker.name == "Viktor Sandberg"


def test_titles_and_scare_quotes_are_not_quotes():
    assert looks_like_title("Meet the Press.")
    assert not looks_like_title("USA! USA!")
    quotes = _quotes("Smith appeared on NBC's \"Meet the Press\" on Sunday and talked about taxes.")
    assert not [q for q in quotes if q.direct]


@pytest.mark.slow
def test_polnear_dev_targets():
    from newsevents.eval_quotes import evaluate_quotes

    res = evaluate_quotes(_shared("corpora", "polnear"), "dev")
    assert res["direct"]["recall"] >= 0.90
    assert res["direct"]["precision"] >= 0.90
    assert res["direct"]["speaker_accuracy"] >= 0.85


def test_dash_credit_and_dash_colon_intro():
    quotes = _quotes(
        "Readers sent their thoughts after the debate.\n\n"
        "“He represents our greatest shame.” ― Sonya Herridge\n"
        "“He is ignorant of our culture and lives.”― Pamela Padilla\n\n"
        "Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one.”\n"
    )
    assert _find(quotes, "our greatest shame").speaker.name == "Sonya Herridge"
    assert _find(quotes, "ignorant of our culture").speaker.name == "Pamela Padilla"
    assert _find(quotes, "biggest lessons").speaker.name == "Carl Bialik"


def test_cue_verbs_outside_the_speech_list_and_appositions():
    quotes = _quotes(
        "Delegates filled the hall on Thursday.\n\n"
        "“This is fantastic!” beamed Donald Hartley of Madison, Alabama.\n\n"
        "“It is unusual,“ said Larry Noble, an attorney with the Campaign Legal Center.\n\n"
        "\"Safety,\" said Grimm, a Donald Trump supporter. \"Safety for the whole country.\"\n"
    )
    assert _find(quotes, "This is fantastic").speaker.name == "Donald Hartley"
    # A closing mark typed as an opening one still ends the quote.
    assert _find(quotes, "It is unusual").speaker.name == "Larry Noble"
    # The apposition names someone else: the speaker is Grimm, not Trump.
    assert _find(quotes, "Safety for the whole country").speaker.mention.startswith("Grimm")
    assert _find(quotes, "Safety for the whole country").speaker.name == "Grimm"


def test_quote_after_a_paraphrase_sentence_and_transcript_label():
    quotes = _quotes(
        "The race tightened in Iowa this week.\n\n"
        "Political scientist Dianne Bystrom agreed. \"Mainstream Republicans are running out of time.\"\n\n"
        "\"That makes me smart.\" Trump was defensive when asked about the architect who said he was stiffed.\n\n"
        "\"PENCE: Well, the question really should be why she invited him.\"\n"
    )
    assert _find(quotes, "Mainstream Republicans").speaker.name == "Dianne Bystrom"
    # A full stop ends the quote's sentence: the next sentence is no attribution.
    smart = _find(quotes, "That makes me smart")
    assert smart.speaker is None or "architect" not in smart.speaker.mention
    assert _find(quotes, "the question really should be").speaker.mention == "PENCE"


def test_indirect_parenthetical_infinitive_and_second_complement():
    quotes = _quotes(
        "Senator Maria Lopez spoke in Denver on Monday.\n\n"
        "Loyalty, she noted, has long been a core tenet of the party.\n\n"
        "Governor Tom Reese vowed to veto the spending bill next week.\n\n"
        "He warned: \"It will not pass.\"\n\n"
        "Party leader Nigel Farage said the warning was a sign that the president did not understand Britain.\n"
    )
    loyalty = _find(quotes, "Loyalty", direct=False)
    assert loyalty.speaker.name == "Maria Lopez" and loyalty.cue == "noted"
    assert "she noted" not in loyalty.text
    assert _find(quotes, "to veto the spending bill", direct=False).speaker.name == "Tom Reese"
    farage = _find(quotes, "the warning was a sign", direct=False)
    assert farage.speaker.name == "Nigel Farage"
