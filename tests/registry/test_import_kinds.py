"""What is particular to some kinds: figures, agreements and their parties, places."""

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from hoinhap.db.schema import AgreementParty, Observation, Place
from hoinhap.registry.importing import ImportProblems, ImportReport, import_file
from hoinhap.registry.places import find_place

SRC = "source_title\nNews"
OBS = "place,metric,value,unit,approx,period,status,source_title\n"


def load(session: Session, tmp_path: Path, name: str, text: str) -> ImportReport:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return import_file(session, tmp_path / name)


def problems(session: Session, tmp_path: Path, name: str, text: str) -> list[str]:
    with pytest.raises(ImportProblems) as caught:
        load(session, tmp_path, name, text)
    return caught.value.problems


def test_an_imported_figure_is_accepted_by_the_importer(session: Session, tmp_path: Path) -> None:
    load(
        session, tmp_path, "observations.csv", OBS + "Da Nang,fdi_projects,797,count,,2025,,News\n"
    )
    figure = session.scalars(select(Observation)).one()
    assert (figure.status, figure.accepted_by, figure.entered_by) == (
        "accepted",
        "tester",
        "tester",
    )
    assert figure.accepted_at is not None


def test_a_candidate_figure_is_not_accepted(session: Session, tmp_path: Path) -> None:
    text = OBS + "Da Nang,fdi_projects,797,count,,2025,candidate,News\n"
    load(session, tmp_path, "observations.csv", text)
    figure = session.scalars(select(Observation)).one()
    assert (figure.status, figure.accepted_by) == ("candidate", None)


def test_accepting_a_candidate_on_reimport_updates_it(session: Session, tmp_path: Path) -> None:
    row = "Da Nang,fdi_projects,797,count,,2025,{},News\n"
    load(session, tmp_path, "observations.csv", OBS + row.format("candidate"))
    report = load(session, tmp_path, "observations.csv", OBS + row.format("accepted"))
    figure = session.scalars(select(Observation)).one()
    assert (report.updated, figure.status, figure.accepted_by) == (1, "accepted", "tester")


def test_a_figure_in_the_wrong_unit_is_refused(session: Session, tmp_path: Path) -> None:
    text = OBS + "Da Nang,fdi_capital,5,count,,2025,,News\n"
    assert problems(session, tmp_path, "observations.csv", text) == [
        "observations.csv row 2, column unit: metric fdi_capital takes USD or VND, not count"
    ]


def test_an_unknown_metric_suggests_one(session: Session, tmp_path: Path) -> None:
    text = OBS + "Da Nang,fdi_project,5,count,,2025,,News\n"
    assert problems(session, tmp_path, "observations.csv", text) == [
        "observations.csv row 2, column metric: unknown metric 'fdi_project'; "
        "did you mean 'fdi_projects'?"
    ]


def test_a_bad_period_is_refused(session: Session, tmp_path: Path) -> None:
    text = OBS + "Da Nang,fdi_projects,5,count,,2025-Q5,,News\n"
    assert problems(session, tmp_path, "observations.csv", text) == [
        "observations.csv row 2, column period: '2025-Q5' is not a period (use YYYY, "
        "YYYY-YYYY, YYYY-H1, YYYY-Q3, YYYY-MM or YYYY-MM-DD)"
    ]


def test_a_negative_figure_is_refused(session: Session, tmp_path: Path) -> None:
    text = OBS + "Da Nang,fdi_projects,-5,count,,2025,,News\n"
    assert problems(session, tmp_path, "observations.csv", text) == [
        "observations.csv row 2, column value: '-5' is negative; a figure cannot be negative"
    ]


def test_agreement_parties_are_places_or_organisations(session: Session, tmp_path: Path) -> None:
    load(
        session,
        tmp_path,
        "organizations.csv",
        "name,kind,acronym,source_title\nNetwork of Asian Port Cities,city_network,NAPC,News\n",
    )
    text = "place,title,kind,parties,source_title\nDa Nang,MOU on ports,mou,Daegu; NAPC,News\n"
    load(session, tmp_path, "agreements.csv", text)
    parties = session.scalars(select(AgreementParty)).all()
    assert sorted((p.place_id is None, p.organization_id is None) for p in parties) == [
        (False, True),
        (True, False),
    ]


def test_an_unknown_party_is_refused(session: Session, tmp_path: Path) -> None:
    text = "place,title,kind,parties,source_title\nDa Nang,MOU on ports,mou,Nowhere Inc,News\n"
    assert problems(session, tmp_path, "agreements.csv", text) == [
        "agreements.csv row 2, column parties: unknown party 'Nowhere Inc' "
        "(neither a place nor an organisation)"
    ]


def test_an_activity_names_its_agreement_by_title(session: Session, tmp_path: Path) -> None:
    load(
        session,
        tmp_path,
        "agreements.csv",
        "place,title,kind,source_title\nDa Nang,MOU on ports,mou,News\n",
    )
    text = "agreement,happened_on,description,source_title\nMOU on ports,2024-09-01,Workshop,News\n"
    assert load(session, tmp_path, "activities.csv", text).created == 1


def test_an_activity_of_an_unknown_agreement_is_refused(session: Session, tmp_path: Path) -> None:
    text = "agreement,happened_on,description,source_title\nMOU on pots,2024-09-01,Workshop,News\n"
    assert problems(session, tmp_path, "activities.csv", text) == [
        "activities.csv row 2, column agreement: unknown agreement 'MOU on pots' "
        "(give its key or exact title)"
    ]


def test_an_imported_place_is_found_by_its_aliases(session: Session, tmp_path: Path) -> None:
    text = "name,kind,country,aliases,source_title\nSakai,foreign_locality,JP,ja:堺市,News\n"
    load(session, tmp_path, "places.csv", text)
    assert find_place(session, "堺市").key == "jp-sakai"


def test_a_foreign_locality_needs_its_country(session: Session, tmp_path: Path) -> None:
    text = "name,kind,country,source_title\nSakai,foreign_locality,,News\n"
    assert problems(session, tmp_path, "places.csv", text) == [
        "places.csv row 2, column country: is empty; a foreign locality needs its country"
    ]


def test_an_empty_cell_keeps_a_stored_place_value(session: Session, tmp_path: Path) -> None:
    report = load(
        session, tmp_path, "places.csv", "name,kind,name_vi,source_title\nDa Nang,city,,News\n"
    )
    place = session.scalars(select(Place).where(Place.key == "vn-da-nang")).one()
    assert (report.unchanged, place.name_vi) == (1, "Đà Nẵng")
