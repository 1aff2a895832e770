"""Read-side commands on the `newsevents` app: events, stories, story,
timeline, relations, quotes, search, serve.

Exit status: 0 ok; 1 nothing found / not found; 2 usage error (bad dyad,
bad date, missing database) with a one-line message.
"""

from __future__ import annotations

import importlib
import json
import sys
from typing import Annotated, Any, Optional

import typer
from rich.console import Console

from . import query
from .output import write_records


def _cli_module():
    """The module whose `app` runs: under `python -m newsevents.cli` that is
    `__main__`, and importing `newsevents.cli` again would register these
    commands on a second, unused copy of the app."""
    main = sys.modules.get("__main__")
    spec = getattr(main, "__spec__", None)
    if spec is not None and spec.name == "newsevents.cli":
        return main
    return importlib.import_module("newsevents.cli")


_cli = _cli_module()
app, err, Format, DbOption = _cli.app, _cli.err, _cli.Format, _cli.DbOption
_open_store, _usage_error, _shown_as_table = _cli._open_store, _cli._usage_error, _cli._shown_as_table

EVENT_COLUMNS = query.EVENT_COLUMNS
EVENT_TABLE = ["date", "event", "modality", "mentions", "agencies", "sentence"]
STORY_COLUMNS = ["id", "title", "summary", "article_ids", "first_published", "last_published", "agencies",
                 "related_story_ids", "event_count"]
QUOTE_COLUMNS = ["id", "article_id", "speaker_name", "speaker_role", "speaker_org", "speaker_country", "direct",
                 "cue", "text", "relayed_by", "start", "end", "published", "agency"]
RELATION_COLUMNS = ["period", "start", "events", "cooperation", "conflict", "net", "a_to_b", "b_to_a", "key_event"]

Since = Annotated[Optional[str], typer.Option("--since", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")]
Until = Annotated[Optional[str], typer.Option("--until", help="Up to this date, inclusive.")]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
Limit = Annotated[Optional[int], typer.Option("--limit", min=1, max=query.MAX_LIMIT)]


def _run(function, *args, **kwargs):
    """Call a query function, turning a QueryError into a usage error (exit 2)."""
    try:
        return function(*args, **kwargs)
    except query.QueryError as exc:
        _usage_error(str(exc))


def _nothing(what: str) -> None:
    err.print(f"no {what} found", highlight=False)
    raise typer.Exit(1)


def _write_events(found: list[dict], fmt: Format, title: str) -> None:
    if fmt == Format.jsonl:
        write_records(found, "jsonl", EVENT_COLUMNS)
    else:
        write_records((query.flat_event(e) for e in found), fmt.value, EVENT_COLUMNS, table_columns=EVENT_TABLE,
                      title=title)


@app.command("events")
def events_command(
    db: DbOption = None,
    type: Annotated[Optional[str], typer.Option("--type", help="PLOVER event type, e.g. SANCTION.")] = None,
    actor: Annotated[Optional[str], typer.Option("--actor", help="Country ISO3 or organisation code, either side.")] = None,
    dyad: Annotated[Optional[str], typer.Option("--dyad", help="A:B, e.g. RUS:NATO (either direction).")] = None,
    directed: Annotated[bool, typer.Option("--directed", help="Dyad A:B only with A as source.")] = False,
    since: Since = None,
    until: Until = None,
    modality: Annotated[Optional[str], typer.Option("--modality", help="asserted | negated | intended | conditional")] = None,
    story: Annotated[Optional[str], typer.Option("--story", help="Story id.")] = None,
    person: Annotated[Optional[str], typer.Option("--person", help="A person (or actor) by name, either side, e.g. Lavrov.")] = None,
    context: Annotated[Optional[str], typer.Option("--context", help="PLOVER context, e.g. military, diplomatic, terrorism.")] = None,
    fmt: FormatOption = Format.table,
    limit: Limit = None,
) -> None:
    """Merged events (each once, with every report as a source), in date order."""
    store = _open_store(db)
    found = _run(query.events, store, type=type, actor=actor, dyad=dyad, since=since, until=until,
                 modality=modality, story=story, limit=limit, directed=directed, person=person, context=context)
    if not found:
        _nothing("events")
    _write_events(found, fmt, "Events")


@app.command("stories")
def stories_command(db: DbOption = None, fmt: FormatOption = Format.table, limit: Limit = None) -> None:
    """Stories (groups of reports about one news event), most recent first."""
    store = _open_store(db)
    found = _run(query.stories, store, limit=limit)
    if not found:
        _nothing("stories")
    if fmt == Format.jsonl:
        write_records(found, "jsonl", STORY_COLUMNS)
        return
    rows = ({**s, "articles": len(s["article_ids"])} for s in found)
    write_records(rows, fmt.value, STORY_COLUMNS,
                  table_columns=["id", "first_published", "articles", "event_count", "agencies", "title"],
                  title="Stories")


@app.command("story")
def story_command(
    story_id: Annotated[str, typer.Argument(help="Story id.")],
    db: DbOption = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table (readable) or jsonl.")] = Format.table,
) -> None:
    """One story: its reports, its merged events in date order, its quotes."""
    store = _open_store(db)
    found = query.story(store, story_id)
    if not _shown_as_table(found, "story", story_id, fmt):
        return
    out = Console()
    out.rule(found["title"] or "(untitled story)")
    out.print(f"[bold]id[/bold]: {found['id']}   [bold]published[/bold]: {found['first_published']} .. "
              f"{found['last_published']}", highlight=False)
    if found.get("summary"):
        out.print(found["summary"], highlight=False, markup=False)
    out.rule("reports")
    for a in found["articles"]:
        out.print(f"{a['published'] or '(undated)'}  {a['agency'] or a['publisher'] or '?'}  {a['id']}  "
                  f"{a['title'] or ''}", highlight=False, markup=False)
    if found["events"]:
        out.rule("events")
        for ev in found["events"]:
            out.print(_event_text(ev), highlight=False, markup=False)
    if found["quotes"]:
        out.rule("quotes")
        for q in found["quotes"]:
            out.print(_quote_text(q), highlight=False, markup=False)


def _event_text(ev: dict[str, Any]) -> str:
    flag = "" if ev.get("modality") in (None, "asserted") else f" [{ev['modality']}]"
    sources = ", ".join(ev.get("agencies") or []) or "?"
    return (f"{ev.get('date') or '?':10}  {query.event_label(ev)}{'/' + ev['mode'] if ev.get('mode') else ''}"
            f"{flag}  ({ev.get('mentions', 1)} report(s): {sources})\n            {ev.get('sentence') or ''}")


def _quote_text(q: dict[str, Any]) -> str:
    speaker = q.get("speaker") or {}
    who = speaker.get("name") or speaker.get("mention") or "?"
    marks = "“”" if q.get("direct") else ("", "")
    return f"{who}: {marks[0]}{q.get('text')}{marks[1]}"


@app.command("timeline")
def timeline_command(
    db: DbOption = None,
    story: Annotated[Optional[str], typer.Option("--story", help="Story id.")] = None,
    dyad: Annotated[Optional[str], typer.Option("--dyad", help="A:B, e.g. RUS:NATO.")] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Events of a story or a dyad in order of their own dates, with their sources."""
    if not story and not dyad:
        _usage_error("give --story ID or --dyad A:B")
    store = _open_store(db)
    found = _run(query.timeline, store, story=story, dyad=dyad)
    if not found:
        _nothing("events")
    if fmt != Format.table:
        _write_events(found, fmt, "Timeline")
        return
    out = Console()
    for ev in found:
        out.print(_event_text(ev), highlight=False, markup=False)


@app.command("relations")
def relations_command(
    a: Annotated[str, typer.Argument(help="First actor (ISO3 or organisation code).")],
    b: Annotated[str, typer.Argument(help="Second actor.")],
    db: DbOption = None,
    by: Annotated[str, typer.Option("--by", help="day | week | month | year")] = "month",
    since: Since = None,
    until: Until = None,
    plot: Annotated[Optional[str], typer.Option("--plot", help="Write a chart to FILE.png or FILE.svg.")] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Cooperation and conflict between two actors over time (PLOVER intensities, merged events once)."""
    if plot and not plot.lower().endswith((".png", ".svg")):
        _usage_error(f"--plot file must end in .png or .svg, not {plot!r}")
    store = _open_store(db)
    series = _run(query.relations, store, a, b, by=by, since=since, until=until)
    if not series:
        _nothing(f"events between {a} and {b}")
    if plot:
        from .plot import plot_relations

        names = [query.short_name(query.actor_code(x)) for x in (a, b)]
        plot_relations(series, plot, title=f"{names[0]} – {names[1]}: cooperation and conflict by {by}")
        err.print(f"chart written to {plot}", highlight=False)
    rows = ({**p, "key_event": (p["key_event"] or {}).get("label")} for p in series)
    if fmt == Format.jsonl:
        write_records(series, "jsonl", RELATION_COLUMNS)
    else:
        write_records(rows, fmt.value, RELATION_COLUMNS, title=f"Relations {a} – {b} by {by}")


@app.command("quotes")
def quotes_command(
    db: DbOption = None,
    speaker: Annotated[Optional[str], typer.Option("--speaker", help="Part of the speaker's name.")] = None,
    actor: Annotated[Optional[str], typer.Option("--actor", help="Speaker's country (ISO3) or organisation.")] = None,
    story: Annotated[Optional[str], typer.Option("--story", help="Story id.")] = None,
    fmt: FormatOption = Format.table,
    limit: Limit = None,
) -> None:
    """Quotes with their speakers, in publication order."""
    store = _open_store(db)
    found = _run(query.quotes, store, speaker=speaker, actor=actor, story=story, limit=limit)
    if not found:
        _nothing("quotes")
    if fmt == Format.jsonl:
        write_records(found, "jsonl", QUOTE_COLUMNS)
        return
    rows = ({**q, **{f"speaker_{k}": (q.get("speaker") or {}).get(k) for k in ("name", "role", "org", "country")}}
            for q in found)
    write_records(rows, fmt.value, QUOTE_COLUMNS,
                  table_columns=["published", "speaker_name", "speaker_org", "speaker_country", "direct", "text"],
                  title="Quotes")


@app.command("search")
def search_command(
    q: Annotated[str, typer.Argument(help="Words to find in articles and quotes.")],
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit", min=1, max=200)] = 20,
    fmt: FormatOption = Format.table,
) -> None:
    """Full-text search over articles and quotes."""
    store = _open_store(db)
    found = _run(query.search, store, q, limit=limit)
    hits = found["articles"] + found["quotes"]
    if not hits:
        _nothing("matches")
    for hit in hits:
        hit.pop("segments", None)
    write_records(hits, fmt.value, ["kind", "id", "article_id", "title", "speaker", "published", "agency", "snippet"],
                  table_columns=["kind", "article_id", "published", "title", "snippet"], title=f"Search: {q}")


@app.command("serve")
def serve_command(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Interface to bind (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8000,
) -> None:
    """Browse the database in a web browser (read-only)."""
    import uvicorn

    from .web.app import create_app

    store = _open_store(db)
    web_app = create_app(store.url)
    err.print(f"serving {store.url.removeprefix('sqlite:///')} on http://{host}:{port}/  (Ctrl-C to stop)",
              highlight=False)
    uvicorn.run(web_app, host=host, port=port, log_level="warning")
