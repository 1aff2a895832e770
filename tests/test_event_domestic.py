"""A state's forces or officials acting on rebels, militants or the opposition that no phrase places:
the guidelines code unnamed armed groups by their country, so the state fights or accuses its own."""

from newsevents.events import code_text


def _dyads(text: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    return [(e.type, e.source.country if e.source else None, e.source.sector if e.source else None,
             e.target.country if e.target else None, e.target.sector if e.target else None)
            for e in code_text(text, published="2024-03-05")]


def test_army_attacking_unnamed_rebels_fights_its_own_rebels():
    assert ("ASSAULT", "MAR", "MIL", "MAR", "REB") in _dyads("The Moroccan army attacked the rebels near the border.")


def test_dateline_places_the_army_and_the_rebels():
    assert ("ASSAULT", "MAR", "MIL", "MAR", "REB") in _dyads(
        "RABAT, Morocco — The army attacked the rebels near the border.")


def test_officials_accusing_the_opposition_accuse_their_own_opposition():
    assert ("ACCUSE", "MAR", "GOV", "MAR", "OPP") in _dyads(
        "Moroccan officials accused the opposition of inciting violence.")


def test_rebels_placed_in_another_state_keep_that_state():
    assert ("ASSAULT", "USA", "MIL", "SYR", "REB") in _dyads("The U.S. army attacked the rebels in Syria.")


def test_a_named_foreign_force_is_not_made_domestic():
    assert ("ASSAULT", "RUS", "MIL", "UKR", "MIL") in _dyads("Russian forces attacked Ukrainian troops.")
