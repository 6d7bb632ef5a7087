"""Sources: the documents every row and figure points to."""

from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoinhap.db.schema import Source
from hoinhap.errors import NotFound, UserError


def content_hash(content: str | bytes) -> str:
    """The SHA-256 of a document's content, hex."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    return hashlib.sha256(data).hexdigest()


def source_key(*, url: str | None, title: str, content: str | bytes | None = None) -> str:
    """The stable identity of a source: its content if known, else its URL, else its title."""
    if content is not None:
        return content_hash(content)
    basis = url.strip() if url and url.strip() else f"title:{title.strip()}"
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()


def get_or_create_source(
    session: Session,
    *,
    title: str,
    url: str | None = None,
    content: str | None = None,
    publisher: str | None = None,
    language: str | None = None,
    published_on: dt.date | None = None,
    file_name: str | None = None,
) -> Source:
    """The stored source with the same identity, or a new one."""
    if not title.strip() and not (url and url.strip()):
        raise UserError("A source needs a title or a URL")
    key = source_key(url=url, title=title or url or "", content=content)
    found = session.scalar(select(Source).where(Source.key == key))
    if found is not None:
        return found
    source = Source(
        key=key,
        title=(title or url or "").strip(),
        url=url.strip() if url else None,
        content=content,
        content_hash=content_hash(content) if content is not None else None,
        publisher=publisher,
        language=language,
        published_on=published_on,
        file_name=file_name,
        created_by=str(session.info.get("actor", "unknown")),
    )
    session.add(source)
    session.flush()
    return source


def get_source(session: Session, source_id: int) -> Source:
    source = session.get(Source, source_id)
    if source is None:
        raise NotFound(f"No source with id {source_id}")
    return source
