"""Stats benchmark: `place_stats` latency for one place over many stored observations."""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, text

from bench.databases import Backend, scratch_url
from bench.generate import periods
from hoinhap.db.engine import make_engine, make_sessionmaker
from hoinhap.db.schema import Metric, Observation, Place, Source
from hoinhap.registry.periods import parse_period
from hoinhap.registry.places import find_place
from hoinhap.registry.reference import prepare_database
from hoinhap.registry.stats import place_stats

CHUNK = 20_000
METRICS = 10
STATS_METRIC = "agreements_signed"
MOMENT = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class StatsFigures:
    backend: str
    observations: int
    load_seconds: float
    calls: int
    figures_shown: int
    median_ms: float
    p95_ms: float
    metric_median_ms: float
    metric_p95_ms: float


def _insert_sources(conn: Connection, count: int) -> list[int]:
    rows = [
        {
            "key": f"bench-source-{n}",
            "title": f"Foreign affairs report {n}",
            "url": f"https://news.example.vn/report-{n}.html",
            "created_by": "bench",
        }
        for n in range(count)
    ]
    conn.execute(insert(Source), rows)
    return list(conn.scalars(select(Source.id).where(Source.key.like("bench-source-%"))))


def _provinces(conn: Connection) -> list[tuple[int, dt.date | None]]:
    query = select(Place.id, Place.valid_to).where(
        Place.country_code == "VN", Place.kind.in_(("province", "city"))
    )
    return [(row.id, row.valid_to) for row in conn.execute(query)]


def _metric_units(conn: Connection) -> list[tuple[str, str]]:
    rows = conn.execute(select(Metric.key, Metric.kind).order_by(Metric.key)).all()
    return [(key, "USD" if kind == "money" else kind) for key, kind in rows][:METRICS]


def observation_values(conn: Connection, count: int, seed: int = 11) -> Iterator[dict[str, Any]]:
    """`count` accepted observations spread over every province, metric and period."""
    rng = random.Random(seed)
    sources = _insert_sources(conn, 1000)
    places = _provinces(conn)
    metrics = _metric_units(conn)
    spans = [parse_period(label) for label in periods()]
    for n in range(count):
        place_id, valid_to = rng.choice(places)
        span = rng.choice(spans)
        if valid_to is not None and span.end > valid_to:
            span = spans[0]
        metric, unit = rng.choice(metrics)
        yield {
            "key": f"bench{n:027d}",
            "place_id": place_id,
            "metric_key": metric,
            "value": float(1 + n % 9973),
            "unit": unit,
            "approx": "exact",
            "period": span.label,
            "period_start": span.start,
            "period_end": span.end,
            "source_id": rng.choice(sources),
            "quote": None,
            "status": "accepted",
            "entered_by": "bench",
            "entered_at": MOMENT,
            "accepted_by": "bench",
            "accepted_at": MOMENT,
        }


def load_observations(engine: Engine, count: int) -> float:
    """Insert `count` observations with Core executemany; the seconds it took."""
    started = time.perf_counter()
    with engine.begin() as conn:
        chunk: list[dict[str, Any]] = []
        for values in observation_values(conn, count):
            chunk.append(values)
            if len(chunk) == CHUNK:
                conn.execute(insert(Observation), chunk)
                chunk = []
        if chunk:
            conn.execute(insert(Observation), chunk)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("ANALYZE"))
    return time.perf_counter() - started


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile of `values` (share 0.95 for p95)."""
    ordered = sorted(values)
    rank = max(1, round(share * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def time_place_stats(
    engine: Engine, place: str, period: str, calls: int, metric: str | None = None
) -> tuple[list[float], int]:
    """Latencies (ms) of `calls` place_stats calls after one warm-up, and figures shown."""
    span = parse_period(period)
    with make_sessionmaker(engine)() as session:
        target = find_place(session, place)
        result = place_stats(session, target, period=span, with_merged=True, metric=metric)
        timings = []
        for _ in range(calls):
            started = time.perf_counter()
            place_stats(session, target, period=span, with_merged=True, metric=metric)
            timings.append((time.perf_counter() - started) * 1000)
    return timings, sum(len(m.figures) for m in result.metrics)


def bench_stats(
    backend: Backend,
    observations: int,
    calls: int,
    place: str = "Da Nang",
    period: str = "2021-2024",
) -> StatsFigures:
    """Load `observations` into a fresh database and time place_stats for `place`."""
    with scratch_url(backend, "stats") as url:
        engine = make_engine(url)
        try:
            prepare_database(engine)
            load = load_observations(engine, observations)
            timings, shown = time_place_stats(engine, place, period, calls)
            one_metric, _ = time_place_stats(engine, place, period, calls, STATS_METRIC)
        finally:
            engine.dispose()
    return StatsFigures(
        backend.name,
        observations,
        load,
        calls,
        shown,
        statistics.median(timings),
        percentile(timings, 0.95),
        statistics.median(one_metric),
        percentile(one_metric, 0.95),
    )
