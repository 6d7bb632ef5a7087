"""Every table of the registry. docs/data-model.md says why each exists.

Conventions: integer surrogate ids; a `key` column (unique, stable, human-readable) on
rows that imports must recognise again; every registry row and every figure points to
the `source` it came from; dates are `date`, moments are timezone-aware UTC.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """Now, timezone-aware, in UTC."""
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: dict[Any, Any] = {  # noqa: RUF012
        dict[str, Any]: JSON,
        dt.datetime: DateTime(timezone=True),
    }


def _fk(table: str, *, nullable: bool = False, ondelete: str | None = None) -> Mapped[Any]:
    return mapped_column(ForeignKey(f"{table}.id", ondelete=ondelete), nullable=nullable)


def _source_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("source.id"), nullable=False, index=True)


# --- Sources ---------------------------------------------------------------------------


class Source(Base):
    """A document a row or figure came from: an article, report, decree, dataset, form."""

    __tablename__ = "source"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    url: Mapped[str | None] = mapped_column(String(2000), index=True)
    file_name: Mapped[str | None] = mapped_column(String(500))
    publisher: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str | None] = mapped_column(String(8))
    published_on: Mapped[dt.date | None] = mapped_column(Date)
    content_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    content: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="stored")
    error: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # The story this document tells: the id of the story's first source (its own id for a
    # document no other tells); None for sources that are not ingested documents.
    story_id: Mapped[int | None] = mapped_column(ForeignKey("source.id"), index=True)


class FeedItem(Base):
    """An RSS/Atom item `hoinhap watch` has seen; `key` hashes the feed URL and item id."""

    __tablename__ = "feed_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    feed_url: Mapped[str] = mapped_column(String(2000))
    item_id: Mapped[str] = mapped_column(String(2000))
    link: Mapped[str | None] = mapped_column(String(2000))
    seen_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    source_id: Mapped[int | None] = _fk("source", nullable=True)


# --- Places ----------------------------------------------------------------------------

PLACE_KINDS = ("country", "province", "city", "foreign_locality", "region", "district")


class Place(Base):
    """A country, a Vietnamese province or centrally-run city, a foreign locality, a region.

    A place exists from `valid_from` to `valid_to` (None: open). Provinces merged away on
    1 July 2025 keep their row, closed on 30 June 2025, with a `place_lineage` row saying
    where they went.
    """

    __tablename__ = "place"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('country','province','city','foreign_locality','region','district')",
            name="kind",
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    name: Mapped[str] = mapped_column(String(200))
    name_vi: Mapped[str | None] = mapped_column(String(200))
    country_code: Mapped[str | None] = mapped_column(String(2), index=True)
    parent_id: Mapped[int | None] = _fk("place", nullable=True)
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    source_id: Mapped[int] = _source_fk()

    names: Mapped[list[PlaceName]] = relationship(
        back_populates="place", cascade="all, delete-orphan"
    )


class PlaceName(Base):
    """One name of a place in one language or script; `norm` is the folded lookup form."""

    __tablename__ = "place_name"
    __table_args__ = (UniqueConstraint("place_id", "name", "lang"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    place_id: Mapped[int] = _fk("place", ondelete="CASCADE")
    name: Mapped[str] = mapped_column(String(200))
    lang: Mapped[str] = mapped_column(String(8))
    norm: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="alias")

    place: Mapped[Place] = relationship(back_populates="names")


class PlaceLineage(Base):
    """A change of an administrative unit: `kind` merged_into or renamed_to, effective on a date."""

    __tablename__ = "place_lineage"
    __table_args__ = (UniqueConstraint("from_place_id", "to_place_id", "effective_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    from_place_id: Mapped[int] = _fk("place")
    to_place_id: Mapped[int] = _fk("place")
    kind: Mapped[str] = mapped_column(String(16))
    effective_on: Mapped[dt.date] = mapped_column(Date)
    legal_basis: Mapped[str | None] = mapped_column(String(200))
    source_id: Mapped[int] = _source_fk()


class RegionMember(Base):
    """A province belonging to a socio-economic region (both are places)."""

    __tablename__ = "region_member"
    __table_args__ = (UniqueConstraint("region_id", "place_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    region_id: Mapped[int] = _fk("place")
    place_id: Mapped[int] = _fk("place")
    source_id: Mapped[int] = _source_fk()


# --- Organisations and people ----------------------------------------------------------


class Organization(Base):
    """An international organisation, city network, ministry, local body, company or NGO."""

    __tablename__ = "organization"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    name_vi: Mapped[str | None] = mapped_column(String(300))
    acronym: Mapped[str | None] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(30))
    country_code: Mapped[str | None] = mapped_column(String(2))
    place_id: Mapped[int | None] = _fk("place", nullable=True)
    website: Mapped[str | None] = mapped_column(String(500))
    source_id: Mapped[int] = _source_fk()


class Person(Base):
    """A person, named "Given Family" as English-language Vietnamese press writes it."""

    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_vi: Mapped[str | None] = mapped_column(String(200))
    source_id: Mapped[int] = _source_fk()


class Position(Base):
    """Who held which office, where, from when to when."""

    __tablename__ = "position"
    __table_args__ = (UniqueConstraint("person_id", "title", "start_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = _fk("person")
    title: Mapped[str] = mapped_column(String(300))
    organization_id: Mapped[int | None] = _fk("organization", nullable=True)
    place_id: Mapped[int | None] = _fk("place", nullable=True)
    start_on: Mapped[dt.date | None] = mapped_column(Date)
    end_on: Mapped[dt.date | None] = mapped_column(Date)
    source_id: Mapped[int] = _source_fk()


ENTITY_TYPES = ("locality", "foreign_locality", "country", "organization", "person")
MENTION_STATUSES = ("resolved", "proposed", "accepted", "rejected")


class EntityMention(Base):
    """A place, organisation or person a document names, and the registry row it is.

    "resolved": the registry knew the name; "proposed": it did not, and a person decides:
    "accepted" (the registry row was created from this mention) or "rejected".
    """

    __tablename__ = "entity_mention"
    __table_args__ = (
        UniqueConstraint("source_id", "type", "name"),
        CheckConstraint(
            "type IN ('locality','foreign_locality','country','organization','person')",
            name="type",
        ),
        CheckConstraint("status IN ('resolved','proposed','accepted','rejected')", name="status"),
        # Stories find the documents naming the same entity; decisions find every
        # mention of a name.
        Index("ix_entity_mention_type_name", "type", "name"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = _source_fk()
    type: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(300))
    quote: Mapped[str | None] = mapped_column(Text)
    place_id: Mapped[int | None] = _fk("place", nullable=True)
    organization_id: Mapped[int | None] = _fk("organization", nullable=True)
    person_id: Mapped[int | None] = _fk("person", nullable=True)
    status: Mapped[str] = mapped_column(String(10), default="proposed", index=True)
    decided_by: Mapped[str | None] = mapped_column(String(100))
    decided_at: Mapped[dt.datetime | None] = mapped_column()
    note: Mapped[str | None] = mapped_column(Text)


# --- Cooperation -----------------------------------------------------------------------


class Partnership(Base):
    """A Vietnamese locality's relation with a foreign locality."""

    __tablename__ = "partnership"
    __table_args__ = (UniqueConstraint("place_id", "partner_place_id", "kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    place_id: Mapped[int] = _fk("place")
    partner_place_id: Mapped[int] = _fk("place")
    kind: Mapped[str] = mapped_column(String(20))
    since: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="active")
    notes: Mapped[str | None] = mapped_column(Text)
    source_id: Mapped[int] = _source_fk()


class Agreement(Base):
    """An MOU, agreement or letter of intent signed by a Vietnamese locality."""

    __tablename__ = "agreement"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(20))
    place_id: Mapped[int] = _fk("place")
    signed_on: Mapped[dt.date | None] = mapped_column(Date)
    expires_on: Mapped[dt.date | None] = mapped_column(Date)
    fields: Mapped[str | None] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(20), default="active")
    delegation_id: Mapped[int | None] = _fk("delegation", nullable=True)
    source_id: Mapped[int] = _source_fk()

    parties: Mapped[list[AgreementParty]] = relationship(cascade="all, delete-orphan")


class AgreementParty(Base):
    """A counterpart of an agreement: a place or an organisation."""

    __tablename__ = "agreement_party"
    __table_args__ = (
        CheckConstraint(
            "(place_id IS NULL) <> (organization_id IS NULL)", name="place_or_organization"
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = _fk("agreement", ondelete="CASCADE")
    place_id: Mapped[int | None] = _fk("place", nullable=True)
    organization_id: Mapped[int | None] = _fk("organization", nullable=True)


class Activity(Base):
    """Something done under an agreement; an agreement without any has stalled at signing."""

    __tablename__ = "activity"
    __table_args__ = (UniqueConstraint("agreement_id", "happened_on", "description"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = _fk("agreement")
    happened_on: Mapped[dt.date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(String(1000))
    source_id: Mapped[int] = _source_fk()


class Delegation(Base):
    """A delegation received (inbound) or sent (outbound) by a Vietnamese locality."""

    __tablename__ = "delegation"
    __table_args__ = (
        CheckConstraint("direction IN ('inbound','outbound')", name="direction"),
        CheckConstraint("size IS NULL OR size >= 0", name="size_not_negative"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)
    direction: Mapped[str] = mapped_column(String(10))
    place_id: Mapped[int] = _fk("place")
    counterpart_place_id: Mapped[int | None] = _fk("place", nullable=True)
    start_on: Mapped[dt.date] = mapped_column(Date)
    end_on: Mapped[dt.date | None] = mapped_column(Date)
    leader: Mapped[str | None] = mapped_column(String(300))
    leader_person_id: Mapped[int | None] = _fk("person", nullable=True)
    size: Mapped[int | None] = mapped_column(Integer)
    purpose: Mapped[str | None] = mapped_column(Text)
    outcomes: Mapped[str | None] = mapped_column(Text)
    source_id: Mapped[int] = _source_fk()


class Event(Base):
    """An international event hosted by a Vietnamese locality."""

    __tablename__ = "event"
    __table_args__ = (
        CheckConstraint("participants IS NULL OR participants >= 0", name="participants"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)
    name: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(30))
    place_id: Mapped[int] = _fk("place")
    start_on: Mapped[dt.date] = mapped_column(Date)
    end_on: Mapped[dt.date | None] = mapped_column(Date)
    participants: Mapped[int | None] = mapped_column(Integer)
    source_id: Mapped[int] = _source_fk()


class Project(Base):
    """An FDI, domestic, ODA or NGO project in a Vietnamese locality."""

    __tablename__ = "project"
    __table_args__ = (
        CheckConstraint("kind IN ('fdi','domestic','oda','ngo')", name="kind"),
        CheckConstraint("capital IS NULL OR capital >= 0", name="capital_not_negative"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)
    name: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(10))
    place_id: Mapped[int] = _fk("place")
    investor: Mapped[str | None] = mapped_column(String(300))
    investor_organization_id: Mapped[int | None] = _fk("organization", nullable=True)
    origin_country_code: Mapped[str | None] = mapped_column(String(2))
    capital: Mapped[float | None] = mapped_column(Float)
    currency: Mapped[str | None] = mapped_column(String(3))
    sector: Mapped[str | None] = mapped_column(String(200))
    licensed_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="active")
    source_id: Mapped[int] = _source_fk()


class Membership(Base):
    """A locality's membership of an organisation or city network."""

    __tablename__ = "membership"
    __table_args__ = (UniqueConstraint("place_id", "organization_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    place_id: Mapped[int] = _fk("place")
    organization_id: Mapped[int] = _fk("organization")
    joined_on: Mapped[dt.date | None] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    source_id: Mapped[int] = _source_fk()


class Award(Base):
    """An honour given to or by a locality's international work."""

    __tablename__ = "award"
    __table_args__ = (UniqueConstraint("place_id", "name", "awarded_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    place_id: Mapped[int] = _fk("place")
    name: Mapped[str] = mapped_column(String(500))
    recipient: Mapped[str | None] = mapped_column(String(500))
    awarded_by: Mapped[str | None] = mapped_column(String(300))
    awarded_on: Mapped[dt.date | None] = mapped_column(Date)
    source_id: Mapped[int] = _source_fk()


# --- Figures, plans and targets --------------------------------------------------------


class Metric(Base):
    """The controlled vocabulary of figures (shared/corpus/SCHEMA.md), extendable."""

    __tablename__ = "metric"
    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # count, money or percent
    label_en: Mapped[str] = mapped_column(String(200))
    label_vi: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)


UNITS = ("count", "USD", "VND", "percent")
APPROX = ("exact", "over", "about", "under")
STATUSES = ("candidate", "accepted", "rejected")


class Observation(Base):
    """One sourced figure: a metric's value for a place over a period.

    `key` is a hash of what makes a figure the same (place, metric, unit, period, value,
    source), so loading the same figure twice stores it once.
    """

    __tablename__ = "observation"
    __table_args__ = (
        CheckConstraint("unit IN ('count','USD','VND','percent')", name="unit"),
        CheckConstraint("approx IN ('exact','over','about','under')", name="approx"),
        CheckConstraint("status IN ('candidate','accepted','rejected')", name="status"),
        CheckConstraint("unit <> 'count' OR value >= 0", name="count_not_negative"),
        # Stats reads a place's accepted figures by metric and period from this index
        # without touching the many candidate and rejected rows.
        Index(
            "ix_observation_place_status",
            "place_id",
            "status",
            "metric_key",
            "period_start",
            "period_end",
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    place_id: Mapped[int] = _fk("place")
    metric_key: Mapped[str] = mapped_column(ForeignKey("metric.key"))
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(8))
    approx: Mapped[str] = mapped_column(String(8), default="exact")
    period: Mapped[str | None] = mapped_column(String(24))
    period_start: Mapped[dt.date | None] = mapped_column(Date)
    period_end: Mapped[dt.date | None] = mapped_column(Date)
    source_id: Mapped[int] = _source_fk()
    quote: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default="candidate")
    entered_by: Mapped[str] = mapped_column(String(100))
    entered_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    accepted_by: Mapped[str | None] = mapped_column(String(100))
    accepted_at: Mapped[dt.datetime | None] = mapped_column()
    review_note: Mapped[str | None] = mapped_column(Text)


class Plan(Base):
    """A strategy document (a resolution, a plan) with goals, task groups, breakthroughs."""

    __tablename__ = "plan"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    code: Mapped[str | None] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(500))
    place_id: Mapped[int | None] = _fk("place", nullable=True)
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    period_start: Mapped[dt.date | None] = mapped_column(Date)
    period_end: Mapped[dt.date | None] = mapped_column(Date)
    goals: Mapped[str | None] = mapped_column(Text)
    task_groups: Mapped[str | None] = mapped_column(Text)
    breakthroughs: Mapped[str | None] = mapped_column(Text)
    source_id: Mapped[int] = _source_fk()


class Target(Base):
    """A value a plan sets for a metric, place and period."""

    __tablename__ = "target"
    __table_args__ = (
        UniqueConstraint("plan_id", "place_id", "metric_key", "unit", "period"),
        CheckConstraint("unit IN ('count','USD','VND','percent')", name="unit"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = _fk("plan")
    place_id: Mapped[int] = _fk("place")
    metric_key: Mapped[str] = mapped_column(ForeignKey("metric.key"))
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(8))
    period: Mapped[str | None] = mapped_column(String(24))
    period_start: Mapped[dt.date | None] = mapped_column(Date)
    period_end: Mapped[dt.date | None] = mapped_column(Date)
    quote: Mapped[str | None] = mapped_column(Text)
    source_id: Mapped[int] = _source_fk()


# --- History ---------------------------------------------------------------------------


class HistoryEntry(Base):
    """One create, update or delete of any row: who, when, old and new values."""

    __tablename__ = "history"
    __table_args__ = (Index("ix_history_table_row", "table_name", "row_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(50))
    row_id: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(10))
    changed_by: Mapped[str] = mapped_column(String(100))
    changed_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    old_values: Mapped[dict[str, Any] | None] = mapped_column()
    new_values: Mapped[dict[str, Any] | None] = mapped_column()


metadata = Base.metadata
