"""When did an event happen: date expressions in a sentence resolved against
the publication date.

News text dates events relative to the day the report was filed ("said
Thursday", "earlier this month", "in June"). The rules here are the ones a
wire editor assumes: a bare weekday or month is the most recent one on or
before publication unless the sentence speaks of the future, a bare day of a
month ("Aug 22", "December 4") is the nearest such day, and the result carries
a precision (day, month, year).

dateparser is not used for these relative expressions: its RELATIVE_BASE
resolves "Thursday" or "June" without regard to tense and always returns a
full datetime, so the precision (a month for "in June") and the "most recent
on/before publication" rule would have to be undone after it. The absolute
patterns are plain regular expressions over the month/weekday tables of
:mod:`newsevents.dates`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsevents.dates import MONTH_RE, MONTHS, WEEKDAYS, month_number

_FUTURE_RE = re.compile(r"\b(?:will|shall|'ll|is to|are to|going to|scheduled|set to|due to|next|upcoming|planned|would)\b",
                        re.I)
_YEAR = r"(?:19|20)\d\d"
# Ordered most specific first; each pattern is tried at every position and the
# match nearest the event trigger wins (see _candidates).
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("full_mdy", re.compile(rf"\b(?P<m>{MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>{_YEAR})\b")),
    ("full_dmy", re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<m>{MONTH_RE})\.?,?\s+(?P<y>{_YEAR})\b")),
    ("iso", re.compile(rf"\b(?P<y>{_YEAR})-(?P<m>\d\d)-(?P<d>\d\d)\b")),
    ("month_year", re.compile(rf"\b(?P<m>{MONTH_RE})\.?,?\s+(?P<y>{_YEAR})\b")),
    ("month_day", re.compile(rf"\b(?P<m>{MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?(?:{_YEAR}|%|percent))")),
    ("day_month", re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH_RE})\b(?!\.?,?\s+{_YEAR})")),
    ("weekday", re.compile(r"\b(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("yesterday", re.compile(r"\byesterday\b", re.I)),
    ("today", re.compile(r"\b(?:today|tonight|this morning|this afternoon|this evening)\b", re.I)),
    ("tomorrow", re.compile(r"\btomorrow\b", re.I)),
    ("days_ago", re.compile(r"\b(?P<n>two|three|four|five|six|\d)\s+days\s+ago\b", re.I)),
    ("this_month", re.compile(r"\b(?:earlier|later)?\s*this month\b", re.I)),
    ("last_month", re.compile(r"\blast month\b", re.I)),
    ("next_month", re.compile(r"\bnext month\b", re.I)),
    ("last_week", re.compile(r"\blast week\b", re.I)),
    ("this_week", re.compile(r"\b(?:earlier|later)?\s*this week\b", re.I)),
    ("month", re.compile(rf"\b(?:in|since|during|by|until|early|late|mid-?|last|next|this|of)\s+(?P<m>{MONTH_RE})\b(?!\.?\s*\d)")),
    ("last_year", re.compile(r"\blast year\b", re.I)),
    ("this_year", re.compile(r"\b(?:earlier|later)?\s*this year\b", re.I)),
    ("next_year", re.compile(r"\bnext year\b", re.I)),
    ("year", re.compile(rf"\b(?:in|since|during|by|until|of|early|late|mid-?)\s+(?P<y>{_YEAR})\b")),
]
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _published_date(published: str | None) -> date | None:
    if not published:
        return None
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", published)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month(text: str) -> int | None:
    return int(text) if text.isdigit() else month_number(text)


def _nearest_day(pub: date, month: int, day: int, future: bool) -> date | None:
    """The occurrence of month/day nearest publication (the next one when the
    sentence speaks of the future)."""
    options = [d for d in (_safe_date(pub.year + k, month, day) for k in (-1, 0, 1)) if d]
    if not options:
        return None
    if future:
        ahead = [d for d in options if d >= pub]
        return min(ahead) if ahead else None
    return min(options, key=lambda d: (abs((d - pub).days), d > pub))


def _resolve(kind: str, match: re.Match, pub: date | None, future: bool) -> tuple[str, str] | None:
    groups = match.groupdict()
    if kind in ("full_mdy", "full_dmy", "iso"):
        month = _month(groups["m"])
        d = _safe_date(int(groups["y"]), month, int(groups["d"])) if month else None
        return (d.isoformat(), "day") if d else None
    if kind == "month_year":
        month = _month(groups["m"])
        return (f"{int(groups['y']):04d}-{month:02d}", "month") if month else None
    if kind == "year":
        return (groups["y"], "year")
    if pub is None:
        return None  # everything below is relative to the publication date
    if kind in ("month_day", "day_month"):
        month = _month(groups["m"])
        d = _nearest_day(pub, month, int(groups["d"]), future) if month else None
        return (d.isoformat(), "day") if d else None
    if kind == "weekday":
        want = WEEKDAYS[groups["w"].lower()]
        delta = (pub.weekday() - want) % 7
        d = pub + timedelta(days=(want - pub.weekday()) % 7) if future else pub - timedelta(days=delta)
        return (d.isoformat(), "day")
    if kind == "yesterday":
        return ((pub - timedelta(days=1)).isoformat(), "day")
    if kind == "today":
        return (pub.isoformat(), "day")
    if kind == "tomorrow":
        return ((pub + timedelta(days=1)).isoformat(), "day")
    if kind == "days_ago":
        n = groups["n"].lower()
        days = _NUMBERS.get(n) or int(n)
        return ((pub - timedelta(days=days)).isoformat(), "day")
    if kind in ("this_month", "this_week"):
        # "this week" names no day: the month it falls in is what is known
        return (f"{pub.year:04d}-{pub.month:02d}", "month")
    if kind == "last_month":
        first = pub.replace(day=1) - timedelta(days=1)
        return (f"{first.year:04d}-{first.month:02d}", "month")
    if kind == "next_month":
        after = (pub.replace(day=28) + timedelta(days=4)).replace(day=1)
        return (f"{after.year:04d}-{after.month:02d}", "month")
    if kind == "last_week":
        d = pub - timedelta(days=7)
        return (f"{d.year:04d}-{d.month:02d}", "month")
    if kind == "month":
        month = _month(groups["m"])
        if not month:
            return None
        if future:
            year = pub.year if month >= pub.month else pub.year + 1
        else:
            year = pub.year if month <= pub.month else pub.year - 1
        return (f"{year:04d}-{month:02d}", "month")
    if kind == "last_year":
        return (str(pub.year - 1), "year")
    if kind == "this_year":
        return (str(pub.year), "year")
    if kind == "next_year":
        return (str(pub.year + 1), "year")
    return None


def find_date_expressions(text: str) -> list[tuple[int, int, str, re.Match]]:
    """Non-overlapping date expressions (start, end, kind, match), more
    specific patterns claiming their characters first."""
    taken: list[tuple[int, int]] = []
    found = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            if kind in ("month", "month_day", "day_month") and match.group("m").lower().rstrip(".") == "may" \
                    and not re.match(r"[A-Z]", text[match.start("m")]):
                continue  # the modal verb "may"
            taken.append((start, end))
            found.append((start, end, kind, match))
    return sorted(found, key=lambda f: f[0])


def resolve_event_date(expression_or_sentence_span, published: str | None, near: int | None = None
                       ) -> tuple[str | None, str | None]:
    """(ISO date, precision) for a date expression or a whole sentence (a str
    or a spaCy Span), relative to the publication date (ISO string).

    With several expressions the one nearest `near` (a character offset into
    the given text, typically the event trigger) wins. Without any, the
    publication day is returned (day precision); (None, None) when nothing is
    known."""
    text = expression_or_sentence_span if isinstance(expression_or_sentence_span, str) else expression_or_sentence_span.text
    pub = _published_date(published)
    future = bool(_FUTURE_RE.search(text))
    found = find_date_expressions(text)
    if near is not None:
        found.sort(key=lambda f: min(abs(f[0] - near), abs(f[1] - near)))
    for start, end, kind, match in found:
        resolved = _resolve(kind, match, pub, future)
        if resolved:
            return resolved
    if pub is not None:
        return (pub.isoformat(), "day")
    return (None, None)


__all__ = ["resolve_event_date", "find_date_expressions", "MONTHS"]
