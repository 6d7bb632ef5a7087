import time

from hoinhap.intake.extract import extract_document
from hoinhap.intake.periods import find_periods


def periods_of(text: str, lang: str) -> list[tuple[str, object]]:
    extraction = extract_document(text, doc="d", lang=lang)
    return [(f.metric, f.period) for f in extraction.facts]


def test_the_dateline_day_is_not_a_figures_period() -> None:
    text = (
        "Da Nang tổng kết năm\nĐà Nẵng, ngày 12/1/2025 – Thành phố đã đón 320 đoàn khách quốc tế."
    )
    assert periods_of(text, "vi") == [("delegations_received", None)]


def test_the_dateline_day_resolves_last_year() -> None:
    text = (
        "Review of the year\n"
        "DA NANG, January 12, 2025 (VNA) – Last year the city received 320 foreign delegations."
    )
    assert periods_of(text, "en") == [("delegations_received", "2024")]


def test_a_year_named_in_the_lead_reaches_later_paragraphs() -> None:
    text = (
        "In 2024, Da Nang received 320 foreign delegations.\n\n"
        "The city also signed 14 cooperation agreements."
    )
    assert periods_of(text, "en") == [
        ("delegations_received", "2024"),
        ("agreements_signed", "2024"),
    ]


def test_overlapping_periods_resolve_in_linear_time() -> None:
    text = "In the first six months of 2025 and in June 2025, quý II/2025. " * 20_000
    started = time.perf_counter()
    found = find_periods(text, "en")
    assert len(found) >= 40_000
    assert time.perf_counter() - started < 5
