"""Flask: a blueprint with the feeds, JSON and pages (extra ``flask``).

::

    from flask import Flask
    from childdays.contrib.flask import create_blueprint

    app = Flask(__name__)
    app.register_blueprint(create_blueprint(countries=["KH"], lang="km"), url_prefix="/days")

Routes under the prefix: ``/`` (upcoming and subscribe links), ``/upcoming/``,
``/country/{CC}/``, ``/observances.json``, ``/occurrences.json``, ``/feeds/{name}.ics`` and
``/feeds/{name}.{lang}.ics``. Templates ``childdays/*.html`` can be overridden by the app's own.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from flask import Blueprint, Response, abort, make_response, render_template, request, url_for

import childdays
from childdays.contrib.common import (
    YEARS_AHEAD,
    YEARS_BACK,
    BadRequestError,
    Body,
    check_country,
    check_lang,
    clamp_limit,
    country_choices,
    feed_body,
    feed_catalog,
    feed_path,
    links_for,
    observances_body,
    occurrence_query,
    occurrences_body,
    page_languages,
    page_text,
    rows,
    window,
)

_TEMPLATES = Path(__file__).parent / "templates"
_FEED_FILE = re.compile(r"^(?P<name>[A-Za-z0-9-]+)(?:\.(?P<lang>[a-z]{2,3}))?\.ics$")


def create_blueprint(
    catalog: childdays.Catalog | None = None,
    *,
    name: str = "childdays",
    lang: str = "en",
    countries: Sequence[str] | None = None,
    base_url: str | None = None,
    years_back: int = YEARS_BACK,
    years_ahead: int = YEARS_AHEAD,
    max_age: int = 3600,
    cache_size: int = 256,
    today: Callable[[], date] = date.today,
) -> Blueprint:
    """A blueprint serving ``catalog`` (default: the built-in one; merge your own first).

    ``countries`` limits the countries offered (default: all); ``base_url`` (e.g.
    ``https://example.org``) makes subscribe links absolute without trusting the Host header.
    Bodies are kept in memory (the ``cache_size`` most recent ones).

    >>> create_blueprint(countries=["KH"]).name
    'childdays'
    """
    check_lang(lang)
    views = _Views(
        catalog,
        name=name,
        lang=lang,
        offered=tuple(c.upper() for c in countries) if countries is not None else None,
        base_url=base_url,
        years=(years_back, years_ahead),
        max_age=max_age,
        cache_size=cache_size,
        today=today,
    )
    blueprint = Blueprint(name, __name__, template_folder=str(_TEMPLATES))
    for rule, endpoint, view in (
        ("/feeds/<filename>", "feed", views.feed),
        ("/observances.json", "observances", views.observances),
        ("/occurrences.json", "occurrences", views.occurrences),
        ("/", "index", views.index),
        ("/upcoming/", "upcoming", views.upcoming),
        ("/country/<code>/", "country", views.country_page),
    ):
        blueprint.add_url_rule(rule, endpoint, view, methods=["GET"])
    return blueprint


def _bad(message: str) -> Response:
    response = make_response(message + "\n", 400)
    response.headers["Content-Type"] = "text/plain; charset=utf-8"
    return response


class _Views:
    """The blueprint's views and what they share: options, and a bounded cache of bodies."""

    def __init__(
        self,
        catalog: childdays.Catalog | None,
        *,
        name: str,
        lang: str,
        offered: tuple[str, ...] | None,
        base_url: str | None,
        years: tuple[int, int],
        max_age: int,
        cache_size: int,
        today: Callable[[], date],
    ) -> None:
        self._catalog, self.name, self.lang, self.offered = catalog, name, lang, offered
        self.base_url, self.years, self.max_age = base_url, years, max_age
        self.cache_size, self.today = cache_size, today
        self._bodies: dict[str, Body] = {}
        self._lock = threading.Lock()

    def catalog(self) -> childdays.Catalog:
        return self._catalog if self._catalog is not None else childdays.catalog()

    def cached(self, key: str, make: Callable[[], Body]) -> Body:
        with self._lock:
            found = self._bodies.get(key)
        if found is not None:
            return found
        made = make()
        with self._lock:
            if len(self._bodies) >= self.cache_size:
                self._bodies.pop(next(iter(self._bodies)))
            return self._bodies.setdefault(key, made)

    def respond(self, body: Body) -> Response:
        response = make_response(body.content)
        response.headers["Content-Type"] = body.content_type
        response.set_etag(body.etag.strip('"'))
        if body.last_modified is not None:
            day = body.last_modified
            response.last_modified = datetime(day.year, day.month, day.day, tzinfo=UTC)
        response.cache_control.public = True
        response.cache_control.max_age = self.max_age
        response.make_conditional(request)
        return response

    def feed_url(self, feed_name: str, feed_lang: str) -> str:
        path = url_for(f"{self.name}.feed", filename=feed_path(feed_name, feed_lang))
        if self.base_url:
            return self.base_url.rstrip("/") + path
        return request.host_url.rstrip("/") + path

    def subscriptions(self, feed_name: str, page_lang: str) -> list[dict[str, object]]:
        entries: list[dict[str, object]] = []
        for code in dict.fromkeys(["en", page_lang]):
            url = self.feed_url(feed_name, code)
            entries.append({"lang": code, "url": url, "links": links_for(url)})
        return entries

    def page_lang(self) -> str:
        return check_lang(request.args.get("lang") or self.lang)

    def countries_of(self, cat: childdays.Catalog) -> list[str]:
        return list(self.offered) if self.offered is not None else cat.countries()

    def page(
        self,
        template: str,
        cat: childdays.Catalog,
        code: str,
        country: str | None,
        **context: object,
    ) -> str:
        return render_template(
            f"childdays/{template}.html",
            **page_text(code, country),
            lang=code,
            languages=page_languages(cat, country),
            country=country,
            feeds=self.subscriptions(country or "world", code),
            bp=self.name,
            **context,
        )

    def feed(self, filename: str) -> Response:
        match = _FEED_FILE.match(filename)
        if match is None:
            abort(404)
        name, lang = match.group("name"), match.group("lang") or "en"
        cat = self.catalog()
        try:
            check_lang(lang)
            feed_catalog(cat, name, offered=self.offered)
        except (BadRequestError, KeyError):
            abort(404)
        first, last = window(self.today(), years_back=self.years[0], years_ahead=self.years[1])
        return self.respond(
            self.cached(
                f"feed:{name}:{lang}:{first}:{last}",
                lambda: feed_body(
                    cat, name, lang=lang, first_year=first, last_year=last, offered=self.offered
                ),
            )
        )

    def observances(self) -> Response:
        try:
            code = check_lang(request.args.get("lang") or self.lang)
        except BadRequestError as exc:
            return _bad(str(exc))
        cat = self.catalog()
        return self.respond(
            self.cached(f"observances:{code}", lambda: observances_body(cat, lang=code))
        )

    def occurrences(self) -> Response:
        cat = self.catalog()
        try:
            query = occurrence_query(
                cat,
                request.args.to_dict(flat=False),
                today=self.today(),
                default_lang=self.lang,
                offered=self.offered,
            )
        except BadRequestError as exc:
            return _bad(str(exc))
        key = f"occurrences:{query.start}:{query.end}:{query.lang}:{query.country}:" + ",".join(
            query.tags
        )
        return self.respond(self.cached(key, lambda: occurrences_body(cat, query)))

    def index(self) -> Response | str:
        cat = self.catalog()
        try:
            code = self.page_lang()
        except BadRequestError as exc:
            return _bad(str(exc))
        shown_countries = self.countries_of(cat)
        country = shown_countries[0] if len(shown_countries) == 1 else None
        seen = cat.for_country(country) if country else cat.filter(scope="world")
        return self.page(
            "index",
            cat,
            code,
            country,
            countries=country_choices(shown_countries, code),
            rows=rows(seen.upcoming(after=self.today(), limit=12), code),
        )

    def upcoming(self) -> Response | str:
        cat = self.catalog()
        try:
            code = self.page_lang()
            limit = clamp_limit(request.args.get("limit"), 10)
            wanted = request.args.get("country")
            country = check_country(cat, wanted, offered=self.offered) if wanted else None
        except BadRequestError as exc:
            return _bad(str(exc))
        seen = cat.for_country(country) if country else cat.filter(scope="world")
        return self.page(
            "upcoming",
            cat,
            code,
            country,
            rows=rows(seen.upcoming(after=self.today(), limit=limit), code),
        )

    def country_page(self, code: str) -> Response | str:
        cat = self.catalog()
        try:
            country = check_country(cat, code, offered=self.offered)
        except BadRequestError:
            abort(404)
        if country != code:
            abort(404)
        try:
            page = self.page_lang()
            year = int(request.args.get("year") or self.today().year)
        except BadRequestError as exc:
            return _bad(str(exc))
        except ValueError:
            return _bad("year must be a year such as 2024")
        if not 1900 <= year <= 2200:
            return _bad("year must be between 1900 and 2200")
        found = cat.for_country(country).occurrences(date(year, 1, 1), date(year, 12, 31))
        return self.page("country", cat, page, country, year=year, rows=rows(found, page))


__all__ = ["create_blueprint"]
