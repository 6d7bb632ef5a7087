"""Store one processed document: its Source, its figures as candidate Observations, its
entities as mentions resolved to registry rows or proposed as new (`mentions.py`), and
its place in a story (`stories.py`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoinhap.db.schema import Observation, Place, Source
from hoinhap.errors import UserError
from hoinhap.intake.mentions import store_mentions
from hoinhap.intake.resolve import resolve_subject
from hoinhap.intake.review import conflicts_with
from hoinhap.intake.stories import group_source
from hoinhap.registry.observations import create_observation
from hoinhap.registry.sources import get_or_create_source

if TYPE_CHECKING:
    from hoinhap.intake.pipeline import FactLike, Processed
    from hoinhap.intake.readers import ReadDocument


@dataclass(frozen=True)
class DocumentResult:
    """What became of one document: status "stored", "unchanged" or "failed" (or, read
    again from its stored text, "updated")."""

    name: str
    status: str
    source_id: int | None = None
    lang: str | None = None
    facts_found: int = 0
    facts_stored: int = 0
    error: str | None = None
    skipped: tuple[str, ...] = ()  # figures that could not be stored, and why
    resolved: int = 0  # entities found in the registry
    proposed: tuple[str, ...] = ()  # entities the registry does not know: "person: Ho Ky Minh"
    was_read: bool = True
    conflicts: tuple[str, ...] = ()  # stored figures that disagree with one of this document's
    story: tuple[str, ...] = ()  # the other documents of its story: "#3 Title"
    removed: tuple[str, ...] = ()  # candidates a new extraction no longer finds


def find_source_by_hash(session: Session, digest: str) -> Source | None:
    return session.scalar(select(Source).where(Source.content_hash == digest))


def _mark_failed(source: Source, reason: str) -> None:
    if source.status != "failed" or source.error != reason:
        source.status, source.error = "failed", reason


def store_failure(session: Session, item: Processed) -> DocumentResult:
    """A document that could not be read: a Source named by its file or URL, marked failed.

    Stored once; a document stored before under the same name keeps what it has."""
    reason = item.error or "failed"
    source = get_or_create_source(session, title=item.name, url=item.location)
    if source.content_hash is None:
        _mark_failed(source, reason)
    return DocumentResult(item.name, "failed", source.id, error=reason, was_read=False)


def _document_source(
    session: Session, document: ReadDocument, lang: str | None
) -> tuple[Source, bool]:
    """The document's Source and whether it was stored (not failed) before."""
    found = find_source_by_hash(session, document.content_hash)
    if found is not None:
        return found, found.status != "failed"
    source = get_or_create_source(
        session,
        title=document.title,
        url=document.url,
        content=document.text,
        language=lang,
        published_on=document.published,
        file_name=document.file_name,
    )
    return source, False


def store_processed(session: Session, item: Processed) -> DocumentResult:
    """Store a processed document (see the module's docstring); never raises for a bad
    figure or an unknown entity, which are reported in the result instead."""
    if item.document is None:
        return store_failure(session, item)
    extraction = item.extraction
    lang = extraction.lang if extraction else None
    source, known = _document_source(session, item.document, lang)
    if extraction is None:
        if not known:
            _mark_failed(source, item.error or "failed")
        return DocumentResult(item.name, "failed", source.id, lang, error=item.error)
    facts_found = len(extraction.facts)
    if known:
        return DocumentResult(item.name, "unchanged", source.id, lang, facts_found)
    if source.status != "stored":
        source.status, source.error = "stored", None
    if source.language is None and lang:
        source.language = lang
    published = item.document.published
    stored, skipped = store_facts(session, source, extraction.facts, published)
    mentions = store_mentions(session, source, extraction.entities)
    return DocumentResult(
        item.name,
        "stored",
        source.id,
        lang,
        facts_found,
        len(stored),
        None,
        skipped,
        mentions.resolved,
        mentions.proposed,
        conflicts=describe_conflicts(session, stored),
        story=describe_story(group_source(session, source)),
    )


def describe_story(others: Sequence[Source]) -> tuple[str, ...]:
    """ "#3 Title" for each other document of a story."""
    return tuple(f"#{other.id} {other.title}" for other in others)


def store_fact(
    session: Session, source: Source, fact: FactLike, published: dt.date | None
) -> Observation:
    place = resolve_subject(session, fact.subject, period=fact.period, published=published)
    return create_observation(
        session,
        place_id=place.id,
        metric_key=fact.metric,
        value=float(fact.value),
        unit=fact.unit,
        source_id=source.id,
        period=fact.period,
        approx=fact.approx,
        quote=fact.quote,
    )


def store_facts(
    session: Session, source: Source, facts: Sequence[FactLike], published: dt.date | None
) -> tuple[list[Observation], tuple[str, ...]]:
    """Each figure as a candidate (a figure stored before is found, as it is); a figure the
    registry refuses is skipped with the reason."""
    stored: dict[int, Observation] = {}
    skipped: list[str] = []
    for fact in facts:
        try:
            observation = store_fact(session, source, fact, published)
            stored[observation.id] = observation
        except UserError as exc:
            skipped.append(f"{fact.subject} {fact.metric} {fact.value:g} {fact.unit}: {exc}")
    return list(stored.values()), tuple(skipped)


def describe_conflicts(session: Session, observations: list[Observation]) -> tuple[str, ...]:
    """ "#12 Da Nang fdi_projects 2021-2025: 797 count, but #8 says 810" for each figure
    that disagrees with a stored candidate or accepted one."""
    lines = []
    for observation in observations:
        others = conflicts_with(session, observation)
        if others:
            place = session.get(Place, observation.place_id)
            said = ", ".join(f"#{o.id} says {o.value:g}" for o in others)
            lines.append(
                f"#{observation.id} {place.name if place else ''} {observation.metric_key} "
                f"{observation.period or 'no period'}: {observation.value:g} {observation.unit},"
                f" but {said}"
            )
    return tuple(lines)
