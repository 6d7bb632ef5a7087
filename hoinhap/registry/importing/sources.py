"""The source columns every row carries: source_url, source_title, publisher, date, language."""

from __future__ import annotations

from hoinhap.registry.importing.cells import Cells
from hoinhap.registry.importing.spec import SOURCE_COLUMNS, SourceRef
from hoinhap.registry.sources import source_key


def read_source(cells: Cells) -> SourceRef | None:
    """The row's source; a problem on source_url when it names none."""
    raw = tuple(cells.raw(c) for c in SOURCE_COLUMNS)
    cached = cells.lookups.sources.get(raw)
    if isinstance(cached, SourceRef):
        return cached
    url = cells.text("source_url")
    title = cells.text("source_title")
    if not url and not title:
        cells.fail("source_url", "every row needs a source_url or a source_title")
        return None
    language = cells.text("source_language")
    if language and len(language) > 8:
        cells.fail("source_language", f"{language!r} is not a language code (e.g. vi, en)")
    published_on = cells.date("source_published_on")
    ref = SourceRef(
        key=source_identity(cells),
        title=title or url or "",
        url=url,
        publisher=cells.text("source_publisher"),
        published_on=published_on,
        language=language.lower() if language else None,
    )
    if not cells.problems:
        cells.lookups.sources[raw] = ref
    return ref


def source_identity(cells: Cells) -> str:
    """The key of the row's source: rows naming the same URL name the same source."""
    url = cells.text("source_url")
    return source_key(url=url, title=cells.text("source_title") or url or "")
