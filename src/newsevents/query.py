"""Read side: plain functions over a `Store`, shared by the CLI and the web UI.

Every function takes a `Store` and returns plain dicts/lists ready for JSON.
Events are stored one row per mention; rows sharing `merged_id` are reports
of one event, so every function here returns each merged event once, with all
its reports as evidence. All SQL is built with SQLAlchemy expressions (bound
parameters only); bad user input raises `QueryError` (a ValueError) with a
one-line message for the caller to show.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select, text
from sqlalchemy.orm import Session

from .store import ArticleRow, EventRow, QuoteRow, Store, StoryRow

MAX_LIMIT = 10_000
PERIODS = ("day", "week", "month", "year")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CODE = re.compile(r"^[A-Za-z][A-Za-z0-9_.&-]{0,59}$")


class QueryError(ValueError):
    """A bad parameter (dyad syntax, date, period...): the message is for the user."""


# --------------------------------------------------------------------------- parameters


def check_date(value: str | None, name: str = "date") -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date), else QueryError."""
    if value is None or value == "":
        return None
    value = value.strip()
    if not _DATE.match(value):
        raise QueryError(f"bad {name} {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    parts = [int(p) for p in value.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        raise QueryError(f"bad {name} {value!r}: no such date") from None
    return value


def _actor_tables():
    from .actors import load_actor_tables

    return load_actor_tables()


def actor_code(value: str) -> str:
    """Canonical code for a user-typed actor: an ISO3 or organisation code in
    any case ("rus", "nato"), or a country/organisation name ("Russia")."""
    value = (value or "").strip()
    if not value:
        raise QueryError("empty actor code")
    tables = _actor_tables()
    upper = value.upper()
    if upper in tables.countries:
        return upper
    for code in tables.organizations:
        if code.upper() == upper:
            return code
    lowered = value.lower()
    for country in tables.countries.values():
        if lowered == country.name.lower() or lowered in (a.lower() for a in country.aliases):
            return country.iso3
    for org in tables.organizations.values():
        if lowered == org.name.lower() or lowered in (a.lower() for a in org.aliases):
            return org.code
    if not _CODE.match(value):
        raise QueryError(f"bad actor code {value!r}")
    return value


def actor_name(code: str | None) -> str | None:
    """Readable name of a code ("RUS" -> "Russia"), or None when unknown."""
    if not code:
        return None
    tables = _actor_tables()
    if code in tables.countries:
        return tables.countries[code].name
    if code in tables.organizations:
        return tables.organizations[code].name
    return None


def parse_dyad(value: str) -> tuple[str, str]:
    """"RUS:NATO" -> ("RUS", "NATO")."""
    parts = (value or "").split(":")
    if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
        raise QueryError(f"bad dyad {value!r}: use A:B, e.g. RUS:NATO")
    return actor_code(parts[0]), actor_code(parts[1])


def _page(limit: int | None, offset: int | None) -> tuple[int | None, int]:
    if limit is not None and (limit < 1 or limit > MAX_LIMIT):
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}")
    if offset is not None and offset < 0:
        raise QueryError("offset must be >= 0")
    return limit, offset or 0


# --------------------------------------------------------------------------- events


def _side(code: str, side: str):
    """An event row whose source (or target) is this actor: the dyad code or the country."""
    if side == "source":
        return or_(EventRow.source_code == code, EventRow.source_country == code)
    return or_(EventRow.target_code == code, EventRow.target_country == code)


def _effective_date():
    # An event without its own date is placed at its report's publication day.
    return func.coalesce(EventRow.date, func.substr(ArticleRow.published, 1, 10))


def check_context(value: str) -> str:
    """A PLOVER context name ("military", "human_rights"; case and "-"/" " forgiven) or QueryError."""
    from newsevents.contexts import CONTEXTS

    name = value.strip().lower().replace("-", "_").replace(" ", "_")
    if name not in CONTEXTS:
        raise QueryError(f"unknown context {value!r}: one of {', '.join(CONTEXTS)}")
    return name


def _event_conditions(type=None, actor=None, dyad=None, since=None, until=None, modality=None, story=None,
                      article=None, directed=False, source=None, target=None, id=None, person=None,
                      context=None) -> list:
    conds = []
    if context:
        # The JSON list of contexts as text ('["military", "diplomatic"]'): a
        # quoted name matches whole names only ("legal" not in "illegal_drugs").
        conds.append(EventRow.data["context"].as_string().like(f'%"{check_context(context)}"%'))
    if person:
        # A person (or any actor) by resolved name, on either side: the same
        # name quotes are listed by, so a speaker's quotes and events line up.
        pattern = f"%{person.strip()}%"
        conds.append(or_(EventRow.data["source"]["name"].as_string().ilike(pattern),
                         EventRow.data["target"]["name"].as_string().ilike(pattern)))
    if type:
        conds.append(EventRow.type == type.strip().upper())
    if actor:
        code = actor_code(actor)
        conds.append(or_(_side(code, "source"), _side(code, "target")))
    if source:
        conds.append(_side(actor_code(source), "source"))
    if target:
        conds.append(_side(actor_code(target), "target"))
    if dyad:
        a, b = parse_dyad(dyad)
        forward = and_(_side(a, "source"), _side(b, "target"))
        conds.append(forward if directed else or_(forward, and_(_side(b, "source"), _side(a, "target"))))
    since, until = check_date(since, "since"), check_date(until, "until")
    if since and until and since > until:
        raise QueryError(f"since {since} is after until {until}")
    # Dates have day, month or year precision: an event matches when its
    # period overlaps [since, until]. "~" sorts after every digit and "-", so
    # "2008-08~" is the end of August 2008 in string order.
    if since:
        conds.append(_effective_date() + "~" >= since)
    if until:
        conds.append(_effective_date() <= until + "~")
    if modality:
        conds.append(EventRow.modality == modality.strip().lower())
    if story:
        conds.append(ArticleRow.story_id == story)
    if article:
        conds.append(EventRow.article_id == article)
    if id:
        conds.append(or_(EventRow.merged_id == id, EventRow.merged_id.in_(
            select(EventRow.merged_id).where(EventRow.id == id).scalar_subquery())))
    return conds


def _group_query(conds: list):
    day = func.min(_effective_date()).label("day")
    return (select(EventRow.merged_id, day, func.min(ArticleRow.published).label("published"),
                   func.min(EventRow.start).label("start"))
            .join(ArticleRow, ArticleRow.id == EventRow.article_id)
            .where(*conds).group_by(EventRow.merged_id))


def events(store: Store, type: str | None = None, actor: str | None = None, dyad: str | None = None,
           since: str | None = None, until: str | None = None, modality: str | None = None,
           story: str | None = None, article: str | None = None, limit: int | None = None, offset: int = 0,
           directed: bool = False, source: str | None = None, target: str | None = None,
           id: str | None = None, person: str | None = None, context: str | None = None) -> list[dict[str, Any]]:
    """Merged events matching every given filter, each once, in order of
    their own dates (then publication, then position in the text)."""
    limit, offset = _page(limit, offset)
    conds = _event_conditions(type, actor, dyad, since, until, modality, story, article, directed, source,
                              target, id, person, context)
    groups = _group_query(conds).subquery()
    stmt = (select(groups.c.merged_id)
            .order_by(groups.c.day.is_(None), groups.c.day, groups.c.published, groups.c.start, groups.c.merged_id)
            .offset(offset))
    if limit:
        stmt = stmt.limit(limit)
    with store.session() as session:
        ids = list(session.scalars(stmt))
        return _merged_events(session, ids)


def count_events(store: Store, **filters) -> int:
    """How many merged events `events(store, **filters)` would return without paging."""
    conds = _event_conditions(**filters)
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(_group_query(conds).subquery())) or 0


def event(store: Store, id: str) -> dict[str, Any] | None:
    """One merged event by its id (or the id of any of its mentions)."""
    found = events(store, id=id, limit=1)
    return found[0] if found else None


def _report_agency(row: ArticleRow | Any) -> str | None:
    return row.agency or row.publisher


def _merged_events(session: Session, merged_ids: list[str]) -> list[dict[str, Any]]:
    if not merged_ids:
        return []
    rows = session.execute(
        select(EventRow, ArticleRow.published, ArticleRow.agency, ArticleRow.publisher, ArticleRow.title,
               ArticleRow.story_id)
        .join(ArticleRow, ArticleRow.id == EventRow.article_id)
        .where(EventRow.merged_id.in_(merged_ids))).all()
    by_group: dict[str, list] = defaultdict(list)
    for row in rows:
        by_group[row.EventRow.merged_id].append(row)
    return [_merge(merged_id, by_group[merged_id]) for merged_id in merged_ids if by_group.get(merged_id)]


def _merge(merged_id: str, rows: list) -> dict[str, Any]:
    # Reports in publication order (undated last); the representative is the
    # mention whose id the group carries, else the earliest report.
    rows = sorted(rows, key=lambda r: (r.published is None, r.published or "", r.EventRow.start))
    representative = next((r for r in rows if r.EventRow.id == merged_id), rows[0])
    result = dict(representative.EventRow.data or {})
    result["id"] = merged_id
    article_ids: list[str] = []
    agencies: list[str] = []
    story_ids: list[str] = []
    evidence = []
    for r in rows:
        ev = r.EventRow
        if ev.article_id not in article_ids:
            article_ids.append(ev.article_id)
        agency = r.agency or r.publisher
        if agency and agency not in agencies:
            agencies.append(agency)
        if r.story_id and r.story_id not in story_ids:
            story_ids.append(r.story_id)
        evidence.append({"event_id": ev.id, "article_id": ev.article_id, "sentence": (ev.data or {}).get("sentence"),
                         "start": ev.start, "end": ev.end, "agency": agency, "published": r.published,
                         "title": r.title})
    result["article_ids"] = article_ids
    result["mentions"] = len(rows)
    result["agencies"] = agencies
    result["story_ids"] = story_ids
    result["evidence"] = evidence
    result["published"] = rows[0].published
    result["source_code"] = representative.EventRow.source_code
    result["target_code"] = representative.EventRow.target_code
    return result


def event_label(ev: dict[str, Any]) -> str:
    """"RUS SANCTION NATO" (codes, else names, else "?")."""
    def side(code, actor):
        return code or (actor or {}).get("name") or "?"
    return f"{side(ev.get('source_code'), ev.get('source'))} {ev.get('type')} {side(ev.get('target_code'), ev.get('target'))}"


# Columns of a flat event record (CSV): shared by the CLI and web downloads.
EVENT_COLUMNS = ["id", "date", "date_precision", "type", "mode", "cameo", "quad_class", "intensity", "source_code",
                 "source_name", "target_code", "target_name", "modality", "negated", "mentions", "agencies",
                 "article_ids", "sentence", "context"]


def flat_event(ev: dict[str, Any]) -> dict[str, Any]:
    """A merged event with actor names and a one-cell label, for CSV and tables."""
    row = dict(ev)
    row["source_name"] = (ev.get("source") or {}).get("name")
    row["target_name"] = (ev.get("target") or {}).get("name")
    row["event"] = event_label(ev) + (f"/{ev['mode']}" if ev.get("mode") else "")
    return row


def short_name(code: str) -> str:
    """Countries by name, organisations by their short code ("Russia", "NATO")."""
    tables = _actor_tables()
    return tables.countries[code].name if code in tables.countries else code


def timeline(store: Store, story: str | None = None, dyad: str | None = None, actor: str | None = None,
             limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Merged events of a story and/or a dyad in order of their own dates,
    each with its sources (agencies, article ids, evidence)."""
    if not (story or dyad or actor):
        raise QueryError("timeline needs a story, a dyad or an actor")
    return events(store, story=story, dyad=dyad, actor=actor, limit=limit, offset=offset)


# --------------------------------------------------------------------------- relations


def _period(day: date, by: str) -> tuple[str, date]:
    if by == "day":
        return day.isoformat(), day
    if by == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}", day - timedelta(days=day.weekday())
    if by == "month":
        return f"{day.year:04d}-{day.month:02d}", day.replace(day=1)
    return f"{day.year:04d}", date(day.year, 1, 1)


def _as_day(value: str | None) -> date | None:
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        numbers = [int(p) for p in parts]
        return date(numbers[0], numbers[1] if len(numbers) > 1 else 1, numbers[2] if len(numbers) > 2 else 1)
    except (ValueError, IndexError):
        return None


_PRECISION = {"year": 1, "month": 2, "week": 3, "day": 3}


def _event_day(ev: dict[str, Any], by: str) -> date | None:
    """The day to bucket an event on: its own date when precise enough for
    the period, else the first report's day when that falls inside the
    event's own (coarser) date, else the start of the event's date."""
    own = ev.get("date")
    if own:
        precision = len(own[:10].split("-"))
        if precision >= _PRECISION[by]:
            return _as_day(own)
        published = (ev.get("published") or "")[:10]
        if published.startswith(own[:10]):
            return _as_day(published)
        return _as_day(own)
    return _as_day(ev.get("published"))


def relations(store: Store, a: str, b: str, by: str = "month", since: str | None = None,
              until: str | None = None) -> list[dict[str, Any]]:
    """Cooperation and conflict between two actors per period, from PLOVER
    intensities (positive = cooperation, negative = conflict), each merged
    event counted once whatever the number of reports.

    Each period: {period, start, events, cooperation (sum of positive
    intensities), conflict (sum of |negative| intensities), net, a_to_b,
    b_to_a, key_event (the strongest event: id, label, type, intensity, date,
    sentence)}."""
    if by not in PERIODS:
        raise QueryError(f"bad period {by!r}: use one of {', '.join(PERIODS)}")
    a, b = actor_code(a), actor_code(b)
    found = events(store, dyad=f"{a}:{b}", since=since, until=until)
    buckets: dict[str, dict[str, Any]] = {}
    for ev in found:
        day = _event_day(ev, by)
        if day is None:
            continue
        period, start = _period(day, by)
        bucket = buckets.setdefault(period, {"period": period, "start": start.isoformat(), "events": 0,
                                             "cooperation": 0.0, "conflict": 0.0, "net": 0.0, "a_to_b": 0,
                                             "b_to_a": 0, "key_event": None, "_key": -1.0})
        bucket["events"] += 1
        src = ev.get("source_code")
        forward = src == a or (ev.get("source") or {}).get("country") == a
        bucket["a_to_b" if forward else "b_to_a"] += 1
        score = ev.get("intensity")
        if score is None:
            continue
        if score > 0:
            bucket["cooperation"] += score
        else:
            bucket["conflict"] += -score
        bucket["net"] += score
        if abs(score) > bucket["_key"]:
            bucket["_key"] = abs(score)
            bucket["key_event"] = {"id": ev["id"], "label": event_label(ev), "type": ev.get("type"),
                                   "mode": ev.get("mode"), "intensity": score, "date": ev.get("date"),
                                   "sentence": ev.get("sentence"), "mentions": ev.get("mentions")}
    series = sorted(buckets.values(), key=lambda x: x["start"])
    for bucket in series:
        bucket.pop("_key")
        for key in ("cooperation", "conflict", "net"):
            bucket[key] = round(bucket[key], 2)
    return series


# --------------------------------------------------------------------------- quotes


def quotes(store: Store, speaker: str | None = None, actor: str | None = None, story: str | None = None,
           article: str | None = None, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Quotes (the stored quote JSON plus article title/published/agency),
    in publication order then position. `speaker` matches part of the
    resolved name or of the mention, case-insensitively; `actor` the
    speaker's country or organisation."""
    limit, offset = _page(limit, offset)
    stmt = (select(QuoteRow, ArticleRow.title, ArticleRow.published, ArticleRow.agency, ArticleRow.publisher,
                   ArticleRow.story_id)
            .join(ArticleRow, ArticleRow.id == QuoteRow.article_id))
    if speaker:
        pattern = f"%{_escape_like(speaker.strip().lower())}%"
        stmt = stmt.where(or_(func.lower(QuoteRow.speaker_name).like(pattern, escape="\\"),
                              func.lower(QuoteRow.data["speaker"]["mention"].as_string()).like(pattern, escape="\\")))
    if actor:
        code = actor_code(actor)
        stmt = stmt.where(or_(QuoteRow.speaker_country == code, QuoteRow.speaker_org == code))
    if story:
        stmt = stmt.where(ArticleRow.story_id == story)
    if article:
        stmt = stmt.where(QuoteRow.article_id == article)
    stmt = stmt.order_by(ArticleRow.published.is_(None), ArticleRow.published, QuoteRow.article_id,
                         QuoteRow.start).offset(offset)
    if limit:
        stmt = stmt.limit(limit)
    with store.session() as session:
        return [_quote_dict(row) for row in session.execute(stmt)]


def _quote_dict(row) -> dict[str, Any]:
    result = dict(row.QuoteRow.data or {})
    result.setdefault("id", row.QuoteRow.id)
    result.setdefault("article_id", row.QuoteRow.article_id)
    result["article_title"] = row.title
    result["published"] = row.published
    result["agency"] = row.agency or row.publisher
    result["story_id"] = row.story_id
    return result


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# --------------------------------------------------------------------------- stories and articles


def _article_brief(row: ArticleRow) -> dict[str, Any]:
    return {"id": row.id, "title": row.title, "published": row.published, "agency": row.agency,
            "publisher": row.publisher, "dateline": row.dateline, "url": row.url, "story_id": row.story_id,
            "duplicate_of": row.duplicate_of}


def _story_dict(row: StoryRow, members: list[ArticleRow]) -> dict[str, Any]:
    data = dict(row.data or {})
    article_ids = [a.id for a in members] or list(data.get("article_ids") or [])
    agencies = list(data.get("agencies") or [])
    for a in members:
        agency = _report_agency(a)
        if agency and agency not in agencies:
            agencies.append(agency)
    data.update({"id": row.id, "title": row.title, "summary": row.summary, "article_ids": article_ids,
                 "first_published": row.first_published, "last_published": row.last_published,
                 "agencies": agencies, "related_story_ids": list(data.get("related_story_ids") or [])})
    return data


def _story_members(session: Session, story_ids: list[str]) -> dict[str, list[ArticleRow]]:
    members: dict[str, list[ArticleRow]] = defaultdict(list)
    if story_ids:
        for a in session.scalars(select(ArticleRow).where(ArticleRow.story_id.in_(story_ids))
                                 .order_by(ArticleRow.published.is_(None), ArticleRow.published, ArticleRow.id)):
            members[a.story_id].append(a)
    return members


def _event_counts_by_story(session: Session, story_ids: list[str]) -> dict[str, int]:
    if not story_ids:
        return {}
    rows = session.execute(
        select(ArticleRow.story_id, func.count(func.distinct(EventRow.merged_id)))
        .join(EventRow, EventRow.article_id == ArticleRow.id)
        .where(ArticleRow.story_id.in_(story_ids)).group_by(ArticleRow.story_id))
    return dict(rows.all())


def stories(store: Store, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Stories, most recently updated first (undated last), each with its
    article ids, agencies, related stories and the number of merged events."""
    limit, offset = _page(limit, offset)
    stmt = (select(StoryRow)
            .order_by(StoryRow.last_published.is_(None), StoryRow.last_published.desc(), StoryRow.id)
            .offset(offset))
    if limit:
        stmt = stmt.limit(limit)
    with store.session() as session:
        rows = list(session.scalars(stmt))
        ids = [r.id for r in rows]
        members = _story_members(session, ids)
        counts = _event_counts_by_story(session, ids)
        result = []
        for row in rows:
            item = _story_dict(row, members.get(row.id, []))
            item["event_count"] = counts.get(row.id, 0)
            result.append(item)
        return result


def count_stories(store: Store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(StoryRow)) or 0


def story(store: Store, id: str) -> dict[str, Any] | None:
    """One story: its fields, its articles (metadata, no text), its merged
    events in date order with evidence, and its quotes."""
    with store.session() as session:
        row = session.get(StoryRow, id)
        if row is None:
            return None
        members = _story_members(session, [id]).get(id, [])
        result = _story_dict(row, members)
        result["articles"] = [_article_brief(a) for a in members]
        related = list(session.scalars(select(StoryRow).where(StoryRow.id.in_(result["related_story_ids"]))))
        result["related"] = [{"id": r.id, "title": r.title, "first_published": r.first_published} for r in related]
    result["events"] = events(store, story=id)
    result["quotes"] = quotes(store, story=id)
    return result


def article(store: Store, id: str) -> dict[str, Any] | None:
    """One article with its text, metadata, its events (merged ids) and quotes."""
    found = store.get_article(id)
    if found is None:
        return None
    with store.session() as session:
        found["merged_ids"] = {r.id: r.merged_id for r in session.execute(
            select(EventRow.id, EventRow.merged_id).where(EventRow.article_id == found["id"]))}
        found["story"] = None
        if found.get("story_id"):
            srow = session.get(StoryRow, found["story_id"])
            if srow is not None:
                found["story"] = {"id": srow.id, "title": srow.title}
    return found


# --------------------------------------------------------------------------- actors and overview


def _partners(session: Session, code: str) -> list[dict[str, Any]]:
    """Counterparts of an actor by number of merged events (either direction)."""
    counts: Counter = Counter()
    as_source = session.execute(
        select(EventRow.target_code, func.count(func.distinct(EventRow.merged_id)))
        .where(_side(code, "source"), EventRow.target_code.is_not(None), EventRow.target_code != code)
        .group_by(EventRow.target_code))
    as_target = session.execute(
        select(EventRow.source_code, func.count(func.distinct(EventRow.merged_id)))
        .where(_side(code, "target"), EventRow.source_code.is_not(None), EventRow.source_code != code)
        .group_by(EventRow.source_code))
    for partner, n in list(as_source) + list(as_target):
        counts[partner] += n
    return [{"code": c, "name": actor_name(c), "events": n} for c, n in counts.most_common()]


def actor_summary(store: Store, code: str, limit: int = 200, partners: int = 3,
                  by: str = "month") -> dict[str, Any]:
    """An actor: its name, merged events as source and as target, quotes of
    its speakers, main partners and relations series with the main partners."""
    code = actor_code(code)
    as_source = events(store, source=code, limit=limit)
    as_target = events(store, target=code, limit=limit)
    with store.session() as session:
        partner_list = _partners(session, code)
        types = Counter(dict(session.execute(
            select(EventRow.type, func.count(func.distinct(EventRow.merged_id)))
            .where(or_(_side(code, "source"), _side(code, "target"))).group_by(EventRow.type)).all()))
    result = {
        "code": code,
        "name": actor_name(code),
        "source_count": count_events(store, source=code),
        "target_count": count_events(store, target=code),
        "events_as_source": as_source,
        "events_as_target": as_target,
        "quotes": quotes(store, actor=code, limit=limit),
        "partners": partner_list,
        "types": [{"type": t, "events": n} for t, n in types.most_common()],
        "relations": [{"partner": p["code"], "name": p["name"], "series": relations(store, code, p["code"], by=by)}
                      for p in partner_list[:partners]],
    }
    return result


def top_dyads(store: Store, limit: int = 10) -> list[dict[str, Any]]:
    """Most active pairs of actors (either direction), by merged events."""
    with store.session() as session:
        rows = session.execute(
            select(EventRow.source_code, EventRow.target_code, func.count(func.distinct(EventRow.merged_id)),
                   func.sum(EventRow.intensity), func.count())
            .where(EventRow.source_code.is_not(None), EventRow.target_code.is_not(None),
                   EventRow.source_code != EventRow.target_code)
            .group_by(EventRow.source_code, EventRow.target_code)).all()
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for src, tgt, n, total, mentions in rows:
        a, b = sorted((src, tgt))
        pair = pairs.setdefault((a, b), {"a": a, "b": b, "a_name": actor_name(a), "b_name": actor_name(b),
                                         "dyad": f"{a}:{b}", "events": 0, "mean_intensity": 0.0, "_sum": 0.0,
                                         "_mentions": 0})
        pair["events"] += n
        pair["_sum"] += total or 0.0
        pair["_mentions"] += mentions
    result = sorted(pairs.values(), key=lambda p: (-p["events"], p["dyad"]))[:limit]
    for pair in result:
        # Mean over mentions: a proxy for the tone of the pair's relations.
        pair["mean_intensity"] = round(pair.pop("_sum") / max(pair.pop("_mentions"), 1), 2)
    return result


def overview(store: Store, stories_limit: int = 5, dyads_limit: int = 10) -> dict[str, Any]:
    """Counts, latest stories, most active dyads, event types and date span."""
    with store.session() as session:
        def count(stmt):
            return session.scalar(stmt) or 0
        counts = {
            "articles": count(select(func.count()).select_from(ArticleRow)),
            "stories": count(select(func.count()).select_from(StoryRow)),
            "events": count(select(func.count(func.distinct(EventRow.merged_id)))),
            "event_mentions": count(select(func.count()).select_from(EventRow)),
            "quotes": count(select(func.count()).select_from(QuoteRow)),
        }
        span = session.execute(select(func.min(ArticleRow.published), func.max(ArticleRow.published))).one()
        types = session.execute(
            select(EventRow.type, func.count(func.distinct(EventRow.merged_id))).group_by(EventRow.type)
            .order_by(func.count(func.distinct(EventRow.merged_id)).desc(), EventRow.type).limit(12)).all()
    return {
        "counts": counts,
        "first_published": span[0],
        "last_published": span[1],
        "latest_stories": stories(store, limit=stories_limit),
        "top_dyads": top_dyads(store, dyads_limit),
        "types": [{"type": t, "events": n} for t, n in types],
    }


# --------------------------------------------------------------------------- search


_WORDS = re.compile(r"\w+", re.UNICODE)
MARK_START, MARK_END = "\x02", "\x03"  # match markers inside snippets (never in article text)


def _fts_query(q: str) -> str:
    """User text -> an FTS5 query of quoted terms (all required): no FTS
    syntax from the user reaches MATCH, so `NEAR(`, `*`, quotes are inert."""
    words = _WORDS.findall(q or "")
    if not words:
        raise QueryError("empty search: type some words")
    return " ".join(f'"{w}"' for w in words[:20])


def has_fts(store: Store) -> bool:
    if not store.url.startswith("sqlite"):
        return False
    with store.engine.connect() as conn:
        return conn.execute(text(
            "SELECT count(*) FROM sqlite_master WHERE name IN ('articles_fts', 'quotes_fts')")).scalar() == 2


def search(store: Store, q: str, limit: int = 20) -> dict[str, Any]:
    """Full-text search over articles (title, text) and quotes (text,
    speaker): SQLite FTS5 with BM25 ranking when the tables exist (migration
    0002), else a LIKE scan. Snippets mark matches with MARK_START/MARK_END;
    `segments` gives them as [text, is_match] pairs for safe rendering."""
    fts = _fts_query(q)
    if not 1 <= limit <= 200:
        raise QueryError("limit must be between 1 and 200")
    if has_fts(store):
        hits = _search_fts(store, fts, limit)
    else:
        hits = _search_like(store, " ".join(_WORDS.findall(q)), limit)
    for group in hits.values():
        for hit in group:
            hit["segments"] = _segments(hit.pop("marked"))
            hit["snippet"] = "".join(s for s, _ in hit["segments"])
    return {"query": q, "articles": hits["articles"], "quotes": hits["quotes"]}


def _search_fts(store: Store, fts: str, limit: int) -> dict[str, list]:
    with store.engine.connect() as conn:
        articles = conn.execute(text(
            "SELECT f.article_id, a.title, a.published, a.agency, a.publisher, a.story_id, "
            "snippet(articles_fts, 2, :ms, :me, '…', 24) AS marked "
            "FROM articles_fts f JOIN articles a ON a.id = f.article_id "
            "WHERE articles_fts MATCH :q ORDER BY bm25(articles_fts, 0.0, 3.0, 1.0) LIMIT :n"),
            {"q": fts, "ms": MARK_START, "me": MARK_END, "n": limit}).mappings().all()
        found_quotes = conn.execute(text(
            "SELECT f.quote_id, f.article_id, q.speaker_name, q.data, a.title, a.published, a.agency, a.publisher, "
            "highlight(quotes_fts, 2, :ms, :me) AS marked "
            "FROM quotes_fts f JOIN quotes q ON q.id = f.quote_id JOIN articles a ON a.id = f.article_id "
            "WHERE quotes_fts MATCH :q ORDER BY bm25(quotes_fts) LIMIT :n"),
            {"q": fts, "ms": MARK_START, "me": MARK_END, "n": limit}).mappings().all()
    return {
        "articles": [{"kind": "article", "id": r["article_id"], "article_id": r["article_id"], "title": r["title"],
                      "published": r["published"], "agency": r["agency"] or r["publisher"],
                      "story_id": r["story_id"], "marked": r["marked"] or ""} for r in articles],
        "quotes": [_quote_hit(r["quote_id"], r["article_id"], r["speaker_name"], r["data"], r["title"],
                              r["published"], r["agency"] or r["publisher"], r["marked"] or "")
                   for r in found_quotes],
    }


def _quote_hit(quote_id, article_id, speaker_name, data, title, published, agency, marked) -> dict[str, Any]:
    if isinstance(data, str):
        import json

        data = json.loads(data)
    speaker = (data or {}).get("speaker") or {}
    return {"kind": "quote", "id": quote_id, "article_id": article_id,
            "speaker": speaker_name or speaker.get("mention"), "direct": (data or {}).get("direct"),
            "title": title, "published": published, "agency": agency, "marked": marked}


def _search_like(store: Store, q: str, limit: int) -> dict[str, list]:
    """Fallback for databases without FTS5 tables: case-insensitive
    substring match of the whole phrase, snippet cut around the first hit."""
    needle = q.lower()
    pattern = f"%{_escape_like(needle)}%"
    with store.session() as session:
        arts = session.scalars(select(ArticleRow).where(or_(
            func.lower(ArticleRow.title).like(pattern, escape="\\"),
            func.lower(ArticleRow.text).like(pattern, escape="\\"))).order_by(ArticleRow.published.desc())
            .limit(limit)).all()
        qrows = session.execute(
            select(QuoteRow, ArticleRow.title, ArticleRow.published, ArticleRow.agency, ArticleRow.publisher)
            .join(ArticleRow, ArticleRow.id == QuoteRow.article_id)
            .where(func.lower(QuoteRow.data["text"].as_string()).like(pattern, escape="\\")).limit(limit)).all()
    return {
        "articles": [{"kind": "article", "id": a.id, "article_id": a.id, "title": a.title, "published": a.published,
                      "agency": a.agency or a.publisher, "story_id": a.story_id,
                      "marked": _mark(a.text or "", needle, 120)} for a in arts],
        "quotes": [_quote_hit(r.QuoteRow.id, r.QuoteRow.article_id, r.QuoteRow.speaker_name, r.QuoteRow.data,
                              r.title, r.published, r.agency or r.publisher,
                              _mark((r.QuoteRow.data or {}).get("text") or "", needle, 400)) for r in qrows],
    }


def _mark(body: str, needle: str, width: int) -> str:
    at = body.lower().find(needle)
    if at < 0:
        return body[:width * 2]
    start, end = max(0, at - width), min(len(body), at + len(needle) + width)
    return (("…" if start else "") + body[start:at] + MARK_START + body[at:at + len(needle)] + MARK_END
            + body[at + len(needle):end] + ("…" if end < len(body) else ""))


def _segments(marked: str) -> list[tuple[str, bool]]:
    """"a \x02b\x03 c" -> [("a ", False), ("b", True), (" c", False)]."""
    segments: list[tuple[str, bool]] = []
    for part in re.split(f"({MARK_START}.*?{MARK_END})", marked, flags=re.S):
        if not part:
            continue
        if part.startswith(MARK_START):
            segments.append((part[1:-1], True))
        else:
            segments.append((part, False))
    return segments
