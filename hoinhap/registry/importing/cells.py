"""Typed reading of one row's cells; every problem is noted against its column, none raised."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from hoinhap.errors import UserError
from hoinhap.registry.importing.readers import Cell

if TYPE_CHECKING:
    from hoinhap.registry.importing.lookups import Lookups

T = TypeVar("T")
_THOUSANDS = re.compile(r"^-?\d{1,3}(,\d{3})+(\.\d+)?$")


class Invalid(Exception):
    """A cell's value cannot be used; the message names the value and why."""


class Cells:
    """One row: read cells as text, dates, numbers, choices or references."""

    def __init__(self, values: dict[str, Cell], lookups: Lookups) -> None:
        self.values = values
        self.lookups = lookups
        self.problems: list[tuple[str, str]] = []

    def fail(self, column: str, message: str) -> None:
        self.problems.append((column, message))

    def raw(self, column: str) -> Cell:
        return self.values.get(column)

    def text(self, column: str, *, required: bool = False) -> str | None:
        value = self.values.get(column)
        if value is None:
            if required:
                self.fail(column, "is empty")
            return None
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)

    def date(self, column: str, *, required: bool = False) -> dt.date | None:
        value = self.values.get(column)
        if value is None:
            if required:
                self.fail(column, "is empty")
            return None
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value)) if len(str(value)) == 10 else _not_date()
        except ValueError:
            self.fail(column, f"{value!r} is not a date")
            return None

    def number(self, column: str, *, required: bool = False, what: str = "") -> float | None:
        """A number that may not be negative; `what` names it in messages ("a count")."""
        value = self.values.get(column)
        if value is None:
            if required:
                self.fail(column, "is empty")
            return None
        try:
            number = parse_number(value)
        except Invalid as exc:
            self.fail(column, str(exc))
            return None
        if number < 0:
            self.fail(column, f"{value!r} is negative; {what or 'it'} cannot be negative")
            return None
        return number

    def count(self, column: str, *, required: bool = False) -> int | None:
        number = self.number(column, required=required, what="a count")
        if number is None:
            return None
        if not number.is_integer():
            self.fail(column, f"{self.values[column]!r} is not a whole number")
            return None
        return int(number)

    def choice(
        self, column: str, options: Sequence[str], *, default: str | None = None
    ) -> str | None:
        value = self.text(column, required=default is None)
        if value is None:
            return default
        for option in options:
            if option.lower() == value.lower().replace(" ", "_").replace("-", "_"):
                return option
        self.fail(column, f"{value!r} is not one of {', '.join(options)}")
        return None

    def check_order(self, end_column: str, start: dt.date | None, end: dt.date | None) -> None:
        """A problem on `end_column` when it comes before the start."""
        if start is not None and end is not None and end < start:
            self.fail(end_column, f"{end.isoformat()} is before the start {start.isoformat()}")

    def items(self, column: str) -> list[str]:
        """A ";"-separated list."""
        value = self.text(column)
        return [part.strip() for part in value.split(";") if part.strip()] if value else []

    def place(
        self,
        column: str,
        *,
        kinds: Sequence[str] = (),
        on: dt.date | None = None,
        required: bool = True,
    ) -> int | None:
        name = self.text(column, required=required)
        if name is None:
            return None
        return self.resolve(column, lambda: self.lookups.places.find(name, kinds=kinds, on=on))

    def organization(self, column: str, *, required: bool = True) -> int | None:
        name = self.text(column, required=required)
        if name is None:
            return None
        return self.resolve(column, lambda: self.lookups.organizations.find(name))

    def country(self, column: str, *, required: bool = False) -> str | None:
        name = self.text(column, required=required)
        if name is None:
            return None
        return self.resolve(column, lambda: self.lookups.country_code(name))

    def resolve(self, column: str, find: Callable[[], T]) -> T | None:
        try:
            return find()
        except UserError as exc:
            self.fail(column, str(exc))
            return None


def _not_date() -> dt.date:
    raise ValueError("not YYYY-MM-DD")


def parse_number(value: Cell) -> float:
    """A number from a cell: 1500, 1500.5, "1,500", "1 500"; Invalid otherwise."""
    if isinstance(value, bool | dt.date):
        raise Invalid(f"{value!r} is not a number")
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = str(value).strip().replace("\u00a0", "").replace(" ", "")
        if _THOUSANDS.match(text):
            text = text.replace(",", "")
        try:
            number = float(text)
        except ValueError:
            raise Invalid(f"{value!r} is not a number") from None
    if not math.isfinite(number):
        raise Invalid(f"{value!r} is not a number")
    return number
