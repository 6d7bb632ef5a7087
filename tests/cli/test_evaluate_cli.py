import json
from pathlib import Path

from tests.conftest import CliRunner

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


def annotated_folder(folder: Path) -> Path:
    (folder / "hp.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    (folder / "hp.txt").write_text(
        "In 2024 Hai Phong licensed 45 new FDI projects.", encoding="utf-8"
    )
    return folder


def test_evaluate_prints_recall_and_the_missed_fact(cli: CliRunner, tmp_path: Path) -> None:
    result = cli("evaluate", str(annotated_folder(tmp_path)), "--errors")
    assert result.exit_code == 0, result.stderr
    facts_row = next(line for line in result.stdout.splitlines() if "facts" in line)
    assert "0.500" in facts_row and "1.000" in facts_row
    assert "hp: missed fact: Hai Phong delegations_received 300 count 2024" in result.stdout
    assert "language named right in 100%" in result.stdout


def test_evaluate_names_a_folder_without_gold_files(cli: CliRunner, tmp_path: Path) -> None:
    result = cli("evaluate", str(tmp_path))
    assert result.exit_code == 1
    assert "no NAME.gold.json files" in result.stderr
    assert "Traceback" not in result.stderr
