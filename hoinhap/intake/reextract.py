"""Read stored documents again with the current extractor (`hoinhap ingest --reextract`).

When the extractor improves, the documents already stored are extracted again from their
stored text (`source.content`), without the files. The figures and names found now and
not before are added; candidate figures and undecided names the extractor no longer
finds are removed, and the summary says which; figures a person accepted (as they were,
or edited) or rejected, and names a person decided on, are never touched. Each document
is read again in its own transaction; running it twice changes nothing the second time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from hoinhap.db.engine import transaction
from hoinhap.db.schema import EntityMention, Observation, Place, Source
from hoinhap.errors import UserError
from hoinhap.intake import pipeline
from hoinhap.intake.mentions import store_mentions
from hoinhap.intake.pipeline import ExtractionLike, Extractor, IngestReport
from hoinhap.intake.store import (
    DocumentResult,
    describe_conflicts,
    describe_story,
    store_facts,
)
from hoinhap.intake.stories import group_source, leave_story
from hoinhap.registry.sources import get_source


def sources_to_reextract(session: Session, source_ids: Sequence[int] = ()) -> list[int]:
    """The ids of the given sources (each must hold a stored text), else of every stored
    document, oldest first."""
    if not source_ids:
        query = select(Source.id).where(Source.status == "stored", Source.content.is_not(None))
        return list(session.scalars(query.order_by(Source.id)))
    for source_id in source_ids:
        source = get_source(session, source_id)
        if source.content is None or source.status != "stored":
            raise UserError(f"Source {source_id} has no stored text to read again")
    return list(dict.fromkeys(source_ids))


def document_name(source: Source) -> str:
    return source.file_name or source.url or source.title


def _extract(source: Source, extractor: Extractor) -> ExtractionLike:
    doc = Path(source.file_name).stem if source.file_name else f"source-{source.id}"
    return extractor(source.content or "", doc=doc, published=source.published_on)


def _describe_removed(session: Session, observation: Observation) -> str:
    place = session.get(Place, observation.place_id)
    return (
        f"#{observation.id} {place.name if place else ''} {observation.metric_key} "
        f"{observation.period or 'no period'}: {observation.value:g} {observation.unit}"
    )


def _remove_candidates(session: Session, source: Source, kept: set[int]) -> tuple[str, ...]:
    """Delete the source's candidate figures not in `kept`; describe each."""
    query = select(Observation).where(
        Observation.source_id == source.id, Observation.status == "candidate"
    )
    removed = []
    for observation in session.scalars(query.order_by(Observation.id)):
        if observation.id not in kept:
            removed.append(_describe_removed(session, observation))
            session.delete(observation)
    session.flush()
    return tuple(removed)


def reextract_source(session: Session, source: Source, extractor: Extractor) -> DocumentResult:
    """Extract one stored document again and bring its figures and names up to date."""
    name = document_name(source)
    try:
        extraction = _extract(source, extractor)
    except Exception as exc:  # a bug in extraction must not stop the run
        reason = f"{name}: extraction failed ({type(exc).__name__}: {exc})"
        return DocumentResult(name, "failed", source.id, source.language, error=reason)
    before = set(session.scalars(select(Observation.id).where(Observation.source_id == source.id)))
    proposed_before = set(_proposed(session, source))
    story_before = set(_story_ids(session, source))
    stored, skipped = store_facts(session, source, extraction.facts, source.published_on)
    new = [o for o in stored if o.id not in before]
    removed = _remove_candidates(session, source, {o.id for o in stored})
    mentions = store_mentions(session, source, extraction.entities)
    relabelled = bool(extraction.lang) and source.language != extraction.lang
    if relabelled:
        source.language = extraction.lang
    changed = bool(new or removed or mentions.added or mentions.removed or relabelled)
    leave_story(session, source)
    story = group_source(session, source)
    return DocumentResult(
        name,
        "updated" if changed else "unchanged",
        source.id,
        source.language,
        len(extraction.facts),
        len(new),
        None,
        skipped,
        mentions.resolved,
        tuple(p for p in mentions.proposed if p not in proposed_before),
        conflicts=describe_conflicts(session, new),
        story=describe_story(story) if set(_story_ids(session, source)) != story_before else (),
        removed=removed,
    )


def _proposed(session: Session, source: Source) -> list[str]:
    query = select(EntityMention).where(
        EntityMention.source_id == source.id, EntityMention.status == "proposed"
    )
    return [f"{m.type}: {m.name}" for m in session.scalars(query)]


def _story_ids(session: Session, source: Source) -> list[int]:
    """The documents of the source's story (the source itself included)."""
    if source.story_id is None:
        return [source.id]
    return list(session.scalars(select(Source.id).where(Source.story_id == source.story_id)))


def reextract(
    engine: Engine,
    *,
    actor: str,
    extractor: Extractor | None = None,
    source_ids: Sequence[int] = (),
    on_source: Callable[[int, int], None] | None = None,
) -> IngestReport:
    """Read the stored documents (all, or `source_ids`) again; see the module's docstring.
    `on_source(done, total)` is called after each document."""
    with transaction(engine, actor) as session:
        ids = sources_to_reextract(session, source_ids)
    chosen = extractor or pipeline.default_extractor()
    report = IngestReport()
    for done, source_id in enumerate(ids, start=1):
        with transaction(engine, actor) as session:
            source = get_source(session, source_id)
            report.results.append(reextract_source(session, source, chosen))
        if on_source is not None:
            on_source(done, len(ids))
    return report
