"""Periods as the registry writes them: "2021-2025", "2024", "2025-H1", "2024-Q3", "2020-06",
"2025-06-30"; each covers the dates from its first day to its last day."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from hoinhap.errors import UserError

_PATTERNS = (
    (re.compile(r"^(\d{4})$", re.ASCII), "year"),
    (re.compile(r"^(\d{4})\s*[-–—/]\s*(\d{4})$", re.ASCII), "years"),
    (re.compile(r"^(\d{4})-H([12])$", re.IGNORECASE | re.ASCII), "half"),
    (re.compile(r"^(\d{4})-Q([1-4])$", re.IGNORECASE | re.ASCII), "quarter"),
    (re.compile(r"^(\d{4})-(\d{2})$", re.ASCII), "month"),
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})$", re.ASCII), "day"),
)


@dataclass(frozen=True)
class Period:
    """A labelled span of dates, both ends included."""

    label: str
    start: dt.date
    end: dt.date

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end

    def within(self, other: Period) -> bool:
        return other.start <= self.start and self.end <= other.end


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _span(kind: str, parts: tuple[int, ...]) -> tuple[dt.date, dt.date]:
    year = parts[0]
    if kind == "year":
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if kind == "years":
        return dt.date(year, 1, 1), dt.date(parts[1], 12, 31)
    if kind == "half":
        first = 1 + 6 * (parts[1] - 1)
        return dt.date(year, first, 1), _month_end(year, first + 5)
    if kind == "quarter":
        first = 1 + 3 * (parts[1] - 1)
        return dt.date(year, first, 1), _month_end(year, first + 2)
    if kind == "month":
        return dt.date(year, parts[1], 1), _month_end(year, parts[1])
    day = dt.date(year, parts[1], parts[2])
    return day, day


def parse_period(label: str) -> Period:
    """The period a label names; UserError for anything else."""
    text = label.strip()
    for pattern, kind in _PATTERNS:
        match = pattern.match(text)
        if match:
            try:
                start, end = _span(kind, tuple(int(g) for g in match.groups()))
            except ValueError as exc:
                raise UserError(f"{label!r} is not a valid period: {exc}") from exc
            if end < start:
                raise UserError(f"{label!r} is not a valid period: it ends before it starts")
            return Period(_canonical(text, kind, start, end), start, end)
    raise UserError(
        f"{label!r} is not a period (use YYYY, YYYY-YYYY, YYYY-H1, YYYY-Q3, YYYY-MM or YYYY-MM-DD)"
    )


def _canonical(text: str, kind: str, start: dt.date, end: dt.date) -> str:
    if kind == "years":
        return f"{start.year}-{end.year}"
    return text.upper() if kind in ("half", "quarter") else text
