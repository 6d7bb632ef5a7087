"""Korean phrasings of the Vietnamese press in Korean (vietnam.vn/ko, VNA, VOV, Korean
dailies reporting on Vietnam)."""

import datetime as dt

from hoinhap.intake.extract import extract_document
from hoinhap.intake.quantities import find_quantities

PUBLISHED = dt.date(2024, 7, 29)


def facts(text: str) -> list[tuple[str, str, float, str | None]]:
    found = extract_document(text, doc="t", lang="ko", published=PUBLISHED).facts
    return [(f.subject, f.metric, f.value, f.period) for f in found]


def test_bul_is_the_dollar() -> None:
    found = find_quantities("10억 4천만불", "ko")
    assert [(q.value, q.unit) for q in found] == [(1.04e9, "USD")]


def test_a_rank_is_not_a_count() -> None:
    assert find_quantities("빈즈엉성은 1위를 차지했다", "ko") == []


def test_cooperation_documents_signed_are_agreements() -> None:
    text = "타이응우옌성은 2024년 한국 지방정부와 협력 문건 6건을 체결했다."
    assert facts(text) == [("Thai Nguyen", "agreements_signed", 6, "2024")]


def test_the_ministry_of_planning_and_investment_is_no_plan() -> None:
    text = "계획투자부에 따르면 2024년 박닌성의 FDI 프로젝트는 279건이다."
    assert facts(text) == [("Bac Ninh", "fdi_projects", 279, "2024")]


def test_exceeding_the_target_is_achieved() -> None:
    text = "동나이성은 2024년 FDI 11억달러를 유치해 목표를 초과 달성했다."
    assert facts(text) == [("Dong Nai", "fdi_capital", 1.1e9, "2024")]


def test_existing_projects_are_not_new_fdi_projects() -> None:
    text = "2024년 동나이성의 FDI 프로젝트는 55건이다. 기존 프로젝트 64개는 증자했다."
    assert facts(text) == [("Dong Nai", "fdi_projects", 55, "2024")]


def test_projects_offered_to_investors_are_a_plan() -> None:
    text = "2024년 다낭시의 FDI 프로젝트는 45건이다. 시는 투자 유치 프로젝트 68건을 발표했다."
    assert facts(text) == [("Da Nang", "fdi_projects", 45, "2024")]


def test_domestic_tourists_are_not_visitor_arrivals() -> None:
    assert facts("꽝닌성은 2024년 국내 관광객 1,500만 명을 맞이했다.") == []


def test_a_province_spelled_jallai() -> None:
    text = "잘라이성은 2024년 외국 대표단 15개를 맞이했다."
    assert facts(text) == [("Gia Lai", "delegations_received", 15, "2024")]


def test_foreign_visitors_written_oerae_are_international() -> None:
    text = "2024년 투아티엔후에성은 외래 방문객 27만 명을 맞이했다."
    assert facts(text) == [("Thua Thien Hue", "visitors_international", 270000, "2024")]


def test_potential_projects_are_not_investment_made() -> None:
    text = "다낭시는 2024년 FDI 사업 126개를 허가했다. 다낭시는 11개 잠재 프로젝트를 검토하고 있다."
    assert facts(text) == [("Da Nang", "fdi_projects", 126, "2024")]


def test_a_multiple_is_not_a_count() -> None:
    assert find_quantities("교역액이 3배 증가했다", "ko") == []


def test_a_province_spelled_tanhoa() -> None:
    text = "탄호아성은 2024년 외국인직접투자 프로젝트 25건을 유치했다."
    assert facts(text) == [("Thanh Hoa", "fdi_projects", 25, "2024")]
