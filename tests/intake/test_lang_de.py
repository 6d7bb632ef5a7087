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
