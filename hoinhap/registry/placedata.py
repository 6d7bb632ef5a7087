"""The shipped place data of Vietnam (data/places/): provinces, their lineage, regions.

Pure functions from the data files to plain rows; placeseed.py stores them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from hoinhap.registry.names import ascii_name

DATA = "hoinhap.data"
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class NameRow:
    name: str
    lang: str
    kind: str = "alias"


@dataclass
class PlaceRow:
    """A place to seed; `source` and `parent_key` name other rows of the shipped data."""

    key: str
    kind: str
    name: str
    source: str
    name_vi: str | None = None
    country_code: str | None = None
    parent_key: str | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    names: list[NameRow] = field(default_factory=list)

    def add_name(self, name: str, lang: str, kind: str = "alias") -> None:
        """Give the row another name, once per language."""
        name = name.strip()
        if name and all((n.name, n.lang) != (name, lang) for n in self.names):
            self.names.append(NameRow(name, lang, kind))


@dataclass(frozen=True)
class LineageRow:
    from_key: str
    to_key: str
    kind: str
    effective_on: dt.date
    legal_basis: str
    source: str


@dataclass(frozen=True)
class MemberRow:
    region_key: str
    place_key: str
    source: str


def place_key(country_code: str, name: str) -> str:
    """The key of a place in a country: "vn-da-nang", "kr-north-chungcheong"."""
    slug = _NOT_ALNUM.sub("-", ascii_name(name).lower()).strip("-")
    return f"{country_code.lower()}-{slug}"


def read_text(name: str) -> str:
    """A shipped file of data/places/, as text."""
    return resources.files(DATA).joinpath("places", name).read_text("utf-8")


def read_yaml(name: str) -> Any:
    return yaml.safe_load(read_text(name))


def read_csv(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(read_text(name))))


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def shipped_sources() -> list[dict[str, Any]]:
    """The documents the shipped place data comes from, each with an `id`."""
    rows: list[dict[str, Any]] = read_yaml("sources.yaml")
    return rows


def _add_aliases(row: PlaceRow, aliases: list[str]) -> None:
    for alias in aliases:
        lang, text = ("vi", alias[3:]) if alias.startswith("vi:") else ("en", alias)
        row.add_name(text, lang)


def _add_vietnamese_names(row: PlaceRow) -> None:
    row.add_name(row.name, "en", "canonical")
    assert row.name_vi is not None
    row.add_name(row.name_vi, "vi", "canonical")
    row.add_name(ascii_name(row.name_vi), "vi")
    if row.kind == "city":
        if not row.name.endswith(" City"):
            row.add_name(f"{row.name} City", "en")
        if not row.name_vi.startswith("Thành phố"):
            row.add_name(f"Thành phố {row.name_vi}", "vi")
    elif row.kind == "province":
        row.add_name(f"{row.name} Province", "en")
        row.add_name(f"Tỉnh {row.name_vi}", "vi")


def _province(record: dict[str, str]) -> PlaceRow:
    row = PlaceRow(
        key=record["key"],
        kind=record["kind"],
        name=record["name"],
        name_vi=record["name_vi"],
        country_code="VN",
        valid_from=_date(record["valid_from"]),
        valid_to=_date(record["valid_to"]),
        source=record["source"],
    )
    _add_vietnamese_names(row)
    _add_aliases(row, [a for a in record["aliases"].split("|") if a])
    return row


@cache
def vietnam_provinces() -> tuple[PlaceRow, ...]:
    """Every province and centrally-run city, those merged away included."""
    return tuple(_province(record) for record in read_csv("provinces.csv"))


def _region(record: dict[str, Any]) -> PlaceRow:
    row = PlaceRow(
        key=record["key"],
        kind="region",
        name=record["name"],
        name_vi=record["name_vi"],
        country_code="VN",
        source=record["source"],
    )
    _add_vietnamese_names(row)
    _add_aliases(row, record["aliases"])
    return row


@cache
def vietnam_regions() -> tuple[PlaceRow, ...]:
    """The six socio-economic regions."""
    return tuple(_region(record) for record in read_yaml("regions.yaml"))


@cache
def region_memberships() -> tuple[MemberRow, ...]:
    """Which province belongs to which region, before and after the 2025 merger."""
    rows: dict[tuple[str, str], MemberRow] = {}
    for record in read_yaml("regions.yaml"):
        for key in [*record["members"], *record["members_after"]]:
            rows.setdefault((record["key"], key), MemberRow(record["key"], key, record["source"]))
    return tuple(rows.values())


@cache
def vietnam_lineage() -> tuple[LineageRow, ...]:
    """The mergers and renamings of Vietnam's provinces, with their legal basis."""
    return tuple(
        LineageRow(
            from_key=record["from"],
            to_key=record["to"],
            kind=record["kind"],
            effective_on=dt.date.fromisoformat(record["effective_on"]),
            legal_basis=record["legal_basis"],
            source=record["source"],
        )
        for record in read_csv("lineage.csv")
    )
