"""Alembic environment: run with the connection handed in by ``taizhang.ledger.database``."""

from __future__ import annotations

from alembic import context

from taizhang.ledger.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - taizhang always hands one in
    raise RuntimeError("run migrations through `taizhang db upgrade`")
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
