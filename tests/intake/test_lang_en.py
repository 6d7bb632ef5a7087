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


def test_us_dollar_sign_after_the_number_is_usd() -> None:
    text = "Investment licences went to 73 new FDI projects in Da Nang valued at 127.9 million US$."
    assert ("Da Nang", "fdi_capital", 127_900_000, "USD") in facts(text)


def test_projects_named_with_the_acronym_in_brackets_are_fdi_projects() -> None:
    text = "Da Nang granted certificates to 42 new foreign direct investment (FDI) projects."
    assert facts(text) == [("Da Nang", "fdi_projects", 42, "count")]


def test_the_value_of_exports_and_imports_is_trade_turnover() -> None:
    text = "The value of exports and imports of Lang Son reached US$4 billion."
    assert facts(text) == [("Lang Son", "trade_turnover", 4_000_000_000, "USD")]


def test_money_earned_taxed_or_per_hectare_is_no_metric() -> None:
    assert facts("In Da Nang, FDI enterprises earned 450 million USD.") == []
    assert facts("FDI firms in Da Nang paid taxes of 56.5 million USD.") == []
    assert facts("Hai Phong's FDI density is about US$12 million per hectare.") == []


def test_oda_projects_are_not_fdi_projects() -> None:
    text = "Da Nang attracted 295 million USD of FDI. The city manages 11 ODA projects."
    assert [m for _, m, _, _ in facts(text)] == ["fdi_capital"]


def test_the_first_half_of_this_year_is_one_period() -> None:
    text = "In the first six months of this year, Bac Ninh licensed 186 new FDI projects."
    found = extract_document(text, doc="t", lang="en", published=dt.date(2025, 7, 8)).facts
    assert [f.period for f in found] == ["2025-H1"]


def test_a_rank_is_not_a_count() -> None:
    text = "Binh Duong ranks among the top three in the country with 3,430 FDI projects."
    assert facts(text) == [("Binh Duong", "fdi_projects", 3430, "count")]


def test_foreigners_among_visitors_are_international_visitors() -> None:
    text = "Ben Tre welcomed 90,600 tourists, of whom 10,000 were foreigners."
    assert ("Ben Tre", "visitors_international", 10_000, "count") in facts(text)


def test_delegations_led_abroad_are_sent() -> None:
    text = "Leaders of Nghe An led 16 delegations on working trips abroad."
    assert facts(text) == [("Nghe An", "delegations_sent", 16, "count")]


def test_a_year_after_a_percentage_change_is_a_comparison() -> None:
    text = (
        "Nghe An licensed 19 FDI projects in 2023, up 10 percent from 2022. "
        "The province now has 169 valid FDI projects."
    )
    found = extract_document(text, doc="t", lang="en", published=dt.date(2024, 1, 8)).facts
    assert [(f.value, f.period) for f in found] == [(19, "2023"), (169, "2023")]


def test_foreign_capital_is_fdi() -> None:
    text = "Bac Ninh attracted foreign capital of US$1.9 billion."
    assert facts(text) == [("Bac Ninh", "fdi_capital", 1_900_000_000, "USD")]


def test_a_ranking_takes_the_metric_it_ranks() -> None:
    text = (
        "Bac Ninh drew US$2.58 billion in FDI in the first half. "
        "Quang Ninh ranked third with more than US$1.36 billion."
    )
    assert ("Quang Ninh", "fdi_capital", 1_360_000_000, "USD") in facts(text)


def test_a_disbursement_is_ngo_aid_where_ngo_aid_is_told() -> None:
    text = (
        "Foreign NGO aid disbursed in Thanh Hoa totalled US$107.56 million. "
        "Disbursement in 2022 is estimated at 7.2 million USD."
    )
    assert [m for _, m, _, _ in facts(text)] == ["ngo_aid", "ngo_aid"]
    assert facts("In Bac Ninh, the disbursement of FDI reached US$1.1 billion.") == []


def test_existing_projects_adding_capital_are_not_projects_licensed() -> None:
    text = "In Bac Ninh, 30 existing FDI projects added US$1.2 billion to their capital."
    assert facts(text) == [("Bac Ninh", "fdi_capital", 1_200_000_000, "USD")]
