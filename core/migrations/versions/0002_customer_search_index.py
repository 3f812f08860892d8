"""customer search index (SQLite FTS5 trigram)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Substring search over a million customers must not scan the table: SQLite gets a
# trigram full-text index kept in step by triggers. Other databases use LIKE (see
# core/services/customers.py), so this migration does nothing there.


def _sqlite_with_fts5() -> bool:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return False
    options = {row[0] for row in bind.exec_driver_sql("PRAGMA compile_options")}
    return "ENABLE_FTS5" in options


def upgrade() -> None:
    if not _sqlite_with_fts5():
        return
    op.execute(
        "CREATE VIRTUAL TABLE customer_search USING fts5("
        "search_text, content='customers', content_rowid='id', tokenize='trigram')"
    )
    op.execute(
        "CREATE TRIGGER customers_search_ai AFTER INSERT ON customers BEGIN "
        "INSERT INTO customer_search(rowid, search_text) VALUES (new.id, new.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER customers_search_ad AFTER DELETE ON customers BEGIN "
        "INSERT INTO customer_search(customer_search, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER customers_search_au AFTER UPDATE OF search_text ON customers BEGIN "
        "INSERT INTO customer_search(customer_search, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); "
        "INSERT INTO customer_search(rowid, search_text) VALUES (new.id, new.search_text); END"
    )
    op.execute("INSERT INTO customer_search(customer_search) VALUES ('rebuild')")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in ("customers_search_ai", "customers_search_ad", "customers_search_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS customer_search")
