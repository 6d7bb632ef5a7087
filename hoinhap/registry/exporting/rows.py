"""Every kind's stored rows in the columns its import file takes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from hoinhap.db.schema import AgreementParty, Place
from hoinhap.registry.exporting.names import Names, cell
from hoinhap.registry.importing import find_kind

Row = dict[str, Any]
Column = Callable[[Row, Names], Any]


def _plain(column: str) -> Column:
    return lambda row, _names: cell(row[column])


def _place(column: str) -> Column:
    return lambda row, names: names.place(row[column])


def _organization(column: str) -> Column:
    return lambda row, names: names.organizations.get(row[column]) if row[column] else None


def _period(row: Row, _names: Names) -> str | None:
    start, end = row["period_start"], row["period_end"]
    if start is None or end is None:
        return None
    if (start.month, start.day, end.month, end.day) != (1, 1, 12, 31):
        return f"{start.isoformat()}/{end.isoformat()}"
    return str(start.year) if start.year == end.year else f"{start.year}-{end.year}"


SPECIAL: dict[str, dict[str, Column]] = {
    "organizations": {"country": _plain("country_code"), "place": _place("place_id")},
    "positions": {
        "person": lambda row, names: names.people[row["person_id"]],
        "organization": _organization("organization_id"),
        "place": _place("place_id"),
    },
    "partnerships": {"place": _place("place_id"), "partner": _place("partner_place_id")},
    "agreements": {
        "place": _place("place_id"),
        "parties": lambda _row, _names: None,  # filled in from agreement_party
        "delegation": lambda row, names: names.delegations.get(row["delegation_id"]),
    },
    "activities": {"agreement": lambda row, names: names.agreements[row["agreement_id"]]},
    "delegations": {"place": _place("place_id"), "counterpart": _place("counterpart_place_id")},
    "projects": {"place": _place("place_id"), "origin_country": _plain("origin_country_code")},
    "memberships": {
        "place": _place("place_id"),
        "organization": _organization("organization_id"),
    },
    "observations": {"place": _place("place_id"), "metric": _plain("metric_key")},
    "plans": {"place": _place("place_id"), "period": _period},
    "targets": {
        "plan": lambda row, names: names.plans[row["plan_id"]],
        "place": _place("place_id"),
        "metric": _plain("metric_key"),
    },
}


COMMON: dict[str, Column] = {
    "place": _place("place_id"),
    "organization": _organization("organization_id"),
    "country": _plain("country_code"),
}


def _default(kind: str, column: str) -> Column:
    return SPECIAL.get(kind, {}).get(column) or COMMON.get(column) or _plain(column)


def _place_rows(session: Session, names: Names) -> list[Row]:
    places = session.scalars(select(Place).options(selectinload(Place.names)).order_by(Place.id))
    rows = []
    for place in places:
        aliases = sorted(
            (n.lang, n.name)
            for n in place.names
            if ";" not in n.name
            and not (n.lang == "en" and n.name == place.name)
            and not (n.lang == "vi" and n.name == place.name_vi)
        )
        rows.append(
            {
                "name": place.name,
                "kind": place.kind,
                "country": place.country_code,
                "name_vi": place.name_vi,
                "aliases": ";".join(n if lang == "und" else f"{lang}:{n}" for lang, n in aliases)
                or None,
                "valid_from": cell(place.valid_from),
                "valid_to": cell(place.valid_to),
                **names.sources[place.source_id],
            }
        )
    return rows


def _parties(session: Session, names: Names) -> dict[int, str]:
    found: dict[int, list[str]] = {}
    query = select(
        AgreementParty.agreement_id, AgreementParty.place_id, AgreementParty.organization_id
    )
    for agreement_id, place_id, organization_id in session.execute(query):
        name = names.place(place_id) if place_id else names.organizations[organization_id or 0]
        found.setdefault(agreement_id, []).append(name or "")
    return {a: "; ".join(sorted(parts)) for a, parts in found.items()}


def export_rows(session: Session, kind: str) -> list[dict[str, object]]:
    """The stored rows of `kind`, oldest first, as its import file writes them.

    Places are named by their canonical name, organisations by name, agreements,
    delegations and plans by key, so the rows import again into the same state.
    """
    spec = find_kind(kind)
    names = Names(session)
    if spec.name == "places":
        return _place_rows(session, names)
    getters = {column: _default(spec.name, column) for column in spec.columns}
    parties = _parties(session, names) if spec.name == "agreements" else {}
    result: list[dict[str, object]] = []
    table = spec.table
    for row in session.execute(select(table).order_by(table.c.id)).mappings():
        out = {column: get(dict(row), names) for column, get in getters.items()}
        if spec.name == "agreements":
            out["parties"] = parties.get(row["id"])
        out.update(names.sources[row["source_id"]])
        result.append(out)
    return result
