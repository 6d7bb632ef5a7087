"""`hoinhap history`: who changed what and when, newest first."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from hoinhap.db.history import list_history
from hoinhap.db.schema import HistoryEntry
from hoinhap.errors import UserError

# What identifies a created or deleted row in the table; `--format json` has every value.
SUMMARY_FIELDS = (
    "name", "title", "metric_key", "value", "unit", "period", "kind", "status", "key",
    "place_id", "person_id", "agreement_id", "organization_id",
)  # fmt: skip
MAX_SUMMARY_FIELDS = 5
MAX_VALUE_WIDTH = 60


class HistoryFormat(StrEnum):
    table = "table"
    json = "json"


def history(
    ctx: typer.Context,
    table: str | None = typer.Option(None, "--table", help="Only rows of this table."),
    row_id: str | None = typer.Option(None, "--id", help="Only this row (needs --table)."),
    user: str | None = typer.Option(None, "--user", help="Only changes made by this user."),
    limit: int = typer.Option(50, "--limit", min=1, help="At most this many entries."),
    fmt: HistoryFormat = typer.Option(HistoryFormat.table, "--format", help="Output format."),
) -> None:
    """List the recorded creates, changes and deletes, newest first."""
    if row_id is not None and table is None:
        raise UserError("--id needs --table")
    with ctx.obj.session() as session:
        entries = list_history(session, table_name=table, row_id=row_id, user=user, limit=limit)
        rows = [entry_dict(entry) for entry in entries]
    if fmt is HistoryFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    console = Console(highlight=False, soft_wrap=False)
    if not rows:
        console.print("No history entries.", markup=False)
        return
    console.print(_table(rows))


def entry_dict(entry: HistoryEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "changed_at": entry.changed_at.isoformat(timespec="seconds"),
        "changed_by": entry.changed_by,
        "action": entry.action,
        "table": entry.table_name,
        "row_id": entry.row_id,
        "old": entry.old_values,
        "new": entry.new_values,
    }


def describe_changes(row: dict[str, Any]) -> str:
    """ "name: 'Ho Ky Minh' -> 'Hồ Kỳ Minh'" for an update; what identifies the row else."""
    old, new = row["old"] or {}, row["new"] or {}
    if row["action"] == "update":
        return "; ".join(f"{k}: {_short(old.get(k))} -> {_short(new.get(k))}" for k in new)
    values = new if row["action"] == "create" else old
    shown = [f"{k}={_short(values[k])}" for k in SUMMARY_FIELDS if values.get(k) is not None]
    return ", ".join(shown[:MAX_SUMMARY_FIELDS]) or ", ".join(
        f"{k}={_short(v)}" for k, v in list(values.items())[:MAX_SUMMARY_FIELDS]
    )


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= MAX_VALUE_WIDTH else text[: MAX_VALUE_WIDTH - 1] + "…"


def _table(rows: list[dict[str, Any]]) -> Table:
    table = Table()
    for column in ("When (UTC)", "Who", "Action", "Row", "Changes"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(
            Text(row["changed_at"].replace("T", " ")[:19]),
            Text(row["changed_by"]),
            Text(row["action"]),
            Text(f"{row['table']} {row['row_id']}"),
            Text(describe_changes(row)),
        )
    return table
