"""Alembic environment: the engine comes from hoinhap.db.migrate."""

from alembic import context

from hoinhap.db.schema import metadata

config = context.config
engine = config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        compare_type=True,
    )
    context.run_migrations()
