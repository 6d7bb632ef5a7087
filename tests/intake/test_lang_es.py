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
