"""Quotations: who said what.

`extract_quotes(doc, article_id, actors=None)` finds, in one parsed article,

* direct quotes in straight or curly double marks (also broken by their
  attribution, and running over several paragraphs: an opening mark at the
  start of each paragraph and a closing mark only in the last one),
* partial quotes inside reported speech, in double or single marks
  ("plans to 'freeze all military cooperation'"),
* indirect speech: a reporting verb (said, told, warned, denied, ...) with a
  content clause, or "according to X", as ``direct=False``,

and attributes each to a speaker: named people with the role and affiliation
the article gives them, surnames / pronouns / role nouns ("the spokeswoman")
resolved to the person introduced earlier, organisations, and unnamed sources
kept with their description. Offsets are character offsets into ``doc.text``.

Why rules rather than a trained attribution model: the parse already carries
the signal (reporting verb, its subject, its complement clause), quote marks
are unambiguous anchors, and the result must stay explainable and run in a few
milliseconds on an already parsed document.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from newsevents.models import Quote, Speaker

# Lemmas of verbs that report speech. Mental-state verbs (believe, think,
# want) are deliberately absent: they attribute attitudes, not words.
SPEECH_VERBS = frozenset(
    """say tell add stress warn insist deny claim argue note state announce explain
    report declare assert acknowledge admit confirm suggest emphasize emphasise
    reiterate write tweet reply respond predict promise vow pledge threaten urge
    demand complain allege maintain observe remark comment recall caution concede
    contend estimate ask proclaim boast joke quip mention indicate charge counter
    retort testify reveal disclose conclude agree repeat underline underscore
    assure inform notify announce posit propose recommend lament acknowledge
    point quote""".split()
)
# Verbs that do not take a content clause but frame a partial quote
# ("accused the alliance of 'bias'", "called it a 'disgrace'").
FRAMING_VERBS = frozenset(
    "accuse call describe dub label brand criticize criticise blast slam condemn "
    "praise hail dismiss denounce characterize characterise chant yell shout scream "
    "read thank decry blame echo refer question post term mock tout".split()
)
PARTIAL_CUES = SPEECH_VERBS | FRAMING_VERBS

# News outlets through which a speaker is relayed ("told DPA", "was quoted by
# Interfax", "in an interview with Vesti television"). Hand-written from facts.
MEDIA_WORDS = frozenset(
    """agency news newspaper paper daily weekly television tv radio channel network
    broadcaster magazine press times post journal herald tribune gazette telegraph
    guardian reuters afp ap dpa interfax tass itar-tass ria novosti ria-novosti
    xinhua kyodo yonhap bbc cnn nbc cbs abc msnbc fox npr pbs bloomberg vesti
    anadolu jazeera efe ansa pap unian ukrinform irna isna fars tasnim wafa mena
    sana kuna spa petra bernama antara aap cbc rtl zdf ard rai nhk kbs sky euronews
    rt izvestia kommersant interview""".split()
)

PERSON_PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}
GROUP_PRONOUNS = {"they", "we", "it"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}

# Words that are titles, not part of a name ("Rep. G.K. Butterfield").
TITLE_WORDS = frozenset(
    """mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady rep rep. sen sen. gov gov. lt lt.
    gen gen. col col. maj maj. capt capt. sgt sgt. adm adm. cmdr cmdr. prof prof. rev rev.
    president vice prime minister secretary senator representative governor mayor
    general colonel major captain admiral lieutenant commander chancellor king queen
    prince princess sheikh ambassador judge justice speaker chairman chairwoman
    pope cardinal bishop father rabbi imam deputy foreign defence defense state""".split()
)

# Heads of noun phrases that denote a person by function.
ROLE_NOUNS = frozenset(
    """spokesman spokeswoman spokesperson minister secretary president envoy ambassador
    diplomat official officer chief head leader director general commander chairman
    chairwoman chair senator representative congressman congresswoman governor mayor
    adviser advisor aide analyst expert source sources lawmaker legislator candidate
    nominee prosecutor judge lawyer attorney negotiator premier chancellor king queen
    prince sheikh emir monarch colonel captain lieutenant sergeant admiral soldier
    policeman activist campaigner member professor researcher economist strategist
    supporter voter delegate volunteer student teacher worker veteran
    manager executive ceo founder owner witness resident survivor victim doctor
    official officials people observers critics supporters sources diplomats analysts
    experts residents witnesses lawmakers leaders deputy staffer strategist pollster
    correspondent reporter editor commentator host organizer organiser woman man""".split()
)
# Role heads that refer to the same kind of person ("the Russian diplomat" for an envoy).
ROLE_CLASSES = {
    "spokesman": "spokes", "spokeswoman": "spokes", "spokesperson": "spokes",
    "diplomat": "diplomat", "envoy": "diplomat", "ambassador": "diplomat",
    "minister": "minister", "secretary": "minister",
    "senator": "legislator", "lawmaker": "legislator", "congressman": "legislator",
    "congresswoman": "legislator", "representative": "legislator", "legislator": "legislator",
    "candidate": "candidate", "nominee": "candidate",
    "chairman": "chair", "chairwoman": "chair", "chair": "chair",
}
FEMALE_ROLE_WORDS = frozenset(
    "spokeswoman chairwoman congresswoman woman mrs mrs. ms ms. miss madam queen "
    "princess dame lady businesswoman sister mother wife daughter".split()
)
MALE_ROLE_WORDS = frozenset(
    "spokesman chairman congressman man mr mr. sir king prince lord brother father "
    "husband son businessman".split()
)
# Common female given names, so that "she" does not resolve to a man. A short
# hand-written list; names not in it simply carry no gender.
FEMALE_NAMES = frozenset(
    """hillary carmen angela theresa nancy elizabeth sarah kellyanne huma donna
    michelle condoleezza madeleine samantha susan nikki marine federica ursula
    christine catherine kathleen mary maria anna anne ann jill debbie deborah
    kirsten amy tammy dianne diane barbara patricia linda jennifer margaret
    lisa karen helen sandra carol ruth sharon laura emily megyn megan jane julia
    julie victoria katie kate kelly rachel rebecca hope ivanka melania chelsea
    heidi claire clare janet loretta valerie jeanne jeanine lindsey gretchen
    ana marina yulia olga irina svetlana tatyana natalia natalya valentina
    tzipi golda benazir aung sheikh hasina yingluck park tsai gloria dilma
    cristina michele christina ellen hannah joan joni kristen kirstjen stephanie
    nicola nicole hélène segolene ségolène sahra mette sanna jacinda erna
    kamala elise alexandria ilhan rashida ayanna susana gina marsha martha
    betsy elaine shelley lucy sophie sophia amanda andrea monica veronica""".split()
)

# Role nouns too vague to pick out the last speaker by themselves.
GENERIC_ROLES = frozenset(
    """official officials officer source sources people person man woman expert experts
    analyst analysts member members resident residents witness witnesses observer
    observers critic critics supporter supporters diplomats""".split()
)

# Heads of noun phrases that denote an organisation speaking.
ORG_NOUNS = frozenset(
    """ministry government office department agency alliance council committee
    commission party campaign army military police embassy mission administration
    cabinet parliament congress senate court union organisation organization group
    company firm bank service services forces command headquarters kremlin
    white house pentagon statement report poll survey spokesman's team staff
    authorities federation association board secretariat institute""".split()
)

NON_PERSON_ENTS = ("ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "DATE", "TIME", "EVENT")
DOUBLE_MARKS = "“”\"„«»"
OPENERS = "“„«"
CLOSERS = "”»"
SENTENCE_END = {".", "!", "?"}


@dataclass
class _Person:
    name: str
    role: str | None
    affiliation: list[tuple[int, int]]  # char spans of ORG/GPE/NORP words tied to the person
    gender: str | None
    first: int  # char offset of first mention
    positions: list[int] = field(default_factory=list)


@dataclass
class _Found:
    """A quote before it becomes a `Quote`, with what evaluation needs."""

    segments: list[tuple[int, int]]
    direct: bool
    cue: str | None = None
    speaker: Speaker | None = None
    relayed_by: str | None = None
    mention_span: tuple[int, int] | None = None
    partial: bool = False

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]


def _text(doc) -> str:
    """`doc.text`, computed once: spaCy rebuilds the string on every access."""
    text = doc.user_data.get("newsevents_text")
    if text is None:
        text = doc.user_data["newsevents_text"] = doc.text
    return text


# --------------------------------------------------------------------------
# Quote marks
# --------------------------------------------------------------------------


def _mark_roles(text: str, i: int, para_start: int, para_end: int) -> tuple[bool, bool]:
    """(can open, can close) for the double mark at `i`, from its glyph and
    neighbours. Curly glyphs are trusted unless typography is plainly wrong
    ("day,“ he said" closes; a ” glued to the next word opens)."""
    ch = text[i]
    before = text[i - 1] if i > para_start else " "
    after = text[i + 1] if i + 1 < para_end else " "
    glued_left = not before.isspace()
    if ch in OPENERS:
        return True, glued_left and (after.isspace() or not after.isalnum())
    if ch in CLOSERS:
        return (not glued_left or before in "([—–") and not after.isspace(), True
    opens = (not glued_left or before in "([{—–-/") and not after.isspace()
    return opens, glued_left or after.isspace() or not after.isalnum()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quote_spans(text: str) -> list[list[tuple[int, int]]]:
    """Content spans (without the marks) of double-quoted passages, each a list
    of segments: one per paragraph for quotes running over several paragraphs.
    A quote left open at a paragraph end continues only if the next paragraph
    opens with a quote mark (the newspaper convention); otherwise it is dropped
    as unbalanced."""
    found: list[list[tuple[int, int]]] = []
    carried: list[tuple[int, int]] = []  # segments of a quote still open at the last paragraph end
    for para in re.finditer(r"[^\n]+", text):
        ps, pe = para.span()
        marks = [m.start() for m in re.finditer(r"[“”\"„«»]", para.group())]
        marks = [ps + m for m in marks]
        first_char = ps + (len(para.group()) - len(para.group().lstrip()))
        if carried and not (marks and marks[0] == first_char):
            carried = []  # unterminated quote: not a continuation
        open_at: int | None = None
        for i in marks:
            can_open, can_close = _mark_roles(text, i, ps, pe)
            if open_at is None:
                if can_open:
                    open_at = i
                continue
            if can_close:
                seg = _trim(text, open_at + 1, i)
                if seg[1] > seg[0]:
                    found.append(carried + [seg])
                carried = []
                open_at = None
            elif can_open:
                carried = []
                open_at = i  # two openers in a row: restart at the later one
        if open_at is not None:
            seg = _trim(text, open_at + 1, pe)
            carried = carried + [seg] if seg[1] > seg[0] else []
        elif carried and not marks:
            carried = []
    return found


_SINGLE_RE = re.compile(r"(?<![\w’'])[‘'](?=\w)([^‘’'\n]{1,200}?[\w.,!?])[’'](?!\w)")


_TITLE_FUNCTION_WORDS = frozenset("the of and a an in on at to for with by from or & vs".split())


def looks_like_title(quoted: str) -> bool:
    """Programme names, slogans on signs, book titles: short and in Title
    Case ("Meet the Press", "Sunday Morning Futures", "Crossroads of America").
    Exclamations ("USA! USA!") are speech and kept."""
    words = re.findall(r"[\w’'&-]+", quoted)
    if not words or len(words) > 6 or quoted.rstrip().endswith(("!", "?")):
        return False
    if len(words) == 1 and len(words[0]) <= 2:
        return True
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_FUNCTION_WORDS for w in words)


def find_single_quote_spans(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Single-mark quotes ('freeze all military cooperation') outside double
    quotes; nested single quotes belong to the enclosing quote. Apostrophes
    are excluded by requiring a non-word char before the opener and after the
    closer."""
    out = []
    for m in _SINGLE_RE.finditer(text):
        s, e = m.span(1)
        if any(a <= s < b for a, b in taken):
            continue
        if len(m.group(1).split()) > 30:
            continue
        out.append((s, e))
    return out


# --------------------------------------------------------------------------
# People mentioned in the article
# --------------------------------------------------------------------------


def _name_tokens(ent) -> list:
    # Strip titles only at the front ("Colonel General Anatoly Nogovitsyn").
    front = 0
    ent_toks = list(ent)
    while front < len(ent_toks) - 1 and ent_toks[front].lower_ in TITLE_WORDS:
        front += 1
    toks = [t for t in ent_toks[front:] if t.text not in ("’s", "'s", "’", "'")]
    return toks


def _role_from_np(tokens, doc) -> tuple[str | None, list[tuple[int, int]]]:
    """Split premodifiers / an apposition into (role words, affiliation spans)."""
    role, aff = [], []
    for t in tokens:
        if t.dep_ == "det" or t.is_punct or t.is_space or t.text in ("’s", "'s"):
            continue
        if t.ent_type_ in ("ORG", "GPE", "NORP", "FAC", "LOC") or (
            t.i + 1 < len(doc) and doc[t.i + 1].text in ("’s", "'s")
        ):
            aff.append((t.idx, t.idx + len(t.text)))
            continue
        role.append(t.text)
    return (" ".join(role) or None), aff


def _appos_role(head, doc) -> tuple[str | None, list[tuple[int, int]]]:
    """Role from an apposition: head noun with its modifiers and 'of' phrase
    ("deputy chief of the Russian army general staff"); other prepositional
    phrases carry the affiliation ("state secretary with the Norwegian ministry")."""
    words, aff = [], []
    for t in head.subtree:
        if t.i < head.i:
            if t.dep_ == "det" or t.is_punct or t.text in ("’s", "'s"):
                continue
            if t.ent_type_ in ("ORG", "GPE", "NORP") or t.dep_ == "poss":
                aff.append((t.idx, t.idx + len(t.text)))
                continue
            words.append(t)
        elif t.i == head.i:
            words.append(t)
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            words.extend(child.subtree)
            aff.extend((t.idx, t.idx + len(t.text)) for t in child.subtree
                       if t.ent_type_ in ("ORG", "GPE", "NORP"))
        elif child.dep_ == "prep":
            sub = list(child.subtree)
            aff.append((sub[0].idx, sub[-1].idx + len(sub[-1].text)))
    words.sort(key=lambda t: t.i)
    if not words:
        return None, aff
    return _text(doc)[words[0].idx: words[-1].idx + len(words[-1].text)], aff


def _gender(words) -> str | None:
    lows = {w.lower() for w in words}
    if lows & FEMALE_ROLE_WORDS:
        return "f"
    if lows & MALE_ROLE_WORDS:
        return "m"
    return None


class _People:
    """Registry of the people an article names, keyed by full name and surname."""

    def __init__(self, doc, quoted: list[tuple[int, int]]):
        self.doc = doc
        self.by_name: dict[str, _Person] = {}
        self.by_surname: dict[str, _Person] = {}
        self.subject_mentions: list[tuple[int, _Person]] = []  # (char, person) for pronoun antecedents
        ents = list(doc.ents)
        for ent in ents:
            if ent.label_ != "PERSON":
                continue
            if any(a <= ent.start_char < b for a, b in quoted):
                continue  # names inside quotes are not introduced by the reporter
            self.add(ent)
        self.subject_mentions.sort(key=lambda m: m[0])
        # The small NER model misses some names ("Espen Barth Eide" as
        # WORK_OF_ART): a proper-noun subject of a speech verb is a person
        # unless it is tagged as a place or organisation.
        taken = {t.i for ent in ents if ent.label_ == "PERSON" for t in ent}
        for t in doc:
            if (t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass") and t.i not in taken
                    and t.head.lemma_ in SPEECH_VERBS and t.ent_type_ not in NON_PERSON_ENTS
                    and not any(a <= t.idx < b for a, b in quoted)):
                left = t.i
                while left > 0 and doc[left - 1].pos_ == "PROPN" and doc[left - 1].head.i == t.i \
                        and doc[left - 1].ent_type_ not in NON_PERSON_ENTS:
                    left -= 1
                self.add(doc[left: t.i + 1])

    def add(self, ent) -> None:
        doc = self.doc
        toks = _name_tokens(ent)
        if not toks:
            return
        name = _text(doc)[toks[0].idx: toks[-1].idx + len(toks[-1].text)]
        surname = toks[-1].lower_
        person = self.by_name.get(name.lower())
        if person is None and len(toks) == 1:
            person = self.by_surname.get(surname)
        if person is None:
            titles = [t.text for t in ent if t.i < toks[0].i]
            gender = _gender(titles)
            if gender is None and len(toks) > 1 and toks[0].lower_ in FEMALE_NAMES:
                gender = "f"
            person = _Person(name=name, role=None, affiliation=[], gender=gender, first=ent.start_char)
            self.by_name[name.lower()] = person
            if len(toks) > 1 or surname not in self.by_surname:
                self.by_surname[surname] = person
            if titles:
                person.role = " ".join(titles)
        person.positions.append(ent.start_char)
        root = ent.root
        # Premodifiers: "NATO deputy spokeswoman Carmen Romero".
        pre = [t for t in doc[root.left_edge.i: ent.start] if t.i < ent.start]
        pre = _clip_paragraph(pre)
        if pre and not any(t.is_punct and t.text not in ("’s", "'s", ".") for t in pre):
            role, aff = _role_from_np(pre, doc)
            if role and (person.role is None or len(role) > len(person.role or "")):
                person.role = role
            person.affiliation.extend(aff)
            g = _gender(role.split() if role else [])
            person.gender = person.gender or g
        # Apposition: "Anatoly Nogovitsyn, deputy chief of the Russian army general staff".
        for child in root.rights:
            if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN") and child.ent_type_ != "PERSON":
                role, aff = _appos_role(child, doc)
                if role:
                    person.role = role
                    person.gender = person.gender or _gender(role.split())
                person.affiliation.extend(aff)
        # Inverted apposition: "the Russian envoy to NATO, Dmitry Rogozin".
        if root.dep_ == "appos" and root.head.lower_ in ROLE_NOUNS:
            role, aff = _appos_role(root.head, doc)
            if role and person.role is None:
                person.role = role
            person.affiliation.extend(aff)
        if root.dep_ in ("nsubj", "nsubjpass"):
            self.subject_mentions.append((ent.start_char, person))

    def lookup(self, tokens) -> _Person | None:
        """The person a mention names (full name, else surname)."""
        names = [t for t in tokens if t.pos_ == "PROPN" and t.lower_ not in TITLE_WORDS]
        if not names:
            return None
        # Only the name the mention is headed by: in "Griffin, an Obama
        # backer" or "Soto, who lost her sister Victoria" the other proper
        # nouns name someone else.
        tokens = list(tokens)
        head = _np_head(tokens)
        anchor = head if head.pos_ == "PROPN" else names[0]
        ids = {t.i for t in tokens}
        lo = hi = anchor.i
        while lo - 1 in ids and self.doc[lo - 1].pos_ == "PROPN":
            lo -= 1
        while hi + 1 in ids and self.doc[hi + 1].pos_ == "PROPN":
            hi += 1
        names = [t for t in names if lo <= t.i <= hi] or names
        text = _text(self.doc)[names[0].idx: names[-1].idx + len(names[-1].text)].lower()
        if text in self.by_name:
            return self.by_name[text]
        for t in reversed(names):
            p = self.by_surname.get(t.lower_)
            if p is not None:
                return p
        return None

    def by_role(self, head: str, before: int) -> _Person | None:
        """The latest person introduced before `before` whose role fits `head`."""
        cls = ROLE_CLASSES.get(head, head)
        best = None
        for p in self.by_name.values():
            if not p.role or p.first >= before:
                continue
            role_heads = {ROLE_CLASSES.get(w.lower(), w.lower()) for w in p.role.split()}
            if cls in role_heads:
                last = max(x for x in p.positions if x < before)
                if best is None or last > best[0]:
                    best = (last, p)
        return best[1] if best else None


# --------------------------------------------------------------------------
# Speakers
# --------------------------------------------------------------------------


def _clip_paragraph(tokens, anchor: int | None = None) -> list:
    """Keep the tokens in one paragraph: the parser happily joins a headline
    to the lead. `anchor` (a token index) picks the paragraph; default: the
    last one. A short proper-noun fragment before the break is kept, because
    crawls split "U.S.\n\nState Department spokesman Robert Wood" in two."""
    toks = list(tokens)
    breaks = [k for k, t in enumerate(toks) if t.is_space and "\n" in t.text]
    if not breaks:
        return toks
    bounds = [-1] + breaks + [len(toks)]
    for lo, hi in zip(bounds, bounds[1:]):
        part = toks[lo + 1: hi]
        if anchor is None and hi == len(toks) or anchor is not None and any(t.i == anchor for t in part) \
                or anchor is not None and part and part[0].i > anchor:
            prev = toks[:lo] if lo > 0 else []
            prev_part = prev[(max([k for k in breaks if k < lo], default=-1) + 1):] if prev else []
            if prev_part and len(prev_part) <= 2 and all(t.pos_ == "PROPN" for t in prev_part) \
                    and prev_part[-1].text.endswith("."):
                return prev_part + part
            return part
    return toks[breaks[-1] + 1:]


def _strip_span(tokens) -> list:
    toks = list(tokens)
    while toks and (toks[0].is_punct or toks[0].is_space
                    or toks[0].dep_ in ("cc", "aux", "auxpass", "advmod", "mark", "prep")):
        toks = toks[1:]
    while toks and (toks[-1].is_punct and toks[-1].text not in (")",) or toks[-1].is_space
                    or toks[-1].dep_ in ("aux", "auxpass", "advmod", "npadvmod", "neg")):
        toks = toks[:-1]
    return toks


def _mention_text(doc, toks) -> str:
    raw = _text(doc)[toks[0].idx: toks[-1].idx + len(toks[-1].text)]
    return re.sub(r"\s+", " ", raw).strip(" ,\"“”‘’'")


class _Resolver:
    """Turns a speaker mention into a `Speaker`, remembering who spoke last so
    that pronouns and role nouns resolve to the person introduced earlier."""

    def __init__(self, doc, people: _People, actors):
        self.doc = doc
        self.people = people
        self.actors = actors
        self.speakers: list[tuple[int, _Person]] = []  # (char, person) of resolved person speakers

    def _pronoun_antecedent(self, gender: str | None, before: int, avoid=()) -> _Person | None:
        candidates = [c for c in self.speakers + self.people.subject_mentions
                      if c[0] < before and not any(a <= c[0] < b for a, b in avoid)]
        for _, person in sorted(candidates, key=lambda c: -c[0]):
            if gender and person.gender and person.gender != gender:
                continue
            return person
        return None

    def resolve(self, toks, at: int, avoid=()) -> tuple[Speaker | None, tuple[int, int] | None]:
        """`avoid`: character spans whose people a pronoun cannot stand for
        (the content the speaker reports: "Loyalty, she noted, ...")."""
        toks = _strip_span(_clip_paragraph(toks))
        if not toks:
            return None, None
        doc = self.doc
        span = (toks[0].idx, toks[-1].idx + len(toks[-1].text))
        mention = _mention_text(doc, toks)
        head = _np_head(toks)
        speaker: Speaker
        person: _Person | None = None
        low = head.lower_
        if len(toks) == 1 and low in RELATIVE_PRONOUNS:
            # "an official ..., who said": the antecedent is the noun the clause hangs on.
            noun = _relative_antecedent(head)
            if noun is not None:
                clause = {x.i for x in head.head.subtree}
                ant = [t for t in noun.subtree if t.i < head.i and t.i not in clause]
                return self.resolve(ant, at)
        if low in PERSON_PRONOUNS and len(toks) == 1:
            person = self._pronoun_antecedent(PERSON_PRONOUNS[low], span[0], avoid)
            if person is None:
                return Speaker(mention=mention, kind="unnamed"), span
        else:
            person = self.people.lookup(toks)
        if person is None and low in ROLE_NOUNS and toks[0].lower_ in ("the", "this", "that"):
            # "the spokeswoman", "the Russian diplomat": someone already introduced.
            person = self.people.by_role(low, span[0])
            if person is None:
                person = self._latest_speaker_with_role(low, span[0])
        if person is None and head.pos_ == "PROPN" and low not in ORG_NOUNS:
            # A name the NER missed or took for an organisation ("― Pamela
            # Padilla", "said Grimm, a Donald Trump supporter"): a speaker
            # named like a person, or described as one, is one; remember them
            # for later surnames and pronouns.
            ids = {t.i for t in toks}
            lo = hi = head.i
            while lo - 1 in ids and (doc[lo - 1].pos_ == "PROPN" or doc[lo - 1].lower_ in TITLE_WORDS):
                lo -= 1
            while hi + 1 in ids and doc[hi + 1].pos_ == "PROPN":
                hi += 1
            described = any(c.dep_ == "appos" and c.lemma_.lower() in ROLE_NOUNS for c in head.children)
            if (hi - lo + 1 == len(toks) and head.ent_type_ in ("PERSON", "")) or described:
                self.people.add(doc[lo: hi + 1])
                person = self.people.lookup(doc[lo: hi + 1])
        if person is not None:
            self.speakers.append((span[0], person))
            speaker = Speaker(mention=mention, name=person.name, role=person.role, kind="person")
            _code_speaker(speaker, span, person, self.actors, doc)
            return speaker, span
        if low in GROUP_PRONOUNS or low in ("i", "you", "one"):
            return Speaker(mention=mention, kind="unnamed"), span
        ents = {t.ent_type_ for t in toks} - {""}
        is_org = (head.ent_type_ in ("ORG", "GPE", "NORP") or low in ORG_NOUNS
                  or (ents & {"ORG", "GPE"} and head.pos_ == "PROPN"))
        if is_org and low not in ROLE_NOUNS:
            name = re.sub(r"^(the|The)\s+", "", mention)
            speaker = Speaker(mention=mention, name=name, kind="organisation")
        else:
            role_toks = [t for t in toks if t.i <= head.i and t.dep_ not in ("det", "poss", "case")
                         and t.ent_type_ not in ("ORG", "GPE", "NORP") and not t.is_punct]
            role = _mention_text(doc, role_toks) if role_toks else None
            speaker = Speaker(mention=mention, name=None, role=role, kind="unnamed")
        _code_speaker(speaker, span, None, self.actors, doc)
        return speaker, span

    def _latest_speaker_with_role(self, head: str, before: int) -> _Person | None:
        cls = ROLE_CLASSES.get(head, head)
        for _, person in sorted((c for c in self.speakers if c[0] < before), key=lambda c: -c[0]):
            if cls in ("official", "officer", "source") or not person.role:
                continue
            roles = {ROLE_CLASSES.get(w.lower(), w.lower()) for w in person.role.split()}
            if cls in roles or cls in ("diplomat",) and roles & {"minister", "diplomat"}:
                return person
        if head in GENERIC_ROLES:
            return None  # "the Russian official" is not whoever spoke last
        for _, person in sorted((c for c in self.speakers if c[0] < before), key=lambda c: -c[0]):
            g = _gender([head])
            if g and person.gender and person.gender != g:
                continue
            return person
        return None


def _relative_antecedent(pronoun):
    """The noun a relative pronoun stands for: the noun right before it,
    climbing out of 'of'/'in' phrases ("an official in the Ministry of
    Defense, who said" -> official). Reads the surface rather than the relcl
    arc, which the parser often hangs on the wrong noun."""
    doc = pronoun.doc
    i = pronoun.i - 1
    while i >= 0 and (doc[i].is_punct or doc[i].is_space):
        i -= 1
    if i < 0 or doc[i].pos_ not in ("NOUN", "PROPN"):
        verb = pronoun.head
        return verb.head if verb.dep_ == "relcl" else None
    t = doc[i]
    while t.dep_ in ("compound", "amod") and t.head.i > t.i:
        t = t.head
    while t.dep_ == "pobj" and t.head.lower_ in ("of", "in", "at", "for", "with") and t.head.head.pos_ in ("NOUN", "PROPN"):
        t = t.head.head
    return t


def _np_head(toks):
    """The syntactic head of a token run (the token whose head lies outside it)."""
    ids = {t.i for t in toks}
    for t in toks:
        if t.head.i not in ids or t.head.i == t.i:
            if t.pos_ in ("NOUN", "PROPN", "PRON") or t.is_alpha:
                return t
    return toks[-1]


def _code_speaker(speaker: Speaker, span: tuple[int, int], person: _Person | None, actors, doc) -> None:
    """Fill country / org / sector of a speaker. This is the one place that
    talks to the actor coder (`newsevents.actors`); without it the fields are
    filled only with what the article states literally (an ORG name)."""
    ref = None
    if actors is not None:
        try:
            if person is not None:
                # The person's own entry; the mention span only when it names
                # them (for "he" the coder would run its own coreference).
                ref = actors.person(person.name) or actors.person(person.name.split()[-1])
                mention = _text(doc)[span[0]:span[1]]
                if ref is None and person.name.split()[-1] in mention:
                    ref = actors.actor_for_span(*span)
                for a, b in person.affiliation:
                    if ref is not None:
                        break
                    ref = actors.actor_for_span(a, b)
            else:
                ref = actors.actor_for_span(*span)
        except Exception:  # the actor coder is optional; a failure must not lose the quote
            ref = None
    if ref is not None:
        # Role stays as the article words it: tables know today's office, not
        # the one held when the article was written.
        speaker.country, speaker.org, speaker.sector = ref.country, ref.org, ref.sector
        if speaker.org is not None or person is None:
            return
    # Literal fallback: an organisation named in the affiliation or the mention.
    spans = list(person.affiliation) if person is not None else []
    spans.append(span)
    for a, b in spans:
        chunk = doc.char_span(a, b, alignment_mode="expand")
        if chunk is None:
            continue
        orgs = [t for t in chunk if t.ent_type_ == "ORG"]
        if orgs:
            first = orgs[0]
            k = first.i
            while k > 0 and doc[k].ent_iob_ == "I" and doc[k - 1].ent_type_ == "ORG":
                k -= 1
            j = first.i
            while j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I":
                j += 1
            speaker.org = speaker.org or _text(doc)[doc[k].idx: doc[j].idx + len(doc[j].text)]
            return


@functools.lru_cache(maxsize=1)
def _actor_resolver():
    """The actor coder (`newsevents.actors`), loaded once; None when absent or broken."""
    try:
        from newsevents.actors import ActorResolver, load_actor_tables

        return ActorResolver(load_actor_tables())
    except Exception:
        return None


def _doc_actors(doc):
    """DocActors for the article when the actor coder is available."""
    resolver = _actor_resolver()
    if resolver is None:
        return None
    try:
        return resolver.resolve_doc(doc, None)
    except Exception:
        return None


# --------------------------------------------------------------------------
# Attribution of direct quotes
# --------------------------------------------------------------------------


def _subject_of(verb):
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        # "Lavrov accused ... and the Norwegian Defence Ministry said ...": the
        # parser often loses the second subject; a noun right before the verb is it.
        prev = verb.doc[verb.i - 1] if verb.i > 0 else None
        if prev is not None and prev.pos_ in ("NOUN", "PROPN") and prev.i > verb.head.i:
            return prev
        return _subject_of(verb.head)
    if verb.dep_ in ("advcl", "xcomp", "acl") and verb.tag_ in ("VBG", "VBN", "VB"):
        # "Trump shot back, saying ...": the controller's subject speaks.
        return _subject_of(verb.head) if verb.head.pos_ in ("VERB", "AUX") else None
    if verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
        return _subject_of(verb.head.head)
    return None


def _subject_tokens(subj, verb) -> list:
    """The subject phrase; for a noun borrowed from a mis-parsed coordination,
    the contiguous noun phrase ending right before the verb."""
    if subj.head.i == verb.i:
        return list(subj.subtree)
    doc = subj.doc
    i = subj.i
    while i > 0 and not (doc[i - 1].is_punct or doc[i - 1].dep_ == "cc" or doc[i - 1].pos_ in ("VERB", "AUX")
                         or doc[i - 1].ent_type_ in ("DATE", "TIME")):
        i -= 1
    return list(doc[i: subj.i + 1])


def _relay(verb) -> str | None:
    """The news outlet a statement reached us through, if the cue names one."""
    cands = []
    for c in verb.children:
        if c.dep_ in ("dobj", "dative", "iobj") and verb.lemma_ == "tell":
            cands.append(c)
        if c.dep_ == "agent" and verb.lemma_ == "quote":
            cands.extend(x for x in c.children if x.dep_ == "pobj")
        if c.dep_ == "prep" and c.lower_ in ("in", "during"):
            for p in c.children:
                if p.dep_ == "pobj" and p.lower_ == "interview":
                    for w in p.children:
                        if w.dep_ == "prep" and w.lower_ in ("with", "on", "to"):
                            cands.extend(x for x in w.children if x.dep_ == "pobj")
        if c.dep_ == "prep" and c.lower_ == "to" and verb.lemma_ in ("say", "speak"):
            cands.extend(x for x in c.children if x.dep_ == "pobj")
    for c in cands:
        toks = [t for t in c.subtree if not t.is_punct]
        words = {t.lower_ for t in toks}
        if words & MEDIA_WORDS or any(t.ent_type_ == "ORG" for t in toks):
            ents = [t for t in toks if t.ent_type_ == "ORG"]
            if ents and {t.lower_ for t in toks if t.ent_type_ != "ORG"} <= {"news", "agency", "the", "a"}:
                toks = ents
            toks = [t for t in toks if not (t.dep_ == "det" and t.is_lower)] or toks
            return _mention_text(verb.doc, toks)
    return None


class _Extractor:
    def __init__(self, doc, actors):
        self.doc = doc
        self.text = _text(doc)
        self.double = find_quote_spans(self.text)
        flat = [seg for q in self.double for seg in q]
        self.single = find_single_quote_spans(self.text, flat)
        self.quoted = sorted(flat + self.single)
        # Paragraph number of every token (a newline in a space token starts a new one).
        self.para = []
        n = 0
        for t in doc:
            self.para.append(n)
            if t.is_space and "\n" in t.text or t.whitespace_ == "" and "\n" in t.text:
                n += 1
        self.in_quote = [False] * len(doc)
        for a, b in self.quoted:
            span = doc.char_span(a, b, alignment_mode="expand")
            if span is not None:
                for i in range(span.start, span.end):
                    self.in_quote[i] = True
        # Quote marks themselves count as inside for window purposes.
        self.people = _People(doc, flat)
        self.resolver = _Resolver(doc, self.people, actors)

    def tok_at(self, char: int, forward: bool = True):
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        return span[0]

    # -- windows around a quote ------------------------------------------
    def _tail(self, end_char: int):
        """Tokens after the closing mark up to the sentence end."""
        doc = self.doc
        tok = self.tok_at(end_char)
        if tok is None:
            return []
        i = tok.i
        # Skip this quote's own closing mark, whatever its glyph ('unusual,“ said').
        while i < len(doc) and (doc[i].text in DOUBLE_MARKS and i <= tok.i + 1
                                or doc[i].is_punct and doc[i].text in ",!?." and i == tok.i):
            i += 1
        out = []
        joined_break = False
        while i < len(doc):
            t = doc[i]
            if self.in_quote[i] or t.text in DOUBLE_MARKS:
                break
            if t.is_space and "\n" in t.text:
                # Crawl artefact: "…," U.S.\n\nState Department spokesman Robert Wood said.
                frag = [x for x in out if not x.is_punct]
                if not joined_break and frag and not out[-1].text.endswith((".", "!", "?")) or (
                    not joined_break and frag and frag[-1].text[:1].isupper() and frag[-1].text.endswith(".")
                    and len(frag) <= 3):
                    joined_break = True
                    i += 1
                    continue
                break
            out.append(t)
            if t.text in SENTENCE_END:
                break
            i += 1
        return out

    def _head(self, start_char: int):
        """Tokens before the opening mark back to the previous sentence end,
        quote, or paragraph start; if the quote opens a paragraph and the
        previous paragraph ends with a colon, that paragraph's last sentence."""
        doc = self.doc
        tok = self.tok_at(start_char)
        if tok is None:
            return []
        i = tok.i - 1
        # Skip this quote's own opening mark, whatever its glyph.
        if i >= 0 and doc[i].text in DOUBLE_MARKS:
            i -= 1
        out = []
        while i >= 0:
            t = doc[i]
            if self.in_quote[i] or t.text in DOUBLE_MARKS:
                break
            if t.is_space and "\n" in t.text:
                if not out:
                    j = i - 1
                    while j >= 0 and doc[j].is_space:
                        j -= 1
                    if j >= 0 and doc[j].text == ":":
                        i = j
                        continue
                break
            if t.text in SENTENCE_END:
                break
            out.append(t)
            i -= 1
        out.reverse()
        return out

    def _attribute_window(self, window, after_quote: bool, found: _Found) -> bool:
        if not window:
            return False
        ids = {t.i for t in window}
        verbs = [t for t in window if t.lemma_ in SPEECH_VERBS and t.pos_ in ("VERB", "AUX")]
        words = [t for t in window if not (t.is_punct or t.is_space)]
        if not verbs and after_quote and len(words) <= 6:
            # '..." he mocks.' / '..." Trump quipped.': right after a quote any
            # verb with its subject in that short tail is the cue.
            verbs = [t for t in words if t.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and c.i in ids for c in t.children)][:1]
        if not verbs and after_quote and words:
            # '"This is fantastic!" beamed Donald Hartley of ...' / '"Go back,"
            # Trump barked and ...': a finite verb opening the tail, or right
            # after its own short subject, is the cue whatever the verb.
            first = next((k for k, t in enumerate(words[:4]) if t.pos_ == "VERB"), None)
            if first is not None and words[first].tag_ in ("VBD", "VBZ"):
                verb = words[first]
                subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i in ids]
                if subj and (first == 0 or {t.i for t in words[:first]} <= {t.i for t in subj[0].subtree}) or (
                        first > 0 and all(t.pos_ == "PROPN" for t in words[:first])):
                    verbs = [verb]
        if not after_quote and window[-1].text == ":":
            # "Pollsters agree - Carl Bialik: ...": a name set off by a dash
            # before the colon is the speaker, whatever the topic line says.
            k = len(window) - 1
            while k > 0 and (window[k - 1].pos_ == "PROPN" or window[k - 1].text in (".", "’s", "'s")):
                k -= 1
            named = [t for t in window[k:-1] if not t.is_punct]
            if 0 < len(named) <= 4 and k > 0 and window[k - 1].text in ("-", "–", "—", "―", "--"):
                found.speaker, found.mention_span = self.resolver.resolve(named, found.start)
                return found.speaker is not None
        according = [t for t in window if t.lower_ == "according" and t.i + 1 < len(self.doc)
                     and self.doc[t.i + 1].lower_ == "to"]
        if according and (not verbs or after_quote and according[0].i < verbs[0].i):
            t = according[0]
            pobj = [x for x in self.doc[t.i + 1].children if x.dep_ == "pobj"]
            toks = list(pobj[0].subtree) if pobj else [x for x in window if x.i > t.i + 1]
            toks = [x for x in toks if x.i in ids]
            speaker, span = self.resolver.resolve(toks, found.start)
            found.speaker, found.mention_span, found.cue = speaker, span, "according to"
            return speaker is not None
        if not verbs:
            if not after_quote:
                # Transcript style "LAVROV: ..." / "Lavrov: ...".
                if window[-1].text == ":":
                    toks = [t for t in window[:-1] if not t.is_punct]
                    if 0 < len(toks) <= 4 and all(t.pos_ == "PROPN" or t.is_upper for t in toks):
                        speaker, span = self.resolver.resolve(toks, found.start)
                        found.speaker, found.mention_span = speaker, span
                        return speaker is not None
                    return self._colon_intro(window, found)
            return False
        verb = verbs[0] if after_quote else verbs[-1]
        found.cue = verb.text
        # The parser sometimes also hangs a noun of the quote on the cue as a
        # subject ('"... the foundation," said a person close to ...'): prefer
        # the subject that lies in the window.
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in ids), None)
        subj = subj if subj is not None else _subject_of(verb)
        if subj is not None and subj.i in ids:
            toks = [t for t in subj.subtree if t.i in ids]
        elif subj is not None and after_quote and subj.i < verb.i:
            toks = [t for t in window if t.i < verb.i]
        else:
            before = [t for t in window if t.i < verb.i]
            before = _strip_span(before)
            if before and after_quote:
                toks = before
            elif after_quote:
                toks = _after_verb_np(window, verb)
            else:
                toks = before
        # "…," U.S.\n\nState Department spokesman Robert Wood said: keep the split-off part.
        if after_quote and toks and toks[0].i > window[0].i:
            lead = [t for t in window if t.i < toks[0].i]
            if lead and all(t.pos_ == "PROPN" or t.is_space or t.is_punct for t in lead) and any(
                    t.is_space and "\n" in t.text for t in self.doc[lead[-1].i: toks[0].i + 1]):
                toks = [t for t in window if t.i < toks[-1].i + 1 and t.i >= lead[0].i and not t.is_space]
        speaker, span = self.resolver.resolve(toks, found.start)
        found.speaker, found.mention_span = speaker, span
        found.relayed_by = _relay(verb)
        return speaker is not None

    def _colon_intro(self, window, found: _Found) -> bool:
        """A clause ending in a colon introduces the quote even without a
        speech verb ("Cruz called them on it:", "... surprise pollster Daron
        Shaw:"): its person subject speaks, else the last person it names."""
        clause = [t for t in window[:-1] if not t.is_space]
        for t in clause:
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.i in {x.i for x in clause} and (
                    t.ent_type_ in ("PERSON", "ORG") or t.lower_ in PERSON_PRONOUNS or t.lower_ in ORG_NOUNS
                    or self.people.lookup([t])):
                found.speaker, found.mention_span = self.resolver.resolve(_subject_tokens(t, t.head), found.start)
                return found.speaker is not None
        persons = [t for t in clause if t.ent_type_ == "PERSON"]
        if persons:
            last = persons[-1]
            toks = [t for t in clause if t.ent_type_ == "PERSON" and t.i <= last.i and t.ent_iob_ != "O"
                    and t.i >= last.i - 4]
            found.speaker, found.mention_span = self.resolver.resolve(toks, found.start)
            return found.speaker is not None
        return False

    # -- main passes -----------------------------------------------------
    def _is_partial(self, segs) -> bool:
        """A quote embedded in the reporter's sentence ("plans to 'freeze ...'"),
        as opposed to one that stands as the speaker's own sentence(s)."""
        if len(segs) > 1:
            return False
        open_mark = segs[0][0] - 1
        while open_mark > 0 and self.text[open_mark] not in DOUBLE_MARKS:
            open_mark -= 1
        para_start = self.text.rfind("\n", 0, open_mark) + 1
        before = self.text[para_start:open_mark].rstrip()
        return before[-1:].isalnum()

    def direct(self, indirect: list[_Found]) -> list[_Found]:
        out: list[_Found] = []
        prev: _Found | None = None
        for segs in self.double:
            partial = self._is_partial(segs)
            title = len(segs) == 1 and looks_like_title(self.text[segs[0][0]:segs[0][1]])
            f = _Found(segments=segs, direct=True, partial=partial)
            if title and not partial:
                # Short and capitalised like a title, but standing as its own
                # sentence: speech when a cue follows it ('"Safety," said Grimm').
                if self._attribute_window(self._tail(f.end), True, f):
                    out.append(f)
                    prev = f
                continue
            if title:
                # A title or slogan counts only when a cue governs it ("calling
                # Christie 'New Jersey's Biggest Loser'"), never by proximity.
                self._attribute_partial(f)
                if f.speaker is not None:
                    out.append(f)
                continue
            start, end = f.start, f.end
            open_mark = start - 1
            while open_mark > 0 and self.text[open_mark] not in DOUBLE_MARKS:
                open_mark -= 1
            if f.partial:
                self._attribute_partial(f)
                if f.speaker is None and self.text[end:end + 2].lstrip()[:1] in (",", "”", '"'):
                    # "Trump is a 'change agent,' Cole said": only a cue right after the quote.
                    tail = self._tail(end)
                    if len([t for t in tail if not t.is_punct]) <= 8:
                        self._attribute_window(tail, True, f)
                out.append(f)  # unattributed partials are settled in find_quotes
                if f.speaker is not None:
                    prev = f
                continue
            ok = self._dash_credit(f) or self._transcript_label(f)
            # A quote closed by a full stop ends its sentence: what follows is
            # the reporter's next sentence, not an attribution.
            closed = self.text[end - 1] == "." and self.text[end - 3:end] != "..."
            if not ok and not closed:
                ok = self._attribute_window(self._tail(end), True, f)
            if not ok:
                ok = self._attribute_window(self._head(open_mark), False, f)
            if not ok and prev is not None and prev.speaker is not None and self._adjacent(prev, f):
                self._inherit(f, prev)
                ok = True
            if not ok:
                ok = self._from_previous_sentence(f, open_mark, indirect + out)
            if not ok:
                ok = self._from_context(f, open_mark, indirect + out)
            out.append(f)
            prev = f
        return out

    _NAME_WORD = r"(?:[A-Z][\w.’'-]*|de|da|van|von|der|al|bin|la|le)"
    _DASH_CREDIT = re.compile(
        r"[”\"»,.!?]{0,3}[^\S\n]*(?:―|—|–|--?)[^\S\n]*"
        rf"({_NAME_WORD}(?:[^\S\n]+{_NAME_WORD}){{0,5}})"
        r"[^\S\n]*(?=$|[,.(\n])")

    def _dash_credit(self, f: _Found) -> bool:
        """A quote credited after a dash, as in listings and social-media
        round-ups: '"... our greatest shame." ― Sonya Herridge'. The name must
        stand alone up to the end of the line, a comma or a full stop."""
        m = self._DASH_CREDIT.match(self.text, f.end, self.text.find("\n", f.end) % (len(self.text) + 1))
        if m is None or not m.group(1)[:1].isupper():
            return False
        a, b = m.span(1)
        toks = self._tokens_in(a, b)
        if not toks:
            return False
        f.speaker, f.mention_span = self.resolver.resolve(toks, f.start)
        return f.speaker is not None

    _LABEL = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s")

    def _transcript_label(self, f: _Found) -> bool:
        """A transcript quoted whole: '"PENCE: Well, the question ...'. The
        upper-case label opening the quote names the speaker."""
        m = self._LABEL.match(self.text, f.start)
        if m is None:
            return False
        toks = self._tokens_in(*m.span(1))
        if not toks:
            return False
        f.speaker, f.mention_span = self.resolver.resolve(toks, f.start)
        return f.speaker is not None

    def _tokens_in(self, a: int, b: int) -> list:
        """Tokens starting inside [a, b) (a glued '”―Pamela' token is left out)."""
        span = self.doc.char_span(a, b, alignment_mode="expand")
        return [t for t in span if a <= t.idx < b] if span is not None else []

    @staticmethod
    def _inherit(f: _Found, other: _Found) -> None:
        f.speaker, f.cue, f.relayed_by = other.speaker, other.cue, other.relayed_by
        f.mention_span = other.mention_span

    def _from_context(self, f: _Found, open_mark: int, attributed: list[_Found]) -> bool:
        """A quote paragraph with no attribution of its own belongs to whoever
        the paragraph before it reported, or failing that to the person that
        paragraph was about ("Viguerie is upbeat ... / 'Not only can ...'")."""
        para_start = self.text.rfind("\n", 0, open_mark) + 1
        if self.text[para_start:open_mark].strip():
            return False
        prev_end = para_start - 1
        while prev_end > 0 and self.text[prev_end - 1] == "\n":
            prev_end -= 1
        prev_start = self.text.rfind("\n", 0, prev_end) + 1
        if prev_end - prev_start < 2:
            return False
        recent = [g for g in attributed if g.speaker is not None and prev_start <= g.start < open_mark]
        if recent:
            self._inherit(f, max(recent, key=lambda g: g.start))
            return True
        subjects = [(pos, p) for pos, p in self.people.subject_mentions if prev_start <= pos < prev_end]
        if subjects:
            pos, person = subjects[-1]
            toks = [t for t in self.doc.char_span(pos, pos + 1, alignment_mode="expand")]
            f.speaker, f.mention_span = self.resolver.resolve(toks, f.start)
            return f.speaker is not None
        return False

    def _from_previous_sentence(self, f: _Found, open_mark: int, attributed: list[_Found]) -> bool:
        """A quote opening a sentence inside a paragraph, with no cue of its
        own, continues the sentence before it: "Iowa State University's Dianne
        Bystrom agreed. 'Mainstream Republicans ...'". It takes that sentence's
        reported speaker, else its subject when the subject is a person."""
        tok = self.tok_at(open_mark)
        if tok is None:
            return False
        i = tok.i - 1
        while i >= 0 and self.doc[i].is_space and "\n" not in self.doc[i].text:
            i -= 1
        if i < 0 or self.doc[i].text not in SENTENCE_END or self.para[i] != self.para[tok.i]:
            return False
        sent = self.doc[i].sent
        lo, hi = sent.start_char, self.doc[i].idx
        recent = [g for g in attributed if g.speaker is not None and lo <= g.start < hi]
        if recent:
            self._inherit(f, max(recent, key=lambda g: g.start))
            return True
        root = sent.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or self.in_quote[subj.i] or self.para[subj.i] != self.para[tok.i]:
            return False
        if not (subj.ent_type_ == "PERSON" or subj.lower_ in PERSON_PRONOUNS or self.people.lookup([subj])
                or subj.lemma_.lower() in ROLE_NOUNS and subj.lemma_.lower() not in GENERIC_ROLES):
            return False
        f.speaker, f.mention_span = self.resolver.resolve(_subject_tokens(subj, root), f.start)
        return f.speaker is not None

    def _adjacent(self, prev: _Found, cur: _Found) -> bool:
        """True when nothing but an attribution sentence or a paragraph break
        separates two quotes (the continuation convention)."""
        gap = self.text[prev.end: cur.start]
        if gap.count("\n\n") > 1 or len(gap) > 200:
            return False
        paras = [p for p in re.split(r"\n+", gap) if p.strip(" ”\"“,.")]
        return len(paras) <= 1

    def _attribute_partial(self, f: _Found) -> None:
        """A partial quote takes the speaker of the reporting verb it depends on."""
        span = self.doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None:
            return
        tok = span.root
        seen = 0
        while tok.head.i != tok.i and seen < 30:
            child, tok = tok, tok.head
            seen += 1
            if tok.lemma_ in PARTIAL_CUES and tok.pos_ in ("VERB", "AUX") and not self.in_quote[tok.i]:
                # Only the said content hangs on the cue: not its subject, not
                # the addressee ("told NBC's 'Meet the Press'"), not a setting
                # ("said on 'Fox News Sunday'").
                if child.dep_ in ("nsubj", "nsubjpass", "dative", "agent", "npadvmod") or (
                        child.dep_ == "dobj" and tok.lemma_ in ("tell", "ask", "inform", "notify", "thank")) or (
                        child.dep_ == "prep" and child.lower_ not in ("of", "as", "about", "for", "that")):
                    return
                subj = _subject_of(tok)
                if subj is None:
                    return
                f.cue = tok.text
                f.speaker, f.mention_span = self.resolver.resolve(_subject_tokens(subj, tok), f.start)
                f.relayed_by = _relay(tok)
                return
        # Not under a reporting verb: a partial quote inside a reported clause
        # whose cue comes after it ("NATO 'takes note' ..., the spokeswoman said").

    # Speech acts whose content is an infinitive clause ("vowed to press on",
    # "urged Congress to act"): commitments and requests.
    INFINITIVE_CUES = frozenset("promise vow pledge threaten urge ask demand agree propose".split())

    def _content_segments(self, toks, cut: set[int] = frozenset()) -> list[tuple[int, int]]:
        """Character segments of a content clause: its tokens minus `cut` (a
        parenthetical cue "..., he said, ..."), trimmed of punctuation and marks."""
        runs, run = [], []
        for t in toks:
            if t.i in cut:
                if run:
                    runs.append(run)
                run = []
            else:
                run.append(t)
        if run:
            runs.append(run)
        segs = []
        for run in runs:
            while run and (run[-1].is_punct or run[-1].is_space or run[-1].text in DOUBLE_MARKS):
                run = run[:-1]
            while run and (run[0].is_punct or run[0].is_space or run[0].text in DOUBLE_MARKS):
                run = run[1:]
            if run:
                segs.append((run[0].idx, run[-1].idx + len(run[-1].text)))
        return segs

    def _reported(self, verb, toks, full, cut: set[int] = frozenset()) -> _Found | None:
        """An indirect quote of `verb` with content `toks`, unless the content
        is mostly a direct quote (handled as such) or too short to be a claim."""
        toks = [t for t in _clip_paragraph(toks, anchor=verb.i) if self.para[t.i] == self.para[verb.i]]
        segs = self._content_segments(toks, cut)
        if not segs:
            return None
        size = sum(b - a for a, b in segs)
        inside = sum(max(0, min(b, e) - max(a, s)) for a, b in segs for s, e in full)
        if inside > 0.3 * size:
            return None  # the complement is a direct quote, handled above
        if len([t for t in toks if t.i not in cut and not t.is_punct]) < 3:
            return None
        subj = _subject_of(verb)
        if subj is None:
            return None
        f = _Found(segments=segs, direct=False, cue=verb.text)
        f.speaker, f.mention_span = self.resolver.resolve(_subject_tokens(subj, verb), segs[0][0], avoid=segs)
        f.relayed_by = _relay(verb)
        return f

    def indirect(self) -> list[_Found]:
        doc = self.doc
        out: list[_Found] = []
        full = [seg for segs in self.double if not self._is_partial(segs) for seg in segs]
        for verb in doc:
            if verb.lemma_ not in SPEECH_VERBS or verb.pos_ not in ("VERB", "AUX") or self.in_quote[verb.i]:
                continue
            contents = [list(c.subtree) for c in verb.children if c.dep_ == "ccomp"]
            cut: set[int] = set()
            if not contents and verb.lemma_ in self.INFINITIVE_CUES:
                contents = [list(c.subtree) for c in verb.children if c.dep_ == "xcomp"]
            if not contents and verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX") \
                    and _is_parenthetical(verb):
                # "Loyalty, he noted, has long been ...": the cue interrupts its content.
                cut = {t.i for t in verb.subtree}
                contents = [[t for t in verb.head.subtree if t.sent == verb.sent]]
            for toks in contents:
                f = self._reported(verb, toks, full, cut)
                if f is not None:
                    out.append(f)
        for tok in doc:
            if tok.lower_ != "according" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
                continue
            if self.in_quote[tok.i]:
                continue
            pobj = [x for x in doc[tok.i + 1].children if x.dep_ == "pobj"]
            if not pobj:
                continue
            phrase = {tok.i, tok.i + 1} | set(x.i for x in pobj[0].subtree)
            sent = tok.sent
            toks = [t for t in sent if t.i not in phrase and self.para[t.i] == self.para[tok.i]]
            while toks and (toks[-1].is_punct or toks[-1].is_space):
                toks = toks[:-1]
            while toks and (toks[0].is_punct or toks[0].is_space):
                toks = toks[1:]
            if len(toks) < 3:
                continue
            a, b = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            inside = sum(max(0, min(b, e) - max(a, s)) for s, e in full)
            if inside > 0.3 * (b - a):
                continue
            f = _Found(segments=[(a, b)], direct=False, cue="according to")
            f.speaker, f.mention_span = self.resolver.resolve(list(pobj[0].subtree), a)
            out.append(f)
        return out

    def single_partials(self) -> list[_Found]:
        out = []
        for s, e in self.single:
            if looks_like_title(self.text[s:e]):
                continue
            f = _Found(segments=[(s, e)], direct=True, partial=True)
            self._attribute_partial(f)
            out.append(f)
        return out


def _is_parenthetical(verb) -> bool:
    """A cue set off by commas inside or after its content ("..., he said.")."""
    first = verb.left_edge
    before = verb.doc[first.i - 1] if first.i > 0 else None
    return first.text in (",", "—", "–") or before is not None and before.text in (",", "—", "–")


def _after_verb_np(window, verb):
    """Speaker after an inverted cue ('said Rep. X (D-N.C.), head of ...')."""
    toks = [t for t in window if t.i > verb.i]
    out = []
    for t in toks:
        if t.text in SENTENCE_END or t.ent_type_ in ("DATE", "TIME") or (
                t.dep_ == "prep" and t.lower_ in ("on", "in", "at", "during", "after", "before", "while", "to")):
            break
        out.append(t)
    return out


def find_quotes(doc, actors=None) -> list[_Found]:
    """All quotes of a parsed document, in text order, with internal details
    (speaker mention offsets) kept for evaluation."""
    ex = _Extractor(doc, actors)
    indirect = ex.indirect()
    direct = ex.direct(indirect)
    singles = ex.single_partials()
    # Partial quotes inside an indirect clause whose cue follows them take
    # that clause's speaker ("NATO 'takes note' ..., the spokeswoman said");
    # partial quotes under no reporting verb at all are scare quotes or titles.
    partials = []
    for f in direct + singles:
        if f.partial and f.speaker is None:
            host = [g for g in indirect if g.start <= f.start and f.end <= g.end and g.speaker]
            if not host:
                continue
            g = min(host, key=lambda g: g.end - g.start)
            f.speaker, f.cue, f.mention_span, f.relayed_by = g.speaker, g.cue, g.mention_span, g.relayed_by
        if f.partial:
            partials.append(f)
    found = [f for f in direct if not f.partial] + partials + indirect
    found.sort(key=lambda f: (f.start, not f.direct))
    return found


def extract_quotes(doc, article_id: str, actors=None) -> list[Quote]:
    """Quotes of one article. `doc` is the spaCy Doc of the article's clean
    text; `actors` the article's DocActors (built here when None and the actor
    coder is available)."""
    if actors is None:
        actors = _doc_actors(doc)
    quotes = []
    for n, f in enumerate(find_quotes(doc, actors)):
        text = " ".join(_text(doc)[a:b] for a, b in f.segments)
        text = re.sub(r"\s+", " ", text).strip().rstrip(",")
        quotes.append(Quote(
            id=f"{article_id}:q{n + 1}", article_id=article_id, text=text, direct=f.direct,
            cue=f.cue, speaker=f.speaker, relayed_by=f.relayed_by, start=f.start, end=f.end,
        ))
    return quotes
