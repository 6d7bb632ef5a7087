"""Spanish phrasings of VNA's Spanish service (es.vietnamplus.vn)."""

import datetime as dt

from hoinhap.intake.extract import extract_document


def facts(text: str) -> list[tuple[str, str, float, str | None]]:
    found = extract_document(text, doc="t", lang="es", published=dt.date(2023, 7, 5)).facts
    return [(f.subject, f.metric, f.value, f.period) for f in found]


def test_the_same_span_of_the_previous_year_is_a_comparison_not_the_period() -> None:
    text = (
        "Hai Duong captó 185 millones de dólares de IED, un 39,8 por ciento más que en el mismo "
        "lapso del año anterior."
    )
    assert facts(text) == [("Hai Duong", "fdi_capital", 185_000_000, None)]


def test_foreign_non_governmental_organisations_are_ngo_partners_not_fdi() -> None:
    text = (
        "La provincia de Nghe An cuenta con 40 proyectos de 25 organizaciones extranjeras no "
        "gubernamentales."
    )
    assert ("Nghe An", "ngo_partners", 25, None) in facts(text)
    assert all(metric.startswith("ngo") for _, metric, _, _ in facts(text))


def test_visitors_who_were_foreigners_are_international() -> None:
    text = (
        "Thua Thien Hue recibió 2,2 millones de visitantes, de los cuales 715.000 eran extranjeros."
    )
    assert ("Thua Thien Hue", "visitors_international", 715_000, None) in facts(text)


def test_a_value_of_is_the_capital_of_the_projects_before() -> None:
    text = (
        "Hai Phong captó 2.500 millones de dólares de IED. Las autoridades concedieron licencias "
        "a 56 proyectos por un valor de 787,76 millones de dólares."
    )
    assert ("Hai Phong", "fdi_capital", 787_760_000, None) in facts(text)


def test_delegations_sent_abroad_are_sent() -> None:
    text = "Los dirigentes de Hai Phong encabezaron 12 delegaciones al extranjero."
    assert facts(text) == [("Hai Phong", "delegations_sent", 12, None)]


def test_a_disbursement_is_ngo_aid_where_ngo_aid_is_told() -> None:
    text = "An Giang coopera con 22 ONG extranjeras. El desembolso alcanzó 3,1 millones de dólares."
    assert facts(text)[-1] == ("An Giang", "ngo_aid", 3_100_000, None)


def test_operating_projects_add_capital_but_are_not_licensed() -> None:
    text = (
        "Hai Phong captó 2.500 millones de dólares de IED. "
        "Además, 29 proyectos en funcionamiento sumaron 456 millones de dólares adicionales."
    )
    assert [(m, v) for _, m, v, _ in facts(text)] == [
        ("fdi_capital", 2_500_000_000),
        ("fdi_capital", 456_000_000),
    ]


def test_money_per_hectare_is_no_metric() -> None:
    assert facts("La IED en Hai Phong suma 12 millones de dólares por hectárea.") == []


def test_according_to_is_no_agreement() -> None:
    text = (
        "Binh Duong captó 2.000 millones de dólares de IED. De acuerdo con el informe, la "
        "provincia captó 300 millones de dólares en enero."
    )
    assert [m for _, m, _, _ in facts(text)] == ["fdi_capital", "fdi_capital"]
