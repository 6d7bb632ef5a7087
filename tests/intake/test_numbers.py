import random
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hoinhap.intake.langs import SUPPORTED
from hoinhap.intake.numbers import find_numbers, parse_number, scan_numbers
from hoinhap.intake.numerals import StartChars, next_chars


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("1.263", "de", 1263),
        ("1,07", "de", 1.07),
        ("1.263", "id", 1263),
        ("1,07", "id", 1.07),
        ("3.000", "vi", 3000),
        ("1.07", "vi", 1.07),
        ("1,263", "en", 1263),
        ("1.263", "en", 1.263),
        ("1,07", "en", 1.07),
        ("1,263,500.25", "en", 1263500.25),
        ("1.263.500,25", "de", 1263500.25),
        ("3 000", "fr", 3000),
        ("3\u202f000", "fr", 3000),
        ("3\u00a0000", "ru", 3000),
        ("۱۴٫۸", "fa", 14.8),
        ("۱۴٬۸۰۰", "fa", 14800),
        ("۶۰", "fa", 60),
        ("١٥٠٠", "ar", 1500),
        ("1.5", "ar", 1.5),
        ("1,00,000", "hi", 100000),
        ("๕๐", "th", 50),
        ("໒໐", "lo", 20),
        ("១២", "km", 12),
        ("三", "zh", 3),
        ("ثلاث", "ar", 3),
    ],
)
def test_parse_number_reads_each_convention(text: str, lang: str, value: float) -> None:
    assert parse_number(text, lang) == value


@pytest.mark.parametrize("text", ["", "abc", "1.2.3", "24.01.2025", "1,2,3", "12 34"])
def test_parse_number_rejects_what_is_not_a_numeral(text: str) -> None:
    assert parse_number(text, "de") is None


def _values(text: str, lang: str) -> list[float]:
    return [m.value for m in find_numbers(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("Die Stadt zog 1.263 FDI-Projekte an.", "de", [1263]),
        ("ein Kapital von mehr als 10,9 Milliarden USD", "de", [10.9e9]),
        ("modal lebih dari US$1,07 miliar", "id", [1.07e9]),
        ("modal lebih dari VND208 triliun", "id", [208e12]),
        ("menerima 14.800 miliar VND dana ODA", "id", [14.8e12]),
        ("36 juta pengunjung, termasuk 11,7 juta wisatawan asing", "id", [36e6, 11.7e6]),
        ("tổng vốn 208 nghìn tỷ đồng", "vi", [208e12]),
        ("thu hút 3 nghìn lượt khách", "vi", [3000]),
        ("vốn đăng ký 1.07 tỷ USD", "vi", [1.07e9]),
        ("با ۶۰ شهر در ۲۴ کشور", "fa", [60, 24]),
        ("سرمایه ۱۴٫۸ میلیارد دلار", "fa", [14.8e9]),
        ("استقطبت أكثر من 1.5 مليار دولار", "ar", [1.5e9]),
        ("برأس مال يقارب 50 مليار دولار", "ar", [50e9]),
        ("انضمت المدينة إلى ثلاث منظمات دولية", "ar", [3]),
        ("حضر ألف مشارك", "ar", [1000]),
        ("吸引投资50亿美元", "zh", [5e9]),
        ("共有1万2000人参加", "zh", [12000]),
        ("与三个国家合作", "zh", [3]),
        ("総額1兆2000億円", "ja", [1.2e12]),
        ("3억 달러를 투자했다", "ko", [3e8]),
        ("1조 2000억원 규모", "ko", [1.2e12]),
        ("5천만 달러", "ko", [5e7]),
        ("worth 1.263 billion dollars", "en", [1.263e9]),
        ("a billion dollars", "en", [1e9]),
        ("twenty delegations", "en", [20]),
        ("3 mil millones de dólares", "es", [3e9]),
        ("mil delegaciones", "es", [1000]),
        ("1,5 млрд долларов", "ru", [1.5e9]),
        ("более 3 000 делегаций", "ru", [3000]),
        ("5 करोड़ डॉलर", "hi", [5e7]),
        ("3 พันล้านบาท", "th", [3e9]),
        ("50 ລ້ານໂດລາ", "lo", [50e6]),
        ("10 លានដុល្លារ", "km", [10e6]),
        ("2 ارب ڈالر", "ur", [2e9]),
        ("1,5 milliard de dollars", "fr", [1.5e9]),
        ("2,3 miliardi di euro", "it", [2.3e9]),
        ("1,2 bilhão de dólares", "pt", [1.2e9]),
        ("RM1.5 bilion", "ms", [1.5e9]),
    ],
)
def test_find_numbers_applies_scale_words(text: str, lang: str, values: list[float]) -> None:
    assert _values(text, lang) == values


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Nghị quyết 202/2025/QH15 của Quốc hội", "vi"),
        ("Nghị quyết số 59-NQ/TW", "vi"),
        ("Resolution No. 59 of the Politburo", "en"),
        ("under Plan 313 of the city", "en"),
        ("on its 23rd anniversary", "en"),
        ("dem 23. Kongress des Parteikomitees", "de"),
        ("am 24. Januar", "de"),
        ("ngày 26/9 vừa qua", "vi"),
        ("lần thứ 23", "vi"),
        ("Kongres ke-23", "id"),
        ("第23届会议", "zh"),
        ("6月30日", "zh"),
        ("on June 30 the city", "en"),
        ("call 0236 3822 at 14:30", "en"),
        ("mã số 07-2025", "vi"),
        ("the COVID-19 pandemic and 5G networks", "en"),
        ("one of the key drivers", "en"),
    ],
)
def test_find_numbers_skips_codes_dates_and_ordinals(text: str, lang: str) -> None:
    assert _values(text, lang) == []


def test_find_numbers_flags_a_year() -> None:
    [match] = find_numbers("Da Nang Meet 2024", "en")
    assert match.is_year_like


def test_find_numbers_does_not_flag_a_grouped_number() -> None:
    [match] = find_numbers("2,024 delegations", "en")
    assert not match.is_year_like


def test_find_numbers_flags_a_buddhist_era_year() -> None:
    [match] = find_numbers("ปี 2568", "th")
    assert match.is_year_like


def test_find_numbers_offsets_cover_the_scale() -> None:
    text = "tổng vốn 208 nghìn tỷ đồng"
    [match] = find_numbers(text, "vi")
    assert text[match.start : match.end] == "208 nghìn tỷ" == match.text


def test_find_numbers_marks_chinese_duo_as_over() -> None:
    [match] = find_numbers("50多亿美元", "zh")
    assert (match.value, match.approx) == (5e9, "over")


_DIGITS_AND_MARKS = "0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩๐๑໒១०.,٫٬'/:-–+%$ "
_INVISIBLE = "\u00a0\u202f\u200c\u200d\u200e\u200f"
_TRICKY = [
    *_DIGITS_AND_MARKS, *_INVISIBLE, *"年月億万억조",
    "tỷ", "triệu", "nghìn", "billion", "Milliarden", "miliar", "juta", "مليار", "ألف",
    "میلیارد", "هزار", "млрд", "ล้าน", "ລ້ານ", "លាន", "करोड़", "لاکھ", "ثلاث", "三", "hơn",
]  # fmt: skip
TEXTS = st.lists(st.sampled_from(_TRICKY) | st.text(max_size=3), max_size=60).map("".join)


@settings(max_examples=150, deadline=None)
@given(text=TEXTS, lang=st.sampled_from(SUPPORTED))
def test_parse_number_never_raises(text: str, lang: str) -> None:
    value = parse_number(text, lang)
    assert value is None or value >= 0


@settings(max_examples=150, deadline=None)
@given(text=TEXTS, lang=st.sampled_from(SUPPORTED))
def test_find_numbers_offsets_match_the_text(text: str, lang: str) -> None:
    for match in find_numbers(text, lang):
        assert 0 <= match.start < match.end <= len(text)
        assert text[match.start : match.end] == match.text


def test_find_numbers_is_fast_on_a_large_random_text() -> None:
    rng = random.Random(4)
    text = "".join(rng.choice(_TRICKY) for _ in range(60_000))[:200_000]
    started = time.perf_counter()
    for lang in ("vi", "ar", "zh"):
        find_numbers(text, lang)
    assert time.perf_counter() - started < 6


def test_thai_stands_at_is_not_an_ordinal() -> None:
    text = "ยอดส่งออกของเมืองอยู่ที่ 450 ล้านดอลลาร์"
    assert [n.value for n in find_numbers(text, "th")] == [450e6]


def test_thai_ordinal_marker_still_skips_the_number() -> None:
    assert find_numbers("เมืองได้อันดับที่ 2 ของประเทศ", "th") == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("alcanzó 19 mil 220 millones de dólares", "es", 19.22e9),
        ("tres mil 60 millones de dólares", "es", 3.06e9),
        ("dos mil 591 nuevos proyectos", "es", 2591),
        ("8億2,500万米ドル", "ja", 8.25e8),
        ("11억4,000만달러", "ko", 1.14e9),
        ("7亿1,700万美元", "zh", 7.17e8),
    ],
)
def test_compounds_read_their_inner_number_by_the_language_rule(
    text: str, lang: str, value: float
) -> None:
    assert [n.value for n in find_numbers(text, lang)] == [value]


def test_a_year_after_a_thousand_is_a_number_of_its_own() -> None:
    assert [n.value for n in find_numbers("5 mil en 2024", "es")] == [5000, 2024]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("۴۵ میلیون و ۵۰۰ هزار دلار", "fa", 45.5e6),
        ("۱۸ هزار و ۵۰۰ گردشگر", "fa", 18500),
        ("18 ألفا و500 سائح", "ar", 18500),
    ],
)
def test_persian_and_arabic_join_the_parts_of_a_number_with_and(
    text: str, lang: str, value: float
) -> None:
    assert _values(text, lang) == [value]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("سرمایه ۱/۸ میلیارد دلار", "fa", 1.8e9),
        ("رشد ۲/۵ درصد", "fa", 2.5),
        ("رشد ۲/۵٪", "fa", 2.5),
    ],
)
def test_a_slash_typed_for_the_arabic_decimal_mark_is_a_decimal(
    text: str, lang: str, value: float
) -> None:
    assert _values(text, lang) == [value]


@pytest.mark.parametrize("text", ["تاریخ ۱۴۰۳/۵/۱۲", "مصوبه ۲۴/۱ دولت", "ماده ۳/۲ میلیارد"])
def test_a_slash_outside_a_figure_is_still_no_decimal(text: str) -> None:
    assert _values(text, "fa") == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("ست وثلاثون منظمة", "ar", 36),
        ("خمسة وعشرون مشروعا", "ar", 25),
        ("مئة وخمسة وعشرون زائرا", "ar", 125),
        ("سی و شش کشور", "fa", 36),
        ("صد و بیست و پنج پروژه", "fa", 125),
        ("twenty-five countries", "en", 25),
        ("vingt et un pays", "fr", 21),
        ("treinta y cinco países", "es", 35),
        ("двадцать пять стран", "ru", 25),
        ("dua puluh lima negara", "id", 25),
        ("seratus dua puluh proyek", "id", 120),
    ],
)
def test_number_words_of_one_number_are_read_together(text: str, lang: str, value: float) -> None:
    assert _values(text, lang) == [value]


def test_arabic_compound_number_words_take_the_scale_after_them() -> None:
    assert _values("خمسة وعشرون مليون دولار", "ar") == [25e6]


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("two or three delegations", "en", [2, 3]),
        ("twenty five-star hotels", "en", [20, 5]),
        ("بیست و پنج و سی", "fa", [25, 30]),
        ("ثلاثة أو أربعة وفود", "ar", [3, 4]),
    ],
)
def test_number_words_that_cannot_make_one_number_stay_apart(
    text: str, lang: str, values: list[float]
) -> None:
    assert _values(text, lang) == values


def test_a_bare_thousand_word_takes_the_number_after_it() -> None:
    assert [n.value for n in find_numbers("más de mil 600 proyectos", "es")] == [1600]
    assert [n.value for n in find_numbers("mil 200 millones de dólares", "es")] == [1.2e9]


def test_find_numbers_does_not_read_numbers_inside_skipped_spans() -> None:
    text = "Giai đoạn 2021-2025, tỉnh thu hút 120 dự án"
    period = (text.index("2021"), text.index("2025") + 4)
    found = find_numbers(text, "vi", skip=[period])
    assert [n.value for n in found] == [120]
    assert [n.value for n in find_numbers(text, "vi")][-1] == 120


def test_a_single_digit_padded_to_two_counts_before_a_word() -> None:
    text = "Trong tháng, tỉnh đón 07 đoàn khách quốc tế và cấp mới 01 dự án; mã 05/QĐ"
    assert _values(text, "vi") == [7, 1]


def test_a_figure_glued_to_a_name_by_a_colon_is_read() -> None:
    assert _values("ハノイ:36億6,000万米ドル、ホーチミン市:20億ドル", "ja") == [3.66e9, 2e9]
    assert _values("Tel:0236 at 14:30", "en") == []


def test_a_code_word_ending_in_a_gap_mark_still_skips_the_number() -> None:
    assert _values("Decree No. 59 and 12 projects", "en") == [12]


def test_scale_words_are_found_in_any_case() -> None:
    assert _values("5 MILLION people", "en") == [5e6]


def test_whole_and_decimal_figures_are_scaled_exactly() -> None:
    assert _values("300 million and 1.07 billion", "en") == [300000000, 1070000000]


def test_scan_numbers_gives_the_numbers_of_find_numbers() -> None:
    text = "Over 3,000 visitors, 1.07 billion USD and 2024 in No. 59"
    scanned = [(n[0], n[1], n[2]) for n in scan_numbers(text, "en")]
    assert scanned == [(m.value, m.start, m.end) for m in find_numbers(text, "en")]


def test_start_chars_map_two_characters_to_the_phrases_they_may_start() -> None:
    starts = StartChars([["million", "k"], ["%"]])
    assert (starts["Mi"], starts["k "], starts["%"], starts["ma"], starts[""]) == (1, 1, 2, 0, 0)


def test_next_chars_skip_spaces() -> None:
    assert (next_chars("5  million", 1), next_chars("5 ", 1)) == ("mi", "")


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("From January to April, 56 new projects were licensed.", "en", 56.0),
        ("De janvier à avril, 120 délégations ont été reçues.", "fr", 120.0),
    ],
)
def test_a_number_after_a_month_that_cannot_be_its_day_is_read(
    text: str, lang: str, value: float
) -> None:
    assert [n.value for n in find_numbers(text, lang)] == [value]


def test_a_day_after_its_month_is_still_part_of_the_date() -> None:
    assert find_numbers("On April 30, the province licensed 12 projects.", "en")[0].value == 12
