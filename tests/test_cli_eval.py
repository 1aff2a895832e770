"""The evaluation and `code` commands, run as a user would."""

from __future__ import annotations

import json

from .conftest import run_cli, shared_path

EVENT_FIELDS = {"id", "type", "mode", "cameo", "quad_class", "intensity", "source", "target", "modality", "negated",
                "date", "date_precision", "location", "sentence", "start", "end", "article_ids", "input_id"}
ACTOR_FIELDS = {"text", "name", "country", "org", "sector"}


def test_eval_stories_on_basil_through_the_ingest_cleaner():
    gold = shared_path("corpora", "basil", "articles.jsonl")
    proc = run_cli("eval", "stories", str(gold), "--batches", "2", "--json")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["articles"] == 300 and result["gold_stories"] == 100
    assert result["f1"] >= 0.90


def test_eval_quotes_runs_on_polnear_dev():
    polnear = shared_path("corpora", "polnear")
    proc = run_cli("eval", "quotes", str(polnear), "--limit", "8", "--json")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["direct"]["gold"] > 0 and 0 < result["direct"]["recall"] <= 1


def test_code_jsonl_contract_and_reference_date():
    lines = "\n".join(json.dumps(o) for o in [
        {"id": "s1", "text": "Russia has frozen its military cooperation with NATO, a NATO spokeswoman said on Thursday.", "published": "2008-08-21"},
        {"id": "s2", "text": "The weather in Oslo was mild and sunny for most of the week."},
    ])
    proc = run_cli("code", "-", "--input-format", "jsonl", "--format", "jsonl", input=lines.encode())
    assert proc.returncode == 0, proc.stderr
    events = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert events and all(e["input_id"] == "s1" for e in events)
    first = events[0]
    assert EVENT_FIELDS <= first.keys()
    assert first["type"] == "SANCTION" and first["source"]["country"] == "RUS" and first["target"]["org"] == "NATO"
    assert ACTOR_FIELDS <= first["source"].keys()
    assert first["date"].startswith("2008-08")
    plain = run_cli("code", "Israeli troops arrested two Palestinian journalists in Hebron on Monday.", "--date", "2023-05-10", "--format", "jsonl")
    assert plain.returncode == 0
    assert [json.loads(l)["type"] for l in plain.stdout.decode().splitlines()][:1] == ["COERCE"]
    assert run_cli("code", "x", "--date", "10/05/2023").returncode == 2


def test_code_reads_a_file_named_as_its_argument(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Israeli troops arrested two Palestinian journalists in Hebron on Monday.", encoding="utf-8")
    from_file = run_cli("code", str(story), "--date", "2023-05-10", "--format", "jsonl")
    assert from_file.returncode == 0, from_file.stderr
    event = json.loads(from_file.stdout.decode().splitlines()[0])
    assert event["type"] == "COERCE" and event["sentence"].startswith("Israeli troops")
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0 not text")
    failed = run_cli("code", str(binary))
    assert failed.returncode == 2 and "photo.jpg: not UTF-8 text" in " ".join(failed.stderr.decode().split())


def test_users_actor_file_codes_people_the_tables_do_not_know(tmp_path):
    actors = tmp_path / "my_actors.csv"
    actors.write_text("name,aliases,country,org,role,sector,start_year,end_year\n"
                      "Ruslan Kermanov,Kermanov,KAZ,,Defence Minister,GOV,2020,2030\n")
    sentence = "Kermanov accused Russia of violating the border agreement."
    without = [json.loads(l) for l in run_cli("code", sentence, "--date", "2024-05-01", "--format", "jsonl").stdout.decode().splitlines()]
    with_file = [json.loads(l) for l in run_cli("code", sentence, "--date", "2024-05-01", "--format", "jsonl",
                                                 "--actors", str(actors)).stdout.decode().splitlines()]
    assert without[0]["source"]["country"] is None
    assert with_file[0]["source"]["name"] == "Ruslan Kermanov" and with_file[0]["source"]["country"] == "KAZ"
    assert with_file[0]["source"]["sector"] == "GOV" and with_file[0]["target"]["country"] == "RUS"
    # ingest takes the same file, and its workers use it
    article = tmp_path / "in" / "report.txt"
    article.parent.mkdir()
    article.write_text("Kazakh minister accuses Russia\n\nASTANA (Reuters) - Kermanov accused Russia on Monday of violating the border agreement, officials said.\n")
    db = tmp_path / "n.db"
    assert run_cli("ingest", str(article.parent), "--db", str(db), "--actors", str(actors), "--jobs", "2").returncode == 0
    events = [json.loads(l) for l in run_cli("events", "--db", str(db), "--actor", "KAZ", "--format", "jsonl").stdout.decode().splitlines()]
    assert events and events[0]["type"] == "ACCUSE"
    bad = tmp_path / "bad.csv"
    bad.write_text("name,country,start_year\nRuslan Kermanov,KAZ,soon\n")
    failed = run_cli("code", sentence, "--actors", str(bad))
    assert failed.returncode == 2 and b"bad.csv" in failed.stderr


def test_eval_events_in_document_codes_with_the_earlier_sentences(tmp_path):
    """`--documents` codes each gold sentence inside its report: the seed DPA
    report's sentences are coded from the report's own text, and `--errors`
    lists the misses with gold and prediction side by side."""
    from pathlib import Path

    from newsevents.goldset import materialize_events_gold

    shared = shared_path()
    refs = Path(__file__).parent / "data" / "events_dev_refs.jsonl"
    seed_lines = [json.dumps(r) for r in materialize_events_gold(refs, shared) if r["doc"].startswith("seed:")]
    seed_gold = tmp_path / "seed_gold.jsonl"
    seed_gold.write_text("\n".join(seed_lines) + "\n", encoding="utf-8")
    errors = tmp_path / "errors.json"
    proc = run_cli("eval", "events", str(seed_gold), "--documents", str(shared), "--errors", str(errors), "--json")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["mode"] == "in document" and result["sentences"] == len(seed_lines)
    assert result["type_recall"] > 0.5 and 0.5 < result["modality_accuracy"] <= 1
    misses = json.loads(errors.read_text(encoding="utf-8"))
    assert all({"id", "problem", "gold", "predicted"} <= set(m) for m in misses)
