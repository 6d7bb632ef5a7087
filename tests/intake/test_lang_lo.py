"""Lao phrasings of the Vietnamese press in Lao (VNA Lao, VOV World, vietnam.vn/lo)."""

import datetime as dt

from hoinhap.intake.extract import extract_document
from hoinhap.intake.gazetteer import load_gazetteer
from hoinhap.intake.quantities import find_quantities


def facts(text: str) -> list[tuple[str, str, float, str, str | None]]:
    found = extract_document(text, doc="t", lang="lo", published=dt.date(2025, 1, 10)).facts
    return [(f.subject, f.metric, f.value, f.unit, f.period) for f in found]


def test_the_ministry_of_planning_and_investment_is_not_a_plan() -> None:
    text = (
        "ຕາມບົດລາຍງານຂອງພະແນກແຜນການ ແລະ ການລົງທຶນ, ໃນປີ 2024 ແຂວງ ເຫງະອານ ດຶງດູດທຶນ FDI ໄດ້ເກືອບ 1,8 ຕື້ USD"
    )
    assert facts(text) == [("Nghe An", "fdi_capital", 1.8e9, "USD", "2024")]


def test_copies_after_a_number_count_agreements() -> None:
    text = "ໃນປີ 2024, ແຂວງ ເຫງະອານ ໄດ້ລົງນາມບົດບັນທຶກຄວາມເຂົ້າໃຈກັບທ້ອງຖິ່ນຕ່າງປະເທດ 7 ສະບັບ"
    assert facts(text) == [("Nghe An", "agreements_signed", 7, "count", "2024")]


def test_foreign_guests_who_attended_are_participants() -> None:
    text = "ງານມະຫາກຳທີ່ແຂວງ ດ່ຽນບຽນ ມີແຂກຕ່າງປະເທດເຂົ້າຮ່ວມກວ່າ 1.200 ຄົນ"
    assert facts(text) == [("Dien Bien", "event_participants", 1200, "count", None)]


def test_nghe_an_as_the_lao_press_spells_it() -> None:
    found = load_gazetteer().find("ແຂວງ ເຫງະອານ", "lo")
    assert [m.entry.name for m in found] == ["Nghe An"]


def test_the_year_compared_with_is_not_the_period() -> None:
    text = "ນັບແຕ່ຕົ້ນປີມາ, ນະຄອນ ຮ່າໂນ້ຍ ດຶງດູດທຶນ FDI ໄດ້ 3,2 ຕື້ USD, ເພີ່ມຂຶ້ນ 20% ເມື່ອທຽບກັບປີ 2023."
    assert facts(text) == [("Hanoi", "fdi_capital", 3.2e9, "USD", None)]


def test_quang_ngai_in_lao() -> None:
    text = "ປີ 2024, ແຂວງ ກວາງຫງາຍ ດຶງດູດ 12 ໂຄງການ FDI."
    assert facts(text) == [("Quang Ngai", "fdi_projects", 12, "count", "2024")]


def test_since_is_not_but() -> None:
    # ນັບແຕ່ ("since") holds ແຕ່ ("but"), which would end the reach of the target
    text = "ປີ 2024, ແຂວງ ເຫງະອານ ຕັ້ງເປົ້າດຶງດູດແຂກທ່ອງທ່ຽວ ນັບແຕ່ຕົ້ນປີ ໃຫ້ໄດ້ 8 ລ້ານເທື່ອຄົນ"
    assert facts(text) == []


def test_more_than_spelled_with_mai_ek() -> None:
    found = find_quantities("ດຶງດູດທຶນ FDI ໄດ້ຫລາຍກ່ວາ 7,5 ຕື້ USD", "lo")
    assert [(q.value, q.approx) for q in found] == [(7.5e9, "over")]


def test_places_as_vna_lao_spells_them() -> None:
    gazetteer = load_gazetteer()
    for text, name in (
        ("ນະຄອນ ດ່ານັ້ງ", "Da Nang"),
        ("ນະຄອນ ເຫ້ວ", "Hue"),
        ("ແຂວງກ໋ວາງຫງາຍ", "Quang Ngai"),
        ("ຝູກວັກ", "Phu Quoc"),
        ("ດ່າລາດ", "Da Lat"),
        ("ຍາຈາງ", "Nha Trang"),
    ):
        assert [m.entry.name for m in gazetteer.find(text, "lo")] == [name]
