import pytest

from newsevents import ontology
from newsevents.ontology import EVENT_TYPES, SECTORS, cameo_for, cameo_info, intensity, modes, quad_class


def test_sixteen_types_with_quads_in_manual_order():
    assert len(EVENT_TYPES) == 16
    assert [quad_class(t) for t in EVENT_TYPES] == [1] * 4 + [2] * 3 + [3] * 4 + [4] * 5


def test_scores_from_manual_table():
    assert intensity("AID") == 10
    assert intensity("CONSULT", "visit") == 4
    assert intensity("SANCTION", "expel") == -5.5
    assert intensity("ASSAULT", "unconventional") == -10
    # a mode without a score of its own falls back to its type
    assert intensity("PROTEST", "vandalize") == intensity("PROTEST") == -5
    assert intensity("sanction", "no-such-mode") == -6
    # ACCUSE is verbal conflict: its score must be negative (manual prints +3, a sign typo)
    assert intensity("ACCUSE") < 0


def test_modes_listed_per_type():
    assert modes("SANCTION") == ["convict", "expel", "withdraw", "discontinue"]
    assert "ceasefire" in modes("RETREAT")
    assert modes("AGREE") == []
    with pytest.raises(ValueError, match="FREEZE"):
        modes("FREEZE")


def test_cameo_crosswalk_facts():
    assert cameo_info("1622") == ("SANCTION", "discontinue", ("military",), "Reduce or stop military assistance")
    assert cameo_info("1121")[2] == ("crime", "corruption")
    assert cameo_info("163")[0] == "COERCE"  # embargo/sanctions map to COERCE in the crosswalk
    with pytest.raises(KeyError):
        cameo_info("999")


def test_representative_cameo_codes():
    assert cameo_for("ACCUSE") == "112"
    assert cameo_for("REJECT").startswith("12")
    assert cameo_for("REJECT", "assist", "military") == "1212"
    # Russia freezing military cooperation with NATO
    assert cameo_for("SANCTION", "discontinue", "military") == "1622"
    assert cameo_for("SANCTION", "withdraw", "military").startswith("16")
    assert cameo_for("CONSULT", "phone") == "041"
    assert cameo_for("ASSAULT", "aerial") == "195"
    for event_type in EVENT_TYPES:
        assert cameo_info(cameo_for(event_type))[0] in EVENT_TYPES
        for mode in modes(event_type):
            assert cameo_for(event_type, mode) in ontology._cameo()


def test_sector_codes_follow_manual():
    for code in ("GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "LEG", "JRN", "BUS", "CVL", "REF", "IGO", "NGO"):
        assert code in SECTORS
    assert "health" in SECTORS["MED"]
