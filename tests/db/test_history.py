from sqlalchemy.orm import Session

from hoinhap.db.history import list_history
from hoinhap.db.schema import Person
from hoinhap.registry.sources import get_or_create_source


def _person(session: Session) -> Person:
    source = get_or_create_source(session, title="Press release", url="https://example.org/a")
    person = Person(key="ho-ky-minh", name="Ho Ky Minh", source_id=source.id)
    session.add(person)
    session.flush()
    return person


def test_create_is_recorded_with_actor(session: Session) -> None:
    person = _person(session)
    entry = list_history(session, table_name="person")[0]
    assert (entry.action, entry.row_id, entry.changed_by) == ("create", str(person.id), "tester")
    assert entry.new_values is not None
    assert entry.new_values["name"] == "Ho Ky Minh"


def test_update_records_old_and_new_values(session: Session) -> None:
    person = _person(session)
    person.name = "Hồ Kỳ Minh"
    session.flush()
    entry = list_history(session, table_name="person")[0]
    assert entry.action == "update"
    assert (entry.old_values, entry.new_values) == ({"name": "Ho Ky Minh"}, {"name": "Hồ Kỳ Minh"})


def test_delete_records_the_removed_row(session: Session) -> None:
    person = _person(session)
    session.delete(person)
    session.flush()
    entry = list_history(session, table_name="person")[0]
    assert entry.action == "delete"
    assert entry.old_values is not None
    assert entry.old_values["key"] == "ho-ky-minh"
