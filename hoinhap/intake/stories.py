"""Stories of stored documents: the same news told in several languages, kept together.

When a document is stored it is scored (`group.story_score`) against the stored documents
that share one of its entities or one of its figures' metrics and were published within
`STORY_WINDOW_DAYS` of it (or have no date), from what is stored: their candidate and
accepted figures and the names they mention. Each document it scores at least
`STORY_THRESHOLD` with brings its story along; the stories met become one, identified by
`source.story_id` = the id of its first document. Stories are joined, never split: a
document stays in the story it was grouped into.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session, aliased, defer

from hoinhap.db.schema import EntityMention, Observation, Place, Source
from hoinhap.intake.group import STORY_THRESHOLD, story_score
from hoinhap.registry.observations import values_conflict

STORY_WINDOW_DAYS = 30


@dataclass(frozen=True)
class StoredFact:
    """A stored figure in the shape `group` scores (`pipeline.FactLike`)."""

    subject: str
    metric: str
    value: float
    unit: str
    approx: str
    period: str | None
    quote: str


@dataclass(frozen=True)
class StoredEntity:
    """A stored mention in the shape `group` scores (`pipeline.EntityLike`)."""

    type: str
    name: str
    quote: str


@dataclass(frozen=True)
class StoredDocument:
    """A stored document as an extraction (`pipeline.ExtractionLike`); `doc` is its id."""

    doc: str
    lang: str | None
    facts: list[StoredFact] = field(default_factory=list)
    entities: list[StoredEntity] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "lang": self.lang,
            "facts": [vars(f) for f in self.facts],
            "entities": [vars(e) for e in self.entities],
        }


def stored_documents(session: Session, sources: Sequence[Source]) -> dict[int, StoredDocument]:
    """Each source's candidate and accepted figures and its not rejected mentions."""
    ids = [source.id for source in sources]
    documents = {s.id: StoredDocument(str(s.id), s.language) for s in sources}
    figures = (
        select(Observation, Place.name)
        .join(Place, Place.id == Observation.place_id)
        .where(Observation.source_id.in_(ids), Observation.status != "rejected")
        .order_by(Observation.id)
    )
    for observation, place in session.execute(figures).all():
        documents[observation.source_id].facts.append(
            StoredFact(
                place,
                observation.metric_key,
                observation.value,
                observation.unit,
                observation.approx,
                observation.period,
                observation.quote or "",
            )
        )
    mentions = select(EntityMention).where(
        EntityMention.source_id.in_(ids), EntityMention.status != "rejected"
    )
    for mention in session.scalars(mentions.order_by(EntityMention.id)):
        documents[mention.source_id].entities.append(
            StoredEntity(mention.type, mention.name, mention.quote or "")
        )
    return documents


def _sharing(source: Source) -> Select[tuple[int]]:
    """Ids of other sources naming one of its entities or stating one of its metrics."""
    mine, other = aliased(EntityMention), aliased(EntityMention)
    by_entity = (
        select(other.source_id)
        .join(mine, and_(mine.type == other.type, mine.name == other.name))
        .where(mine.source_id == source.id, other.source_id != source.id)
        .where(mine.status != "rejected", other.status != "rejected")
    )
    mine_o, other_o = aliased(Observation), aliased(Observation)
    by_metric = (
        select(other_o.source_id)
        .join(mine_o, and_(mine_o.metric_key == other_o.metric_key, mine_o.unit == other_o.unit))
        .where(mine_o.source_id == source.id, other_o.source_id != source.id)
        .where(mine_o.status != "rejected", other_o.status != "rejected")
    )
    return by_entity.union(by_metric)  # type: ignore[return-value]


def _candidates(session: Session, source: Source) -> list[Source]:
    """The stored documents `source` may share a story with (see the module's docstring)."""
    query = select(Source).where(Source.id.in_(_sharing(source)), Source.story_id.is_not(None))
    if source.published_on is not None:
        window = dt.timedelta(days=STORY_WINDOW_DAYS)
        query = query.where(
            or_(
                Source.published_on.is_(None),
                Source.published_on.between(
                    source.published_on - window, source.published_on + window
                ),
            )
        )
    return list(session.scalars(query.options(defer(Source.content)).order_by(Source.id)))


def _telling_the_same(session: Session, source: Source, others: list[Source]) -> list[Source]:
    """The documents among ``others`` that tell the story ``source`` tells."""
    documents = stored_documents(session, [source, *others])
    dates = {str(s.id): s.published_on for s in [source, *others]}
    mine = documents[source.id]
    return [o for o in others if story_score(mine, documents[o.id], dates) >= STORY_THRESHOLD]


def group_source(session: Session, source: Source) -> list[Source]:
    """Put a stored document in its story, joining the stories of the documents that tell
    the same one; returns the other documents of its story, oldest first."""
    matched = _telling_the_same(session, source, _candidates(session, source))
    stories = {source.story_id or source.id} | {other.story_id or other.id for other in matched}
    story_id = min(stories)
    members = list(session.scalars(select(Source).where(Source.story_id.in_(stories))))
    for member in {*members, source}:
        if member.story_id != story_id:
            member.story_id = story_id
    session.flush()
    return sorted((m for m in members if m.id != source.id), key=lambda m: m.id)


def leave_story(session: Session, source: Source) -> None:
    """Take a document read again out of its story when it no longer tells it (it matches
    none of the story's other documents); they stay together under the smallest id."""
    if source.story_id is None:
        return
    others = list(
        session.scalars(
            select(Source).where(Source.story_id == source.story_id, Source.id != source.id)
        )
    )
    if not others:
        return
    if _telling_the_same(session, source, others):
        return
    remaining = min(o.id for o in others)
    for other in others:
        other.story_id = remaining
    source.story_id = source.id
    session.flush()


# --- Listing ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FigureStated:
    """One document's value for a figure its story's documents disagree on."""

    observation_id: int
    value: float
    approx: str
    source_id: int


@dataclass(frozen=True)
class StoryConflict:
    """Figures of the same place, metric, unit and period whose values differ beyond 0.5%."""

    place: str
    metric: str
    unit: str
    period: str | None
    figures: tuple[FigureStated, ...]


@dataclass(frozen=True)
class Story:
    """The documents telling one story, oldest first, and the figures they disagree on."""

    id: int
    documents: tuple[Source, ...]
    conflicts: tuple[StoryConflict, ...]

    @property
    def first_date(self) -> dt.date | None:
        dates = [d.published_on for d in self.documents if d.published_on is not None]
        return min(dates) if dates else None


def story_conflicts(session: Session, source_ids: Iterable[int]) -> list[StoryConflict]:
    """The candidate or accepted figures of these documents that disagree (0.5% apart)."""
    query = (
        select(Observation, Place.name)
        .join(Place, Place.id == Observation.place_id)
        .where(Observation.source_id.in_(list(source_ids)), Observation.status != "rejected")
        .order_by(Observation.id)
    )
    groups: dict[tuple[str, str, str, str | None], list[FigureStated]] = defaultdict(list)
    for observation, place in session.execute(query).all():
        key = (place, observation.metric_key, observation.unit, observation.period)
        groups[key].append(
            FigureStated(
                observation.id, observation.value, observation.approx, observation.source_id
            )
        )
    return [
        StoryConflict(*key, figures=tuple(figures))
        for key, figures in groups.items()
        if values_conflict(f.value for f in figures)
    ]


def _day(source: Source) -> dt.date:
    return source.published_on or source.created_at.date()


def list_stories(
    session: Session, *, since: dt.date | None = None, min_documents: int = 1
) -> list[Story]:
    """Stories with at least `min_documents` documents, one of them published (or, with no
    date, stored) on or after `since`; by their first date, then by id."""
    members: dict[int, list[Source]] = defaultdict(list)
    query = (
        select(Source)
        .where(Source.story_id.is_not(None))
        .options(defer(Source.content))
        .order_by(Source.id)
    )
    for source in session.scalars(query):
        members[source.story_id or source.id].append(source)
    chosen = [
        (story_id, documents)
        for story_id, documents in members.items()
        if len(documents) >= min_documents
        and (since is None or any(_day(d) >= since for d in documents))
    ]
    stories = [
        Story(
            story_id, tuple(documents), tuple(story_conflicts(session, (d.id for d in documents)))
        )
        for story_id, documents in chosen
    ]
    return sorted(stories, key=lambda s: (s.first_date or dt.date.max, s.id))
