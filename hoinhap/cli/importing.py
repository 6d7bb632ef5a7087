"""`hoinhap import FILE`: load one CSV, XLSX or JSON file of one kind, all or nothing."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from hoinhap.cli.context import AppContext
from hoinhap.errors import UserError
from hoinhap.registry.importing import KINDS, import_file
from hoinhap.registry.importing.readers import file_format

console = Console(highlight=False, soft_wrap=True)
ProgressCallback = Callable[[int, int], None]


@contextmanager
def progress_bar(label: str) -> Iterator[ProgressCallback | None]:
    """A progress callback drawing a bar on standard error, or None when it is no terminal."""
    if not sys.stderr.isatty():
        yield None
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, TimeRemainingColumn(), console=Console(stderr=True)) as bar:
        task = bar.add_task(label, total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield advance


def import_command(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="A .csv, .xlsx or .json file holding one kind."),
    kind: str | None = typer.Option(
        None,
        "--kind",
        "-k",
        help=f"What the file holds ({', '.join(KINDS)}); by default read from a JSON "
        "file's `kind` or from the file name (partnerships.csv).",
    ),
) -> None:
    """Import one file, all or nothing: every problem is listed and nothing is written."""
    file_format(file)
    if not file.is_file():
        raise UserError(f"No such file: {file}")
    app_ctx: AppContext = ctx.obj
    with progress_bar(f"Importing {file.name}") as progress, app_ctx.session() as session:
        report = import_file(session, file, kind=kind, progress=progress)
    console.print(report.summary(), markup=False)
