"""A WSGI app (standard library only) that serves feeds and JSON with correct HTTP caching.

Mount it in any WSGI server or CMS::

    from childdays.web import make_app
    application = make_app()

Routes: the pages of the static site (``/``, ``/{lang}/``, ``/{lang}/{country}/``,
``/{lang}/days/{id}/``, ``/style.css``; see :mod:`childdays.pages`), ``/feeds/{name}.ics`` and
``/feeds/{name}.{lang}.ics`` (``name`` = ``world``, a country code, a region id or a tag),
``/observances.json``, ``/occurrences.json?from=&to=&country=&tag=&lang=``. Responses carry a
strong ETag (a hash of the bytes), Last-Modified from the data, Cache-Control, and answer
``If-None-Match``/``If-Modified-Since`` with 304 and ``HEAD`` without a body. A feed is built
once per (name, language, window) and served from memory after that; the cache is thread-safe.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import parse_qs

from childdays.export import observances_document, occurrences_document, to_json
from childdays.i18n import LANGUAGES
from childdays.ical import feed as build_feed
from childdays.links import feed_headers
from childdays.observances import MAX_QUERY_YEARS, Catalog
from childdays.pages import SiteLayout, render_path

StartResponse = Callable[..., Any]

#: Default feed window: this many years back and ahead of the current year.
YEARS_BACK = 2
YEARS_AHEAD = 10

_FEED_PATH = re.compile(
    r"^/feeds/(?P<name>[A-Za-z0-9-]+)(?:\.(?P<lang>[a-z]{2,3}(?:-[A-Za-z0-9]+)*))?\.ics$"
)


@dataclass(frozen=True, slots=True)
class Response:
    """A ready response: status, body and headers."""

    status: str
    body: bytes
    headers: tuple[tuple[str, str], ...]
    etag: str | None = None
    last_modified: date | None = None


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
    return Response(
        "200 OK",
        content,
        tuple(sorted(headers.items())),
        etag=headers["ETag"],
        last_modified=last_modified,
    )


def _not_modified(environ: dict[str, Any], response: Response) -> bool:
    if response.etag is None:
        return False
    wanted = environ.get("HTTP_IF_NONE_MATCH")
    if wanted is not None:
        tags = {t.strip().removeprefix("W/") for t in wanted.split(",")}
        return "*" in tags or response.etag in tags
    since = environ.get("HTTP_IF_MODIFIED_SINCE")
    if since and response.last_modified is not None:
        try:
            moment = parsedate_to_datetime(since)
        except (TypeError, ValueError, IndexError):
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
    ) -> None:
        self._catalog = catalog
        self._base_url = base_url
        self._lang = lang
        self._years = years
        self._max_age = max_age
        self._today = today
        self._cache: dict[tuple[object, ...], Response] = {}
        self._lock = threading.Lock()

    def _window(self) -> tuple[int, int]:
        if self._years is not None:
            return self._years
        year = self._today().year
        return year - YEARS_BACK, year + YEARS_AHEAD

    def _memo(self, key: tuple[object, ...], make: Callable[[], Response]) -> Response:
        found = self._cache.get(key)
        if found is not None:
            return found
        made = make()
        with self._lock:
            return self._cache.setdefault(key, made)

    def _feed(self, name: str, lang: str) -> Response:
        try:
            selected = self._catalog.select(name)
        except KeyError:
            return _plain("404 Not Found", f"no feed named {name!r}")
        if lang not in LANGUAGES:
            return _plain("404 Not Found", f"no feed language {lang!r}")
        first, last = self._window()

        def make() -> Response:
            content = build_feed(selected, first_year=first, last_year=last, lang=lang)
            return _cached(
                content, "text/calendar; charset=utf-8", selected.last_updated(), self._max_age
            )

        return self._memo(("feed", name, lang, first, last), make)

    def _page(self, path: str) -> Response | None:
        # Links come from the configured base URL or are relative: never from the Host header.
        first, last = self._window()
        layout = SiteLayout(
            default_lang=self._lang, base_url=self._base_url, first_year=first, last_year=last
        )
        today = self._today()
        key = ("page", path, today, first, last)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        # Unknown paths are not cached, so requests for made-up pages cannot fill the memory.
        found = render_path(self._catalog, path, today=today, layout=layout)
        if found is None:
            return None
        content_type, text = found
        response = _cached(
            text.encode("utf-8"), content_type, self._catalog.last_updated(), self._max_age
        )
        return self._memo(key, lambda: response)

    def _observances(self, query: dict[str, list[str]]) -> Response:
        lang = query.get("lang", ["en"])[0]
        if lang not in LANGUAGES:
            return _plain("400 Bad Request", f"unknown lang {lang!r}")

        def make() -> Response:
            document = observances_document(self._catalog, lang=lang)
            return _cached(
                to_json(document),
                "application/json",
                self._catalog.last_updated(),
                self._max_age,
            )

        return self._memo(("observances", lang), make)

    def _occurrences(self, query: dict[str, list[str]]) -> Response:
        year = self._today().year
        try:
            start = date.fromisoformat(query.get("from", [f"{year}-01-01"])[0])
            end = date.fromisoformat(query.get("to", [f"{year}-12-31"])[0])
        except ValueError:
            return _plain("400 Bad Request", "from and to must be dates such as 2024-06-01")
        if end < start or end.year - start.year >= MAX_QUERY_YEARS:
            return _plain("400 Bad Request", "to must follow from, within 1000 years")
        lang = query.get("lang", ["en"])[0]
        if lang not in LANGUAGES:
            return _plain("400 Bad Request", f"unknown lang {lang!r}")
        cat = self._catalog
        country = query.get("country", [None])[0]
        if country is not None:
            if country.upper() not in cat.countries():
                return _plain("400 Bad Request", f"unknown country {country!r}")
            cat = cat.for_country(country.upper())
        tags = query.get("tag")
        if tags:
            cat = cat.filter(tags=tags)
        key = ("occurrences", start, end, lang, country, tuple(tags or ()))

        def make() -> Response:
            document = occurrences_document(cat.occurrences(start, end), lang=lang)
            return _cached(to_json(document), "application/json", cat.last_updated(), self._max_age)

        return self._memo(key, make)

    def respond(self, environ: dict[str, Any]) -> Response:
        """The response to one request (without writing it)."""
        method = environ.get("REQUEST_METHOD", "GET")
        if method not in ("GET", "HEAD"):
            return _plain("405 Method Not Allowed", "only GET and HEAD", (("Allow", "GET, HEAD"),))
        path = environ.get("PATH_INFO", "/") or "/"
        query = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=False)
        if path == "/observances.json":
            response = self._observances(query)
        elif path == "/occurrences.json":
            response = self._occurrences(query)
        elif match := _FEED_PATH.match(path):
            response = self._feed(match.group("name"), match.group("lang") or "en")
        elif path.endswith(("/", ".html", ".css")) and (page := self._page(path)) is not None:
            response = page
        else:
            response = _plain("404 Not Found", f"nothing at {path}")
        if response.status.startswith("200") and _not_modified(environ, response):
            kept = tuple(
                (k, v)
                for k, v in response.headers
                if k in ("ETag", "Last-Modified", "Cache-Control")
            )
            return Response("304 Not Modified", b"", kept)
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
) -> FeedApp:
    """A WSGI app serving ``catalog`` (default: the built-in one).

    ``years`` fixes the feed window (default: two years back to ten ahead of ``today()``);
    ``max_age`` is the Cache-Control max-age in seconds. Pages link feeds under ``base_url``
    (the app's public address; without it, downloads are relative links and the subscribe
    buttons that need an absolute address are left out); ``lang`` is the language of ``/``.

    >>> app = make_app(years=(2024, 2024))
    >>> app.respond({"PATH_INFO": "/feeds/KH.km.ics"}).status
    '200 OK'
    """
    if catalog is None:
        from childdays import catalog as builtin

        catalog = builtin()
    return FeedApp(catalog, years=years, max_age=max_age, today=today, base_url=base_url, lang=lang)


__all__ = ["FeedApp", "Response", "make_app"]
