"""A WSGI app (standard library only) that serves feeds and JSON with correct HTTP caching.

Mount it in any WSGI server or CMS::

    from childdays.web import make_app
    application = make_app()

Routes: the pages of the static site (``/``, ``/{lang}/``, ``/{lang}/{country}/``,
``/{lang}/days/{id}/``, ``/style.css``; see :mod:`childdays.pages`), ``/feeds/{name}.ics`` and
``/feeds/{name}.{lang}.ics`` (``name`` = ``world``, a country code, a region id or a tag),
``/observances.json``, ``/occurrences.json?from=&to=&country=&tag=&lang=``. Responses carry a
strong ETag (a hash of the bytes), Last-Modified from the data, Cache-Control, and answer
``If-None-Match``/``If-Modified-Since`` with 304 and ``HEAD`` without a body.

Resources stay bounded: a response is built once per distinct request and kept in a
least-recently-used cache of at most ``cache_entries`` responses and ``cache_bytes`` bytes (the
cache is looked up before any work, and is thread-safe); ``/occurrences.json`` answers at most
``max_years`` years. The index's links come from the configured ``base_url``, never from the
request's ``Host`` header (that would let one client poison a shared cache); without a base URL
they are relative. A bad query or header gets a 400 or is ignored, never a 500.
"""

from __future__ import annotations

import difflib
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import parse_qs

from childdays.errors import show_value
from childdays.export import observances_document, occurrences_document, to_json
from childdays.feeds import default_window, parse_feed_path
from childdays.i18n import LANGUAGES
from childdays.ical import feed as build_feed
from childdays.links import feed_headers
from childdays.observances import Catalog
from childdays.pages import SiteLayout, render_path

StartResponse = Callable[..., Any]

#: The most years one ``/occurrences.json`` request may cover.
MAX_REQUEST_YEARS = 20
#: The default bounds of the response cache.
CACHE_ENTRIES = 256
CACHE_BYTES = 64_000_000
#: The most query parameters a request may carry.
MAX_QUERY_FIELDS = 20


@dataclass(frozen=True, slots=True)
class Response:
    """A ready response: status, body and headers."""

    status: str
    body: bytes
    headers: tuple[tuple[str, str], ...]
    etag: str | None = None
    last_modified: date | None = None
    #: The 304 answer to a client that holds this response (made once, with the response).
    not_modified: Response | None = None


def _plain(status: str, message: str, extra: tuple[tuple[str, str], ...] = ()) -> Response:
    body = (message + "\n").encode("utf-8")
    return Response(
        status,
        body,
        (
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Length", str(len(body))),
            *extra,
        ),
    )


def _cached(
    content: bytes, content_type: str, last_modified: date | None, max_age: int
) -> Response:
    headers = feed_headers(content, last_modified=last_modified, max_age=max_age)
    headers["Content-Type"] = content_type
    kept = tuple(
        sorted(
            (k, v) for k, v in headers.items() if k in ("ETag", "Last-Modified", "Cache-Control")
        )
    )
    return Response(
        "200 OK",
        content,
        tuple(sorted(headers.items())),
        etag=headers["ETag"],
        last_modified=last_modified,
        not_modified=Response("304 Not Modified", b"", kept),
    )


def _not_modified(environ: dict[str, Any], response: Response) -> bool:
    """Whether the client's copy is current; a malformed header is ignored."""
    if response.etag is None:
        return False
    wanted = environ.get("HTTP_IF_NONE_MATCH")
    if wanted is not None:
        tags = {t.strip().removeprefix("W/") for t in str(wanted).split(",")}
        return "*" in tags or response.etag in tags
    since = environ.get("HTTP_IF_MODIFIED_SINCE")
    if since and response.last_modified is not None:
        try:
            moment = parsedate_to_datetime(str(since))
        except (TypeError, ValueError, IndexError, OverflowError):
            return False
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        modified = datetime(
            response.last_modified.year,
            response.last_modified.month,
            response.last_modified.day,
            tzinfo=UTC,
        )
        return modified <= moment
    return False


class ResponseCache:
    """A thread-safe least-recently-used cache of responses, bounded in entries and bytes.

    >>> cache = ResponseCache(entries=1, max_bytes=100)
    >>> cache.get_or_make(("a",), lambda: _plain("200 OK", "a")).status
    '200 OK'
    >>> _ = cache.get_or_make(("b",), lambda: _plain("200 OK", "b"))
    >>> len(cache), ("a",) in cache
    (1, False)
    """

    def __init__(self, *, entries: int, max_bytes: int) -> None:
        self._entries = entries
        self._max_bytes = max_bytes
        self._bytes = 0
        self._items: OrderedDict[tuple[object, ...], Response] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: object) -> bool:
        return key in self._items

    @property
    def size(self) -> int:
        """The bytes of the bodies held."""
        return self._bytes

    def get(self, key: tuple[object, ...]) -> Response | None:
        """The cached response for ``key`` (now the most recently used), or None."""
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def get_or_make(self, key: tuple[object, ...], make: Callable[[], Response]) -> Response:
        """The cached response for ``key``, or ``make()``'s, kept if it fits."""
        found = self.get(key)
        if found is not None:
            return found
        made = make()
        size = len(made.body)
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                return found
            if size > self._max_bytes or self._entries < 1:
                return made
            self._items[key] = made
            self._bytes += size
            while len(self._items) > self._entries or self._bytes > self._max_bytes:
                _, dropped = self._items.popitem(last=False)
                self._bytes -= len(dropped.body)
            return made


def _unknown(what: str, value: str, known: Iterable[str]) -> Response:
    candidates = sorted(set(known))
    close = difflib.get_close_matches(value, candidates, n=3)
    if not close and value.isascii():
        other_case = value.upper() if value.islower() else value.lower()
        close = difflib.get_close_matches(other_case, candidates, n=3)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    return _plain("400 Bad Request", f"unknown {what} {show_value(value)}{hint}")


class FeedApp:
    """The WSGI application; build it with :func:`make_app`."""

    def __init__(
        self,
        catalog: Catalog,
        *,
        years: tuple[int, int] | None,
        max_age: int,
        today: Callable[[], date],
        base_url: str | None = None,
        lang: str = "en",
        max_years: int = MAX_REQUEST_YEARS,
        cache_entries: int = CACHE_ENTRIES,
        cache_bytes: int = CACHE_BYTES,
    ) -> None:
        self._catalog = catalog
        self._lang = lang
        self._years = years
        self._max_age = max_age
        self._today = today
        self._base_url = base_url
        self._max_years = max_years
        self.cache = ResponseCache(entries=cache_entries, max_bytes=cache_bytes)
        self._tags = frozenset(t for o in catalog for t in o.tags)
        self._countries = frozenset(catalog.countries())

    def _window(self) -> tuple[int, int]:
        if self._years is not None:
            return self._years
        return default_window(self._today().year)

    def _feed(self, name: str, lang: str) -> Response:
        first, last = self._window()
        key = ("feed", name, lang, first, last)
        found = self.cache.get(key)
        if found is not None:
            return found
        try:
            selected = self._catalog.select(name)
        except KeyError:
            return _plain("404 Not Found", f"no feed named {show_value(name)}")
        if lang not in LANGUAGES:
            return _plain("404 Not Found", f"no feed language {show_value(lang)}")

        def make() -> Response:
            content = build_feed(selected, first_year=first, last_year=last, lang=lang)
            return _cached(
                content, "text/calendar; charset=utf-8", selected.last_updated(), self._max_age
            )

        return self.cache.get_or_make(key, make)

    def _page(self, path: str) -> Response | None:
        # Links come from the configured base URL or are relative: never from the Host header.
        first, last = self._window()
        today = self._today()
        key = ("page", path, today, first, last)
        cached = self.cache.get(key)
        if cached is not None:
            return cached
        layout = SiteLayout(
            default_lang=self._lang, base_url=self._base_url, first_year=first, last_year=last
        )
        # Unknown paths are not cached, so requests for made-up pages cannot fill the memory.
        found = render_path(self._catalog, path, today=today, layout=layout)
        if found is None:
            return None
        content_type, text = found
        response = _cached(
            text.encode("utf-8"), content_type, self._catalog.last_updated(), self._max_age
        )
        return self.cache.get_or_make(key, lambda: response)

    def _observances(self, query: dict[str, list[str]]) -> Response:
        lang = query.get("lang", ["en"])[0]
        if lang not in LANGUAGES:
            return _unknown("lang", lang, LANGUAGES)

        def make() -> Response:
            document = observances_document(self._catalog, lang=lang)
            return _cached(
                to_json(document),
                "application/json",
                self._catalog.last_updated(),
                self._max_age,
            )

        return self.cache.get_or_make(("observances", lang), make)

    def _occurrences(self, query: dict[str, list[str]]) -> Response:
        year = self._today().year
        try:
            start = date.fromisoformat(query.get("from", [f"{year}-01-01"])[0])
            end = date.fromisoformat(query.get("to", [f"{year}-12-31"])[0])
        except ValueError:
            return _plain("400 Bad Request", "from and to must be dates such as 2024-06-01")
        if end < start or end.year - start.year >= self._max_years:
            return _plain("400 Bad Request", f"to must follow from, within {self._max_years} years")
        lang = query.get("lang", ["en"])[0]
        if lang not in LANGUAGES:
            return _unknown("lang", lang, LANGUAGES)
        country = query.get("country", [None])[0]
        if country is not None:
            if not re.fullmatch(r"[A-Za-z]{2}", country, flags=re.ASCII) or (
                country.upper() not in self._countries
            ):
                return _unknown("country", country, self._countries)
            country = country.upper()
        tags = tuple(sorted(set(query.get("tag", ()))))
        for tag in tags:
            if tag not in self._tags:
                return _unknown("tag", tag, self._tags)
        key = ("occurrences", start, end, lang, country, tags)

        def make() -> Response:
            cat = self._catalog
            if country is not None:
                cat = cat.for_country(country)
            if tags:
                cat = cat.filter(tags=tags)
            document = occurrences_document(cat.occurrences(start, end), lang=lang)
            return _cached(to_json(document), "application/json", cat.last_updated(), self._max_age)

        return self.cache.get_or_make(key, make)

    def _route(self, path: str, query_string: str) -> Response:
        try:
            query = (
                parse_qs(
                    query_string,
                    keep_blank_values=False,
                    max_num_fields=MAX_QUERY_FIELDS,
                    errors="strict",
                )
                if query_string
                else {}
            )
        except (ValueError, UnicodeDecodeError):
            return _plain("400 Bad Request", "the query string is malformed or too long")
        if path == "/observances.json":
            return self._observances(query)
        if path == "/occurrences.json":
            return self._occurrences(query)
        found = parse_feed_path(path.removeprefix("/"))
        if found is not None:
            return self._feed(*found)
        if path.endswith(("/", ".html", ".css")) and (page := self._page(path)) is not None:
            return page
        return _plain("404 Not Found", f"nothing at {show_value(path)}")

    def respond(self, environ: dict[str, Any]) -> Response:
        """The response to one request (without writing it)."""
        method = environ.get("REQUEST_METHOD", "GET")
        if method not in ("GET", "HEAD"):
            return _plain("405 Method Not Allowed", "only GET and HEAD", (("Allow", "GET, HEAD"),))
        path = str(environ.get("PATH_INFO", "/") or "/")
        response = self._route(path, str(environ.get("QUERY_STRING", "")))
        if response.not_modified is not None and _not_modified(environ, response):
            return response.not_modified
        return response

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        """Answer one WSGI request."""
        response = self.respond(environ)
        start_response(response.status, list(response.headers))
        if environ.get("REQUEST_METHOD") == "HEAD":
            return [b""]
        return [response.body]


def make_app(
    catalog: Catalog | None = None,
    *,
    years: tuple[int, int] | None = None,
    max_age: int = 3600,
    today: Callable[[], date] = date.today,
    base_url: str | None = None,
    lang: str = "en",
    max_years: int = MAX_REQUEST_YEARS,
    cache_entries: int = CACHE_ENTRIES,
    cache_bytes: int = CACHE_BYTES,
) -> FeedApp:
    """A WSGI app serving ``catalog`` (default: the built-in one).

    ``years`` fixes the feed window (default: two years back to ten ahead of ``today()``);
    ``max_age`` is the Cache-Control max-age in seconds; ``base_url`` is the public address the
    app is mounted at, for the pages' feed links (without it, downloads are relative links and
    the subscribe buttons that need an absolute address are left out); ``lang`` is the language
    of ``/``;
    ``max_years`` bounds an ``/occurrences.json`` request; ``cache_entries`` and ``cache_bytes``
    bound the response cache.

    >>> app = make_app(years=(2024, 2024))
    >>> app.respond({"PATH_INFO": "/feeds/KH.km.ics"}).status
    '200 OK'
    """
    if catalog is None:
        from childdays import catalog as builtin

        catalog = builtin()
    return FeedApp(
        catalog,
        years=years,
        max_age=max_age,
        today=today,
        base_url=base_url,
        lang=lang,
        max_years=max_years,
        cache_entries=cache_entries,
        cache_bytes=cache_bytes,
    )


__all__ = ["FeedApp", "Response", "ResponseCache", "make_app"]
