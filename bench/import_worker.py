"""`python -m bench.import_worker FILE`: the domain import of one file, in one transaction,
on the database named by HOINHAP_DATABASE_URL (used while the CLI lacks `hoinhap import`)."""

from __future__ import annotations

import sys
from pathlib import Path

from hoinhap.db.engine import make_engine, transaction
from hoinhap.registry.importing import import_file
from hoinhap.settings import get_settings


def main(argv: list[str]) -> None:
    settings = get_settings()
    engine = make_engine(settings.database_url)
    with transaction(engine, settings.user) as session:
        report = import_file(session, Path(argv[0]))
    print(report.summary())


if __name__ == "__main__":
    main(sys.argv[1:])
