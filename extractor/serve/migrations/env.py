"""Alembic's environment: migrations run on the connection the panel hands over."""

from __future__ import annotations

from alembic import context

from extractor.serve.db_tables import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
