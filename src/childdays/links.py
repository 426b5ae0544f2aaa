"""What a page or a server needs around a feed: subscribe links and HTTP headers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from urllib.parse import quote, urlsplit

# hashlib (OpenSSL) and email.utils are imported where used: pages and a site build need only
# the links, and those two modules alone would double a bare interpreter's memory.


@dataclass(frozen=True, slots=True)
class SubscribeLinks:
    """The links people use to subscribe to one feed.

    ``address`` is the feed's address in its own scheme (what "copy the address" and a
    download use); ``apple`` is what Apple Calendar subscribes to (``webcal://`` for an https
    feed, the plain ``http://`` address for an http one); ``https`` and ``webcal`` are the
    feed's address in those two schemes.
    """

    https: str
    webcal: str
    google: str
    outlook: str
    address: str = ""
    apple: str = ""


def subscribe_links(feed_url: str) -> SubscribeLinks:
    """The Apple (``webcal://``), Google Calendar and Outlook.com links for ``feed_url``.

    An https (or webcal) address subscribes through ``webcal://`` in Apple Calendar and through
    https elsewhere; an http address stays http everywhere, since its server may not speak
    https.

    >>> subscribe_links("https://example.org/feeds/KH.km.ics").apple
    'webcal://example.org/feeds/KH.km.ics'
    >>> subscribe_links("http://example.org/feeds/KH.km.ics").apple
    'http://example.org/feeds/KH.km.ics'
    """
    parts = urlsplit(feed_url)
    if parts.scheme not in ("http", "https", "webcal") or not parts.netloc:
        raise ValueError(f"feed_url {feed_url!r} is not an absolute http(s) URL")
    rest = feed_url.split("://", 1)[1]
    https = f"https://{rest}"
    webcal = f"webcal://{rest}"
    secure = parts.scheme != "http"
    address = https if secure else f"http://{rest}"
    apple = webcal if secure else address
    return SubscribeLinks(
        https=https,
        webcal=webcal,
        google="https://calendar.google.com/calendar/render?cid=" + quote(apple, safe=""),
        outlook="https://outlook.live.com/calendar/0/addfromweb?url=" + quote(address, safe=""),
        address=address,
        apple=apple,
    )


def etag(content: bytes) -> str:
    """A strong ETag for ``content``: a quoted hash of the bytes."""
    import hashlib

    return '"' + hashlib.sha256(content).hexdigest()[:32] + '"'


def feed_headers(
    content: bytes, *, last_modified: date | None, max_age: int = 3600
) -> dict[str, str]:
    """The HTTP headers a server should send with a feed.

    ``last_modified`` comes from the data (the newest ``updated`` of the records in the feed),
    so it only moves forward when the data does.

    >>> feed_headers(b"BEGIN:VCALENDAR", last_modified=date(2024, 6, 1))["Last-Modified"]
    'Sat, 01 Jun 2024 00:00:00 GMT'
    """
    headers = {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Length": str(len(content)),
        "ETag": etag(content),
        "Cache-Control": f"public, max-age={max_age}",
    }
    if last_modified is not None:
        from email.utils import format_datetime

        moment = datetime(last_modified.year, last_modified.month, last_modified.day, tzinfo=UTC)
        headers["Last-Modified"] = format_datetime(moment, usegmt=True)
    return headers


__all__ = ["SubscribeLinks", "etag", "feed_headers", "subscribe_links"]
