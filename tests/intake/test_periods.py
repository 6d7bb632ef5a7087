import datetime as dt
import random
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hoinhap.intake import periods
from hoinhap.intake.langs import SUPPORTED
from hoinhap.intake.period_patterns import Compiled, compiled
from hoinhap.intake.periods import Scanner, find_periods, redate_periods
from tests.intake.test_numbers import _TRICKY

PUBLISHED = dt.date(2025, 11, 20)


def _labels(text: str, lang: str, published: dt.date | None = PUBLISHED) -> list[str | None]:
    return [p.label for p in find_periods(text, lang, published=published)]


@pytest.mark.parametrize(
    ("text", "lang", "labels"),
    [
        ("trong giai đoạn 2021 - 2025", "vi", ["2021-2025"]),
        ("nhiệm kỳ 2020-2025", "vi", ["2020-2025"]),
        ("kết quả 2021–2025 rất tích cực", "vi", ["2021-2025"]),
        ("from 2021 to 2025", "en", ["2021-2025"]),
        ("between 2021 and 2025", "en", ["2021-2025"]),
        ("von 2020 bis 2025", "de", ["2020-2025"]),
        ("im Zeitraum 2020–2025", "de", ["2020-2025"]),
        ("dalam periode 2021-2025", "id", ["2021-2025"]),
        ("خلال الفترة 2021-2025", "ar", ["2021-2025"]),
        ("در دوره ۲۰۲۱-۲۰۲۵", "fa", ["2021-2025"]),
        ("در دوره ۲۰۲۱ تا ۲۰۲۵", "fa", ["2021-2025"]),
        ("2021至2025年", "zh", ["2021-2025"]),
        ("2021～2025年", "ja", ["2021-2025"]),
        ("2021~2025년", "ko", ["2021-2025"]),
        ("в 2021-2025 годах", "ru", ["2021-2025"]),
        ("de 2021 à 2025", "fr", ["2021-2025"]),
        ("the 2021-25 period", "en", ["2021-2025"]),
    ],
)
def test_find_periods_reads_year_ranges(text: str, lang: str, labels: list[str]) -> None:
    assert _labels(text, lang) == labels


@pytest.mark.parametrize(
    ("text", "lang", "labels"),
    [
        ("in the first six months of 2025", "en", ["2025-H1"]),
        ("6 tháng đầu năm 2025", "vi", ["2025-H1"]),
        ("وفي الأشهر الستة الأولى من عام 2025", "ar", ["2025-H1"]),
        ("上半年", "zh", ["2025-H1"]),
        ("2024年上半期", "ja", ["2024-H1"]),
        ("2025년 하반기", "ko", ["2025-H2"]),
        ("im ersten Halbjahr 2025", "de", ["2025-H1"]),
        ("semester pertama 2025", "id", ["2025-H1"]),
        ("в первом полугодии 2025 года", "ru", ["2025-H1"]),
        ("quý III/2025", "vi", ["2025-Q3"]),
        ("Q3 2025", "en", ["2025-Q3"]),
        ("third quarter of 2025", "en", ["2025-Q3"]),
        ("第三季度", "zh", ["2025-Q3"]),
        ("2025年第三季度", "zh", ["2025-Q3"]),
        ("ไตรมาสที่ 3 ของปี 2568", "th", ["2025-Q3"]),
    ],
)
def test_find_periods_reads_halves_and_quarters(text: str, lang: str, labels: list[str]) -> None:
    assert _labels(text, lang) == labels


@pytest.mark.parametrize(
    ("text", "lang", "labels"),
    [
        ("tháng 6/2025", "vi", ["2025-06"]),
        ("tháng 6 năm 2025", "vi", ["2025-06"]),
        ("June 2025", "en", ["2025-06"]),
        ("as of June 2020", "en", ["2020-06"]),
        ("juin 2025", "fr", ["2025-06"]),
        ("Juni 2025", "de", ["2025-06"]),
        ("в июне 2025 года", "ru", ["2025-06"]),
        ("2025年6月", "zh", ["2025-06"]),
        ("سبتمبر/أيلول 2016", "ar", ["2016-09"]),
        ("June 30, 2020", "en", ["2020-06-30"]),
        ("30/6/2020", "vi", ["2020-06-30"]),
        ("24. Januar 2025", "de", ["2025-01-24"]),
        ("في 31 ديسمبر 2023", "ar", ["2023-12-31"]),
        ("۲۴ ژانویه ۲۰۲۵", "fa", ["2025-01-24"]),
        ("2020年6月30日", "ja", ["2020-06-30"]),
    ],
)
def test_find_periods_reads_months_and_days(text: str, lang: str, labels: list[str]) -> None:
    assert _labels(text, lang) == labels


@pytest.mark.parametrize(
    ("text", "lang", "labels"),
    [
        ("in 2024", "en", ["2024"]),
        ("năm 2024", "vi", ["2024"]),
        ("عام 2024", "ar", ["2024"]),
        ("لعام 2024", "ar", ["2024"]),
        ("2024年", "zh", ["2024"]),
        ("pada tahun 2024", "id", ["2024"]),
        ("در سال ۲۰۲۴", "fa", ["2024"]),
        ("ปี 2567", "th", ["2024"]),
    ],
)
def test_find_periods_reads_full_years(text: str, lang: str, labels: list[str]) -> None:
    assert _labels(text, lang) == labels


@pytest.mark.parametrize(
    ("text", "lang", "labels"),
    [
        ("at the end of 2024", "en", ["2024-12"]),
        ("by end-2024", "en", ["2024-12"]),
        ("cuối năm 2024", "vi", ["2024-12"]),
        ("截至2024年底", "zh", ["2024-12"]),
        ("2024年末時点で", "ja", ["2024-12"]),
        ("2024년 말 기준", "ko", ["2024-12"]),
        ("2024년 연말까지", "ko", ["2024-12"]),
    ],
)
def test_find_periods_reads_the_end_of_a_year_as_its_december(
    text: str, lang: str, labels: list[str]
) -> None:
    assert _labels(text, lang) == labels


def test_the_end_of_a_range_start_is_no_december() -> None:
    assert _labels("by the end of 2021-2025", "en") == ["2021-2025"]


def test_a_korean_year_before_malaysia_is_no_year_end() -> None:
    assert _labels("2024년 말레이시아", "ko") == ["2024"]


def test_a_japanese_fiscal_year_end_is_no_december() -> None:
    assert _labels("2024年度末", "ja") == ["2024"]


@pytest.mark.parametrize(
    ("text", "lang", "labels"),
    [
        ("over the past five years", "en", ["2021-2025"]),
        ("5 năm qua", "vi", ["2021-2025"]),
        ("trong 5 năm qua", "vi", ["2021-2025"]),
        ("Selama 5 tahun terakhir", "id", ["2021-2025"]),
        ("على مدى السنوات العشرين الماضية", "ar", ["2006-2025"]),
        ("in den letzten fünf Jahren", "de", ["2021-2025"]),
        ("过去五年", "zh", ["2021-2025"]),
        ("за последние 5 лет", "ru", ["2021-2025"]),
        ("last year", "en", ["2024"]),
        ("năm ngoái", "vi", ["2024"]),
        ("this year", "en", ["2025"]),
        ("去年", "zh", ["2024"]),
        ("지난해", "ko", ["2024"]),
    ],
)
def test_find_periods_resolves_relative_periods(text: str, lang: str, labels: list[str]) -> None:
    assert _labels(text, lang) == labels


def test_relative_period_without_a_date_has_no_label() -> None:
    assert _labels("over the past five years", "en", None) == [None]


def test_period_offsets_match_the_text() -> None:
    text = "Trong giai đoạn 2021 - 2025, thành phố"
    [period] = find_periods(text, "vi")
    assert text[period.start : period.end] == period.text == "2021 - 2025"


def test_period_kind_is_reported() -> None:
    assert [p.kind for p in find_periods("6 tháng đầu năm 2025", "vi")] == ["half"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Nghị quyết 202/2025/QH15", "vi"),
        ("đón 2025 lượt khách", "vi"),
        ("from 2025 to 2021", "en"),
    ],
)
def test_find_periods_ignores_what_is_not_a_period(text: str, lang: str) -> None:
    assert _labels(text, lang) == []


_PERIOD_BITS = [
    *_TRICKY, "2021", "2025", "۲۰۲۵", "năm", "quý III", "tháng 6", "June", "first half of",
    "上半年", "过去五年", "السنوات", "عام", "над", "годах", "~", "至", "년", "past five years",
]  # fmt: skip
PERIOD_TEXTS = st.lists(st.sampled_from(_PERIOD_BITS) | st.text(max_size=3), max_size=50).map(
    "".join
)


@settings(max_examples=150, deadline=None)
@given(text=PERIOD_TEXTS, lang=st.sampled_from(SUPPORTED))
def test_find_periods_offsets_match_the_text(text: str, lang: str) -> None:
    for p in find_periods(text, lang, published=PUBLISHED):
        assert 0 <= p.start < p.end <= len(text)
        assert text[p.start : p.end] == p.text


def test_find_periods_is_fast_on_a_large_random_text() -> None:
    rng = random.Random(6)
    text = "".join(rng.choice(_PERIOD_BITS) for _ in range(40_000))[:200_000]
    started = time.perf_counter()
    find_periods(text, "vi", published=PUBLISHED)
    assert time.perf_counter() - started < 4


def test_redated_periods_are_those_found_with_the_date() -> None:
    text = "Trong 5 năm qua và 6 tháng đầu năm, năm ngoái, giai đoạn 2021-2025."
    undated = find_periods(text, "vi")
    redated = redate_periods(text, "vi", undated, dt.date(2025, 7, 1))
    assert redated == find_periods(text, "vi", published=dt.date(2025, 7, 1)) != undated


@pytest.mark.parametrize(
    ("text", "lang", "labels"),
    [
        ("Até 22 de janeiro", "pt", ["2025-01-22"]),
        ("hasta el 20 de diciembre", "es", ["2024-12-20"]),
        ("As of the end of June", "en", ["2025-06"]),
        ("as of June 30", "en", ["2025-06-30"]),
        ("Tính đến ngày 15 tháng 9", "vi", ["2025-09-15"]),
        ("7月份", "zh", ["2025-07"]),
        ("지난 1월", "ko", ["2025-01"]),
        ("7月には", "ja", ["2025-07"]),
        ("Pada bulan Oktober saja", "id", ["2025-10"]),
        ("En mai, la province", "fr", ["2025-05"]),
        ("Im Mai empfing", "de", ["2025-05"]),
        ("In May, the city", "en", ["2025-05"]),
        ("в мае провинция", "ru", ["2025-05"]),
    ],
)
def test_a_month_or_day_without_a_year_is_of_the_publication_year(
    text: str, lang: str, labels: list[str]
) -> None:
    assert _labels(text, lang) == labels


def test_a_month_after_the_publication_month_is_of_the_year_before() -> None:
    assert _labels("In October", "en", dt.date(2025, 3, 10)) == ["2024-10"]


def test_a_month_without_a_year_or_a_date_has_no_label() -> None:
    assert _labels("As of the end of June", "en", None) == [None]


def test_a_dated_month_is_read_with_its_year() -> None:
    assert _labels("As of the end of June 2024", "en") == ["2024-06"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("the city may receive more visitors", "en"),
        ("Gen. 5", "en"),
        ("o mar", "pt"),
        ("Mar del Plata", "es"),
        ("Jan Nowak", "en"),
    ],
)
def test_words_that_look_like_short_month_names_are_no_months(text: str, lang: str) -> None:
    assert _labels(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("in the first 10 months of this year", "en"),
        ("11 tháng đầu năm 2025", "vi"),
        ("10 bulan pertama tahun ini", "id"),
        ("1-10月", "zh"),
        ("in den ersten neun Monaten des Jahres 2025", "de"),
    ],
)
def test_the_first_months_of_a_year_to_date_name_no_period(text: str, lang: str) -> None:
    assert [(p.kind, p.label) for p in find_periods(text, lang, published=PUBLISHED)] == [
        ("span", None)
    ]


def test_the_first_three_months_are_the_first_quarter() -> None:
    assert _labels("in the first three months of 2025", "en") == ["2025-Q1"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Giai đoạn 2021-2025, 6 tháng đầu năm 2025. Trong giai đoạn này", "vi"),
        ("From 2021 to 2025, and in the first half of 2025. During this period", "en"),
        ("2021至2025年，上半年。在此期间", "zh"),
        ("в 2021-2025 годах, в первом полугодии 2025 года. В этот период", "ru"),
    ],
)
def test_this_period_is_the_last_range_named_before_it(text: str, lang: str) -> None:
    assert _labels(text, lang) == ["2021-2025", "2025-H1", "2021-2025"]


def test_this_period_before_any_range_has_no_label() -> None:
    assert _labels("In 2024 and during this period", "en") == ["2024", None]


def test_the_period_a_range_follows_is_that_range() -> None:
    text = "From 2016 to 2020. In the period 2021-2025"
    assert _labels(text, "en") == ["2016-2020", "2021-2025"]


def test_redating_relabels_months_without_a_year_and_this_period() -> None:
    text = "Over the past five years. During this period, until 22 January"
    undated = find_periods(text, "en")
    redated = redate_periods(text, "en", undated, dt.date(2025, 7, 1))
    assert [p.label for p in redated] == ["2021-2025", "2021-2025", "2025-01-22"]


_CORPORA = [Path(__file__).parents[1] / "fixtures/intake" / name for name in ("corpus", "news")]


@pytest.mark.parametrize("lang", SUPPORTED)
def test_keyword_windows_find_what_a_whole_text_scan_finds(lang: str) -> None:
    """Patterns are run only around their keywords: on every test document of the
    language that finds exactly the matches a scan of the whole text finds."""
    texts = [p.read_text("utf-8") for folder in _CORPORA for p in folder.glob(f"{lang}_*.txt")]
    c = compiled(lang)
    assert texts and c.keywords.patterns
    for text in texts:
        scanner = Scanner(text, c)
        for pattern in c.keywords.patterns:
            whole = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in scanner.scan(pattern)] == whole, pattern.pattern[:60]


@pytest.mark.parametrize(
    ("text", "lang", "phrase"),
    [
        ("in the first half of this year", "en", "first half of this year"),
        ("au premier semestre de cette année", "fr", "premier semestre de cette année"),
        ("im ersten Halbjahr dieses Jahres", "de", "ersten Halbjahr dieses Jahres"),
    ],
)
def test_a_half_of_this_year_is_one_period(text: str, lang: str, phrase: str) -> None:
    found = find_periods(text, lang, published=dt.date(2025, 7, 10))
    assert [(p.label, p.text) for p in found] == [("2025-H1", phrase)]


@pytest.mark.parametrize("lang", SUPPORTED)
def test_periods_found_in_windows_are_those_a_whole_text_scan_finds(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Patterns run only near years and keywords find, on every test document of the
    language, exactly the periods that scanning the whole text with each finds."""
    texts = [p.read_text("utf-8") for folder in _CORPORA for p in folder.glob(f"{lang}_*.txt")]
    windowed = [find_periods(text, lang, published=PUBLISHED) for text in texts]

    def whole_text(self: Scanner, text: str, c: Compiled) -> None:
        self.text, self.c, self.windows = text, c, None

    monkeypatch.setattr(Scanner, "__init__", whole_text)
    monkeypatch.setattr(periods, "_year_windows", lambda text, *_: [(0, len(text))])
    periods._scanner.cache_clear()
    periods._undated_matches.cache_clear()
    try:
        assert [find_periods(text, lang, published=PUBLISHED) for text in texts] == windowed
    finally:
        periods._scanner.cache_clear()
        periods._undated_matches.cache_clear()
