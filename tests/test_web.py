"""The web UI and JSON API (FastAPI TestClient), and the read-side CLI.

Most tests run on the hand-coded database of test_query.py (fixed events,
quotes and stories over the real seed texts). The acceptance tests at the end
run on a database built by the real `pipeline.ingest` from the three seeds
and a hostile article; they skip while the pipeline stores no events yet.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsevents import query
from newsevents.store import Store
from tests.conftest import run_cli, shared_path
from tests.test_query import HOSTILE, handcoded_db

# An HTML page whose title, site name and text carry markup as *text*
# (entities decode to "<script>..." in the clean article).
HOSTILE_HTML = """<!DOCTYPE html><html><head>
<title>Russia condemns NATO &lt;script&gt;alert("title")&lt;/script&gt; drills</title>
<meta property="article:published_time" content="2008-08-25T10:00:00+00:00">
<meta property="og:site_name" content="Evil &lt;i&gt;Wire&lt;/i&gt;"></head>
<body><article><h1>Russia condemns NATO &lt;script&gt;alert("title")&lt;/script&gt; drills</h1>
<p>Russia accused NATO on Monday of provoking tensions in the Black Sea, a foreign ministry spokesman said in
Moscow, calling the exercises &lt;script&gt;alert("xss")&lt;/script&gt; a danger to the region.</p>
<p>"We reject these provocations outright," Foreign Ministry spokesman Andrei Nesterenko told reporters in Moscow.</p>
<p>NATO said its ships were on a routine visit and that the alliance would continue its planned exercises in the
region. Officials in Brussels declined further comment on the Russian accusations, which came as relations between
the two sides fell to their lowest point since the end of the Cold War.</p>
</article></body></html>
"""

_INGESTED: dict[str, Path] = {}


def ingested_db(tmp_path_factory) -> Path:
    """Seeds + hostile article through the real pipeline, once per session."""
    if "db" not in _INGESTED:
        from newsevents.pipeline import ingest

        seeds = shared_path("seeds")
        folder = tmp_path_factory.mktemp("ingested")
        hostile = folder / "hostile.html"
        hostile.write_text(HOSTILE_HTML, encoding="utf-8")
        path = folder / "seeds.db"
        ingest([str(seeds), str(hostile)], db=path)
        _INGESTED["db"] = path
    return _INGESTED["db"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return handcoded_db(tmp_path_factory)


@pytest.fixture(scope="module")
def client(db):
    from newsevents.web.app import create_app

    return TestClient(create_app(db[0]), raise_server_exceptions=False)


def _no_live_markup(html: str) -> None:
    """Article-derived markup shows as text: never as a live element or URL."""
    assert "<script" not in html.lower()
    assert "onerror=alert" not in html.replace("onerror=alert(1)&gt;", "")
    assert 'href="javascript:' not in html.lower()


# --------------------------------------------------------------------------- pages


def test_overview_page(client):
    page = client.get("/")
    assert page.status_code == 200
    html = page.text
    assert "Latest stories" in html and "Most active pairs" in html
    assert "Russian envoy accuses Canada" in html and "Russia freezes military cooperation with NATO" in html
    assert "/charts/relations.svg?a=NATO&amp;b=RUS&amp;small=1" in html  # a sparkline per top pair
    _no_live_markup(html)


def test_story_page(client, db):
    html = client.get("/stories/s-aug2008").text
    assert "Russia to cut military ties with NATO" in html and "Russia freezes military cooperation" in html
    # The merged SANCTION shows once with both reports' sentences.
    assert html.count(">SANCTION<") == 2  # asserted and denied are two events
    assert "2 reports: AP, DPA" in html
    assert "Russia has informed Norway" in html and "Russia has frozen its relations with NATO" in html
    assert "Carmen Romero" in html and "Robert Wood" in html
    assert client.get("/stories").status_code == 200
    _no_live_markup(html)


def test_events_page_filters_and_downloads(client):
    html = client.get("/events", params={"dyad": "RUS:NATO", "since": "2008-08-21"}).text
    rows = re.findall(r'<a class="type" href="/events/([^"]+)"', html)
    assert len(rows) == 4  # denial, hostile ACCUSE, AGREE, REQUEST
    shown = client.get("/api/events", params={"dyad": "RUS:NATO", "since": "2008-08-21"}).json()
    assert shown["total"] == 4 and [e["type"] for e in shown["items"]] == ["SANCTION", "ACCUSE", "AGREE", "REQUEST"]
    # Download links carry exactly the filters and page shown.
    link = re.search(r'id="download-csv" href="([^"]+)"', html).group(1).replace("&amp;", "&")
    assert "dyad=RUS%3ANATO" in link and "since=2008-08-21" in link
    download = client.get(link)
    assert download.headers["content-type"].startswith("text/csv")
    assert "attachment" in download.headers["content-disposition"]
    table = list(csv.DictReader(io.StringIO(download.text)))
    assert [r["id"] for r in table] == [e["id"] for e in shown["items"]]
    assert table[0]["source_code"] == "RUS" and table[0]["modality"] == "negated"
    jsonl = client.get(link.replace("/events.csv", "/events.jsonl"))
    records = [json.loads(line) for line in jsonl.text.splitlines()]
    assert [r["id"] for r in records] == [e["id"] for e in shown["items"]]
    assert all("article_ids" in r and "mentions" in r for r in records)
    # other filters
    assert "SANCTION" not in client.get("/events", params={"type": "AGREE"}).text.split("<tbody>")[1]
    negated = client.get("/api/events", params={"modality": "negated"}).json()["items"]
    assert [e["modality"] for e in negated] == ["negated"]
    canada = client.get("/api/events", params={"actor": "CAN"}).json()["items"]
    assert [e["type"] for e in canada] == ["REJECT"]


def test_events_paging(client):
    first = client.get("/api/events", params={"limit": 4}).json()
    second = client.get("/api/events", params={"limit": 4, "offset": 4}).json()
    assert first["next_offset"] == 4 and first["total"] == 9
    assert not {e["id"] for e in first["items"]} & {e["id"] for e in second["items"]}
    html = client.get("/events", params={"limit": 4}).text
    assert "next →" in html and "1–4 of 9" in html


def test_event_actor_article_pages(client, db):
    ids = db[1]
    sanction = client.get("/api/events", params={"type": "SANCTION", "modality": "asserted"}).json()["items"][0]
    html = client.get(f"/events/{sanction['id']}").text
    assert "Evidence" in html and html.count("<q>") == 2
    assert f'/articles/{ids["003"]}#at-' in html and f'/articles/{ids["000"]}#at-' in html
    # a mention id finds its merged event too
    other = [m["event_id"] for m in sanction["evidence"] if m["event_id"] != sanction["id"]][0]
    assert client.get(f"/api/events/{other}").json()["id"] == sanction["id"]

    actor = client.get("/actors/RUS").text
    assert "<h1>Russia" in actor and "As source" in actor and "As target" in actor
    assert "/charts/relations.svg?a=RUS&amp;b=NATO" in actor
    assert "Sergei Lavrov" in actor
    assert client.get("/actors/russia").status_code == 200  # names resolve

    article = client.get(f"/articles/{ids['000']}").text
    assert '<mark class="ev"' in article and '<mark class="q"' in article
    assert "Support TwoCircles" not in article  # clean text, not the page boilerplate


def test_quotes_search_relations_pages(client):
    quotes = client.get("/quotes", params={"speaker": "rogozin"}).text
    assert "Representatives of the Canadian delegation" in quotes and "Carmen Romero" not in quotes
    assert client.get("/api/quotes", params={"actor": "NATO"}).json()["items"][0]["speaker"]["name"] == "Carmen Romero"
    search = client.get("/search", params={"q": "blocked documents"}).text
    assert "<mark>blocked</mark>" in search and "Russian envoy accuses Canada" in search
    hits = client.get("/api/search", params={"q": "notification"}).json()
    assert hits["quotes"][0]["speaker"] == "Carmen Romero"
    rel = client.get("/relations", params={"a": "RUS", "b": "NATO", "by": "month"}).text
    assert "2008-08" in rel and "RUS SANCTION NATO" in rel
    svg = client.get("/charts/relations.svg", params={"a": "RUS", "b": "NATO"})
    assert svg.headers["content-type"].startswith("image/svg+xml") and "<svg" in svg.text
    api = client.get("/api/relations", params={"a": "nato", "b": "rus", "by": "year"}).json()
    assert [p["period"] for p in api["series"]] == ["2008", "2009"]


def test_api_behind_every_page(client, db):
    assert client.get("/api/overview").json()["counts"]["stories"] == 2
    stories = client.get("/api/stories", params={"limit": 1}).json()
    assert len(stories["items"]) == 1 and stories["next_offset"] == 1 and stories["total"] == 2
    story = client.get("/api/stories/s-aug2008").json()
    assert [e["date"] for e in story["events"]] == sorted(e["date"] for e in story["events"])
    assert client.get("/api/actors/RUS").json()["partners"][0]["code"] == "NATO"
    article = client.get(f"/api/articles/{db[1]['004']}").json()
    assert article["title"].startswith("Russian envoy") and article["events"]
    timeline = client.get("/api/timeline", params={"dyad": "RUS:NATO"}).json()["items"]
    assert [e["date"] for e in timeline] == sorted(e["date"] for e in timeline)


def test_docs_and_pages_need_no_internet(client):
    spec = client.get("/openapi.json").json()
    assert "/api/events" in spec["paths"]
    docs = client.get("/docs").text
    assert "/api/events" in docs and "/api/relations" in docs
    for path in ("/", "/docs", "/events", "/stories/s-aug2008", "/actors/RUS", "/search?q=russia"):
        html = client.get(path).text
        external = re.findall(r'(?:src|href)="(https?:[^"]*)"', html)
        assert external == [] or all("cdn" not in url and not url.endswith((".js", ".css")) for url in external)
        assert not re.findall(r'<(?:script|link)[^>]+(?:src|href)="https?:', html)


@pytest.mark.parametrize("path, status, message", [
    ("/events?dyad=RUSNATO", 400, "bad dyad"),
    ("/events?since=2008-02-30", 400, "no such date"),
    ("/api/events?until=tomorrow", 400, "bad until"),
    ("/api/events?limit=0", 400, "limit"),
    ("/api/events?limit=abc", 400, "limit"),
    ("/api/events?offset=-1", 400, "offset"),
    ("/relations?a=RUS&b=NATO&by=fortnight", 400, "bad period"),
    ("/relations?a=RUS", 400, "b"),
    ("/api/search?q=", 400, "q"),
    ("/api/search?q=%20%20", 400, "empty search"),
    ("/stories/no-such-story", 404, "no story"),
    ("/api/events/no-such-event", 404, "no event"),
    ("/articles/ffffffffffffffff", 404, "no article"),
    ("/actors/ZZZ", 404, "no events"),
    ("/nope", 404, "Not Found"),
])
def test_bad_parameters_give_4xx_with_a_message(client, path, status, message):
    response = client.get(path)
    assert response.status_code == status
    assert message.lower() in response.text.lower()
    assert "Traceback" not in response.text
    if path.startswith("/api/"):
        assert response.json()["error"]


def test_hostile_article_is_inert_everywhere(client, db):
    hostile_id = db[1]["hostile"]
    pages = [f"/articles/{hostile_id}", "/stories/s-aug2008", "/events", "/actors/RUS", "/quotes",
             "/search?q=provoking", "/stories"]
    for path in pages:
        html = client.get(path).text
        _no_live_markup(html)
    article = client.get(f"/articles/{hostile_id}").text
    assert "&lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt;" in article
    assert "javascript:alert(4)" in article and 'href="javascript' not in article  # URL shown, not linked
    # The JSON API returns the text as data (escaping is the page's job).
    assert HOSTILE in client.get(f"/api/articles/{hostile_id}").json()["text"]


def test_web_store_is_read_only(db):
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    from newsevents.web.app import create_app

    app = create_app(db[0])
    with pytest.raises(OperationalError, match="readonly|read-only|query_only|attempt to write"):
        with app.state.store.engine.begin() as conn:
            conn.execute(text("DELETE FROM articles"))
    assert Store(db[0], readonly=True).article_count() == 4


# --------------------------------------------------------------------------- CLI


def test_cli_read_commands(db, tmp_path):
    path = str(db[0])
    events = run_cli("events", "--db", path, "--dyad", "RUS:NATO", "--format", "jsonl")
    assert events.returncode == 0
    records = [json.loads(line) for line in events.stdout.decode().splitlines()]
    sanction = [r for r in records if r["type"] == "SANCTION" and r["modality"] == "asserted"][0]
    assert sanction["mentions"] == 2 and len(sanction["article_ids"]) == 2
    stories = run_cli("stories", "--db", path, "--format", "jsonl")
    first = json.loads(stories.stdout.decode().splitlines()[0])
    assert {"id", "title", "summary", "article_ids", "first_published", "last_published", "agencies",
            "related_story_ids"} <= set(first)
    story = run_cli("story", "s-aug2008", "--db", path)
    assert story.returncode == 0 and b"SANCTION" in story.stdout and b"Carmen Romero" in story.stdout
    timeline = run_cli("timeline", "--dyad", "RUS:NATO", "--db", path)
    assert timeline.returncode == 0 and timeline.stdout.decode().index("2008-08-20") < timeline.stdout.decode().index("2009-12-01")
    quotes = run_cli("quotes", "--db", path, "--speaker", "Lavrov", "--format", "jsonl")
    quote = json.loads(quotes.stdout.decode().splitlines()[0])
    assert quote["speaker"]["name"] == "Sergei Lavrov" and {"id", "article_id", "text", "direct", "cue",
                                                             "relayed_by", "start", "end"} <= set(quote)
    chart = tmp_path / "rel.png"
    relations = run_cli("relations", "RUS", "NATO", "--db", path, "--format", "csv", "--plot", str(chart))
    assert relations.returncode == 0 and relations.stdout.decode().startswith("period,start,events")
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_cli_exit_codes(db, tmp_path):
    path = str(db[0])
    bad_dyad = run_cli("events", "--db", path, "--dyad", "RUSNATO")
    assert bad_dyad.returncode == 2 and b"bad dyad" in bad_dyad.stderr and b"Traceback" not in bad_dyad.stderr
    assert run_cli("events", "--db", path, "--since", "2008-99").returncode == 2
    assert run_cli("events", "--db", str(tmp_path / "missing.db")).returncode == 2
    assert run_cli("timeline", "--db", path).returncode == 2
    assert run_cli("relations", "RUS", "NATO", "--db", path, "--plot", "x.gif").returncode == 2
    assert run_cli("events", "--db", path, "--type", "ASSAULT").returncode == 1
    assert run_cli("story", "nope", "--db", path).returncode == 1


# --------------------------------------------------------------------------- acceptance on real ingest


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    path = ingested_db(tmp_path_factory)
    store = Store(path, readonly=True)
    if query.count_events(store) == 0:
        pytest.skip("the pipeline stores no events yet")
    from newsevents.web.app import create_app

    return store, TestClient(create_app(path), raise_server_exceptions=False)


def _aug_story(store):
    for s in query.stories(store):
        if (s["first_published"] or "").startswith("2008-08") and "condemns" not in (s["title"] or ""):
            return query.story(store, s["id"])
    return None


def test_acceptance_overview_shows_two_stories(real):
    store, client = real
    seed_stories = [s for s in query.stories(store) if "NATO" in (s["title"] or "") and "condemns" not in s["title"]]
    assert len(seed_stories) == 2
    html = client.get("/").text
    for s in seed_stories:
        assert f'/stories/{s["id"]}' in html


def test_acceptance_aug_2008_story(real):
    store, client = real
    story = _aug_story(store)
    assert story is not None
    assert {a["agency"] for a in story["articles"]} >= {"DPA", "AP"}
    sanction = [e for e in story["events"] if e["type"] == "SANCTION" and e.get("source_code") == "RUS"
                and e.get("target_code") == "NATO" and e["modality"] == "asserted"]
    assert sanction and max(e["mentions"] for e in sanction) >= 2
    assert story["quotes"]
    html = client.get(f"/stories/{story['id']}").text
    assert "SANCTION" in html and "DPA" in html and "AP" in html


def test_acceptance_russia_actor_and_chart(real):
    store, client = real
    russia = client.get("/api/actors/RUS").json()
    partners = {p["code"] for p in russia["partners"]}
    assert {"NATO", "CAN"} <= partners
    assert client.get("/actors/RUS").status_code == 200
    chart = client.get("/charts/relations.svg", params={"a": "RUS", "b": "NATO"})
    assert chart.status_code == 200 and "<svg" in chart.text
    for path in ("/", "/events", "/stories", "/quotes", "/search?q=NATO"):
        _no_live_markup(client.get(path).text)
