"""`hoinhap export KIND`: write one kind's rows as CSV, XLSX or JSON, ready to import again."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console

from hoinhap.cli.context import AppContext
from hoinhap.errors import UserError
from hoinhap.registry.exporting import EXPORT_FORMATS, export_rows, write_export
from hoinhap.registry.importing import KINDS, find_kind

err_console = Console(stderr=True, highlight=False, soft_wrap=True)


def export_command(
    ctx: typer.Context,
    kind: str = typer.Argument(..., help=f"What to export: {', '.join(KINDS)}."),
    fmt: str = typer.Option("csv", "--format", "-f", help="csv, xlsx or json."),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write to this file instead of standard output."
    ),
) -> None:
    """Export every row of one kind in the columns `hoinhap import` takes.

    Without -o the rows go to standard output; XLSX (binary) goes there only when standard
    output is redirected, not to a terminal.
    """
    spec = find_kind(kind)
    if fmt not in EXPORT_FORMATS:
        raise UserError(f"Format {fmt!r} is not one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "xlsx" and output is None and sys.stdout.isatty():
        raise UserError("XLSX is binary: give -o FILE or redirect standard output to a file")
    app_ctx: AppContext = ctx.obj
    with app_ctx.session() as session:
        rows = export_rows(session, spec.name)
    if output is not None:
        write_export(rows, spec.name, fmt, output)
        err_console.print(f"Wrote {len(rows)} {spec.name} to {output}", markup=False)
    elif fmt == "xlsx":
        sys.stdout.flush()
        write_export(rows, spec.name, fmt, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    else:
        write_export(rows, spec.name, fmt, sys.stdout)
