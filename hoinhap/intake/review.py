"""The review queue: candidate figures, oldest first, each with its quote in context, to
accept (as it is or corrected), reject or skip. The terminal review (`hoinhap review`)
and the web queue use these functions.

Accepting and rejecting are the registry's `accept_observation` and
`reject_observation`: an accepted figure records who accepted it and when.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoinhap.db.schema import Observation, Place, Source
from hoinhap.registry.observations import (
    accept_observation,
    find_conflicts,
    get_observation,
    reject_observation,
    values_conflict,
)
from hoinhap.registry.places import find_place

CONTEXT_CHARS = 300
DEFAULT_REJECTION = "rejected in review"
# A sentence ends at . ! ? (followed by a space or the end), at the CJK, Arabic and
# Devanagari/Urdu full stops, or at a line end.
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|[。！？؟۔।\n]")


@dataclass(frozen=True)
class Candidate:
    """A candidate figure as a reviewer sees it."""

    observation: Observation
    place: Place
    source: Source
    context: QuoteContext | None
    conflicts: tuple[Observation, ...]


@dataclass(frozen=True)
class QuoteContext:
    """The sentence around a quote: `before` + `quote` + `after` is a slice of the source."""

    before: str
    quote: str
    after: str


def quote_context(content: str | None, quote: str | None) -> QuoteContext | None:
    """The sentence (at most CONTEXT_CHARS either side) around the quote's first
    occurrence in the stored text, or None when the text does not hold the quote."""
    if not content or not quote:
        return None
    start = content.find(quote)
    if start < 0:
        return None
    end = start + len(quote)
    window_start = max(0, start - CONTEXT_CHARS)
    ends_before = list(_SENTENCE_END.finditer(content, window_start, start))
    sentence_start = ends_before[-1].end() if ends_before else window_start
    following = _SENTENCE_END.search(content, end, end + CONTEXT_CHARS)
    sentence_end = following.end() if following else min(len(content), end + CONTEXT_CHARS)
    return QuoteContext(
        content[sentence_start:start].lstrip(), quote, content[end:sentence_end].rstrip()
    )


def list_candidates(
    session: Session, *, place: str | None = None, after_id: int = 0, limit: int | None = None
) -> Sequence[Observation]:
    """Candidate figures after `after_id`, oldest first, optionally of one place."""
    query = (
        select(Observation)
        .where(Observation.status == "candidate", Observation.id > after_id)
        .order_by(Observation.id)
    )
    if place is not None:
        query = query.where(Observation.place_id == find_place(session, place).id)
    if limit is not None:
        query = query.limit(limit)
    return session.scalars(query).all()


def conflicts_with(session: Session, observation: Observation) -> tuple[Observation, ...]:
    """Other candidate or accepted figures of the same place, metric, unit and period whose
    values differ from this one's by more than 0.5%."""
    groups = find_conflicts(session, [observation.place_id], observation.metric_key)
    for group in groups:
        if group.unit == observation.unit and group.period == observation.period:
            return tuple(
                other
                for other in group.observations
                if other.id != observation.id and values_conflict((other.value, observation.value))
            )
    return ()


def describe_candidate(session: Session, observation: Observation) -> Candidate:
    place = session.get(Place, observation.place_id)
    source = session.get(Source, observation.source_id)
    assert place is not None and source is not None  # foreign keys
    return Candidate(
        observation,
        place,
        source,
        quote_context(source.content, observation.quote),
        conflicts_with(session, observation),
    )


def next_candidate(
    session: Session, *, place: str | None = None, after_id: int = 0
) -> Candidate | None:
    """The oldest candidate after `after_id` (skipping moves `after_id` past one)."""
    found = list_candidates(session, place=place, after_id=after_id, limit=1)
    return describe_candidate(session, found[0]) if found else None


def accept_candidate(
    session: Session,
    observation_id: int,
    *,
    value: float | None = None,
    period: str | None = None,
    approx: str | None = None,
) -> Observation:
    """Accept a candidate, with the reviewer's corrections if any."""
    return accept_observation(session, observation_id, value=value, period=period, approx=approx)


def reject_candidate(session: Session, observation_id: int, reason: str = "") -> Observation:
    """Reject a candidate, with the reviewer's reason (a default one if none is given)."""
    return reject_observation(session, observation_id, reason.strip() or DEFAULT_REJECTION)


def skip_candidate(session: Session, observation_id: int) -> int:
    """Leave a candidate as it is; returns the id to continue the queue after."""
    return get_observation(session, observation_id).id
