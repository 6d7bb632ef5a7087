"""Load the shipped places into a database: fast bulk inserts, idempotent.

Reference data carry no history rows; each place, lineage and region row points to the
source it came from. Rows already present (by key, or by their unique columns) are left
alone, so running the seed again adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from hoinhap.db.schema import Place, PlaceLineage, PlaceName, RegionMember
from hoinhap.registry.countrydata import country_rows, subdivision_rows
from hoinhap.registry.names import fold_name
from hoinhap.registry.placedata import (
    PlaceRow,
    region_memberships,
    shipped_sources,
    vietnam_lineage,
    vietnam_provinces,
    vietnam_regions,
)
from hoinhap.registry.sources import get_or_create_source


def shipped_places() -> list[PlaceRow]:
    """Every shipped place, parents before their children."""
    return [*country_rows(), *vietnam_regions(), *vietnam_provinces(), *subdivision_rows()]


def _store_sources(session: Session) -> dict[str, int]:
    ids: dict[str, int] = {}
    for record in shipped_sources():
        fields = {k: v for k, v in record.items() if k != "id"}
        ids[record["id"]] = get_or_create_source(session, **fields).id
    return ids


def _place_ids(session: Session) -> dict[str, int]:
    return dict(session.execute(select(Place.key, Place.id)).all())


def _insert(session: Session, table: Any, rows: Sequence[dict[str, Any]]) -> int:
    if rows:
        session.execute(insert(table), rows)
    return len(rows)


def _place_values(row: PlaceRow, sources: dict[str, int], ids: dict[str, int]) -> dict[str, Any]:
    return {
        "key": row.key,
        "kind": row.kind,
        "name": row.name,
        "name_vi": row.name_vi,
        "country_code": row.country_code,
        "parent_id": ids[row.parent_key] if row.parent_key else None,
        "valid_from": row.valid_from,
        "valid_to": row.valid_to,
        "source_id": sources[row.source],
    }


def _insert_places(session: Session, rows: list[PlaceRow], sources: dict[str, int]) -> int:
    ids = _place_ids(session)
    added = 0
    for with_parent in (False, True):
        batch = [r for r in rows if r.key not in ids and bool(r.parent_key) == with_parent]
        values = [_place_values(r, sources, ids) for r in batch]
        added += _insert(session, Place.__table__, values)
        if batch:
            ids = _place_ids(session)
    return added


def _insert_names(session: Session, rows: Iterable[PlaceRow], ids: dict[str, int]) -> int:
    known = set(session.execute(select(PlaceName.place_id, PlaceName.name, PlaceName.lang)))
    values = [
        {
            "place_id": ids[row.key],
            "name": n.name,
            "lang": n.lang,
            "kind": n.kind,
            "norm": fold_name(n.name),
        }
        for row in rows
        for n in row.names
        if (ids[row.key], n.name, n.lang) not in known
    ]
    return _insert(session, PlaceName.__table__, values)


def _insert_lineage(session: Session, ids: dict[str, int], sources: dict[str, int]) -> int:
    known = set(
        session.execute(
            select(PlaceLineage.from_place_id, PlaceLineage.to_place_id, PlaceLineage.effective_on)
        )
    )
    values = [
        {
            "from_place_id": ids[row.from_key],
            "to_place_id": ids[row.to_key],
            "kind": row.kind,
            "effective_on": row.effective_on,
            "legal_basis": row.legal_basis,
            "source_id": sources[row.source],
        }
        for row in vietnam_lineage()
        if (ids[row.from_key], ids[row.to_key], row.effective_on) not in known
    ]
    return _insert(session, PlaceLineage.__table__, values)


def _insert_members(session: Session, ids: dict[str, int], sources: dict[str, int]) -> int:
    known = set(session.execute(select(RegionMember.region_id, RegionMember.place_id)))
    values = [
        {
            "region_id": ids[row.region_key],
            "place_id": ids[row.place_key],
            "source_id": sources[row.source],
        }
        for row in region_memberships()
        if (ids[row.region_key], ids[row.place_key]) not in known
    ]
    return _insert(session, RegionMember.__table__, values)


def seed_places(session: Session) -> dict[str, int]:
    """Add the shipped places, names, lineage and region members missing from the database."""
    sources = _store_sources(session)
    rows = shipped_places()
    places = _insert_places(session, rows, sources)
    ids = _place_ids(session)
    return {
        "places": places,
        "place names": _insert_names(session, rows, ids),
        "lineage links": _insert_lineage(session, ids, sources),
        "region members": _insert_members(session, ids, sources),
    }
