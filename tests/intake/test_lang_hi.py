"""Hindi phrasings of the Vietnamese press in Hindi (vietnam.vn/hi, VNA)."""

import datetime as dt

from hoinhap.intake.extract import extract_document
from hoinhap.intake.gazetteer import load_gazetteer


def facts(text: str) -> list[tuple[str, str, float, str, str | None]]:
    found = extract_document(text, doc="t", lang="hi", published=dt.date(2025, 8, 25)).facts
    return [(f.subject, f.metric, f.value, f.unit, f.period) for f in found]


def test_amriki_dollars_are_usd() -> None:
    text = "वर्ष 2024 में डा नांग शहर ने 333.3 मिलियन अमरीकी डॉलर की एफडीआई पूंजी आकर्षित की।"
    assert facts(text) == [("Da Nang", "fdi_capital", 333.3e6, "USD", "2024")]


def test_the_planning_and_investment_department_is_not_a_plan() -> None:
    text = (
        "योजना और निवेश विभाग के अनुसार, 2024 में क्वांग निन्ह प्रांत ने 1.2 अरब डॉलर का एफडीआई आकर्षित किया।"
    )
    assert facts(text) == [("Quang Ninh", "fdi_capital", 1.2e9, "USD", "2024")]


def test_fdi_projects_with_the_acronym_in_brackets() -> None:
    text = "वर्ष 2024 में ह्यू ने 5 नई प्रत्यक्ष विदेशी निवेश (एफडीआई) परियोजनाओं को लाइसेंस दिया।"
    assert facts(text) == [("Hue", "fdi_projects", 5, "count", "2024")]


def test_nha_trang_as_the_hindi_press_spells_it() -> None:
    found = load_gazetteer().find("न्हा ट्रांग शहर", "hi")
    assert [m.entry.name for m in found] == ["Nha Trang"]


def test_a_half_after_its_year_and_the_genitive_is_that_years() -> None:
    text = "2024 की पहली छमाही में दा नांग ने 12 लाख अंतरराष्ट्रीय पर्यटकों का स्वागत किया।"
    assert facts(text) == [("Da Nang", "visitors_international", 1.2e6, "count", "2024-H1")]


def test_the_first_6_months_in_digits_is_a_half() -> None:
    text = "इस साल के पहले 6 महीनों में दा नांग ने 12 लाख अंतरराष्ट्रीय पर्यटकों का स्वागत किया।"
    assert facts(text) == [("Da Nang", "visitors_international", 1.2e6, "count", "2025-H1")]


def test_the_20_millionth_visitor_is_no_count() -> None:
    text = "वियतनाम ने 15 दिसंबर को फु क्वोक में 20 मिलियनवें अंतरराष्ट्रीय पर्यटक का स्वागत किया।"
    assert facts(text) == []


def test_domestic_tourists_are_not_a_fact() -> None:
    assert facts("वर्ष 2024 में खान होआ में 28 लाख घरेलू पर्यटक आए।") == []


def test_thua_thien_hue_with_hwe() -> None:
    found = load_gazetteer().find("थुआ थिएन ह्वे प्रांत", "hi")
    assert [m.entry.name for m in found] == ["Thua Thien Hue"]


def test_people_who_took_part_are_participants() -> None:
    text = "दा नांग में आयोजित निवेश सम्मेलन में 500 लोगों ने भाग लिया।"
    assert facts(text) == [("Da Nang", "event_participants", 500, "count", None)]


def test_hue_spelled_hwe() -> None:
    found = load_gazetteer().find("वर्ष 2024 में ह्वे शहर", "hi")
    assert [m.entry.name for m in found] == ["Hue"]
