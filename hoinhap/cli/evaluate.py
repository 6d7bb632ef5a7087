"""`hoinhap evaluate`: how well the extractor reads a folder of annotated documents."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from hoinhap.errors import UserError
from hoinhap.intake.scoring import Scores, Tally, score_folder

console = Console(highlight=False, soft_wrap=True)


def evaluate(
    folder: Path = typer.Argument(..., help="A folder of NAME.txt + NAME.gold.json files."),
    show_errors: bool = typer.Option(
        False, "--errors", help="List each missed and spurious fact and entity."
    ),
) -> None:
    """Score extraction against gold annotations (facts and entities F1, per language)."""
    if not folder.is_dir():
        raise UserError(f"{folder}: not a folder")
    scores = score_folder(folder)
    console.print(scores_table(scores))
    console.print(
        f"{scores.documents} documents; language named right in {scores.language_accuracy:.0%}.",
        markup=False,
    )
    if show_errors:
        for doc, kind, item in scores.errors:
            console.print(f"{doc}: {kind}: {describe(item)}", markup=False)


def scores_table(scores: Scores) -> Table:
    table = Table("", "gold", "found", "right", "precision", "recall", "F1")
    _row(table, "facts", scores.facts)
    for lang, tally in sorted(scores.facts_by_language.items()):
        _row(table, f"  facts, {lang}", tally)
    _row(table, "entities", scores.entities)
    return table


def _row(table: Table, name: str, tally: Tally) -> None:
    table.add_row(
        name,
        str(tally.gold),
        str(tally.predicted),
        str(tally.hits),
        f"{tally.precision:.3f}",
        f"{tally.recall:.3f}",
        f"{tally.f1:.3f}",
    )


def describe(item: dict[str, object]) -> str:
    """A fact as "Da Nang fdi_projects 797 count 2024: <quote>", an entity as its type and
    name."""
    if "metric" in item:
        period = item.get("period") or "no period"
        return (
            f"{item.get('subject')} {item['metric']} {item.get('value')} {item.get('unit')} "
            f"{period}: {item.get('quote', '')}"
        )
    return f"{item.get('type')} {item.get('name')} ({item.get('quote', '')})"
