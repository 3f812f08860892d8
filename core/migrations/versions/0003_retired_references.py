"""retired references: a deleted customer's reference is never given again

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


def downgrade() -> None:
    op.drop_table("retired_references")
