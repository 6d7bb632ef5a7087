import datetime as dt
import json
from pathlib import Path

import pytest

from hoinhap.intake.entities import Entity
from hoinhap.intake.extract import Extraction, Fact
from hoinhap.intake.group import find_conflicts, group_stories, story_score

DEV = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev"


def fact(metric: str, value: float, period: str | None = "2021-2025", subject: str = "Da Nang"):
    return Fact(subject, metric, value, "count", "exact", period, f"{value:g}", 0, 1)


def entity(kind: str, name: str) -> Entity:
    return Entity(kind, name, name, 0, 1)


def doc(name: str, facts=(), entities=()) -> Extraction:
    return Extraction(name, "en", list(facts), list(entities))


def gold_extractions() -> list[Extraction]:
    found = []
    for path in sorted(DEV.glob("*.gold.json")):
        gold = json.loads(path.read_text("utf-8"))
        facts = [
            Fact(
                f["subject"],
                f["metric"],
                f["value"],
                f["unit"],
                f["approx"],
                f["period"],
                f["quote"],
                0,
                1,
            )
            for f in gold["facts"]
        ]
        entities = [Entity(e["type"], e["name"], e["quote"], 0, 1) for e in gold["entities"]]
        found.append(Extraction(gold["doc"][:3], gold["lang"], facts, entities))
    return found


@pytest.mark.skipif(not DEV.is_dir(), reason="the shared dev corpus is not beside the checkout")
def test_the_dev_corpus_persian_and_indonesian_versions_are_one_story() -> None:
    assert group_stories(gold_extractions()) == [["000", "001"], ["002"], ["003"], ["004"]]


def test_translations_sharing_figures_and_people_score_high() -> None:
    facts = [fact("partner_localities", 60), fact("agreements_signed", 120)]
    people = [entity("person", "Ho Ky Minh"), entity("locality", "Da Nang")]
    assert story_score(doc("fa", facts, people), doc("id", facts, people)) > 0.9


def test_a_contradicting_figure_keeps_two_reports_apart() -> None:
    a = doc("a", [fact("fdi_projects", 797), fact("partner_localities", 60)])
    b = doc("b", [fact("fdi_projects", 1263), fact("partner_localities", 60)])
    assert group_stories([a, b]) == [["a"], ["b"]]


def test_sharing_only_the_city_is_not_a_story() -> None:
    a = doc("a", [fact("agreements_signed", 12)], [entity("locality", "Da Nang")])
    b = doc("b", [fact("delegations_received", 40)], [entity("locality", "Da Nang")])
    assert group_stories([a, b]) == [["a"], ["b"]]


def test_dates_far_apart_lower_the_score() -> None:
    facts = [fact("partner_localities", 60)]
    a, b = doc("a", facts, [entity("locality", "Da Nang")]), doc("b", facts)
    near = {"a": dt.date(2025, 9, 1), "b": dt.date(2025, 9, 2)}
    far = {"a": dt.date(2025, 9, 1), "b": dt.date(2024, 3, 1)}
    assert story_score(a, b, near) > story_score(a, b, far)


def test_stories_chain_and_keep_the_order_given() -> None:
    shared = [fact("partner_localities", 60), fact("agreements_signed", 120)]
    docs = [doc("x"), doc("a", shared), doc("y"), doc("b", shared), doc("c", shared)]
    assert group_stories(docs) == [["x"], ["a", "b", "c"], ["y"]]


def test_values_within_half_a_percent_are_the_same_figure() -> None:
    a = doc("a", [fact("fdi_capital", 1_070_000_000), fact("fdi_projects", 797)])
    b = doc("b", [fact("fdi_capital", 1_072_000_000), fact("fdi_projects", 797)])
    assert group_stories([a, b]) == [["a", "b"]]


def test_conflicting_figures_are_found_with_both_documents() -> None:
    a = doc("a", [fact("fdi_projects", 797)])
    b = doc("b", [fact("fdi_projects", 810)])
    [conflict] = find_conflicts([a, b])
    assert (conflict.subject, conflict.metric, [(f.doc, f.value) for f in conflict.figures]) == (
        "Da Nang",
        "fdi_projects",
        [("a", 797.0), ("b", 810.0)],
    )


def test_rounding_and_other_periods_are_no_conflict() -> None:
    a = doc("a", [fact("fdi_projects", 1000), fact("agreements_signed", 50, "2024")])
    b = doc("b", [fact("fdi_projects", 1004), fact("agreements_signed", 60, "2025")])
    assert find_conflicts([a, b]) == []


def test_documents_without_figures_group_on_the_people_they_share() -> None:
    people = [entity("person", "Ho Ky Minh"), entity("person", "Nguyen Xuan Binh")]
    a = doc("a", entities=[*people, entity("locality", "Da Nang")])
    b = doc("b", entities=people)
    assert group_stories([a, b]) == [["a", "b"]]


def test_documents_without_figures_sharing_a_few_names_stay_apart() -> None:
    names = [entity("locality", "Da Nang"), entity("organization", "ASEAN")]
    names += [entity("organization", "Politburo"), entity("country", "Japan")]
    assert group_stories([doc("a", entities=names), doc("b", entities=names)]) == [["a"], ["b"]]


@pytest.mark.skipif(not DEV.is_dir(), reason="the shared dev corpus is not beside the checkout")
def test_the_package_extractor_groups_the_dev_corpus_stories() -> None:
    from hoinhap.intake.extract import extract_document

    extractions = [
        extract_document(path.read_text("utf-8"), doc=path.name[:3])
        for path in sorted(DEV.glob("*.txt"))
    ]
    assert group_stories(extractions) == [["000", "001"], ["002"], ["003"], ["004"]]
