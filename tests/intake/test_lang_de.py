"""German phrasings of the Vietnamese press in German (VOV, vietnam.vn/de)."""

import datetime as dt

from hoinhap.intake.extract import extract_document
from hoinhap.intake.periods import find_periods


def facts(text: str) -> list[tuple[str, str, float, str, str | None]]:
    found = extract_document(text, doc="t", lang="de", published=dt.date(2025, 2, 12)).facts
    return [(f.subject, f.metric, f.value, f.unit, f.period) for f in found]


def test_the_end_of_a_year_is_its_december() -> None:
    labels = [p.label for p in find_periods("Bis Ende 2024 zählte die Provinz", "de")]
    assert labels == ["2024-12"]


def test_adi_is_the_german_abbreviation_of_fdi() -> None:
    text = "Im Jahr 2024 erhielten in Binh Duong 127 neue ADI-Projekte eine Lizenz."
    assert facts(text) == [("Binh Duong", "fdi_projects", 127, "count", "2024")]


def test_countries_and_territories_do_not_split_projects_from_their_capital() -> None:
    text = (
        "Hai Duong zählt 601 ausländische Investitionsprojekte aus 27 Ländern und Gebieten "
        "mit einem Gesamtkapital von 10.955,6 Millionen USD."
    )
    assert facts(text) == [
        ("Hai Duong", "fdi_projects", 601, "count", None),
        ("Hai Duong", "fdi_source_countries", 27, "count", None),
        ("Hai Duong", "fdi_capital", 10_955_600_000, "USD", None),
    ]


def test_investors_coming_from_countries_are_source_countries() -> None:
    text = "In Binh Duong gab es 2024 neue FDI-Projekte. Die Investoren stammten aus 26 Ländern."
    assert ("Binh Duong", "fdi_source_countries", 26, "count", "2024") in facts(text)


def test_a_national_rank_does_not_make_a_provincial_figure_national() -> None:
    text = (
        "Im Jahr 2024 zog Hai Duong ausländische Direktinvestitionen in Höhe von 756 Millionen "
        "US-Dollar an und belegte damit landesweit Platz 15."
    )
    assert facts(text) == [("Hai Duong", "fdi_capital", 756_000_000, "USD", "2024")]


def test_foreigners_among_guests_are_international_visitors() -> None:
    text = "Thua Thien Hue empfing rund 2,2 Millionen Gäste. 715.000 davon waren Ausländer."
    assert ("Thua Thien Hue", "visitors_international", 715_000, "count", None) in facts(text)


def test_money_per_hectare_is_no_metric() -> None:
    assert facts("Die ADI in Hai Phong betragen 12 Millionen US-Dollar pro Hektar.") == []


def test_a_disbursement_is_ngo_aid_where_ngo_aid_is_told() -> None:
    text = (
        "Quang Tri arbeitet mit 22 ausländischen NGOs zusammen. Die Auszahlung erreichte "
        "3,1 Millionen US-Dollar."
    )
    assert facts(text)[-1] == ("Quang Tri", "ngo_aid", 3_100_000, "USD", None)


def test_existing_projects_adding_capital_are_not_projects_licensed() -> None:
    text = (
        "Hai Phong zog 48 neue FDI-Projekte an. Zudem erhöhten 12 bestehende Projekte ihr Kapital."
    )
    assert [v for _, _, v, _, _ in facts(text)] == [48]


def test_foreign_investment_capital_in_the_singular_is_fdi() -> None:
    text = (
        "Vietnam zieht ausländische Investition im Wert von mehr als 1,2 Milliarden US-Dollar an. "
        "Im Januar beträgt ausländisches Investitionskapital in Vietnam über 2,36 Milliarden "
        "US-Dollar."
    )
    assert [(s, m, v) for s, m, v, _, _ in facts(text)] == [
        ("Vietnam", "fdi_capital", 1_200_000_000),
        ("Vietnam", "fdi_capital", 2_360_000_000),
    ]
