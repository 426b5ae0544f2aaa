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
    offered = tuple(c.upper() for c in countries) if countries is not None else None
    blueprint = Blueprint(name, __name__, template_folder=str(_TEMPLATES))
    bodies: dict[str, Body] = {}
    lock = threading.Lock()

    def the_catalog() -> childdays.Catalog:
        return catalog if catalog is not None else childdays.catalog()

    def cached(key: str, make: Callable[[], Body]) -> Body:
        with lock:
            found = bodies.get(key)
        if found is not None:
            return found
        made = make()
        with lock:
            if len(bodies) >= cache_size:
                bodies.pop(next(iter(bodies)))
            return bodies.setdefault(key, made)

    def respond(body: Body) -> Response:
        response = make_response(body.content)
        response.headers["Content-Type"] = body.content_type
        response.set_etag(body.etag.strip('"'))
        if body.last_modified is not None:
            day = body.last_modified
            response.last_modified = datetime(day.year, day.month, day.day, tzinfo=UTC)
        response.cache_control.public = True
        response.cache_control.max_age = max_age
        response.make_conditional(request)
        return response

    def bad(message: str) -> Response:
        response = make_response(message + "\n", 400)
        response.headers["Content-Type"] = "text/plain; charset=utf-8"
        return response

    def feed_url(feed_name: str, feed_lang: str) -> str:
        path = url_for(f"{name}.feed", filename=feed_path(feed_name, feed_lang))
        if base_url:
            return base_url.rstrip("/") + path
        return request.host_url.rstrip("/") + path

    def subscriptions(feed_name: str, page_lang: str) -> list[dict[str, object]]:
        entries: list[dict[str, object]] = []
        for code in dict.fromkeys(["en", page_lang]):
            url = feed_url(feed_name, code)
            entries.append({"lang": code, "url": url, "links": links_for(url)})
        return entries

    def page_lang() -> str:
        return check_lang(request.args.get("lang") or lang)

    @blueprint.get("/feeds/<filename>", endpoint="feed")
    def feed(filename: str) -> Response:
        match = _FEED_FILE.match(filename)
        if match is None:
            abort(404)
        name, lang = match.group("name"), match.group("lang") or "en"
        cat = the_catalog()
        try:
            check_lang(lang)
            feed_catalog(cat, name, offered=offered)
        except (BadRequestError, KeyError):
            abort(404)
        first, last = window(today(), years_back=years_back, years_ahead=years_ahead)
        return respond(
            cached(
                f"feed:{name}:{lang}:{first}:{last}",
                lambda: feed_body(
                    cat, name, lang=lang, first_year=first, last_year=last, offered=offered
                ),
            )
        )

    @blueprint.get("/observances.json", endpoint="observances")
    def observances() -> Response:
        try:
            code = check_lang(request.args.get("lang") or lang)
        except BadRequestError as exc:
            return bad(str(exc))
        cat = the_catalog()
        return respond(cached(f"observances:{code}", lambda: observances_body(cat, lang=code)))

    @blueprint.get("/occurrences.json", endpoint="occurrences")
    def occurrences() -> Response:
        cat = the_catalog()
        try:
            query = occurrence_query(
                cat,
                request.args.to_dict(flat=False),
                today=today(),
                default_lang=lang,
                offered=offered,
            )
        except BadRequestError as exc:
            return bad(str(exc))
        key = f"occurrences:{query.start}:{query.end}:{query.lang}:{query.country}:" + ",".join(
            query.tags
        )
        return respond(cached(key, lambda: occurrences_body(cat, query)))

    def countries_of(cat: childdays.Catalog) -> list[str]:
        return list(offered) if offered is not None else cat.countries()

    @blueprint.get("/", endpoint="index")
    def index() -> Response | str:
        cat = the_catalog()
        try:
            code = page_lang()
        except BadRequestError as exc:
            return bad(str(exc))
        shown_countries = countries_of(cat)
        country = shown_countries[0] if len(shown_countries) == 1 else None
        seen = cat.for_country(country) if country else cat.filter(scope="world")
        return render_template(
            "childdays/index.html",
            **page_text(code, country),
            lang=code,
            languages=page_languages(cat, country),
            country=country,
            countries=country_choices(shown_countries, code),
            rows=rows(seen.upcoming(after=today(), limit=12), code),
            feeds=subscriptions(country or "world", code),
            bp=name,
        )

    @blueprint.get("/upcoming/", endpoint="upcoming")
    def upcoming() -> Response | str:
        cat = the_catalog()
        try:
            code = page_lang()
            limit = clamp_limit(request.args.get("limit"), 10)
            wanted = request.args.get("country")
            country = check_country(cat, wanted, offered=offered) if wanted else None
        except BadRequestError as exc:
            return bad(str(exc))
        seen = cat.for_country(country) if country else cat.filter(scope="world")
        return render_template(
            "childdays/upcoming.html",
            **page_text(code, country),
            lang=code,
            languages=page_languages(cat, country),
            country=country,
            rows=rows(seen.upcoming(after=today(), limit=limit), code),
            feeds=subscriptions(country or "world", code),
            bp=name,
        )

    @blueprint.get("/country/<code>/", endpoint="country")
    def country_page(code: str) -> Response | str:
        cat = the_catalog()
        try:
            country = check_country(cat, code, offered=offered)
        except BadRequestError:
            abort(404)
        if country != code:
            abort(404)
        try:
            page = page_lang()
            year = int(request.args.get("year") or today().year)
        except BadRequestError as exc:
            return bad(str(exc))
        except ValueError:
            return bad("year must be a year such as 2024")
        if not 1900 <= year <= 2200:
            return bad("year must be between 1900 and 2200")
        found = cat.for_country(country).occurrences(date(year, 1, 1), date(year, 12, 31))
        return render_template(
            "childdays/country.html",
            **page_text(page, country),
            lang=page,
            languages=page_languages(cat, country),
            country=country,
            year=year,
            rows=rows(found, page),
            feeds=subscriptions(country, page),
            bp=name,
        )

    return blueprint


__all__ = ["create_blueprint"]
