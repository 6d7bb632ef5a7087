"""Checks that every gold file in tests/fixtures/intake/news follows the corpus schema."""

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

import hoinhap.data
from hoinhap.intake.langs import SUPPORTED

NEWS = Path(__file__).parent.parent / "fixtures" / "intake" / "news"
LANGS = list(SUPPORTED)
PERIOD = re.compile(r"^\d{4}(-\d{4}|-(0[1-9]|1[0-2])(-\d{2})?|-H[12]|-Q[1-4])?$")
ENTITY_TYPES = {"locality", "foreign_locality", "country", "organization", "person"}
APPROX = {"exact", "over", "about", "under"}
GOLDS = sorted(NEWS.glob("*.gold.json"))


def load_metric_kinds() -> dict[str, str]:
    path = Path(hoinhap.data.__file__).parent / "metrics.yaml"
    return {m["key"]: m["kind"] for m in yaml.safe_load(path.read_text(encoding="utf-8"))}


METRIC_KINDS = load_metric_kinds()
UNITS = {"count": {"count"}, "money": {"USD", "VND"}, "percent": {"percent"}}


def load_gold(path: Path) -> dict[str, Any]:
    gold: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return gold


def text_of(path: Path) -> str:
    return path.with_name(path.name.removesuffix(".gold.json") + ".txt").read_text(encoding="utf-8")


def test_every_language_has_at_least_two_documents() -> None:
    counts = Counter(p.name.split("_")[0] for p in GOLDS)
    assert {lang: counts[lang] for lang in LANGS if counts[lang] < 2} == {}


def test_every_document_has_a_gold_file() -> None:
    texts = {p.name.removesuffix(".txt") for p in NEWS.glob("*.txt")}
    assert texts == {p.name.removesuffix(".gold.json") for p in GOLDS}


def test_every_metric_appears_in_the_corpus() -> None:
    used = {f["metric"] for p in GOLDS for f in load_gold(p)["facts"]}
    assert set(METRIC_KINDS) - {"percent"} - used == set()


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.name)
def test_gold_names_its_document_and_language(path: Path) -> None:
    gold = load_gold(path)
    doc = path.name.removesuffix(".gold.json")
    assert (set(gold), gold["doc"], gold["lang"]) == (
        {"doc", "lang", "facts", "entities"},
        doc,
        doc.split("_")[0],
    )


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.name)
def test_every_quote_is_in_the_text(path: Path) -> None:
    gold, text = load_gold(path), text_of(path)
    items = gold["facts"] + gold["entities"]
    assert [item["quote"] for item in items if item["quote"] not in text] == []


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.name)
def test_fact_metrics_and_units_fit_the_vocabulary(path: Path) -> None:
    facts = load_gold(path)["facts"]
    wrong = [
        (f["metric"], f["unit"])
        for f in facts
        if f["unit"] not in UNITS[METRIC_KINDS.get(f["metric"], "percent")]
        or f["metric"] not in METRIC_KINDS
    ]
    assert wrong == []


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.name)
def test_fact_fields_are_well_formed(path: Path) -> None:
    facts = load_gold(path)["facts"]
    wrong = [
        f
        for f in facts
        if set(f) != {"subject", "metric", "value", "unit", "approx", "period", "quote"}
        or not isinstance(f["value"], int | float)
        or f["value"] <= 0
        or f["approx"] not in APPROX
        or not (f["period"] is None or PERIOD.match(f["period"]))
        or not f["subject"]
    ]
    assert wrong == []


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.name)
def test_the_same_fact_is_annotated_once(path: Path) -> None:
    keys = Counter(
        (f["subject"], f["metric"], f["value"], f["unit"], f["period"])
        for f in load_gold(path)["facts"]
    )
    assert [k for k, n in keys.items() if n > 1] == []


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.name)
def test_entities_have_valid_types_and_are_listed_once(path: Path) -> None:
    entities = load_gold(path)["entities"]
    keys = Counter((e["type"], e["name"].casefold()) for e in entities)
    assert (
        [e["type"] for e in entities if e["type"] not in ENTITY_TYPES],
        [k for k, n in keys.items() if n > 1],
        [e for e in entities if e["name"] == "Vietnam"],
    ) == ([], [], [])
