"""`hoinhap places show` and `hoinhap places list`."""

from sqlalchemy.orm import Session

from hoinhap.db.engine import make_engine
from hoinhap.db.schema import Partnership
from hoinhap.registry.places import find_place
from hoinhap.registry.sources import get_or_create_source
from tests.conftest import CliRunner


def test_show_says_where_quang_nam_went(cli: CliRunner) -> None:
    result = cli("places", "show", "Quang Nam")
    assert result.exit_code == 0
    assert "Merged into Da Nang on 2025-07-01 (Resolution 202/2025/QH15)" in result.stdout


def test_show_says_what_da_nang_absorbed(cli: CliRunner) -> None:
    result = cli("places", "show", "Đà Nẵng")
    assert "Absorbed Quang Nam on 2025-07-01" in result.stdout


def test_show_prints_names_kind_and_region(cli: CliRunner) -> None:
    out = cli("places", "show", "danang").stdout
    assert all(
        text in out
        for text in (
            "Da Nang",
            "Đà Nẵng",
            "city",
            "Vietnam (VN)",
            "North Central and Central Coast",
        )
    )


def test_show_lists_names_by_language(cli: CliRunner) -> None:
    lines = cli("places", "show", "South Korea").stdout.splitlines()
    assert any("ja" in line and "韓国" in line for line in lines)


def test_show_unknown_place_suggests(cli: CliRunner) -> None:
    result = cli("places", "show", "Da Nag")
    assert (result.exit_code, result.stderr) == (
        1,
        "Error: Unknown place 'Da Nag'; did you mean 'Da Nang'?\n",
    )


def test_show_counts_partnerships(cli: CliRunner, db_url: str) -> None:
    engine = make_engine(db_url)
    with Session(engine) as session:
        source = get_or_create_source(session, title="Sister cities")
        session.add(
            Partnership(
                place_id=find_place(session, "Da Nang").id,
                partner_place_id=find_place(session, "Busan").id,
                kind="sister_city",
                source_id=source.id,
            )
        )
        session.commit()
    engine.dispose()
    lines = cli("places", "show", "Busan").stdout.splitlines()
    assert any(line.split()[:2] == ["Partnerships", "1"] for line in lines)


def test_list_cities_after_the_merger(cli: CliRunner) -> None:
    result = cli("places", "list", "--kind", "city", "--on", "2025-07-01")
    assert (result.exit_code, result.stdout.splitlines()[-1]) == (0, "6 places")


def test_list_members_of_a_region(cli: CliRunner) -> None:
    out = cli("places", "list", "--region", "Mekong Delta", "--on", "2025-07-01").stdout
    assert (out.splitlines()[-1], "Can Tho" in out, "Soc Trang" in out) == ("5 places", True, False)


def test_list_refuses_a_bad_date(cli: CliRunner) -> None:
    result = cli("places", "list", "--on", "31-02-2024")
    assert (result.exit_code, result.stderr) == (
        1,
        "Error: --on '31-02-2024' is not a date (YYYY-MM-DD)\n",
    )


def test_list_refuses_a_province_as_region(cli: CliRunner) -> None:
    result = cli("places", "list", "--region", "Da Nang")
    assert (result.exit_code, result.stderr) == (1, "Error: 'Da Nang' is not a region\n")


def test_list_suggests_a_region(cli: CliRunner) -> None:
    result = cli("places", "list", "--region", "Mekong Delt")
    assert result.stderr == "Error: Unknown place 'Mekong Delt'; did you mean 'Mekong Delta'?\n"
