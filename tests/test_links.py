"""Subscribe links and the HTTP headers that go with a feed."""

from __future__ import annotations

from datetime import date

import pytest

from childdays.links import etag, feed_headers, subscribe_links


def test_subscribe_links():
    links = subscribe_links("https://example.org/feeds/KH.km.ics")
    assert links.https == "https://example.org/feeds/KH.km.ics"
    assert links.webcal == "webcal://example.org/feeds/KH.km.ics"
    assert links.google == (
        "https://calendar.google.com/calendar/render?cid="
        "webcal%3A%2F%2Fexample.org%2Ffeeds%2FKH.km.ics"
    )
    assert links.outlook == (
        "https://outlook.live.com/calendar/0/addfromweb?url="
        "https%3A%2F%2Fexample.org%2Ffeeds%2FKH.km.ics"
    )
    assert subscribe_links("webcal://example.org/a.ics").https == "https://example.org/a.ics"


def test_a_relative_url_is_refused():
    with pytest.raises(ValueError, match="is not an absolute http"):
        subscribe_links("/feeds/KH.ics")


def test_headers():
    content = b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
    headers = feed_headers(content, last_modified=date(2026, 11, 29), max_age=600)
    assert headers == {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Length": str(len(content)),
        "ETag": '"215efae54e34ac5657da47b49c8d1bd8"',
        "Cache-Control": "public, max-age=600",
        "Last-Modified": "Sun, 29 Nov 2026 00:00:00 GMT",
    }


def test_the_etag_is_the_first_half_of_the_sha256_of_the_bytes_quoted():
    content = b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
    assert etag(content) == '"215efae54e34ac5657da47b49c8d1bd8"'
    assert etag(content + b" ") == '"4634a9112be020ab4a4411ba99367a91"'
    assert feed_headers(content, last_modified=None)["ETag"] == etag(content)
