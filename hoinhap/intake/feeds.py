"""Watch RSS/Atom feeds: fetch each new item's page, ingest it, remember the item.

An item is known by its feed's URL and its id (else its link); the `feed_item` table
remembers every item taken in, with the Source it became, so each is fetched once. An
item whose page cannot be fetched is not remembered and is tried again at the next poll;
a page fetched but unreadable is stored as a failed Source and remembered.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urljoin, urlparse

import feedparser
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from hoinhap import __version__
from hoinhap.db.engine import transaction
from hoinhap.db.schema import FeedItem
from hoinhap.errors import UserError
from hoinhap.intake import pipeline
from hoinhap.intake.pipeline import Extractor, Processed, extract_read
from hoinhap.intake.readers import MAX_MARKUP_BYTES, ReadError, read_page
from hoinhap.intake.store import DocumentResult, store_processed

FETCH_TIMEOUT = 30.0
Fetch = Callable[[str], bytes]


def fetch_url(url: str, *, timeout: float = FETCH_TIMEOUT) -> bytes:
    """The body of an http(s) URL, at most MAX_MARKUP_BYTES; UserError on any failure."""
    if urlparse(url).scheme not in ("http", "https"):
        raise UserError(f"{url}: only http and https URLs can be fetched")
    request = urllib.request.Request(url, headers={"User-Agent": f"hoinhap/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data: bytes = response.read(MAX_MARKUP_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise UserError(f"{url}: cannot be fetched (HTTP {exc.code} {exc.reason})") from exc
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise UserError(f"{url}: cannot be fetched ({reason})") from exc
    return data


@dataclass
class FeedReport:
    """What one poll of one feed did."""

    feed_url: str
    results: list[DocumentResult] = field(default_factory=list)
    already_seen: int = 0
    errors: list[str] = field(default_factory=list)


def item_key(feed_url: str, item_id: str) -> str:
    return hashlib.sha256(f"{feed_url}\n{item_id}".encode()).hexdigest()


def is_seen(session: Session, key: str) -> bool:
    return session.scalar(select(FeedItem.id).where(FeedItem.key == key)) is not None


def parse_feed(feed_url: str, data: bytes) -> list[Any]:
    """The entries of an RSS or Atom document."""
    parsed = feedparser.parse(data)
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        reason = parsed.get("bozo_exception") or "no items"
        raise UserError(f"{feed_url}: is not an RSS or Atom feed ({reason})")
    return list(parsed.entries)


def _entry_date(entry: Any) -> dt.date | None:
    moment = entry.get("published_parsed") or entry.get("updated_parsed")
    return dt.date(*moment[:3]) if moment else None


def _doc_name(link: str | None, item_id: str) -> str:
    path = PurePosixPath(urlparse(link or "").path)
    return path.stem or hashlib.sha256(item_id.encode()).hexdigest()[:12]


def _entry_text(entry: Any) -> bytes:
    content = entry.get("content") or []
    value = content[0].get("value") if content else entry.get("summary")
    return str(value or "").encode("utf-8")


def entry_link(feed_url: str, entry: Any) -> str | None:
    return urljoin(feed_url, entry["link"]) if entry.get("link") else None


def read_entry(
    feed_url: str, entry: Any, item_id: str, fetch: Fetch, extractor: Extractor
) -> Processed:
    """Fetch an item's page (or, without a link, take the feed's own text), read, extract."""
    link = entry_link(feed_url, entry)
    name = link or item_id
    data = fetch(link) if link else _entry_text(entry)  # a failed fetch raises UserError
    try:
        document = read_page(
            data, url=link or feed_url, doc=_doc_name(link, item_id), published=_entry_date(entry)
        )
    except ReadError as exc:
        return Processed(name, link or f"{feed_url}#{item_id}", error=str(exc))
    return extract_read(document, extractor, name=name)


def poll_feed(
    engine: Engine,
    feed_url: str,
    *,
    actor: str,
    extractor: Extractor | None = None,
    fetch: Fetch = fetch_url,
) -> FeedReport:
    """Take in the feed's items not seen before; each in its own transaction."""
    report = FeedReport(feed_url)
    chosen = extractor or pipeline.default_extractor()
    for entry in parse_feed(feed_url, fetch(feed_url)):
        item_id = str(entry.get("id") or entry.get("link") or entry.get("title") or "")
        if not item_id:
            report.errors.append(f"{feed_url}: an item has no id, link or title")
            continue
        key = item_key(feed_url, item_id)
        with transaction(engine, actor) as session:
            if is_seen(session, key):
                report.already_seen += 1
                continue
        try:
            processed = read_entry(feed_url, entry, item_id, fetch, chosen)
        except UserError as exc:
            report.errors.append(str(exc))
            continue
        with transaction(engine, actor) as session:
            result = store_processed(session, processed)
            session.add(
                FeedItem(
                    key=key,
                    feed_url=feed_url,
                    item_id=item_id,
                    link=entry_link(feed_url, entry),
                    source_id=result.source_id,
                )
            )
        report.results.append(result)
    return report


def poll_feeds(
    engine: Engine,
    feed_urls: Iterable[str],
    *,
    actor: str,
    extractor: Extractor | None = None,
    fetch: Fetch = fetch_url,
) -> list[FeedReport]:
    """One poll of each feed; a feed that cannot be fetched or parsed is reported, not fatal."""
    reports = []
    for url in feed_urls:
        try:
            reports.append(poll_feed(engine, url, actor=actor, extractor=extractor, fetch=fetch))
        except UserError as exc:
            reports.append(FeedReport(url, errors=[str(exc)]))
    return reports


def watch_feeds(
    engine: Engine,
    feed_urls: list[str],
    *,
    actor: str,
    interval: float,
    on_poll: Callable[[list[FeedReport]], None],
    polls: int | None = None,
    extractor: Extractor | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """Poll every `interval` seconds, `polls` times (None: until interrupted)."""
    if interval <= 0:
        raise UserError(f"--interval must be positive, not {interval:g}")
    count = 0
    while polls is None or count < polls:
        if count:
            sleep(interval)
        on_poll(poll_feeds(engine, feed_urls, actor=actor, extractor=extractor))
        count += 1
