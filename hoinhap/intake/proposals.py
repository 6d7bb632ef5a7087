"""Deciding on proposed names: accept one (its registry row is created from the first
document that named it) or reject it. A decision covers every document naming it, and
records who decided and when in each mention and in the history.

Accepting makes an organisation, a person, a foreign locality (which needs its country)
or a Vietnamese district (optionally in its province); countries are reference data and
are not added here. A name the registry has learnt since it was proposed is linked to
the row found instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoinhap.db.schema import ENTITY_TYPES, EntityMention, Place, Source, utcnow
from hoinhap.errors import NotFound, UserError
from hoinhap.intake.mentions import LINKS
from hoinhap.intake.resolve import resolve_entity
from hoinhap.registry.entities import (
    LOCALITY_PARENT_KINDS,
    create_named_place,
    create_organization,
    create_person,
    find_country,
)
from hoinhap.registry.names import fold_name
from hoinhap.registry.places import find_place, get_country

DEFAULT_REJECTION = "rejected in review"


@dataclass(frozen=True)
class Options:
    """What a reviewer adds when accepting: an organisation's kind, a country, a province."""

    kind: str | None = None
    country: str | None = None
    parent: str | None = None


@dataclass(frozen=True)
class Decision:
    """What a decision did: the name, how many documents it covered, the registry row."""

    type: str
    name: str
    mentions: int
    table: str | None = None
    row_id: int | None = None
    created: bool = False


def _type_label(kind: str) -> str:
    return kind.replace("_", " ")


def mentions_named(
    session: Session, name: str, *, kind: str | None, statuses: tuple[str, ...]
) -> list[EntityMention]:
    """The mentions of `name` (case and diacritics aside) in `statuses`, of one type: the
    type given, else the only one the name has; a UserError when it has several."""
    if kind is not None and kind not in ENTITY_TYPES:
        raise UserError(f"Type {kind!r} is not one of {', '.join(ENTITY_TYPES)}")
    query = select(EntityMention).where(EntityMention.status.in_(statuses))
    if kind is not None:
        query = query.where(EntityMention.type == kind)
    exact = session.scalars(query.where(EntityMention.name == name)).all()
    norm = fold_name(name)
    found = list(exact) or [m for m in session.scalars(query) if fold_name(m.name) == norm]
    if not found:
        what = "proposed" if statuses == ("proposed",) else " or ".join(statuses)
        raise NotFound(f"No {what} entity {name!r}")
    types = sorted({m.type for m in found})
    if len(types) > 1:
        listed = " and ".join(_type_label(t) for t in types)
        raise UserError(f"{name!r} is proposed as {listed}; say which with --type")
    return sorted(found, key=lambda m: m.id)


def _aliases(session: Session, mentions: list[EntityMention]) -> list[tuple[str, str]]:
    """The names the documents used, each in its document's language."""
    pairs: dict[tuple[str, str], None] = {}
    for mention in mentions:
        source = session.get(Source, mention.source_id)
        if mention.quote and mention.quote != mention.name:
            pairs[((source.language if source else None) or "und", mention.quote)] = None
    return list(pairs)


def _check_options(kind: str, options: Options) -> None:
    if options.kind is not None and kind != "organization":
        raise UserError("--kind is for organizations only")
    if options.country is not None and kind not in ("organization", "foreign_locality"):
        raise UserError("--country is for organizations and foreign localities only")
    if options.parent is not None and kind != "locality":
        raise UserError("--parent is for Vietnamese localities (districts) only")


def _create_place(
    session: Session, mentions: list[EntityMention], options: Options
) -> tuple[str, int]:
    first = mentions[0]
    if first.type == "country":
        raise UserError(
            "Countries are reference data (`hoinhap db upgrade`); add one with "
            "`hoinhap import`, or reject the proposal"
        )
    if first.type == "foreign_locality":
        if options.country is None:
            raise UserError(f"Say which country {first.name!r} is in with --country")
        country, kind, parent = find_country(session, options.country), "foreign_locality", None
    else:
        country, kind = get_country(session, "VN"), "district"
        parent = _parent(session, options.parent)
    place = create_named_place(
        session,
        first.name,
        kind=kind,
        country=country,
        parent=parent,
        source_id=first.source_id,
        aliases=_aliases(session, mentions),
    )
    return "place_id", place.id


def _parent(session: Session, name: str | None) -> Place | None:
    return find_place(session, name, kinds=LOCALITY_PARENT_KINDS) if name else None


def _create_row(
    session: Session, mentions: list[EntityMention], options: Options
) -> tuple[str, int]:
    """The link column and id of the registry row made from the first mention."""
    first = mentions[0]
    if first.type == "organization":
        code = find_country(session, options.country).country_code if options.country else None
        row = create_organization(
            session,
            first.name,
            source_id=first.source_id,
            kind=options.kind or "other",
            country_code=code,
        )
        return "organization_id", row.id
    if first.type == "person":
        return "person_id", create_person(session, first.name, source_id=first.source_id).id
    return _create_place(session, mentions, options)


def accept_entity(
    session: Session, name: str, *, kind: str | None = None, options: Options | None = None
) -> Decision:
    """Accept a proposed (or earlier rejected) name: create its registry row, or link the
    row the registry has learnt since, and mark every mention of it accepted."""
    mentions = mentions_named(session, name, kind=kind, statuses=("proposed", "rejected"))
    chosen = options or Options()
    first = mentions[0]
    _check_options(first.type, chosen)
    known = resolve_entity(session, first.type, first.name)
    column, row_id = (
        (LINKS[first.type], known) if known is not None else _create_row(session, mentions, chosen)
    )
    _decide(session, mentions, "accepted", None)
    for mention in mentions:
        setattr(mention, column, row_id)
    session.flush()
    return Decision(
        first.type,
        first.name,
        len(mentions),
        column.removesuffix("_id"),
        row_id,
        created=known is None,
    )


def reject_entity(
    session: Session, name: str, *, kind: str | None = None, reason: str = ""
) -> Decision:
    """Reject a proposed name in every document naming it, with the reviewer's reason."""
    mentions = mentions_named(session, name, kind=kind, statuses=("proposed",))
    _decide(session, mentions, "rejected", reason.strip() or DEFAULT_REJECTION)
    session.flush()
    return Decision(mentions[0].type, mentions[0].name, len(mentions))


def _decide(session: Session, mentions: list[EntityMention], status: str, note: str | None) -> None:
    actor, now = str(session.info.get("actor", "unknown")), utcnow()
    for mention in mentions:
        mention.status, mention.note = status, note
        mention.decided_by, mention.decided_at = actor, now
