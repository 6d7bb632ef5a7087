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
