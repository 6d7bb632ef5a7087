"""Stats benchmark: `place_stats` latency for one place over many stored observations.

Two datasets, each loaded into a fresh database:

- `realistic`, the one the goal (p95 < 50 ms) applies to: a registry fed by intake. Most
  stored figures are candidates (~70%) or rejected (~10%); ~20% are accepted. Each fact
  (place, metric, unit, period) is reported by one to six sources, mostly with the same
  value, so a place holds a handful of accepted figures per metric and period. Spread over
  every Vietnamese province (former and current), all shipped metrics, periods 2000-2025
  (years, halves, quarters, multi-year spans); one source (article) per ~8 figures, each
  about one province; each figure with its quote.
- `dense`, a stress case: every observation accepted, 10 metrics, periods 2010-2024, no
  quotes, so the call returns thousands of figures.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, text

from bench.databases import Backend, scratch_url
from bench.generate import RegistryPlace, metrics, periods, registry_observations
from hoinhap.db.engine import make_engine, make_sessionmaker
from hoinhap.db.schema import Metric, Observation, Place, Source
from hoinhap.registry.periods import Period, parse_period
from hoinhap.registry.places import find_place
from hoinhap.registry.reference import prepare_database
from hoinhap.registry.stats import place_stats

CHUNK = 20_000
DATASETS = ("realistic", "dense")
DENSE_METRICS = 10
FIGURES_PER_SOURCE = 8
STATS_METRIC = "agreements_signed"
MOMENT = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class StatsFigures:
    dataset: str
    backend: str
    observations: int
    accepted: int
    load_seconds: float
    calls: int
    figures_shown: int
    sources_shown: int
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
            "publisher": "Bench Daily",
            "published_on": dt.date(2015, 1, 1) + dt.timedelta(days=n % 3650),
            "created_by": "bench",
        }
        for n in range(count)
    ]
    for start in range(0, count, CHUNK):
        conn.execute(insert(Source), rows[start : start + CHUNK])
    query = select(Source.id).where(Source.key.like("bench-source-%")).order_by(Source.id)
    return list(conn.scalars(query))


def _provinces(conn: Connection) -> list[RegistryPlace]:
    query = (
        select(Place.id, Place.valid_from, Place.valid_to)
        .where(Place.country_code == "VN", Place.kind.in_(("province", "city")))
        .order_by(Place.key)
    )
    return [RegistryPlace(*row) for row in conn.execute(query)]


def _metric_units(conn: Connection) -> list[tuple[str, str]]:
    rows = conn.execute(select(Metric.key, Metric.kind).order_by(Metric.key)).all()
    return [(key, "USD" if kind == "money" else kind) for key, kind in rows][:DENSE_METRICS]


def dense_values(conn: Connection, count: int, seed: int = 11) -> Iterator[dict[str, Any]]:
    """`count` accepted observations spread over every province, 10 metrics and periods."""
    rng = random.Random(seed)
    sources = _insert_sources(conn, 1000)
    places = _provinces(conn)
    units = _metric_units(conn)
    spans = [parse_period(label) for label in periods()]
    for n in range(count):
        place = rng.choice(places)
        span = rng.choice(spans)
        if place.valid_to is not None and span.end > place.valid_to:
            span = spans[0]
        metric, unit = rng.choice(units)
        yield {
            "place_id": place.id,
            "metric_key": metric,
            "value": float(1 + n % 9973),
            "unit": unit,
            "approx": "exact",
            "period": span.label,
            "source_id": rng.choice(sources),
            "quote": None,
            "status": "accepted",
        }


def realistic_values(conn: Connection, count: int) -> Iterator[dict[str, Any]]:
    """`count` observations as intake leaves them (see the module docstring)."""
    sources = _insert_sources(conn, max(count // FIGURES_PER_SOURCE, 100))
    return registry_observations(_provinces(conn), metrics(), sources, count)


def _complete(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Rows with their key, period dates and bookkeeping columns."""
    spans: dict[str, Period] = {}
    for n, row in enumerate(rows):
        span = spans.get(row["period"])
        if span is None:
            span = spans[row["period"]] = parse_period(row["period"])
        accepted = row["status"] == "accepted"
        yield row | {
            "key": f"bench{n:027d}",
            "period_start": span.start,
            "period_end": span.end,
            "entered_by": "bench",
            "entered_at": MOMENT,
            "accepted_by": "bench" if accepted else None,
            "accepted_at": MOMENT if accepted else None,
        }


def load_observations(engine: Engine, count: int, dataset: str = "realistic") -> float:
    """Insert `count` observations of `dataset` with Core executemany; the seconds it took."""
    started = time.perf_counter()
    with engine.begin() as conn:
        values = (
            realistic_values(conn, count) if dataset == "realistic" else dense_values(conn, count)
        )
        chunk: list[dict[str, Any]] = []
        for row in _complete(values):
            chunk.append(row)
            if len(chunk) == CHUNK:
                conn.execute(insert(Observation), chunk)
                chunk = []
        if chunk:
            conn.execute(insert(Observation), chunk)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("ANALYZE"))
    return time.perf_counter() - started


def count_accepted(engine: Engine) -> int:
    with engine.connect() as conn:
        query = select(func.count()).where(Observation.status == "accepted")
        return int(conn.scalar(query) or 0)


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile of `values` (share 0.95 for p95)."""
    ordered = sorted(values)
    rank = max(1, round(share * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


@dataclass(frozen=True)
class Timed:
    timings: list[float]
    figures: int
    sources: int


def time_place_stats(
    engine: Engine, place: str, period: str, calls: int, metric: str | None = None
) -> Timed:
    """Latencies (ms) of `calls` place_stats calls after one warm-up, and what was shown."""
    span = parse_period(period)
    with make_sessionmaker(engine)() as session:
        target = find_place(session, place)
        result = place_stats(session, target, period=span, with_merged=True, metric=metric)
        timings = []
        for _ in range(calls):
            started = time.perf_counter()
            place_stats(session, target, period=span, with_merged=True, metric=metric)
            timings.append((time.perf_counter() - started) * 1000)
    figures = [f for m in result.metrics for f in m.figures]
    return Timed(timings, len(figures), sum(len(f.citations) for f in figures))


def bench_stats(
    backend: Backend,
    observations: int,
    calls: int,
    dataset: str = "realistic",
    place: str = "Da Nang",
    period: str = "2021-2024",
) -> StatsFigures:
    """Load `observations` of `dataset` into a fresh database and time place_stats for
    `place` over `period`, with merged places (all metrics, then one)."""
    with scratch_url(backend, f"stats_{dataset}") as url:
        engine = make_engine(url)
        try:
            prepare_database(engine)
            load = load_observations(engine, observations, dataset)
            accepted = count_accepted(engine)
            every = time_place_stats(engine, place, period, calls)
            one = time_place_stats(engine, place, period, calls, STATS_METRIC)
        finally:
            engine.dispose()
    return StatsFigures(
        dataset, backend.name, observations, accepted, load, calls, every.figures,
        every.sources, statistics.median(every.timings), percentile(every.timings, 0.95),
        statistics.median(one.timings), percentile(one.timings, 0.95),
    )  # fmt: skip
