"""Partnerships, agreements (with their parties), activities, delegations and events."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from hoinhap.db.schema import Activity, Agreement, AgreementParty, Delegation, Event, Partnership
from hoinhap.errors import NotFound, UserError
from hoinhap.registry.agreements import agreement_key
from hoinhap.registry.delegations import delegation_key
from hoinhap.registry.events import event_key
from hoinhap.registry.importing.cells import Cells
from hoinhap.registry.importing.kinds.places import VIETNAMESE
from hoinhap.registry.importing.spec import Children, KindSpec, Read
from hoinhap.registry.importing.write import IN_CHUNK, chunks

Party = tuple[str, int]


def place_key(cells: Cells, place_id: int | None) -> str:
    return cells.lookups.places.by_id[place_id].key if place_id is not None else ""


def read_partnership(cells: Cells) -> Read | None:
    since = cells.date("since")
    values = {
        "place_id": cells.place("place", kinds=VIETNAMESE),
        "partner_place_id": cells.place("partner", kinds=("foreign_locality",)),
        "kind": cells.choice("kind", ("friendship", "sister_city", "cooperation")),
        "since": since,
        "status": cells.choice("status", ("active", "inactive", "ended"), default="active"),
        "notes": cells.text("notes"),
    }
    return Read(values, (values["place_id"], values["partner_place_id"], values["kind"]))


def _party(cells: Cells, name: str) -> Party:
    try:
        return ("place", cells.lookups.places.find(name))
    except NotFound:
        pass
    try:
        return ("organization", cells.lookups.organizations.find(name))
    except NotFound:
        raise UserError(f"unknown party {name!r} (neither a place nor an organisation)") from None


def read_parties(cells: Cells) -> tuple[Party, ...]:
    parties: set[Party] = set()
    for name in cells.items("parties"):
        try:
            parties.add(_party(cells, name))
        except UserError as exc:
            cells.fail("parties", str(exc))
    return tuple(sorted(parties))


def _delegation(cells: Cells) -> int | None:
    key = cells.text("delegation")
    if key is None:
        return None
    found = cells.lookups.delegations.get(key)
    if found is None:
        cells.fail("delegation", f"unknown delegation {key!r} (give a delegation's key)")
    return found


def read_agreement(cells: Cells) -> Read | None:
    signed_on, expires_on = cells.date("signed_on"), cells.date("expires_on")
    cells.check_order("expires_on", signed_on, expires_on)
    place_id = cells.place("place", kinds=VIETNAMESE, on=signed_on)
    title = cells.text("title", required=True)
    values = {
        "place_id": place_id,
        "title": title,
        "kind": cells.choice("kind", ("mou", "agreement", "letter_of_intent", "other")),
        "signed_on": signed_on,
        "expires_on": expires_on,
        "fields": cells.text("fields"),
        "status": cells.choice("status", ("active", "expired", "terminated"), default="active"),
        "delegation_id": _delegation(cells),
        "key": agreement_key(place_key(cells, place_id), title or "", signed_on),
    }
    return Read(values, (values["key"],), {"parties": read_parties(cells)})


def load_parties(session: Session, agreement_ids: list[int]) -> dict[int, Any]:
    found: dict[int, set[Party]] = {}
    party = AgreementParty
    for part in chunks(agreement_ids, IN_CHUNK):
        rows = session.execute(
            select(party.agreement_id, party.place_id, party.organization_id).where(
                party.agreement_id.in_(part)
            )
        )
        for agreement_id, place_id, organization_id in rows:
            ref = ("place", place_id) if place_id else ("organization", organization_id or 0)
            found.setdefault(agreement_id, set()).add(ref)
    return {a: tuple(sorted(parties)) for a, parties in found.items()}


def save_parties(session: Session, agreement_id: int, parties: tuple[Party, ...] | None) -> None:
    session.execute(delete(AgreementParty).where(AgreementParty.agreement_id == agreement_id))
    rows = [
        {
            "agreement_id": agreement_id,
            "place_id": ref if what == "place" else None,
            "organization_id": ref if what == "organization" else None,
        }
        for what, ref in parties or ()
    ]
    if rows:
        session.execute(insert(AgreementParty), rows)


def _agreement(cells: Cells) -> int | None:
    name = cells.text("agreement", required=True)
    if name is None:
        return None
    ids = cells.lookups.agreements.get(name, [])
    if len(ids) > 1:
        cells.fail("agreement", f"{name!r} names several agreements; give the agreement's key")
    elif not ids:
        cells.fail("agreement", f"unknown agreement {name!r} (give its key or exact title)")
    return ids[0] if len(ids) == 1 else None


def read_activity(cells: Cells) -> Read | None:
    values = {
        "agreement_id": _agreement(cells),
        "happened_on": cells.date("happened_on", required=True),
        "description": cells.text("description", required=True),
    }
    return Read(values, tuple(values.values()))


def read_delegation(cells: Cells) -> Read | None:
    start_on, end_on = cells.date("start_on", required=True), cells.date("end_on")
    cells.check_order("end_on", start_on, end_on)
    place_id = cells.place("place", kinds=VIETNAMESE, on=start_on)
    counterpart = cells.place("counterpart", kinds=("country", "foreign_locality"), required=False)
    leader = cells.text("leader")
    direction = cells.choice("direction", ("inbound", "outbound"))
    values = {
        "direction": direction,
        "place_id": place_id,
        "counterpart_place_id": counterpart,
        "start_on": start_on,
        "end_on": end_on,
        "leader": leader,
        "leader_person_id": cells.lookups.people.find_optional(leader),
        "size": cells.count("size"),
        "purpose": cells.text("purpose"),
        "outcomes": cells.text("outcomes"),
    }
    if start_on is None or direction is None:
        return None
    other = place_key(cells, counterpart)
    values["key"] = delegation_key(place_key(cells, place_id), direction, start_on, other, leader)
    return Read(values, (values["key"],))


def read_event(cells: Cells) -> Read | None:
    start_on, end_on = cells.date("start_on", required=True), cells.date("end_on")
    cells.check_order("end_on", start_on, end_on)
    place_id = cells.place("place", kinds=VIETNAMESE, on=start_on)
    name = cells.text("name", required=True)
    values = {
        "place_id": place_id,
        "name": name,
        "kind": cells.text("kind", required=True),
        "start_on": start_on,
        "end_on": end_on,
        "participants": cells.count("participants"),
    }
    if start_on is None or name is None:
        return None
    values["key"] = event_key(place_key(cells, place_id), name, start_on)
    return Read(values, (values["key"],))


SPECS = (
    KindSpec(
        "partnerships",
        Partnership.__table__,  # type: ignore[arg-type]
        ("place", "partner", "kind", "since", "status", "notes"),
        ("place", "partner", "kind"),
        read_partnership,
        match_on=("place_id", "partner_place_id", "kind"),
    ),
    KindSpec(
        "agreements",
        Agreement.__table__,  # type: ignore[arg-type]
        (
            "place",
            "title",
            "kind",
            "parties",
            "signed_on",
            "expires_on",
            "fields",
            "status",
            "delegation",
        ),
        ("place", "title", "kind"),
        read_agreement,
        children={"parties": Children(load_parties, save_parties)},
    ),
    KindSpec(
        "activities",
        Activity.__table__,  # type: ignore[arg-type]
        ("agreement", "happened_on", "description"),
        ("agreement", "happened_on", "description"),
        read_activity,
        match_on=("agreement_id", "happened_on", "description"),
        singular="activity",
    ),
    KindSpec(
        "delegations",
        Delegation.__table__,  # type: ignore[arg-type]
        (
            "direction",
            "place",
            "counterpart",
            "start_on",
            "end_on",
            "leader",
            "size",
            "purpose",
            "outcomes",
        ),
        ("direction", "place", "start_on"),
        read_delegation,
    ),
    KindSpec(
        "events",
        Event.__table__,  # type: ignore[arg-type]
        ("place", "name", "kind", "start_on", "end_on", "participants"),
        ("place", "name", "kind", "start_on"),
        read_event,
    ),
)
