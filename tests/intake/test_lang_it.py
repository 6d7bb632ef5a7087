"""Italian phrasings of the press writing in Italian on Vietnam (Agenzia Nova, vietnam.vn/it)."""

import datetime as dt

from hoinhap.intake.extract import extract_document


def facts(text: str) -> list[tuple[str, str, float, str | None]]:
    found = extract_document(text, doc="t", lang="it", published=dt.date(2021, 4, 24)).facts
    return [(f.subject, f.metric, f.value, f.period) for f in found]


def test_foreign_funding_is_fdi() -> None:
    text = (
        "Dal 2016 al 2020 Hanoi ha ricevuto finanziamenti stranieri per 26,5 miliardi di dollari."
    )
    assert facts(text) == [("Hanoi", "fdi_capital", 26_500_000_000, "2016-2020")]


def test_delegations_sent_abroad_are_sent() -> None:
    text = "I dirigenti di Hanoi hanno guidato 12 delegazioni all'estero."
    assert facts(text) == [("Hanoi", "delegations_sent", 12, None)]


def test_a_disbursement_is_ngo_aid_where_ngo_aid_is_told() -> None:
    text = (
        "Kien Giang collabora con 22 ONG straniere. L'erogazione ha raggiunto 3,1 milioni di "
        "dollari."
    )
    assert facts(text)[-1] == ("Kien Giang", "ngo_aid", 3_100_000, None)


def test_additional_money_is_the_capital_of_the_figure_before() -> None:
    text = (
        "Kien Giang ha attirato 3 progetti di investimenti esteri per 101 milioni di dollari. "
        "Sono stati approvati anche 21 milioni di dollari aggiuntivi."
    )
    assert facts(text)[-1] == ("Kien Giang", "fdi_capital", 21_000_000, None)


def test_existing_projects_adding_capital_are_not_projects_licensed() -> None:
    text = (
        "Kien Giang ha attirato 3 progetti di IDE. Inoltre 12 progetti esistenti hanno aumentato "
        "il capitale."
    )
    assert [v for _, _, v, _ in facts(text)] == [3]


def test_money_per_hectare_is_no_metric() -> None:
    assert facts("Gli IDE a Kien Giang sono pari a 5 milioni di dollari per ettaro.") == []
