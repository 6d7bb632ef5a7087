"""Write valid records in batches: create what is new, update what changed, skip the rest.

Creates and updates are recorded in the history, as the ORM hook does for single rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Table, func, insert, or_, select, update
from sqlalchemy.orm import Session

from hoinhap.db.schema import HistoryEntry, Source, utcnow
from hoinhap.registry.importing.spec import KindSpec, Record, SourceRef

BATCH = 1000
HISTORY = cast(Table, HistoryEntry.__table__)
IN_CHUNK = 500
Progress = Callable[[int], None]


def chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def actor_of(session: Session) -> str:
    return str(session.info.get("actor", "unknown"))


def save_sources(session: Session, refs: Iterable[SourceRef]) -> dict[str, int]:
    """Source ids by key: the stored source with that key or URL, else a new one."""
    wanted = {ref.key: ref for ref in refs}
    ids: dict[str, int] = {}
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
            row["id"] = row_id
            ids[row["key"]] = row_id
        record_created(session, "source", [r["id"] for r in rows], rows)
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


def _existing(session: Session, spec: KindSpec, records: list[Record]) -> dict[Any, Any]:
    """Stored rows matching the records, by their match columns.

    Keys are looked up in chunks when they are few next to the table; otherwise (and for
    tables without keys) the table is read once: an IN list against a table the planner
    has no statistics for yet can make PostgreSQL scan it once per chunk.
    """
    table = spec.table
    keys = {(r.values["key"],) for r in records} if spec.match_on == ("key",) else None
    found: dict[Any, Any] = {}
    stored = session.scalar(select(func.count()).select_from(table)) or 0
    if keys is not None and len(keys) * 20 < stored:
        for part in chunks([k[0] for k in keys], IN_CHUNK):
            for row in session.execute(select(table).where(table.c.key.in_(part))).mappings():
                found[(row["key"],)] = dict(row)
        return found
    for row in session.execute(select(table)).mappings():
        match = tuple(row[c] for c in spec.match_on)
        if keys is None or match in keys:
            found[match] = dict(row)
    return found


def _differences(spec: KindSpec, old: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    return {
        column: value
        for column, value in values.items()
        if column not in spec.create_only and old.get(column) != value
    }


def write_records(
    session: Session, spec: KindSpec, records: list[Record], progress: Progress
) -> tuple[int, int, int]:
    """Write `records`; returns how many were created, updated and left unchanged."""
    source_ids = save_sources(session, (r.source for r in records))
    for record in records:
        record.values["source_id"] = source_ids[record.source.key]
        if spec.finish is not None:
            spec.finish(record.values)
    existing = _existing(session, spec, records)
    old_children = _load_children(session, spec, existing)
    new: list[Record] = []
    changed = 0
    for record in records:
        old = existing.get(tuple(record.values[c] for c in spec.match_on))
        if old is None:
            new.append(record)
        elif _update(session, spec, record, old, old_children):
            changed += 1
    _insert(session, spec, new, progress)
    progress(len(records) - len(new))
    return len(new), changed, len(records) - len(new) - changed


def _load_children(
    session: Session, spec: KindSpec, existing: dict[Any, Any]
) -> dict[str, dict[int, Any]]:
    ids = [row["id"] for row in existing.values()]
    return {name: child.load(session, ids) for name, child in spec.children.items()}


def _insert(session: Session, spec: KindSpec, records: list[Record], progress: Progress) -> None:
    table = spec.table
    keyed = "key" in table.c
    for part in chunks(records, BATCH):
        rows = [r.values for r in part]
        if keyed:  # RETURNING in any order is batched on both databases; match ids by key
            statement = insert(table).returning(table.c.key, table.c.id)
            by_key: dict[str, int] = dict(session.execute(statement, rows).all())
            ids = [by_key[row["key"]] for row in rows]
        else:
            statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
            ids = list(session.execute(statement, rows).scalars())
        for record, row_id in zip(part, ids, strict=True):
            for name, child in spec.children.items():
                child.save(session, row_id, record.children.get(name))
        record_created(session, str(table.name), ids, rows)
        progress(len(part))


def record_created(
    session: Session, table_name: str, ids: Sequence[int], rows: Sequence[dict[str, Any]]
) -> None:
    """Record bulk-inserted rows as created, in one executemany."""
    now = utcnow()
    actor = actor_of(session)
    entries = [
        {
            "table_name": table_name,
            "row_id": str(row_id),
            "action": "create",
            "changed_by": actor,
            "changed_at": now,
            "old_values": None,
            "new_values": {
                "id": row_id,
                **{k: v.isoformat() if isinstance(v, dt.date) else v for k, v in row.items()},
            },
        }
        for row_id, row in zip(ids, rows, strict=True)
    ]
    if entries:
        session.execute(insert(HISTORY), entries)


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
