import pytest

from hoinhap.intake.cues import CONCEPTS, CueMatcher, find_cues, fold_text
from hoinhap.intake.langs import SUPPORTED, get_lexicon
from hoinhap.intake.lexicon import spelling_variants

# What every language must be able to say: the head nouns, the money words, and the markers
# that keep targets and comparisons out.
ESSENTIAL = (
    "delegation", "project", "locality", "country", "capital", "fdi", "trade_turnover",
    "visitors_total", "visitors_international", "agreements_signed", "receive", "target",
    "and", "compare", "none", "other",
)  # fmt: skip


def concepts_of(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.concept, text[c.start : c.end]) for c in find_cues(text, lang)]


@pytest.mark.parametrize("lang", SUPPORTED)
def test_every_language_has_the_essential_cues(lang: str) -> None:
    assert set(ESSENTIAL) <= set(get_lexicon(lang).metric_cues)


@pytest.mark.parametrize("lang", SUPPORTED)
def test_cue_concepts_are_the_known_vocabulary(lang: str) -> None:
    assert set(get_lexicon(lang).metric_cues) <= CONCEPTS


@pytest.mark.parametrize("lang", SUPPORTED)
def test_no_phrase_means_two_things(lang: str) -> None:
    owner: dict[str, str] = {}
    clashes = []
    for concept, phrases in get_lexicon(lang).metric_cues.items():
        for phrase in phrases:
            for form in spelling_variants([phrase.strip("*=")]):
                key = fold_text(form)
                if owner.setdefault(key, concept) != concept:
                    clashes.append((phrase, owner[key], concept))
    assert clashes == []


def test_an_unknown_concept_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown cue concept 'delegatoins'"):
        CueMatcher("en", {"delegatoins": ("delegations",)})


def test_the_longest_phrase_wins() -> None:
    text = "kim ngạch xuất nhập khẩu đạt 8 tỷ USD, xuất khẩu đạt 4 tỷ USD"
    assert concepts_of(text, "vi") == [
        ("trade_turnover", "kim ngạch xuất nhập khẩu"),
        ("none", "xuất khẩu"),
    ]


def test_a_phrase_ends_inside_a_word() -> None:
    assert concepts_of("3,000 delegations", "en") == [("delegation", "delegations")]


def test_a_starred_phrase_starts_inside_a_german_compound() -> None:
    text = "52 Kooperationsvereinbarungen"
    assert concepts_of(text, "de") == [("agreements_signed", "vereinbarungen")]


def test_a_phrase_does_not_start_inside_a_word() -> None:
    assert concepts_of("the underdelegations", "en") == []


def test_vietnamese_syllables_end_a_phrase() -> None:
    assert concepts_of("tinh thần đoàn kết", "vi") == [("other", "đoàn kết")]


def test_a_short_conjunction_is_a_whole_word() -> None:
    text = "entre An Giang e o Camboja"
    assert concepts_of(text, "pt") == [("and", "e")]


def test_arabic_words_may_carry_a_clitic() -> None:
    text = "والوفود"
    assert concepts_of(text, "ar") == [("delegation", "وفود")]


def test_persian_letters_are_matched_in_either_spelling() -> None:
    text = "۶۰ شهر در ۲۴ كشور"  # Arabic kaf in "کشور"
    assert ("country", "كشور") in concepts_of(text, "fa")


def test_korean_particles_follow_a_noun() -> None:
    assert concepts_of("협정은 7건에", "ko") == [("agreements_signed", "협정"), ("counter", "건")]


def test_chinese_needs_no_spaces() -> None:
    text = "接待外国代表团215个"
    assert concepts_of(text, "zh") == [
        ("receive", "接待"),
        ("foreign", "外国"),
        ("delegation", "代表团"),
    ]


def test_case_is_ignored() -> None:
    assert concepts_of("FDI PROJECTS", "en") == [("fdi_projects", "FDI PROJECTS")]
