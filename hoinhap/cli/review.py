"""`hoinhap review`: go through candidate figures in the terminal, one key per decision.

Each decision is committed at once, so quitting (or an interruption) keeps those made.
Answers are read line by line from standard input, so a review can also be scripted.
"""

from __future__ import annotations

from dataclasses import dataclass

import typer
from rich.console import Console
from rich.text import Text

from hoinhap.cli.context import AppContext
from hoinhap.errors import UserError
from hoinhap.intake.review import (
    Candidate,
    accept_candidate,
    next_candidate,
    reject_candidate,
)

console = Console(highlight=False, soft_wrap=True)
KEYS = "[a]ccept  [e]dit and accept  [r]eject  [s]kip  [q]uit"


@dataclass
class Tally:
    accepted: int = 0
    rejected: int = 0
    skipped: int = 0

    def summary(self) -> str:
        return f"{self.accepted} accepted, {self.rejected} rejected, {self.skipped} skipped."


def ask(prompt: str) -> str | None:
    """One line from standard input (None at its end)."""
    try:
        return console.input(prompt, markup=False).strip()
    except EOFError:
        return None


def _value(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,g}"


def show_candidate(candidate: Candidate) -> None:
    obs, place, source = candidate.observation, candidate.place, candidate.source
    approx = "" if obs.approx == "exact" else f" ({obs.approx})"
    console.print(
        f"\n#{obs.id}  {place.name} · {obs.metric_key} · {_value(obs.value)} {obs.unit}"
        f"{approx} · {obs.period or 'no period'}",
        style="bold",
        markup=False,
    )
    where = source.url or source.file_name or ""
    console.print(f"Source: {source.title}" + (f" ({where})" if where else ""), markup=False)
    context = candidate.context
    if context is not None:
        console.print(
            Text.assemble("  ", context.before, (context.quote, "bold reverse"), context.after)
        )
    elif obs.quote:
        console.print(Text.assemble("  ", (obs.quote, "bold reverse")))
    for other in candidate.conflicts:
        console.print(
            f"  Conflicts with #{other.id}: {_value(other.value)} {other.unit} ({other.status})",
            style="yellow",
            markup=False,
        )


def edit_and_accept(app_ctx: AppContext, candidate: Candidate) -> bool:
    """Ask for a corrected value, period and approximation (empty keeps), then accept."""
    obs = candidate.observation
    answers = [
        ask(f"Value [{_value(obs.value)}]: "),
        ask(f"Period [{obs.period or ''}]: "),
        ask(f"Approx [{obs.approx}]: "),
    ]
    if any(answer is None for answer in answers):
        return False
    value_text, period, approx = (answer or None for answer in answers)
    try:
        value = float(value_text.replace(",", "")) if value_text else None
    except ValueError:
        raise UserError(f"{value_text!r} is not a number") from None
    with app_ctx.session() as session:
        accept_candidate(session, obs.id, value=value, period=period, approx=approx)
    return True


def decide(app_ctx: AppContext, candidate: Candidate, tally: Tally) -> bool | None:
    """Ask until one decision is made: True to go on, False to quit, None to ask again."""
    answer = ask(f"{KEYS}? ")
    obs_id = candidate.observation.id
    if answer is None or answer.lower() == "q":
        return False
    key = answer.lower()[:1]
    if key == "a":
        with app_ctx.session() as session:
            accept_candidate(session, obs_id)
        tally.accepted += 1
    elif key == "e":
        if not edit_and_accept(app_ctx, candidate):
            return False
        tally.accepted += 1
    elif key == "r":
        reason = ask("Reason: ")
        if reason is None:
            return False
        with app_ctx.session() as session:
            reject_candidate(session, obs_id, reason)
        tally.rejected += 1
    elif key == "s":
        tally.skipped += 1
    else:
        console.print("Please answer a, e, r, s or q.")
        return None
    return True


def review(
    ctx: typer.Context,
    place: str | None = typer.Option(None, "--place", help="Only candidates of this place."),
    limit: int | None = typer.Option(
        None, "--limit", min=1, help="Stop after this many candidates."
    ),
) -> None:
    """Accept, correct, reject or skip candidate figures, each shown with its quote in context."""
    app_ctx: AppContext = ctx.obj
    tally, after_id, seen = Tally(), 0, 0
    while limit is None or seen < limit:
        with app_ctx.session() as session:
            candidate = next_candidate(session, place=place, after_id=after_id)
        if candidate is None:
            console.print("No more candidates to review.")
            break
        show_candidate(candidate)
        outcome = None
        while outcome is None:
            try:
                outcome = decide(app_ctx, candidate, tally)
            except UserError as exc:
                console.print(f"Error: {exc}", markup=False)
        if outcome is False:
            break
        after_id, seen = candidate.observation.id, seen + 1
    console.print(tally.summary())
