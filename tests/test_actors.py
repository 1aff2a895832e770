"""Actor recognition on real news text (seeds and VOA stories from ../shared)."""

import json
from pathlib import Path

import pytest

from newsevents.actors import ActorResolver, code_text_actor, load_actor_tables
from newsevents.nlp import get_nlp

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _shared(rel: str) -> Path:
    path = SHARED / rel
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver(load_actor_tables())


def _doc(text):
    return get_nlp()(text)


def _token(doc, word, nth=0, start_char=0):
    hits = [t for t in doc if t.text == word and t.idx >= start_char]
    assert len(hits) > nth, f"{word!r} not in text"
    return hits[nth]


def _voa(title_start):
    for line in _shared("corpora/voa/voa_stories.jsonl").open(encoding="utf-8"):
        story = json.loads(line)
        if story["title"].startswith(title_start):
            return story
    pytest.skip(f"VOA story {title_start!r} not found")


@pytest.fixture(scope="module")
def dpa_2008(resolver):
    """DPA, Aug 2008: Russia freezes military cooperation with NATO."""
    text = _shared("seeds/000_1ab95ee2ebccea92.txt").read_text(encoding="utf-8")
    doc = _doc(text)
    return doc, resolver.resolve_doc(doc, year=2008)


def test_foreign_minister_with_title(dpa_2008):
    doc, actors = dpa_2008
    lavrov = actors.actor_for_token(_token(doc, "Lavrov"))
    assert (lavrov.name, lavrov.country, lavrov.sector, lavrov.role) == ("Sergei Lavrov", "RUS", "GOV", "Foreign Minister")
    assert lavrov.kind == "person"
    assert doc.text[lavrov.start:lavrov.end] == "Russian Foreign Minister Sergei Lavrov"


def test_surname_pronoun_and_role_coreference(dpa_2008):
    doc, actors = dpa_2008
    later = actors.actor_for_token(_token(doc, "Lavrov", nth=2))
    assert later.name == "Sergei Lavrov" and later.text == "Lavrov"
    # "The ball was in NATO's court ..., he said."
    he = actors.actor_for_token(_token(doc, "he", start_char=doc.text.index("The ball was")))
    assert he.name == "Sergei Lavrov"
    # "..., the alliance spokeswoman said." -> the spokeswoman introduced earlier
    spokeswoman = actors.actor_for_token(_token(doc, "spokeswoman", nth=1))
    assert (spokeswoman.name, spokeswoman.org, spokeswoman.role) == ("Carmen Romero", "NATO", "deputy spokeswoman")
    assert actors.person("Romero").name == "Carmen Romero"
    assert actors.person("Lavrov").country == "RUS"
    assert actors.person("Dmitry Rogozin") is None  # not in this article


def test_igo_official_and_contextual_alliance(dpa_2008):
    doc, actors = dpa_2008
    romero = actors.actor_for_token(_token(doc, "Romero"))
    assert (romero.org, romero.country, romero.sector) == ("NATO", None, "IGO")
    alliance = actors.actor_for_token(_token(doc, "alliance"))
    assert alliance.org == "NATO" and alliance.kind == "igo"
    council = actors.actor_for_token(_token(doc, "Council"))
    assert council.org == "NATO-Russia Council"


def test_states_metonyms_and_military(dpa_2008):
    doc, actors = dpa_2008
    assert actors.actor_for_token(_token(doc, "Moscow", start_char=200)).code() == "RUS"
    military = actors.actor_for_token(_token(doc, "military", start_char=doc.text.index("Russia’s military, meanwhile")))
    assert (military.country, military.sector) == ("RUS", "MIL")
    nogovitsyn = actors.actor_for_token(_token(doc, "Nogovitsyn"))
    assert (nogovitsyn.country, nogovitsyn.sector, nogovitsyn.role) == ("RUS", "MIL", "Colonel General")
    ministry_at = doc.text.index("Norwegian Defence Ministry")
    ministry = actors.actor_for_span(ministry_at, ministry_at + len("Norwegian Defence Ministry"))
    assert (ministry.country, ministry.sector) == ("NOR", "GOV")


def test_mentions_in_order_with_offsets(dpa_2008):
    doc, actors = dpa_2008
    mentions = actors.mentions
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    assert all(doc.text[m.start:m.end] == m.text for m in mentions)
    # "in Brussels" is where NATO is, so Brussels is not Belgium in this article
    assert not any(m.country == "BEL" for m in mentions)
    names = {m.name for m in mentions}
    assert {"Russia", "NATO", "Sergei Lavrov", "Carmen Romero", "Georgia"} <= names


def test_delegation_and_known_envoy_by_year(resolver):
    text = _shared("seeds/004_0883d7ff5855b4ca.txt").read_text(encoding="utf-8")
    doc = _doc(text)
    actors = resolver.resolve_doc(doc, year=2009)
    reps = actors.actor_for_token(_token(doc, "Representatives"))
    assert (reps.country, reps.sector) == ("CAN", "GOV")
    rogozin = actors.actor_for_token(_token(doc, "Rogozin"))
    assert (rogozin.name, rogozin.country, rogozin.role) == ("Dmitry Rogozin", "RUS", "Envoy to NATO")
    medvedev = actors.actor_for_token(_token(doc, "Medvedev"))
    assert (medvedev.country, medvedev.sector, medvedev.role) == ("RUS", "GOV", "President")


def test_officeholders_respect_years(resolver):
    doc = _doc("Medvedev said the talks would continue.")
    assert resolver.resolve_doc(doc, year=2009).actor_for_token(doc[0]).role == "President"
    assert resolver.resolve_doc(doc, year=2015).actor_for_token(doc[0]).role == "Prime Minister"
    doc = _doc("Stoltenberg warned Moscow on Tuesday.")
    assert resolver.resolve_doc(doc, year=2018).actor_for_token(doc[0]).org == "NATO"
    # a bare surname out of office is not trusted; the full name is, as a former officeholder
    assert resolver.resolve_doc(doc, year=2026).actor_for_token(doc[0]) is None
    doc = _doc("Jens Stoltenberg warned Moscow on Tuesday.")
    former = resolver.resolve_doc(doc, year=2026).actor_for_token(doc[1])
    assert (former.sector, former.role) == ("ELI", "former Secretary-General")


def test_voa_islamic_state_and_iraqi_forces(resolver):
    story = _voa("Iraq says key Islamic State leader is dead")
    doc = _doc(story["text"])
    actors = resolver.resolve_doc(doc, year=2025)
    forces = actors.actor_for_token(_token(doc, "forces", start_char=doc.text.index("Iraqi special forces")))
    assert (forces.country, forces.sector) == ("IRQ", "MIL")
    group_at = doc.text.index("Islamic State terror group")
    group = actors.actor_for_span(group_at, group_at + len("Islamic State terror group"))
    assert (group.org, group.sector, group.kind) == ("Islamic State", "REB", "group")
    sudani = actors.actor_for_token(_token(doc, "Sudani"))
    assert (sudani.country, sudani.role) == ("IRQ", "Prime Minister")


def test_voa_g7_people_and_seats(resolver):
    story = _voa("G7 urges Russia to accept ceasefire")
    doc = _doc(story["text"])
    actors = resolver.resolve_doc(doc, year=2025)
    envoy = actors.actor_for_token(_token(doc, "envoy"))  # "Trump's special envoy, Steve Witkoff"
    assert envoy.name == "Steve Witkoff"
    assert actors.actor_for_token(_token(doc, "Kremlin")).country == "RUS"
    white_house = actors.actor_for_token(_token(doc, "House"))
    assert (white_house.country, white_house.sector) == ("USA", "GOV")
    she = actors.actor_for_token(_token(doc, "She"))
    assert she.country == "CAN" and "Joly" in she.name


def test_free_phrases():
    assert (code_text_actor("Norway's Defence Ministry").country, code_text_actor("Norway's Defence Ministry").sector) == ("NOR", "GOV")
    assert code_text_actor("Russians").sector == "CVL"
    assert code_text_actor("Russia").sector == "GOV"
    assert code_text_actor("the Pentagon").sector == "MIL"
    assert code_text_actor("Washington").country == "USA"
    assert code_text_actor("the Nordic country's embassy") is None
    assert code_text_actor("Iraqi special forces").sector == "MIL"


def test_brussels_and_the_bloc_need_context():
    assert code_text_actor("Brussels").country == "BEL"
    assert code_text_actor("Brussels warned the EU members.").org == "EU"
    assert code_text_actor("The alliance met on Monday.") is None
    assert code_text_actor("The alliance met on Monday to discuss NATO's budget.").org == "NATO"


def test_compound_actor_members():
    actor = code_text_actor("The United States and France")
    assert [m.country for m in actor.members] == ["USA", "FRA"]


def test_extra_actor_file(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "people:\n"
        "  - {name: Jan Kowalczyk, aliases: [Kowalczyk], country: POL, role: Mayor, sector: GOV, start_year: 2020}\n"
        "organizations:\n"
        "  - {code: KOD, name: Committee for the Defence of Democracy, kind: ngo, sector: SOC, country: POL}\n",
        encoding="utf-8",
    )
    resolver = ActorResolver(load_actor_tables(path))
    doc = _doc("Kowalczyk met KOD activists in Gdansk.")
    actors = resolver.resolve_doc(doc, year=2021)
    assert actors.actor_for_token(doc[0]).role == "Mayor"
    assert actors.actor_for_token(doc[2]).org == "KOD"
    csv_path = tmp_path / "bad.csv"
    csv_path.write_text("name,country,start_year\nJan Kowalczyk,POL,soon\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.csv: row 2"):
        load_actor_tables(csv_path)
    with pytest.raises(ValueError, match="kind"):
        bad = tmp_path / "bad.yaml"
        bad.write_text("- {code: X, kind: club}\n", encoding="utf-8")
        load_actor_tables(bad)


def test_governing_group_and_un_agencies_are_coded_as_the_manual_says(resolver):
    text = "The Taliban barred the envoy, and the UNHCR criticized the decision."
    doc = _doc(text)
    before = resolver.resolve_doc(doc, 2019).actor_for_token(_token(doc, "Taliban"))
    after = resolver.resolve_doc(doc, 2024).actor_for_token(_token(doc, "Taliban"))
    assert (before.org, before.sector) == ("Taliban", "REB")
    assert (after.org, after.country, after.sector) == (None, "AFG", "GOV")  # de facto government since 2021
    unhcr = resolver.resolve_doc(doc, 2024).actor_for_token(_token(doc, "UNHCR"))
    assert unhcr.org == "UN" and unhcr.name == "UNHCR"


def test_unnamed_actors_are_people_or_bodies_never_things(resolver):
    text = "Police said militants and an unknown man attacked the convoy, the report said, as prices rose."
    doc = _doc(text)
    actors = resolver.resolve_doc(doc, 2024)
    police = actors.unnamed_actor(_token(doc, "Police"))
    militants = actors.unnamed_actor(_token(doc, "militants"))
    assert police is not None and police.sector == "COP" and police.code() is None
    assert militants is not None and militants.sector == "REB"
    assert actors.unnamed_actor(_token(doc, "man")) is not None
    assert actors.unnamed_actor(_token(doc, "report")) is None
    assert actors.unnamed_actor(_token(doc, "prices")) is None


def test_bare_surname_of_a_former_officeholder_is_someone_else(resolver):
    # "Bennett" in 2024 is not Naftali Bennett (prime minister 2021-2022): a bare surname
    # only stands for an officeholder in office that year
    doc = _doc("Bennett reports to the U.N. Human Rights Council based in Geneva.")
    actor = resolver.resolve_doc(doc, year=2024).actor_for_token(doc[0])
    assert actor is None or actor.country != "ISR"
    doc = _doc("Bennett said the coalition would hold.")
    assert resolver.resolve_doc(doc, year=2021).actor_for_token(doc[0]).country == "ISR"


@pytest.mark.parametrize("text, word, code, sector", [
    ("A spokeswoman for the State Department rejected the proposal on Tuesday.", "spokeswoman", "USA", "GOV"),
    ("A spokesman for the Kenyan army said the attack was repelled.", "spokesman", "KEN", "MIL"),
    ("A spokesperson for NATO declined to comment on the report.", "spokesperson", "NATO", "IGO"),
    ("Hamas's spokesman rejected the ceasefire proposal.", "spokesman", "Hamas", "REB"),
    ("A Kenyan police spokeswoman said the protesters had dispersed.", "spokeswoman", "KEN", "COP"),
])
def test_unnamed_spokesperson_speaks_as_the_actor_named_with_it(resolver, text, word, code, sector):
    doc = _doc(text)
    actor = resolver.resolve_doc(doc, year=2024).actor_for_token(_token(doc, word))
    assert actor is not None and (actor.code(), actor.sector, actor.role) == (code, sector, word), actor


def test_spokesperson_without_an_actor_stays_uncoded(resolver):
    # "for the first time" names no one the spokesman speaks for
    doc = _doc("The spokesman for the first time admitted the error.")
    assert resolver.resolve_doc(doc, year=2024).actor_for_token(_token(doc, "spokesman")) is None
    # only spokespeople speak for their "for"-phrase: an aid package for Ukraine is no Ukrainian actor
    doc = _doc("The senator voted for a package for Ukraine.")
    assert resolver.resolve_doc(doc, year=2024).actor_for_token(_token(doc, "package")) is None
