"""Smoke tests: each benchmark runs on tiny sizes and returns figures (no timing asserted)."""

import os
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bench.databases import Backend
from bench.generate import write_observations_csv
from bench.importing import ImportFigures, bench_import
from bench.report import ratio_lines
from bench.stats import bench_stats, percentile
from hoinhap.db.schema import Observation
from hoinhap.registry.importing import import_file
from tests.conftest import SKIP_PG


def test_generated_rows_all_import(session: Session, tmp_path: Path) -> None:
    path = write_observations_csv(tmp_path / "observations.csv", 200)
    report = import_file(session, path)
    stored = session.scalar(select(func.count()).select_from(Observation))
    assert (report.created, stored) == (200, 200)


def test_import_bench_measures_hoinhap_and_sqlite_utils(tmp_path: Path) -> None:
    path = write_observations_csv(tmp_path / "observations.csv", 30)
    figures = bench_import([Backend("sqlite")], path, 30, runs=1)
    assert [(f.tool, f.backend, f.rows) for f in figures][1:] == [
        ("sqlite-utils insert", "sqlite", 30)
    ]
    assert all(f.rows_per_s > 0 and f.peak_rss_mb > 1 for f in figures)


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_stats_bench_times_place_stats(kind: str) -> None:
    admin = os.environ.get("HOINHAP_TEST_DATABASE_URL")
    if kind == "postgresql" and not admin:
        pytest.skip(SKIP_PG)
    figures = bench_stats(Backend(kind, admin if kind == "postgresql" else None), 2000, calls=3)
    assert figures.figures_shown > 0
    assert 0 < figures.median_ms <= figures.p95_ms


def test_percentile_is_nearest_rank() -> None:
    assert percentile([float(n) for n in range(1, 101)], 0.95) == 95.0


def test_ratio_is_hoinhap_rate_over_sqlite_utils_rate() -> None:
    figures = [
        ImportFigures("hoinhap import", "sqlite", 100, 1, 2.0, 100.0),
        ImportFigures("sqlite-utils insert", "sqlite", 100, 1, 1.0, 40.0),
    ]
    assert ratio_lines(figures) == [
        "ratio hoinhap import on sqlite / sqlite-utils: 0.50 (goal >= 0.5)"
    ]
