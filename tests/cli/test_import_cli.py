"""`hoinhap import`: a summary line, or one `Error:` line, exit 1 and the database unchanged."""

from pathlib import Path

import pytest
from sqlalchemy import func, select

from hoinhap.db.engine import make_engine
from hoinhap.db.schema import metadata
from tests.conftest import CliRunner

GOOD = (
    "place,partner,kind,source_title\n"
    "Da Nang,Daegu,friendship,News\n"
    "Da Nang,Busan,friendship,News\n"
)


def counts(db_url: str) -> dict[str, int]:
    engine = make_engine(db_url)
    with engine.connect() as conn:
        found = {
            t.name: conn.scalar(select(func.count()).select_from(t)) or 0
            for t in metadata.sorted_tables
        }
    engine.dispose()
    return found


def write(tmp_path: Path, name: str, data: str | bytes) -> str:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return str(path)


def test_import_prints_a_summary(cli: CliRunner, tmp_path: Path) -> None:
    result = cli("import", write(tmp_path, "partnerships.csv", GOOD))
    assert (result.exit_code, result.stdout) == (0, "partnerships.csv: 2 rows, 2 created\n")


def test_reimport_reports_unchanged_rows(cli: CliRunner, tmp_path: Path) -> None:
    path = write(tmp_path, "partnerships.csv", GOOD)
    cli("import", path)
    assert cli("import", path).stdout == "partnerships.csv: 2 rows, 2 unchanged\n"


def test_kind_option_names_what_the_file_holds(cli: CliRunner, tmp_path: Path) -> None:
    result = cli("import", write(tmp_path, "sheet1.csv", GOOD), "--kind", "partnerships")
    assert result.stdout == "sheet1.csv: 2 rows, 2 created\n"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "partnerships.csv",
            GOOD.replace("Busan,friendship", "Busan,twins"),
            "Error: partnerships.csv row 3, column kind: 'twins' is not one of friendship, "
            "sister_city, cooperation\n",
        ),
        (
            "partnerships.csv",
            GOOD.replace("Café", "").encode("utf-16"),
            "Error: partnerships.csv is UTF-16 text; save it as UTF-8 (in Excel: CSV UTF-8)\n",
        ),
        (
            "partnerships.csv",
            (GOOD + "Da Nang,Jeju,friendship,Café\n").encode("latin-1"),
            "Error: partnerships.csv is not UTF-8 text (line 4 has byte 0xe9); "
            "save it as UTF-8 (in Excel: CSV UTF-8)\n",
        ),
        ("partnerships.csv", "", "Error: partnerships.csv is empty\n"),
        (
            "partnerships.csv",
            "place,kind,source_title\nDa Nang,friendship,News\n",
            "Error: partnerships.csv: missing column 'partner'\n",
        ),
        (
            "partnerships.xlsx",
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
            "Error: partnerships.xlsx is not an XLSX workbook\n",
        ),
        (
            "delegations.csv",
            "direction,place,start_on,size,source_title\ninbound,Da Nang,2024-03-01,-3,News\n",
            "Error: delegations.csv row 2, column size: '-3' is negative; "
            "a count cannot be negative\n",
        ),
    ],
)
def test_bad_input_is_one_error_and_changes_nothing(
    cli: CliRunner, db_url: str, tmp_path: Path, name: str, data: str | bytes, message: str
) -> None:
    cli("import", write(tmp_path, "partnerships.csv", GOOD))
    before = counts(db_url)
    result = cli("import", write(tmp_path, name, data))
    assert (result.exit_code, result.stderr) == (1, message)
    assert counts(db_url) == before


def test_several_problems_are_listed(cli: CliRunner, tmp_path: Path) -> None:
    text = GOOD.replace("Daegu", "Deagu").replace("Busan", "Busann")
    result = cli("import", write(tmp_path, "partnerships.csv", text))
    assert result.stderr.splitlines() == [
        "Error: partnerships.csv: 2 problems, nothing was imported:",
        "  partnerships.csv row 2, column partner: unknown place 'Deagu'; did you mean 'Daegu'?",
        "  partnerships.csv row 3, column partner: unknown place 'Busann'; did you mean 'Busan'?",
    ]


def test_a_missing_file_is_an_error(cli: CliRunner, tmp_path: Path) -> None:
    result = cli("import", str(tmp_path / "partnerships.csv"))
    assert (result.exit_code, result.stderr) == (
        1,
        f"Error: No such file: {tmp_path / 'partnerships.csv'}\n",
    )


def test_an_unreachable_database_is_an_error(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOINHAP_DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none")
    result = cli("import", write(tmp_path, "partnerships.csv", GOOD))
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "Error: Cannot use the database postgresql+psycopg://nobody@127.0.0.1:1/none: "
    )
    assert len(result.stderr.splitlines()) == 1
