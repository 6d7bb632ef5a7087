"""Arabic phrasings of the Vietnamese press in Arabic (vietnam.vn/ar, VNA)."""

import datetime as dt

from hoinhap.intake.extract import extract_document
from hoinhap.intake.periods import find_periods
from hoinhap.intake.quantities import find_quantities


def facts(text: str) -> list[tuple[str, str, float, str, str | None]]:
    found = extract_document(text, doc="t", lang="ar", published=dt.date(2025, 1, 17)).facts
    return [(f.subject, f.metric, f.value, f.unit, f.period) for f in found]


def test_the_end_of_a_year_is_its_december() -> None:
    labels = [p.label for p in find_periods("حتى نهاية عام 2024 بلغ عدد المشاريع", "ar")]
    assert labels == ["2024-12"]


def test_exceeding_a_figure_is_more_than_it() -> None:
    found = find_quantities("برأس مال إجمالي يتجاوز 4.3 مليار دولار أمريكي", "ar")
    assert [(q.value, q.unit, q.approx) for q in found] == [(4.3e9, "USD", "over")]


def test_regions_in_countries_are_partner_localities() -> None:
    text = "وتقيم دا نانغ حاليا علاقات تعاون مع أكثر من 50 منطقة أجنبية في 22 دولة ومنطقة."
    assert facts(text) == [
        ("Da Nang", "partner_localities", 50, "count", None),
        ("Da Nang", "partner_countries", 22, "count", None),
    ]


def test_imports_and_exports_in_that_order_are_trade_turnover() -> None:
    text = "وفي عام 2024 بلغ حجم الواردات والصادرات في دا نانغ 4.1 مليار دولار أمريكي."
    assert facts(text) == [("Da Nang", "trade_turnover", 4.1e9, "USD", "2024")]


def test_programmes_and_projects_of_ngos_are_ngo_projects() -> None:
    text = "وتلقت دا نانغ 41 برنامجا ومشروعا ممولا من منظمات غير حكومية أجنبية."
    assert facts(text) == [("Da Nang", "ngo_projects", 41, "count", None)]


def test_an_amount_equivalent_to_another_keeps_its_metric() -> None:
    text = (
        "وتلقت دا نانغ مساعدات غير حكومية تزيد على 4.6 مليون دولار أمريكي، أي ما يعادل "
        "أكثر من 110 مليارات دونغ، تتركز في الصحة والتعليم."
    )
    assert facts(text) == [
        ("Da Nang", "ngo_aid", 4.6e6, "USD", None),
        ("Da Nang", "ngo_aid", 110e9, "VND", None),
    ]


def test_the_year_before_a_figure_does_not_block_its_noun() -> None:
    text = "وبلغ عدد الزوار الدوليين إلى دا نانغ في عام 2024 نحو 3.5 مليون."
    assert facts(text) == [("Da Nang", "visitors_international", 3.5e6, "count", "2024")]


def test_representatives_attending_an_event_are_its_participants() -> None:
    text = "وشارك في مؤتمر ترويج الاستثمار في ها تينه نحو 150 ممثلا عن الشركات التايلاندية."
    assert facts(text) == [("Ha Tinh", "event_participants", 150, "count", None)]


def test_thirty_years_after_a_figure_still_block_it() -> None:
    assert facts("تحتفل دا نانغ بمرور 30 عاما على تأسيس علاقات الصداقة.") == []


def test_international_visitors_with_the_article_are_international() -> None:
    text = "في عام 2024 استقبلت هاي دونغ 5000 زائر، وبلغ عدد الزوار الدوليين 3,112 زائراً."
    assert facts(text)[1] == ("Hai Duong", "visitors_international", 3112, "count", "2024")


def test_domestic_visitors_are_not_a_fact() -> None:
    text = "في عام 2024، استقبلت هاي دونغ 500 ألف زائر، منهم الزوار المحليين."
    assert [f[1] for f in facts(text)] == ["visitors_total"]
