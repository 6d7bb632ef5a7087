"""The history log: every create, update and delete of a registry row, with who and when.

ORM changes are recorded by a session hook; bulk loaders call `record_history` themselves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session, UOWTransaction

from hoinhap.db.schema import Base, HistoryEntry, utcnow

UNTRACKED = frozenset({"history", "place_name"})


def jsonable(value: Any) -> Any:
    """A value as JSON can hold it (dates become ISO strings)."""
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def row_values(obj: Base) -> dict[str, Any]:
    """The column values of a mapped object."""
    mapper = inspect(obj).mapper
    return {c.key: jsonable(getattr(obj, c.key)) for c in mapper.column_attrs}


def _changes(obj: Base) -> tuple[dict[str, Any], dict[str, Any]]:
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    state = inspect(obj)
    for attr in state.mapper.column_attrs:
        hist = state.attrs[attr.key].history
        if hist.has_changes():
            old[attr.key] = jsonable(hist.deleted[0]) if hist.deleted else None
            new[attr.key] = jsonable(hist.added[0]) if hist.added else None
    return old, new


def _actor(session: Session) -> str:
    return str(session.info.get("actor", "unknown"))


def _pending_entries(session: Session) -> list[tuple[Base, str, dict[str, Any] | None]]:
    entries: list[tuple[Base, str, dict[str, Any] | None]] = []
    for obj in session.dirty:
        if isinstance(obj, Base) and obj.__tablename__ not in UNTRACKED:
            old, new = _changes(obj)
            if new:
                entries.append((obj, "update", {"old": old, "new": new}))
    for obj in session.deleted:
        if isinstance(obj, Base) and obj.__tablename__ not in UNTRACKED:
            entries.append((obj, "delete", {"old": row_values(obj), "new": None}))
    return entries


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _ctx: UOWTransaction, _instances: object) -> None:
    session.info.setdefault("_history_new", []).extend(
        obj for obj in session.new if isinstance(obj, Base) and obj.__tablename__ not in UNTRACKED
    )
    for obj, action, values in _pending_entries(session):
        assert values is not None
        session.add(
            HistoryEntry(
                table_name=obj.__tablename__,
                row_id=_row_id(obj),
                action=action,
                changed_by=_actor(session),
                old_values=values["old"],
                new_values=values["new"],
            )
        )


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _ctx: UOWTransaction) -> None:
    created = session.info.pop("_history_new", [])
    if not created:
        return
    rows = [
        {
            "table_name": obj.__tablename__,
            "row_id": _row_id(obj),
            "action": "create",
            "changed_by": _actor(session),
            "changed_at": utcnow(),
            "old_values": None,
            "new_values": row_values(obj),
        }
        for obj in created
    ]
    session.execute(insert(HistoryEntry), rows)


def _row_id(obj: Base) -> str:
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    return ",".join(str(part) for part in key if part is not None)


def record_history(
    session: Session, table_name: str, rows: Iterable[dict[str, Any]], *, action: str = "create"
) -> None:
    """Record bulk-inserted rows (each with its `id`) as created by the session's actor."""
    now = utcnow()
    actor = _actor(session)
    entries = [
        {
            "table_name": table_name,
            "row_id": str(row["id"]),
            "action": action,
            "changed_by": actor,
            "changed_at": now,
            "old_values": None,
            "new_values": {k: jsonable(v) for k, v in row.items()},
        }
        for row in rows
    ]
    if entries:
        session.execute(insert(HistoryEntry), entries)


def list_history(
    session: Session,
    *,
    table_name: str | None = None,
    row_id: str | None = None,
    user: str | None = None,
    limit: int = 50,
) -> Sequence[HistoryEntry]:
    """The newest history entries first, optionally for one table, one row or one user."""
    query = select(HistoryEntry).order_by(HistoryEntry.id.desc()).limit(limit)
    if table_name:
        query = query.where(HistoryEntry.table_name == table_name)
    if row_id:
        query = query.where(HistoryEntry.row_id == row_id)
    if user:
        query = query.where(HistoryEntry.changed_by == user)
    return session.scalars(query).all()
