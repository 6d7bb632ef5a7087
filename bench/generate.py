"""Realistic generated figures: provinces, shipped metrics, periods, ~1,000 source URLs."""

from __future__ import annotations

import csv
import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

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
