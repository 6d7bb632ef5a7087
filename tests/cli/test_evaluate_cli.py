from pathlib import Path

from tests.conftest import CliRunner
from tests.intake.test_scoring import GOLD, write_folder


def annotated_folder(folder: Path) -> Path:
    return write_folder(folder, GOLD, "In 2024 Hai Phong licensed 45 new FDI projects.")


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
