"""PLOVER event coding from the dependency parse.

For every sentence the coder finds trigger words from the lexicon
(``data/verbs.tsv``: verb and noun lemmas with the complements that make them
an event, e.g. "freeze" + cooperation/ties -> SANCTION discontinue), then
reads the actors off the parse:

* verbs: the subject (the ``agent`` of a passive) is the actor; the recipient
  comes from the frame's slots (direct object, "with"/"against"/"on" ...);
* nouns: a possessive or a modifying actor ("Russian airstrikes", "NATO's
  criticism"), "by X", or the subject of a light verb ("imposed sanctions on
  X", "held talks with Y");
* governing words (``data/event_wrappers.tsv``) climb from the event to the
  clause that carries its actor and change what the event is, as the PLOVER
  manual says: "plans to suspend" (intended), "threatened to" (THREATEN),
  "refused to" (REJECT), "urged X to" (REQUEST), "denied that" (negated),
  "agreed to meet" (AGREE); reporting verbs ("said", "told") are no event:
  the reported act is coded with its own actors and the speaker goes to
  ``reported_by``.

Actors come from :class:`newsevents.actors.DocActors` (names, roles,
pronoun coreference); an event needs an actor with a state or organisation
code. One event per trigger; per sentence the most salient one (the clause
nearest the root) first, then the other trigger events with actors of their
own (see ``_select``).
"""

from __future__ import annotations

import csv
import functools
import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from newsevents import geo, ontology
from newsevents.contexts import event_contexts
from newsevents.conditionals import with_conditionals
from newsevents.judgements import judged_subjects, with_judgements
from newsevents.syntax import children as _children, lemma as _lemma
from newsevents.models import ActorRef, Article, Event, Location
from newsevents.timeref import resolve_event_date

DATA_DIR = Path(__file__).resolve().parent / "data"

# Verbs whose object noun names the event and whose subject is its actor
# ("imposed sanctions", "launched airstrikes", "held talks").
LIGHT_VERBS = frozenset("""
impose launch carry conduct hold stage mount begin start continue resume make issue give provide deliver
announce level lodge file express voice step intensify escalate take unleash wage extend approve slap declare
enforce introduce open initiate pursue execute perform commit go have plan order authorize authorise expand
reimpose tighten add receive join lead organize organise orchestrate claim levy affirm reaffirm attend
reiterate keep maintain place relaunch relaunche renew restart lay
""".split())
# Who is sent: "peacekeepers of the U.N. were deployed" are sent by the U.N.
DEPLOYED_WORDS = frozenset({"peacekeeper", "contingent", "unit", "battalion", "brigade", "mission", "warship",
                            "ship", "jet", "aircraft", "personnel", "team", "advisor", "adviser"})
# "the group", "the outfit": an organisation named before.
GROUP_WORDS = frozenset({"group", "outfit", "militia", "organization", "organisation", "movement"})
# A state's people at an international body ("Iran's U.N. mission").
ENVOY_WORDS = frozenset({"mission", "ambassador", "envoy", "delegation", "representative", "delegate",
                         "permanent representative"})
# "the government led by X", "forces commanded by Y": the body acts as its leader's.
LEADING_VERBS = frozenset({"lead", "head", "chair", "command", "run"})
# Verbs of deciding on an act: their subject is the act's actor ("adopted sanctions on Russia").
ADOPTING_VERBS = frozenset({"adopt", "pass", "endorse", "back", "draft", "unveil", "finalize", "finalise",
                            "approve", "agree", "vote", "decide", "debate", "consider", "weigh", "propose"})
# "a series of airstrikes", "13 rounds of missile tests": the verb governs the event through these.
QUANTITY_NOUNS = frozenset({"series", "wave", "round", "spate", "string", "number", "set", "couple", "dozen", "hundred",
                            "barrage", "volley", "flurry", "campaign", "package", "raft", "slew", "host"})
# "some of", "part of", "the rest of": the verb's object is the noun after "of".
PART_WORDS = QUANTITY_NOUNS | frozenset({"part", "rest", "half", "most", "majority", "portion", "all", "some", "many",
                                         "much", "several", "few", "none", "each", "any", "bulk", "remainder"})
CURRENCY_WORDS = frozenset({"dollar", "euro", "pound", "yuan", "yen", "rupee", "ruble", "rouble", "franc", "shilling",
                            "naira", "rand", "dinar", "riyal", "lira", "peso", "won"})
# Unnamed armed actors: PLOVER codes them by the country where they act (guidelines: "gunmen" -> country + UAF).
UNNAMED_ARMED = {"gunman": "UAF", "gunmen": "UAF", "attacker": "UAF", "assailant": "UAF", "militant": "UAF",
                 "bandit": "UAF", "kidnapper": "UAF", "jihadist": "UAF", "extremist": "UAF", "terrorist": "UAF",
                 "bomber": "UAF", "insurgent": "REB", "rebel": "REB", "separatist": "REB"}
# Unnamed opponents a state's forces or officials may act on at home ("attacked the rebels", "accused the
# opposition"), with their sector.
OWN_OPPONENTS = {**{k: v for k, v in UNNAMED_ARMED.items() if v == "REB"}, "militant": "UAF", "opposition": "OPP"}
# Forces of an unnamed state act where they are ("security forces in Somalia").
UNNAMED_STATE = {"police": "COP", "policeman": "COP", "officer": "COP", "troop": "MIL", "soldier": "MIL",
                 "army": "MIL", "military": "MIL", "force": "MIL", "authority": "GOV", "government": "GOV",
                 "junta": "GOV", "official": "GOV", "prosecutor": "JUD", "court": "JUD"}
# Unnamed crowds that protest: PLOVER codes them by the country where they act, with the sector of the
# people named (manual, sectors: CVL "civilians, protesters, activists"; EDU, LAB, MED, AGR, BUS, JRN).
CROWD_SECTORS = {"protester": "CVL", "demonstrator": "CVL", "people": "CVL", "thousand": "CVL", "hundred": "CVL",
                 "dozen": "CVL", "score": "CVL", "crowd": "CVL", "resident": "CVL", "citizen": "CVL",
                 "villager": "CVL", "rioter": "CVL", "activist": "CVL", "supporter": "CVL", "woman": "CVL",
                 "youth": "CVL", "student": "EDU", "teacher": "EDU", "worker": "LAB", "employee": "LAB",
                 "union": "LAB", "driver": "LAB", "miner": "LAB", "doctor": "MED", "nurse": "MED", "farmer": "AGR",
                 "trader": "BUS", "seller": "BUS", "vendor": "BUS", "merchant": "BUS", "shopkeeper": "BUS",
                 "journalist": "JRN", "reporter": "JRN"}
# Acts whose actor may go unsaid ("was arrested", "was charged", "was killed in an airstrike"), and the
# sector of the actor they imply.
IMPLIED_AGENT_SECTOR = {"COERCE": "COP", "ACCUSE": "JUD", "SANCTION": "JUD", "ASSAULT": None, "RETREAT": None,
                        "AID": None}
# Nominal events whose "from X" names the actor ("criticism from rights groups", "aid from Japan").
FROM_SOURCE_TYPES = frozenset({"AID", "ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "PROTEST"})
# Light verbs whose subject is the recipient of the noun's event ("received aid").
RECEIVING_VERBS = frozenset({"receive", "face", "suffer", "undergo", "get"})
# Modifiers of a noun event that say it has not happened yet.
FUTURE_MODIFIERS = frozenset({"upcoming", "planned", "proposed", "future", "next", "forthcoming", "possible",
                              "potential", "expected", "scheduled", "new"})
# Complements of "decline/refuse to ..." that make it no political act ("declined to comment").
NO_COMMENT = frozenset({"comment", "elaborate", "say", "speak", "confirm", "disclose", "identify", "name", "provide",
                        "give", "answer", "respond", "reveal", "specify", "discuss", "detail", "share", "release"})
# Sectors through which a state (rather than its people) acts.
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "IGO", "UNO", "EUR"})
# Prepositions that may name the one acted on when the frame's own slots name no one.
RECIPIENT_PREPS = frozenset({"against", "on", "with", "to", "at", "from", "over", "toward", "towards"})
# Sectors of the unnamed actors that act where they are ("police", "a court", "protesters", "opposition parties").
HOME_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "PTY", "CVL", "EDU", "LAB"})
# Acts that, said without their actor ("troops were deployed", "hostages were rescued", "he was released on
# bail"), are the state's where they happen, and the sector acting.
STATE_ACT_SECTOR = {"MOBILIZE": "MIL", "AID": "GOV", "RETREAT": "GOV"}
DEFINITE = frozenset({"the", "these", "those", "this", "that"})
# Participles and adjectives that tie people to the group they act for ("fighters loyal to X").
MEMBERSHIP_WORDS = frozenset({"belong", "link", "affiliate", "ally", "allied", "loyal", "tie", "connect",
                              "associate", "aligned", "align", "attach"})
# How many sentences back a definite noun phrase ("the diplomats") may find what it names.
_ANTECEDENT_SENTENCES = 3
FIRST_PERSON = frozenset({"i", "we", "me", "us", "our", "my", "ours"})
THIRD_PERSON_GROUP = frozenset({"it", "its", "they", "them", "their"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
ARMED_UNITS = frozenset({"soldier", "troop", "force", "army", "military", "militia", "fighter", "unit", "police",
                         "commando", "peacekeeper", "battalion", "brigade", "contingent", "personnel", "jet",
                         "aircraft", "warplane", "drone", "helicopter", "artillery", "tank"})
# Verbs of opinion whose "if" clause conditions the opinion's content ("If X, I think Y will ...").
OPINION_VERBS = frozenset({"think", "believe", "expect", "guess", "suppose", "assume", "reckon"})
PLACES_OF_DETENTION = frozenset({"prison", "jail"})
ORDERING_VERBS = frozenset({"instruct", "order", "direct", "tell", "warn"})
PUBLISHING_ACTS = frozenset({"print", "publish", "broadcast", "air", "report", "post", "cover", "distribute",
                             "screen", "show", "film", "write"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "would", "wo", "'d"})
# Aims that make an announced coercive act a threat: it is meant to make the other side do or stop
# something ("will reimpose sanctions to prevent Iran from ...", "would mobilize protests to push the
# president out of office"), not a plan reported for its own sake ("plans to suspend ties": intended).
COMPELLING_AIMS = frozenset({"prevent", "stop", "deter", "force", "compel", "push", "pressure", "pressurize",
                             "punish", "oust", "topple", "remove", "coerce", "halt", "dissuade", "discourage"})
CONFLICT_MATERIAL = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE"})
COOPERATIVE_ACTS = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
# Acts that are political whoever does them: reported without an actor, they stand with an uncoded one
# (attacks, arrests, sanctions, protests, withdrawals, deployments, rescues, talks).
UNNAMED_ACTOR_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION", "PROTEST", "RETREAT", "MOBILIZE", "AID", "ACCUSE", "THREATEN"})
# Noun events whose possessor is the one acted upon ("Navalny's arrest").
PATIENT_POSSESSOR_MODES = frozenset({"arrest", "deport", "release", "abduct", "targeted", "convict", "expel"})
# ASSAULT modes from the instruments named with the act (manual, ASSAULT modes table).
INSTRUMENT_MODES: list[tuple[frozenset[str], str]] = [
    (frozenset({"suicide"}), "suicide-attack"),
    (frozenset({"drone", "uav"}), "drone"),
    (frozenset({"airstrike", "warplane", "aircraft", "jet", "helicopter", "bomber", "air", "aerial"}), "aerial"),
    (frozenset({"artillery", "rocket", "missile", "mortar", "tank", "shell", "shelling"}), "heavy-weapons"),
    (frozenset({"bomb", "explosive", "ied", "grenade", "mine", "blast", "explosion", "bombing"}), "explosives"),
    (frozenset({"gun", "gunman", "gunmen", "rifle", "gunfire", "shoot", "shot", "firearm", "bullet", "pistol"}),
     "firearms"),
    (frozenset({"knife", "machete", "stone", "rock", "arson", "torch", "stab"}), "primitive"),
    (frozenset({"tear", "cannon", "rubber"}), "crowd-control"),
    (frozenset({"chemical", "nuclear", "biological", "sarin", "chlorine"}), "unconventional"),
    (frozenset({"assassinate", "assassination", "execute", "execution"}), "targeted"),
]
# "accused X of bias": a complaint about conduct, not an allegation of a wrong (guidelines, ACCUSE modes).
DISAPPROVAL_WORDS = frozenset({"bias", "hypocrisy", "arrogance", "hostility", "intransigence", "unfairness",
                               "incompetence", "double", "standard", "russophobia", "rhetoric", "meddling"})
CONTEXT_WORDS = {"military": "military", "defense": "military", "defence": "military", "army": "military",
                 "trade": "economic", "economic": "economic", "tariff": "economic", "export": "economic",
                 "import": "economic", "humanitarian": "humanitarian", "intelligence": "intelligence"}


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class Frame:
    lemma: str
    pos: str  # V | N
    type: str
    mode: str | None
    obj: frozenset[str] | None
    not_obj: frozenset[str]
    prep: frozenset[str]
    not_prep: frozenset[str]
    prt: frozenset[str]
    noobj: bool
    swap: bool
    oprd: bool
    light: bool
    target: tuple[str, ...]
    context: str | None
    irrealis: bool = False  # only as a possibility (modal or infinitive): "could retaliate", "vowed to retaliate"
    subj: frozenset[str] = frozenset()  # the subject (or the "of" noun of "hundreds of students") must be one of these


_OBLIGATION_FRAME = Frame("must", "V", "REQUEST", None, None, frozenset(), frozenset(), frozenset(), frozenset(),
                          False, False, False, False, (), None)
# "the journalist is not allowed to leave the country": a permission withheld from someone is a restriction
# on them (manual, COERCE restrict), whatever they may not do
_WITHHELD_PERMISSION_FRAME = Frame("allow", "V", "COERCE", "restrict", None, frozenset(), frozenset(), frozenset(),
                                   frozenset(), False, False, False, False, (), None)
PERMISSION_VERBS = frozenset({"allow", "permit"})
MODAL_AUX = FUTURE_AUX | frozenset({"could", "might", "may", "can", "ca"})


def _read_tsv(name: str) -> list[dict[str, str]]:
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _words(value: str) -> frozenset[str]:
    return frozenset(w for w in value.split("|") if w)


@functools.lru_cache(maxsize=1)
def load_lexicon() -> dict[tuple[str, str], list[Frame]]:
    """(lemma, V|N) -> frames in file order (first matching frame wins)."""
    lexicon: dict[tuple[str, str], list[Frame]] = {}
    for n, row in enumerate(_read_tsv("verbs.tsv"), 2):
        event_type = row["type"].strip()
        if event_type not in ontology.EVENT_TYPES:
            raise ValueError(f"verbs.tsv row {n}: unknown type {event_type!r}")
        mode = row["mode"].strip() or None
        if mode and mode not in ontology.modes(event_type):
            raise ValueError(f"verbs.tsv row {n}: {event_type} has no mode {mode!r}")
        needs = {"obj": None, "!obj": frozenset(), "prep": frozenset(), "!prep": frozenset(), "prt": frozenset(),
                 "subj": frozenset()}
        flags = set()
        for part in (p.strip() for p in (row["needs"] or "").split(";")):
            if not part:
                continue
            key, eq, value = part.partition("=")
            if eq:
                needs[key] = _words(value)
            else:
                flags.add(key)
        frame = Frame(row["lemma"].strip(), row["pos"].strip(), event_type, mode, needs["obj"], needs["!obj"],
                      needs["prep"], needs["!prep"], needs["prt"], "noobj" in flags, "swap" in flags,
                      "oprd" in flags, "light" in flags,
                      tuple(t for t in (row["target"] or "").split(",") if t), (row.get("context") or "").strip() or None,
                      "irrealis" in flags, needs["subj"])
        lexicon.setdefault((frame.lemma, frame.pos), []).append(frame)
    return lexicon


@functools.lru_cache(maxsize=1)
def load_wrappers() -> dict[tuple[str, str], str]:
    """(lemma, V|A|N) -> wrapper class (report, intend, begin, threaten, promise, refuse, deny, request, fail)."""
    return {(row["lemma"], row["pos"]): row["class"] for row in _read_tsv("event_wrappers.tsv")}


# --------------------------------------------------------------------------- recipients

# People named by what they are, who are acted on rather than act ("rescued 190 passengers", "barred girls from
# school"), and the sector they are coded with (manual, sectors; CVL for everyone unmarked).
PEOPLE_SECTORS = {**CROWD_SECTORS, "civilian": "CVL", "passenger": "CVL", "hostage": "CVL", "girl": "CVL",
                  "boy": "CVL", "child": "CVL", "man": "CVL", "family": "CVL", "pilgrim": "CVL",
                  "refugee": "REF", "migrant": "REF", "asylum-seeker": "REF", "prisoner": "CVL", "detainee": "CVL",
                  "inmate": "CVL", "victim": "CVL", "worshipper": "REL", "tourist": "CVL", "personnel": "MIL",
                  "policeman": "COP", "officer": "COP", "soldier": "MIL", "troop": "MIL", "guard": "MIL",
                  "official": "GOV", "lawmaker": "LEG", "politician": "GOV", "candidate": "PTY", "blogger": "JRN",
                  "writer": "JRN", "publisher": "JRN", "newspaper": "JRN", "outlet": "JRN", "dissident": "OPP",
                  "critic": "OPP", "opponent": "OPP", "priest": "REL", "cleric": "REL", "monk": "REL",
                  "pastor": "REL", "imam": "REL", "rabbi": "REL", "bishop": "REL", "nun": "REL", "missionary": "REL",
                  "patient": "MED", "businessman": "BUS", "businessperson": "BUS", "owner": "BUS",
                  "shopowner": "BUS", "retailer": "BUS", "exporter": "BUS", "importer": "BUS"}
# Prepositions that put something in a place ("villages in C.A.R.", "near the border").
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "along", "throughout",
                            "within", "between", "off", "into", "beyond"})
# Nouns of messages and findings, whose "about"-phrase names whom they concern ("the IAEA report about Iran").
MESSAGE_NOUNS = frozenset({"report", "statement", "remark", "comment", "claim", "finding", "assessment", "allegation",
                           "account", "article", "study", "letter", "resolution", "declaration", "testimony"})
# A state's own laws and rules, and the acts that back, refuse or ease them (see _policy_owner).
POLICY_NOUNS = frozenset({"law", "bill", "budget", "act", "restriction", "rule", "regulation", "ban", "curfew",
                          "lockdown", "policy", "decree", "ordinance", "reform", "constitution", "amendment", "tax",
                          "selection", "nomination", "appointment", "legislation", "mandate", "requirement"})
POLICY_ACTS = frozenset({"CONCEDE", "REJECT", "SUPPORT", "ACCUSE", "REQUEST"})
# Verbs of state that take a passive participle ("stand accused", "remain detained", "got arrested").
STATE_VERBS = frozenset({"stand", "remain", "stay", "be", "get", "become", "lie", "sit"})
# Nouns of a message notifying someone of an act ("received formal notification that ...").
NOTICE_NOUNS = frozenset({"notification", "notice", "note", "letter", "word", "message", "communication"})
# Nouns a report uses for a news medium it has named ("the outlet", "the broadcaster").
MEDIA_WORDS = frozenset({"outlet", "broadcaster", "newspaper", "network", "station", "channel", "daily", "paper"})
# Reporting verbs that take no object of their own ("said Ankara imposed ...": Ankara is the clause's subject).
SAYING_VERBS = frozenset({"say", "claim", "add", "state", "allege", "insist", "argue", "assert", "contend"})
# Documents that carry someone's words ("according to a statement from the ministry").
STATEMENT_NOUNS = frozenset({"statement", "communique", "announcement", "release", "letter", "post", "message"})
# Participles that name a thing's owner or user ("vehicles used by the militants", "belonging to the group").
OWNING_VERBS = frozenset({"use", "own", "operate", "control", "run", "hold", "belong", "occupy", "man"})
# Verbs whose subject takes part "in" the act named after them ("were involved in the assault").
PARTICIPATING_VERBS = frozenset({"involve", "participate", "engage", "join", "take", "implicate"})
# Verbs of letting someone act ("allow X to go"): X is the one acted on.
PERMITTING_VERBS = frozenset({"allow", "permit", "let", "authorize", "authorise", "enable"})
# Verbs whose subject meeting gathers its object's people ("the talks brought together ministers from ...").
GATHERING_VERBS = frozenset({"bring", "gather", "assemble", "unite", "convene", "draw"})
# Prepositions after the noun of an act that name the one it hits ("the attack on the base").
VICTIM_PREPS = frozenset({"against", "on", "at", "toward", "towards"})
MESSAGE_TOPIC_PREPS = frozenset({"about", "on", "regarding", "concerning", "over", "into"})
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my"})
# Acts on uncoded people or places that take the country those are in as their recipient.
PLACED_PATIENT_TYPES = frozenset({"ASSAULT", "COERCE", "AID", "RETREAT", "SANCTION", "SUPPORT", "THREATEN", "REQUEST",
                                  "CONCEDE"})
# Nouns for a state's rulers that take up the state named before ("the regime", "the junta").
RULING_NOUNS = frozenset({"regime", "junta", "dictatorship"})
# Definite descriptions of a group named before ("the group", "the militants", "the alliance") and the kinds of
# mention they take up.
DESCRIBED_GROUPS = {"group": frozenset({"group", "armed"}), "organization": frozenset({"group", "igo"}),
                    "organisation": frozenset({"group", "igo"}), "movement": frozenset({"group", "armed"}),
                    "alliance": frozenset({"igo"}), "bloc": frozenset({"igo"}), "union": frozenset({"igo"}),
                    "rebel": frozenset({"armed"}), "militant": frozenset({"armed"}), "insurgent": frozenset({"armed"}),
                    "separatist": frozenset({"armed"}), "jihadist": frozenset({"armed"}),
                    "terrorist": frozenset({"armed"}), "fighter": frozenset({"armed"}),
                    "militia": frozenset({"armed"}), "faction": frozenset({"group", "armed"})}
# What a defendant denies or pleads against ("denied the charges"): the prosecuting state's case.
LEGAL_CHARGES = frozenset({"charge", "accusation", "allegation", "indictment", "conviction", "verdict", "sentence",
                           "count"})
# Participles that tie a thing to its owner or patron ("outlets linked to al-Shabab").
AFFILIATION_VERBS = frozenset({"link", "tie", "affiliate", "connect", "associate", "align", "loyal"})
# Acts of a state's police and courts named as nouns ("condemned his arrest"): the authorities' acts.
JUSTICE_NOUNS = frozenset({"arrest", "detention", "imprisonment", "jailing", "conviction", "sentencing",
                           "prosecution", "trial", "indictment", "deportation", "expulsion", "incarceration",
                           "reimprisonment"})
# What is asked of those who hold someone ("called for his release").
RELEASE_WORDS = frozenset({"release", "freedom", "freeing", "acquittal", "pardon", "amnesty", "exoneration"})
# Nouns of inhabited places ("the city of Kherson").
SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "region", "province", "district", "county", "state", "port",
                         "capital", "area", "island", "municipality", "governorate", "oblast", "neighborhood",
                         "neighbourhood", "suburb", "settlement", "camp"})
# Verbs of putting something to another side, which a joined "but Y refused/rejected" answers.
PROPOSING_VERBS = frozenset({"propose", "offer", "suggest", "ask", "request", "demand", "urge", "call", "invite",
                             "seek", "press", "push", "insist"})
# Acts of force, rescue and release on people: with no one named acting, the people are of the state reported on.
FORCE_ON_PEOPLE = frozenset({"ASSAULT", "AID", "RETREAT", "COERCE", "THREATEN"})
# Acts by which a state asks, helps or restrains people: with no place named, the people are its own.
OWN_PEOPLE_TYPES = frozenset({"REQUEST", "AID", "SUPPORT", "COERCE", "RETREAT", "CONCEDE"})


# --------------------------------------------------------------------------- per-sentence analysis


@dataclass
class _Candidate:
    trigger: object  # spaCy Token
    frame: Frame
    type: str
    mode: str | None
    source: ActorRef | None = None
    target: ActorRef | None = None
    modality: str = "asserted"
    negated: bool = False
    speech_act: str | None = None
    reported_by: ActorRef | None = None
    top: object = None  # highest token of the clause chain that carries the event
    absorbed: set[int] = field(default_factory=set)  # tokens whose own event this one replaces
    future: bool = False
    conditional: bool = False
    unrealised: bool = False  # the condition of another act ("until Moscow withdraws"): no event


def _is_passive(verb) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _compound_lemma(token) -> str | None:
    """"cease-fire" is tokenised cease - fire: the joined lemma."""
    i = token.i
    doc = token.doc
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].whitespace_ == "":
        return (doc[i - 2].lower_ + _lemma(token)).replace("-", "")
    return None


# Verbs whose "in" phrase names how something came out ("ended in a tie", "resulted in a deal")
OUTCOME_VERBS = frozenset({"end", "finish", "conclude", "culminate", "result", "close", "wind"})


def _verb_complements(verb, frame: Frame) -> set[str]:
    """Lemmas that satisfy a verb frame's obj= condition."""
    out = set()
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "prt", "dative", "acomp") \
                or (c.dep_ == "ccomp" and c.pos_ == "ADJ"):  # "holds Moscow/nsubj accountable/ccomp"
            out.add(_lemma(c))
            out.update(_lemma(x) for x in c.children if x.dep_ in ("conj", "compound")
                       or (x.dep_ == "amod" and c.dep_ == "oprd"))
            if c.ent_type_ == "MONEY" and any(t.tag_ == "$" or _lemma(t) in CURRENCY_WORDS for t in c.subtree):
                out.add("money")  # "provided $50 million", "2 billion euros"
            if c.ent_type_ in ("GPE", "LOC") and c.pos_ == "PROPN" and c.dep_ == "dobj":
                out.add("@place")  # "seized Crimea", "took over Goma": a named place taken
            if c.dep_ == "dobj":
                # "designated BLA a terrorist group": the parser makes the second complement an apposition
                out.update(_lemma(x) for a in c.children if a.dep_ == "appos"
                           for x in (a, *a.children) if x.dep_ in ("appos", "amod", "compound"))
            if c.dep_ in ("dobj", "nsubjpass"):
                # "forces of the UN stabilization mission were deployed", "suspended deliveries of weapons"
                out.update(_lemma(x) for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "of"
                           for p in prep.children if p.dep_ == "pobj" for x in (p, *p.children)
                           if x.dep_ in ("pobj", "compound"))
        elif c.dep_ == "prep" and (not frame.prep or c.lower_ in frame.prep):
            if c.lower_ == "in" and _lemma(verb) in OUTCOME_VERBS:
                continue  # "ended in a virtual tie", "talks ended in deadlock": the outcome, not what was ended
            for p in c.children:
                if p.dep_ in ("pobj", "pcomp"):
                    out.add(_lemma(p))
        elif (c.dep_ == "advmod" or (c.dep_ == "prep" and _particle_with_prep(c))) \
                and c.lower_ in ("off", "back", "out", "up", "down", "away"):
            out.add(c.lower_)
            # "ordered him back to prison": the parser hangs the verb's preposition on the particle
            out.update(_lemma(p) for prep in c.children if prep.dep_ == "prep" for p in prep.children
                       if p.dep_ == "pobj")
        elif c.dep_ == "npadvmod" and c.ent_type_ in ("TIME", "DATE"):
            out.add(_lemma(c))  # "gave the government 48 hours/npadvmod to ..."
    for c in verb.children:
        if c.dep_ == "xcomp" and c.tag_ == "VBG":
            # "stopped implementing its commitments": the gerund and its object
            out.add(_lemma(c))
            out.update(_lemma(o) for o in c.children if o.dep_ == "dobj")
        if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX"):
            # "allow agencies/nsubj to go", "ordered the government/nsubj to pay": the small clause's subject
            out.update(_lemma(s) for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))
            if c.dep_ == "ccomp" and _lemma(c) in COPULAS and frame.subj:
                # "the court ruled that closing the camp would be unconstitutional": the clause's predicate
                # (only where the frame also says who must rule: "a law finds that X is guilty" is no verdict)
                out.update(_lemma(a) for a in c.children if a.dep_ in ("acomp", "attr"))
        elif c.dep_ in ("dobj", "nsubjpass") and (c.pos_ in ("PRON", "DET", "NUM") or _lemma(c) in PART_WORDS):
            # "relaxing some/most of its restrictions": the noun counted
            out.update(_lemma(p) for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "of"
                       for p in prep.children if p.dep_ == "pobj")
    for prep in _object_as(verb) if "as" in frame.prep else ():
        out.update(_lemma(p) for p in prep.children if p.dep_ in ("pobj", "amod", "acomp"))
    for prep in [*_object_as(verb), *_children(verb, "prep")] if "as" in frame.prep else ():
        if prep.lower_ == "as":  # "described the relationship as a good one": the judging adjective
            out.update(_lemma(a) for p in prep.children if p.dep_ == "pobj" for a in p.children if a.dep_ == "amod")
    for c in verb.children:  # "one of the highest tariffing nations": the counted noun
        if c.dep_ == "oprd" and c.pos_ == "NUM":
            out.update(_lemma(p) for prep in c.children if prep.dep_ == "prep" for p in prep.children)
    # "cooperation, which was frozen": the noun the relative clause hangs on
    if verb.dep_ == "relcl" and _is_passive(verb):
        out.add(_lemma(verb.head))
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        out.add(_lemma(verb.head))
    return out


def _particle_with_prep(token) -> bool:
    """"out" of "pulled out of", "away" of "walked away from": a particle the
    parser hung the verb's preposition on."""
    return token.lower_ in ("out", "away", "off", "back") and any(c.dep_ == "prep" and _children(c, "pobj")
                                                                   for c in token.children)


def _for_clause(verb):
    """The infinitive clause of "called for X to <verb>" ("pleading with X to
    <verb>"), which the parser hangs on the verb as an adverbial clause marked
    by "for" ("with")."""
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("for", "with") for m in c.children) \
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return c
    return None


def _same_token(a, b) -> bool:
    """spaCy makes a new Token object on every access: compare positions, not identity."""
    return a is not None and b is not None and a.i == b.i


def _object_as(verb) -> list:
    """The "as" phrase the parser hung on the verb's object instead of the verb."""
    return [p for d in verb.children if d.dep_ == "dobj" for p in d.children if p.dep_ == "prep" and p.lower_ == "as"]


def _has_predicative(verb) -> bool:
    """"called the move unacceptable" (an adjective), "called Canada one of
    the highest tariffing nations" / "called the decision a blatant case of
    ..." (a noun after an object: two complements)."""
    comps = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp", "dobj", "attr")]
    if any(c.tag_ in ("WP", "WDT") for c in comps):
        return False  # "what it called a military source": the reporter's naming, no judgement
    if any(c.dep_ in ("oprd", "xcomp", "ccomp") and c.pos_ == "ADJ" for c in comps):
        return True
    if len(comps) >= 2 and any(c.dep_ in ("oprd", "attr") and c.pos_ in ("NOUN", "NUM") for c in comps):
        return True
    # the parser often loses the predicative after a long object ("called the EU move to tax spirits
    # 'deeply disappointing'"): a judgement word after the object, in the verb's own phrase
    objects = [c for c in comps if c.dep_ in ("dobj", "oprd")]
    if not objects:
        return False
    lexicon = load_lexicon()
    subjects = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    return any((_lemma(t), "E") in lexicon and t.pos_ in ("ADJ", "NOUN") and t.i > objects[0].i
               and t.i not in subjects for t in verb.subtree)


def _noun_complements(noun) -> set[str]:
    out = set()
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "nmod", "poss"):
            out.add(_lemma(c))
            # "the Malabar Joint Maritime Exercise": compounds of compounds modify the noun too
            out.update(_lemma(x) for x in c.children if x.dep_ in ("compound", "amod") and c.dep_ == "compound")
        elif c.dep_ == "prep" and c.lower_ in ("of", "for"):  # "the demand for oil"
            out.update(_lemma(p) for p in c.children if p.dep_ == "pobj")
    if noun.dep_ in ("dobj", "pobj") and noun.head.pos_ in ("VERB", "ADP"):
        head = noun.head if noun.head.pos_ == "VERB" else noun.head.head
        out.add(_lemma(head))
    elif noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB":
        out.add(_lemma(noun.head))  # "a trial opened", "the strike began": the verb says the event is under way
    hyphen = _compound_lemma(noun)
    if hyphen:
        out.add(noun.doc[noun.i - 2].lower_)
    return out


def _frame_matches(token, frame: Frame) -> bool:
    if _inside_title(token):
        return False  # "fans of ''Prison Break''", "starred in 'The Hunger Games'": a name, not an act
    if frame.type == "ACCUSE" and frame.pos == "A" and _private_worry(token):
        return False  # "worried about the future of their kids", "concerned with foreign policy"
    if frame.type == "AID" and frame.pos == "V" and frame.obj is None \
            and any(_lemma(c) in GIVEN_REASONS for c in token.children if c.dep_ == "dobj"):
        return False  # "Clinton has supplied ample reasons to question her judgment": no aid
    if _done_to_animals(token) or any(_lemma(c) in DEITIES for c in token.children if c.dep_ == "nsubj"):
        return False  # "he pardoned two turkeys", "elephants are being killed"; "God help us"
    if frame.pos == "A":
        preps = [c for c in token.children if c.dep_ == "prep" and (not frame.prep or c.lower_ in frame.prep)]
        if frame.prep and not preps:
            return False  # "critical of X", not "critical" alone
        # "open to dialogue": the object of the adjective's preposition
        comps = {_lemma(p) for c in preps for p in c.children if p.dep_ in ("pobj", "pcomp")}
    elif frame.pos == "V":
        # "On Wednesday" is no "call on": prepositions heading a date do not count
        preps = {c.lower_ for c in token.children if c.dep_ in ("prep", "prt", "agent")
                 and not any(p.ent_type_ in ("DATE", "TIME") or _lemma(p) == "time" for p in c.children)}
        # "fired tear gas, rubber bullets and stun grenades at the crowd": the parser hangs the verb's
        # preposition on the last noun of a coordinated object
        preps |= {c.lower_ for o in _children(token, "dobj") for x in o.conjuncts if x.i > o.i
                  for c in x.children if c.dep_ == "prep" and c.i > x.i}
        preps |= {p.lower_ for c in token.children if c.dep_ in ("prep", "advmod") and _particle_with_prep(c)
                  for p in c.children if p.dep_ == "prep"}  # "pulled out of", "walked away from"
        preps |= {"as" for _ in _object_as(token)}  # "described the move as unfortunate": "as" hung on the object
        if _for_clause(token) is not None:
            preps.add("for")  # "called for the Taliban to lift the ban": "for" parsed as the clause's marker
        if frame.prep and not (preps & frame.prep):
            return False
        if frame.not_prep and preps & frame.not_prep:
            return False
        # ("pulled out of the deal": the parser makes the particle a preposition holding the real one)
        particles = {c.lower_ for c in token.children if c.dep_ in ("prt", "advmod")
                     or (c.dep_ == "prep" and _particle_with_prep(c))}
        if frame.prt and not particles & frame.prt:
            return False
        if frame.noobj and _children(token, "dobj"):
            return False
        if frame.oprd and not _has_predicative(token):
            return False
        if "as" in frame.prep and any(c.tag_ in ("WP", "WDT") for c in token.children if c.dep_ in ("dobj", "nsubjpass")):
            return False  # "what the party described as violating regulations": the reporter's naming, no judgement
        if frame.irrealis and not (token.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ in MODAL_AUX
                                                                 for c in token.children)):
            return False
        if token.dep_ == "xcomp" and _lemma(token.head) == "be":
            return False  # "we won't be to blame"
        comps = _verb_complements(token, frame) if frame.obj is not None or frame.not_obj else set()
    else:
        preps = {c.lower_ for c in token.children if c.dep_ == "prep"}
        if token.dep_ == "dobj" and _lemma(token.head) in LIGHT_VERBS:
            # "held a joint exercise with X": the light verb carries the noun's prepositions
            preps |= {c.lower_ for c in token.head.children if c.dep_ == "prep"}
        if frame.prep and not preps & frame.prep:
            return False
        if frame.not_prep and preps & frame.not_prep:
            return False
        if frame.light and not (token.dep_ == "dobj" and _lemma(token.head) in LIGHT_VERBS | RECEIVING_VERBS):
            return False
        comps = _noun_complements(token) if frame.obj is not None or frame.not_obj else set()
    if frame.obj is not None and not (comps & frame.obj):
        return False
    if frame.not_obj and comps & frame.not_obj:
        return False
    if frame.subj and not _subject_lemmas(token) & frame.subj:
        return False
    if frame.type == "ASSAULT" and frame.pos == "V" and _lemma(token) in FIGURATIVE_FORCE_VERBS \
            and not _force_reading(token) and not _said_against_someone(token):
        return False  # "the IRS targeted conservative groups": no violence (verbal attacks: _verbal_force)
    if frame.type == "RETREAT" and frame.mode == "release" and frame.pos == "V" and not _released_people(token):
        return False  # "the OECD released (a report)", "released a digital ad", "the e-mails were released"
    if frame.type == "ASSAULT" and frame.pos == "N" and _lemma(token) in FIGURATIVE_FORCE_NOUNS \
            and not _force_reading(token) and not _said_against_someone(token):
        return False  # "attacks on news coverage", "a barrage of criticism"
    return True


# What is released that is no captive: messages, media and matter ("released an ad", "the e-mails were
# released", "released water from the dam").
RELEASED_THINGS = frozenset({
    "ad", "advertisement", "commercial", "spot", "email", "e-mail", "mail", "message", "tweet", "post", "clip",
    "memo", "schedule", "return", "score", "app", "software", "feature", "gas", "water", "emission", "chemical",
    "toxin", "pollutant", "radiation", "balloon", "animal", "bird", "fish", "turtle", "dove", "pigeon", "wolf",
    "stock", "reserve", "oil", "petroleum", "grain", "tranche", "payment", "information", "tax", "game", "video",
    "movie", "show", "episode", "series", "podcast", "ep", "record", "report", "statement", "data", "document"})


def _released_people(verb) -> bool:
    """Whether a release verb has someone released: an object, a passive subject or the noun its participle
    describes ("prisoners released by ..."), that is no message, medium or matter."""
    patients = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("acl", "relcl") and (verb.tag_ == "VBN" or verb.dep_ == "relcl"):
        patients.append(verb.head)
    if not patients and verb.dep_ == "conj":
        patients = [c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass")]
    if not patients and (verb.dep_ == "xcomp" or _children(verb, "auxpass")):
        return True  # "agreed to release", "after being freed": the one released is named elsewhere
    # ("all of the e-mails", "some of the data": the counted noun)
    patients = [([p for prep in _children(x, "prep") if prep.lower_ == "of" for p in _children(prep, "pobj")] or [x])[-1]
                if x.pos_ in ("PRON", "DET", "NUM") or _lemma(x) in ("all", "some", "most", "none", "part") else x
                for x in patients]
    return bool(patients) and not all(_lemma(p) in RELEASED_THINGS for p in patients)


# Political events are between people: what is done to animals ("pardoned two turkeys", "elephants are being
# killed at an alarming rate") or asked of God ("God help us") is no event between actors.
ANIMALS = frozenset({
    "turkey", "animal", "elephant", "rhino", "rhinoceros", "lion", "tiger", "leopard", "giraffe", "zebra", "bear",
    "wolf", "dog", "cat", "horse", "cattle", "cow", "sheep", "goat", "pig", "chicken", "bird", "fish", "whale",
    "dolphin", "shark", "turtle", "monkey", "ape", "gorilla", "chimpanzee", "deer", "wildlife", "livestock",
    "poultry", "pet", "pangolin", "crocodile", "snake", "eagle"})
DEITIES = frozenset({"god", "allah", "heaven", "lord"})
# What people worry about for themselves: a worry about it blames no one ("worried about the future of their
# kids"); "concerned with" a matter is being occupied with it.
PRIVATE_CARES = frozenset({"future", "safety", "health", "family", "kid", "child", "job", "life", "livelihood",
                           "well-being", "wellbeing", "fate", "prospect", "welfare", "income", "pension", "saving",
                           "retirement", "weather", "home", "loved", "relative", "son", "daughter", "wife",
                           "husband", "parent", "cost", "price", "bill"})


def _private_worry(adjective) -> bool:
    """A worry about one's own life or a matter one is occupied with, not about someone's act."""
    preps = [c for c in adjective.children if c.dep_ == "prep"]
    objects = [p for c in preps for p in c.children if p.dep_ in ("pobj", "pcomp")]
    if _lemma(adjective) == "concerned" and preps and all(c.lower_ == "with" for c in preps):
        # (but "concerned with China's military build-up": an actor's act)
        return not any(c.dep_ in ("poss", "compound", "amod") and (c.ent_type_ or c.pos_ == "PROPN")
                       for o in objects for x in (o, *o.conjuncts) for c in x.children)
    return bool(objects) and all(_own_care(p) for p in objects)


def _own_care(noun) -> bool:
    """"the future of their kids", "their jobs", "prices": a care of the worried themselves, not of others
    someone acts on ("the safety of the detained journalists")."""
    if _lemma(noun) not in PRIVATE_CARES:
        return False
    if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children):
        return False
    return all(_own_care(p) or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in p.children)
               for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
               for p in prep.children if p.dep_ == "pobj")
# What is supplied or lent that is no aid: grounds, words and chances ("supplied ample reasons", "lent
# credence to the claims").
GIVEN_REASONS = frozenset({"reason", "excuse", "explanation", "argument", "answer", "detail", "example", "proof",
                           "hint", "clue", "impression", "glimpse", "insight", "account", "quote", "fodder",
                           "credence", "credibility", "voice", "ear", "opportunity", "chance", "opening"})


def _done_to_animals(token) -> bool:
    """Whether everything a verb is done to, or a noun's act is done to, is an animal."""
    if token.pos_ == "VERB":
        patients = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        patients = [c for c in token.children if c.dep_ == "compound"]
        patients += [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                     if p.dep_ == "pobj"]
    patients += [x for p in patients for x in p.conjuncts]
    # (a name is no animal: "criticized Turkey")
    return bool(patients) and all(_lemma(p) in ANIMALS and not (p.is_title and p.ent_type_ in ("GPE", "NORP", "ORG",
                                                                                              "PERSON", "LOC"))
                                  and p.pos_ in ("NOUN", "PROPN") for p in patients)


NAME_ENTS = frozenset({"WORK_OF_ART", "PERSON", "ORG", "FAC", "PRODUCT", "EVENT", "LAW"})
QUOTE_OPENERS = frozenset({'"', "''", "``", "\u201c", "\u2018", "'"})


def _inside_title(token) -> bool:
    """A capitalised word inside the name of a show, book, law or body in running text: in quotation marks
    ("fans of ''Prison Break''"), or in a tagged name in a sentence mostly in lower case (not a headline,
    where every word is capitalised)."""
    if token.pos_ != "PROPN" or not token.is_title or token.i == token.sent.start:
        return False
    j = token.i - 1
    while j > token.sent.start and token.doc[j].is_title and token.doc[j].pos_ == "PROPN":
        j -= 1
    if token.doc[j].text in QUOTE_OPENERS:
        return True
    if token.ent_type_ not in NAME_ENTS:
        return False
    words = [t for t in token.sent if t.is_alpha and len(t) > 3]
    return sum(t.is_lower for t in words) > sum(t.is_title for t in words)


# Verbs of force that English uses as often for words, audits, campaigns and markets ("attacked Clinton's
# record", "the IRS targeted conservative groups", "the ad hits Trump", "fought the nomination") as for
# violence; PLOVER ASSAULT is violence, so they code it only with a sign of force in the clause.
FIGURATIVE_FORCE_VERBS = frozenset({"attack", "target", "strike", "hit", "fight", "battle", "ambush", "assault",
                                    "pound", "hammer", "storm", "hijack", "torpedo"})
FIGURATIVE_FORCE_NOUNS = frozenset({"attack", "assault", "barrage", "offensive", "onslaught", "salvo"})
ARMED_DOERS = ARMED_UNITS | frozenset({
    "militant", "gunman", "gunmen", "rebel", "insurgent", "attacker", "assailant", "terrorist", "jihadist",
    "extremist", "separatist", "guerrilla", "mob", "guard", "navy", "warship", "bomber", "squad", "sniper",
    "raider", "kidnapper", "bandit", "pirate", "fighter", "paramilitary", "mercenary", "terror", "armed"})
FORCE_OBJECTS = ARMED_UNITS | frozenset({
    "civilian", "village", "town", "city", "base", "convoy", "position", "camp", "checkpoint", "post", "hospital",
    "school", "building", "home", "house", "vehicle", "car", "truck", "ship", "vessel", "tanker", "train", "bus",
    "church", "mosque", "temple", "synagogue", "market", "hotel", "station", "plant", "infrastructure", "facility",
    "target", "outpost", "stronghold", "hideout", "compound", "depot", "airport", "port", "bridge", "refinery",
    "pipeline", "grid", "embassy", "barracks", "patrol", "positions", "worshipper", "passenger", "pilgrim",
    "villager", "resident", "protester", "demonstrator", "farmer", "herder", "settlement", "territory", "area",
    "region", "border", "frontline", "front", "line", "trench", "fortification", "enemy", "insurgent", "militant",
    "rebel", "fighter", "jihadist", "terrorist", "guard", "officer", "policeman", "peacekeeper", "aid", "worker"})
FORCE_WORDS = frozenset({  # with WEAPON_WORDS and CASUALTY_VERBS/_STATES (defined below)
    "gun", "rifle", "knife", "machete", "bullet", "explosive", "weapon", "arm", "missile", "rocket", "shoot",
    "die", "death", "casualty", "wound", "injure", "violence", "violent", "war", "warplane", "jet", "tank",
    "troop", "soldier", "militant", "gunfire", "firefight", "air", "artillery", "fire", "blow", "bombard",
    "hostage", "battlefield", "offensive", "siege", "military", "army", "armed", "rebel", "insurgent", "attacker",
    "deadly", "suicide", "lethal", "bloody", "chemical", "terror", "terrorist", "massacre", "raid", "insurrection",
    "insurgency", "uprising", "clash", "fighting", "combat", "coup", "loyalist"})


def _said_against_someone(trigger) -> bool:
    """A verbal attack on a person, a party or their words and record ("Trump attacked Clinton", "Warren
    attacked Trump's record", "Republican attacks on Obama"): _verbal_force gives it the ACCUSE reading."""
    if _lemma(trigger) not in VERBAL_ATTACKS:
        return False
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [p for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                for p in c.children if p.dep_ == "pobj"]
    if trigger.dep_ == "acl" and trigger.tag_ in ("VBN", "VBG"):
        objects.append(trigger.head)
    return any(o.ent_type_ in ("PERSON", "ORG", "NORP") or _lemma(o) in DISCOURSE_OBJECTS
               or any(c.dep_ == "poss" and c.ent_type_ in ("PERSON", "ORG") for c in o.children) for o in objects)


def _force_reading(verb) -> bool:
    """A sign of force around a verb that may be figurative: an armed doer ("militants", a state: "Russia
    attacked Ukraine"), a physical or armed target ("the convoy", "villages", a place), or weapons and
    casualties in its sentence ("with rockets", "killing three")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
    subjects += [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    if not subjects and verb.dep_ in ("conj", "xcomp", "advcl", "relcl", "acl"):
        subjects = [verb.head] if verb.dep_ in ("relcl", "acl") else \
            [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    from newsevents.actors import armed_group_names

    if verb.pos_ in ("NOUN", "PROPN"):
        # the noun's own phrase: "terrorist attacks", "Russia's attack", "attacks by Islamic State", "the
        # attack on a U.S. Marine barracks", "a barrage of rockets"; "claimed responsibility for the attack"
        subjects = [c for c in verb.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        subjects += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("by", "from", "of")
                     for p in c.children if p.dep_ == "pobj"]
        if verb.dep_ == "dobj":  # "Georgia launched a massive barrage": the one who launches it
            subjects += [c for c in verb.head.children if c.dep_ == "nsubj"]
        objects = [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        objects += subjects
        of = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if _lemma(verb) in ("barrage", "salvo", "onslaught") and not of:
            return True  # figurative only with what it is made of: "a barrage of criticism/questions"
        if (verb.head.pos_ == "ADP" and _lemma(verb.head.head) in ("claim", "responsibility")) \
                or (verb.dep_ in ("dobj", "nsubjpass") and _lemma(verb.head) == "claim"):
            return True  # only violence is claimed ("claimed responsibility for the attack")
    for tok in subjects:
        name = " ".join(t.text for t in tok.subtree if t.dep_ in ("compound", "flat") or t.i == tok.i).lower()
        # (a state acts by force; "Republican attacks on Obama": a nationality-or-party word on a noun does not)
        if _lemma(tok) in ARMED_DOERS | WEAPON_WORDS or tok.ent_type_ == "GPE" \
                or (tok.ent_type_ == "NORP" and verb.pos_ == "VERB") \
                or name in armed_group_names() or tok.lower_ in armed_group_names() \
                or any(_lemma(t) in ARMED_DOERS for t in tok.subtree if t.dep_ in ("compound", "amod", "pobj")):
            return True
    for tok in objects:
        if _lemma(tok) in FORCE_OBJECTS or tok.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
    force = FORCE_WORDS | WEAPON_WORDS | CASUALTY_VERBS | CASUALTY_STATES
    return any(_lemma(t) in force or (_lemma(t) in ARMED_UNITS and t.pos_ == "NOUN") for t in verb.sent if t.i != verb.i)


def _subject_lemmas(verb) -> set[str]:
    """Lemmas naming the subject of a verb: its head noun and, for
    quantities ("hundreds of students"), the counted noun."""
    out = set()
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            out.add(_lemma(c))
            out.update(_lemma(p) for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "of"
                       for p in prep.children if p.dep_ == "pobj")
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        out.add(_lemma(verb.head))  # "legislation targeting Turkey": the noun the participle describes
    if not out and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subject_lemmas(verb.head)  # "it is searching for bodies and transporting the injured"
    if not out and _controlled_infinitive(verb):
        return _subject_lemmas(verb.head)  # "groups have exploited the unrest to recruit": the groups recruit
    return out


def _controlled_infinitive(verb) -> bool:
    """A subjectless "to"-infinitive complementing or giving the purpose of its head verb, whose subject
    is then the head verb's subject ("militants took advantage of the chaos to recruit")."""
    return (verb.dep_ in ("xcomp", "advcl") and verb.tag_ == "VB" and verb.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


COPULAS = frozenset({"be", "remain", "become", "seem", "appear", "look", "sound", "prove"})
# Modal verbs of obligation: "X must/should ..." said by someone else is that speaker's demand.
OBLIGATION_MODALS = frozenset({"must", "should", "ought"})
# "X is under an obligation to ...", "X has a duty to ...", "X is obliged/required to ...": obligation without a modal
OBLIGATION_NOUNS = frozenset({"obligation", "duty", "responsibility"})
OBLIGATION_VERBS = frozenset({"have", "need"})  # "X has/needs to <verb>"
# "talks must continue", "sanctions should stay in place": the act named by the subject is what is demanded
CONTINUING_VERBS = frozenset({"continue", "resume", "go", "proceed", "stay", "remain", "start", "begin",
                              "happen", "take"})
OBLIGATION_PARTICIPLES = frozenset({"oblige", "obligate", "require", "bind", "duty-bound"})
# Prepositions that attach an event to a verb as its cause or time, not as what the verb does.
CAUSE_PREPS = frozenset({"over", "amid", "after", "despite", "following", "about", "because", "before", "since"})
# "make X dependent/conditional on Y doing ...": Y's act becomes a demand
CONDITION_WORDS = frozenset({"dependent", "conditional", "contingent"})
# Verbs of wanting whose infinitive clause has another subject: "expects Russia to withdraw" asks Russia to act.
EXPECTATION_VERBS = frozenset({"expect", "want", "wish", "need"})


def _left_to(verb):
    """The one a decision is left to: "it is up to Russia/pobj to accept",
    "it is for Russia/nsubj to accept" (an expletive "it" on the copula)."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "advcl", "ccomp") or _lemma(head) != "be" \
            or not any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children) \
            or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children):
        return None
    if any(m.dep_ == "mark" and m.lower_ == "for" for m in verb.children):
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return next((p for up in head.children if up.dep_ in ("prep", "advmod") and up.lower_ == "up"
                 for to in up.children if to.dep_ == "prep" and to.lower_ == "to"
                 for p in to.children if p.dep_ == "pobj"), None)


def _obligation_clause(verb):
    """The clause that puts ``verb`` under an obligation, whose subject is
    the one obliged: the verb itself with must/should, the copula of "X is
    under an obligation to <verb>", "X has a duty to <verb>", the passive
    of "X is obliged/required to <verb>"."""
    if any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in verb.children):
        return verb
    head = verb.head
    if verb.dep_ == "acl" and _lemma(head) in OBLIGATION_NOUNS:
        if head.dep_ == "pobj" and head.head.lower_ == "under" and _lemma(head.head.head) in COPULAS:
            return head.head.head
        if head.dep_ == "dobj" and _lemma(head.head) == "have":
            return head.head
        return None
    if verb.dep_ == "xcomp" and _lemma(head) in OBLIGATION_PARTICIPLES and head.tag_ == "VBN" \
            and any(c.dep_ == "auxpass" for c in head.children):
        return head
    if _left_to(verb) is not None:
        return head  # "it is up to Russia to accept it", "it is now for Russia to accept it"
    if verb.dep_ == "xcomp" and _lemma(head) in OBLIGATION_VERBS and head.pos_ == "VERB" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and any(c.dep_ == "nsubj" for c in head.children):
        return head  # "Russia would have to comply", "Kenya needs to withdraw"
    return None
# People whose views are no political act (gold guidelines: opinions of analysts, experts, professors).
OPINION_HOLDERS = frozenset({"analyst", "expert", "observer", "commentator", "scholar", "professor", "researcher",
                             "economist", "academic", "pundit", "columnist", "historian", "strategist",
                             "specialist", "lecturer", "pollster", "consultant"})
# Prepositions whose object is only a topic ("talked about the sanctions").
TOPIC_PREPS = frozenset({"about", "regarding", "concerning"})
# "a statement on the release", "his remarks on the talks": what was said is about the act.
COMMUNICATION_NOUNS = frozenset({"statement", "comment", "remark", "report", "briefing", "question", "debate",
                                 "view", "position", "stance", "opinion", "article", "story", "editorial", "post",
                                 "tweet", "speech", "letter", "interview", "hearing", "book", "documentary", "study",
                                 "survey", "analysis", "commentary", "podcast", "webinar", "seminar", "lecture"})
# "in need of support", "hopes for talks", "the prospect of sanctions": wanted or feared, not done.
WANT_NOUNS = frozenset({"need", "lack", "absence", "hope", "prospect", "possibility", "chance", "risk", "fear",
                        "danger", "threat", "likelihood", "spectre", "specter", "wish", "desire"})
# Prepositions naming the time or cause of the sentence's act ("after the attack", "amid protests").
CIRCUMSTANCE_PREPS = frozenset({"during", "after", "before", "amid", "amidst", "since", "following", "despite",
                                "until", "ahead"})
# Modals that make their clause a possibility, not a report ("will" is a plan: future talks are AGREE).
HYPOTHETICAL_MODALS = frozenset({"could", "would", "might", "may", "can", "ca"})
# Verbs that say what a thing is or does to opinions, not that it happens ("the attack was a blunder").
PREDICATION_VERBS = COPULAS | frozenset({"raise", "enjoy", "mark", "affect", "show", "highlight", "mean",
                                         "represent", "reflect", "signal", "suggest", "pose", "require", "need",
                                         "deserve", "lack", "constitute", "illustrate", "underline", "underscore",
                                         "expose", "cost", "have", "depend", "matter", "remain", "benefit",
                                         "hurt", "help", "serve", "undermine", "threaten", "violate"})
CONCRETE_MODIFIERS = frozenset({"deadly", "fatal", "bloody", "recent", "latest", "last", "weekend", "overnight"})
# "hundreds of people were killed": a count of victims
COUNT_NOUNS = frozenset({"hundred", "thousand", "dozen", "score", "million", "ten", "tens"})
# Who speaks for a prosecution: what they report of the accused is an allegation (ACCUSE allege).
PROSECUTION_WORDS = frozenset({"prosecutor", "prosecution", "indictment", "complaint", "lawsuit", "affidavit",
                               "charge", "charging", "plaintiff"})
# Acts a prosecution alleges (arrests, sanctions and the like are the state's own acts, reported as such).
ALLEGED_ACTS = frozenset({"ASSAULT", "THREATEN", "MOBILIZE", "COOPERATE", "CONSULT", "AID", "PROTEST"})
STOP_VERBS = frozenset({"stop", "end", "halt", "cease"})


def _opinion_person(token) -> bool:
    """The subject names an analyst, expert or scholar: by its head word, a title
    on the name ("political analyst Alfatih Mahmoud"), an apposition ("X, a
    professor of law"), or a name the sentence gave such a title before
    ("Analyst X thinks ...; X says ...")."""
    if _lemma(token) in OPINION_HOLDERS:
        return True
    if {_lemma(t) for c in token.children if c.dep_ in ("compound", "appos") for t in c.subtree} & OPINION_HOLDERS:
        return True
    if token.pos_ == "PROPN":
        return any(t.i < token.i and t.text == token.text and t.pos_ == "PROPN" and _opinion_person(t)
                   for t in token.sent if t.dep_ in ("nsubj", "nsubjpass"))
    return False


def _judged_topic(trigger) -> bool:
    """The act stands inside the subject of what is said of it ("the decision
    to dissolve the party is a strategic decision")."""
    for tok in [trigger, *trigger.ancestors]:
        if tok.dep_ in ("nsubj", "csubj") and _lemma(tok.head) in PREDICATION_VERBS:
            return True
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("acl", "relcl", "xcomp"):
            return False
    return False


def _judged_clause(token):
    """The clause whose subject a judgement word is about: the copula of "X is
    dangerous / an aggressor" (through coordinated predicates), or the verb
    itself ("Iran is defying ...")."""
    if token.pos_ in ("ADJ", "NOUN", "PROPN"):
        while token.dep_ == "conj" and token.head.pos_ in ("ADJ", "NOUN"):
            token = token.head
        if token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.dep_ == "prep" \
                and _lemma(token.head.head) in COPULAS:
            token = token.head.head  # "the move was in violation of international law"
            return token if _clause_subject(token) is not None else None
        if token.dep_ == "amod" and token.pos_ == "ADJ":
            # the judgement qualifies the predicate noun: "X is a baseless case",
            # "X is one of the most hostile authorities"
            token = token.head
            if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "attr":
                token = token.head.head
        if token.dep_ not in ("acomp", "attr") or _lemma(token.head) not in COPULAS:
            return None
        token = token.head
    elif token.pos_ != "VERB":
        return None
    else:
        # "X has tried to sabotage ...", "X continues to flout ...": the judged clause is the governing one
        while token.dep_ == "xcomp" and token.head.pos_ in ("VERB", "AUX") and _clause_subject(token) is None:
            token = token.head
    return token if _clause_subject(token) is not None else None


def _clause_subject(clause):
    """The subject of a clause, also when the parser hung it on the auxiliary
    ("Iran/nsubj is/aux defying")."""
    for holder in (clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))):
        for c in holder.children:
            if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
                return c
    return None


def _reporting_verb(clause):
    """The reporting verb that puts a clause in someone's mouth: "X said
    (that) <clause>", "<clause>, X said", "warned that <clause>"."""
    wrappers = load_wrappers()
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    head = clause.head
    if clause.dep_ == "ccomp" and head.pos_ == "VERB" and wrappers.get((_lemma(head), "V")) in ("report", "threaten"):
        return head
    for c in clause.children:
        if c.dep_ in ("parataxis", "ccomp", "advcl") and c.i > clause.i and c.pos_ == "VERB" \
                and wrappers.get((_lemma(c), "V")) == "report":
            return c
    return None


MATERIAL_ACTS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "AID", "RETREAT"})


def _mistagged_verb(token) -> bool:
    """An adjective with a subject and a direct object is a verb the tagger misread: no English adjective
    takes a direct object ('"[We] urge/JJ Pakistani side to focus on ..."': the bracketed subject derails
    the tagger)."""
    return token.pos_ == "ADJ" and bool(_children(token, "nsubj")) and bool(_children(token, "dobj"))


def _match_frame(token) -> Frame | None:
    lexicon = load_lexicon()
    judgement = lexicon.get((_lemma(token), "E"))
    if judgement and token.pos_ == "VERB" and any(
            f.type in MATERIAL_ACTS and _frame_matches(token, f) for f in lexicon.get((_lemma(token), "V"), ())):
        judgement = None  # "said four militants blew themselves up": a reported act of force, not "a blow"
    if judgement:
        clause = _judged_clause(token)
        if clause is not None and _reporting_verb(clause) is not None:
            return judgement[0]
    if token.pos_ == "ADJ" and token.dep_ in ("acomp", "ROOT"):
        pos = "A"
    elif token.pos_ in ("VERB",) or (token.pos_ == "AUX" and token.dep_ != "aux") or _mistagged_verb(token):
        pos = "V"
    elif token.pos_ in ("NOUN", "PROPN"):
        pos = "N"
        # headline verbs are often tagged as nouns ("Russia freezes military cooperation with NATO")
        if token.dep_ == "ROOT" and _children(token, "nsubj") and _children(token, "dobj"):
            pos = "V"
    else:
        return None
    lemmas = [_lemma(token)]
    if pos == "V" and token.dep_ == "acomp" and token.tag_ == "VBN" and (token.lower_, "A") in lexicon:
        # "remains concerned/VBN", "is prepared/VBN to": the tagger often reads these adjectives as participles
        pos, lemmas = "A", [token.lower_]
    if pos == "N":
        joined = _compound_lemma(token)
        if joined:
            lemmas.insert(0, joined)
        if token.lower_.endswith("s") and token.lower_[:-1] not in lemmas:
            lemmas.append(token.lower_[:-1])  # "talks", "sanctions" kept plural by the tagger
    for lemma in lemmas:
        for frame in lexicon.get((lemma, pos), ()):
            if _frame_matches(token, frame):
                return frame
    return None


# ------------------------------------------------------------------ allegations in reported speech
# A speaker saying that another actor did something blameworthy accuses it (manual, ACCUSE: "accusations,
# allegations ... criticize, defame, denigrate responsible parties"), also when the blamed conduct is no
# codable event of its own ("said Kabul was failing to rein in the separatists").
# Words that give an act's doer as the one responsible for it: "X orchestrated the attack", "the plot was
# masterminded by X", "X was behind the bombing".
RESPONSIBILITY_VERBS = frozenset({"orchestrate", "mastermind", "instigate", "engineer", "sponsor", "bankroll",
                                  "choreograph", "incite", "provoke"})
# "X is responsible for / to blame for / guilty of / behind <wrongdoing>"
RESPONSIBILITY_ADJECTIVES = {"responsible": "for", "culpable": "for", "guilty": "of", "answerable": "for"}
# "X bears (full) responsibility for ...", "X shoulders the blame"
BEARING_VERBS = frozenset({"bear", "shoulder", "carry"})
# "X committed war crimes": a judgement noun done by the subject
COMMITTING_VERBS = frozenset({"commit", "perpetrate", "spread", "peddle"})
# "considers Iran the leading state sponsor of terrorism", "regards NATO as a threat": a judgement put on the object
CONSIDERING_VERBS = frozenset({"consider", "regard", "view", "see", "deem", "perceive"})
# "using civilians as human shields", "uses the crisis as a pretext": using something for a wrong end
MISUSE_NOUNS = frozenset({"shield", "weapon", "tool", "pawn", "pretext", "excuse", "cover", "proxy", "chip",
                          "hostage", "leverage", "instrument"})
# what one is blamed for when no event word names it: "behind the plot", "responsible for the deaths"
WRONGDOING_NOUNS = frozenset({"plot", "scheme", "conspiracy", "campaign", "violence", "unrest", "death", "killing",
                              "murder", "assassination", "bombing", "blast", "explosion", "hack", "hacking",
                              "cyberattack", "leak", "disappearance", "fire", "incident", "sabotage", "crime",
                              "atrocity", "massacre", "abuse", "genocide", "coup", "destruction", "crisis",
                              "attack", "raid", "strike", "shooting", "kidnapping", "abduction", "poisoning",
                              "suffering", "war", "conflict", "escalation", "famine", "fraud", "theft",
                              "rigging", "disinformation", "propaganda", "interference", "meddling", "war crime",
                              "it", "this", "that", "them", "these", "those"})
# "according to prosecutors", "allegedly", "reportedly": the clause is someone's claim, not the reporter's
HEARSAY_ADVERBS = frozenset({"allegedly", "reportedly", "purportedly", "supposedly", "apparently"})
# nouns a claim clause hangs on ("reiterated the claim that the attack was orchestrated by ...")
CLAIM_NOUNS = frozenset({"claim", "allegation", "accusation", "charge", "assertion", "contention", "belief",
                         "assessment", "conclusion", "suspicion", "insistence", "argument", "view"})
# "the case shows how X silences its critics", "an example of how X uses laws to suppress ...": a speaker
# presenting another's acts as a pattern of conduct accuses it of them
EXPOSING_VERBS = frozenset({"show", "highlight", "illustrate", "demonstrate", "expose", "reveal", "underscore",
                            "underline", "prove", "reflect", "confirm", "lay"})
EXPOSING_NOUNS = frozenset({"example", "sign", "evidence", "proof", "illustration", "indication", "reminder",
                            "demonstration", "symptom", "case", "testament"})
# who makes a formal allegation ("according to prosecutors / court documents / the indictment")
ACCUSING_SOURCES = PROSECUTION_WORDS | frozenset({"court", "document", "filing", "indictment", "investigator",
                                                 "police", "prosecutor", "authority", "charge", "complaint"})
# collusion of armed attackers with others ("attackers collaborated with partners in Afghanistan")
COLLUSION_VERBS = frozenset({"collaborate", "collude", "conspire", "cooperate", "coordinate", "liaise",
                             "contact", "touch", "communication"})  # (nouns: "were in touch with")
_ALLEGATION_FRAME = Frame("allege", "E", "ACCUSE", "allege", None, frozenset(), frozenset(), frozenset(),
                           frozenset(), False, False, False, False, (), None)
# "Iran has denied that its nuclear programme has military aims": denying a claim that
# names no act of its own rejects the claim (guidelines: rejecting an allegation is REJECT)
_DENIAL_FRAME = Frame("deny", "V", "REJECT", None, None, frozenset(), frozenset(), frozenset(), frozenset(),
                      False, False, False, False, (), None)
DENYING_VERBS = frozenset({"deny", "dispute", "refute", "rebut", "contest"})
# "'This is completely false,' the envoy said", "he said the allegations were untrue": a speaker calling a claim
# false rejects it (guidelines: rejecting an allegation is REJECT)
FALSITY_WORDS = frozenset({"false", "untrue", "unfounded", "groundless", "fabricated", "fictitious", "unsubstantiated"})
# what is called false: a claim, or the pronoun standing for one
CLAIM_SUBJECTS = frozenset({"this", "that", "it", "claim", "allegation", "accusation", "charge", "assertion", "report",
                            "statement", "story", "rumor", "rumour", "suggestion", "insinuation", "narrative"})


class _SentenceCoder:
    """Codes the events of one sentence."""

    def __init__(self, sent, actors, cache: dict, ents=None):
        self.sent = sent
        self.ents = list(sent.ents) if ents is None else ents  # the sentence's named entities
        self.actors = actors
        self.cache = cache
        self.wrappers = load_wrappers()
        self._place: str | None | bool = False  # computed on first use
        self._speaker_found: ActorRef | None | bool = False  # computed on first use
        self._placed: set[int] = set()  # ids of actors coded only by where the act happens
        self._homed: set[int] = set()  # ids of people coded only by the report's home country

    # ---------------------------------------------------------------- actors

    def actor(self, token) -> ActorRef | None:
        if token is None:
            return None
        key = token.i
        if key in self.cache:
            return self.cache[key]
        actor = self._actor(token)
        self.cache[key] = actor
        return actor

    def agent(self, token) -> ActorRef | None:
        """Who acts: a coded actor, else an unnamed one (a pronoun, "the
        militants", "police", an unknown person) -- enough to say an event
        happened, even when the sentence alone cannot say whose."""
        if token is None:
            return None
        actor = self.actor(token)
        if actor is not None or self.actors is None:
            return actor
        key = ("agent", token.i)
        if key not in self.cache:
            if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
                self.cache[key] = self.agent(token.head.head)
            elif self.actors.other_party(token):
                self.cache[key] = self.actors.unnamed_actor(token)  # someone, but not of the home country
            else:
                self.cache[key] = self._at_home(self.actors.unnamed_actor(token))
        return self.cache[key]

    def _person_at_home(self, actor: ActorRef) -> ActorRef | None:
        """A named person the tables and the text give no state ("Gachagua
        denied the charges", "he called the ruling arbitrary"): someone of the
        country the report is about (a foreigner's title or nationality would
        have coded them)."""
        if actor.kind != "person" or not self.actors.local_person(actor):
            return None
        home = self.actors.home_country()
        if home is None:
            return None
        actor = replace(actor, country=home)
        self._homed.add(id(actor))
        return actor

    def _at_home(self, actor: ActorRef | None) -> ActorRef | None:
        """"Authorities arrested Zamora", "a court sentenced him", "opposition
        parties rejected the budget": an unnamed body of a state or of its
        society, with no country in its phrase, acts in the country where the
        sentence happens (its places, else the report's home country)."""
        if actor is None or actor.code() is not None or actor.text.lower() in THIRD_PERSON_GROUP | FIRST_PERSON:
            return actor
        if actor.sector in ("REB", "UAF") and actor.start is not None:
            # "the separatist group", "the terror group": the armed group named before
            head = self.sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
            if head is not None and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.root.children):
                group = self.actors.armed_group_before(head.root)
                if group is not None:
                    return replace(group, text=actor.text, start=actor.start, end=actor.end)
        if actor.sector == "NGO" and actor.kind != "person":
            # "rights groups", "aid agencies": guidelines code unnamed non-governmental organisations NGO
            return replace(actor, org="NGO", name="NGO", kind="group")
        if actor.sector not in HOME_SECTORS:
            return actor
        home = self._home_country()
        if home is None:
            return actor
        return self._by_place(replace(actor, country=home, name=home))

    def _actor(self, token) -> ActorRef | None:
        low = token.lower_
        if low in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            return self.actor(token.head.head)
        if low in FIRST_PERSON:
            if self._speaker_found is False:
                self._speaker_found = self._speaker()
            return self._speaker_found
        if low in THIRD_PERSON_GROUP:
            return self._antecedent(token)
        if self.actors is None:
            return None
        actor = self.actors.actor_for_token(token)
        if actor is not None and actor.kind == "igo" and _lemma(token) in ENVOY_WORDS:
            # "Iran's U.N. ambassador", "his U.N. mission": a state's envoy to a body acts for the state
            poss = next((c for c in token.children if c.dep_ == "poss"), None)
            if poss is not None and poss.pos_ == "PRON":
                # "Iran's U.N. ambassador ..., but his U.N. mission": the envoy named before it
                poss = next((c for t in reversed(self.sent.doc[self.sent.start:token.i]) if _lemma(t) in ENVOY_WORDS
                             for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
            owner = self.actor(poss) if poss is not None else None
            if owner is not None and owner.country and not owner.org:
                actor = replace(owner, sector="GOV", members=[], text=token.text, start=token.idx,
                                end=token.idx + len(token.text))
        person = None
        if actor is not None and actor.code() is None and not actor.members:
            person, actor = actor, None
        if actor is None and self.actors.other_party(token):
            # "its neighbour('s forces)": not the pronoun's referent -- only a name beside the noun
            # ("its ally China") says who
            doc = token.doc
            beside = [c for c in token.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"]
            if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
                beside.append(doc[token.i + 1])  # the parser often splits "its ally China" into two subjects
            named = [self.actors.actor_for_token(c) for c in beside]
            found = next((replace(a, members=[]) for a in named if a is not None and a.code()), None)
            return found if found is not None else self._other_party_named_before(token)
        if actor is None:
            actor = self._np_fallback(token)
        if actor is None:
            actor = self._definite_antecedent(token)
        if actor is None and token.dep_ in ("nsubj", "nsubjpass", "pobj") and token.pos_ == "NOUN":
            actor = self._unnamed_by_place(token)
        if actor is None:
            # (not a thing owned by a pronoun's referent: "civilians and their goods" are not the goods' owner)
            members = [self.actor(c) for c in token.children if c.dep_ == "conj"
                       and not any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children)]
            members = [m for m in members if m is not None]
            if members:
                actor = members[0] if len(members) == 1 else replace(members[0], members=members,
                                                                     name=" and ".join(m.name for m in members))
        if actor is None and person is not None:
            actor = self._person_at_home(person)
        if actor is not None and actor.members:
            actor.members = [m for m in actor.members if m.code()]
            if not actor.code() and actor.members:
                actor = replace(actor.members[0], members=actor.members if len(actor.members) > 1 else [])
        return actor if actor is not None and actor.code() else None

    def _other_party_named_before(self, token) -> ActorRef | None:
        """"Trump ramped up his trade war with Canada, doubling the tariff on its
        northern neighbor's steel": a state's neighbour, rival or ally left
        unnamed is the state last named before it in this or the previous
        sentence other than the pronoun's referent."""
        owner = token
        while owner is not None and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in owner.children):
            owner = next((c for c in owner.children if c.dep_ == "poss"), None)
        pronoun = next((c for c in owner.children if c.dep_ == "poss" and c.pos_ == "PRON"), None) if owner else None
        if pronoun is None:
            return None
        referent = self._antecedent(pronoun) if pronoun.lower_ in THIRD_PERSON_GROUP else None
        if referent is None:
            return None
        first = self.sent.start if self.sent.start == 0 else self.sent.doc[self.sent.start - 1].sent.start
        window = self.sent.doc[first].idx
        others = [m for m in self.actors.mentions if m.start is not None and window <= m.start < token.idx
                  and m.kind == "state" and m.country and not m.org and m.country != referent.country]
        return replace(others[-1], members=[], text=token.text, start=token.idx,
                       end=token.idx + len(token.text)) if others else None

    def _np_fallback(self, token) -> ActorRef | None:
        """An actor named inside the phrase when its head is not one
        ("Somalia's ambassador to Kenya, X", "diplomats from the G7",
        "members of the alliance"): possessor and modifiers first, then
        appositions, then of/from/at/in phrases -- never "to X", which names
        the other side."""
        if token.pos_ not in ("NOUN", "PROPN"):
            return None
        ordered = [c for c in token.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        ordered += [c for c in token.children if c.dep_ == "appos"]
        for c in token.children:
            if c.dep_ == "prep" and (c.lower_ in ("of", "from", "at", "for", "in", "within", "including", "like")
                                     or (c.lower_ == "as" and any(t.lower_ == "such" for t in c.children)
                                         or c.doc[c.i - 1].lower_ == "such")):
                # "leaders, such as Hungarian Prime Minister Viktor Orban": the example named acts
                ordered += [p for p in c.children if p.dep_ == "pobj"]
            elif c.dep_ == "acl" and _lemma(c) in ("know", "call", "name", "dub"):
                # "a rebel group known as 3R", "a militia called the RSF": the name given
                ordered += [p for a in c.children if a.dep_ == "prep" and a.lower_ == "as"
                            for p in a.children if p.dep_ == "pobj"]
                ordered += [p for p in c.children if p.dep_ in ("oprd", "attr")]
                ordered += [q for p in list(ordered) if p.head.head == c for q in p.children if q.dep_ in ("appos", "conj")]
            elif c.dep_ == "acl" and c.tag_ == "VBN" and _lemma(c) in LEADING_VERBS:
                # "the coalition government led by Mario Draghi": a body acts as its leader's
                ordered += [p for p in [_by_agent(c)] if p is not None]
            elif c.dep_ in ("acl", "amod") and _lemma(c) in MEMBERSHIP_WORDS:
                # "separatists belonging to the BLA", "militants linked to al-Shabaab", "forces loyal to Haftar"
                ordered += [p for prep in c.children if prep.dep_ == "prep" and prep.lower_ in ("to", "with")
                            for p in prep.children if p.dep_ == "pobj"]
        for c in ordered:
            if c.i == token.i:
                continue
            if c.lower_ in THIRD_PERSON_GROUP:
                found = self._antecedent(c)
            else:
                found = self.actors.actor_for_token(c)
                if (found is None or not found.code()) and c.dep_ == "poss":
                    found = self._definite_antecedent(c)  # "the country's security forces"
                if found is None and c.dep_ == "pobj" and c.head.lower_ in ("in", "from") and c.ent_type_ == "GPE":
                    # "reporters in Kyiv", "doctors from Gaza City": a city gives its country
                    place = geo.lookup(c.text)
                    if place is not None and place.country:
                        found = ActorRef(c.text, place.country, country=place.country, sector="GOV", kind="state")
            if found is not None and found.code():
                if c.dep_ == "pobj" and c.head.lower_ in ("in", "from", "within", "across", "inside") and found.kind == "state" and not found.org:
                    # "journalists in Kenya", "opposition parties in Uganda": the place gives only the
                    # country; people and bodies named by the head keep their own sector
                    own = self.actors.unnamed_actor(token)
                    first = token.left_edge
                    found = replace(found, text=token.doc[first.i:c.i + 1].text, start=first.idx,
                                    end=c.idx + len(c.text))
                    if own is not None and own.sector and own.sector != "GOV":
                        return replace(found, members=[], sector=own.sector,
                                       kind="person" if own.kind == "person" else "group")
                return replace(found, members=[])
            if c.dep_ in ("appos", "pobj"):
                deeper = self._np_fallback(c)
                if deeper is not None:
                    return deeper
        return None

    def _definite_antecedent(self, token) -> ActorRef | None:
        """"The diplomats said" after "top diplomats from the G7", "the court's
        president" after "the International Court of Justice", "the country's
        forces" after "Somalia's agency": a definite noun phrase naming no
        actor itself is the actor last named in the previous sentences by a
        phrase with the same head word ("the country"/"the nation": the state
        last named)."""
        if self.actors is None or token.pos_ != "NOUN" or not any(
                c.dep_ in ("det", "case", "predet") and c.lower_ in DEFINITE | {"both"} for c in token.children):
            return None
        if any(c.dep_ in ("amod", "compound", "nmod") and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG"))
               for c in token.children):
            return None  # "the European side" after "the Chinese side": its own name says who, not the earlier one
        lemma = _lemma(token)
        doc = token.doc
        start = self.sent.start
        for _ in range(_ANTECEDENT_SENTENCES):
            if start == 0:
                break
            start = doc[start - 1].sent.start
        if lemma in ("country", "nation", "state"):  # ("the state did not release prisoners")
            states: list[ActorRef] = []
            for m in reversed(self.actors.mentions):
                if m.start is not None and doc[start].idx <= m.start < token.idx and m.kind == "state" \
                        and m.country and not m.org and not any(s.country == m.country for s in states):
                    states.append(replace(m, members=[]))
            if token.tag_ == "NNS":  # "both countries": the two states named last
                return _compound(states[1], states[0]) if len(states) >= 2 else None
            return states[0] if states else None
        if lemma in ("side", "party") and token.tag_ == "NNS" and any(c.lower_ == "both" for c in token.children):
            # "both sides stressed they are keen to resume cooperation": the two states or organisations
            # named last
            sides: list[ActorRef] = []
            for m in reversed(self.actors.mentions):
                if m.start is not None and doc[start].idx <= m.start < token.idx and m.kind != "person" \
                        and m.code() and not any(x.code() == m.code() for x in sides):
                    sides.append(replace(m, members=[]))
            return _compound(sides[1], sides[0]) if len(sides) >= 2 else None
        if token.tag_ == "NNS" and self.actors.names_role(token):
            # "the prime ministers signed", "both leaders reaffirmed": the office holders of different
            # states named last, together (PLOVER compound actor)
            people: list[ActorRef] = []
            for m in reversed(self.actors.mentions):
                if m.start is None or m.start >= token.idx or m.start < doc[start].idx or m.kind != "person" \
                        or not m.code() or any(p.code() == m.code() for p in people):
                    continue
                people.append(replace(m, members=[]))
                if len(people) == 2:
                    return _compound(people[1], people[0])
        for i in range(token.i - 1, start - 1, -1):
            earlier = doc[i]
            if earlier.pos_ not in ("NOUN", "PROPN") or (_lemma(earlier) != lemma and earlier.lower_ != token.lower_):
                continue
            found = self.actors.actor_for_token(earlier)
            if found is None or not found.code():
                found = self._np_fallback(earlier)
            if found is not None and found.code():
                return replace(found, members=[], text=token.text, start=token.idx, end=token.idx + len(token.text))
        if lemma in MEDIA_WORDS and token.tag_ == "NN":
            # "they have imposed a ban on the media outlet" after "VOA queries": the news medium named last
            media = [m for m in self.actors.mentions if m.sector == "JRN" and m.kind == "group" and m.code()
                     and m.start is not None and doc[start].idx <= m.start < token.idx]
            if media:
                return replace(media[-1], members=[], text=token.text, start=token.idx,
                               end=token.idx + len(token.text))
        if lemma in GROUP_WORDS and token.tag_ == "NN":
            # "the group gave authorities 48 hours": the organisation named last, when it is an armed group
            # (guidelines: militants are resolved from the preceding sentences)
            orgs = [m for m in self.actors.mentions if m.org and m.start is not None
                    and doc[start].idx <= m.start < token.idx]
            group = self.actors.armed_group_before(token)
            if orgs and group is not None and orgs[-1].org == group.org:
                return replace(group, text=token.text, start=token.idx, end=token.idx + len(token.text))
            if orgs and orgs[-1].kind == "igo":
                # "The G7 joint statement said the group remains concerned": the body named last
                return replace(orgs[-1], members=[], text=token.text, start=token.idx, end=token.idx + len(token.text))
        return None

    def _unnamed_by_place(self, token) -> ActorRef | None:
        """"Gunmen stormed a hotel in the Somali city of Beledweyne",
        "security forces in Somalia": an unnamed armed or state actor is coded
        by the country where it acts (the one state the sentence locates
        things in), with the sector its noun says."""
        lemma = _lemma(token)
        sector = UNNAMED_ARMED.get(lemma) or UNNAMED_ARMED.get(token.lower_)
        if sector is not None and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children):
            # guidelines: "the militants" are resolved from the preceding sentences; gunmen with no earlier
            # mention are coded by the country
            group = self.actors.armed_group_before(token)
            if group is not None:
                return replace(group, text=token.text, start=token.idx, end=token.idx + len(token.text))
        if sector is None:
            sector = UNNAMED_STATE.get(lemma)
            if sector is None or any(c.dep_ == "poss" for c in token.children):
                return None
        country = self._placed_phrase(token) if sector in ("UAF", "REB") else (
            self._placed_phrase(token) or self._reporting_state(token))  # ("police in Nairobi": that place's)
        country = country or self._home_country()
        if country is None:
            return None
        return self._by_place(ActorRef(token.text, country, country=country, sector=sector,
                                       kind="group" if sector in ("UAF", "REB") else "state",
                                       start=token.idx, end=token.idx + len(token.text)))

    def _reporting_state(self, token) -> str | None:
        """"A statement from the Pakistani military said troops had killed 12
        militants", "police arrested 30 people, according to the Interior
        Ministry": unnamed forces or police in what a state's own government,
        army or police reports are that state's (a state reports its own
        forces' acts; others' it names: "Ukraine's military said Russian
        forces ..."). Only the army and the police: the reporter's state, not
        the place, when the report is the state's own."""
        if UNNAMED_STATE.get(_lemma(token)) not in ("MIL", "COP") or self.actors is None:
            return None
        key = ("reporting_state", self.sent.start)
        if key in self.cache:
            return self.cache[key]
        self.cache[key] = None  # (the reporter may itself be unnamed forces: "police said troops ...")
        reporters = [s for t in self.sent if t.pos_ == "VERB" and self.wrappers.get((_lemma(t), "V")) == "report"
                     for s in _children(t, "nsubj")]
        reporters += [p for t in self.sent if t.lower_ == "according" for c in _children(t, "prep")
                      for p in _children(c, "pobj")]
        country = None
        for reporter in reporters:
            if reporter.i == token.i:
                continue
            if _lemma(reporter) in STATEMENT_NOUNS:
                reporter = next((p for c in reporter.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                                 for p in _children(c, "pobj")), reporter)
            actor = self.actors.actor_for_token(reporter)
            if actor is not None and actor.country and not actor.org and actor.sector in ("GOV", "MIL", "COP"):
                country = actor.country
                break
        self.cache[key] = country
        return country

    def _by_place(self, actor: ActorRef) -> ActorRef:
        """Remember an actor coded only by the country the sentence's places
        give, so _finish can tell it from one the sentence names."""
        if actor.country is None and actor.org is None:
            # like unnamed gunmen (guidelines: country + UAF), an act reported without its actor is coded
            # by the country where it happens
            home = self._home_country()
            if home is not None:
                actor.country = actor.name = home
        self._placed.add(id(actor))
        return actor

    def _crowd(self, trigger, frame: Frame, known: ActorRef | None) -> ActorRef | None:
        """"Thousands protested in Yangon", "chicken sellers in Cameroon's
        capital held a sit-in", "Kenyan doctors staged a strike": protesters
        named by what they are, coded by their country (the one their phrase
        names, else the one the sentence's places give) with the sector of
        the people, not of the state ("teachers in Nigeria" are no government)."""
        verb = trigger if frame.pos == "V" else self._governing_verb(trigger)
        if verb is None and trigger.dep_ in ("nsubj", "nsubjpass"):
            subj = None  # "protests continue": the protesters are unnamed
        else:
            subj = self.subject(verb)[0] if verb is not None else None
        if subj is None:
            return None
        heads = [subj] + [p for prep in subj.children if prep.dep_ == "prep" and prep.lower_ == "of"
                          for p in prep.children if p.dep_ == "pobj"]
        sector = None
        for head in reversed(heads):  # "hundreds of students": the counted noun says who
            sector = CROWD_SECTORS.get(_lemma(head)) or CROWD_SECTORS.get(head.lower_)
            if sector:
                break
        if sector is None:
            return None
        if any(_lemma(t) == "opposition" for t in subj.subtree):
            sector = "OPP"
        if known is not None and known.org:
            return None  # a named organisation protests as itself
        country = known.country if known is not None and known.country else None
        if country is None:
            # the phrase's own words, not its clauses ("people, many waving Palestinian flags")
            inner = next((a for a in (self.actor(t) for t in _phrase_tokens(subj) if t.i != subj.i)
                          if a and a.country), None)
            country = inner.country if inner is not None else self._home_country()
        if country is None:
            return None
        return ActorRef(subj.text, country, country=country, sector=sector, kind="group",
                        start=subj.idx, end=subj.idx + len(subj.text))

    def _implied_agent(self, frame: Frame) -> ActorRef:
        """The unnamed actor an act done to someone implies ("in custody":
        police, "on trial": a court), of the country where the sentence
        happens (its places, else the report's home country)."""
        return self._by_place(ActorRef("", "unknown", sector=IMPLIED_AGENT_SECTOR[frame.type], kind="unknown"))

    def _home_country(self) -> str | None:
        """Where the sentence's unnamed actors act: the one country of the
        places it says things happen in ("in Istanbul"), else the one country
        its places name at all, else the report's home country (dateline,
        most named country)."""
        key = ("home", self.sent.start)
        if key not in self.cache:
            # a place locating a body ("the Council based in Geneva") is not where the acts happen
            where = {place.country for i, place in _sentence_places(self.ents)
                     if place.country and not _seat_of_body(self.sent.doc[i])}
            home = where.pop() if len(where) == 1 else None
            if home is None:
                # "the president will visit Japan": where an act goes says nothing of who acts
                home = self._place_country(undirected=True)
            if home is None and self.actors is not None:
                home = self.actors.home_country()
            self.cache[key] = home
        return self.cache[key]

    def _place_country(self, undirected: bool = False) -> str | None:
        """The single country the sentence's places belong to, else None
        (`undirected`: leaving out the objects and destinations of acts)."""
        key = ("place", self.sent.start, undirected)
        if key in self.cache:
            return self.cache[key]
        countries = set()
        for ent in self.ents:
            if undirected and _directed_at(ent.root):
                continue
            head = ent.root
            while head.dep_ == "conj":  # "Britain and Canada announced": every conjoined subject acts
                head = head.head
            if ent.label_ == "GPE" and head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
                continue  # "charges which Washington has dismissed": a state acting, not where things happen
            if ent.label_ in ("GPE", "LOC", "NORP"):
                # the actor tables first: the gazetteer holds odd homonyms of capitals
                actor = self.actors.actor_for_span(ent.start_char, ent.end_char) if self.actors is not None else None
                place = geo.lookup(ent.text) if actor is None or not actor.country or actor.org else None
                if actor is not None and actor.country and not actor.org:
                    countries.add(actor.country)
                elif place is not None and place.country:
                    countries.add(place.country)
        self.cache[key] = countries.pop() if len(countries) == 1 else None
        return self.cache[key]

    def _antecedent(self, token) -> ActorRef | None:
        """"it"/"they": as the subject of a complement clause, the subject of
        the clause above ("Russia has informed Norway that it plans ...");
        otherwise a state or organisation named before it in this or the
        previous two sentences: in the nearest sentence that names one, its
        subject if it names one ("The Kremlin said much remains to be done on
        a Ukraine deal, signaling its reluctance"), else the last one named.
        "They" may also be an unnamed group that was a subject ("The militants
        asked ... 'Then they picked out police officers'")."""
        if self.actors is None:
            return None
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ in ("ccomp", "advcl") \
                and token.head.head.pos_ in ("VERB", "AUX"):
            matrix = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
            if matrix is not None and matrix.lower_ not in THIRD_PERSON_GROUP | FIRST_PERSON:
                found = self.actor(matrix)
                if found is not None and found.kind != "person":
                    return found  # (all of a compound: "both sides stressed that they are keen")
        doc = token.doc
        plural = token.lower_ in ("they", "them", "their")
        # "They called on China to ...": a subject pronoun is not the one its own clause acts on
        skip = set()
        if token.dep_ in ("nsubj", "nsubjpass"):
            clause = list(token.head.subtree)
            # (by code and sector: senators who "wrote in a letter to Rubio" are not the Secretary of State)
            skip = {(m.code(), m.sector) for m in self.actors.mentions if m.start is not None and m.code()
                    and token.idx < m.start < clause[-1].idx + len(clause[-1])}
        if plural and any(t.i < token.i and t.dep_ == "nsubj" and t.tag_ == "NNS" and t.head.i != token.head.i
                          and _lemma(t) not in UNNAMED_ARMED and self.actor(t) is None
                          and not _quoted(t) for t in self.sent):
            return None  # "Demonstrators chanted as they march": the people just named, whom no code names
        sent = self.sent
        for _ in range(3):
            found = self._antecedent_in(sent, token, plural, skip)
            if found is not None:
                return replace(found, members=[])
            if sent.start == 0:
                break
            sent = doc[sent.start - 1].sent
        return None

    def _antecedent_in(self, sent, token, plural: bool, skip: set = frozenset()) -> ActorRef | None:
        """The antecedent of `token` among the actors of `sent` before it
        (subject first), none of those coded as in `skip`."""
        doc = token.doc
        found = []  # (is subject, actor)
        for m in self.actors.mentions:
            if m.start is None or m.start >= token.idx or m.start < sent.start_char or m.start >= sent.end_char:
                continue
            if not m.code() or (m.code(), m.sector) in skip:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            if m.kind == "person" and not (plural and (root.tag_ == "NNPS" or root.tag_ == "NNS" or m.members)):
                continue  # one person is "he"/"she"; "they" may be people named together ("three senators")
            if sent.start == token.sent.start and _quoted(root) and not _quoted(token):
                continue  # '"... the actions of Dodik, the leader of Bosnia's entity," they wrote': what is said
            if root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "near", "from"):
                continue  # a place, not who acts
            if root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ in ("NOUN", "PROPN") \
                    and not self.actors.names_actor(root.head) and root.head.dep_ not in ("nsubj", "nsubjpass"):
                continue  # "a Ukraine ceasefire deal": a thing's modifier, not who acts
            while root.dep_ in ("compound", "amod", "nmod", "poss") and root.head.pos_ in ("NOUN", "PROPN"):
                root = root.head  # "The G7 joint statement said": the phrase's place in the clause
            found.append((root.dep_ in ("nsubj", "nsubjpass"), m))
        if plural:
            for t in sent:
                if t.i >= token.i or t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "NOUN" or t.tag_ != "NNS" \
                        or any(a.start == t.idx for _, a in found):
                    continue
                armed = _lemma(t) in UNNAMED_ARMED or t.lower_ in UNNAMED_ARMED
                if armed:
                    actor = self.actors.armed_group_before(t)
                else:
                    # "three members of the U.S. Senate ... led a group ...; 'We are concerned,' they wrote":
                    # people named by a plural noun of a coded body
                    actor = self.actors.actor_for_token(t)
                    if actor is None or not actor.code():
                        # "Nine press freedom and rights groups called for ... 'We urge ...,' they said": unnamed
                        # non-governmental organisations (guidelines: NGO)
                        unnamed = self.agent(t)
                        actor = unnamed if unnamed is not None and unnamed.org == "NGO" else actor
                    if actor is None or not actor.code() or actor.kind == "unknown" or (actor.code(), actor.sector) in skip \
                            or (sent.start == token.sent.start and _quoted(t) and not _quoted(token)):
                        actor = None
                if actor is not None:
                    found.append((True, replace(actor, start=t.idx)))
        if not found:
            return None
        found.sort(key=lambda f: f[1].start)
        subjects = [a for is_subject, a in found if is_subject]
        return (subjects or [a for _, a in found])[-1]

    def _speaker(self) -> ActorRef | None:
        """The subject of the sentence's reporting verb (for "we"/"I" in quotes);
        a quotation that is a sentence of its own, with no reporting verb, goes on
        the quote of the sentence before ('"... impositions," Cavusoglu said.
        "If the United States approaches us positively, we will ..."')."""
        speaker = self._reporter(self.sent)
        if speaker is not None:
            return speaker
        quotes = [t for t in self.sent if t.is_quote]
        # (inside a quotation: opening one, or closing one opened in an earlier sentence)
        sent = self.sent
        if quotes and (quotes[0].i == sent.start or (len(quotes) % 2 == 1 and quotes[-1].i >= sent.end - 2)):
            for _ in range(3):
                if sent.start == 0 or any(t.pos_ == "VERB" and self.wrappers.get((_lemma(t), "V")) == "report"
                                          for t in sent):
                    break
                sent = self.sent.doc[sent.start - 1].sent
                if any(t.is_quote for t in sent):
                    speaker = self._reporter(sent)
                    if speaker is not None:
                        return speaker
        return None

    def _reporter(self, sent) -> ActorRef | None:
        """The subject of `sent`'s reporting verb, else the one a transcript line opens with."""
        for token in sent:
            if token.pos_ == "VERB" and self.wrappers.get((_lemma(token), "V")) == "report":
                for s in _children(token, "nsubj"):
                    if s.lower_ not in FIRST_PERSON:
                        return self.actor(s)
                if token.dep_ == "advcl" and token.tag_ == "VBG" and not _children(token, "nsubj", "nsubjpass"):
                    # "Lammy echoed this sentiment, saying, '...'": the main clause's subject
                    subj = self.subject(token)[0]
                    if subj is not None and subj.lower_ not in FIRST_PERSON and self.actor(subj) is not None:
                        return self.actor(subj)
                named = self._named_before_verb(token)
                if named is not None:
                    return named
        for token in sent:
            # '"...," according to a statement from Iran's foreign ministry': the one it is attributed to
            if token.lower_ == "according":
                for source in (p for c in _children(token, "prep") if c.lower_ == "to" for p in _children(c, "pobj")):
                    if _lemma(source) in STATEMENT_NOUNS:
                        source = next((p for c in source.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                                       for p in _children(c, "pobj")), source)
                    actor = self.actor(source)
                    if actor is not None and actor.code():
                        return actor
        if sent.start != self.sent.start:
            return None
        # an interview transcript: "Richard Armitage, former U.S. deputy secretary of state: The message we ..."
        colon = next((t for t in self.sent if t.text == ":"), None)
        if colon is not None and colon.i > self.sent.start:
            before = self.sent.doc[self.sent.start:colon.i]
            heads = [t for t in before if not (before.start <= t.head.i < before.end) or t.head.i == t.i]
            if len(heads) == 1 and heads[0].pos_ in ("PROPN", "NOUN") and not any(t.pos_ in ("VERB", "AUX")
                                                                                  for t in before):
                return self.actor(heads[0])
        return self._quotation_speaker()

    def subject(self, verb):
        """(subject token, is_passive) of a verb, inheriting across conjunctions
        and relative clauses."""
        passive = _is_passive(verb)
        subj = None
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass", "csubj") and not (self.actors and self.actors.misread_subject(c)):
                subj = c
                break
        if passive:
            return _by_agent(verb), subj, True
        if subj is None and verb.tag_ == "VBN" and verb.dep_ in ("acomp", "advcl", "xcomp", "oprd") \
                and _lemma(verb.head) in STATE_VERBS:
            # "two soldiers stand accused of the bombing", "he remains detained": a passive participle after a
            # verb of state; the subject is the one acted on, the by-phrase names who acts
            return _by_agent(verb), next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None), True
        if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") \
                and not (verb.head.dep_ == "ROOT" and verb.head.i == verb.i - 1):  # (a misparsed finite verb)
            # "books banned by the Taliban", "protesters detained by police": a participle modifying
            # what it is done to; its by-phrase names who does it
            return _by_agent(verb), verb.head, True
        if subj is None:
            if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
                return self.subject(verb.head)[0], None, False
            if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
                # "Russia is expected to attack", "the Senate prepares to vote": the one the verb above
                # names acts (its object when it has one: "urged Russia to withdraw")
                matrix = verb.head
                controller = next((c for c in matrix.children if c.dep_ == "dobj"), None) \
                    or next((c for c in matrix.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if controller is not None:
                    return controller, None, False
                return self.subject(matrix)[0], None, False
            if verb.dep_ == "relcl":
                return verb.head, None, False
            if verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN") \
                    and verb.head.i < verb.i and verb.tag_ in ("VBD", "VBZ", "VBP", "VBN"):
                # "Trump at first imposed 25% tariffs": a finite verb hung on the name before it as the root's
                # clause -- the name is its subject
                return verb.head, None, False
            if verb.dep_ == "ccomp" and _lemma(verb.head) in SAYING_VERBS:
                # "a source said Ankara ... imposed controls": the small model makes the clause's subject the
                # object of "said", which takes none
                obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i
                            and c.pos_ in ("PROPN", "NOUN")), None)
                if obj is not None:
                    return obj, None, False
            # "Leavitt called Ford's comments ...": the small model hangs a finite verb on the
            # name before it as a clause; the name is its subject
            # (also tagged VBN when it takes an object: "Trump called Canada one of ...")
            if verb.dep_ == "acl" and verb.head.pos_ == "PROPN" and verb.head.i == verb.i - 1 \
                    and verb.head.dep_ == "ROOT" and (verb.tag_ in ("VBD", "VBZ", "VBP") or (
                        verb.tag_ == "VBN" and any(c.dep_ in ("dobj", "oprd", "ccomp") for c in verb.children))):
                return verb.head, None, False
            # "held a sit-in to protest the restrictions": a purpose clause shares the subject
            purpose = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            # (a perfect participle clause too: "..., having treated 385 survivors")
            perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)
            if (purpose or (verb.dep_ in ("advcl", "acl") and (verb.tag_ == "VBG" or perfect))) \
                    and verb.head.pos_ in ("VERB", "AUX"):
                return self.subject(verb.head)[0], None, False
            # "responded by destroying", "after meeting": the subject of the main verb -- of a passive one
            # too ("Mech Dara was released after apologizing", "the group is best known for wreaking havoc":
            # the one released apologized); "for" only after a verb with no object ("thanked them for
            # helping": the object helped)
            if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX") \
                    and (verb.head.lower_ in ("by", "after", "before", "while", "in", "without", "through",
                                              "despite", "upon")
                         or (verb.head.lower_ == "for" and not _children(verb.head.head, "dobj", "dative"))):
                main = verb.head.head
                agent, patient, passive = self.subject(main)
                if passive and verb.head.lower_ != "by":
                    return patient, None, False
                return agent, None, False
        return subj, None, False

    # ---------------------------------------------------------------- candidates

    def candidates(self) -> list[_Candidate]:
        found = []
        if _question(self.sent):
            return found  # "How to interpret the military drills?": a question reports no act
        for token in self.sent:
            if token.ent_type_ in ("DATE", "TIME"):
                continue  # "in March 2020", "on Strike Day": a date, not an event
            frame = _match_frame(token)
            if _withheld_permission(token):
                frame = _WITHHELD_PERMISSION_FRAME
            cand = self._candidate(token, frame) if frame is not None else None
            if cand is not None and frame.pos == "E" and token.pos_ == "VERB" and cand.target is None:
                cand = None  # "said the talks failed to ...": wrongdoing with no one to blame
            if token.pos_ in ("VERB", "AUX") and (frame is None or frame.pos == "V"):
                cand = self._obligation(token, cand)
            if cand is None and frame is None and token.pos_ == "VERB" and _lemma(token) in EXPECTATION_VERBS:
                cand = self._expectation(token)
            if cand is None and frame is None:
                cand = self._allegation(token) or self._denied_claim(token) or self._claim_called_false(token)
            cand = _domestic_reading(self, cand)
            if cand is not None and (_open_question(cand.trigger) or self._opinion_holder(cand)
                                     or self._protest_in_passing(cand)):
                continue
            if cand is not None:
                found.append(self._alleged_act(self._made_condition(self._demanded_stop(cand))))
                judged = self._judged_act(found[-1])
                if judged is not None:
                    found.append(judged)
        found += _nominal_acts(self, found)  # acts told through nouns, rules and idioms
        # evaluative speech with no verb of its own ("called the ruling 'arbitrary'", '"It doesn't work,"
        # X said'): a fallback for clauses no event above comes from
        found = with_judgements(self, found)
        found = with_conditionals(self, found)  # threats, demands and promises said by conditions and modals
        return found

    def _expectation(self, verb) -> _Candidate | None:
        """"Pakistan expects the Afghan government to uphold its
        responsibilities": a coded actor expecting another to act asks it
        of them (REQUEST), whatever the act (acts the lexicon knows are
        coded through the wrapper in _climb)."""
        clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if clause is None or _match_frame(clause) is not None:
            return None
        asked = next((c for c in clause.children if c.dep_ == "nsubj"), None) \
            or next((c for c in verb.children if c.dep_ == "dobj"), None)
        if asked is None or asked.lower_ in FIRST_PERSON:
            return None
        source, target = self.actor(self.subject(verb)[0]), self.actor(asked)
        if _code(source) is None or _code(target) is None or _same(source, target):
            return None
        cand = _Candidate(verb, _OBLIGATION_FRAME, "REQUEST", None, source=source, target=target, top=verb)
        self._verb_modality(verb, cand)
        if cand.negated or cand.future or cand.conditional:
            return None
        return cand

    def _impersonal_warning(self, verb) -> bool:
        """"The IMF warned that inflation could rise", "the UN warned of a
        looming famine": a warning about what may happen, with no one to act
        or be acted on, is no threat (manual, THREATEN: "coercive or forceful
        warnings")."""
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if clause is not None:
            if any(_lemma(t) in THREAT_WORDS or (f is not None and f.type in CONFLICT_MATERIAL | {"THREATEN"})
                   for t in clause.subtree for f in [_match_frame(t)]):
                return False  # "warned that Russia would pay a price", "... that it would strike back"
            subj = _clause_subject(clause)
            if subj is None:
                return True
            # someone named (or a pronoun for someone) is warned about ("warned that terrorists will not be
            # spared"); "the situation in Gaza", "the country", "the law" are what the warning is about
            named = subj.pos_ in ("PROPN", "PRON") \
                or _lemma(subj) in UNNAMED_ARMED or _lemma(subj) in UNNAMED_STATE \
                or any(c.dep_ in ("compound", "poss", "amod", "nmod") and c.ent_type_ in ("GPE", "NORP", "ORG")
                       for c in subj.children)  # "key U.S. bases are now at risk"
            return not named
        about = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "about")
                 for p in c.children if p.dep_ == "pobj"]
        # "of a looming famine in Sudan": a common noun, no act and no one (its place is no actor here)
        return bool(about) and all(p.pos_ == "NOUN" and _match_frame(p) is None and _lemma(p) not in UNNAMED_ARMED
                                   and _lemma(p) not in UNNAMED_STATE for p in about)

    def _opinion_holder(self, cand: _Candidate) -> bool:
        """"Analysts are raising concerns", "analysts say, continued
        negotiations will be needed": an act without a coded actor that
        analysts, experts or scholars voice or report is their view, no event
        (gold guidelines: opinions of analysts, experts, professors are null).
        An act of a coded actor they only foresee ("analysts fear the law will
        help Beijing tighten control") or judge ("the decision to dissolve the
        party is a strategic decision, the analyst says") is their view too."""
        coded = cand.source is not None and (cand.source.code() or cand.source.members)
        if coded and not (cand.future or cand.conditional or _judged_topic(cand.trigger)):
            return False
        trigger = cand.trigger
        clause = trigger if trigger.pos_ in ("VERB", "AUX") else self._governing_verb(trigger)
        holders = [self.subject(clause)[0]] if clause is not None and clause.pos_ in ("VERB", "AUX") else []
        for verb in trigger.ancestors:  # the reporting verbs above the act, or hung on a clause above it
            for v in [verb, *(c for c in verb.children if c.dep_ == "parataxis")]:
                if v.pos_ == "VERB" and self.wrappers.get((_lemma(v), "V")) in ("report", "intend"):
                    holders.append(self.subject(v)[0])
            if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "nsubj") and verb.head.pos_ == "VERB":
                holders.append(self.subject(verb.head)[0])  # "analysts are raising concerns that ..."
        return any(h is not None and _opinion_person(h) for h in holders)

    def _judged_act(self, cand: _Candidate) -> _Candidate | None:
        """"'Lai's unjust detention ...', the spokesperson said", "X called
        it a brutal crackdown": a judgement word on a reported act of force is
        the speaker's ACCUSE (disapprove) on the act's actor, next to the act."""
        trigger = cand.trigger
        if cand.type not in CONFLICT_MATERIAL or trigger.pos_ != "NOUN" or _code(cand.source) is None:
            return None
        word = next((c for c in trigger.children if c.dep_ == "amod" and (_lemma(c), "E") in load_lexicon()), None)
        if word is None:
            return None
        clause = self._governing_verb(trigger)
        reporting, speaker, said = self._reported_speaker(clause, trigger)
        if not said:
            return None
        if _code(speaker) is None or _same(speaker, cand.source):
            return None
        frame = load_lexicon()[(_lemma(word), "E")][0]
        out = _Candidate(word, frame, frame.type, frame.mode, top=reporting or clause)
        out.source, out.target = speaker, cand.source
        return out

    def _reported_speaker(self, clause, quoted_token):
        """(reporting verb, speaker, said): who says a clause -- the subject of
        its reporting verb, or inside a quotation the sentence's speaker;
        said is False when the clause is nobody's words."""
        reporting = _reporting_verb(clause) if clause is not None else None
        if reporting is not None:
            return reporting, self.actor(self.subject(reporting)[0]), True
        if _quoted(quoted_token):
            return None, self._speaker(), True
        return None, None, False

    # ---------------------------------------------------------------- allegations in reported speech

    def _allegation_speaker(self, clause, token):
        """(top, speaker) of a clause that is someone's claim: the subject of
        its reporting verb or the quoted speaker, the holder of a claim noun
        ("reiterated the claim that ..."), the object of "according to", an
        unnamed accuser for "allegedly"/"reportedly". (None, None) when the
        clause is the reporter's own statement."""
        reporting, speaker, said = self._reported_speaker(clause, token)
        if said and speaker is None and reporting is not None:
            # "intelligence reports confirmed that ...," a statement from the military said: the outer speaker
            outer, outer_speaker = self._allegation_speaker(reporting, reporting)
            if outer_speaker is not None:
                return outer, outer_speaker
        if said:
            return reporting or clause, speaker
        head = clause
        while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
            head = head.head
        if head.dep_ in ("acl", "ccomp") and head.head.pos_ == "NOUN" and _lemma(head.head) in CLAIM_NOUNS:
            noun = head.head
            owner = _children(noun, "poss")
            verb = self._governing_verb(noun)
            if owner:
                return verb or head, self.actor(owner[0])  # "Pakistan's claim that ..."
            if verb is not None and noun.dep_ == "dobj":
                return verb, self.actor(self.subject(verb)[0])  # "X reiterated the claim that ..."
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "according":
                for p in (p for to in _children(c, "prep") for p in _children(to, "pobj")):
                    return head, self._unnamed_accuser(self.agent(p), _clause_subject(head))
        if any(c.dep_ == "advmod" and c.lower_ in HEARSAY_ADVERBS for c in head.children):
            return head, ActorRef("", "unknown", kind="unknown")
        return None, None

    def _unnamed_accuser(self, accuser: ActorRef | None, accused_token) -> ActorRef | None:
        """"The IRGC of Iran was allegedly behind the plot, according to
        prosecutors": unnamed prosecutors or police placed by the sentence's
        only country name, when that name is the accused's own, are the
        report's (a state's prosecution seldom accuses its own Guard Corps in
        a foreign report)."""
        if accuser is None or accuser.sector not in ("JUD", "COP") or accused_token is None or self.actors is None:
            return accuser
        if accuser.start is not None and any(t.ent_type_ in ("GPE", "NORP") for t in self.sent
                                             if accuser.start <= t.idx < (accuser.end or accuser.start + 1)):
            return accuser  # "Iranian prosecutors": their own country is named
        accused = self.actor(accused_token)
        home = self.actors.home_country()
        if accused is not None and accused.country == accuser.country and home and home != accuser.country:
            return replace(accuser, country=home, name=home)
        return accuser

    def _blamed_actor(self, subj, speaker):
        """The coded actor a blame clause is about: its subject, else one named in the subject phrase
        ("the attitude of several NATO members")."""
        if subj is None:
            return None
        blamed = self.actor(subj)
        if blamed is None:
            blamed = next((a for a in (self.actor(t) for t in subj.subtree if t.pos_ in ("PROPN", "NOUN", "PRON"))
                           if _usable(a, speaker) and a.code()), None)
        if blamed is None or not (blamed.code() or blamed.members) or not _usable(blamed, speaker):
            return None
        return blamed

    def _allegation(self, token) -> _Candidate | None:
        """"X said Hamas was responsible for the attack", "the IRGC was
        allegedly behind the plot, according to prosecutors", "X said Kabul
        was failing to rein in the separatists": a speaker naming another
        actor as the one responsible for a wrongdoing accuses it (ACCUSE
        allege), one failing its duty criticises it (ACCUSE disapprove)."""
        lemma = _lemma(token)
        absorbed = set()
        if token.lower_ == "behind" and token.dep_ == "prep":
            clause, mode, wrongs = token.head, "allege", _children(token, "pobj")
        elif token.pos_ == "ADJ" and lemma in RESPONSIBILITY_ADJECTIVES and token.dep_ == "acomp":
            clause, mode = token.head, "allege"
            wrongs = [p for c in token.children if c.dep_ == "prep" and c.lower_ == RESPONSIBILITY_ADJECTIVES[lemma]
                      for p in c.children if p.dep_ in ("pobj", "pcomp")]
        elif token.lower_ == "blame" and token.dep_ == "xcomp" and any(c.lower_ == "to" for c in token.children):
            clause, mode = token.head, "allege"  # "X is to blame for the crisis"
            wrongs = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "for"
                      for p in c.children if p.dep_ in ("pobj", "pcomp")] or [token]
        elif lemma in ("responsibility", "blame") and token.dep_ == "dobj" and _lemma(token.head) in BEARING_VERBS:
            clause, mode = token.head, "allege"  # "Israel bears full responsibility for the escalation"
            wrongs = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "for"
                      for p in c.children if p.dep_ in ("pobj", "pcomp")] or [token]
        elif token.pos_ == "VERB" and lemma in ("fail", "neglect"):
            xcomps = [c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
            if not xcomps:
                return None
            clause, mode, wrongs = token, "disapprove", [token]
            absorbed = {x.i for x in xcomps}  # the duty left undone is no event of its own
        elif (lemma, "E") in load_lexicon():
            return self._unreported_judgement(token)
        elif token.pos_ == "VERB" and lemma in CONSIDERING_VERBS:
            return self._considered_judgement(token)
        elif token.pos_ == "VERB" and lemma in ("use", "exploit") and any(
                _lemma(p) in MISUSE_NOUNS for c in token.children if c.dep_ == "prep" and c.lower_ == "as"
                for p in c.children if p.dep_ == "pobj"):
            clause, mode, wrongs = token, "allege", [token]  # "said Ukraine is using civilians as human shields"
        else:
            return None
        if clause.pos_ == "AUX" or _lemma(clause) in COPULAS | BEARING_VERBS:
            pass
        elif clause is not token:
            return None
        if not any(w is token or _lemma(w) in WRONGDOING_NOUNS or (
                (f := _match_frame(w)) is not None and f.type in CONFLICT_MATERIAL | {"THREATEN"}) for w in wrongs):
            return None
        top, speaker = self._allegation_speaker(clause, token)
        if speaker is None:
            return None
        blamed = self._blamed_actor(_clause_subject(clause), speaker)
        if blamed is None:
            return None
        cand = self._accusation(token, _ALLEGATION_FRAME, mode, speaker, blamed, top=top, clause=clause)
        if cand is not None:
            cand.absorbed = absorbed
        return cand

    def _denied_claim(self, token) -> _Candidate | None:
        """"Iran has denied for years that its nuclear pursuits are for
        military purposes": a denied that-clause with no codable act in it
        is a claim rejected by the denier (an act in it is coded negated,
        through the "deny" wrapper, instead)."""
        if token.pos_ != "VERB" or _lemma(token) not in DENYING_VERBS:
            return None
        claims = [c for c in token.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        if not claims or any(_match_frame(t) is not None for c in claims for t in c.subtree):
            return None
        subj = self.subject(token)[0]
        source = self.agent(subj) if subj is not None else None
        if source is None or not (source.code() or source.members):
            return None
        cand = _Candidate(token, _DENIAL_FRAME, "REJECT", None, source=source, top=token)
        self._verb_modality(token, cand)
        if cand.negated or cand.unrealised or cand.conditional:
            return None  # "did not deny that ...": no rejection
        return cand

    def _claim_called_false(self, token) -> _Candidate | None:
        """"'This is completely false,' Nebenzia told the council", "the
        ministry said the reports were unfounded": a claim its speaker calls
        false is rejected by the speaker (REJECT); "is not false" rejects nothing."""
        if token.pos_ != "ADJ" or token.lower_ not in FALSITY_WORDS or token.dep_ != "acomp" \
                or _lemma(token.head) not in COPULAS:
            return None
        clause = token.head
        subj = _clause_subject(clause)
        if subj is None or _lemma(subj) not in CLAIM_SUBJECTS:
            return None
        reporting = _reporting_verb(clause)
        if reporting is not None:
            top, speaker = reporting, self.actor(self.subject(reporting)[0])
        elif _quoted(clause) and _main_clause(clause):
            top, speaker = clause, self._speaker()
        else:
            return None
        if speaker is None or not (speaker.code() or speaker.members):
            return None
        cand = _Candidate(token, _DENIAL_FRAME, "REJECT", None, source=speaker, top=top)
        self._verb_modality(clause, cand)
        if cand.negated or cand.unrealised or cand.conditional:
            return None
        return cand

    def _accusation(self, trigger, frame: Frame, mode, source, target, top, clause) -> _Candidate | None:
        """The speaker's ACCUSE on the one blamed, unless the judged clause
        denies it ("X was not behind the attack": an exoneration), makes it a
        condition or leaves it unrealised."""
        cand = _Candidate(trigger, frame, "ACCUSE", mode, source=source, target=target, top=top)
        self._verb_modality(clause, cand)
        if cand.negated or cand.unrealised or cand.conditional:
            return None
        cand.future = False
        return cand

    def _alleged_act(self, cand: _Candidate) -> _Candidate:
        """A reported act a speaker lays on another as misconduct is its
        accusation (ACCUSE), not an event of its own: an act given with its
        instigator ("the attack was orchestrated by militants based in
        Afghanistan"), attackers' collusion ("attackers collaborated with
        partners in Afghanistan"), an act whose doer the speaker brands
        ("Israel, the cruel terrorist state, attacks ...") and an act shown
        as a pattern of conduct ("the case highlights how far the government
        will go to silence its critics")."""
        trigger = cand.trigger
        if cand.type == "ACCUSE":
            return self._blamed_in_saying(self._reporters_participle(self._group_speaker(cand)))
        if cand.negated or cand.frame.pos == "E":
            return cand
        clause = trigger if trigger.pos_ in ("VERB", "AUX") else self._governing_verb(trigger)
        if clause is None:
            return cand
        blamed, mode, alleged = cand.source, "allege", None
        if trigger.pos_ == "NOUN" and _lemma(clause) in RESPONSIBILITY_VERBS and trigger.dep_ in ("dobj", "nsubjpass"):
            pass
        elif cand.type in COOPERATIVE_ACTS and _lemma(trigger) in COLLUSION_VERBS \
                and _lemma(self.subject(clause)[0] or trigger) in UNNAMED_ARMED:
            # ("in touch with planners in Afghanistan": the meeting's coded participant)
            blamed = cand.target if _code(cand.target) else next(
                (m for m in cand.source.members if m.code()), cand.source) if cand.source else None
        elif cand.type in CONFLICT_MATERIAL | {"THREATEN"} and trigger.pos_ == "VERB" \
                and (brand := self._branded_doer(clause)) is not None:
            mode = brand.mode
        elif cand.type in CONFLICT_MATERIAL and (shown := self._shown_conduct(clause)) is not None:
            clause = shown
        elif cand.type in ALLEGED_ACTS | {"AGREE"} and (alleged := _alleged_by_accusers(trigger)) is not None:
            clause = alleged
        else:
            return cand
        if _code(blamed) is None and _lemma(clause) in RESPONSIBILITY_VERBS:
            # "the attack was orchestrated by terrorist ringleaders operating from Afghanistan"
            agent = next((a for v in (clause, *_children(clause, "conj")) if (a := _by_agent(v)) is not None), None)
            blamed = self._blamed_actor(agent, None)
        top, speaker = self._allegation_speaker(clause, trigger)
        if speaker is None and alleged is not None:
            speaker = ActorRef("", "unknown", kind="unknown", sector="JUD")  # "according to court documents"
        if speaker is None and top is not None and top.pos_ == "VERB" and top is not clause:
            # "rights groups say ...": an unnamed speaker still makes the act an allegation (no event is added)
            speaker = self.agent(self.subject(top)[0])
        if speaker is None or blamed is None or not blamed.code() or not _usable(blamed, speaker):
            return cand
        cand.type, cand.mode = "ACCUSE", mode
        cand.source, cand.target = speaker, blamed
        cand.future = cand.conditional = False
        cand.modality = "asserted"
        cand.top = top
        return cand

    def _group_speaker(self, cand: _Candidate) -> _Candidate:
        """"The G7 joint statement said the group remains concerned with ...":
        "the group" (bloc, alliance, body ...) reported by an organisation, or
        by its statement, is that organisation itself."""
        if _code(cand.source) is not None or cand.source is None or cand.source.start is None:
            return cand
        subj = next((t for t in self.sent if t.idx == cand.source.start), None)
        if subj is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) \
                or _lemma(subj) not in GROUP_WORDS | {"bloc", "alliance", "body", "union", "grouping", "council"}:
            return cand
        clause = subj.head
        reporting = _reporting_verb(clause) if clause.pos_ in ("VERB", "AUX") else None
        if reporting is None:
            return cand
        speaker = self.actor(self.subject(reporting)[0])
        if speaker is not None and speaker.org:
            cand.source = speaker
        return cand

    def _blamed_in_saying(self, cand: _Candidate) -> _Candidate:
        """"Iran's U.N. mission criticized it, saying that Washington seeks to
        weaponize the council", "China condemned the move, saying Japan was
        provoking tensions": when the criticised object is a pronoun or names
        no actor, the actor the explaining "saying" clause is about is the one
        blamed."""
        trigger = cand.trigger
        if trigger.pos_ != "VERB" or (_code(cand.target) is not None and not any(
                c.dep_ == "dobj" and c.lower_ in ("it", "this", "that", "them") for c in trigger.children)):
            return cand
        for saying in trigger.children:
            if saying.dep_ == "advcl" and saying.tag_ == "VBG" and self.wrappers.get((_lemma(saying), "V")) == "report":
                for clause in _children(saying, "ccomp"):
                    blamed = self._blamed_actor(_clause_subject(clause), cand.source)
                    if blamed is not None:
                        cand.target = blamed
                        return cand
        return cand

    def _reporters_participle(self, cand: _Candidate) -> _Candidate:
        """"South Korea's military said North Korea fired a missile, calling it
        a grave provocation": the parser hangs the closing participle on the
        reported clause, but it is the reporter's act (the subject of "said")
        on the reported act's doer."""
        trigger = cand.trigger
        reported = trigger.head
        if trigger.tag_ != "VBG" or trigger.dep_ != "advcl" or reported.dep_ != "ccomp" \
                or trigger.i == 0 or trigger.nbor(-1).text != "," \
                or self.wrappers.get((_lemma(reported.head), "V")) != "report":
            return cand
        reporter = self.actor(self.subject(reported.head)[0])
        doer = self.actor(self.subject(reported)[0])
        if reporter is None or not reporter.code() or not _usable(doer, reporter) or not doer.code():
            return cand
        cand.source = reporter
        if cand.target is None or _same(cand.target, reporter) or any(
                c.dep_ == "dobj" and c.lower_ in ("it", "this", "that") for c in trigger.children):
            cand.target = doer  # "calling it ...": the act reported, so its doer
        cand.top = reported.head
        return cand

    def _branded_doer(self, clause) -> Frame | None:
        """The judgement a speaker puts on the doer of an act or on its manner:
        "Israel, the cruel terrorist state, attacks ...", "the 'illegal'
        government is confiscating ...", "in a savage manner", "brutally"."""
        lexicon = load_lexicon()
        words = []
        subj = _clause_subject(clause)
        if subj is not None:
            words += [t for c in subj.children if c.dep_ in ("appos", "amod") for t in c.subtree]
        for c in clause.children:
            if c.dep_ == "advmod" and c.lower_.endswith("ly"):
                words.append(c)
            if c.dep_ == "prep" and c.lower_ in ("in", "with"):
                words += [t for p in _children(c, "pobj") if _lemma(p) in ("manner", "way", "fashion", "impunity")
                          for t in p.subtree]
        for word in words:
            lemma = _lemma(word)
            for form in (lemma, lemma[:-2] if lemma.endswith("ly") else None):
                if form and (form, "E") in lexicon:
                    return lexicon[(form, "E")][0]
        return None

    def _shown_conduct(self, clause):
        """The clause that presents an act as a pattern of its doer's conduct:
        "the case highlights how (far) X will go to silence ...", "an example of
        how X uses laws to suppress ...", "one of many signs that their
        crackdown is ongoing" -- the exposing verb, or the verb the exposing noun
        hangs on; None otherwise."""
        for tok in [clause, *list(clause.ancestors)[:4]]:
            how = any(c.lower_ == "how" or any(g.lower_ == "how" for g in c.children)
                      for c in tok.children if c.dep_ == "advmod")
            head = tok.head
            if how and tok.dep_ == "ccomp" and _lemma(head) in EXPOSING_VERBS:
                return head
            if how and tok.dep_ == "pcomp" and head.lower_ == "of" and _lemma(head.head) in EXPOSING_NOUNS:
                return next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if tok.dep_ == "acl" and _lemma(head) in EXPOSING_NOUNS and head.pos_ == "NOUN" \
                    and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
                # "one of many signs that ...": the clause the noun is predicated in
                return next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return None

    def _quotation_speaker(self) -> ActorRef | None:
        """The speaker of a quotation that runs over several sentences, named
        in the sentence that closes it ('"We have to understand that Putin is
        the aggressor. ... the table," Crow told VOA.') or in the sentence
        before it, whose quotation the same speaker goes on with ('"We are
        deeply concerned ...," they wrote. "For years, he has ..."')."""
        key = ("quotation_speaker", self.sent.start)
        if key not in self.cache:
            self.cache[key] = self._find_quotation_speaker()
        return self.cache[key]

    def _find_quotation_speaker(self) -> ActorRef | None:
        sent, doc = self.sent, self.sent.doc
        marks = [_quote_mark_kind(t) for t in sent if t.text in QUOTE_MARKS]
        first = next((t for t in sent if not t.is_space), None)
        if first is None or first.text not in QUOTE_MARKS or _quote_mark_kind(first) != "open":
            return None
        # forward: the sentence whose closing mark is followed by its reporting verb
        inside, cur = True, sent
        for _ in range(4):
            for t in cur:
                if t.text in QUOTE_MARKS and not (cur is sent and t.i == first.i):
                    inside = _quote_mark_kind(t) == "open"
                    if not inside:
                        speaker = self._attribution_after(t, cur)
                        if speaker is not None or cur is not sent:
                            return speaker
                        break
            if not inside or cur.end >= len(doc):
                break
            cur = doc[cur.end].sent
        if inside or "close" not in marks:
            return None
        # a whole quotation with no attribution of its own: the previous sentence's quoted speaker goes on
        if sent.start == 0:
            return None
        previous = doc[sent.start - 1].sent
        closing = [t for t in previous if t.text in QUOTE_MARKS and _quote_mark_kind(t) == "close"]
        return self._attribution_after(closing[-1], previous) if closing else None

    def _attribution_after(self, mark, sent) -> ActorRef | None:
        """The subject of a reporting verb after a closing quotation mark ('...," Crow told VOA')."""
        for t in sent:
            if t.i > mark.i and t.pos_ == "VERB" and self.wrappers.get((_lemma(t), "V")) == "report":
                subj = next((s for s in _children(t, "nsubj") if s.i > mark.i and s.lower_ not in FIRST_PERSON), None)
                if subj is not None:
                    return self.actor(subj)
                named = self._named_before_verb(t)
                if named is not None:
                    return named
        return None

    def _named_before_verb(self, verb) -> ActorRef | None:
        """'"...," Tulsa police Chief Chuck Jordan said': the words between a
        closing quotation mark and its reporting verb are the speaker, even
        when the parser gives the verb no subject (it may read "Tulsa" as a
        verb and "said" as a conjunct inside the quote). The last coded actor
        of those words (the name after its title)."""
        if _children(verb, "nsubj", "nsubjpass"):
            return None
        words = []
        for t in reversed(verb.sent[:verb.i - verb.sent.start]):
            if t.is_punct and t.text not in QUOTE_MARKS:
                continue  # ('," she said': the comma before the closing mark)
            if t.text in QUOTE_MARKS:
                break
            words.append(t)
            if len(words) > 8:
                return None  # (no quotation just before: a clause of its own)
        else:
            return None
        for t in words:  # nearest the verb first: the name after its title
            if t.pos_ in ("PROPN", "NOUN"):
                actor = self.actor(t)
                if actor is not None and actor.code():
                    return actor
        return None

    def _considered_judgement(self, verb) -> _Candidate | None:
        """"Washington considers Iran the world's leading state sponsor of
        terrorism", "Moscow regards NATO as a threat": a coded actor putting a
        judgement word on another accuses it (the neutral verb alone, "views
        China as a partner", is none)."""
        lexicon = load_lexicon()
        judged = _children(verb, "dobj")
        complements = [c for c in verb.children if c.dep_ in ("oprd", "xcomp")]
        complements += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children]
        complements += [p for d in judged for c in d.children if c.dep_ == "prep" and c.lower_ == "as"
                        for p in c.children]
        complements += [c for d in judged for c in d.children if c.dep_ == "appos"]  # the parser's "Iran, the sponsor"
        for c in verb.children:  # "considers Iran/nsubj a sponsor/attr", parsed as a small clause
            if c.dep_ == "ccomp" and _children(c, "nsubj"):
                judged += _children(c, "nsubj")
                complements += _children(c, "attr", "acomp", "oprd")
        words = [t for c in complements for t in c.subtree if t.pos_ in ("ADJ", "NOUN") and (_lemma(t), "E") in lexicon]
        if not words or not judged:
            return None
        frame = lexicon[(_lemma(words[0]), "E")][0]
        source = self.actor(self.subject(verb)[0])
        if source is None or not source.code():
            return None
        target = self._blamed_actor(judged[0], source)
        if target is None:
            return None
        return self._accusation(verb, frame, frame.mode, source, target, top=verb, clause=verb)

    def _unreported_judgement(self, token) -> _Candidate | None:
        """Judgement words the lexicon's reporting-verb rule misses: inside a
        quotation whose speaker is known ('"We have to understand that Putin
        is the aggressor," Crow said' over several sentences), and on a
        participle sharing its clause's subject ('he has engaged in ...,
        undermining the constitution', X said)."""
        frame = load_lexicon()[(_lemma(token), "E")][0]
        clause = _judged_clause(token)
        if clause is None and token.pos_ == "NOUN" and token.dep_ == "dobj" and _lemma(token.head) in COMMITTING_VERBS:
            clause = token.head  # "said Russia committed war crimes in Bucha"
        if clause is None and token.pos_ == "VERB" and token.tag_ == "VBG" and token.dep_ in ("advcl", "conj", "xcomp"):
            clause = token
            while clause.dep_ in ("advcl", "conj", "xcomp") and clause.tag_ == "VBG" and _clause_subject(clause) is None \
                    and clause.head.pos_ in ("VERB", "AUX"):
                clause = clause.head
            if _clause_subject(clause) is None:
                return None
        if clause is None:
            return None
        reporting = _reporting_verb(clause)
        if reporting is None and clause.dep_ == "ccomp" and self.wrappers.get((_lemma(clause.head), "V")) == "allege":
            reporting = clause.head  # "the opposition charged that ..."
        top, own_view = clause, False
        while reporting is None and top.dep_ in ("ccomp", "xcomp", "conj") and top.head.pos_ in ("VERB", "AUX"):
            top = top.head  # "we have to understand that ...", "I think ...": the speaker's own view
            own_view = own_view or self._first_person_subject(top) is not None
            reporting = _reporting_verb(top)
        if top is not clause and not own_view:
            return None
        if reporting is not None:
            top, speaker = reporting, self.actor(self.subject(reporting)[0])
        elif _quoted(clause) and _main_clause(top):
            speaker = self._speaker()
        else:
            return None
        if speaker is None or not speaker.code():
            return None
        blamed = self._blamed_actor(_clause_subject(clause), speaker)
        if blamed is None:
            return None
        return self._accusation(token, frame, frame.mode, speaker, blamed, top=top, clause=clause)

    def _first_person_subject(self, verb):
        """"we have to understand", "I think": the speaker's own view introduces the clause."""
        subj = self.subject(verb)[0]
        return subj if subj is not None and subj.lower_ in FIRST_PERSON else None

    def _protest_in_passing(self, cand: _Candidate) -> bool:
        """A protest noun that is only what another act is done to, or
        someone's part in it ("over Israel's crackdown on protests", "who
        played a prominent role in last year's protests"): the sentence
        reports that act or person, not a protest (one main event; the verb
        forms, "banned protests", are absorbed by their verb already)."""
        trigger = cand.trigger
        if cand.type != "PROTEST" or trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
            return False
        prep, holder = trigger.head, trigger.head.head
        if prep.lower_ in ("on", "against") and holder.pos_ == "NOUN":
            frame = _match_frame(holder)
            return frame is not None and frame.type in ("COERCE", "ASSAULT", "SANCTION", "THREATEN")
        return prep.lower_ == "in" and _lemma(holder) in ("role", "involvement", "participation")

    def _made_condition(self, cand: _Candidate) -> _Candidate:
        """"X made further ties dependent on Moscow withdrawing its troops":
        setting another's act as a condition demands it (REQUEST of X on the
        one who is to act, mode from the act)."""
        # the act itself or a clause above it ("dependent on Moscow making good on a pledge to pull ...")
        trigger = next((t for t in [cand.trigger, *list(cand.trigger.ancestors)[:5]] if t.pos_ == "VERB"
                        and t.dep_ in ("pcomp", "advcl")), None)
        if trigger is None:
            return cand
        if trigger.dep_ == "pcomp" and trigger.head.lower_ in ("on", "upon") \
                and _lemma(trigger.head.head) in CONDITION_WORDS:
            condition = trigger.head.head  # "dependent on Moscow/nsubj withdrawing/pcomp"
            doer = _clause_subject(trigger)
        elif trigger.dep_ == "advcl" and _lemma(trigger.head) == "make":
            # "made aid conditional/ccomp on Belgrade/pobj arresting/advcl ...": the parser hangs the act on "make"
            condition = next((c for c in trigger.head.children if _lemma(c) in CONDITION_WORDS), None)
            doer = next((o for p in (condition.children if condition is not None else ())
                         if p.dep_ == "prep" and p.lower_ in ("on", "upon") for o in p.children
                         if o.dep_ == "pobj"), None)
        else:
            return cand
        make = condition.head if condition is not None else None
        if make is None or _lemma(make) != "make" or condition.dep_ not in ("ccomp", "oprd", "acomp", "dobj", "xcomp"):
            return cand
        maker = self.agent(self.subject(make)[0])
        asked = self.actor(doer) if doer is not None else None
        if maker is None or asked is None or _same(maker, asked):
            return cand
        cand.type, cand.mode = "REQUEST", _request_mode(cand.type, cand.mode)
        cand.source, cand.target = maker, asked
        cand.negated = cand.future = cand.conditional = False
        cand.modality = "asserted"
        cand.top = _reporting_verb(make) or make
        return cand

    def _demanded_stop(self, cand: _Candidate) -> _Candidate:
        """"It's time to stop Israel's attacks", "they must end the killings":
        a demand that the act's actor stop it is no act of force but the
        speaker's REQUEST (yield) on that actor."""
        trigger = cand.trigger
        if cand.type not in CONFLICT_MATERIAL or trigger.dep_ not in ("dobj", "xcomp") \
                or _lemma(trigger.head) not in STOP_VERBS:
            return cand
        stop = trigger.head
        if stop.dep_ in ("relcl", "acl") and stop.head.lower_ == "time" and stop.head.dep_ == "attr":
            clause = stop.head.head  # "it is time to stop ..."
        elif any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in stop.children):
            clause = stop
        else:
            return cand
        reporting, speaker, said = self._reported_speaker(clause, clause)
        if not said:
            return cand
        cand.type, cand.mode, cand.target = "REQUEST", "yield", cand.source or cand.target
        cand.source = speaker or ActorRef("", "unknown", kind="unknown")
        cand.negated = cand.future = False
        cand.modality = "asserted"
        cand.top = reporting if reporting is not None else clause
        return cand

    def _candidate(self, token, frame: Frame) -> _Candidate | None:
        cand = _Candidate(token, frame, frame.type, frame.mode, top=token)
        if frame.pos == "E":
            self._judgement(token, cand)
        elif frame.pos == "A":
            verb = token.head if token.dep_ == "acomp" else token
            subj, _, _ = self.subject(verb)
            cand.source = self.agent(subj)
            cand.target = self._target(token, frame, exclude=cand.source)
            self._verb_modality(verb, cand)
            cand.top = verb
            self._climb(verb, cand, have_subject=subj is not None)
            if cand.type == "AGREE" and frame.type == "AGREE" and _code(cand.source) is None \
                    and not any(_match_frame(t) for t in token.subtree if t.i != token.i):
                return None  # "I am not ready to be repatriated": readiness for no political act
            if cand.type == "ACCUSE" and _code(cand.source) is None and _code(cand.target) is None \
                    and not any(_match_frame(t) for t in token.subtree if t.i != token.i):
                return None  # "many residents are concerned about rising prices": no one's grievance with anyone
        elif frame.pos == "V":
            if token.dep_ == "csubj" and _lemma(token.head) in PREDICATION_VERBS:
                return None  # "Closing the camps will have an adverse impact": a topic, not an act
            if _generic_subject(token):
                return None  # "every Rasta has to keep dreadlocks", "anyone who protests is arrested": a rule
            if _open_option(token):
                return None  # "they have until Feb. 4 to appeal", "has the right to appeal": a possibility
            if token.tag_ == "VBG" and token.dep_ == "acl" and token.head.lower_ in ("those", "anyone", "people",
                                                                                    "everyone", "others"):
                return None  # "those backing deeper integration": who people are, not what they did
            if frame.type == "SUPPORT" and token.tag_ == "VBN" and token.dep_ == "acl" \
                    and _lemma(token.head) in ARMED_UNITS and any(_lemma(p) in ARMED_UNITS for a in
                                                                  _children(token, "agent") for p in _children(a, "pobj")):
                # "government soldiers backed by African Union troops worked to rescue ...": troops fighting
                # beside troops are one operation, coded by what the forces do, not political SUPPORT
                return None
            if token.dep_ in ("pcomp", "conj") and _noun_topic_gerund(token):
                # "a roadmap for improving relations", "proposals on expanding ties", "work on detecting
                # explosives and allowing NATO free passage": an aim or a kind of activity, not an act
                return None
            if frame.type in ("CONSULT", "SUPPORT", "AGREE") and token.dep_ in ("advcl", "acl", "xcomp") \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
                    and any(_match_frame(m) is not None and _match_frame(m).type == "CONSULT"
                            and m.pos_ == "NOUN" for m in [token.head, *_children(token.head, "dobj"),
                                                           *(p for d in _children(token.head, "dobj")
                                                             for o in d.children if o.dep_ == "prep"
                                                             and o.lower_ == "of" for p in _children(o, "pobj"))]):
                # "called a meeting to discuss ...", "led talks to reach the agreement": that meeting's purpose
                return None
            subj, patient, passive = self.subject(token)
            if frame.swap and not passive:
                cand.source = self._target(token, frame, exclude=None)
                cand.target = self.actor(subj)
            else:
                cand.source = self.agent(subj)
                cand.target = self.actor(patient) if passive and patient is not None else None
                if cand.target is None:
                    cand.target = self._target(token, frame, exclude=cand.source)
            self._verb_modality(token, cand)
            if frame is _WITHHELD_PERMISSION_FRAME:
                cand.negated = False  # the refusal of permission is the act
            if self._own_wrapper_blocked(token, frame):
                return None
            self._climb(token, cand, have_subject=subj is not None)
            if cand.type == "THREATEN" and frame.type == "THREATEN" and cand.target is None \
                    and self._impersonal_warning(token):
                return None
            if frame.oprd and _code(cand.source) is None and _code(cand.target) is None \
                    and subj is not None and subj.pos_ == "NOUN":
                return None  # "local media called the attack the deadliest in a decade": nobody judges anybody
            if cand.source is None:
                self._agentless(token, patient, passive, cand)
            imperative = token.dep_ == "ROOT" and token.tag_ == "VB" and not _children(token, "aux")
            if cand.source is None and subj is None and not imperative and not passive \
                    and (cand.target is not None or _depth(cand.top) == 0):
                # "vessels sanctioned for shipping Iranian oil", "..., blocking the adoption": no subject
                # at all (participles) -- the act stands with an uncoded actor; agentless passives are
                # _agentless's (a casualty count without a perpetrator is no event)
                cand.source = ActorRef("", "unknown", kind="unknown")
        else:
            if _topic_noun(token) or _statistic(token) or _answered(token, frame):
                return None
            if _lemma(token) in PLACES_OF_DETENTION and not (token.dep_ == "pobj" and token.head.lower_ in
                                                             ("in", "into", "to", "behind", "inside")):
                return None  # "the prison was built in 1950": the building; being "in jail" is the detention
            held = token.head if token.dep_ == "compound" else token  # "aid deliveries were suspended"
            undoing = _match_frame(held.head) if held.dep_ in ("dobj", "nsubjpass") and held.head.pos_ == "VERB" \
                else None
            if held.dep_ == "nsubj" and held.head.pos_ == "VERB" and (f := _match_frame(held.head)) is not None \
                    and _lemma(held) in f.subj:
                undoing = f  # "these tariffs will come off": the measure is the subject of its own easing
            if undoing is not None and undoing.type != frame.type and undoing.type in UNDOING_TYPES:
                # "the curfew was lifted", "dropped the charges", "aid deliveries were suspended", "the summit
                # was cancelled": what is given up, cut or called off, not an act imposed or held
                return None
            if token.dep_ == "dobj" and token.head.dep_ == "csubj" and (
                    _lemma(token.head.head) in PREDICATION_VERBS
                    or any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS for c in token.head.head.children)):
                return None  # "attempting a summit with Kim could be risky": a subject of a judgement, no act
            if frame.type == "CONSULT" and token.dep_ == "pobj" and token.head.head.tag_ == "VBN" \
                    and token.head.head.dep_ == "acl" and token.head.head.head.pos_ in ("NOUN", "PROPN"):
                return None  # "officials involved in negotiations with X": who the people are, no meeting reported
            if frame.type == "CONSULT" and token.dep_ == "dobj" and token.head.pos_ == "VERB":
                holder = _match_frame(token.head)
                if holder is not None and holder.type != "CONSULT" and _lemma(token.head) not in LIGHT_VERBS \
                        and _lemma(token.head) not in RECEIVING_VERBS and (_lemma(token.head), "V") not in self.wrappers:
                    return None  # "praised the summit", "condemned the talks": the meeting is what another act is about
            if token.dep_ == "dobj" and _lemma(token.head) == "call" and _has_predicative(token.head):
                return None  # "local media called the attack the deadliest in a decade": a naming, no request
            self._noun_event(token, frame, cand)
            if cand.source is None and _predicated_noun(token):
                return None
            if cand.source is None and (cand.target is not None or _depth(cand.top) <= 1):
                # "Airstrikes hit Houthi positions", "the attack on the base": an act the sentence
                # reports for itself (an argument of the main clause, or done to a named actor)
                # whose actor it does not name -- the event stands, its actor uncoded
                cand.source = ActorRef("", "unknown", kind="unknown")
        if cand.type == "PROTEST":
            cand.source = self._crowd(token, frame, cand.source) or cand.source
        # (a refusal or concession of an unnamed actor counts when it names whom it answers: "those challenges
        # by the opposition were rejected", "the ban on X was lifted")
        if cand.source is None and (cand.type in UNNAMED_ACTOR_ACTS
                                    or (cand.type in ("CONCEDE", "REJECT") and _code(cand.target))) \
                and not cand.unrealised \
                and frame.pos in ("V", "N") and _clause_depth(cand.top) <= 1 \
                and (not _casualty_count(token) or _weapon_subject(token)) \
                and not (frame.pos == "V" and (_imperative(token) or (_thing_subject(self, token)
                                                                      and not _weapon_subject(token)))) \
                and (cand.type != "ACCUSE" or cand.mode in ("allege", "investigate")):
            # "a terrorist cell was dismantled", "officials say the rebels relaunched hostilities":
            # an unmistakable political act the sentence reports, whose actor it does not name; arrests,
            # charges and convictions are the acts of the state where they happen (as in _agentless)
            sector = IMPLIED_AGENT_SECTOR.get(cand.type)
            country = self._place_country() if sector else None
            cand.source = self._by_place(ActorRef("", country or "unknown", country=country, sector=sector,
                                                  kind="unknown"))
        if cand.source is None or cand.unrealised:
            return None
        if cand.type == "SUPPORT" and frame.pos == "N" and token.dep_ == "dobj" \
                and _lemma(token.head) in RECEIVING_VERBS | {"win", "earn", "draw", "garner"} \
                and _code(cand.source) is None and not cand.source.members:
            return None  # "she received widespread praise": acclaim from no one named
        if cand.type in ("REQUEST", "REJECT") and any(
                _lemma(t) in ("comment", "interview", "anonymity") or (t.tag_ == "VBN" and _lemma(t) in ("name", "identify"))
                for t in token.subtree):
            return None  # "requests for comment", "asked not to be named": newsroom routine, no political act
        if cand.type == "CONSULT" and any(a is not None and a.sector == "JRN" for a in (cand.source, cand.target)):
            return None  # "VOA spoke with Armitage": a journalist's interview, not a consultation between actors
        if cand.type == "CONSULT" and any(_lemma(p) in PRESS_WORDS for c in token.children if c.dep_ == "prep"
                                          and c.lower_ in ("with", "to") for p in _children(c, "pobj")):
            return None  # "discussed the situation with reporters", "spoke to the press": a press briefing
        if frame.lemma == "agree" and frame.type == "AGREE" and _shared_view(token):
            return None  # "residents agreed that the situation had improved": sharing a view, no commitment
        if _polled(token):
            return None  # "most Americans support the decision, according to a poll": opinion, not an act
        self._finish(cand)
        if cand.type == "RETREAT" and cand.mode == "release" and _rescued(token) and _code(cand.source) \
                and cand.source.sector in ("MIL", "COP", "GOV", "SPY") and cand.source.kind in ("state", "unknown"):
            # "the army freed 354 passengers": security forces freeing hostages rescue them (manual: AID),
            # captors letting them go release them (RETREAT)
            cand.type, cand.mode = "AID", None
        if cand.type == "SANCTION" and cand.mode == "discontinue" and _home_restriction(cand) \
                and any(t.idx == cand.target.start and _lemma(t) in PEOPLE_SECTORS for t in self.sent):
            # "the Taliban imposed strict measures against women in Afghanistan": a state cuts no ties with
            # its own people -- it restricts them (manual, COERCE restrict)
            cand.type, cand.mode = "COERCE", "restrict"
        if cand.type in ("AID", "COOPERATE") and cand.target is None and (frame.pos == "N" or frame.lemma == "help") \
                and not (cand.type == "COOPERATE" and (_with_partner(token) or len(cand.source.members) > 1)):
            return None  # the manual: these types require a recipient (verbs name theirs implicitly)
        if _no_event_reported(cand, token, frame):
            return None
        return cand

    def _judgement(self, token, cand: _Candidate) -> None:
        """"The United States said Iran is defying the council", "X is the
        aggressor, Y said": the speaker (a coded actor) accuses the one judged,
        the actor of the clause's subject ("cooperation between Russia and
        North Korea is dangerous" -> both)."""
        clause = _judged_clause(token)
        verb = _reporting_verb(clause)
        speaker = self.actor(self.subject(verb)[0])
        if speaker is None:
            return
        subj = _clause_subject(clause)
        judged = self.actor(subj)
        if judged is None and subj is not None:
            # "expanding cooperation between Russia and North Korea is dangerous": the actors named
            # in the subject phrase
            judged = next((a for a in (self.actor(t) for t in subj.subtree if t.pos_ in ("PROPN", "NOUN", "PRON"))
                           if _usable(a, speaker)), None)
        cand.source, cand.target = speaker, judged
        self._verb_modality(clause, cand)
        cand.top = verb
        cand.absorbed.add(verb.i)  # "warned that X is dangerous" is no threat

    def _obligation(self, verb, cand: _Candidate | None) -> _Candidate | None:
        """"The Council must be clear ...", the U.S. statement said: a
        demand of the speaker on the clause's subject (REQUEST; mode from the
        act demanded). Needs a coded speaker and a coded subject."""
        clause = _obligation_clause(verb)
        if clause is None:
            return cand
        reporting = _reporting_verb(clause)
        if reporting is None and not (_quoted(clause) and _main_clause(clause)):
            if cand is not None and clause is verb and not _quoted(clause) and self._speaker() is None:
                return None  # the report's own "65% of voters must vote against it": a rule, no act of anyone
            return cand
        subj, patient, _ = self.subject(clause)
        subj = subj if clause is verb else patient or subj  # "X is obliged to": the one obliged
        subj = _left_to(verb) or subj
        if subj is not None and _generic_subject(clause):
            return cand  # "every Rasta has to keep dreadlocks": a rule of a faith, no demand on anyone
        demanded = self.actor(subj) if subj is not None and subj.lower_ not in FIRST_PERSON else None
        demanded_act = None
        if demanded is None and cand is None and subj is not None and subj.pos_ == "NOUN" \
                and _lemma(verb) in CONTINUING_VERBS:
            # "talks with China must continue", "sanctions must stay": the act named by the subject is
            # demanded of its parties (the recipient of that act, if any)
            demanded_act = _match_frame(subj)
            if demanded_act is not None and demanded_act.pos == "N":
                demanded = next((a for c in subj.children if c.dep_ == "prep" and c.lower_ in demanded_act.target
                                 + ("with", "between", "on", "against") for p in _children(c, "pobj")
                                 for a in [self.actor(p)] if a is not None), None)
        if reporting is not None:
            speaker = self.actor(self.subject(reporting)[0])
        else:
            # a quotation without its reporting verb ("X must stop ..."): the quoted speaker, when the
            # sentence names one, else an unnamed one -- the demand is made all the same
            speaker = self._speaker() or (ActorRef("", "unknown", kind="unknown") if demanded is not None else None)
        if speaker is None or demanded is None:
            return cand
        inner_type = cand.type if cand is not None else "CHANGE"
        inner_mode = cand.mode if cand is not None else None
        out = cand or _Candidate(verb, _OBLIGATION_FRAME, "REQUEST", None)
        out.type, out.mode = "REQUEST", _request_mode(inner_type, inner_mode) if cand is not None else None
        if demanded_act is not None:
            out.mode = _request_mode(demanded_act.type, demanded_act.mode)
            out.absorbed.add(subj.i)  # the talks are what is demanded, not a meeting reported
        out.source, out.target = speaker, demanded
        out.negated, out.future, out.modality = False, False, "asserted"
        out.top = reporting if reporting is not None else clause
        return out

    def _agentless(self, verb, patient, passive: bool, cand: _Candidate) -> None:
        """"He was arrested", "a journalist detained over his posts", "was
        killed in an airstrike": the one acted on is named, the actor is not.
        Arrests, charges and convictions are acts of the state (the gold
        guidelines code them with the state where they happen); a killing
        without a perpetrator is coded only when its victim is someone, not
        a casualty count (guidelines: counts without a perpetrator are null)."""
        measure = next((c for c in _children(verb, "nsubj") if _lemma(c) in cand.frame.subj), None) \
            if not passive and cand.type == "CONCEDE" else None
        if measure is not None:
            patient, passive = measure, True  # "these tariffs will come off": the eased measure is the subject
        if not passive and verb.dep_ == "acl" and verb.tag_ == "VBN":
            patient = verb.head  # "a journalist arrested over ..."
        elif not passive:
            return
        elif patient is None and verb.dep_ in ("pcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX", "ADP"):
            # "thanked his supporters after being freed": the one freed is the main subject
            main = verb.head.head if verb.head.pos_ == "ADP" else verb.head
            patient = self.subject(main)[0] if main.pos_ in ("VERB", "AUX") else None
        if patient is not None and cand.type == "CONCEDE":
            # "the curfew was lifted", "he was acquitted": the authority of the place gives way -- its court
            # for acquittals and overturned rulings, else its government
            country = self._home_country()
            sector = "JUD" if _lemma(verb) in COURT_CONCESSIONS else "GOV"
            cand.source = self._by_place(ActorRef("", country or "unknown", country=country, sector=sector,
                                                  kind="unknown"))
            # "sanctions on Syria were lifted": the lifted measure's own recipient
            cand.target = cand.target or self.agent(patient) or next(
                (a for c in patient.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "of")
                 for p in _children(c, "pobj") for a in [self.actor(p)] if a is not None), None)
            return
        if patient is not None and cand.type == "REJECT" and _lemma(patient) in LEGAL_FILINGS:
            # "those challenges were rejected", "his appeal was dismissed": a court of the place decides
            country = self._home_country()
            cand.source = self._by_place(ActorRef("", country or "unknown", country=country, sector="JUD",
                                                  kind="unknown"))
            return
        if patient is None or (cand.type not in IMPLIED_AGENT_SECTOR and cand.type not in STATE_ACT_SECTOR):
            return
        victim = self.agent(patient)
        if victim is None and cand.type not in STATE_ACT_SECTOR:
            return  # "passengers were rescued" is the state's act whoever they are; an arrest is of someone
        if cand.type == "ASSAULT" and (any(c.dep_ == "nummod" for c in patient.children)
                                       or patient.lower_ in ("people", "civilians", "persons", "others")):
            return
        if cand.type in ("MOBILIZE", "AID") and victim is not None and victim.code() \
                and (_lemma(patient) in UNNAMED_STATE or _lemma(patient) in DEPLOYED_WORDS):
            # "forces of the U.N. mission have been deployed": whose troops they are sends them
            cand.source = victim
            return
        if (cand.type, cand.mode) == ("SANCTION", "withdraw") and _lemma(patient) in ENVOY_WORDS | {"diplomat"} \
                and victim is not None and victim.country and not victim.org:
            # "Russia's NATO envoy has been called back to Moscow": a state recalls its own envoy, from the
            # state or body the envoy is posted to
            cand.source = ActorRef(victim.country, victim.country, country=victim.country, sector="GOV",
                                   kind="state")
            posts = [c for c in patient.children if c.dep_ in ("compound", "amod", "nmod")]
            posts += [p for c in patient.children if c.dep_ == "prep" and c.lower_ in ("to", "in", "at")
                      for p in _children(c, "pobj")]
            cand.target = next((a for a in (self.actors.actor_for_token(t) for t in posts)
                                if a is not None and a.code() and a.code() != victim.country), None)
            return
        sector = IMPLIED_AGENT_SECTOR.get(cand.type) or STATE_ACT_SECTOR.get(cand.type)
        if cand.type == "ASSAULT":
            # "several rebels were neutralized": the state's forces fight the armed groups on its soil;
            # "the car was attacked": unnamed attackers, coded like unnamed gunmen (country + UAF)
            sector = "MIL" if victim is not None and victim.sector in ("REB", "UAF") else "UAF"
        country = self._home_country()
        cand.source = self._by_place(ActorRef("", country or "unknown", country=country, sector=sector,
                                              kind="unknown"))
        cand.target = cand.target or victim

    def _patient(self, trigger, things: bool = False, preps: frozenset[str] = frozenset()):
        """(token, actor) of the one acted on when the tables give it no code:
        the object or passive subject of a verb ("arrested a journalist", "he
        was detained", "a journalist arrested over ..."), the possessor or
        "of"-object of a noun ("Navalny's arrest", "the arrest of a
        journalist"), or the owner inside such a
        phrase ("banned her book", "dissolved the party of Omar al-Bashir").
        The actor is an unnamed person or group; with `things`, a thing acted
        on ("attacked a hotel") is taken too, with no actor."""
        if trigger.pos_ in ("VERB", "AUX"):
            tokens = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
            if trigger.dep_ == "acl" and trigger.tag_ == "VBN":
                tokens.append(trigger.head)
            # the frame's recipient phrases ("pleading with civilians") and the one a claim is about
            # ("alleged the journalist had posted ...")
            tokens += [p for c in trigger.children if c.dep_ == "prep" and c.lower_ in preps
                       for p in c.children if p.dep_ == "pobj"]
            tokens += [s for c in trigger.children if c.dep_ == "ccomp" for s in _children(c, "nsubj", "nsubjpass")]
            # "was attacked with gunfire, killing all the civilians": the people the act killed or wounded
            tokens += [o for c in trigger.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                       and _lemma(c) in ("kill", "wound", "injure", "maim") for o in _children(c, "dobj")]
            if _lemma(trigger) in ("deploy", "send", "dispatch", "station"):
                # "peacekeepers were deployed to protect civilians": whom the forces are sent to protect
                tokens += [o for c in trigger.children if c.dep_ == "advcl"
                           and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                           for o in _children(c, "dobj")]
        else:
            tokens = [c for c in trigger.children if c.dep_ == "poss"]
            # "the crackdown by police on protesters", "attacks against civilians": after a noun of an act,
            # "on"/"against" (and the frame's own recipient phrases) name the one acted on
            tokens += [p for c in trigger.children if c.dep_ == "prep"
                       and (c.lower_ == "of" or c.lower_ in (preps | {"on", "against"}) - {"by", "from", "between"})
                       for p in c.children if p.dep_ == "pobj"]
            if trigger.dep_ == "nsubj" and trigger.head.pos_ == "VERB":  # "airstrikes killed 12 civilians"
                tokens += _children(trigger.head, "dobj")
        tokens += [c for tok in list(tokens) for c in tok.conjuncts if c.pos_ in ("NOUN", "PROPN")]  # "vehicles and officers"
        owners = [o for tok in tokens for o in tok.children if o.dep_ in ("poss", "compound")]
        owners += [p for tok in tokens for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj"]
        # "combat vehicles used by the militants", "a ship owned by Iran", "bases belonging to the group": whose
        # things they are is who the act on them reaches
        users = [a for tok in tokens for c in tok.children if c.dep_ == "acl" and _lemma(c) in OWNING_VERBS
                 for a in ([_by_agent(c)] if c.tag_ == "VBN" else
                           [p for pr in c.children if pr.dep_ == "prep" and pr.lower_ == "to"
                            for p in _children(pr, "pobj")]) if a is not None]
        for tok in users:
            actor = self.agent(tok)
            if actor is not None and actor.code():
                return tok, actor
        for tok in tokens + owners:
            actor = self.agent(tok)
            if actor is None and (_lemma(tok) in PEOPLE_SECTORS or tok.lower_ in PEOPLE_SECTORS):
                actor = ActorRef(tok.text, tok.text, kind="group", start=tok.idx, end=tok.idx + len(tok.text))
            # (a coded person here is one the recipient slots passed over as the actor's own side:
            # "the Sudanese government dissolved the party of former President al-Bashir")
            # (or unnamed people the resolver already coded by place: "protesters" in a report on Iran)
            if actor is not None and (actor.kind in ("person", "unknown") or (actor.code() is None
                                                                               and actor.kind == "group")
                                      or (actor.kind == "group" and not actor.org and actor.sector == "CVL"
                                          and _lemma(tok) in PEOPLE_SECTORS)):
                return tok, actor
        if things:
            tok = next((t for t in tokens if t.pos_ in ("NOUN", "PROPN") and self.agent(t) is None), None)
            if tok is not None:
                return tok, None
        return None

    def _coded_patient(self, cand: _Candidate) -> ActorRef | None:
        """A recipient for an act on someone the tables do not code: a state's
        police, courts and government acting on people under its jurisdiction
        ("police arrested a journalist", "a court charged him", "the court
        ordered public schools to ...") act on that state; otherwise people or
        places acted on are coded by the country they are in ("killed 12
        civilians in Somalia", "Afghan women", "attacked villages in
        northeastern C.A.R.": guidelines, victims in a place), and people a
        state asks, helps or restrains with no place named are its own
        ("officials are pleading with civilians to go back")."""
        domestic = _domestic_act(cand)
        # an arrest, charge or conviction whose actor goes unnamed: the authorities where it happens
        unnamed_justice = not domestic and _justice_act(cand) and (cand.source is None or cand.source.code() is None)
        if cand.type == "REJECT" and any(_lemma(d) in LEGAL_CHARGES and not _content_clause(d)
                                         for d in _children(cand.trigger, "dobj")) \
                and (cand.source is None or cand.source.code() is None or cand.source.kind == "person"):
            # "Gachagua denied all the charges": pleading against charges answers the state that brings them
            # (not "the allegation that separatists have bases across the border": a claim, whoever made it)
            country = (cand.source.country if cand.source is not None else None) or self._doc_country()
            if country is None:
                return None
            return ActorRef(country, country, country=country, sector="JUD", kind="state")
        if not domestic and not unnamed_justice and cand.type not in PLACED_PATIENT_TYPES and not (
                cand.type in ("ACCUSE", "REJECT") and any(_lemma(o) in OWN_OPPONENTS for o in _children(cand.trigger, "dobj"))):
            return None
        found = self._patient(cand.trigger, things=cand.type == "ASSAULT" and not domestic,
                              preps=frozenset(cand.frame.target) - {"dobj"})
        known = cand.target
        if known is not None and known.code() is None and known.kind in ("person", "unknown", "group") \
                and known.start is not None:
            # the one acted on is already found, uncoded ("Mhlanga has been in custody since ...")
            tok = next((t for t in self.sent if t.idx == known.start), None)
            found = (tok, known) if tok is not None else found
        if found is None:
            if domestic and cand.source.sector in ("GOV", "JUD", "COP", "LEG", "MIL") and (
                    cand.type == "COERCE" or cand.source.sector == "JUD") and not self._foreign_object(cand) \
                    and _asserted_by_clause(cand.trigger):
                # "the Taliban imposed restrictions on printing books", "a court lifted the orders": a
                # state's restrictions and court rulings with no one named bear on its own people
                country = cand.source.country
                return ActorRef(country, country, country=country, sector="CVL", kind="unknown")
            return None
        tok, patient = found
        lemma = _lemma(tok)
        if lemma in UNNAMED_ARMED and self.actors is not None and not domestic and not self._placed_phrase(tok):
            # "killed 33 terrorists", "got rid of six militants": the armed group the report names
            group = self._reported_armed_group(tok, skip=_code(cand.source))
            if group is not None:
                return group
        country = cand.source.country if domestic else self._patient_country(tok)
        if country is None and (unnamed_justice or (cand.type in FORCE_ON_PEOPLE and (
                cand.source is None or cand.source.code() is None
                or (id(cand.source) in self._placed and cand.type == "ASSAULT")  # unnamed attackers
                or (cand.source.org and cand.source.sector in ("REB", "UAF")) and patient is not None))):
            # (an armed group's attack on people named by what they are -- "targets security officers" --
            # hits the people of the state the report is about)
            # no one named acting on people the sentence does not place: those of the state the report is about
            country = (patient.country if patient is not None else None) or self._doc_country()
        if country is None and cand.type in OWN_PEOPLE_TYPES and cand.source is not None \
                and cand.source.sector in STATE_SECTORS and not cand.source.org \
                and (_lemma(tok) in PEOPLE_SECTORS or tok.lower_ in PEOPLE_SECTORS):
            country = cand.source.country
        if country is None and cand.type in ("REQUEST", "ACCUSE") and patient is not None \
                and patient.sector in STATE_SECTORS and patient.code() is None and not _children(tok, "poss") \
                and cand.source is not None and cand.source.country and not cand.source.org:
            # "farmers are calling on authorities to loosen restrictions": a state body named without its
            # state is the actor's own (as in _recipient_actor)
            country = cand.source.country
        own_opponent = OWN_OPPONENTS.get(lemma)
        if country is None and own_opponent and cand.source is not None \
                and cand.source.country and not cand.source.org and cand.source.sector in STATE_SECTORS:
            # "the army attacked the rebels", "officials accused the opposition": a state acting on rebels
            # or an opposition no phrase places fights its own (guidelines: unnamed gunmen are coded by the
            # country); where the sentence or report happens comes first ("US troops killed militants" in
            # a report from Somalia)
            country = (patient.country if patient is not None else None) or self._home_country() \
                or cand.source.country
        if country is None:
            return None
        sector = (patient.sector if patient is not None else None) or own_opponent \
            or PEOPLE_SECTORS.get(_lemma(tok)) or "CVL"
        text = patient.text if patient is not None else tok.text
        return ActorRef(text, country, country=country, sector=sector, kind="unknown", start=tok.idx,
                        end=tok.idx + len(tok.text))

    def _conjoined(self, target: ActorRef, source: ActorRef | None) -> ActorRef:
        """A recipient named with others ("attacked U.S. and NATO troops",
        "sanctions on Russia and Belarus") is all of them (manual, compound
        actors)."""
        if target.start is None:
            return target
        head = next((t for t in self.sent if t.idx == target.start), None)
        if head is None:
            return target
        while head.dep_ == "compound" and head.head.idx < (target.end or 0):  # "United States": its last word
            head = head.head
        others = [self.actor(c) for c in head.conjuncts if c.pos_ in ("PROPN", "NOUN", "ADJ")]
        members = [target] + [o for o in others if o is not None and o.code() and not _same(o, source)]
        compound = target
        for other in members[1:]:
            compound = _compound(compound, other)
        return compound

    def _implied_recipient(self, cand: _Candidate) -> ActorRef | None:
        """Recipients the act's own slots do not name:
        * a threat is aimed at the one the threatened act would hit ("warned
          that it will continue to exert pressure on Iran") or whose move is
          its condition ("if they take a negative stance toward us, we will
          retaliate");
        * a refusal answers the proposal of the clause it is joined to ("the
          Chinese side proposed ..., but the European side refused");
        * a protest with no one named is directed at the authorities of the
          protesters' country (manual, PROTEST: protests against the recipient);
        * a call for a release is made of those holding the person; a visit
          is hosted by whom the visitor meets or the state visited; drills near
          a state are aimed at it; an insurgency's attacks and threats with no
          victim named, reported from its home country, are on that state."""
        trigger, source = cand.trigger, cand.source
        exclude = source
        if cand.conditional and cand.type in CONFLICT_MATERIAL:
            # "if they take a negative stance toward us, we will retaliate" (a threat once _finish recodes it)
            actor = self._condition_actor(cand, exclude)
            if actor is not None:
                return actor
        if cand.type == "THREATEN":
            # "could retaliate with tariffs on German vehicles" (not "respond with force": its own means)
            actor = self._clause_recipient(trigger, exclude, ("with",))
            if actor is not None and actor.code() != _code(exclude):
                return actor
            for clause in [c for c in trigger.children if c.dep_ in ("ccomp", "xcomp")]:
                for verb in [clause, *(x for x in clause.subtree if x.dep_ == "xcomp" and x.pos_ == "VERB")]:
                    actor = self._clause_recipient(verb, exclude, ("on", "against", "at"))
                    if actor is not None:
                        return actor
            actor = self._condition_actor(cand, exclude)
            if actor is not None:
                return actor
            # "warned that key U.S. bases are now at risk": with no one acted on in the warning, it is aimed
            # at the one its content is about (a coded actor other than the speaker's own side)
            for clause in [c for c in trigger.children if c.dep_ == "ccomp"]:
                subject = _clause_subject(clause)
                if subject is None or subject.lower_ in POSSESSIVE_PRONOUNS:
                    continue
                actor = self._phrase_actor(subject, exclude)
                if _lemma(subject) in UNNAMED_ARMED and self.actors is not None:
                    # "warning that terrorists will not be spared": the armed group the report names
                    actor = self._reported_armed_group(subject, skip=_code(exclude)) or actor
                # ("warned that the country would respond": the speaker's own state is who would act)
                if actor is not None and actor.code() and not _own_side(subject, actor, exclude) \
                        and actor.code() != _code(exclude):
                    return actor
        elif cand.type == "AGREE" and trigger.pos_ == "VERB":
            # "agreed to provide Ukraine with 50 billion euros", "pledged to support Kyiv"
            for clause in _children(trigger, "xcomp"):
                actor = self._clause_recipient(clause, exclude, ("to", "with"))
                if actor is not None and actor.code():
                    return actor
        elif cand.type == "REJECT" and trigger.pos_ == "NOUN":
            # "its reluctance to endorse the U.S. proposal", "the refusal to cooperate with the court": the
            # act refused is the noun's infinitive, and whom that act reaches is the one refused
            for clause in trigger.children:
                if clause.dep_ in ("acl", "relcl", "xcomp") and clause.pos_ == "VERB" \
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
                    actor = self._clause_recipient(clause, exclude, ("in", "with", "to", "at", "by", "on"))
                    if actor is not None:
                        return actor
        elif cand.type == "REJECT" and trigger.pos_ == "VERB":
            if trigger.dep_ == "conj" and not _children(trigger, "dobj") and _lemma(trigger.head) in PROPOSING_VERBS:
                actor = self.actor(self.subject(trigger.head)[0])
                if _usable(actor, exclude):
                    return actor
            # "declined to participate in the EU plan", "refused to sign the deal with Kyiv"
            for clause in _children(trigger, "xcomp"):
                actor = self._clause_recipient(clause, exclude, ("in", "with", "to", "at", "by", "on"))
                if actor is not None:
                    return actor
        elif cand.type == "ACCUSE" and any(_lemma(o) in JUSTICE_NOUNS for o in self._judged_objects(trigger)):
            # "rights groups condemned Mhlanga's arrest", "criticized the journalist's conviction": an
            # arrest, trial or sentence is the act of the authorities where it happens (where the sentence
            # puts things, else the state the report is about)
            places = self._located_countries()
            country = places.pop() if len(places) == 1 else self._doc_country()
            if country is not None and (source is None or source.org or source.country != country
                                        or source.sector not in STATE_SECTORS):
                return ActorRef(country, country, country=country, sector="GOV", kind="state")
        elif cand.type == "REQUEST" and self._demands_release(cand):
            # "called for Zamora's immediate release", "called for the charge to be dropped": the demand is made
            # of the authorities who hold the person -- those where the sentence puts things, else those of the
            # state the report is about (not the prisoners' own nationality: "the release of Palestinian prisoners")
            places = self._located_countries()
            country = places.pop() if len(places) == 1 else self._doc_country()
            if country is not None:
                return ActorRef(country, country, country=country, sector="GOV", kind="state")
        elif cand.type == "PROTEST":
            # "massed in front of Israel's consulate in protest of Israeli police actions"
            actor = self._protested(trigger, exclude)
            if actor is not None:
                return actor
            if source is not None and source.country and not source.org:
                return ActorRef(source.country, source.country, country=source.country, sector="GOV", kind="state")
        elif cand.type == "CONSULT" and cand.mode == "visit":
            # "traveled to Washington to meet President Biden": whom the visitor meets, else the place visited
            # (also a meeting joined to the visit: "visited Europe and met with officials in the EU, Belgium ...")
            for clause in trigger.children:
                if clause.dep_ in ("advcl", "xcomp", "conj") and _match_frame(clause) is not None \
                        and _match_frame(clause).type == "CONSULT":
                    actor = self._clause_recipient(clause, exclude, ("with",))
                    if actor is not None and actor.code():
                        return actor
            countries = {c for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("to", "in")
                         for ent in self.ents if ent.root.head.i == p.i for c in [self._ent_country(ent)] if c}
            if len(countries) == 1 and (source is None or source.country not in countries):
                country = countries.pop()
                return ActorRef(country, country, country=country, sector="GOV", kind="state")
        elif cand.type == "ASSAULT" and source is not None and source.country and not source.org \
                and source.sector in (None, "GOV", "MIL", "COP"):
            # "the Russian army overwhelmed its neighbor's forces and drove deep into Georgia", "Russian
            # airstrikes in Syria": a state's force with no victim named hits the one other state whose
            # territory the sentence puts it in
            places = self._located_countries() | {
                c for ent in self.ents if ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("into", "across")
                for c in [self._ent_country(ent)] if c}
            places.discard(source.country)
            if len(places) == 1:
                country = places.pop()
                return ActorRef(country, country, country=country, kind="state")
        elif cand.type == "MOBILIZE":
            # "troops were deployed to the villages to push back the rebels": the purpose clause's object
            actor = self._purpose_recipient(trigger, exclude)
            if actor is not None and actor.code():
                return actor
            # "held military drills near Taiwan", "massed troops along the border with Ukraine"
            holder = trigger.head if trigger.dep_ == "dobj" and _lemma(trigger.head) in LIGHT_VERBS else trigger
            for h in (trigger, holder):
                for p in h.children:
                    if p.dep_ == "prep" and p.lower_ in ("near", "around", "off", "toward", "towards", "against",
                                                         "along"):
                        for obj in _children(p, "pobj"):
                            actor = self.actor(obj) or self._inner_actor(obj, exclude)
                            if _usable(actor, exclude) and actor.code():
                                return actor
        if cand.type in ("SANCTION", "REJECT", "THREATEN", "CONCEDE"):
            # "We have received formal notification that Russia has decided to halt military cooperation
            # events", "Moscow informed Oslo that it would halt ...": an act toward no one named is aimed at
            # the one it is notified to
            # (one notifies others of one's own side's acts: "Russia's envoy told the council that Ukraine had
            # threatened to attack" tells the council about Ukraine, and telling a news outlet is publishing)
            for holder in list(trigger.ancestors)[:6]:
                receiver = None
                if _lemma(holder) in ("inform", "notify", "tell", "warn", "assure"):
                    teller = self.actor(self.subject(holder)[0])
                    if teller is None or teller.code() is None or _same_side(teller, source):
                        receiver = next(iter(_children(holder, "dobj")), None)
                elif _lemma(holder) in ("receive", "get") and any(_lemma(o) in NOTICE_NOUNS
                                                                  for o in _children(holder, "dobj")):
                    receiver = next(iter(_children(holder, "nsubj")), None)
                actor = self.actor(receiver) if receiver is not None else None
                if _usable(actor, exclude) and actor.code() and actor.sector not in ("JRN", "MED"):
                    return actor
        if cand.type == "REQUEST" and cand.frame.type == "CONSULT" and trigger.pos_ == "NOUN":
            # "called a private meeting of the U.N. Security Council": the body asked to meet
            # (the parser may hang "of" on the verb: "called a meeting Wednesday of the council")
            holders = [trigger] + ([trigger.head] if trigger.dep_ == "dobj" else [])
            for obj in (p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in _children(c, "pobj")):
                actor = self.actor(obj)
                if _usable(actor, exclude) and actor.code() and actor.kind == "igo":
                    return actor
        if cand.type in ("ASSAULT", "THREATEN") and source is not None and source.org \
                and source.sector in ("REB", "UAF", "PRM") and source.country \
                and (source.country in (self._doc_country(), self._home_country())
                     or (self._doc_country() is None and self._home_country() is None)):
            # (a report placing it nowhere else: its home state too)
            # "al-Shabab claimed responsibility for the hotel attack" in a report on Somalia, "the BLA warned
            # it would execute security personnel": an insurgency's attacks and threats with no victim named
            # are on the state it fights at home
            return ActorRef(source.country, source.country, country=source.country, kind="state")
        return None

    def _policy_owner(self, cand: _Candidate) -> ActorRef | None:
        """A state's own law, budget or rules, named without an owner ("opposition
        parties rejected the budget", "lawmakers approved the selection", "the
        government has begun relaxing its restrictions", "in celebration of the
        new law"): backing, refusing or easing them is aimed at the state that
        made them -- the state where the sentence happens, else the actor's.
        Its government easing or keeping its own rules acts on its people."""
        source = cand.source
        if cand.type not in POLICY_ACTS or source is None or not source.country or source.org:
            return None
        trigger = cand.trigger
        objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        objects += [p for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "against", "on")
                    for p in _children(c, "pobj")]
        if trigger.dep_ == "acl" and trigger.tag_ == "VBN":  # "the rules relaxed by the government"
            objects.append(trigger.head)
        objects += [p for o in objects if _lemma(o) in PART_WORDS for c in o.children  # "some of its restrictions"
                    if c.dep_ == "prep" and c.lower_ == "of" for p in _children(c, "pobj")]
        policy = next((o for o in objects if _lemma(o) in POLICY_NOUNS), None)
        if policy is None or any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.lower_ not in POSSESSIVE_PRONOUNS
                                 and self.actor(c) is not None for c in policy.children):
            return None  # "the U.S. tariffs", "Pakistan's budget": owned by someone the slots would have named
        country = self._place_country() or self._home_country() or source.country
        own = country == source.country and source.sector in ("GOV", "LEG", "JUD")
        if own and cand.type in ("REQUEST", "ACCUSE"):
            return None  # a state's own body asking for or criticising its own rules: no other side named
        return ActorRef(country, country, country=country, sector="CVL" if own and source.sector == "GOV" else "GOV",
                        kind="unknown" if own and source.sector == "GOV" else "state")

    def _condition_actor(self, cand: _Candidate, exclude: ActorRef | None) -> ActorRef | None:
        """Whose move is the condition of a threat ("if they take a negative stance toward us")."""
        trigger = cand.trigger
        # (the condition may hang on any verb the threatened act depends on: "If the United States
        # escalates, I will not hesitate to shut the electricity off"; a passive condition names the one
        # whose move it is in its by-phrase: "if tariffs are not dropped by Canada")
        holders, tok = [trigger], trigger
        while tok.head.i != tok.i and tok.dep_ in ("xcomp", "ccomp", "conj", "dobj", "advcl", "prt"):
            tok = tok.head
            holders.append(tok)
        for holder in dict.fromkeys([*holders, cand.top or trigger]):
            for c in holder.children:
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
                    subject = _clause_subject(c)
                    if c.tag_ == "VBN" and any(a.dep_ == "auxpass" for a in c.children):
                        subject = next((p for a in _children(c, "agent") for p in _children(a, "pobj")), None)
                    actor = self.actor(subject)
                    if _usable(actor, exclude):
                        return actor
        return None

    @staticmethod
    def _judged_objects(trigger) -> list:
        """What a judgement is about: its object, passive subject or of/over/about/against object."""
        objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        objects += [p for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("of", "over", "about", "against")
                    for p in c.children if p.dep_ == "pobj"]
        return objects

    @staticmethod
    def _demands_release(cand: _Candidate) -> bool:
        """The request asks for a release, pardon or dropped charge: as its
        own inner act ("urged X to release", "called for the charge to be
        dropped") or as its object ("called for Zamora's release")."""
        frames = [cand.frame]
        for c in cand.trigger.children:
            objs = [c] if c.dep_ == "dobj" else _children(c, "pobj") if c.dep_ == "prep" and c.lower_ == "for" else []
            for obj in objs:
                if _lemma(obj) in RELEASE_WORDS:
                    return True
                frames += [f for f in [_match_frame(obj)] if f is not None]
        clause = _for_clause(cand.trigger)  # "called for the charge to be dropped"
        if clause is not None and _match_frame(clause) is not None:
            frames.append(_match_frame(clause))
        return any(f.type == "CONCEDE" or (f.type, f.mode) == ("RETREAT", "release") for f in frames)

    def _protested(self, trigger, exclude: ActorRef | None) -> ActorRef | None:
        """Whom a protest is against: "in protest of/against X's act", "a rally
        against X", or the embassy or consulate the crowd gathers at."""
        verb = trigger if trigger.pos_ == "VERB" else self._governing_verb(trigger)
        holders = [trigger] + ([verb] if verb is not None else [])
        for h in holders:
            for p in h.children:
                if p.dep_ != "prep":
                    continue
                for obj in _children(p, "pobj"):
                    if p.lower_ in ("against", "over") or (p.lower_ == "in" and _lemma(obj) == "protest"):
                        inner = obj if p.lower_ != "in" else next(
                            (o for q in obj.children if q.dep_ == "prep" and q.lower_ in ("of", "against", "at")
                             for o in _children(q, "pobj")), None)
                        if inner is None:
                            continue
                        actor = self._phrase_actor(inner, exclude)
                        if actor is not None and actor.code():
                            return actor
                    elif p.lower_ in ("outside", "at", "near", "front", "in") and _lemma(obj) in ("embassy", "consulate",
                                                                                              "mission"):
                        actor = self._inner_actor(obj, exclude)
                        if _usable(actor, exclude) and actor.code():
                            return actor
        return None

    def _clause_recipient(self, verb, exclude: ActorRef | None, preps) -> ActorRef | None:
        """The actor a clause acts on: its object (or an actor inside it), else
        an actor in one of `preps` (or inside its object)."""
        objects = _children(verb, "dobj") + [o for p in verb.children if p.dep_ == "prep" and p.lower_ in preps
                                             for o in _children(p, "pobj")]
        for obj in objects:
            actor = self._phrase_actor(obj, exclude)
            if actor is None and _lemma(obj) in DESCRIBED_GROUPS:
                # "deployed to push back the rebels": the group named before
                actor = self._recipient_actor(obj, exclude, topic=False)
                actor = actor if _usable(actor, exclude) and actor.code() else None
            if actor is not None:
                return actor
        return None

    def _phrase_actor(self, token, exclude: ActorRef | None) -> ActorRef | None:
        """The token's own actor, else one named inside its phrase (not `exclude`)."""
        actor = self.actor(token)
        actor = actor if _usable(actor, exclude) else self._inner_actor(token, exclude)
        return actor if _usable(actor, exclude) else None

    def _foreign_object(self, cand: _Candidate) -> bool:
        """The act's object belongs elsewhere: "boarded foreign boats", "seized
        a tanker flying the Panamanian flag"."""
        trigger = cand.trigger
        objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        for tok in (t for o in objects for t in o.subtree):
            if tok.lower_ in ("foreign", "international", "overseas"):
                return True
            if tok.ent_type_ in ("GPE", "NORP"):
                actor = self.actor(tok)
                if actor is not None and actor.country and actor.country != cand.source.country:
                    return True
        return False

    def _doc_country(self) -> str | None:
        """The state the report is about: the country most of its actors
        belong to (at least two mentions, ahead of any other), for acts of
        unnamed authorities on people it does not place otherwise."""
        key = ("doc_country",)
        if key not in self.cache:
            counts: dict[str, int] = {}
            for m in self.actors.mentions if self.actors is not None else ():
                if m.country and not m.org and m.kind != "igo":
                    counts[m.country] = counts.get(m.country, 0) + 1
            ranked = sorted(counts.items(), key=lambda kv: -kv[1])
            top = ranked[0] if ranked and ranked[0][1] >= 2 else None
            self.cache[key] = top[0] if top and (len(ranked) == 1 or ranked[1][1] < top[1]) else None
        return self.cache[key]

    def _withdrawn_from(self, cand: _Candidate) -> ActorRef | None:
        """A withdrawal's recipient is the state whose ground the forces leave
        or pull back within ("withdrew from Syria", "pull back its troops to a
        buffer zone along Georgia's breakaway region"): the one country of the
        places in the act's phrase, other than the actor's own."""
        if cand.type not in ("RETREAT", "CONCEDE") or cand.frame.mode != "withdraw" or cand.source is None:
            return None
        trigger = cand.trigger
        subject = {t.i for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        scope = {t.i for t in trigger.subtree} - subject
        countries = {c for ent in self.ents if ent.root.i in scope and ent.label_ in ("GPE", "LOC")
                     for c in [self._ent_country(ent)] if c and c != cand.source.country}
        if len(countries) != 1:
            return None
        country = countries.pop()
        return ActorRef(country, country, country=country, kind="state")

    def _patient_country(self, tok) -> str | None:
        """The country of the one acted on: named in its own phrase ("Afghan
        women", "villages in C.A.R.", not "near the Cameroon border"), else
        the single country of the places the sentence puts things in."""
        phrase = {t.i for t in _phrase_tokens(tok)}
        near = {t.i for p in tok.subtree if p.dep_ == "prep" and p.lower_ in ("near", "outside", "from", "to")
                for t in p.subtree}
        own = {c for ent in self.ents if ent.root.i in phrase and ent.root.i not in near
               for c in [self._ent_country(ent)] if c}
        if not own:
            # "the city of Kherson", "the town of Beledweyne": a place name the tagger took for a person
            for t in (self.sent.doc[i] for i in sorted(phrase)):
                if t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.lower_ == "of" \
                        and _lemma(t.head.head) in SETTLEMENT_NOUNS:
                    name = " ".join(x.text for x in t.subtree if x.pos_ == "PROPN")
                    place = geo.lookup(name)
                    if place is not None and place.country:
                        own.add(place.country)
        if len(own) == 1:
            return own.pop()
        if own:
            return None
        places = self._located_countries(within=_content_clause_of(tok))
        return places.pop() if len(places) == 1 else None

    def _located_countries(self, within=None) -> set[str]:
        """Countries of the places the sentence puts things in: "in Khartoum",
        "in Pakistan's restive Balochistan province", "near Sibi, Balochistan"
        (`within`: only those of that clause)."""
        out = set()
        for ent in self.ents:
            tok = ent.root
            if within is not None and not within.left_edge.i <= tok.i <= within.right_edge.i:
                continue
            for _ in range(3):  # up through "Pakistan's ... province", "Sibi, Balochistan"
                if tok.dep_ in ("poss", "compound", "appos", "conj", "amod") and tok.head.i != tok.i:
                    tok = tok.head
            if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS - {"between", "into", "beyond"}:
                country = self._ent_country(ent)
                if country:
                    out.add(country)
        return out

    def _ent_country(self, ent) -> str | None:
        """The state a place or nationality entity names ("Somalia", "Afghan", "Beledweyne")."""
        if ent.label_ not in ("GPE", "LOC", "NORP"):
            return None
        place = geo.lookup(ent.text)
        if place is not None and place.country:
            return place.country
        if self.actors is not None:
            actor = self.actors.actor_for_span(ent.start_char, ent.end_char)
            if actor is not None and actor.country and not actor.org:
                return actor.country
        return None

    def _own_wrapper_blocked(self, token, frame: Frame) -> bool:
        """"declined to comment", "refused to say": not a political act."""
        if frame.type != "REJECT":
            return False
        for x in _children(token, "xcomp"):
            if _lemma(x) in NO_COMMENT and _match_frame(x) is None:
                return True
        return False

    def _verb_modality(self, verb, cand: _Candidate) -> None:
        for c in verb.children:
            if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never"):
                cand.negated = True
            elif c.dep_ == "aux" and c.lower_ in FUTURE_AUX:
                cand.future = True
            elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
                cand.conditional = True
        if verb.dep_ == "ccomp" and _lemma(verb.head) in OPINION_VERBS and any(
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                for c in verb.head.children):
            cand.conditional = True  # "If fentanyl ends, I think these tariffs will come off"
        # headline infinitive: "Russia to cut military ties with NATO"
        if verb.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            cand.future = True
        if verb.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in verb.children):
            cand.conditional = True
        if verb.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("until", "unless", "if") for m in verb.children):
            cand.unrealised = True
        # "going to"
        if verb.dep_ == "xcomp" and _lemma(verb.head) == "go" and verb.head.tag_ == "VBG":
            cand.future = True

    def _climb(self, token, cand: _Candidate, have_subject: bool) -> None:
        """Follow governing words up the tree (see the module docstring)."""
        cur = token
        for _ in range(6):
            dep, head = cur.dep_, cur.head
            if head.i == cur.i:
                break
            for_clause = dep == "advcl" and head.pos_ == "VERB" and _same_token(_for_clause(head), cur) \
                and self.wrappers.get((_lemma(head), "V")) == "request"
            if dep == "xcomp" or for_clause or (dep in ("ccomp", "dobj") and head.pos_ == "VERB"
                                  and self.wrappers.get((_lemma(head), "V")) in ("threaten", "promise", "refuse",
                                                                                   "request", "intend")
                                  and dep != "dobj" and not self._has_own_subject(cur)):
                holder, cls = head, None
                if head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod", "xcomp"):
                    cls = self.wrappers.get((_lemma(head), "A"))
                    holder = head.head
                elif head.dep_ == "acomp" and head.tag_ == "VBN" and (head.lower_, "A") in self.wrappers:
                    cls = self.wrappers[(head.lower_, "A")]  # "is prepared/VBN to talk": the adjective
                    holder = head.head
                elif head.pos_ in ("VERB", "AUX"):
                    cls = self.wrappers.get((_lemma(head), "V"))
                    if cls == "report" and _lemma(head) == "tell":
                        cls = "request"
                    if cls == "begin" and _lemma(head) == "order" and _children(head, "dobj") \
                            and (self.agent(self.subject(head)[0]) or ActorRef("", "")).sector == "JUD":
                        # "the court ordered the government to release them" (guidelines: a court order is a
                        # REQUEST); a commander ordering his troops to act is the act itself
                        cls = "request"
                    if cls == "report":
                        cls = "begin"
                if not have_subject or cand.source is None:
                    subj, _, _ = self.subject(holder)
                    s = self.agent(subj)
                    if s is not None:
                        cand.source = s
                        have_subject = subj is not None
                self._apply_wrapper(cls or "begin", head, cand)
                self._verb_modality(holder, cand)
                cand.absorbed.add(head.i)
                cand.top = holder
                cur = holder
                continue
            if dep == "ccomp" and head.pos_ in ("VERB", "AUX"):
                cls = self.wrappers.get((_lemma(head), "V"))
                if cls == "deny":
                    cand.negated = True
                    cand.speech_act = "denial"
                    cand.absorbed.add(head.i)
                    cand.top = head
                    cur = head
                    continue
                if cls == "report" or cls is None:
                    if cls == "report":
                        subj, _, _ = self.subject(head)
                        speaker = self.actor(subj)
                        if speaker is not None and cand.reported_by is None:
                            cand.reported_by = speaker
                        cand.top = head
                        self._prosecution_claim(head, cand)
                    break
                if cls == "intend" and _lemma(head) in EXPECTATION_VERBS and self._has_own_subject(cur) \
                        and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
                    cls = "request"  # "X expects/wants Y to withdraw": X asks it of Y
                self._apply_wrapper(cls, head, cand)
                if cls == "begin":
                    self._verb_modality(head, cand)  # "will help Beijing tighten control": a future act
                cand.absorbed.add(head.i)
                cand.top = head
                cur = head
                continue
            if dep == "acl" and head.pos_ == "NOUN":
                cls = self.wrappers.get((_lemma(head), "N"))
                if cls is None:
                    break
                self._apply_wrapper(cls, head, cand)
                cand.absorbed.add(head.i)
                poss = _children(head, "poss")
                if poss and (cand.source is None or not have_subject):
                    cand.source = self.agent(poss[0]) or cand.source
                    have_subject = True
                verb = self._governing_verb(head)
                cand.top = verb or head
                if verb is None:
                    break
                if not have_subject:
                    subj, _, _ = self.subject(verb)
                    s = self.agent(subj)
                    if s is not None:
                        cand.source, have_subject = s, True
                self._verb_modality(verb, cand)
                cur = verb
                continue
            if dep == "conj" and head.pos_ in ("VERB", "AUX") and head.dep_ in ("xcomp", "ccomp", "acl"):
                cur = head  # "decided to halt X and suspend Y": the governing words apply to both
                continue
            if dep == "parataxis" and head.pos_ in ("VERB",) and self.wrappers.get((_lemma(head), "V")) == "report":
                subj, _, _ = self.subject(head)
                cand.reported_by = cand.reported_by or self.actor(subj)
                self._prosecution_claim(head, cand)
                break
            break
        # "..., the spokesman said": the reporting verb hangs on the event clause
        for c in cur.children:
            if c.dep_ in ("parataxis", "advcl", "ccomp") and self.wrappers.get((_lemma(c), "V")) == "report" \
                    and c.i > token.i:
                subj, _, _ = self.subject(c)
                cand.reported_by = cand.reported_by or self.actor(subj)
                self._prosecution_claim(c, cand)

    def _prosecution_claim(self, reporting, cand: _Candidate) -> None:
        """"Prosecutors say X hired Y to kill Z", "the indictment says X
        spied for Iran": what a prosecution reports of the accused is its
        allegation, not an established act (manual, ACCUSE: "formally accuse;
        ... indict, or charge; bring to trial")."""
        subj = self.subject(reporting)[0]
        if subj is None or _lemma(subj) not in PROSECUTION_WORDS or cand.type not in ALLEGED_ACTS \
                or cand.source is None or cand.negated:
            return
        prosecution = self.agent(subj)
        if prosecution is None or _same(prosecution, cand.source):
            return
        cand.type, cand.mode = "ACCUSE", "allege"
        cand.source, cand.target = prosecution, cand.source
        cand.future = cand.conditional = False
        cand.top = reporting

    @staticmethod
    def _has_own_subject(verb) -> bool:
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)

    @staticmethod
    def _governing_verb(noun):
        """The verb a noun phrase hangs on (through prepositions)."""
        tok = noun
        for _ in range(4):
            head = tok.head
            if head.i == tok.i:
                return None
            if head.pos_ in ("VERB", "AUX"):
                return head
            if tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "attr", "conj", "appos") or head.pos_ == "ADP":
                tok = head
                continue
            if tok.dep_ == "prep" and tok.lower_ == "of" and _lemma(head) in QUANTITY_NOUNS:
                tok = head  # "carried out a series of airstrikes"
                continue
            return None
        return None

    def _apply_wrapper(self, cls: str, head, cand: _Candidate) -> None:
        """What a governing word makes of the event it governs (manual,
        'Potential ambiguities' of AGREE, CONCEDE, REQUEST, THREATEN)."""
        inner_type, inner_mode = cand.type, cand.mode
        if cls == "intend":
            cand.future = True
        elif cls == "threaten":
            if head.pos_ == "VERB" and _lemma(head) == "warn" and inner_type not in CONFLICT_MATERIAL | {"THREATEN"}:
                return
            cand.type, cand.mode = "THREATEN", _threat_mode(inner_type, inner_mode, cand.trigger)
            cand.speech_act = "threat"
            cand.future = False
        elif cls == "promise":
            if inner_type in CONFLICT_MATERIAL | {"THREATEN"}:  # "vowed to retaliate" is a threat
                cand.type, cand.mode, cand.speech_act = "THREATEN", _threat_mode(inner_type, inner_mode,
                                                                                  cand.trigger), "threat"
            elif inner_type in ("RETREAT", "CONCEDE"):
                cand.type, cand.mode, cand.speech_act = "CONCEDE", None, "promise"
            elif inner_type in ("REJECT",):
                pass
            else:
                cand.type, cand.mode, cand.speech_act = "AGREE", None, "promise"
            cand.future = False
        elif cls == "refuse":
            cand.type, cand.mode = "REJECT", _request_mode(inner_type, inner_mode)
            cand.future = False
            cand.negated = False
        elif cls == "request":
            if inner_type == "AGREE" and inner_mode is None and _lemma(cand.trigger) in ("agree",):
                pass
            cand.type, cand.mode = "REQUEST", _request_mode(inner_type, inner_mode)
            recipient = None
            for c in head.children:
                if c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in ("on", "upon", "to")):
                    tok = c if c.dep_ != "prep" else next((p for p in c.children if p.dep_ == "pobj"), None)
                    recipient = self.actor(tok)
                    if recipient is not None:
                        break
            # the one asked to act is the recipient; the act's own subject was the one asked
            cand.target = recipient or cand.source or cand.target
            cand.source = None
            subj, _, _ = self.subject(head)
            cand.source = self.agent(subj)
            cand.future = False
            cand.negated = False
            if _lemma(head) == "invite" and inner_type in COOPERATIVE_ACTS:
                cand.type, cand.mode = "AGREE", None  # an invitation to visit or talk (manual, AGREE ambiguities)
        elif cls == "allege":
            # manual, ACCUSE (allege): claiming that someone committed an act is accusing them of it
            cand.target = cand.source or cand.target
            cand.type, cand.mode = "ACCUSE", "allege"
            cand.source = self.agent(self.subject(head)[0]) if head.pos_ in ("VERB", "AUX") else None
            cand.future = cand.negated = False
        elif cls == "fail":
            cand.negated = True
        elif cls == "deny":
            cand.negated = True
            cand.speech_act = "denial"

    def _target(self, verb, frame: Frame, exclude: ActorRef | None) -> ActorRef | None:
        """The recipient from the frame's slots: direct object (or an actor
        inside it: "halted cooperation with NATO"), prepositional objects."""
        slots = frame.target or ("dobj",)
        dobjs = _children(verb, "dobj", "dative")
        if not dobjs and frame.oprd:
            dobjs = [c for c in verb.children if c.dep_ == "oprd" and c.pos_ in ("PROPN", "NOUN", "PRON")][:1]
        if not dobjs and frame.obj:  # "holds Moscow/nsubj accountable/ccomp": the small clause's subject
            dobjs = [s for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "ADJ"
                     for s in _children(c, "nsubj")][:1]
        if not dobjs:  # "help Pakistan/nsubj rebuild/ccomp": the subject of a bare infinitive is the one acted on
            # (also of "allow/permit X to go": the one let or kept from acting)
            dobjs = [s for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB"
                     and not any(m.dep_ == "mark" or (m.dep_ == "aux" and _lemma(verb) not in PERMITTING_VERBS)
                                 for m in c.children) for s in _children(c, "nsubj")][:1]
        for slot in slots:
            if slot == "dobj":
                for d in dobjs:
                    actor = self._recipient_actor(d, exclude, topic=frame.type == "ACCUSE")
                    if _usable(actor, exclude) and not _own_side(d, actor, exclude):
                        return actor
            else:
                for holder in [verb, *dobjs]:
                    for p in holder.children:
                        # ("dative": the small model's label for "sent a delegation to/ADP Taiwan")
                        if p.dep_ in ("prep", "agent", "dative") and p.lower_ == slot:
                            for obj in p.children:
                                if obj.dep_ in ("pobj",):
                                    actor = self._recipient_actor(obj, exclude, topic=frame.type == "ACCUSE")
                                    if _usable(actor, exclude):
                                        return actor
        clause = _for_clause(verb) if frame.type == "REQUEST" else None
        if clause is not None:  # "called for Russia to reciprocate": the one asked is the clause's subject
            actor = self.actor(_clause_subject(clause))
            if _usable(actor, exclude):
                return actor
        if frame.type == "CONSULT" and "dobj" not in slots and _clause_subject(verb) is not None:
            # "discussed China's role": the object is the topic, not a party to the talks (a clause without
            # a subject -- "a meeting requested by X to discuss ..." -- is left to the act that governs it)
            return None
        # (condemning "the moves against the republic", "the attack on the base" accuses who did the act,
        # not the one it hit: the victim is left out, and an unnamed doer is found in the report)
        judged_acts = {d.i for d in dobjs if frame.type == "ACCUSE" and _act_noun(d)}
        for d in dobjs:  # an actor inside the object phrase
            actor = self._inner_actor(d, exclude, victims=d.i not in judged_acts)
            if actor is not None:
                return actor
        for d in dobjs:  # "blocked the adoption of documents for an upcoming Russia-NATO meeting"
            places = {t.i for p in d.subtree if p.dep_ == "prep" and p.lower_ in LOCATIVE_PREPS for t in p.subtree}
            if d.i in judged_acts:
                places |= {t.i for p in d.children if p.dep_ == "prep" and p.lower_ in VICTIM_PREPS
                           for t in p.subtree}
            for tok in _phrase_tokens(d):
                # not a place the object is in ("attacked villages near the Cameroon border")
                if tok.i != d.i and tok.pos_ in ("PROPN", "NOUN", "ADJ", "PRON") and tok.i not in places:
                    actor = self.actor(tok)
                    if _usable(actor, exclude) and not _own_side(tok, actor, exclude):
                        return actor
        if frame.type == "CONSULT":
            return None  # a meeting's other side is named by its own slots ("met in Moscow" is a place)
        for p in verb.children:  # the recipient in a preposition the frame does not list ("lashed out at X")
            if p.dep_ != "prep" or p.lower_ not in RECIPIENT_PREPS:
                continue
            for obj in p.children:
                if obj.dep_ != "pobj" or obj.ent_type_ in ("DATE", "TIME") or \
                        (p.lower_ in ("at", "from", "to") and obj.ent_type_ in ("GPE", "LOC", "FAC")):
                    continue  # a date or a place, not who is acted on
                if p.lower_ == "with" and _lemma(obj) in MEANS_NOUNS \
                        and not any(d.dep_ in ("det", "poss") for d in obj.children):
                    continue  # "respond with (full) force": the means, not who is acted on
                actor = self.actor(obj)
                if _usable(actor, exclude):
                    return actor
        if frame.type in CONFLICT_MATERIAL | {"THREATEN"}:
            return self._purpose_recipient(verb, exclude)
        return None

    def _recipient_actor(self, token, exclude: ActorRef | None, topic: bool = True) -> ActorRef | None:
        """The actor a recipient slot names: whom a report is about (with
        `topic`, for accusations: "concerned about the IAEA report about Iran";
        rejecting or welcoming a report answers its author), else the token's
        actor; a pronoun that would resolve to the actor itself ("Israel
        said it would retaliate against them") names the nearest other state or
        organisation before it -- a non-reflexive pronoun object is never the
        subject."""
        actor = (self._topic_actor(token, exclude) if topic else None) or self.actor(token)
        if self.actors is None:
            return actor
        if (actor is None or actor.code() is None) and _lemma(token) in RULING_NOUNS \
                and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
            # "imposed sanctions on the regime", "condemned the junta": the state the passage named last (never
            # the actor's own: no one calls their own government "the regime")
            actor = self._ruled_state(token, exclude) or actor
        if actor is None:
            # "accused security forces in Ethiopia of abuses", "criticized the police": an unnamed state body
            # in a recipient slot, coded by the place it is in; named without any place, it is the actor's
            # own ("farmers are pleading with authorities"; a foreign one would be named: "the U.S. government")
            body = self.agent(token)
            if body is not None and body.org == "NGO":
                return body  # "does not allow humanitarian agencies to go": unnamed NGOs (guidelines)
            if body is not None and body.kind == "unknown" and body.sector in STATE_SECTORS:
                if body.code() is not None:
                    return body
                if exclude is not None and exclude.country and not exclude.org \
                        and not self.actors.other_party(token):  # "its neighbour's forces" are someone else's
                    return replace(body, name=exclude.country, country=exclude.country)
        skip = exclude.code() if exclude is not None else None
        if token.lower_ in ("them", "it", "they") and skip and actor is not None and actor.code() == skip:
            actor = self._earlier_mention(token, skip=skip)
        elif (actor is None or actor.code() is None) and _lemma(token) in DESCRIBED_GROUPS \
                and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                        for c in token.children):
            # "accuses the rebel group of killing ...", "attacked the militants": the group named before
            actor = self._earlier_mention(token, skip=skip, kinds=DESCRIBED_GROUPS[_lemma(token)]) or actor
        return actor

    def _ruled_state(self, token, exclude: ActorRef | None) -> ActorRef | None:
        """The state a description of rulers takes up: the last one named in
        the two sentences before (else earlier in this one) that is not the
        actor or one of its members, nor a place something happens in (states
        named next to the actor in its own sentence are mostly its partners:
        "Japan, following the U.S., imposed sanctions on the regime")."""
        own = {_code(exclude)} | {m.code() for m in exclude.members} if exclude is not None else set()
        window_start = self._passage_window()
        best = None
        for m in self.actors.mentions:
            if m.start is None or m.start < window_start or m.start >= token.idx or m.kind != "state" or m.org \
                    or not m.code() or m.code() in own or self._mention_is_place(m):
                continue
            if best is None or best.start >= self.sent.start_char or m.start < self.sent.start_char:
                best = m
        return replace(best, members=[]) if best else None

    def _earlier_mention(self, token, skip: str | None, kinds: frozenset[str] | None = None,
                         whole_document: bool = False) -> ActorRef | None:
        """The nearest state or organisation mentioned before `token` in this
        or the previous two sentences (or anywhere before it) whose code is not
        `skip` (and, with `kinds`, of one of those kinds: "igo", "group" for a
        named non-state group, "armed" for armed groups)."""
        window_start = 0 if whole_document else self._passage_window()
        best = None
        for m in self.actors.mentions:
            if m.start is None or m.start >= token.idx or m.start < window_start or m.kind == "person" \
                    or not m.code() or m.code() == skip:
                continue
            if kinds is not None and not ((m.kind == "igo" and "igo" in kinds)
                                          or (m.kind == "group" and m.org and "group" in kinds)
                                          or (m.sector in ("REB", "UAF") and m.org and "armed" in kinds)):
                continue
            if self._mention_is_place(m):
                continue  # a place, not who is acted on
            best = m
        return replace(best, members=[]) if best else None

    def _passage_window(self) -> int:
        """Where the passage a description or an unnamed recipient takes up begins: the start of the
        second sentence before this one (never a distant paragraph)."""
        doc = self.sent.doc
        first = self.sent.start
        for _ in range(2):
            if first > 0:
                first = doc[first - 1].sent.start
        return doc[first].idx

    def _mention_is_place(self, mention: ActorRef) -> bool:
        """A mention naming where something happens ("in Vienna", "the Washington embassy"), not who acts or
        is acted on."""
        span = self.sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        return (root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "near", "from")) \
            or (root.dep_ == "compound" and _lemma(root.head) in POST_NOUNS)

    def _placed_phrase(self, token) -> str | None:
        """The one country of the places the phrase puts its people in
        ("militants present on Afghan soil", "gunmen in Nigeria"): they are
        coded by that place, not by the armed group the report names elsewhere."""
        phrase = {t.i for t in token.subtree if t.i != token.i}
        countries = {c for ent in self.ents if ent.root.i in phrase for c in [self._ent_country(ent)] if c}
        return countries.pop() if len(countries) == 1 else None

    def _reported_armed_group(self, token, skip: str | None) -> ActorRef | None:
        """The armed group unnamed "militants"/"terrorists" belong to: the one
        the report names before them, else the first it names after them (a
        lead often names the group only later: "the military killed 33
        terrorists ... The BLA claimed responsibility")."""
        armed = frozenset({"armed"})
        found = self._earlier_mention(token, skip=skip, kinds=armed, whole_document=True)
        if found is not None or self.actors is None:
            return found
        later = next((m for m in self.actors.mentions if m.start is not None and m.start > token.idx and m.org
                      and m.sector in ("REB", "UAF") and m.code() and m.code() != skip), None)
        return replace(later, members=[]) if later is not None else None

    def _purpose_recipient(self, head, exclude: ActorRef | None) -> ActorRef | None:
        """The one an act of force is aimed at, named in its purpose clause:
        "launched an operation to flush out al-Shabab", "imposed sanctions to
        punish Moscow", "launched a barrage to try to take control of South
        Ossetia" (through "try/seek/attempt to")."""
        for clause in head.children:
            if clause.dep_ not in ("advcl", "acl", "relcl") or not any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
                continue
            for _ in range(2):  # "to try to take ..."
                nxt = next((x for x in clause.children if x.dep_ == "xcomp"), None)
                if nxt is None or _lemma(clause) not in ("try", "seek", "attempt", "aim", "help", "move"):
                    break
                clause = nxt
            # "to take control of South Ossetia", "to put pressure on Iran"
            actor = self._clause_recipient(clause, exclude, ("of", "on", "against"))
            if actor is not None:
                return actor
        return None

    def _inner_actor(self, noun, exclude: ActorRef | None, depth: int = 0,
                     victims: bool = True) -> ActorRef | None:
        """An actor named inside an object phrase: the agent of "the
        allegations made by Pakistan", the subject of a content clause ("the
        announcement that Ukraine had agreed ..."), what a report or remark is
        about ("the IAEA report about Iran's production"), a modifier or
        possessor ("Russia's decision"; not "its troops" of the actor itself),
        then the actors of its prepositional phrases."""
        if depth > 3:
            return None
        for c in noun.children:  # "the allegations made by Pakistan"
            if c.dep_ == "acl" and c.tag_ == "VBN":
                for agent in _children(c, "agent"):
                    actor = self.actor(next((p for p in agent.children if p.dep_ == "pobj"), None))
                    if _usable(actor, exclude):
                        return actor
                if _lemma(c) in AFFILIATION_VERBS:  # "websites linked to al-Shabab", "firms tied to the IRGC"
                    for p in c.children:
                        if p.dep_ == "prep" and p.lower_ in ("to", "with"):
                            obj = next((o for o in p.children if o.dep_ == "pobj"), None)
                            actor = self.actor(obj)
                            if not _usable(actor, exclude) and obj is not None and depth < 3:
                                # "linked to the Khawarij, a derogatory term referring to al-Shabab"
                                actor = self._named_as(obj, exclude)
                            if _usable(actor, exclude):
                                return actor
        if any(c.dep_ == "acl" and _lemma(c) in AFFILIATION_VERBS for c in noun.children):
            actor = self._named_as(noun, exclude)  # (the parser may hang the name's apposition on the noun)
            if actor is not None:
                return actor
        for c in noun.children:  # "the announcement that Ukraine had agreed to a ceasefire"
            if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) \
                    and not (_lemma(noun) in CLAIM_NOUNS and noun.dep_ == "dobj" and _refusal(noun.head)):
                # ("rejected accusations that Lai's trial is unfair": a refusal answers the accuser, never the
                # one the charge is about -- manual, REJECT; guidelines, denials)
                actor = self.actor(_clause_subject(c))
                if _usable(actor, exclude):
                    return actor
        actor = self._topic_actor(noun, exclude, depth)
        if actor is not None:
            return actor
        for c in noun.children:
            if c.dep_ in ("poss", "compound", "amod", "nmod"):
                actor = self.actor(c)
                if _usable(actor, exclude) and not _own_side(c, actor, exclude):
                    return actor
        for c in noun.children:
            # ("by": the agent of an act named as the object -- "condemned the attack by Hamas", "refused to
            # attend a hearing by the court")
            if c.dep_ == "prep" and c.lower_ in ("with", "of", "against", "on", "to", "toward", "towards", "at",
                                                  "between", "for", "by") \
                    and (victims or c.lower_ not in VICTIM_PREPS
                         and (c.lower_ != "of" or _lemma(noun) in ACT_NOUNS)):  # "the decision of Kenya": its doer
                for obj in c.children:
                    if obj.dep_ == "pobj":
                        actor = self.actor(obj)
                        if _usable(actor, exclude):
                            return actor
                        inner = self._inner_actor(obj, exclude, depth + 1)
                        if inner is not None:
                            return inner
        return None

    def _named_as(self, noun, exclude: ActorRef | None) -> ActorRef | None:
        """The actor an apposition says a name stands for ("the Khawarij, a
        term referring to al-Shabab", "the group, an affiliate of ...")."""
        for appos in _children(noun, "appos"):
            actor = self.actor(appos)
            if _usable(actor, exclude):
                return actor
            for acl in _children(appos, "acl"):
                if _lemma(acl) in ("refer", "mean", "denote", "describe") or _lemma(acl) in AFFILIATION_VERBS:
                    for p in acl.children:
                        if p.dep_ == "prep" and p.lower_ in ("to", "with"):
                            actor = self.actor(next((o for o in p.children if o.dep_ == "pobj"), None))
                            if _usable(actor, exclude):
                                return actor
        return None

    def _act_object(self, noun, exclude: ActorRef | None) -> ActorRef | None:
        """The one a nominal act of force reaches through the verb it is the
        subject of ("airstrikes by the Somali army have killed 50 al-Shabab
        militants", "the blockade cut off Gaza") or its own purpose clause
        ("an operation to flush out al-Shabab")."""
        if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
            actor = self._clause_recipient(noun.head, exclude, ())
            if actor is not None:
                return actor
        return self._purpose_recipient(noun, exclude)

    def _topic_actor(self, noun, exclude: ActorRef | None, depth: int = 0) -> ActorRef | None:
        """Whom a report or remark is about ("the IAEA report about Iran's
        production"), rather than who wrote it."""
        if _lemma(noun) not in MESSAGE_NOUNS:
            return None
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in MESSAGE_TOPIC_PREPS:
                for obj in c.children:
                    if obj.dep_ == "pobj":
                        actor = self.actor(obj)
                        actor = actor if _usable(actor, exclude) else self._inner_actor(obj, exclude, depth + 1)
                        if _usable(actor, exclude):
                            return actor
        return None

    def _noun_event(self, noun, frame: Frame, cand: _Candidate) -> None:
        """Actors of a nominal event ("Russian airstrikes on X", "the
        freeze of Moscow military cooperation with NATO", "imposed sanctions on Z")."""
        source = target = None
        of_actor = None
        if frame.type == "AID" and noun.dep_ == "pobj" and noun.head.lower_ == "for":
            return  # "the need for assistance from Russia" asks for aid, gives none
        # ("came under attack from militants": under an act, its "from" phrase names who does it)
        undergone = noun.dep_ == "pobj" and noun.head.lower_ == "under"
        for c in noun.children:
            if c.dep_ == "prep" and (c.lower_ == "by" or (c.lower_ == "from" and (frame.type in FROM_SOURCE_TYPES
                                                                                  or undergone))) \
                    and source is None:
                source = self.agent(next((p for p in c.children if p.dep_ == "pobj"), None))
            elif c.dep_ == "acl" and c.tag_ == "VBN" and source is None:
                # "a strike carried out by Israeli jets", "the attack launched by the rebels"
                source = self.agent(_by_agent(c))
        for c in noun.children:
            if c.dep_ == "prep" and (c.lower_ in frame.target):
                for p in c.children:
                    if p.dep_ == "pobj":
                        actor = self.actor(p)
                        if actor is not None and c.lower_ in ("between",) and actor.members:
                            source = source or actor
                        elif actor is not None:
                            if c.lower_ == "of":
                                of_actor = actor
                            target = target or actor
        if target is None and frame.type == "REQUEST":
            # "renewed calls for Israel to allow more aid": the one asked is the subject of the "for" clause
            for clause in noun.children:
                if clause.dep_ in ("advcl", "acl", "relcl") and any(
                        m.dep_ == "mark" and m.lower_ == "for" for m in clause.children):
                    target = self.actor(_clause_subject(clause))
                    if target is not None:
                        break
        poss = _children(noun, "poss")
        poss_actor = self.agent(poss[0]) if poss else None
        if poss_actor is not None:
            if frame.mode in PATIENT_POSSESSOR_MODES and of_actor is None and not _of_people(noun):
                target = target or poss_actor
            else:
                source = source or poss_actor
        if source is None:
            for c in noun.children:
                if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i:
                    actor = self.agent(c)
                    if actor is not None and not _same(actor, target):
                        source = actor
                        break
        if frame.type == "CONSULT" and of_actor is not None and source is None:
            source, target = of_actor, None
        if frame.type == "CONSULT" and noun.dep_ == "nsubj" and _lemma(noun.head) in GATHERING_VERBS:
            # "the G7 talks brought together ministers from Britain, Canada ...": who the meeting gathers are
            # its participants (manual, compound actors), more precisely than the body that holds it
            participants = self._participants(noun.head)
            if participants is not None:
                source, target = participants, None
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            holder = noun.head.head
            if source is None and noun.head.lower_ == "for" and _lemma(holder) in ("responsibility", "credit"):
                # "al-Shabab claimed responsibility for the attack": the claimant did it
                verb = self._governing_verb(holder)
                if verb is not None:
                    source = self.agent(self.subject(verb)[0])
                    cand.top = verb
            elif source is None and noun.head.lower_ == "in" and _lemma(holder) in PARTICIPATING_VERBS \
                    and holder.pos_ in ("VERB", "AUX"):
                # "five al-Shabab militants, who were involved in the assault", "took part in the attack": those
                # involved do the act (not, as "came under attack", undergo it)
                subj, patient, passive = self.subject(holder)
                source = self.agent(patient if passive else subj)
                cand.top = holder
            elif (noun.head.lower_ in ("under", "in", "into")
                  or (noun.head.lower_ == "on" and _lemma(holder) in ("be", "go", "remain", "stay"))) \
                    and holder.pos_ in ("VERB", "AUX") and frame.type in IMPLIED_AGENT_SECTOR:
                # "the train came under attack", "he remains in custody": the subject is the one acted on
                subj, patient, passive = self.subject(holder)
                target = target or self.agent(patient if passive else subj)
                if source is None and (frame.type in FROM_SOURCE_TYPES or undergone):
                    # "came under fire from rights groups": the "from" phrase hung on the verb
                    source = next((self.agent(p) for c in holder.children if c.dep_ == "prep" and c.lower_ == "from"
                                   for p in c.children if p.dep_ == "pobj"), None)
                    if frame.type == "ACCUSE" and _lemma(noun) == "fire" and _armed(source, holder):
                        cand.type, cand.mode = "ASSAULT", "firearms"  # "came under fire from militants"
                if source is None and target is not None:
                    # "has been in custody", "is on trial": the state's police or courts where it happens
                    source = self._implied_agent(frame)
                cand.top = holder
            elif source is None and holder.pos_ in ("VERB", "AUX") and noun.head.lower_ in ("in", "as") \
                    and frame.type in ("PROTEST", "SUPPORT", "ACCUSE", "REJECT"):
                # "hundreds massed in protest of ...", "rallied in support of": the subject acts (an answer
                # "with" an act -- "responded with attacks on Machado" -- is _response_with's)
                source = self.agent(self.subject(holder)[0])
                cand.top = holder
        if source is None:
            # "a freeze of Moscow military cooperation with NATO": the actors of the object event
            for c in noun.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for obj in c.children:
                        if obj.dep_ == "pobj" and _match_frame(obj) is not None:
                            inner = _Candidate(obj, _match_frame(obj), frame.type, frame.mode)
                            self._noun_event(obj, inner.frame, inner)
                            source, target = inner.source, target or inner.target
        # light verbs: "imposed sanctions on Russia", "held talks with"
        verb = self._governing_verb(noun) if noun.dep_ in ("dobj", "pobj", "nsubjpass", "conj") else None
        if verb is not None and noun.dep_ == "conj":
            verb = None
        if verb is not None and any(t.head.i == verb.i and t.dep_ == "prep"
                                    and (t.lower_ in CAUSE_PREPS or t.lower_ in CIRCUMSTANCE_PREPS)
                                    for t in noun.ancestors):
            # "declare an emergency over the abductions": the cause, not what the verb does; "during the
            # negotiations, Iran proposed ...": the time of the verb's act, not an act the verb proposes
            verb = None
        if verb is not None:
            lemma = _lemma(verb)
            cls = self.wrappers.get((lemma, "V"))
            subj, patient, passive = self.subject(verb)
            if noun.dep_ == "nsubjpass" and cls in ("intend",):
                cand.future = True
                cand.top = verb
            elif lemma in ("order", "issue", "seek", "request") and frame.type == "COERCE" and frame.mode == "arrest":
                # an arrest ordered or a warrant issued, not (yet) executed: THREATEN arrest (COERCE ambiguities)
                cand.type, cand.mode = "THREATEN", "arrest"
                cand.source, cand.target = source or self.agent(subj), target
                cand.top = verb
                cand.absorbed.add(verb.i)
                self._verb_modality(verb, cand)
                self._climb(verb, cand, have_subject=cand.source is not None)
                source, target = cand.source, cand.target
            elif lemma in LIGHT_VERBS or lemma in RECEIVING_VERBS:
                agent = self.agent(subj)
                if lemma in RECEIVING_VERBS:
                    target = target or agent
                    if source is None:
                        # "received aid from the IMF": the giver hangs on the verb
                        source = next((self.agent(p) for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                                       for p in c.children if p.dep_ == "pobj"), None)
                    if source is None and IMPLIED_AGENT_SECTOR.get(frame.type) and agent is not None:
                        # "faces two charges", "faced arrest": the state's courts or police act on the subject
                        source = self._implied_agent(frame)
                elif agent is not None and (source is None or (source.code() is None and agent.code())):
                    source = agent  # a coded subject before a name the tables do not know ("Malabar exercise")
                if target is None:
                    target = self._target(verb, frame, exclude=source)
                self._verb_modality(verb, cand)
                cand.top = verb
                cand.absorbed.add(verb.i)
                cand.source, cand.target = source, target
                self._climb(verb, cand, have_subject=source is not None)
                source, target = cand.source, cand.target
            elif cls in ("deny", "refuse") and frame.type in ("ACCUSE", "REQUEST", "THREATEN", "AGREE"):
                source = None  # rejecting an allegation or demand is REJECT (the verb's own event)
            elif source is None and (cls == "begin" or lemma in ADOPTING_VERBS) and not passive \
                    and (noun.dep_ == "dobj" or (noun.dep_ == "pobj" and noun.head.lower_ in ("on", "for"))):
                # "the Senate votes on measures against Turkey", "the EU adopted sanctions": who decides
                # on an act is the one who does it
                source = self.agent(subj)
            elif cls in ("threaten", "promise", "refuse", "request", "intend", "deny") and noun.dep_ in ("dobj", "pobj"):
                s = self.agent(subj)
                cand.source, cand.target = source, target
                self._apply_wrapper(cls, verb, cand)
                cand.absorbed.add(verb.i)
                if cls == "refuse" and s is None and source is not None and source.code():
                    # "the judge rejected Kenya's request": Kenya asked, the unnamed subject refuses
                    cand.source, cand.target = None, cand.target or source
                elif cls not in ("request",):
                    cand.source = s or source
                if cls == "refuse" and source is not None and source.code() and s is not None \
                        and not _same(source, s):
                    # "Venezuela rejected the U.S. sanctions": rejecting another's act answers that actor
                    # (guidelines: REJECT toward the requester or accuser)
                    cand.target = source
                self._verb_modality(verb, cand)
                cand.top = verb
                self._climb(verb, cand, have_subject=cand.source is not None)
                source, target = cand.source, cand.target
        if target is None and frame.type in CONFLICT_MATERIAL:
            target = self._act_object(noun, source)
        if any((_lemma(c) in FUTURE_MODIFIERS or c.lower_ in FUTURE_MODIFIERS) and c.dep_ == "amod"
               for c in noun.children) and not _done_anew(noun):
            cand.future = True
        cand.source, cand.target = source, target
        if cand.top is None:
            cand.top = noun

    def _participants(self, verb) -> ActorRef | None:
        """The coded actors a gathering verb's object lists ("ministers from
        Britain, Canada and Japan", "leaders of China and Russia"), as one
        compound actor (None for fewer than two)."""
        members: list[ActorRef] = []
        for obj in _children(verb, "dobj"):
            heads = [obj, *obj.conjuncts]
            heads += [p for h in list(heads) for c in h.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
                      for p in [*_children(c, "pobj"), *(q for o in _children(c, "pobj") for q in o.conjuncts)]]
            for head in heads:
                actor = self.actors.actor_for_token(head) if self.actors is not None else None
                if actor is not None and actor.code() and not any(_same(actor, m) for m in members):
                    members.append(replace(actor, members=[]))
        if len(members) < 2:
            return None
        compound = members[0]
        for other in members[1:]:
            compound = _compound(compound, other)
        return compound

    # ---------------------------------------------------------------- finishing

    def _finish(self, cand: _Candidate) -> None:
        trigger = cand.trigger
        partners = self._acting_along(cand)
        if partners:
            # "The United States, along with Britain and France, called a meeting": all of them act
            for partner in partners:
                cand.source = _compound(cand.source, partner)
        source_sector = cand.source.sector if cand.source else None
        state_actor = source_sector in STATE_SECTORS or (cand.source and cand.source.kind == "igo")
        if cand.type == "PROTEST" and state_actor:
            # diplomatic protests and boycotts by governments (manual, PROTEST ambiguities)
            cand.type, cand.mode = ("REJECT", "meet") if cand.mode == "boycott" else ("ACCUSE", "disapprove")
            if cand.target is None:
                # "the Philippines protested to China over the incident": a diplomatic protest is lodged with
                # the state it is addressed to (a state named after "to" here is no place)
                cand.target = next((a for c in trigger.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                                    for p in _children(c, "pobj") for a in [self.actor(p)]
                                    if _usable(a, cand.source) and a.code()), None)
        if self._self_directed_by_place(cand):
            # "Russia must be held accountable", "the court regrets the decision of Kenya": the place that
            # coded the unnamed actor is the target itself, and no state accuses, asks or threatens itself
            # (its police and courts acting on people under its jurisdiction keep their code: the target
            # there is a person or group, not the state)
            cand.source = replace(cand.source, country=None, org=None)
        if cand.type == "REQUEST" and trigger.pos_ == "NOUN" and cand.frame.type in ("RETREAT", "CONCEDE") \
                and cand.frame.mode in (None, "withdraw", "resign"):
            # "called for the withdrawal of Russian troops from Ukraine", "demanded the resignation of the
            # government": the one asked is who would withdraw or resign -- the act's "of"-object or
            # possessor (not the place left, and not a release's prisoner: "called for Lai's release")
            for tok in _children(trigger, "poss") + [p for c in trigger.children if c.dep_ == "prep"
                                                     and c.lower_ == "of" for p in _children(c, "pobj")]:
                actor = self._phrase_actor(tok, cand.source)
                if actor is not None and actor.code():
                    cand.target = actor
                    break
        target = cand.target
        if target is not None and not target.org and target.start is not None and self.actors is not None \
                and (target.sector == "UAF" or (target.sector == "REB" and cand.type in FORCE_ON_PEOPLE)):
            # "the military claimed the killing of 33 terrorists", "several rebels were neutralized": unnamed
            # militants or rebels are the armed group named before them in the report (guidelines), not gunmen
            # or insurgents of the place
            tok = next((t for t in self.sent if t.idx == target.start), None)
            if tok is not None and _lemma(tok) in UNNAMED_ARMED and not self._placed_phrase(tok):
                cand.target = self._reported_armed_group(tok, skip=_code(cand.source)) or target
        if target is not None and id(target) in self._homed and _justice_act(cand) and cand.source is not None \
                and cand.source.country and not cand.source.org and cand.source.sector in ("JUD", "COP", "GOV") \
                and target.country != cand.source.country:
            # "Lai stands accused of collusion" (by Hong Kong's courts) in a report from Washington: someone the
            # text gives no state, tried or held by a state, is of that state, not of the report's home
            cand.target = replace(target, country=cand.source.country)
        if cand.target is None or cand.target.code() is None or _own_target(cand):
            # ("pull back its troops": the actor's own side is no recipient; look further)
            cand.target = self._coded_patient(cand) or self._withdrawn_from(cand) or self._implied_recipient(cand) \
                or self._policy_owner(cand) or cand.target
        if cand.type == "ACCUSE" and _lemma(trigger) == "accuse":
            objects = {_lemma(p) for c in trigger.subtree if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.subtree}
            if objects & DISAPPROVAL_WORDS:
                cand.mode = "disapprove"
        if cand.type == "RETREAT" and cand.mode == "withdraw" and cand.target is not None \
                and cand.target.kind == "igo" and not cand.target.members:
            cand.type = "SANCTION"  # leaving an international organisation (guidelines: SANCTION withdraw)
        if cand.type == "ASSAULT" and cand.mode in (None, "firearms"):
            # the weapon named with the act decides ("fired tear gas" is crowd control, not firearms)
            cand.mode = _instrument_mode(trigger) or cand.mode
        if cand.type == "CONSULT" and cand.mode is None:
            words = {t.lower_ for t in trigger.sent}
            if words & {"phone", "telephone", "video"}:
                cand.mode = "phone"
        # A meeting in one participant's country: the other is visiting (manual, CONSULT actors).
        if cand.type == "CONSULT" and cand.mode is None and cand.target is not None and not cand.future:
            place = self._place_country()
            if place is not None and place == cand.source.country and place != cand.target.country:
                cand.source, cand.target, cand.mode = cand.target, cand.source, "visit"
            elif place is not None and place == cand.target.country and place != cand.source.country:
                cand.mode = "visit"
        # Meetings without a host: every participant is an actor (manual, compound actors). A meeting one
        # side refuses or makes conditional ("does not want to meet with Kim", "would meet with Kim if ...")
        # is that side's answer to the other, who stays its target.
        if cand.type == "CONSULT" and cand.mode != "visit" and cand.target is not None \
                and not (cand.negated or cand.conditional):
            cand.source = _compound(cand.source, cand.target)
            cand.target = None
        inner_type = cand.type
        if cand.type == "REQUEST" and _lemma(trigger) in ORDERING_VERBS and any(
                _lemma(x) in PUBLISHING_ACTS and any(n.dep_ == "neg" for n in x.children)
                for x in _children(trigger, "xcomp")):
            # "instructed publishers not to print anything without permission": an authority's order
            # forbidding publication is censorship (guidelines: bans, censorship -> COERCE)
            cand.type, cand.mode = "COERCE", "censor"
        # Negated concessions are refusals ("will not succumb to pressure").
        if cand.negated and cand.type in ("CONCEDE", "RETREAT") and cand.speech_act != "denial":
            cand.type, cand.mode, cand.negated = "REJECT", "yield", False
        # Future and conditional acts (manual: AGREE, CONCEDE ambiguities; auxiliary modes).
        if cand.future or cand.conditional:
            if cand.type in COOPERATIVE_ACTS:
                cand.type, cand.mode = "AGREE", None
            elif cand.type in ("RETREAT", "CONCEDE") and not cand.negated and trigger.dep_ == "xcomp" \
                    and _lemma(trigger.head) in ("help", "assist"):
                # "he will help release my father": a third party's promised help is a promise of
                # cooperation (AGREE), the release itself being the captor's concession
                cand.type, cand.mode, cand.speech_act = "AGREE", None, "promise"
            elif cand.type == "RETREAT":
                cand.type, cand.mode = "CONCEDE", None
            elif cand.type in CONFLICT_MATERIAL and (cand.conditional or (not cand.negated
                                                                       and _compelling_aim(trigger))):
                cand.type, cand.mode = "THREATEN", _threat_mode(cand.type, cand.mode, trigger)
                cand.speech_act = "threat"
            elif cand.type in CONFLICT_MATERIAL and not cand.negated:
                cand.modality = "intended"
        # "does not recognize the court", "would not endorse": withholding support is rejecting
        if cand.negated and cand.type == "SUPPORT" and cand.speech_act != "denial":
            cand.type, cand.mode, cand.negated = "REJECT", None, False
        # "does not want to meet", "will not help": refusing a cooperative act
        if cand.negated and cand.type == "AGREE" and inner_type != "AGREE" and cand.speech_act != "denial":
            cand.type, cand.mode, cand.negated = "REJECT", _request_mode(inner_type, None), False
        if cand.conditional and cand.type not in ("THREATEN",):
            cand.modality = "conditional"
        if cand.negated:
            cand.modality = "negated"
        if cand.type == "ASSAULT" and _lemma(trigger) in ("clash", "fight", "battle") and cand.target is not None \
                and (_lemma(trigger) == "fight" or any(c.lower_ == "with" for c in trigger.children)):
            cand.source = _compound(cand.source, cand.target)
            cand.target = None
        if _own_target(cand):
            cand.target = None
        if cand.target is not None and not cand.target.members:
            cand.target = self._conjoined(cand.target, cand.source)


    def _acting_along(self, cand: _Candidate) -> list[ActorRef]:
        """The coded actors named as acting "along with" / "together with" the
        actor, on its verb or its subject."""
        if cand.source is None or cand.source.code() is None:
            return []
        holders = [t for t in (cand.top, cand.trigger) if t is not None and t.pos_ in ("VERB", "AUX")]
        holders += [s for h in list(holders) for s in _children(h, "nsubj")]
        found = []
        for holder in holders:
            for p in holder.children:
                if p.dep_ != "prep":
                    continue
                withs = [p] if p.lower_ == "with" and any(a.lower_ in ("along", "together") for a in p.children) \
                    else [w for w in p.children if w.dep_ == "prep" and w.lower_ == "with"] \
                    if p.lower_ in ("along", "together") else []
                for obj in (o for w in withs for o in _children(w, "pobj")):
                    for tok in [obj, *obj.conjuncts]:
                        actor = self.actor(tok)
                        if actor is not None and actor.code() and not _same(actor, cand.source) \
                                and not any(_same(actor, f) for f in found):
                            found.append(replace(actor, members=[]))
        return found

    def _self_directed_by_place(self, cand: _Candidate) -> bool:
        """A verbal act whose actor is coded only by the place, aimed at the
        state of that very place as a whole: not people, office holders
        ("the leaders of Puntland") or groups under its jurisdiction."""
        source, target = cand.source, cand.target
        return (source is not None and target is not None and id(source) in self._placed
                and cand.type in ("ACCUSE", "REQUEST", "THREATEN", "REJECT") and source.country is not None
                and target.country == source.country and target.kind == "state" and not target.org
                and target.sector in (None, "GOV") and target.role is None)


# Nouns that after "with" name the means of an act, not a party to it ("respond with force").
MEANS_NOUNS = frozenset({"force", "violence", "weapon", "arm", "missile", "rocket", "drone", "artillery",
                         "tariff", "sanction", "measure", "countermeasure", "gunfire", "fire", "tear gas"})


def _content_clause(noun) -> bool:
    """Whether a noun takes a that-clause saying what is claimed ("the allegation that ...")."""
    return any(c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in noun.children)


def _content_clause_of(token):
    """The one of several joined that-clauses a token is in ("told reporters that the issue is dealt with in
    Vienna and that Beijing was not supportive of the council meeting": the second), whose places are its own;
    None when it is in no such clause (the whole sentence's places count)."""
    for clause in [token, *token.ancestors]:
        if clause.dep_ == "conj" and clause.pos_ in ("VERB", "AUX") and _children(clause, "nsubj", "nsubjpass") \
                and any(m.dep_ == "mark" for m in clause.children):
            return clause
        if clause.dep_ == "ccomp" and any(c.dep_ == "conj" and any(m.dep_ == "mark" for m in c.children)
                                          for c in clause.children):
            # the first of them: its subtree holds the others, so only up to where the next begins
            nxt = next(c for c in clause.children if c.dep_ == "conj" and any(m.dep_ == "mark" for m in c.children))
            return clause.doc[clause.left_edge.i:nxt.left_edge.i].root if token.i < nxt.left_edge.i else nxt
    return None


def _refusal(verb) -> bool:
    """A verb of refusing or denying ("rejected", "denied", "dismissed")."""
    frame = _match_frame(verb)
    return _lemma(verb) in DENYING_VERBS or (frame is not None and frame.type == "REJECT")


def _act_noun(noun) -> bool:
    """A noun naming an act of force or pressure ("the attack", "the moves", "the ruling")."""
    if noun.pos_ != "NOUN":
        return False
    frame = next(iter(load_lexicon().get((_lemma(noun), "N"), ())), None)
    return _lemma(noun) in ACT_NOUNS or (frame is not None and frame.type in JUDGED_ACTS)


def _phrase_tokens(head):
    """The tokens of a noun phrase without the clauses inside it (relative
    clauses, participles): "cooperation, which was frozen after Russia and
    Georgia fought" stops at "cooperation"."""
    out, frontier = [], [head]
    while frontier:
        tok = frontier.pop()
        out.append(tok)
        frontier.extend(c for c in tok.children if c.pos_ not in ("VERB", "AUX") and c.dep_ not in ("relcl", "acl", "advcl"))
    return sorted(out, key=lambda t: t.i)


def _domestic_act(cand: _Candidate) -> bool:
    """Acts of a state's police, courts and government on the people under
    its jurisdiction: arrests and other coercion, convictions, charges and
    investigations by courts or police, arrest warrants, court orders and
    rulings."""
    source = cand.source
    if source is None or not source.country or source.org:
        return False
    if cand.type == "COERCE" or (cand.type, cand.mode) in (("SANCTION", "convict"), ("THREATEN", "arrest")):
        return True
    if source.sector == "JUD" and cand.type in ("SANCTION", "REQUEST", "CONCEDE", "REJECT"):
        return True  # court rulings, orders, acquittals, dismissed appeals
    return cand.type == "ACCUSE" and cand.mode in ("allege", "investigate") and source.sector in ("JUD", "COP")


PRESS_WORDS = frozenset({"reporter", "journalist", "press", "media", "correspondent", "newsman", "newspaper"})
POLL_WORDS = frozenset({"poll", "survey", "census", "opinion"})


def _shared_view(verb) -> bool:
    """"agreed that the situation had improved": agreeing with a finding (a
    that-clause stating a fact), not agreeing to do something; "agreed that
    talks would resume" stays an agreement on a future act."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("xcomp", "prep") for c in verb.children):
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    return clause is not None and not any(c.dep_ == "aux" and c.lower_ in MODAL_AUX | OBLIGATION_MODALS
                                          for c in clause.children)


def _polled(trigger) -> bool:
    """The clause is what a poll or survey found ("according to a poll", "a
    survey found that ...")."""
    for tok in [trigger, *list(trigger.ancestors)[:4]]:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "according" and any(
                    _lemma(p) in POLL_WORDS for x in c.children for p in x.subtree if p.dep_ == "pobj"):
                return True
            if c.dep_ == "nsubj" and _lemma(c) in POLL_WORDS and tok.i != trigger.i:
                return True
    return False


HOSTAGE_WORDS = frozenset({"hostage", "passenger", "captive", "abductee", "kidnappee", "crew", "sailor", "tourist",
                           "worker", "student", "schoolgirl", "schoolchild", "villager"})


def _rescued(trigger) -> bool:
    """The freed are hostages or people taken (not prisoners or detainees)."""
    freed = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if trigger.dep_ in ("acl", "relcl") and trigger.tag_ == "VBN":
        freed.append(trigger.head)  # "the passengers freed so far"
    return any(_lemma(t) in HOSTAGE_WORDS for f in freed for t in (f, *f.conjuncts))


# Acts that undo or refuse another act named as their object.
UNDOING_TYPES = frozenset({"CONCEDE", "RETREAT", "REJECT", "SANCTION"})
COURT_CONCESSIONS = frozenset({"acquit", "overturn", "quash", "exonerate", "annul", "void", "vacate"})
# What is filed with a court and which a court rejects or dismisses.
LEGAL_FILINGS = frozenset({"challenge", "appeal", "petition", "lawsuit", "suit", "motion", "case", "application",
                           "complaint", "plea", "objection", "injunction"})


def _home_restriction(cand: _Candidate) -> bool:
    """A state's act on people of its own country (not on another state, an
    organisation or a company)."""
    source, target = cand.source, cand.target
    return source is not None and target is not None and bool(source.country) and not source.org \
        and target.country == source.country and not target.org and not target.members \
        and target.kind in ("group", "person", "unknown") and target.sector not in (None, "GOV", "BUS")


def _armed(actor: ActorRef | None, holder) -> bool:
    """An armed actor (forces, armed groups, unnamed gunmen) acting through `holder`'s "from" phrase."""
    if actor is not None and actor.sector in ("MIL", "REB", "UAF", "COP"):
        return True
    words = {_lemma(p) for c in holder.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.subtree}
    return bool(words & (set(UNNAMED_ARMED) | {"troop", "soldier", "force", "army", "police", "military"}))


def _justice_act(cand: _Candidate) -> bool:
    """Arrests, detentions, charges, investigations, convictions, releases
    and arrest warrants: acts of a state's police and courts."""
    return cand.type == "COERCE" or (cand.type, cand.mode) in (
        ("SANCTION", "convict"), ("THREATEN", "arrest"), ("ACCUSE", "allege"), ("ACCUSE", "investigate"),
        ("RETREAT", "release"))


def _asserted_by_clause(trigger) -> bool:
    """The act is the verb of a clause or the object of a light verb ("imposed restrictions"), not a
    noun mentioned in passing ("the crackdown by police ... was a sign of weakness")."""
    if trigger.pos_ in ("VERB", "AUX"):
        return True
    return trigger.dep_ == "dobj" and _lemma(trigger.head) in LIGHT_VERBS


def _own_target(cand: _Candidate) -> bool:
    """The recipient is the actor itself (same mention, or same code and sector, or one of its members):
    an event needs two sides. A state's police and courts acting on one of its own ("dissolved the party
    of former President al-Bashir") act on someone else even when both are coded SDN/GOV."""
    source, target = cand.source, cand.target
    if target is None or source is None:
        return False
    # (a member counts when it is the same actor: senators asking the Secretary of State are USA/LEG and
    # USA/GOV, two sides of one state)
    if not (_same(source, target) or any(_same(m, target) for m in source.members)):
        return False
    return not (_domestic_act(cand) and target.kind in ("person", "unknown", "group")
                and target.start is not None and target.start != source.start)


def _own_side(token, actor: ActorRef | None, exclude: ActorRef | None) -> bool:
    """A phrase owned by the actor itself through a possessive pronoun ("pulled back its troops",
    "overwhelmed its neighbor's forces"): the actor's own side, not the recipient."""
    if actor is None or exclude is None or actor.code() is None or actor.code() != exclude.code():
        return False
    return token.lower_ in POSSESSIVE_PRONOUNS or any(
        c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in token.children)


def _same_side(a: ActorRef, b: ActorRef | None) -> bool:
    """Whether two actors are of one state or organisation (by code or country)."""
    if b is None:
        return False
    codes = {a.code(), a.country} - {None}
    return bool(codes & ({b.code(), b.country} | {m.code() for m in b.members} - {None}))


def _usable(actor: ActorRef | None, exclude: ActorRef | None) -> bool:
    return actor is not None and not _same(actor, exclude)


def _same(a: ActorRef | None, b: ActorRef | None) -> bool:
    """The same actor twice (same mention, or same code and sector): an event needs two sides."""
    if a is None or b is None:
        return False
    if a.code() is None or b.code() is None:
        return a.start is not None and a.start == b.start  # unnamed actors: only the same mention
    return a.code() == b.code() and (a.start == b.start or a.sector == b.sector)


def _compound(a: ActorRef, b: ActorRef) -> ActorRef:
    members = (a.members or [a]) + (b.members or [b])
    unique, seen = [], set()
    for m in members:
        key = (m.code(), m.sector)
        if key not in seen:
            seen.add(key)
            unique.append(replace(m, members=[]))
    if len(unique) == 1:
        return a
    return replace(a, members=unique, name=" and ".join(m.name for m in unique))


def _request_mode(inner_type: str, inner_mode: str | None) -> str | None:
    """REQUEST/REJECT mode from the act asked for or refused (manual, REQUEST modes)."""
    if inner_type in ("CONSULT",):
        return "meet"
    if inner_type in ("AID", "COOPERATE", "SUPPORT", "AGREE"):
        return "assist"
    if inner_type in ("RETREAT", "CONCEDE"):
        return "yield"
    if inner_type in ("REQUEST", "REJECT"):
        return inner_mode
    return "change"


def _compelling_aim(trigger) -> bool:
    """Whether the act (or the verb its noun hangs on) is done "to"/"in order to" prevent, push,
    force ... a named someone (COMPELLING_AIMS)."""
    verb = trigger
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    for tok in (verb, verb.head):
        for c in tok.children:
            # aimed at someone ("to prevent Iran from", "to force it"), not at a state of affairs ("to stop
            # gang violence": a deployment's purpose, no warning to anyone)
            if c.dep_ in ("xcomp", "advcl") and _lemma(c) in COMPELLING_AIMS \
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) \
                    and any(o.pos_ in ("PROPN", "PRON") or o.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
                            for o in _children(c, "dobj")):
                return True
    return False


def _threat_mode(inner_type: str, inner_mode: str | None, trigger) -> str | None:
    """THREATEN mode = the content of the threat (manual, THREATEN modes)."""
    if inner_type in ("ASSAULT", "MOBILIZE"):
        return "territory" if _lemma(trigger) in ("invade", "occupy", "seize", "annex") else "violence"
    if inner_type == "SANCTION":
        if inner_mode == "expel":
            return "expel"
        words = {_lemma(t) for t in trigger.subtree} | {_lemma(trigger)}
        if words & {"tie", "relation", "talk", "negotiation", "cooperation", "contact", "dialogue", "door"}:
            return "relations"
        return "restrict"
    if inner_type == "COERCE":
        return {"arrest": "arrest", "deport": "expel"}.get(inner_mode or "", "restrict")
    if inner_type == "THREATEN":
        return inner_mode
    return None


def _instrument_mode(trigger) -> str | None:
    words = {_lemma(trigger), trigger.lower_}
    for tok in trigger.subtree:
        words.add(_lemma(tok))
    for tok in trigger.children:
        words.add(_lemma(tok))
    for tok in trigger.sent:
        if tok.dep_ in ("pobj", "compound", "amod", "nsubj") and abs(tok.i - trigger.i) <= 8:
            words.add(_lemma(tok))
    for keys, mode in INSTRUMENT_MODES:
        if words & keys:
            return mode
    return None


def _clause_depth(token) -> int:
    """How deep a clause is, not counting the reporting verbs above it
    ("officials say <clause>") nor coordination: 0 for a main clause."""
    wrappers = load_wrappers()
    depth = 0
    while token.head.i != token.i and depth < 50:
        head = token.head
        reported = token.dep_ in ("ccomp", "parataxis") and wrappers.get((_lemma(head), "V")) == "report"
        if not reported and token.dep_ != "conj":
            depth += 1
        token = head
    return depth


QUOTE_MARKS = frozenset('"\u201c\u201d')


def _quoted(token) -> bool:
    """The token stands inside a quotation: an odd number of quotation marks
    before it in its sentence (a sentence that only closes a quote opened
    earlier counts from its start: it begins inside the quote when its only
    mark comes after the token)."""
    sent = token.sent
    before = sum(1 for t in sent if t.i < token.i and t.text in QUOTE_MARKS)
    if before % 2:
        return True
    after = sum(1 for t in sent if t.i > token.i and t.text in QUOTE_MARKS)
    return before == 0 and after % 2 == 1


def _alleged_by_accusers(trigger):
    """The verb of an act marked as an accusers' claim: "allegedly" on a verb
    between the act and the top of its clause chain, with "according to"
    prosecutors, court documents, the indictment, police or investigators
    ("Iranian officials allegedly offered to pay ..., according to court
    documents"); None otherwise."""
    chain, tok = [trigger], trigger
    while tok.dep_ in ("xcomp", "ccomp", "advcl", "conj", "dobj", "pobj", "prep", "pcomp") and len(chain) < 6:
        tok = tok.head  # up the clauses the act is part of ("offered to pay ... to invite her")
        chain.append(tok)
    marked = next((v for v in chain if v.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "advmod" and c.lower_ in ("allegedly", "purportedly") for c in v.children)), None)
    if marked is None:
        return None
    for verb in chain[chain.index(marked):]:
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "according":
                sources = {_lemma(t) for to in _children(c, "prep") for t in to.subtree}
                if sources & ACCUSING_SOURCES:
                    return marked
    return None


def _quote_mark_kind(token) -> str:
    """"open" or "close": curly marks say which; a straight mark opens when it
    stands before a word with no space after it."""
    if token.text == "\u201c":
        return "open"
    if token.text == "\u201d":
        return "close"
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    opens = not token.whitespace_ and following is not None and not following.is_punct
    return "open" if opens and (token.i == 0 or token.nbor(-1).whitespace_ or token.nbor(-1).is_punct
                                and token.nbor(-1).text not in QUOTE_MARKS) else "close"


def _with_partner(noun) -> bool:
    """A joint act "with" someone, on the noun or on its light verb ("held an exercise with three
    countries"): the partner is there even when the tables cannot code it."""
    holders = [noun] + ([noun.head] if noun.dep_ == "dobj" else [])
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")
                                                               for p in c.children)
               for h in holders for c in h.children)


def _main_clause(verb) -> bool:
    """The verb heads the sentence (or a clause coordinated with its head)."""
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"


def _imperative(verb) -> bool:
    """"Donate here": a bare verb heading its sentence, no subject, no auxiliary."""
    return verb.dep_ == "ROOT" and verb.tag_ == "VB" and not _children(verb, "aux", "nsubj")


def _thing_subject(coder, verb) -> bool:
    """The active verb has a subject that is no one ("the report criticized ...")."""
    subj, _, passive = coder.subject(verb)
    return not passive and subj is not None and coder.agent(subj) is None


def _topic_noun(noun) -> bool:
    """A nominal event that is only what something is about ("spoke with X
    about U.S. support for Taiwan", "a statement on the release"), what is
    needed or hoped for ("in need of Russia's support"), or the subject of
    a hypothetical ("a freeze of cooperation would affect 10 exercises",
    "sanctions can snap back if ..."): no act reported."""
    for tok in [noun, *noun.ancestors]:  # "about his trip to Taiwan, U.S. support for ...": inside the phrase
        if tok.pos_ in ("VERB", "AUX"):
            break
        if tok.dep_ == "pobj" and tok.head.lower_ in TOPIC_PREPS:
            return True
    if noun.dep_ == "npadvmod" and any(c.dep_ == "prep" and c.lower_ in TOPIC_PREPS for c in noun.head.children):
        return True  # "spoke about his trip to Taiwan, U.S. support for the island, ...": a list of topics
    if noun.dep_ == "pobj" and noun.head.lower_ == "on":
        holder = noun.head.head  # "a statement on X", or "issued a statement on X" (hung on the verb)
        if _lemma(holder) in COMMUNICATION_NOUNS or (holder.pos_ == "VERB" and any(
                c.dep_ == "dobj" and _lemma(c) in COMMUNICATION_NOUNS for c in holder.children)):
            return True
    if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "for") and _lemma(noun.head.head) in WANT_NOUNS:
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        return _topic_noun(noun.head.head)  # "a freeze of cooperation would ...": what the topic is made of
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        return any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS for c in noun.head.children)
    head = noun
    while head.dep_ == "conj":
        head = head.head
    if head.dep_ == "dobj" and _lemma(head.head) in PREDICATION_VERBS:
        # "being in the opposition can also mean intimidation, arrest and violence": what something
        # may bring, no act reported
        verb = head.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
        if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS for c in verb.children) \
                or (subj is not None and (subj.dep_ == "csubj" or subj.lower_ == "it")):
            return True
    holder = None
    if noun.dep_ == "dobj":
        holder = noun.head
    elif noun.dep_ == "pobj" and noun.head.head.dep_ == "dobj":
        holder = noun.head.head.head  # "could face life/dobj in prison"
    elif noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB":
        holder = noun.head.head  # "could face life in/prep(face) prison"
    if holder is None or _lemma(holder) not in RECEIVING_VERBS:
        return False
    modal_holders = [holder, holder.head] if holder.dep_ == "conj" else [holder]  # "can lose ... and face ..."
    # "he could face deportation / life in prison": a penalty that may come, none imposed
    return any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS for h in modal_holders for c in h.children)


def _predicated_noun(noun) -> bool:
    """A nominal event as the subject of what is said of it ("the attack was
    a blunder", "sanctions enjoy bipartisan support", "the attack raises
    questions"): a topic, not a report that the act happened, unless its
    actor is named."""
    head = noun.head
    while noun.dep_ == "conj" and head.dep_ in ("nsubj", "nsubjpass"):
        noun, head = head, head.head
    if noun.dep_ != "nsubj" or head.pos_ not in ("VERB", "AUX") or _lemma(head) not in PREDICATION_VERBS:
        return False
    if _lemma(head) in COPULAS and not any(c.dep_ in ("attr", "acomp") for c in head.children):
        return False  # "the summit was in Hanoi in February": it took place
    # "a deadly January attack ... has highlighted", "the 2004 bombing ...": a dated, real act
    return not any(c.ent_type_ in ("DATE", "TIME") or _lemma(c) in CONCRETE_MODIFIERS for c in noun.children)


def _circumstance(trigger, causes: bool = False) -> bool:
    """A nominal event named as the time (or, with `causes`, the cause) of
    another ("during the negotiations", "after the attack", "amid growing
    opposition", "over Israel's crackdown"): the sentence's own act comes first."""
    return trigger.dep_ == "pobj" and (trigger.head.lower_ in CIRCUMSTANCE_PREPS
                                       or (causes and trigger.head.lower_ in CAUSE_PREPS))


def _question(sent) -> bool:
    """The sentence is a question ("How to interpret the military drills?")."""
    last = next((t for t in reversed(sent) if not t.is_space and t.text not in QUOTE_MARKS
                 and t.text not in ("'", "\u2019")), None)
    return last is not None and last.text == "?"


def _open_question(trigger) -> bool:
    """The act stands in a "whether" clause ("whether they agree or not",
    "comment on whether the administration had plans to help"): asked
    about or left open, not reported."""
    for tok in [trigger, *list(trigger.ancestors)[:6]]:
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in tok.children):
            return True
    return False


def _casualty_count(trigger) -> bool:
    """"17 people were injured", "killing 12 civilians": a count of victims,
    which without a perpetrator is no event (guidelines: null)."""
    if _lemma(trigger) not in ("kill", "injure", "wound", "die", "hurt", "death", "casualty"):
        return False
    victims = [c for c in trigger.children if c.dep_ in ("nsubjpass", "dobj", "nsubj")]
    if trigger.dep_ in ("acl", "amod"):
        victims.append(trigger.head)
    return not victims or any(any(c.dep_ == "nummod" for c in v.children) or v.pos_ == "NUM"
                              or v.lower_ in ("people", "civilians", "persons", "others")
                              or _lemma(v) in COUNT_NOUNS for v in victims)


WEAPON_WORDS = frozenset({"bomb", "blast", "explosion", "airstrike", "missile", "rocket", "drone", "shell", "mortar",
                          "mine", "ied", "explosive", "grenade", "artillery", "shelling", "bombing", "bomber",
                          "gunfire", "sniper", "gunman", "strike", "raid", "ambush", "barrage"})


def _weapon_subject(verb) -> bool:
    """"A roadside bomb killed three soldiers", "an airstrike hit a school":
    the weapon names an attack, whoever its unnamed author (not a count of
    the dead from no one's act)."""
    return verb.pos_ == "VERB" and any(c.dep_ == "nsubj" and _lemma(c) in WEAPON_WORDS for c in verb.children)


# What a coercive warning promises its addressee ("warned that Russia would pay a heavy price").
THREAT_WORDS = frozenset({"consequence", "price", "retaliation", "reprisal", "punishment", "response", "revenge",
                          "force", "action", "measure", "countermeasure", "sanction", "war", "attack", "strike",
                          "pressure", "repercussion", "ramification", "cost", "line", "escalation", "confrontation",
                          "tolerate", "accountable", "responsible", "spare", "unanswered", "unpunished", "idly",
                          "regret", "mistake", "cross"})


def _withheld_permission(verb) -> bool:
    """"X is not allowed to leave the country", "I cannot be permitted to
    speak": a negated passive of allowing with the act not permitted."""
    return verb.pos_ == "VERB" and _lemma(verb) in PERMISSION_VERBS and _is_passive(verb) \
        and any(c.dep_ == "neg" or c.lower_ in ("cannot", "never") for c in verb.children) \
        and any(x.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
                for x in verb.children)


ANSWERING_VERBS = frozenset({"respond", "react", "reply", "answer", "heed", "address"})


def _answered(noun, frame: Frame) -> bool:
    """A demand, accusation or threat named as what someone responds to
    ("officials have not responded to the BLA's demands"): made before, not
    reported here."""
    if frame.type not in ("REQUEST", "ACCUSE", "THREATEN"):
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "to":
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    return head.pos_ == "VERB" and _lemma(head) in ANSWERING_VERBS


def _noun_topic_gerund(verb) -> bool:
    """A gerund that is what a noun is for or about ("a roadmap for improving
    relations", "work on detecting explosives and allowing passage")."""
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in ("for", "toward", "towards", "on",
                                                                                "about") \
        and verb.head.head.pos_ == "NOUN"


OPTION_NOUNS = frozenset({"right", "time", "chance", "opportunity", "option", "day", "week", "month", "hour",
                          "deadline", "freedom", "power", "authority"})


def _open_option(verb) -> bool:
    """An act one may still do: "they have until Feb. 4 to appeal", "he has
    30 days to appeal", "has the right to appeal"."""
    if not any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
        return False
    head = verb.head
    if verb.dep_ in ("acl", "relcl") and _lemma(head) in OPTION_NOUNS:
        return True
    return verb.dep_ in ("xcomp", "advcl") and _lemma(head) == "have" and any(
        (c.dep_ == "prep" and c.lower_ == "until") or (c.dep_ == "dobj" and _lemma(c) in OPTION_NOUNS)
        for c in head.children)


GENERIC_DETERMINERS = frozenset({"every", "each", "any", "no"})
GENERIC_PRONOUNS = frozenset({"anyone", "anybody", "everyone", "everybody", "whoever", "nobody", "someone"})


def _generic_subject(verb) -> bool:
    """The subject is anyone of a kind ("every Rasta", "any journalist",
    "anyone"): what the clause says is a rule or habit, not an act."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "xcomp":
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    return subj.lower_ in GENERIC_PRONOUNS or any(c.dep_ == "det" and c.lower_ in GENERIC_DETERMINERS
                                                  for c in subj.children)


# Addressees of advice to the public at large, not of a demand on a political actor.
PUBLIC_ADDRESSEES = frozenset({"people", "everybody", "everyone", "anyone", "anybody", "public", "citizen",
                               "resident", "parent", "traveler", "traveller", "consumer"})
# Words that make "support" a measured share of opinion ("record low support", "support ... 1 percent").
RATING_WORDS = frozenset({"low", "lower", "lowest", "high", "higher", "highest", "record", "percent", "%",
                          "point", "rating", "approval", "margin", "lead"})
INABILITY_WORDS = frozenset({"unable", "incapable", "powerless"})
# People a politician talks with in private or scholarly life: such a talk is no consultation between actors.
PRIVATE_PARTNERS = frozenset({"historian", "scholar", "academic", "expert", "student", "friend", "colleague",
                              "family", "relative", "fan", "writer", "author", "artist", "economist", "scientist",
                              "professor", "teacher", "audience", "guest", "donor", "celebrity"})


def _unable(verb) -> bool:
    """The act is what the actor cannot do ("will be unable to turn the crowds against the moderators and
    accuse the audience", "is not able to help"): an inability reports no act."""
    while verb.dep_ == "conj":
        verb = verb.head
    if verb.dep_ != "xcomp" or verb.head.pos_ not in ("ADJ", "AUX", "VERB"):
        return False
    head = verb.head
    if head.lower_ in INABILITY_WORDS:
        return True
    return head.lower_ == "able" and any(c.dep_ == "neg" for c in [*head.children, *head.head.children])


def _hypothetical_if(verb) -> bool:
    """"X could embrace the policy, but only if he can be convinced": a possibility under a condition."""
    if not any(c.dep_ == "aux" and c.lower_ in ("could", "might", "may") for c in verb.children):
        return False
    return any(c.dep_ in ("advcl", "conj") and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                                    for m in c.children) for c in verb.children)


def _bare_plural_can(verb) -> bool:
    """"Journalists who stray can wind up beaten": a bare plural kind with "can" says what may happen to
    anyone of that kind, not what happened."""
    clause = verb
    while clause.dep_ in ("advcl", "xcomp", "oprd", "conj", "acomp") and clause.head.i != clause.i:
        clause = clause.head
    if not any(c.dep_ == "aux" and c.lower_ in ("can", "ca") for c in clause.children):
        return False
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.tag_ == "NNS" and not any(
        c.dep_ in ("det", "poss", "nummod", "compound") for c in subj.children)


def _possible_only(token) -> bool:
    """An act named as the object of a possibility ("they may impose trade sanctions on Somalia, cutting
    foreign aid", "the possible actions will include targeted sanctions"): nothing done or decided."""
    cur = token
    if cur.pos_ in ("VERB", "AUX") and not (cur.tag_ == "VBG" and cur.dep_ in ("advcl", "conj")):
        return False
    for _ in range(4):
        if cur.dep_ not in ("dobj", "attr", "advcl", "conj") or (cur.dep_ in ("advcl", "conj")
                                                                 and cur.pos_ == "VERB" and cur.tag_ != "VBG"):
            return False
        cur = cur.head
        if any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could") for c in cur.children) or any(
                a.dep_ == "amod" and a.lower_ in ("possible", "potential") for c in _children(cur, "nsubj")
                for a in c.children):
            return True
    return False


def _no_event_reported(cand: "_Candidate", token, frame: Frame) -> bool:
    """Readings of a trigger that report no act by one actor on another: naming a thing ("I call it
    COVID-crazy": an accusation with nobody accused), a poll share ("record low support from black voters,
    with just 1 percent"), advice to the public ("urged people to seek medical attention"), an inability,
    a possibility under a condition, what can happen to anyone of a kind, a threat one faces from nobody
    named, and a discussion between people who are no actors ("a discussion with historians")."""
    if cand.type == "ACCUSE" and frame.oprd and cand.target is None and _code(cand.source) is None \
            and any(c.dep_ == "dobj" and c.tag_ in ("PRP", "DT") for c in token.children):
        return True
    if cand.type == "SUPPORT" and frame.pos == "N" and any(
            _lemma(t) in RATING_WORDS for t in [*token.children, *token.head.subtree]
            if t.dep_ in ("amod", "pobj", "npadvmod", "compound", "nmod") or t.i == token.i):
        return True
    if cand.type == "REQUEST" and frame.pos == "V" and cand.target is None and any(
            _lemma(a) in PUBLIC_ADDRESSEES for a in [*_children(token, "dobj"),  # "urged people to ..."
                                                      # "we encourage everybody feeling feverish to ...": the
                                                      # parser makes the addressee the subject of the complement
                                                      *(n for x in _children(token, "xcomp", "ccomp")
                                                        for n in _children(x, "nsubj"))]):
        return True
    if token.pos_ in ("VERB", "AUX") and (_unable(token) or _hypothetical_if(token) or _bare_plural_can(token)):
        return True
    if _possible_only(token):
        return True
    if cand.type == "CONSULT" and frame.pos == "N" and cand.target is None and token.dep_ == "pobj" \
            and token.head.lower_ in ("during", "throughout", "amid"):
        return True  # "during Brexit negotiations he emphasized ...": the time of what he said, with nobody met
    if cand.type == "SANCTION" and frame.pos == "N" and token.dep_ == "pobj" and token.head.lower_ == "under" \
            and _lemma(token.head.head) == "be" and token.head.head.dep_ in ("relcl", "acl", "advcl"):
        return True  # "Iran's missile industry, which is under U.S. sanctions": a standing state described
    if cand.type == "THREATEN" and frame.pos == "N" and token.dep_ == "dobj" and _lemma(token.head) == "face" \
            and _code(cand.source) is None:
        return True
    if cand.type == "CONSULT" and frame.pos == "N" and _code(cand.source) is None and cand.target is None \
            and not cand.source.members and any(
                c.dep_ == "prep" and c.lower_ == "with" and any(_lemma(p) in PRIVATE_PARTNERS for p in _children(c, "pobj"))
                for c in token.children):
        return True
    return False


def _statistic(noun) -> bool:
    """A nominal act counted or compared, not reported: "the city has
    suffered more terrorist attacks than any other", "hundreds of people have
    been killed in suicide attacks" (a casualty count by its means)."""
    if any(c.dep_ == "amod" and c.lower_ in ("more", "fewer", "most", "fewest") for c in noun.children) \
            and any(t.lower_ == "than" for t in noun.sent):
        return True
    while noun.dep_ == "conj":
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ in ("in", "by") and noun.head.head.pos_ == "VERB" \
        and _casualty_count(noun.head.head)


# ----------------------------------------------------------------- politics at home: figures of speech
# Words that make an attack, a fight or a beating physical: weapons, wounds, armed men, victims.
PHYSICAL_CUES = frozenset({
    "kill", "killing", "dead", "death", "die", "wound", "injure", "injury", "bomb", "bombing", "explosion", "explosive",
    "blast", "shooting", "shoot", "gunman", "gunmen", "gunfire", "weapon", "knife", "stab", "stabbing", "terror",
    "terrorist", "terrorism", "militant", "jihadist", "extremist", "fighter", "soldier", "troop",
    "army", "military", "rocket", "missile", "airstrike", "raid", "hostage", "massacre", "violence", "violent",
    "physical", "physically", "punch", "police", "policeman", "officer", "barracks", "consulate", "embassy",
    "compound", "mob", "riot", "arson", "battery", "victim", "casualty", "isis", "qaeda", "taliban", "drone",
    "shelling", "artillery", "tank", "warplane", "bomber", "hijacker", "sniper"})
# What only words can attack: a rival's record, positions, remarks, character, campaign.
DISCOURSE_OBJECTS = frozenset({
    "record", "policy", "stance", "view", "remark", "comment", "statement", "speech", "word", "character",
    "career", "fitness", "judgment", "judgement", "decision", "agenda", "plan", "proposal", "idea", "platform",
    "vote", "value", "credibility", "integrity", "honesty", "temperament", "tenure", "contribution", "donation",
    "ad", "campaign", "candidacy", "rhetoric", "argument", "claim", "message", "leadership", "handling", "response",
    "approach", "strategy", "past", "reputation", "personality", "faith", "patriotism", "stamina", "email", "tie",
    "inexperience", "experience", "competence", "qualification", "ethic", "trustworthiness", "temperament",
    "relationship", "nomination", "amendment", "bill", "legislation", "plank"})
# Modifiers that make an attack a matter of words ("withering attacks", "a phony attack").
VERBAL_MODIFIERS = frozenset({
    "verbal", "political", "personal", "withering", "phony", "false", "negative", "scathing", "blistering", "pointed",
    "cutting", "rhetorical", "partisan", "unfair", "baseless", "misleading", "veiled", "thinly-veiled", "sexist",
    "racist", "ad", "advertising", "television", "tv", "online", "digital", "campaign", "twitter", "attack-ad"})
# What a campaign is won or lost with: an election race is no battle.
ELECTORAL_CUES = frozenset({
    "poll", "vote", "voter", "primary", "caucus", "election", "ballot", "percent", "percentage", "point",
    "nomination", "delegate", "race", "contest", "nominee", "candidate", "campaign", "electorate", "state",
    "superdelegate", "convention", "seat", "district", "reelection", "re-election", "candidacy", "ticket"})
# Contest verbs read as force in the lexicon; in a race they are no event at all.
CONTEST_VERBS = frozenset({"beat", "fight", "battle", "capture", "target", "eliminate", "execute", "defeat", "crush",
                           "hit", "strike", "ambush"})
# Verbal attacks, re-typed ACCUSE (disapprove): the manual's "criticize, denounce".
VERBAL_ATTACKS = frozenset({"attack", "assault", "assail", "target", "hit", "ambush", "attacking", "clash", "offensive",
                            "pound", "hammer", "batter", "bombard"})
# What can be released and is no one's freedom (RETREAT release is of people).
HUMAN_RELEASE_HEADS = frozenset({"prisoner", "hostage", "detainee", "captive", "journalist", "activist", "soldier",
                                 "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother",
                                 "family", "relative", "body", "remains", "defendant", "co-defendant", "accused",
                                 "convict", "occupier", "militant", "fighter", "rebel", "employee", "staffer", "aide",
                                 "agent", "spy", "diplomat", "officer", "patient", "victim", "survivor", "resident",
                                 "villager", "reporter", "correspondent", "photographer", "volunteer", "pilot", "guard",
                                 "people", "person", "man", "woman", "child", "citizen", "national", "worker",
                                 "crew", "sailor", "fisherman", "student", "tourist", "inmate", "migrant", "refugee",
                                 "dissident", "opponent", "protester", "demonstrator", "member", "leader", "suspect",
                                 "passenger", "civilian", "pow", "blogger", "lawyer", "critic", "official",
                                 "pastor", "priest", "imam", "rabbi", "bishop", "nun", "cleric", "monk", "missionary",
                                 "lawmaker", "politician", "businessman", "businesswoman", "academic", "researcher",
                                 "scholar", "professor", "teacher", "doctor", "nurse", "writer", "poet", "artist",
                                 "musician", "singer", "athlete", "player", "sailor", "seaman", "trucker", "driver"})
# Words of a campaign's own gatherings: a candidate's rally is no protest.
CAMPAIGN_CUES = frozenset({"campaign", "candidate", "primary", "caucus", "nominee", "presidential", "voter", "debate",
                           "election", "convention", "stump", "campaigning", "reelection", "re-election", "supporter",
                           "nomination", "gop", "democrat", "republican", "democratic"})
# Acts of protest, which keep a rally a protest.
PROTEST_CUES = frozenset({"protest", "protester", "demonstrator", "demonstration", "march", "against", "demand",
                          "outrage", "anger", "oppose", "opposition", "rights", "justice", "brutality", "strike"})
# Words around a candidate's "appeal": how far it reaches, not a plea.
APPEAL_OF_CANDIDATE = frozenset({"broaden", "widen", "expand", "extend", "limit", "lose", "lack", "boost", "increase",
                                 "grow", "narrow", "broad", "wide", "mass", "popular", "electoral", "crossover",
                                 "limited", "general", "voter", "star", "sex", "emotional", "bipartisan", "hold",
                                 "obvious", "potential", "diverse", "enduring", "populist", "undeniable"})
# Collectives an appeal for unity is made to ("the whole nation needs to work together").
EVERYONE = frozenset({"nation", "country", "everyone", "everybody", "all", "we", "us", "people", "american", "society",
                      "community", "party", "side", "parties"})
# Nouns of argument: what is argued for or against is only proposed.
ARGUMENT_NOUNS = frozenset({"argument", "case", "debate", "referendum", "rationale", "reasoning", "push"})
# Who a candidate appeals to: voters, not a government asked for help.
ELECTORATE = frozenset({"voter", "delegate", "base", "demographic", "generation", "millennial", "conservative",
                        "liberal", "moderate", "independent", "evangelical", "sense", "electorate", "constituency",
                        "xers", "youth", "suburbanite", "swing", "fear", "instinct", "emotion", "anger", "populist"})
# Shows a broadcaster or a campaign hosts: no visit or meeting of actors.
HOSTED_SHOWS = frozenset({"debate", "hall", "breakfast", "dinner", "lunch", "luncheon", "fundraiser", "show", "gala",
                          "podcast", "program", "programme", "broadcast", "episode", "party", "telethon", "concert",
                          "screening", "interview", "segment", "rally", "caucus", "primary"})
# Family: visiting a daughter is no diplomatic visit.
FAMILY = frozenset({"daughter", "son", "sister", "brother", "mother", "father", "wife", "husband", "family", "relative",
                    "grandchild", "grandson", "granddaughter", "parent", "cousin", "friend", "grandmother", "grandfather"})
# Where a campaign "marches": the nomination, not the streets.
CAMPAIGN_GOALS = frozenset({"nomination", "convention", "victory", "presidency", "nominee", "win", "majority",
                            "office", "election", "primary", "white", "house"})
# What a campaign deploys and mobilizes: staff and voters, not troops.
CAMPAIGN_FORCES = frozenset({"voter", "staff", "staffer", "volunteer", "supporter", "resource", "base", "donor",
                             "organizer", "fundraiser", "surrogate", "canvasser", "money", "ad", "cash"})
# Verbs of seeking: support pursued is not given.
SOUGHT_SUPPORT = frozenset({"seek", "pursue", "court", "solicit", "need", "want", "lack", "request", "woo"})
# "should win", "needs to exceed expectations": what a candidate must do to win is no request.
PERFORMANCE_VERBS = frozenset({"win", "lose", "exceed", "carry", "finish", "place", "perform", "beat", "outperform",
                               "overtake", "surge", "rebound", "recover", "compete", "run"})


def _domestic_reading(coder, cand: "_Candidate | None") -> "_Candidate | None":
    """The everyday political English the lexicon reads as force or diplomacy
    ("Sanders has attacked Clinton as too cozy with Wall Street", "Trump beat
    Rubio in Florida", "she has released 30 years of tax returns", "Sanders
    visited Missouri", "a campaign rally"): a verbal attack is ACCUSE
    (disapprove), the rest no event (None); other candidates are returned
    unchanged."""
    if cand is None:
        return None
    trigger, lemma, frame = cand.trigger, _lemma(cand.trigger), cand.frame
    sent_lemmas = {_lemma(t) for t in coder.sent}
    if frame.type == "ASSAULT" and cand.type == "ASSAULT":
        return _verbal_force(coder, cand, sent_lemmas)
    # the frame, not the type: wrappers and _finish re-type ("would release" CONCEDE, a legislator's "rally" ACCUSE)
    if ((frame.type, frame.mode) == ("RETREAT", "release") or lemma in ("lock", "confine")) \
            and trigger.pos_ in ("VERB", "ADJ"):
        patients = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        if trigger.dep_ in ("acl", "relcl") and not patients:
            patients = [trigger.head]  # "a memo released as polls closed", "books often released midcampaign"
        if not patients and (trigger.dep_ == "acomp" or (trigger.dep_ == "ccomp" and _lemma(trigger.head) in (
                "have", "get"))):  # "actions are not confined/acomp to", "had New Hampshire locked up/ccomp"
            patients = [c for c in (trigger.head if trigger.dep_ == "acomp" else trigger).children
                        if c.dep_ == "nsubj"]
        if patients and not any(_human(coder, p) for p in patients) \
                and not (frame.obj and any(_lemma(p) in frame.obj for p in patients)):
            # ("granted bail/house arrest": the frame names what sets the person free)
            # tax returns, an ad, a memo released; New Hampshire "locked up"; actions "not confined to" a
            # scandal: a publication or a figure of speech, no one set free or held
            return None
    if trigger.ent_type_ == "WORK_OF_ART":
        return None  # "on NBC's 'Meet the Press'": a word of a show's or a book's title
    if frame.type == "CONSULT" and lemma in ("visit", "travel", "trip") and _domestic_trip(coder, cand):
        return None
    if frame.type == "CONSULT" and lemma == "visit" and any(
            c.dep_ == "dobj" and _lemma(c) in FAMILY for c in trigger.children):
        return None  # "traveling to Cairo to visit her daughter": a family visit
    if frame.type == "CONSULT" and any(c.dep_ == "prep" and c.lower_ in ("on", "in") and any(
            p.ent_type_ == "WORK_OF_ART" or getattr(coder.actor(p), "sector", None) == "JRN"
            for p in c.children if p.dep_ == "pobj") for c in trigger.children):
        return None  # "discussed legislation on Fox News Channel's 'Fox & Friends'": talk on a show
    if frame.type == "PROTEST" and lemma == "march" and any(
            c.dep_ == "prep" and c.lower_ in ("to", "into", "toward", "towards", "with") and any(
                _lemma(p) in CAMPAIGN_GOALS for p in c.children if p.dep_ == "pobj") for c in trigger.children):
        return None  # "Clinton's all-but-certain march to the nomination", "marching into the convention"
    if frame.type == "MOBILIZE" and any(c.dep_ in ("dobj", "nsubjpass") and _lemma(c) in CAMPAIGN_FORCES
                                        for c in trigger.children):
        return None  # "deployed paid staff to all 11 states", "to mobilize voters": a campaign's ground game
    if frame.type == "COERCE" and lemma == "ban" and trigger.text == "Ban" and (
            trigger.ent_type_ == "PERSON" or not trigger.is_sent_start
            or (trigger.dep_ == "nsubj" and not any(c.dep_ == "prep" for c in trigger.children))):
        return None  # "Ban recalled", "for Ban, a victory lap": Ban Ki-moon, no ban
    if frame.type == "PROTEST" and lemma == "rally" and _campaign_rally(coder, cand, sent_lemmas):
        return None
    if frame.type == "PROTEST" and lemma == "demonstrate" and (any(
            c.dep_ in ("dobj", "ccomp", "xcomp") for c in trigger.children) or trigger.dep_ == "relcl"):
        return None  # "to demonstrate how Clinton was influenced", "demonstrated its resolve": to show
    if frame.type == "PROTEST" and frame.mode == "strike" and trigger.pos_ == "VERB" and _is_passive(trigger):
        return None  # "I was struck that he was doing smart things": impressed, no strike
    if frame.type == "CONSULT" and lemma == "talk" and trigger.pos_ == "NOUN" and (
            trigger.lower_ == "talk" or _lemma(trigger.head) in ("deliver", "give", "present")) \
            and not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in trigger.children):
        return None  # "Trump's talk", "deliver their talks": a speech, not negotiations
    if frame.type == "CONSULT" and lemma in ("discuss", "talk", "speak") and not _with_partner(trigger) and (
            any(c.dep_ == "ccomp" for c in trigger.children)
            or (cand.source is not None and cand.source.text.lower() == "it" and _code(cand.source) is None)):
        return None  # "Carter discussed how he had placed a note card", "it's boring to discuss politics"
    if frame.type == "CONSULT" and lemma == "host" and _lemma(trigger.head if trigger.dep_ in ("acl", "relcl")
                                                             else next(iter(_children(trigger, "dobj")), trigger)) \
            in HOSTED_SHOWS:
        return None  # "the town hall hosted by CNN", "a breakfast hosted by Bloomberg Politics": a show, no visit
    if frame.type == "CONSULT" and any(c.dep_ == "prep" and c.lower_ in ("on", "during", "in") and any(
            _lemma(p) in HOSTED_SHOWS for p in c.children if p.dep_ == "pobj") for c in trigger.children):
        return None  # "spoke with Teachout on the latest episode of its podcast": an interview on a show
    if frame.type == "RETREAT" and lemma == "pull" and any(
            c.dep_ == "dobj" and c.pos_ == "NOUN" and not _human(coder, c, owned=False) for c in trigger.children):
        return None  # "Clinton is pulling out her New York credentials": showing them, no withdrawal
    if frame.type == "CONSULT" and any(a is not None and a.sector == "JRN" and a.kind != "person"
                                       for a in (cand.source, cand.target)):
        return None  # "The Huffington Post spoke with Teachout": an interview, not a consultation
    if frame.type == "AID" and any(_lemma(t) in ("tax", "taxpayer") and t.i != trigger.i
                                   for t in [*trigger.children, *(c for k in trigger.children for c in k.children)]):
        return None  # "tax relief is given", "tax breaks for ...": fiscal policy, no aid to anyone
    if frame.type == "AID" and lemma == "donate" and not any(c.dep_ in ("dobj", "prep", "dative")
                                                             for c in trigger.children):
        return None  # "the people who are donating": giving money to a campaign, to no one named
    if frame.type == "AID" and lemma == "help" and trigger.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" and not _human(coder, c, owned=False) for c in trigger.children):
        return None  # "how much Sanders' long tenure helps him": a thing helps, no one gives aid
    if frame.type == "REQUEST" and lemma == "ask" and trigger.pos_ == "VERB" and not _asks_for_something(coder, trigger):
        return None  # '"Do you want them to run?" asked Sen. Cantwell', "Hannity asked Trump if ...": a question
    if frame.type == "REQUEST" and lemma == "appeal" and _attraction(trigger):
        return None  # "broadening his appeal beyond independent voters", "to appeal to moderate delegates"
    if frame.type == "ACCUSE" and lemma == "case" and trigger.pos_ == "NOUN" and _lemma(trigger.head) == "make" \
            and not any(c.dep_ == "prep" and c.lower_ == "against" for c in trigger.children):
        return None  # "making an impassioned case that he's the Democrat who can ...": arguing, no charge
    if frame.type == "SUPPORT" and trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" \
            and _lemma(trigger.head) in SOUGHT_SUPPORT:
        return None  # "despite pursuing support from fellow lawmakers": support sought, not given
    if frame.type == "COOPERATE" and lemma == "work" and not _with_partner(trigger) and any(
            s is not None and _lemma(s) in EVERYONE for s in coder.subject(trigger)[:1]):
        return None  # "the whole nation needs to work together": an appeal for unity, no partners
    if trigger.pos_ == "NOUN" and _argued_over(trigger):
        return None  # "Cameron's argument against British withdrawal from the EU": a proposal argued over
    if cand.type == "REQUEST" and frame is _OBLIGATION_FRAME and lemma in PERFORMANCE_VERBS:
        return None  # "Bernie should win by double digits", "she needs to exceed expectations"
    if trigger.pos_ == "VERB" and trigger.tag_ == "VBN" and any(c.lower_ == "have" and c.dep_ == "aux"
                                                                for c in trigger.children) \
            and any(c.dep_ == "aux" and c.lower_ in ("could", "would", "should", "might") for c in trigger.children):
        return None  # "Sanders could have requested a recount": what did not happen
    return cand


def _asks_for_something(coder, verb) -> bool:
    """"asked the court to intervene", "asked for privacy", "asked that the
    charges be dropped": a request; "asked Trump if the project was still
    on", "asked about them", '"...?" he asked': a question."""
    request = question = False
    for c in verb.children:
        first = next(iter(c.subtree))
        if c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for"):
            request = True
        elif c.dep_ in ("advcl", "ccomp") and (first.lower_ == "that" or any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
            request = True
        elif c.dep_ in ("advcl", "ccomp") and (first.tag_ in ("WP", "WRB", "WDT") or first.lower_ in ("if", "whether")
                                               or any(t.text == "?" for t in c.subtree)):
            question = True
        elif (c.dep_ == "prep" and c.lower_ == "about") or _lemma(c) == "question":
            question = True
    if any(t.text == "?" for t in verb.doc[verb.sent.start:verb.i]) or not any(
            c.dep_ in ("dobj", "dative", "xcomp", "ccomp", "prep", "advcl", "nsubjpass") for c in verb.children):
        question = True  # '"Do you want to be associated with a fascist?" he asked', "Obama asked."
    return request or not question


def _attraction(trigger) -> bool:
    """"Trump's appeal among Republicans", "broadening his appeal beyond
    independents", "trying to appeal to moderate delegates": how a candidate
    attracts voters, not a plea (an appeal "for" something, or to do it)."""
    if any((c.dep_ == "prep" and c.lower_ == "for") or c.dep_ in ("xcomp", "acl") for c in trigger.children):
        return False
    to = [p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    if any(_lemma(p) in ELECTORATE or any(_lemma(m) in ELECTORATE for m in p.children) for p in to):
        return True
    if trigger.pos_ != "NOUN":
        return False
    if not to and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in trigger.children):
        return True  # "polling that documented Mr. Trump's appeal": how he draws voters
    return _lemma(trigger.head) in APPEAL_OF_CANDIDATE or any(
        _lemma(c) in APPEAL_OF_CANDIDATE or (c.dep_ == "prep" and c.lower_ in ("among", "as", "beyond"))
        for c in trigger.children)


def _argued_over(noun) -> bool:
    """A nominal event argued for or against ("the argument against British
    withdrawal", "the case for sanctions"): a proposal, not an act."""
    if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "against") and _lemma(noun.head.head) in (
            "argue", "push", "lobby", "advocate", "plead"):
        return True  # "argued for sanctions against Russia"
    tok = noun
    while tok.dep_ in ("pobj", "prep", "amod", "acomp", "conj") and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ not in ("for", "against", "to", "of"):
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.pos_ == "NOUN" and _lemma(tok) in ARGUMENT_NOUNS:
            return noun.head.lower_ in ("for", "against") or any(
                t.lower_ in ("for", "against") for t in noun.ancestors if t.i > tok.i)
    return False


def _human(coder, token, owned: bool = True) -> bool:
    """Whether a noun phrase names people ("dozens of women, children and
    passengers", "Mech Dara", "them"), not things (tax returns, a memo);
    with `owned`, a phrase naming an actor anywhere counts too ("the
    journalist's son", but also "Clinton's actions")."""
    if token.pos_ == "NUM" and not any(c.dep_ == "prep" for c in token.children):
        return True  # "released 20 on Tuesday": a count of people
    if token.pos_ in ("PRON", "PROPN") and token.lower_ not in ("it", "this", "that", "which"):
        return token.ent_type_ not in ("GPE", "LOC", "FAC", "ORG", "WORK_OF_ART", "DATE", "EVENT", "LAW", "PRODUCT")
    heads = [token, *(c for c in token.children if c.dep_ == "conj")]
    heads += [p for h in list(heads) for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "of"
              for p in [*prep.children, *(c for q in prep.children for c in q.children if c.dep_ == "conj")]
              if p.dep_ in ("pobj", "conj")]
    return any(h.ent_type_ in ("PERSON", "NORP") or _lemma(h) in HUMAN_RELEASE_HEADS
               or (h.pos_ == "NOUN" and coder.actors is not None and coder.actors.names_actor(h)) for h in heads) \
        or (owned and any(t.pos_ in ("NOUN", "PROPN") and _names_itself(coder.agent(t), t) for t in _phrase_words(token)))


def _names_itself(actor: ActorRef | None, token) -> bool:
    """The actor is the word itself ("hostages", "Dara"), not its owner ("her tax returns")."""
    return actor is not None and (actor.start is None or token.idx <= actor.start < token.idx + len(token.text))


def _phrase_words(token) -> list:
    """The words of a noun phrase without its relative and participle
    clauses ("an ad that urges voters", "an ad targeting Clinton") and
    without its owner ("their fundraising totals", "State Department
    emails": who releases them, not who is released)."""
    out = [token]
    for c in token.children:
        if c.dep_ not in ("relcl", "punct", "poss", "compound") and not (c.dep_ == "acl" and c.tag_ == "VBG"):
            out.extend(_phrase_words(c))
    return out


def _verbal_force(coder, cand: "_Candidate", sent_lemmas: set[str]) -> "_Candidate | None":
    """An ASSAULT trigger in political talk: "Sanders' attacks on her
    campaign contributions", "ads attacking Trump", "Reid attacked the Koch
    brothers from the Senate floor" are words (ACCUSE disapprove); "Trump
    beat Rubio", "Cruz has fought the Washington establishment", "capturing
    the frustration of voters" are no act of force (None). A sentence with
    weapons, wounds or armed men, or an attack named by its place or date
    ("the Paris attacks", "the Sept. 11 attacks"), keeps ASSAULT."""
    trigger, lemma = cand.trigger, _lemma(cand.trigger)
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [p for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "over")
                for p in c.children if p.dep_ == "pobj"]
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        objects.append(trigger.head)
    said_of = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("as", "for")] \
        if trigger.pos_ == "VERB" else []
    modifiers = [c for c in trigger.children if c.dep_ in ("amod", "compound", "nmod")]
    if trigger.dep_ in ("acl", "pcomp", "xcomp", "advcl") and trigger.tag_ == "VBG":
        modifiers.append(trigger.head)  # "ads attacking Trump", "spent $6 million attacking Clinton"
    verbal = any(_lemma(o) in DISCOURSE_OBJECTS for o in objects) \
        or any(_lemma(m) in VERBAL_MODIFIERS or m.lower_ in VERBAL_MODIFIERS for m in modifiers) or bool(said_of) \
        or any(_lemma(m) in VERBAL_MODIFIERS for o in objects for m in o.children if m.dep_ == "amod")
    armed = any(a is not None and a.sector in ("MIL", "REB", "UAF", "COP", "SPY") and a.text
                for a in (cand.source, cand.target))
    if lemma in VERBAL_ATTACKS and verbal and not armed:
        return _as_accusation(cand)
    retort = lemma in ("fire", "shoot") and any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in trigger.children)
    went_on = trigger.dep_ == "pobj" and trigger.head.lower_ == "on" and _lemma(trigger.head.head) in ("go", "stay")
    if (retort or went_on) and not armed and not sent_lemmas & PHYSICAL_CUES:
        return _as_accusation(cand)  # "Fox and Calderón fired back at Trump", "candidates went on the attack on TV"
    named_by_place = trigger.pos_ == "NOUN" and any(
        c.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "CARDINAL", "NORP") for c in trigger.children
        if c.dep_ in ("compound", "nmod", "amod", "poss", "nummod"))
    def political(actor):
        return actor is not None and (actor.kind == "person" or actor.sector in ("PTY", "OPP", "ELI"))

    if lemma in ("beat", "defeat") and not armed and sent_lemmas & ELECTORAL_CUES \
            and (political(cand.source) or political(cand.target)):
        return None  # "since Gary Hart beat Walter Mondale in 1984 -- an insurgent defeating ...": an election
    if armed or named_by_place or sent_lemmas & PHYSICAL_CUES:
        return cand
    if lemma in VERBAL_ATTACKS and (political(cand.source) or political(cand.target)):
        return _as_accusation(cand)
    if lemma in CONTEST_VERBS and (political(cand.source) or political(cand.target) or sent_lemmas & ELECTORAL_CUES
                                   or any(o.pos_ == "NOUN" and coder.agent(o) is None for o in objects)
                                   or any(c.dep_ == "prep" and c.lower_ == "for" for c in trigger.children)):
        return None
    return cand


def _as_accusation(cand: "_Candidate") -> "_Candidate":
    cand.type, cand.mode = "ACCUSE", "disapprove"
    if cand.source is not None and not cand.source.text:
        cand.source = ActorRef("", "unknown", kind="unknown")  # the armed attacker implied for a physical attack
    return cand


def _domestic_trip(coder, cand: "_Candidate") -> bool:
    """"Sanders visited Missouri", "Clinton visited the St. Louis area",
    "Cruz has traveled to South Carolina": a trip inside one's own country
    (no actor met, the place in the source's or the report's country, or
    unknown to the gazetteer) is campaigning, not a visit (CONSULT)."""
    trigger = cand.trigger
    if cand.target is not None:
        # "Clinton to visit the state", "visit all 99 of the state's counties": the home country by a common noun
        home = (cand.source.country if cand.source is not None else None) or (
            coder.actors.home_country() if coder.actors is not None else None)
        named = coder.sent.doc.char_span(cand.target.start, cand.target.end, alignment_mode="expand") \
            if cand.target.start is not None else None
        if home is None or cand.target.code() != home or named is None:
            return False
        if named.root.pos_ == "NOUN" and _lemma(named.root) in ("state", "county", "area", "region", "city"):
            return True
        # "Sanders visited Missouri": a state or province of one's own country, coded as that country
        from newsevents.actors import load_actor_tables

        country = load_actor_tables().countries.get(home)
        return country is not None and cand.target.text in country.regions
    places = [c for c in trigger.children if c.dep_ == "dobj"]
    places += [p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
               if p.dep_ == "pobj"]
    if not places or coder.actors is None:
        return False
    home = (cand.source.country if cand.source is not None else None) or coder.actors.home_country()
    for place in places:
        ent = next((e for e in coder.ents if e.start <= place.i < e.end), None)
        name = ent.text if ent is not None else None
        if ent is None:
            # "the St. Louis area", "the state": a place noun with a named place before it, or none
            named = [c for c in place.children if c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC")]
            if _lemma(place) in ("state", "county") and not named:
                continue  # "Obama did visit the state": one of the country's states
            if _lemma(place) not in ("area", "state", "city", "town", "region", "county", "district") or not named:
                return False
            name = " ".join(t.text for t in named)
        elif ent.label_ not in ("GPE", "LOC", "FAC"):
            return False
        found = geo.lookup(name)
        if found is not None and found.country and found.country != home:
            return False
        if home is None and found is None:
            return False
    return True


def _campaign_rally(coder, cand: "_Candidate", sent_lemmas: set[str]) -> bool:
    """"Sanders visited Missouri, holding a rally in Springfield", "those
    Trump made at a Dec. 4 rally in Raleigh": a politician's or a campaign's
    rally is no protest, unless the sentence says what it is against."""
    trigger = cand.trigger
    for c in trigger.children:
        if (c.dep_ == "poss" and getattr(coder.actor(c), "kind", None) == "person") \
                or (c.dep_ in ("amod", "compound") and (c.lower_.startswith("pro-") or c.ent_type_ == "PERSON")):
            return True  # "at Sanders's rally in Ventura", "a pro-Trump rally", "the Trump rally"
    if sent_lemmas & PROTEST_CUES:
        return False
    source = cand.source
    if source is not None and source.kind == "person":
        return True
    if trigger.dep_ == "dobj" and _lemma(trigger.head) in ("address", "headline"):
        return True  # "He has addressed big, boisterous rallies in California": a speaker's rallies
    if trigger.dep_ == "pobj" and trigger.head.lower_ in ("at", "during"):
        verb = trigger.head.head
        speakers = [c for c in verb.children if c.dep_ == "nsubj"] + ([verb.head] if verb.dep_ == "acl" else [])
        if any(getattr(coder.actor(c), "kind", None) == "person" for c in speakers):
            return True  # "comments Trump made at a Dec. 4 rally in Raleigh": where a politician spoke
    owner = [c for c in cand.trigger.children if c.dep_ == "poss"]
    return bool(sent_lemmas & CAMPAIGN_CUES) or any(coder.actor(o) is not None for o in owner)


def _depth(token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        depth += 1
    return depth


def _select(cands: list[_Candidate]) -> list[_Candidate]:
    """At most one event per trigger. The most salient event comes first
    (clause nearest the root; verbs before nouns), then events of coordinated
    main clauses with other actors or types, then every other trigger event
    that has a coded actor of its own ("X accused Y ... after Z imposed
    sanctions on W"), in the same order. Near-identical events (same type,
    source and target code) are kept once."""
    # a phrasal verb is its own act, no governing word: "was called back to Moscow for consultations" is a
    # recall, not a call for consultations
    phrasal = {c.trigger.i for c in cands if c.frame.prt and c.frame.pos == "V"}
    cands = [c for c in cands if not c.absorbed & phrasal]
    absorbed = set()
    for c in cands:
        absorbed |= c.absorbed
    cands = [c for c in cands if c.trigger.i not in absorbed or c.absorbed]
    # "speaking at a Security Council meeting, X said ...": the meeting is where something was said, a context
    # the guidelines leave uncoded
    cands = [c for c in cands if not (_setting(c) and _said_at(c.trigger))]
    if not cands:
        return []
    ranked = sorted(cands, key=lambda c: (_circumstance(c.trigger) or _setting(c), _depth(c.top), c.frame.pos != "V",
                                          _depth(c.trigger), c.trigger.i))
    main = ranked[0]
    chosen = [main]
    for c in ranked[1:]:
        if c.trigger.i == main.trigger.i:
            continue
        independent = any(_coordinated(c.top, k.top) for k in chosen)
        if independent and not any(c.type == k.type and _code(c.source) == _code(k.source) for k in chosen):
            chosen.append(c)
    if main.type == "CONSULT":
        # "officials met in Bangui and signed an agreement": what the meeting did is the news, the
        # meeting its setting -- a coordinated act of another type comes first
        outcome = next((c for c in chosen[1:] if c.type != "CONSULT" and _coordinated(c.top, main.top)), None)
        if outcome is not None:
            chosen.remove(outcome)
            chosen.insert(0, outcome)
    for c in ranked[1:]:
        if c in chosen or (_code(c.source) is None and not _other_type(c, chosen)):
            continue
        if any(c.trigger.i == k.trigger.i or _key(c) == _key(k) for k in chosen):
            continue
        if any(c.trigger.i in _content(k) for k in chosen):
            continue  # "called for the Taliban to lift the ban": the act asked for is the request's content
        same = next((k for k in chosen if c.type == k.type and _code(c.source) == _code(k.source)
                     and (_same_act(c.trigger, k.trigger) or _chain(c) & _chain(k)
                          or c.trigger.i in _clause_tokens(k.top if k.top is not None else k.trigger))), None)
        if same is not None:  # "farmers blocked highways to protest the rules", "shot and killed",
            # "blamed X, accusing it of ...": one act of one actor, told twice in one clause chain
            same.target = same.target if _code(same.target) else c.target or same.target
            same.mode = same.mode or c.mode
            continue
        if _setting(c):  # "speaking at a Security Council meeting": the meeting is where the reported act happened
            continue
        if c.frame.pos == "N" and _circumstance(c.trigger, causes=True):
            continue  # "withdrew ambassadors over Israel's crackdown": the cause is background
        chosen.append(c)
    return chosen


def _chain(c: _Candidate) -> set[int]:
    """The trigger and its heads up to the top of the clause chain that carries
    the event (or the trigger alone when the top is not one of its heads)."""
    out, tok = {c.trigger.i}, c.trigger
    top = c.top if c.top is not None else c.trigger
    while tok.i != top.i and tok.head.i != tok.i:
        tok = tok.head
        out.add(tok.i)
    return out if tok.i == top.i else {c.trigger.i}


SETTING_PREPS = frozenset({"at", "during", "ahead", "before", "after", "following", "since", "throughout", "from",
                           "on", "in", "amid", "sidelines"})


def _setting(c: _Candidate) -> bool:
    """A consultation noun that is the place or time of another act ("at the
    summit", "on the sidelines of the talks", "from the site of their talks")."""
    if c.frame.type != "CONSULT" or c.frame.pos != "N" or c.trigger.dep_ != "pobj":
        return False
    prep = c.trigger.head
    if prep.lower_ == "of" and prep.head.dep_ == "pobj":  # "on the sidelines of", "the site of"
        prep = prep.head.head
    return prep.dep_ == "prep" and prep.lower_ in SETTING_PREPS


def _said_at(noun) -> bool:
    """The meeting noun is the place of a statement ("speaking at the meeting",
    "told reporters at the summit")."""
    prep = noun.head
    if prep.lower_ == "of" and prep.head.dep_ == "pobj":
        prep = prep.head.head
    verb = prep.head
    return verb.pos_ == "VERB" and (_lemma(verb) in ("speak", "address") or
                                    load_wrappers().get((_lemma(verb), "V")) == "report")


def _same_act(inner, outer) -> bool:
    """`inner` tells `outer`'s act again: its purpose clause ("blocked highways
    to protest ..."), its result ("missiles hit Kyiv, killing three") or its
    subject ("airstrikes pounded Gaza")."""
    if inner.head.i != outer.i or inner.i == outer.i:
        return False
    if inner.dep_ == "nsubj":
        return True
    if inner.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in inner.children):
        return False
    return inner.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "to" for a in inner.children)


def _content(c: _Candidate) -> set[int]:
    """Tokens of what a speech act is about: the clause asked for, refused,
    threatened or promised ("called for the Taliban to lift the ban",
    "accused the company of trying to influence the talks"), which the
    manual does not code again as an event of its own."""
    if c.type not in SPEECH_ACT_TYPES:
        return set()
    trigger = c.trigger
    if c.absorbed:  # the event's own trigger is the act inside a governing word ("urged X to withdraw")
        return _clause_tokens(trigger) - {trigger.i}
    out = set()
    for child in trigger.children:
        if child.dep_ in ("xcomp", "ccomp") or (child.dep_ == "advcl" and _same_token(_for_clause(trigger), child)) \
                or (child.dep_ == "prep" and child.lower_ == "of" and c.type == "ACCUSE"):
            out |= _clause_tokens(child)
    return out


def _clause_tokens(head) -> set[int]:
    """The tokens of a clause without the clauses it only carries along: relative
    clauses, adverbial clauses with a conjunction ("as Tehran rejected ...",
    "after Russia and Georgia fought ...") and parentheticals say something else."""
    out, frontier = set(), [head]
    while frontier:
        tok = frontier.pop()
        out.add(tok.i)
        for c in tok.children:
            if c.dep_ in ("relcl", "parataxis") or (c.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ not in ("to", "for") for m in c.children)):
                continue
            frontier.append(c)
    return out


SPEECH_ACT_TYPES = frozenset({"REQUEST", "REJECT", "THREATEN", "AGREE", "ACCUSE"})


def _other_type(c: _Candidate, chosen: list[_Candidate]) -> bool:
    """A trigger event of a type none of the chosen events has, in a clause
    of its own (not a noun inside another event's phrase): the sentence
    reports a second act even if its actor is left unnamed."""
    if any(c.type == k.type for k in chosen) or c.frame.pos == "E":
        return False
    if _clause_depth(c.top) <= SECONDARY_DEPTH:
        return True
    # an act on a named actor told in a time clause of its own ("released after apologizing to Hun Sen",
    # "before a court granted him house arrest") or as the subject of the main clause ("the arrest of X
    # has prompted questions")
    return _code(c.target) is not None and (_time_clause(c.trigger) or (
        c.frame.pos == "N" and c.trigger.dep_ == "nsubj" and c.trigger.head.dep_ == "ROOT"))


TIME_MARKERS = frozenset({"after", "before", "since", "when", "while", "until", "as", "once"})


def _time_clause(verb) -> bool:
    """The verb heads a clause of time hung on another ("after apologizing",
    "before a court granted ...")."""
    if verb.pos_ != "VERB":
        return False
    if verb.dep_ == "pcomp":
        return verb.head.lower_ in TIME_MARKERS
    return verb.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in TIME_MARKERS
                                        for m in verb.children)


SECONDARY_DEPTH = 0  # deeper clauses: +0.3 recall for +3 extras per 100 sentences on dev


def _key(c: _Candidate) -> tuple:
    return c.type, _code(c.source), _code(c.target)


def _coordinated(a, b) -> bool:
    """Two clause heads joined by a coordination ("X accused Y ... and Z said ...")."""
    if a.i == b.i:
        return False
    return (a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i) or \
        (a.dep_ == "conj" and b.dep_ == "conj" and a.head.i == b.head.i)


def _code(actor: ActorRef | None) -> str | None:
    return actor.code() if actor else None


# --------------------------------------------------------------------------- location


# Prepositions whose object is the other side of an act or where it goes, not where its actor is.
DIRECTED_PREPS = frozenset({"to", "toward", "towards", "against", "on", "upon", "with", "into", "from", "for",
                            "over", "about", "at"})


# Nouns naming ground: "on Afghan soil", "from Syrian territory" say where, not whom.
PLACE_NOUNS = frozenset({"soil", "territory", "ground", "land", "border", "side", "coast", "waters", "airspace",
                         "region", "province", "city", "town", "village", "capital", "area"})


def _by_agent(verb):
    """The noun of a passive verb's by-phrase ("banned by the Taliban"), else None."""
    return next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)


def _seat_of_body(token) -> bool:
    """Whether a place name hangs on "based/headquartered/located in"."""
    while token.dep_ in ("compound", "amod", "flat") and token.head.i != token.i:
        token = token.head
    holder = token.head.head if token.dep_ == "pobj" else None
    return holder is not None and holder.tag_ == "VBN" and _lemma(holder) in ("base", "headquarter", "locate")


def _directed_at(token) -> bool:
    """Whether a name (or the phrase it modifies) is the object, recipient or
    destination of a verb or act ("visit Japan", "sanctions on Russia", "talks
    with Iran", "flights to China"): such a place is no home of an unnamed
    actor of the sentence."""
    while token.dep_ in ("compound", "amod", "poss", "nmod", "conj", "appos") and token.head.i != token.i:
        token = token.head
    if token.dep_ in ("dobj", "dative", "iobj"):
        return True
    return token.dep_ == "pobj" and token.head.lower_ in DIRECTED_PREPS \
        and token.head.head.pos_ in ("VERB", "AUX", "NOUN") and _lemma(token) not in PLACE_NOUNS \
        and not (token.head.lower_ == "at" and token.ent_type_ in ("GPE", "LOC", "FAC"))


def _sentence_places(ents) -> list[tuple[int, Location]]:
    """(token index, place) of the places the sentence's entities put things in ("in Sochi")."""
    out = []
    for ent in ents:
        if ent.label_ not in ("GPE", "LOC", "FAC"):
            continue
        root = ent.root
        if not (root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "near", "outside", "inside")):
            continue
        place = geo.lookup(ent.text)
        if place is not None:
            out.append((ent.start, place))
    return out


def _location(places: list[tuple[int, Location]], trigger, dateline: str | None) -> Location | None:
    """A place named in the sentence, nearest the trigger; else the dateline."""
    if places:
        return replace(min(places, key=lambda p: abs(p[0] - trigger.i))[1])  # each event its own copy
    if dateline:
        return geo.lookup(dateline.split("/")[0].strip())
    return None


# --------------------------------------------------------------------------- public API


def _year(published: str | None) -> int | None:
    if published and re.match(r"\d{4}", published):
        return int(published[:4])
    return None


def event_id(article_id: str, sentence_start: int, event_type: str, source: str | None, target: str | None,
             trigger_offset: int) -> str:
    key = f"{article_id}|{sentence_start}|{event_type}|{source or ''}|{target or ''}|{trigger_offset}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _trigger_text(token) -> str:
    words = [token]
    for c in token.children:
        if c.dep_ == "prt" or (c.dep_ == "compound" and c.i == token.i - 1 and c.pos_ == "NOUN"):
            words.append(c)
    if token.i >= 2 and token.doc[token.i - 1].text == "-":
        words.extend([token.doc[token.i - 2], token.doc[token.i - 1]])
    words.sort(key=lambda t: t.i)
    return token.doc[words[0].i:words[-1].i + 1].text


def code_events(doc, article: Article, actors=None) -> list[Event]:
    """The PLOVER events of a parsed article (doc = spaCy Doc of article.text).

    Sentences in text order; within a sentence the main event first. A pure
    function of its inputs."""
    if actors is None:
        actors = _resolver().resolve_doc(doc, _year(article.published))
    events = _code_doc(doc, article, actors)
    if article.title and article.title.strip():
        events += _title_events(article, events)
    return events


def _code_doc(doc, article: Article, actors) -> list[Event]:
    cache: dict = {}
    if actors is not None:
        actors.home_country(_dateline(article))  # the report's country, for its unnamed actors
    events: list[Event] = []
    doc_ents = list(doc.ents)  # Span.ents rebuilds the document's entity list on every call
    next_ent = 0
    for sent in doc.sents:
        while next_ent < len(doc_ents) and doc_ents[next_ent].start < sent.start:
            next_ent += 1
        ents = []
        for ent in doc_ents[next_ent:]:
            if ent.start >= sent.end:
                break
            if ent.end <= sent.end:
                ents.append(ent)
        if not any(t.pos_ in ("VERB", "NOUN", "AUX") for t in sent):  # (AUX: "This is unbearable.")
            continue
        coder = _SentenceCoder(sent, actors, cache, ents)
        chosen = _select(coder.candidates())
        chosen += _casualty_attack(coder, chosen, events)
        places = _sentence_places(ents) if chosen else []
        for cand in chosen:
            _mobilized_owner(coder, cand)
            _in_contact_parties(coder, cand)
            _measure_author(coder, cand)
            _answer_target(cand, events, sent.start_char)
            _judged_target(cand, events, sent.start_char)
            _seconded_target(cand, events, sent.start_char)
            _holder_target(cand, events, sent.start_char)
            _response_target(cand, events, sent.start_char)
            _withdrawal_target(cand, events, sent.start_char)
            _armed_group_target(cand, coder)
            _passage_recipient(cand, coder, events, sent.start_char)
            _drop_own_members(cand)
            events.append(_to_event(cand, sent, article, places))
    return events


def _mobilized_owner(coder: "_SentenceCoder", cand: _Candidate) -> None:
    """"The activation of the ECOWAS standby force", "the deployment of
    Russian troops to Belarus": a mobilisation named by its noun, whose
    sentence names no one ordering it, is done by the owner of the forces
    mobilised (the "of"-object's actor), not to them."""
    if cand.type != "MOBILIZE" or cand.frame.pos != "N" or _code(cand.source) is not None:
        return
    forces = [p for prep in cand.trigger.children if prep.dep_ == "prep" and prep.lower_ == "of"
              for p in prep.children if p.dep_ == "pobj"]
    owner = next((a for a in (coder.actor(p) for p in forces) if a is not None and a.code()), None)
    if owner is None:
        return
    cand.source = replace(owner, members=list(owner.members))
    if _code(cand.target) == owner.code():
        cand.target = None


def _in_contact_parties(coder: "_SentenceCoder", cand: _Candidate) -> None:
    """"Pakistan has been in contact with the Taliban", "Washington remains
    in close touch with Kyiv": the subject of the verb of being consults the
    "with"-object (the noun's own phrase names neither)."""
    trigger = cand.trigger
    if cand.type != "CONSULT" or trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.lower_ != "in":
        return
    verb = trigger.head.head
    if verb.pos_ not in ("VERB", "AUX") or _lemma(verb) not in STATE_VERBS | {"keep"}:
        return
    if _code(cand.source) is None:
        subj = coder.subject(verb)[0]
        cand.source = coder.agent(subj) or cand.source
    if _code(cand.target) is None:
        partner = next((a for prep in trigger.children if prep.dep_ == "prep" and prep.lower_ == "with"
                        for p in prep.children if p.dep_ == "pobj" for a in [coder.actor(p)] if a is not None),
                       None)
        if partner is not None and partner.code() != _code(cand.source):
            cand.target = partner


ENACTING_VERBS = frozenset({"adopt", "pass", "approve", "impose", "introduce", "sign", "unveil", "announce", "enact",
                            "issue", "slap", "levy", "reimpose", "extend", "expand", "tighten", "back", "endorse"})


def _measure_author(coder: "_SentenceCoder", cand: _Candidate) -> None:
    """"A Senate committee passed legislation targeting Turkey": a measure
    aimed at someone, described by a participle, is the act of whoever
    adopts or imposes it (the subject of the verb the measure is object of)."""
    trigger = cand.trigger
    if cand.type != "SANCTION" or _code(cand.source) is not None or trigger.dep_ != "acl" \
            or trigger.head.dep_ != "dobj":
        return
    verb = trigger.head.head
    if _lemma(verb) not in ENACTING_VERBS:
        return
    author = coder.agent(coder.subject(verb)[0])
    if author is not None and author.code() and author.code() != _code(cand.target):
        cand.source = author


# ----------------------------------------------------------------- acts named by nouns, laws and idioms
# Things whose being made available to someone is aid (manual, AID: money, goods, humanitarian and medical
# relief, arms): "make vaccines available to the public", "made $5 million available to Ukraine".
AID_GOODS = frozenset({"vaccine", "vaccination", "dose", "fund", "funding", "money", "loan", "grant", "credit",
                       "food", "aid", "assistance", "medicine", "drug", "supply", "shelter", "water", "weapon",
                       "arm", "ammunition", "equipment", "resource", "relief", "treatment", "care", "tent",
                       "ration", "fuel", "seed", "fertilizer", "fertiliser", "housing", "visa"})
# The people of a state as the recipients of what it provides ("to the public", "to residents").
PUBLIC_RECIPIENTS = frozenset(PEOPLE_SECTORS) | {"public", "population", "citizen", "resident", "community"}
# Nouns of a rule a state lays down ("under the new law", "under the decree").
RULE_NOUNS = frozenset({"law", "decree", "rule", "regulation", "legislation", "order", "act", "ordinance", "ban",
                        "measure", "constitution", "amendment", "directive", "edict", "bill"})
# Modals that, negated under a rule, withhold a permission ("can not take part", "may not enter").
PERMISSION_MODALS = frozenset({"can", "ca", "may", "will", "wo", "shall"})
# Verbs of answering another's act, whose "with"-phrase is the answer ("responded with sanctions").
RESPONDING_VERBS = frozenset({"respond", "retaliate", "react", "reply", "answer", "counter"})
# "came to the defense of X", "rushed to the aid of Y": what coming to someone's side is (SUPPORT or AID).
RALLYING_NOUNS = {"defense": "SUPPORT", "defence": "SUPPORT", "side": "SUPPORT", "aid": "AID", "rescue": "AID",
                  "assistance": "AID", "help": "AID"}
COMING_VERBS = frozenset({"come", "rush", "leap", "spring", "jump", "race", "hurry", "run", "step"})
# Verbs by which the subject is given backing ("won the endorsement of X").
WINNING_VERBS = frozenset({"win", "receive", "get", "earn", "garner", "secure", "gain", "land", "clinch", "obtain",
                           "pick", "snag", "collect"})
# Verbs by which a subject meets others' reaction ("drew criticism from", "sparked condemnation from").
DRAWING_VERBS = frozenset({"draw", "attract", "spark", "provoke", "prompt", "trigger", "earn", "elicit", "invite",
                           "garner", "generate"})
# Light verbs turned nouns, whose by-phrase or possessor is the actor of their "of"-act.
LIGHT_NOUNS = frozenset({"imposition", "reimposition", "introduction", "launch", "launching", "announcement",
                         "adoption", "implementation", "enforcement", "extension", "expansion", "tightening",
                         "staging", "holding", "conduct", "escalation", "intensification", "resumption"})
# Verbs of calling off an act or its plan ("cancelled the drills", "scrapped plans to ...").
CANCELLING_VERBS = frozenset({"cancel", "postpone", "delay", "scrap", "shelve", "abandon", "defer", "scuttle",
                              "axe", "ax"})
PLAN_NOUNS = frozenset({"plan", "proposal", "idea", "scheme", "project", "intention", "bid"})
# Adverbs of frequency that make a statement general ("bans rarely work").
GENERIC_ADVERBS = frozenset({"rarely", "seldom", "often", "usually", "never", "always", "generally", "typically",
                             "frequently", "sometimes", "normally", "invariably"})
# Verbs of wishing for an act ("want a ban on"), and of attending to one as a topic ("focused on the arrest").
WANTING_VERBS = frozenset({"want", "wish", "favor", "favour", "prefer", "desire", "need", "envisage", "envision"})
ATTENDING_VERBS = frozenset({"focus", "concentrate", "dwell", "center", "centre", "fixate", "obsess", "reflect"})
# Words of fearing or foreseeing an act that has not happened ("fearing an attack", "the risk of sanctions").
FEARING_WORDS = frozenset({"fear", "dread", "anticipate", "predict", "foresee", "worry", "concern", "apprehension",
                           "anxiety", "prospect", "risk", "possibility", "danger", "likelihood", "spectre", "specter"})
# Words of a list of acts: "intimidation, arrests and bans", "the crackdown, arrests and detentions".
LISTED_ACT_TYPES = frozenset({"COERCE", "ASSAULT"})


def _nominal_acts(coder: "_SentenceCoder", found: list[_Candidate]) -> list[_Candidate]:
    """Acts the trigger rules miss because they are told through a noun, a
    rule or an idiom (each a statement about English, see the rules): the
    new candidates of the sentence; repairs `found` in place."""
    found[:] = [c for c in found if not (_feared(c) or _wanted_or_attended(c) or _counted_over_span(c)
                                         or _called_off(c) or _generic_plural(c))]
    have = {c.trigger.i for c in found} | {i for c in found for i in c.absorbed}
    for cand in found:
        _misparsed_light_object(coder, cand)
        _response_with(coder, cand.trigger, cand)
        _light_noun_agent(coder, cand)
        _drawn_reaction(coder, cand)
        _participle_doer(coder, cand.trigger, cand)
        _relative_light_verb(coder, cand.trigger, cand)
    for cand in found:
        _done_by_its_subject_act(coder, cand, found)
    new = []
    for token in coder.sent:
        if token.i in have:
            continue
        cand = _enacted_restriction(coder, token) or _restriction_under_rule(coder, token) \
            or _made_available(coder, token) or _listed_repression(coder, token, have) \
            or _response_with(coder, token) or _came_to_aid(coder, token) or _support_won(coder, token) \
            or _split_force_name(coder, token) or _participle_doer(coder, token) \
            or _relative_light_verb(coder, token)
        cand = _domestic_reading(coder, cand)  # ("responded with attacks on Clinton": words)
        if cand is not None:
            new.append(cand)
            have.add(cand.trigger.i)
    return new


def _feared(cand: _Candidate) -> bool:
    """"Fearing an attack by Russia, Finland joined NATO", "fears of a
    crackdown", "the risk of new sanctions": an act named as what someone
    fears or foresees has not happened -- no event."""
    noun = cand.trigger
    if cand.frame.pos != "N" or cand.type not in CONFLICT_MATERIAL:
        return False
    if noun.dep_ == "dobj":
        return _lemma(noun.head) in FEARING_WORDS
    return noun.dep_ == "pobj" and noun.head.lower_ in ("of", "about", "over") and _lemma(noun.head.head) in FEARING_WORDS


def _called_off(cand: _Candidate) -> bool:
    """"cancelled their planned joint drills", "the planned deployment was
    postponed", "scrapped plans to hold naval drills": an act (or the plan
    of one) cancelled, postponed or shelved did not happen -- no event."""
    tok = cand.trigger
    for _ in range(4):
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" and _lemma(tok.head) in CANCELLING_VERBS \
                and (tok.i == cand.trigger.i or _lemma(tok) in PLAN_NOUNS):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _generic_plural(cand: _Candidate) -> bool:
    """"bans on alcohol rarely work", "sanctions can backfire": a bare plural
    act noun said of in general (a frequency adverb or a modal of
    possibility on its verb), with no actor, is no event."""
    noun = cand.trigger
    if cand.frame.pos != "N" or cand.type not in CONFLICT_MATERIAL or noun.tag_ != "NNS" or noun.dep_ != "nsubj" \
            or _code(cand.source) is not None \
            or any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    verb = noun.head
    return any((c.dep_ == "advmod" and c.lower_ in GENERIC_ADVERBS) or (c.dep_ == "aux" and c.lower_ in
                                                                          HYPOTHETICAL_MODALS)
               for c in verb.children)


def _wanted_or_attended(cand: _Candidate) -> bool:
    """"countries that want a ban on the importation of trophies", "focused
    on her incarceration and the sanctions": an act someone with no code
    wishes for, or that people attend to, is a wish or a topic -- no event
    (a coded actor's wish is left to the request rules)."""
    noun = cand.trigger
    if cand.frame.pos != "N" or cand.type not in CONFLICT_MATERIAL:
        return False
    if noun.dep_ == "dobj" and _lemma(noun.head) in WANTING_VERBS:
        return _code(cand.source) is None
    return noun.dep_ == "pobj" and noun.head.lower_ in ("on", "upon") and _lemma(noun.head.head) in ATTENDING_VERBS


def _counted_over_span(cand: _Candidate) -> bool:
    """"law enforcement agencies have conducted 11,654 operations across the
    country so far this year": acts counted over a span of time are a
    statistic, not one act reported."""
    noun = cand.trigger
    if cand.frame.pos != "N" or not any(c.dep_ == "nummod" for c in noun.children):
        return False
    words = {t.lower_ for t in noun.sent}
    return bool(words & {"so", "far", "since", "past", "last", "this"} and {_lemma(t) for t in noun.sent} & SPAN_UNITS
                and (("so" in words and "far" in words) or any(t.lower_ in ("since", "throughout") for t in noun.sent)
                     or any(t.lower_ == "this" and _lemma(t.head) in SPAN_UNITS for t in noun.sent)))


def _of_people(noun) -> bool:
    """"Hamas's release of three hostages", "Iran's arrest of two French
    nationals": an act on people its "of"-phrase names (coded or not) has
    its possessor as the actor, not as the one acted on ("Navalny's arrest")."""
    return any(_lemma(p) in PEOPLE_SECTORS or p.lower_ in ("people", "persons", "others")
               for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in _children(c, "pobj"))


def _done_anew(noun) -> bool:
    """"The EU imposed new sanctions", "China launched new drills", "is
    keeping new tariffs in place": "new" on the object of a light verb that
    tells a realised act (past or present, not "will"/"to") says the act is
    a further one, not a planned one."""
    if not any(c.dep_ == "amod" and _lemma(c) == "new" for c in noun.children) \
            or any(c.dep_ == "amod" and _lemma(c) in FUTURE_MODIFIERS - {"new"} for c in noun.children):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and _lemma(noun.head.head) in LIGHT_NOUNS:
        # "the EU's introduction of new tariffs" (not "the planned introduction of new tariffs")
        return not any(c.dep_ == "amod" and (_lemma(c) in FUTURE_MODIFIERS or c.lower_ in FUTURE_MODIFIERS)
                       for c in noun.head.head.children)
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or _lemma(verb) not in LIGHT_VERBS:
        return False
    if any(c.dep_ == "aux" and (c.lower_ in MODAL_AUX or c.lower_ == "to") for c in verb.children):
        return False
    return verb.tag_ in ("VBD", "VBZ", "VBP") or (verb.tag_ in ("VBN", "VBG") and any(
        c.dep_ == "aux" and _lemma(c) in ("have", "be") for c in verb.children))


def _misparsed_light_object(coder: "_SentenceCoder", cand: _Candidate) -> None:
    """"China conducted the military drills encircling Taiwan": the parser
    often makes the object of a light verb the subject of a participle that
    follows it (drills <-nsubj- encircling <-ccomp- conducted). The light
    verb, with no object of its own, governs the act noun: its subject is
    the actor (as for "conducted drills")."""
    noun = cand.trigger
    if cand.frame.pos != "N" or _code(cand.source) is not None or noun.dep_ != "nsubj":
        return
    participle = noun.head
    verb = participle.head
    if participle.tag_ not in ("VBG", "VBN") or participle.dep_ not in ("ccomp", "xcomp", "advcl") \
            or verb.pos_ != "VERB" or _lemma(verb) not in LIGHT_VERBS or _children(verb, "dobj", "nsubjpass"):
        return
    source = coder.agent(coder.subject(verb)[0])
    if source is None or source.code() is None:
        return
    cand.source = source
    if cand.target is None:
        cand.target = coder._target(participle, cand.frame, exclude=source) \
            or next((coder.actor(o) for o in _children(participle, "dobj")), None)
    coder._verb_modality(verb, cand)
    cand.top = verb
    cand.absorbed.add(verb.i)


def _response_with(coder: "_SentenceCoder", noun, cand: _Candidate | None = None) -> _Candidate | None:
    """"Trump has responded with attacks on Machado", "China retaliated with
    tariffs on American soybeans": the act a verb of answering is done "with"
    is the answering subject's (a new candidate, or `cand` given its actor)."""
    verb = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "with" or verb.pos_ != "VERB" or _is_passive(verb) \
            or not (_lemma(verb) in RESPONDING_VERBS or (_lemma(verb) in ("hit", "strike", "fight") and any(
                c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children))):
        return None
    if _match_frame(verb) is not None:
        return None  # "could retaliate with tariffs": the verb's own event (a threat) tells it
    frame = cand.frame if cand is not None else _match_frame(noun)
    if frame is None or frame.pos != "N" or (cand is not None and _code(cand.source) is not None):
        return None
    source = coder.agent(coder.subject(verb)[0])
    if source is None or source.code() is None:
        return None
    return _act_given_actor(coder, noun, frame, cand, source, verb)


def _act_given_actor(coder: "_SentenceCoder", noun, frame: Frame, cand: _Candidate | None, source: ActorRef,
                     verb) -> _Candidate | None:
    """The act `noun` names, done by `source` through `verb`: `cand` given
    that actor (None returned), or a new candidate when the sentence had none
    (None when it is unrealised, or of a type that needs a recipient and
    names none)."""
    if cand is not None:
        cand.source, cand.top = source, verb
        if _same(cand.target, source):
            cand.target = None
        return None
    new = _Candidate(noun, frame, frame.type, frame.mode, top=noun)
    coder._noun_event(noun, frame, new)
    new.source, new.top = source, verb
    if _same(new.target, source):
        new.target = None
    coder._verb_modality(verb, new)
    coder._finish(new)
    if new.target is None and frame.type in ("ACCUSE", "SUPPORT", "AID", "COOPERATE"):
        return None  # these need a recipient (manual)
    return None if new.unrealised else new


def _light_noun_agent(coder: "_SentenceCoder", cand: _Candidate) -> None:
    """"The imposition of sanctions on Russia by the European Union", "the
    EU's introduction of new tariffs": a light verb turned noun carries the
    act's actor in its own by-phrase or possessor, as the verb carries it in
    its subject ("the EU imposed sanctions")."""
    noun = cand.trigger
    if cand.frame.pos != "N" or _code(cand.source) is not None or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return
    holder = noun.head.head
    if _lemma(holder) not in LIGHT_NOUNS:
        return
    doer = next((p for c in holder.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
                 for p in _children(c, "pobj")), None)
    doer = doer if doer is not None else next(iter(_children(holder, "poss")), None)
    source = coder.agent(doer) if doer is not None else None
    if source is None or source.code() is None or _same(source, cand.target):
        return
    cand.source = source


def _drawn_reaction(coder: "_SentenceCoder", cand: _Candidate) -> None:
    """"Trump drew sharp criticism from Republican leaders", "the remarks
    drew condemnation from the Mexican government": a reaction a subject
    draws, sparks or earns "from" someone is that one's act on the subject
    (or on the owner of the words or deed that drew it)."""
    noun = cand.trigger
    if cand.frame.pos != "N" or cand.type not in ("ACCUSE", "SUPPORT", "REJECT") or noun.dep_ != "dobj" \
            or _lemma(noun.head) not in DRAWING_VERBS:
        return
    verb = noun.head
    giver = next((p for h in (noun, verb) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                  for p in _children(c, "pobj")), None)
    subj = coder.subject(verb)[0]
    if giver is None or subj is None:
        return
    source = coder.agent(giver)
    target = coder.agent(subj)
    if (target is None or target.code() is None) and _children(subj, "poss"):
        target = coder.agent(_children(subj, "poss")[0])  # "Trump's comments drew ..."
    if source is None or target is None or source.code() is None or target.code() is None or _same(source, target):
        return
    cand.source, cand.target, cand.top = source, target, verb


def _participle_doer(coder: "_SentenceCoder", noun, cand: _Candidate | None = None) -> _Candidate | None:
    """"Footage showed Israeli soldiers carrying out raids in Jenin",
    "witnesses described Russian soldiers launching attacks on civilians":
    the noun a light verb's participle modifies does the act the verb's
    object names (a new candidate, or `cand` given its actor)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.dep_ != "acl" or verb.tag_ != "VBG" or _lemma(verb) not in LIGHT_VERBS \
            or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    frame = cand.frame if cand is not None else _match_frame(noun)
    if frame is None or frame.pos != "N" or (cand is not None and _code(cand.source) is not None):
        return None
    source = coder.agent(verb.head)
    if source is None or source.code() is None:
        return None
    return _act_given_actor(coder, noun, frame, cand, source, verb)


def _relative_light_verb(coder: "_SentenceCoder", noun, cand: _Candidate | None = None) -> _Candidate | None:
    """"The sanctions that the EU imposed on Russia in 2014", "the drills
    China held around Taiwan": an act noun that is the object of a light verb
    in its relative clause is that clause subject's act (a new candidate, or
    `cand` given its actor)."""
    verb = next((c for c in noun.children if c.dep_ == "relcl" and _lemma(c) in LIGHT_VERBS
                 and not any(o.dep_ == "dobj" and o.tag_ not in ("WDT", "WP") and o.lower_ != "that"
                             for o in c.children)), None)
    if verb is None or noun.pos_ != "NOUN":
        return None
    frame = cand.frame if cand is not None else _match_frame(noun)
    if frame is None or frame.pos != "N" or (cand is not None and _code(cand.source) is not None):
        return None
    subj, _, passive = coder.subject(verb)
    if passive or subj is None or subj.i == noun.i or subj.tag_ in ("WDT", "WP") or subj.lower_ == "that":
        return None
    source = coder.agent(subj)
    if source is None or source.code() is None:
        return None
    target = cand.target if cand is not None and _code(cand.target) else coder._target(verb, frame, exclude=source)
    if cand is not None:
        cand.source, cand.target = source, target if not _same(target, source) else None
        return None
    new = _Candidate(noun, frame, frame.type, frame.mode, top=noun)
    coder._noun_event(noun, frame, new)
    new.source = source
    new.target = new.target if _code(new.target) and not _same(new.target, source) else target
    coder._verb_modality(verb, new)
    coder._finish(new)
    if new.target is None and frame.type in ("ACCUSE", "SUPPORT", "AID", "COOPERATE"):
        return None
    return None if new.unrealised else new


def _done_by_its_subject_act(coder: "_SentenceCoder", cand: _Candidate, found: list[_Candidate]) -> None:
    """"The airstrikes Israel carried out on Sunday killed 12 people": a verb
    whose subject is an act the sentence gives an actor to is that actor's
    (not the unnamed attacker of the place)."""
    if cand.frame.pos != "V" or not (_code(cand.source) is None or id(cand.source) in coder._placed):
        return
    subj = next(iter(_children(cand.trigger, "nsubj")), None)
    act = next((c for c in found if subj is not None and c.trigger.i == subj.i and c is not cand
                and c.type == cand.type and _code(c.source) is not None and id(c.source) not in coder._placed), None)
    if act is not None:
        cand.source = act.source
        if _same(cand.target, act.source):
            cand.target = act.target


def _split_force_name(coder: "_SentenceCoder", noun) -> _Candidate | None:
    """"the activation of the ECOWAS standby force": the parser often ends
    the "of"-phrase at the organisation's name and hangs "standby force"
    elsewhere; the force named right after the name is the organisation's,
    and activating or deploying it is the organisation's mobilisation."""
    if noun.pos_ != "NOUN" or (_lemma(noun), "N") not in load_lexicon():
        return None
    frame = next((f for f in load_lexicon()[(_lemma(noun), "N")] if f.type == "MOBILIZE" and f.obj), None)
    owner_tok = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in _children(c, "pobj")
                      if p.pos_ == "PROPN"), None)
    if frame is None or owner_tok is None:
        return None
    after = noun.doc[owner_tok.i + 1: owner_tok.i + 4]
    force = next((t for t in after if _lemma(t) in frame.obj), None)
    if force is None or force.head.i == owner_tok.i or any(t.pos_ in ("VERB", "AUX", "ADP", "PUNCT")
                                                          for t in noun.doc[owner_tok.i + 1: force.i]):
        return None
    owner = coder.actor(owner_tok)
    if owner is None or owner.code() is None:
        return None
    cand = _Candidate(noun, frame, frame.type, frame.mode, source=owner, top=noun)
    verb = coder._governing_verb(noun)
    if verb is not None:
        cand.top = verb
        coder._verb_modality(verb, cand)
    coder._finish(cand)
    return None if cand.unrealised else cand


def _came_to_aid(coder: "_SentenceCoder", noun) -> _Candidate | None:
    """"Pence came to the defense of Trump", "Turkey rushed to the aid of
    Azerbaijan": coming to someone's defense backs them (SUPPORT), coming to
    their aid or rescue helps them (AID)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "to" or _lemma(noun) not in RALLYING_NOUNS:
        return None
    verb = noun.head.head
    if verb.pos_ != "VERB" or _lemma(verb) not in COMING_VERBS:
        return None
    helped = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in _children(c, "pobj")),
                  None)
    helped = helped if helped is not None else next(iter(_children(noun, "poss")), None)
    source = coder.agent(coder.subject(verb)[0])
    target = coder.actor(helped) if helped is not None else None
    if source is None or source.code() is None or target is None or target.code() is None:
        return None
    kind = RALLYING_NOUNS[_lemma(noun)]
    frame = next(f for f in load_lexicon()[("aid" if kind == "AID" else "backing", "N")] if f.type == kind)
    cand = _Candidate(noun, frame, kind, None, source=source, target=target, top=verb)
    coder._verb_modality(verb, cand)
    coder._climb(verb, cand, have_subject=True)
    coder._finish(cand)
    return None if cand.unrealised else cand


def _support_won(coder: "_SentenceCoder", noun) -> _Candidate | None:
    """"Clinton won the backing of the largest teachers union", "Trump
    received the endorsement of the NRA": backing won or received is given
    by the "of"-object to the subject (SUPPORT, the other way round from
    "gave his endorsement")."""
    if noun.dep_ != "dobj" or _lemma(noun.head) not in WINNING_VERBS:
        return None
    frame = _match_frame(noun)
    if frame is None or frame.type != "SUPPORT" or frame.pos != "N":
        return None
    giver = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                  for p in _children(c, "pobj")), None)
    if giver is None:
        return None
    verb = noun.head
    source, target = coder.agent(giver), coder.agent(coder.subject(verb)[0])
    if source is None or target is None or source.code() is None or target.code() is None:
        return None
    cand = _Candidate(noun, frame, "SUPPORT", None, source=source, target=target, top=verb)
    cand.absorbed.add(verb.i)
    coder._verb_modality(verb, cand)
    coder._climb(verb, cand, have_subject=True)
    coder._finish(cand)
    return None if cand.unrealised else cand


def _enacted_restriction(coder: "_SentenceCoder", verb) -> _Candidate | None:
    """"Parliament passed a law banning opposition parties", "the junta
    issued a decree outlawing the party": a restriction described by a
    participle or relative clause of a law its subject enacts is the
    enacting body's act on the one restricted (manual: bans -> COERCE)."""
    if verb.pos_ != "VERB" or verb.dep_ not in ("acl", "relcl") or _lemma(verb.head) not in POLICY_NOUNS:
        return None
    frame = _match_frame(verb)
    if frame is None or frame.pos != "V" or frame.type not in ("COERCE", "SANCTION"):
        return None
    law = verb.head
    enacting = law.head
    if law.dep_ not in ("dobj", "nsubjpass") or enacting.pos_ != "VERB" \
            or _lemma(enacting) not in ENACTING_VERBS | ADOPTING_VERBS:
        return None
    subj, patient, passive = coder.subject(enacting)
    source = coder.agent(subj)
    if source is None or source.code() is None:
        return None
    cand = _Candidate(verb, frame, frame.type, frame.mode, source=source, top=enacting)
    cand.target = coder._target(verb, frame, exclude=source)
    coder._verb_modality(enacting, cand)
    coder._climb(enacting, cand, have_subject=True)
    cand.absorbed.add(enacting.i)
    coder._finish(cand)
    return cand if not cand.unrealised else None


def _restriction_under_rule(coder: "_SentenceCoder", verb) -> _Candidate | None:
    """"Under the new law, members of Bashir's party can not take part in
    any political activity", "under the decree, journalists may not enter
    the region": what a rule says people may not do is a restriction on them
    by the state that rules (manual, COERCE restrict), whatever the act."""
    if verb.pos_ != "VERB" or verb.dep_ != "ROOT":
        return None
    rule = next((p for prep in _children(verb, "prep") if prep.lower_ == "under"
                 for p in _children(prep, "pobj") if _lemma(p) in RULE_NOUNS), None)
    if rule is None or not _children(verb, "neg") \
            or not any(a.lower_ in PERMISSION_MODALS for a in _children(verb, "aux")):
        return None
    subj = next(iter(_children(verb, "nsubj")), None)
    if subj is None or subj.lower_ in FIRST_PERSON or _lemma(subj) in ("it", "this", "that"):
        return None
    target = coder.actor(subj) or next((coder.actor(p) for prep in _children(subj, "prep") if prep.lower_ == "of"
                                        for p in _children(prep, "pobj")), None) or coder.agent(subj)
    if target is None:
        return None
    owner = next((coder.agent(p) for p in _children(rule, "poss")), None)
    source = owner if owner is not None and owner.code() else _ruling_state(coder, target)
    if target.code() is None and source.country:
        target = replace(target, country=source.country)  # "journalists": people under the state's rule
    frame = _WITHHELD_PERMISSION_FRAME
    cand = _Candidate(verb, frame, frame.type, frame.mode, source=source, target=target, top=verb)
    coder._finish(cand)
    return cand if cand.source is not None and cand.source.code() else None


def _ruling_state(coder: "_SentenceCoder", people: ActorRef) -> ActorRef:
    """The unnamed state that rules over or restrains people: the country the
    sentence's places give (else the report's), else the people's own state
    (a government restrains its own people: "members of Bashir's party can
    not take part in politics")."""
    state = coder._by_place(ActorRef("", "unknown", sector="GOV", kind="unknown"))
    if state.code() is None and people.country and not people.org:
        state = ActorRef("", people.country, country=people.country, sector="GOV", kind="unknown")
    return state


def _made_available(coder: "_SentenceCoder", verb) -> _Candidate | None:
    """"The government is making efforts to make vaccines available to the
    public", "will make $5 million available to Ukraine": making aid goods
    available to someone provides them (manual, AID)."""
    if verb.pos_ != "VERB" or _lemma(verb) != "make":
        return None
    available = next((c for c in verb.children if c.lower_ == "available" and c.dep_ in ("ccomp", "oprd", "acomp")),
                     None)
    if available is None:
        return None
    goods = _children(available, "nsubj") + _children(verb, "dobj")
    if not any(_lemma(g) in AID_GOODS or g.lower_ in CURRENCY_WORDS or g.tag_ == "$" for g in goods):
        return None
    frame = next(f for f in load_lexicon()[("aid", "N")] if f.type == "AID")
    cand = _Candidate(verb, frame, "AID", None, top=verb)
    subj = coder.subject(verb)[0]
    if subj is None and verb.dep_ in ("acl", "xcomp", "advcl") and verb.head.dep_ == "dobj":
        subj = coder.subject(verb.head.head)[0]  # "is making efforts to make ... available"
    elif subj is None and verb.dep_ in ("xcomp", "advcl"):
        subj = coder.subject(verb.head)[0]
    cand.source = coder.agent(subj)
    if cand.source is None or cand.source.code() is None:
        return None
    recipient = next((p for prep in available.children if prep.dep_ == "prep" and prep.lower_ in ("to", "for")
                      for p in _children(prep, "pobj")), None)
    if recipient is None:
        return None
    cand.target = coder.actor(recipient)
    if cand.target is None and _lemma(recipient) in PUBLIC_RECIPIENTS:
        # "to the public": the actor's own people
        cand.target = ActorRef(recipient.text, cand.source.country or "unknown", country=cand.source.country,
                               sector=PEOPLE_SECTORS.get(_lemma(recipient), "CVL"), kind="group",
                               start=recipient.idx, end=recipient.idx + len(recipient.text))
    if cand.target is None or cand.target.code() is None:
        return None
    coder._verb_modality(verb, cand)
    coder._climb(verb, cand, have_subject=True)
    coder._finish(cand)
    return cand if not cand.unrealised else None


def _listed_repression(coder: "_SentenceCoder", noun, have: set[int]) -> _Candidate | None:
    """"A tough road, paved with intimidation, arrests and bans on his
    concerts", "the crackdown, arrests and detentions of activists": a list
    of two or more acts of coercion or force, hung on no actor, is what the
    state where it happens did to the one the list names (guidelines:
    arrests, raids, bans -> COERCE; the state where they happen acts). A
    noun used generically ("bans are rarely effective") names no victim and
    gives nothing."""
    if noun.pos_ != "NOUN" or noun.dep_ == "conj" or noun.dep_ in ("nsubj", "nsubjpass"):
        return None
    members = [noun] + [c for c in noun.subtree if c.dep_ == "conj" and c.pos_ == "NOUN"]
    frames = [(m, _match_frame(m)) for m in members]
    acts = [(m, f) for m, f in frames if f is not None and f.pos == "N" and f.type in LISTED_ACT_TYPES]
    if len(acts) < 2 or any(m.i in have for m, _ in acts):
        return None
    if any(_statistic(m) or _topic_noun(m) for m, _ in acts) or _question(coder.sent):
        return None
    # whom the acts hit: a possessor or "on/against/of" object of the list, or of the phrase it hangs on
    # ("paved with arrests and bans on his concerts": the parser often hangs "on" on the participle)
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB" else None
    phrases = [m for m, _ in acts] + [p for p in (_children(verb, "prep") if verb is not None else [])
                                      if p.lower_ in ("on", "against")]
    victim = next((a for phrase in phrases for tok in phrase.subtree
                   if tok.dep_ == "poss" or (tok.dep_ == "pobj" and tok.head.lower_ in ("on", "against", "of"))
                   for a in [coder.actor(tok)] if a is not None and a.code()), None)
    if victim is None:
        return None
    trigger, frame = next(((m, f) for m, f in acts if f.type == "COERCE"), acts[0])
    cand = _Candidate(trigger, frame, frame.type, frame.mode, target=victim, top=trigger)
    cand.source = _ruling_state(coder, victim)
    if cand.source.code() is None:
        return None
    cand.absorbed |= {m.i for m, _ in acts if m.i != trigger.i}
    coder._finish(cand)
    return cand


# ----------------------------------------------------------------- casualties of an attack reported before
# Verbs and adjectives that report people killed or hurt ("were killed", "died", "confirmed dead").
CASUALTY_VERBS = frozenset({"kill", "injure", "wound", "slay", "murder", "massacre", "behead", "maim", "shoot"})
CASUALTY_STATES = frozenset({"dead", "injured", "wounded"})
# Causes of death that are nobody's act: a count of their victims is no attack.
NATURAL_CAUSES = frozenset({"accident", "crash", "collision", "derailment", "cancer", "disease", "illness",
                            "flood", "flooding", "earthquake", "quake", "storm", "cyclone", "hurricane", "typhoon",
                            "tornado", "landslide", "mudslide", "blaze", "wildfire", "heatwave", "drowning", "drown",
                            "outbreak", "virus", "covid", "covid-19", "cholera", "malaria", "ebola", "pandemic",
                            "epidemic", "stampede", "overdose", "famine", "starvation", "hunger", "avalanche",
                            "tsunami", "lightning", "eruption", "natural", "complication", "infection", "fever",
                            "surgery", "traffic", "capsize", "shipwreck"})
# Words that make a count a statistic over a span of time rather than the toll of one attack.
STATISTIC_WORDS = frozenset({"since", "annually", "yearly", "each", "every", "average", "total", "altogether",
                             "overall", "per", "rate", "figure", "statistic", "data", "percent", "%", "estimate",
                             "tally"})
SPAN_UNITS = frozenset({"day", "week", "month", "year", "decade"})
CASUALTY_REACH = 700  # characters back to the attack: the same passage, a few sentences


def _casualty_trigger(sent):
    """The word reporting people killed or hurt with no one named doing it
    ("Nine activists aboard were killed", "at least six people have been
    confirmed dead", "three soldiers died"), or None. The victims must be
    people counted or named as people; a sentence giving a cause of death
    that is nobody's act (a crash, a disease, a flood) or a statistic over a
    span of time has none."""
    for token in sent:
        lemma = _lemma(token)
        victims = []
        if lemma in CASUALTY_VERBS and token.pos_ == "VERB" and _is_passive(token) \
                and not any(c.dep_ == "agent" for c in token.children):
            victims = _children(token, "nsubjpass")
            if token.dep_ == "conj" and not victims:  # "were killed, and five others were injured"
                victims = _children(token.head, "nsubjpass")
        elif lemma == "die" and token.pos_ == "VERB":
            victims = _children(token, "nsubj")
        elif token.lower_ in CASUALTY_STATES and token.dep_ in ("acomp", "oprd", "xcomp", "ccomp") \
                and token.head.pos_ in ("VERB", "AUX"):
            victims = _children(token.head, "nsubj", "nsubjpass", "dobj")
        if not victims or not any(_counted_people(v) for v in victims):
            continue
        if any(c.dep_ in ("neg", "aux") and c.lower_ in NEGATIONS | HYPOTHETICAL_MODALS for c in token.children) \
                or any(d.lower_ in ("no", "none", "nobody") for v in victims for d in (v, *v.children)):
            continue  # "could be killed", "no passengers were hurt": nobody reported hurt
        if token.dep_ in ("relcl", "acl", "advcl", "pcomp"):
            continue  # "passengers were freed, 37 of whom were injured": a detail of another act
        return token
    return None


def _counted_people(token) -> bool:
    """"Nine pro-Palestinian activists", "at least five people", "two
    soldiers", "dozens": people, counted or named by what they are."""
    if token.pos_ == "NUM" or _lemma(token) in COUNT_NOUNS:
        return True
    counted = any(c.dep_ == "nummod" or (c.dep_ == "amod" and c.lower_ in ("several", "many", "dozens"))
                  for c in token.children)
    return token.pos_ == "NOUN" and (counted or _lemma(token) in PEOPLE_SECTORS
                                     or token.lower_ in ("people", "persons", "others"))


def _casualty_attack(coder: "_SentenceCoder", chosen: list[_Candidate], earlier: list[Event]) -> list[_Candidate]:
    """"Israeli commandos stormed the Mavi Marmara ... Nine activists aboard
    were killed": a toll of people killed or hurt, told without a
    perpetrator right after an attack the report has coded, is that
    attack's toll -- ASSAULT by its attacker (guidelines: casualty counts of
    a specific attack are coded with the perpetrator the document has
    named; counts with no perpetrator anywhere stay null). The victims'
    own actor is the target when they have one, else the attack's target."""
    sent = coder.sent
    if any(c.type == "ASSAULT" for c in chosen) or _question(sent):
        return []
    trigger = _casualty_trigger(sent)
    if trigger is None:
        return []
    words = {_lemma(t) for t in sent} | {t.lower_ for t in sent}
    if words & NATURAL_CAUSES or words & STATISTIC_WORDS:
        return []
    if any(t.tag_ == "NNS" and _lemma(t) in SPAN_UNITS for t in sent):
        return []  # "in the last 15 months", "over the past two years": a statistic over a span
    if any(p.dep_ == "pobj" and p.tag_ == "NNS" and not any(d.dep_ in ("det", "poss") for d in p.children)
           for prep in trigger.children if prep.dep_ == "prep" for p in prep.children):
        return []  # "killed in suicide attacks": a count over many attacks, no one attack's toll
    attack = None
    for event in _passage_before(earlier, sent.start_char):
        if sent.start_char - event.end > CASUALTY_REACH:
            break
        if event.type == "ASSAULT":
            attack = event
            break
    if attack is None or attack.modality != "asserted" or _code(attack.source) is None:
        return []
    victims = [v for v in trigger.subtree if v.dep_ in ("nsubjpass", "nsubj") and v.head.i == trigger.i]
    victim = next((a for a in (coder.actor(v) for v in victims) if a is not None and a.code()
                   and a.code() != _code(attack.source)), None)
    frame = load_lexicon()[("kill", "V")][0]
    cand = _Candidate(trigger, frame, "ASSAULT", None, top=trigger)
    cand.source = replace(attack.source, members=list(attack.source.members))
    target = victim or attack.target
    cand.target = replace(target, members=list(target.members)) if target is not None else None
    return [cand]


# A rejection or concession answers an earlier challenge; these are the challenges.
CHALLENGES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "SANCTION", "COERCE"})
ANSWERS = frozenset({"REJECT", "CONCEDE"})
ANSWER_REACH = 1500  # characters back: the same passage of the report, not its other half


# Nouns that name an act without saying whose ("the move", "the ruling"): what a
# condemnation of one is aimed at comes from the report.
ACT_NOUNS = frozenset({"move", "decision", "step", "action", "measure", "ruling", "verdict", "order", "act",
                       "law", "policy", "incident", "operation", "campaign", "crackdown", "case"})
JUDGED_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE", "REJECT", "ACCUSE"})
# Acts praise is aimed at ("the release on bail was a good sign"): cooperation and concessions.
PRAISED_ACTS = frozenset({"AGREE", "COOPERATE", "AID", "RETREAT", "CONCEDE", "CONSULT"})


def _passage_before(earlier: list[Event], sentence_start: int):
    """The body events of the sentences before `sentence_start`, latest first,
    as far back as the same passage of the report (ANSWER_REACH characters)."""
    for event in reversed(earlier):
        if event.start >= sentence_start or event.in_title:
            continue
        if sentence_start - event.end > ANSWER_REACH:
            return
        yield event


def _judged_target(cand: _Candidate, earlier: list[Event], sentence_start: int) -> None:
    """"Washington described the reported move as unfortunate", "he called
    the ruling arbitrary", "Pakistan condemned the attack": criticism of an
    act the sentence does not attribute is aimed at whoever did that act, the
    latest earlier act of force or pressure in the passage by another actor
    (of the act's own type when the noun names one: "the attack" -> ASSAULT)."""
    if cand.type not in ("ACCUSE", "SUPPORT") or cand.target is not None or _code(cand.source) is None:
        return
    acts = JUDGED_ACTS if cand.type == "ACCUSE" else PRAISED_ACTS  # praise: of the cooperative act just reported
    trigger = cand.trigger
    wanted = None
    for noun in [*_SentenceCoder._judged_objects(trigger), *judged_subjects(trigger)]:
        if noun.lower_ in ("this", "it", "that") and noun.dep_ in ("nsubj", "dobj"):
            wanted = "any"  # '"This is unacceptable," X said', "condemned it": the act just reported
            break
        if noun.pos_ != "NOUN" or any(c.dep_ == "poss" for c in noun.children):
            continue
        frame = next(iter(load_lexicon().get((_lemma(noun), "N"), ())), None)
        if frame is not None and frame.type in acts:
            wanted = frame.type
            break
        if _lemma(noun) in ACT_NOUNS:
            wanted = "any"
            break
    if wanted is None:
        return
    own = _code(cand.source)
    for event in _passage_before(earlier, sentence_start):
        if event.type not in acts or (wanted != "any" and event.type != wanted):
            continue
        if wanted == "any" and (event.type, event.mode) == ("ACCUSE", "disapprove"):
            continue  # "this is a baseless case", "the move": an act or a charge is judged, not a critic's words
        if _code(event.source) and (_code(event.source) != own or _domestic_dispute(cand.source, event.source)
                                    or (cand.type == "SUPPORT" and cand.source.sector != event.source.sector)) \
                and event.modality != "negated":  # (a state's people praise its government's concession)
            cand.target = replace(event.source, members=list(event.source.members))
            return


# Sectors whose acts their own state's people and other bodies answer ("he called the ruling arbitrary").
DOMESTIC_SIDES = frozenset({"JUD", "COP", "LEG", "OPP", "PTY", "CVL"})


def _domestic_dispute(judge: ActorRef, actor: ActorRef) -> bool:
    """Two sides of one state's politics: a defendant and the court, the opposition and the government
    -- different sectors, one of them not the executive or the army (a government does not condemn its
    own army's attack)."""
    return judge.sector != actor.sector and bool({judge.sector, actor.sector} & DOMESTIC_SIDES)


def _claims_in_general(trigger) -> bool:
    """"reject claims that their ventures deprive the Baloch": an object
    with no determiner whose content is a that-clause -- claims in general,
    no one's in particular."""
    return any(not any(d.dep_ in ("det", "poss") for d in o.children)
               and any(c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in c.children) for c in o.children)
               for o in _children(trigger, "dobj"))


def _answer_target(cand: _Candidate, earlier: list[Event], sentence_start: int) -> None:
    """"Gachagua denied all the charges", "the administration rejected the
    resolution": a rejection or concession whose sentence names no other side
    answers the latest challenge (accusation, demand, threat, sanction) aimed
    at its source in the sentences just before, so its target is that
    challenge's source -- the manual's REJECT toward the accuser/requester.
    Only earlier sentences count, and only challenges aimed at the same actor."""
    if cand.type not in ANSWERS or cand.target is not None or cand.source is None:
        return
    if _claims_in_general(cand.trigger):
        return  # "reject claims that their ventures deprive the Baloch": claims in general, no accuser answered
    own = {cand.source.code()} | {m.code() for m in cand.source.members}
    own.discard(None)
    if not own:
        return
    for event in _passage_before(earlier, sentence_start):
        if event.type not in CHALLENGES or event.source is None or event.target is None \
                or event.modality == "negated":
            continue
        aimed_at = {event.target.code()} | {m.code() for m in event.target.members}
        if aimed_at & own and event.source.code():
            cand.target = replace(event.source, members=list(event.source.members))
            return


# Nouns of something put to others ("the call", "the proposal"): backing or refusing one answers its author.
PROPOSAL_NOUNS = frozenset({"call", "proposal", "request", "demand", "plan", "initiative", "appeal", "offer",
                            "idea", "suggestion", "motion", "bid"})


def _seconded_target(cand: _Candidate, earlier: list[Event], sentence_start: int) -> None:
    """"Greece, Panama and South Korea also supported the call", "Moscow
    rejected the proposal": backing or refusing a call or proposal whose
    author the sentence does not name is aimed at the author of the latest
    earlier request or offer in the passage by another actor."""
    if cand.type not in ("SUPPORT", "REJECT") or cand.target is not None or _code(cand.source) is None:
        return
    trigger = cand.trigger
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [p for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "to")
                for p in c.children if p.dep_ == "pobj"]
    if trigger.dep_ == "dobj" and _lemma(trigger.head) in LIGHT_VERBS:  # "voiced support for the call"
        objects += [p for c in trigger.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    if not any(_lemma(o) in PROPOSAL_NOUNS and any(d.dep_ == "det" and d.lower_ in DEFINITE for d in o.children)
               and not any(d.dep_ in ("poss", "compound", "amod") and d.pos_ in ("PROPN", "PRON")
                           for d in o.children)
               for o in objects):
        return
    own = {_code(cand.source)} | {m.code() for m in cand.source.members}
    for event in _passage_before(earlier, sentence_start):
        if event.type not in ("REQUEST", "AGREE") or event.modality == "negated":
            continue
        if _code(event.source) and not own & ({_code(event.source)} | {m.code() for m in event.source.members}):
            cand.target = replace(event.source, members=list(event.source.members))
        return


def _withdrawal_target(cand: _Candidate, earlier: list[Event], sentence_start: int) -> None:
    """"The withdrawal has started ... all the Russian Federation's forces":
    forces pulling out with no place named leave the state the report said
    they attacked, moved against or were to pull out of."""
    if (cand.type, cand.mode) not in (("RETREAT", "withdraw"), ("CONCEDE", None)) or cand.target is not None \
            or _code(cand.source) is None or cand.source.org:
        return
    if cand.type == "CONCEDE" and cand.frame.mode != "withdraw":
        return
    for event in reversed(earlier):
        # (or the state an earlier pull-out of the same forces was from)
        if event.start >= sentence_start or event.in_title \
                or event.type not in ("ASSAULT", "MOBILIZE", "COERCE", "RETREAT", "CONCEDE"):
            continue
        if event.source is not None and event.source.country == cand.source.country and not event.source.org \
                and event.target is not None and event.target.country and not event.target.org \
                and event.target.country != cand.source.country:
            country = event.target.country
            cand.target = ActorRef(country, country, country=country, sector="GOV", kind="state")
            return


RESPONSE_VERBS = frozenset({"respond", "retaliate", "react", "avenge", "answer", "reply"})


def _response_target(cand: _Candidate, earlier: list[Event], sentence_start: int) -> None:
    """"The attack ... will be responded to with full force": a threat or act
    of force that answers an act named only by its noun is aimed at whoever
    did that act -- the latest earlier act of its type in the passage by
    another actor."""
    trigger = cand.trigger
    if cand.type not in ("THREATEN", "ASSAULT") or _lemma(trigger) not in RESPONSE_VERBS or _code(cand.source) is None:
        return
    answered = [c for c in trigger.children if c.dep_ in ("nsubjpass", "dobj")]
    answered += [p for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("to", "for") for p in _children(c, "pobj")]
    if trigger.dep_ == "conj" and not _children(trigger, "nsubj", "nsubjpass"):
        answered += _children(trigger.head, "nsubj", "nsubjpass")  # "the attack is ... and will be responded to"
    wanted = None
    for noun in answered:
        frame = next(iter(load_lexicon().get((_lemma(noun), "N"), ())), None)
        if noun.pos_ == "NOUN" and frame is not None and frame.type in JUDGED_ACTS:
            wanted = frame.type
            break
    if wanted is None:
        return
    own = _code(cand.source)
    for event in _passage_before(earlier, sentence_start):
        if event.type == wanted and _code(event.source) and _code(event.source) != own \
                and event.modality != "negated":
            cand.target = replace(event.source, members=list(event.source.members))
            return


def _holder_target(cand: _Candidate, earlier: list[Event], sentence_start: int) -> None:
    """"The United States calls for Lai's immediate release": a call to free
    someone whom the sentence does not place is made of the state that the
    report said arrested, charged or tried that person."""
    if cand.type != "REQUEST" or cand.target is not None or _code(cand.source) is None \
            or not _SentenceCoder._demands_release(cand):
        return
    names = {t.text for c in cand.trigger.subtree if _lemma(c) in RELEASE_WORDS
             for p in c.children if p.dep_ == "poss" or (p.dep_ == "prep" and p.lower_ == "of")
             for t in p.subtree if t.pos_ == "PROPN"}
    if not names:
        return
    for event in reversed(earlier):
        if event.start >= sentence_start or event.target is None or event.source is None \
                or not event.source.country or event.source.org or event.modality == "negated":
            continue
        justice = event.type == "COERCE" or (event.type, event.mode) in (
            ("SANCTION", "convict"), ("ACCUSE", "allege"), ("ACCUSE", "investigate"), ("THREATEN", "arrest"))
        if justice and names & set(event.target.text.split()) and event.source.country != cand.source.country:
            country = event.source.country
            cand.target = ActorRef(country, country, country=country, sector="GOV", kind="state")
            return


# Acts aimed at someone by their nature: a demand is made of, a threat, accusation or sanction aimed at, a
# refusal or concession given to, aid given to, coercion used on someone (manual: SANCTION, AID, COOPERATE
# require a recipient; "most cases of COERCE have a clear intended recipient"; REQUEST, THREATEN, ACCUSE,
# REJECT and CONCEDE name the one asked, warned, blamed, refused or yielded to whenever the report says who).
# With no recipient in their own slots, the report supplies it.
ADDRESSED_ACTS = frozenset({"REQUEST", "THREATEN", "SANCTION", "AID", "COOPERATE", "ACCUSE", "REJECT", "CONCEDE",
                            "COERCE"})


def _drop_own_members(cand: _Candidate) -> None:
    """"Egypt urged both sides to ...", the sides resolved to the nearest
    mentions, Egypt among them: the actor is never one of its own recipients."""
    target, source = cand.target, cand.source
    if target is None or source is None or len(target.members) < 2:
        return
    own = [source, *source.members]
    kept = [m for m in target.members if not any(_same(m, o) for o in own)]
    if len(kept) == len(target.members) or not kept:
        return
    cand.target = replace(kept[0], members=[]) if len(kept) == 1 else \
        replace(kept[0], members=kept, name=" and ".join(m.name for m in kept))


# "The parties", "both sides", "the warring factions": the sides of a two-sided conflict the passage reported.
SIDES_NOUNS = frozenset({"party", "side", "belligerent", "faction", "combatant"})


def _sides_named(cand: _Candidate, earlier: list[Event], sentence_start: int) -> ActorRef | None:
    """"The U.N. chief called on the parties to end the war": plural sides
    in the act's phrase are all the actors of the latest two-sided event of
    the passage (a compound actor: "Sudan's army and the RSF fought")."""
    sides = [t for t in cand.trigger.subtree if _lemma(t) in SIDES_NOUNS and t.tag_ == "NNS"
             and any(d.lower_ in ("the", "both", "two", "all", "warring") for d in t.children)]
    if not sides:
        return None
    named = cand.target
    if named is not None and named.start is not None and named.start >= sentence_start:
        return None  # the sentence names whom it means (not the sides, resolved to earlier mentions)
    own = {_code(cand.source)} | {m.code() for m in cand.source.members}
    for event in _passage_before(earlier, sentence_start):
        if event.source is not None and len(event.source.members) > 1 and event.target is None \
                and not own & {m.code() for m in event.source.members}:
            return replace(event.source, members=list(event.source.members))
    return None


# A diplomatic or press post named by the city it is in ("the Washington embassy", "the Beijing bureau").
POST_NOUNS = frozenset({"embassy", "consulate", "bureau", "office", "station", "correspondent"})


def _armed_group_target(cand: _Candidate, coder: _SentenceCoder) -> None:
    """"Security forces killed six attackers in the operation": a state's
    force attacking no one named acts on the armed group the passage names
    (this and the two sentences before); in two-sided fighting ("troops
    fought for hours") both are actors, as the manual says."""
    if cand.type != "ASSAULT" or cand.target is not None or not _code(cand.source) or cand.source.org \
            or cand.source.members or cand.source.sector not in ("MIL", "COP", "GOV") or coder.actors is None:
        return
    group = coder._earlier_mention(cand.trigger, skip=_code(cand.source), kinds=frozenset({"armed"}))
    if group is not None and _lemma(cand.trigger) in ("clash", "fight", "battle"):
        cand.source = _compound(cand.source, group)
    elif group is not None:
        cand.target = group


def _domestic_side(actor: ActorRef | None) -> bool:
    """A state's opposition, courts, parties, citizens or people coded by country alone -- not its
    government or army, and not an organisation or a compound actor."""
    return actor is not None and bool(actor.country) and not actor.org and not actor.members \
        and actor.sector not in ("GOV", "MIL")


def _passage_recipient(cand: _Candidate, coder: _SentenceCoder, earlier: list[Event], sentence_start: int) -> None:
    """"Kenya filed several requests for this hearing to be postponed", "the
    Security Council imposed sanctions that bar trading with the regime",
    "... relations with Mauritius, ... Modi's visit came amid ...": an
    addressed act (ADDRESSED_ACTS, or a visit: hosted by someone) left
    without a recipient by every other rule is aimed at the other actor the
    sentence names (not a place, not the actor's own state, organisation or
    phrase), else at the one the passage named last (this and the two
    sentences before: never a distant paragraph); with no one there, a
    state's opposition, courts, parties and citizens address its government.
    "The parties"/"both sides" are the sides of the passage's latest
    two-sided event (_sides_named)."""
    if cand.type in ("SUPPORT", "AGREE") and cand.target is None and _domestic_side(cand.source):
        # "Trump officially endorsed one in July": a party's, candidate's or citizen's endorsement of no one
        # coded is made within its own state (the guidelines' US campaign coding); backing between states
        # names its other side. So is a promise of a candidate, police chief or court to no one named ("promising
        # to lift environmental regulations", "I will make this promise to you"): to the state's own people
        country = cand.source.country
        cand.target = ActorRef(country, country, country=country, kind="unknown")
        return
    if (cand.type not in ADDRESSED_ACTS and (cand.type, cand.mode) != ("CONSULT", "visit")) \
            or _code(cand.source) is None or coder.actors is None:
        return
    sides = _sides_named(cand, earlier, sentence_start)
    if sides is not None:
        cand.target = sides
        return
    if cand.target is not None:
        return
    named = [o for o in _children(cand.trigger, "dobj", "dative")
             if o.pos_ in ("PRON", "PROPN") and o.lower_ not in ("it", "this", "that")]
    if named:
        # "urging him to work with ...", "Congress has investigated him": the one addressed is named, only not
        # coded -- in a report on the actor's own state, a person of that state (guidelines: people by place)
        person = coder.agent(named[0])
        country = cand.source.country
        if person is not None and person.code() is None and person.kind in ("person", "unknown") \
                and country and not cand.source.org and country == coder._doc_country():
            cand.target = replace(person, country=country, members=[])
        return
    if _claims_in_general(cand.trigger):
        return  # "reject claims that ...": no one's claims in particular
    if cand.type == "ACCUSE" and any(
            t.pos_ == "NOUN" and not _act_noun(t) and not any(_code(coder.actor(x)) for x in t.subtree)
            for p in cand.trigger.children if p.dep_ == "prep" and p.lower_ in ("about", "over")
            for t in _children(p, "pobj")):
        return  # "expressed concern about heightened tensions": worry over a situation, no one blamed
    own = {_code(cand.source)} | {m.code() for m in cand.source.members}
    sent = coder.sent
    # the actor's own phrase describes it, names no one it acts on ("the U.N. envoy for Syria", "China,
    # North Korea's closest ally, ...")
    own_phrase = range(0)
    head = next((t for t in sent if cand.source.start is not None and t.idx == cand.source.start), None)
    if head is not None:
        while head.dep_ in ("compound", "poss", "amod", "nmod", "det") and head.head.i != head.i:
            head = head.head
        own_phrase = range(head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text))
    window_start = coder._passage_window()
    in_sentence, before = [], []
    for m in coder.actors.mentions:
        if m.start is None or m.start < window_start or m.start >= sent.end_char or m.kind == "person" \
                or not m.code() or m.start in own_phrase or m.sector in ("JRN", "MED"):
            continue  # (news outlets in a passage are its reporters and their audience: "told VOA")
        if m.code() in own and not (m.code() == cand.source.code() and not cand.source.members
                                    and m.sector and cand.source.sector and _domestic_dispute(cand.source, m)):
            continue  # the actor's own side -- unless two sides of one state's politics (a party and the court)
        if coder._mention_is_place(m):
            continue  # a place, not who is acted on ("in Vienna", "Guatemala's Washington embassy")
        if _audience(coder, m, cand.trigger):
            continue  # "told the council that his teams treated 385 survivors": whom the speaker addressed
        (in_sentence if m.start >= sent.start_char else before).append(m)
    # in the sentence, the nearest before the act ("... relations with Mauritius, ... Modi's visit"), else the
    # first after it
    trigger_at = cand.trigger.idx
    earlier_in = [m for m in in_sentence if m.start < trigger_at]
    later_in = [m for m in in_sentence if m.start > trigger_at]
    found = earlier_in[-1] if earlier_in else later_in[0] if later_in else before[-1] if before else None
    if found is not None:
        cand.target = coder._conjoined(replace(found, members=[]), cand.source)  # "Malaysia and Vietnam"
    elif _domestic_side(cand.source):
        # no one else in the passage: the opposition, courts, parties and citizens of a state (and its people
        # coded by country alone) address its government ("protesters have demanded that his party be
        # eliminated"); its government and army do not address themselves
        country = cand.source.country
        cand.target = ActorRef(country, country, country=country, sector="GOV", kind="state")


def _audience(coder: _SentenceCoder, mention: ActorRef, trigger) -> bool:
    """A mention naming whom a speaker tells what the sentence reports ("told the Security Council that
    ...", "said in a letter to Congress"): the audience of the reporting verb governing the act, not the one
    the act is done to."""
    span = coder.sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "to" else root.head \
        if root.dep_ in ("dobj", "dative") else None
    return verb is not None and verb.i != trigger.i and verb.pos_ == "VERB" \
        and coder.wrappers.get((_lemma(verb), "V")) == "report" and verb in trigger.ancestors


def _dateline(article: Article) -> str | None:
    """The article's dateline place; a text not cleaned by the pipeline may still open with it
    ("BLANTYRE — ...")."""
    if article.dateline:
        return article.dateline
    from newsevents.clean import split_dateline

    return split_dateline(article.text[:200])[1].get("dateline")


@functools.lru_cache(maxsize=1)
def _trigger_forms() -> tuple[frozenset[str], dict[str, str]]:
    """Lemmas of the trigger lexicon (and the obligation modals), and the
    irregular forms of those lemmas from the spaCy model's own lemmatizer
    exception tables ("froze" -> freeze, "met" -> meet)."""
    from newsevents.nlp import get_nlp

    lemmas = frozenset(lemma for lemma, _ in load_lexicon()) | OBLIGATION_MODALS
    irregular: dict[str, str] = {}
    try:
        exceptions = get_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_exc")
        for pos in ("verb", "noun"):
            for form, forms_lemmas in exceptions[pos].items():
                hit = next((lem for lem in forms_lemmas if lem in lemmas), None)
                if hit:
                    irregular[form] = hit
    except (KeyError, ValueError):
        pass  # a model without lookup tables: regular forms only
    return lemmas, irregular


def _may_hold_event(text: str) -> bool:
    """A cheap test, before parsing a headline, that some word could be a
    trigger: the word, or the word without an inflection ending (-s, -ed,
    -ing, doubled consonants), is a lexicon lemma. False positives only cost
    a parse; a headline without any trigger form cannot yield an event."""
    lemmas, irregular = _trigger_forms()
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in lemmas or word in irregular:
            return True
        for k in range(1, min(4, len(word) - 2) + 1):
            stem = word[:-k]
            if stem in lemmas or stem + "e" in lemmas or stem + "y" in lemmas:
                return True
    return False


def _title_events(article: Article, body_events: list[Event]) -> list[Event]:
    """The headline coded as one more sentence: its events that the body
    does not already report (same type, source and target code), marked
    in_title with offsets into the title."""
    from newsevents.nlp import get_nlp

    if not _may_hold_event(article.title):
        return []
    title_doc = get_nlp()(article.title)
    actors = _resolver().resolve_doc(title_doc, _year(article.published))
    seen = {(e.type, _code(e.source), _code(e.target)) for e in body_events}
    out = []
    for event in _code_doc(title_doc, article, actors):
        key = (event.type, _code(event.source), _code(event.target))
        if key in seen:
            continue
        seen.add(key)
        event.in_title = True
        event.id = event_id(article.id + "#title", event.start, event.type, key[1], key[2],
                            event.start + max(0, event.sentence.find(event.trigger or "")))
        out.append(event)
    return out


def _evidence(sent) -> tuple[str, int, int]:
    """The sentence text without surrounding whitespace or line breaks, and its
    offsets, so that text[start:end] == sentence (spaCy keeps a paragraph's
    blank lines inside the sentence that follows them)."""
    raw = sent.text  # == doc text[start_char:end_char] (Doc.text would rebuild the whole text)
    stripped = raw.lstrip()
    start = sent.start_char + len(raw) - len(stripped)
    stripped = stripped.rstrip()
    return stripped, start, start + len(stripped)


def _to_event(cand: _Candidate, sent, article: Article, places: list[tuple[int, Location]]) -> Event:
    trigger = cand.trigger
    context = cand.frame.context
    if context is None:
        words = {_lemma(t) for t in trigger.subtree} | {_lemma(c) for c in trigger.children}
        context = next((CONTEXT_WORDS[w] for w in words if w in CONTEXT_WORDS), None)
    date, precision = resolve_event_date(sent.text, article.published, near=trigger.idx - sent.start_char)
    source_code, target_code = _code(cand.source), _code(cand.target)
    sentence, start, end = _evidence(sent)
    cameo = ontology.cameo_for(cand.type, cand.mode, context)
    sectors = [m.sector for actor in (cand.source, cand.target) if actor for m in (actor.members or [actor])]
    return Event(
        id=event_id(article.id, sent.start_char, cand.type, source_code, target_code, trigger.idx),
        type=cand.type,
        mode=cand.mode,
        cameo=cameo,
        quad_class=ontology.quad_class(cand.type),
        intensity=ontology.intensity(cand.type, cand.mode),
        source=cand.source,
        target=cand.target,
        modality=cand.modality,
        negated=cand.negated,
        speech_act=cand.speech_act,
        date=date,
        date_precision=precision,
        location=_location(places, trigger, article.dateline),
        sentence=sentence,
        start=start,
        end=end,
        trigger=_trigger_text(trigger),
        reported_by=cand.reported_by,
        article_ids=[article.id],
        context=event_contexts(sent, [context] if context else [], sectors),
    )


@functools.lru_cache(maxsize=1)
def _resolver():
    from newsevents.actors import ActorResolver, load_actor_tables

    return ActorResolver(load_actor_tables())


def load_resources() -> None:
    """Load everything the coder reads from disk (trigger lexicon, wrappers,
    actor tables, gazetteer) now: each is cached for the process, so a worker
    that calls this once codes every article at its steady per-article cost."""
    load_lexicon()
    load_wrappers()
    _trigger_forms()
    _resolver()
    geo.preload()


def code_text(text: str, published: str | None = None, article_id: str | None = None,
              resolver=None) -> list[Event]:
    """Code a free text: builds an Article, parses it with the shared model,
    resolves actors (with `resolver`, e.g. one built with a user's actor file,
    else the bundled tables) and codes its events."""
    from newsevents.nlp import get_nlp

    article_id = article_id or "text:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    article = Article(id=article_id, text=text, published=published)
    doc = get_nlp()(text)
    actors = (resolver or _resolver()).resolve_doc(doc, _year(published))
    return code_events(doc, article, actors)
