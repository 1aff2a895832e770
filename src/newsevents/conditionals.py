"""Threats, demands and promises said through conditions and modals.

The event lexicon codes speech acts whose verb is the act ("threatened",
"demanded", "promised"). English often states them without such a verb, by
a condition or a modal on an act (PLOVER manual: THREATEN "announced future
coercive act, often conditional"; REQUEST "demand or appeal for another
actor to act"; AGREE "promise"):

* coercion announced under a condition: "if / unless / in case / in the
  event that / should X (not) do Y, we will impose costs / sanctions /
  respond / act", "will take any measures necessary to prevent X from ...,
  including reimposing sanctions" -> THREATEN by the one who would act,
  aimed at the one whose move is the condition (or whom the act would hit);
* consequences foretold to another: "X will pay a (heavy) price", "X would
  face consequences if ..." said by a speaker -> THREATEN speaker -> X;
* what a state says it will not allow or tolerate ("will not allow violent
  disturbances", "will never allow Taiwan to declare independence") and vows
  of forceful enforcement ("vowed to enforce law and order decisively")
  -> THREATEN;
* an act withheld until another side moves ("will not be able to continue
  business as usual with Russia until Moscow withdraws") -> REQUEST of that
  side (the reference guidelines' "Points of the manual that needed
  interpreting");
* a conditional promise to obtain someone's release ("said he would be able
  to secure X's release if he were reelected") -> AGREE, conditional;
* "X must understand that they will get nowhere with impositions": no demand
  but the speaker's refusal of X's pressure (REJECT).

Forecasts ("prices will rise if ..."), modals about the speaker's own side
("we must work harder") and hypotheticals about nature give no event: every
rule needs a coercive or cooperative act named by the words listed here, a
coded actor acting and, for foretold consequences, someone other than the
speaker to suffer them.

The hook (:func:`with_conditionals`, called once per sentence by the event
coder after its own candidates) recodes candidates and adds new ones.
"""

from __future__ import annotations

from newsevents.syntax import children as _children, lemma as _lemma

# Subordinators of a condition beyond "if"/"unless" (which the event coder reads itself).
CONDITION_MARKS = frozenset({"if", "unless"})
# "Should X attack, ...", "Were X to attack, ...", "Had X attacked, ...": an inverted auxiliary opens a condition.
INVERTED_CONDITION_AUX = frozenset({"should", "were", "had"})
# Auxiliaries that put an act in the future or make it hypothetical.
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "would", "wo", "'d"})
IRREALIS_MODALS = FUTURE_MODALS | frozenset({"could", "might", "may", "can", "ca"})
# Governing words under which an act is announced rather than done ("ready to respond", "vowed to act",
# "discussed imposing further costs").
ANNOUNCING_HEADS = frozenset({"ready", "prepared", "willing", "determined", "vow", "pledge", "promise", "threaten",
                              "warn", "discuss", "consider", "weigh", "mull", "debate", "plan", "intend", "decide",
                              "resolve", "swear", "go"})
# Deliberations whose object is a threatened act: the threat is the news, not a meeting.
DELIBERATING_VERBS = frozenset({"discuss", "consider", "weigh", "mull", "debate"})

# Coercive responses named by a verb and, for light verbs, its object (what the one who acts would do).
RESPONSE_OBJECTS = {
    "impose": frozenset({"cost", "penalty", "consequence", "price", "measure", "countermeasure", "punishment"}),
    "inflict": frozenset({"cost", "penalty", "consequence", "damage", "pain", "punishment", "harm"}),
    "take": frozenset({"action", "measure", "countermeasure", "step"}),
    "use": frozenset({"force", "means", "option", "tool", "measure"}),
}
# Means that make a response coercive whatever its condition ("will respond with countermeasures if Finland
# joins NATO", "vowed to take resolute countermeasures against the United States").
COERCIVE_MEANS = frozenset({"countermeasure", "retaliatory", "punitive", "retaliation", "reprisal", "sanction",
                            "force", "cost", "penalty", "punishment", "tariff", "military"})
# Governing words that announce a threat by themselves ("vowed to", "threatened to", "warned it would").
VOWING_HEADS = frozenset({"vow", "pledge", "promise", "threaten", "warn", "swear", "ready", "prepared"})
# Responses that need no object ("we will respond", "will act", "will retaliate").
RESPONSE_VERBS = frozenset({"respond", "react", "act", "retaliate", "reciprocate", "intervene"})
# Modes named inside the response (manual, THREATEN modes): sanctions, costs and tariffs restrict; force is violence.
RESTRICTING_WORDS = frozenset({"sanction", "cost", "tariff", "penalty", "embargo", "ban", "restriction",
                               "countermeasure", "snapback", "duty", "levy", "economic", "financial", "diplomatic"})
FORCE_WORDS = frozenset({"force", "military", "strike", "attack", "war", "bomb", "missile", "troop", "weapon"})

# Consequences foretold to someone: verb -> what it must have as object (None: nothing more needed).
CONSEQUENCE_OBJECTS = {
    "pay": frozenset({"price", "cost"}),
    "face": frozenset({"consequence", "repercussion", "retaliation", "response", "punishment", "wrath", "reprisal",
                       "retribution", "fury", "price", "sanction", "cost"}),
    "bear": frozenset({"consequence", "repercussion", "responsibility", "cost", "brunt"}),
    "suffer": frozenset({"consequence", "repercussion", "retaliation", "punishment", "wrath"}),
    "incur": frozenset({"consequence", "wrath", "cost", "penalty"}),
    "shoulder": frozenset({"consequence", "responsibility"}),
    "regret": None,
    "punish": None,
}
PUNISHED_VERBS = frozenset({"punish"})
# Words that make a plural cost the price of defiance ("will face severe costs").
SEVERE = frozenset({"heavy", "severe", "serious", "steep", "dire", "grave", "terrible", "painful", "enormous",
                    "huge", "massive", "unprecedented", "devastating", "swift", "real"})
# Whoever does an act, named by no code: "the perpetrators / those responsible / anyone who ... will pay".
CULPRITS = frozenset({"perpetrator", "attacker", "culprit", "those", "whoever", "anyone", "anybody", "aggressor",
                      "enemy", "assailant", "organizer", "organiser", "instigator", "mastermind", "terrorist"})

# Acts that make a condition another side's hostile move.
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "REJECT", "SEIZE"})
# Hostile-act verbs that are ordinary alone ("if prices get higher", "if it becomes clear").
NEUTRAL_WHEN_ALONE = frozenset({"get", "become", "build", "develop", "declare", "acquire", "obtain", "possess",
                                "split", "separate"})

# What a state says it will not allow or tolerate: acts against it and its order.
FORBIDDING_VERBS = frozenset({"allow", "permit", "let", "tolerate", "condone", "accept"})
# Verbs of forbidding that warn whatever is not tolerated ("will not tolerate any interference").
TOLERATING_VERBS = frozenset({"tolerate", "condone"})
HOSTILE_ACT_NOUNS = frozenset({"disturbance", "violence", "provocation", "attack", "aggression", "interference",
                               "meddling", "intervention", "incursion", "intrusion", "violation", "separatism",
                               "secession", "independence", "chaos", "unrest", "riot", "rioting", "terrorism", "terror",
                               "escalation", "invasion", "annexation", "encroachment", "infiltration", "sabotage",
                               "coup", "destabilization", "destabilisation", "weapon", "bomb", "lawlessness",
                               "anarchy", "bullying", "blackmail", "intimidation", "hegemony", "occupation",
                               "splittism", "subversion", "insurrection", "rebellion", "uprising", "militarization"})
HOSTILE_ACT_VERBS = frozenset({"attack", "invade", "secede", "split", "separate", "destabilize", "destabilise",
                               "interfere", "meddle", "threaten", "harm", "undermine", "intimidate", "bully",
                               "dictate", "annex", "occupy", "seize", "acquire", "obtain", "develop", "build",
                               "possess", "get", "become", "declare", "encroach", "violate", "provoke", "disrupt",
                               "sabotage", "topple", "overthrow"})
# "vowed to enforce law and order decisively", "will deal firmly with ...": enforcement said with force.
ENFORCING_VERBS = frozenset({"enforce", "restore", "maintain", "uphold", "deal", "crack", "crush", "punish"})
ENFORCED_OBJECTS = frozenset({"law", "order", "security", "rule"})
FORCEFUL_MANNERS = frozenset({"decisively", "firmly", "forcefully", "harshly", "strictly", "severely", "sternly",
                              "ruthlessly", "mercilessly", "resolutely", "vigorously", "robustly", "strongly",
                              "relentlessly", "fist", "force"})
# Verbs that need no forceful manner to be a warning when announced ("vowed to crush", "will punish").
FORCE_VERBS = frozenset({"crush", "punish"})

# Acts withheld until another side moves: "will not continue business as usual until Moscow withdraws".
UNTIL_MARKS = frozenset({"until", "till", "unless"})
# Measures kept in force until another side moves ("sanctions will remain in place until ...").
KEPT_MEASURES = frozenset({"sanction", "restriction", "ban", "tariff", "embargo", "measure", "suspension",
                           "blockade", "curfew", "freeze", "boycott"})
# "X depends / hinges / rests on Y doing ...": Y's act is the condition of X.
DEPENDING_VERBS = frozenset({"depend", "hinge", "rest", "hang"})
STOPPING = frozenset({"stop", "end", "halt", "cease"})

# Obtaining someone's freedom: "secure / win / obtain / negotiate X's release".
OBTAINING_VERBS = frozenset({"secure", "win", "obtain", "negotiate", "gain", "get", "arrange"})
FREEDOM_NOUNS = frozenset({"release", "freedom", "freeing", "return", "repatriation", "pardon"})

# "X must understand / know / realize that ...": a message to X, not an act asked of X.
COGNITION_VERBS = frozenset({"understand", "know", "realize", "realise", "recognize", "recognise", "learn",
                             "grasp", "accept", "see"})
# Futility said of another's pressure: "they will get nowhere with impositions", "pressure will not work".
FUTILITY_WORDS = frozenset({"nowhere", "nothing", "fail", "futile", "useless", "pointless", "vain"})
FUTILE_NEGATED = frozenset({"work", "succeed", "achieve", "help", "bring", "get", "yield", "change"})
PRESSURE_WORDS = frozenset({"imposition", "pressure", "threat", "demand", "ultimatum", "sanction", "blackmail",
                            "dictate", "coercion", "intimidation", "bullying", "force", "tariff"})

NEGATIONS = frozenset({"not", "n't", "never", "no"})
# Readings the event coder gives these constructions without their condition or modal ("is prepared to take
# measures": readiness; "would regret any attack": a judgement; "will not resume talks until ...": a refusal),
# which the rules here replace.
MISREAD_TYPES = frozenset({"AGREE", "ACCUSE", "CONSULT", "SUPPORT", "REJECT"})


# --------------------------------------------------------------------------- clause reading


def _aux(verb, words) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in words for c in verb.children)


def _negated(verb) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in verb.children) \
        or any(c.lower_ in ("cannot",) for c in verb.children)


def _holders(verb):
    """The verb and the words it is governed by inside its own clause chain ("be able to continue",
    "ready to respond", "vowed to act"): what carries its modal, negation and condition."""
    out, tok = [verb], verb
    while tok.head.i != tok.i and tok.dep_ in ("xcomp", "acomp", "pcomp", "prep", "conj") and len(out) < 6:
        tok = tok.head
        out.append(tok)
    return out


def _announced(verb) -> bool:
    """The act is announced, not reported done: a future or hypothetical modal on it or on a word
    governing it ("will respond", "would be able to", "ready to act", "vowed to crush", "discussed
    imposing")."""
    for tok in _holders(verb):
        if _aux(tok, IRREALIS_MODALS):
            return True
        if tok is not verb and _lemma(tok) in ANNOUNCING_HEADS:
            return True
        if tok.dep_ == "ROOT" and _aux(tok, ("to",)):
            return True  # headline infinitive
    return False


def condition_clauses(sent) -> list:
    """The clauses of a sentence that state a condition: "if/unless X ...", "in case X ...", "in the
    event (that) X ...", "should/were/had X ..." (inverted auxiliary). Returns their verbs."""
    out = []
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        if tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in tok.children):
            out.append(tok)
            continue
        aux = next((c for c in tok.children if c.dep_ in ("aux", "auxpass") and c.lower_ in INVERTED_CONDITION_AUX),
                   None)
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if aux is not None and subj is not None and aux.i < subj.i and tok.dep_ in ("advcl", "ccomp", "conj") \
                and aux.i == tok.left_edge.i:
            out.append(tok)  # "Should Iran block the strait, ..."
    for tok in sent:
        before = [t.lower_ for t in tok.doc[max(sent.start, tok.i - 2):tok.i]]
        opens = (tok.lower_ == "case" and before[-1:] == ["in"]) \
            or (tok.lower_ == "event" and before == ["in", "the"])
        if opens and tok.i + 1 < sent.end and tok.doc[tok.i + 1].lower_ not in ("of", ","):
            # "in case such a ceasefire is not agreed", "in the event that talks fail" (not "in the event of",
            # "in any case"): the clause after the noun, which the parser hangs anywhere
            verb = next((t for t in tok.doc[tok.i + 1:min(sent.end, tok.i + 10)] if t.pos_ in ("VERB", "AUX")
                         and t.dep_ not in ("aux", "auxpass") and _clause_subject_any(t) is not None), None)
            if verb is not None:
                out.append(verb)
    return out


def _clause_subject_any(verb):
    for holder in (verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))):
        for c in holder.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return c
    return None


def _inside(token, clause) -> bool:
    return clause.left_edge.i <= token.i <= clause.right_edge.i and (
        token.i == clause.i or clause in token.ancestors)


def _condition_actor(coder, conditions, exclude):
    """Whose move a condition is: its subject (the by-agent of a passive), a coded actor other than
    the one threatening."""
    from newsevents.events import _usable

    for cond in conditions:
        subject = _clause_subject_any(cond)
        if cond.tag_ == "VBN" and any(a.dep_ == "auxpass" for a in cond.children):
            agent = next((p for a in _children(cond, "agent") for p in _children(a, "pobj")), None)
            subject = agent or subject
        if subject is None or subject.lower_ in ("it", "this", "that", "there"):
            continue
        actor = coder.actor(subject)
        if _usable(actor, exclude) and actor.code():
            return actor
    return None


def _acting(coder, verb):
    """Who would act: the verb's subject (through "ready to", "vowed to"), the quoted speaker for
    "we"/"I"."""
    from newsevents.events import FIRST_PERSON

    # (the subject of the words governing it when it has none: "the U.S. is prepared/acomp to take")
    # (a subject after the verb is a misparse of a list: "imposing costs ..., including sanctions, caps ...")
    subj = next((s for h in _holders(verb) for s in [coder.subject(h)[0]] if s is not None and s.i < verb.i),
                None)
    actor = coder.agent(subj)
    if subj is not None and subj.lower_ in FIRST_PERSON and (actor is None or not actor.code()):
        # ("we" the document's coreference could not place: the one quoted)
        return coder._reported_speaker(verb, verb)[1] or coder._speaker() or actor
    return actor


def _phrase_actor(coder, head, exclude):
    """A coded actor named in a noun phrase (possessor, modifier, "by/of/from X") or the noun itself."""
    from newsevents.events import _usable

    for tok in [head, *head.subtree]:
        if tok.pos_ in ("PROPN", "PRON", "NOUN", "ADJ") and tok.lower_ not in ("it", "this", "that", "we", "us",
                                                                                "i", "me", "our"):
            actor = coder.actor(tok)
            if _usable(actor, exclude) and actor.code():
                return actor
    return None


def _new(coder, trigger, kind, mode, source, target, top, lemma_word=None):
    from newsevents.events import Frame, _Candidate

    frame = Frame(lemma_word or _lemma(trigger), "C", kind, mode, None, frozenset(), frozenset(), frozenset(),
                  frozenset(), False, False, False, False, (), None)
    return _Candidate(trigger, frame, kind, mode, source=source, target=target, top=top)


def _top(coder, verb):
    """The highest word of the clause chain that says the act: the reporting verb above it, else the
    clause itself."""
    from newsevents.events import _reporting_verb

    tok = _holders(verb)[-1]
    return _reporting_verb(tok) or tok


# --------------------------------------------------------------------------- rules


def _threat_mode_of(words: set[str]) -> str | None:
    if words & FORCE_WORDS:
        return "violence"
    if words & RESTRICTING_WORDS:
        return "restrict"
    return None


def _coercive_response(coder, verb, conditions, found):
    """"We discussed imposing further costs on Russia in case ...", "will take any measures necessary to
    prevent Iran from ..., including reimposing sanctions", "will respond if Russia invades": a coercive
    response announced under a condition or with the aim of stopping someone (THREATEN)."""
    from newsevents.events import COMPELLING_AIMS, CONFLICT_MATERIAL, _code, _same, _threat_mode

    lemma = _lemma(verb)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if lemma in RESPONSE_OBJECTS:
        obj = next((o for o in objects if _lemma(o) in RESPONSE_OBJECTS[lemma]), None)
        if obj is None:
            return None
    elif lemma in RESPONSE_VERBS:
        obj = None
    else:
        return None
    if _negated(verb) or any(_negated(h) for h in _holders(verb)[1:]) or not _announced(verb):
        return None
    own_conditions = [c for c in conditions if not _inside(verb, c) and c.i != verb.i]
    # the coercive means the response names: "take countermeasures", "respond with countermeasures",
    # "take retaliatory measures" (not "take measures" or "respond" alone)
    means = {_lemma(t) for t in ([obj, *obj.children] if obj is not None else [])}
    means |= {_lemma(t) for prep in _children(verb, "prep") if prep.lower_ == "with" for p in _children(prep, "pobj")
              for t in (p, *p.children)}
    coercive = bool(means & COERCIVE_MEANS) or (lemma in ("impose", "inflict") and obj is not None)
    if not coercive:
        # "will respond / act / take action if ...": a response is coercive when its condition is a
        # hostile move or a demand unmet ("if Russia invades", "unless Iran complies"), not any event
        # ("if the EU asks for help", "if prices rise")
        own_conditions = [c for c in own_conditions if _hostile_condition(c)]
    aim = _aimed_at(coder, verb, obj)
    source = _acting(coder, verb)
    if _code(source) is None:
        return None
    target = None
    for holder in [obj, verb] if obj is not None else [verb]:
        for prep in _children(holder, "prep"):
            if prep.lower_ in ("on", "against", "upon", "to"):
                target = target or next((a for p in _children(prep, "pobj") for a in [coder.actor(p)]
                                         if a is not None and a.code() and not _same(a, source)), None)
    vowed = any(_lemma(h) in VOWING_HEADS for h in _holders(verb)[1:])
    if not own_conditions and aim is None and not (coercive and target is not None and vowed):
        return None  # ("vowed to take resolute countermeasures against the United States": a threat as it is)
    target = target or _condition_actor(coder, own_conditions, source) or aim
    content = [c for c in found if c.type in CONFLICT_MATERIAL and _inside(c.trigger, verb)]
    # the mode is the response's own (sanctions, force), not what the aim or condition names ("to prevent
    # Iran from acquiring a nuclear weapon")
    aside = [c for c in verb.subtree if c.dep_ in ("xcomp", "advcl", "acl", "relcl")
             and (_lemma(c) in COMPELLING_AIMS or c in conditions)]
    words = {_lemma(t) for t in verb.subtree if not any(_inside(t, a) for a in aside)} | {lemma}
    mode = _threat_mode(content[0].type, content[0].mode, content[0].trigger) if content \
        else _threat_mode_of(words)
    cand = _new(coder, verb, "THREATEN", mode, source, target, _top(coder, verb))
    cand.speech_act = "threat"
    cand.absorbed.update(c.trigger.i for c in content)
    return cand


def _hostile_condition(cond) -> bool:
    """A condition that is another side's hostile move ("if Russia invades", "should Iran attack") or
    its failure to do what is asked ("unless Iran complies", "in case a ceasefire is not agreed")."""
    from newsevents.events import _match_frame

    if any(m.dep_ == "mark" and m.lower_ == "unless" for m in cond.children) or _negated(cond):
        return True
    for tok in cond.subtree:
        frame = _match_frame(tok)
        if frame is not None and frame.type in HOSTILE_TYPES:
            return True
        if _lemma(tok) in HOSTILE_ACT_VERBS | HOSTILE_ACT_NOUNS and _lemma(tok) not in NEUTRAL_WHEN_ALONE:
            return True
    return False


def _aimed_at(coder, verb, obj):
    """The actor an act is meant to stop or force: "to prevent Iran from ...", "measures necessary to
    deter Moscow" (on the verb or on its object)."""
    from newsevents.events import COMPELLING_AIMS

    holders = [verb] + ([obj] + [a for a in obj.children if a.dep_ == "amod"] if obj is not None else [])
    for holder in holders:
        for c in holder.children:
            if c.dep_ in ("xcomp", "advcl", "acl", "relcl") and _lemma(c) in COMPELLING_AIMS:
                for o in _children(c, "dobj"):
                    actor = coder.actor(o)
                    if actor is not None and actor.code():
                        return actor
    return None


def _consequence_threat(coder, verb, conditions, found):
    """"Russia will pay a heavy price", "NATO would face consequences if it sent troops", said by a
    speaker: the speaker threatens the one who is to suffer them (THREATEN)."""
    from newsevents.events import FIRST_PERSON, _code, _same

    lemma = _lemma(verb)
    if not _foretold_consequence(verb):
        # ("will punish" is the enforcement rule's; "regrets the decision" a judgement; "would regret any
        # attack", "will be punished" consequences foretold)
        return None
    subj = coder.subject(verb)[0]
    if lemma in PUNISHED_VERBS:
        subj = coder.subject(verb)[1]  # "Israel will be punished": the one punished
    if subj is None or subj.lower_ in FIRST_PERSON:
        return None  # "we will pay a price": a fear, no threat
    reporting, speaker, said = coder._reported_speaker(_holders(verb)[-1], verb)
    if not said or _code(speaker) is None:
        return None
    target = coder.actor(subj)
    if target is not None and _same(target, speaker):
        return None
    if target is None or not target.code():
        # "the perpetrators will pay a heavy price", "those who attack our country will regret it": a threat
        # to whoever does the act, named by no code
        if _lemma(subj) not in CULPRITS:
            return None
        target = None
    if reporting is not None and (_lemma(reporting), "V") in coder.wrappers \
            and coder.wrappers[(_lemma(reporting), "V")] == "threaten":
        return None  # "warned that X would pay a price": the warning verb's own event
    cand = _new(coder, verb, "THREATEN", None, speaker, target, reporting or _holders(verb)[-1])
    cand.speech_act = "threat"
    return cand


def _market_price(obj) -> bool:
    """"Farmers will pay higher prices for fertilizer", "will face costs of $2 billion": a price or cost in
    money, not the price of defiance ("will pay a heavy price", "will pay the price for its aggression")."""
    if _lemma(obj) not in ("price", "cost"):
        return False
    if obj.tag_ in ("NNS", "NNPS") and not any(a.lower_ in SEVERE for a in obj.children):
        return True
    return any(t.tag_ in ("JJR", "CD", "$") or t.ent_type_ in ("MONEY", "PERCENT") for t in obj.subtree)


def _forbidding(coder, verb, conditions, found):
    """"Israel will not allow violent disturbances", "China will never allow Taiwan to declare
    independence", "will not tolerate any interference": a state announcing it will not let another act
    against it warns that actor (THREATEN)."""
    from newsevents.events import CONFLICT_MATERIAL, _code, _match_frame

    lemma = _lemma(verb)
    if lemma not in FORBIDDING_VERBS or not _negated(verb):
        return None
    if not (_aux(verb, FUTURE_MODALS | {"can", "ca", "cannot"}) or any(c.lower_ == "cannot" for c in verb.children)):
        return None  # "did not allow", "does not accept": a report or a stance, no warning
    if _aux(verb, ("can", "ca")) and lemma not in TOLERATING_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp")), None)
    if obj is None:
        return None
    act = next((x for x in [obj, *obj.children] if x.dep_ in ("ccomp", "xcomp") and x.pos_ in ("VERB", "AUX")),
               None)
    doer = None
    if act is not None:
        frame = _match_frame(act)
        hostile = _lemma(act) in HOSTILE_ACT_VERBS and (
            _lemma(act) not in ("acquire", "obtain", "develop", "build", "possess", "get", "become", "declare")
            or any(_lemma(t) in HOSTILE_ACT_NOUNS | {"nuclear", "independent"} for t in act.subtree))
        if not (hostile or (frame is not None and frame.type in CONFLICT_MATERIAL | {"THREATEN"})):
            return None
        doer = _clause_subject_any(act) or (obj if obj.dep_ == "dobj" else None)
    elif lemma in TOLERATING_VERBS or _lemma(obj) in HOSTILE_ACT_NOUNS:
        doer = obj
    else:
        return None
    source = _acting(coder, verb)
    if _code(source) is None:
        return None
    if act is None and _lemma(obj) not in HOSTILE_ACT_NOUNS and not _political(source):
        return None  # "the university will not tolerate racism": a house rule, no warning to anyone
    target = _phrase_actor(coder, doer, source) if doer is not None else None
    cand = _new(coder, verb, "THREATEN", None, source, target, _top(coder, verb))
    cand.speech_act = "threat"
    return cand


def _political(actor) -> bool:
    """A state's authorities, an international organisation or an armed or political group."""
    from newsevents.events import STATE_SECTORS

    return actor.kind == "igo" or actor.sector in STATE_SECTORS | {"REB", "OPP", "PTY", "UAF"}


def _forceful_enforcement(coder, verb, conditions, found):
    """"Vowed to enforce law and order decisively", "will deal firmly with the rioters", "vowed to crush
    the rebellion": enforcement announced with force warns those it is aimed at (THREATEN)."""
    from newsevents.events import _code

    lemma = _lemma(verb)
    if lemma not in ENFORCING_VERBS or _negated(verb) or not _announced(verb):
        return None
    words = {t.lower_ for t in verb.subtree} | {_lemma(t) for t in verb.subtree}
    if lemma in ("enforce", "restore", "maintain", "uphold"):
        if not any(_lemma(o) in ENFORCED_OBJECTS for o in verb.children if o.dep_ == "dobj"):
            return None
        if not words & FORCEFUL_MANNERS:
            return None
    elif lemma == "deal":
        if not (words & FORCEFUL_MANNERS and any(p.lower_ == "with" for p in _children(verb, "prep"))):
            return None
    elif lemma == "crack":
        if not any(c.lower_ == "down" for c in verb.children):
            return None
    elif lemma not in FORCE_VERBS:
        return None
    vowed = any(_lemma(h) in ANNOUNCING_HEADS for h in _holders(verb)[1:])
    if not (vowed or (_aux(verb, FUTURE_MODALS) and words & FORCEFUL_MANNERS)):
        return None  # "he will crush you into the dirt": a character sketch, no announced act
    source = _acting(coder, verb)
    if _code(source) is None:
        return None
    target = None
    for holder in [verb, *(o for o in verb.children if o.dep_ == "dobj")]:
        for c in holder.children:
            if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("with", "on", "against")):
                heads = [c] if c.dep_ == "dobj" else _children(c, "pobj")
                target = target or next((a for h in heads for a in [_phrase_actor(coder, h, source)] if a), None)
    cand = _new(coder, verb, "THREATEN", None, source, target, _top(coder, verb))
    cand.speech_act = "threat"
    return cand


def _withheld_until(coder, verb, conditions, found):
    """"NATO will not be able to continue business as usual with Russia until Moscow withdraws": an act
    withheld until another side moves demands that move of it (REQUEST, mode from the move)."""
    from newsevents.events import _code, _match_frame, _request_mode, _same

    if verb.pos_ not in ("VERB", "AUX"):
        return None
    cond = next((c for c in verb.children if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX")
                 and any(m.dep_ == "mark" and m.lower_ in UNTIL_MARKS for m in c.children)), None)
    if cond is None or cond.tag_ == "VBD":
        return None  # "did not meet until Moscow withdrew": a narrative of the past
    holders = _holders(verb)
    # "there can be no negotiations with Russia until its troops leave": nothing of the kind until then
    existential = _lemma(verb) == "be" and any(c.dep_ == "expl" for c in verb.children) \
        and any(d.lower_ == "no" for a in verb.children if a.dep_ == "attr" for d in a.children)
    # "sanctions will remain in place until Russia implements the agreements": a measure kept until another
    # side moves
    kept = _kept_measure(verb)
    if not (existential or kept is not None or any(_negated(h) for h in holders)):
        return None
    if kept is not None and _negated(verb):
        return None
    if not any(_aux(h, IRREALIS_MODALS) or h.tag_ in ("VBP", "VBZ") for h in holders):
        return None
    mover = _clause_subject_any(cond)
    if existential or (kept is not None and kept.dep_ == "nsubj"):
        source = coder._reported_speaker(verb, verb)[1] or (_phrase_actor(coder, kept, None) if kept is not None
                                                            else None)
    else:
        source = _acting(coder, holders[-1])
    asked = coder.actor(mover) if mover is not None else None
    if _code(source) is None or asked is None or not asked.code() or _same(source, asked):
        return None
    frame = _match_frame(cond)
    mode = _request_mode(frame.type, frame.mode) if frame is not None else None
    cand = _new(coder, cond, "REQUEST", mode, source, asked, _top(coder, verb))
    cand.absorbed.update(c.trigger.i for c in found if _inside(c.trigger, verb) and c.negated)
    if kept is not None:
        cand.absorbed.add(kept.i)  # the measure kept is the demand's lever, not a new sanction on anyone
    return cand


def _kept_measure(verb):
    """The measure a verb keeps in force: the subject of "remain / stay (in place)" (the imposer keeping
    tariffs names its own act, coded as such)."""
    if _lemma(verb) in ("remain", "stay", "continue"):
        return next((c for c in verb.children if c.dep_ == "nsubj" and _lemma(c) in KEPT_MEASURES), None)
    return None


def _made_dependent(coder, verb, conditions, found):
    """"Peace depends on Russia withdrawing its troops", "a solution depends on Washington stopping its
    support for the militia", said by a speaker: what another side is to do for it is demanded of that side
    (REQUEST, mode from the act)."""
    from newsevents.events import FIRST_PERSON, _code, _match_frame, _request_mode, _same

    if _lemma(verb) not in DEPENDING_VERBS or _negated(verb):
        return None
    act, doer = None, None
    for prep in _children(verb, "prep"):
        if prep.lower_ not in ("on", "upon"):
            continue
        for c in prep.children:
            if c.dep_ == "pcomp" and c.pos_ == "VERB":  # "on Russia/nsubj withdrawing/pcomp"
                act, doer = c, _clause_subject_any(c) or next((p for p in c.children if p.dep_ == "poss"), None)
            elif c.dep_ == "pobj":  # "on Washington to control", "on a little bit of Washington to control"
                infinitive = next((x for x in [*c.children, *verb.children] if x.dep_ in ("acl", "xcomp", "relcl")
                                   and x.pos_ == "VERB" and _aux(x, ("to",))), None)
                if infinitive is not None:
                    act, doer = infinitive, c
    if act is None or doer is None or doer.lower_ in FIRST_PERSON:
        return None
    reporting, speaker, said = coder._reported_speaker(_holders(verb)[-1], verb)
    if not said or _code(speaker) is None:
        return None
    asked = coder.actor(doer) if doer.pos_ in ("PROPN", "PRON") else _phrase_actor(coder, doer, speaker)
    if asked is None or not asked.code() or _same(asked, speaker):
        return None
    frame = _match_frame(act)
    mode = _request_mode(frame.type, frame.mode) if frame is not None and _lemma(act) not in STOPPING else None
    cand = _new(coder, verb, "REQUEST", mode, speaker, asked, reporting or _holders(verb)[-1])
    cand.absorbed.update(c.trigger.i for c in found if _inside(c.trigger, act))
    return cand


def _conditional_promise(coder, verb, conditions, found):
    """"Trump said he would be able to secure Lai's release if he were reelected": obtaining someone's
    freedom, announced, is a promise (AGREE; conditional under a condition)."""
    from newsevents.events import _code, _same

    if _lemma(verb) not in OBTAINING_VERBS or _negated(verb) or not _announced(verb):
        return None
    obj = next((o for o in verb.children if o.dep_ == "dobj" and _lemma(o) in FREEDOM_NOUNS), None)
    if obj is None:
        return None
    source = _acting(coder, verb)
    if _code(source) is None and coder.subject(verb)[0] is not None \
            and coder.subject(verb)[0].pos_ == "PRON":
        # "he would secure ...", said by the one reporting it
        source = coder._reported_speaker(_holders(verb)[-1], verb)[1] or source
    if _code(source) is None:
        return None
    # the holder ("the release of hostages held by Hamas"), else the state of the one held ("Lai's release")
    held = [c for c in obj.children if c.dep_ == "poss"] + \
        [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in _children(c, "pobj")]
    holders = [p for h in held for acl in h.children if acl.dep_ == "acl" for a in _children(acl, "agent")
               for p in _children(a, "pobj")]
    target = next((a for h in holders + held for a in [_phrase_actor(coder, h, source)] if a), None)
    cand = _new(coder, verb, "AGREE", None, source, target, _top(coder, verb))
    cand.speech_act = "promise"
    if any(not _inside(verb, c) for c in conditions):
        cand.conditional = True
        cand.modality = "conditional"
    if target is not None and (_same(target, source) or target.code() == source.code()):
        cand.target = None  # "secure the release of American hostages": its own people, held by someone unnamed
    return cand


def _futile_pressure(coder, cand):
    """"U.S. lawmakers must understand they will get nowhere with impositions": an obligation to
    understand that another's pressure is futile rejects that pressure (REJECT of its author)."""
    trigger = cand.trigger
    if cand.type != "REQUEST" or cand.frame.lemma != "must":
        return cand
    if _foretold_consequence(trigger):
        # "Russia will have to pay a heavy price": no demand but a warning
        cand.type, cand.mode, cand.speech_act = "THREATEN", None, "threat"
        return cand
    if _lemma(trigger) not in COGNITION_VERBS:
        return cand
    content = next((c for c in trigger.children if c.dep_ == "ccomp"), None)
    if content is None:
        return cand
    words = {_lemma(t) for t in content.subtree}
    futile = words & FUTILITY_WORDS or (_lemma(content) in FUTILE_NEGATED and _negated(content))
    if futile and words & PRESSURE_WORDS:
        cand.type, cand.mode = "REJECT", None
    elif _foretold_consequence(content):
        # "Russia must know that it will pay a heavy price": a warning put as something to understand
        cand.type, cand.mode, cand.speech_act = "THREATEN", None, "threat"
    return cand


def _foretold_consequence(clause) -> bool:
    """The clause foretells its subject a consequence: "(it) will pay a heavy price", "would face
    consequences", "will regret it", "will be punished"."""
    lemma = _lemma(clause)
    # (the modal on the verb or on "have to": "Russia will have to pay a heavy price")
    modal = _aux(clause, FUTURE_MODALS) or (clause.dep_ == "xcomp" and _lemma(clause.head) == "have"
                                            and _aux(clause.head, FUTURE_MODALS))
    if lemma not in CONSEQUENCE_OBJECTS or _negated(clause) or not modal:
        return False
    if lemma in PUNISHED_VERBS:
        return any(c.dep_ == "auxpass" for c in clause.children)
    wanted = CONSEQUENCE_OBJECTS[lemma]
    return wanted is None or any(_lemma(o) in wanted and not _market_price(o) for o in clause.children
                                 if o.dep_ == "dobj")


def _recode_conditioned(coder, cand, conditions):
    """A coercive act announced under a condition the event coder does not read itself ("in case X",
    "should X ...") is a threat (as "if X ..., we will impose sanctions" is), aimed at the one whose move
    the condition is when the act names no one."""
    from newsevents.events import CONFLICT_MATERIAL, _threat_mode

    if cand.type not in CONFLICT_MATERIAL or cand.negated or cand.conditional or cand.unrealised:
        return cand
    extra = [c for c in conditions if not any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                                              for m in c.children) and not _inside(cand.trigger, c)]
    anyone = _any_object(cand.trigger) if cand.future or cand.modality == "intended" else None
    if not extra and anyone is None:
        return cand
    verb = cand.trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if not (cand.future or cand.modality == "intended" or _announced(verb)):
        return cand
    cand.type, cand.mode = "THREATEN", _threat_mode(cand.type, cand.mode, cand.trigger)
    cand.speech_act, cand.modality = "threat", "asserted"
    if cand.target is None or _code_of(cand.target) is None:
        cand.target = _condition_actor(coder, extra, cand.source) or cand.target
    return cand


def _any_object(trigger):
    """"would target any American ship that enters the Red Sea", "will shoot down any drone violating its
    airspace": an act announced on whoever does something is conditional on it (a threat)."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    for obj in [c for c in verb.children if c.dep_ == "dobj"] + \
            [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("against", "on", "at")
             for p in _children(prep, "pobj")]:
        if any(d.dep_ == "det" and d.lower_ in ("any", "anyone", "whoever") for d in obj.children) \
                or obj.lower_ in ("anyone", "anybody", "whoever"):
            return obj
    return None


def _code_of(actor):
    return actor.code() if actor is not None else None


RULES = (_coercive_response, _consequence_threat, _forbidding, _forceful_enforcement, _withheld_until,
         _made_dependent, _conditional_promise)


def with_conditionals(coder, found: list) -> list:
    """A sentence's candidates with its conditional and modal threats, demands and promises (see the
    module docstring). `coder` is the events module's sentence coder, `found` its candidates."""
    from newsevents.events import _SentenceCoder  # noqa: F401  (the coder's interface is read below)

    conditions = condition_clauses(coder.sent)
    found = [_futile_pressure(coder, _recode_conditioned(coder, c, conditions)) for c in found]
    added = []
    gone = set()
    for token in coder.sent:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        own = [c for c in found if c.trigger.i == token.i or token.i in c.absorbed]
        if any(c.type not in MISREAD_TYPES and not c.negated for c in own) \
                or any(token.i in c.absorbed for c in added):
            continue
        for rule in RULES:
            cand = rule(coder, token, conditions, found)
            if cand is not None:
                added.append(cand)
                # "is prepared to take all necessary measures if ...", "would regret any attack": read as
                # readiness or a judgement before, the condition or modal makes them a threat
                gone |= {c.trigger.i for c in own}
                break
    if not added:
        return found
    for cand in added:
        gone |= cand.absorbed
        # "is prepared to take all necessary measures if ...": the readiness read before is the threat's
        chain = {h.i for h in _holders(cand.trigger)}
        gone |= {c.trigger.i for c in found if c.type in MISREAD_TYPES and c.trigger.i in chain}
        if cand.type == "THREATEN":
            # "we discussed imposing costs on X in case ...": the deliberation is how the threat is made
            head = _holders(cand.trigger)[-1]
            if _lemma(head) in DELIBERATING_VERBS:
                gone.add(head.i)
    kept = [c for c in found if c.trigger.i not in gone]
    return kept + added
