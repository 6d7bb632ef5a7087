"""Projects, memberships and awards."""

from __future__ import annotations

import pycountry

from hoinhap.db.schema import Award, Membership, Project
from hoinhap.registry.importing.cells import Cells
from hoinhap.registry.importing.kinds.cooperation import place_key
from hoinhap.registry.importing.kinds.places import VIETNAMESE
from hoinhap.registry.importing.spec import KindSpec, Read
from hoinhap.registry.projects import project_key


def read_currency(cells: Cells, capital: float | None) -> str | None:
    code = cells.text("currency")
    if code is None:
        if capital is not None:
            cells.fail("currency", "is empty; give the currency of the capital (USD, VND ...)")
        return None
    if pycountry.currencies.get(alpha_3=code.upper()) is None:
        cells.fail("currency", f"{code!r} is not an ISO 4217 currency code (USD, VND ...)")
        return None
    return code.upper()


def read_project(cells: Cells) -> Read | None:
    licensed_on = cells.date("licensed_on")
    place_id = cells.place("place", kinds=VIETNAMESE, on=licensed_on)
    name = cells.text("name", required=True)
    investor = cells.text("investor")
    capital = cells.number("capital", what="a capital")
    values = {
        "place_id": place_id,
        "name": name,
        "kind": cells.choice("kind", ("fdi", "domestic", "oda", "ngo")),
        "investor": investor,
        "investor_organization_id": cells.lookups.organizations.find_optional(investor),
        "origin_country_code": cells.country("origin_country"),
        "capital": capital,
        "currency": read_currency(cells, capital),
        "sector": cells.text("sector"),
        "licensed_on": licensed_on,
        "status": cells.text("status") or "active",
    }
    values["key"] = project_key(place_key(cells, place_id), name or "", investor)
    return Read(values, (values["key"],))


def read_membership(cells: Cells) -> Read | None:
    joined_on, left_on = cells.date("joined_on"), cells.date("left_on")
    cells.check_order("left_on", joined_on, left_on)
    values = {
        "place_id": cells.place("place", on=joined_on),
        "organization_id": cells.organization("organization"),
        "joined_on": joined_on,
        "left_on": left_on,
    }
    return Read(values, (values["place_id"], values["organization_id"]))


def read_award(cells: Cells) -> Read | None:
    awarded_on = cells.date("awarded_on")
    values = {
        "place_id": cells.place("place", on=awarded_on),
        "name": cells.text("name", required=True),
        "recipient": cells.text("recipient"),
        "awarded_by": cells.text("awarded_by"),
        "awarded_on": awarded_on,
    }
    return Read(values, (values["place_id"], values["name"], awarded_on))


SPECS = (
    KindSpec(
        "projects",
        Project.__table__,  # type: ignore[arg-type]
        (
            "place",
            "name",
            "kind",
            "investor",
            "origin_country",
            "capital",
            "currency",
            "sector",
            "licensed_on",
            "status",
        ),
        ("place", "name", "kind"),
        read_project,
    ),
    KindSpec(
        "memberships",
        Membership.__table__,  # type: ignore[arg-type]
        ("place", "organization", "joined_on", "left_on"),
        ("place", "organization"),
        read_membership,
        match_on=("place_id", "organization_id"),
    ),
    KindSpec(
        "awards",
        Award.__table__,  # type: ignore[arg-type]
        ("place", "name", "recipient", "awarded_by", "awarded_on"),
        ("place", "name"),
        read_award,
        match_on=("place_id", "name", "awarded_on"),
    ),
)
