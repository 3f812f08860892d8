"""customers: an index on the city, so the list sorts by city without reading every row

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-10
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_customers_city", "customers", ["city"])


def downgrade() -> None:
    op.drop_index("ix_customers_city", table_name="customers")
