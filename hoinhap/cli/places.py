"""`hoinhap places`: look up provinces, cities, regions, countries and foreign localities."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy.orm import Session

from hoinhap.db.schema import Place
from hoinhap.errors import NotFound, UserError
from hoinhap.registry.lineage import absorbed, describe_predecessor, describe_successor, successors
from hoinhap.registry.places import (
    count_links,
    find_place,
    get_country,
    list_places,
    regions_of,
)

app = typer.Typer(help="Look up places and their lineage.", no_args_is_help=True)
FIRST_LANGUAGES = ("en", "vi")


def parse_day(text: str | None, option: str) -> dt.date | None:
    """A YYYY-MM-DD option value as a date; a UserError naming the option otherwise."""
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(f"{option} {text!r} is not a date (YYYY-MM-DD)") from None


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value else "-"


def _console() -> Console:
    return Console(highlight=False)


def _country_label(session: Session, place: Place) -> str:
    if not place.country_code:
        return "-"
    if place.kind == "country":
        return place.country_code
    try:
        return f"{get_country(session, place.country_code).name} ({place.country_code})"
    except NotFound:
        return place.country_code


def _facts_table(rows: Sequence[tuple[str, str]]) -> Table:
    table = Table(show_header=False, box=None, padding=(0, 2, 0, 0))
    table.add_column(style="bold")
    table.add_column()
    for label, value in rows:
        table.add_row(label, value)
    return table


def _names_table(place: Place) -> Table:
    by_lang: dict[str, list[str]] = {}
    for name in sorted(place.names, key=lambda n: (n.kind != "canonical", n.name)):
        by_lang.setdefault(name.lang, []).append(name.name)
    order = sorted(by_lang, key=lambda lang: (lang not in FIRST_LANGUAGES, lang != "en", lang))
    table = Table(title="Names", title_justify="left")
    table.add_column("Language")
    table.add_column("Names")
    for lang in order:
        table.add_row(lang, "; ".join(by_lang[lang]))
    return table


@app.command("show")
def show(
    ctx: typer.Context, name: str = typer.Argument(..., help="Any name of the place.")
) -> None:
    """Show a place: its names, kind, country, validity, regions, lineage and links."""
    with ctx.obj.session() as session:
        place = find_place(session, name)
        facts = [
            ("Name", place.name),
            ("Vietnamese", place.name_vi or "-"),
            ("Kind", place.kind),
            ("Country", _country_label(session, place)),
            ("Valid", f"{_day(place.valid_from)} to {_day(place.valid_to)}"),
        ]
        regions = regions_of(session, place)
        if regions:
            facts.append(("Region", ", ".join(r.name for r in regions)))
        lineage = [describe_successor(link) for link in successors(session, place)]
        lineage += [describe_predecessor(link) for link in absorbed(session, place)]
        facts += [("Lineage", line) for line in lineage]
        facts += [
            (what.capitalize(), str(n)) for what, n in count_links(session, place).items() if n
        ]
        console = _console()
        console.print(_facts_table(facts))
        console.print(_names_table(place))


@app.command("list")
def list_command(
    ctx: typer.Context,
    kind: str | None = typer.Option(None, "--kind", help="country, province, city, region ..."),
    on: str | None = typer.Option(None, "--on", help="Only places existing on this day."),
    region: str | None = typer.Option(None, "--region", help="Only members of this region."),
) -> None:
    """List places as a table."""
    day = parse_day(on, "--on")
    with ctx.obj.session() as session:
        region_place = find_place(session, region, kinds=("region",)) if region else None
        places = list_places(session, kind=kind, on=day, region=region_place)
        table = Table()
        for column in ("Name", "Vietnamese", "Kind", "Country", "Valid from", "Valid to"):
            table.add_column(column)
        for place in places:
            table.add_row(
                place.name,
                place.name_vi or "",
                place.kind,
                place.country_code or "",
                _day(place.valid_from),
                _day(place.valid_to),
            )
        console = _console()
        console.print(table)
        console.print(f"{len(places)} places")
