"""The event-coding dev gold set: references resolve, codes are valid, coverage holds."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pycountry
import pytest

from newsevents.goldset import (
    MODALITIES,
    MODES_BY_TYPE,
    ORGANISATION_CODES,
    PLOVER_TYPES,
    SECTORS,
    GoldReferenceError,
    load_refs,
    main,
    materialize_events_gold,
)

REFS = Path(__file__).resolve().parent / "data" / "events_dev_refs.jsonl"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ISO3 = {country.alpha_3 for country in pycountry.countries}


@pytest.fixture(scope="module")
def gold():
    if not (SHARED / "corpora" / "voa" / "voa_stories.jsonl").exists():
        pytest.skip("../shared is absent")
    return materialize_events_gold(REFS, SHARED)


def _actor_lists(record):
    yield record["source"]
    yield record["target"]
    for extra in record["also"]:
        yield extra["source"]
        yield extra["target"]


def test_size_and_all_sixteen_types(gold):
    assert len(gold) >= 300
    types = Counter(r["event"] for r in gold)
    for plover_type in PLOVER_TYPES:
        assert types[plover_type] >= 5, (plover_type, types[plover_type])
    share_null = types[None] / len(gold)
    assert 0.2 <= share_null <= 0.45, share_null


def test_spread_over_many_stories(gold):
    docs = {r["doc"] for r in gold}
    assert sum(d.startswith("voa:") for d in docs) >= 60
    assert {d for d in docs if d.startswith("seed:")} == {
        "seed:000_1ab95ee2ebccea92", "seed:003_b57864788e0fd634", "seed:004_0883d7ff5855b4ca"}


def test_codes_sectors_modes_and_modalities_are_valid(gold):
    for record in gold:
        events = [record, *record["also"]]
        if record["event"] is None:
            assert record["source"] == record["target"] == record["also"] == [], record["id"]
            continue
        for ev in events:
            assert ev["event"] in PLOVER_TYPES, record["id"]
            assert ev["modality"] in MODALITIES, record["id"]
            assert ev["mode"] is None or ev["mode"] in MODES_BY_TYPE.get(ev["event"], ()), (record["id"], ev)
            assert ev["source"], f"{record['id']}: an event needs an actor"
        for actors in _actor_lists(record):
            for actor in actors:
                assert actor["code"] in ISO3 or actor["code"] in ORGANISATION_CODES, (record["id"], actor)
                assert actor["sector"] in SECTORS, (record["id"], actor)


def test_every_sha1_matches_and_text_is_one_sentence(gold):
    # materialize_events_gold already verified each sha1; the texts it returns
    # must be short, stripped sentences, not whole paragraphs.
    for record in gold:
        assert record["text"] == record["text"].strip()
        assert 3 <= len(record["text"]) <= 700, record["id"]
    assert all(r["published"] for r in gold)


def _finder(records):
    """find(fragment): the one record whose text contains the fragment."""
    def find(fragment):
        hits = [r for r in records if fragment in r["text"]]
        assert len(hits) == 1, fragment
        return hits[0]
    return find


def test_seed_acceptance_examples(gold):
    find = _finder(gold)

    def codes(actors):
        return sorted(a["code"] for a in actors)

    froze = find("Russia has frozen its relations with NATO")
    assert (froze["event"], codes(froze["source"]), codes(froze["target"])) == ("SANCTION", ["RUS"], ["NATO"])
    informed = find("Russia has informed Norway that it plans to suspend")
    assert informed["event"] == "SANCTION" and codes(informed["target"]) == ["NATO"]
    bias = find("Lavrov accused the alliance")
    assert (bias["event"], codes(bias["source"]), codes(bias["target"])) == ("ACCUSE", ["RUS"], ["NATO"])
    blocked = find("Canada has blocked the adoption")
    assert blocked["event"] == "REJECT" and codes(blocked["source"]) == ["CAN"]
    title = find("Russian envoy accuses Canada")
    assert (title["event"], codes(title["source"]), codes(title["target"])) == ("ACCUSE", ["RUS"], ["CAN"])
    june = find("Russia and NATO agreed to renew cooperation")
    assert june["event"] == "AGREE" and codes(june["source"]) == ["NATO", "RUS"]
    assert find("A Kremlin official declined to comment")["event"] is None
    assert find("Join the GlobalSecurity.org mailing list")["event"] is None
    assert find("DONATE HERE")["event"] is None
    assert froze["published"] == "2008-08-21" and blocked["published"] == "2009-12-01"


def test_modalities_are_used(gold):
    modalities = Counter(r["modality"] for r in gold if r["event"])
    assert modalities["negated"] >= 3 and modalities["intended"] >= 3


def test_tampered_reference_is_named_in_the_error(tmp_path):
    if not SHARED.exists():
        pytest.skip("../shared is absent")
    refs = load_refs(REFS)
    refs[5]["end"] -= 1
    bad = tmp_path / "refs.jsonl"
    bad.write_text("\n".join(json.dumps(r) for r in refs) + "\n", encoding="utf-8")
    with pytest.raises(GoldReferenceError, match=r"ref #6 .*sha1 mismatch"):
        materialize_events_gold(bad, SHARED)


def test_cli_writes_the_eval_format(tmp_path):
    if not SHARED.exists():
        pytest.skip("../shared is absent")
    out = tmp_path / "gold.jsonl"
    assert main([str(REFS), str(SHARED), str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(load_refs(REFS))
    assert {"text", "event", "source", "target", "modality", "published"} <= rows[0].keys()
    assert main([str(REFS)]) == 2


# --- the fresh, blind gold set (tests/data/events_fresh_refs.jsonl) ---------

FRESH_REFS = Path(__file__).resolve().parent / "data" / "events_fresh_refs.jsonl"


@pytest.fixture(scope="module")
def fresh():
    if not (SHARED / "corpora" / "polnear" / "dev" / "text").exists():
        pytest.skip("../shared (with PolNeAR) is absent")
    return materialize_events_gold(FRESH_REFS, SHARED)


def test_fresh_set_materialises_with_size_null_share_and_polnear(fresh):
    assert len(fresh) >= 300
    assert sum(r["event"] is None for r in fresh) / len(fresh) >= 0.25
    polnear = [r for r in fresh if r["doc"].startswith("polnear:")]
    assert len(polnear) >= 80
    assert all(r["published"] and len(r["published"]) >= 10 for r in fresh)
    assert {r["published"] for r in polnear} <= {f"2016-{m:02d}-{d:02d}" for m in range(1, 13) for d in range(1, 32)}


def test_fresh_records_are_valid(fresh):
    # same checks as the dev set, reusing its validator
    test_codes_sectors_modes_and_modalities_are_valid(fresh)
    test_every_sha1_matches_and_text_is_one_sentence(fresh)


def test_fresh_set_is_disjoint_from_the_dev_set():
    spans = {(r["doc"], r["start"], r["end"]) for r in load_refs(REFS)}
    fresh_refs = load_refs(FRESH_REFS)
    for ref in fresh_refs:
        assert not any(doc == ref["doc"] and s < ref["end"] and ref["start"] < e for doc, s, e in spans), ref
    assert len({(r["doc"], r["start"]) for r in fresh_refs}) == len(fresh_refs)


def test_fresh_set_examples(fresh):
    find = _finder(fresh)

    def triple(record):
        return (record["event"], sorted(a["code"] for a in record["source"]),
                sorted(a["code"] for a in record["target"]))

    assert triple(find("Flight attendants' union endorses Clinton")) == ("SUPPORT", ["USA"], ["USA"])
    avoids = find("Trump avoids condemning Russia")
    assert triple(avoids) == ("ACCUSE", ["USA"], ["RUS"]) and avoids["modality"] == "negated"
    assert triple(find("the Security Council imposed sweeping new sanctions")) == ("SANCTION", ["UN"], ["PRK"])
    assert find("VOA White House correspondent Anita Powell contributed")["event"] is None
    assert find("Trump avoids condemning")["published"] == "2016-09-10"
