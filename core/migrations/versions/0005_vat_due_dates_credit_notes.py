"""VAT on invoices, due dates, credit notes, one payment for several invoices, subscription VAT

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Existing invoices get their net and VAT at the default rate (20 %): DOMAIN's rule.
DEFAULT_RATE_BP = 2000


def upgrade() -> None:
    with op.batch_alter_table("subscriptions") as batch:
        batch.add_column(sa.Column("vat_rate_bp", sa.Integer(), nullable=True))
    with op.batch_alter_table("invoices") as batch:
        batch.add_column(sa.Column("vat_rate_bp", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("net_cents", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("tax_cents", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("due_on", sa.Date(), nullable=True))
    # net = total / (1 + rate), rounded half up to the cent (rules.vat_split); VAT = total -
    # net. Integer arithmetic only: CAST of a decimal truncates on SQLite, rounds on PostgreSQL.
    op.execute(
        sa.text(
            "UPDATE invoices SET vat_rate_bp = :bp, "
            "net_cents = (amount_cents * 20000 + (10000 + :bp)) / ((10000 + :bp) * 2), "
            "due_on = COALESCE(debit_on, issued_on)"
        ).bindparams(bp=DEFAULT_RATE_BP)
    )
    op.execute(sa.text("UPDATE invoices SET tax_cents = amount_cents - net_cents"))
    op.create_table(
        "credit_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("net_cents", sa.Integer(), nullable=False),
        sa.Column("tax_cents", sa.Integer(), nullable=False),
        sa.Column("vat_rate_bp", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoices.id"],
            name=op.f("fk_credit_notes_invoice_id_invoices"), ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"],
            name=op.f("fk_credit_notes_customer_id_customers"), ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credit_notes")),
        sa.UniqueConstraint("number", name=op.f("uq_credit_notes_number")),
    )  # fmt: skip
    op.create_index("ix_credit_notes_invoice", "credit_notes", ["invoice_id"])
    with op.batch_alter_table("offline_payments") as batch:
        # Rows recorded together (one cheque for several invoices) share this key.
        batch.add_column(sa.Column("payment_key", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("offline_payments") as batch:
        batch.drop_column("payment_key")
    op.drop_index("ix_credit_notes_invoice", table_name="credit_notes")
    op.drop_table("credit_notes")
    with op.batch_alter_table("invoices") as batch:
        batch.drop_column("due_on")
        batch.drop_column("tax_cents")
        batch.drop_column("net_cents")
        batch.drop_column("vat_rate_bp")
    with op.batch_alter_table("subscriptions") as batch:
        batch.drop_column("vat_rate_bp")
