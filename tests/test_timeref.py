"""Event dates from sentence expressions and the publication date."""

import pytest

from newsevents.timeref import find_date_expressions, resolve_event_date

PUB = "2008-08-21T10:00:00+02:00"  # a Thursday


@pytest.mark.parametrize("sentence, expected", [
    ("Russia has frozen its relations with NATO, a NATO spokesman said Thursday.", ("2008-08-21", "day")),
    ("Lavrov accused the alliance of bias Wednesday.", ("2008-08-20", "day")),
    ("The conflict erupted after Georgia launched a massive barrage Aug. 7.", ("2008-08-07", "day")),
    ("The withdrawal will be complete by the end of Aug 22, he said.", ("2008-08-22", "day")),
    ("The hostilities began earlier this month.", ("2008-08", "month")),
    ("Diplomats met last week in Brussels.", ("2008-08", "month")),
    ("Russia and NATO agreed in June to renew cooperation.", ("2008-06", "month")),
    ("The council was founded in 2002.", ("2002", "year")),
    ("Troops were deployed last year.", ("2007", "year")),
    ("The ministers met yesterday.", ("2008-08-20", "day")),
    ("The ministers meet today.", ("2008-08-21", "day")),
    ("Russia answered by sending its troops across the border.", ("2008-08-21", "day")),
    ("A Russian soldier guards vehicles in Tskhinvali, Sunday, Aug. 17, 2008.", ("2008-08-17", "day")),
])
def test_expressions_resolve_against_publication(sentence, expected):
    assert resolve_event_date(sentence, PUB) == expected


def test_future_tense_moves_weekdays_and_months_forward():
    assert resolve_event_date("Norwegian diplomats will meet Russian officials on Friday.", PUB) == ("2008-08-22", "day")
    assert resolve_event_date("The meeting has been scheduled for December 4 in Brussels.", "2009-12-01") == \
        ("2009-12-04", "day")
    assert resolve_event_date("Elections will be held in March.", PUB) == ("2009-03", "month")
    # a bare month later in the year than publication, in the past tense, is last year's
    assert resolve_event_date("The talks collapsed in October.", PUB) == ("2007-10", "month")


def test_nearest_expression_to_the_trigger_wins():
    sentence = ("During a meeting in Greece in June, Russia and NATO agreed to renew cooperation, "
                "which was frozen after the war in August.")
    assert resolve_event_date(sentence, "2009-12-01", near=sentence.index("agreed")) == ("2009-06", "month")
    assert resolve_event_date(sentence, "2009-12-01", near=sentence.index("frozen")) == ("2009-08", "month")


def test_nothing_known_and_modal_may():
    assert resolve_event_date("Russia froze ties.", None) == (None, None)
    assert resolve_event_date("The council was founded in 2002.", None) == ("2002", "year")
    assert resolve_event_date("Officials may meet soon.", "2020-05-20") == ("2020-05-20", "day")
    assert [k for _, _, k, _ in find_date_expressions("He may go in May.")] == ["month"]
