"""Precision on unfamiliar text: readings of event words that report no act by one actor on another
(naming, poll shares, advice to the public, inability, conditioned possibility, what can happen to anyone
of a kind, a threat faced from nobody, a private talk), each next to a sentence that does report the act."""

import pytest

from newsevents.events import code_text


def _types(text):
    return {e.type for e in code_text(text, published="2016-09-20")}


@pytest.mark.parametrize("text, absent", [
    ("“I call it COVID-crazy,” a pilot lamented the night before I flew out of New York.", "ACCUSE"),
    ("Trump has record low support from black voters, with just 1 percent.", "SUPPORT"),
    ("The senator has the support of 38 percent of likely voters.", "SUPPORT"),
    ("The health minister urged people to seek medical attention if they have a fever.", "REQUEST"),
    ("“We encourage everybody feeling feverish to visit the nearest clinic,” the minister said.", "REQUEST"),
    ("Trump will be unable to turn the crowds against the moderators and accuse the audience of lying.", "ACCUSE"),
    ("France is not able to help Mali this year.", "AID"),
    ("Donald Trump could embrace a clean energy policy as president, but only if he can be convinced "
     "that it is a good business decision, Sen. Lindsey Graham said.", "SUPPORT"),
    ("Journalists who stray can wind up beaten or dead.", "ASSAULT"),
    ("Algeria is facing an increasing threat.", "THREATEN"),
    ("Mr. Obama interrupted a broad discussion with historians about the country's challenges.", "CONSULT"),
    ("Additionally, the donors may impose trade sanctions on Somalia, cutting foreign aid.", "SANCTION"),
    ("The possible actions will include targeted sanctions such as an asset freeze and a travel ban.", "SANCTION"),
    ("Ships carrying parts for Iran's missile industry, which is under U.S. sanctions, risk interception.", "SANCTION"),
    ("Barnier was a strong advocate of Schengen and during Brexit negotiations he emphasized that the single "
     "market's four freedoms are indivisible.", "CONSULT"),
])
def test_no_event_reported(text, absent):
    assert absent not in _types(text)


@pytest.mark.parametrize("text, present", [
    ("Russia called it illegal.", "ACCUSE"),
    ("The union strongly supports Hillary Clinton, its president said.", "SUPPORT"),
    ("The president urged Russia to withdraw its troops from Ukraine.", "REQUEST"),
    ("France is able to help Mali this year.", "AID"),
    ("Germany helped Ukraine rebuild its power grid.", "AID"),
    ("Police beat protesters in the capital on Sunday.", "ASSAULT"),
    ("Obama held talks with Chinese President Xi Jinping in Beijing.", "CONSULT"),
    ("The United States imposed sanctions on Somalia on Monday.", "SANCTION"),
])
def test_act_still_reported(text, present):
    assert present in _types(text)


def test_unnamed_union_acts_at_home():
    # guidelines: unions -> country/LAB; an unnamed union acts in the report's country like police or courts
    text = ("The Democratic nominee campaigned in Ohio and Pennsylvania on Wednesday. A union representing "
            "flight attendants endorsed Hillary Clinton for president on Thursday.")
    support = [e for e in code_text(text, published="2016-09-23") if e.type == "SUPPORT"]
    assert support and support[0].source.code() == "USA" and support[0].source.sector == "LAB"


@pytest.mark.parametrize("text, sector", [
    ("The FBI arrested two men in Brooklyn on Tuesday.", "COP"),
    ("The CIA accused Russia of hacking the party's email.", "SPY"),
])
def test_us_federal_agencies_are_american(text, sector):
    events = code_text(text, published="2016-09-20")
    assert events and events[0].source.code() == "USA" and events[0].source.sector == sector
