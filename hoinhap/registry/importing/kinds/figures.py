"""Observations (sourced figures), plans and the targets they set."""

from __future__ import annotations

import difflib
from functools import lru_cache
from typing import Any

from hoinhap.db.schema import APPROX, STATUSES, UNITS, Observation, Plan, Target
from hoinhap.errors import UserError
from hoinhap.registry.importing.cells import Cells
from hoinhap.registry.importing.sources import source_identity
from hoinhap.registry.importing.spec import KindSpec, Read
from hoinhap.registry.metrics import MONEY_UNITS
from hoinhap.registry.observations import observation_key
from hoinhap.registry.periods import Period, parse_period
from hoinhap.registry.plans import plan_key

cached_period = lru_cache(maxsize=4096)(parse_period)


def read_period(cells: Cells, *, required: bool = False) -> Period | None:
    label = cells.text("period", required=required)
    if label is None:
        return None
    try:
        return cached_period(label)
    except UserError as exc:
        cells.fail("period", str(exc))
        return None


def read_metric(cells: Cells) -> str | None:
    key = cells.text("metric", required=True)
    if key is None:
        return None
    metrics = cells.lookups.metrics
    if key not in metrics:
        close = difflib.get_close_matches(key, list(metrics), n=1, cutoff=0.7)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        cells.fail("metric", f"unknown metric {key!r}{hint}")
        return None
    return key


def read_unit(cells: Cells, metric: str | None) -> str | None:
    unit = cells.text("unit", required=True)
    if unit is None:
        return None
    found = next((u for u in UNITS if u.lower() == unit.lower()), None)
    if found is None:
        cells.fail("unit", f"{unit!r} is not one of {', '.join(UNITS)}")
        return None
    kind = cells.lookups.metrics.get(metric or "")
    if kind is None:
        return found
    allowed = MONEY_UNITS if kind == "money" else (kind,)
    if found not in allowed:
        cells.fail("unit", f"metric {metric} takes {' or '.join(allowed)}, not {found}")
        return None
    return found


def _figure(cells: Cells) -> dict[str, Any]:
    metric = read_metric(cells)
    period = read_period(cells)
    return {
        "place_id": cells.place("place", on=period.end if period else None),
        "metric_key": metric,
        "value": cells.number("value", required=True, what="a figure"),
        "unit": read_unit(cells, metric),
        "period": period.label if period else None,
        "period_start": period.start if period else None,
        "period_end": period.end if period else None,
        "quote": cells.text("quote"),
    }


def read_observation(cells: Cells) -> Read | None:
    values = _figure(cells)
    status = cells.choice("status", STATUSES, default="accepted")
    actor, now = cells.lookups.actor, cells.lookups.now
    values |= {
        "approx": cells.choice("approx", APPROX, default="exact"),
        "status": status,
        "entered_by": actor,
        "entered_at": now,
        "accepted_by": actor if status == "accepted" else None,
        "accepted_at": now if status == "accepted" else None,
    }
    identity = tuple(values[c] for c in ("place_id", "metric_key", "unit", "period", "value"))
    return Read(values, (*identity, source_identity(cells)))


def finish_observation(values: dict[str, Any]) -> None:
    values["key"] = observation_key(
        place_id=values["place_id"],
        metric_key=values["metric_key"],
        unit=values["unit"],
        period=values["period"],
        value=float(values["value"]),
        source_id=values["source_id"],
    )


def read_plan(cells: Cells) -> Read | None:
    title = cells.text("title", required=True)
    code = cells.text("code")
    period = read_period(cells)
    values = {
        "key": cells.text("key") or plan_key(code, title or ""),
        "code": code,
        "title": title,
        "place_id": cells.place("place", required=False),
        "issued_on": cells.date("issued_on"),
        "period_start": period.start if period else None,
        "period_end": period.end if period else None,
        "goals": cells.text("goals"),
        "task_groups": cells.text("task_groups"),
        "breakthroughs": cells.text("breakthroughs"),
    }
    return Read(values, (values["key"],))


def read_target(cells: Cells) -> Read | None:
    plan = cells.text("plan", required=True)
    plan_id = cells.lookups.plans.get(plan or "")
    if plan is not None and plan_id is None:
        cells.fail("plan", f"unknown plan {plan!r} (give its key or code)")
    values = {"plan_id": plan_id, **_figure(cells)}
    identity = ("plan_id", "place_id", "metric_key", "unit", "period")
    return Read(values, tuple(values[c] for c in identity))


SPECS = (
    KindSpec(
        "observations",
        Observation.__table__,  # type: ignore[arg-type]
        ("place", "metric", "value", "unit", "approx", "period", "quote", "status"),
        ("place", "metric", "value", "unit"),
        read_observation,
        create_only=("entered_by", "entered_at", "accepted_by", "accepted_at"),
        finish=finish_observation,
    ),
    KindSpec(
        "plans",
        Plan.__table__,  # type: ignore[arg-type]
        (
            "key",
            "code",
            "title",
            "place",
            "issued_on",
            "period",
            "goals",
            "task_groups",
            "breakthroughs",
        ),
        ("title",),
        read_plan,
    ),
    KindSpec(
        "targets",
        Target.__table__,  # type: ignore[arg-type]
        ("plan", "metric", "place", "value", "unit", "period", "quote"),
        ("plan", "place", "metric", "value", "unit"),
        read_target,
        match_on=("plan_id", "place_id", "metric_key", "unit", "period"),
    ),
)
