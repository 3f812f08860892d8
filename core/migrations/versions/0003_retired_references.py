"""retired references (never given again) and an index to sort by company

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "retired_references",
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("reference", name=op.f("pk_retired_references")),
    )
    # Sorting the customer table by company must not sort a million rows each time.
    op.create_index("ix_customers_company", "customers", ["company"])


def downgrade() -> None:
    op.drop_index("ix_customers_company", table_name="customers")
    op.drop_table("retired_references")
