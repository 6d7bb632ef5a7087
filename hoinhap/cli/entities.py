"""`hoinhap entities`: the names documents mention, and deciding on those proposed as new."""

from __future__ import annotations

import typer
from rich.console import Console

from hoinhap.cli.context import AppContext
from hoinhap.db.schema import ENTITY_TYPES, MENTION_STATUSES
from hoinhap.intake.mentions import LINKS, NamedEntity, list_entities
from hoinhap.intake.proposals import Decision, Options, accept_entity, reject_entity

console = Console(highlight=False, soft_wrap=True)
app = typer.Typer(help="Names documents mention; accept or reject those proposed as new.")
TYPE_HELP = f"The entity's type ({', '.join(ENTITY_TYPES)}), when its name has several."


@app.command("list")
def list_command(
    ctx: typer.Context,
    status: str = typer.Option(
        "proposed", "--status", help=f"Names of this status ({', '.join(MENTION_STATUSES)})."
    ),
    kind: str | None = typer.Option(
        None, "--type", help=f"Only names of this type ({', '.join(ENTITY_TYPES)})."
    ),
    limit: int = typer.Option(50, "--limit", min=1, help="At most this many names."),
) -> None:
    """Names by status, the most documents first, each with one quote and its source."""
    app_ctx: AppContext = ctx.obj
    with app_ctx.session() as session:
        found = list_entities(session, status=status, kind=kind, limit=limit)
    if not found:
        console.print(f"No {status} entities.")
        return
    print_entities(found)


def print_entities(found: list[NamedEntity]) -> None:
    """Two lines a name: type, name, documents and registry row; then one quote and its
    source (a table would squeeze long names and titles on a narrow terminal)."""
    for entity in found:
        table = LINKS[entity.type].removesuffix("_id")
        link = f" -> {table} #{entity.link}" if entity.link is not None else ""
        console.print(
            f"{entity.type}  {entity.name}  ({_documents(entity.documents)}){link}",
            style="bold",
            markup=False,
        )
        quote = f'"{entity.quote}" in ' if entity.quote else ""
        console.print(f"  {quote}#{entity.source_id} {entity.source_title}", markup=False)


@app.command("accept")
def accept_command(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The proposed name, as listed."),
    kind: str | None = typer.Option(None, "--type", help=TYPE_HELP),
    org_kind: str | None = typer.Option(
        None, "--kind", help="An organization's kind (default other)."
    ),
    country: str | None = typer.Option(
        None, "--country", help="A foreign locality's (or organization's) country: code or name."
    ),
    parent: str | None = typer.Option(
        None, "--parent", help="A Vietnamese locality's province or city."
    ),
) -> None:
    """Add a proposed name to the registry; later documents naming it resolve to it."""
    app_ctx: AppContext = ctx.obj
    options = Options(kind=org_kind, country=country, parent=parent)
    with app_ctx.session() as session:
        decision = accept_entity(session, name, kind=kind, options=options)
    console.print(describe_acceptance(decision), markup=False)


def describe_acceptance(decision: Decision) -> str:
    what = "added to the registry as" if decision.created else "linked to the registry's"
    return (
        f"Accepted {decision.type} {decision.name!r} ({_documents(decision.mentions)}): "
        f"{what} {decision.table} #{decision.row_id}."
    )


def _documents(count: int) -> str:
    return "1 document" if count == 1 else f"{count} documents"


@app.command("reject")
def reject_command(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The proposed name, as listed."),
    kind: str | None = typer.Option(None, "--type", help=TYPE_HELP),
    reason: str = typer.Option("", "--reason", help="Why it is not a name to keep."),
) -> None:
    """Reject a proposed name; later documents naming it are not proposed again."""
    app_ctx: AppContext = ctx.obj
    with app_ctx.session() as session:
        decision = reject_entity(session, name, kind=kind, reason=reason)
    console.print(
        f"Rejected {decision.type} {decision.name!r} ({_documents(decision.mentions)}).",
        markup=False,
    )
