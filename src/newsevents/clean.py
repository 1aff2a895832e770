"""Turn a RawDocument into a clean Article with metadata.

The cleaning rules are about the *shape* of crawl debris (calls to donate or
subscribe, job ads, share prompts, photo credits, markup, section labels, a
paragraph broken mid-sentence), never about one site's strings, and otherwise
leave the body verbatim so that offsets into it stay meaningful.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import html
import re
from dataclasses import dataclass, field
from importlib import resources

from . import dates, geo
from .models import Article, RawDocument, Rejected

MIN_BODY_CHARS = 40
# The longest news features run to ~60,000 characters; anything far beyond is
# a dump (a whole site, a data blob) that would stall the parser for minutes.
MAX_ARTICLE_CHARS = 300_000

# --- boilerplate shapes -------------------------------------------------------
# Each pattern describes a kind of debris; a line is dropped only when it is
# short (debris is short) and matches, so a real paragraph that happens to
# mention "donations" survives.
_DEBRIS_PATTERNS = [
    # appeals for money or membership ("Support <Site>", "Donate here")
    r"^(?:support|donate to|contribute to)\s+(?:[A-Z][\w.]*\s*){1,3}[.!]?$",
    r"\b(?:donate|donation|donating|make a gift|support (?:us|our|independent|quality)|help (?:us|support)|become a (?:member|patron|supporter|subscriber))\b",
    # subscription, newsletters, accounts
    r"\b(?:subscribe|subscription|subscriber|newsletter|mailing list|sign up|sign in|log ?in|register (?:now|here|for free)|create (?:an|a free) account|unsubscribe)\b",
    # job and career ads
    r"\b(?:career network|job board|jobs? (?:alert|search)|we'?re hiring|apply now)\b|\bjoin now\b",
    # wire credit lines ("Reporting by X; Editing by Y")
    r"^(?:additional )?(?:reporting|writing|editing|compiled|translated) by\b",
    # share / follow / navigation prompts
    r"\b(?:follow us on|share (?:this|on) (?:facebook|twitter|x)|on (?:facebook|twitter|instagram|telegram)\s*$|all rights reserved|copyright ©|©\s*\d{4}|cookie)\b",
    # photo and image credits and captions
    r"\((?:[A-Z][\w.&-]*\s*)?(?:Photo|Photograph|Image|File photo)\s*/[^)]*\)\s*$",
    r"^(?:photo|image|file photo|pictured|picture|caption|credit|photograph)\s*(?::|by\b|credit)",
    r"\b(?:getty images|shutterstock|via reuters|/ap photo|ap photo/|afp photo|reuters/)\b",
]
_DEBRIS_RE = re.compile("|".join(f"(?:{p})" for p in _DEBRIS_PATTERNS), re.IGNORECASE)
_DEBRIS_MAX_WORDS = 30
# Share / follow / navigation prompts: only as (nearly) the whole line, since
# "Email inquiry bruises..." or "Share prices fell" can open a headline.
_PROMPT_RE = re.compile(
    r"^(?:share(?: this(?: article| story)?)?|share on \w+|tweet|e-?mail|print|follow us|like us(?: on \w+)?|follow|click here"
    r"|read more|read also|see also|related(?: articles| stories| coverage)?|advertisement|sponsored(?: content)?"
    r"|comments?|view comments|more from \S+|recommended|trending|back to top|skip to \w+)"
    r"(?:\s*[|·:,]\s*(?:share on \w+|e-?mail|print|tweet|facebook|twitter|x|whatsapp|linkedin))*\s*[.:!]?$",
    re.IGNORECASE,
)
_TAG_RE = re.compile(r"<[^>]{0,2000}>")
_CAPTION_MARKUP_RE = re.compile(r"<(?:figure|figcaption|img|picture|video|iframe|script|style)\b|class=\"[^\"]*(?:caption|credit|logo|image|photo|ad|promo|share)", re.IGNORECASE)
_TERMINAL_RE = re.compile(r"[.!?…]['\"’”)\]]*$|[\"”’]$")
# Abbreviations that end a line without ending the sentence when the line
# is continued by a fragment such as "State Department spokesman X said."
_ABBREVIATION_END_RE = re.compile(r"\b(?:U\.S\.|U\.N\.|U\.K\.|E\.U\.|Mr\.|Mrs\.|Ms\.|Dr\.|Gen\.|Sen\.|Rep\.|Gov\.|Lt\.|Col\.|Sgt\.|Capt\.|St\.|Prof\.|No\.)$")
_ATTRIBUTION_FRAGMENT_RE = re.compile(
    r"^[A-Z][^.!?]{0,150}\b(?:said|says|told|added|stated|noted|wrote|explained|warned|stressed|insisted|argued|claimed|asked)\b[^.!?]{0,60}[.!?]$"
)
_MISSING_SPACE_RE = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")
_BYLINE_RE = re.compile(r"^By\s+(?P<name>[A-Z][\w.'’ -]{1,80}?)(?:\s*[,|]\s*(?P<rest>.*))?\s*[,.]?$")
# "MOSCOW/ BRUSSELS :", "BRUSSELS, December 1 (RIA Novosti) -", "WASHINGTON (AP) —"
_DATELINE_RE = re.compile(
    r"^(?P<place>(?:[A-Z][A-Za-z'’.-]+(?:\s*/\s*|\s+)?){1,4}?)"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?:\s[A-Z][a-z]+)?))?"
    rf"(?:,\s*(?P<month>{dates.MONTH_RE})\.?\s+(?P<day>\d{{1,2}}))?"
    r"\s*(?:\((?P<agency>[^)]{2,40})\))?"
    r"\s*(?P<sep>[-—–:]{1,2})\s+(?=[A-Z\"“‘'])"
)
# Leading "16:53 01/12/2009" timestamp in front of a dateline.
_LEAD_TIMESTAMP_RE = re.compile(r"^(?P<time>\d{1,2}:\d{2}(?::\d{2})?)?\s*(?P<date>\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d)\s+")


@dataclass
class Agency:
    canonical: str
    aliases: list[str]
    timezone: str


@functools.lru_cache(maxsize=1)
def agencies() -> list[Agency]:
    with resources.files("newsevents.data").joinpath("agencies.tsv").open(encoding="utf-8") as handle:
        rows = [line for line in handle if not line.startswith("#")]
    return [
        Agency(row["canonical"], row["aliases"].split("|"), row["timezone"])
        for row in csv.DictReader(rows, delimiter="\t")
    ]


@functools.lru_cache(maxsize=1)
def _agency_alias_re() -> re.Pattern:
    names = sorted({alias for agency in agencies() for alias in agency.aliases}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def agency_for(name: str) -> Agency | None:
    """The agency a name refers to ("RIA-Novosti" -> RIA Novosti), else None."""
    name = name.strip().strip(",.")
    for agency in agencies():
        if name in agency.aliases or name.lower() == agency.canonical.lower():
            return agency
    return None


def article_id(text: str) -> str:
    """Stable id: hash of the normalised clean text, so the same article read
    twice (or from two paths) gets one id."""
    normalised = " ".join(text.lower().split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


@dataclass
class TextMeta:
    title: str | None = None
    published: str | None = None
    published_inferred: bool = False
    agency: str | None = None
    dateline: str | None = None
    byline: str | None = None
    dropped: list[str] = field(default_factory=list)


# --- line level ----------------------------------------------------------------

def is_debris(line: str) -> bool:
    """True for a line that is crawl debris rather than article prose."""
    words = line.split()
    if not words:
        return True
    if len(words) <= _DEBRIS_MAX_WORDS and _DEBRIS_RE.search(line):
        return True
    if len(words) <= 8 and _PROMPT_RE.match(line):
        return True
    # Shouting lines of a few words ("NEWSLETTER", "SUPPORT INDEPENDENT MEDIA")
    letters = [c for c in line if c.isalpha()]
    if letters and len(words) <= 12 and sum(c.isupper() for c in letters) / len(letters) > 0.9 and len(letters) > 3:
        return True
    return False


def is_section_label(line: str) -> bool:
    """A short label ("Military", "World News", "Middle East") rather than a
    headline or a sentence."""
    words = line.split()
    return 0 < len(words) <= 2 and not _TERMINAL_RE.search(line) and not any(c.isdigit() for c in line)


def strip_markup(line: str) -> str | None:
    """Leftover HTML in plain text: drop caption/figure/ad blocks whole, strip
    other tags. Returns None when nothing of the line should be kept."""
    if "<" not in line or not _TAG_RE.search(line):
        return line
    if _CAPTION_MARKUP_RE.search(line):
        return None
    return _TAG_RE.sub(" ", line)


def _paragraphs(text: str, markup: bool = True) -> list[str]:
    """Split into paragraphs: blank lines separate paragraphs; single line
    breaks inside a paragraph are kept as paragraph breaks too, because crawled
    text uses them for both (short debris lines sit on their own line).
    With `markup`, leftover tags and entities are removed; text extracted from
    HTML has none left, and a "<script>" in it is the article's own words."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines = []
    for raw in text.split("\n"):
        line = strip_markup(raw) if markup else raw
        if line is None:
            continue
        if markup:
            line = html.unescape(line)
        line = re.sub(r"[ \t\u2009\u200a\u200b\u202f]+", " ", line).strip()
        lines.append(line)
    return [line for line in lines if line]


def _rejoin(paragraphs: list[str]) -> list[str]:
    """Re-join paragraphs broken mid-sentence by the crawl."""
    out: list[str] = []
    for para in paragraphs:
        if out:
            prev = out[-1]
            broken = not _TERMINAL_RE.search(prev) and (para[:1].islower() or prev.endswith((",", ";", "-", "–", "—")))
            abbreviation_split = bool(_ABBREVIATION_END_RE.search(prev)) and bool(_ATTRIBUTION_FRAGMENT_RE.match(para)) and len(para.split()) <= 20
            if broken or abbreviation_split:
                out[-1] = prev + " " + para
                continue
        out.append(para)
    return out


# --- metadata from text ----------------------------------------------------------

def _score_agencies(lines_before_body: list[str], body: str) -> str | None:
    """Which wire wrote this: strong evidence is a byline, an agency line or a
    dateline credit; weaker evidence is a photo credit or the wire's own
    self-reference ("told The Associated Press"). Agencies merely cited
    ("Interfax reported", "quoted by Interfax") do not count."""
    scores: dict[str, float] = {}
    alias_re = _agency_alias_re()
    for line in lines_before_body:
        for match in alias_re.finditer(line):
            agency = agency_for(match.group(1))
            if agency:
                scores[agency.canonical] = scores.get(agency.canonical, 0) + 10
    for match in re.finditer(r"\(([A-Z][\w -]{1,30})\)\s*[-—–]", body[:400]):
        agency = agency_for(match.group(1))
        if agency:
            scores[agency.canonical] = scores.get(agency.canonical, 0) + 10
    for match in re.finditer(r"\b(?:told|said to|in an interview with)\s+((?:the\s+|The\s+)?[A-Z][\w-]+(?:\s[A-Z][\w-]+){0,2})", body):
        agency = agency_for(re.sub(r"^[Tt]he\s+", "", match.group(1)))
        if agency is None:
            agency = agency_for(match.group(1))
        if agency:
            scores[agency.canonical] = scores.get(agency.canonical, 0) + 2
    if not scores:
        return None
    best = max(scores.items(), key=lambda kv: kv[1])
    return best[0] if best[1] >= 2 else None


def _photo_credit_agencies(text: str) -> list[str]:
    found = []
    for match in re.finditer(r"\(([A-Z][\w-]*)\s*Photo", text):
        agency = agency_for(match.group(1))
        if agency:
            found.append(agency.canonical)
    return found


def _title_case_place(place: str) -> str:
    parts = [p.strip() for p in re.split(r"\s*/\s*", place.strip()) if p.strip()]
    def fix(p: str) -> str:
        return p.title() if p.isupper() else p
    return "/".join(fix(p) for p in parts)


def split_dateline(paragraph: str, default_tz: str | None = None) -> tuple[str, dict]:
    """Remove a leading timestamp/dateline from the first body paragraph and
    return (rest of paragraph, metadata found)."""
    found: dict = {}
    rest = paragraph
    stamp = _LEAD_TIMESTAMP_RE.match(rest)
    if stamp:
        found["stamp"] = stamp.group("date")
        found["stamp_time"] = stamp.group("time")
        rest = rest[stamp.end():]
    match = _DATELINE_RE.match(rest)
    if match:
        place = match.group("place").strip()
        shouting = place.replace("/", "").replace(" ", "").isupper()
        credited = match.group("agency") is not None
        colon_or_dash = match.group("sep") in (":", "—", "–", "--", "-")
        # A classic dateline is shouted ("BRUSSELS -") or credited ("(AP)");
        # any other "Words:" prefix counts only when the words name a place
        # ("Moscow/ Brussels :"), so "Darrell Scott: ..." is left alone.
        plausible = colon_or_dash and len(place.split()) <= 4 and (
            shouting or credited
            or all(geo.is_place(part) for part in re.split(r"\s*/\s*", place) if part.strip()))
        if plausible:
            found["dateline"] = _title_case_place(place)
            if match.group("agency"):
                found["agency_credit"] = match.group("agency")
            if match.group("month"):
                found["month"] = dates.month_number(match.group("month"))
                found["day"] = int(match.group("day"))
            rest = rest[match.end():]
    if stamp and "stamp" in found:
        a, b, y = (int(x) for x in re.split(r"[/.]", found["stamp"]))
        resolved = dates.resolve_numeric_date(a, b, y, found.get("month"), found.get("day"))
        if resolved is not None:
            if found.get("stamp_time"):
                found["published"] = dates.parse_timestamp(f"{resolved.isoformat()}T{found['stamp_time']}", default_tz)
            else:
                found["published"] = resolved.isoformat()
    return (rest if (stamp or "dateline" in found) else paragraph), found


def clean_text(text: str, known_title: str | None = None, markup: bool = True) -> tuple[str, TextMeta]:
    """Clean a crawled plain-text article. Returns (clean body, metadata)."""
    meta = TextMeta()
    paragraphs = _paragraphs(text, markup)
    head_lines: list[str] = []  # lines above the body (labels, title, byline, date)
    body: list[str] = []
    title_seen = known_title is not None
    date_line: str | None = None
    for para in paragraphs:
        if is_debris(para):
            meta.dropped.append(para)
            continue
        if not body:
            byline = _BYLINE_RE.match(para)
            if byline and len(para.split()) <= 12:
                name = byline.group("name").strip().rstrip(",")
                meta.byline = name
                head_lines.append(para)
                continue
            if agency_for(para.rstrip(",. ")):
                head_lines.append(para)
                continue
            if date_line is None and dates.parse_date_line(para):
                date_line = para  # parsed below, once the agency (and its time zone) is known
                head_lines.append(para)
                continue
            if not title_seen:
                if is_section_label(para):
                    meta.dropped.append(para)
                    continue
                if len(para.split()) >= 3 and not _looks_like_sentence_para(para):
                    meta.title = para
                    title_seen = True
                    head_lines.append(para)
                    continue
                title_seen = True  # first paragraph is prose: no headline given
            elif (meta.title and meta.title.endswith((";", ":", ",")) and not body
                  and len(meta.title.split()) + len(para.split()) <= 40):
                meta.title = meta.title + " " + para
                head_lines[-1] = meta.title
                continue
            elif known_title is not None and para.strip() == known_title.strip():
                head_lines.append(para)
                continue
            elif is_section_label(para):
                meta.dropped.append(para)
                continue
        body.append(para)
    if not body and meta.title and known_title is None:
        # A one-paragraph text: its only paragraph is the body, not a headline.
        body, meta.title = [meta.title], None
    body = _rejoin(body)
    body = [_MISSING_SPACE_RE.sub(" ", p) for p in body]
    # Agency before the dateline is split off: "(RIA Novosti)" credits count.
    agency_name = _score_agencies(head_lines, "\n".join(body))
    tz = None
    if agency_name:
        tz = next(a.timezone for a in agencies() if a.canonical == agency_name)
    if date_line is not None:
        meta.published = dates.parse_date_line(date_line, tz)
    if body:
        first, found = split_dateline(body[0], tz)
        if found:
            body[0] = first
            meta.dateline = found.get("dateline")
            if found.get("agency_credit") and agency_for(found["agency_credit"]):
                agency_name = agency_for(found["agency_credit"]).canonical
            if found.get("published") and not meta.published:
                meta.published = found["published"]
    if agency_name is None:
        credits = _photo_credit_agencies(text)
        if credits:
            agency_name = credits[0]
    if agency_name is None and meta.byline and agency_for(meta.byline):
        agency_name = agency_for(meta.byline).canonical
    meta.agency = agency_name
    clean = "\n\n".join(p for p in body if p)
    return clean, meta


def _looks_like_sentence_para(para: str) -> bool:
    """Headlines are short; a long first paragraph that ends like a sentence is
    the lead, not a headline."""
    words = len(para.split())
    return words > 30 or (words > 20 and para.rstrip().endswith("."))


# --- documents ----------------------------------------------------------------

_JSON_PUBLISHED_KEYS = ("published", "date", "published_at", "publication_date", "pubdate", "datetime", "timestamp")


def clean_document(raw: RawDocument) -> Article | Rejected:
    """RawDocument -> clean Article (or Rejected with the reason)."""
    fields = dict(raw.fields)
    if raw.format == "html":
        extracted = _extract_html(raw.content, fields.get("url"))
        if extracted is None:
            return Rejected(raw.source_path, "no article text found in HTML", raw.record)
        body_text, html_meta = extracted
        fields = {**html_meta, **{k: v for k, v in fields.items() if v}}
    else:
        body_text = raw.content
    title_field = fields.get("title") if isinstance(fields.get("title"), str) else None
    clean, meta = clean_text(body_text, known_title=title_field, markup=raw.format != "html")
    if len(clean) > MAX_ARTICLE_CHARS:
        return Rejected(raw.source_path, f"text too long for one article ({len(clean):,} characters > {MAX_ARTICLE_CHARS:,})", raw.record)
    if len(clean) < MIN_BODY_CHARS:
        return Rejected(raw.source_path, "no article text after cleaning", raw.record)
    if _mostly_garbage(clean):
        return Rejected(raw.source_path, "text is not natural language (markup or encoded data)", raw.record)

    agency = _field_str(fields, "agency") or meta.agency
    if agency and agency_for(agency):
        agency = agency_for(agency).canonical
    publisher = _field_str(fields, "source") or _field_str(fields, "publisher") or _field_str(fields, "sitename")
    if agency is None and publisher and agency_for(publisher):
        agency = agency_for(publisher).canonical
    tz = next((a.timezone for a in agencies() if a.canonical == agency), None)
    published = None
    for key in _JSON_PUBLISHED_KEYS:
        if fields.get(key):
            published = dates.parse_timestamp(fields[key], tz)
            if published:
                break
    published = published or meta.published
    inferred = False
    if published is None:
        guess = dates.infer_publication_date(clean)
        if guess is not None:
            published, inferred = guess.isoformat(), True
    known = {"id", "title", "text", "body", "content", "html", "url", "source", "agency", "publisher",
             "author", "byline", "dateline", "sitename", *_JSON_PUBLISHED_KEYS}
    extra = {k: v for k, v in fields.items() if k not in known and v not in (None, "")}
    if meta.dropped:
        extra["dropped_lines"] = len(meta.dropped)
    external_id = fields.get("id") if raw.format in ("json", "html") and "id" in fields else None
    return Article(
        id=article_id(clean),
        text=clean,
        title=(title_field or meta.title or _fallback_title(clean)),
        published=published,
        published_inferred=inferred,
        agency=agency,
        dateline=_field_str(fields, "dateline") or meta.dateline,
        byline=_field_str(fields, "author") or _field_str(fields, "byline") or meta.byline,
        url=_field_str(fields, "url"),
        source_path=raw.source_path,
        external_id=str(external_id) if external_id is not None else None,
        publisher=publisher,
        extra=extra,
    )


def _field_str(fields: dict, key: str) -> str | None:
    value = fields.get(key)
    if value is None:
        return None
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    value = str(value).strip()
    return value or None


def _fallback_title(text: str) -> str | None:
    first = text.split("\n", 1)[0]
    sentence = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    if len(sentence) > 200:
        sentence = sentence[:200].rsplit(" ", 1)[0] + "…"
    return sentence or None


def _mostly_garbage(text: str) -> bool:
    sample = text[:20000]
    letters = sum(c.isalpha() for c in sample)
    spaces = sample.count(" ")
    return letters < len(sample) * 0.5 or spaces < len(sample) / 40


_META_TIME_RE = re.compile(
    r"<meta[^>]+(?:property|name|itemprop)=[\"'](?:article:published_time|og:published_time|datePublished|pubdate|publishdate|date|DC\.date\.issued)[\"'][^>]*content=[\"']([^\"']+)[\"']",
    re.IGNORECASE,
)


def _extract_html(content: str, url: str | None) -> tuple[str, dict] | None:
    """Main text and metadata of an HTML page (trafilatura + htmldate)."""
    import trafilatura
    from htmldate import find_date

    result = trafilatura.bare_extraction(
        content, url=url, with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=True,
    )
    if result is None:
        return None
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = data.get("text") or ""
    if not text.strip():
        return None
    meta = {
        "title": data.get("title"),
        "author": data.get("author"),
        "url": data.get("url") or url,
        "sitename": data.get("sitename"),
    }
    # A full timestamp in the page's metadata beats htmldate, which keeps
    # only the day.
    stamp = _META_TIME_RE.search(content[:200_000])
    if stamp:
        meta["published"] = stamp.group(1)
    else:
        try:
            found = find_date(content, outputformat="%Y-%m-%d", original_date=True)
        except Exception:  # htmldate raises assorted errors on odd markup; a date is optional
            found = None
        meta["published"] = found or data.get("date")
    return text, {k: v for k, v in meta.items() if v}
