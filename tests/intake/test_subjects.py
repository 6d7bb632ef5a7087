"""Whose figure it is (hoinhap/intake/subjects.py), through extract_document."""

import pytest

from hoinhap.intake.extract import extract_document


def subjects_of(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.subject, f.metric) for f in extract_document(text, doc="d", lang=lang).facts]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Năm 2024, tỉnh Bắc Giang phối hợp tổ chức 3 hội nghị xúc tiến đầu tư tại Hà Nội.",
            "vi",
        ),
        ("In 2024 Bac Giang held 3 investment promotion conferences in Hanoi.", "en"),
    ],
)
def test_the_venue_of_events_is_not_their_organiser(text: str, lang: str) -> None:
    assert subjects_of(text, lang) == [("Bac Giang", "promotion_events")]


def test_people_attending_an_event_belong_to_its_venue() -> None:
    text = "More than 300 delegates attended the business forum held in Hanoi on 5 November."
    assert subjects_of(text, "en") == [("Hanoi", "event_participants")]


def test_an_arabic_dateline_with_a_date_is_not_the_subject() -> None:
    text = "دونغ ها، 20 ديسمبر 2024 - استقبلت مقاطعة كوانغ تري 45 وفدا أجنبيا في عام 2024."
    assert subjects_of(text, "ar") == [("Quang Tri", "delegations_received")]


def test_vietnam_joined_by_a_hyphen_is_part_of_an_event_name() -> None:
    text = "More than 300 delegates attended the Malaysia-Vietnam Business Forum in Hanoi."
    assert subjects_of(text, "en") == [("Hanoi", "event_participants")]


def test_a_place_and_a_full_date_on_their_own_line_are_a_dateline() -> None:
    text = (
        "مدينة هو تشي مينه 12 أكتوبر 2018\n"
        "أعلنت الإدارة الوطنية للسياحة أن فيتنام استقبلت 3.8 مليون زائر دولي في عام 2018."
    )
    assert subjects_of(text, "ar") == [("Vietnam", "visitors_international")]
