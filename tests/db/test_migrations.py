from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from hoinhap.db.engine import make_engine
from hoinhap.db.migrate import current_revision, head_revision, upgrade_database
from hoinhap.db.schema import metadata


def test_upgraded_empty_database_matches_schema(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    upgrade_database(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    engine.dispose()
    assert diff == []


def test_upgrade_sets_head_revision(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    upgrade_database(engine)
    assert current_revision(engine) == head_revision(engine)
    engine.dispose()
