"""The `hoinhap` command line: one Typer app and the one place errors become messages."""

from __future__ import annotations

import sys
from typing import Any

import typer
from rich.console import Console

from hoinhap.cli import db as db_commands
from hoinhap.cli import demo as demo_command
from hoinhap.cli import entities as entities_commands
from hoinhap.cli import evaluate as evaluate_command
from hoinhap.cli import history as history_command
from hoinhap.cli import intake as intake_commands
from hoinhap.cli import places
from hoinhap.cli import review as review_command
from hoinhap.cli import stats as stats_command
from hoinhap.cli import stories as stories_command
from hoinhap.cli.context import AppContext
from hoinhap.cli.exporting import export_command
from hoinhap.cli.importing import import_command
from hoinhap.errors import HoinhapError
from hoinhap.settings import get_settings

app = typer.Typer(
    name="hoinhap",
    help="The sourced registry of a province's or city's international cooperation.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.add_typer(db_commands.app, name="db")
app.command("import")(import_command)
app.command("export")(export_command)
app.command("stats")(stats_command.stats)
app.command("history")(history_command.history)
app.add_typer(places.app, name="places")
app.command("demo")(demo_command.demo)
app.command("extract")(intake_commands.extract)
app.command("ingest")(intake_commands.ingest)
app.command("watch")(intake_commands.watch)
app.command("review")(review_command.review)
app.add_typer(entities_commands.app, name="entities")
app.command("stories")(stories_command.stories)
app.command("evaluate")(evaluate_command.evaluate)

err_console = Console(stderr=True, highlight=False, soft_wrap=True)


@app.callback()
def root(
    ctx: typer.Context,
    debug: bool = typer.Option(False, "--debug", help="Show a traceback on errors."),
) -> None:
    """Read news and reports, keep sourced figures, report on a locality's foreign affairs."""
    settings = get_settings()
    if debug:
        settings.debug = True
    ctx.obj = AppContext(settings)
    ctx.call_on_close(lambda: _dispose_engine(ctx.obj))


def _dispose_engine(context: AppContext) -> None:
    """Close the database connections a command opened (the engine is made on first use)."""
    if "engine" in vars(context):
        context.engine.dispose()


def _wants_debug(argv: list[str]) -> bool:
    return "--debug" in argv or get_settings().debug


def main(argv: list[str] | None = None) -> Any:
    """Run the CLI; a HoinhapError becomes `Error: message` and exit code 1."""
    args = sys.argv[1:] if argv is None else argv
    try:
        return app(args, standalone_mode=False)
    except HoinhapError as exc:
        if _wants_debug(args):
            raise
        err_console.print(f"Error: {exc}", markup=False)
        sys.exit(1)
    except (typer.Abort, KeyboardInterrupt):
        err_console.print("Aborted.")
        sys.exit(1)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except Exception as exc:  # the click usage errors (typer vendors click as typer._click)
        import click

        if isinstance(exc, click.ClickException | typer.TyperException) and hasattr(exc, "show"):
            exc.show()
            sys.exit(getattr(exc, "exit_code", 1))
        raise
