"""Import benchmark: `hoinhap import` of one generated CSV, against `sqlite-utils insert`."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from bench.databases import Backend, scratch_url
from hoinhap.db.engine import make_engine, make_sessionmaker
from hoinhap.db.schema import Observation
from hoinhap.registry.reference import prepare_database

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_rss_kb: int


@dataclass(frozen=True)
class ImportFigures:
    """Medians over the runs of one tool on one database."""

    tool: str
    backend: str
    rows: int
    runs: int
    seconds: float
    peak_rss_mb: float

    @property
    def rows_per_s(self) -> float:
        return self.rows / self.seconds if self.seconds else 0.0


def timed_run(command: list[str], env: dict[str, str] | None = None) -> Run:
    """Run `command` to the end; its wall time and peak resident memory. Fails loudly."""
    measure = [sys.executable, "-m", "bench.measure", *command]
    done = subprocess.run(measure, env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    result = json.loads(done.stdout)
    if result["returncode"] != 0:
        raise RuntimeError(
            f"{' '.join(command)} failed ({result['returncode']}): {result['stderr'].strip()}"
        )
    return Run(result["seconds"], result["peak_rss_kb"])


def cli_has_import() -> bool:
    """Whether the installed CLI offers `hoinhap import`."""
    import typer.main

    from hoinhap.cli import app

    command = typer.main.get_command(app)
    return "import" in getattr(command, "commands", {})


def import_command(path: Path) -> tuple[str, list[str]]:
    """How to run the domain import of `path` in a fresh interpreter: the CLI if it can."""
    if cli_has_import():
        return "hoinhap import", [sys.executable, "-m", "hoinhap", "import", str(path)]
    return "import_file", [sys.executable, "-m", "bench.import_worker", str(path)]


def count_observations(url: str) -> int:
    engine = make_engine(url)
    try:
        with make_sessionmaker(engine)() as session:
            return int(session.scalar(select(func.count()).select_from(Observation)) or 0)
    finally:
        engine.dispose()


def hoinhap_import_once(backend: Backend, path: Path, rows: int) -> tuple[str, Run]:
    """Import `path` into a fresh prepared database; checks every row arrived."""
    with scratch_url(backend, "import") as url:
        engine = make_engine(url)
        prepare_database(engine)
        engine.dispose()
        tool, command = import_command(path)
        env = os.environ | {"HOINHAP_DATABASE_URL": url, "HOINHAP_USER": "bench"}
        run = timed_run(command, env)
        stored = count_observations(url)
        if stored != rows:
            raise RuntimeError(f"{tool} stored {stored} observations of {rows}")
        return tool, run


def sqlite_utils_once(path: Path) -> Run:
    """`sqlite-utils insert DB observation FILE --csv` into a fresh SQLite file."""
    executable = Path(sys.executable).with_name("sqlite-utils")
    tool = str(executable) if executable.exists() else shutil.which("sqlite-utils")
    if tool is None:
        raise RuntimeError("sqlite-utils is not installed (pip install -e '.[dev]')")
    folder = Path(tempfile.mkdtemp(prefix="hoinhap_bench_su_"))
    try:
        return timed_run([tool, "insert", str(folder / "su.db"), "observation", str(path), "--csv"])
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def summarise(tool: str, backend: str, rows: int, runs: list[Run]) -> ImportFigures:
    return ImportFigures(
        tool,
        backend,
        rows,
        len(runs),
        statistics.median(r.seconds for r in runs),
        statistics.median(r.peak_rss_kb for r in runs) / 1024,
    )


def bench_import(backends: list[Backend], path: Path, rows: int, runs: int) -> list[ImportFigures]:
    """Median figures of `runs` imports per backend, and of sqlite-utils on the same file."""
    figures = []
    for backend in backends:
        results = [hoinhap_import_once(backend, path, rows) for _ in range(runs)]
        figures.append(summarise(results[0][0], backend.name, rows, [r for _, r in results]))
    su_runs = [sqlite_utils_once(path) for _ in range(runs)]
    figures.append(summarise("sqlite-utils insert", "sqlite", rows, su_runs))
    return figures
