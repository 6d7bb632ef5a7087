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


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Quang Ninh leads northern tourism recovery\n\n"
            "Quang Ninh province welcomed 19 million visitors in 2024, according to the Quang"
            " Ninh tourism department.\n\n"
            "The central city of Da Nang also drew crowds in 2024. Its hotels received 8.1"
            " million visitors, including 2.3 million foreigners.\n",
            "en",
            ["Quang Ninh", "Da Nang", "Da Nang"],
        ),
        (
            "Binh Duong en tête de l'attraction des IDE\n\n"
            "Binh Duong a attiré 1,8 milliard de dollars d'IDE en 2024, selon le Service du"
            " Plan de Binh Duong.\n\n"
            "La province de Dong Nai a accueilli 35 délégations étrangères en 2024. Elle a"
            " attiré 900 millions de dollars d'IDE la même année.\n",
            "fr",
            ["Binh Duong", "Dong Nai", "Dong Nai"],
        ),
        (
            "Hải Phòng dẫn đầu thu hút FDI\n\n"
            "Hải Phòng thu hút 1,5 tỷ USD vốn FDI trong 4 tháng đầu năm 2024.\n\n"
            "Theo Cục Đầu tư nước ngoài, Việt Nam có 1.011 dự án FDI cấp mới trong 4 tháng"
            " đầu năm 2024. Bên cạnh đó, vốn điều chỉnh đạt 2,1 tỷ USD.\n",
            "vi",
            ["Hai Phong", "Vietnam", "Vietnam"],
        ),
    ],
)
def test_a_sentence_naming_no_place_goes_on_about_the_one_before(
    text: str, lang: str, expected: list[str]
) -> None:
    assert [subject for subject, _ in subjects_of(text, lang)] == expected


def test_the_province_an_earlier_sentence_refers_to_is_carried_not_the_places_it_ranks() -> None:
    text = (
        "Hanoi leads FDI attraction\n\n"
        "Hanoi attracted 2.9 billion USD of FDI in 2024, according to the Hanoi Department of"
        " Planning and Investment.\n\n"
        "Binh Duong province has 4,235 valid FDI projects. The province ranks third"
        " nationwide after Hanoi and Ho Chi Minh City. In 2024 it licensed 120 new FDI"
        " projects.\n"
    )
    assert subjects_of(text, "en")[-1] == ("Binh Duong", "fdi_projects")


def test_a_national_paragraph_carries_into_the_next() -> None:
    text = (
        "Bac Ninh tops FDI table in 2024\n\n"
        "Bac Ninh attracted 4.5 billion USD of FDI in 2024, the most of any locality, according"
        " to the Bac Ninh Department of Planning and Investment.\n\n"
        "Foreign investors put money into 55 provinces and cities across the country in 2024.\n\n"
        "The total registered FDI capital reached 38.2 billion USD, up 3 percent.\n"
    )
    assert subjects_of(text, "en") == [("Bac Ninh", "fdi_capital"), ("Vietnam", "fdi_capital")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Bac Ninh tops FDI attraction in first half of 2024\n"
            "Bac Ninh drew 2.58 billion USD of FDI in the first six months of 2024. Nationwide,"
            " total registered foreign investment in the period reached nearly 15.2 billion USD.",
            "en",
        ),
        (
            "Binh Phuoc atrae inversión extranjera\n"
            "La provincia de Binh Phuoc captó 420 millones de dólares de IED en el primer"
            " semestre de 2024. En todo el país, la IED registrada en el semestre alcanzó 15 mil"
            " 200 millones de dólares.",
            "es",
        ),
    ],
)
def test_a_sentence_opening_on_the_whole_country_is_national(text: str, lang: str) -> None:
    assert subjects_of(text, lang)[-1] == ("Vietnam", "fdi_capital")


def test_a_foreign_city_far_back_in_the_clause_does_not_own_the_figure() -> None:
    text = (
        "Quang Binh received 4.9 million visitors in 2024. Tourists from Thailand rose "
        "sharply after the caravan route from Nakhon Phanom through the Lao province of "
        "Khammouane to the Cha Lo border gate opened to cars and coaches with some 38,000 Thai "
        "visitors arriving."
    )
    assert ("Quang Binh", "visitors_international") in subjects_of(text, "en")


def test_a_foreign_city_just_before_the_figure_owns_it() -> None:
    text = "Quang Binh licensed 12 FDI projects in 2024. In Korea, Gyeonggi has 500 FDI projects."
    assert subjects_of(text, "en") == [("Quang Binh", "fdi_projects")]
