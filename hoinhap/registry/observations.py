"""Observations: sourced figures, from candidate to accepted or rejected."""

from __future__ import annotations

import hashlib

from sqlalchemy.orm import Session

from hoinhap.db.schema import APPROX, UNITS, Observation
from hoinhap.errors import UserError
from hoinhap.registry.metrics import get_metric, units_for
from hoinhap.registry.periods import parse_period


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
    found = session.query(Observation).filter_by(key=key).one_or_none()
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
        from hoinhap.db.schema import utcnow

        observation.accepted_by = actor
        observation.accepted_at = utcnow()
    session.add(observation)
    session.flush()
    return observation
