import pytest

from hoinhap.intake.sentences import split_sentences


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
