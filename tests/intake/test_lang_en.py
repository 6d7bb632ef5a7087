"""English phrasings of the Vietnamese press in English (VNA, VietnamPlus, VOV)."""

import datetime as dt

from hoinhap.intake.extract import extract_document


def facts(text: str) -> list[tuple[str, str, float, str]]:
    found = extract_document(text, doc="t", lang="en", published=dt.date(2024, 6, 29)).facts
    return [(f.subject, f.metric, f.value, f.unit) for f in found]


def test_disbursed_fdi_is_not_registered_capital() -> None:
    text = "In Bac Ninh, disbursed FDI was estimated at US$1.2 billion."
    assert facts(text) == []


def test_ngo_aid_disbursed_is_aid_received() -> None:
    text = "In Thanh Hoa, foreign NGO aid disbursed from 2008 to 2021 totalled US$107.56 million."
    assert facts(text) == [("Thanh Hoa", "ngo_aid", 107_560_000, "USD")]


def test_certificates_to_be_awarded_are_a_plan() -> None:
    text = "Hai Phong will award investment certificates to 39 projects worth $15.6 billion."
    assert facts(text) == []


def test_domestic_tourists_are_not_visitors_counted() -> None:
    assert facts("Da Nang welcomed 2 million domestic tourists in 2023.") == []


def test_quarter_in_roman_numerals_is_a_quarter() -> None:
    text = "In quarter I/2016, Dong Nai attracted 26 new FDI projects."
    found = extract_document(text, doc="t", lang="en").facts
    assert [(f.metric, f.period) for f in found] == [("fdi_projects", "2016-Q1")]


def test_the_country_in_a_national_report_is_vietnam() -> None:
    text = "By May 20, the country was home to 33,615 valid FDI projects."
    assert facts(text) == [("Vietnam", "fdi_projects", 33_615, "count")]
