"""Actor recognition: who is acting in a news article.

Bundled tables (``data/countries.tsv``, ``organizations.tsv``, ``officeholders.tsv``,
``sectors.tsv``) are turned once per process into a token-sequence lexicon. For
each parsed article, :meth:`ActorResolver.resolve_doc` finds the lexicon
mentions and the people in one pass over the tokens (pure Python, no extra
model), follows people through the text (surnames, "the spokeswoman", he/she),
and then answers, lazily, "who is the actor of the noun phrase headed by this
token?" from the dependency subtree (compounds, adjectives, possessives,
appositions and "of"-phrases).

Sector codes are PLOVER's (see :data:`newsevents.ontology.SECTORS`): a state
acting by name or by its capital is GOV, its people (plural demonym) are CVL,
words around the mention (troops -> MIL, police -> COP, ...) decide otherwise.
For international bodies the sector is the manual's non-state code (IGO, UNO,
EUR) unless a force word says MIL/COP/JUD/LEG.

The lexicon lookup is a dict keyed on the first token's text with the
candidate phrases' token tuples, rather than spaCy's PhraseMatcher, because it
needs per-phrase payloads, case rules and "longest match wins" in one pass,
and a dict probe per token is as fast as the matcher on article-sized docs.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from newsevents.models import ActorRef
from newsevents.ontology import SECTORS

DATA_DIR = Path(__file__).resolve().parent / "data"

ORG_KINDS = ("igo", "armed group", "party", "ngo", "media", "company")
# International bodies keep their own sector code unless one of these says
# what part of them acts ("NATO troops" -> MIL).
_IGO_OVERRIDING_SECTORS = {"MIL", "COP", "JUD", "LEG"}
# Dependency relations that stay inside one actor noun phrase.
_NP_DEPS = {"compound", "amod", "poss", "appos", "pobj", "nmod", "flat", "det", "case", "nummod", "prep", "npadvmod"}
_LOCATIVE_PREPS = {"in", "at", "near", "into", "outside", "inside", "around", "across", "through", "throughout",
                   "within", "to", "from", "via"}
_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
# Common English given names and their usual gender: with a courtesy title ("Mrs. Clinton") they tell which
# of two same-surname people is meant (Bill or Hillary Clinton).
_GIVEN_NAME_GENDER = {**dict.fromkeys("""bill william john james robert michael david richard joseph thomas charles
    christopher daniel matthew donald george paul mark steven steve kevin brian edward ronald jeffrey jeff jack joe
    mike chris dan tom bob jim tim ted peter harry henry frank scott eric andrew stephen larry gary ben benjamin
    barack bernie mitt marco rand jeb newt al rick chuck mitch barney""".split(), "m"),
    **dict.fromkeys("""hillary mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    margaret betty sandra ashley dorothy kimberly emily donna michelle carol amanda melissa deborah laura helen
    anna maria ruth sharon cynthia kathleen amy angela shirley brenda emma nicole samantha katherine christine
    rachel carly sonia condoleezza madeleine loretta debbie elena diane dianne kamala melania ivanka chelsea
    megyn huma theresa jane jill sheryl""".split(), "f")}
# Abbreviated titles before a name and the role word they stand for ("Sen. Jeff Merkley" ... "the only senator").
_TITLE_ABBREVIATIONS = {"sen.": "senator", "sens.": "senators", "rep.": "representative", "reps.": "representatives",
                        "gov.": "governor", "gen.": "general", "adm.": "admiral", "col.": "colonel", "lt.": "lieutenant",
                        "maj.": "major", "amb.": "ambassador", "cmdr.": "commander"}
# Courtesy titles before a surname ("Mrs. Clinton", "Mr. Trump") and the gender they tell.
_HONORIFIC_GENDER = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f", "miss": "f",
                     "madam": "f", "madame": "f", "mme.": "f", "monsieur": "m"}
# Words that qualify a role in a title ("deputy spokeswoman", "Foreign Minister").
_ROLE_QUALIFIERS = {
    "deputy", "vice", "foreign", "defence", "defense", "interior", "prime", "first", "senior", "acting", "former",
    "chief", "general", "lieutenant", "major", "colonel", "press", "state", "finance", "economy", "trade",
    "national", "security", "special", "supreme", "top", "assistant", "executive", "high", "permanent",
    "presidential", "military", "justice", "health", "energy", "affairs", "of", "the", "for", "and",
    "brigadier", "rear", "sub", "lt.", "gen.", "col.", "maj.", "sen.", "rep.", "gov.", "pres.",
}
# Pronouns that stand for an actor even when the text gives no antecedent.
_UNNAMED_PRONOUNS = {"he", "she", "they", "we", "i", "it", "him", "her", "them", "us"}
# Heads of noun phrases that name people or bodies but carry no sector by themselves.
_ANIMATE_HEADS = {
    "group", "man", "woman", "person", "individual", "side", "country", "nation", "organization", "organisation",
    "movement", "faction", "body", "unit", "agency", "council", "board", "family", "mob", "team", "suspect",
    "perpetrator", "alliance", "bloc", "association", "federation", "network", "outfit", "state", "neighbour",
    "neighbor", "ally", "partner", "rival", "critic", "supporter", "opponent", "follower", "loyalist", "youth",
    "crew", "staff", "employee", "inmate", "prisoner", "detainee", "captive", "hostage", "victim", "boy", "girl",
    "child", "son", "daughter", "husband", "wife", "father", "mother", "lawyer", "attorney",
}
# Nouns naming the other side of a relation: "its neighbour" is not "it".
_RELATIONAL_NOUNS = frozenset({"neighbour", "neighbor", "rival", "ally", "foe", "enemy", "adversary", "partner",
                               "counterpart", "arch-rival", "archrival", "archenemy", "nemesis"})
# People whose words are commentary, not acts of a state (guidelines: analysts' opinions are null).
_COMMENTATORS = frozenset({"analyst", "expert", "professor", "researcher", "scholar", "fellow", "economist",
                           "commentator", "observer", "consultant", "academic", "historian", "specialist", "author"})
# Words that make "America" a continent's part ("Latin America", "North America").
_CONTINENT_PARTS = frozenset({"latin", "south", "north", "central"})
# Institutions a title may name without their state ("foreign ministry spokesperson").
_INSTITUTIONS = frozenset({"ministry", "army", "military", "police", "government", "embassy", "court", "parliament",
                           "assembly", "agency", "presidency", "navy", "cabinet", "council", "mission", "office"})
# The report's home country must be named (weighted) this often, and more often than any other.
_HOME_MIN_MENTIONS = 2
# Jobs on a politician's staff: "Clinton's campaign manager, Robby Mook" works for her state.
_STAFF = frozenset({"manager", "aide", "adviser", "advisor", "strategist", "chairman", "chairwoman", "chair",
                    "director", "secretary", "counsel", "lawyer", "attorney", "spokesman", "spokeswoman",
                    "spokesperson", "pollster", "surrogate", "chief", "deputy", "envoy", "counselor"})
# Heads naming a party's candidate for an office ("the Democratic nominee").
_CANDIDATES = frozenset({"nominee", "candidate", "frontrunner", "front-runner", "challenger", "hopeful"})
# Last words of officeholders' names that many other people in the news bear as surname or given name
# ("Samia Suluhu Hassan", "Mohamed Abdullahi Mohamed", "Alberto Fernandez"): alone they name nobody in
# particular, so only the full name or an alias finds the officeholder.
_SHARED_SURNAMES = frozenset("""Hassan Mohamed Mohammed Ahmed Ali Fernandez Morales Keita Philippe Abbott Morrison
    Arce Lam Jong Sall Oli Garcia Lopez Martinez Rodriguez Gonzalez Perez Kelly Burns Rice Power Ross Lew Tai
    Haines Patel Stein Carson Bush Perry Haley Greene Kirby Emanuel Conway Flynn Coats Ryan Chaudhry Salam""".split())
_QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``", "‘‘", "’’"})
# Entity tags of capitalised words that are never part of a person's name.
_NOT_NAME_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP", "EVENT",
                            "LAW", "LANGUAGE", "WORK_OF_ART", "PRODUCT"})
_FEMININE = re.compile(r"woman|wife|queen|chairwoman|congresswoman|mother|sister|daughter|princess", re.I)
_MASCULINE = re.compile(r"(?<!wo)man\b|king|husband|prince\b|father|brother|son\b", re.I)


# --------------------------------------------------------------------------- tables


# Heads that speak for the actor of their "for"-phrase ("a spokeswoman for the State Department").
_SPOKESPERSONS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople",
                            "spokespersons"})


# Sectors whose members act for the state (a nationality on them names the state itself).
_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})


def _conjuncts(token) -> list:
    """The noun phrases coordinated after `token`, flattened: "Greece, Panama and
    South Korea" gives Panama and Korea whether the parser chains the conjuncts
    (conj of conj) or reads the middle one as an apposition carrying the rest
    (an apposition counts only when it carries a conjunct, so "Lavrov, Russia's
    foreign minister" stays one actor)."""
    found = []
    for child in token.children:
        chained = any(c.dep_ == "conj" for c in child.children)
        if (child.dep_ == "conj" or (child.dep_ == "appos" and chained)) and child.pos_ in ("PROPN", "NOUN"):
            found.append(child)
            found.extend(_conjuncts(child))
    return sorted(found, key=lambda t: t.i)


def _party_adjectives(tables: "ActorTables") -> dict[str, str]:
    """Lower-case adjectives of the national parties in the tables ("Republican
    Party" -> republican, "Democrats" -> democrat, "Labour Party" -> labour)
    -> the party's state."""
    cached = getattr(tables, "_party_adjectives", None)
    if cached is not None:
        return cached
    out: dict[str, str] = {}
    for org in tables.organizations.values():
        if org.kind != "party" or not org.country:
            continue
        for name in (org.name, *org.aliases):
            words = name.split()
            if len(words) == 2 and words[1].lower() == "party":
                out[words[0].lower()] = org.country
            elif len(words) == 1 and name.endswith("s") and name[:1].isupper() and not name.isupper():
                out[name[:-1].lower()] = org.country  # "Democrats" -> "Democrat lawmakers"
    object.__setattr__(tables, "_party_adjectives", out)
    return out


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    seats: dict[str, str]  # seat-of-government metonym -> sector
    regions: dict[str, bool]  # region/dependency -> is a partially recognized entity


@dataclass(frozen=True)
class Organization:
    code: str
    name: str
    aliases: tuple[str, ...]
    context_aliases: tuple[str, ...]
    kind: str
    sector: str | None
    country: str | None
    seat: str | None
    part_of: str | None = None  # the organisation it is coded as (UN agencies -> UN)
    governs: tuple[str, int] | None = None  # (ISO3, year): the state's de facto government from that year

    def coded_as(self, year: int | None) -> tuple[str | None, str | None, str | None]:
        """(org code, country, sector) the organisation is coded with in `year`:
        a group governing a state acts as that state's government (guidelines:
        the Taliban after 2021 are AFG/GOV)."""
        if self.governs is not None and year is not None and year >= self.governs[1]:
            return None, self.governs[0], "GOV"
        if self.kind in ("party", "media", "company") and self.country:
            # parties, news media and companies act within their state's society: coded by the state with
            # their own sector (guidelines: no organisation codes for them -- ZANU-PF is ZWE/PTY,
            # Republicans USA/PTY, VOA USA/JRN)
            return None, self.country, self.sector
        return self.part_of or self.code, self.country, self.sector


@dataclass(frozen=True)
class Officeholder:
    name: str
    aliases: tuple[str, ...]
    country: str | None
    org: str | None
    role: str | None
    sector: str | None
    start_year: int | None
    end_year: int | None
    gender: str | None = None  # "f" or "m": which person he/she and Mr./Mrs. refer to

    def holds_office(self, year: int | None) -> bool:
        if year is None:
            return True
        return (self.start_year is None or self.start_year <= year) and (self.end_year is None or year <= self.end_year)


@dataclass
class ActorTables:
    countries: dict[str, Country]
    organizations: dict[str, Organization]
    people: list[Officeholder]
    triggers: dict[str, tuple[str | None, bool]]  # lower-case phrase -> (sector or None, names a person role)
    _lexicon: "_Lexicon | None" = field(default=None, repr=False)


def _family_name_first(name: str | None) -> str | None:
    """The family name of an East Asian name order ("Kim Jong Un", "Lai
    Ching-te", "Yoon Suk Yeol"): the first word when two given-name parts
    follow it; None for other names."""
    words = (name or "").split()
    if len(words) == 3 or (len(words) == 2 and "-" in words[1]):
        return words[0]
    return None


def _english_word(token) -> bool:
    """Whether the lemmatizer's word lists hold the word (any part of speech):
    "Bush", "May" and "Brown" are English words, "Zelenskyy" is not."""
    from newsevents.nlp import get_nlp

    try:
        index = get_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError):
        return True  # no word lists: trust the tagger
    low = token.lower_
    return any(low in index.get(pos, ()) for pos in ("noun", "verb", "adj", "adv"))


def _split(value) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, (list, tuple)):
        return tuple(str(v).strip() for v in value if str(v).strip())
    return tuple(v.strip() for v in str(value).split("|") if v.strip())


def _read_tsv(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _year(value, where: str) -> int | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        return int(str(value).strip())
    except ValueError:
        raise ValueError(f"{where}: year {value!r} is not a whole number") from None


def _person_row(row: dict, where: str) -> Officeholder:
    name = str(row.get("name") or "").strip()
    if not name:
        raise ValueError(f"{where}: a person needs a 'name'")
    country = (str(row.get("country") or "").strip().upper()) or None
    if country and not re.fullmatch(r"[A-Z]{3}", country):
        raise ValueError(f"{where}: country {country!r} is not an ISO 3166 alpha-3 code")
    sector = (str(row.get("sector") or "").strip().upper()) or None
    if sector and sector not in SECTORS:
        raise ValueError(f"{where}: unknown sector {sector!r}")
    start, end = _year(row.get("start_year"), where), _year(row.get("end_year"), where)
    if start and end and end < start:
        raise ValueError(f"{where}: end_year {end} is before start_year {start}")
    gender = str(row.get("gender") or "").strip().lower() or None
    if gender not in (None, "f", "m"):
        raise ValueError(f"{where}: gender {gender!r} must be f or m")
    return Officeholder(name, _split(row.get("aliases")), country, (str(row.get("org") or "").strip() or None),
                        (str(row.get("role") or "").strip() or None), sector, start, end, gender)


def _org_row(row: dict, where: str) -> Organization:
    code = str(row.get("code") or "").strip()
    kind = str(row.get("kind") or "").strip().lower()
    if not code:
        raise ValueError(f"{where}: an organisation needs a 'code'")
    if kind not in ORG_KINDS:
        raise ValueError(f"{where}: kind {kind!r} must be one of {', '.join(ORG_KINDS)}")
    sector = (str(row.get("sector") or "").strip().upper()) or None
    if sector and sector not in SECTORS:
        raise ValueError(f"{where}: unknown sector {sector!r}")
    country = (str(row.get("country") or "").strip().upper()) or None
    governs = None
    if str(row.get("governs") or "").strip():
        state, _, since = str(row["governs"]).strip().partition(":")
        governs = (state.upper(), _year(since, where))
        if not re.fullmatch(r"[A-Z]{3}", governs[0]) or governs[1] is None:
            raise ValueError(f"{where}: governs {row['governs']!r} is not ISO3:year")
    return Organization(code, str(row.get("name") or code).strip(), _split(row.get("aliases")) or (code,),
                        _split(row.get("context_aliases")), kind, sector, country,
                        (str(row.get("seat") or "").strip() or None),
                        str(row.get("part_of") or "").strip() or None, governs)


def _read_extra(path: Path) -> tuple[list[Officeholder], list[Organization]]:
    """A user's actor file: CSV (header row) or YAML (a list of mappings, or a
    mapping with `people` and/or `organizations` lists). A row with `code` is
    an organisation, otherwise a person."""
    if not path.exists():
        raise ValueError(f"{path}: actor file not found")
    if path.suffix.lower() in (".yaml", ".yml"):
        import yaml

        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise ValueError(f"{path}: not valid YAML ({exc})") from None
        if isinstance(data, dict):
            data = list(data.get("people") or []) + list(data.get("organizations") or [])
        if not isinstance(data, list):
            raise ValueError(f"{path}: expected a list of actors")
        rows = [(f"{path}: entry {n}", r) for n, r in enumerate(data, 1)]
    else:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if not reader.fieldnames or not ({"name", "code"} & set(reader.fieldnames)):
                raise ValueError(f"{path}: CSV needs a header with 'name' (people) or 'code' (organisations)")
            rows = [(f"{path}: row {n}", r) for n, r in enumerate(reader, 2)]
    people, orgs = [], []
    for where, row in rows:
        if not isinstance(row, dict):
            raise ValueError(f"{where}: expected a mapping of fields")
        if str(row.get("code") or "").strip():
            orgs.append(_org_row(row, where))
        else:
            people.append(_person_row(row, where))
    return people, orgs


# First-level subdivisions that act through their own governments ("Texas sued",
# "Sen. Tom Udall of New Mexico", "the Balochistan chief minister"): states, provinces, regions.
SUBDIVISION_TYPES = frozenset({
    "State", "Province", "Region", "Autonomous region", "Autonomous province", "Governorate", "Land", "Republic",
    "Autonomous republic", "Autonomous community", "Division", "Federal district", "Territory", "Union territory",
    "Emirate", "Administrative region", "Oblast", "Capital territory", "Federal territory",
})


# Subdivision names that are English words or common given names ("East", "Plateau", "Unity",
# "Mary", "Nelson", "Batman"), and Jerusalem, whose status a place table must not settle.
NOT_ACTOR_SUBDIVISIONS = frozenset({
    "East", "West", "North", "South", "Est", "Littoral", "Plateau", "Delta", "Gulf", "Bay", "Coast", "Unity",
    "Mary", "Batman", "Van", "Mon", "Chin", "Nelson", "Savannah", "Mascara", "Constantine", "Volta", "Lac",
    "Nan", "Acre", "Cascades", "Victoria", "Sucre", "Yap", "Marche", "Imo", "Edo", "Hela", "Manus", "Tasman",
    "Jerusalem", "Formosa", "Zaire", "Tanganyika", "Balkan", "Canterbury", "Northland", "Southland", "Yuma",
    "Sahel", "Centrale", "Centre", "Nord", "Sud", "Ouest", "Kivu",
})
# Regions beyond one state and political processes that the tagger often calls people ("IS Sahel has seen
# ...", "Brexit hurt ..."): never a person actor.
NOT_PERSON_NAMES = frozenset({
    "Sahel", "Maghreb", "Levant", "Balkans", "Caucasus", "Mideast", "Scandinavia", "Patagonia", "Siberia",
    "Kurdistan", "Baluchistan", "Darfur", "Donbas", "Donbass", "Sinai", "Eurasia", "Oceania", "Polynesia",
    "Brexit", "Grexit", "Frexit", "Schengen", "Eurozone", "Obamacare", "Medicare", "Medicaid", "Ramadan",
    "Eid", "Hajj", "Christmas", "Easter", "Hanukkah", "Diwali", "Nowruz", "Covid", "COVID", "Ebola", "Mpox",
    "Omicron", "Holocaust", "Intifada", "Nakba", "Euromaidan", "Maidan", "Watergate", "Benghazi",
})
# Organisation names that say they are non-governmental (see DocActors._ngo_names): a body word followed by
# its cause, or a closing word that only NGOs and think tanks use.
_NGO_BODY_WORDS = frozenset({"Committee", "Center", "Centre", "Coalition", "Campaign", "Society", "Association",
                             "Network", "Foundation", "Institute", "Endowment", "Fund", "Project", "Council", "Watch"})
_NGO_CAUSE_PREPS = frozenset({"for", "to", "against", "on"})
_NGO_FINAL_WORDS = frozenset({"Foundation", "Institute", "Institution", "Watch", "Endowment"})
_NAME_LINKS = frozenset({"for", "to", "of", "in", "on", "and", "the", "&", "against"})
_NOT_NGO_WORDS = frozenset({"Ministry", "Department", "Agency", "Office", "Party", "Court", "Army", "Front",
                            "Movement", "University", "College", "School", "Bank", "Union", "League", "Alliance",
                            "Forum", "Commission", "Authority", "Service", "Bureau", "Police", "Force", "Forces",
                            "Guard", "Parliament", "Assembly", "Congress", "Senate", "Government", "Administration",
                            "Company", "Corporation", "Corp", "Inc", "State", "Revolutionary", "Security"})
# A subdivision named after a sea, river or desert ("Red Sea" state, "Blue Nile") is far more often
# the water or land itself: "attacks on shipping in the Red Sea" have no Sudanese actor.
NATURAL_FEATURE_WORDS = frozenset({"Sea", "Ocean", "Lake", "Nile", "Coast", "Desert", "Gulf", "Bay", "Mountains"})


SUBDIVISION_NAMES: set[str] = set()  # the names _add_subdivisions added (not the curated regions)


def _add_subdivisions(countries: dict[str, "Country"]) -> None:
    """Fold each state's first-level subdivisions (ISO 3166-2 through
    pycountry, a maintained copy of the standard) into its regions, coded as
    that state. A name shared by two states (Punjab), already naming a state,
    capital or seat ("Georgia", "Washington"), or that is an English word
    ("Centre", "Plateau") is left out: it would code the wrong country."""
    import pycountry

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    taken = {n.lower() for c in countries.values()
             for n in (c.name, *c.aliases, *c.adjectives, *c.demonyms, *c.capitals, *c.seats, *c.regions)}
    owners: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and sub.type in SUBDIVISION_TYPES and alpha3.get(sub.country_code) in countries:
            owners.setdefault(sub.name, set()).add(alpha3[sub.country_code])
    for name, iso3s in owners.items():
        if len(iso3s) > 1 or name.lower() in taken or name in NOT_ACTOR_SUBDIVISIONS \
                or name.split()[-1] in NATURAL_FEATURE_WORDS or any(ch in name for ch in "(),/"):
            continue
        regions = countries[next(iter(iso3s))].regions
        if name not in regions:
            regions[name] = False
            SUBDIVISION_NAMES.add(name)


@functools.lru_cache(maxsize=1)
def _default_tables() -> ActorTables:
    countries = {}
    for row in _read_tsv(DATA_DIR / "countries.tsv"):
        seats = {}
        for seat in _split(row["seats"]):
            name, _, sector = seat.partition(":")
            seats[name] = sector or "GOV"
        regions = {}
        for region in _split(row["regions"]):
            name, _, flag = region.partition(":")
            regions[name] = flag == "PRE"
        countries[row["iso3"]] = Country(row["iso3"], row["name"], _split(row["aliases"]), _split(row["adjectives"]),
                                         _split(row["demonyms"]), _split(row["capitals"]), seats, regions)
    _add_subdivisions(countries)
    orgs = {}
    for n, row in enumerate(_read_tsv(DATA_DIR / "organizations.tsv"), 2):
        org = _org_row(row, f"organizations.tsv row {n}")
        orgs[org.code] = org
    people = [_person_row(row, f"officeholders.tsv row {n}")
              for n, row in enumerate(_read_tsv(DATA_DIR / "officeholders.tsv"), 2)]
    triggers = {row["trigger"]: (row["sector"] or None, row["person"] == "1")
                for row in _read_tsv(DATA_DIR / "sectors.tsv")}
    return ActorTables(countries, orgs, people, triggers)


@functools.lru_cache(maxsize=1)
def armed_group_names() -> frozenset[str]:
    """Lower-case names and aliases of the armed groups the bundled tables know ("hamas", "al-shabaab"):
    a doer whose force needs no other sign."""
    return frozenset(name.lower() for o in _default_tables().organizations.values() if o.kind == "armed group"
                     for name in (o.code, o.name, *o.aliases))


def load_actor_tables(extra: str | Path | None = None) -> ActorTables:
    """The bundled actor tables, plus a user's CSV/YAML actor file if given.
    The default tables are cached per process; ValueError names the file and
    row of a bad extra file."""
    base = _default_tables()
    if extra is None:
        return base
    people, orgs = _read_extra(Path(extra))
    return ActorTables(dict(base.countries), {**base.organizations, **{o.code: o for o in orgs}},
                       people + base.people, dict(base.triggers))


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class _Entry:
    kind: str  # country | region | adjective | demonym | capital | seat | org | org_context | person | surname
    key: str  # iso3, org code, or index into tables.people
    sector: str | None = None


class _Lexicon:
    """Token-sequence phrase index: first token text -> [(token texts, entries)],
    longest phrase first. `lower` holds the case-insensitive phrases."""

    def __init__(self, tables: ActorTables):
        from newsevents.nlp import get_nlp

        tokenizer = self.tokenize = get_nlp().tokenizer
        phrases: dict[tuple[bool, tuple[str, ...]], list[_Entry]] = {}

        def add(text: str, entry: _Entry, lower: bool = False) -> None:
            tokens = tuple(t.text for t in tokenizer(text.lower() if lower else text))
            if tokens:
                phrases.setdefault((lower, tokens), []).append(entry)

        for c in tables.countries.values():
            for name in (c.name, *c.aliases):
                add(name, _Entry("country", c.iso3, "GOV"))
            for region, pre in c.regions.items():
                # a breakaway entity acts as its own authorities, coded by the parent state with sector PRE
                add(region, _Entry("region", c.iso3, "PRE" if pre else "GOV"))
            for adj in c.adjectives:
                add(adj, _Entry("adjective", c.iso3))
            for dem in c.demonyms:
                add(dem, _Entry("demonym", c.iso3, "CVL"))
            for cap in c.capitals:
                add(cap, _Entry("capital", c.iso3, "GOV"))
            for seat, sector in c.seats.items():
                add(seat, _Entry("seat", c.iso3, sector))
        for o in tables.organizations.values():
            for alias in {o.code, o.name, *o.aliases}:
                add(alias, _Entry("org", o.code, o.sector))
            for alias in o.context_aliases:
                add(alias, _Entry("org_context", o.code, o.sector), lower=True)
        self.surnames: dict[str, list[int]] = {}
        for n, p in enumerate(tables.people):
            names = {p.name, *p.aliases}
            for name in names:
                if " " in name or "-" in name:
                    add(name, _Entry("person", str(n)))
                else:  # a one-word alias is a surname: only trusted when tagged as a person
                    add(name, _Entry("surname", str(n)))
            surname = p.name.split()[-1]
            if surname not in names and surname not in _SHARED_SURNAMES:
                add(surname, _Entry("surname", str(n)))
        self.index: dict[tuple[bool, str], list[tuple[tuple[str, ...], list[_Entry]]]] = {}
        for (lower, tokens), entries in phrases.items():
            self.index.setdefault((lower, tokens[0]), []).append((tokens, entries))
        for options in self.index.values():
            options.sort(key=lambda option: -len(option[0]))
        self.triggers = {tuple(t.text for t in tokenizer(w)): v for w, v in tables.triggers.items()}
        # "Sen." / "Lt. Gov." are one token only when capitalised (the tokenizer's abbreviation exceptions)
        for w, v in tables.triggers.items():
            self.triggers.setdefault(tuple(t.lower_ for t in tokenizer(w[:1].upper() + w[1:])), v)
        self.trigger_first: dict[str, list[tuple[str, ...]]] = {}
        for words in sorted(self.triggers, key=len, reverse=True):
            self.trigger_first.setdefault(words[0], []).append(words)

    def match(self, doc) -> list[tuple[int, int, list[_Entry]]]:
        """Longest lexicon matches as (start token, end token, entries)."""
        texts = [t.text for t in doc]
        lowers = [t.lower_ for t in doc]
        found, i, n = [], 0, len(texts)
        while i < n:
            best = None
            for lower, words in ((False, texts), (True, lowers)):
                for tokens, entries in self.index.get((lower, words[i]), ()):
                    k = len(tokens)
                    if (best is None or k > best[1] - i) and tuple(words[i:i + k]) == tokens:
                        best = (i, i + k, entries)
                        break
            if best and all(e.kind == "org_context" for e in best[2]) \
                    and self._named_inside(texts, best[0] + 1, best[1]):
                best = None  # "the Group of Seven" is no "the group": a name starting inside wins
            if best:
                found.append(best)
                i = best[1]
            else:
                i += 1
        return found

    def _named_inside(self, texts: list[str], start: int, end: int) -> bool:
        """Whether a case-sensitive name starts in [start, end) and runs past `end`."""
        for j in range(start, end):
            for tokens, _ in self.index.get((False, texts[j]), ()):
                if j + len(tokens) > end and tuple(texts[j:j + len(tokens)]) == tokens:
                    return True
        return False

    def trigger_at(self, doc) -> dict[int, tuple[str | None, bool, int]]:
        """Sector trigger phrases, keyed by their last token: (sector, person role, first token)."""
        words = [t.lower_ for t in doc]
        lemmas = [t.lemma_.lower() for t in doc]
        out, i, n = {}, 0, len(words)
        while i < n:
            hit = None
            for seq in (words, lemmas):
                for tokens in self.trigger_first.get(seq[i], ()):
                    if tuple(seq[i:i + len(tokens)]) == tokens:
                        hit = tokens
                        break
                if hit:
                    break
            if hit:
                sector, person = self.triggers[hit]
                out[i + len(hit) - 1] = (sector, person, i)
                i += len(hit)
            else:
                i += 1
        return out


def _lexicon(tables: ActorTables) -> _Lexicon:
    if tables._lexicon is None:
        tables._lexicon = _Lexicon(tables)
    return tables._lexicon


# --------------------------------------------------------------------------- per-document resolution


@dataclass
class _Mention:
    start: int  # token indices
    end: int
    actor: ActorRef
    entry_kind: str
    person_id: int | None = None  # index into DocActors.people for person mentions


@dataclass
class _Person:
    actor: ActorRef  # resolved attributes (text/start/end of the introduction)
    surname: str
    gender: str | None
    # False when the text ties the person to no state but to something else: a body the tables do not
    # know ("vice president at the Carnegie Endowment") or commentary ("a security expert")
    local: bool = True


def _given_name_gender(name: str | None) -> str | None:
    first = (name or "").split()
    return _GIVEN_NAME_GENDER.get(first[0].lower()) if len(first) > 1 else None


class DocActors:
    """Actors of one parsed article. Build with :meth:`ActorResolver.resolve_doc`."""

    def __init__(self, resolver: "ActorResolver", doc, year: int | None):
        self.doc = doc
        self.year = year
        self._tables = resolver.tables
        self._lex = _lexicon(resolver.tables)
        self._by_token: list[int | None] = [None] * len(doc)
        self._mentions: list[_Mention] = []
        self._people: list[_Person] = []
        self._triggers = self._lex.trigger_at(doc)
        self._home: str | None | bool = False  # home_country(), computed on first use
        self._dateline_end: int | None = None  # character offset where an opening dateline ends, on first use
        self._resolve()

    # ---------------------------------------------------------------- public API

    @property
    def mentions(self) -> list[ActorRef]:
        """Every actor mention in document order, with character offsets."""
        return [m.actor for m in sorted(self._mentions, key=lambda m: m.start)]

    def home_country(self, dateline: str | None = None) -> str | None:
        """The country the report is about, where its unnamed actors ("the
        authorities", "a court", "protesters") act: the dateline place's
        country, else the country its actor mentions and places name most
        often, when no other is named as often (computed once per document)."""
        if self._home is not False:
            return self._home
        from newsevents import geo

        home = None
        if dateline:
            place = geo.lookup(dateline.split("/")[0].split(",")[0].strip())
            home = place.country if place is not None else None
        if home is None:
            counts: dict[str, int] = {}  # weighted
            named: dict[str, int] = {}  # how many mentions
            for m in self._mentions:
                if m.actor.country and not m.actor.org:
                    counts[m.actor.country] = counts.get(m.actor.country, 0) + 1
                    named[m.actor.country] = named.get(m.actor.country, 0) + 1
            for ent in self.doc.ents:
                # places the lexicon does not hold as actors ("in Khartoum", "Balochistan province")
                if ent.label_ in ("GPE", "LOC") and all(self._by_token[i] is None for i in range(ent.start, ent.end)):
                    place = geo.lookup(ent.text)
                    if place is not None and place.country:
                        # where things happen ("in Quetta") says more than what is talked about
                        where = ent.root.dep_ == "pobj" and ent.root.head.lower_ in _LOCATIVE_PREPS
                        counts[place.country] = counts.get(place.country, 0) + (3 if where else 1)
                        named[place.country] = named.get(place.country, 0) + 1
            ranked = sorted(counts.items(), key=lambda kv: -kv[1])
            if ranked and ranked[0][1] >= _HOME_MIN_MENTIONS and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                home = ranked[0][0]
        self._home = home
        return home

    def person(self, name: str) -> ActorRef | None:
        """A person introduced in the document, by full name or surname."""
        name = name.strip()
        for p in self._people:
            if name in (p.actor.name, p.surname) or name == p.actor.text:
                return replace(p.actor)
        return None

    def actor_for_span(self, start_char: int, end_char: int) -> ActorRef | None:
        span = self.doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        actor = self.actor_for_token(span.root)
        if actor is None:
            inside = sorted((m for m in self._mentions if m.start >= span.start and m.end <= span.end),
                            key=lambda m: m.start)
            actor = self.actor_for_token(self.doc[inside[0].start:inside[0].end].root) if inside else None
        return actor

    def actor_for_token(self, token, conjuncts: bool = True) -> ActorRef | None:
        """The actor of the noun phrase headed by `token` (coreference applied);
        with `conjuncts`, the coordinated phrases after it become its members."""
        doc = self.doc
        if token.lower_ in _PRONOUNS:
            return self._pronoun(token)
        if self.in_dateline(token):
            return None  # "KABUL, Afghanistan —": where the report was filed, not who acts in it
        if token.pos_ == "VERB" and token.dep_ in ("nsubj", "nsubjpass") and token.tag_ != "VBG":
            # "Media watchdog Reporters Without Borders welcomed ...": a verb cannot be a subject; the
            # parser read the title noun as a verb and the name after it as its object
            named = next((c for c in token.children if c.dep_ == "dobj" and self._by_token[c.i] is not None), None)
            return self.actor_for_token(named, conjuncts) if named is not None else None
        np = self._np_tokens(token)
        coordinated = _conjuncts(token) if conjuncts else []
        members = [self.actor_for_token(c, conjuncts=False) for c in coordinated]
        members = [m for m in members if m is not None]
        actor = self._np_actor(token, np)
        if actor is None:
            return None
        first, last = min(i for i, _ in np), max(i for i, _ in np)
        if coordinated and coordinated[0].left_edge.i > token.i:
            last = min(last, coordinated[0].left_edge.i - 1)
            while last > token.i and doc[last].is_punct:
                last -= 1  # "Greece, Panama and ...": the first member's own text is "Greece"
        actor.text = doc[first:last + 1].text
        actor.start, actor.end = doc[first].idx, doc[last].idx + len(doc[last].text)
        if members:  # PLOVER compound actor: one actor, many members
            actor.members = [replace(actor, members=[])] + members
            actor.name = " and ".join(m.name for m in actor.members)
        return actor

    def in_dateline(self, token) -> bool:
        """Whether `token` is in the dateline the text opens with ("KABUL, Afghanistan —", "NAIROBI -"),
        which the parser often makes the subject of the first sentence."""
        if self._dateline_end is None:
            from newsevents.clean import split_dateline

            head = self.doc.text[:300]
            rest, found = split_dateline(head)
            self._dateline_end = len(head) - len(rest) if found.get("dateline") and head.endswith(rest) else 0
        return token.idx < self._dateline_end

    def misread_subject(self, token) -> bool:
        """A word the parser made a second subject of a verb but that is none: a dateline place, or a title
        noun it read as a verb before the real subject ("Press freedom watchdog Reporters Without Borders
        condemned ...": "Press" and "Reporters" both subjects)."""
        if self.in_dateline(token):
            return True
        return token.pos_ == "VERB" and token.tag_ != "VBG" and token.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i > token.i for c in token.head.children)

    def unnamed_actor(self, token) -> ActorRef | None:
        """An actor without a state or organisation code: a pronoun, a named
        person or group the tables do not know, or a noun phrase naming people
        or an institution ("the militants", "police", "officials", "the
        group"). Never a thing ("the report", "prices"). kind is "unknown"
        (pronouns, generic nouns), "person" or "group"; the sector comes from
        the phrase's sector words."""
        doc = self.doc
        low = token.lower_
        span_text = token.text
        if self.in_dateline(token):
            return None
        if low in _UNNAMED_PRONOUNS:
            return ActorRef(token.text, token.text, country=None, sector=None, kind="unknown",
                            start=token.idx, end=token.idx + len(token.text))
        if token.pos_ not in ("NOUN", "PROPN"):
            return None
        known = self.actor_for_token(token)
        if known is not None:
            return known  # a person (or a sector-only phrase) the tables give no code
        np = self._np_tokens(token)
        trigger = self._best_trigger(np)
        head_trigger = self._triggers.get(token.i)
        lemma = token.lemma_.lower()
        if token.text in NOT_PERSON_NAMES:
            return None
        if (token.pos_ == "PROPN" and token.ent_type_ in ("", "PERSON", "ORG", "NORP", "GPE")) or \
                (token.is_upper and 1 < len(token) <= 6 and token.is_alpha and any(t.is_lower for t in token.sent)):
            # a name the tables do not know ("Dodik", "ICE"): someone, though not someone coded
            ent = next((e for e in doc.ents if e.start <= token.i < e.end), None)
            span_text = ent.text if ent is not None else token.text
            kind = "person" if token.ent_type_ == "PERSON" else "group"
        elif head_trigger is not None or lemma in _ANIMATE_HEADS or low in _ANIMATE_HEADS:
            kind = "person" if head_trigger is not None and head_trigger[1] else "unknown"
        else:
            return None
        sector = head_trigger[0] if head_trigger is not None else (trigger[0] if trigger else None)
        return ActorRef(span_text, span_text, sector=sector, kind=kind, start=token.idx,
                        end=token.idx + len(token.text))

    # ---------------------------------------------------------------- resolution pass

    def _resolve(self) -> None:
        doc, lex = self.doc, self._lex
        matches = lex.match(doc)
        named_orgs: dict[str, list[int]] = {}
        for start, _, entries in matches:
            for e in entries:
                if e.kind == "org":
                    named_orgs.setdefault(e.key, []).append(start)
        self._named_orgs = named_orgs
        person_matches = {}
        ngo_names = self._ngo_names(matches)
        for start, end, entries in matches:
            if entries[0].kind in ("person", "surname"):
                person_matches[start] = (end, entries)
                continue
            if any(s <= start < e for s, e in ngo_names):
                continue  # "the Committee for Freedom in Hong Kong": a place inside an NGO's name
            self._add_lexicon_mention(start, end, entries)
        for start, end in ngo_names:
            name = doc[start:end].text
            self._store(_Mention(start, end, ActorRef(name, name, org="NGO", sector="NGO", kind="group",
                                                      start=doc[start].idx, end=doc[end - 1].idx + len(doc[end - 1])),
                                 "ngo"))
        ent_at = {ent.start: ent for ent in doc.ents if ent.label_ == "PERSON" and not self._no_name(ent)}
        # names the tagger calls a person somewhere in the text: an earlier mention it tagged as a
        # place ("Turkish presidential adviser Mesut Casin" ... "Casin said") is the same person
        tagged_surnames = {ent[-1].text for ent in ent_at.values() if ent[-1].is_title}
        i = 0
        while i < len(doc):
            if self._by_token[i] is not None:
                i += 1
                continue
            if i in person_matches:
                end, entries = person_matches[i]
                ent = ent_at.get(i)
                if ent is not None and ent.end > end:
                    # The tagged name runs on ("Ahmed Sharif Chaudhry" is not Abiy Ahmed):
                    # the whole name is looked up again in _add_person.
                    end, entries = ent.end, []
                if not entries or entries[0].kind == "person" or self._looks_like_person(doc[i:end], entries):
                    i = self._add_person(i, end, entries)
                    continue
            ent = ent_at.get(i)
            if ent is not None:
                i = self._add_person(ent.start, ent.end, [])
                continue
            tok = doc[i]
            if tok.is_title and any(p.surname == tok.text for p in self._people) and (
                    tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and not _english_word(tok))):
                i = self._add_person(i, i + 1, [])  # the tagger calls "Mehdiyev, who is ..." a common noun
                continue
            end = self._untagged_name(i, tagged_surnames)
            if end is not None:
                i = self._add_person(i, end, [])
                continue
            i += 1

    def _ngo_names(self, matches) -> list[tuple[int, int]]:
        """Token spans of organisations the tables do not know that name themselves as non-governmental
        by their shape: a body word with its cause ("the Committee for Freedom in Hong Kong", "the
        Center for Strategic and International Studies", "the Council on Foreign Relations", "the
        Committee to Protect Journalists") or a name ending in Foundation/Institute/Watch ("The Heritage
        Foundation", "Hong Kong Watch"). Bodies of a state, parties, fronts and movements are no NGOs."""
        doc = self.doc
        tabled = {i for start, end, entries in matches if any(e.kind.startswith("org") for e in entries)
                  for i in range(start, end)}
        found = []
        for ent in doc.ents:
            if ent.label_ not in ("ORG", "FAC", "PERSON", "WORK_OF_ART") or any(i in tabled for i in range(ent.start, ent.end)):
                continue
            end = ent.end
            heads = [t for t in ent if t.text in _NGO_BODY_WORDS and t.i + 1 < len(doc)
                     and doc[t.i + 1].lower_ in _NGO_CAUSE_PREPS]
            if heads:
                # the cause runs on past the tagged name: capitalised words and the small words between them
                k = end
                while k < len(doc) and (doc[k].is_title or doc[k].is_upper or doc[k].lower_ in _NAME_LINKS) \
                        and not doc[k].is_punct:
                    k += 1
                while k > end and doc[k - 1].lower_ in _NAME_LINKS:
                    k -= 1
                end = k
            elif doc[end - 1].text not in _NGO_FINAL_WORDS:
                continue
            start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
            if any(t.text in _NOT_NGO_WORDS for t in doc[start:end]) or any(i in tabled for i in range(start, end)):
                continue
            found.append((start, end))
        return found

    def _no_name(self, ent) -> bool:
        """A span tagged as a person that names no one: a region or process ("Sahel", "Brexit") or only
        role and sector words ("Watchdogs criticized ...", "Aid agencies")."""
        if any(t.text in NOT_PERSON_NAMES for t in ent):
            return True
        return all(i in self._triggers or self._inside_trigger(i) for i in range(ent.start, ent.end))

    def _untagged_name(self, start: int, tagged_surnames: set[str]) -> int | None:
        """End of a person's name at token `start` that the tagger did not call
        a person: a run of capitalised proper nouns (a compound chain) that
        ends in a surname it tags as a person elsewhere in the text, or of two
        or more words right after a role word ("adviser Mesut Casin",
        "spokesperson Ahmed Chaudhry"). Places ("in Paris") and dates are not."""
        doc = self.doc

        def title(tok) -> bool:  # "Mr.", "Sen.", "Governor": the name comes after it
            low = tok.lower_
            return low in _HONORIFIC_GENDER or low in _TITLE_ABBREVIATIONS or low in _ROLE_QUALIFIERS \
                or tok.i in self._triggers or self._inside_trigger(tok.i)

        end = start
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and self._by_token[end] is None \
                and doc[end].ent_type_ not in _NOT_NAME_ENTS and not title(doc[end]):
            end += 1
            if doc[end - 1].dep_ != "compound" or not end <= doc[end - 1].head.i < end + 3:
                break  # the name's last word: the words before it are its compounds
        if end == start:
            return None
        last = doc[end - 1]
        before = doc[start - 1] if start else None
        after_role = before is not None and (self._triggers.get(before.i, (None, False))[1]
                                            or before.lower_ in _TITLE_ABBREVIATIONS)
        if last.text in tagged_surnames:
            if last.dep_ == "pobj" and last.head.lower_ in _LOCATIVE_PREPS and not after_role:
                return None  # "in Jordan" is a place even when "Michael Jordan" is named
            return end
        return end if after_role and end - start >= 2 else None

    def _looks_like_person(self, span, entries: list[_Entry]) -> bool:
        """A bare surname of a known officeholder counts when the tagger agrees
        it is a person, or it is a proper noun not tagged as a place or body
        and the officeholder was in office that year."""
        if any(t.ent_type_ == "PERSON" for t in span) or any(p.surname == span[-1].text for p in self._people):
            return True
        last = span[-1]
        # The small model often tags lone surnames GPE/ORG ("Stoltenberg"); the
        # lexicon already knows the word is no country or body, so only a date
        # or nationality tag vetoes it. It also tags unfamiliar capitalised
        # names as common nouns ("Zelenskyy met Putin"): a capitalised noun
        # that is no English word is still the name.
        # A capitalised bare singular noun is read as the name too ("Trump said ..."): English
        # common nouns take a determiner.
        bare = last.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "amod") for c in last.children)
        proper = last.pos_ == "PROPN" or (last.pos_ == "NOUN" and last.is_title and (bare or not _english_word(last)))
        if not proper or last.ent_type_ in ("NORP", "DATE"):
            return False
        people = self._tables.people
        return any(people[int(e.key)].holds_office(self.year) for e in entries)

    def _add_lexicon_mention(self, start: int, end: int, entries: list[_Entry]) -> None:
        doc = self.doc
        span = doc[start:end]
        entry = self._choose_entry(start, entries)
        if entry is None:
            return
        if entry.kind in ("capital", "region", "seat") and self._is_location(span):
            return
        if start > 0 and doc[start - 1].lower_ in _CONTINENT_PARTS and span.text == "America":
            return  # "the Latin America bureau" is no U.S. one
        if entry.kind == "adjective" and self._heritage(end):
            return  # "the Iranian American journalist": an American of Iranian descent
        if entry.kind == "region" and span.text in SUBDIVISION_NAMES \
                and any(e.start <= start < e.end and (e.start < start or e.end > end) for e in doc.ents):
            return  # "the New York Times", "Ohio State University", "Virginia Raggi": a longer name
        if span.root.ent_type_ == "PERSON" and entry.kind in ("capital", "country"):
            # "Jordan Peterson", "Chad Smith": a place name inside a longer person name; a name that is
            # exactly a country ("Burkina Faso, Mali and Niger" all tagged PERSON) is the country
            person = next((e for e in doc.ents if e.label_ == "PERSON" and e.start <= start < e.end), None)
            if person is None or person.start < start or person.end > end:
                return
            # A lone capital the tagger calls a person is still the state when it owns or acts
            # ("Kyiv's decision", "Kyiv rejected ..."); inside a longer name it is not ("Paris Hilton").
            if entry.kind == "capital" and (person.end != end or span.root.dep_ not in ("poss", "nsubj", "nsubjpass")):
                return
        tables = self._tables
        if entry.kind == "org" and tables.organizations[entry.key].kind == "media" and self._in_dateline(start, end):
            return  # "MOSCOW, Aug 20 (AFP) -": the agency that filed the report is no actor of its events
        if entry.kind.startswith("org"):
            org = tables.organizations[entry.key]
            code, country, sector = org.coded_as(self.year)
            actor = ActorRef(span.text, org.code, country=country, org=code, sector=sector,
                             kind="igo" if org.kind == "igo" else "group" if code or org.kind in ("party", "media", "company")
                             else "state")
        else:
            c = tables.countries[entry.key]
            actor = ActorRef(span.text, c.name, country=c.iso3, sector=entry.sector, kind="state")
        actor.start, actor.end = span.start_char, span.end_char
        self._store(_Mention(start, end, actor, entry.kind))

    def _in_dateline(self, start: int, end: int) -> bool:
        """Whether tokens start..end are the credit of a dateline: in
        brackets, followed by a dash, with only a place and date before them
        on their line ("KABUL (Reuters) -", "WASHINGTON, May 3 (AP) —")."""
        doc = self.doc
        if start == 0 or end + 1 >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
            return False
        if doc[end + 1].text not in ("-", "—", "–", "--"):
            return False
        before = doc[max(0, start - 8):start - 1]
        line_start = max((t.i for t in before if "\n" in t.text_with_ws), default=before.start - 1)
        lead = [t for t in before if t.i > line_start and not t.is_space]
        return not any(t.pos_ == "VERB" for t in lead) and (not lead or lead[0].i == 0 or lead[0].is_sent_start
                                                             or lead[0].i > line_start)

    def _heritage(self, end: int) -> bool:
        """Whether the nationality adjective ending before token `end` only
        tells descent: "Iranian American journalist", "Iranian-Americans" (a
        person or people named American), not "Russian-American talks"."""
        doc = self.doc
        k = end + 1 if end < len(doc) and doc[end].text == "-" else end
        if k >= len(doc) or doc[k].text not in ("American", "Americans"):
            return False
        if doc[k].text == "Americans":
            return True
        head = doc[k].head
        while head.dep_ in ("compound", "amod") and head.head.i > head.i and head.pos_ != "PROPN":
            head = head.head
        role = self._triggers.get(head.i)
        return head.ent_type_ == "PERSON" or (role is not None and role[1]) \
            or head.lemma_.lower() in _ANIMATE_HEADS | {"citizen", "national", "resident", "journalist", "people"}

    def _choose_entry(self, start: int, entries: list[_Entry]) -> _Entry | None:
        """Pick among homonyms: context aliases and seat cities stand for an
        organisation only when the organisation is named in the document (the
        most recently named one wins)."""
        named = self._named_orgs
        context = [e for e in entries if e.kind == "org_context" and e.key in named]
        if context:
            prev = self.doc[start - 1] if start else None
            if prev is not None and prev.lower_ not in ("the", "this", "that") and self._country_token(prev):
                return None  # "Russian Security Council" is not the UN's
            return max(context, key=lambda e: self._recency(e.key, start))
        if entries[0].kind == "org_context":
            return None
        plain = [e for e in entries if e.kind != "org_context"]
        if plain and plain[0].kind == "capital":
            city = self.doc[start].text
            seated = [o.code for o in self._tables.organizations.values() if o.seat == city and o.code in named]
            if seated:
                code = max(seated, key=lambda c: self._recency(c, start))
                return _Entry("org", code, self._tables.organizations[code].sector)
        return plain[0] if plain else None

    def _recency(self, code: str, position: int) -> tuple[int, int]:
        starts = self._named_orgs.get(code, [])
        before = [s for s in starts if s < position]
        return (1, max(before)) if before else (0, -min(starts))

    def _country_token(self, token) -> bool:
        return any(e.kind in ("adjective", "country") for e in self._lex.index.get((False, token.text), [((), [])])[0][1])

    @staticmethod
    def _is_location(span) -> bool:
        head = span.root
        return head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE_PREPS

    def _store(self, mention: _Mention) -> int:
        self._mentions.append(mention)
        mid = len(self._mentions) - 1
        for i in range(mention.start, mention.end):
            self._by_token[i] = mid
        return mid

    def _add_person(self, start: int, end: int, entries: list[_Entry]) -> int:
        doc = self.doc
        while end > start and doc[end - 1].text in ("'s", "’s", "'", "’"):
            end -= 1
        while start < end - 1 and (doc[start].lower_ in _ROLE_QUALIFIERS or self._triggers.get(start, (None, False))[1]):
            start += 1  # NER sometimes swallows a title ("General Anatoly Nogovitsyn")
        while not entries and start < end - 2 and (doc[start].is_lower or _english_word(doc[start])):
            # ... or a word before a full name it knows ("Crooked Hillary Clinton", "a Mitt Romney")
            rest = doc[start + 1:end].text
            if not (self._table_people(rest) or any(rest == p.actor.name for p in self._people)):
                break
            start += 1
        span = doc[start:end]
        text = span.text
        surname = doc[end - 1].text
        known = [p for p in self._people if text in (p.actor.name, p.surname, p.actor.text)]
        if not known and len(span) == 1:
            # "Kim Jong Un" ... "Kim", "Lai Ching-te" ... "Lai": a name written family name first (a
            # hyphenated or two-part given name after it) is taken up again by its first word
            known = [p for p in self._people if _family_name_first(p.actor.name) == text]
        honorific = _HONORIFIC_GENDER.get(doc[start - 1].lower_) if start else None
        if honorific and len(span) == 1:
            known, office = self._by_honorific(known, honorific, text)
            if office is not None:
                known, entries = [], [office]
        if known:
            pid = self._people.index(known[-1])
            person = self._people[pid]
            if person.actor.country is None and person.actor.org is None:
                self._tie_later(person, span)
        else:
            if not entries:
                entries = self._table_people(text)
            if not entries and len(span) > 1:
                # a surname hit only counts when the first name agrees too ("Bandar Abbas" is a port)
                first = span[0].text
                entries = [e for e in self._table_people(surname)
                           if self._tables.people[int(e.key)].name.split()[0] == first]
            pid = self._introduce(span, entries)
        person = self._people[pid]
        if honorific and person.gender is None:
            person.gender = honorific  # "Mrs. Clinton" tells her gender for the next "Mr. Clinton" and "he"
        actor = replace(person.actor, text=text, start=span.start_char, end=span.end_char, members=[])
        self._store(_Mention(start, end, actor, "person", pid))
        return end

    def _by_honorific(self, known: list[_Person], gender: str, surname: str) -> tuple[list[_Person], _Entry | None]:
        """The people a courtesy title before a bare surname may name, the
        chosen one last: "Mrs. Clinton" is not the Bill Clinton named before,
        nor "Mr. Clinton" the Mrs. Clinton (gender from earlier titles, role
        words, common given names). Among several, the same-surname
        officeholder of the tables whose office is nearest the report's year
        (Hillary Clinton in 2016) goes last; when the text has named no one
        who fits, that officeholder is the entry to introduce."""
        def gender_of(person: _Person) -> str | None:
            return person.gender or _given_name_gender(person.actor.name)

        same = [p for p in known if gender_of(p) == gender]
        if same:
            return same, None
        fitting = [p for p in known if gender_of(p) is None]
        other = {p.actor.name for p in known if gender_of(p) not in (None, gender)}
        rows = [(n, r) for n, r in enumerate(self._tables.people)
                if surname in (r.name.split()[-1], *r.aliases) and r.name not in other
                and (r.gender or _given_name_gender(r.name)) in (None, gender)]
        if not rows or self.year is None:
            return fitting, None

        def distance(row: Officeholder) -> int:
            end = row.end_year if row.end_year is not None else self.year
            return 0 if row.holds_office(self.year) else min(abs(self.year - (row.start_year or end)),
                                                             abs(self.year - end))

        n, row = min(rows, key=lambda nr: distance(nr[1]))
        if fitting:
            named = [p for p in fitting if p.actor.name == row.name]
            return [p for p in fitting if p.actor.name != row.name] + named, None
        return [], _Entry("person", str(n))

    def _table_people(self, text: str) -> list[_Entry]:
        words = tuple(t.text for t in self._lex.tokenize(text))
        for tokens, entries in self._lex.index.get((False, words[0]), ()) if words else ():
            if tokens == words:
                return [e for e in entries if e.kind in ("person", "surname")]
        return []

    def _introduce(self, span, entries: list[_Entry]) -> int:
        """A new person: attributes from the officeholder table (by year) and
        from the title words around the name."""
        tables = self._tables
        name = span.text
        row = None
        if entries:
            rows = [tables.people[int(e.key)] for e in entries]
            current = [r for r in rows if r.holds_office(self.year)]
            if current:
                row = current[-1]
            elif rows and self.year is not None and any(e.kind == "person" for e in entries):
                # Out of office that year: still the same person, former role -- only when the
                # name is complete; a bare surname ("Bennett" in 2024) may be anyone.
                ended = [r for r in rows if r.end_year is not None and r.end_year < self.year]
                if ended:
                    last = max(ended, key=lambda r: r.end_year)
                    row = replace(last, role=f"former {last.role}" if last.role else None, sector="ELI")
                else:
                    # Before taking office (Donald Trump in 2016): the same person of the same
                    # state, with no role or sector yet.
                    first = min(rows, key=lambda r: r.start_year or 0)
                    row = replace(first, role=None, sector=None)
        head = span.root
        np = self._np_tokens(head)
        title_role = self._title_role(span, np)
        if title_role is None and head.dep_ == "appos" and head.head.i < span.start and head.head.pos_ == "NOUN":
            # "The U.N. special rapporteur Richard Bennett": the name hangs on its title
            outer = [(i, d) for i, d in self._np_tokens(head.head) if not span.start <= i < span.end]
            words = [self.doc[i].text for i, _ in sorted(outer) if i <= head.head.i and self._by_token[i] is None
                     and (self.doc[i].lower_ in _ROLE_QUALIFIERS or i in self._triggers or self._inside_trigger(i))]
            while words and words[0].lower() in ("of", "the", "for", "and"):
                words.pop(0)
            if self._has_role_word(words):
                title_role = " ".join(words)
                np = np + outer
        affiliation = self._affiliation(np, exclude=range(span.start, span.end))
        if affiliation is None and title_role is not None:
            affiliation = self._employer(head)
        if affiliation is None and (title_role is not None or (
                head.dep_ == "appos" and head.head.i < span.start
                and (self.names_role(head.head) or head.head.lemma_.lower() in _STAFF))):
            outer = self._np_tokens(head.head) if head.dep_ == "appos" else []
            affiliation = self._principal(np + outer, span)
        trigger = self._best_trigger(np, exclude=range(span.start, span.end))
        if row is not None:
            actor = ActorRef(name, row.name, country=row.country, org=row.org, sector=row.sector,
                             role=title_role or row.role, kind="person")
            body = tables.organizations.get(row.org) if row.org else None
            if body is not None and body.kind == "igo":
                if row.sector == "ELI":
                    # out of office an international official acts as a national of their own state
                    # (Barnier, a former EU commissioner, speaking in 2021 is French)
                    actor.org = None
                else:  # in office: the body, whatever the official's nationality (the row's country)
                    actor.org, actor.country = body.coded_as(self.year)[:2]
            elif body is not None:
                code, country, _ = body.coded_as(self.year)
                actor.org, actor.country = code, actor.country or country
            if actor.sector is None and title_role:
                # not yet in the office the tables know, but the text gives a title ("Balochistan Chief
                # Minister Sarfraz Bugti" in 2016)
                actor.sector = self._sector(affiliation or actor, trigger, head_is_role=True)
        else:
            actor = ActorRef(name, name, role=title_role, kind="person")
            if affiliation is not None and (title_role or affiliation.start < span.start_char):
                # Without a role word only a modifier before the name ("NATO's Romero") tells
                # the affiliation; "Gregory Brew, an Iran analyst" is not Iran's.
                actor.country, actor.org = affiliation.country, affiliation.org
            actor.sector = self._sector(affiliation, trigger, head_is_role=title_role is not None)
            if actor.country is None and actor.org is None:
                actor.country = self._stated_nationality(head)
            if actor.country is None and actor.org is None and title_role:
                named = self._institution_named_before(span, title_role) or self._office_body_before(span, title_role)
                if named is not None:
                    actor.country, actor.org = named.country, named.org
                else:
                    actor.country = self._titled_place(span, np)
            if title_role and title_role.lower().startswith(("former", "ex-")):
                actor.sector = "ELI"
        actor.start, actor.end = span.start_char, span.end_char
        role_text = actor.role or ""
        gender = "f" if _FEMININE.search(role_text) else "m" if _MASCULINE.search(role_text) else None
        if row is not None and row.gender:
            gender = row.gender
        local = actor.country is None and actor.org is None and self._unaffiliated(span)
        self._people.append(_Person(actor, span[-1].text, gender, local))
        return len(self._people) - 1

    def _tie_later(self, person: _Person, span) -> None:
        """A person the text tied to no state or body when first named gets
        the tie a later mention states, for this and every other mention:
        a title ("Richard Armitage, former deputy secretary of state" ...
        "Richard Armitage, former U.S. deputy secretary of state"), a stated
        nationality ("Mehdiyev, who is Azerbaijani") or, for someone no role
        ties elsewhere, the place of the work the apposition names ("Lai, a
        businessman and founder of the now-shuttered Apple Daily newspaper in
        Hong Kong")."""
        actor = person.actor
        np = self._np_tokens(span.root)
        role = self._title_role(span, np)
        found = self._affiliation(np, exclude=range(span.start, span.end))
        # only a title says it ("Mr. Podesta and Todd Stern, the State Department's climate envoy": the
        # apposition may be the conjunct's)
        if found is not None and role and (found.country or found.org) \
                and not any(c.dep_ == "conj" for c in span.root.children):
            actor.country, actor.org = found.country, found.org
            actor.role = actor.role or role
            if actor.sector is None:
                trigger = self._best_trigger(np, exclude=range(span.start, span.end))
                actor.sector = self._sector(found, trigger, head_is_role=role is not None)
        else:
            actor.country = self._stated_nationality(span.root)
            if actor.country is None and actor.role is None and self._unaffiliated(span):
                actor.country = self._place_of_work(span.root)
        if actor.country or actor.org:
            person.local = False

    def _titled_place(self, span, np) -> str | None:
        """The state of a city or district a title names before the person
        ("Tulsa police Chief Chuck Jordan", "Istanbul Governor Ali
        Yerlikaya"): an official of that place."""
        from newsevents import geo

        doc = self.doc
        in_np = {i for i, _ in np}
        i = span.start - 1
        # back over the title words ("police Chief") to the place right before them (the parser often
        # leaves an unfamiliar city out of the phrase)
        while i >= span.sent.start and self._by_token[i] is None and (
                i in in_np or i in self._triggers or self._inside_trigger(i) or doc[i].ent_type_ == "GPE"):
            if doc[i].ent_type_ == "GPE":
                ent = next((e for e in doc.ents if e.start <= i < e.end), None)
                place = geo.lookup(ent.text) if ent is not None else None
                return place.country if place is not None and place.country else None
            i -= 1
        return None

    def _principal(self, np, span) -> ActorRef | None:
        """The person whose aide a titled name is: "Clinton's campaign
        manager Robby Mook", "Putin's spokesman Dmitry Peskov" (the owner of
        the title, named before it)."""
        for _, m in self._mentions_in(np, exclude=range(span.start, span.end)):
            owner = self.doc[m.end - 1]
            if m.person_id is not None and owner.dep_ == "poss" and m.start < span.start:
                person = self._people[m.person_id].actor
                if person.country or person.org:
                    return replace(person, members=[])
        return None

    def _employer(self, head) -> ActorRef | None:
        """The body an apposition's role is held at: "Heather Barr, the
        associate women's rights director at Human Rights Watch", "a
        spokesman for the State Department"."""
        for child in head.children:
            if child.dep_ != "appos":
                continue
            for prep in child.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("at", "with", "for"):
                    continue
                for obj in prep.children:
                    mid = self._by_token[obj.i] if obj.dep_ == "pobj" else None
                    if mid is not None and self._mentions[mid].person_id is None:
                        return self._mentions[mid].actor
        return None

    def _place_of_work(self, head) -> str | None:
        """The state of the place an apposition about a person puts their work
        in: "Lai, a businessman and founder of the ... newspaper in Hong
        Kong" (a local there, whatever passport the text gives later)."""
        from newsevents import geo

        for child in head.children:
            if child.dep_ != "appos":
                continue
            for tok in child.subtree:
                if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at"):
                    continue
                if any(a.dep_ in ("relcl", "acl") and a.i < tok.i for a in tok.ancestors if a.i > child.i):
                    continue  # what a clause says happened there is no work place
                mid = self._by_token[tok.i]
                if mid is not None and self._mentions[mid].person_id is None and not self._mentions[mid].actor.org:
                    return self._mentions[mid].actor.country
                if tok.ent_type_ == "GPE":
                    ent = next((e for e in self.doc.ents if e.start <= tok.i < e.end), None)
                    place = geo.lookup(ent.text) if ent is not None else None
                    if place is not None and place.country:
                        return place.country
        return None

    def _institution_named_before(self, span, role: str) -> ActorRef | None:
        """"Afghanistan's Ministry of Foreign Affairs called the claims
        baseless. ... foreign ministry spokesperson Abdul Qahar Balkhi": a
        title naming an institution without its state belongs to the one the
        previous sentences named with that institution."""
        words = {w for w in role.lower().split() if w in _INSTITUTIONS}
        if not words:
            return None
        doc = self.doc
        first = span.sent.start
        for _ in range(2):
            if first > 0:
                first = doc[first - 1].sent.start
        own = {j for j, _ in self._np_tokens(span.root)}  # the title's own words
        for i in range(span.start - 1, first - 1, -1):
            tok = doc[i]
            if tok.lemma_.lower() not in words or self._by_token[i] is not None or i in own:
                continue
            found = self._affiliation(self._np_tokens(tok))
            if found is not None and (found.country or found.org):
                return found
        return None

    def _office_body_before(self, span, role: str) -> ActorRef | None:
        """"The Arab League met in Cairo. ... Secretary-General X said": a secretary-general or
        director-general with no body in the title heads an organisation (states have none), the one
        the text named last before the name."""
        # (the parser often leaves "Secretary-" of a hyphenated title out of the name's phrase)
        before = self.doc[max(span.sent.start, span.start - 4):span.start].text
        low = " ".join(f"{before} {role}".lower().replace("-", " ").split())
        if "secretary general" not in low and "director general" not in low:
            return None
        orgs = self._tables.organizations
        before = [m for m in self._mentions if m.end <= span.start and m.person_id is None and m.actor.org
                  and (m.actor.org not in orgs or orgs[m.actor.org].kind in ("igo", "party", "armed group", "ngo"))]
        if not before:
            return None
        return replace(max(before, key=lambda m: m.start).actor, members=[])

    def _stated_nationality(self, head) -> str | None:
        """The state a sentence says a person is of: "Mehdiyev, who is
        Azerbaijani", "Amirov and Omarov, both from Azerbaijan" (a clause or
        apposition about the person, not a modifier: "an Iran analyst" is no
        Iranian)."""
        doc = self.doc
        for child in head.children:
            said = []
            if child.dep_ == "relcl" and child.lemma_ == "be":
                said = [c for c in child.children if c.dep_ in ("attr", "acomp")]
            elif child.dep_ == "appos":
                said = [p for prep in child.children if prep.dep_ == "prep" and prep.lower_ == "from"
                        for p in prep.children if p.dep_ == "pobj"]
            for tok in said:
                mid = self._by_token[tok.i]
                if mid is not None and self._mentions[mid].entry_kind in ("adjective", "demonym", "country"):
                    return self._mentions[mid].actor.country
        if head.dep_ == "conj" and head.head.i < head.i and head.head.pos_ == "PROPN":
            # "Amirov and Omarov, both from Azerbaijan": the first name carries the apposition
            return self._stated_nationality(head.head)
        return None

    def _unaffiliated(self, span) -> bool:
        """No word around the name ties the person to a body other than a
        state: no organisation the tables do not know and no commentator's
        role in its apposition or title ("Ahmed Kico, a political and security
        expert", "Douglas Paal, vice president at the Carnegie Endowment")."""
        doc = self.doc
        words = [t for t in doc[max(0, span.start - 4):span.start]]
        for child in span.root.children:
            if child.dep_ == "appos":
                words += [t for t in child.subtree if t.dep_ not in ("relcl", "acl")]
        for tok in words:
            if tok.lemma_.lower() in _COMMENTATORS:
                return False
        return True

    def armed_group_before(self, token) -> ActorRef | None:
        """The armed group named last before `token` ("the militants", "the
        attackers" after "the Baloch Liberation Army"; guidelines: militants
        are resolved from the preceding sentences)."""
        orgs = self._tables.organizations
        best = None
        for m in self._mentions:
            if m.start < token.i and m.actor.org and m.actor.org in orgs and orgs[m.actor.org].kind == "armed group" \
                    and (best is None or m.start > best.start):
                best = m
        return replace(best.actor, members=[]) if best is not None else None

    def other_party(self, token) -> bool:
        """Whether the phrase headed by `token` is, or is owned by, a relational
        noun whose owner is a pronoun ("its neighbour", "its neighbour's forces",
        "their rivals"): it names someone other than the pronoun's referent, so
        neither that referent nor the report's home country is it. A name in the
        phrase ("its neighbour Eritrea") is coded before this is asked."""
        while token is not None:
            if token.lemma_.lower() in _RELATIONAL_NOUNS and any(
                    c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children):
                return True
            token = next((c for c in token.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        return False

    def names_actor(self, token) -> bool:
        """Whether a noun can stand for people or a body (a role, sector or
        animate word: "spokesman", "forces", "group"), not a thing ("deal")."""
        return token.i in self._triggers or token.lemma_.lower() in _ANIMATE_HEADS or token.lower_ in _ANIMATE_HEADS

    def names_role(self, token) -> bool:
        """Whether a noun is a person's role ("minister", "prime ministers", "leaders")."""
        hit = self._triggers.get(token.i)
        return hit is not None and hit[1]

    def local_person(self, actor: ActorRef) -> bool:
        """A person introduced in the document with no tie to a state or
        body: a local of the country the report is about."""
        return any(p.local for p in self._people if p.actor.name == actor.name)

    # ---------------------------------------------------------------- noun-phrase analysis

    def _np_tokens(self, head) -> list[tuple[int, int]]:
        """(token index, depth) of the actor noun phrase headed by `head`:
        modifiers, possessives, appositions and "of"-phrases, not clauses."""
        out, frontier = [(head.i, 0)], [(head, 0)]
        while frontier:
            tok, depth = frontier.pop()
            if depth >= 6:
                continue
            for child in tok.children:
                if child.dep_ not in _NP_DEPS:
                    continue
                if child.dep_ == "prep" and child.lower_ != "of" \
                        and not (child.lower_ == "for" and tok.i == head.i and head.lower_ in _SPOKESPERSONS):
                    continue  # "a spokesman for Hamas" speaks as Hamas, like "a Hamas spokesman"
                out.append((child.i, depth + 1))
                frontier.append((child, depth + 1))
        return out

    def _mentions_in(self, np, exclude=()) -> list[tuple[int, _Mention]]:
        seen, found = set(), []
        for i, depth in sorted(np, key=lambda x: x[1]):
            mid = self._by_token[i]
            if mid is None or mid in seen or i in exclude:
                continue
            seen.add(mid)
            found.append((depth, self._mentions[mid]))
        return found

    def _affiliation(self, np, exclude=()) -> ActorRef | None:
        for _, m in self._mentions_in(np, exclude):
            if m.person_id is None:
                return m.actor
        return None

    def _best_trigger(self, np, exclude=(), groups_only: bool = False) -> tuple[str, int] | None:
        """The sector trigger closest to the head: (sector, token index)."""
        best = None
        for i, depth in np:
            hit = self._triggers.get(i)
            if groups_only and hit is not None and hit[1]:
                continue
            if hit is None or hit[0] is None or i in exclude or self._by_token[i] is not None:
                continue
            if self.doc[i].pos_ not in ("NOUN", "PROPN"):
                continue  # "military channels": an adjective describes a thing, not who acts
            if best is None or depth < best[0]:
                best = (depth, hit[0], i)
        return (best[1], best[2]) if best else None

    def _sector(self, base: ActorRef | None, trigger: tuple[str, int] | None, head_is_role: bool) -> str | None:
        trig = trigger[0] if trigger else None
        if base is None:
            return trig
        if base.org:
            org = self._tables.organizations.get(base.org)
            if org is not None and org.kind == "igo":
                return trig if trig in _IGO_OVERRIDING_SECTORS else base.sector
            return trig or base.sector
        if trig:
            if trig in ("MIL", "SPY") and base.sector in _STATE_SECTORS and base.sector != "GOV" \
                    and self.doc[trigger[1]].lemma_.lower() in ("officer", "agent"):
                return base.sector  # "NYPD officers", "ICE agents": the body's own officers, not soldiers or spies
            return trig
        if head_is_role:
            return "GOV"  # "Russian officials", "the Russian envoy": states act through government
        return base.sector

    def _title_role(self, span, np) -> str | None:
        """Role words just before the name ("Russian Foreign Minister") or in
        an apposition ("Nogovitsyn, deputy chief of ...")."""
        doc = self.doc
        in_np = {i for i, _ in np}
        words, i = [], span.start - 1
        while i >= 0 and i in in_np and self._by_token[i] is None:
            tok = doc[i]
            if tok.lower_ in _ROLE_QUALIFIERS or i in self._triggers or self._inside_trigger(i) or tok.pos_ == "PROPN":
                words.insert(0, tok.text)
                i -= 1
            else:
                break
        while words and words[0].lower() in ("of", "the", "for", "and"):
            words.pop(0)
        if not self._has_role_word(words):
            words = []
            for child in span.root.children:
                if child.dep_ == "appos" and child.i > span.root.i:
                    left = [c for c in child.lefts if c.dep_ in ("compound", "amod") and self._by_token[c.i] is None]
                    words = [t.text for t in left] + [child.text]
                    break
        return " ".join(words) if self._has_role_word(words) else None

    def _inside_trigger(self, i: int) -> bool:
        return any(first <= i < last for last, (_, _, first) in self._triggers.items() if last > i)

    def _has_role_word(self, words: list[str]) -> bool:
        low = [w.lower() for w in words]
        return any(self._tables.triggers.get(w, (None, False))[1] or w in ("minister", "president", "general")
                   for w in low) or any(" ".join(low[k:k + 2]) in self._tables.triggers for k in range(len(low) - 1))

    def _np_actor(self, token, np) -> ActorRef | None:
        mentions = self._mentions_in(np)
        own = self._by_token[token.i]
        if own is not None and self._mentions[own].person_id is not None:
            return replace(self._people[self._mentions[own].person_id].actor, members=[])
        for child in token.children:  # "Trump's special envoy, Steve Witkoff"
            mid = self._by_token[child.i] if child.dep_ == "appos" else None
            if mid is not None and self._mentions[mid].person_id is not None:
                return replace(self._people[self._mentions[mid].person_id].actor, members=[])
        head_trigger = self._triggers.get(token.i)
        head_is_role = bool(head_trigger and head_trigger[1])
        if token.lower_ in _TITLE_ABBREVIATIONS:
            # "Sen." in "said Sen. Ben Cardin": an abbreviated title only stands before a name
            mid = self._by_token[token.head.i]
            if mid is not None and self._mentions[mid].person_id is not None:
                return replace(self._people[self._mentions[mid].person_id].actor, members=[])
            return None
        # "the spokeswoman", "the alliance spokeswoman": a person introduced earlier
        if head_is_role and not any(m.person_id is not None for _, m in mentions):
            earlier = self._person_by_role(token, mentions)
            if earlier is not None:
                return earlier
        if not mentions:
            return self._party_members(token, head_trigger)
        if own is not None:
            primary = self._mentions[own]
        else:
            primary = mentions[0][1]
        if primary.person_id is not None:
            return replace(self._people[primary.person_id].actor, members=[])
        base = primary.actor
        org = self._tables.organizations.get(base.org) if base.org else None
        # A role word ("the IS emir", "Taliban spokesman") does not make a group its government.
        trigger = self._best_trigger(np, groups_only=org is not None)
        if primary.entry_kind == "demonym" and own is not None:
            sector = trigger[0] if trigger else "CVL"
        elif primary.entry_kind == "adjective":
            sector = self._sector(base, trigger, head_is_role) if (trigger or head_is_role) else None
            if sector is None and own is not None:
                sector = "GOV"  # an adjective heading its phrase is the state ("the Russian side" parses oddly)
        else:
            sector = self._sector(base, trigger, head_is_role)
        role = token.text if head_is_role else None
        kind = base.kind
        if kind == "state" and own is None and sector not in _STATE_SECTORS:
            # "Kenyan activists", "Ugandan journalists": the nationality gives the country of people
            # who are no state agents
            kind = "person" if head_is_role else "group"
        return ActorRef(base.text, base.name, country=base.country, org=base.org, sector=sector, role=role,
                        kind=kind)

    def _party_members(self, token, head_trigger) -> ActorRef | None:
        """"Republican lawmakers", "Labour MPs": people in an office (the
        head is a role word with a state sector) named by the adjective of a
        party the tables know act for that party's state, in their office's
        sector (manual: a person is coded by the office held)."""
        if token.lemma_.lower() in _CANDIDATES:
            sector = "PTY"  # "the Republican nominee": a party's candidate acts for the party
        elif head_trigger is None or head_trigger[0] not in ("LEG", "GOV"):
            return None
        else:
            sector = head_trigger[0]
        adjectives = _party_adjectives(self._tables)
        for child in token.children:
            if child.dep_ in ("amod", "compound") and child.i < token.i:
                country = adjectives.get(child.lower_)
                if country:
                    return ActorRef(child.text, country, country=country, sector=sector, kind="state")
        return None

    def _person_by_role(self, token, mentions) -> ActorRef | None:
        word = token.lower_
        affiliation = next((m.actor for _, m in mentions), None)
        for person in sorted(self._people, key=lambda p: p.actor.start or 0, reverse=True):
            if (person.actor.start or 0) >= token.idx:
                continue
            role = (person.actor.role or "").lower()
            if word not in [_TITLE_ABBREVIATIONS.get(w, w) for w in role.split()]:  # "Sen. Merkley" is a senator
                continue
            if affiliation and (affiliation.code() not in (person.actor.org, person.actor.country)):
                continue
            return replace(person.actor, members=[])
        return None

    def _pronoun(self, token) -> ActorRef | None:
        """he/she: a person named before it in its own sentence, outside a
        quotation (the subject first: "The head of Doctors Without Borders
        told the council that his teams ...", "Oz's advice earned him ..."),
        else the nearest preceding person mention that was a subject (else
        the nearest person), skipping people of the other gender."""
        want = _PRONOUNS[token.lower_]
        sent = token.sent
        quote = self._quotation_before(token)
        candidates = []  # (in this sentence, subject, position, actor)
        for m in self._mentions:
            if m.person_id is None or m.start >= token.i or m.start in quote:
                continue
            person = self._people[m.person_id]
            if (person.gender or _given_name_gender(person.actor.name)) not in (None, want):
                continue
            head = self.doc[m.end - 1]
            here = m.start >= sent.start and not self._quoted(m.start, token.i)
            candidates.append((here, head.dep_ in ("nsubj", "nsubjpass"), m.start, person.actor))
        for tok in sent:
            # an unnamed officeholder subject ("the head of MSF", "the Russian envoy") before it
            if tok.i >= token.i:
                break
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "NOUN" and tok.tag_ == "NN" \
                    and self._by_token[tok.i] is None and self.names_role(tok) and not self._quoted(tok.i, token.i):
                actor = self.actor_for_token(tok, conjuncts=False)
                role = tok.lower_
                gender = "f" if _FEMININE.search(role) else "m" if _MASCULINE.search(role) else None
                if actor is not None and actor.code() and gender in (None, want):
                    candidates.append((True, True, tok.i, actor))
        if not candidates:
            return None
        pool = [c for c in candidates if c[0]] or candidates
        subjects = [c for c in pool if c[1]]
        actor = max(subjects or pool, key=lambda c: c[2])[3]
        return replace(actor, text=token.text, start=token.idx, end=token.idx + len(token.text), members=[])

    def _quotation_before(self, token) -> range:
        """Token range of the quotation that closes just before a pronoun
        ('"We will hold Vladimir Putin accountable," he said'): the people
        it names are not who says it."""
        doc = self.doc
        k = token.i - 1
        while k >= 0 and doc[k].is_punct and doc[k].text not in _QUOTE_MARKS:
            k -= 1
        if k < 0 or doc[k].text not in _QUOTE_MARKS:
            return range(0)
        close = k
        k -= 1
        while k >= 0 and doc[k].text not in _QUOTE_MARKS and close - k < 300:
            k -= 1
        return range(k, close) if k >= 0 and doc[k].text in _QUOTE_MARKS else range(0)

    def _quoted(self, first: int, last: int) -> bool:
        """Whether a quotation mark stands between tokens `first` and `last`
        of a sentence: one of them is quoted and the other is not ("'We will
        hold Putin accountable,' he said")."""
        return any(t.text in _QUOTE_MARKS for t in self.doc[first:last])


class ActorResolver:
    """Resolves actors in parsed documents; cheap to build (the lexicon is
    cached on the tables object)."""

    def __init__(self, tables: ActorTables | None = None):
        self.tables = tables or load_actor_tables()
        _lexicon(self.tables)

    def resolve_doc(self, doc, year: int | None = None) -> DocActors:
        return DocActors(self, doc, year)


@functools.lru_cache(maxsize=1)
def _default_resolver() -> ActorResolver:
    return ActorResolver(load_actor_tables())


def code_text_actor(text: str, year: int | None = None) -> ActorRef | None:
    """Resolve a free phrase such as "Norway's Defence Ministry"."""
    from newsevents.nlp import get_nlp

    doc = get_nlp()(text)
    if len(doc) == 0:
        return None
    return _default_resolver().resolve_doc(doc, year=year).actor_for_span(0, len(text))
