"""Event merging across the reports of a story."""

from newsevents.merge import Mention, dates_compatible, merge_mentions


def mention(id, article, type="SANCTION", source="RUS", target="NATO", modality="asserted", date=None, published=None, start=0):
    return Mention(id, article, type, source, target, modality, date, published, start)


def test_dates_compatible_respects_precision_and_tolerance():
    assert dates_compatible("2008-08-20", "2008-08-21")
    assert not dates_compatible("2008-08-20", "2008-08-25")
    assert dates_compatible("2008-08", "2008-08-20")
    assert not dates_compatible("2009-06", "2008-08-20")
    assert dates_compatible(None, "2008-08-20")
    assert dates_compatible("2008", "2008-08-20") and not dates_compatible("2009", "2008-08-20")


def test_five_reports_of_one_event_merge_into_the_earliest():
    reports = [mention(f"e{n}", f"a{n}", date="2008-08-20", published=f"2008-08-2{n}") for n in range(5)]
    reports[0].modality = "intended"  # "plans to freeze" and "has frozen" report one event
    merged = merge_mentions(reports)
    assert set(merged.values()) == {"e1"}  # represented by the earliest report of the act itself


def test_contradictions_and_other_events_stay_apart():
    decided = mention("e1", "a1", date="2008-08-20", published="2008-08-20")
    denied = mention("e2", "a2", modality="negated", date="2008-08-20", published="2008-08-21")
    other_target = mention("e3", "a2", target="NOR", date="2008-08-20", published="2008-08-21")
    later = mention("e4", "a3", date="2009-06", published="2009-12-01")
    merged = merge_mentions([denied, other_target, decided, later])
    assert merged == {"e1": "e1", "e2": "e2", "e3": "e3", "e4": "e4"}


def test_linked_stories_merge_only_dated_agreeing_mentions():
    background = mention("e1", "a1", date=None, published=None)
    background.story_id = "s-aug"
    later = mention("e2", "a2", date="2009-12-01", published="2009-12-01")
    later.story_id = "s-dec"
    same_day = mention("e3", "a3", date="2009-12-02", published="2009-12-02")
    same_day.story_id = "s-other"
    merged = merge_mentions([background, later, same_day])
    assert merged["e1"] == "e1" and merged["e2"] == merged["e3"] == "e2"


def test_undated_report_takes_its_date_from_its_story(tmp_path):
    """The DPA seed names only weekdays; once it joins the AP report's story
    it is dated (flagged inferred) and its events are dated against it."""
    from newsevents.pipeline import ingest
    from newsevents.store import Store
    from newsevents import query

    from .conftest import shared_path

    seeds = shared_path("seeds")
    db = tmp_path / "seeds.db"
    ingest([str(seeds)], db=db)
    store = Store(db, readonly=True)
    articles = {a["title"]: a for a in store.iter_articles()}
    dpa = articles["Russia freezes military cooperation with NATO"]
    ap = articles["Russia to cut military ties with NATO"]
    assert dpa["story_id"] == ap["story_id"]
    assert dpa["published"] == "2008-08-21" and dpa["published_inferred"]  # "said Thursday", the day after AP's Wednesday
    sanction = [e for e in query.events(store, dyad="RUS:NATO") if e["type"] == "SANCTION" and e["modality"] != "negated"]
    assert len(sanction) == 1
    assert {dpa["id"], ap["id"]} <= set(sanction[0]["article_ids"]) and sanction[0]["mentions"] >= 2
    assert sanction[0]["date"].startswith("2008-08-2")


def test_reanalysis_after_a_pipeline_upgrade_keeps_merged_events(tmp_path, monkeypatch):
    """When the analysis version goes up, re-ingesting re-analyses stored
    articles, and the merged events of their stories are rebuilt."""
    from newsevents import query, store as store_module
    from newsevents.pipeline import ingest
    from newsevents.store import Store

    from .conftest import shared_path

    seeds = shared_path("seeds")
    db = tmp_path / "seeds.db"
    ingest([str(seeds)], db=db)
    before = [e for e in query.events(Store(db, readonly=True), dyad="RUS:NATO") if e["type"] == "SANCTION"]
    monkeypatch.setattr(store_module, "PIPELINE_VERSION", store_module.PIPELINE_VERSION + 1)
    report = ingest([str(seeds)], db=db)
    assert report.stored == 3  # all three re-analysed
    after = [e for e in query.events(Store(db, readonly=True), dyad="RUS:NATO") if e["type"] == "SANCTION"]
    assert [(e["mentions"], sorted(e["article_ids"])) for e in after] == [(e["mentions"], sorted(e["article_ids"])) for e in before]


def test_a_speakers_quotes_and_events_list_together(tmp_path):
    from newsevents import query
    from newsevents.pipeline import ingest
    from newsevents.store import Store

    from .conftest import shared_path

    db = tmp_path / "seeds.db"
    ingest([str(shared_path("seeds"))], db=db)
    store = Store(db, readonly=True)
    events = query.events(store, person="Lavrov")
    quotes = query.quotes(store, speaker="Lavrov")
    assert any(e["type"] == "ACCUSE" and e["target"]["org"] == "NATO" for e in events)
    assert {e["source"]["name"] for e in events if e["source"]["name"] and "Lavrov" in e["source"]["name"]} == {"Sergei Lavrov"}
    assert quotes and {q["speaker"]["name"] for q in quotes} == {"Sergei Lavrov"}
    assert {q["speaker"]["country"] for q in quotes} == {"RUS"}
