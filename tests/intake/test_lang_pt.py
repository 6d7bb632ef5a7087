"""Portuguese phrasings of the Vietnamese press in Portuguese (VNA, Prensa Latina)."""

import datetime as dt

from hoinhap.intake.extract import extract_document


def facts(text: str) -> list[tuple[str, str, float, str | None]]:
    found = extract_document(text, doc="t", lang="pt", published=dt.date(2025, 2, 10)).facts
    return [(f.subject, f.metric, f.value, f.period) for f in found]


def test_national_investment_projects_are_domestic() -> None:
    text = "Tay Ninh contava com 723 projetos de investimento nacional."
    assert facts(text) == [("Tay Ninh", "domestic_projects", 723, None)]


def test_the_same_month_of_last_year_is_a_comparison_not_the_period() -> None:
    text = "Tay Ninh recebeu 900 mil visitantes, o dobro do mesmo mês do ano passado."
    assert facts(text) == [("Tay Ninh", "visitors_total", 900_000, None)]
