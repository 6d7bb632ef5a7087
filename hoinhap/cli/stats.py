"""`hoinhap stats PLACE`: a place's accepted figures per metric, with their sources."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
import sys
from collections.abc import Iterator
from enum import StrEnum
from typing import Any

import typer
from rich.console import Console

from hoinhap.registry.metrics import get_metric
from hoinhap.registry.periods import parse_period
from hoinhap.registry.places import find_place
from hoinhap.registry.stats import Citation, Figure, MetricStats, PlaceStats, Total, place_stats


class StatsFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def stats(
    ctx: typer.Context,
    place: str = typer.Argument(..., help="A place by any of its names, or a region."),
    period: str | None = typer.Option(
        None, "--period", help="Only figures within this period: 2021-2025, 2024, 2025-H1 ..."
    ),
    with_merged: bool = typer.Option(
        False, "--with-merged", help="Include figures of places merged into it, before the merger."
    ),
    metric: str | None = typer.Option(None, "--metric", help="Only this metric."),
    fmt: StatsFormat = typer.Option(StatsFormat.table, "--format", help="Output format."),
) -> None:
    """Show the accepted figures of a place (or a region's members), with their sources."""
    span = parse_period(period) if period else None
    with ctx.obj.session() as session:
        found = find_place(session, place, on=span.end if span else None)
        if metric is not None:
            get_metric(session, metric)
        result = place_stats(session, found, period=span, with_merged=with_merged, metric=metric)
    if fmt is StatsFormat.json:
        typer.echo(
            json.dumps(dataclasses.asdict(result), ensure_ascii=False, indent=2, default=_iso)
        )
    elif fmt is StatsFormat.csv:
        write_csv(result)
    else:
        print_table(result)


def _iso(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def format_value(value: float, unit: str, approx: str = "exact") -> str:
    """ "over 3,000", "1,070,000,000 USD", "12.5%"."""
    number = f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    text = f"{number}%" if unit == "percent" else number if unit == "count" else f"{number} {unit}"
    return text if approx == "exact" else f"{approx} {text}"


def _heading(result: PlaceStats) -> str:
    parts = [result.place, result.period or "all periods"]
    if result.with_merged:
        parts.append("with merged places")
    return ", ".join(parts)


def print_table(result: PlaceStats) -> None:
    console = Console(highlight=False, markup=False, soft_wrap=True)
    console.print(_heading(result), style="bold")
    for note in result.notes:
        console.print(f"Note: {note}")
    if not result.metrics:
        console.print("No accepted figures.")
    for metric in result.metrics:
        console.print()
        console.print(f"{metric.label} ({metric.metric})", style="bold")
        for line in _metric_lines(metric):
            console.print(line)


def _metric_lines(metric: MetricStats) -> Iterator[str]:
    for figure in metric.figures:
        yield from _figure_lines(figure)
    for total in metric.totals:
        yield (
            f"  Total {total.period}: {format_value(total.value, total.unit, total.approx)}"
            + (f" ({' + '.join(total.places)})")
            + (f"; no figure for {', '.join(total.missing)}" if total.missing else "")
        )
    for note in metric.notes:
        yield f"  Note: {note}"


def _figure_lines(figure: Figure) -> Iterator[str]:
    head = f"  {format_value(figure.value, figure.unit, figure.approx)}  {figure.period or '-'}"
    if figure.mark:
        head += f"  [{figure.mark}]"
    if figure.conflict:
        head += "  (sources differ)"
    if len(figure.citations) > 1:
        head += f"  ({len(figure.citations)} sources)"
    yield head
    for citation in figure.citations:
        source = citation.source
        details = [source.title, source.publisher, _day(source.published_on), source.url]
        yield "      Source: " + ", ".join(d for d in details if d)
        if citation.quote:
            yield f'      "{citation.quote}"'


def _plain(value: float) -> str:
    return str(int(value)) if value.is_integer() else repr(value)


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


CSV_COLUMNS = (
    "row", "metric", "place", "mark", "value", "unit", "approx", "period", "conflict",
    "source_title", "source_url", "source_publisher", "source_published_on", "quote", "note",
)  # fmt: skip


def write_csv(result: PlaceStats) -> None:
    """One `figure` row per figure with its first source, then one `source` row for each
    further source giving it; `total` and `note` rows."""
    writer = csv.DictWriter(sys.stdout, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for note in result.notes:
        writer.writerow({"row": "note", "place": result.place, "note": note})
    for metric in result.metrics:
        for figure in metric.figures:
            writer.writerow(_figure_row(figure))
            writer.writerows(_source_row(figure, c) for c in figure.citations[1:])
        writer.writerows(_total_row(metric.metric, t) for t in metric.totals)
        for note in metric.notes:
            writer.writerow({"row": "note", "metric": metric.metric, "note": note})


def _figure_row(figure: Figure) -> dict[str, Any]:
    return _source_row(figure, figure.citations[0]) | {
        "row": "figure",
        "mark": figure.mark,
        "value": _plain(figure.value),
        "unit": figure.unit,
        "approx": figure.approx,
        "conflict": "yes" if figure.conflict else "",
    }


def _source_row(figure: Figure, citation: Citation) -> dict[str, Any]:
    """A further source of the figure above it: what names the figure, and the source."""
    source = citation.source
    return {
        "row": "source",
        "metric": figure.metric,
        "place": figure.place,
        "period": figure.period,
        "source_title": source.title,
        "source_url": source.url,
        "source_publisher": source.publisher,
        "source_published_on": _day(source.published_on),
        "quote": citation.quote,
    }


def _total_row(metric: str, total: Total) -> dict[str, Any]:
    missing = f"no figure for {', '.join(total.missing)}" if total.missing else None
    return {
        "row": "total",
        "metric": metric,
        "place": " + ".join(total.places),
        "value": _plain(total.value),
        "unit": total.unit,
        "approx": total.approx,
        "period": total.period,
        "note": missing,
    }
