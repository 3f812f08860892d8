"""Alembic environment: runs on the connection Guichet hands over."""

from alembic import context

from core.models import Base, with_postgresql_options

connection = context.config.attributes.get("connection")
if connection is not None and connection.dialect.name == "postgresql":
    with_postgresql_options()
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
