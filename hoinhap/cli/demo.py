"""`hoinhap demo`: load the shipped demo dataset and print what it holds."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

from hoinhap.cli.context import AppContext
from hoinhap.cli.stats import print_table
from hoinhap.db.engine import describe_url
from hoinhap.registry.demo import DemoReport, count_rows, demo_stats, load_demo

console = Console(highlight=False, soft_wrap=True)


def demo(ctx: typer.Context) -> None:
    """Load the demo dataset (real, sourced figures) and print a summary; safe to rerun."""
    app_ctx: AppContext = ctx.obj
    with app_ctx.session() as session:
        report = load_demo(session)
        totals = {r.kind: count_rows(session, r.kind) for r in report.reports}
        headline = demo_stats(session)
    console.print(_outcome(report, describe_url(app_ctx.engine)), markup=False)
    console.print(_kinds_table(report, totals))
    console.print()
    print_table(headline)


def _outcome(report: DemoReport, where: str) -> str:
    if not report.changed:
        return f"The demo dataset is already loaded in {where}; nothing changed."
    return (
        f"Loaded the demo dataset into {where}: {report.rows} rows, "
        f"{report.created} created, {report.updated} updated."
    )


def _kinds_table(report: DemoReport, totals: dict[str, int]) -> Table:
    table = Table("kind", "demo rows", "created", "updated", "unchanged", "in database")
    for r in report.reports:
        numbers = (r.rows, r.created, r.updated, r.unchanged, totals[r.kind])
        table.add_row(r.kind, *(f"{n:,}" for n in numbers))
    return table
