"""Stats: a place's accepted figures per metric, with their sources, through its lineage.

`place_stats` gathers the figures of a place and of its renamed predecessors (the same
body under an earlier name) and, when asked, of the places merged into it (only figures
whose period ends before the merger). A region sums its member provinces, each period
over the members of that period. Rendering is the interfaces' job.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Row, and_, or_, select
from sqlalchemy.orm import Session

from hoinhap.db.schema import Metric, Observation, Place, Source
from hoinhap.errors import UserError
from hoinhap.registry.observations import values_conflict
from hoinhap.registry.periods import Period, parse_period
from hoinhap.registry.stats_scope import Scope, lineage_scope, region_scope

_Row = Row[*tuple[Any, ...]]
_DAY = dt.timedelta(days=1)
CURRENCY_NOTE = "USD and VND figures are not summed across currencies"
PERCENT_NOTE = "percentages are not added up"


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a figure came from."""

    id: int
    title: str
    url: str | None
    publisher: str | None
    published_on: dt.date | None


@dataclass(frozen=True, slots=True)
class Citation:
    """One source giving a figure: the observation stored from it and the words it used."""

    observation_id: int
    source: SourceRef
    quote: str | None


@dataclass(slots=True)
class Figure:
    """One accepted figure: a value for a place, metric, unit and period, with every source
    that gives it in the same words (`citations`, in the order they were stored; `id` is the
    first observation). `mark` names the place it belongs to when that is not the place
    asked for ("Quang Nam, before 2025-07-01"); `conflict` is set when another source gives
    a value for the same place, metric, unit and period that differs beyond 0.5%."""

    id: int
    place_id: int
    place: str
    metric: str
    value: float
    unit: str
    approx: str
    period: str | None
    period_start: dt.date | None
    period_end: dt.date | None
    citations: list[Citation]
    mark: str | None = None
    conflict: bool = False


@dataclass(frozen=True)
class Total:
    """One metric, unit and period summed over several places; `missing` names the places
    that should be in it but have no figure (regions only)."""

    unit: str
    period: str
    value: float
    approx: str
    places: tuple[str, ...]
    missing: tuple[str, ...] = ()


@dataclass(frozen=True)
class MetricStats:
    metric: str
    label: str
    kind: str
    figures: tuple[Figure, ...]
    totals: tuple[Total, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlaceStats:
    """What `hoinhap stats` shows: per metric the figures, totals and notes."""

    place: str
    period: str | None
    with_merged: bool
    metrics: tuple[MetricStats, ...]
    notes: tuple[str, ...] = ()


def place_stats(
    session: Session,
    place: Place,
    *,
    period: Period | None,
    with_merged: bool,
    metric: str | None = None,
) -> PlaceStats:
    """The accepted figures of `place` (and its lineage) whose period lies within `period`.

    Without a period every accepted figure of the place is shown, those stating no period
    too; with one, figures stating no period are left out and counted in a note.
    """
    if place.kind == "region":
        scope = region_scope(session, place, period)
    else:
        scope = lineage_scope(session, place, period, with_merged=with_merged)
    rows = _load_rows(session, scope, period, metric)
    figures, undated = _keep_figures(rows, scope, period)
    groups: dict[str, list[Figure]] = defaultdict(list)
    for figure in figures:
        groups[figure.metric].append(figure)
    metrics = _load_metrics(session, groups)
    stats = tuple(_metric_stats(metrics[key], groups[key], scope) for key in sorted(groups))
    notes = list(scope.notes)
    if undated:
        plural = "s" if undated != 1 else ""
        notes.append(
            f"{undated} figure{plural} with no stated period left out; "
            "ask without --period to see them"
        )
    return PlaceStats(
        place.name, period.label if period else None, with_merged, stats, tuple(notes)
    )


# --- Loading ---------------------------------------------------------------------------

_COLUMNS = (
    Observation.id, Observation.place_id, Observation.metric_key, Observation.value,
    Observation.unit, Observation.approx, Observation.period, Observation.quote,
    Source.id, Source.title, Source.url, Source.publisher, Source.published_on,
)  # fmt: skip


def _load_rows(
    session: Session, scope: Scope, period: Period | None, metric: str | None
) -> Iterable[_Row]:
    """One query: the accepted figures of every place in scope, with their sources.

    Core rows (no ORM loading cost), streamed in batches so that only the figures built
    from them stay in memory. On PostgreSQL streaming uses a server-side cursor, which also
    keeps the planner from starting parallel workers for a query this small.
    """
    if not scope.by_id:
        return []
    query = (
        select(*_COLUMNS)
        .join(Source, Source.id == Observation.source_id)
        .where(Observation.status == "accepted", or_(*_wanted(scope, period)))
    )
    if metric is not None:
        query = query.where(Observation.metric_key == metric)
    connection = session.connection().execution_options(stream_results=True, yield_per=1000)
    return connection.execute(query)


def _wanted(scope: Scope, period: Period | None) -> list[ColumnElement[bool]]:
    """SQL, one branch per group of places, each a range of ix_observation_place_status (so
    candidate, rejected and out-of-period rows are skipped in the index). A merged place's
    figures count only when their period ends before the merger; with a period, figures
    stating none are fetched for the places not merged, to be counted."""
    by_end: dict[dt.date | None, list[int]] = defaultdict(list)
    for contributor in scope.by_id.values():
        by_end[contributor.before].append(contributor.place_id)
    branches: list[ColumnElement[bool]] = []
    for before, ids in by_end.items():
        where: list[ColumnElement[bool]] = [Observation.place_id.in_(ids)]
        if period is not None:
            last = period.end if before is None else min(period.end, before - _DAY)
            where += [Observation.period_start >= period.start, Observation.period_end <= last]
        elif before is not None:
            where.append(Observation.period_end < before)
        branches.append(and_(*where))
    if period is not None and by_end.get(None):
        undated = and_(Observation.place_id.in_(by_end[None]), Observation.period_start.is_(None))
        branches.append(undated)
    return branches


def _keep_figures(
    rows: Iterable[_Row], scope: Scope, period: Period | None
) -> tuple[list[Figure], int]:
    """The figures to show, and how many were left out for lack of a stated period.

    Rows giving the same value in the same words (place, metric, unit, period, value,
    approx) from several sources make one figure citing each source, oldest entry first.
    """
    sources: dict[int, SourceRef] = {}
    figures: dict[tuple[Any, ...], Figure] = {}
    undated = 0
    for oid, place_id, metric, value, unit, approx, label, quote, *cited in rows:
        if label is None and period is not None:
            undated += 1
            continue
        source = sources.get(cited[0])
        if source is None:
            source = sources[cited[0]] = SourceRef(*cited)
        same = (place_id, metric, unit, label, value, approx)
        found = figures.get(same)
        if found is None:
            who, span = scope.by_id[place_id], _span(label)
            start, end = (span.start, span.end) if span else (None, None)
            found = figures[same] = Figure(
                oid, place_id, who.name, metric, value, unit, approx, label, start, end,
                [], who.mark,
            )  # fmt: skip
        found.citations.append(Citation(oid, source, quote))
    for figure in figures.values():
        if len(figure.citations) > 1:
            figure.citations.sort(key=_observation_id)
            figure.id = figure.citations[0].observation_id
    return list(figures.values()), undated


def _observation_id(citation: Citation) -> int:
    return citation.observation_id


@lru_cache(maxsize=4096)
def _span(label: str | None) -> Period | None:
    try:
        return parse_period(label) if label else None
    except UserError:
        return None


def _load_metrics(session: Session, groups: dict[str, list[Figure]]) -> dict[str, Metric]:
    if not groups:
        return {}
    return {m.key: m for m in session.scalars(select(Metric).where(Metric.key.in_(list(groups))))}


# --- Conflicts and totals --------------------------------------------------------------

_GroupKey = tuple[int, str, str | None]
_MIN = dt.date.min


def _metric_stats(metric: Metric, figures: list[Figure], scope: Scope) -> MetricStats:
    ranks = scope.ranks
    shown = sorted(figures, key=lambda f: _order(f, ranks))
    by_body: dict[_GroupKey, list[Figure]] = defaultdict(list)
    for figure in shown:
        by_body[(scope.by_id[figure.place_id].body, figure.unit, figure.period)].append(figure)
    disputed = {
        key
        for key, found in by_body.items()
        if len(found) > 1 and values_conflict(f.value for f in found)
    }
    for key in disputed:
        for figure in by_body[key]:
            figure.conflict = True
    totals, notes = _totals(metric, by_body, disputed, scope)
    if metric.kind == "money" and len({f.unit for f in figures}) > 1:
        notes.append(CURRENCY_NOTE)
    return MetricStats(
        metric.key, metric.label_en, metric.kind, tuple(shown), tuple(totals), tuple(notes)
    )


def _order(figure: Figure, ranks: dict[int, int]) -> tuple[Any, ...]:
    start, end = figure.period_start, figure.period_end
    return (start is None, start or _MIN, end or _MIN, ranks[figure.place_id], figure.id)


def _totals(
    metric: Metric,
    by_body: dict[_GroupKey, list[Figure]],
    disputed: set[_GroupKey],
    scope: Scope,
) -> tuple[list[Total], list[str]]:
    per_period: dict[tuple[str, str], dict[int, list[Figure]]] = defaultdict(dict)
    for (body, unit, label), found in by_body.items():
        if label is not None:
            per_period[(unit, label)][body] = found
    totals: list[Total] = []
    notes: list[str] = []
    for (unit, label), bodies in sorted(per_period.items(), key=_period_order):
        if len(bodies) < 2:
            continue
        if metric.kind == "percent":
            notes.append(PERCENT_NOTE)
            break
        if any((body, unit, label) in disputed for body in bodies):
            notes.append(f"no total for {label} ({unit}): sources disagree")
            continue
        total = _total(unit, label, bodies, scope)
        if total is not None:
            totals.append(total)
    return totals, notes


def _period_order(item: tuple[tuple[str, str], Any]) -> tuple[dt.date, dt.date, str]:
    (unit, _label), bodies = item
    first = next(iter(bodies.values()))[0]
    return (first.period_start or dt.date.min, first.period_end or dt.date.min, unit)


def _total(unit: str, label: str, bodies: dict[int, list[Figure]], scope: Scope) -> Total | None:
    sample = next(iter(bodies.values()))[0]
    assert sample.period_end is not None
    expected = scope.bodies_on(sample.period_end)
    missing = tuple(scope.name_of(body) for body in expected if body not in bodies)
    counted = {body: found for body, found in bodies.items() if body in expected}
    if (missing and not scope.is_region) or len(counted) < 2:
        return None
    firsts = [min(found, key=lambda f: f.id) for found in counted.values()]
    return Total(
        unit=unit,
        period=label,
        value=sum(f.value for f in firsts),
        approx=combine_approx(f.approx for f in firsts),
        places=tuple(scope.name_of(body) for body in counted),
        missing=missing,
    )


def combine_approx(approxes: Iterable[str]) -> str:
    """How exact a sum is: "over" when every part is exact or a lower bound, and so on."""
    kinds = set(approxes) - {"exact"}
    if not kinds:
        return "exact"
    return kinds.pop() if len(kinds) == 1 and "about" not in kinds else "about"
