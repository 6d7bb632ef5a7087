import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from hoinhap.db.engine import make_sessionmaker
from hoinhap.db.schema import FeedItem, Observation, Source
from hoinhap.errors import UserError
from hoinhap.intake.feeds import poll_feed, poll_feeds, watch_feeds
from tests.intake.stub_extractor import extract_stub

DOCS = Path(__file__).resolve().parent.parent / "fixtures" / "intake" / "docs"


def page(text: str) -> bytes:
    body = f"<article><p>{text}</p></article>"
    return f"<html><head><title>News</title></head><body>{body}</body></html>".encode()


def rss(*items: str) -> bytes:
    body = "".join(
        f"<item><title>{link}</title><link>{link}</link><guid>{link}</guid>"
        "<pubDate>Tue, 02 Sep 2025 08:00:00 GMT</pubDate></item>"
        for link in items
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>City news</title>'
        f"<link>http://127.0.0.1/</link><description>d</description>{body}</channel></rss>"
    ).encode()


class Site:
    """Pages served on 127.0.0.1 from a dict that a test may change between polls."""

    def __init__(self) -> None:
        self.pages: dict[str, bytes] = {}
        self.requests: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.requests.append(self.path)
                body = site.pages.get(self.path)
                self.send_response(200 if body is not None else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.end_headers()
                self.wfile.write(body or b"not found")

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_port}{path}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


@pytest.fixture
def site() -> Iterator[Site]:
    served = Site()
    yield served
    served.close()


def publish(site: Site) -> str:
    site.pages["/feed.xml"] = rss(site.url("/news/da-nang"), site.url("/news/hai-phong"))
    site.pages["/news/da-nang"] = page("Da Nang signed 120 international agreements.")
    site.pages["/news/hai-phong"] = (DOCS / "city-news.html").read_bytes()
    return site.url("/feed.xml")


def count(engine: Engine, table: type) -> int:
    with make_sessionmaker(engine)() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


def test_a_poll_ingests_every_new_item(engine: Engine, site: Site) -> None:
    report = poll_feed(engine, publish(site), actor="tester", extractor=extract_stub)
    assert [(r.status, r.facts_stored) for r in report.results] == [("stored", 1), ("stored", 3)]


def test_an_item_keeps_its_link_and_the_feeds_date(engine: Engine, site: Site) -> None:
    feed = publish(site)
    poll_feed(engine, feed, actor="tester", extractor=extract_stub)
    with make_sessionmaker(engine)() as session:
        item = session.scalars(select(FeedItem).order_by(FeedItem.id)).first()
        assert item is not None
        source = session.get(Source, item.source_id)
        assert source is not None
        assert (item.link, source.published_on.isoformat() if source.published_on else None) == (
            site.url("/news/da-nang"),
            "2025-09-02",
        )


def test_a_second_poll_fetches_only_new_items(engine: Engine, site: Site) -> None:
    feed = publish(site)
    poll_feed(engine, feed, actor="tester", extractor=extract_stub)
    site.requests.clear()
    site.pages["/feed.xml"] = rss(
        site.url("/news/da-nang"), site.url("/news/hai-phong"), site.url("/news/can-tho")
    )
    site.pages["/news/can-tho"] = page("Can Tho has ties with 20 localities.")
    report = poll_feed(engine, feed, actor="tester", extractor=extract_stub)
    assert (site.requests, report.already_seen, len(report.results)) == (
        ["/feed.xml", "/news/can-tho"],
        2,
        1,
    )


def test_polling_twice_changes_nothing(engine: Engine, site: Site) -> None:
    feed = publish(site)
    poll_feed(engine, feed, actor="tester", extractor=extract_stub)
    before = [count(engine, table) for table in (Source, Observation, FeedItem)]
    poll_feed(engine, feed, actor="tester", extractor=extract_stub)
    assert [count(engine, table) for table in (Source, Observation, FeedItem)] == before


def test_an_item_that_cannot_be_fetched_is_tried_again_next_time(
    engine: Engine, site: Site
) -> None:
    feed = publish(site)
    del site.pages["/news/hai-phong"]
    report = poll_feed(engine, feed, actor="tester", extractor=extract_stub)
    assert report.errors == [
        f"{site.url('/news/hai-phong')}: cannot be fetched (HTTP 404 Not Found)"
    ]
    site.pages["/news/hai-phong"] = (DOCS / "city-news.html").read_bytes()
    again = poll_feed(engine, feed, actor="tester", extractor=extract_stub)
    assert [r.name for r in again.results] == [site.url("/news/hai-phong")]


def test_a_page_without_text_is_stored_failed_and_remembered(engine: Engine, site: Site) -> None:
    feed = publish(site)
    site.pages["/news/da-nang"] = b"<html><body><p> </p></body></html>"
    report = poll_feed(engine, feed, actor="tester", extractor=extract_stub)
    assert [r.error for r in report.results if r.status == "failed"] == [
        f"{site.url('/news/da-nang')}: has no main text that could be found"
    ]
    assert count(engine, FeedItem) == 2


def test_something_that_is_not_a_feed_is_a_clear_error(engine: Engine, site: Site) -> None:
    site.pages["/index.html"] = b"just some words, no feed here"
    with pytest.raises(UserError, match=r"/index.html: is not an RSS or Atom feed"):
        poll_feed(engine, site.url("/index.html"), actor="tester", extractor=extract_stub)


def test_one_unreachable_feed_does_not_stop_the_others(engine: Engine, site: Site) -> None:
    feed = publish(site)
    reports = poll_feeds(
        engine, [site.url("/missing.xml"), feed], actor="tester", extractor=extract_stub
    )
    assert [(len(r.results), len(r.errors)) for r in reports] == [(0, 1), (2, 0)]


def test_watch_polls_the_number_of_times_asked_and_sleeps_between(
    engine: Engine, site: Site
) -> None:
    feed, sleeps, polls = publish(site), [], []
    watch_feeds(
        engine,
        [feed],
        actor="tester",
        interval=60,
        on_poll=polls.append,
        polls=2,
        extractor=extract_stub,
        sleep=sleeps.append,
    )
    assert (len(polls), sleeps) == (2, [60])


def test_only_http_urls_are_fetched(engine: Engine) -> None:
    with pytest.raises(UserError, match=r"^file:///etc/passwd: only http and https URLs"):
        poll_feed(engine, "file:///etc/passwd", actor="tester", extractor=extract_stub)
