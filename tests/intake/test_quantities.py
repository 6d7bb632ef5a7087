import math
import random
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hoinhap.intake.langs import SUPPORTED
from hoinhap.intake.quantities import Quantity, find_quantities, is_plausible
from tests.intake.test_numbers import _TRICKY, TEXTS


def _read(text: str, lang: str) -> list[tuple[float, str, str]]:
    return [(q.value, q.unit, q.approx) for q in find_quantities(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("modal lebih dari US$1,07 miliar", "id", [(1.07e9, "USD", "over")]),
        ("total modal VND208 triliun", "id", [(208e12, "VND", "exact")]),
        ("sekitar 50 proyek", "id", [(50, "count", "about")]),
        ("أكثر من 1.5 مليار دولار أمريكي", "ar", [(1.5e9, "USD", "over")]),
        ("قرابة 50 مشروعًا غير حكومي", "ar", [(50, "count", "about")]),
        ("بنحو 20 مليون دولار", "ar", [(20e6, "USD", "about")]),
        ("ثلاث منظمات", "ar", [(3, "count", "exact")]),
        ("نمو بنسبة 12 في المائة", "ar", [(12, "percent", "exact")]),
        ("hơn 3.000 đoàn", "vi", [(3000, "count", "over")]),
        ("khoảng 41 tỷ USD", "vi", [(41e9, "USD", "about")]),
        ("gần 208 nghìn tỷ đồng", "vi", [(208e12, "VND", "about")]),
        ("tăng 8,5%", "vi", [(8.5, "percent", "exact")]),
        ("۶۰ شهر در ۲۴ کشور", "fa", [(60, "count", "exact"), (24, "count", "exact")]),
        ("بیش از ۲ میلیارد دلار", "fa", [(2e9, "USD", "over")]),
        ("حدود ۵۰ درصد", "fa", [(50, "percent", "about")]),
        ("mehr als 10,9 Milliarden US-Dollar", "de", [(10.9e9, "USD", "over")]),
        ("rund 1.263 Projekte", "de", [(1263, "count", "about")]),
        ("more than US$1.5 billion", "en", [(1.5e9, "USD", "over")]),
        ("nearly 200 delegates", "en", [(200, "count", "about")]),
        ("5 billion yen", "en", [(5e9, "JPY", "exact")]),
        ("plus de 1,5 milliard de dollars", "fr", [(1.5e9, "USD", "over")]),
        ("más de 3 mil millones de dólares", "es", [(3e9, "USD", "over")]),
        ("cerca de 2 milhões de dólares", "pt", [(2e6, "USD", "about")]),
        ("oltre 300 milioni di euro", "it", [(300e6, "EUR", "over")]),
        ("свыше 1,5 млрд долларов США", "ru", [(1.5e9, "USD", "over")]),
        ("超过1000个项目", "zh", [(1000, "count", "over")]),
        ("约50亿美元", "zh", [(5e9, "USD", "about")]),
        ("1000多个项目", "zh", [(1000, "count", "over")]),
        ("約50億ドル", "ja", [(5e9, "USD", "about")]),
        ("100件以上", "ja", [(100, "count", "over")]),
        ("약 3억 달러", "ko", [(3e8, "USD", "about")]),
        ("50억 달러 이상", "ko", [(5e9, "USD", "over")]),
        ("100여 개 기업", "ko", [(100, "count", "over")]),
        ("มากกว่า 3 พันล้านดอลลาร์สหรัฐ", "th", [(3e9, "USD", "over")]),
        ("ร้อยละ 20", "th", [(20, "percent", "exact")]),
        ("ກວ່າ 50 ລ້ານໂດລາສະຫະລັດ", "lo", [(50e6, "USD", "over")]),
        ("ជាង 10 លានដុល្លារ", "km", [(10e6, "USD", "over")]),
        ("1 अरब डॉलर से अधिक", "hi", [(1e9, "USD", "over")]),
        ("2 ارب ڈالر سے زائد", "ur", [(2e9, "USD", "over")]),
        ("lebih daripada RM2 bilion", "ms", [(2e9, "MYR", "over")]),
    ],
)
def test_find_quantities_reads_the_whole_phrase(
    text: str, lang: str, expected: list[tuple[float, str, str]]
) -> None:
    assert _read(text, lang) == expected


def test_quantity_span_covers_approx_currency_and_scale() -> None:
    text = "kota menerima lebih dari US$1,07 miliar modal"
    [q] = find_quantities(text, "id")
    assert text[q.start : q.end] == "lebih dari US$1,07 miliar" == q.text


def test_quantity_number_span_is_the_number_and_scale() -> None:
    text = "kota menerima lebih dari US$1,07 miliar modal"
    [q] = find_quantities(text, "id")
    assert text[q.number_start : q.number_end] == "1,07 miliar"


def test_find_quantities_leaves_out_years() -> None:
    assert _read("Sejak tahun 2024, Da Nang Meet 2024", "id") == []


def test_find_quantities_leaves_out_fractional_counts() -> None:
    assert _read("lomba lari IRONMAN 70.3", "id") == []


def test_find_quantities_keeps_a_year_like_amount_with_a_currency() -> None:
    assert _read("2000 USD", "en") == [(2000, "USD", "exact")]


@pytest.mark.parametrize("value", [-1.0, math.nan, math.inf])
def test_is_plausible_rejects_impossible_values(value: float) -> None:
    assert not is_plausible(Quantity(value, "count", "exact", 0, 1, "x", 0, 1))


@settings(max_examples=150, deadline=None)
@given(text=TEXTS, lang=st.sampled_from(SUPPORTED))
def test_find_quantities_offsets_match_the_text(text: str, lang: str) -> None:
    for q in find_quantities(text, lang):
        assert 0 <= q.start <= q.number_start < q.number_end <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.unit and q.approx in ("exact", "over", "about", "under")


def test_find_quantities_is_fast_on_a_large_random_text() -> None:
    rng = random.Random(5)
    text = "".join(rng.choice(_TRICKY) for _ in range(60_000))[:200_000]
    started = time.perf_counter()
    find_quantities(text, "id")
    assert time.perf_counter() - started < 4


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("新規FDI案件は1950件に達した", "ja", 1950),
        ("吸引1900个项目", "zh", 1900),
        ("2019건", "ko", 2019),
        ("ໂຄງການໃໝ່ 1947 ແຫ່ງ", "lo", 1947),
    ],
)
def test_a_year_like_number_with_a_counter_is_a_count(text: str, lang: str, value: float) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text, lang)] == [(value, "count")]


def test_a_year_is_still_no_count() -> None:
    assert find_quantities("2024年に", "ja") == []
