"""`hoinhap export KIND`: to standard output or a file, in a form import takes back."""

import json
from pathlib import Path

import pytest

from tests.conftest import CliRunner

GOOD = "place,partner,kind,source_title\nDa Nang,Daegu,friendship,News\n"


@pytest.fixture
def imported(cli: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "partnerships.csv").write_text(GOOD)
    assert cli("import", str(tmp_path / "partnerships.csv")).exit_code == 0


@pytest.mark.usefixtures("imported")
def test_csv_goes_to_standard_output(cli: CliRunner) -> None:
    result = cli("export", "partnerships")
    assert result.stdout.splitlines() == [
        "place,partner,kind,since,status,notes,source_url,source_title,source_publisher,"
        "source_published_on,source_language",
        "Da Nang,Daegu,friendship,,active,,,News,,,",
    ]


@pytest.mark.usefixtures("imported")
def test_json_names_the_kind(cli: CliRunner) -> None:
    data = json.loads(cli("export", "partnerships", "--format", "json").stdout)
    assert (data["kind"], data["rows"][0]["partner"]) == ("partnerships", "Daegu")


@pytest.mark.usefixtures("imported")
def test_an_xlsx_export_imports_back_unchanged(cli: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "out" / "partnerships.xlsx"
    path.parent.mkdir()
    assert cli("export", "partnerships", "-f", "xlsx", "-o", str(path)).exit_code == 0
    assert cli("import", str(path)).stdout == "partnerships.xlsx: 1 rows, 1 unchanged\n"


def test_xlsx_is_not_written_to_a_terminal(cli: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    result = cli("export", "partnerships", "--format", "xlsx")
    assert (result.exit_code, result.stderr) == (
        1,
        "Error: XLSX is binary: give -o FILE or redirect standard output to a file\n",
    )


def test_an_unknown_kind_is_an_error(cli: CliRunner) -> None:
    result = cli("export", "twins")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: Unknown kind 'twins'; use one of places, ")


def test_an_unknown_format_is_an_error(cli: CliRunner) -> None:
    result = cli("export", "partnerships", "--format", "pdf")
    assert (result.exit_code, result.stderr) == (
        1,
        "Error: Format 'pdf' is not one of csv, xlsx, json\n",
    )
