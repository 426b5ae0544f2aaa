"""Template tags: ``{% load childdays %}``.

``{% upcoming_observances country="KH" lang="km" limit=5 as items %}`` gives page rows
(``start``, ``end``, ``date_text``, ``title``, ``name``, ``theme``, ``edition``, ``url`` in the
language, and each text's language and status: see :class:`childdays.contrib.common.Row`);
``{% observances_in_year 2024 country="KH" lang="km" as items %}`` the rows of a year;
``{% feed_url "KH" "km" %}`` a feed's URL; the filters ``occurrence_title``,
``occurrence_theme`` and ``occurrence_date`` give an Occurrence's words in a language:
``{{ occ|occurrence_title:"km" }}``; ``occurrence_row`` its whole row, texts with their status:
``{% with r=occ|occurrence_row:"km" %}{{ r.theme }} {{ r.theme_note }}{% endwith %}``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django import template

import childdays
from childdays.contrib.common import (
    BadRequestError,
    Row,
    check_country,
    check_lang,
    clamp_limit,
    row,
    rows,
)
from childdays.contrib.django.conf import config
from childdays.contrib.django.observances import site_catalog

register = template.Library()


def _seen(country: str | None) -> childdays.Catalog:
    catalog = site_catalog()
    if country:
        return catalog.for_country(check_country(catalog, country))
    return catalog.filter(scope="world")


@register.simple_tag
def upcoming_observances(
    country: str | None = None,
    lang: str | None = None,
    limit: int | str = 5,
    after: date | None = None,
) -> list[Row]:
    """The next observances (worldwide, or seen from ``country``) as rows in ``lang``."""
    from childdays.contrib.django.views import today

    language = check_lang(lang or config().language)
    found = _seen(country).upcoming(after=after or today(), limit=clamp_limit(limit, 5))
    return rows(found, language)


@register.simple_tag
def observances_in_year(
    year: int | str, country: str | None = None, lang: str | None = None
) -> list[Row]:
    """The observances of ``year`` (worldwide, or seen from ``country``) as rows in ``lang``."""
    language = check_lang(lang or config().language)
    number = int(year)
    found = _seen(country).occurrences(date(number, 1, 1), date(number, 12, 31))
    return rows(found, language)


@register.simple_tag(takes_context=True)
def feed_url(context: dict[str, Any], name: str, lang: str = "en") -> str:
    """The URL of feed ``name`` in ``lang`` (absolute with ``BASE_URL`` or a request)."""
    from childdays.contrib.django.views import feed_url as url_of

    try:
        check_lang(lang)
    except BadRequestError:
        return ""
    return url_of(context.get("request"), name, lang)


def _lang(lang: str | None) -> str:
    return lang if lang else config().language


@register.filter
def occurrence_title(occurrence: childdays.Occurrence, lang: str | None = None) -> str:
    """``{{ occ|occurrence_title:"km" }}``: the occurrence's title."""
    return occurrence.title(_lang(lang))


@register.filter
def occurrence_theme(occurrence: childdays.Occurrence, lang: str | None = None) -> str:
    """``{{ occ|occurrence_theme:"km" }}``: the year's official theme, or an empty string."""
    return occurrence.theme(_lang(lang)) or ""


@register.filter
def occurrence_row(occurrence: childdays.Occurrence, lang: str | None = None) -> Row:
    """``{{ occ|occurrence_row:"km" }}``: title, theme and URL in the language, with status."""
    return row(occurrence, _lang(lang))


@register.filter
def occurrence_date(occurrence: childdays.Occurrence, lang: str | None = None) -> str:
    """``{{ occ|occurrence_date:"km" }}``: the date in prose."""
    return occurrence.date_text(_lang(lang))
