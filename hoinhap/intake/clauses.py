"""The sentence a figure is resolved in (``Clause``), what resolving gives (``Resolved``),
and the small rules that look across a clause: the window of cues around a figure, places
joined by a conjunction, the country count that goes with a locality or project count."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from hoinhap.intake.cues import Cue
from hoinhap.intake.quantities import Quantity
from hoinhap.intake.subjects import Place

LOCAL_WINDOW = 400


class Resolved(NamedTuple):
    """A quantity, the metric it states, and the cue that says so."""

    quantity: Quantity
    metric: str
    cue: Cue | None


@dataclass(frozen=True, slots=True)
class Clause:
    """One sentence: its span, cues, quantities and places, and the money family of the
    previous sentence of the same section ("fdi" after "1,730 FDI projects ...")."""

    start: int
    end: int
    cues: Sequence[Cue]
    quantities: Sequence[Quantity]
    previous_family: str = ""
    places: Sequence[Place] = ()


def local_clause(clause: Clause, q: Quantity, starts: list[int]) -> Clause:
    """The part of the clause within LOCAL_WINDOW characters of the figure: what the rules
    look at, so that a very long sentence costs time in proportion to its length."""
    lo, hi = q.start - LOCAL_WINDOW, q.end + LOCAL_WINDOW
    cues = clause.cues[bisect_left(starts, lo) : bisect_left(starts, hi)]
    quantities = [o for o in clause.quantities if lo <= o.start < hi]
    places = [p for p in clause.places if lo <= p.start < hi]
    return Clause(clause.start, clause.end, cues, quantities, clause.previous_family, places)


def word_follows(text: str, end: int) -> bool:
    """A word (not punctuation) comes right after ``end``: "5,000 jobs"."""
    pos = end
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos < len(text) and text[pos].isalpha()


def joins_places(cue: Cue, clause: Clause) -> bool:
    """ "between Hai Phong and Japan": a conjunction between two place names joins them."""
    before = any(0 <= cue.start - p.end <= 2 for p in clause.places)
    after = any(0 <= p.start - cue.end <= 4 for p in clause.places)
    return before and after


def country_metric(found: list[Resolved]) -> str:
    metrics = {item.metric for item in found}
    if metrics & {"partner_localities", "partner_locality?"}:
        return "partner_countries"
    if metrics & {"fdi_projects", "fdi_capital"}:
        return "fdi_source_countries"
    return ""


def partners_from_countries(found: list[Resolved]) -> list[Resolved]:
    """A locality count stays a partner count only with a relation cue or countries beside it."""
    has_countries = any(item.metric == "partner_countries" for item in found)
    out: list[Resolved] = []
    for item in found:
        if item.metric == "partner_locality?":
            if not has_countries:
                continue
            item = item._replace(metric="partner_localities")
        out.append(item)
    return out
