import re
from pathlib import Path

import pytest

from hoinhap.intake.langs import SUPPORTED, get_lexicon
from hoinhap.intake.lexicon import alternation
from hoinhap.intake.period_patterns import full_month_names
from hoinhap.intake.phrase_trees import phrase_tree

_CORPORA = [Path(__file__).parents[1] / "fixtures/intake" / name for name in ("corpus", "news")]
# What may follow a phrase: each makes the engine give back a longer match for a shorter one.
_AFTER = ("", r"(?![^\W\d_])", r"\.?\s*\d")


def test_a_phrase_tree_shares_beginnings() -> None:
    assert phrase_tree(["May", "March", "Mar"]) == "(?:Ma(?:r(?:ch)?|y))"


def test_a_phrase_tree_keeps_cases_apart_when_cased() -> None:
    assert phrase_tree(["May", "may"], cased=True) == "(?:(?:May|may))"


def test_phrases_with_odd_spacing_are_left_to_the_alternation() -> None:
    assert phrase_tree(["a  b", "a"]) == alternation(["a  b", "a"])


@pytest.mark.parametrize("lang", SUPPORTED)
def test_phrase_trees_match_what_alternations_match(lang: str) -> None:
    """At every position of the language's test documents, a tree of the lexicon's phrases
    matches what their alternation matches, whatever must follow it."""
    lex = get_lexicon(lang)
    text = "\n".join(
        p.read_text("utf-8") for folder in _CORPORA for p in folder.glob(f"{lang}_*.txt")
    )
    phrase_lists = [
        list(lex.months),
        list(lex.number_words),
        [*lex.year_before, *lex.year_after, *lex.last_year, *lex.this_year],
        [*lex.halves, *lex.quarters, *lex.period_anaphors],
    ]
    assert text
    for phrases in phrase_lists:
        for after in _AFTER:
            for tree, plain, flags in (
                (phrase_tree(phrases), alternation(phrases), re.IGNORECASE),
                (phrase_tree(phrases, cased=True), alternation(phrases), 0),
            ):
                spans = [
                    [m.span(1) for m in re.finditer(f"(?=({pattern}){after})", text, flags)]
                    for pattern in (tree, plain)
                ]
                assert spans[0] == spans[1], (lang, after, phrases[:3])


@pytest.mark.parametrize("lang", SUPPORTED)
def test_a_cased_tree_of_month_forms_matches_what_their_alternation_matches(lang: str) -> None:
    lex = get_lexicon(lang)
    forms = sorted({f for m in full_month_names(lex) for f in (m, m[:1].upper() + m[1:])})
    text = " ".join(f"{form} {form.lower()} {form.upper()}." for form in forms)
    tree, plain = phrase_tree(forms, cased=True), alternation(forms)
    assert [m.span() for m in re.finditer(tree, text)] == [
        m.span() for m in re.finditer(plain, text)
    ]
