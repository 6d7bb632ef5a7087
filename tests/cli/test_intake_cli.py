import json
import shutil
import threading
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hoinhap.db.engine import make_engine, make_sessionmaker
from hoinhap.db.schema import FeedItem, Observation, Source
from hoinhap.intake import pipeline
from hoinhap.intake.extract import Extraction
from tests.conftest import CliRunner
from tests.intake.stub_extractor import extract_stub

DOCS = Path(__file__).resolve().parent.parent / "fixtures" / "intake" / "docs"
DA_NANG = (
    "Da Nang now has ties with 60 localities abroad. In the 2021-2025 period the city "
    "signed 120 international agreements and received more than 3,000 foreign delegations.\n"
)


@pytest.fixture(autouse=True)
def stub_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "default_extractor", lambda: extract_stub)


def observations(db_url: str) -> list[tuple[float, str, str | None]]:
    engine = make_engine(db_url)
    try:
        with make_sessionmaker(engine)() as session:
            query = select(Observation.value, Observation.status, Observation.accepted_by)
            return [tuple(row) for row in session.execute(query.order_by(Observation.id))]
    finally:
        engine.dispose()


def count(db_url: str, table: type) -> int:
    engine = make_engine(db_url)
    try:
        with make_sessionmaker(engine)() as session:
            return session.scalar(select(func.count()).select_from(table)) or 0
    finally:
        engine.dispose()


def folder(tmp_path: Path, *fixtures: str) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "da-nang.txt").write_text(DA_NANG, "utf-8")
    for name in fixtures:
        shutil.copy(DOCS / name, docs)
    return docs


# --- extract ---------------------------------------------------------------------------


def test_extract_json_gives_one_line_per_document_in_the_order_given(
    cli: CliRunner, tmp_path: Path
) -> None:
    docs = folder(tmp_path)
    result = cli("extract", "--json", str(DOCS / "city-news.html"), str(docs / "da-nang.txt"))
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(line["doc"], len(line["facts"])) for line in lines] == [
        ("city-news", 3),
        ("da-nang", 3),
    ]


def test_extract_json_is_in_the_gold_format(cli: CliRunner, tmp_path: Path) -> None:
    result = cli("extract", "--json", str(folder(tmp_path) / "da-nang.txt"))
    line = json.loads(result.stdout)
    assert (sorted(line), line["facts"][0], line["entities"]) == (
        ["doc", "entities", "facts", "lang"],
        {
            "subject": "Da Nang",
            "metric": "partner_localities",
            "value": 60.0,
            "unit": "count",
            "approx": "exact",
            "period": None,
            "quote": "60 localities",
        },
        [{"type": "locality", "name": "Da Nang", "quote": "Da Nang"}],
    )


def test_extract_shows_a_table_with_each_quote(cli: CliRunner, tmp_path: Path) -> None:
    result = cli("extract", str(folder(tmp_path) / "da-nang.txt"))
    assert "da-nang.txt (en): 3 facts, 1 entities" in result.stdout
    assert "3,000 foreign delegations" in result.stdout


def test_extract_of_an_unreadable_file_says_why_and_goes_on(cli: CliRunner, tmp_path: Path) -> None:
    docs = folder(tmp_path)
    result = cli("extract", "--json", str(DOCS / "empty.txt"), str(docs / "da-nang.txt"))
    assert (result.exit_code, result.stderr, len(result.stdout.splitlines())) == (
        1,
        "Error: empty.txt: is empty\nError: 1 of 2 documents could not be read\n",
        1,
    )


def test_extract_of_a_missing_file_is_an_error(cli: CliRunner, tmp_path: Path) -> None:
    result = cli("extract", str(tmp_path / "nope.txt"))
    assert (result.exit_code, result.stderr) == (
        1,
        f"Error: No such file or directory: {tmp_path / 'nope.txt'}\n",
    )


# --- ingest ----------------------------------------------------------------------------


def test_ingest_prints_a_summary_with_the_failed_documents(cli: CliRunner, tmp_path: Path) -> None:
    result = cli("ingest", str(folder(tmp_path, "broken.pdf", "empty.txt")))
    lines = result.stdout.splitlines()
    assert (result.exit_code, lines[0], lines[1], lines[3]) == (
        1,
        "3 documents: 1 read, 1 stored, 0 unchanged, 2 failed; 3 facts found, "
        "3 stored as candidates.",
        "Failed documents:",
        "  empty.txt: is empty",
    )
    assert lines[2].startswith("  broken.pdf: is not a readable PDF (")


def test_ingest_exits_1_when_a_document_failed_and_keeps_the_others(
    cli: CliRunner, db_url: str, tmp_path: Path
) -> None:
    result = cli("ingest", str(folder(tmp_path, "empty.txt")))
    assert (result.exit_code, result.stderr, count(db_url, Observation)) == (
        1,
        "Error: 1 of 2 documents failed\n",
        3,
    )


def test_ingest_exits_0_when_every_document_was_read(cli: CliRunner, tmp_path: Path) -> None:
    assert cli("ingest", str(folder(tmp_path))).exit_code == 0


def test_ingest_twice_reports_everything_unchanged_and_stores_nothing(
    cli: CliRunner, db_url: str, tmp_path: Path
) -> None:
    docs = folder(tmp_path, "city-news.html")
    cli("ingest", str(docs))
    before = (count(db_url, Source), count(db_url, Observation))
    result = cli("ingest", "--workers", "2", str(docs))
    assert result.stdout.splitlines()[0] == (
        "2 documents: 2 read, 0 stored, 2 unchanged, 0 failed; 6 facts found, "
        "0 stored as candidates."
    )
    assert (count(db_url, Source), count(db_url, Observation)) == before


def test_ingest_lists_entities_proposed_as_new(cli: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "asean.txt"
    path.write_text("Da Nang and ASEAN signed 3 international agreements.\n", "utf-8")
    result = cli("ingest", str(path))
    assert (
        "Entities not in the registry (proposed as new; see `hoinhap entities`):\n"
        "  organization: ASEAN\n"
    ) in result.stdout


def drop_delegations(text: str, **options: object) -> Extraction:
    """The stub extractor as it was before it learnt delegations."""
    found = extract_stub(text, **options)  # type: ignore[arg-type]
    return replace(found, facts=[f for f in found.facts if f.metric != "delegations_received"])


def test_ingest_reextract_adds_what_the_extractor_now_finds(
    cli: CliRunner, db_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(pipeline, "default_extractor", lambda: drop_delegations)
    cli("ingest", str(folder(tmp_path)))
    monkeypatch.setattr(pipeline, "default_extractor", lambda: extract_stub)
    result = cli("ingest", "--reextract")
    assert (result.exit_code, result.stdout.splitlines()[0], count(db_url, Observation)) == (
        0,
        "1 documents read again: 1 updated, 0 unchanged, 0 failed; 3 facts found, "
        "1 new stored as candidates, 0 candidates removed.",
        3,
    )


def test_ingest_reextract_lists_the_candidates_it_removed(
    cli: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    cli("ingest", str(folder(tmp_path)))
    monkeypatch.setattr(pipeline, "default_extractor", lambda: drop_delegations)
    lines = cli("ingest", "--reextract").stdout.splitlines()
    assert lines[1:] == [
        "Candidates the extractor no longer finds (removed):",
        "  da-nang.txt: #3 Da Nang delegations_received 2021-2025: 3000 count",
    ]


def test_ingest_reextract_of_an_unknown_source_is_an_error(cli: CliRunner) -> None:
    result = cli("ingest", "--reextract", "--source", "999")
    assert (result.exit_code, result.stderr) == (1, "Error: No source with id 999\n")


def test_ingest_reextract_takes_no_files(cli: CliRunner, tmp_path: Path) -> None:
    result = cli("ingest", "--reextract", str(folder(tmp_path)))
    assert (result.exit_code, result.stderr) == (
        1,
        "Error: --reextract reads the stored documents again; give no files with it\n",
    )


def test_ingest_without_files_says_what_it_needs(cli: CliRunner) -> None:
    result = cli("ingest")
    assert (result.exit_code, result.stderr) == (
        1,
        "Error: Give the files or folders to ingest (or --reextract)\n",
    )


def test_ingest_refuses_zero_workers(cli: CliRunner, tmp_path: Path) -> None:
    result = cli("ingest", "--workers", "0", str(folder(tmp_path)))
    assert result.exit_code == 2
    assert "Invalid value for '--workers' / '-w'" in result.stderr


# --- review ----------------------------------------------------------------------------


def test_review_accepts_rejects_and_skips_from_the_keys_typed(
    cli: CliRunner, db_url: str, tmp_path: Path
) -> None:
    cli("ingest", str(folder(tmp_path)))
    result = cli("review", input="a\nr\nnot a real figure\ns\n")
    assert result.stdout.splitlines()[-1] == "1 accepted, 1 rejected, 1 skipped."
    assert observations(db_url) == [
        (60.0, "accepted", "tester"),
        (120.0, "rejected", None),
        (3000.0, "candidate", None),
    ]


def test_review_shows_the_quote_in_its_sentence(cli: CliRunner, tmp_path: Path) -> None:
    cli("ingest", str(folder(tmp_path)))
    result = cli("review", "--limit", "1", input="s\n")
    assert "Da Nang · partner_localities · 60 count · no period" in result.stdout
    assert "  Da Nang now has ties with 60 localities abroad." in result.stdout


def test_review_edit_accepts_the_corrected_figure(
    cli: CliRunner, db_url: str, tmp_path: Path
) -> None:
    cli("ingest", str(folder(tmp_path)))
    cli("review", "--limit", "1", input="e\n61\n2025\n\n")
    assert observations(db_url)[0] == (61.0, "accepted", "tester")


def test_review_says_so_for_a_bad_edit_and_asks_again(
    cli: CliRunner, db_url: str, tmp_path: Path
) -> None:
    cli("ingest", str(folder(tmp_path)))
    result = cli("review", "--limit", "1", input="e\nsixty\n\n\ns\n")
    assert "Error: 'sixty' is not a number" in result.stdout
    assert observations(db_url)[0] == (60.0, "candidate", None)


def test_review_quits_on_q_and_at_the_end_of_input(cli: CliRunner, tmp_path: Path) -> None:
    cli("ingest", str(folder(tmp_path)))
    assert cli("review", input="q\n").stdout.endswith("? 0 accepted, 0 rejected, 0 skipped.\n")
    assert cli("review", input="").exit_code == 0


def test_review_of_an_empty_queue_says_so(cli: CliRunner) -> None:
    result = cli("review")
    assert result.stdout == "No more candidates to review.\n0 accepted, 0 rejected, 0 skipped.\n"


def test_review_of_an_unknown_place_is_an_error(cli: CliRunner) -> None:
    result = cli("review", "--place", "Atlantis")
    assert (result.exit_code, result.stderr) == (1, "Error: Unknown place 'Atlantis'\n")


# --- watch -----------------------------------------------------------------------------


@pytest.fixture
def feed_url() -> Iterator[str]:
    pages: dict[str, bytes] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = pages.get(self.path)
            self.send_response(200 if body else 404)
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_port}"
    pages["/feed.xml"] = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>News</title>'
        f"<id>{base}/</id><updated>2025-09-02T00:00:00Z</updated><entry><title>A</title>"
        f'<id>tag:a</id><link href="{base}/a"/><updated>2025-09-02T00:00:00Z</updated></entry>'
        "</feed>"
    ).encode()
    pages["/a"] = f"<html><body><article><p>{DA_NANG}</p></article></body></html>".encode()
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"{base}/feed.xml"
    server.shutdown()
    server.server_close()
    thread.join()


def test_watch_once_ingests_a_feed_and_remembers_it(
    cli: CliRunner, db_url: str, feed_url: str
) -> None:
    first = cli("watch", "--once", feed_url)
    second = cli("watch", "--once", feed_url)
    assert (first.stdout, second.stdout, count(db_url, FeedItem)) == (
        f"{feed_url}: 1 new items (1 stored, 0 failed, 3 facts stored), 0 seen before\n",
        f"{feed_url}: 0 new items (0 stored, 0 failed, 0 facts stored), 1 seen before\n",
        1,
    )


def test_watch_shows_what_new_items_bring_for_review(
    cli: CliRunner, feed_url: str, tmp_path: Path
) -> None:
    (tmp_path / "old.txt").write_text(
        "In 2021-2025 Da Nang signed 126 international agreements.\n", "utf-8"
    )
    cli("ingest", str(tmp_path))
    result = cli("watch", "--once", feed_url)
    lines = result.stdout.splitlines()
    assert lines[1] == "  Figures that conflict with stored ones (see `hoinhap review`):"
    assert lines[2].endswith(" Da Nang agreements_signed 2021-2025: 120 count, but #1 says 126")


def test_watch_reports_an_unreachable_feed(cli: CliRunner, feed_url: str) -> None:
    missing = feed_url.replace("feed.xml", "gone.xml")
    result = cli("watch", "--once", missing)
    assert result.stdout.splitlines()[1:] == [
        "  Failed:",
        f"    {missing}: cannot be fetched (HTTP 404 Not Found)",
    ]


def test_ingest_flags_figures_that_conflict_with_stored_ones(
    cli: CliRunner, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text("Da Nang signed 120 international agreements.\n", "utf-8")
    (tmp_path / "b.txt").write_text("Da Nang signed 126 international agreements.\n", "utf-8")
    result = cli("ingest", str(tmp_path))
    assert (
        "Figures that conflict with stored ones (see `hoinhap review`):\n"
        "  #2 Da Nang agreements_signed no period: 126 count, but #1 says 120\n"
    ) in result.stdout
