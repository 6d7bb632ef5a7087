from pathlib import Path

import pytest
from sqlalchemy import select

from hoinhap.db.engine import make_engine, make_sessionmaker
from hoinhap.db.schema import Observation, Source
from hoinhap.intake import pipeline
from tests.conftest import CliRunner
from tests.intake.stub_extractor import extract_stub

TOLD = (
    "Ho Ky Minh said Da Nang has ties with 60 localities, signed {} international "
    "agreements and received 3,000 foreign delegations.\n"
)


@pytest.fixture(autouse=True)
def stub_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "default_extractor", lambda: extract_stub)


def eml(folder: Path, name: str, date: str, body: str) -> Path:
    path = folder / name
    path.write_text(f"Subject: {name}\nDate: {date}\n\n{body}", "utf-8")
    return path


def ids(db_url: str, metric: str) -> tuple[list[int], list[int]]:
    """The ids of the ingested sources, and of their figures of `metric`."""
    engine = make_engine(db_url)
    try:
        with make_sessionmaker(engine)() as session:
            sources = select(Source.id).where(Source.content.is_not(None)).order_by(Source.id)
            figures = select(Observation.id).where(Observation.metric_key == metric)
            return list(session.scalars(sources)), list(
                session.scalars(figures.order_by(Observation.id))
            )
    finally:
        engine.dispose()


def test_stories_lists_documents_and_their_conflicting_figures(
    cli: CliRunner, db_url: str, tmp_path: Path
) -> None:
    eml(tmp_path, "a.eml", "Mon, 1 Sep 2025 10:00:00 +0700", TOLD.format(120))
    eml(tmp_path, "b.eml", "Tue, 2 Sep 2025 10:00:00 +0700", TOLD.format(126))
    cli("ingest", str(tmp_path))
    (a, b), (x, y) = ids(db_url, "agreements_signed")
    assert cli("stories").stdout == (
        f"Story #{a}: 2 documents\n"
        f"  #{a}  en  2025-09-01  a.eml\n"
        f"  #{b}  en  2025-09-02  b.eml\n"
        f"  Conflict: Da Nang agreements_signed no period (count): 120 (#{x}, source #{a}) "
        f"vs 126 (#{y}, source #{b})\n"
    )


def test_stories_since_leaves_out_older_stories(cli: CliRunner, tmp_path: Path) -> None:
    eml(tmp_path, "old.eml", "Mon, 3 Mar 2025 10:00:00 +0700", TOLD.format(120))
    eml(
        tmp_path,
        "new.eml",
        "Mon, 1 Sep 2025 10:00:00 +0700",
        "Can Tho has ties with 20 localities.\n",
    )
    cli("ingest", str(tmp_path))
    assert "old.eml" not in cli("stories", "--since", "2025-06-01").stdout


def test_stories_refuses_a_bad_date(cli: CliRunner) -> None:
    result = cli("stories", "--since", "June")
    assert (result.exit_code, result.stderr) == (1, "Error: 'June' is not a date (YYYY-MM-DD)\n")


def test_stories_of_an_empty_database_says_so(cli: CliRunner) -> None:
    assert cli("stories").stdout == "No stories.\n"
