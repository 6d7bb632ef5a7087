import json
from pathlib import Path

import pytest

from hoinhap.errors import UserError
from hoinhap.intake.scoring import same_entity, score_folder

GOLD = {
    "doc": "hp",
    "lang": "en",
    "facts": [
        {
            "subject": "Hai Phong",
            "metric": "fdi_projects",
            "value": 45,
            "unit": "count",
            "approx": "exact",
            "period": "2024",
            "quote": "45 new FDI projects",
        },
        {
            "subject": "Hai Phong",
            "metric": "delegations_received",
            "value": 300,
            "unit": "count",
            "approx": "exact",
            "period": "2024",
            "quote": "received 300 foreign delegations",
        },
    ],
    "entities": [{"type": "locality", "name": "Hai Phong", "quote": "Hai Phong"}],
}
TEXT = "In 2024 Hai Phong licensed 45 new FDI projects, its department of planning said."


def write_folder(folder: Path, gold: dict[str, object], text: str) -> Path:
    (folder / "hp.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (folder / "hp.txt").write_text(text, encoding="utf-8")
    return folder


def test_a_found_and_a_missed_fact_give_recall_one_half(tmp_path: Path) -> None:
    scores = score_folder(write_folder(tmp_path, GOLD, TEXT))
    assert (scores.facts.hits, scores.facts.gold, scores.facts.predicted) == (1, 2, 1)
    assert scores.facts.recall == 0.5 and scores.facts.precision == 1.0
    assert scores.facts_by_language["en"].f1 == pytest.approx(2 / 3)
    assert scores.language_accuracy == 1.0
    assert [(doc, kind) for doc, kind, _ in scores.errors] == [("hp", "missed fact")]


def test_entities_match_on_type_and_name_in_any_case() -> None:
    gold = {"type": "locality", "name": "Hai Phong"}
    assert same_entity(gold, {"type": "locality", "name": "hai  phong"})
    assert not same_entity(gold, {"type": "foreign_locality", "name": "Hai Phong"})


def test_a_folder_without_gold_files_is_named(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"no NAME\.gold\.json"):
        score_folder(tmp_path)


def test_a_broken_gold_file_is_named(tmp_path: Path) -> None:
    write_folder(tmp_path, GOLD, TEXT)
    (tmp_path / "hp.gold.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(UserError, match=r"hp\.gold\.json: not a readable gold file"):
        score_folder(tmp_path)
