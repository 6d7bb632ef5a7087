from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from hoinhap.db.engine import make_sessionmaker, transaction
from hoinhap.db.history import list_history
from hoinhap.db.schema import EntityMention, Organization, Person, Place, PlaceName, Source
from hoinhap.errors import NotFound, UserError
from hoinhap.intake.mentions import list_entities
from hoinhap.intake.pipeline import IngestReport, ingest_paths
from hoinhap.intake.proposals import Options, accept_entity, reject_entity
from tests.intake.stub_extractor import extract_stub

TEXT = "Ho Ky Minh said Da Nang and ASEAN partners signed 5 international agreements.\n"


def ingest(engine: Engine, folder: Path, name: str, text: str) -> IngestReport:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, "utf-8")
    return ingest_paths(engine, [path], actor="tester", extractor=extract_stub)


def mentions(engine: Engine) -> list[tuple[int, str, str, str, bool]]:
    """(source id, type, name, status, linked) of every mention."""
    with make_sessionmaker(engine)() as session:
        rows = session.scalars(select(EntityMention).order_by(EntityMention.id)).all()
        return [
            (
                m.source_id,
                m.type,
                m.name,
                m.status,
                any((m.place_id, m.organization_id, m.person_id)),
            )
            for m in rows
        ]


def proposal(session: Session, kind: str, name: str, quote: str | None = None) -> None:
    """A document, in Japanese, proposing one name."""
    source = Source(key=f"k-{kind}-{name}", title="Note", content=name, created_by="tester")
    source.language = "ja"
    session.add(source)
    session.flush()
    session.add(EntityMention(source_id=source.id, type=kind, name=name, quote=quote))
    session.flush()


def test_each_name_a_document_gives_is_stored_resolved_or_proposed(
    engine: Engine, tmp_path: Path
) -> None:
    [result] = ingest(engine, tmp_path, "a.txt", TEXT).results
    source = result.source_id
    assert mentions(engine) == [
        (source, "locality", "Da Nang", "resolved", True),
        (source, "organization", "ASEAN", "proposed", False),
        (source, "person", "Ho Ky Minh", "proposed", False),
    ]


def test_a_resolved_locality_is_linked_to_its_place(engine: Engine, tmp_path: Path) -> None:
    ingest(engine, tmp_path, "a.txt", TEXT)
    with make_sessionmaker(engine)() as session:
        place = session.scalar(
            select(Place.name).join(EntityMention, EntityMention.place_id == Place.id)
        )
    assert place == "Da Nang"


def test_ingesting_the_same_document_again_adds_no_mention(engine: Engine, tmp_path: Path) -> None:
    ingest(engine, tmp_path / "a", "a.txt", TEXT)
    ingest(engine, tmp_path / "b", "copy.txt", TEXT)
    assert len(mentions(engine)) == 3


def test_proposed_names_are_listed_with_how_many_documents_name_them(
    engine: Engine, tmp_path: Path
) -> None:
    ingest(engine, tmp_path, "a.txt", TEXT)
    ingest(engine, tmp_path, "b.txt", "Ho Ky Minh visited Hai Phong.\n")
    with make_sessionmaker(engine)() as session:
        found = list_entities(session)
    assert [(e.type, e.name, e.documents, e.quote) for e in found] == [
        ("person", "Ho Ky Minh", 2, "Ho Ky Minh"),
        ("organization", "ASEAN", 1, "ASEAN"),
    ]


def test_accepting_an_organization_creates_it_from_the_first_document(
    engine: Engine, tmp_path: Path
) -> None:
    [first] = ingest(engine, tmp_path, "a.txt", TEXT).results
    ingest(engine, tmp_path, "b.txt", "ASEAN met Can Tho.\n")
    with transaction(engine, "reviewer") as session:
        decision = accept_entity(session, "asean", options=Options(kind="international_org"))
    with make_sessionmaker(engine)() as session:
        org = session.scalars(select(Organization)).one()
        history = list_history(session, table_name="organization")
        statuses = session.execute(
            select(EntityMention.status, EntityMention.decided_by, EntityMention.organization_id)
            .where(EntityMention.name == "ASEAN")
            .order_by(EntityMention.id)
        ).all()
    assert (org.name, org.kind, org.source_id, decision.mentions) == (
        "ASEAN",
        "international_org",
        first.source_id,
        2,
    )
    assert [(h.action, h.changed_by) for h in history] == [("create", "reviewer")]
    assert [tuple(row) for row in statuses] == [("accepted", "reviewer", org.id)] * 2


def test_a_later_document_naming_an_accepted_name_resolves_to_it(
    engine: Engine, tmp_path: Path
) -> None:
    ingest(engine, tmp_path, "a.txt", TEXT)
    with transaction(engine, "reviewer") as session:
        accept_entity(session, "Ho Ky Minh")
    [later] = ingest(engine, tmp_path, "b.txt", "Ho Ky Minh visited Hai Phong.\n").results
    assert (later.resolved, later.proposed) == (2, ())


def test_a_rejected_name_is_not_proposed_again(engine: Engine, tmp_path: Path) -> None:
    ingest(engine, tmp_path, "a.txt", TEXT)
    with transaction(engine, "reviewer") as session:
        reject_entity(session, "ASEAN", reason="a partner, not a signatory")
    [later] = ingest(engine, tmp_path, "b.txt", "ASEAN met Can Tho.\n").results
    with make_sessionmaker(engine)() as session:
        notes = session.scalars(
            select(EntityMention.note).where(EntityMention.name == "ASEAN")
        ).all()
    assert (later.proposed, notes) == ((), ["a partner, not a signatory"] * 2)


def test_accepting_a_foreign_locality_needs_its_country(session: Session) -> None:
    proposal(session, "foreign_locality", "Sakai", "堺市")
    with pytest.raises(UserError, match=r"^Say which country 'Sakai' is in with --country$"):
        accept_entity(session, "Sakai")


def test_an_accepted_foreign_locality_is_found_by_the_name_its_source_used(
    session: Session,
) -> None:
    proposal(session, "foreign_locality", "Sakai", "堺市")
    decision = accept_entity(session, "Sakai", options=Options(country="Japan"))
    place = session.get(Place, decision.row_id)
    names = session.execute(
        select(PlaceName.name, PlaceName.lang).where(PlaceName.place_id == place.id)
    ).all()
    assert (place.kind, place.country_code, sorted(tuple(n) for n in names)) == (
        "foreign_locality",
        "JP",
        [("Sakai", "en"), ("堺市", "ja")],
    )


def test_a_name_proposed_as_two_types_needs_the_type(session: Session) -> None:
    proposal(session, "person", "Hoa Binh")
    proposal(session, "organization", "Hoa Binh")
    with pytest.raises(UserError, match=r"^'Hoa Binh' is proposed as organization and person; "):
        reject_entity(session, "Hoa Binh")
    assert reject_entity(session, "Hoa Binh", kind="person").type == "person"


def test_countries_are_not_added_from_a_proposal(session: Session) -> None:
    proposal(session, "country", "Atlantis")
    with pytest.raises(UserError, match=r"^Countries are reference data"):
        accept_entity(session, "Atlantis")
    assert (
        session.scalar(select(func.count()).select_from(Place).where(Place.name == "Atlantis")) == 0
    )


def test_deciding_on_an_unknown_name_is_not_found(session: Session) -> None:
    with pytest.raises(NotFound, match=r"^No proposed entity 'Nobody'$"):
        reject_entity(session, "Nobody")


def test_an_accepted_person_is_in_the_registry_with_history(engine: Engine, tmp_path: Path) -> None:
    ingest(engine, tmp_path, "a.txt", TEXT)
    with transaction(engine, "reviewer") as session:
        decision = accept_entity(session, "Ho Ky Minh")
    with make_sessionmaker(engine)() as session:
        person = session.get(Person, decision.row_id)
        actions = [h.action for h in list_history(session, table_name="person")]
    assert (person.name if person else None, decision.created, actions) == (
        "Ho Ky Minh",
        True,
        ["create"],
    )
