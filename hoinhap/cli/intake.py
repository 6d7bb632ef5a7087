"""`hoinhap extract`, `hoinhap ingest` and `hoinhap watch`: documents in, sourced figures out."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from hoinhap.cli.context import AppContext
from hoinhap.cli.importing import progress_bar
from hoinhap.errors import UserError
from hoinhap.intake import pipeline
from hoinhap.intake.feeds import FeedReport, watch_feeds
from hoinhap.intake.pipeline import ExtractionLike, IngestReport, collect_paths, process_file
from hoinhap.intake.reextract import reextract as reextract_sources
from hoinhap.intake.store import DocumentResult

console = Console(highlight=False, soft_wrap=True)
err_console = Console(stderr=True, highlight=False, soft_wrap=True)
SHOWN_PER_LIST = 20


def format_value(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,g}"


# --- extract ---------------------------------------------------------------------------


def extract(
    paths: list[Path] = typer.Argument(..., help="Files, or folders to read every document of."),
    as_json: bool = typer.Option(
        False, "--json", help="One JSON line per document, in the format of the gold files."
    ),
) -> None:
    """Show each document's language, facts and entities (nothing is stored)."""
    files = collect_paths(paths)
    extractor = pipeline.default_extractor()
    failed = total = 0
    for path in files:
        for item in process_file(path, extractor):
            total += 1
            if item.extraction is None:
                err_console.print(f"Error: {item.error}", markup=False)
                failed += 1
            elif as_json:
                typer.echo(json.dumps(item.extraction.to_json(), ensure_ascii=False))
            else:
                print_extraction(item.name, item.extraction)
    if failed:
        raise UserError(f"{failed} of {total} documents could not be read")


def print_extraction(name: str, extraction: ExtractionLike) -> None:
    facts, entities = extraction.facts, extraction.entities
    console.print(
        f"{name} ({extraction.lang or 'language unknown'}): "
        f"{len(facts)} facts, {len(entities)} entities",
        style="bold",
        markup=False,
    )
    if facts:
        table = Table("subject", "metric", "value", "unit", "approx", "period", "quote")
        for fact in facts:
            table.add_row(
                fact.subject,
                fact.metric,
                format_value(fact.value),
                fact.unit,
                fact.approx,
                fact.period or "",
                fact.quote,
            )
        console.print(table)
    if entities:
        table = Table("type", "name", "quote")
        for entity in entities:
            table.add_row(entity.type, entity.name, entity.quote)
        console.print(table)


# --- ingest ----------------------------------------------------------------------------


def ingest(
    ctx: typer.Context,
    paths: list[Path] | None = typer.Argument(
        None, help="Files, or folders to read every document of."
    ),
    workers: int = typer.Option(
        1, "--workers", "-w", min=1, help="Processes reading and extracting documents."
    ),
    reextract: bool = typer.Option(
        False, "--reextract", help="Extract the stored documents again from their stored text."
    ),
    source_ids: list[int] | None = typer.Option(
        None, "--source", help="With --reextract: only this source (by id; repeatable)."
    ),
) -> None:
    """Store documents as sources and their figures as candidates for review."""
    app_ctx: AppContext = ctx.obj
    if reextract:
        if paths:
            raise UserError("--reextract reads the stored documents again; give no files with it")
        report = run_reextract(app_ctx, source_ids or [])
    else:
        if not paths:
            raise UserError("Give the files or folders to ingest (or --reextract)")
        if source_ids:
            raise UserError("--source goes with --reextract")
        report = run_ingest(app_ctx, paths, workers)
    print_ingest_summary(report, again=reextract)
    if report.failed:
        raise UserError(f"{len(report.failed)} of {len(report.results)} documents failed")


def run_ingest(app_ctx: AppContext, paths: list[Path], workers: int) -> IngestReport:
    files = collect_paths(paths)
    engine = app_ctx.ready_engine()
    with progress_bar("Ingesting") as progress:
        done = 0

        def advance(_path: Path, _results: list[DocumentResult]) -> None:
            nonlocal done
            done += 1
            if progress is not None:
                progress(done, len(files))

        return pipeline.ingest_paths(
            engine, files, actor=app_ctx.settings.user, workers=workers, on_file=advance
        )


def run_reextract(app_ctx: AppContext, source_ids: list[int]) -> IngestReport:
    engine = app_ctx.ready_engine()
    with progress_bar("Reading again") as progress:
        return reextract_sources(
            engine, actor=app_ctx.settings.user, source_ids=source_ids, on_source=progress
        )


def _print_list(title: str, lines: list[str], indent: str = "  ") -> None:
    if not lines:
        return
    console.print(title, markup=False)
    for line in lines[:SHOWN_PER_LIST]:
        console.print(f"{indent}{line}", markup=False)
    if len(lines) > SHOWN_PER_LIST:
        console.print(f"{indent}... and {len(lines) - SHOWN_PER_LIST} more", markup=False)


def _first_line(report: IngestReport, again: bool) -> str:
    total, failed = len(report.results), len(report.failed)
    if again:
        removed = sum(len(r.removed) for r in report.results)
        return (
            f"{total} documents read again: {report.count('updated')} updated, "
            f"{report.count('unchanged')} unchanged, {failed} failed; {report.facts_found} facts "
            f"found, {report.facts_stored} new stored as candidates, {removed} candidates removed."
        )
    return (
        f"{total} documents: {report.read} read, {report.count('stored')} stored, "
        f"{report.count('unchanged')} unchanged, {failed} failed; "
        f"{report.facts_found} facts found, {report.facts_stored} stored as candidates."
    )


def print_ingest_summary(report: IngestReport, *, again: bool = False) -> None:
    console.print(_first_line(report, again), markup=False)
    _print_list("Failed documents:", [f"{r.error}" for r in report.failed])
    _print_details(report.results)


def _print_details(results: list[DocumentResult], nested: bool = False) -> None:
    """What stored documents brought that needs a look: conflicts, removed candidates,
    figures not stored, new entities, stories (``nested`` under a feed's line)."""
    head, indent = ("  ", "    ") if nested else ("", "  ")
    sections = [
        (
            "Figures that conflict with stored ones (see `hoinhap review`):",
            [line for r in results for line in r.conflicts],
        ),
        (
            "Candidates the extractor no longer finds (removed):",
            [f"{r.name}: {line}" for r in results for line in r.removed],
        ),
        ("Figures not stored:", [line for r in results for line in r.skipped]),
        (
            "Entities not in the registry (proposed as new; see `hoinhap entities`):",
            list(dict.fromkeys(p for r in results for p in r.proposed)),
        ),
        (
            "Documents telling the same story as others (see `hoinhap stories`):",
            [f"{r.name}: {'; '.join(r.story)}" for r in results if r.story],
        ),
    ]
    for title, lines in sections:
        _print_list(head + title, lines, indent)


# --- watch -----------------------------------------------------------------------------


def watch(
    ctx: typer.Context,
    feed_urls: list[str] = typer.Argument(..., help="RSS or Atom feed URLs."),
    once: bool = typer.Option(False, "--once", help="Poll each feed once and stop."),
    interval: float = typer.Option(
        900.0, "--interval", help="Seconds between polls (until interrupted)."
    ),
) -> None:
    """Poll feeds, ingest every new item's page, remember what was seen."""
    app_ctx: AppContext = ctx.obj
    engine = app_ctx.ready_engine()
    try:
        watch_feeds(
            engine,
            feed_urls,
            actor=app_ctx.settings.user,
            interval=interval,
            on_poll=print_poll,
            polls=1 if once else None,
        )
    except KeyboardInterrupt:
        console.print("Stopped.")


def print_poll(reports: list[FeedReport]) -> None:
    for report in reports:
        stored = sum(1 for r in report.results if r.status == "stored")
        failed = [r.error or "failed" for r in report.results if r.status == "failed"]
        facts = sum(r.facts_stored for r in report.results)
        console.print(
            f"{report.feed_url}: {len(report.results)} new items ({stored} stored, "
            f"{len(failed)} failed, {facts} facts stored), {report.already_seen} seen before",
            markup=False,
        )
        _print_list("  Failed:", failed + report.errors, indent="    ")
        _print_details(report.results, nested=True)
