"""Indonesian phrasings of the Vietnamese press in Indonesian (vietnam.vn/id, VNA, VOV)."""

import datetime as dt

from hoinhap.intake.extract import extract_document
from hoinhap.intake.periods import find_periods


def facts(text: str) -> list[tuple[str, str, float, str, str | None]]:
    found = extract_document(text, doc="t", lang="id", published=dt.date(2025, 1, 13)).facts
    return [(f.subject, f.metric, f.value, f.unit, f.period) for f in found]


def test_the_end_of_a_year_is_its_december() -> None:
    labels = [p.label for p in find_periods("hingga akhir tahun 2024 memiliki", "id")]
    assert labels == ["2024-12"]


def test_delegations_sent_abroad_are_outbound() -> None:
    text = (
        "Pada 2024, Hanoi menerima 1.200 delegasi asing dan mengirimkan 150 delegasi "
        "ke luar negeri."
    )
    assert facts(text) == [
        ("Hanoi", "delegations_received", 1200, "count", "2024"),
        ("Hanoi", "delegations_sent", 150, "count", "2024"),
    ]


def test_foreign_guests_are_international_visitors() -> None:
    text = "Pada 2024, Hanoi menerima 5,8 juta pengunjung, termasuk 405.000 tamu asing."
    assert facts(text) == [
        ("Hanoi", "visitors_total", 5.8e6, "count", "2024"),
        ("Hanoi", "visitors_international", 405_000, "count", "2024"),
    ]


def test_an_amount_equivalent_to_another_keeps_its_metric() -> None:
    text = (
        "Pada 2024, Kon Tum menerima bantuan nonpemerintah senilai 4,6 juta dolar AS, "
        "setara dengan 110 miliar VND."
    )
    assert facts(text) == [
        ("Kon Tum", "ngo_aid", 4.6e6, "USD", "2024"),
        ("Kon Tum", "ngo_aid", 110e9, "VND", "2024"),
    ]


def test_programmes_and_projects_of_ngos_are_ngo_projects() -> None:
    text = "Pada 2024, Quang Tri melaksanakan 94 program dan proyek LSM asing."
    assert facts(text) == [("Quang Tri", "ngo_projects", 94, "count", "2024")]


def test_international_arrivals_are_international_visitors() -> None:
    text = "Pada tahun 2024, Vietnam mencatat 17,5 juta kedatangan internasional."
    assert facts(text) == [("Vietnam", "visitors_international", 17_500_000, "count", "2024")]
