"""States, provinces and regions of a country act as that country
(ISO 3166-2 through pycountry), without swallowing longer names; people
named before they take office keep their country."""

from __future__ import annotations

import pytest

from newsevents.actors import load_actor_tables
from newsevents.events import code_text


def _first(text: str, date: str = "2016-03-01"):
    events = code_text(text, date)
    assert events, text
    return events[0]


@pytest.mark.parametrize("text, country, sector", [
    ("Sen. Tom Udall of New Mexico criticized the plan.", "USA", "LEG"),
    ("Balochistan Chief Minister Sarfraz Bugti condemned the attack.", "PAK", "GOV"),
    ("Ohio Gov. John Kasich refused to endorse the nominee.", "USA", "GOV"),
    ("Virginia Raggi, the mayor of Rome, criticized the government.", "ITA", "GOV"),
])
def test_subdivisions_code_their_state(text, country, sector):
    source = _first(text).source
    assert (source.country, source.sector) == (country, sector)


def test_longer_names_and_ambiguous_subdivisions_are_not_regions():
    regions = {name: iso3 for c in load_actor_tables().countries.values() for name in c.regions for iso3 in [c.iso3]}
    assert regions["Texas"] == "USA" and regions["Ontario"] == "CAN" and regions["Borno"] == "NGA"
    # shared by two states, naming a state or capital, or an English word: left out
    for name in ("Punjab", "Georgia", "Washington", "East", "Plateau", "Jerusalem"):
        assert name not in regions, name
    source = _first("The New York Times criticized the Texas governor.").source
    # a newspaper, not the state of New York's government
    assert source is None or (source.name == "New York Times" and source.sector == "JRN")


def test_a_person_before_taking_office_keeps_the_country():
    event = _first("Donald Trump criticized Obama.")
    assert event.source.country == "USA" and event.source.sector == "PTY"  # the 2016 Republican nominee
    before = _first("Donald Trump criticized Obama.", "2014-03-01")
    assert before.source.country == "USA" and before.source.sector is None
    assert event.target.country == "USA"
