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


def test_visitors_who_were_foreigners_are_international() -> None:
    text = "An Giang recebeu 9 milhões de visitantes, dos quais cerca de 102.000 eram estrangeiros."
    assert ("An Giang", "visitors_international", 102_000, None) in facts(text)


def test_delegations_sent_abroad_are_sent() -> None:
    text = "Os dirigentes de An Giang lideraram 12 delegações ao exterior."
    assert facts(text) == [("An Giang", "delegations_sent", 12, None)]


def test_a_disbursement_is_ngo_aid_where_ngo_aid_is_told() -> None:
    text = (
        "Em An Giang, 22 ONGs estrangeiras implementaram 39 projetos, com um valor de "
        "desembolso de mais de 3,1 milhões de dólares."
    )
    assert facts(text)[-1] == ("An Giang", "ngo_aid", 3_100_000, None)


def test_additional_money_is_the_capital_of_the_figure_before() -> None:
    text = (
        "Tay Ninh atraiu três projetos de investimento estrangeiro no valor de 101 milhões de "
        "dólares. A província aprovou ainda cerca de 21 milhões de dólares adicionais."
    )
    assert facts(text)[-1] == ("Tay Ninh", "fdi_capital", 21_000_000, None)


def test_operating_projects_adding_capital_are_not_projects_licensed() -> None:
    text = (
        "Tay Ninh atraiu 3 projetos de IDE. Além disso, 12 projetos em funcionamento aumentaram "
        "o capital."
    )
    assert [v for _, _, v, _ in facts(text)] == [3]


def test_money_per_hectare_is_no_metric() -> None:
    assert facts("O IDE em Tay Ninh soma 5 milhões de dólares por hectare.") == []


def test_the_planning_ministry_and_according_to_are_no_plan_nor_agreement() -> None:
    text = (
        "De acordo com o Ministério do Planejamento e Investimento, Hanói atraiu quase "
        "US$ 42,2 bilhões de IDE."
    )
    assert facts(text) == [("Hanoi", "fdi_capital", 42_200_000_000, None)]


def test_half_of_a_figure_is_no_target() -> None:
    text = "Mais da metade dos 4.400 projetos de IDE de Binh Duong estão em parques industriais."
    assert facts(text) == [("Binh Duong", "fdi_projects", 4400, None)]
