"""The benchmark's closing tables."""

from __future__ import annotations

from bench.importing import ImportFigures
from bench.stats import STATS_METRIC, StatsFigures

STATS_GOAL_MS = 50.0
RATIO_GOAL = 0.5


def import_table(figures: list[ImportFigures]) -> list[str]:
    lines = [
        f"{'tool':<22} {'database':<11} {'rows':>9} {'runs':>4} {'seconds':>8} "
        f"{'rows/s':>9} {'peak RSS MB':>11}"
    ]
    for f in figures:
        lines.append(
            f"{f.tool:<22} {f.backend:<11} {f.rows:>9,} {f.runs:>4} {f.seconds:>8.2f} "
            f"{f.rows_per_s:>9,.0f} {f.peak_rss_mb:>11.1f}"
        )
    return lines


def ratio_lines(figures: list[ImportFigures]) -> list[str]:
    """hoinhap's rate over sqlite-utils' rate on SQLite (goal >= 0.5)."""
    reference = next((f for f in figures if f.tool == "sqlite-utils insert"), None)
    if reference is None or not reference.rows_per_s:
        return []
    return [
        f"ratio {f.tool} on {f.backend} / sqlite-utils: "
        f"{f.rows_per_s / reference.rows_per_s:.2f} (goal >= {RATIO_GOAL})"
        for f in figures
        if f is not reference
    ]


def stats_table(figures: list[StatsFigures]) -> list[str]:
    lines = [
        f"{'database':<11} {'observations':>12} {'load s':>7} {'calls':>5} {'figures':>7} "
        f"{'median ms':>9} {'p95 ms':>7} {'1 metric median':>15} {'p95':>6}"
    ]
    for f in figures:
        lines.append(
            f"{f.backend:<11} {f.observations:>12,} {f.load_seconds:>7.1f} {f.calls:>5} "
            f"{f.figures_shown:>7,} {f.median_ms:>9.1f} {f.p95_ms:>7.1f} "
            f"{f.metric_median_ms:>15.1f} {f.metric_p95_ms:>6.1f}"
        )
    lines.append(
        f"(goal: p95 < {STATS_GOAL_MS:.0f} ms; "
        f"'1 metric' is place_stats(..., metric={STATS_METRIC!r}))"
    )
    return lines


def print_report(imports: list[ImportFigures], stats: list[StatsFigures]) -> None:
    if imports:
        print()
        print("Import of one CSV of observations (median of runs)")
        print("\n".join(import_table(imports)))
        print("\n".join(ratio_lines(imports)))
    if stats:
        print()
        print("place_stats('Da Nang', period 2021-2024, with merged places)")
        print("\n".join(stats_table(stats)))
