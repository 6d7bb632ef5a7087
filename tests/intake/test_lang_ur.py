"""Urdu phrasings of the Vietnamese press in Urdu (vietnam.vn/ur, VNA)."""

import datetime as dt

from hoinhap.intake.extract import extract_document
from hoinhap.intake.gazetteer import load_gazetteer


def facts(text: str) -> list[tuple[str, str, float, str, str | None]]:
    found = extract_document(text, doc="t", lang="ur", published=dt.date(2025, 1, 16)).facts
    return [(f.subject, f.metric, f.value, f.unit, f.period) for f in found]


def test_sister_city_written_as_sister_hyphen_city() -> None:
    text = "ہو چی منہ سٹی نے لاؤ کے 3 علاقوں کے ساتھ بہن-شہر کے تعلقات قائم کیے۔"
    assert facts(text) == [("Ho Chi Minh City", "partner_localities", 3, "count", None)]


def test_cooperation_agreements_a_few_words_after_the_number() -> None:
    text = "2024 میں کوانگ نگائی نے 4 بین الاقوامی تعاون کے معاہدوں پر دستخط کیے۔"
    assert facts(text) == [("Quang Ngai", "agreements_signed", 4, "count", "2024")]


def test_this_year_after_a_named_year_is_that_year() -> None:
    text = (
        "صوبے نے سال 2024 میں 1.2 بلین امریکی ڈالر حاصل کیے۔ "
        "اس سال کوانگ نگائی نے 14 نئے ایف ڈی آئی منصوبوں کو لائسنس جاری کیے۔"
    )
    assert ("Quang Ngai", "fdi_projects", 14, "count", "2024") in facts(text)


def test_the_planning_and_investment_department_is_not_a_plan() -> None:
    text = (
        "منصوبہ بندی اور سرمایہ کاری کے محکمے کے مطابق، 2024 میں کوانگ نین صوبے نے "
        "2.1 ارب امریکی ڈالر کی غیر ملکی سرمایہ کاری حاصل کی۔"
    )
    assert facts(text) == [("Quang Ninh", "fdi_capital", 2.1e9, "USD", "2024")]


def test_lam_dong_as_the_urdu_press_spells_it() -> None:
    found = load_gazetteer().find("لام ڈونگ صوبے", "ur")
    assert [m.entry.name for m in found] == ["Lam Dong"]


def test_the_first_6_months_after_their_year_are_that_years_half() -> None:
    text = "2024 کے پہلے 6 مہینوں میں خان ہوا نے 2.4 ملین غیر ملکی سیاحوں کا خیرمقدم کیا۔"
    assert facts(text) == [("Khanh Hoa", "visitors_international", 2.4e6, "count", "2024-H1")]


def test_the_20_millionth_visitor_is_no_count() -> None:
    text = "ویتنام نے 15 دسمبر کو فو کوک میں 20 ملینویں بین الاقوامی سیاح کا خیرمقدم کیا۔"
    assert facts(text) == []


def test_domestic_tourists_are_not_a_fact() -> None:
    assert facts("سال 2024 میں خان ہوا میں 28 لاکھ گھریلو سیاح آئے۔") == []


def test_projects_spelled_parajekt() -> None:
    text = "سال 2024 میں کوانگ نین نے غیر ملکی سرمایہ کاری کے 17 نئے پراجیکٹس کو لائسنس دیا۔"
    assert facts(text) == [("Quang Ninh", "fdi_projects", 17, "count", "2024")]


def test_persons_who_took_part_are_participants() -> None:
    text = "دا نانگ میں منعقدہ میلے میں تقریباً 4 لاکھ افراد نے شرکت کی۔"
    assert facts(text) == [("Da Nang", "event_participants", 400_000, "count", None)]
