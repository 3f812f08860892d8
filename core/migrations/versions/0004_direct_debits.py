"""direct debits: batches and their transactions, bank returns, debit dates, unusable methods

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "debit_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=30), nullable=False),
        sa.Column("message_id", sa.String(length=35), nullable=False),
        sa.Column("collection_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("pain_version", sa.String(length=20), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("total_cents", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=True),
        sa.Column("settled_at", sa.DateTime(), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_debit_batches")),
        sa.UniqueConstraint("reference", name=op.f("uq_debit_batches_reference")),
        sa.UniqueConstraint("message_id", name=op.f("uq_debit_batches_message_id")),
    )
    op.create_table(
        "debit_transactions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("end_to_end_id", sa.String(length=35), nullable=False),
        sa.Column("sequence", sa.String(length=4), nullable=False),
        sa.Column("presentation", sa.Integer(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("mandate_reference", sa.String(length=35), nullable=False),
        sa.Column("mandate_signed_on", sa.Date(), nullable=False),
        sa.Column("payment_method_id", sa.Integer(), nullable=True),
        sa.Column("debtor_name", sa.String(length=140), nullable=False),
        sa.Column("debtor_iban", sa.String(length=40), nullable=False),
        sa.Column("debtor_bic", sa.String(length=11), nullable=False),
        sa.Column("remittance", sa.String(length=140), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("reason_code", sa.String(length=8), nullable=True),
        sa.Column("returned_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["debit_batches.id"],
            name=op.f("fk_debit_transactions_batch_id_debit_batches"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoices.id"],
            name=op.f("fk_debit_transactions_invoice_id_invoices"), ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["payment_method_id"], ["payment_methods.id"],
            name=op.f("fk_debit_transactions_payment_method_id_payment_methods"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_debit_transactions")),
    )  # fmt: skip
    op.create_index("ix_debit_transactions_batch", "debit_transactions", ["batch_id"])
    op.create_index("ix_debit_transactions_invoice", "debit_transactions", ["invoice_id"])
    op.create_index("ix_debit_transactions_e2e", "debit_transactions", ["end_to_end_id"])
    op.create_table(
        "bank_returns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=100), nullable=False),
        sa.Column("changes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bank_returns")),
        sa.UniqueConstraint("sha256", name=op.f("uq_bank_returns_sha256")),
    )
    with op.batch_alter_table("invoices") as batch:
        batch.add_column(sa.Column("debit_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("reason_code", sa.String(length=8), nullable=True))
    with op.batch_alter_table("payment_methods") as batch:
        batch.add_column(sa.Column("unusable_reason", sa.String(length=20), nullable=True))
    op.create_index("ix_invoices_debit", "invoices", ["status", "collection", "debit_on"])
    # Automatic invoices issued before debits existed: their notice has run since; they are
    # collected in the next batch.
    op.execute(
        "UPDATE invoices SET debit_on = issued_on "
        "WHERE collection = 'automatic' AND status = 'due' AND debit_on IS NULL"
    )


def downgrade() -> None:
    op.drop_index("ix_invoices_debit", table_name="invoices")
    with op.batch_alter_table("payment_methods") as batch:
        batch.drop_column("unusable_reason")
    with op.batch_alter_table("invoices") as batch:
        batch.drop_column("reason_code")
        batch.drop_column("debit_on")
    op.drop_table("bank_returns")
    op.drop_index("ix_debit_transactions_e2e", table_name="debit_transactions")
    op.drop_index("ix_debit_transactions_invoice", table_name="debit_transactions")
    op.drop_index("ix_debit_transactions_batch", table_name="debit_transactions")
    op.drop_table("debit_transactions")
    op.drop_table("debit_batches")
