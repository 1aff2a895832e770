"""Evaluative speech: a speaker judging an actor or its act.

The event lexicon codes speech acts whose verb is the act ("accused",
"condemned", "praised", "rejected"). Much criticism and praise is said
without such a verb: a speaker puts an evaluative word on someone or on
something they did ("Trump tweeted that Machado was 'disgusting'", "he called
the ruling 'arbitrary'", '"The insurance model doesn't work here," Clinton
said', "He called Burma a 'good news story'"). The PLOVER manual codes these
as ACCUSE ("criticize, denounce, express disapproval", CAMEO 111) and
SUPPORT ("praise or endorse", CAMEO 051); calling a claim false ("This is
completely false", "the arrest was not a reflection of ...") rejects it
(REJECT).

Three shapes are read off the dependency parse of one sentence:

* naming verbs: "call/label/describe/characterize/brand/dub X (as) Y";
* a reported or quoted clause whose predicate is evaluative: "X is Y",
  "X has become a Y", or a negated function predicate ("doesn't work",
  "makes no sense", "has no idea", "is not credible");
* denials of a claim: "is false / untrue / baseless / a lie", "is not true /
  the case / a reflection of".

Evaluative words come from ``data/judgements.tsv``. A judgement needs a
speaker (the subject of the naming verb, of a reporting verb above the
clause, or the speaker of a quotation), and the evaluative word must be the
judged clause's predicate: "the dangerous road" or "a historic building" in
a neutral report are no one's judgement. The judged one is the actor of the
clause's subject (or of the naming verb's object); "this", "it" or an act noun
("the move", "the system") with no actor of its own stand for an act, whose
doer the document-level step in events.py (``_judged_target``, through
:func:`judged_subjects`) looks up; an extraposed "it" ("it is regrettable that
Russia ...") stands for its clause's subject.

The hook (:func:`with_judgements`, called once per sentence by the event
coder) adds these events only for clauses no stronger event comes from, and
reads the event lexicon's own judgement words (pos E in verbs.tsv) the same
way: nobody's under a negated reporting verb, nobody's when said of a thing
("the weather was terrible"), a claim called a lie is rejected.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass, replace
from pathlib import Path

from newsevents.syntax import children as _children, lemma as _lemma

DATA_DIR = Path(__file__).resolve().parent / "data"

# Verbs that put a name on something: the subject judges the object with the complement.
NAMING_VERBS = frozenset({"call", "label", "describe", "characterize", "characterise", "brand", "dub", "term",
                          "deem", "portray", "depict", "paint", "hail", "tout", "dismiss", "decry", "denounce",
                          "slam", "blast", "criticize", "criticise", "condemn", "praise", "consider", "regard",
                          "view", "see", "recognize", "recognise"})
# Naming verbs that are judgements by themselves (the lexicon codes them): only their complement's
# polarity is new here, and only a positive one ("hailed the deal as historic" is praise anyway).
JUDGING_VERBS = frozenset({"dismiss", "decry", "denounce", "slam", "blast", "criticize", "criticise", "condemn",
                           "praise", "hail", "tout"})
# Verbs whose complement takes "as" rather than a bare predicative ("described the move as reckless").
AS_VERBS = frozenset({"describe", "characterize", "characterise", "portray", "depict", "paint", "hail", "tout",
                      "dismiss", "decry", "denounce", "slam", "blast", "criticize", "criticise", "condemn",
                      "praise", "regard", "view", "see", "label", "brand", "recognize", "recognise"})
COPULAS = frozenset({"be", "remain", "become", "seem", "appear", "look", "sound", "prove"})
# Verbs whose object is predicated of their subject: "the move constitutes a violation", "marks a step forward"
OBJECT_COPULAS = frozenset({"constitute", "represent", "mark"})
# Verbs that keep the words under them unsaid ("declined to say it was ...", "wants to say ...")
UNSAID = frozenset({"decline", "refuse", "ask", "want", "hope", "wish", "fail", "hesitate", "try"})
QUOTE_MARKS = ('"', "\u201c", "\u201d")
NEGATIONS = frozenset({"not", "n't", "never", "no", "nothing", "hardly"})
FIRST_PERSON = frozenset({"i", "we", "me", "us", "myself", "ourselves"})
# What stands for an act or an arrangement someone made: judged with no actor of its own, its doer is
# found from the report ("the move", "this", "the system").
ACT_WORDS = frozenset({"this", "that", "it", "move", "decision", "step", "action", "measure", "ruling", "verdict",
                       "order", "act", "law", "policy", "operation", "campaign", "crackdown", "case", "plan",
                       "proposal", "deal", "agreement", "accord", "bill", "legislation", "program", "programme",
                       "system", "model", "approach", "strategy", "reform", "regulation", "rule", "ban",
                       "sanction", "tariff", "resolution", "statement", "remark", "comment", "behavior",
                       "behaviour", "conduct", "treatment", "detention", "arrest", "prosecution", "trial",
                       "charge", "election", "vote", "referendum", "response", "attack", "strike", "invasion",
                       "occupation", "blockade", "war", "announcement", "offer", "demand", "condition",
                       "situation", "idea", "travel", "visit", "talks", "process", "negotiation", "abuse",
                       "aggression", "provocation", "violation", "annexation", "bombing", "shelling", "killing",
                       "raid", "incursion", "interference", "meddling", "escalation", "assault", "siege"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# What is called false: a claim, or the pronoun standing for one.
CLAIM_WORDS = frozenset({"this", "that", "it", "claim", "comment", "remark", "description", "characterization",
                         "characterisation", "portrayal", "depiction", "article", "coverage", "reporting", "figure",
                         "number", "data", "testimony", "allegation", "accusation", "charge", "assertion", "report",
                         "statement", "story", "rumor", "rumour", "suggestion", "insinuation", "narrative", "account",
                         "assessment", "conclusion", "finding", "everything", "all", "notion", "idea",
                         "theory", "version", "information", "news"})
# What a speaker's words come in: "issued a statement calling X 'misleading'"
STATEMENT_NOUNS = frozenset({"statement", "letter", "tweet", "post", "note", "speech", "interview", "release",
                             "communique", "editorial", "op-ed", "message", "remark", "comment", "column", "video"})
# "it is troubling to see X ...": the one seen is the one judged
PERCEPTION_VERBS = frozenset({"see", "watch", "hear", "witness", "learn", "read", "find", "know"})
# Verbs whose that-clause a quoted speaker asserts through someone else's deed: '"X has made clear it would
# not be a credible partner," Y said', "this shows the plan is a failure" -- the judgement is Y's.
SHOWING_VERBS = frozenset({"show", "demonstrate", "prove", "reveal", "confirm", "indicate", "mean", "underline",
                           "underscore", "illustrate", "expose", "highlight"})
# Dependents that are no part of an evaluative phrase.
# Things and natural events that are no one's act: calling them a disaster, a tragedy or a success judges no
# actor ("the storm was described as a disaster", "the race ended in what he called a mess").
NATURAL_THINGS = frozenset({
    "storm", "hurricane", "cyclone", "typhoon", "tornado", "flood", "flooding", "earthquake", "quake", "tsunami",
    "drought", "wildfire", "bushfire", "fire", "blaze", "heatwave", "heat", "weather", "rain", "rainfall", "snow",
    "snowstorm", "winter", "summer", "season", "harvest", "landslide", "mudslide", "avalanche", "eruption",
    "volcano", "climate", "outbreak", "epidemic", "pandemic", "virus", "disease", "illness", "accident", "crash",
    "traffic", "race", "game", "match", "tournament", "film", "movie", "book", "novel", "song", "album", "show",
    "outfit", "dress", "food", "meal", "view", "scenery", "landscape", "road", "building", "weekend", "night",
    "day", "year", "month", "week", "morning", "evening"})
_SKIPPED_DEPS = frozenset({"det", "punct", "predet", "poss", "case", "nummod", "neg", "quantmod"})


@dataclass(frozen=True)
class Judgement:
    """One row of data/judgements.tsv."""
    words: tuple[str, ...]  # lemmas of the phrase
    pos: str  # A | N | V (evaluative only when negated)
    polarity: str  # negative | positive | false | true
    strength: int  # 2: judges by itself; 1: only when negated
    mode: str | None  # ACCUSE mode


@functools.lru_cache(maxsize=1)
def load_judgements() -> dict[str, list[Judgement]]:
    """Every word of an evaluative phrase -> the rows holding it (longest phrase first)."""
    text = (DATA_DIR / "judgements.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    index: dict[str, list[Judgement]] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        # (determiners are no part of the phrase as matched: "a slap in the face" = slap, in, face)
        words = tuple(w for w in row["phrase"].replace("-", " ").split() if w not in ("a", "an", "the", "any"))
        entry = Judgement(words, row["pos"], row["polarity"], int(row["strength"]),
                          row["mode"] or None)
        for word in set(entry.words):
            index.setdefault(word, []).append(entry)
    for entries in index.values():
        entries.sort(key=lambda e: -len(e.words))
    return index


def _phrase_tokens(head) -> list:
    """The content tokens of a predicate phrase around its head, in text order: "a 'good news story' in
    an era" -> good, news, story, in, era (determiners, quotes and possessors left out); its siblings
    count too, for the small model splits "a non-starter" into two predicates."""
    near = {t.i for t in head.subtree} | {t.i for s in head.head.children if s.dep_ in ("attr", "acomp")
                                          for t in s.subtree}
    return [t for t in head.sent if abs(t.i - head.i) <= 4 and t.i in near and t.dep_ not in _SKIPPED_DEPS
            and not t.is_punct and t.dep_ not in ("relcl", "acl")]


def _contains(tokens, words: tuple[str, ...], head) -> bool:
    """The phrase's words stand one after another among the tokens, the head among them (hyphenated
    words count by their parts: "non-starter" = non, starter)."""
    pieces = []  # (lemma, form, token index)
    for t in tokens:
        if "-" in t.lower_.strip("-"):
            pieces += [(part, part, t.i) for part in t.lower_.split("-") if part]
        else:
            pieces.append((_lemma(t), t.lower_, t.i))
    n = len(words)
    for i in range(len(pieces) - n + 1):
        window = pieces[i:i + n]
        if all(w in window[k][:2] for k, w in enumerate(words)) and any(p[2] == head.i for p in window):
            return True
    return False


def _entries(token) -> list[Judgement]:
    """The lexicon rows holding the token's lemma or its written form ("con" is lemmatised "con" or "conn")."""
    index = load_judgements()
    rows = []
    for key in (_lemma(token), token.lower_, *token.lower_.split("-")):
        rows += [e for e in index.get(key, ()) if e not in rows]
    return rows


def evaluative_word(head) -> tuple[object, Judgement] | None:
    """(token, row) when the predicate phrase headed by `head` is evaluative: the head in a lexicon
    phrase ("a step backwards", "a good news story", "disgusting"), or an evaluative adjective on a
    neutral head noun ("a crazy system", "a historic step")."""
    tokens = _phrase_tokens(head)
    for entry in _entries(head):
        if entry.pos != "V" and _contains(tokens, entry.words, head):
            return head, entry
    if head.pos_ in ("NOUN", "PROPN"):
        for mod in _children(head, "amod"):
            for entry in _entries(mod):
                if entry.pos == "A" and len(entry.words) == 1:
                    return mod, entry
    return None


def _negated(*tokens) -> bool:
    """A negation on the clause or the predicate: "is not credible", "makes no sense", "has no idea"."""
    for token in tokens:
        for c in token.children:
            if c.dep_ == "neg" or (c.lower_ in NEGATIONS and c.dep_ in ("advmod", "det")):
                return True
    return False


def _function_predicate(verb) -> Judgement | None:
    """A negated verb of working or making sense: "doesn't work", "makes no sense", "has no idea",
    "won't solve the problem", "is not going to achieve the goal"."""
    index = load_judgements()
    lemma = _lemma(verb)
    tokens = sorted([verb, *(t for c in verb.children if c.dep_ in ("dobj", "prt", "prep", "attr", "advmod", "dative")
                             for t in c.subtree if t.dep_ not in _SKIPPED_DEPS)], key=lambda t: t.i)
    for entry in index.get(lemma, ()):
        if entry.pos == "V" and entry.words[0] == lemma and _contains(tokens, entry.words, verb):
            return entry
    return None


@dataclass
class Finding:
    """An evaluative predicate found in a sentence: what it says, about whom, and who says it."""
    word: object  # the evaluative token (the event's trigger)
    entry: Judgement
    negated: bool
    clause: object  # the judged clause's head (copula or verb), or the naming verb
    judged: object  # the judged token: the clause's subject or the naming verb's object
    named: bool  # said with a naming verb
    fallback: object = None  # an extraposed "it", judged as an act when its clause's subject is no actor


def verdict(finding: Finding) -> str | None:
    """The PLOVER type a judgement carries: ACCUSE, SUPPORT, REJECT, or None ("not illegal", "not a
    success story" exonerate or judge nothing)."""
    entry, negated = finding.entry, finding.negated
    claim = finding.judged is not None and _lemma(finding.judged) in CLAIM_WORDS
    if entry.polarity == "true":
        return "REJECT" if negated else None
    if entry.polarity == "false":
        if negated:
            return None
        return "REJECT" if claim else "ACCUSE"
    if entry.polarity == "negative":
        return None if negated else "ACCUSE"
    if negated:
        return "ACCUSE"
    return "SUPPORT" if entry.strength >= 2 else None


def _predicates(clause):
    """The predicate heads of a copular clause, coordinated ones included ("was 'disgusting' and 'a con'");
    "constitutes / represents / marks a Y", "amounts to a Y" predicate the same way."""
    if _lemma(clause) in OBJECT_COPULAS:
        heads = _children(clause, "dobj")
    elif _lemma(clause) == "amount":
        heads = [p for c in _children(clause, "prep") if c.lower_ == "to" for p in _children(c, "pobj")]
    else:
        heads = _children(clause, "acomp", "attr", "oprd")
    heads += [c for h in heads for c in h.conjuncts if c.i > h.i]
    # the small model often hangs a second predicate on the copula itself ("was disgusting and a con")
    heads += [c for c in _children(clause, "conj") if c.pos_ in ("NOUN", "ADJ") and not _children(c, "nsubj")]
    return heads


def _extraposed_subject(clause, head):
    """What an extraposed "it" stands for, by its subject: "it is regrettable that he hasn't ..." -> he,
    "it is troubling to see Obama turning a deaf ear ..." -> Obama, "it is unacceptable for Russia to
    attack ..." -> Russia; the clause itself when it has no subject ("it is dangerous to travel"), so that
    nobody is judged; None when there is no such clause."""
    extraposed = next((c for c in [*head.children, *clause.children] if c.i > head.i
                       and c.dep_ in ("ccomp", "xcomp", "advcl") and c.pos_ in ("VERB", "AUX")), None)
    if extraposed is None:
        return None
    verb = extraposed
    for _ in range(3):
        subject = next(iter(_children(verb, "nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        inner = next(iter(_children(verb, "ccomp", "xcomp")), None)  # "to see Obama turning ..."
        if inner is None or _lemma(verb) not in PERCEPTION_VERBS:
            break
        verb = inner
    return extraposed


def clause_findings(clause) -> list[Finding]:
    """Evaluative predicates of one clause: "X is/was/has become Y" and negated function verbs."""
    holder = clause.head if clause.dep_ == "xcomp" and not _children(clause, "nsubj", "csubj") else clause
    subject = next(iter(_children(holder, "nsubj", "csubj")), None)  # ("X is not going to work")
    if subject is None:
        return []
    out = []
    if _lemma(clause) in COPULAS | OBJECT_COPULAS | {"amount"}:
        for head in _predicates(clause):
            hit = evaluative_word(head)
            if hit is not None:
                negated = _negated(clause, head)
                judged = _extraposed_subject(clause, head) if subject.lower_ == "it" else None
                if judged is None or judged.pos_ in ("VERB", "AUX"):
                    out.append(Finding(hit[0], hit[1], negated, clause, judged or subject, False))
                else:  # "it is regrettable that he ...": him, else the act "it" stands for
                    out.append(Finding(hit[0], hit[1], negated, clause, judged, False, fallback=subject))
                break
    elif clause.pos_ in ("VERB", "AUX"):
        entry = _function_predicate(clause)
        # "is not going to work": the negation sits on "going"
        going = clause.head if clause.dep_ == "xcomp" and _lemma(clause.head) == "go" else None
        if entry is not None and _negated(clause, *(_children(clause, "dobj")), *([going] if going else [])):
            out.append(Finding(clause, entry, True, holder, subject, False))
    return out


def naming_findings(verb) -> list[Finding]:
    """"called Obamacare a 'crazy system'", "characterized the conditions as 'inhumane'", "described
    the move as a provocation", "He called Burma a 'good news story'": the object judged with the
    complement."""
    if _lemma(verb) not in NAMING_VERBS or verb.pos_ != "VERB":
        return []
    objects = _children(verb, "dobj", "nsubjpass")
    complements = _children(verb, "oprd", "xcomp", "attr")
    if _passive(verb):  # "has been branded a sham": the one named is the subject, the name its object
        objects, complements = _children(verb, "nsubjpass"), complements + _children(verb, "dobj")
    for prep in _children(verb, "prep"):
        if prep.lower_ == "as":
            complements += _children(prep, "pobj", "amod", "acomp")  # ("as 'inhumane'" is often an amod)
    for obj in objects:
        for prep in _children(obj, "prep"):
            if prep.lower_ == "as":
                complements += _children(prep, "pobj", "amod")
        complements += _children(obj, "appos")
    for c in _children(verb, "ccomp"):  # "calls it/nsubj a disaster/attr", parsed as a small clause
        if _children(c, "nsubj") and _lemma(c) in COPULAS | {"call"}:
            objects += _children(c, "nsubj")
            complements += _children(c, "attr", "acomp", "oprd")
    if objects and not complements and _lemma(verb) not in AS_VERBS:
        # "calls Obamacare 'crazy system'": the name and the judgement read as one noun phrase
        obj = objects[0]
        named = [c for c in obj.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.i < obj.i]
        if named and _children(obj, "amod"):
            objects, complements = named, [obj]
    if not objects and _lemma(verb) in AS_VERBS and verb.dep_ == "relcl":
        objects = [verb.head]  # "conditions that Gallagher characterized as 'inhumane'"
    if not objects and not complements:
        return []
    if not objects and verb.dep_ == "relcl":
        objects = [verb.head]
    complements += [c for h in complements for c in h.conjuncts if c.i > h.i]
    for head in complements:
        hit = evaluative_word(head)
        if hit is not None and objects:
            # "what he called Obama's 'utter failure'": the name itself says whose
            judged = head if objects[0].lower_ in ("what", "whatever") else objects[0]
            return [Finding(hit[0], hit[1], _negated(head), verb, judged, True)]
    return []


def _passive(verb) -> bool:
    return bool(_children(verb, "auxpass")) or (verb.tag_ == "VBN" and bool(_children(verb, "nsubjpass")))


def _passive_namer(verb):
    """Who names in a passive: the by-phrase on the verb or on the name ("branded a sham by the
    minister")."""
    for holder in [verb, *_children(verb, "dobj", "oprd", "attr")]:
        for c in holder.children:
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and holder is not verb):
                return next(iter(_children(c, "pobj")), None)
    return None


def modifier_findings(noun) -> list[Finding]:
    """"This dangerous abuse must be rejected", "we will end this illegal occupation": a speaker's
    condemning word on an act it points back to (a demonstrative on an act noun) judges the act."""
    from newsevents.events import load_lexicon

    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in noun.children):
        return []
    if _lemma(noun) not in ACT_WORDS and not load_lexicon().get((_lemma(noun), "N")):
        return []
    clause = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    for mod in _children(noun, "amod"):
        entry = next((e for e in _entries(mod) if e.pos == "A" and e.polarity == "negative" and e.strength >= 2
                      and len(e.words) == 1), None)
        if entry is not None and clause is not None:
            return [Finding(mod, entry, False, clause, noun, False)]
    return []


def naming_speaker(coder, verb):
    """Who names: the naming verb's subject, else for "issued a statement calling the article
    'misleading'" the one whose statement it is."""
    subject = _passive_namer(verb) if _passive(verb) else coder.subject(verb)[0]
    if subject is None and verb.dep_ in ("acl", "advcl") and verb.head.pos_ == "NOUN" \
            and _lemma(verb.head) in STATEMENT_NOUNS:
        statement = verb.head
        subject = next(iter(_children(statement, "poss")), None)
        if subject is None and statement.dep_ in ("dobj", "pobj"):
            holder = statement.head if statement.dep_ == "dobj" else statement.head.head
            subject = coder.subject(holder)[0] if holder.pos_ in ("VERB", "AUX") else None
    return coder.actor(subject) if subject is not None else None


# ------------------------------------------------------------------ events from judgements
# (events.py imports this module; the event classes are taken from it at call time to keep the import
# graph one-way at load time)


def _speech(coder, clause, word):
    """(top, speaker) of a judged clause: the subject of the reporting verb above it ("X said (that)
    <clause>", "<clause>, X said"), else the speaker of the quotation it stands in; (None, None) when
    the clause is the reporter's own words."""
    from newsevents import events

    reporting = events._reporting_verb(clause)
    wrappers = events.load_wrappers()
    if reporting is None and clause.dep_ == "advcl" and wrappers.get((_lemma(clause.head), "V")) == "report" \
            and any(c.lower_ == "that" for c in clause.children):
        reporting = clause.head  # "Trump tweeted that X was ...": the small model's adverbial that-clause
    if reporting is None:  # "The proposal, the minister said, makes no sense"
        reporting = next((c for c in clause.children if c.dep_ == "parataxis" and c.pos_ == "VERB"
                          and wrappers.get((_lemma(c), "V")) == "report"), None)
    for prep in _children(clause, "prep"):
        if reporting is None and prep.lower_ == "according":  # "..., according to the minister"
            source = next((p for to in _children(prep, "prep") for p in _children(to, "pobj")), None)
            if source is not None:
                return clause, coder.actor(source)
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
        return None, None  # "declined to say whether it was a violation": a question, not a judgement
    shower = reporting if reporting is not None else clause.head if clause.dep_ == "ccomp" else None
    if shower is not None and (_lemma(shower) in SHOWING_VERBS or (_lemma(shower) == "make" and any(
            c.lower_ in ("clear", "plain", "obvious") for c in shower.doc[shower.i + 1:clause.i]))):
        top, speaker = _speech(coder, shower, word)  # whoever says the deed shows it
        if speaker is not None:
            return top, speaker
    if reporting is not None:
        if _negated(reporting) or (reporting.dep_ == "xcomp" and _lemma(reporting.head) in UNSAID):
            return None, None  # "we do not believe that it was illegal", "refused to say it was a mistake"
        subject = coder.subject(reporting)[0]
        if subject is not None and subject.lower_ in FIRST_PERSON and events._quoted(reporting):
            return reporting, coder._speaker()  # '"I think it is a disaster," X said'
        return reporting, coder.actor(subject)
    if events._quoted(word) and events._main_clause(clause):
        return clause, coder._speaker()
    if events._main_clause(clause) and not any(t.text in QUOTE_MARKS for t in coder.sent):
        return clause, _open_quotation_speaker(coder)
    return None, None


def _open_quotation_speaker(coder):
    """The speaker of a quotation a sentence without quotation marks stands in the middle of
    ('"How many times ...?" Clinton said. "In Tulsa, an unarmed man ... This is just unbearable. And
    ...": an odd number of marks before it in its paragraph): the subject of the latest reporting
    verb before it in the paragraph."""
    sent, doc = coder.sent, coder.sent.doc
    text = doc.text
    paragraph = text.rfind("\n", 0, sent.start_char) + 1
    if sum(text.count(mark, paragraph, sent.start_char) for mark in QUOTE_MARKS) % 2 == 0:
        return None
    earlier = sent
    for _ in range(3):
        if earlier.start == 0 or earlier.start_char <= paragraph:
            return None
        earlier = doc[earlier.start - 1].sent
        speaker = coder._reporter(earlier)
        if speaker is not None:
            return speaker
    return None


def _judged_actor(coder, finding: Finding, speaker, kind: str):
    """(target, ok): the actor judged -- the judged token's own actor or one named in its phrase
    ("the attitude of several NATO members"); an act word ("this", "the move") with no actor stands
    for an act whose doer the document step finds (ok, no target); anything else ("the weather",
    the speaker itself) is no judgement of an actor (not ok)."""
    target, ok = _actor_judged(coder, finding, speaker, kind)
    if not ok and finding.fallback is not None:
        return _actor_judged(coder, replace(finding, judged=finding.fallback), speaker, kind)
    return target, ok


def _actor_judged(coder, finding: Finding, speaker, kind: str):
    judged = finding.judged
    if judged.lower_ in FIRST_PERSON:
        return None, False  # "we are ready", "I am proud": the speaker on itself
    if natural_thing(judged):
        return None, False  # "called the storm a disaster": a thing, no one's act, whoever is in it
    relative = next((a for a in judged.ancestors if a.dep_ == "relcl"), None)
    if judged.lower_ in ("that", "which", "who") and relative is not None:
        judged = relative.head  # "a case that rights groups say is politically motivated"
    if judged.pos_ in ("VERB", "AUX") and judged.dep_ != "csubj":
        return None, False  # "it is dangerous to travel to Syria": a judgement of a doing nobody named
    # ("this"/"that" stand for what was just done or said, not for an actor named before)
    target = coder.actor(judged) if judged.lower_ not in ("this", "that") else None
    if target is None and judged.lower_ not in ("this", "that"):  # "the attitude of several NATO members"
        target = next((a for a in (coder.actor(t) for t in judged.subtree if t.pos_ in ("PROPN", "NOUN", "PRON"))
                       if a is not None and a.code() and not _same_actor(a, speaker)), None)
    if target is not None and (target.code() or target.members):
        if not _same_actor(target, speaker):
            return target, True
        # "'It doesn't make any sense,' the minister said": "it" is an act, not the speaker
        return None, judged.lower_ in ("it", "this", "that") and kind != "SUPPORT"
    if kind == "SUPPORT":  # praise needs someone praised, or a cooperative act whose doer the document names
        return None, not finding.named and _praised_act(judged)
    if finding.named:
        return None, True  # "calls Obamacare a 'crazy system'": naming is judging, whoever is behind it
    words = ACT_WORDS | (CLAIM_WORDS if kind == "REJECT" else frozenset())  # "the report does not reflect reality"
    return None, _lemma(judged) in words or judged.lower_ in words or judged.dep_ == "csubj"


def natural_thing(noun) -> bool:
    """A thing or natural event, no one's act ("the storm", "the flooding"); not when an "of" phrase says
    whose acts it is made of ("the epidemic of police officers killing unarmed people")."""
    return _lemma(noun) in NATURAL_THINGS and not any(p.lower_ == "of" for p in _children(noun, "prep"))


def _praised_act(noun) -> bool:
    """"the release", "the move", "this": an act praise can be aimed at (its doer found by the document step)."""
    from newsevents.events import PRAISED_ACTS, load_lexicon

    if noun.lower_ in ("this", "it", "that") or _lemma(noun) in ACT_WORDS:
        return noun.dep_ == "nsubj"
    return noun.pos_ == "NOUN" and any(f.type in PRAISED_ACTS for f in load_lexicon().get((_lemma(noun), "N"), ()))


def judged_subjects(trigger) -> list:
    """The subject a judgement word is predicated of ("the move was unacceptable", "this is
    unbearable", "the model doesn't work"), for the document step that finds who did a judged act."""
    if trigger.dep_ == "amod" and trigger.head.dep_ in ("acomp", "attr"):
        trigger = trigger.head  # "this is an encouraging step"
    elif trigger.dep_ == "amod" and any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in trigger.head.children):
        return [trigger.head]  # "this dangerous abuse": the act itself
    clause = trigger.head if trigger.dep_ in ("acomp", "attr") and _lemma(trigger.head) in COPULAS else trigger
    if clause.pos_ not in ("VERB", "AUX"):
        return []
    return _children(clause, "nsubj")


def _same_actor(a, b) -> bool:
    """One actor twice: the same mention or the same name. (Two people of one country are two sides of
    a domestic quarrel -- "Trump tweeted that Machado was 'disgusting'" -- so a shared code is not enough.)"""
    if a is None or b is None:
        return False
    return (a.start is not None and a.start == b.start) or a.name == b.name


def _frame(word, kind: str, mode: str | None):
    from newsevents.events import Frame

    return Frame(_lemma(word), "E", kind, mode, None, frozenset(), frozenset(), frozenset(), frozenset(),
                 False, False, False, False, (), None)


def _covered(finding: Finding, top, found) -> bool:
    """A stronger event of the same clause is already coded: on the evaluative word, the judged clause,
    the naming or reporting verb ("warned that ...", "accused X of being ...")."""
    own = {finding.word.i, finding.clause.i} | ({top.i} if top is not None else set())
    if top is not None and top.dep_ in ("advcl", "conj", "xcomp") and top.tag_ == "VBG":
        own.add(top.head.i)  # "rejected the warrant, saying it was politically motivated": the reason given
    for cand in found:
        if cand.trigger.i in own or cand.absorbed & own:
            return True
        if cand.frame.pos == "E" and cand.top is not None and cand.top.i in own:
            return True
    return False


def _settle_lexicon_judgements(coder, found: list) -> list:
    """The event lexicon's own judgement words (pos E in verbs.tsv) read as this module reads its own:
    under a negated reporting verb they are nobody's judgement ("did not say it was a mistake"); on a
    copula with nobody judged, an extraposed "it" names its actor in the clause it stands for ("it is
    troubling to see Obama ..."), and a thing that is no one's act ("the weather was terrible", "the
    road is dangerous") judges nobody; a claim called a lie is rejected."""
    kept = []
    for cand in found:
        word = cand.trigger
        if cand.frame.pos == "V" and cand.type in ("ACCUSE", "SUPPORT", "REJECT") and _lemma(word) in NAMING_VERBS \
                and _passive(word) and not _children(word, "prt"):
            # "the storm was described as a disaster by the residents", "the Russian referendum was
            # described as a failure": a passive naming is the judgement of its by-agent, else of the
            # speaker reporting it -- never of an actor inside the thing named.
            if any(natural_thing(t) for t in _children(word, "nsubjpass")):
                continue  # "the storm in Athens was described as a disaster": no one's act is judged
            namer = _passive_namer(word)
            if namer is None:
                speaker = _speech(coder, word, word)[1]
                if speaker is None:
                    continue
                cand.source = speaker
            elif cand.source is None or not cand.source.start <= namer.idx < max(cand.source.end, 1):
                continue
        if cand.frame.pos == "V" and cand.type in ("ACCUSE", "SUPPORT") and _lemma(word) in NAMING_VERBS \
                and any(natural_thing(t) for t in _children(word, "dobj")):
            continue  # "residents described the flood as a catastrophe"
        if cand.frame.pos == "E" and cand.top is not None and cand.top.i != word.i and cand.top.pos_ == "VERB" \
                and _negated(cand.top) and word.i in {t.i for t in cand.top.subtree}:
            continue  # "did not say the sanctions were a mistake", "we do not believe it was illegal"
        if cand.frame.pos == "E" and cand.target is None and word.dep_ in ("acomp", "attr") \
                and _lemma(word.head) in COPULAS:
            subject = next(iter(_children(word.head, "nsubj")), None)
            judged = _extraposed_subject(word.head, word) if subject is not None and subject.lower_ == "it" else None
            finding = Finding(word, Judgement((_lemma(word),), "A", "negative", 2, None), False, word.head,
                              judged or subject, False) if subject is not None else None
            if finding is not None:
                target, ok = _judged_actor(coder, finding, cand.source, cand.type)
                if not ok:
                    continue
                cand.target = target
        if cand.frame.pos == "E" and cand.type == "ACCUSE" and word.dep_ in ("acomp", "attr") \
                and any(e.polarity == "false" for e in _entries(word)) \
                and any(_lemma(s) in CLAIM_WORDS for s in _children(word.head, "nsubj")):
            cand.type, cand.mode = "REJECT", None  # "the accusations were a lie": a claim rejected
        kept.append(cand)
    return kept


def with_judgements(coder, found: list) -> list:
    """A sentence's candidates with its evaluative speech (see the module docstring): ACCUSE on what a
    speaker calls bad, SUPPORT on whom it praises, REJECT on a claim it calls untrue, for clauses no
    stronger event comes from. `coder` is the events module's sentence coder (its actors and
    speakers), `found` its candidates."""
    from newsevents.events import _Candidate, _code

    found = _settle_lexicon_judgements(coder, found)
    out = []
    for token in coder.sent:
        if token.pos_ == "NOUN":
            findings = modifier_findings(token)
        elif token.pos_ in ("VERB", "AUX"):
            findings = naming_findings(token) or clause_findings(token)
        else:
            continue
        for finding in findings:
            kind = verdict(finding)
            if kind is None:
                continue
            if finding.named:
                if _lemma(token) in JUDGING_VERBS and kind != "SUPPORT":
                    continue  # "denounced X as ...": the verb's own ACCUSE
                top, speaker = token, naming_speaker(coder, token)
                if speaker is None and _passive(token) and _passive_namer(token) is None:
                    # "X said the referendum was described as a failure", "arguing that it should be
                    # recognized as 'intolerable'": the passive naming is the reporting speaker's
                    top, speaker = _speech(coder, token, finding.word)
            else:
                top, speaker = _speech(coder, finding.clause, finding.word)
            if speaker is None or not (_code(speaker) or speaker.members) or _covered(finding, top, found):
                continue
            target, ok = _judged_actor(coder, finding, speaker, kind)
            if not ok:
                continue
            mode = (finding.entry.mode or "disapprove") if kind == "ACCUSE" else None
            trigger = token if finding.named else finding.word
            cand = _Candidate(trigger, _frame(finding.word, kind, mode), kind, mode, source=speaker,
                              target=target, top=top)
            coder._verb_modality(finding.clause, cand)
            if cand.conditional or cand.unrealised:
                continue
            if cand.negated and not finding.negated:
                continue  # "did not call it a disaster"
            cand.negated = cand.future = False  # the negation is the judgement's content ("doesn't work")
            out.append(cand)
    return found + out
