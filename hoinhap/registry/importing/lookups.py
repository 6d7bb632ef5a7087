"""In-memory indexes of what rows refer to (places, organisations, people, metrics ...).

Each index is read in one query on first use, so validating 100,000 rows makes no
per-row SELECT.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import pycountry
from sqlalchemy import select
from sqlalchemy.orm import Session

from hoinhap.db.schema import (
    Agreement,
    Delegation,
    Metric,
    Organization,
    Person,
    Place,
    PlaceName,
    Plan,
    utcnow,
)
from hoinhap.errors import NotFound, UserError
from hoinhap.registry.names import fold_name

_KIND_PREFERENCE = {"city": 0, "province": 0, "country": 1, "region": 2, "foreign_locality": 3}


@dataclass(frozen=True)
class PlaceEntry:
    id: int
    key: str
    kind: str
    name: str
    country_code: str | None
    valid_from: dt.date | None
    valid_to: dt.date | None

    def existed_on(self, on: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= on) and (
            self.valid_to is None or on <= self.valid_to
        )


def _kind_words(kinds: Sequence[str]) -> str:
    return " or ".join(k.replace("_", " ") for k in kinds)


def _hint(norm: str, names: dict[str, str]) -> str:
    close = difflib.get_close_matches(norm, list(names), n=6, cutoff=0.75)
    found: list[str] = []
    for candidate in close:
        if names[candidate] not in found:
            found.append(names[candidate])
    return f"; did you mean {' or '.join(repr(s) for s in found[:3])}?" if found else ""


class PlaceIndex:
    """Every place by every folded name, resolved as `find_place` does."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(
            select(
                Place.id,
                Place.key,
                Place.kind,
                Place.name,
                Place.country_code,
                Place.valid_from,
                Place.valid_to,
            )
        ).all()
        self.by_id = {row.id: PlaceEntry(*row) for row in rows}
        self.by_norm: dict[str, list[int]] = defaultdict(list)
        for entry in self.by_id.values():
            self._add_norm(fold_name(entry.name), entry.id)
        for norm, place_id in session.execute(select(PlaceName.norm, PlaceName.place_id)):
            self._add_norm(norm, place_id)
        self._cache: dict[tuple[str, tuple[str, ...], dt.date | None], int] = {}

    def _add_norm(self, norm: str, place_id: int) -> None:
        ids = self.by_norm[norm]
        if place_id not in ids:
            ids.append(place_id)

    def add(self, entry: PlaceEntry, names: Sequence[str]) -> None:
        self.by_id[entry.id] = entry
        for name in (entry.name, *names):
            self._add_norm(fold_name(name), entry.id)
        self._cache.clear()

    def find(self, name: str, *, kinds: Sequence[str] = (), on: dt.date | None = None) -> int:
        """The id of the place called `name`; NotFound or UserError with a readable reason."""
        cache_key = (name, tuple(kinds), on)
        found = self._cache.get(cache_key)
        if found is None:
            found = self._cache[cache_key] = self._find(name, kinds, on)
        return found

    def _find(self, name: str, kinds: Sequence[str], on: dt.date | None) -> int:
        norm = fold_name(name)
        entries = [self.by_id[i] for i in self.by_norm.get(norm, ())]
        if not entries:
            names = {n: self.by_id[ids[0]].name for n, ids in self.by_norm.items()}
            raise NotFound(f"unknown place {name!r}{_hint(norm, names)}")
        matches = [e for e in entries if not kinds or e.kind in kinds]
        if not matches:
            what = _kind_words([entries[0].kind])
            raise UserError(f"{name!r} is a {what}, not a {_kind_words(kinds)}")
        if on is not None:
            matches = [e for e in matches if e.existed_on(on)] or matches
        matches.sort(key=lambda e: (_KIND_PREFERENCE.get(e.kind, 9), e.valid_to is not None, e.id))
        return matches[0].id

    def name_of(self, place_id: int | None) -> str | None:
        return None if place_id is None else self.by_id[place_id].name


class NameIndex:
    """Rows of one table by folded name, acronym or key."""

    def __init__(self, what: str, rows: Sequence[tuple[int, str, Sequence[str | None]]]) -> None:
        self.what = what
        self.names = {row_id: name for row_id, name, _ in rows}
        self.by_norm: dict[str, list[int]] = defaultdict(list)
        for row_id, name, others in rows:
            for text in (name, *others):
                norm = fold_name(text) if text else ""
                if norm and row_id not in self.by_norm[norm]:
                    self.by_norm[norm].append(row_id)

    def add(self, row_id: int, name: str, others: Sequence[str | None] = ()) -> None:
        self.names[row_id] = name
        for text in (name, *others):
            if text and row_id not in self.by_norm[fold_name(text)]:
                self.by_norm[fold_name(text)].append(row_id)

    def find(self, name: str) -> int:
        norm = fold_name(name)
        ids = self.by_norm.get(norm, [])
        if len(ids) == 1:
            return ids[0]
        if ids:
            listed = ", ".join(repr(self.names[i]) for i in ids[:5])
            raise UserError(f"{name!r} names several {self.what}s: {listed}")
        names = {n: self.names[i[0]] for n, i in self.by_norm.items() if i}
        raise NotFound(f"unknown {self.what} {name!r}{_hint(norm, names)}")

    def find_optional(self, name: str | None) -> int | None:
        if not name:
            return None
        ids = self.by_norm.get(fold_name(name), [])
        return ids[0] if len(ids) == 1 else None


class Lookups:
    """The indexes one import needs, each read on first use."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.sources: dict[tuple[object, ...], object] = {}
        self.actor = str(session.info.get("actor", "unknown"))
        self.now = utcnow()  # one moment for the whole import: repeated rows stay equal

    @cached_property
    def places(self) -> PlaceIndex:
        return PlaceIndex(self.session)

    @cached_property
    def organizations(self) -> NameIndex:
        rows = self.session.execute(
            select(Organization.id, Organization.name, Organization.acronym, Organization.key)
        )
        return NameIndex("organisation", [(r[0], r[1], (r[2], r[3])) for r in rows])

    @cached_property
    def people(self) -> NameIndex:
        rows = self.session.execute(select(Person.id, Person.name, Person.name_vi, Person.key))
        return NameIndex("person", [(r[0], r[1], (r[2], r[3])) for r in rows])

    @cached_property
    def metrics(self) -> dict[str, str]:
        """Metric key -> kind (count, money, percent)."""
        return dict(self.session.execute(select(Metric.key, Metric.kind)).all())

    @cached_property
    def agreements(self) -> dict[str, list[int]]:
        """Agreement ids by key and by exact title."""
        found: dict[str, list[int]] = defaultdict(list)
        for row_id, key, title in self.session.execute(
            select(Agreement.id, Agreement.key, Agreement.title)
        ):
            found[key].append(row_id)
            if row_id not in found[title]:
                found[title].append(row_id)
        return found

    @cached_property
    def delegations(self) -> dict[str, int]:
        return dict(self.session.execute(select(Delegation.key, Delegation.id)).all())

    @cached_property
    def plans(self) -> dict[str, int]:
        """Plan ids by key and by code."""
        found: dict[str, int] = {}
        for row_id, key, code in self.session.execute(select(Plan.id, Plan.key, Plan.code)):
            found[key] = row_id
            if code:
                found.setdefault(code, row_id)
        return found

    @cached_property
    def _countries(self) -> dict[str, str]:
        return {
            fold_name(name): entry.country_code
            for entry in self.places.by_id.values()
            if entry.kind == "country" and entry.country_code
            for name in [entry.name]
        } | {
            norm: self.places.by_id[ids[0]].country_code or ""
            for norm, ids in self.places.by_norm.items()
            if self.places.by_id[ids[0]].kind == "country"
        }

    def country_code(self, name: str) -> str:
        """The ISO alpha-2 code of a country named by code, English name or any stored name."""
        text = name.strip()
        if len(text) == 2 and text.isalpha():
            country = pycountry.countries.get(alpha_2=text.upper())
            if country is not None:
                return str(country.alpha_2)
        code = self._countries.get(fold_name(text))
        if code:
            return code
        try:
            return str(pycountry.countries.lookup(text).alpha_2)
        except LookupError:
            raise NotFound(f"unknown country {name!r}") from None
