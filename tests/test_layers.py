"""The layers hold: domain code never imports an interface library, the database layer
never imports the domain, and interfaces never build SQL."""

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "hoinhap"
INTERFACE_LIBRARIES = {"typer", "rich", "fastapi", "starlette", "jinja2"}
DOMAIN_LAYERS = ("registry", "intake", "reports", "db")
ABOVE_DB = {"hoinhap.registry", "hoinhap.intake", "hoinhap.reports", "hoinhap.cli"}
ABOVE_DB |= {"hoinhap.api", "hoinhap.web"}
SQL_BUILDERS = {"select", "insert", "update", "delete", "text"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _absolute(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    base = base[: len(base) - node.level + (1 if is_package else 0)]
    return ".".join([*base, node.module] if node.module else base)


def imports(source: str, module: str, is_package: bool = False) -> Iterator[tuple[str, str]]:
    """(module, name) for every import in `source`; name is "" for `import module`."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, ""
        elif isinstance(node, ast.ImportFrom):
            origin = _absolute(node, module, is_package)
            for alias in node.names:
                yield origin, alias.name


def _python_files(*layers: str) -> Iterator[Path]:
    for layer in layers:
        yield from sorted((PACKAGE / layer).rglob("*.py"))


def _imports_of(path: Path) -> Iterator[tuple[str, str]]:
    source = path.read_text("utf-8")
    yield from imports(source, _module_name(path), path.name == "__init__.py")


def interface_imports(origin: str, _name: str) -> bool:
    return origin.split(".")[0] in INTERFACE_LIBRARIES


def domain_imports(origin: str, name: str) -> bool:
    full = f"{origin}.{name}" if name else origin
    return any(full == layer or full.startswith(layer + ".") for layer in ABOVE_DB)


def sql_building(origin: str, name: str) -> bool:
    if origin == "sqlalchemy":
        return name in SQL_BUILDERS or not name
    return origin == "sqlalchemy.sql" or origin.startswith("sqlalchemy.sql.")


def _violations(files: Iterator[Path], rule: object) -> list[str]:
    assert callable(rule)
    return [
        f"{path.relative_to(PACKAGE.parent)}: {origin}{'.' + name if name else ''}"
        for path in files
        for origin, name in _imports_of(path)
        if rule(origin, name)
    ]


def test_domain_layers_never_import_interface_libraries() -> None:
    assert _violations(_python_files(*DOMAIN_LAYERS), interface_imports) == []


def test_the_database_layer_never_imports_the_layers_above() -> None:
    assert _violations(_python_files("db"), domain_imports) == []


def test_interfaces_never_build_sql() -> None:
    assert _violations(_python_files("cli", "api", "web"), sql_building) == []


def test_every_layer_has_python_files() -> None:
    assert list(_python_files("registry")) and list(_python_files("cli"))


@pytest.mark.parametrize(
    ("source", "rule"),
    [
        ("from rich.console import Console", interface_imports),
        ("import typer", interface_imports),
        ("from hoinhap.registry.places import find_place", domain_imports),
        ("from hoinhap import cli", domain_imports),
        ("from ..registry import stats", domain_imports),
        ("from sqlalchemy import select", sql_building),
        ("from sqlalchemy.sql import expression", sql_building),
        ("from sqlalchemy import text as sql_text", sql_building),
        ("import sqlalchemy", sql_building),
    ],
)
def test_the_rules_catch_forbidden_imports(source: str, rule: object) -> None:
    assert callable(rule)
    assert any(rule(o, n) for o, n in imports(source, "hoinhap.db.engine"))


@pytest.mark.parametrize(
    "source", ["from sqlalchemy.orm import Session", "from sqlalchemy import Engine"]
)
def test_sessions_and_engines_are_allowed_in_interfaces(source: str) -> None:
    assert not any(sql_building(o, n) for o, n in imports(source, "hoinhap.cli.stats"))
