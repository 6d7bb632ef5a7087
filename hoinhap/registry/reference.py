"""Reference data every database holds: metrics, places, lineage, regions."""

from __future__ import annotations

from sqlalchemy import Engine

from hoinhap.db.engine import transaction
from hoinhap.db.migrate import upgrade_database
from hoinhap.registry.metrics import seed_metrics
from hoinhap.registry.placeseed import seed_places

SYSTEM_ACTOR = "hoinhap"


def prepare_database(engine: Engine) -> dict[str, int]:
    """Migrate the database to the newest schema and load missing reference data.

    Safe to run again: returns how many reference rows each step added.
    """
    upgrade_database(engine)
    with transaction(engine, SYSTEM_ACTOR) as session:
        return {"metrics": seed_metrics(session), **seed_places(session)}
