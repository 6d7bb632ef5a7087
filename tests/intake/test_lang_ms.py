"""Malay phrasings of the Vietnamese press in Malay (vietnam.vn/ms, VNA)."""

import datetime as dt

from hoinhap.intake.extract import extract_document
from hoinhap.intake.periods import find_periods


def facts(text: str) -> list[tuple[str, str, float, str, str | None]]:
    found = extract_document(text, doc="t", lang="ms", published=dt.date(2025, 1, 10)).facts
    return [(f.subject, f.metric, f.value, f.unit, f.period) for f in found]


def test_the_end_of_a_year_is_its_december() -> None:
    labels = [p.label for p in find_periods("sehingga hujung tahun 2024 terdapat", "ms")]
    assert labels == ["2024-12"]


def test_import_export_trade_is_not_blocked_by_its_parts() -> None:
    text = (
        "Jumlah dagangan import-eksport wilayah Binh Thuan mencapai 1.1 bilion dolar AS pada 2024."
    )
    assert facts(text) == [("Binh Thuan", "trade_turnover", 1.1e9, "USD", "2024")]


def test_arrivals_alone_are_visitors() -> None:
    text = "Pada 2023, Da Nang mencatat 8.2 juta ketibaan."
    assert facts(text) == [("Da Nang", "visitors_total", 8.2e6, "count", "2023")]


def test_business_representatives_at_an_event_are_its_participants() -> None:
    text = "Persidangan di Binh Thuan itu dihadiri kira-kira 200 wakil perniagaan Malaysia."
    assert facts(text) == [("Binh Thuan", "event_participants", 200, "count", None)]


def test_delegations_sent_abroad_are_outbound() -> None:
    text = (
        "Pada 2024, Binh Thuan menerima 27 delegasi asing dan menghantar 9 delegasi ke luar negara."
    )
    assert facts(text) == [
        ("Binh Thuan", "delegations_received", 27, "count", "2024"),
        ("Binh Thuan", "delegations_sent", 9, "count", "2024"),
    ]
