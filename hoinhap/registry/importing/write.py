"""Write valid records chunk by chunk: create what is new, update what changed, skip the rest.

Creates and updates are recorded in the history, as the ORM hook does for single rows.
New rows and their history go in with one bulk insert each per chunk (COPY on PostgreSQL).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Table, insert, or_, select, update
from sqlalchemy.orm import Session

from hoinhap.db.schema import HistoryEntry, Source, utcnow
from hoinhap.registry.importing.bulk import JsonText, allocate_ids, any_of, insert_rows
from hoinhap.registry.importing.spec import KindSpec, Record, SourceRef

HISTORY = cast(Table, HistoryEntry.__table__)
IN_CHUNK = 500


def chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def actor_of(session: Session) -> str:
    return str(session.info.get("actor", "unknown"))


def save_sources(
    session: Session, refs: Iterable[SourceRef], known: dict[str, int] | None = None
) -> dict[str, int]:
    """Source ids by key: the stored source with that key or URL, else a new one.

    `known` (key -> id, from earlier chunks of the same import) is consulted and extended.
    """
    ids = {} if known is None else known
    wanted = {ref.key: ref for ref in refs if ref.key not in ids}
    urls = {ref.url: ref.key for ref in wanted.values() if ref.url}
    for part in chunks(list(wanted), IN_CHUNK):
        url_part = [wanted[key].url for key in part if wanted[key].url]
        query = select(Source.id, Source.key, Source.url).where(
            or_(Source.key.in_(part), Source.url.in_(url_part))
        )
        for row_id, key, url in session.execute(query.order_by(Source.id)):
            if key in wanted:
                ids[key] = row_id
            elif url in urls:
                ids.setdefault(urls[url], row_id)
    missing = [ref for key, ref in wanted.items() if key not in ids]
    rows = [_source_values(ref, actor_of(session)) for ref in missing]
    if rows:
        created = session.execute(
            insert(Source).returning(Source.id, sort_by_parameter_order=True), rows
        ).scalars()
        for row, row_id in zip(rows, created, strict=True):
            ids[row["key"]] = row_id
        record_created(session, "source", [ids[row["key"]] for row in rows], rows)
    return ids


def _source_values(ref: SourceRef, actor: str) -> dict[str, Any]:
    return {
        "key": ref.key,
        "title": ref.title,
        "url": ref.url,
        "publisher": ref.publisher,
        "published_on": ref.published_on,
        "language": ref.language,
        "status": "stored",
        "created_by": actor,
        "created_at": utcnow(),
    }


def find_existing(session: Session, spec: KindSpec, records: list[Record]) -> dict[Any, Any]:
    """Stored rows matching the records, by their match columns.

    Rows are read by their first match column (the key, a place, a person ...) and
    compared on all match columns here, where a missing value matches a missing one.
    """
    table = spec.table
    wanted = {tuple(r.values[c] for c in spec.match_on) for r in records}
    column = table.c[spec.match_on[0]]
    firsts = {match[0] for match in wanted}
    conditions = any_of(session, column, [v for v in firsts if v is not None])
    if None in firsts:
        conditions.append(column.is_(None))
    found: dict[Any, Any] = {}
    for condition in conditions:
        for row in session.execute(select(table).where(condition)).mappings():
            match = tuple(row[c] for c in spec.match_on)
            if match in wanted:
                found[match] = dict(row)
    return found


def _differences(spec: KindSpec, old: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    return {
        column: value
        for column, value in values.items()
        if column not in spec.create_only and old.get(column) != value
    }


class RecordWriter:
    """Writes one import's records chunk by chunk, keeping the source ids found so far."""

    def __init__(self, session: Session, spec: KindSpec) -> None:
        self.session = session
        self.spec = spec
        self.source_ids: dict[str, int] = {}

    def write(self, records: list[Record]) -> tuple[int, int, int]:
        """Create the new records, update the changed ones, leave the rest alone.

        Returns how many were created, updated and left unchanged.
        """
        spec, session = self.spec, self.session
        save_sources(session, (r.source for r in records), self.source_ids)
        for record in records:
            record.values["source_id"] = self.source_ids[record.source.key]
            if spec.finish is not None:
                spec.finish(record.values)
        existing = find_existing(session, spec, records)
        old_children = _load_children(session, spec, existing)
        new: list[Record] = []
        changed = 0
        for record in records:
            old = existing.get(tuple(record.values[c] for c in spec.match_on))
            if old is None:
                new.append(record)
            elif _update(session, spec, record, old, old_children):
                changed += 1
        insert_records(session, spec, new)
        return len(new), changed, len(records) - len(new) - changed


def _load_children(
    session: Session, spec: KindSpec, existing: dict[Any, Any]
) -> dict[str, dict[int, Any]]:
    ids = [row["id"] for row in existing.values()]
    return {name: child.load(session, ids) for name, child in spec.children.items()}


def insert_records(session: Session, spec: KindSpec, records: list[Record]) -> None:
    """Insert new records, their children and their history."""
    table = spec.table
    rows = [r.values for r in records]
    ids = allocate_ids(session, table, len(rows))
    if ids is None:
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        ids = list(session.execute(statement, rows).scalars()) if rows else []
    else:
        insert_rows(
            session, table, [{"id": row_id, **row} for row_id, row in zip(ids, rows, strict=True)]
        )
    for record, row_id in zip(records, ids, strict=True):
        for name, child in spec.children.items():
            child.save(session, row_id, record.children.get(name))
    record_created(session, str(table.name), ids, rows)


def record_created(
    session: Session, table_name: str, ids: Sequence[int], rows: Sequence[dict[str, Any]]
) -> None:
    """Record bulk-inserted rows as created, in one bulk insert."""
    now = utcnow()
    actor = actor_of(session)
    encoder = json_encoder()
    entries = [
        {
            "table_name": table_name,
            "row_id": str(row_id),
            "action": "create",
            "changed_by": actor,
            "changed_at": now,
            "old_values": None,
            "new_values": JsonText(encoder.encode({"id": row_id, **row})),
        }
        for row_id, row in zip(ids, rows, strict=True)
    ]
    insert_rows(session, HISTORY, entries)


def _update(
    session: Session,
    spec: KindSpec,
    record: Record,
    old: dict[str, Any],
    old_children: dict[str, dict[int, Any]],
) -> bool:
    diff = _differences(spec, old, record.values)
    if "status" in diff and record.values.get("accepted_by") and not old.get("accepted_by"):
        diff.update(accepted_by=record.values["accepted_by"], accepted_at=utcnow())
    old_values = {column: old[column] for column in diff}
    for name, child in spec.children.items():
        before = old_children[name].get(old["id"])
        if before != record.children.get(name):
            child.save(session, old["id"], record.children.get(name))
            old_values[name], diff[name] = before, record.children.get(name)
    if not diff:
        return False
    columns = {c: v for c, v in diff.items() if c in spec.table.c}
    if columns:
        session.execute(update(spec.table).where(spec.table.c.id == old["id"]).values(columns))
    record_update(session, spec.table, old["id"], old_values, diff)
    return True


def record_update(
    session: Session, table: Table, row_id: int, old: dict[str, Any], new: dict[str, Any]
) -> None:
    """Record one update in the history, with the old and new values of what changed."""
    session.execute(
        insert(HistoryEntry).values(
            table_name=table.name,
            row_id=str(row_id),
            action="update",
            changed_by=actor_of(session),
            changed_at=utcnow(),
            old_values={k: _json(v) for k, v in old.items()},
            new_values={k: _json(v) for k, v in new.items()},
        )
    )


def _json(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_json(v) for v in value]
    return value


def json_encoder() -> json.JSONEncoder:
    """An encoder as json.dumps, with dates and moments as ISO text (each converted once)."""
    texts: dict[dt.date, str] = {}

    def isoformat(value: Any) -> str:
        if not isinstance(value, dt.date):
            raise TypeError(f"{type(value).__name__} is not JSON serializable")
        text = texts.get(value)
        if text is None:
            text = texts[value] = value.isoformat()
        return text

    return json.JSONEncoder(default=isoformat)
