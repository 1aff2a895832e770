"""Dates: publication timestamps from fields and text, and dates implied by text.

Free-form parsing goes through dateparser; the few shapes it cannot settle on
its own (a numeric "01/12/2009" next to a dateline "December 1", weekday
arithmetic) are handled here explicitly.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
MONTH_RE = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
# "August 20, 2008", "Aug. 17, 2008", "20 August 2008"
FULL_DATE_RE = re.compile(
    rf"\b(?:(?P<m1>{MONTH_RE})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{MONTH_RE})\.?,?\s+(?P<y2>(?:19|20)\d\d))\b"
)
WEEKDAY_RE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
NUMERIC_DATE_RE = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\b")
TIME_RE = re.compile(r"\b(\d{1,2}):(\d{2})(?::(\d{2}))?\b")

_DATEPARSER_SETTINGS = {
    "PREFER_DAY_OF_MONTH": "first",
    "REQUIRE_PARTS": ["year", "month", "day"],
}


def month_number(name: str) -> int | None:
    return MONTHS.get(name.lower().rstrip("."))


def to_iso(value: datetime | date) -> str:
    return value.isoformat()


def parse_timestamp(value, default_tz: str | None = None) -> str | None:
    """Parse a publication timestamp from a field value (ISO string, epoch
    number, free text). Returns timezone-aware ISO 8601, or a plain ISO date
    when only a date is given, or None when it cannot be read."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)):
        if value > 1e11:  # milliseconds
            value = value / 1000
        return datetime.fromtimestamp(value, tz=timezone.utc).isoformat()
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return text
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        parsed = None
    if parsed is None:
        parsed = _dateparse(text)
        if parsed is None:
            return None
    return _aware(parsed, default_tz).isoformat()


def _aware(value: datetime, default_tz: str | None) -> datetime:
    if value.tzinfo is not None:
        return value
    tz = ZoneInfo(default_tz) if default_tz else timezone.utc
    return value.replace(tzinfo=tz)


def _dateparse(text: str) -> datetime | None:
    """dateparser returns an aware datetime exactly when the text names a zone
    ("PDT", "HKT", "+03:00"); a naive one is given the caller's default zone."""
    import dateparser

    try:
        return dateparser.parse(text, languages=["en"], settings=_DATEPARSER_SETTINGS)
    except (ValueError, OverflowError):
        return None


def parse_date_line(line: str, default_tz: str | None = None) -> str | None:
    """A standalone line that is nothing but a date/time ("August 20, 2008
    5:57:18 PM PDT", "Updated: Dec 1, 2009 16:53 GMT") -> ISO, else None."""
    stripped = re.sub(r"^(?:published|updated|posted|last updated|date)\s*:?\s*", "", line.strip(), flags=re.I)
    if len(stripped) > 60 or not re.search(r"\d", stripped):
        return None
    if not (FULL_DATE_RE.search(stripped) or NUMERIC_DATE_RE.search(stripped) or re.match(r"\d{4}-\d{2}-\d{2}", stripped)):
        return None
    # Everything on the line must be date/time material, not a sentence.
    leftover = FULL_DATE_RE.sub(" ", stripped)
    leftover = NUMERIC_DATE_RE.sub(" ", leftover)
    leftover = TIME_RE.sub(" ", leftover)
    leftover = re.sub(r"\b(?:AM|PM|a\.m\.|p\.m\.|[A-Z]{2,5}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|at|on)\b|[-,|:/.+\dT]", " ", leftover)
    if leftover.strip():
        return None
    parsed = _dateparse(stripped)
    if parsed is None:
        return None
    if not TIME_RE.search(stripped):
        return parsed.date().isoformat()
    return _aware(parsed, default_tz).isoformat()


def resolve_numeric_date(day_or_month_a: int, day_or_month_b: int, year: int, month_hint: int | None,
                         day_hint: int | None = None) -> date | None:
    """Settle "01/12/2009": day-first or month-first. A month named nearby
    (the dateline's "December 1") decides; otherwise day-first if the first
    number cannot be a month, month-first if the second cannot be."""
    candidates = []
    for day, month in ((day_or_month_a, day_or_month_b), (day_or_month_b, day_or_month_a)):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if month_hint is not None:
        for candidate in candidates:
            if candidate.month == month_hint and (day_hint is None or candidate.day == day_hint):
                return candidate
    if len(candidates) == 1 or candidates[0] == candidates[-1]:
        return candidates[0]
    return None  # genuinely ambiguous


def infer_publication_date(text: str) -> date | None:
    """What the text implies when no publication date is given. Only a full
    date the text labels as its own ("Published October 2, 2020", "Updated:
    Monday, May 3, 2021") counts: a date elsewhere in an article is more often
    history ("the Sept. 11, 2012 attack ... Monday") than its own date.
    Callers record the result as inferred, never as fact."""
    labelled = re.search(rf"\b(?:published|updated|posted|filed)(?: on)?:?\s+(?:\w+day,?\s+)?({FULL_DATE_RE.pattern})", text, re.I)
    if labelled:
        return _full_date(FULL_DATE_RE.search(labelled.group(1)))
    return None


def _full_date(match) -> date | None:
    if match is None:
        return None
    month = month_number(match.group("m1") or match.group("m2"))
    day = int(match.group("d1") or match.group("d2"))
    year = int(match.group("y1") or match.group("y2"))
    try:
        return date(year, month, day)
    except ValueError:
        return None


def infer_from_reference(text: str, reference: date) -> date:
    """An undated report's date from a neighbouring report's (the story it
    joined): the weekday its lead names ("... said Thursday") nearest to the
    reference, within three days either side, else the reference day itself."""
    weekday = WEEKDAY_RE.search(text[:600])
    if weekday:
        wanted = WEEKDAYS[weekday.group(1).lower()]
        for shift in (0, 1, -1, 2, -2, 3, -3):
            candidate = reference + timedelta(days=shift)
            if candidate.weekday() == wanted:
                return candidate
    return reference
