import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hoinhap.db.engine import make_engine, make_sessionmaker
from hoinhap.db.schema import EntityMention, Organization
from hoinhap.intake import pipeline
from tests.conftest import CliRunner
from tests.intake.stub_extractor import extract_stub

TEXT = "Note\nHo Ky Minh said Da Nang and ASEAN partners signed 5 international agreements.\n"


@pytest.fixture(autouse=True)
def stub_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "default_extractor", lambda: extract_stub)


def ingest(cli: CliRunner, tmp_path: Path, name: str = "a.txt", text: str = TEXT) -> None:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    assert cli("ingest", str(path)).exit_code == 0


def count(db_url: str, table: type) -> int:
    engine = make_engine(db_url)
    try:
        with make_sessionmaker(engine)() as session:
            return session.scalar(select(func.count()).select_from(table)) or 0
    finally:
        engine.dispose()


def test_entities_list_shows_proposed_names_with_documents_and_a_quote(
    cli: CliRunner, tmp_path: Path
) -> None:
    ingest(cli, tmp_path)
    ingest(cli, tmp_path, "b.txt", "Visit\nHo Ky Minh visited Hai Phong.\n")
    listed = re.sub(r"#\d+ ", "#N ", cli("entities", "list").stdout)
    assert listed == (
        "person  Ho Ky Minh  (2 documents)\n"
        '  "Ho Ky Minh" in #N Note\n'
        "organization  ASEAN  (1 document)\n"
        '  "ASEAN" in #N Note\n'
    )


def test_entities_list_of_one_type_and_status(cli: CliRunner, tmp_path: Path) -> None:
    ingest(cli, tmp_path)
    result = cli("entities", "list", "--status", "resolved", "--type", "locality")
    assert re.sub(r"#\d+", "#N", result.stdout) == (
        'locality  Da Nang  (1 document) -> place #N\n  "Da Nang" in #N Note\n'
    )


def test_entities_list_says_when_there_is_nothing(cli: CliRunner) -> None:
    assert cli("entities", "list").stdout == "No proposed entities.\n"


def test_entities_list_refuses_an_unknown_status(cli: CliRunner) -> None:
    result = cli("entities", "list", "--status", "maybe")
    assert (result.exit_code, result.stderr) == (
        1,
        "Error: Status 'maybe' is not one of resolved, proposed, accepted, rejected\n",
    )


def test_entities_accept_adds_the_organization(cli: CliRunner, db_url: str, tmp_path: Path) -> None:
    ingest(cli, tmp_path)
    result = cli("entities", "accept", "ASEAN", "--kind", "international_org")
    assert result.stdout == (
        "Accepted organization 'ASEAN' (1 document): added to the registry as organization #1.\n"
    )
    assert count(db_url, Organization) == 1


def test_entities_reject_takes_the_name_off_the_list(cli: CliRunner, tmp_path: Path) -> None:
    ingest(cli, tmp_path)
    result = cli("entities", "reject", "ASEAN", "--reason", "not a party")
    listed = cli("entities", "list", "--status", "rejected").stdout
    assert (result.stdout, "ASEAN" in listed) == (
        "Rejected organization 'ASEAN' (1 document).\n",
        True,
    )
    assert "ASEAN" not in cli("entities", "list").stdout


def test_entities_accept_with_a_bad_option_writes_nothing(
    cli: CliRunner, db_url: str, tmp_path: Path
) -> None:
    ingest(cli, tmp_path)
    result = cli("entities", "accept", "Ho Ky Minh", "--kind", "ngo")
    assert (result.exit_code, result.stderr, count(db_url, EntityMention)) == (
        1,
        "Error: --kind is for organizations only\n",
        3,
    )
    assert "Ho Ky Minh" in cli("entities", "list").stdout


def test_entities_accept_of_an_unknown_name_is_an_error(cli: CliRunner) -> None:
    result = cli("entities", "accept", "Nobody")
    assert (result.exit_code, result.stderr) == (
        1,
        "Error: No proposed or rejected entity 'Nobody'\n",
    )
