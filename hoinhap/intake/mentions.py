"""Entity mentions: what each stored document names, and the registry row each name is.

One `entity_mention` row per document, type and name. A name the registry knows is
"resolved" and linked to its place, organisation or person; one it does not know is
"proposed" until a person accepts it (the registry row is created, see `proposals.py`) or
rejects it. A name rejected before is stored as rejected again, so the same wrong name is
not proposed by every later document; a name accepted before resolves to its row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hoinhap.db.schema import ENTITY_TYPES, MENTION_STATUSES, EntityMention, Source
from hoinhap.errors import UserError
from hoinhap.intake.resolve import resolve_entity
from hoinhap.registry.names import fold_name

if TYPE_CHECKING:
    from hoinhap.intake.pipeline import EntityLike

# The mention column linking each entity type to its registry row.
LINKS = {
    "locality": "place_id",
    "foreign_locality": "place_id",
    "country": "place_id",
    "organization": "organization_id",
    "person": "person_id",
}
UNDECIDED = ("resolved", "proposed")  # what extraction may add or take away again


@dataclass(frozen=True)
class MentionsStored:
    """What storing a document's entities did."""

    resolved: int  # names the registry knows
    proposed: tuple[str, ...]  # names it does not know, as "person: Ho Ky Minh"
    added: int = 0
    removed: int = 0


def link_of(mention: EntityMention) -> int | None:
    """The id of the registry row a mention is linked to, if any."""
    value = getattr(mention, LINKS[mention.type])
    return int(value) if value is not None else None


def _resolve(session: Session, mention: EntityMention) -> None:
    """Link a mention to the registry row its name resolves to, or leave it proposed."""
    found = resolve_entity(session, mention.type, mention.name)
    if found is not None:
        setattr(mention, LINKS[mention.type], found)
        mention.status = "resolved"


def _earlier_rejection(session: Session, kind: str, name: str) -> EntityMention | None:
    query = select(EntityMention).where(
        EntityMention.status == "rejected", EntityMention.type == kind, EntityMention.name == name
    )
    return session.scalars(query.order_by(EntityMention.id).limit(1)).first()


def new_mention(session: Session, source_id: int, entity: EntityLike) -> EntityMention:
    """A mention of `entity`: resolved, else rejected as before, else proposed."""
    mention = EntityMention(
        source_id=source_id,
        type=entity.type,
        name=entity.name,
        quote=entity.quote,
        status="proposed",
    )
    _resolve(session, mention)
    if mention.status == "proposed":
        rejected = _earlier_rejection(session, entity.type, entity.name)
        if rejected is not None:
            mention.status, mention.note = "rejected", rejected.note
            mention.decided_by, mention.decided_at = rejected.decided_by, rejected.decided_at
    session.add(mention)
    return mention


def _named(entities: Sequence[EntityLike]) -> dict[tuple[str, str], EntityLike]:
    """Each entity once by type and name, the first mention kept; unknown types and empty
    names left out."""
    named: dict[tuple[str, str], EntityLike] = {}
    for entity in entities:
        if entity.type in ENTITY_TYPES and fold_name(entity.name) and len(entity.name) <= 300:
            named.setdefault((entity.type, entity.name), entity)
    return named


def store_mentions(
    session: Session, source: Source, entities: Sequence[EntityLike]
) -> MentionsStored:
    """Store what a document names (see the module's docstring). Run again over a new
    extraction, it adds the names now found, drops the undecided ones no longer found and
    links proposed names the registry has learnt since; decided ones are kept as they are."""
    stored = {
        (m.type, m.name): m
        for m in session.scalars(select(EntityMention).where(EntityMention.source_id == source.id))
    }
    named = _named(entities)
    added = removed = 0
    for key, entity in named.items():
        mention = stored.get(key)
        if mention is None:
            stored[key] = new_mention(session, source.id, entity)
            added += 1
        elif mention.status == "proposed":
            _resolve(session, mention)
    for key, mention in list(stored.items()):
        if key not in named and mention.status in UNDECIDED:
            session.delete(stored.pop(key))
            removed += 1
    session.flush()
    resolved = sum(1 for m in stored.values() if m.status == "resolved")
    proposed = tuple(f"{m.type}: {m.name}" for m in stored.values() if m.status == "proposed")
    return MentionsStored(resolved, proposed, added, removed)


# --- Listing ---------------------------------------------------------------------------


@dataclass(frozen=True)
class NamedEntity:
    """One name of one type across documents, as `hoinhap entities list` shows it."""

    type: str
    name: str
    status: str
    documents: int
    quote: str | None
    source_id: int
    source_title: str
    link: int | None


def list_entities(
    session: Session, *, status: str = "proposed", kind: str | None = None, limit: int = 50
) -> list[NamedEntity]:
    """Names by status (and type), the most documents first, each with its first quote."""
    if status not in MENTION_STATUSES:
        raise UserError(f"Status {status!r} is not one of {', '.join(MENTION_STATUSES)}")
    if kind is not None and kind not in ENTITY_TYPES:
        raise UserError(f"Type {kind!r} is not one of {', '.join(ENTITY_TYPES)}")
    documents = func.count(EntityMention.source_id.distinct())
    query = (
        select(EntityMention.type, EntityMention.name, documents, func.min(EntityMention.id))
        .where(EntityMention.status == status)
        .group_by(EntityMention.type, EntityMention.name)
        .order_by(documents.desc(), EntityMention.type, EntityMention.name)
        .limit(limit)
    )
    if kind is not None:
        query = query.where(EntityMention.type == kind)
    rows = session.execute(query).all()
    first = {
        m.id: m
        for m in session.scalars(
            select(EntityMention).where(EntityMention.id.in_([r[3] for r in rows]))
        )
    }
    return [_named_entity(session, first[row[3]], int(row[2])) for row in rows]


def _named_entity(session: Session, mention: EntityMention, documents: int) -> NamedEntity:
    source = session.get(Source, mention.source_id)
    return NamedEntity(
        mention.type,
        mention.name,
        mention.status,
        documents,
        mention.quote,
        mention.source_id,
        source.title if source else "",
        link_of(mention),
    )
