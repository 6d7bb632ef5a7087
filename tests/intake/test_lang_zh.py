"""Chinese phrasings of the Vietnamese press in Chinese (VNA 越通社, VietnamPlus, Nhan Dan)."""

import datetime as dt

from hoinhap.intake.extract import extract_document
from hoinhap.intake.periods import find_periods
from hoinhap.intake.quantities import find_quantities

PUBLISHED = dt.date(2024, 8, 21)


def facts(text: str) -> list[tuple[str, str, float, str | None]]:
    found = extract_document(text, doc="t", lang="zh", published=PUBLISHED).facts
    return [(f.subject, f.metric, f.value, f.period) for f in found]


def test_the_ministry_of_planning_and_investment_is_no_plan() -> None:
    text = "据越南计划与投资部统计，北宁省吸引外资项目279个。"
    assert facts(text) == [("Bac Ninh", "fdi_projects", 279, None)]


def test_the_first_six_months_written_with_tou() -> None:
    found = find_periods("头6个月，北宁省吸引外资", "zh", published=PUBLISHED)
    assert [p.label for p in found] == ["2024-H1"]


def test_a_list_of_projects_offered_to_investors_is_a_plan() -> None:
    text = "2024年，北宁省吸引外资项目279个。北宁省已批准招商引资项目清单，共167个项目。"
    assert facts(text) == [("Bac Ninh", "fdi_projects", 279, "2024")]


def test_projects_with_added_investment_are_not_new_projects() -> None:
    text = "2024年，北宁省吸引外资项目279个。北宁省追加投资项目109个。"
    assert facts(text) == [("Bac Ninh", "fdi_projects", 279, "2024")]


def test_exceeding_the_plan_is_achieved() -> None:
    text = "海防市2024年吸引外资35亿美元超过计划。"
    assert facts(text) == [("Hai Phong", "fdi_capital", 3.5e9, "2024")]


def test_capital_added_to_existing_projects_is_not_registered_capital() -> None:
    text = "2024年，同奈省新批外资项目40个。同奈省外资增资额3.2亿美元。"
    assert facts(text) == [("Dong Nai", "fdi_projects", 40, "2024")]


def test_contracted_capital_of_foreign_projects_is_fdi_capital() -> None:
    text = "截至2024年6月30日，同奈省外资项目共1700个，协议资金达350亿美元。"
    assert [(f[1], f[2]) for f in facts(text)] == [("fdi_projects", 1700), ("fdi_capital", 3.5e10)]


def test_the_countries_investors_come_from_are_source_countries() -> None:
    text = "2024年，来自45个国家和地区的投资商对同奈省投资。"
    assert facts(text) == [("Dong Nai", "fdi_source_countries", 45, "2024")]


def test_investors_who_come_from_countries_are_source_countries() -> None:
    text = "同奈省有效外资项目500个，投资总额90亿美元。投资者来自世界30个国家和地区，其中韩国最多。"
    assert facts(text)[-1] == ("Dong Nai", "fdi_source_countries", 30, None)


def test_an_amount_added_to_existing_projects_is_not_registered_capital() -> None:
    text = "2024年，同奈省新批外资项目40个，注册资金5亿美元；追加资金2亿美元，增资金额共计3亿美元。"
    assert facts(text) == [
        ("Dong Nai", "fdi_projects", 40, "2024"),
        ("Dong Nai", "fdi_capital", 5e8, "2024"),
    ]


def test_a_multiple_is_not_a_count() -> None:
    assert find_quantities("外资增长3倍", "zh") == []
