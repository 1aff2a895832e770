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
reiterate keep maintain place
""".split())
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
FIRST_PERSON = frozenset({"i", "we", "me", "us", "our", "my", "ours"})
THIRD_PERSON_GROUP = frozenset({"it", "its", "they", "them", "their"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "would", "wo", "'d"})
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


# Lemmas the small model gets wrong on words the lexicon needs ("staged" -> "stag").
LEMMA_FIXES = {"rearrested": "rearrest", "staged": "stage", "staging": "stage", "stages": "stage", "lambasted": "lambaste", "lambasting": "lambaste"}


def _lemma(token) -> str:
    return LEMMA_FIXES.get(token.lower_) or token.lemma_.lower()


def _children(token, *deps):
    return [c for c in token.children if c.dep_ in deps]


def _is_passive(verb) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _compound_lemma(token) -> str | None:
    """"cease-fire" is tokenised cease - fire: the joined lemma."""
    i = token.i
    doc = token.doc
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].whitespace_ == "":
        return (doc[i - 2].lower_ + _lemma(token)).replace("-", "")
    return None


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
            if c.dep_ in ("dobj", "nsubjpass"):
                # "forces of the UN stabilization mission were deployed", "suspended deliveries of weapons"
                out.update(_lemma(x) for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "of"
                           for p in prep.children if p.dep_ == "pobj" for x in (p, *p.children)
                           if x.dep_ in ("pobj", "compound"))
        elif c.dep_ == "prep" and (not frame.prep or c.lower_ in frame.prep):
            for p in c.children:
                if p.dep_ in ("pobj", "pcomp"):
                    out.add(_lemma(p))
        elif c.dep_ == "advmod" and c.lower_ in ("off", "back", "out", "up", "down"):
            out.add(c.lower_)
        elif c.dep_ == "npadvmod" and c.ent_type_ in ("TIME", "DATE"):
            out.add(_lemma(c))  # "gave the government 48 hours/npadvmod to ..."
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX"):
            # "allow agencies/nsubj to go", "ordered the government/nsubj to pay": the small clause's subject
            out.update(_lemma(s) for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))
        elif c.dep_ in ("dobj", "nsubjpass") and (c.pos_ in ("PRON", "DET", "NUM") or _lemma(c) in PART_WORDS):
            # "relaxing some/most of its restrictions": the noun counted
            out.update(_lemma(p) for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "of"
                       for p in prep.children if p.dep_ == "pobj")
    for prep in _object_as(verb) if "as" in frame.prep else ():
        out.update(_lemma(p) for p in prep.children if p.dep_ in ("pobj", "amod", "acomp"))
    for c in verb.children:  # "one of the highest tariffing nations": the counted noun
        if c.dep_ == "oprd" and c.pos_ == "NUM":
            out.update(_lemma(p) for prep in c.children if prep.dep_ == "prep" for p in prep.children)
    # "cooperation, which was frozen": the noun the relative clause hangs on
    if verb.dep_ == "relcl" and _is_passive(verb):
        out.add(_lemma(verb.head))
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        out.add(_lemma(verb.head))
    return out


def _for_clause(verb):
    """The infinitive clause of "called for X to <verb>", which the parser
    hangs on the verb as an adverbial clause marked by "for"."""
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children) \
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
    if frame.pos == "A":
        comps = set()
        if frame.prep and not {c.lower_ for c in token.children if c.dep_ == "prep"} & frame.prep:
            return False  # "critical of X", not "critical" alone
    elif frame.pos == "V":
        # "On Wednesday" is no "call on": prepositions heading a date do not count
        preps = {c.lower_ for c in token.children if c.dep_ in ("prep", "prt", "agent")
                 and not any(p.ent_type_ in ("DATE", "TIME") or _lemma(p) == "time" for p in c.children)}
        preps |= {"as" for _ in _object_as(token)}  # "described the move as unfortunate": "as" hung on the object
        if _for_clause(token) is not None:
            preps.add("for")  # "called for the Taliban to lift the ban": "for" parsed as the clause's marker
        if frame.prep and not (preps & frame.prep):
            return False
        if frame.not_prep and preps & frame.not_prep:
            return False
        if frame.prt and not {c.lower_ for c in token.children if c.dep_ in ("prt", "advmod")} & frame.prt:
            return False
        if frame.noobj and _children(token, "dobj"):
            return False
        if frame.oprd and not _has_predicative(token):
            return False
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
    return True


def _subject_lemmas(verb) -> set[str]:
    """Lemmas naming the subject of a verb: its head noun and, for
    quantities ("hundreds of students"), the counted noun."""
    out = set()
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            out.add(_lemma(c))
            out.update(_lemma(p) for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "of"
                       for p in prep.children if p.dep_ == "pobj")
    return out


COPULAS = frozenset({"be", "remain", "become", "seem", "appear", "look", "sound", "prove"})
# Modal verbs of obligation: "X must/should ..." said by someone else is that speaker's demand.
OBLIGATION_MODALS = frozenset({"must", "should", "ought"})
# "X is under an obligation to ...", "X has a duty to ...", "X is obliged/required to ...": obligation without a modal
OBLIGATION_NOUNS = frozenset({"obligation", "duty", "responsibility"})
OBLIGATION_VERBS = frozenset({"have", "need"})  # "X has/needs to <verb>"
OBLIGATION_PARTICIPLES = frozenset({"oblige", "obligate", "require", "bind", "duty-bound"})
# Prepositions that attach an event to a verb as its cause or time, not as what the verb does.
CAUSE_PREPS = frozenset({"over", "amid", "after", "despite", "following", "about", "because", "before", "since"})
# "make X dependent/conditional on Y doing ...": Y's act becomes a demand
CONDITION_WORDS = frozenset({"dependent", "conditional", "contingent"})
# Verbs of wanting whose infinitive clause has another subject: "expects Russia to withdraw" asks Russia to act.
EXPECTATION_VERBS = frozenset({"expect", "want", "wish", "need"})


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


def _match_frame(token) -> Frame | None:
    lexicon = load_lexicon()
    judgement = lexicon.get((_lemma(token), "E"))
    if judgement:
        clause = _judged_clause(token)
        if clause is not None and _reporting_verb(clause) is not None:
            return judgement[0]
    if token.pos_ == "ADJ" and token.dep_ in ("acomp", "ROOT"):
        pos = "A"
    elif token.pos_ in ("VERB",) or (token.pos_ == "AUX" and token.dep_ != "aux"):
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
            else:
                self.cache[key] = self.actors.unnamed_actor(token)
        return self.cache[key]

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
        if actor is not None and actor.code() is None and not actor.members:
            actor = None
        if actor is None:
            actor = self._np_fallback(token)
        if actor is None and token.dep_ in ("nsubj", "nsubjpass", "pobj") and token.pos_ == "NOUN":
            actor = self._unnamed_by_place(token)
        if actor is None:
            members = [self.actor(c) for c in token.children if c.dep_ == "conj"]
            members = [m for m in members if m is not None]
            if members:
                actor = members[0] if len(members) == 1 else replace(members[0], members=members,
                                                                     name=" and ".join(m.name for m in members))
        if actor is not None and actor.members:
            actor.members = [m for m in actor.members if m.code()]
            if not actor.code() and actor.members:
                actor = replace(actor.members[0], members=actor.members if len(actor.members) > 1 else [])
        return actor if actor is not None and actor.code() else None

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
            if c.dep_ == "prep" and c.lower_ in ("of", "from", "at", "for", "in", "within", "including"):
                ordered += [p for p in c.children if p.dep_ == "pobj"]
        for c in ordered:
            if c.i == token.i:
                continue
            found = self.actors.actor_for_token(c) if c.lower_ not in THIRD_PERSON_GROUP else self._antecedent(c)
            if found is not None and found.code():
                return replace(found, members=[])
            if c.dep_ in ("appos", "pobj"):
                deeper = self._np_fallback(c)
                if deeper is not None:
                    return deeper
        return None

    def _unnamed_by_place(self, token) -> ActorRef | None:
        """"Gunmen stormed a hotel in the Somali city of Beledweyne",
        "security forces in Somalia": an unnamed armed or state actor is coded
        by the country where it acts (the one state the sentence locates
        things in), with the sector its noun says."""
        lemma = _lemma(token)
        sector = UNNAMED_ARMED.get(lemma) or UNNAMED_ARMED.get(token.lower_)
        if sector is None:
            sector = UNNAMED_STATE.get(lemma)
            if sector is None or any(c.dep_ == "poss" for c in token.children):
                return None
        country = self._place_country()
        if country is None:
            return None
        return self._by_place(ActorRef(token.text, country, country=country, sector=sector,
                                       kind="group" if sector in ("UAF", "REB") else "state",
                                       start=token.idx, end=token.idx + len(token.text)))

    def _by_place(self, actor: ActorRef) -> ActorRef:
        """Remember an actor coded only by the country the sentence's places
        give, so _finish can tell it from one the sentence names."""
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
            inner = next((a for a in (self.actor(t) for t in subj.subtree if t.i != subj.i) if a and a.country), None)
            country = inner.country if inner is not None else self._place_country()
        if country is None:
            return None
        return ActorRef(subj.text, country, country=country, sector=sector, kind="group",
                        start=subj.idx, end=subj.idx + len(subj.text))

    def _place_country(self) -> str | None:
        """The single country the sentence's places belong to, else None."""
        if self._place is not False:
            return self._place
        countries = set()
        for ent in self.ents:
            if ent.label_ in ("GPE", "LOC", "NORP"):
                place = geo.lookup(ent.text)
                if place is not None and place.country:
                    countries.add(place.country)
                elif self.actors is not None:
                    actor = self.actors.actor_for_span(ent.start_char, ent.end_char)
                    if actor is not None and actor.country and not actor.org:
                        countries.add(actor.country)
        self._place = countries.pop() if len(countries) == 1 else None
        return self._place

    def _antecedent(self, token) -> ActorRef | None:
        """"it"/"they": as the subject of a complement clause, the subject of
        the clause above ("Russia has informed Norway that it plans ...");
        otherwise the nearest preceding state or organisation mention in this
        or the previous two sentences."""
        if self.actors is None:
            return None
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ in ("ccomp", "advcl") \
                and token.head.head.pos_ in ("VERB", "AUX"):
            matrix = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
            if matrix is not None and matrix.lower_ not in THIRD_PERSON_GROUP | FIRST_PERSON:
                found = self.actor(matrix)
                if found is not None and found.kind != "person":
                    return replace(found, members=[])
        doc = token.doc
        window_start = self.sent.start_char
        prev = self.sent.start - 1
        for _ in range(2):
            if prev < 0:
                break
            window_start = doc[prev].sent.start_char
            prev = doc[prev].sent.start - 1
        best = None
        for m in self.actors.mentions:
            if m.start is None or m.start >= token.idx or m.start < window_start:
                continue
            if m.kind == "person" or not m.code():
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in ("in", "at", "near", "from"):
                continue  # a place, not who acts
            best = m
        return replace(best, members=[]) if best else None

    def _speaker(self) -> ActorRef | None:
        """The subject of the sentence's reporting verb (for "we"/"I" in quotes)."""
        for token in self.sent:
            if token.pos_ == "VERB" and self.wrappers.get((_lemma(token), "V")) == "report":
                for s in _children(token, "nsubj"):
                    if s.lower_ not in FIRST_PERSON:
                        return self.actor(s)
        return None

    def subject(self, verb):
        """(subject token, is_passive) of a verb, inheriting across conjunctions
        and relative clauses."""
        passive = _is_passive(verb)
        subj = None
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
                subj = c
                break
        if passive:
            agent = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
            return agent, subj, True
        if subj is None:
            if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
                return self.subject(verb.head)[0], None, False
            if verb.dep_ == "relcl":
                return verb.head, None, False
            # "Leavitt called Ford's comments ...": the small model hangs a finite verb on the
            # name before it as a clause; the name is its subject
            # (also tagged VBN when it takes an object: "Trump called Canada one of ...")
            if verb.dep_ == "acl" and verb.head.pos_ == "PROPN" and verb.head.i == verb.i - 1 \
                    and verb.head.dep_ == "ROOT" and (verb.tag_ in ("VBD", "VBZ", "VBP") or (
                        verb.tag_ == "VBN" and any(c.dep_ in ("dobj", "oprd", "ccomp") for c in verb.children))):
                return verb.head, None, False
            # "held a sit-in to protest the restrictions": a purpose clause shares the subject
            purpose = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            if (purpose or (verb.dep_ in ("advcl", "acl") and verb.tag_ in ("VBG",))) \
                    and verb.head.pos_ in ("VERB", "AUX"):
                return self.subject(verb.head)[0], None, False
            # "responded by destroying", "after meeting": the subject of the main verb
            if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX") \
                    and verb.head.lower_ in ("by", "after", "before", "while", "in", "without", "through"):
                return self.subject(verb.head.head)[0], None, False
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
            cand = self._candidate(token, frame) if frame is not None else None
            if token.pos_ in ("VERB", "AUX") and (frame is None or frame.pos == "V"):
                cand = self._obligation(token, cand)
            if cand is None and frame is None and token.pos_ == "VERB" and _lemma(token) in EXPECTATION_VERBS:
                cand = self._expectation(token)
            if cand is not None and (_open_question(cand.trigger) or self._opinion_holder(cand)):
                continue
            if cand is not None:
                found.append(self._made_condition(self._demanded_stop(cand)))
                judged = self._judged_act(found[-1])
                if judged is not None:
                    found.append(judged)
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
            subj = _clause_subject(clause)
            return subj is not None and subj.pos_ != "PRON" and self.agent(subj) is None \
                and not any(_match_frame(t) for t in clause.subtree)
        about = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "about")
                 for p in c.children if p.dep_ == "pobj"]
        # "of a looming famine in Sudan": a common noun, no act and no one (its place is no actor here)
        return bool(about) and all(p.pos_ == "NOUN" and _match_frame(p) is None and _lemma(p) not in UNNAMED_ARMED
                                   and _lemma(p) not in UNNAMED_STATE for p in about)

    def _opinion_holder(self, cand: _Candidate) -> bool:
        """"Analysts are raising concerns", "analysts say, continued
        negotiations will be needed": an act without a coded actor that
        analysts, experts or scholars voice or report is their view, no event
        (gold guidelines: opinions of analysts, experts, professors are null)."""
        if cand.source is not None and (cand.source.code() or cand.source.members):
            return False
        trigger = cand.trigger
        clause = trigger if trigger.pos_ in ("VERB", "AUX") else self._governing_verb(trigger)
        holders = [self.subject(clause)[0]] if clause is not None and clause.pos_ in ("VERB", "AUX") else []
        for verb in trigger.ancestors:  # the reporting verbs above the act, or hung on a clause above it
            for v in [verb, *(c for c in verb.children if c.dep_ == "parataxis")]:
                if v.pos_ == "VERB" and self.wrappers.get((_lemma(v), "V")) == "report":
                    holders.append(self.subject(v)[0])
        return any(h is not None and _lemma(h) in OPINION_HOLDERS for h in holders)

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
            if _topic_noun(token):
                return None
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
        if cand.source is None and cand.type in UNNAMED_ACTOR_ACTS and not cand.unrealised \
                and frame.pos in ("V", "N") and _clause_depth(cand.top) <= 1 and not _casualty_count(token) \
                and not (frame.pos == "V" and (_imperative(token) or _thing_subject(self, token))) \
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
        if cand.type in ("REQUEST", "REJECT") and any(
                _lemma(t) in ("comment", "interview", "anonymity") or (t.tag_ == "VBN" and _lemma(t) in ("name", "identify"))
                for t in token.subtree):
            return None  # "requests for comment", "asked not to be named": newsroom routine, no political act
        self._finish(cand)
        if cand.type in ("AID", "COOPERATE") and cand.target is None and (frame.pos == "N" or frame.lemma == "help") \
                and not (cand.type == "COOPERATE" and _with_partner(token)):
            return None  # the manual: these types require a recipient (verbs name theirs implicitly)
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
            return cand
        subj, patient, _ = self.subject(clause)
        subj = subj if clause is verb else patient or subj  # "X is obliged to": the one obliged
        demanded = self.actor(subj) if subj is not None and subj.lower_ not in FIRST_PERSON else None
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
        if not passive and verb.dep_ == "acl" and verb.tag_ == "VBN":
            patient = verb.head  # "a journalist arrested over ..."
        elif not passive:
            return
        elif patient is None and verb.dep_ in ("pcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX", "ADP"):
            # "thanked his supporters after being freed": the one freed is the main subject
            main = verb.head.head if verb.head.pos_ == "ADP" else verb.head
            patient = self.subject(main)[0] if main.pos_ in ("VERB", "AUX") else None
        if patient is None or cand.type not in IMPLIED_AGENT_SECTOR:
            return
        victim = self.agent(patient)
        if victim is None:
            return
        if cand.type == "ASSAULT" and (any(c.dep_ == "nummod" for c in patient.children)
                                       or patient.lower_ in ("people", "civilians", "persons", "others")):
            return
        country = self._place_country()
        sector = IMPLIED_AGENT_SECTOR[cand.type]
        cand.source = self._by_place(ActorRef("", country or "unknown", country=country, sector=sector,
                                              kind="unknown"))
        cand.target = cand.target or victim

    def _patient(self, trigger) -> ActorRef | None:
        """The one acted on when the tables give it no code: the object or
        passive subject of a verb ("arrested a journalist", "he was
        detained", "a journalist arrested over ..."), the possessor or
        "of"-object of a noun ("Navalny's arrest", "the arrest of a
        journalist"), as an unnamed person or group."""
        if trigger.pos_ in ("VERB", "AUX"):
            tokens = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
            if trigger.dep_ == "acl" and trigger.tag_ == "VBN":
                tokens.append(trigger.head)
        else:
            tokens = [c for c in trigger.children if c.dep_ == "poss"]
            tokens += [p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj"]
        for tok in tokens:
            actor = self.agent(tok)
            if actor is not None and actor.code() is None and actor.kind in ("person", "unknown", "group"):
                return actor
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
        for slot in slots:
            if slot == "dobj":
                for d in dobjs:
                    actor = self.actor(d)
                    if _usable(actor, exclude):
                        return actor
            else:
                for holder in [verb, *dobjs]:
                    for p in holder.children:
                        if p.dep_ in ("prep", "agent") and p.lower_ == slot:
                            for obj in p.children:
                                if obj.dep_ in ("pobj",):
                                    actor = self.actor(obj)
                                    if _usable(actor, exclude):
                                        return actor
        clause = _for_clause(verb) if frame.type == "REQUEST" else None
        if clause is not None:  # "called for Russia to reciprocate": the one asked is the clause's subject
            actor = self.actor(_clause_subject(clause))
            if _usable(actor, exclude):
                return actor
        for d in dobjs:  # an actor inside the object phrase
            actor = self._inner_actor(d, exclude)
            if actor is not None:
                return actor
        for d in dobjs:  # "blocked the adoption of documents for an upcoming Russia-NATO meeting"
            for tok in _phrase_tokens(d):
                if tok.i != d.i and tok.pos_ in ("PROPN", "NOUN", "ADJ"):
                    actor = self.actor(tok)
                    if _usable(actor, exclude):
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
                actor = self.actor(obj)
                if _usable(actor, exclude):
                    return actor
        return None

    def _inner_actor(self, noun, exclude: ActorRef | None, depth: int = 0) -> ActorRef | None:
        if depth > 3:
            return None
        for c in noun.children:  # "the allegations made by Pakistan"
            if c.dep_ == "acl" and c.tag_ == "VBN":
                for agent in _children(c, "agent"):
                    actor = self.actor(next((p for p in agent.children if p.dep_ == "pobj"), None))
                    if _usable(actor, exclude):
                        return actor
        for c in noun.children:
            if c.dep_ in ("poss", "compound", "amod", "nmod"):
                actor = self.actor(c)
                if _usable(actor, exclude):
                    return actor
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "of", "against", "on", "to", "toward", "towards", "at",
                                                  "between", "for"):
                for obj in c.children:
                    if obj.dep_ == "pobj":
                        actor = self.actor(obj)
                        if _usable(actor, exclude):
                            return actor
                        inner = self._inner_actor(obj, exclude, depth + 1)
                        if inner is not None:
                            return inner
        return None

    def _noun_event(self, noun, frame: Frame, cand: _Candidate) -> None:
        """Actors of a nominal event ("Russian airstrikes on X", "the
        freeze of Moscow military cooperation with NATO", "imposed sanctions on Z")."""
        source = target = None
        of_actor = None
        if frame.type == "AID" and noun.dep_ == "pobj" and noun.head.lower_ == "for":
            return  # "the need for assistance from Russia" asks for aid, gives none
        for c in noun.children:
            if c.dep_ == "prep" and (c.lower_ == "by" or (c.lower_ == "from" and frame.type in FROM_SOURCE_TYPES)) \
                    and source is None:
                source = self.agent(next((p for p in c.children if p.dep_ == "pobj"), None))
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
        poss = _children(noun, "poss")
        poss_actor = self.agent(poss[0]) if poss else None
        if poss_actor is not None:
            if frame.mode in PATIENT_POSSESSOR_MODES and of_actor is None:
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
        if frame.type == "CONSULT" and source is None and of_actor is not None:
            source, target = of_actor, None
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            holder = noun.head.head
            if source is None and noun.head.lower_ == "for" and _lemma(holder) in ("responsibility", "credit"):
                # "al-Shabab claimed responsibility for the attack": the claimant did it
                verb = self._governing_verb(holder)
                if verb is not None:
                    source = self.agent(self.subject(verb)[0])
                    cand.top = verb
            elif noun.head.lower_ in ("under", "in", "into") and holder.pos_ in ("VERB", "AUX") \
                    and frame.type in IMPLIED_AGENT_SECTOR:
                # "the train came under attack", "he remains in custody": the subject is the one acted on
                subj, patient, passive = self.subject(holder)
                target = target or self.agent(patient if passive else subj)
                if source is None and frame.type in FROM_SOURCE_TYPES:
                    # "came under fire from rights groups": the "from" phrase hung on the verb
                    source = next((self.agent(p) for c in holder.children if c.dep_ == "prep" and c.lower_ == "from"
                                   for p in c.children if p.dep_ == "pobj"), None)
                    if frame.type == "ACCUSE" and _lemma(noun) == "fire" and _armed(source, holder):
                        cand.type, cand.mode = "ASSAULT", "firearms"  # "came under fire from militants"
                if source is None and target is not None:
                    source = ActorRef("", "unknown", sector=IMPLIED_AGENT_SECTOR[frame.type], kind="unknown")
                cand.top = holder
            elif source is None and noun.head.lower_ in ("in", "as") and holder.pos_ in ("VERB", "AUX") \
                    and frame.type in ("PROTEST", "SUPPORT", "ACCUSE", "REJECT"):
                # "hundreds massed in protest of ...", "rallied in support of": the subject acts
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
        if verb is not None and any(t.head.i == verb.i and t.dep_ == "prep" and t.lower_ in CAUSE_PREPS
                                    for t in noun.ancestors):
            verb = None  # "declare an emergency over the abductions": the cause, not what the verb does
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
                    sector = IMPLIED_AGENT_SECTOR.get(frame.type)
                    if source is None and sector and agent is not None:
                        # "faces two charges", "faced arrest": the state's courts or police act on the subject
                        country = self._place_country()
                        source = ActorRef("", country or "unknown", country=country, sector=sector, kind="unknown")
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
            elif cls in ("threaten", "promise", "refuse", "request", "intend", "deny") and noun.dep_ in ("dobj", "pobj"):
                s = self.agent(subj)
                cand.source, cand.target = source, target
                self._apply_wrapper(cls, verb, cand)
                cand.absorbed.add(verb.i)
                if cls not in ("request",):
                    cand.source = s or source
                self._verb_modality(verb, cand)
                cand.top = verb
                self._climb(verb, cand, have_subject=cand.source is not None)
                source, target = cand.source, cand.target
        if any(_lemma(c) in FUTURE_MODIFIERS and c.dep_ == "amod" for c in noun.children):
            cand.future = True
        cand.source, cand.target = source, target
        if cand.top is None:
            cand.top = noun

    # ---------------------------------------------------------------- finishing

    def _finish(self, cand: _Candidate) -> None:
        trigger = cand.trigger
        source_sector = cand.source.sector if cand.source else None
        state_actor = source_sector in STATE_SECTORS or (cand.source and cand.source.kind == "igo")
        if cand.type == "PROTEST" and state_actor:
            # diplomatic protests and boycotts by governments (manual, PROTEST ambiguities)
            cand.type, cand.mode = ("REJECT", "meet") if cand.mode == "boycott" else ("ACCUSE", "disapprove")
        if self._self_directed_by_place(cand):
            # "Russia must be held accountable", "the court regrets the decision of Kenya": the place that
            # coded the unnamed actor is the target itself, and no state accuses, asks or threatens itself
            # (its police and courts acting on people under its jurisdiction keep their code: the target
            # there is a person or group, not the state)
            cand.source = replace(cand.source, country=None, org=None)
        if _domestic_act(cand) and (cand.target is None or cand.target.code() is None):
            patient = self._patient(trigger)
            if patient is not None:
                # "police arrested a journalist", "a court charged him": a state's police and courts act on
                # people under its jurisdiction; an uncoded person or group is coded by that state
                cand.target = ActorRef(patient.text, cand.source.country, country=cand.source.country,
                                       sector=patient.sector or "CVL", kind="unknown", start=patient.start,
                                       end=patient.end)
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
        # Meetings without a host: every participant is an actor (manual, compound actors).
        if cand.type == "CONSULT" and cand.mode != "visit" and cand.target is not None:
            cand.source = _compound(cand.source, cand.target)
            cand.target = None
        inner_type = cand.type
        # Negated concessions are refusals ("will not succumb to pressure").
        if cand.negated and cand.type in ("CONCEDE", "RETREAT") and cand.speech_act != "denial":
            cand.type, cand.mode, cand.negated = "REJECT", "yield", False
        # Future and conditional acts (manual: AGREE, CONCEDE ambiguities; auxiliary modes).
        if cand.future or cand.conditional:
            if cand.type in COOPERATIVE_ACTS:
                cand.type, cand.mode = "AGREE", None
            elif cand.type == "RETREAT":
                cand.type, cand.mode = "CONCEDE", None
            elif cand.type in CONFLICT_MATERIAL and cand.conditional:
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
        if cand.target is not None and cand.source is not None and (
                _same(cand.source, cand.target) or cand.target.code() in {m.code() for m in cand.source.members}):
            cand.target = None


    def _self_directed_by_place(self, cand: _Candidate) -> bool:
        """A verbal act whose actor is coded only by the place, aimed at the
        state of that very place as a whole: not people, office holders
        ("the leaders of Puntland") or groups under its jurisdiction."""
        source, target = cand.source, cand.target
        return (source is not None and target is not None and id(source) in self._placed
                and cand.type in ("ACCUSE", "REQUEST", "THREATEN") and source.country is not None
                and target.country == source.country and target.kind == "state" and not target.org
                and target.sector in (None, "GOV") and target.role is None)


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
    investigations by courts or police, arrest warrants."""
    source = cand.source
    if source is None or not source.country or source.org:
        return False
    if cand.type == "COERCE" or (cand.type, cand.mode) in (("SANCTION", "convict"), ("THREATEN", "arrest")):
        return True
    return cand.type == "ACCUSE" and cand.mode in ("allege", "investigate") and source.sector in ("JUD", "COP")


def _armed(actor: ActorRef | None, holder) -> bool:
    """An armed actor (forces, armed groups, unnamed gunmen) acting through `holder`'s "from" phrase."""
    if actor is not None and actor.sector in ("MIL", "REB", "UAF", "COP"):
        return True
    words = {_lemma(p) for c in holder.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.subtree}
    return bool(words & (set(UNNAMED_ARMED) | {"troop", "soldier", "force", "army", "police", "military"}))


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
    if not cands:
        return []
    ranked = sorted(cands, key=lambda c: (_circumstance(c.trigger), _depth(c.top), c.frame.pos != "V",
                                          _depth(c.trigger), c.trigger.i))
    main = ranked[0]
    chosen = [main]
    for c in ranked[1:]:
        if c.trigger.i == main.trigger.i:
            continue
        independent = any(_coordinated(c.top, k.top) for k in chosen)
        if independent and not any(c.type == k.type and _code(c.source) == _code(k.source) for k in chosen):
            chosen.append(c)
    for c in ranked[1:]:
        if c in chosen or (_code(c.source) is None and not _other_type(c, chosen)):
            continue
        if any(c.trigger.i == k.trigger.i or _key(c) == _key(k) for k in chosen):
            continue
        if any(c.trigger.i in _content(k) for k in chosen):
            continue  # "called for the Taliban to lift the ban": the act asked for is the request's content
        same = next((k for k in chosen if c.type == k.type and _code(c.source) == _code(k.source)
                     and _same_act(c.trigger, k.trigger)), None)
        if same is not None:  # "farmers blocked highways to protest the rules": one protest, told twice
            same.target = same.target if _code(same.target) else c.target or same.target
            same.mode = same.mode or c.mode
            continue
        if c.frame.pos == "N" and _circumstance(c.trigger, causes=True):
            continue  # "withdrew ambassadors over Israel's crackdown": the cause is background
        chosen.append(c)
    return chosen


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
    return _clause_depth(c.top) <= SECONDARY_DEPTH


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
        if not any(t.pos_ in ("VERB", "NOUN") for t in sent):
            continue
        coder = _SentenceCoder(sent, actors, cache, ents)
        chosen = _select(coder.candidates())
        places = _sentence_places(ents) if chosen else []
        for cand in chosen:
            events.append(_to_event(cand, sent, article, places))
    return events


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
    return Event(
        id=event_id(article.id, sent.start_char, cand.type, source_code, target_code, trigger.idx),
        type=cand.type,
        mode=cand.mode,
        cameo=ontology.cameo_for(cand.type, cand.mode, context),
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
