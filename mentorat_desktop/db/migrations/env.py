"""Alembic environment: always run with a connection handed over by the app or a test."""

from alembic import context

from mentorat_desktop.db import models  # noqa: F401  (registers every table)
from mentorat_desktop.db.base import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Mentorat migrations run through mentorat_desktop.db.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
