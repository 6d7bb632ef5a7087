import datetime as dt
import time
import zipfile
from pathlib import Path

import pytest

from hoinhap.intake.readers import MAX_TEXT_CHARS, ReadError, read_file, read_page

DOCS = Path(__file__).resolve().parent.parent / "fixtures" / "intake" / "docs"


def read_one(path: Path):
    [document] = read_file(path)
    return document


def failure(path: Path) -> str:
    with pytest.raises(ReadError) as caught:
        read_file(path)
    return str(caught.value)


# --- text ------------------------------------------------------------------------------


def test_a_utf8_text_is_read_with_its_first_line_as_title() -> None:
    document = read_one(DOCS / "da-nang-vi.txt")
    assert document.title == "Đà Nẵng mở rộng quan hệ đối ngoại"
    assert "60 địa phương thuộc 24 quốc gia" in document.text
    assert document.doc == "da-nang-vi"


def test_a_utf16_text_with_a_byte_order_mark_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes("Cần Thơ đón 48 đoàn khách".encode("utf-16"))
    assert read_one(path).text == "Cần Thơ đón 48 đoàn khách"


def test_a_legacy_encoding_is_guessed(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    text = "La ville a signé des accords de coopération avec des régions françaises. " * 5
    path.write_bytes(text.encode("cp1252"))
    assert read_one(path).text == text


def test_line_ends_are_unified(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"first line\r\nsecond line\r\n")
    assert read_one(path).text == "first line\nsecond line\n"


def test_right_to_left_marks_joiners_and_mixed_scripts_are_kept_as_written(
    tmp_path: Path,
) -> None:
    text = "\u200fدانانگ\u200c ها با ۶۰ شهر\u200d — Đà Nẵng 岘港 다낭 Дананг ดานัง\n"
    path = tmp_path / "mixed.txt"
    path.write_text(text, "utf-8")
    assert read_one(path).text == text


def test_an_empty_file_is_a_clear_failure() -> None:
    assert failure(DOCS / "empty.txt") == "empty.txt: is empty"


def test_a_file_of_blanks_has_no_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(" \n\u200b\n \n", "utf-8")
    assert failure(path) == "blank.txt: has no text"


def test_a_binary_file_is_not_taken_for_text() -> None:
    assert failure(DOCS / "binary.txt") == "binary.txt: looks like a binary file, not text"


def test_an_unsupported_file_type_says_what_is_supported() -> None:
    assert failure(DOCS / "photo.bin") == (
        "photo.bin: .bin is not supported (use .txt, .text, .html, .htm, .pdf, .docx, .eml, .mbox)"
    )


def test_a_20_mb_text_is_cut_at_the_cap_in_bounded_time(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Da Nang received 3,000 delegations. " * 600_000)  # 21.6 MB
    started = time.perf_counter()
    document = read_one(path)
    assert (len(document.text), document.truncated) == (MAX_TEXT_CHARS, True)
    assert time.perf_counter() - started < 5


def test_the_same_text_in_two_files_has_one_hash(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Hai Phong signed 62 agreements.", "utf-8")
    (tmp_path / "b.txt").write_text("Hai Phong signed 62 agreements.", "utf-8")
    assert read_one(tmp_path / "a.txt").content_hash == read_one(tmp_path / "b.txt").content_hash


# --- HTML ------------------------------------------------------------------------------


def test_html_keeps_the_article_and_drops_navigation_comments_and_footer() -> None:
    text = read_one(DOCS / "city-news.html").text
    assert "45 localities in 18 countries" in text
    dropped = ("Politics section", "Subscribe", "hometown", "Copyright")
    assert [s for s in dropped if s in text] == []


def test_html_metadata_gives_title_date_and_canonical_url() -> None:
    document = read_one(DOCS / "city-news.html")
    assert (document.title, document.published, document.url) == (
        "Hai Phong widens its circle of partners",
        dt.date(2025, 9, 2),
        "https://news.example.org/hai-phong-partners",
    )


def test_a_page_without_any_text_is_a_clear_failure(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title>Soon</title></head><body><p> </p></body></html>", "utf-8")
    assert failure(path) == "blank.html: has no main text that could be found"


def test_a_fetched_page_takes_the_date_the_feed_gave() -> None:
    data = (DOCS / "city-news.html").read_bytes()
    document = read_page(data, url="http://x.test/a", doc="a", published=dt.date(2025, 9, 3))
    assert (document.published, document.file_name) == (dt.date(2025, 9, 3), None)


# --- PDF and Word ----------------------------------------------------------------------


def test_a_pdf_is_read_with_its_title(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title("Annual foreign affairs report")
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.multi_cell(0, 8, "Can Tho received 48 foreign delegations in 2024.")
    pdf.output(str(tmp_path / "report.pdf"))
    document = read_one(tmp_path / "report.pdf")
    assert "Can Tho received 48 foreign delegations in 2024." in document.text
    assert document.title == "Annual foreign affairs report"


def test_a_broken_pdf_is_a_clear_failure() -> None:
    assert failure(DOCS / "broken.pdf").startswith("broken.pdf: is not a readable PDF (")


def test_a_docx_is_read_with_its_paragraphs_tables_and_title(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = "Delegations 2025"
    document.add_paragraph("Hai Phong welcomed 62 international delegations.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Japan", "14"
    document.save(str(tmp_path / "delegations.docx"))
    read = read_one(tmp_path / "delegations.docx")
    assert read.text == "Hai Phong welcomed 62 international delegations.\nJapan | 14"
    assert read.title == "Delegations 2025"


def test_a_broken_docx_is_a_clear_failure(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "broken.docx", "w") as archive:
        archive.writestr("hello.txt", "not a Word document")
    assert failure(tmp_path / "broken.docx").startswith(
        "broken.docx: is not a readable Word document ("
    )


# --- Mail ------------------------------------------------------------------------------


def test_a_mail_gives_subject_date_and_its_plain_text_part() -> None:
    document = read_one(DOCS / "delegation-note.eml")
    assert (document.title, document.published) == (
        "Can Tho receives Japanese business delegation",
        dt.date(2025, 10, 13),
    )
    assert document.text.startswith("Can Tho welcomed a delegation of 35 Japanese companies")
    assert "In the first nine months" in document.text


def test_a_mail_with_html_only_is_read_from_its_html(tmp_path: Path) -> None:
    path = tmp_path / "html.eml"
    path.write_text(
        "Subject: Visit\nContent-Type: text/html; charset=utf-8\n\n"
        "<html><body><p>Da Nang hosted 12 foreign delegations this spring.</p></body></html>\n",
        "utf-8",
    )
    assert read_one(path).text == "Da Nang hosted 12 foreign delegations this spring."


def test_an_mbox_gives_one_document_per_message(tmp_path: Path) -> None:
    path = tmp_path / "inbox.mbox"
    path.write_text(
        "From a@example.org Mon Oct 13 10:00:00 2025\nSubject: One\n\nFirst message text.\n\n"
        "From b@example.org Tue Oct 14 10:00:00 2025\nSubject: Two\n\nSecond message text.\n",
        "utf-8",
    )
    documents = read_file(path)
    assert [(d.doc, d.title, d.text.strip()) for d in documents] == [
        ("inbox-1", "One", "First message text."),
        ("inbox-2", "Two", "Second message text."),
    ]


def test_a_binary_file_named_as_a_mail_is_not_taken_for_text(tmp_path: Path) -> None:
    path = tmp_path / "junk.eml"
    path.write_bytes((DOCS / "binary.txt").read_bytes())
    assert failure(path) == "junk.eml: looks like a binary file, not text"
