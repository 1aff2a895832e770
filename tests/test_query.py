"""The read side (newsevents.query) on a small hand-coded database.

`handcoded_seed_db` holds the three seed reports as cleaned by the real
cleaner, plus one hostile article, with events, quotes and stories written by
hand (what the event coder and story clustering should produce on them), so
these tests pin the query semantics independently of the NLP stages. Events
are merged by the real merger (`Store.remerge_events`). Acceptance checks on a
database built by the real `pipeline.ingest` are in test_web.py.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from newsevents import ontology, query
from newsevents.models import ActorRef, Article, ArticleResult, Event, Quote, Speaker
from newsevents.stories import Story, StoryAssignment
from newsevents.store import Store
from tests.conftest import shared_path

HOSTILE = '<script>alert("xss")</script>'
HOSTILE_TEXT = (
    f"Russia accused NATO on Monday of provoking tensions in the Black Sea {HOSTILE} and "
    "<img src=x onerror=alert(1)>, a foreign ministry spokesman said.\n\n"
    f"\"We reject these {HOSTILE} provocations outright,\" Foreign Ministry spokesman Andrei Nesterenko "
    "told reporters in Moscow."
)

# (seed file prefix, sentence start, type, mode, source, target, modality, date, precision)
RUS = ("Russia", "RUS", None, "GOV")
NATO = ("NATO", None, "NATO", "IGO")
_EVENTS = [
    ("000", "Russia has frozen its relations with NATO", "SANCTION", "discontinue", RUS, NATO, "asserted",
     "2008-08-20", "day"),
    ("000", "Russian Foreign Minister Sergei Lavrov denied", "SANCTION", "discontinue", RUS, NATO, "negated",
     "2008-08-21", "day"),
    ("000", "Lavrov accused the alliance", "ACCUSE", None, RUS, NATO, "asserted", "2008-08-20", "day"),
    ("000", "Russia’s military, meanwhile, reiterated", "RETREAT", "withdraw", ("Russia's military", "RUS", None, "MIL"),
     ("Georgia", "GEO", None, "GOV"), "intended", "2008-08-22", "day"),
    ("003", "Russia has informed Norway that it plans", "SANCTION", "discontinue", RUS, NATO, "asserted",
     "2008-08-20", "day"),
    ("003", "Washington described the reported move", "ACCUSE", "disapprove", ("Washington", "USA", None, "GOV"),
     RUS, "asserted", "2008-08-20", "day"),
    ("004", "Canada has blocked the adoption", "REJECT", None, ("Canada", "CAN", None, "GOV"), RUS, "asserted",
     "2009-12-01", "day"),
    ("004", "Rogozin urged NATO partners", "REQUEST", "meet", ("Dmitry Rogozin", "RUS", None, "GOV"), NATO,
     "asserted", "2009-12-01", "day"),
    ("004", "During an informal ministerial meeting in Greece", "AGREE", None, RUS, NATO, "asserted", "2009-06",
     "month"),
]

# (seed file prefix, quote text start, speaker name, role, org, country, direct)
_QUOTES = [
    ("000", "We have received formal notification", "Carmen Romero", "deputy spokeswoman", "NATO", None, True),
    ("000", "Everything depends on NATO priorities", "Sergei Lavrov", "Foreign Minister", None, "RUS", True),
    ("003", "If this indeed is the case", "Robert Wood", "State Department spokesman", None, "USA", True),
    ("004", "Representatives of the Canadian delegation", "Dmitry Rogozin", "envoy to NATO", None, "RUS", True),
]


def _actor(spec, text: str, at: int) -> ActorRef:
    name, country, org, sector = spec
    found = text.find(name, at)
    return ActorRef(text=name, name=name, country=country, org=org, sector=sector,
                    kind="igo" if org else "state", start=found if found >= 0 else None,
                    end=found + len(name) if found >= 0 else None)


def _sentence(text: str, opening: str) -> tuple[int, int]:
    start = text.index(opening)
    end = re.compile(r"[.!?][”\"]?(?=\s|[A-Z]|$)").search(text, start)
    return start, (end.end() if end else len(text))


def _seed_articles() -> dict[str, Article]:
    from newsevents.clean import clean_document
    from newsevents.ingest import read_inputs

    seeds = shared_path("seeds")
    articles = {}
    for raw in read_inputs([str(seeds)]):
        article = clean_document(raw)
        articles[Path(raw.source_path).name[:3]] = article
    # The DPA copy carries no date in its text; the real report went out on
    # Thursday 21 Aug 2008, so the hand-coded database dates it.
    articles["000"].published = "2008-08-21T12:00:00+02:00"
    return articles


def build_handcoded_db(path: Path) -> dict[str, str]:
    """Write the hand-coded database at `path`; returns {"000"|"003"|"004"|"hostile": article id}."""
    articles = _seed_articles()
    articles["hostile"] = Article(id="badbadbadbadbad0", text=HOSTILE_TEXT, title=f"Russia condemns NATO {HOSTILE}",
                                  published="2008-08-25T10:00:00+00:00", agency=f"Evil {HOSTILE} Wire",
                                  url="javascript:alert(4)", source_path="hostile.html")
    results = {key: ArticleResult(article=a) for key, a in articles.items()}
    for n, (key, opening, etype, mode, source, target, modality, day, precision) in enumerate(_EVENTS):
        text = articles[key].text
        start, end = _sentence(text, opening)
        results[key].events.append(Event(
            id=f"{articles[key].id}:e{n}", type=etype, mode=mode, cameo=ontology.cameo_for(etype, mode),
            quad_class=ontology.quad_class(etype), intensity=ontology.intensity(etype, mode),
            source=_actor(source, text, start), target=_actor(target, text, start), modality=modality,
            negated=modality == "negated", date=day, date_precision=precision, sentence=text[start:end],
            start=start, end=end))
    for n, (key, opening, name, role, org, country, direct) in enumerate(_QUOTES):
        text = articles[key].text
        start = text.index(opening)
        end = text.index("”" if text[start - 1] == "“" else '"', start)
        results[key].quotes.append(Quote(
            id=f"{articles[key].id}:q{n}", article_id=articles[key].id, text=text[start:end], direct=direct,
            cue="said", speaker=Speaker(mention=name, name=name, role=role, org=org, country=country,
                                        sector="IGO" if org else "GOV"), start=start, end=end))
    hostile = articles["hostile"]
    h_start, h_end = _sentence(hostile.text, "Russia accused NATO")
    results["hostile"].events.append(Event(
        id=f"{hostile.id}:e0", type="ACCUSE", mode=None, cameo="112", quad_class=3, intensity=-3.0,
        source=ActorRef(text="Russia", name="Russia", country="RUS", sector="GOV"),
        target=ActorRef(text=f"NATO {HOSTILE}", name=f"NATO {HOSTILE}", org="NATO", sector="IGO", kind="igo"),
        date="2008-08-25", date_precision="day", sentence=hostile.text[h_start:h_end], start=h_start, end=h_end))
    q_start = hostile.text.index("We reject")
    q_end = hostile.text.index(',"', q_start)
    results["hostile"].quotes.append(Quote(
        id=f"{hostile.id}:q0", article_id=hostile.id, text=hostile.text[q_start:q_end], direct=True, cue="told",
        speaker=Speaker(mention=f"Andrei {HOSTILE}", name=f"Andrei {HOSTILE}", country="RUS", sector="GOV"),
        start=q_start, end=q_end))

    store = Store(path)
    for result in results.values():
        store.save_result(result)
    ids = {key: a.id for key, a in articles.items()}
    aug = Story(id="s-aug2008", title="Russia freezes military cooperation with NATO",
                summary="Russia has frozen its military cooperation with NATO over the conflict in Georgia.",
                article_ids=[ids["003"], ids["000"], ids["hostile"]], first_published=articles["003"].published,
                last_published=articles["hostile"].published, agencies=["AP", "DPA"],
                related_story_ids=["s-dec2009"])
    dec = Story(id="s-dec2009", title="Russian envoy accuses Canada of blocking Russia-NATO accords",
                summary="Canada has blocked the adoption of all documents for a Russia-NATO meeting.",
                article_ids=[ids["004"]], first_published=articles["004"].published,
                last_published=articles["004"].published, agencies=["RIA Novosti"], related_story_ids=["s-aug2008"])
    assignments = [StoryAssignment(ids[k], "s-aug2008", None, k == "003") for k in ("003", "000", "hostile")]
    assignments.append(StoryAssignment(ids["004"], "s-dec2009", None, True))
    store.apply_stories(assignments, [aug, dec])
    store.remerge_events({"s-aug2008", "s-dec2009"})
    return ids


_CACHE: dict[str, tuple[Path, dict[str, str]]] = {}


def handcoded_db(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """The hand-coded database, built once per test session (tests only read it)."""
    if "db" not in _CACHE:
        path = tmp_path_factory.mktemp("handcoded") / "handcoded.db"
        _CACHE["db"] = (path, build_handcoded_db(path))
    return _CACHE["db"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return handcoded_db(tmp_path_factory)


@pytest.fixture(scope="module")
def store(db):
    return Store(db[0], readonly=True)


def _sanction(found):
    return [e for e in found if e["type"] == "SANCTION" and e["modality"] == "asserted"]


# --------------------------------------------------------------------------- events


def test_each_merged_event_once_with_every_report(store, db):
    ids = db[1]
    found = query.events(store)
    assert len({e["id"] for e in found}) == len(found)
    (sanction,) = _sanction(found)
    assert sanction["mentions"] == 2
    assert set(sanction["article_ids"]) == {ids["000"], ids["003"]}
    assert sorted(sanction["agencies"]) == ["AP", "DPA"]
    assert [ev["agency"] for ev in sanction["evidence"]] == ["AP", "DPA"]  # in publication order
    assert all(ev["sentence"] and ev["end"] > ev["start"] for ev in sanction["evidence"])
    for key in ("type", "mode", "cameo", "quad_class", "intensity", "source", "target", "modality", "negated",
                "date", "date_precision", "location", "sentence", "start", "end"):
        assert key in sanction
    assert sanction["source"]["country"] == "RUS" and sanction["target"]["org"] == "NATO"
    # 10 mentions, 9 events: only the two SANCTION reports merge (the denial stays apart).
    assert len(found) == 9 and query.count_events(store) == 9


def test_events_in_date_order_then_position(store):
    dates = [e["date"] for e in query.events(store)]
    assert dates == sorted(dates)
    assert dates[0] == "2008-08-20" and dates[-1] == "2009-12-01"


def test_event_filters(store):
    assert {e["type"] for e in query.events(store, type="accuse")} == {"ACCUSE"}
    russia = query.events(store, actor="RUS")
    assert russia and all("RUS" in (e["source"]["country"], e["target"]["country"]) for e in russia)
    assert len(query.events(store, actor="russia")) == len(russia)  # names and any case resolve
    nato = query.events(store, actor="nato")
    assert nato and all(e["target_code"] == "NATO" or e["source_code"] == "NATO" for e in nato)
    # Dyads match both directions unless directed.
    both = query.events(store, dyad="RUS:USA")
    assert [e["type"] for e in both] == ["ACCUSE"]
    assert query.events(store, dyad="RUS:USA", directed=True) == []
    assert [e["type"] for e in query.events(store, dyad="USA:RUS", directed=True)] == ["ACCUSE"]
    assert {e["modality"] for e in query.events(store, modality="negated")} == {"negated"}
    assert {e["date"] for e in query.events(store, since="2009")} == {"2009-06", "2009-12-01"}


def test_date_range_respects_precision(store):
    # A month-precision event overlaps a range starting inside that month.
    agree = query.events(store, type="AGREE", since="2009-06-15", until="2009-06-20")
    assert [e["date"] for e in agree] == ["2009-06"]
    assert query.events(store, type="AGREE", until="2009-05-31") == []
    aug = query.events(store, since="2008-08-21", until="2008-08-22")
    assert {e["date"] for e in aug} == {"2008-08-21", "2008-08-22"}


def test_story_and_article_filters_and_paging(store, db):
    ids = db[1]
    in_dec = query.events(store, story="s-dec2009")
    assert {e["type"] for e in in_dec} == {"REJECT", "REQUEST", "AGREE"}
    assert all(ids["004"] in e["article_ids"] for e in query.events(store, article=ids["004"]))
    everything = query.events(store)
    page = query.events(store, limit=3, offset=3)
    assert [e["id"] for e in page] == [e["id"] for e in everything[3:6]]
    assert query.event(store, everything[0]["id"])["id"] == everything[0]["id"]
    assert query.event(store, "no-such-event") is None


@pytest.mark.parametrize("kwargs, message", [
    ({"dyad": "RUSNATO"}, "bad dyad"),
    ({"dyad": "RUS:"}, "bad dyad"),
    ({"since": "2008-13"}, "no such date"),
    ({"until": "yesterday"}, "bad until"),
    ({"since": "2009", "until": "2008"}, "after until"),
    ({"limit": 0}, "limit"),
    ({"actor": "<script>"}, "bad actor"),
])
def test_bad_parameters_raise_query_error(store, kwargs, message):
    with pytest.raises(query.QueryError, match=message):
        query.events(store, **kwargs)


def test_timeline_of_story_and_dyad(store):
    story_line = query.timeline(store, story="s-aug2008")
    assert [e["date"] for e in story_line] == sorted(e["date"] for e in story_line)
    assert any(e["mentions"] == 2 and e["agencies"] for e in story_line)
    dyad_line = query.timeline(store, dyad="NATO:RUS")
    assert {e["type"] for e in dyad_line} >= {"SANCTION", "ACCUSE", "REQUEST", "AGREE"}
    with pytest.raises(query.QueryError):
        query.timeline(store)


# --------------------------------------------------------------------------- relations


def test_relations_by_month_counts_merged_events_once(store):
    series = query.relations(store, "RUS", "NATO", by="month")
    assert [p["period"] for p in series] == ["2008-08", "2009-06", "2009-12"]
    aug = series[0]
    # SANCTION (-6, two reports, counted once), its denial (-6), ACCUSE (-3), hostile ACCUSE (-3)
    assert aug["events"] == 4
    assert aug["conflict"] == pytest.approx(18.0) and aug["cooperation"] == 0
    assert aug["net"] == pytest.approx(-18.0)
    assert aug["key_event"]["type"] == "SANCTION" and "NATO" in aug["key_event"]["label"]
    assert series[1]["cooperation"] == pytest.approx(2.5) and series[1]["net"] == pytest.approx(2.5)
    assert series[0]["start"] == "2008-08-01"


def test_relations_periods(store):
    weeks = query.relations(store, "NATO", "RUS", by="week")
    assert weeks[0]["period"] == "2008-W34" and weeks[0]["start"] == "2008-08-18"
    assert [p["period"] for p in query.relations(store, "RUS", "NATO", by="year")] == ["2008", "2009"]
    days = query.relations(store, "RUS", "NATO", by="day")
    assert days[0]["period"] == "2008-08-20"
    # A month-precision event is placed on its month's first day when no report falls inside it.
    assert "2009-06-01" in [p["period"] for p in days]
    with pytest.raises(query.QueryError, match="bad period"):
        query.relations(store, "RUS", "NATO", by="fortnight")


# --------------------------------------------------------------------------- quotes, stories, actors


def test_quotes_filters(store, db):
    ids = db[1]
    everything = query.quotes(store)
    assert len(everything) == 5
    for key in ("id", "article_id", "text", "direct", "cue", "speaker", "relayed_by", "start", "end"):
        assert key in everything[0]
    assert [q["speaker"]["name"] for q in query.quotes(store, speaker="lavrov")] == ["Sergei Lavrov"]
    assert {q["speaker"]["country"] for q in query.quotes(store, actor="RUS")} == {"RUS"}
    assert [q["speaker"]["org"] for q in query.quotes(store, actor="NATO")] == ["NATO"]
    assert {q["article_id"] for q in query.quotes(store, story="s-dec2009")} == {ids["004"]}
    assert query.quotes(store, speaker="100%_") == []  # LIKE wildcards are literal


def test_stories_and_story(store, db):
    ids = db[1]
    listed = query.stories(store)
    assert [s["id"] for s in listed] == ["s-dec2009", "s-aug2008"]  # most recent first
    for key in ("id", "title", "summary", "article_ids", "first_published", "last_published", "agencies",
                "related_story_ids"):
        assert key in listed[0]
    aug = query.story(store, "s-aug2008")
    assert {a["id"] for a in aug["articles"]} == {ids["000"], ids["003"], ids["hostile"]}
    assert [e["date"] for e in aug["events"]] == sorted(e["date"] for e in aug["events"])
    assert any(e["type"] == "SANCTION" and e["mentions"] == 2 for e in aug["events"])
    assert {q["speaker"]["name"] for q in aug["quotes"]} >= {"Carmen Romero", "Robert Wood"}
    assert aug["related"][0]["id"] == "s-dec2009"
    assert query.story(store, "nope") is None


def test_actor_summary(store):
    russia = query.actor_summary(store, "rus")
    assert russia["code"] == "RUS" and russia["name"] == "Russia"
    assert {e["type"] for e in russia["events_as_source"]} >= {"SANCTION", "REQUEST"}
    assert {e["source"]["country"] for e in russia["events_as_target"]} == {"USA", "CAN"}
    assert [p["code"] for p in russia["partners"]][:1] == ["NATO"]
    assert {p["code"] for p in russia["partners"]} == {"NATO", "USA", "CAN", "GEO"}
    assert russia["relations"][0]["partner"] == "NATO" and russia["relations"][0]["series"]
    assert {q["speaker"]["name"] for q in russia["quotes"]} >= {"Sergei Lavrov", "Dmitry Rogozin"}


def test_overview(store):
    view = query.overview(store)
    assert view["counts"] == {"articles": 4, "stories": 2, "events": 9, "event_mentions": 10, "quotes": 5}
    assert view["top_dyads"][0]["dyad"] == "NATO:RUS" and view["top_dyads"][0]["events"] == 6
    assert [s["id"] for s in view["latest_stories"]] == ["s-dec2009", "s-aug2008"]


# --------------------------------------------------------------------------- search


def test_search_articles_and_quotes_with_fts(store, db):
    assert query.has_fts(store)
    found = query.search(store, "blocked documents")
    assert [h["id"] for h in found["articles"]] == [db[1]["004"]]
    assert any(match and "block" in text.lower() for text, match in found["articles"][0]["segments"])
    hits = query.search(store, "notification")["quotes"]
    assert [h["speaker"] for h in hits] == ["Carmen Romero"]
    # stemming: "freezes" finds "freeze"/"frozen"'s stem family; user FTS syntax is inert
    assert query.search(store, "freezes")["articles"]
    assert query.search(store, 'NEAR("x" * OR')["articles"] == []
    with pytest.raises(query.QueryError):
        query.search(store, "  ")


def _copy_db(source: Path, target: Path) -> Path:
    # The backup API, not a file copy: the source is in WAL mode.
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def test_fts_tables_follow_inserts_and_fall_back_to_like(tmp_path, db):
    copy = _copy_db(db[0], tmp_path / "copy.db")
    writable = Store(copy)
    writable.save_result(ArticleResult(article=Article(id="zz01", text="Zanzibar ferry talks resume.",
                                                       title="Ferry talks")))
    assert [h["id"] for h in query.search(writable, "zanzibar")["articles"]] == ["zz01"]
    with sqlite3.connect(copy) as conn:
        conn.execute("DELETE FROM articles WHERE id = 'zz01'")
        assert conn.execute("SELECT count(*) FROM articles_fts WHERE article_id = 'zz01'").fetchone()[0] == 0
        conn.execute("DROP TABLE articles_fts")
        conn.execute("DROP TABLE quotes_fts")
    fallback = Store(copy, readonly=True)
    assert not query.has_fts(fallback)
    found = query.search(fallback, "blocked the adoption")
    assert found["articles"] and any(m for _, m in found["articles"][0]["segments"])
    assert query.search(fallback, "notification")["quotes"]


def test_migration_backfills_existing_rows(tmp_path, db):
    """An 0001 database with rows gains FTS tables holding them when migrated."""
    from alembic import command
    from alembic.config import Config
    from importlib import resources

    copy = _copy_db(db[0], tmp_path / "old.db")
    store = Store(copy)
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("newsevents") / "migrations"))
    with store.engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "0001")
    assert not query.has_fts(store)
    store = Store(copy)  # migrates to head again
    assert query.search(store, "blocked documents")["articles"]
    assert query.search(store, "notification")["quotes"]
