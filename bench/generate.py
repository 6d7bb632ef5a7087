"""Generated figures for the benchmarks.

`observation_rows`: a CSV of distinct, valid observations to import (provinces, shipped
metrics, periods, ~1,000 source URLs). `registry_observations`: what a registry fed by
intake holds, for the stats benchmark (mostly candidates; each fact from several sources).
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hoinhap.registry.metrics import shipped_metrics
from hoinhap.registry.periods import parse_period
from hoinhap.registry.placedata import vietnam_provinces

COLUMNS = (
    "place",
    "metric",
    "value",
    "unit",
    "approx",
    "period",
    "quote",
    "status",
    "source_url",
    "source_title",
    "source_publisher",
    "source_published_on",
    "source_language",
)
PUBLISHERS = ("VietnamPlus", "Viet Nam News", "Nhan Dan", "Da Nang Today", "Vietnam.vn")
LANGUAGES = ("vi", "en", "fr", "ar", "id", "de", "fa")
APPROX = ("exact", "exact", "over", "about", "under")


@dataclass(frozen=True)
class Province:
    name: str
    valid_to: dt.date | None


def provinces() -> list[Province]:
    """The Vietnamese provinces and cities, merged ones included."""
    return [Province(p.name, p.valid_to) for p in vietnam_provinces()]


def periods() -> list[str]:
    """Years, spans, halves, quarters and months from 2010 to 2024."""
    labels: list[str] = []
    for year in range(2010, 2025):
        labels.append(str(year))
        labels += [
            f"{year}-H1",
            f"{year}-H2",
            f"{year}-Q{year % 4 + 1}",
            f"{year}-{year % 12 + 1:02d}",
        ]
    labels += ["2011-2015", "2016-2020", "2021-2024", "2019-2021", "2016-2018"]
    return labels


def metrics() -> list[tuple[str, str]]:
    """(metric, unit) pairs from the shipped vocabulary."""
    pairs: list[tuple[str, str]] = []
    for row in shipped_metrics():
        units = ("USD", "VND") if row["kind"] == "money" else (row["kind"],)
        pairs += [(row["key"], unit) for unit in units]
    return pairs


def _sources(count: int, rng: random.Random) -> list[tuple[str, str, str, str, str]]:
    sources = []
    for n in range(count):
        day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
        sources.append(
            (
                f"https://news.example.vn/{day:%Y/%m}/article-{n}.html",
                f"Foreign affairs report {n}",
                rng.choice(PUBLISHERS),
                day.isoformat(),
                rng.choice(LANGUAGES),
            )
        )
    return sources


def observation_rows(count: int, *, seed: int = 7, sources: int = 1000) -> Iterator[list[str]]:
    """`count` distinct, valid observation rows (values grow with the row number)."""
    rng = random.Random(seed)
    places = provinces()
    spans = {label: parse_period(label) for label in periods()}
    pairs = metrics()
    refs = _sources(sources, rng)
    for n in range(count):
        place = rng.choice(places)
        label = rng.choice(list(spans))
        if place.valid_to is not None and spans[label].end > place.valid_to:
            label = "2016-2020"
        metric, unit = rng.choice(pairs)
        value = 1000 + n if unit == "count" else (n + 1) * 1_000_000
        quote = f"{value:,} {metric.replace('_', ' ')} in {label}"
        yield [
            place.name,
            metric,
            str(value),
            unit,
            rng.choice(APPROX),
            label,
            quote,
            "accepted",
            *rng.choice(refs),
        ]


def write_observations_csv(path: Path, count: int, *, seed: int = 7) -> Path:
    """Write `count` generated observations to a CSV file at `path`."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        writer.writerows(observation_rows(count, seed=seed))
    return path


# --- A registry fed by intake: mostly candidates, a few accepted figures per fact ------

STATUSES = (("candidate", 70), ("rejected", 10), ("accepted", 20))
PERIOD_KINDS = (("year", 45), ("half", 15), ("quarter", 25), ("span", 15))
SPANS = (
    "2001-2005", "2006-2010", "2011-2015", "2016-2020", "2021-2025",
    "2016-2019", "2019-2021", "2020-2022", "2021-2024", "2023-2024",
)  # fmt: skip
REPORTS = ((1, 25), (2, 25), (3, 20), (4, 15), (5, 10), (6, 5))


@dataclass(frozen=True)
class RegistryPlace:
    """A place's id and the days it existed (periods must lie within them)."""

    id: int
    valid_from: dt.date | None
    valid_to: dt.date | None


def registry_periods() -> dict[str, list[str]]:
    """Period labels from 2000 to 2025 by kind: years, halves, quarters and multi-year spans."""
    years = range(2000, 2026)
    return {
        "year": [str(year) for year in years],
        "half": [f"{year}-H{half}" for year in years for half in (1, 2)],
        "quarter": [f"{year}-Q{quarter}" for year in years for quarter in (1, 2, 3, 4)],
        "span": list(SPANS),
    }


def _periods_of(place: RegistryPlace) -> tuple[tuple[list[str], int], ...]:
    """Per period kind, the labels lying within the days `place` existed and the weight."""
    first, last = place.valid_from or dt.date.min, place.valid_to or dt.date.max
    labels = registry_periods()
    kept = []
    for kind, weight in PERIOD_KINDS:
        spans = [parse_period(label) for label in labels[kind]]
        within = [s.label for s in spans if first <= s.start and s.end <= last]
        if within:
            kept.append((within, weight))
    return tuple(kept)


def _weighted(rng: random.Random, choices: tuple[tuple[Any, int], ...]) -> Any:
    return rng.choices([c for c, _ in choices], weights=[w for _, w in choices])[0]


def _true_value(rng: random.Random, unit: str) -> float:
    if unit == "USD":
        return float(rng.randrange(1, 2000) * 1_000_000)
    if unit == "VND":
        return float(rng.randrange(1, 50_000) * 1_000_000_000)
    return float(rng.randrange(1, 3000))


def _reported(rng: random.Random, value: float, approx: str) -> tuple[float, str]:
    """What one source says: mostly the same figure, at times vaguer or different."""
    draw = rng.random()
    if draw < 0.80:
        return value, approx
    if draw < 0.92:
        return value, rng.choice(("over", "about"))
    return float(round(value * rng.uniform(0.9, 1.1))), approx


def _quote(metric: str, unit: str, value: float, approx: str, label: str) -> str:
    amount = f"{'' if approx == 'exact' else approx + ' '}{value:,.0f}"
    amount += "" if unit == "count" else f" {unit}"
    return f"In {label} the province reported {amount} ({metric.replace('_', ' ')})."


def registry_observations(
    places: list[RegistryPlace],
    metrics: list[tuple[str, str]],
    sources: list[int],
    count: int,
    *,
    seed: int = 13,
) -> Iterator[dict[str, Any]]:
    """`count` observations as intake leaves them: facts (place, metric, unit, period), each
    reported by one to six sources, mostly with the same value; ~70% candidate, ~10%
    rejected, ~20% accepted. Each source (an article) is about one place: the sources are
    dealt out to the places in turn. Yields column values without `key` and bookkeeping
    columns."""
    rng = random.Random(seed)
    periods = {place.id: _periods_of(place) for place in places}
    articles = {place.id: sources[n :: len(places)] for n, place in enumerate(places)}
    facts: dict[tuple[int, str, str, str], tuple[float, str]] = {}
    made = 0
    while made < count:
        place = rng.choice(places)
        metric, unit = rng.choice(metrics)
        label = rng.choice(_weighted(rng, periods[place.id]))
        fact = (place.id, metric, unit, label)
        if fact not in facts:
            facts[fact] = (_true_value(rng, unit), rng.choice(APPROX))
        pool = articles[place.id]
        for source_id in rng.sample(pool, min(_weighted(rng, REPORTS), count - made, len(pool))):
            value, approx = _reported(rng, *facts[fact])
            yield {
                "place_id": place.id,
                "metric_key": metric,
                "unit": unit,
                "period": label,
                "value": value,
                "approx": approx,
                "source_id": source_id,
                "status": _weighted(rng, STATUSES),
                "quote": _quote(metric, unit, value, approx, label),
            }
            made += 1
