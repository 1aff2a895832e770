"""The web UI: server-rendered pages (Jinja2) over `newsevents.query`, with a
JSON API behind every page (`/api/...`).

Safe by default: the database is opened read-only (SQLite `query_only`),
every string from an article is escaped by Jinja2 autoescaping, links to
original articles are only made for http(s) URLs, bad parameters give a 4xx
with a one-line message, and no page loads anything from the internet
(charts are server-side SVG; `/docs` is a self-rendered endpoint list instead
of Swagger UI, which pulls its assets from a CDN).
"""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from sqlalchemy import event as sa_event
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import query
from ..contexts import CONTEXTS
from ..output import write_records
from ..store import Store

HERE = Path(__file__).resolve().parent
PAGE_SIZE = 50
MAX_PAGE = 1000


# --------------------------------------------------------------------------- formatting helpers


def format_when(value: str | None) -> str:
    """ISO timestamp or date -> "20 Aug 2008 17:57" / "20 Aug 2008" / "Aug 2008" / "2008"."""
    if not value:
        return "undated"
    try:
        if len(value) <= 4:
            return value
        if len(value) == 7:
            return datetime.strptime(value, "%Y-%m").strftime("%b %Y")
        if len(value) == 10:
            return datetime.strptime(value, "%Y-%m-%d").strftime("%-d %b %Y")
        moment = datetime.fromisoformat(value)
        return moment.strftime("%-d %b %Y %H:%M")
    except ValueError:
        return value


def safe_url(url: str | None) -> str | None:
    """Only http(s) URLs become links (a stored `javascript:` URL stays text)."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def link(path: str, **params: Any) -> str:
    """A local URL with a query string from the non-empty params."""
    kept = {k: v for k, v in params.items() if v not in (None, "", False)}
    return path + ("?" + urlencode(kept) if kept else "")


def actor_href(code: str | None) -> str | None:
    return f"/actors/{quote(code, safe='')}" if code else None


def highlight_segments(text: str, spans: list[tuple[int, int, str, str]]) -> list[dict[str, Any]]:
    """Cut `text` at every span boundary; each piece carries the kinds ("ev",
    "q") and titles of the spans covering it, so overlapping event sentences
    and quotes both show. Pieces are rendered escaped by the template."""
    valid = [(max(0, s), min(len(text), e), kind, title) for s, e, kind, title in spans if 0 <= s < e]
    cuts = sorted({0, len(text), *[s for s, _, _, _ in valid], *[e for _, e, _, _ in valid]})
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [(kind, title) for s, e, kind, title in valid if s <= start and end <= e]
        pieces.append({"text": text[start:end], "start": start,
                       "kinds": " ".join(sorted({k for k, _ in covering})),
                       "title": " · ".join(dict.fromkeys(t for _, t in covering))})
    return pieces


def _templates() -> Jinja2Templates:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, trim_blocks=True,
                      lstrip_blocks=True)
    env.filters["when"] = format_when
    env.filters["safe_url"] = safe_url
    env.globals.update(link=link, actor_href=actor_href, actor_name=query.actor_name, event_label=query.event_label)
    return Jinja2Templates(env=env)


# --------------------------------------------------------------------------- errors


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path.endswith((".csv", ".jsonl", ".svg"))


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = ".".join(str(x) for x in error.get("loc", ()) if x not in ("query", "path"))
        parts.append(f"{where}: {error.get('msg')}")
    return "bad parameter " + "; ".join(parts)


def _install_error_handlers(app: FastAPI, templates: Jinja2Templates) -> None:
    def respond(request: Request, status: int, message: str):
        if _is_api(request):
            return JSONResponse({"error": message, "status": status}, status_code=status)
        return templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                          status_code=status)

    @app.exception_handler(query.QueryError)
    async def _bad_query(request: Request, exc: query.QueryError):
        return respond(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _bad_params(request: Request, exc: RequestValidationError):
        return respond(request, 400, _validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        return respond(request, exc.status_code, str(exc.detail))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception):  # never a traceback to the client
        return respond(request, 500, "internal error")


# --------------------------------------------------------------------------- the app


def _read_only(store: Store) -> None:
    if store.url.startswith("sqlite"):
        @sa_event.listens_for(store.engine, "connect")
        def _query_only(dbapi_conn, _record):
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA query_only = ON")
            cursor.close()


def create_app(db: str | Path) -> FastAPI:
    """The web application over one database (opened read-only)."""
    store = Store(db, readonly=True)
    _read_only(store)
    templates = _templates()
    app = FastAPI(title="newsevents", description="Events, quotes and stories reconstructed from news.",
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.state.store = store
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    _install_error_handlers(app, templates)

    def page(request: Request, name: str, **context):
        return templates.TemplateResponse(request, name, context)

    def paged(items: list, limit: int, offset: int) -> dict[str, Any]:
        """Items fetched with limit+1: the extra one only says there is a next page."""
        more = len(items) > limit
        return {"items": items[:limit], "limit": limit, "offset": offset,
                "next_offset": offset + limit if more else None,
                "prev_offset": max(0, offset - limit) if offset else None}

    Limit = Query(PAGE_SIZE, ge=1, le=MAX_PAGE)
    Offset = Query(0, ge=0)

    # --- data gathering shared by pages and API -------------------------------------

    def event_filters(type, actor, dyad, since, until, modality, story, article, directed,
                      context=None) -> dict[str, Any]:
        return {"type": type or None, "actor": actor or None, "dyad": dyad or None, "since": since or None,
                "until": until or None, "modality": modality or None, "story": story or None,
                "article": article or None, "directed": directed, "context": context or None}

    def find_events(filters: dict, limit: int, offset: int) -> dict[str, Any]:
        result = paged(query.events(store, **filters, limit=limit + 1, offset=offset), limit, offset)
        result["total"] = query.count_events(store, **filters)
        result["filters"] = filters
        return result

    def or_404(value, what: str, key: str):
        if value is None:
            raise HTTPException(404, f"no {what} {key!r}")
        return value

    def get_story(story_id: str) -> dict[str, Any]:
        return or_404(query.story(store, story_id), "story", story_id)

    def get_event(event_id: str) -> dict[str, Any]:
        return or_404(query.event(store, event_id), "event", event_id)

    def get_article(article_id: str) -> dict[str, Any]:
        return or_404(query.article(store, article_id), "article", article_id)

    def get_actor(code: str) -> dict[str, Any]:
        summary = query.actor_summary(store, code, limit=100)
        if not (summary["source_count"] or summary["target_count"] or summary["quotes"] or summary["name"]):
            raise HTTPException(404, f"no events or quotes for actor {code!r}")
        return summary

    def find_quotes(speaker, actor, story, article, limit, offset) -> dict[str, Any]:
        items = query.quotes(store, speaker=speaker or None, actor=actor or None, story=story or None,
                             article=article or None, limit=limit + 1, offset=offset)
        result = paged(items, limit, offset)
        result["filters"] = {"speaker": speaker, "actor": actor, "story": story, "article": article}
        return result

    def find_relations(a: str, b: str, by: str, since: str | None, until: str | None) -> dict[str, Any]:
        code_a, code_b = query.actor_code(a), query.actor_code(b)
        series = query.relations(store, code_a, code_b, by=by, since=since or None, until=until or None)
        return {"a": code_a, "b": code_b, "a_name": query.short_name(code_a), "b_name": query.short_name(code_b),
                "by": by, "series": series}

    # --- HTML pages --------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview_page(request: Request):
        view = query.overview(store)
        return page(request, "overview.html", view=view)

    @app.get("/stories", response_class=HTMLResponse, include_in_schema=False)
    def stories_page(request: Request, limit: int = Limit, offset: int = Offset):
        result = paged(query.stories(store, limit=limit + 1, offset=offset), limit, offset)
        return page(request, "stories.html", result=result, total=query.count_stories(store))

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(request: Request, story_id: str):
        return page(request, "story.html", story=get_story(story_id))

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, type: str | None = None, actor: str | None = None, dyad: str | None = None,
                    since: str | None = None, until: str | None = None, modality: str | None = None,
                    story: str | None = None, article: str | None = None, directed: bool = False,
                   context: str | None = None,
                    limit: int = Limit, offset: int = Offset):
        filters = event_filters(type, actor, dyad, since, until, modality, story, article, directed, context)
        result = find_events(filters, limit, offset)
        from ..ontology import EVENT_TYPES

        return page(request, "events.html", result=result, filters=filters, event_types=EVENT_TYPES,
                    modalities=["asserted", "negated", "intended", "conditional"], contexts=CONTEXTS)

    @app.get("/events.csv", include_in_schema=False)
    @app.get("/events.jsonl", include_in_schema=False)
    def events_download(request: Request, type: str | None = None, actor: str | None = None,
                        dyad: str | None = None, since: str | None = None, until: str | None = None,
                        modality: str | None = None, story: str | None = None, article: str | None = None,
                        directed: bool = False, context: str | None = None, limit: int = Limit, offset: int = Offset):
        filters = event_filters(type, actor, dyad, since, until, modality, story, article, directed, context)
        found = query.events(store, **filters, limit=limit, offset=offset)
        out = io.StringIO()
        if request.url.path.endswith(".csv"):
            write_records((query.flat_event(e) for e in found), "csv", query.EVENT_COLUMNS, out=out)
            media, name = "text/csv; charset=utf-8", "events.csv"
        else:
            write_records(found, "jsonl", query.EVENT_COLUMNS, out=out)
            media, name = "application/x-ndjson; charset=utf-8", "events.jsonl"
        return Response(out.getvalue(), media_type=media,
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: str):
        return page(request, "event.html", ev=get_event(event_id))

    @app.get("/actors/{code}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, code: str):
        return page(request, "actor.html", actor=get_actor(code))

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str):
        article = get_article(article_id)
        spans = [(e["start"], e["end"], "ev", query.event_label(e)) for e in article["events"]]
        spans += [(q["start"], q["end"], "q", "quote: " + ((q.get("speaker") or {}).get("name")
                                                           or (q.get("speaker") or {}).get("mention") or "?"))
                  for q in article["quotes"]]
        return page(request, "article.html", article=article, pieces=highlight_segments(article["text"], spans))

    @app.get("/quotes", response_class=HTMLResponse, include_in_schema=False)
    def quotes_page(request: Request, speaker: str | None = None, actor: str | None = None,
                    story: str | None = None, article: str | None = None, limit: int = Limit, offset: int = Offset):
        return page(request, "quotes.html", result=find_quotes(speaker, actor, story, article, limit, offset))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = Query("", max_length=500),
                    limit: int = Query(20, ge=1, le=200)):
        result = query.search(store, q, limit=limit) if q.strip() else None
        return page(request, "search.html", q=q, result=result)

    @app.get("/relations", response_class=HTMLResponse, include_in_schema=False)
    def relations_page(request: Request, a: str, b: str, by: str = "month", since: str | None = None,
                       until: str | None = None):
        return page(request, "relations.html", rel=find_relations(a, b, by, since, until), since=since,
                    until=until)

    @app.get("/charts/relations.svg", include_in_schema=False)
    def relations_chart(a: str, b: str, by: str = "month", since: str | None = None, until: str | None = None,
                        small: bool = False):
        from ..plot import relations_svg

        rel = find_relations(a, b, by, since, until)
        title = None if small else f"{rel['a_name']} – {rel['b_name']}: cooperation and conflict by {by}"
        return Response(relations_svg(rel["series"], title=title, small=small), media_type="image/svg+xml")

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs_page(request: Request):
        spec = app.openapi()
        endpoints = []
        for path, methods in spec.get("paths", {}).items():
            for method, op in methods.items():
                params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                           "type": _schema_type(p.get("schema", {}))} for p in op.get("parameters", [])]
                endpoints.append({"method": method.upper(), "path": path, "summary": op.get("summary"),
                                  "description": op.get("description"), "params": params})
        return page(request, "docs.html", endpoints=endpoints, title=spec["info"]["title"])

    # --- JSON API ----------------------------------------------------------------------

    @app.get("/api/overview", summary="Counts, latest stories, most active dyads")
    def api_overview():
        return query.overview(store)

    @app.get("/api/stories", summary="Stories, most recent first")
    def api_stories(limit: int = Limit, offset: int = Offset):
        result = paged(query.stories(store, limit=limit + 1, offset=offset), limit, offset)
        result["total"] = query.count_stories(store)
        return result

    @app.get("/api/stories/{story_id}", summary="A story: articles, merged events in date order, quotes")
    def api_story(story_id: str):
        return get_story(story_id)

    @app.get("/api/events", summary="Merged events with filters (each event once, every report as evidence)")
    def api_events(type: str | None = None, actor: str | None = None, dyad: str | None = None,
                   since: str | None = None, until: str | None = None, modality: str | None = None,
                   story: str | None = None, article: str | None = None, directed: bool = False,
                   context: str | None = None,
                   limit: int = Limit, offset: int = Offset):
        return find_events(event_filters(type, actor, dyad, since, until, modality, story, article, directed, context),
                           limit, offset)

    @app.get("/api/events/{event_id}", summary="One merged event")
    def api_event(event_id: str):
        return get_event(event_id)

    @app.get("/api/timeline", summary="Events of a story and/or dyad in order of their own dates")
    def api_timeline(story: str | None = None, dyad: str | None = None, limit: int = Limit, offset: int = Offset):
        found = query.timeline(store, story=story or None, dyad=dyad or None, limit=limit + 1, offset=offset)
        return paged(found, limit, offset)

    @app.get("/api/actors/{code}", summary="An actor: events as source and target, quotes, partners, relations")
    def api_actor(code: str):
        return get_actor(code)

    @app.get("/api/articles/{article_id}", summary="An article with its text, events and quotes")
    def api_article(article_id: str):
        return get_article(article_id)

    @app.get("/api/quotes", summary="Quotes with filters")
    def api_quotes(speaker: str | None = None, actor: str | None = None, story: str | None = None,
                   article: str | None = None, limit: int = Limit, offset: int = Offset):
        return find_quotes(speaker, actor, story, article, limit, offset)

    @app.get("/api/relations", summary="Cooperation/conflict between two actors per period")
    def api_relations(a: str, b: str, by: str = "month", since: str | None = None, until: str | None = None):
        return find_relations(a, b, by, since, until)

    @app.get("/api/search", summary="Full-text search over articles and quotes")
    def api_search(q: str = Query(..., min_length=1, max_length=500), limit: int = Query(20, ge=1, le=200)):
        return query.search(store, q, limit=limit)

    @app.get("/robots.txt", include_in_schema=False)
    def robots():
        return PlainTextResponse("User-agent: *\nDisallow: /\n")

    return app


def _schema_type(schema: dict[str, Any]) -> str:
    if "type" in schema:
        return schema["type"]
    options = [s.get("type") for s in schema.get("anyOf", []) if s.get("type") and s.get("type") != "null"]
    return " | ".join(options) or "any"

