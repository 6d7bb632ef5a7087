"""Russian phrasings of the Vietnamese press in Russian (ВИА, VietnamPlus, ВОВ)."""

import datetime as dt

from hoinhap.intake.extract import extract_document
from hoinhap.intake.gazetteer import load_gazetteer


def facts(text: str) -> list[tuple[str, str, float, str, str | None]]:
    found = extract_document(text, doc="t", lang="ru", published=dt.date(2026, 1, 14)).facts
    return [(f.subject, f.metric, f.value, f.unit, f.period) for f in found]


def test_hanoi_in_the_locative_is_hanoi() -> None:
    found = load_gazetteer().find("Встреча прошла в Ханое", "ru")
    assert [m.entry.name for m in found] == ["Hanoi"]


def test_investors_from_countries_and_territories_are_fdi_source_countries() -> None:
    text = (
        "В 2025 году в провинции Зялай было зарегистрировано 28 проектов с ПИИ. "
        "Инвесторы представляли 9 стран и территорий."
    )
    assert facts(text) == [
        ("Gia Lai", "fdi_projects", 28, "count", "2025"),
        ("Gia Lai", "fdi_source_countries", 9, "count", "2025"),
    ]


def test_what_authorities_count_on_is_a_target() -> None:
    text = "В 2026 году власти Зялай рассчитывают принять 3,6 млн туристов."
    assert facts(text) == []


def test_disbursed_fdi_is_not_registered_capital() -> None:
    text = "В Донгнае освоено ПИИ около 1 млрд долларов США."
    assert facts(text) == []


def test_countries_and_territories_keep_the_fdi_family_of_the_capital_after_them() -> None:
    text = (
        "В Донгнае работают 1 480 проектов с ПИИ из 44 стран и территорий с общим "
        "зарегистрированным капиталом свыше 32 млрд долларов США."
    )
    assert facts(text) == [
        ("Dong Nai", "fdi_projects", 1480, "count", None),
        ("Dong Nai", "fdi_source_countries", 44, "count", None),
        ("Dong Nai", "fdi_capital", 32_000_000_000, "USD", None),
    ]


def test_investors_who_represent_countries_are_fdi_source_countries() -> None:
    text = "В провинции Тайнинь реализуются 410 проектов с ПИИ. Инвесторы представляют 31 страну."
    assert ("Tay Ninh", "fdi_source_countries", 31, "count", None) in facts(text)


def test_investment_capital_attracted_without_a_source_is_investment_attracted() -> None:
    text = (
        "В 2025 году провинция Тайнинь привлекла около 3 млрд долл. США инвестиционного капитала."
    )
    assert facts(text) == [("Tay Ninh", "investment_attracted", 3e9, "USD", "2025")]


def test_domestic_tourists_are_not_a_fact() -> None:
    text = "В 2025 году Дананг принял 2 млн иностранных туристов и 6 млн внутренних туристов."
    assert facts(text) == [("Da Nang", "visitors_international", 2e6, "count", "2025")]


def test_northern_before_a_vietnamese_city_is_no_foreign_place() -> None:
    found = load_gazetteer().find("Северный портовый город Хайфон", "ru")
    assert [m.entry.name for m in found] == ["Hai Phong"]


def test_the_first_six_months_of_this_year_is_one_half() -> None:
    text = (
        "В Кханьхоа число иностранных посетителей за первые 6 месяцев этого года достигло "
        "почти 2,4 миллиона."
    )
    assert facts(text) == [("Khanh Hoa", "visitors_international", 2.4e6, "count", "2026-H1")]


def test_investment_registration_certificates_handed_over_are_commitments() -> None:
    text = (
        "В начале февраля 2026 года Народный комитет провинции Бакнинь вручил свидетельства о "
        "регистрации инвестиций проектам с общим объёмом инвестиций более 1,03 млрд долларов США."
    )
    assert facts(text) == [("Bac Ninh", "investment_commitments", 1.03e9, "USD", "2026-02")]


def test_projects_with_foreign_investment_attracted_after_an_elided_noun() -> None:
    text = (
        "В провинции Хынгйен реализуется 3917 проектов, включая 903 с привлечением прямых "
        "иностранных инвестиций."
    )
    assert ("Hung Yen", "fdi_projects", 903, "count", None) in facts(text)


def test_what_a_province_strives_for_is_a_target() -> None:
    text = (
        "В 2019 году провинция Куангбинь продолжит развивать туризм, стремясь к обслуживанию "
        "более 4,3 млн туристов."
    )
    assert facts(text) == []


def test_as_of_the_end_of_a_year_is_its_december() -> None:
    text = "По состоянию на конец 2025 года в Бакнине действуют 3 396 проектов с ПИИ."
    assert facts(text) == [("Bac Ninh", "fdi_projects", 3396, "count", "2025-12")]


def test_people_who_took_part_are_participants() -> None:
    text = "На инвестиционном форуме в Дананге 350 человек приняли участие в обсуждении."
    assert facts(text) == [("Da Nang", "event_participants", 350, "count", None)]


def test_people_counted_after_an_attend_verb_are_participants() -> None:
    """ "человек" counts people: an attend verb before the figure makes them participants."""
    text = "В инвестиционном форуме в Дананге приняли участие более 350 человек."
    assert facts(text) == [("Da Nang", "event_participants", 350, "count", None)]


def test_people_arrived_from_abroad_are_international_visitors() -> None:
    text = (
        "В 2024 году провинция Кханьхоа приняла 6 млн туристов. "
        "Прибывших из-за границы более 17.000 человек."
    )
    assert facts(text) == [
        ("Khanh Hoa", "visitors_total", 6e6, "count", "2024"),
        ("Khanh Hoa", "visitors_international", 17000, "count", "2024"),
    ]
