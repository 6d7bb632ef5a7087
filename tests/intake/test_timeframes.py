import datetime as dt

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


def test_forty_thousand_overlapping_periods_all_resolve() -> None:
    """A quadratic resolution would take minutes here (bench measures the speed)."""
    text = "In the first six months of 2025 and in June 2025, quý II/2025. " * 20_000
    assert len(find_periods(text, "en")) >= 40_000


def dated_periods_of(text: str, lang: str, published: dt.date) -> list[tuple[str, object]]:
    extraction = extract_document(text, doc="d", lang=lang, published=published)
    return [(f.metric, f.period) for f in extraction.facts]


def test_a_month_without_a_year_takes_the_publication_year_not_last_years() -> None:
    text = (
        "Jumlah wisatawan ke Hanoi naik 20 persen dibandingkan tahun lalu.\n\n"
        "Pada bulan Oktober saja, Hanoi menerima 586.000 pengunjung."
    )
    assert dated_periods_of(text, "id", dt.date(2024, 11, 7)) == [("visitors_total", "2024-10")]


def test_this_period_takes_the_last_range_not_the_latest_period() -> None:
    text = (
        "Trong giai đoạn 2021-2025, Đà Nẵng đã tiếp 350 đoàn khách quốc tế. "
        "Riêng 6 tháng đầu năm 2025, thành phố tổ chức 12 hội nghị xúc tiến đầu tư.\n\n"
        "Trong giai đoạn này, Đà Nẵng vận động được 95 dự án viện trợ phi chính phủ."
    )
    assert dated_periods_of(text, "vi", dt.date(2025, 12, 10)) == [
        ("delegations_received", "2021-2025"),
        ("promotion_events", "2025-H1"),
        ("ngo_projects", "2021-2025"),
    ]


def test_an_as_of_month_inside_the_period_named_before_is_not_carried() -> None:
    text = (
        "Trong 6 tháng đầu năm 2025, Bắc Ninh thu hút 112 dự án FDI mới. "
        "Tính đến hết tháng 6/2025, Bắc Ninh có 2.180 dự án FDI còn hiệu lực.\n"
        "Cũng trong 6 tháng, tỉnh tiếp 40 đoàn khách quốc tế."
    )
    assert dated_periods_of(text, "vi", dt.date(2025, 7, 5)) == [
        ("fdi_projects", "2025-H1"),
        ("fdi_projects", "2025-06"),
        ("delegations_received", "2025-H1"),
    ]


def test_an_event_day_without_a_year_is_not_carried() -> None:
    text = (
        "No primeiro semestre de 2019, Binh Dinh licenciou 20 projetos de investimento "
        "estrangeiro, informou a província numa conferência realizada em 8 de julho.\n"
        "A província recebeu 15 delegações estrangeiras."
    )
    assert dated_periods_of(text, "pt", dt.date(2019, 7, 9))[-1] == (
        "delegations_received",
        "2019-H1",
    )


def test_a_year_in_a_comparison_clause_is_not_carried() -> None:
    text = (
        "ในไตรมาสแรกของปี 2562 นครโฮจิมินห์รับนักท่องเที่ยว 2 ล้านคน "
        "เพิ่มขึ้น 10% เมื่อเทียบกับช่วงเดียวกันของปีที่แล้ว\n\n"
        "ในช่วงเดียวกัน มูลค่าการนำเข้าและส่งออกของนครอยู่ที่ประมาณ 14 พันล้านดอลลาร์สหรัฐ"
    )
    assert dated_periods_of(text, "th", dt.date(2019, 4, 5)) == [
        ("visitors_total", "2019-Q1"),
        ("trade_turnover", "2019-Q1"),
    ]


def test_the_first_ten_months_of_a_year_are_no_period() -> None:
    text = "In the first 10 months of this year, Hanoi welcomed 5.1 million visitors."
    assert dated_periods_of(text, "en", dt.date(2024, 11, 7)) == [("visitors_total", None)]


def test_a_comparison_does_not_reach_into_the_next_sentence() -> None:
    text = "Exports rose 12% compared with 2023.\n2024: Da Nang received 350 foreign delegations."
    facts = extract_document(text, doc="d", lang="en").facts
    assert [(f.metric, f.period) for f in facts] == [("delegations_received", "2024")]


def test_a_now_cue_opening_the_sentence_leaves_the_stock_without_a_period() -> None:
    text = (
        "Quý I/2024, tỉnh Bà Rịa - Vũng Tàu cấp mới 8 dự án FDI. "
        "Đến nay, trên địa bàn tỉnh có 465 dự án đầu tư nước ngoài."
    )
    facts = extract_document(text, doc="d", lang="vi").facts
    assert [(f.value, f.period) for f in facts] == [(8, "2024-Q1"), (465, None)]


def test_a_year_named_before_a_hindi_or_urdu_comparison_is_the_baseline() -> None:
    """Hindi and Urdu name the compared year before the compare phrase ("2023 की तुलना में"):
    that year is neither the figure's nor carried to the next sentence."""
    hindi = (
        "2024 की पहली छमाही में खान होआ प्रांत में ठहरने वाले पर्यटकों की कुल संख्या लगभग 52 लाख रही "
        "जो पिछले वर्ष की इसी अवधि से 20 प्रतिशत अधिक है। इनमें 24 लाख विदेशी पर्यटक थे।"
    )
    urdu = (
        "2024 کی پہلی ششماہی میں صوبہ خان ہوا میں ٹھہرنے والے سیاحوں کی تعداد تقریباً 52 لاکھ "
        "رہی، جو گزشتہ سال کی اسی مدت سے 30 فیصد زیادہ ہے۔ ان میں سے 24 لاکھ غیر ملکی سیاح تھے۔"
    )
    expected = [("visitors_total", "2024-H1"), ("visitors_international", "2024-H1")]
    for text, lang in ((hindi, "hi"), (urdu, "ur")):
        found = extract_document(text, doc="d", lang=lang, published=dt.date(2024, 7, 1)).facts
        assert [(f.metric, f.period) for f in found] == expected


def test_a_period_past_and_and_the_next_figure_is_not_the_figures() -> None:
    text = (
        "ໃນປີ 2024, ແຂວງ ເຫງະອານ ໄດ້ຕ້ອນຮັບນັກທ່ອງທ່ຽວທັງໝົດ 230.000 ເທື່ອຄົນ ແລະ "
        "6 ເດືອນຕົ້ນປີ 2025 ຕ້ອນຮັບ 150.000 ເທື່ອຄົນ."
    )
    found = extract_document(text, doc="d", lang="lo", published=dt.date(2025, 8, 10)).facts
    assert [(f.value, f.period) for f in found] == [(230000, "2024"), (150000, "2025-H1")]
