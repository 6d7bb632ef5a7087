import re
from collections.abc import Iterator

from hypothesis import given
from hypothesis import strategies as st

from hoinhap.intake.entities_people import Word, _family_reading, _runs

# What _runs finds, read the plain way: every run of words, kept when a word before
# its last reads as a family name.
_EVERY_RUN = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)+")


def every_run_read(text: str) -> Iterator[list[Word]]:
    for run in _EVERY_RUN.finditer(text):
        names = run.group().split(" ")
        if any(_family_reading(name) for name in names[:-1]):
            position = run.start()
            words: list[Word] = []
            for name in names:
                words.append((position, position + len(name), name))
                position += len(name) + 1
            yield words


def test_a_run_is_taken_whole_around_its_family_name() -> None:
    text = "theo ông Nguyễn Văn An, chủ tịch"
    assert [[w for *_, w in run] for run in _runs(text)] == [["theo", "ông", "Nguyễn", "Văn", "An"]]


def test_a_family_name_ending_its_run_is_no_run() -> None:
    assert list(_runs("said Mr Nguyen. Then")) == []


def test_runs_in_arabic_cyrillic_and_hangul_script() -> None:
    text = "قال نگوین شوان فوک، и Нгуен Ван Ан 응우옌 반 안"
    assert list(_runs(text)) == list(every_run_read(text))


_PIECES = st.sampled_from(
    ["Nguyễn", "Le", "le", "Trần", "văn", "An", "Hà", "Нгуен", "ван", "نگوین", "응우옌", "반",
     "東京", "x2", "_", " ", "  ", ", ", "-", "\n", "Đ", "NGUYEN", "Lê", "ông"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=30).map("".join))
def test_runs_are_every_run_with_a_family_name_before_its_last_word(text: str) -> None:
    assert list(_runs(text)) == list(every_run_read(text))


@given(st.text(max_size=60))
def test_runs_of_any_text_are_every_run_with_a_family_name(text: str) -> None:
    assert list(_runs(text)) == list(every_run_read(text))
