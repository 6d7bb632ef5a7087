"""Bulk inserts (COPY on PostgreSQL): rows written with their types, refusals as SQLAlchemy's."""

import datetime as dt
from typing import Any, cast

import pytest
from sqlalchemy import Table, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hoinhap.db.schema import HistoryEntry
from hoinhap.registry.importing.bulk import JsonText, allocate_ids, insert_rows

HISTORY = cast(Table, HistoryEntry.__table__)
MOMENT = dt.datetime(2025, 7, 1, 8, 30, tzinfo=dt.UTC)


def entry(row_id: int, new_values: Any) -> dict[str, Any]:
    return {
        "id": row_id,
        "table_name": "observation",
        "row_id": str(row_id),
        "action": "create",
        "changed_by": "tester",
        "changed_at": MOMENT,
        "old_values": None,
        "new_values": new_values,
    }


def test_rows_keep_their_types(session: Session) -> None:
    ids = allocate_ids(session, HISTORY, 2)
    assert ids is not None
    insert_rows(session, HISTORY, [entry(ids[0], {"a": 1}), entry(ids[1], JsonText('{"b": 2}'))])
    stored = session.scalars(
        select(HistoryEntry.new_values).where(HistoryEntry.id.in_(ids)).order_by(HistoryEntry.id)
    ).all()
    moments = session.scalars(select(HistoryEntry.changed_at).where(HistoryEntry.id.in_(ids)))
    assert stored == [{"a": 1}, {"b": 2}]
    assert {m.astimezone(dt.UTC) if m.tzinfo else m.replace(tzinfo=dt.UTC) for m in moments} == {
        MOMENT
    }


def test_allocated_ids_are_new(session: Session) -> None:
    highest = session.scalar(select(HistoryEntry.id).order_by(HistoryEntry.id.desc()).limit(1))
    ids = allocate_ids(session, HISTORY, 3)
    assert ids is not None
    assert len(set(ids)) == 3
    assert min(ids) > (highest or 0)


def test_a_refused_row_raises_integrity_error(session: Session) -> None:
    ids = allocate_ids(session, HISTORY, 1)
    assert ids is not None
    with pytest.raises(IntegrityError):
        insert_rows(session, HISTORY, [entry(ids[0], None), entry(ids[0], None)])
