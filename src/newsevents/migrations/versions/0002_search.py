"""Full-text search: SQLite FTS5 tables over articles (title, text) and quotes
(text, speaker), kept in sync by triggers, back-filled from existing rows.

The FTS tables keep their own copy of the text ("contentful") and carry the
row id as an UNINDEXED column instead of pointing at the source tables'
rowids: `articles` and `quotes` have text primary keys, whose implicit rowids
VACUUM may renumber, which would silently mis-point an external-content index.
The price is that deleting a row scans the FTS table's content for its id;
deletions only happen when an article is re-analysed.

Other databases (PostgreSQL...) get no tables here; `query.search` falls back
to LIKE there.

Revision ID: 0002
Revises: 0001
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_STATEMENTS = [
    "CREATE VIRTUAL TABLE articles_fts USING fts5("
    " article_id UNINDEXED, title, text, tokenize = 'porter unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE quotes_fts USING fts5("
    " quote_id UNINDEXED, article_id UNINDEXED, text, speaker, tokenize = 'porter unicode61 remove_diacritics 2')",
    # articles
    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN"
    " INSERT INTO articles_fts (article_id, title, text) VALUES (new.id, coalesce(new.title, ''), new.text); END",
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN"
    " DELETE FROM articles_fts WHERE article_id = old.id; END",
    "CREATE TRIGGER articles_fts_update AFTER UPDATE OF id, title, text ON articles BEGIN"
    " DELETE FROM articles_fts WHERE article_id = old.id;"
    " INSERT INTO articles_fts (article_id, title, text) VALUES (new.id, coalesce(new.title, ''), new.text); END",
    # quotes: the text lives in the JSON `data`; the speaker is the resolved name, else the mention
    "CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN"
    " INSERT INTO quotes_fts (quote_id, article_id, text, speaker) VALUES (new.id, new.article_id,"
    " coalesce(json_extract(new.data, '$.text'), ''),"
    " coalesce(new.speaker_name, json_extract(new.data, '$.speaker.mention'), '')); END",
    "CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN"
    " DELETE FROM quotes_fts WHERE quote_id = old.id; END",
    "CREATE TRIGGER quotes_fts_update AFTER UPDATE ON quotes BEGIN"
    " DELETE FROM quotes_fts WHERE quote_id = old.id;"
    " INSERT INTO quotes_fts (quote_id, article_id, text, speaker) VALUES (new.id, new.article_id,"
    " coalesce(json_extract(new.data, '$.text'), ''),"
    " coalesce(new.speaker_name, json_extract(new.data, '$.speaker.mention'), '')); END",
    # back-fill
    "INSERT INTO articles_fts (article_id, title, text) SELECT id, coalesce(title, ''), text FROM articles",
    "INSERT INTO quotes_fts (quote_id, article_id, text, speaker) SELECT id, article_id,"
    " coalesce(json_extract(data, '$.text'), ''), coalesce(speaker_name, json_extract(data, '$.speaker.mention'), '')"
    " FROM quotes",
]

_DROP = [
    "DROP TRIGGER IF EXISTS quotes_fts_update", "DROP TRIGGER IF EXISTS quotes_fts_delete",
    "DROP TRIGGER IF EXISTS quotes_fts_insert", "DROP TRIGGER IF EXISTS articles_fts_update",
    "DROP TRIGGER IF EXISTS articles_fts_delete", "DROP TRIGGER IF EXISTS articles_fts_insert",
    "DROP TABLE IF EXISTS quotes_fts", "DROP TABLE IF EXISTS articles_fts",
]


def _is_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    if not _is_sqlite():
        return
    for statement in _STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    if not _is_sqlite():
        return
    for statement in _DROP:
        op.execute(statement)
