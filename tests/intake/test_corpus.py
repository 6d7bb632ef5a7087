"""Fact extraction scored on annotated corpora, with the rules of shared/eval/score.py: a
predicted fact matches a gold one when subject, metric and unit are equal, the values differ
by at most 0.5% and the periods are equal (a gold period of null matches any); each gold
fact matches once; micro-averaged F1.

Our own corpus (tests/fixtures/intake/corpus: two or more documents per language, written
for the project), the independent news corpus (tests/fixtures/intake/news, written by
another engineer; its *_02/*_03 documents are never error-analysed, so their score is the
honest estimate for unseen text) and, when present, the shared dev corpus. The floors sit a
little under the figures reached, so that a change that loses ground fails."""

import json
from pathlib import Path

import pytest

from bench.quality import held_out
from hoinhap.intake.langs import SUPPORTED
from hoinhap.intake.scoring import match, same_fact, score_folder

FIXTURES = Path(__file__).parent.parent / "fixtures" / "intake"
CORPUS = FIXTURES / "corpus"
NEWS = FIXTURES / "news"
DEV = Path(__file__).parents[3] / "shared" / "corpus" / "dev"
CORPUS_FLOOR = 0.94  # reached 0.960 (102 documents; the 10 newest scored 0.00-0.94 fresh)
LANGUAGE_FLOOR = 0.85  # every language; the weakest reached 0.89 (ru)
DEV_FLOOR = 0.95  # reached 0.986
NEWS_FLOOR = 0.87  # the independent corpus; reached 0.897 (session 4)
HELD_OUT_FLOOR = 0.81  # its documents never error-analysed (*_02, *_03); reached 0.835
NEWS_ENTITIES_FLOOR = 0.87  # reached 0.900


def count_matches(gold: list[dict[str, object]], pred: list[dict[str, object]]) -> int:
    return match(gold, pred, same_fact)[0]


def score(folder: Path) -> dict[str, float]:
    """Facts F1 per language and over all ("all") for a folder of NAME.txt + NAME.gold.json."""
    scores = score_folder(folder)
    by_language = {lang: tally.f1 for lang, tally in scores.facts_by_language.items()}
    return {**by_language, "all": scores.facts.f1}


@pytest.fixture(scope="module")
def corpus_scores() -> dict[str, float]:
    return score(CORPUS)


def test_the_scorer_counts_each_gold_fact_once() -> None:
    gold = {"subject": "Da Nang", "metric": "fdi_projects", "value": 797, "unit": "count"}
    pred = {**gold, "value": 798, "period": "2024"}
    assert count_matches([{**gold, "period": None}] * 2, [pred]) == 1


def test_the_scorer_wants_the_gold_period() -> None:
    gold = {"subject": "Da Nang", "metric": "fdi_projects", "value": 797, "unit": "count"}
    assert count_matches([{**gold, "period": "2024"}], [{**gold, "period": "2025"}]) == 0


def test_the_corpus_has_two_documents_per_language() -> None:
    langs = [json.loads(p.read_text(encoding="utf-8"))["lang"] for p in CORPUS.glob("*.gold.json")]
    assert all(langs.count(lang) >= 2 for lang in SUPPORTED)


def test_gold_quotes_are_in_the_documents() -> None:
    missing = []
    for gold_path in CORPUS.glob("*.gold.json"):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (CORPUS / f"{gold['doc']}.txt").read_text(encoding="utf-8")
        missing += [(gold["doc"], f["quote"]) for f in gold["facts"] if f["quote"] not in text]
    assert missing == []


def test_facts_on_our_corpus(corpus_scores: dict[str, float]) -> None:
    assert corpus_scores["all"] >= CORPUS_FLOOR


@pytest.mark.parametrize("lang", SUPPORTED)
def test_facts_in_each_language(corpus_scores: dict[str, float], lang: str) -> None:
    assert corpus_scores[lang] >= LANGUAGE_FLOOR


@pytest.mark.skipif(not DEV.is_dir(), reason="the shared dev corpus is not here")
def test_facts_on_the_dev_corpus() -> None:
    assert score(DEV)["all"] >= DEV_FLOOR


def test_facts_and_entities_on_the_independent_news_corpus() -> None:
    scores = score_folder(NEWS)
    assert scores.facts.f1 >= NEWS_FLOOR
    assert scores.entities.f1 >= NEWS_ENTITIES_FLOOR
    assert scores.language_accuracy == 1.0


def test_facts_on_the_held_out_news_documents() -> None:
    assert score_folder(NEWS, only=held_out).facts.f1 >= HELD_OUT_FLOOR
