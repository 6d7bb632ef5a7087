"""Smoke tests: each benchmark runs on tiny sizes and returns figures (no timing asserted)."""

import os
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bench.databases import Backend
from bench.generate import RegistryPlace, metrics, registry_observations, write_observations_csv
from bench.importing import ImportFigures, bench_import
from bench.intake import MAX_BYTES, MIN_BYTES, bench_intake, make_documents
from bench.quality import QualityFigures, bench_quality, weakest_languages
from bench.report import quality_lines, ratio_lines
from bench.stats import bench_stats, percentile
from hoinhap.db.schema import Observation
from hoinhap.intake.scoring import Scores
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
@pytest.mark.parametrize("dataset", ["realistic", "dense"])
def test_stats_bench_times_place_stats(kind: str, dataset: str) -> None:
    admin = os.environ.get("HOINHAP_TEST_DATABASE_URL")
    if kind == "postgresql" and not admin:
        pytest.skip(SKIP_PG)
    backend = Backend(kind, admin if kind == "postgresql" else None)
    figures = bench_stats(backend, 3000, calls=3, dataset=dataset)
    assert figures.sources_shown >= figures.figures_shown > 0
    assert 0 < figures.median_ms <= figures.p95_ms


def test_realistic_stats_data_is_mostly_candidates() -> None:
    places = [RegistryPlace(n, None, None) for n in range(1, 11)]
    rows = list(registry_observations(places, metrics(), list(range(1, 501)), 5000))
    shares = Counter(row["status"] for row in rows)
    assert len(rows) == 5000
    assert shares["candidate"] > shares["accepted"] > shares["rejected"] > 0


def test_realistic_stats_data_repeats_facts_across_sources() -> None:
    places = [RegistryPlace(1, None, None)]
    rows = list(registry_observations(places, metrics(), list(range(1, 501)), 2000))
    facts = Counter((r["metric_key"], r["unit"], r["period"], r["value"]) for r in rows)
    assert max(facts.values()) > 1


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


def test_intake_documents_are_3_to_8_kb() -> None:
    sizes = [len(text.encode()) for text in make_documents(40)]
    assert all(MIN_BYTES <= size <= MAX_BYTES for size in sizes)


def test_intake_bench_measures_extract_and_tokenise() -> None:
    figures = bench_intake(3, runs=1)
    assert figures.docs_per_s > 0 and figures.tokenise_docs_per_s > 0
    assert figures.ratio > 1 and figures.peak_rss_mb > 1


def test_quality_bench_scores_the_corpora_and_names_the_weakest_languages() -> None:
    figures = bench_quality()
    by_name = {f.name: f.scores for f in figures}
    news, held = by_name["news corpus (independent)"], by_name["news held out (_02, _03)"]
    assert news.documents == 48 and 0 < held.documents < news.documents
    assert 0.5 < news.facts.f1 <= 1.0
    news_line = next(line for line in quality_lines(figures) if line.startswith("news corpus"))
    assert f"{news.facts.f1:.3f}" in news_line and weakest_languages(news) in news_line


def test_quality_lines_say_n_a_for_a_corpus_without_entities() -> None:
    scores = Scores(documents=2)
    scores.facts.add(3, 4, 3)
    line = quality_lines([QualityFigures("tiny", scores)])[1]
    assert line.split()[5] == "n/a"
