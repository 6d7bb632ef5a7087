"""Japanese phrasings of the Vietnamese press in Japanese (vietnam.vn/ja, VNA, VOV)."""

import datetime as dt

from hoinhap.intake.extract import extract_document
from hoinhap.intake.periods import find_periods
from hoinhap.intake.quantities import find_quantities

PUBLISHED = dt.date(2024, 7, 2)


def facts(text: str) -> list[tuple[str, str, float, str | None]]:
    found = extract_document(text, doc="t", lang="ja", published=PUBLISHED).facts
    return [(f.subject, f.metric, f.value, f.period) for f in found]


def test_the_first_six_months_are_the_first_half() -> None:
    found = find_periods("同省は最初の6か月間で96件を承認した。", "ja", published=PUBLISHED)
    assert [p.label for p in found] == ["2024-H1"]


def test_the_department_of_planning_and_investment_is_no_plan() -> None:
    text = "ハイフォン市の計画投資局によると、同市の新規FDIプロジェクトは11件だった。"
    assert facts(text) == [("Hai Phong", "fdi_projects", 11, None)]


def test_the_people_of_a_delegation_are_not_counted() -> None:
    text = "ランソン省は2,263名からなる外国人代表団381団を受け入れた。"
    assert facts(text) == [("Lang Son", "delegations_received", 381, None)]


def test_a_year_on_year_comparison_is_not_last_year() -> None:
    text = "ビンズオン省の国内投資は約30兆ドンで、前年同期比10％増となった。"
    assert facts(text) == [("Binh Duong", "domestic_capital", 30e12, None)]


def test_fdi_projects_written_with_the_acronym_in_brackets() -> None:
    text = "ダナン市では新たに43の外国直接投資(FDI)事業が認可された。"
    assert facts(text) == [("Da Nang", "fdi_projects", 43, None)]


def test_investment_from_a_country_is_foreign_investment() -> None:
    text = "ハイズオン省への日本からの投資は新規9件だった。"
    assert facts(text) == [("Hai Duong", "fdi_projects", 9, None)]


def test_domestic_tourists_are_not_visitor_arrivals() -> None:
    assert facts("クアンニン省は2023年に国内観光客1,500万人を迎えた。") == []


def test_existing_projects_are_not_new_fdi_projects() -> None:
    text = "2024年、ビンズオン省のFDIプロジェクトは96件だった。既存プロジェクト60件が増資した。"
    assert facts(text) == [("Binh Duong", "fdi_projects", 96, "2024")]


def test_projects_offered_to_investors_are_a_plan() -> None:
    text = "2024年、ダナン市のFDIプロジェクトは45件だった。市は投資誘致プロジェクト68件を発表した。"
    assert facts(text) == [("Da Nang", "fdi_projects", 45, "2024")]


def test_exceeding_the_target_is_achieved() -> None:
    text = "ハイフォン市は2024年に外資15億ドルを誘致し目標を上回った。"
    assert facts(text) == [("Hai Phong", "fdi_capital", 1.5e9, "2024")]


def test_dollars_written_us_dollars_in_katakana() -> None:
    found = find_quantities("約1億USドル", "ja")
    assert [(q.value, q.unit, q.approx) for q in found] == [(1e8, "USD", "about")]


def test_a_province_spelled_with_a_small_e() -> None:
    text = "イェンバイ省は2024年に外国代表団12団を受け入れた。"
    assert facts(text) == [("Yen Bai", "delegations_received", 12, "2024")]


def test_guests_and_visitors_from_abroad_are_international() -> None:
    found = facts("2024年、ダナン市を訪れた海外からの訪問者は約320万人に達した。")
    assert [(f[1], f[2]) for f in found] == [("visitors_international", 3.2e6)]


def test_visitors_from_within_the_country_are_not_a_fact() -> None:
    text = "2024年、ダナン市の観光客は1000万人で、国内からの訪問者は700万人だった。"
    assert [(f[1], f[2]) for f in facts(text)] == [("visitors_total", 1e7)]
