from hypothesis import given
from hypothesis import strategies as st

from hoinhap.intake.entities_people import (
    _glued_title,
    _runs_naming_someone,
    _spelled_index,
    _spelled_key,
    _spelled_runs,
    _split_words,
)
from hoinhap.intake.textnorm import normalize_name

# Syllables, marks that normalising drops or joins, and separators, per script.
_PIECES = {
    "thai": [
        "นาย", "ห่า", "วัน", "เซิน", "เหงียน", "กล่าว", "\u0e4d", "ํา", "\u0e48", "๒", " ", "  ", ",",
    ],
    "lao": ["ທ່ານ", "ຫງວຽນ", "ວັນ", "\u0ecd", "ນ້ຳ", "ນໍ້າ", "ຼ", "໑", " ", ", "],
    "devanagari": ["गुयेन", "वान", "ज़", "\u093c", "ऩ", "क़", "न", " ", "  ", "।"],
    "katakana": ["グエン", "・", "･", "ヴァン", "ー", " ", "、"],
}  # fmt: skip


def spelled_text(script: str) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(_PIECES[script]), max_size=25).map("".join)


def check(script: str, text: str) -> None:
    runs = list(_spelled_runs()[script].finditer(text))
    kept = {run.start(): forms for run, forms in _runs_naming_someone(script, runs)}
    for run in runs:
        words = _split_words(script, run.group())
        names = [normalize_name(word) for word in words[:-1]]
        family = any(_spelled_key(word) in _spelled_index(script, True) for word in words[:-1])
        glued = script in ("thai", "lao") and any(map(_glued_title, names))
        if family or glued:
            assert run.start() in kept
        for word, forms in kept.get(run.start(), {}).items():
            assert forms == (normalize_name(word), _spelled_key(word))


def test_a_run_with_a_glued_title_may_name_someone() -> None:
    runs = list(_spelled_runs()["thai"].finditer("นายห่า วัน เซิน กล่าว"))
    assert [run.group() for run, _ in _runs_naming_someone("thai", runs)] == ["นายห่า วัน เซิน กล่าว"]


def test_a_run_without_a_family_name_names_nobody() -> None:
    runs = list(_spelled_runs()["thai"].finditer("การ ประชุม ความ ร่วมมือ"))
    assert _runs_naming_someone("thai", runs) == []


@given(spelled_text("thai"))
def test_thai_runs_are_normalised_together_as_word_by_word(text: str) -> None:
    check("thai", text)


@given(spelled_text("lao"))
def test_lao_runs_are_normalised_together_as_word_by_word(text: str) -> None:
    check("lao", text)


@given(spelled_text("devanagari"))
def test_devanagari_runs_are_normalised_together_as_word_by_word(text: str) -> None:
    check("devanagari", text)


@given(spelled_text("katakana"))
def test_katakana_runs_are_normalised_together_as_word_by_word(text: str) -> None:
    check("katakana", text)
