"""Every setting and every CLI command (with its options) is documented, as Datasette does."""

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer.main

from hoinhap.cli import app
from hoinhap.db.schema import metadata
from hoinhap.settings import Settings

DOCS = Path(__file__).resolve().parent.parent / "docs"


# Typer vendors click (typer._click), so commands and groups are told apart by their
# attributes rather than by click's classes.


def walk_commands(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """The path of every runnable command under `command`, groups walked recursively."""
    if hasattr(command, "commands"):
        for name, sub in sorted(command.commands.items()):
            yield from walk_commands(sub, (*path, name))
    else:
        yield path


def _root() -> Any:
    return typer.main.get_command(app)


def _command(path: tuple[str, ...]) -> Any:
    command = _root()
    for name in path:
        command = command.commands[name]
    return command


def _options(command: Any) -> list[str]:
    return [
        max(param.opts, key=len)
        for param in command.params
        if param.param_type_name == "option" and param.name != "help"
    ]


def section(text: str, heading: str) -> str | None:
    """The text under the markdown heading `heading` up to the next heading."""
    match = re.search(rf"^#+ {re.escape(heading)}\n(.*?)(?=^#|\Z)", text, re.M | re.S)
    return match.group(1) if match else None


def _cli_md() -> str:
    return (DOCS / "cli.md").read_text("utf-8")


COMMANDS = list(walk_commands(_root()))


@pytest.mark.parametrize("field", sorted(Settings.model_fields))
def test_every_setting_is_documented(field: str) -> None:
    assert f"HOINHAP_{field.upper()}" in (DOCS / "settings.md").read_text("utf-8")


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_every_command_has_a_section(path: tuple[str, ...]) -> None:
    assert section(_cli_md(), f"`hoinhap {' '.join(path)}`") is not None


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_every_option_is_documented_in_its_section(path: tuple[str, ...]) -> None:
    text = section(_cli_md(), f"`hoinhap {' '.join(path)}`") or ""
    assert [o for o in _options(_command(path)) if f"`{o}" not in text] == []


@pytest.mark.parametrize("table", sorted(metadata.tables))
def test_every_table_is_in_the_data_model(table: str) -> None:
    assert f"| `{table}` |" in (DOCS / "data-model.md").read_text("utf-8")


def test_global_options_are_documented() -> None:
    text = section(_cli_md(), "Global options") or ""
    assert [o for o in _options(_root()) if f"`{o}" not in text] == []


def test_the_walk_finds_nested_commands() -> None:
    assert ("db", "upgrade") in COMMANDS
    assert ("stats",) in COMMANDS


def test_section_stops_at_the_next_heading() -> None:
    assert section("## `a`\none\n## `b`\ntwo\n", "`a`") == "one\n"
