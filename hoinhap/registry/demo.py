"""The demo dataset: real, sourced figures and cooperation records shipped in data/demo/.

One CSV per kind, in the import file format, loaded in dependency order in the caller's
transaction. Loading is idempotent: a second load finds every row unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hoinhap.registry.importing import ImportReport, find_kind, import_file
from hoinhap.registry.periods import parse_period
from hoinhap.registry.places import find_place
from hoinhap.registry.stats import PlaceStats, place_stats

DEMO_KINDS = (
    "places",
    "organizations",
    "people",
    "positions",
    "partnerships",
    "delegations",
    "agreements",
    "activities",
    "events",
    "projects",
    "memberships",
    "awards",
    "plans",
    "targets",
    "observations",
)
DEMO_PLACE = "Da Nang"
DEMO_PERIOD = "2021-2025"


@dataclass(frozen=True)
class DemoReport:
    """What loading the demo dataset did, one import report per kind."""

    reports: tuple[ImportReport, ...]

    @property
    def rows(self) -> int:
        return sum(r.rows for r in self.reports)

    @property
    def created(self) -> int:
        return sum(r.created for r in self.reports)

    @property
    def updated(self) -> int:
        return sum(r.updated for r in self.reports)

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated)


def demo_files() -> Iterator[tuple[str, Path]]:
    """(kind, path) of each shipped demo file, in the order they must be loaded."""
    folder = resources.files("hoinhap.data").joinpath("demo")
    with ExitStack() as stack:
        for kind in DEMO_KINDS:
            path = stack.enter_context(resources.as_file(folder.joinpath(f"{kind}.csv")))
            yield kind, path


def load_demo(session: Session) -> DemoReport:
    """Import every demo file into the session's transaction (nothing is committed here)."""
    reports = [import_file(session, path, kind=kind) for kind, path in demo_files()]
    return DemoReport(tuple(reports))


def count_rows(session: Session, kind: str) -> int:
    """How many rows of `kind` the database holds."""
    table = find_kind(kind).table
    return int(session.scalar(select(func.count()).select_from(table)) or 0)


def demo_stats(session: Session, *, with_merged: bool = True) -> PlaceStats:
    """Da Nang's accepted figures for 2021-2025, the demo's headline."""
    span = parse_period(DEMO_PERIOD)
    place = find_place(session, DEMO_PLACE, on=span.end)
    return place_stats(session, place, period=span, with_merged=with_merged)
