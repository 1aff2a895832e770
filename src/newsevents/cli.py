"""The `newsevents` command line (Typer + Rich).

Exit status: 0 success; 1 some inputs rejected or nothing found; 2 usage error.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from . import __version__
from .output import write_records

app = typer.Typer(
    name="newsevents",
    help="Reconstruct political events, quotes and stories from raw news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)

DbOption = Annotated[Optional[str], typer.Option("--db", help="Database file or SQLAlchemy URL [default: ./newsevents.db]")]
ActorsOption = Annotated[Optional[Path], typer.Option("--actors", help="Your own actor file (CSV or YAML: name, aliases, country, org, role, sector, start_year, end_year; or code, kind for organisations), added to the bundled tables.", exists=True, dir_okay=False)]


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


ARTICLE_COLUMNS = ["id", "title", "published", "published_inferred", "agency", "dateline", "byline", "url",
                   "publisher", "text", "source_path", "external_id", "story_id", "duplicate_of"]


def _usage_error(message: str) -> None:
    err.print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(2)


def _use_actors(path: Path | None) -> None:
    if path is None:
        return
    from .pipeline import use_actor_file

    try:
        use_actor_file(path)
    except ValueError as exc:
        _usage_error(str(exc))


def _shown_as_table(record: dict | None, what: str, given_id: str, fmt: "Format") -> bool:
    """Shared by `show` and `story`: exit 1 when nothing was found, print JSON
    when asked; True when the caller should draw the readable view."""
    if record is None:
        err.print(f"no {what} with id {given_id!r}", highlight=False)
        raise typer.Exit(1)
    if fmt != Format.table:
        typer.echo(json.dumps(record, ensure_ascii=False, default=str))
        return False
    return True


def _open_store(db: str | None, readonly: bool = True):
    from .store import Store

    try:
        return Store(db, readonly=readonly)
    except FileNotFoundError as exc:
        _usage_error(str(exc))


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", help="Show the version and exit.")] = False) -> None:
    if version:
        typer.echo(__version__)
        raise typer.Exit(0)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (recursive) or '-' for stdin.")],
    db: DbOption = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes.")] = 1,
    actors: ActorsOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary.")] = False,
) -> None:
    """Read, clean and analyse articles, and store them (idempotent: re-running adds only what is new)."""
    from .pipeline import ingest as run_ingest
    from .models import Rejected

    _use_actors(actors)

    show_progress = err.is_terminal and not quiet
    progress = None
    task = None
    if show_progress:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        progress = Progress(SpinnerColumn(), TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
                            TimeElapsedColumn(), console=err, transient=True)
        progress.start()
        task = progress.add_task("ingest", total=None)

    def on_outcome(outcome) -> None:
        if isinstance(outcome, Rejected):
            # One line per rejected input, naming it and the reason; no traceback.
            err.print(f"rejected: {outcome.describe()}", highlight=False, markup=False, soft_wrap=True)
        if progress is not None:
            progress.advance(task)

    try:
        report = run_ingest(paths, db=db, jobs=jobs, on_outcome=on_outcome)
    finally:
        if progress is not None:
            progress.stop()
    if not quiet:
        err.print(
            f"stored {report.stored} new article(s), {report.known} already known, "
            f"{len(report.rejected)} rejected; {report.events} event(s), {report.quotes} quote(s) "
            f"in {report.seconds:.1f}s ({report.articles_per_second:.1f} articles/s)",
            highlight=False,
        )
    raise typer.Exit(1 if report.rejected else 0)


@app.command()
def demo(
    db: DbOption = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes.")] = 1,
) -> None:
    """Ingest the bundled sample corpus (a dozen short reports) and show what was found."""
    from importlib import resources

    from .pipeline import ingest as run_ingest

    sample = resources.files("newsevents") / "sample"
    report = run_ingest([str(sample)], db=db, jobs=jobs)
    for rejected in report.rejected:
        err.print(f"rejected: {rejected.describe()}", highlight=False, markup=False)
    err.print(f"sample corpus: {report.stored} new article(s), {report.known} already known, "
              f"{report.events} event(s), {report.quotes} quote(s) in {report.seconds:.1f}s", highlight=False)
    store = _open_store(db)
    write_records(({k: a[k] for k in ARTICLE_COLUMNS} for a in store.iter_articles()), "table", ARTICLE_COLUMNS,
                  table_columns=["id", "published", "agency", "dateline", "title"], title="Articles")
    from . import query

    out = Console()
    out.rule("Events (each once, with every report)")
    for event in query.events(store, limit=25):
        out.print(_event_line(event) + f"  ({event.get('mentions', 1)} report(s))", highlight=False, markup=False)
    err.print(f"database: {store.url.removeprefix('sqlite:///')}  —  next: `newsevents events`, `newsevents stories`, "
              f"`newsevents quotes`, `newsevents serve`", highlight=False)


@app.command()
def articles(
    db: DbOption = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    limit: Annotated[Optional[int], typer.Option("--limit", min=1)] = None,
) -> None:
    """List stored articles."""
    store = _open_store(db)
    records = (
        {k: a[k] for k in ARTICLE_COLUMNS} | {"source_paths": a["source_paths"]} for a in store.iter_articles(limit)
    )
    write_records(records, fmt.value, ARTICLE_COLUMNS,
                  table_columns=["id", "published", "agency", "dateline", "title"], title="Articles")


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(help="Article id (or a unique prefix, or the input's external id).")],
    db: DbOption = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table (readable) or jsonl.")] = Format.table,
) -> None:
    """Show one article with its metadata, events and quotes."""
    store = _open_store(db)
    article = store.get_article(article_id)
    if not _shown_as_table(article, "article", article_id, fmt):
        return
    out = Console()
    out.rule(article["title"] or "(untitled)")
    for key in ("id", "published", "published_inferred", "agency", "dateline", "byline", "url", "source_paths",
                "external_id", "story_id", "duplicate_of"):
        if article.get(key) not in (None, [], ""):
            out.print(f"[bold]{key}[/bold]: {article[key]}", highlight=False)
    out.print()
    out.print(article["text"], highlight=False, markup=False)
    if article["events"]:
        out.rule("events")
        for ev in article["events"]:
            out.print(_event_line(ev), highlight=False, markup=False)
    if article["quotes"]:
        out.rule("quotes")
        for q in article["quotes"]:
            speaker = (q.get("speaker") or {}).get("name") or (q.get("speaker") or {}).get("mention")
            out.print(f"{speaker}: “{q['text']}”", highlight=False, markup=False)


class InputFormat(str, Enum):
    text = "text"
    jsonl = "jsonl"


EVENT_COLUMNS = ["id", "input_id", "type", "mode", "cameo", "quad_class", "intensity", "source", "target",
                 "modality", "negated", "speech_act", "date", "date_precision", "location", "sentence", "start", "end",
                 "trigger", "reported_by", "article_ids", "context"]


def _text_or_file(text: str) -> str:
    """The argument itself, or the contents of the file it names: a one-line
    argument that is an existing file's path is read (a user writing
    `newsevents code story.txt` means the file, not the nine characters)."""
    if "\n" in text or len(text) > 4096:
        return text
    path = Path(text).expanduser()
    try:
        if not path.is_file():
            return text
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        _usage_error(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})")
    except OSError as exc:
        _usage_error(f"{path}: cannot read ({exc.strerror})")


@app.command()
def code(
    text: Annotated[str, typer.Argument(help="The text to code, '-' to read stdin, or the path of a UTF-8 file.")],
    input_format: Annotated[InputFormat, typer.Option("--input-format", help="text, or jsonl: one object per line with `id`, `text` and optional `published`.")] = InputFormat.text,
    date: Annotated[Optional[str], typer.Option("--date", help="Reference (publication) date YYYY-MM-DD for relative dates.")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table or jsonl (one JSON event per line).")] = Format.table,
    actors: ActorsOption = None,
) -> None:
    """Code political events in text, without a database."""
    from datetime import date as date_type

    from .pipeline import code_text

    _use_actors(actors)

    if date is not None:
        try:
            date_type.fromisoformat(date)
        except ValueError:
            _usage_error(f"--date must be YYYY-MM-DD, got {date!r}")
    raw = sys.stdin.read() if text == "-" else _text_or_file(text)
    inputs: list[tuple[str | None, str, str | None]] = []
    if input_format == InputFormat.jsonl:
        for number, line in enumerate(raw.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as exc:
                _usage_error(f"input line {number}: invalid JSON ({exc.msg})")
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                _usage_error(f"input line {number}: expected an object with a 'text' string")
            inputs.append((None if obj.get("id") is None else str(obj["id"]), obj["text"], obj.get("published") or date))
    else:
        inputs.append((None, raw, date))
    records = []
    for input_id, body, published in inputs:
        for ev in code_text(body, published=published):
            record = ev.to_dict()
            record["input_id"] = input_id
            records.append(record)
    if fmt == Format.table:
        out = Console()
        for record in records:
            out.print(_event_line(record), highlight=False, markup=False)
            out.print(f"    “{record['sentence']}”", highlight=False, markup=False, style="dim")
        if not records:
            err.print("no political event found", highlight=False)
        return
    write_records(records, fmt.value, EVENT_COLUMNS)


eval_app = typer.Typer(help="Measure accuracy against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


@eval_app.command("events")
def eval_events(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL: `text`, `event`, `source`/`target` as lists of {code, sector}.", exists=True, dir_okay=False)],
    limit: Annotated[Optional[int], typer.Option("--limit", min=1)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    documents: Annotated[Optional[Path], typer.Option(
        "--documents", file_okay=False, exists=True,
        help="Code each sentence inside its whole document, the way `ingest` does: the folder the gold set was "
             "materialized from (`python -m newsevents.goldset`; records need `doc` and an `id` ending in start-end).")] = None,
    errors: Annotated[Optional[Path], typer.Option(
        "--errors", dir_okay=False, help="Write every miss (gold vs predicted) to this JSON file.")] = None,
) -> None:
    """Event coding accuracy: type recall, top-1 type, source/target/triple accuracy, extra events, speed."""
    from .eval_events import evaluate_events, format_report

    result = evaluate_events(gold, limit=limit, shared_dir=documents)
    if errors is not None:
        errors.write_text(json.dumps(result["errors"], indent=1, ensure_ascii=False), encoding="utf-8")
    typer.echo(json.dumps(result, indent=2, default=str) if as_json else format_report(result))


@eval_app.command("stories")
def eval_stories(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL: article `id`, gold `story_id`, and the article fields (title, text, published/date, source).", exists=True, dir_okay=False)],
    batches: Annotated[int, typer.Option("--batches", min=1, help="Add the articles in this many slices (incremental clustering).")] = 1,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Story clustering against gold groups: B-cubed precision, recall, F1, and articles/s.

    Articles go through the same reading and cleaning as `ingest`."""
    import time

    from .clean import clean_document
    from .eval_stories import bcubed
    from .ingest import read_inputs
    from .models import Rejected
    from .stories import StoryIndex

    gold_path = gold
    articles, gold_groups = [], {}
    for raw in read_inputs([str(gold_path)]):
        if isinstance(raw, Rejected):
            err.print(f"rejected: {raw.describe()}", highlight=False, markup=False)
            continue
        article = clean_document(raw)
        if isinstance(article, Rejected):
            err.print(f"rejected: {article.describe()}", highlight=False, markup=False)
            continue
        if raw.fields.get("story_id") is None:
            _usage_error(f"{gold_path}:{raw.record}: no story_id")
        # Key by line: gold files may repeat an `id`, and identical texts share an article id.
        article.id = f"{raw.record}:{article.id}"
        articles.append(article)
        gold_groups[article.id] = raw.fields["story_id"]
    index = StoryIndex()
    predicted: dict[str, str] = {}
    started = time.perf_counter()
    size = max(1, -(-len(articles) // batches))
    for start in range(0, len(articles), size):
        for assignment in index.add(articles[start:start + size]):
            predicted[assignment.article_id] = assignment.story_id
    seconds = time.perf_counter() - started
    precision, recall, f1 = bcubed(predicted, gold_groups)
    result = {"articles": len(articles), "gold_stories": len(set(gold_groups.values())),
              "predicted_stories": len(set(predicted.values())), "precision": round(precision, 4),
              "recall": round(recall, 4), "f1": round(f1, 4),
              "articles_per_s": round(len(articles) / seconds, 1) if seconds else None}
    if as_json:
        typer.echo(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            typer.echo(f"{key:>18}: {value}")


@eval_app.command("quotes")
def eval_quotes(
    polnear: Annotated[Path, typer.Argument(help="PolNeAR corpus folder (holding dev/ and train/ with text/ and attributions/).", exists=True, file_okay=False)],
    split: Annotated[str, typer.Option("--split", help="Which split to score.")] = "dev",
    limit: Annotated[Optional[int], typer.Option("--limit", min=1)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Quote extraction against PolNeAR attributions: recall, precision, speaker accuracy (direct and indirect)."""
    from .eval_quotes import evaluate_quotes

    if not (polnear / split / "attributions").is_dir():
        _usage_error(f"{polnear / split} has no attributions/ folder")
    result = evaluate_quotes(polnear, split=split, limit=limit)
    if as_json:
        typer.echo(json.dumps(result, indent=2, default=str))
        return
    rows = []
    for kind, figures in result.items():
        if isinstance(figures, dict):
            rows.append({"kind": kind, **figures})
    columns = sorted({k for row in rows for k in row}, key=lambda k: (k != "kind", k))
    write_records(rows, "table", columns, title=f"PolNeAR {split}")
    for key, value in result.items():
        if not isinstance(value, dict):
            typer.echo(f"{key}: {value}")


def _event_line(ev: dict) -> str:
    def actor(a):
        if not a:
            return "-"
        return f"{a.get('org') or a.get('country') or '?'}/{a.get('sector') or '?'} ({a.get('text')})"
    flags = "" if ev.get("modality") == "asserted" else f" [{ev.get('modality')}]"
    return f"{ev.get('date') or '?'}  {actor(ev.get('source'))} {ev['type']}{'/' + ev['mode'] if ev.get('mode') else ''} {actor(ev.get('target'))}{flags}"


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)


from . import cli_query  # noqa: E402,F401  (read-side commands register themselves on `app`)


if __name__ == "__main__":
    main()
