"""Observations: sourced figures, from candidate to accepted or rejected."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoinhap.db.schema import APPROX, STATUSES, UNITS, Observation, utcnow
from hoinhap.errors import Conflict, NotFound, UserError
from hoinhap.registry.metrics import get_metric, units_for
from hoinhap.registry.periods import Period, parse_period


def observation_key(
    *, place_id: int, metric_key: str, unit: str, period: str | None, value: float, source_id: int
) -> str:
    """What makes two figures the same figure: the same value for the same thing, same source."""
    basis = f"{place_id}|{metric_key}|{unit}|{period or ''}|{value!r}|{source_id}"
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:32]


def validate_figure(
    session: Session, metric_key: str, unit: str, value: float, approx: str
) -> None:
    """Raise UserError unless unit, value and approx suit the metric."""
    metric = get_metric(session, metric_key)
    if unit not in UNITS:
        raise UserError(f"Unit {unit!r} is not one of {', '.join(UNITS)}")
    if unit not in units_for(metric):
        raise UserError(f"Metric {metric_key} takes {' or '.join(units_for(metric))}, not {unit}")
    if value < 0:
        raise UserError(f"A figure cannot be negative ({value:g})")
    if approx not in APPROX:
        raise UserError(f"Approximation {approx!r} is not one of {', '.join(APPROX)}")


def create_observation(
    session: Session,
    *,
    place_id: int,
    metric_key: str,
    value: float,
    unit: str,
    source_id: int,
    period: str | None = None,
    approx: str = "exact",
    quote: str | None = None,
    status: str = "candidate",
) -> Observation:
    """Store a figure (once: the same figure from the same source is found, not duplicated)."""
    validate_figure(session, metric_key, unit, value, approx)
    if status not in STATUSES:
        raise UserError(f"Status {status!r} is not one of {', '.join(STATUSES)}")
    span = parse_period(period) if period else None
    label = span.label if span else None
    key = observation_key(
        place_id=place_id,
        metric_key=metric_key,
        unit=unit,
        period=label,
        value=float(value),
        source_id=source_id,
    )
    found = session.scalar(select(Observation).where(Observation.key == key))
    if found is not None:
        return found
    actor = str(session.info.get("actor", "unknown"))
    observation = Observation(
        key=key,
        place_id=place_id,
        metric_key=metric_key,
        value=float(value),
        unit=unit,
        approx=approx,
        period=label,
        period_start=span.start if span else None,
        period_end=span.end if span else None,
        source_id=source_id,
        quote=quote,
        status=status,
        entered_by=actor,
    )
    if status == "accepted":
        observation.accepted_by = actor
        observation.accepted_at = utcnow()
    session.add(observation)
    session.flush()
    return observation


# --- Review ----------------------------------------------------------------------------

CONFLICT_TOLERANCE = 0.005


def get_observation(session: Session, observation_id: int) -> Observation:
    observation = session.get(Observation, observation_id)
    if observation is None:
        raise NotFound(f"No observation with id {observation_id}")
    return observation


def list_observations(
    session: Session,
    *,
    place_id: int | None = None,
    status: str | None = None,
    metric: str | None = None,
) -> Sequence[Observation]:
    """Observations, oldest first, optionally of one place, status or metric."""
    if status is not None and status not in STATUSES:
        raise UserError(f"Status {status!r} is not one of {', '.join(STATUSES)}")
    query = select(Observation).order_by(Observation.id)
    if place_id is not None:
        query = query.where(Observation.place_id == place_id)
    if status is not None:
        query = query.where(Observation.status == status)
    if metric is not None:
        query = query.where(Observation.metric_key == metric)
    return session.scalars(query).all()


def accept_observation(
    session: Session,
    observation_id: int,
    *,
    value: float | None = None,
    unit: str | None = None,
    approx: str | None = None,
    period: str | None = None,
    quote: str | None = None,
    note: str | None = None,
) -> Observation:
    """Accept a candidate (or earlier rejected) figure, correcting what the reviewer gives.

    The key stays the one the figure was first stored under, so loading the same
    statement again finds the reviewed row. The session's actor is recorded as accepting
    it; the history hook records every changed column.
    """
    observation = get_observation(session, observation_id)
    if observation.status == "accepted":
        raise Conflict(f"Observation {observation_id} is already accepted")
    _apply_edits(session, observation, value=value, unit=unit, approx=approx, period=period)
    if quote is not None:
        observation.quote = quote
    observation.status = "accepted"
    observation.accepted_by = str(session.info.get("actor", "unknown"))
    observation.accepted_at = utcnow()
    observation.review_note = note
    session.flush()
    return observation


def _apply_edits(
    session: Session,
    observation: Observation,
    *,
    value: float | None,
    unit: str | None,
    approx: str | None,
    period: str | None,
) -> None:
    new_value = observation.value if value is None else float(value)
    new_unit = unit or observation.unit
    new_approx = approx or observation.approx
    validate_figure(session, observation.metric_key, new_unit, new_value, new_approx)
    observation.value, observation.unit, observation.approx = new_value, new_unit, new_approx
    if period is not None:
        span = parse_period(period)
        observation.period = span.label
        observation.period_start, observation.period_end = span.start, span.end


def reject_observation(session: Session, observation_id: int, reason: str) -> Observation:
    """Reject a figure, saying why; a rejected figure is never shown in stats or reports."""
    if not reason.strip():
        raise UserError("A rejection needs a reason")
    observation = get_observation(session, observation_id)
    if observation.status == "rejected":
        raise Conflict(f"Observation {observation_id} is already rejected")
    observation.status = "rejected"
    observation.accepted_by = None
    observation.accepted_at = None
    observation.review_note = reason.strip()
    session.flush()
    return observation


# --- Conflicts -------------------------------------------------------------------------


def values_conflict(values: Iterable[float]) -> bool:
    """True when the largest and smallest of `values` differ by more than 0.5%."""
    spread = list(values)
    if len(spread) < 2:
        return False
    low, high = min(spread), max(spread)
    return high - low > CONFLICT_TOLERANCE * max(abs(high), abs(low))


@dataclass(frozen=True)
class ConflictingFigures:
    """Figures for the same place, metric, unit and period that disagree."""

    place_id: int
    metric_key: str
    unit: str
    period: str | None
    observations: tuple[Observation, ...]


def find_conflicts(
    session: Session, place_ids: Iterable[int], metric: str, period: Period | None = None
) -> list[ConflictingFigures]:
    """Groups of candidate or accepted figures (within `period`) that differ beyond 0.5%."""
    query = (
        select(Observation)
        .where(
            Observation.place_id.in_(list(place_ids)),
            Observation.metric_key == metric,
            Observation.status != "rejected",
        )
        .order_by(Observation.id)
    )
    if period is not None:
        query = query.where(
            Observation.period_start >= period.start, Observation.period_end <= period.end
        )
    groups: dict[tuple[int, str, str | None], list[Observation]] = defaultdict(list)
    for observation in session.scalars(query):
        groups[(observation.place_id, observation.unit, observation.period)].append(observation)
    return [
        ConflictingFigures(place_id, metric, unit, label, tuple(found))
        for (place_id, unit, label), found in groups.items()
        if values_conflict(o.value for o in found)
    ]
