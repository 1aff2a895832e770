"""Initial schema: articles and their sources, events, quotes, entities,
stories, and the state of incremental components.

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("title", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("published", sa.String(40), index=True),
        sa.Column("published_inferred", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("agency", sa.String(80), index=True),
        sa.Column("dateline", sa.String(120)),
        sa.Column("byline", sa.String(200)),
        sa.Column("url", sa.Text),
        sa.Column("publisher", sa.String(200)),
        sa.Column("source_path", sa.Text),
        sa.Column("external_id", sa.String(200), index=True),
        sa.Column("story_id", sa.String(40), index=True),
        sa.Column("duplicate_of", sa.String(32)),
        sa.Column("extra", sa.JSON),
        sa.Column("pipeline_version", sa.Integer, nullable=False, server_default="1"),
        sa.Column("ingested_at", sa.String(40), nullable=False),
    )
    op.create_table(
        "article_sources",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", ondelete="CASCADE"), index=True, nullable=False),
        sa.Column("source_path", sa.Text, nullable=False),
        sa.Column("record", sa.Integer, nullable=False, server_default="0"),
        sa.UniqueConstraint("article_id", "source_path", "record"),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", ondelete="CASCADE"), index=True, nullable=False),
        sa.Column("merged_id", sa.String(40), index=True, nullable=False),
        sa.Column("type", sa.String(20), index=True, nullable=False),
        sa.Column("mode", sa.String(40)),
        sa.Column("cameo", sa.String(8)),
        sa.Column("quad_class", sa.Integer),
        sa.Column("intensity", sa.Float),
        sa.Column("source_code", sa.String(60), index=True),
        sa.Column("target_code", sa.String(60), index=True),
        sa.Column("source_country", sa.String(3)),
        sa.Column("target_country", sa.String(3)),
        sa.Column("modality", sa.String(20), nullable=False, server_default="asserted"),
        sa.Column("negated", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("date", sa.String(20), index=True),
        sa.Column("date_precision", sa.String(8)),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index("ix_events_dyad", "events", ["source_code", "target_code"])
    op.create_table(
        "quotes",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", ondelete="CASCADE"), index=True, nullable=False),
        sa.Column("speaker_name", sa.String(200), index=True),
        sa.Column("speaker_country", sa.String(3)),
        sa.Column("speaker_org", sa.String(60)),
        sa.Column("direct", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_table(
        "entities",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", ondelete="CASCADE"), index=True, nullable=False),
        sa.Column("text", sa.String(300), nullable=False),
        sa.Column("label", sa.String(20), nullable=False),
        sa.Column("code", sa.String(60), index=True),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
    )
    op.create_table(
        "stories",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("title", sa.Text),
        sa.Column("summary", sa.Text),
        sa.Column("first_published", sa.String(40), index=True),
        sa.Column("last_published", sa.String(40)),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_table(
        "pipeline_state",
        sa.Column("key", sa.String(60), primary_key=True),
        sa.Column("value", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    for table in ("pipeline_state", "stories", "entities", "quotes", "events", "article_sources", "articles"):
        op.drop_table(table)
