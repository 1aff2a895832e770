"""Ingest and cleaning on real crawled text: the seeds, VOA, PolNeAR, and bad input."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsevents.clean import clean_document
from newsevents.ingest import read_inputs
from newsevents.models import Rejected

from .conftest import run_cli, shared_path

SEED_TITLES = {
    "000_1ab95ee2ebccea92.txt": "Russia freezes military cooperation with NATO",
    "003_b57864788e0fd634.txt": "Russia to cut military ties with NATO",
    "004_0883d7ff5855b4ca.txt": "Russian envoy accuses Canada of blocking Russia-NATO accords",
}
BOILERPLATE = ["TwoCircles", "DONATE", "Career Network", "JOIN NOW", "NEWSLETTER", "mailing list",
               "<div", "<span", "&#39;", "&#40;", "AP Photo", "caption", "\nMilitary\n", "RIA Novosti\n\n16:53"]


def clean_seeds(seeds_dir):
    return {Path(a.source_path).name: a for a in map(clean_document, read_inputs([str(seeds_dir)]))}


def test_seeds_titles_dates_agencies_and_no_boilerplate(seeds_dir):
    articles = clean_seeds(seeds_dir)
    assert {name: a.title for name, a in articles.items()} == SEED_TITLES
    dpa, ap, ria = (articles[n] for n in sorted(SEED_TITLES))
    assert (dpa.agency, ap.agency, ria.agency) == ("DPA", "AP", "RIA Novosti")
    assert ap.published == "2008-08-20T17:57:18-07:00" and not ap.published_inferred
    # "16:53 01/12/2009 BRUSSELS, December 1": the dateline's month settles day-first.
    assert ria.published.startswith("2009-12-01T16:53") and not ria.published_inferred
    assert ria.dateline == "Brussels" and dpa.dateline == "Moscow/Brussels"
    assert dpa.published is None  # the text names weekdays only: no date is invented
    for article in articles.values():
        for junk in BOILERPLATE:
            assert junk not in article.text, (article.source_path, junk)
        assert article.title not in article.text
    # a paragraph the crawl broke after "U.S." is re-joined with its attribution
    assert 'Georgia," U.S. State Department spokesman Robert Wood said.' in ap.text
    assert "Wednesday. The report comes" in ap.text
    assert ria.text.startswith("Canada has blocked the adoption")
    assert dpa.text.startswith("Russia has frozen its relations with NATO")
    assert dpa.text.rstrip().endswith("told a briefing in Moscow.")


def test_seed_ingest_cli_contract(tmp_path, seeds_dir):
    db = tmp_path / "n.db"
    proc = run_cli("ingest", str(seeds_dir), "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    out = run_cli("articles", "--db", str(db), "--format", "jsonl")
    rows = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert len(rows) == 3
    required = {"id", "title", "published", "published_inferred", "agency", "dateline", "byline", "url", "text",
                "source_path", "external_id", "story_id"}
    for row in rows:
        assert required <= row.keys()
        assert row["source_path"].startswith(str(seeds_dir))
    # idempotent: a second run (and the same file under another path) stores nothing new
    copy = tmp_path / "copy.txt"
    copy.write_bytes((seeds_dir / "000_1ab95ee2ebccea92.txt").read_bytes())
    again = run_cli("ingest", str(seeds_dir), str(copy), "--db", str(db))
    assert again.returncode == 0
    assert b"stored 0 new" in again.stderr
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from articles").fetchone()[0] == 3
    paths = [p for (p,) in con.execute("select source_path from article_sources")]
    assert str(copy) in paths and len(paths) == 4
    shown = run_cli("show", rows[0]["id"][:8], "--db", str(db))
    assert shown.returncode == 0 and rows[0]["title"].encode() in shown.stdout


def test_voa_corpus_all_clean_with_metadata():
    path = shared_path("corpora", "voa", "voa_stories.jsonl")
    gold = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    outcomes = list(map(clean_document, read_inputs([str(path)])))
    assert not [o for o in outcomes if isinstance(o, Rejected)]
    assert len(outcomes) == len(gold) == 89
    for article, item in zip(outcomes, gold):
        assert article.title == item["title"]
        assert article.external_id == item["id"]
        assert article.published[:10] == item["published"][:10] and "+00:00" in article.published
        assert article.byline == item["author"] or not item.get("author")
        assert article.extra.get("section") == item["section"]


def test_polnear_corpus_all_clean_titles_match_metadata():
    root = shared_path("corpora", "polnear")
    meta = {}
    with open(root / "metadata.tsv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            meta[row["filename"]] = row
    files = sorted((root / "train" / "text").glob("*.txt")) + sorted((root / "dev" / "text").glob("*.txt"))
    assert len(files) == 924
    outcomes = list(map(clean_document, read_inputs([str(f) for f in files])))
    rejected = [o for o in outcomes if isinstance(o, Rejected)]
    assert not rejected, rejected[:3]
    matches = sum(1 for f, a in zip(files, outcomes) if _norm(a.title) == _norm(meta[f.stem]["title"]))
    assert matches / len(files) >= 0.95, matches
    # wire stories are credited to their agency
    wires = [(f, a) for f, a in zip(files, outcomes) if meta[f.stem]["wire"] in ("AP", "Reuters", "reuters")]
    credited = sum(1 for f, a in wires if a.agency and a.agency.lower() == meta[f.stem]["wire"].lower())
    assert credited / len(wires) >= 0.5, (credited, len(wires))
    # no invented facts: a date is either absent or flagged as inferred unless the text states one
    for article in outcomes:
        if article.published:
            assert article.published[:4] in {"2015", "2016", "2017"}, (article.source_path, article.published)


def _norm(title: str | None) -> str:
    # PolNeAR's text files end each headline with a full stop (inside a closing quote too)
    title = (title or "").rstrip(".")
    title = title[:-2] + title[-1] if title[-2:-1] == "." else title
    return " ".join(title.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').lower().split())


def test_bad_inputs_are_named_and_the_rest_stored(tmp_path):
    db = tmp_path / "n.db"
    tmp_path = tmp_path / "inputs"
    tmp_path.mkdir()
    good = tmp_path / "good.txt"
    good.write_text("Talks resume in Geneva\n\nGENEVA (Reuters) - Diplomats from both countries met in Geneva "
                    "on Monday to resume talks on a ceasefire, officials said.\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"   \n\n  ")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    latin = "Caf\u00e9 talks in S\u00e3o Paulo end without deal\n\nS\u00c3O PAULO - Negotiators left the caf\u00e9 on Friday after talks between the unions and the government broke down, officials said."
    (tmp_path / "latin1.txt").write_bytes(latin.encode("latin-1"))
    cp = "Minister rejects \u201creckless\u201d plan\n\nThe minister said on Tuesday that the opposition\u2019s plan was \u201creckless\u201d and would not be adopted by the cabinet."
    (tmp_path / "cp1252.txt").write_bytes(cp.encode("cp1252"))
    mixed = ("Mixed encodings in one crawl file\n\n".encode() + "The envoy met the minister in Z\u00fcrich on Monday, officials said.\n".encode("utf-8")
             + "Later the delegation travelled to Montr\u00e9al for a second round of talks on trade.\n".encode("cp1252"))
    (tmp_path / "mixed.txt").write_bytes(mixed)
    lines = [json.dumps({"id": "a1", "title": "Leaders meet", "text": "The two leaders met in Berlin on Monday to discuss trade and security, officials said."}),
             "{broken json",
             json.dumps({"id": "a2", "title": "No body"}),
             json.dumps({"id": "a3", "text": "Parliament approved the budget on Thursday after a long debate, the speaker said.", "published": "2020-05-01T10:00:00Z", "section": "Politics"})]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n")
    (tmp_path / "huge.txt").write_text("word " * 700_000)  # a 3.5 MB single line
    (tmp_path / "page.html").write_text(
        "<html><head><title>Rebels seize town</title><script>alert('x'); var a = '<p>fake</p>';</script></head>"
        "<body><nav>Home | World</nav><article><h1>Rebels seize town</h1><p>Rebel fighters seized the town of Example "
        "on Saturday after two days of fighting with government troops, residents said.</p><p>The army said it would "
        "retake the town within days and urged civilians to leave.</p></article><script>track()</script></body></html>")
    proc = run_cli("ingest", str(tmp_path), "--db", str(db))
    assert proc.returncode == 1
    stderr = proc.stderr.decode()
    assert "Traceback" not in stderr
    rejected_lines = [line for line in stderr.splitlines() if line.startswith("rejected:")]
    reasons = "\n".join(rejected_lines)
    for name in ("empty.txt", "blank.txt", "binary.txt", "image.png", "batch.jsonl:2", "batch.jsonl:3", "huge.txt"):
        assert name in reasons, (name, reasons)
    assert len(rejected_lines) == 7, reasons
    titles = {row[0]: row[1] for row in sqlite3.connect(db).execute("select title, text from articles")}
    assert "Café talks in São Paulo end without deal" in titles
    assert "Minister rejects “reckless” plan" in titles
    assert "Zürich" in titles["Mixed encodings in one crawl file"] and "Montréal" in titles["Mixed encodings in one crawl file"]
    assert "Rebels seize town" in titles and "alert" not in titles["Rebels seize town"] and "fake" not in titles["Rebels seize town"]
    assert {"Leaders meet", "Talks resume in Geneva"} <= titles.keys()
    ext = dict(sqlite3.connect(db).execute("select external_id, published from articles where external_id is not null"))
    assert ext == {"a1": None, "a3": "2020-05-01T10:00:00+00:00"}


def test_stdin_warc_and_exit_codes(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    warc = tmp_path / "crawl.warc.gz"
    with open(warc, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for n, (title, body) in enumerate([("Army withdraws from border", "The army withdrew two brigades from the border region on Tuesday, the defence ministry said, easing tensions with its neighbour."),
                                           ("Court convicts former minister", "A court convicted the former interior minister of corruption on Wednesday and sentenced him to five years in prison.")]):
            page = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{body}</p><p>{body}</p></article></body></html>".encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://example.com/{n}", "response", payload=io.BytesIO(page), http_headers=headers))
    db = tmp_path / "n.db"
    proc = run_cli("ingest", str(warc), "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    rows = sqlite3.connect(db).execute("select title, url from articles order by title").fetchall()
    assert rows == [("Army withdraws from border", "https://example.com/0"), ("Court convicts former minister", "https://example.com/1")]
    piped = run_cli("ingest", "-", "--db", str(db), input=b"Ministers meet in Oslo\n\nOSLO - Foreign ministers of the Nordic countries met in Oslo on Friday to discuss Arctic security.\n")
    assert piped.returncode == 0, piped.stderr
    out = json.loads(run_cli("show", "Ministers meet in Oslo"[:0] or _id_of(db, "Ministers meet in Oslo"), "--db", str(db), "--format", "jsonl").stdout)
    assert out["source_path"] == "-" and out["dateline"] == "Oslo"
    assert run_cli("ingest", str(tmp_path / "missing.txt"), "--db", str(db)).returncode == 1
    assert run_cli("ingest", "--db", str(db)).returncode == 2
    assert run_cli("ingest", str(warc), "--jobs", "0", "--db", str(db)).returncode == 2
    assert run_cli("articles", "--db", str(tmp_path / "nope.db")).returncode == 2


def _id_of(db, title):
    return sqlite3.connect(db).execute("select id from articles where title = ?", (title,)).fetchone()[0]


def test_many_files_parallel_and_kill_resume(tmp_path):
    """A directory with a thousand files, ingested with two workers; a run killed
    with SIGKILL leaves a consistent database and the re-run completes it
    without duplicates."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(1000):
        sub = corpus / f"d{n % 10}"
        sub.mkdir(exist_ok=True)
        (sub / f"a{n}.txt").write_text(
            f"Report number {n} from the wire\n\nOfficials in city {n} said on Monday that talks number {n} "
            f"between the delegations had ended without agreement, and that a new round would follow.\n")
    db = tmp_path / "n.db"
    proc = subprocess.Popen([sys.executable, "-m", "newsevents.cli", "ingest", str(corpus), "--db", str(db), "--jobs", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.3)
        try:
            stored = sqlite3.connect(db, timeout=1).execute("select count(*) from articles").fetchone()[0]
        except sqlite3.Error:
            continue
        if stored >= 150:
            break
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    con = sqlite3.connect(db)
    assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
    partial = con.execute("select count(*) from articles").fetchone()[0]
    orphans = con.execute("select count(*) from articles a where not exists (select 1 from article_sources s where s.article_id = a.id)").fetchone()[0]
    assert orphans == 0
    assert 0 < partial < 1000
    con.close()
    again = run_cli("ingest", str(corpus), "--db", str(db), "--jobs", "2")
    assert again.returncode == 0, again.stderr
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from articles").fetchone()[0] == 1000
    assert con.execute("select count(*) from article_sources").fetchone()[0] == 1000
    assert f"{partial} already known".encode() in again.stderr or b"already known" in again.stderr


def test_html_text_that_quotes_markup_keeps_it_as_words():
    """A page whose text shows "<b>" (written &lt;b&gt; in its source) keeps
    those words: only markup left over in plain-text crawls is stripped."""
    from newsevents.ingest import read_bytes

    page = ("<html><head><title>Markup in the news</title></head><body><article><h1>Markup in the news</h1>"
            "<p>The ministry's site was defaced with the string &lt;b&gt;hacked&lt;/b&gt; on Monday, officials said.</p>"
            "<p>Police opened an investigation into the attack on the government servers.</p></article></body></html>")
    article = clean_document(next(read_bytes("page.html", page.encode())))
    assert "the string <b>hacked</b> on Monday" in article.text
    plain = clean_document(next(read_bytes("crawl.txt", b"Markup in a crawl\n\nOfficials said <b>on Monday</b> that the talks had ended &amp; would resume.\n")))
    assert "said on Monday that the talks had ended & would resume." in plain.text
