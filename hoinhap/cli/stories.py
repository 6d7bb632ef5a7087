"""`hoinhap stories`: stored documents grouped by the story they tell, with the figures
their documents disagree on."""

from __future__ import annotations

import datetime as dt

import typer
from rich.console import Console

from hoinhap.cli.context import AppContext
from hoinhap.errors import UserError
from hoinhap.intake.stories import Story, StoryConflict, list_stories

console = Console(highlight=False, soft_wrap=True)


def _value(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,g}"


def parse_day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def stories(
    ctx: typer.Context,
    since: str | None = typer.Option(
        None, "--since", help="Only stories with a document published on or after this day."
    ),
    min_documents: int = typer.Option(
        1, "--min-documents", min=1, help="Only stories told by at least this many documents."
    ),
) -> None:
    """Stories with their documents (language, date, title) and conflicting figures."""
    app_ctx: AppContext = ctx.obj
    day = parse_day(since) if since else None
    with app_ctx.session() as session:
        found = list_stories(session, since=day, min_documents=min_documents)
    if not found:
        console.print("No stories.")
        return
    for story in found:
        print_story(story)


def print_story(story: Story) -> None:
    count = len(story.documents)
    console.print(
        f"Story #{story.id}: {count} document{'s' if count != 1 else ''}",
        style="bold",
        markup=False,
    )
    for document in story.documents:
        day = document.published_on.isoformat() if document.published_on else "no date"
        console.print(
            f"  #{document.id}  {document.language or '??'}  {day}  {document.title}",
            markup=False,
        )
    for conflict in story.conflicts:
        console.print(f"  Conflict: {describe_conflict(conflict)}", style="yellow", markup=False)


def describe_conflict(conflict: StoryConflict) -> str:
    """ "Dong Nai fdi_capital 2025-H1: 1,200,000,000 USD (#4, source #2) vs ..." """
    said = " vs ".join(
        f"{_value(f.value)}{'' if f.approx == 'exact' else f' ({f.approx})'} "
        f"(#{f.observation_id}, source #{f.source_id})"
        for f in conflict.figures
    )
    return (
        f"{conflict.place} {conflict.metric} {conflict.period or 'no period'} "
        f"({conflict.unit}): {said}"
    )
