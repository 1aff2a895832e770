"""Plain data passed between the pipeline stages.

Every stage takes and returns these dataclasses, never ORM objects, so the
per-article work stays a pure, picklable function of the article (it can run in
a process pool today and on Dask tomorrow).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class RawDocument:
    """One input document as read from disk/stdin, before cleaning."""

    source_path: str  # the input path as the user gave it ("-" for stdin)
    format: str  # "txt" | "html" | "json" | "warc"
    content: str  # decoded text (HTML for html/warc records)
    fields: dict[str, Any] = field(default_factory=dict)  # JSON fields / WARC headers
    record: int | None = None  # line or record number inside a multi-article file


@dataclass
class Article:
    """A clean article with its metadata. `text` is the clean body; every
    offset elsewhere in the system (events, quotes) points into it."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # timezone-aware ISO 8601
    published_inferred: bool = False
    agency: str | None = None
    dateline: str | None = None
    byline: str | None = None
    url: str | None = None
    source_path: str | None = None
    external_id: str | None = None
    publisher: str | None = None  # site/outlet when known (JSON `source`, HTML sitename)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ActorRef:
    """An actor as coded on an event or a quote speaker.

    `country` is ISO 3166 alpha-3 (or None); `org` a canonical short name such
    as "NATO" (or None); `sector` a PLOVER sector code such as "GOV", "MIL"."""

    text: str  # the mention as written
    name: str  # resolved name ("Sergei Lavrov", "Russia", "NATO")
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    role: str | None = None  # "Foreign Minister", "spokeswoman", ...
    kind: str = "state"  # state | igo | person | group | unknown
    start: int | None = None  # offsets into Article.text when known
    end: int | None = None
    members: list["ActorRef"] = field(default_factory=list)  # compound actors

    def code(self) -> str | None:
        """The single code used for dyads: the organisation, else the country."""
        return self.org or self.country


@dataclass
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass
class Event:
    id: str
    type: str  # PLOVER type, upper case
    mode: str | None
    cameo: str | None
    quad_class: int | None  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    intensity: float | None
    source: ActorRef | None
    target: ActorRef | None
    modality: str = "asserted"  # asserted | negated | intended | conditional
    negated: bool = False
    speech_act: str | None = None  # denial | threat | promise | None
    date: str | None = None  # ISO date (YYYY-MM-DD, YYYY-MM or YYYY)
    date_precision: str | None = None  # day | month | year
    location: Location | None = None
    sentence: str = ""
    start: int = 0  # sentence offsets into Article.text
    end: int = 0
    trigger: str | None = None
    reported_by: ActorRef | None = None
    article_ids: list[str] = field(default_factory=list)
    mentions: int = 1
    context: list[str] = field(default_factory=list)
    # True when the evidence is the headline (Article.title): start/end then
    # index the title, not the body text.
    in_title: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Speaker:
    mention: str  # as written at the quote
    name: str | None = None  # resolved
    role: str | None = None
    org: str | None = None
    country: str | None = None
    sector: str | None = None
    kind: str = "person"  # person | organisation | unnamed


@dataclass
class Quote:
    id: str
    article_id: str
    text: str  # quoted words without the marks
    direct: bool
    cue: str | None
    speaker: Speaker | None
    relayed_by: str | None = None
    start: int = 0
    end: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ArticleResult:
    """Everything the per-article pipeline produces for one article."""

    article: Article
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)  # {text,label,start,end,code}


@dataclass
class Rejected:
    """An input that could not be turned into an article, and why."""

    source_path: str
    reason: str
    record: int | None = None

    def describe(self) -> str:
        where = self.source_path if self.record is None else f"{self.source_path}:{self.record}"
        return f"{where}: {self.reason}"
