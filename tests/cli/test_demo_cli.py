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


def test_demo_ingests_the_sample_news_and_groups_the_same_story(cli: CliRunner) -> None:
    result = cli("demo")
    assert "3 documents: 3 read, 3 stored" in result.stdout
    story = result.stdout[result.stdout.index("Story #") :]
    assert "  en  " in story and "  vi  " in story and "  ar  " not in story


def test_demo_twice_stores_the_sample_news_once(cli: CliRunner) -> None:
    cli("demo")
    result = cli("demo")
    assert "3 documents: 3 read, 0 stored, 3 unchanged" in result.stdout
    assert "0 stored as candidates" in result.stdout
