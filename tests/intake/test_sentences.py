import datetime as dt

import pytest

from hoinhap.intake.extract import extract_document
from hoinhap.intake.sentences import Distances, split_sentences


def sentences_of(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Донгнай привлек 1,1 млрд. долл. США в почти 140 проектов.",
        "Объем торговли составил 5 млн. долл. США за полгода.",
        "Die Stadt hat ca. 500 Delegierte empfangen.",
        "Der Umsatz stieg auf rd. 3 Mrd. Euro.",
        "Sie steht im Beschluss Nr. 59 des Politbüros.",
        "Mr. Smith arrived.",
    ],
)
def test_an_abbreviation_does_not_end_a_sentence(text: str) -> None:
    assert sentences_of(text) == [text]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "투자국은 한국 등 8개국이었다. 2024년 말 기준 유효 프로젝트는 206건이다.",
            "투자국은 한국 등 8개국이었다.",
        ),
        (
            "Thành phố đã tiếp 350 đoàn. 6 tháng đầu năm 2025, thành phố tổ chức 12 hội nghị.",
            "Thành phố đã tiếp 350 đoàn.",
        ),
        (
            "The city received 40 foreign delegations. 2024 was a record year.",
            "The city received 40 foreign delegations.",
        ),
    ],
)
def test_a_full_stop_after_a_word_ends_a_sentence_before_a_digit(text: str, first: str) -> None:
    assert sentences_of(text)[0] == first


def test_a_full_stop_inside_a_number_ends_no_sentence() -> None:
    assert len(sentences_of("Quang Nam hat 1.263 FDI-Projekte. Das ist viel.")) == 2


def test_a_lower_case_word_after_a_full_stop_continues_the_sentence() -> None:
    assert len(sentences_of("Etwa z. B. die Stadt.")) == 1


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ญาจางต้อนรับนักท่องเที่ยว 2 ล้านคน ขณะที่ดานังต้อนรับ 3 ล้านคน", "th"),
        ("ຫຼວງພະບາງມີ 5 ໂຄງການ ນອກຈາກນີ້ ວຽງຈັນມີ 7 ໂຄງການ", "lo"),
        ("ខេត្តនេះមាន 5 គម្រោង ក្រៅពីនេះ ខេត្តនោះមាន 7 គម្រោង", "km"),
    ],
)
def test_a_connective_after_a_space_starts_a_sentence_in_unpunctuated_scripts(
    text: str, lang: str
) -> None:
    assert len(sentences_of(text)) == 1
    assert len(split_sentences(text, lang)) == 2


def test_a_period_between_two_words_counts_as_one_word() -> None:
    text = "有効なFDI案件は2024年末時点で547件"
    noun_end, number = text.index("は"), text.index("547")
    period = (text.index("2024"), text.index("時点"))
    assert Distances(text, "ja").words(noun_end, number) > 3
    assert Distances(text, "ja", [period]).words(noun_end, number) == 1


def test_a_line_break_parts_words_as_a_space_does() -> None:
    text = "compared with last year.\n\nThroughout 2023"
    assert Distances(text, "en").words(text.index("with"), text.index("2023")) == 5


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ダナン市では、有効なFDI案件は2024年末時点で547件に達した。", "ja"),
        ("岘港市有效外国直接投资项目截至2024年底共有547个。", "zh"),
        ("다낭시의 유효한 FDI 프로젝트는 2024년 말까지 547건에 달했다.", "ko"),
    ],
)
def test_a_date_between_the_noun_and_the_number_keeps_them_linked(text: str, lang: str) -> None:
    facts = extract_document(text, doc="t", lang=lang, published=dt.date(2025, 2, 1)).facts
    assert [(f.metric, f.value, f.period) for f in facts] == [("fdi_projects", 547, "2024-12")]


def test_a_comma_after_a_japanese_topic_particle_keeps_noun_and_figure_together() -> None:
    text = "2024年、ダナン市の観光客数が、169万700人となった。"
    facts = extract_document(text, doc="d", lang="ja").facts
    assert [(f.subject, f.metric, f.value) for f in facts] == [
        ("Da Nang", "visitors_total", 1_690_700)
    ]


def test_an_ordinal_day_before_a_month_name_ends_no_sentence() -> None:
    text = "Bis 20. November zog die Provinz 28,8 Milliarden an. Im Jahr 2024 waren es 12. Danach"
    assert [text[s.start : s.end] for s in split_sentences(text, "de")] == [
        "Bis 20. November zog die Provinz 28,8 Milliarden an.",
        "Im Jahr 2024 waren es 12.",
        "Danach",
    ]
