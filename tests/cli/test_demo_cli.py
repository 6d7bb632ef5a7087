from tests.conftest import CliRunner


def test_demo_loads_and_prints_da_nang_figures(cli: CliRunner) -> None:
    result = cli("demo")
    assert result.exit_code == 0
    assert "Loaded the demo dataset" in result.stdout
    assert "797  2021-2025" in result.stdout


def test_demo_twice_says_nothing_changed(cli: CliRunner) -> None:
    cli("demo")
    result = cli("demo")
    assert result.exit_code == 0
    assert "already loaded" in result.stdout
    assert "nothing changed" in result.stdout
