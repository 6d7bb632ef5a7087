"""Metrics: the vocabulary of figures, shipped in data/metrics.yaml."""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from hoinhap.db.schema import Metric
from hoinhap.errors import NotFound

MONEY_UNITS = ("USD", "VND")


def shipped_metrics() -> list[dict[str, Any]]:
    """The metric definitions shipped with hoinhap."""
    text = resources.files("hoinhap.data").joinpath("metrics.yaml").read_text("utf-8")
    rows: list[dict[str, Any]] = yaml.safe_load(text)
    return rows


def seed_metrics(session: Session) -> int:
    """Add the shipped metrics missing from the database; returns how many were added."""
    known = set(session.scalars(select(Metric.key)))
    added = [Metric(**row) for row in shipped_metrics() if row["key"] not in known]
    session.add_all(added)
    session.flush()
    return len(added)


def get_metric(session: Session, key: str) -> Metric:
    metric = session.get(Metric, key)
    if metric is None:
        raise NotFound(f"Unknown metric {key!r}")
    return metric


def units_for(metric: Metric) -> tuple[str, ...]:
    """The units a figure of `metric` may carry."""
    if metric.kind == "money":
        return MONEY_UNITS
    return (metric.kind,)
