"""`python -m bench` (`make bench`): import and stats figures on SQLite and PostgreSQL,
intake (extraction) speed and memory, and extraction quality on the annotated corpora.

Prints figures, never pass or fail. `--quick` uses small sizes for a fast look.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from bench.databases import Backend, backends
from bench.generate import write_observations_csv
from bench.importing import ImportFigures, bench_import
from bench.intake import IntakeFigures, bench_intake
from bench.quality import bench_quality
from bench.report import print_report
from bench.stats import DATASETS, StatsFigures, bench_stats

FULL = {
    "import_rows": 100_000,
    "runs": 3,
    "stats_rows": 1_000_000,
    "calls": 50,
    "documents": 1_000,
    "intake_runs": 5,
}
QUICK = {
    "import_rows": 2_000,
    "runs": 1,
    "stats_rows": 20_000,
    "calls": 10,
    "documents": 50,
    "intake_runs": 1,
}


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, one run each")
    parser.add_argument("--import-rows", type=int, help="observations in the imported CSV")
    parser.add_argument("--runs", type=int, help="runs per import measurement (median)")
    parser.add_argument("--stats-rows", type=int, help="observations stored for stats")
    parser.add_argument("--calls", type=int, help="place_stats calls timed")
    parser.add_argument("--documents", type=int, help="generated documents for intake")
    parser.add_argument("--intake-runs", type=int, help="runs per intake measurement (median)")
    parser.add_argument("--no-postgres", action="store_true", help="SQLite only")
    parser.add_argument(
        "--only", choices=("import", "stats", "intake", "quality"), help="run one benchmark only"
    )
    parser.add_argument(
        "--stats-data",
        choices=DATASETS,
        action="append",
        help="stats dataset(s) to measure (default: realistic, then dense)",
    )
    return parser.parse_args(argv)


def sizes(args: argparse.Namespace) -> dict[str, int]:
    chosen = dict(QUICK if args.quick else FULL)
    for name in chosen:
        given = getattr(args, name)
        if given is not None:
            chosen[name] = given
    return chosen


def main(argv: list[str] | None = None) -> None:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    size = sizes(args)
    imports: list[ImportFigures] = []
    stats: list[StatsFigures] = []
    if args.only in (None, "import", "stats"):
        found, notes = backends(with_postgres=not args.no_postgres)
        for note in notes:
            print(note, flush=True)
        imports = run_imports(found, size) if args.only != "stats" else []
        datasets = args.stats_data or list(DATASETS)
        stats = run_stats(found, size, datasets) if args.only != "import" else []
    intake = run_intake(size) if args.only in (None, "intake") else None
    quality = bench_quality() if args.only in (None, "quality") else None
    print_report(imports, stats, intake, quality)


def run_imports(found: list[Backend], size: dict[str, int]) -> list[ImportFigures]:
    with tempfile.TemporaryDirectory(prefix="hoinhap_bench_") as folder:
        path = write_observations_csv(Path(folder) / "observations.csv", size["import_rows"])
        print(f"Importing {size['import_rows']:,} observations ...", flush=True)
        return bench_import(found, path, size["import_rows"], size["runs"])


def run_stats(
    found: list[Backend], size: dict[str, int], datasets: list[str]
) -> list[StatsFigures]:
    stats = []
    for dataset in datasets:
        for backend in found:
            rows = size["stats_rows"]
            print(f"Loading {rows:,} {dataset} observations into {backend.name} ...", flush=True)
            stats.append(bench_stats(backend, rows, size["calls"], dataset))
    return stats


def run_intake(size: dict[str, int]) -> IntakeFigures:
    documents, runs = size["documents"], size["intake_runs"]
    print(f"Extracting {documents:,} generated documents, {runs} run(s) ...", flush=True)
    return bench_intake(documents, runs)


if __name__ == "__main__":
    main()
