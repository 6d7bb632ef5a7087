"""`hoinhap demo`: load the shipped demo dataset, ingest the sample news items, and print
what the registry holds."""

from __future__ import annotations

from importlib import resources

import typer
from rich.console import Console
from rich.table import Table

from hoinhap.cli.context import AppContext
from hoinhap.cli.intake import print_ingest_summary
from hoinhap.cli.stats import print_table
from hoinhap.cli.stories import print_story
from hoinhap.db.engine import describe_url
from hoinhap.intake.pipeline import IngestReport, ingest_paths
from hoinhap.intake.stories import list_stories
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
    console.print()
    console.print("Sample news items (Vietnamese, English, Arabic):", style="bold")
    print_ingest_summary(ingest_demo_news(app_ctx))
    with app_ctx.session() as session:
        for story in list_stories(session, min_documents=2):
            print_story(story)
    console.print("Review the candidate figures with `hoinhap review`.", markup=False)


def ingest_demo_news(app_ctx: AppContext) -> IngestReport:
    """Ingest the shipped sample news items as candidates (stored once; a rerun changes
    nothing)."""
    folder = resources.files("hoinhap.data").joinpath("demo/news")
    with resources.as_file(folder) as path:
        return ingest_paths(app_ctx.ready_engine(), [path], actor=app_ctx.settings.user)


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
