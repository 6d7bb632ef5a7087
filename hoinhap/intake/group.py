"""The same story across languages, and figures that disagree.

No multilingual model ships with the package, so stories are grouped from what the
extractor already gives in a language-neutral form: figures (metric, unit, value and
period), entities by canonical name, and publication dates. For two documents:

- figures: each figure of the smaller side that the other states too counts 1 (same
  metric, unit, value within 0.5%, same period) or 0.5 (same but the periods differ or
  one is missing); one that the other contradicts (same metric, unit and a compatible
  period, a different value) counts -1. F = the sum over the smaller side's figure count
  (at least 2), within 0..1.
- entities: shared entities weighed 3 for a person (a name rarely shared by two stories)
  and 1 for anything else, over the smaller side's weight (at least 3): E in 0..1.
- dates: D = 1 when both were published within `DATE_WINDOW` days of each other, 0 when
  further apart, 0.5 when a date is unknown.

score = 0.5 F + 0.4 E + 0.1 D; when either document states no figure, F is unknown and
score = 0.8 E + 0.2 D, provided the shared entities weigh at least
`MIN_SHARED_WITHOUT_FIGURES` (6: two people, or a person and three other names; else 0).
Documents scoring at least `STORY_THRESHOLD` (0.5) are the same story, and stories are
the connected groups of such pairs.

Conflicts: figures of the same subject, metric, unit and period whose values differ
by more than 0.5% (`find_conflicts`); the registry's own `find_conflicts` does the same
for stored figures.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hoinhap.registry.observations import values_conflict

if TYPE_CHECKING:
    from hoinhap.intake.pipeline import ExtractionLike, FactLike

STORY_THRESHOLD = 0.5
DATE_WINDOW = 3
PERSON_WEIGHT = 3.0
MIN_SHARED_WITHOUT_FIGURES = 6.0
_WEIGHTS = (0.5, 0.4, 0.1)


def _same_value(a: float, b: float) -> bool:
    return not values_conflict((float(a), float(b)))


def _figure_match(fact: FactLike, others: Sequence[FactLike]) -> float:
    """1, 0.5, -1 or 0: how `others` bear on `fact` (see the module's docstring)."""
    best = 0.0
    for other in others:
        if (other.metric, other.unit) != (fact.metric, fact.unit):
            continue
        same_period = other.period == fact.period
        if _same_value(fact.value, other.value):
            best = max(best, 1.0 if same_period else 0.5)
        elif best == 0.0 and (same_period or other.period is None or fact.period is None):
            best = -1.0
    return best


def figure_score(a: ExtractionLike, b: ExtractionLike) -> float:
    small, large = sorted((list(a.facts), list(b.facts)), key=len)
    if not small:
        return 0.0
    total = sum(_figure_match(fact, large) for fact in small)
    return max(0.0, min(1.0, total / max(len(small), 2)))


def _entity_weights(extraction: ExtractionLike) -> dict[tuple[str, str], float]:
    return {
        (entity.type, entity.name.casefold()): PERSON_WEIGHT if entity.type == "person" else 1.0
        for entity in extraction.entities
    }


def shared_entities(a: ExtractionLike, b: ExtractionLike) -> tuple[float, float]:
    """The weight of the entities both name, and the smaller side's total weight."""
    left, right = _entity_weights(a), _entity_weights(b)
    shared = sum(weight for key, weight in left.items() if key in right)
    return shared, min(sum(left.values()), sum(right.values()))


def entity_score(a: ExtractionLike, b: ExtractionLike) -> float:
    shared, smaller = shared_entities(a, b)
    return min(1.0, shared / max(smaller, 3.0)) if shared else 0.0


def date_score(a: dt.date | None, b: dt.date | None) -> float:
    if a is None or b is None:
        return 0.5
    return 1.0 if abs((a - b).days) <= DATE_WINDOW else 0.0


def story_score(
    a: ExtractionLike, b: ExtractionLike, published: Mapping[str, dt.date | None] | None = None
) -> float:
    """How surely two documents tell the same story, 0..1."""
    dates = published or {}
    entities = entity_score(a, b)
    dated = date_score(dates.get(a.doc), dates.get(b.doc))
    if not a.facts or not b.facts:
        if shared_entities(a, b)[0] < MIN_SHARED_WITHOUT_FIGURES:
            return 0.0
        return 0.8 * entities + 0.2 * dated
    figures = figure_score(a, b)
    return sum(w * part for w, part in zip(_WEIGHTS, (figures, entities, dated), strict=True))


def _candidate_pairs(extractions: Sequence[ExtractionLike]) -> set[tuple[int, int]]:
    """Pairs of documents that share at least one figure's metric or one entity."""
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for number, extraction in enumerate(extractions):
        keys = {("f", fact.metric, fact.unit) for fact in extraction.facts}
        keys |= {("e", *key) for key in _entity_weights(extraction)}
        for key in keys:
            index[key].append(number)
    return {pair for members in index.values() for pair in itertools.combinations(members, 2)}


def group_stories(
    extractions: Sequence[ExtractionLike],
    *,
    published: Mapping[str, dt.date | None] | None = None,
    threshold: float = STORY_THRESHOLD,
) -> list[list[str]]:
    """The documents (by `doc`) grouped into stories, each document in exactly one group;
    groups and their members in the order the documents were given."""
    parent = list(range(len(extractions)))

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for i, j in sorted(_candidate_pairs(extractions)):
        if story_score(extractions[i], extractions[j], published) >= threshold:
            parent[max(root(i), root(j))] = min(root(i), root(j))
    groups: dict[int, list[str]] = {}
    for number, extraction in enumerate(extractions):
        groups.setdefault(root(number), []).append(extraction.doc)
    return list(groups.values())


# --- Conflicts -------------------------------------------------------------------------


@dataclass(frozen=True)
class FigureSeen:
    """A figure as one document states it."""

    doc: str
    value: float
    approx: str
    quote: str


@dataclass(frozen=True)
class FigureConflict:
    """Documents that give different values for the same figure."""

    subject: str
    metric: str
    unit: str
    period: str | None
    figures: tuple[FigureSeen, ...]


def find_conflicts(extractions: Sequence[ExtractionLike]) -> list[FigureConflict]:
    """Figures of the same subject, metric, unit and period whose values differ by more
    than 0.5%, each with the documents that state them, in the order found."""
    seen: dict[tuple[str, str, str, str | None], list[FigureSeen]] = defaultdict(list)
    for extraction in extractions:
        for fact in extraction.facts:
            key = (fact.subject, fact.metric, fact.unit, fact.period)
            seen[key].append(FigureSeen(extraction.doc, float(fact.value), fact.approx, fact.quote))
    return [
        FigureConflict(*key, figures=tuple(figures))
        for key, figures in seen.items()
        if values_conflict(figure.value for figure in figures)
    ]
