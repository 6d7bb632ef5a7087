"""Vietnamese phrasings from provincial reports and the Vietnamese press."""

import datetime as dt

from hoinhap.intake.extract import extract_document
from hoinhap.intake.gazetteer import load_gazetteer


def facts(text: str) -> list[tuple[str, str, float]]:
    found = extract_document(text, doc="t", lang="vi", published=dt.date(2024, 4, 10)).facts
    return [(f.subject, f.metric, f.value) for f in found]


def test_domestic_tourists_are_not_all_visitors() -> None:
    text = "Khánh Hòa đón 3,6 triệu lượt khách quốc tế và 5,4 triệu lượt khách nội địa."
    assert facts(text) == [("Khanh Hoa", "visitors_international", 3_600_000)]


def test_capital_of_newly_founded_companies_is_not_fdi() -> None:
    text = (
        "Bình Phước thu hút 8 dự án FDI với tổng vốn 31,8 triệu USD. "
        "Sáu tháng đầu năm có 420 doanh nghiệp thành lập mới với số vốn 3.477 tỉ đồng."
    )
    assert ("Binh Phuoc", "fdi_capital", 3_477e9) not in facts(text)


def test_the_press_abbreviation_of_ba_ria_vung_tau_is_the_province() -> None:
    found = load_gazetteer().find("Tỉnh BR-VT cấp mới 8 dự án FDI.", "vi")
    assert [m.entry.name for m in found] == ["Ba Ria-Vung Tau"]


def test_domestic_tourists_before_the_figure_are_not_counted_after_it() -> None:
    text = "Năm 2023, Quảng Bình đón 2,1 triệu lượt khách du lịch nội địa."
    assert facts(text) == []


def test_aid_packages_are_ngo_projects() -> None:
    text = (
        "Năm 2024, tỉnh Đồng Nai hợp tác với 30 tổ chức phi chính phủ nước ngoài triển khai "
        "25 khoản viện trợ."
    )
    assert ("Dong Nai", "ngo_projects", 25) in facts(text)


def test_disbursed_ngo_aid_is_aid_received() -> None:
    text = (
        "Giai đoạn 2016-2020, giá trị giải ngân viện trợ phi chính phủ nước ngoài tại tỉnh "
        "Thanh Hóa đạt 40,5 triệu USD."
    )
    assert facts(text) == [("Thanh Hoa", "ngo_aid", 40_500_000)]


def test_quarter_misspelled_quy_is_still_a_quarter() -> None:
    text = "Qúy I/2024, tỉnh Bắc Ninh cấp mới 20 dự án FDI."
    found = extract_document(text, doc="t", lang="vi").facts
    assert [(f.metric, f.period) for f in found] == [("fdi_projects", "2024-Q1")]


def test_the_press_spelling_tp_dot_hcm_is_the_city() -> None:
    found = load_gazetteer().find("Năm 2023, TP. HCM đón 6 triệu lượt khách quốc tế.", "vi")
    assert [m.entry.name for m in found] == ["Ho Chi Minh City"]


def test_nine_months_of_a_year_is_not_the_whole_year() -> None:
    text = "9 tháng năm 2024, tỉnh Nghệ An thu hút 1,2 tỷ USD vốn FDI."
    found = extract_document(text, doc="t", lang="vi").facts
    assert [(f.metric, f.period) for f in found] == [("fdi_capital", None)]


def test_six_months_of_a_year_is_the_first_half() -> None:
    text = "6 tháng năm 2024, tỉnh Nghệ An thu hút 1,2 tỷ USD vốn FDI."
    found = extract_document(text, doc="t", lang="vi").facts
    assert [(f.metric, f.period) for f in found] == [("fdi_capital", "2024-H1")]


def test_exports_of_fdi_companies_are_not_fdi_capital() -> None:
    text = "Năm 2024, kim ngạch xuất khẩu của các doanh nghiệp FDI tại Nghệ An đạt 2,1 tỷ USD."
    assert facts(text) == []


def test_officials_sent_abroad_are_not_visitors() -> None:
    text = "Năm 2024, tỉnh Đồng Nai tổ chức 21 đoàn ra với 134 lượt cán bộ."
    assert facts(text) == [("Dong Nai", "delegations_sent", 21)]


def test_share_purchases_are_not_visitors() -> None:
    text = "Năm 2024, Nghệ An có 2 lượt góp vốn mua cổ phần với giá trị 0,04 triệu USD."
    assert ("Nghe An", "visitors_total", 2) not in facts(text)


def test_next_years_plan_in_a_report_is_not_a_fact() -> None:
    text = "Kế hoạch năm 2025, tỉnh Nghệ An tổ chức 5 hội nghị xúc tiến đầu tư ở nước ngoài."
    report = extract_document(text, doc="t", lang="vi", published=dt.date(2025, 1, 8))
    assert report.facts == []


def test_share_of_the_annual_plan_is_still_an_achieved_figure() -> None:
    text = "Năm 2024, Nghệ An đón 125 đoàn khách quốc tế, đạt 110% kế hoạch năm."
    assert facts(text) == [("Nghe An", "delegations_received", 125)]


def test_programmes_and_non_project_aid_are_ngo_projects() -> None:
    text = (
        "Giai đoạn 2019 - 2021, tỉnh Quảng Nam tiếp nhận 280 chương trình, dự án và phi dự án "
        "với tổng giá trị viện trợ đạt gần 466 tỷ đồng."
    )
    assert facts(text) == [
        ("Quang Nam", "ngo_projects", 280),
        ("Quang Nam", "ngo_aid", 466e9),
    ]


def test_disbursed_value_after_ngo_aid_is_ngo_aid() -> None:
    text = (
        "Tỉnh Lâm Đồng có 21 tổ chức phi Chính phủ nước ngoài. Riêng trong năm 2022, vốn cam "
        "kết viện trợ là 615.151 USD, tổng giá trị giải ngân thực tế đạt 158.146 USD."
    )
    assert ("Lam Dong", "ngo_aid", 615_151) in facts(text)
    assert ("Lam Dong", "ngo_aid", 158_146) in facts(text)


def test_ngo_aid_named_in_one_sentence_is_the_topic_of_the_next() -> None:
    text = (
        "Tỉnh Nghệ An đẩy mạnh vận động viện trợ phi chính phủ nước ngoài. "
        "Giá trị giải ngân đạt 5 triệu USD."
    )
    assert facts(text) == [("Nghe An", "ngo_aid", 5e6)]


def test_planning_and_investment_department_is_not_a_plan() -> None:
    text = (
        "Theo Sở Kế hoạch - Đầu tư Đồng Nai, thu hút vốn đầu tư trong nước đạt gần 1.100 tỷ đồng."
    )
    assert facts(text) == [("Dong Nai", "domestic_capital", 1100e9)]


def test_licensed_domestic_projects_are_domestic() -> None:
    text = (
        "Tổng số dự án đầu tư trong nước của Đồng Nai được cấp giấy chứng nhận đầu tư là 616 dự án."
    )
    assert facts(text) == [("Dong Nai", "domestic_projects", 616)]


def test_nationwide_opening_the_clause_makes_its_figures_national() -> None:
    text = (
        "Tại TP.HCM, hội nghị tổng kết diễn ra. Tính đến tháng 5, cả nước có 56 địa phương "
        "tham gia ký kết khoảng 340 thỏa thuận hữu nghị."
    )
    assert ("Vietnam", "agreements_signed", 340) in facts(text)


def test_a_ranking_nationwide_keeps_the_province() -> None:
    text = "Long An xếp thứ 5 cả nước về thu hút FDI với 1,2 tỷ USD."
    assert facts(text) == [("Long An", "fdi_capital", 1.2e9)]


def test_the_figure_a_comparison_is_made_with_is_not_a_fact() -> None:
    text = (
        "Quý I/2024, Bình Dương cấp mới 8 dự án FDI với tổng vốn đăng ký gần 1,452 tỷ USD, "
        "vượt nhiều lần so với cùng kỳ năm 2023 (35,4 triệu USD). 5 dự án điều chỉnh tăng vốn."
    )
    assert ("Binh Duong", "fdi_capital", 35.4e6) not in facts(text)


def test_nine_months_without_a_year_stops_the_year_before() -> None:
    found = extract_document(
        "Năm 2023, Bình Dương thu hút 100 dự án FDI. Trong 9 tháng, tỉnh cấp mới 20 dự án FDI.",
        doc="t",
        lang="vi",
        published=dt.date(2024, 10, 1),
    ).facts
    assert [(f.value, f.period) for f in found] == [(100, "2023"), (20, None)]


def test_of_which_after_a_paragraph_break_goes_on_with_the_ngo_figures() -> None:
    text = (
        "Năm 2016, tỉnh Thừa Thiên Huế triển khai 38 khoản viện trợ của các tổ chức phi chính "
        "phủ nước ngoài.\n\nTrong đó, giá trị cam kết là 1,96 triệu USD."
    )
    assert ("Thua Thien Hue", "ngo_aid", 1.96e6) in facts(text)


def test_of_which_organisations_after_ngo_partners_are_ngo_partners() -> None:
    text = "Quảng Nam có 113 tổ chức PCPNN đăng ký hoạt động, trong đó 80 tổ chức có giấy phép."
    assert ("Quang Nam", "ngo_partners", 80) in facts(text)
