"""Document readers: the text, title and date of a .txt, .html/.htm, .pdf, .docx, .eml or
.mbox file (or of an HTML page fetched from the web).

Bounded work per document: a text or HTML file is read up to its first
`MAX_MARKUP_BYTES` (4 MB: room for the text cap in any script; trafilatura takes about
a second per MB of HTML); a PDF, Word or mail file larger than `MAX_FILE_BYTES` (64 MB)
is refused; at most `MAX_PDF_PAGES` pages of a PDF are read; and a document's text is
cut at `MAX_TEXT_CHARS` (1,000,000 characters, some 400 pages), with `truncated` set. The
text is kept as written (right-to-left marks, joiners and all), so that quotes found in
it are exact substrings; only line ends are unified and NUL characters dropped.

Anything unreadable raises `ReadError` with one line: "report.pdf: is not a readable
PDF (...)".
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import logging
import mailbox
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

from hoinhap.errors import UserError
from hoinhap.registry.sources import content_hash

MAX_MARKUP_BYTES = 4 * 1024 * 1024
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_TEXT_CHARS = 1_000_000
MAX_PDF_PAGES = 1_000
MAX_TITLE_CHARS = 200
_BINARY_CONTROL_SHARE = 0.005
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")


class ReadError(UserError):
    """A document that cannot be read; the message names the file and the reason."""


@dataclass(frozen=True)
class ReadDocument:
    """The text of one document and what its file says about it."""

    doc: str  # the file name without its extension ("-N" added per message of an mbox)
    text: str
    title: str
    published: dt.date | None
    url: str | None
    file_name: str | None
    content_hash: str
    truncated: bool = False


@dataclass(frozen=True)
class Parsed:
    """What a format parser found, before the caps and checks every document goes through."""

    text: str
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    truncated: bool = False


# --- Plain text ------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _decode(data: bytes, encoding: str, *, final: bool) -> str:
    """Decode `data`; when it was cut (`final` False) an incomplete last character is dropped."""
    return codecs.getincrementaldecoder(encoding)("strict").decode(data, final=final)


def _guess_encoding(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError as exc:
        raise ReadError(
            "is not UTF-8 or UTF-16, and charset-normalizer is not installed to tell its encoding"
        ) from exc
    best = from_bytes(data[: 1024 * 1024]).best()
    return best.encoding if best is not None else None


def decode_text(data: bytes, *, complete: bool = True) -> str:
    """The text of `data`: a UTF-8/16/32 byte-order mark decides, else UTF-8, else a guess."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked_text(data, encoding, complete)
    try:
        return _checked_text(data, "utf-8", complete)
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        raise ReadError("looks like a binary file, not text")
    guessed = _guess_encoding(data)
    if guessed is None:
        raise ReadError("looks like a binary file, not text (no text encoding fits it)")
    try:
        return _checked_text(data, guessed, complete)
    except (UnicodeDecodeError, LookupError) as exc:
        raise ReadError(f"cannot be decoded as {guessed}") from exc


def _checked_text(data: bytes, encoding: str, complete: bool) -> str:
    return check_not_binary(_decode(data, encoding, final=complete))


def check_not_binary(text: str) -> str:
    """`text` itself, unless NULs or many control characters show it was binary."""
    sample = text[:100_000]
    controls = sum(1 for c in sample if c < " " and c not in _TEXT_CONTROLS)
    if "\x00" in sample or controls > _BINARY_CONTROL_SHARE * max(len(sample), 1):
        raise ReadError("looks like a binary file, not text")
    return text


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            stripped = line.strip()
            return stripped if len(stripped) <= MAX_TITLE_CHARS else None
    return None


def parse_txt(data: bytes, *, complete: bool = True) -> Parsed:
    text = decode_text(data, complete=complete)
    return Parsed(text, title=_first_line(text), truncated=not complete)


# --- HTML ------------------------------------------------------------------------------


@contextmanager
def _quiet(logger_name: str) -> Iterator[None]:
    """Silence a library's log messages (pypdf logs every repair it makes) and warnings."""
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _iso_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def parse_html(data: bytes | str, *, url: str | None = None, complete: bool = True) -> Parsed:
    """The main text of a page (navigation, boilerplate and comments dropped) and its
    title, date and canonical URL from the page's metadata."""
    import trafilatura
    from trafilatura.settings import Document

    if isinstance(data, bytes) and not complete:
        data = _decode(data, "utf-8", final=False) if _is_utf8(data) else data
    with _quiet("trafilatura"):
        found = trafilatura.bare_extraction(
            data,
            url=url,
            include_comments=False,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    if not isinstance(found, Document) or not (found.text or "").strip():
        raise ReadError("has no main text that could be found")
    return Parsed(
        found.text or "",
        title=found.title,
        published=_iso_date(found.date),
        url=found.url or url,
        truncated=not complete,
    )


def _is_utf8(data: bytes) -> bool:
    try:
        _decode(data, "utf-8", final=False)
    except UnicodeDecodeError:
        return False
    return True


# --- PDF and Word ----------------------------------------------------------------------


def _pdf_date(value: object) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else None


def parse_pdf(data: bytes) -> Parsed:
    from pypdf import PdfReader

    try:
        with _quiet("pypdf"):
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                raise ReadError("is an encrypted PDF")
            texts, size = [], 0
            for page in reader.pages[:MAX_PDF_PAGES]:
                texts.append(page.extract_text() or "")
                size += len(texts[-1])
                if size > MAX_TEXT_CHARS:
                    break
            meta = reader.metadata
            title = meta.title if meta else None
            published = _pdf_date(meta.creation_date) if meta else None
    except ReadError:
        raise
    except Exception as exc:  # pypdf raises many kinds of error on a damaged file
        raise ReadError(f"is not a readable PDF ({_reason(exc)})") from exc
    if not "".join(texts).strip():
        raise ReadError("has no text layer (a scanned PDF needs OCR first)")
    return Parsed("\n\n".join(texts), title=title, published=published)


def parse_docx(data: bytes) -> Parsed:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        lines = [p.text for p in document.paragraphs]
        for table in document.tables:
            lines.extend(" | ".join(cell.text for cell in row.cells) for row in table.rows)
        props = document.core_properties
        title, created = props.title, props.created
    except Exception as exc:  # a damaged zip or XML part
        raise ReadError(f"is not a readable Word document ({_reason(exc)})") from exc
    published = created.date() if isinstance(created, dt.datetime) else None
    return Parsed("\n".join(lines), title=title or None, published=published)


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


# --- Mail ------------------------------------------------------------------------------


def parse_message(message: EmailMessage) -> Parsed:
    """Subject, date and the text/plain (else text/html) part of a mail message."""
    subject = str(message.get("subject", "") or "").strip() or None
    published = _mail_date(message)
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        raise ReadError("has no text part")
    try:
        content = body.get_content()
    except (LookupError, ValueError) as exc:
        raise ReadError(f"has a text part that cannot be decoded ({_reason(exc)})") from exc
    if body.get_content_type() == "text/html":
        page = parse_html(str(content))
        return Parsed(page.text, title=subject or page.title, published=published)
    return Parsed(check_not_binary(str(content)), title=subject, published=published)


def _mail_date(message: EmailMessage) -> dt.date | None:
    try:
        header = message.get("date")
        moment = getattr(header, "datetime", None)
    except (TypeError, ValueError):
        return None
    return moment.date() if isinstance(moment, dt.datetime) else None


def parse_eml(data: bytes) -> Parsed:
    message = message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return parse_message(message)


def read_mbox(path: Path) -> list[ReadDocument]:
    """One document per message with text; messages without any are left out."""
    documents: list[ReadDocument] = []
    box = mailbox.mbox(path, create=False)
    try:
        for number, raw in enumerate(box, start=1):
            try:
                parsed = parse_eml(raw.as_bytes())
                documents.append(finish(parsed, doc=f"{path.stem}-{number}", file_name=path.name))
            except ReadError:
                continue
    finally:
        box.close()
    if not documents:
        raise ReadError("has no message with text")
    return documents


# --- Files -----------------------------------------------------------------------------


def finish(
    parsed: Parsed, *, doc: str, file_name: str | None, url: str | None = None
) -> ReadDocument:
    """The document, its text capped and checked, identified by the hash of its text."""
    text = parsed.text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    truncated = parsed.truncated or len(text) > MAX_TEXT_CHARS
    text = text[:MAX_TEXT_CHARS]
    if not any(char.isalnum() for char in text):
        raise ReadError("has no text")
    title = (parsed.title or "").strip()[:MAX_TITLE_CHARS] or file_name or url or doc
    return ReadDocument(
        doc=doc,
        text=text,
        title=title,
        published=parsed.published,
        url=parsed.url or url,
        file_name=file_name,
        content_hash=content_hash(text),
        truncated=truncated,
    )


def _read_bytes(path: Path, limit: int, *, may_cut: bool) -> tuple[bytes, bool]:
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) <= limit:
        return data, True
    if not may_cut:
        raise ReadError(f"is larger than {limit // (1024 * 1024)} MB")
    return data[:limit], False


def _read_markup(path: Path, parse: Callable[..., Parsed]) -> Parsed:
    data, complete = _read_bytes(path, MAX_MARKUP_BYTES, may_cut=True)
    if not data.strip():
        raise ReadError("is empty")
    return parse(data, complete=complete)


def _read_whole(path: Path, parse: Callable[[bytes], Parsed]) -> Parsed:
    data, _ = _read_bytes(path, MAX_FILE_BYTES, may_cut=False)
    if not data.strip():
        raise ReadError("is empty")
    return parse(data)


PARSERS: dict[str, Callable[[Path], Parsed]] = {
    ".txt": lambda path: _read_markup(path, parse_txt),
    ".text": lambda path: _read_markup(path, parse_txt),
    ".html": lambda path: _read_markup(path, parse_html),
    ".htm": lambda path: _read_markup(path, parse_html),
    ".pdf": lambda path: _read_whole(path, parse_pdf),
    ".docx": lambda path: _read_whole(path, parse_docx),
    ".eml": lambda path: _read_whole(path, parse_eml),
}
SUPPORTED_SUFFIXES = (*PARSERS, ".mbox")


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def read_file(path: Path) -> list[ReadDocument]:
    """The documents in a file: one, or one per message of an mbox. Raises ReadError."""
    suffix = path.suffix.lower()
    if not is_supported(path):
        known = ", ".join(SUPPORTED_SUFFIXES)
        raise ReadError(f"{path.name}: {suffix or 'no extension'} is not supported (use {known})")
    try:
        if suffix == ".mbox":
            return read_mbox(path)
        return [finish(PARSERS[suffix](path), doc=path.stem, file_name=path.name)]
    except ReadError as exc:
        raise ReadError(f"{path.name}: {exc}") from exc
    except OSError as exc:
        raise ReadError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc


def read_page(data: bytes, *, url: str, doc: str, published: dt.date | None = None) -> ReadDocument:
    """A web page fetched from `url`; a date the feed gave wins over the page's own."""
    complete = len(data) <= MAX_MARKUP_BYTES
    try:
        parsed = parse_html(data[:MAX_MARKUP_BYTES], url=url, complete=complete)
        document = finish(parsed, doc=doc, file_name=None, url=url)
    except ReadError as exc:
        raise ReadError(f"{url}: {exc}") from exc
    return replace(document, published=published) if published else document
