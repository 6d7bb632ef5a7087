import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoinhap.registry.names import ascii_name, fold_name


@pytest.mark.parametrize("spelling", ["Đà Nẵng", "da nang", "DaNang", "Da-Nang", "DA NẴNG"])
def test_spellings_of_da_nang_fold_alike(spelling: str) -> None:
    assert fold_name(spelling) == "danang"


def test_arabic_and_persian_letter_variants_fold_alike() -> None:
    assert fold_name("كان ثو") == fold_name("کان ثو")


def test_thai_vowel_marks_are_kept() -> None:
    assert fold_name("ดานัง") != fold_name("ดานง")


def test_ascii_name_drops_vietnamese_diacritics() -> None:
    assert ascii_name("Thừa Thiên Huế") == "Thua Thien Hue"


@given(st.text())
def test_fold_name_accepts_any_text(text: str) -> None:
    assert fold_name(fold_name(text)) == fold_name(text)
