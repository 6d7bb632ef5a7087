"""`hoinhap db`: create and upgrade the database."""

from __future__ import annotations

import typer
from rich.console import Console

from hoinhap.db.engine import describe_url
from hoinhap.registry.reference import prepare_database

app = typer.Typer(help="Create or upgrade the database.", no_args_is_help=True)
console = Console(highlight=False)


@app.command("upgrade")
def upgrade(ctx: typer.Context) -> None:
    """Create the tables or bring them to the newest schema, and load reference data."""
    engine = ctx.obj.engine
    added = prepare_database(engine)
    summary = ", ".join(f"{n} {what}" for what, n in added.items() if n) or "nothing new"
    console.print(f"Database {describe_url(engine)} is up to date ({summary} added).")
