"""Event coding that needs the report around the sentence (coded as `ingest` does)."""

from __future__ import annotations

import json

from newsevents.events import code_text

from .conftest import shared_path


def _voa(story_id: str) -> tuple[str, str]:
    with shared_path("corpora", "voa", "voa_stories.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            story = json.loads(line)
            if str(story.get("id")) == story_id:
                return story["text"], story["published"]
    raise AssertionError(f"VOA story {story_id} not found")


def test_a_rejection_answers_the_challenge_of_the_sentence_before():
    """"The U.S. House ... voted, urging an investigation" of Pakistan's vote;
    "Sharif's administration rejected the resolution": the rejection names no
    other side, but it answers the House's demand, so it is PAK REJECT USA."""
    text, published = _voa("7678740")
    rejections = [e for e in code_text(text, published) if e.type == "REJECT" and "the resolution" in e.sentence]
    assert rejections and rejections[0].source.code() == "PAK"
    assert rejections[0].target is not None and rejections[0].target.code() == "USA"


def test_a_rejection_with_no_challenge_before_it_keeps_no_target():
    text = ("The weather service said storms would reach the coast on Friday. "
            "Japan's government rejected the plan on Monday.")
    rejections = [e for e in code_text(text, "2024-05-01") if e.type == "REJECT"]
    assert rejections and rejections[0].source.code() == "JPN" and rejections[0].target is None


def test_criticism_of_an_unattributed_act_is_aimed_at_its_actor(seeds_dir):
    """AP seed: "Washington described the reported move as unfortunate." The
    move is Russia's freeze of cooperation, reported just before: USA ACCUSE RUS."""
    text = next(seeds_dir.glob("003_*.txt")).read_text(encoding="utf-8")
    accusations = [e for e in code_text(text, "2008-08-20") if e.type == "ACCUSE" and "unfortunate" in e.sentence]
    assert accusations and accusations[0].source.code() == "USA"
    assert accusations[0].target is not None and accusations[0].target.code() == "RUS"
    alone = [e for e in code_text("Washington described the reported move as unfortunate.", "2008-08-20")
             if e.type == "ACCUSE"]
    assert alone and alone[0].target is None  # no earlier act: no invented target


def test_a_blank_line_ends_the_sentence(seeds_dir):
    """The DPA seed opens with its headline, a blank line, then "By DPA,": the
    headline is a sentence of its own, so its event's evidence is the headline."""
    from newsevents.nlp import get_nlp

    text = next(seeds_dir.glob("000_*.txt")).read_text(encoding="utf-8")
    first = next(get_nlp()(text).sents)
    assert first.text.strip() == "Russia freezes military cooperation with NATO"
    events = [e for e in code_text(text, "2008-08-21") if e.sentence == first.text.strip()]
    assert events and events[0].type == "SANCTION" and events[0].source.code() == "RUS"


def test_a_stray_blank_line_inside_a_sentence_does_not_end_it():
    from newsevents.nlp import get_nlp

    doc = get_nlp()('"It would be unfortunate," U.S.\n\nState Department spokesman Robert Wood said.\n\n'
                    'Moscow said it would respond.')
    sentences = [s.text.strip() for s in doc.sents]
    assert any("U.S.\n\nState Department spokesman" in s for s in sentences), sentences
    assert sentences[-1] == "Moscow said it would respond."


def test_backing_the_call_answers_the_earlier_request():
    """"Greece and Panama also supported the call": the call is the United
    States' request of the sentence before."""
    events = code_text("The United States called for a meeting of the Security Council on Iran. "
                       "Greece and Panama also supported the call.", "2025-03-12")
    support = [e for e in events if e.type == "SUPPORT"]
    assert support and support[0].target is not None and support[0].target.code() == "USA", events


def test_a_warning_about_unnamed_terrorists_is_aimed_at_the_group_the_report_names():
    events = code_text("The Baloch Liberation Army attacked a train in Balochistan on Tuesday. "
                       '"This incident changes the rules of the game," the army spokesman said, warning that '
                       "terrorists will not be spared.", "2025-03-12")
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and threats[0].target is not None and threats[0].target.code() == "BLA", events


def test_unnamed_militants_acted_on_are_the_armed_group_named_before():
    events = code_text("The Baloch Liberation Army attacked a train in Balochistan on Tuesday. "
                       "Pakistan's military claimed the killing of 33 terrorists.", "2025-03-12")
    kills = [e for e in events if e.type == "ASSAULT" and e.source is not None and e.source.code() == "PAK"]
    assert kills and kills[0].target is not None and kills[0].target.code() == "BLA", events
