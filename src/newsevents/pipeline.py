"""The per-article pipeline and the batch runner around it.

`analyse_article` is a pure function of one article (plus process-wide models
loaded once), so the same code runs in-process, in a local process pool
(`--jobs N`) or on a distributed engine. The runner streams inputs in bounded
chunks, so memory stays flat however many files there are.
"""

from __future__ import annotations

import functools
import multiprocessing
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field

from .clean import clean_document
from .models import Article, ArticleResult, RawDocument, Rejected

CHUNK_SIZE = 16  # documents per task: large enough to batch spaCy, small enough to stream
ENTITY_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT")  # named entities kept on an article


@dataclass
class Known:
    """An article already stored by an earlier run (its id and where it came from)."""

    article: Article  # the fresh copy: its metadata may fill gaps in the stored one
    record: int | None


@dataclass
class IngestReport:
    stored: int = 0
    known: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    events: int = 0
    quotes: int = 0
    seconds: float = 0.0
    stories: int = 0  # articles placed in stories by this run
    article_ids: list[str] = field(default_factory=list)

    @property
    def articles_per_second(self) -> float:
        done = self.stored + self.known
        return done / self.seconds if self.seconds else 0.0


_actor_file: str | None = None  # a user's extra actor file (CSV/YAML), see use_actor_file


def use_actor_file(path: str | None) -> None:
    """Code actors with the bundled tables plus a user's CSV/YAML actor file
    (people with countries, roles and years; extra organisations). Loaded now,
    so a bad file fails before any work, with ValueError naming file and row.
    Workers forked afterwards inherit it."""
    global _actor_file
    _actor_file = str(path) if path else None
    actor_resolver.cache_clear()
    actor_resolver()


@functools.lru_cache(maxsize=1)
def actor_resolver():
    """The actor coder with its tables, built once per process."""
    from .actors import ActorResolver, load_actor_tables

    return ActorResolver(load_actor_tables(_actor_file))


def code_text(text: str, published: str | None = None, article_id: str | None = None) -> list:
    """Code events in a free text with the configured actor tables (the
    `newsevents code` command)."""
    from .events import code_text as code_with

    return code_with(text, published, article_id, resolver=actor_resolver())


def publication_year(article: Article) -> int | None:
    if article.published and article.published[:4].isdigit():
        return int(article.published[:4])
    return None


def analyse_article(article: Article, doc) -> ArticleResult:
    """Everything derived from one clean article and its parse: actors (once,
    shared by events and quotes), events, quotes and coded entities."""
    from .events import code_events
    from .quotes import extract_quotes

    doc_actors = actor_resolver().resolve_doc(doc, year=publication_year(article))
    events = code_events(doc, article, doc_actors)
    quotes = extract_quotes(doc, article.id, doc_actors)
    entities = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        actor = doc_actors.actor_for_span(ent.start_char, ent.end_char)
        entities.append({"text": ent.text, "label": ent.label_, "start": ent.start_char, "end": ent.end_char,
                         "code": actor.code() if actor else None})
    return ArticleResult(article=article, events=events, quotes=quotes, entities=entities)


def process_documents(raws: list[RawDocument], is_known: Callable[[str], bool] | None = None) -> list:
    """Clean, parse and analyse a chunk of documents. Returns, per document,
    an ArticleResult, a Known (already stored: not re-parsed) or a Rejected."""
    from .nlp import get_nlp

    outcomes: list = []
    to_parse: list[tuple[int, Article, int | None]] = []
    for raw in raws:
        try:
            cleaned = clean_document(raw)
        except Exception as exc:  # one bad document must never sink the batch
            cleaned = Rejected(raw.source_path, f"cannot clean: {type(exc).__name__}: {exc}", raw.record)
        if isinstance(cleaned, Rejected):
            outcomes.append(cleaned)
        elif is_known is not None and is_known(cleaned.id):
            outcomes.append(Known(cleaned, raw.record))
        else:
            to_parse.append((len(outcomes), cleaned, raw.record))
            outcomes.append(None)
    if to_parse:
        docs = get_nlp().pipe((article.text for _, article, _ in to_parse), batch_size=CHUNK_SIZE)
        for (slot, article, record), doc in zip(to_parse, docs):
            try:
                result = analyse_article(article, doc)
                result.article.extra.setdefault("_record", record)
                outcomes[slot] = result
            except Exception as exc:
                outcomes[slot] = Rejected(article.source_path or "-", f"analysis failed: {type(exc).__name__}: {exc}", record)
    return outcomes


# --- worker processes -----------------------------------------------------------------
_worker_store = None


def load_models() -> None:
    """Load the spaCy model, actor tables, lexicons and gazetteer now (each is
    cached for the process). Called in the parent before forking workers, so
    they share one copy of them copy-on-write instead of each loading its own."""
    from .events import load_resources
    from .nlp import get_nlp

    get_nlp()
    actor_resolver()
    load_resources()


def _init_worker(db_url: str | None) -> None:
    global _worker_store
    load_models()  # a no-op after fork (already loaded); loads them under other start methods
    if db_url:
        from .store import Store

        _worker_store = Store(db_url, readonly=True)


def _worker_task(raws: list[RawDocument]) -> list:
    checker = _worker_store.known_article if _worker_store is not None else None
    return process_documents(raws, checker)


def _rejects_and_chunks(items: Iterable[RawDocument | Rejected]) -> Iterator[Rejected | list[RawDocument]]:
    """Pass rejected inputs straight through; group documents into chunks."""
    pending: list[RawDocument] = []
    for item in items:
        if isinstance(item, Rejected):
            yield item
            continue
        pending.append(item)
        if len(pending) >= CHUNK_SIZE:
            yield pending
            pending = []
    if pending:
        yield pending


def run_documents(items: Iterable[RawDocument | Rejected], jobs: int = 1, db_url: str | None = None,
                  is_known: Callable[[str], bool] | None = None) -> Iterator:
    """Yield outcomes (ArticleResult | Known | Rejected) for a stream of inputs,
    in-process for jobs == 1, else on a pool of `jobs` long-lived workers with
    a bounded number of chunks in flight."""
    if jobs <= 1:
        for item in _rejects_and_chunks(items):
            yield from ([item] if isinstance(item, Rejected) else process_documents(item, is_known))
        return

    load_models()
    context = multiprocessing.get_context("fork")
    max_in_flight = jobs * 3
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init_worker,
                             initargs=(db_url,)) as pool:
        in_flight: set[Future] = set()

        def drain(block_until: int) -> Iterator:
            nonlocal in_flight
            while len(in_flight) > block_until:
                done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in done:
                    yield from future.result()

        for item in _rejects_and_chunks(items):
            if isinstance(item, Rejected):
                yield item
                continue
            in_flight.add(pool.submit(_worker_task, item))
            yield from drain(max_in_flight)
        yield from drain(0)


def ingest(paths: list[str], db=None, jobs: int = 1, on_outcome: Callable | None = None, stdin=None) -> IngestReport:
    """Read, clean, analyse and store articles from `paths`. Each article is
    committed in its own transaction; re-running stores only what is missing."""
    from .ingest import read_inputs
    from .store import Store

    store = Store(db)
    report = IngestReport()
    started = time.perf_counter()
    outcomes = run_documents(read_inputs(paths, stdin=stdin), jobs=jobs,
                             db_url=store.url, is_known=store.known_article)
    for outcome in outcomes:
        if isinstance(outcome, Rejected):
            report.rejected.append(outcome)
        elif isinstance(outcome, Known):
            store.merge_known(outcome.article, outcome.record)
            report.known += 1
            report.article_ids.append(outcome.article.id)
        else:
            record = outcome.article.extra.pop("_record", None)
            if store.save_result(outcome, record):
                report.stored += 1
                report.events += len(outcome.events)
                report.quotes += len(outcome.quotes)
            else:
                report.known += 1
            report.article_ids.append(outcome.article.id)
        if on_outcome is not None:
            on_outcome(outcome)
    report.stories = update_stories(store)
    report.seconds = time.perf_counter() - started
    return report


STORY_INDEX_KEY = "story_index"


def update_stories(store) -> int:
    """Place every article not yet in a story (incrementally: the index of
    earlier runs is loaded, extended and saved), then merge the event mentions
    of the stories that changed. Returns how many articles were placed."""
    from .stories import StoryIndex

    saved = store.get_state(STORY_INDEX_KEY)
    index = StoryIndex.loads(saved) if saved else StoryIndex()
    placed = 0
    if store.reanalysed_story_ids:  # re-analysed reports: their events were replaced
        store.remerge_events(set(store.reanalysed_story_ids))
        store.reanalysed_story_ids.clear()
    for articles, entities in store.articles_without_story():
        assignments = index.add(articles, entities)
        changed = {a.story_id for a in assignments}
        store.apply_stories(assignments, index.stories(changed))
        store.set_state(STORY_INDEX_KEY, index.dumps())
        store.date_undated_from_stories(changed)
        store.remerge_events(changed)
        placed += len(assignments)
    return placed
