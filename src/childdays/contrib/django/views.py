"""Views: feeds and JSON with HTTP caching, a country page and an upcoming list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from django.core.cache import caches
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.views.decorators.http import require_safe

import childdays
from childdays.contrib.common import (
    BadRequestError,
    Body,
    check_country,
    check_lang,
    clamp_limit,
    country_choices,
    feed_body,
    feed_catalog,
    links_for,
    observances_body,
    occurrence_query,
    occurrences_body,
    page_languages,
    page_text,
    rows,
    window,
)
from childdays.contrib.django.conf import config
from childdays.contrib.django.observances import site_catalog, version_key


def today() -> date:
    """Today's date (a function, so that tests can fix it)."""
    return date.today()


def _cached_body(key: str, make: Callable[[], Body]) -> Body:
    settings = config()
    cache = caches[settings.cache]
    full_key = f"childdays:{version_key()}:{key}"
    found = cache.get(full_key)
    if found is not None:
        return Body(*found)
    body = make()
    cache.set(
        full_key,
        (body.content, body.content_type, body.etag, body.last_modified),
        settings.cache_seconds,
    )
    return body


def _respond(request: HttpRequest, body: Body) -> HttpResponse:
    max_age = config().cache_seconds
    not_modified = get_conditional_response(
        request, etag=body.etag, last_modified=body.last_modified_timestamp
    )
    if not_modified is not None:
        patch_cache_control(not_modified, public=True, max_age=max_age)
        return not_modified
    content = b"" if request.method == "HEAD" else body.content
    response = HttpResponse(content, content_type=body.content_type)
    response["Content-Length"] = str(len(body.content))
    response["ETag"] = body.etag
    if body.last_modified is not None:
        from django.utils.http import http_date

        response["Last-Modified"] = http_date(body.last_modified_timestamp)
    patch_cache_control(response, public=True, max_age=max_age)
    return response


def _bad(message: str) -> HttpResponse:
    return HttpResponseBadRequest(message + "\n", content_type="text/plain; charset=utf-8")


@require_safe
def feed(request: HttpRequest, name: str, lang: str = "en") -> HttpResponse:
    """``feeds/{name}.ics`` (English) and ``feeds/{name}.{lang}.ics``."""
    settings = config()
    catalog = site_catalog()
    try:
        check_lang(lang)
        feed_catalog(catalog, name, offered=settings.countries)
    except (BadRequestError, KeyError):
        raise Http404(f"no feed {name}.{lang}") from None
    first, last = window(today(), years_back=settings.years_back, years_ahead=settings.years_ahead)

    def make() -> Body:
        return feed_body(
            catalog, name, lang=lang, first_year=first, last_year=last, offered=settings.countries
        )

    return _respond(request, _cached_body(f"feed:{name}:{lang}:{first}:{last}", make))


@require_safe
def observances_json(request: HttpRequest) -> HttpResponse:
    """``observances.json?lang=``: every observance of the site."""
    try:
        lang = check_lang(request.GET.get("lang", config().language))
    except BadRequestError as exc:
        return _bad(str(exc))
    catalog = site_catalog()
    return _respond(
        request, _cached_body(f"observances:{lang}", lambda: observances_body(catalog, lang=lang))
    )


@require_safe
def occurrences_json(request: HttpRequest) -> HttpResponse:
    """``occurrences.json?from=&to=&country=&tag=&lang=``."""
    settings = config()
    catalog = site_catalog()
    try:
        query = occurrence_query(
            catalog,
            {key: request.GET.getlist(key) for key in request.GET},
            today=today(),
            default_lang=settings.language,
            offered=settings.countries,
        )
    except BadRequestError as exc:
        return _bad(str(exc))
    key = (
        f"occurrences:{query.start}:{query.end}:{query.lang}:{query.country}:{','.join(query.tags)}"
    )
    return _respond(request, _cached_body(key, lambda: occurrences_body(catalog, query)))


def feed_url(request: HttpRequest | None, name: str, lang: str) -> str:
    """The feed's URL: absolute from ``BASE_URL`` (or the request), else a path."""
    if lang == "en":
        path = str(reverse("childdays:feed", kwargs={"name": name}))
    else:
        path = str(reverse("childdays:feed", kwargs={"name": name, "lang": lang}))
    base = config().base_url
    if base:
        return base + path
    if request is not None:
        return str(request.build_absolute_uri(path))
    return path


def subscriptions(request: HttpRequest | None, name: str, langs: list[str]) -> list[dict[str, Any]]:
    """One entry per language: ``lang``, ``url`` and ``links`` (webcal/Google/Outlook)."""
    entries = []
    for lang in langs:
        url = feed_url(request, name, lang)
        entries.append({"lang": lang, "url": url, "links": links_for(url)})
    return entries


def _lang(request: HttpRequest) -> str:
    return check_lang(request.GET.get("lang") or config().language)


def _countries(catalog: childdays.Catalog) -> list[str]:
    offered = config().countries
    return list(offered) if offered is not None else catalog.countries()


@require_safe
def index(request: HttpRequest) -> HttpResponse:
    """The next observances worldwide (or of the one country offered) and every feed."""
    try:
        lang = _lang(request)
    except BadRequestError as exc:
        return _bad(str(exc))
    catalog = site_catalog()
    countries = _countries(catalog)
    country = countries[0] if len(countries) == 1 else None
    shown = catalog.for_country(country) if country else catalog.filter(scope="world")
    context = {
        **page_text(lang, country),
        "lang": lang,
        "languages": page_languages(catalog, country),
        "country": country,
        "countries": country_choices(countries, lang),
        "rows": rows(shown.upcoming(after=today(), limit=12), lang),
        "feeds": subscriptions(
            request, country or "world", [lang] if lang == "en" else ["en", lang]
        ),
    }
    return render(request, "childdays/index.html", context)


@require_safe
def country_page(request: HttpRequest, code: str) -> HttpResponse:
    """A country's observances in a year (``?year=``, default this year) and its feeds."""
    catalog = site_catalog()
    try:
        country = check_country(catalog, code, offered=config().countries)
    except BadRequestError:
        raise Http404(f"no country {code}") from None
    if country != code:
        raise Http404(f"no country {code}")
    try:
        lang = _lang(request)
        year = int(request.GET.get("year") or today().year)
    except BadRequestError as exc:
        return _bad(str(exc))
    except ValueError:
        return _bad("year must be a year such as 2024")
    if not 1900 <= year <= 2200:
        return _bad("year must be between 1900 and 2200")
    seen = catalog.for_country(country)
    found = seen.occurrences(date(year, 1, 1), date(year, 12, 31))
    languages = page_languages(catalog, country)
    context = {
        **page_text(lang, country),
        "lang": lang,
        "languages": languages,
        "country": country,
        "year": year,
        "previous_year": year - 1,
        "next_year": year + 1,
        "rows": rows(found, lang),
        "feeds": subscriptions(request, country, [lang] if lang == "en" else ["en", lang]),
    }
    return render(request, "childdays/country.html", context)


@require_safe
def upcoming(request: HttpRequest) -> HttpResponse:
    """The next observances (``?country=&lang=&limit=``)."""
    settings = config()
    catalog = site_catalog()
    try:
        lang = _lang(request)
        limit = clamp_limit(request.GET.get("limit"), 10)
        code = request.GET.get("country")
        country = check_country(catalog, code, offered=settings.countries) if code else None
    except BadRequestError as exc:
        return _bad(str(exc))
    shown = catalog.for_country(country) if country else catalog.filter(scope="world")
    context = {
        **page_text(lang, country),
        "lang": lang,
        "languages": page_languages(catalog, country),
        "country": country,
        "limit": limit,
        "rows": rows(shown.upcoming(after=today(), limit=limit), lang),
        "feeds": subscriptions(
            request, country or "world", [lang] if lang == "en" else ["en", lang]
        ),
    }
    return render(request, "childdays/upcoming.html", context)
