"""customer search indexes on PostgreSQL (pg_trgm GIN over the normalised text, prefixes)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

import logging

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

log = logging.getLogger("guichet.core")

# The search means the same on both databases (core/services/customers.py): a word of 3+
# letters is found anywhere in customers.search_text (already lower-case and accent-free),
# shorter queries match the start of the name, the email or the reference. SQLite gets an
# FTS5 trigram index (0002); PostgreSQL gets pg_trgm's GIN index over the same column,
# which LIKE '%word%' uses, and pattern indexes for the prefixes (whatever the collation).
# Nothing is done on SQLite.


def _pg_trgm() -> bool:
    """pg_trgm installed in this database (a trusted extension: the owner may create it)."""
    bind = op.get_bind()
    if bind.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").scalar():
        return True
    if not bind.exec_driver_sql(
        "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'"
    ).scalar():
        log.warning("pg_trgm is not available: customer search will scan the table")
        return False
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception:  # no right to create it: search still works, without the index
        log.warning("pg_trgm could not be created: customer search will scan the table")
        return False
    return True


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    if _pg_trgm():
        op.execute(
            "CREATE INDEX ix_customers_search_trgm ON customers "
            "USING gin (search_text gin_trgm_ops)"
        )
    for column in ("sort_name", "email", "reference"):
        op.execute(
            f"CREATE INDEX ix_customers_{column}_prefix ON customers ({column} text_pattern_ops)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for column in ("sort_name", "email", "reference"):
        op.execute(f"DROP INDEX IF EXISTS ix_customers_{column}_prefix")
    op.execute("DROP INDEX IF EXISTS ix_customers_search_trgm")
