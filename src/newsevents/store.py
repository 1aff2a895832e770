"""The article store: SQLAlchemy 2 over SQLite by default (any SQLAlchemy URL
works), schema managed by Alembic migrations shipped in the package.

Each article is written with its events, quotes and entities in one
transaction, so a run killed at any point leaves a consistent database and a
re-run stores only what is missing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import (JSON, Boolean, Float, ForeignKey, Index, Integer, LargeBinary, String, Text,
                        UniqueConstraint, create_engine, event, select)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from .models import Article, ArticleResult

DEFAULT_DB = "newsevents.db"
# Bump when the per-article analysis changes, so `ingest --reprocess` knows
# which stored articles are stale.
PIPELINE_VERSION = 1


class Base(DeclarativeBase):
    pass


class ArticleRow(Base):
    __tablename__ = "articles"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(40), index=True)
    published_inferred: Mapped[bool] = mapped_column(Boolean, default=False)
    agency: Mapped[str | None] = mapped_column(String(80), index=True)
    dateline: Mapped[str | None] = mapped_column(String(120))
    byline: Mapped[str | None] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(String(200))
    source_path: Mapped[str | None] = mapped_column(Text)  # first path it was read from
    external_id: Mapped[str | None] = mapped_column(String(200), index=True)
    story_id: Mapped[str | None] = mapped_column(String(40), index=True)
    duplicate_of: Mapped[str | None] = mapped_column(String(32))
    extra: Mapped[dict] = mapped_column(JSON, default=dict)
    pipeline_version: Mapped[int] = mapped_column(Integer, default=PIPELINE_VERSION)
    ingested_at: Mapped[str] = mapped_column(String(40))


class ArticleSourceRow(Base):
    __tablename__ = "article_sources"
    __table_args__ = (UniqueConstraint("article_id", "source_path", "record"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    source_path: Mapped[str] = mapped_column(Text)
    record: Mapped[int] = mapped_column(Integer, default=0)  # line/record in a multi-article file, 0 if none


class EventRow(Base):
    __tablename__ = "events"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    merged_id: Mapped[str] = mapped_column(String(40), index=True)  # mentions of one event share it
    type: Mapped[str] = mapped_column(String(20), index=True)
    mode: Mapped[str | None] = mapped_column(String(40))
    cameo: Mapped[str | None] = mapped_column(String(8))
    quad_class: Mapped[int | None] = mapped_column(Integer)
    intensity: Mapped[float | None] = mapped_column(Float)
    source_code: Mapped[str | None] = mapped_column(String(60), index=True)
    target_code: Mapped[str | None] = mapped_column(String(60), index=True)
    source_country: Mapped[str | None] = mapped_column(String(3))
    target_country: Mapped[str | None] = mapped_column(String(3))
    modality: Mapped[str] = mapped_column(String(20), default="asserted")
    negated: Mapped[bool] = mapped_column(Boolean, default=False)
    date: Mapped[str | None] = mapped_column(String(20), index=True)
    date_precision: Mapped[str | None] = mapped_column(String(8))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict] = mapped_column(JSON)  # the full event as JSON (contract fields and more)


class QuoteRow(Base):
    __tablename__ = "quotes"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    speaker_name: Mapped[str | None] = mapped_column(String(200), index=True)
    speaker_country: Mapped[str | None] = mapped_column(String(3))
    speaker_org: Mapped[str | None] = mapped_column(String(60))
    direct: Mapped[bool] = mapped_column(Boolean, default=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict] = mapped_column(JSON)


class EntityRow(Base):
    __tablename__ = "entities"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(String(300))
    label: Mapped[str] = mapped_column(String(20))
    code: Mapped[str | None] = mapped_column(String(60), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class StoryRow(Base):
    __tablename__ = "stories"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    first_published: Mapped[str | None] = mapped_column(String(40), index=True)
    last_published: Mapped[str | None] = mapped_column(String(40))
    data: Mapped[dict] = mapped_column(JSON)


class StateRow(Base):
    """Opaque state of incremental components (the story index)."""

    __tablename__ = "pipeline_state"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[bytes] = mapped_column(LargeBinary)


Index("ix_events_dyad", EventRow.source_code, EventRow.target_code)


def database_url(db: str | Path | None) -> str:
    """A path (the default) or a full SQLAlchemy URL."""
    db = str(db or DEFAULT_DB)
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser()}"


def _sqlite_pragmas(dbapi_conn, _record):
    cursor = dbapi_conn.cursor()
    # WAL: readers (the web UI) never block the writer, and a killed writer
    # leaves the last committed transaction intact.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def make_engine(db: str | Path | None) -> Engine:
    url = database_url(db)
    engine = create_engine(url, future=True)
    if url.startswith("sqlite"):
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (creates it on a new file)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("newsevents") / "migrations"))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """Read/write access to one database."""

    def __init__(self, db: str | Path | None = None, *, readonly: bool = False):
        self.url = database_url(db)
        if readonly and self.url.startswith("sqlite:///"):
            path = Path(self.url.removeprefix("sqlite:///"))
            if not path.exists():
                raise FileNotFoundError(f"no database at {path} (run `newsevents ingest` first)")
        self.engine = make_engine(db)
        self.reanalysed_story_ids: set[str] = set()
        if not readonly:
            migrate(self.engine)

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    # --- writing ----------------------------------------------------------
    def known_article(self, article_id: str) -> bool:
        with self.session() as session:
            row = session.get(ArticleRow, article_id)
            return row is not None and row.pipeline_version >= PIPELINE_VERSION

    def merge_known(self, article: Article, record: int | None) -> None:
        """A stored article read again (another path, a syndicated copy with
        the same text): remember the path, and let the copy fill metadata the
        stored one lacks."""
        with self.session() as session, session.begin():
            self._add_source(session, article.id, article.source_path or "-", record)
            row = session.get(ArticleRow, article.id)
            if row is not None:
                self._fill_gaps(row, article)

    @staticmethod
    def _fill_gaps(row: ArticleRow, article: Article) -> None:
        for name in ("title", "agency", "dateline", "byline", "url", "publisher", "external_id"):
            if getattr(row, name) is None and getattr(article, name) is not None:
                setattr(row, name, getattr(article, name))
        if article.published and (row.published is None or (row.published_inferred and not article.published_inferred)):
            row.published = article.published
            row.published_inferred = article.published_inferred

    @staticmethod
    def _add_source(session: Session, article_id: str, source_path: str, record: int | None) -> None:
        exists = session.scalar(
            select(ArticleSourceRow.id).where(
                ArticleSourceRow.article_id == article_id,
                ArticleSourceRow.source_path == source_path,
                ArticleSourceRow.record == (record or 0),
            )
        )
        if exists is None:
            session.add(ArticleSourceRow(article_id=article_id, source_path=source_path, record=record or 0))

    def save_result(self, result: ArticleResult, record: int | None = None) -> bool:
        """Store one analysed article with everything derived from it, in one
        transaction. Returns True when the article is new (or re-analysed)."""
        article = result.article
        with self.session() as session, session.begin():
            row = session.get(ArticleRow, article.id)
            is_new = row is None
            if row is not None and row.pipeline_version >= PIPELINE_VERSION:
                self._add_source(session, article.id, article.source_path or "-", record)
                self._fill_gaps(row, article)
                return False
            if row is None:
                row = ArticleRow(id=article.id, ingested_at=_now())
                session.add(row)
            else:  # stale analysis: replace what was derived from it
                if row.story_id:
                    self.reanalysed_story_ids.add(row.story_id)  # its merged events must be recomputed
                for table in (EventRow, QuoteRow, EntityRow):
                    session.query(table).filter(table.article_id == article.id).delete()
            row.title = article.title
            row.text = article.text
            row.published = article.published
            row.published_inferred = article.published_inferred
            row.agency = article.agency
            row.dateline = article.dateline
            row.byline = article.byline
            row.url = article.url
            row.publisher = article.publisher
            row.external_id = article.external_id
            row.extra = article.extra
            row.pipeline_version = PIPELINE_VERSION
            if is_new:
                row.source_path = article.source_path
            session.flush()
            self._add_source(session, article.id, article.source_path or "-", record)
            for ev in result.events:
                data = ev.to_dict()
                data["article_ids"] = [article.id]
                session.add(EventRow(
                    id=ev.id, article_id=article.id, merged_id=ev.id, type=ev.type, mode=ev.mode,
                    cameo=ev.cameo, quad_class=ev.quad_class, intensity=ev.intensity,
                    source_code=ev.source.code() if ev.source else None,
                    target_code=ev.target.code() if ev.target else None,
                    source_country=ev.source.country if ev.source else None,
                    target_country=ev.target.country if ev.target else None,
                    modality=ev.modality, negated=ev.negated, date=ev.date,
                    date_precision=ev.date_precision, start=ev.start, end=ev.end, data=data,
                ))
            for quote in result.quotes:
                speaker = quote.speaker
                session.add(QuoteRow(
                    id=quote.id, article_id=article.id, speaker_name=speaker.name if speaker else None,
                    speaker_country=speaker.country if speaker else None,
                    speaker_org=speaker.org if speaker else None, direct=quote.direct,
                    start=quote.start, end=quote.end, data=quote.to_dict(),
                ))
            for ent in result.entities:
                session.add(EntityRow(article_id=article.id, text=ent["text"][:300], label=ent["label"],
                                      code=ent.get("code"), start=ent["start"], end=ent["end"]))
        return True

    # --- stories and merged events --------------------------------------------
    def articles_without_story(self, batch: int = 2000) -> Iterator[tuple[list[Article], dict[str, list[str]]]]:
        """Stored articles not yet placed in a story (new ones, or ones a killed
        run stored before clustering), in publication order (undated last) so
        the story index's clock moves forward, in batches, with their entity strings."""
        with self.session() as session:
            pending = list(session.scalars(
                select(ArticleRow.id).where(ArticleRow.story_id.is_(None))
                .order_by(ArticleRow.published.is_(None), ArticleRow.published, ArticleRow.id)))
        for offset in range(0, len(pending), batch):
            ids = pending[offset:offset + batch]
            with self.session() as session:
                rows = {r.id: r for r in session.scalars(select(ArticleRow).where(ArticleRow.id.in_(ids)))}
                entities: dict[str, list[str]] = {i: [] for i in ids}
                for article_id, text, code in session.execute(
                        select(EntityRow.article_id, EntityRow.text, EntityRow.code).where(EntityRow.article_id.in_(ids))):
                    entities[article_id].append(code or text)
            yield [row_to_article(rows[i]) for i in ids if i in rows], entities

    def apply_stories(self, assignments, stories) -> None:
        """Record story membership and near-duplicates, and the stories' descriptions."""
        with self.session() as session, session.begin():
            for a in assignments:
                row = session.get(ArticleRow, a.article_id)
                if row is not None:
                    row.story_id = a.story_id
                    row.duplicate_of = a.duplicate_of
            for story in stories:
                data = story.to_dict()
                row = session.get(StoryRow, story.id)
                if row is None:
                    row = StoryRow(id=story.id)
                    session.add(row)
                row.title, row.summary = story.title, story.summary
                row.first_published, row.last_published = story.first_published, story.last_published
                row.data = data

    def remerge_events(self, story_ids: set[str]) -> int:
        """Recompute merged events over the articles of these stories and of the
        stories linked to them. Returns the number of mentions re-examined."""
        from .merge import Mention, merge_mentions

        with self.session() as session, session.begin():
            related: set[str] = set(story_ids)
            for row in session.scalars(select(StoryRow).where(StoryRow.id.in_(story_ids))):
                related.update((row.data or {}).get("related_story_ids") or [])
            articles = {article_id: (published, story_id) for article_id, published, story_id in session.execute(
                select(ArticleRow.id, ArticleRow.published, ArticleRow.story_id).where(ArticleRow.story_id.in_(related)))}
            if not articles:
                return 0
            rows = session.scalars(select(EventRow).where(EventRow.article_id.in_(list(articles)))).all()
            mentions = [Mention(r.id, r.article_id, r.type, r.source_code, r.target_code, r.modality, r.date,
                                articles[r.article_id][0], r.start, articles[r.article_id][1]) for r in rows]
            merged = merge_mentions(mentions)
            for r in rows:
                if r.merged_id != merged[r.id]:
                    r.merged_id = merged[r.id]
            return len(rows)

    def date_undated_from_stories(self, story_ids: set[str]) -> int:
        """Undated reports in these stories get a date inferred from the story's
        dated reports (flagged `published_inferred`), and their undated events
        are re-dated against it. Returns how many articles were dated."""
        from datetime import date as date_type

        from .dates import infer_from_reference
        from .timeref import resolve_event_date

        dated = 0
        with self.session() as session, session.begin():
            stories = {row.id: row for row in session.scalars(select(StoryRow).where(StoryRow.id.in_(story_ids)))}
            undated = session.scalars(select(ArticleRow).where(
                ArticleRow.story_id.in_(story_ids), ArticleRow.published.is_(None))).all()
            for row in undated:
                story = stories.get(row.story_id)
                reference = (story.last_published if story else None) or ""
                try:
                    reference_day = date_type.fromisoformat(reference[:10])
                except ValueError:
                    continue
                inferred = infer_from_reference(row.text, reference_day).isoformat()
                row.published, row.published_inferred = inferred, True
                dated += 1
                for event in session.scalars(select(EventRow).where(
                        EventRow.article_id == row.id, EventRow.date.is_(None))):
                    sentence = (event.data or {}).get("sentence") or ""
                    trigger = (event.data or {}).get("trigger") or ""
                    near = sentence.find(trigger) if trigger else -1
                    when, precision = resolve_event_date(sentence, inferred, near if near >= 0 else None)
                    event.date, event.date_precision = when, precision
                    event.data = {**event.data, "date": when, "date_precision": precision, "date_inferred": True}
        return dated

    # --- state of incremental components ------------------------------------
    def get_state(self, key: str) -> bytes | None:
        with self.session() as session:
            row = session.get(StateRow, key)
            return row.value if row else None

    def set_state(self, key: str, value: bytes) -> None:
        with self.session() as session, session.begin():
            row = session.get(StateRow, key)
            if row is None:
                session.add(StateRow(key=key, value=value))
            else:
                row.value = value

    # --- reading -----------------------------------------------------------
    def article_count(self) -> int:
        from sqlalchemy import func

        with self.session() as session:
            return session.scalar(select(func.count()).select_from(ArticleRow)) or 0

    def iter_articles(self, limit: int | None = None) -> Iterator[dict[str, Any]]:
        """Articles as contract dicts, oldest publication first (undated last)."""
        with self.session() as session:
            stmt = select(ArticleRow).order_by(ArticleRow.published.is_(None), ArticleRow.published, ArticleRow.id)
            if limit:
                stmt = stmt.limit(limit)
            for row in session.scalars(stmt).yield_per(500):
                yield article_dict(row, self._paths(session, row.id))

    def get_article(self, prefix: str) -> dict[str, Any] | None:
        """An article by id (or unique id prefix, or external id)."""
        with self.session() as session:
            row = session.get(ArticleRow, prefix)
            if row is None:
                rows = session.scalars(select(ArticleRow).where(ArticleRow.id.startswith(prefix)).limit(2)).all()
                if len(rows) != 1:
                    rows = session.scalars(select(ArticleRow).where(ArticleRow.external_id == prefix).limit(2)).all()
                row = rows[0] if len(rows) == 1 else None
            if row is None:
                return None
            result = article_dict(row, self._paths(session, row.id))
            result["events"] = [r.data for r in session.scalars(
                select(EventRow).where(EventRow.article_id == row.id).order_by(EventRow.start))]
            result["quotes"] = [r.data for r in session.scalars(
                select(QuoteRow).where(QuoteRow.article_id == row.id).order_by(QuoteRow.start))]
            return result

    @staticmethod
    def _paths(session: Session, article_id: str) -> list[str]:
        return list(session.scalars(
            select(ArticleSourceRow.source_path).where(ArticleSourceRow.article_id == article_id)
            .order_by(ArticleSourceRow.id)))


def row_to_article(row: ArticleRow) -> Article:
    return Article(id=row.id, text=row.text, title=row.title, published=row.published,
                   published_inferred=bool(row.published_inferred), agency=row.agency, dateline=row.dateline,
                   byline=row.byline, url=row.url, source_path=row.source_path, external_id=row.external_id,
                   publisher=row.publisher, extra=dict(row.extra or {}))


def article_dict(row: ArticleRow, paths: list[str]) -> dict[str, Any]:
    return {
        "id": row.id,
        "title": row.title,
        "published": row.published,
        "published_inferred": bool(row.published_inferred),
        "agency": row.agency,
        "dateline": row.dateline,
        "byline": row.byline,
        "url": row.url,
        "publisher": row.publisher,
        "text": row.text,
        "source_path": row.source_path,
        "source_paths": paths,
        "external_id": row.external_id,
        "story_id": row.story_id,
        "duplicate_of": row.duplicate_of,
        "extra": row.extra or {},
    }


def dumps_json(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str)
