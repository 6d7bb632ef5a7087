"""Persian phrasings of the Vietnamese press in Persian (vietnam.vn/fa, VNA)."""

import datetime as dt

from hoinhap.intake.extract import extract_document
from hoinhap.intake.periods import find_periods


def facts(text: str) -> list[tuple[str, str, float, str, str | None]]:
    found = extract_document(text, doc="t", lang="fa", published=dt.date(2025, 1, 7)).facts
    return [(f.subject, f.metric, f.value, f.unit, f.period) for f in found]


def test_the_end_of_a_year_is_its_december() -> None:
    labels = [p.label for p in find_periods("تا پایان سال ۲۰۲۴ در دانانگ", "fa")]
    assert labels == ["2024-12"]


def test_a_bare_province_after_a_city_is_the_province() -> None:
    text = (
        "استان بین دین در مرکز ویتنام است. او افزود که شهر کوی نون هر سال میزبان "
        "کنفرانس‌های علمی است و در سال ۲۰۲۴ استان در مجموع ۱۱ رویداد بین‌المللی برگزار کرد."
    )
    assert facts(text) == [("Binh Dinh", "events_hosted", 11, "count", "2024")]


def test_foreign_provinces_are_still_counted_as_partner_localities() -> None:
    text = "بین دین با ۹ استان خارجی در ۶ کشور روابط دوستی و همکاری دارد."
    assert facts(text) == [
        ("Binh Dinh", "partner_localities", 9, "count", None),
        ("Binh Dinh", "partner_countries", 6, "count", None),
    ]


def test_foreign_persons_after_visitors_are_international_visitors() -> None:
    text = (
        "بین دین در سال ۲۰۲۴ حدود ۶٫۷ میلیون گردشگر پذیرفت که از این تعداد نزدیک به "
        "۷۴۰ هزار نفر خارجی بودند."
    )
    assert facts(text) == [
        ("Binh Dinh", "visitors_total", 6.7e6, "count", "2024"),
        ("Binh Dinh", "visitors_international", 740_000, "count", "2024"),
    ]


def test_programmes_and_projects_of_ngos_are_ngo_projects() -> None:
    text = "دانانگ در سال ۲۰۲۴ ۴۱ برنامه و پروژه با حمایت سازمان‌های غیردولتی خارجی جذب کرد."
    assert facts(text) == [("Da Nang", "ngo_projects", 41, "count", "2024")]


def test_delegations_sent_abroad_are_outbound() -> None:
    text = "کوانگ تری در سال ۲۰۲۳ بیست و هشت هیئت را پذیرفت و ۹ هیئت به خارج از کشور اعزام کرد."
    assert ("Quang Tri", "delegations_sent", 9, "count", "2023") in facts(text)
