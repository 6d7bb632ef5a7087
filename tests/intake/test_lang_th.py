"""Thai phrasings of the Vietnamese press in Thai (VNA, VOV World, vietnam.vn/th)."""

import datetime as dt

from hoinhap.intake.extract import extract_document
from hoinhap.intake.gazetteer import load_gazetteer
from hoinhap.intake.quantities import find_quantities


def facts(text: str) -> list[tuple[str, str, float, str, str | None]]:
    found = extract_document(text, doc="t", lang="th", published=dt.date(2025, 1, 10)).facts
    return [(f.subject, f.metric, f.value, f.unit, f.period) for f in found]


def test_foreign_direct_investment_money_flowing_in_is_fdi_capital() -> None:
    text = "ในปี 2567 เงินลงทุนโดยตรงจากต่างประเทศไหลเข้านครดานัง 700 ล้านดอลลาร์สหรัฐ"
    assert facts(text) == [("Da Nang", "fdi_capital", 700e6, "USD", "2024")]


def test_the_transliterated_fdi_is_fdi_capital() -> None:
    text = "ในปี 2024 นครโฮจิมินห์ดึงดูดเอฟดีไอได้กว่า 1.55 พันล้านดอลลาร์สหรัฐ"
    assert facts(text) == [("Ho Chi Minh City", "fdi_capital", 1.55e9, "USD", "2024")]


def test_dong_spelled_with_mai_ek_is_vnd() -> None:
    found = find_quantities("มูลค่า 8.82 ล้านล้านด่อง", "th")
    assert [(q.value, q.unit) for q in found] == [(8.82e12, "VND")]


def test_copies_after_a_number_count_agreements() -> None:
    text = "ในปี 2567 นครดานังลงนามบันทึกความเข้าใจกับพันธมิตรต่างประเทศ 9 ฉบับ"
    assert facts(text) == [("Da Nang", "agreements_signed", 9, "count", "2024")]


def test_trade_and_investment_promotion_activities_are_promotion_events() -> None:
    text = "ในปี 2567 นครดานังจัดกิจกรรมส่งเสริมการค้าและการลงทุน 5 ครั้ง"
    assert facts(text) == [("Da Nang", "promotion_events", 5, "count", "2024")]


def test_the_planning_and_investment_department_is_not_a_plan() -> None:
    text = "กรมการวางแผนและการลงทุนเปิดเผยว่า ในปี 2567 นครดานังมีโครงการเอฟดีไอใหม่ 132 โครงการ"
    assert facts(text) == [("Da Nang", "fdi_projects", 132, "count", "2024")]


def test_dollars_of_the_united_states_are_not_a_state() -> None:
    text = "ในปี 2567 เงินลงทุนโดยตรงจากต่างประเทศในนครดานังอยู่ที่ 440 ล้านดอลลาร์สหรัฐ"
    assert facts(text) == [("Da Nang", "fdi_capital", 440e6, "USD", "2024")]


def test_thua_thien_hue_is_the_province_not_the_city() -> None:
    found = load_gazetteer().find("จังหวัดเถื่อเทียนเว้", "th")
    assert [m.entry.name for m in found] == ["Thua Thien Hue"]


def test_a_figure_that_exceeded_its_target_is_achieved() -> None:
    text = "ในปี 2566 จังหวัดบิ่ญเซืองดึงดูดเงินลงทุนโดยตรงจากต่างประเทศ 2.4 พันล้านดอลลาร์สหรัฐ เกินกว่าที่ตั้งเป้าไว้"
    assert facts(text) == [("Binh Duong", "fdi_capital", 2.4e9, "USD", "2023")]


def test_foreign_travellers_are_international_visitors() -> None:
    text = "ปี 2567 จังหวัดกว่างนินห์รองรับนักเดินทางต่างชาติ 3.1 ล้านคน"
    assert facts(text) == [("Quang Ninh", "visitors_international", 3.1e6, "count", "2024")]


def test_the_highest_at_is_not_an_ordinal() -> None:
    text = "ในปี 2567 นครโฮจิมินห์มียอดผู้มาเยือนสูงสุดที่ 1.2 ล้านคน"
    assert facts(text) == [("Ho Chi Minh City", "visitors_total", 1.2e6, "count", "2024")]


def test_the_said_province_is_the_province_named_before() -> None:
    text = "จังหวัดด่งนายจัดประชุมนักลงทุน ในปี 2566 จังหวัดดังกล่าวดึงดูดโครงการ FDI 52 โครงการ"
    assert facts(text) == [("Dong Nai", "fdi_projects", 52, "count", "2023")]


def test_realised_fdi_is_not_registered_capital() -> None:
    text = "ในปี 2566 จังหวัดด่งนายมีมูลค่าเงินลงทุนที่เข้ามาดำเนินการจริงประมาณ 1.2 พันล้านดอลลาร์สหรัฐ"
    assert facts(text) == []


def test_since_inside_a_word_is_not_but() -> None:
    # ตั้งแต่ ("from") holds แต่ ("but"), which would end the reach of the target
    text = "ในปี 2561 จังหวัดเถื่อเทียนเว้ตั้งเป้าดึงดูดนักท่องเที่ยวตั้งแต่ 4 ล้านถึง 4.2 ล้านคน"
    assert facts(text) == []


def test_but_after_a_space_still_ends_a_target() -> None:
    text = "นครดานังตั้งเป้า 1 พันล้านดอลลาร์สหรัฐ แต่ในปี 2567 ดึงดูดโครงการ FDI ได้ 97 โครงการ"
    assert facts(text) == [("Da Nang", "fdi_projects", 97, "count", "2024")]


def test_striving_to_attract_is_a_target() -> None:
    text = "ในปี 2561 จังหวัดเถื่อเทียนเว้พยายามดึงดูดนักท่องเที่ยว 4.2 ล้านคน"
    assert facts(text) == []


def test_a_rank_is_not_a_count() -> None:
    text = (
        "ในช่วงปี 2559-2563 จังหวัดบ่าเหรี่ย-หวุงเต่าอนุมัติโครงการ FDI 163 โครงการ "
        "มากเป็นอันดับ 4 ในประเทศ และมีโครงการลงทุนภายในประเทศ 216 โครงการ"
    )
    assert facts(text) == [
        ("Ba Ria-Vung Tau", "fdi_projects", 163, "count", "2016-2020"),
        ("Ba Ria-Vung Tau", "domestic_projects", 216, "count", "2016-2020"),
    ]


def test_an_average_per_project_is_not_capital() -> None:
    text = (
        "ในช่วงปี 2559-2563 โครงการ FDI ในจังหวัดบ่าเหรี่ยะ-หวุงเต่ามีมูลค่าการลงทุน"
        "เฉลี่ยโครงการละ 103 ล้านดอลลาร์สหรัฐ"
    )
    assert facts(text) == []


def test_a_rank_of_the_whole_country_keeps_the_city_as_subject() -> None:
    text = (
        "ณ เดือนพฤศจิกายน 2567 ไฮฟองมีโครงการลงทุนโดยตรงจากต่างประเทศ 1,000 โครงการ "
        "ติดอันดับ 6 ของทั้งประเทศ และมีโครงการลงทุนในประเทศอีก 228 โครงการ"
    )
    assert facts(text) == [
        ("Hai Phong", "fdi_projects", 1000, "count", "2024-11"),
        ("Hai Phong", "domestic_projects", 228, "count", "2024-11"),
    ]


def test_exceeding_the_target_with_kwa_is_achieved() -> None:
    text = (
        "ตลอดปี 2567 นครไฮฟองดึงดูดเงินลงทุนโดยตรงจากต่างประเทศได้ 3.35 พันล้านดอลลาร์สหรัฐ "
        "ซึ่งเกินกว่าเป้าหมายที่ตั้งไว้"
    )
    assert facts(text) == [("Hai Phong", "fdi_capital", 3.35e9, "USD", "2024")]


def test_provinces_as_thai_papers_spell_them() -> None:
    gazetteer = load_gazetteer()
    for text, name in (
        ("จังหวัดบ่าเหรี่ย-หวุงเต่า", "Ba Ria-Vung Tau"),
        ("จังหวัดเถือเทียน เว้", "Thua Thien Hue"),
        ("จังหวัดญาลาย", "Gia Lai"),
    ):
        assert [m.entry.name for m in gazetteer.find(text, "th")] == [name]
