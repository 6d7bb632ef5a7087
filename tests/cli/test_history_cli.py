import json

from sqlalchemy.orm import Session

from hoinhap.db.schema import Person
from hoinhap.registry.sources import get_or_create_source
from tests.conftest import CliRunner


def _people(session: Session) -> Person:
    source = get_or_create_source(session, title="Press release", url="https://example.org/p")
    person = Person(key="test-ho-ky-minh", name="Ho Ky Minh", source_id=source.id)
    session.add(person)
    session.flush()
    session.info["actor"] = "reviewer"
    person.name = "Hồ Kỳ Minh"
    session.commit()
    return person


def test_history_shows_the_change_old_to_new(cli: CliRunner, session: Session) -> None:
    person = _people(session)
    result = cli("history", "--table", "person", "--id", str(person.id))
    assert result.exit_code == 0
    assert "name: 'Ho Ky Minh' -> 'Hồ Kỳ Minh'" in result.stdout


def test_history_is_newest_first(cli: CliRunner, session: Session) -> None:
    person = _people(session)
    result = cli("history", "--table", "person", "--id", str(person.id), "--format", "json")
    assert [(e["action"], e["changed_by"]) for e in json.loads(result.stdout)] == [
        ("update", "reviewer"),
        ("create", "tester"),
    ]


def test_history_filters_by_user(cli: CliRunner, session: Session) -> None:
    _people(session)
    result = cli("history", "--user", "reviewer", "--format", "json")
    assert [(e["table"], e["action"]) for e in json.loads(result.stdout)] == [("person", "update")]


def test_history_limit(cli: CliRunner, session: Session) -> None:
    _people(session)
    result = cli("history", "--limit", "1", "--format", "json")
    assert len(json.loads(result.stdout)) == 1


def test_history_id_needs_a_table(cli: CliRunner) -> None:
    result = cli("history", "--id", "3")
    assert (result.exit_code, result.stderr) == (1, "Error: --id needs --table\n")


def test_history_of_nobody_says_so(cli: CliRunner) -> None:
    result = cli("history", "--user", "nobody")
    assert (result.exit_code, result.stdout) == (0, "No history entries.\n")


def test_history_summarises_a_created_row(cli: CliRunner, session: Session) -> None:
    _people(session)
    result = cli("history", "--table", "person", "--format", "table", "--limit", "2")
    assert "name='Ho Ky Minh', key='test-ho-ky-minh'" in result.stdout
