"""The web UI in a real headless Chromium (Playwright for Python), against
`newsevents serve` running as a subprocess on a free loopback port.

Screenshots of every page visited go to test-artifacts/ (gitignored).
Uses the database ingested by the real pipeline from the seeds and a hostile
article when the pipeline stores events, else the hand-coded database of
test_query.py (same seed texts and hostile article, events coded by hand).
"""

from __future__ import annotations

import csv
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from newsevents import query
from newsevents.store import Store
from tests.test_query import handcoded_db
from tests.test_web import ingested_db

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not installed")
    pytest.importorskip("playwright.sync_api")
    db = ingested_db(tmp_path_factory)
    if query.count_events(Store(db, readonly=True)) == 0:
        db = handcoded_db(tmp_path_factory)[0]
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "newsevents.cli", "serve", "--db", str(db), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/robots.txt", timeout=1)
                break
            except OSError:
                if process.poll() is not None:
                    pytest.fail("serve exited: " + process.stderr.read().decode())
                time.sleep(0.2)
        else:
            pytest.fail("serve did not start")
        yield base, db
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser_page(server):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1366, "height": 850}, accept_downloads=True)
        page = context.new_page()
        page.dialogs = []  # any alert() would be a script from an article running
        page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
        page.requests = []
        page.on("request", lambda request: page.requests.append(request.url))
        page.errors = []
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        yield page
        context.close()
        browser.close()


def _shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_follow_links_overview_story_event_actor_article(server, browser_page):
    base, _ = server
    page = browser_page
    page.goto(base + "/")
    assert page.locator("h1").inner_text() == "Overview"
    assert page.locator("ul.stories li").count() >= 2
    _shot(page, "01_overview")

    page.locator("ul.stories a.title", has_text="NATO").filter(has_text="Russia").last.click()
    page.wait_for_load_state()
    assert "/stories/" in page.url
    assert page.locator("table.reports tbody tr").count() >= 2
    assert page.locator("li.event").count() >= 1
    _shot(page, "02_story")

    page.locator("li.event a.type", has_text="SANCTION").first.click()
    page.wait_for_load_state()
    assert "/events/" in page.url and page.locator("h1").inner_text().count("SANCTION") == 1
    assert page.locator("ul.evidence li").count() >= 2
    _shot(page, "03_event")

    page.locator("h1 a.actor", has_text="RUS").click()
    page.wait_for_load_state()
    assert "/actors/RUS" in page.url and "Russia" in page.locator("h1").inner_text()
    images = page.locator(".charts img")
    assert images.count() >= 1
    assert all(images.nth(i).evaluate("img => img.naturalWidth") > 0 for i in range(images.count()))
    _shot(page, "04_actor")

    page.locator("li.event .sentence").first.wait_for()
    page.locator("ul.quotes a.src").first.click()
    page.wait_for_load_state()
    assert "/articles/" in page.url
    assert page.locator("article.text mark").count() >= 1
    _shot(page, "05_article")
    assert not page.errors


def test_filter_and_download_csv(server, browser_page, tmp_path):
    base, _ = server
    page = browser_page
    page.goto(base + "/events")
    total = page.locator("table.events-table tbody tr").count()
    page.fill("input[name=dyad]", "RUS:NATO")
    page.fill("input[name=since]", "2009-01-01")
    page.click("form.filters button[type=submit]")
    page.wait_for_load_state()
    assert "dyad=RUS%3ANATO" in page.url
    shown = page.locator("table.events-table tbody tr").count()
    assert 0 < shown < total
    _shot(page, "06_events_filtered")
    with page.expect_download() as info:
        page.click("#download-csv")
    target = tmp_path / "events.csv"
    info.value.save_as(target)
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert len(rows) == shown
    assert all({r["source_code"], r["target_code"]} == {"RUS", "NATO"} for r in rows)
    assert all(r["date"] >= "2009" for r in rows)


def test_relations_search_and_hostile_article(server, browser_page):
    base, db = server
    page = browser_page
    page.goto(base + "/relations?a=RUS&b=NATO")
    chart = page.locator("figure.chart img")
    assert chart.evaluate("img => img.naturalWidth") > 0
    _shot(page, "07_relations")

    page.fill("header input[type=search]", "military cooperation")
    page.press("header input[type=search]", "Enter")
    page.wait_for_load_state()
    assert page.locator("ul.hits li").count() >= 1 and page.locator(".snippet mark").count() >= 1
    _shot(page, "08_search")

    store = Store(db, readonly=True)
    hostile = next(a for a in store.iter_articles() if "<script>" in (a["title"] or ""))
    page.goto(f"{base}/articles/{hostile['id']}")
    assert "<script>" in page.locator("h1").inner_text()  # shown as text
    assert page.evaluate("document.querySelectorAll('main script, main img[onerror]').length") == 0
    _shot(page, "09_hostile_article")
    page.goto(base + "/stories")
    _shot(page, "10_stories")
    page.goto(base + "/docs")
    _shot(page, "11_api_docs")
    assert page.dialogs == []
    # Nothing was fetched from anywhere but the local server.
    assert page.requests and all(url.startswith(base) for url in page.requests)
