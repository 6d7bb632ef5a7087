import csv
import datetime as dt
import io
import json

from sqlalchemy.orm import Session

from hoinhap.db.schema import Place, PlaceLineage
from hoinhap.registry.observations import create_observation
from hoinhap.registry.places import add_place_name
from hoinhap.registry.sources import get_or_create_source
from tests.conftest import CliRunner

MERGER = dt.date(2025, 7, 1)


def _place(session: Session, name: str, valid_to: dt.date | None = None) -> Place:
    source = get_or_create_source(session, title="Test gazetteer", url="https://example.org/gaz")
    key = "test-" + name.lower().replace(" ", "-")
    place = Place(
        key=key, kind="city", name=name, country_code="VN", valid_to=valid_to, source_id=source.id
    )
    add_place_name(place, name, "en", "canonical")
    session.add(place)
    session.flush()
    return place


def _figure(
    session: Session,
    place: Place,
    value: float,
    period: str,
    *,
    metric: str = "delegations_received",
    unit: str = "count",
    approx: str = "exact",
) -> None:
    source = get_or_create_source(
        session,
        title=f"{place.name} looks back",
        url=f"https://example.org/{place.key}/{metric}/{period}",
        publisher="Test Daily",
        published_on=dt.date(2025, 6, 1),
    )
    create_observation(
        session,
        place_id=place.id,
        metric_key=metric,
        value=value,
        unit=unit,
        source_id=source.id,
        period=period,
        approx=approx,
        quote=f"{place.name} received {value:,.0f} delegations",
        status="accepted",
    )


def _merged(session: Session) -> tuple[Place, Place]:
    da_nang = _place(session, "Testcity Da Nang")
    quang_nam = _place(session, "Testcity Quang Nam", valid_to=MERGER - dt.timedelta(days=1))
    session.add(
        PlaceLineage(
            from_place_id=quang_nam.id,
            to_place_id=da_nang.id,
            kind="merged_into",
            effective_on=MERGER,
            legal_basis="Resolution 202/2025/QH15",
            source_id=da_nang.source_id,
        )
    )
    _figure(session, da_nang, 3000, "2021-2025", approx="over")
    _figure(session, da_nang, 700, "2024")
    _figure(session, quang_nam, 150, "2024")
    session.commit()
    return da_nang, quang_nam


def test_stats_prints_figures_with_sources(cli: CliRunner, session: Session) -> None:
    _merged(session)
    result = cli("stats", "Testcity Da Nang", "--period", "2021-2025")
    assert result.exit_code == 0
    assert "Delegations received (delegations_received)" in result.stdout
    assert "  over 3,000  2021-2025\n" in result.stdout
    assert (
        "      Source: Testcity Da Nang looks back, Test Daily, 2025-06-01, "
        "https://example.org/test-testcity-da-nang/delegations_received/2021-2025\n"
    ) in result.stdout
    assert '      "Testcity Da Nang received 3,000 delegations"\n' in result.stdout


def test_stats_with_merged_marks_and_adds_up(cli: CliRunner, session: Session) -> None:
    _merged(session)
    result = cli("stats", "testcity da nang", "--period", "2021-2025", "--with-merged")
    assert "  150  2024  [Testcity Quang Nam, before 2025-07-01]\n" in result.stdout
    assert "  Total 2024: 850 (Testcity Da Nang + Testcity Quang Nam)\n" in result.stdout


def test_stats_for_a_merged_place_says_where_it_went(cli: CliRunner, session: Session) -> None:
    _merged(session)
    result = cli("stats", "Testcity Quang Nam", "--period", "2021-2025")
    assert (
        "Note: Testcity Quang Nam merged into Testcity Da Nang on 2025-07-01 "
        "(Resolution 202/2025/QH15); ask for Testcity Da Nang --with-merged\n"
    ) in result.stdout
    assert "  150  2024\n" in result.stdout


def test_stats_json_holds_the_source(cli: CliRunner, session: Session) -> None:
    _merged(session)
    result = cli("stats", "Testcity Da Nang", "--period", "2024", "--format", "json")
    data = json.loads(result.stdout)
    figure = data["metrics"][0]["figures"][0]
    source = figure["citations"][0]["source"]
    assert (figure["value"], source["published_on"]) == (700.0, "2025-06-01")


def test_stats_csv_has_one_row_per_figure(cli: CliRunner, session: Session) -> None:
    _merged(session)
    result = cli("stats", "Testcity Da Nang", "--format", "csv", "--with-merged")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["row"], r["place"], r["value"], r["period"]) for r in rows] == [
        ("figure", "Testcity Da Nang", "3000", "2021-2025"),
        ("figure", "Testcity Da Nang", "700", "2024"),
        ("figure", "Testcity Quang Nam", "150", "2024"),
        ("total", "Testcity Da Nang + Testcity Quang Nam", "850", "2024"),
    ]


def _twice_reported(session: Session) -> None:
    place = _place(session, "Testcity Hue")
    for url in ("https://example.org/a", "https://example.org/b"):
        source = get_or_create_source(session, title=f"Report {url[-1]}", url=url)
        create_observation(
            session,
            place_id=place.id,
            metric_key="partner_localities",
            value=60,
            unit="count",
            source_id=source.id,
            period="2024",
            quote=f"60 partners, says {url[-1]}",
            status="accepted",
        )
    session.commit()


def test_stats_lists_every_source_of_a_figure_once(cli: CliRunner, session: Session) -> None:
    _twice_reported(session)
    result = cli("stats", "Testcity Hue")
    assert (
        "  60  2024  (2 sources)\n"
        "      Source: Report a, https://example.org/a\n"
        '      "60 partners, says a"\n'
        "      Source: Report b, https://example.org/b\n"
        '      "60 partners, says b"\n'
    ) in result.stdout


def test_stats_csv_puts_further_sources_on_source_rows(cli: CliRunner, session: Session) -> None:
    _twice_reported(session)
    result = cli("stats", "Testcity Hue", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["row"], r["value"], r["period"], r["source_url"], r["quote"]) for r in rows] == [
        ("figure", "60", "2024", "https://example.org/a", "60 partners, says a"),
        ("source", "", "2024", "https://example.org/b", "60 partners, says b"),
    ]


def test_stats_money_shows_its_currency(cli: CliRunner, session: Session) -> None:
    place = _place(session, "Testcity Hai Phong")
    _figure(session, place, 1_070_000_000, "2024", metric="fdi_capital", unit="USD")
    session.commit()
    result = cli("stats", "Testcity Hai Phong", "--metric", "fdi_capital")
    assert "  1,070,000,000 USD  2024\n" in result.stdout


def test_stats_without_figures_says_so(cli: CliRunner, session: Session) -> None:
    _place(session, "Testcity Can Tho")
    session.commit()
    result = cli("stats", "Testcity Can Tho", "--period", "2024")
    assert result.stdout == "Testcity Can Tho, 2024\nNo accepted figures.\n"


def test_stats_of_an_unknown_place_fails(cli: CliRunner) -> None:
    result = cli("stats", "Xyzzy Nowhere")
    assert (result.exit_code, result.stderr) == (1, "Error: Unknown place 'Xyzzy Nowhere'\n")


def test_stats_with_a_bad_period_fails(cli: CliRunner) -> None:
    result = cli("stats", "Testcity Can Tho", "--period", "soon")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: 'soon' is not a period "
        "(use YYYY, YYYY-YYYY, YYYY-H1, YYYY-Q3, YYYY-MM or YYYY-MM-DD)\n"
    )


def test_stats_with_an_unknown_metric_fails(cli: CliRunner, session: Session) -> None:
    _place(session, "Testcity Can Tho")
    session.commit()
    result = cli("stats", "Testcity Can Tho", "--metric", "happiness")
    assert (result.exit_code, result.stderr) == (1, "Error: Unknown metric 'happiness'\n")
