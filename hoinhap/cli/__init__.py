"""The `hoinhap` command line: one Typer app and the one place errors become messages."""

from __future__ import annotations

import sys
from typing import Any

import typer
from rich.console import Console

from hoinhap.cli import db as db_commands
from hoinhap.cli.context import AppContext
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
    except Exception as exc:  # the click usage errors
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        raise
