"""PLOVER event ontology and the CAMEO crosswalk.

The facts live in two bundled tables written from the PLOVER manual and the
CAMEO-to-PLOVER crosswalk:

* ``data/plover.tsv``: type, mode, conflict-cooperation score, quad class, description
* ``data/cameo.tsv``: CAMEO code, PLOVER type, mode, context(s), CAMEO name

Both are read once per process.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE",  # verbal cooperation
    "COOPERATE", "AID", "RETREAT",  # material cooperation
    "REQUEST", "ACCUSE", "REJECT", "THREATEN",  # verbal conflict
    "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",  # material conflict
)

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}

# Sector codes of the PLOVER manual ("Sector Codes" table). Note that in PLOVER
# MED is health and JRN is media/journalists (the manual swapped CAMEO's MED).
SECTORS: dict[str, str] = {
    "COP": "Police forces, officers, criminal investigative units, protective agencies",
    "GOV": "Government: the executive, governing parties, coalition partners, executive divisions",
    "JUD": "Judiciary: judges, courts",
    "LEG": "Legislature: parliaments, assemblies, lawmakers",
    "MIL": "Military: troops, soldiers, all state-military personnel and equipment",
    "PRM": "Paramilitary organizations not in opposition to government",
    "PTY": "Political parties",
    "REB": "Rebels: armed opposition groups or individuals (insurgents, separatists)",
    "SPY": "State intelligence services, intelligence operatives or assets",
    "UAF": "Unidentified armed forces ('unknown gunmen')",
    "UNK": "Generic unidentified actors",
    "AGR": "Agricultural labour, peasants",
    "BUS": "Business: individuals, companies and enterprises, not MNCs",
    "CRM": "Individual criminals and criminal gangs",
    "CVL": "Civilians, protesters, activists and other unarmed, unaffiliated domestic entities",
    "EDU": "Educators, schools, students, education organizations",
    "ELI": "Former government officials, exiled or ousted officials, their families",
    "JRN": "Journalists, newspapers, radio, television, web sites",
    "LAB": "Organized labour in services or manufacturing",
    "MED": "Individuals and organizations dealing with health",
    "REF": "Refugees and internally displaced persons",
    "OPP": "Political opposition: opposition parties, individuals, anti-government activists",
    "PRE": "Partially recognized entities: breakaway regions, disputed territories",
    "REL": "Religious organizations and institutions",
    "SOC": "Civil society organizations not covered above",
    # The manual's international non-state entities ("International Non-state actor
    # names"); PLOVER puts them in the country field, we use them as the sector of
    # an actor whose `org` is such a body.
    "IGO": "International governmental organization",
    "UNO": "United Nations",
    "EUR": "European Union",
    "NGO": "Non-governmental organization",
    "ISM": "International social movement",
    "IMG": "Transnational militarized group",
    "MNC": "Multi-national corporation",
}

# The most representative CAMEO code for a type or a (type, mode) when the
# crosswalk alone would pick a less natural code (e.g. the crosswalk files
# "Accuse" 112 under `disapprove`, and has no code for several manual modes).
_PREFERRED_CAMEO: dict[tuple[str, str | None], str] = {
    ("AGREE", None): "030",
    ("CONSULT", None): "040",
    ("CONSULT", "multilateral"): "040",
    ("SUPPORT", None): "051",
    ("CONCEDE", None): "080",
    ("COOPERATE", None): "060",
    ("AID", None): "070",
    ("RETREAT", None): "084",
    ("RETREAT", "withdraw"): "0874",
    ("RETREAT", "disarm"): "087",
    ("RETREAT", "resign"): "0831",
    ("REQUEST", None): "100",
    ("ACCUSE", None): "112",
    ("ACCUSE", "disapprove"): "111",
    ("ACCUSE", "allege"): "112",
    ("REJECT", None): "120",
    ("THREATEN", None): "130",
    ("THREATEN", "violence"): "138",
    ("THREATEN", "arrest"): "132",
    ("PROTEST", None): "140",
    ("PROTEST", "strike"): "143",
    ("PROTEST", "vandalize"): "140",
    ("SANCTION", None): "160",
    ("SANCTION", "withdraw"): "161",
    ("SANCTION", "discontinue"): "160",
    ("SANCTION", "convict"): "116",
    ("MOBILIZE", None): "150",
    ("MOBILIZE", "weapons"): "152",
    ("MOBILIZE", "militia"): "154",
    ("COERCE", None): "170",
    ("COERCE", "censor"): "1721",
    ("COERCE", "restrict"): "172",
    ("ASSAULT", None): "190",
    ("ASSAULT", "targeted"): "186",
    ("ASSAULT", "destroy"): "1712",
    ("ASSAULT", "primitive"): "1823",
    ("ASSAULT", "suicide-attack"): "1831",
    ("ASSAULT", "explosives"): "183",
    ("ASSAULT", "aerial"): "195",
    ("ASSAULT", "drone"): "195",
    ("ASSAULT", "crowd-control"): "175",
    ("ASSAULT", "beat"): "182",
    ("ASSAULT", "sexual"): "1821",
    ("ASSAULT", "torture"): "1822",
}


@dataclass(frozen=True)
class CameoCode:
    code: str
    type: str
    mode: str | None
    contexts: tuple[str, ...]
    name: str


def _read_tsv(name: str) -> list[dict[str, str]]:
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@functools.lru_cache(maxsize=1)
def _plover() -> tuple[dict[tuple[str, str | None], float], dict[str, int], dict[str, list[str]]]:
    scores: dict[tuple[str, str | None], float] = {}
    quads: dict[str, int] = {}
    type_modes: dict[str, list[str]] = {t: [] for t in EVENT_TYPES}
    for row in _read_tsv("plover.tsv"):
        event_type, mode = row["type"], row["mode"] or None
        scores[(event_type, mode)] = float(row["score"])
        quads[event_type] = int(row["quad"])
        if mode:
            type_modes[event_type].append(mode)
    return scores, quads, type_modes


@functools.lru_cache(maxsize=1)
def _cameo() -> dict[str, CameoCode]:
    table = {}
    for row in _read_tsv("cameo.tsv"):
        contexts = tuple(c for c in row["context"].split(";") if c)
        table[row["cameo"]] = CameoCode(row["cameo"], row["plover_type"], row["mode"] or None, contexts, row["name"])
    return table


def _check_type(event_type: str) -> str:
    event_type = event_type.upper()
    if event_type not in EVENT_TYPES:
        raise ValueError(f"unknown PLOVER event type {event_type!r}; expected one of {', '.join(EVENT_TYPES)}")
    return event_type


def modes(event_type: str) -> list[str]:
    """The modes the manual lists for a type (empty for types without modes)."""
    return list(_plover()[2][_check_type(event_type)])


def intensity(event_type: str, mode: str | None = None) -> float:
    """PLOVER conflict-cooperation score (-10..+10); a mode without its own
    score (or an unknown mode) takes the score of its type."""
    event_type = _check_type(event_type)
    scores = _plover()[0]
    return scores.get((event_type, mode), scores[(event_type, None)])


def quad_class(event_type: str) -> int:
    """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
    return _plover()[1][_check_type(event_type)]


def cameo_info(code: str) -> tuple[str, str | None, tuple[str, ...], str]:
    """(PLOVER type, mode, contexts, CAMEO name) for a CAMEO code; KeyError if unknown."""
    entry = _cameo()[code]
    return entry.type, entry.mode, entry.contexts, entry.name


def cameo_for(event_type: str, mode: str | None = None, context: str | None = None) -> str:
    """The most representative CAMEO code for a PLOVER type / mode / context.

    With a context, the most general code of that type (and mode, if the
    crosswalk has it) carrying the context wins, e.g. SANCTION + discontinue +
    military -> 1622; otherwise the preferred code of the (type, mode), else
    of the type."""
    event_type = _check_type(event_type)
    codes = [c for c in _cameo().values() if c.type == event_type]
    with_mode = [c for c in codes if c.mode == mode] if mode else []
    if context:
        pool = with_mode or codes
        matching = [c for c in pool if context in c.contexts]
        if matching:
            return min(matching, key=lambda c: (len(c.code), c.code)).code
    preferred = _PREFERRED_CAMEO.get((event_type, mode))
    if preferred:
        return preferred
    if with_mode:
        return min(with_mode, key=lambda c: (len(c.code), c.code)).code
    return _PREFERRED_CAMEO[(event_type, None)]
