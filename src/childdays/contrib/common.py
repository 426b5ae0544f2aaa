"""What the framework integrations share: windows, feed and JSON bodies, queries, page rows.

Plain functions without any framework import, so that the Django app and the Flask blueprint
answer the same request with the same bytes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import childdays
from childdays import feeds
from childdays.export import observances_document, occurrences_document, to_json
from childdays.feeds import DEFAULT_YEARS_AHEAD, DEFAULT_YEARS_BACK
from childdays.i18n import LANGUAGES, language_name
from childdays.ical import feed
from childdays.ical import word as ical_word
from childdays.links import SubscribeLinks, etag, subscribe_links
from childdays.pages import country_name, direction, word
from childdays.texts import LocalizedText

#: Default feed window: this many years back and ahead of the current year (one place:
#: :mod:`childdays.feeds`).
YEARS_BACK = DEFAULT_YEARS_BACK
YEARS_AHEAD = DEFAULT_YEARS_AHEAD
#: The most occurrences a page or a template tag lists.
MAX_LIMIT = 100
#: The widest window, in years, that ``occurrences.json`` answers.
MAX_JSON_YEARS = 20

_COUNTRY = re.compile(r"^[A-Z]{2}$")


class BadRequestError(ValueError):
    """A request parameter that cannot be answered; the message is shown to the client."""


@dataclass(frozen=True, slots=True)
class Body:
    """A response body with its content type and the validators HTTP caching needs."""

    content: bytes
    content_type: str
    etag: str
    last_modified: date | None

    @property
    def last_modified_timestamp(self) -> int | None:
        """``last_modified`` as a POSIX timestamp (midnight UTC), or None."""
        if self.last_modified is None:
            return None
        moment = datetime(
            self.last_modified.year, self.last_modified.month, self.last_modified.day, tzinfo=UTC
        )
        return int(moment.timestamp())


def window(
    today: date, *, years_back: int = YEARS_BACK, years_ahead: int = YEARS_AHEAD
) -> tuple[int, int]:
    """The feed window around ``today``: ``(first_year, last_year)``.

    >>> window(date(2026, 12, 3))
    (2024, 2036)
    """
    return today.year - years_back, today.year + years_ahead


def check_lang(lang: str) -> str:
    """``lang`` if childdays speaks it; :class:`BadRequestError` otherwise."""
    if lang not in LANGUAGES:
        raise BadRequestError(f"unknown lang {lang!r}; expected one of {', '.join(LANGUAGES)}")
    return lang


def check_country(
    catalog: childdays.Catalog, country: str, *, offered: Sequence[str] | None = None
) -> str:
    """``country`` upper-cased if known (and ``offered``); :class:`BadRequestError` if not."""
    code = country.upper()
    if not _COUNTRY.match(code) or code not in catalog.countries():
        raise BadRequestError(f"unknown country {country!r}")
    if offered is not None and code not in offered:
        raise BadRequestError(f"country {code} is not offered on this site")
    return code


def feed_catalog(
    catalog: childdays.Catalog, name: str, *, offered: Sequence[str] | None = None
) -> childdays.Catalog:
    """The catalog a feed name stands for (``world``, a country, a region or a tag).

    Raises :class:`KeyError` for a name that is not a feed (or a country not ``offered``).
    """
    if offered is not None and _COUNTRY.match(name) and name not in offered:
        raise KeyError(name)
    return catalog.select(name)


def feed_body(
    catalog: childdays.Catalog,
    name: str,
    *,
    lang: str,
    first_year: int,
    last_year: int,
    offered: Sequence[str] | None = None,
) -> Body:
    """The iCalendar feed ``name`` in ``lang`` for the window; :class:`KeyError` if no such feed."""
    selected = feed_catalog(catalog, name, offered=offered)
    content = feed(selected, first_year=first_year, last_year=last_year, lang=lang)
    return Body(content, "text/calendar; charset=utf-8", etag(content), selected.last_updated())


def _json(document: dict[str, Any], last_modified: date | None) -> Body:
    content = to_json(document)
    return Body(content, "application/json", etag(content), last_modified)


def observances_body(catalog: childdays.Catalog, *, lang: str) -> Body:
    """``observances.json``: every observance of ``catalog`` with its name in ``lang``."""
    return _json(observances_document(catalog, lang=lang), catalog.last_updated())


@dataclass(frozen=True, slots=True)
class OccurrenceQuery:
    """The parameters of ``occurrences.json``, checked."""

    start: date
    end: date
    lang: str
    country: str | None
    tags: tuple[str, ...]


def occurrence_query(
    catalog: childdays.Catalog,
    query: Mapping[str, Sequence[str]],
    *,
    today: date,
    default_lang: str = "en",
    offered: Sequence[str] | None = None,
) -> OccurrenceQuery:
    """Parse ``from``, ``to``, ``lang``, ``country`` and ``tag`` (repeatable) of a query string.

    ``from``/``to`` default to the current year; the window is at most 20 years.
    """

    def one(key: str, default: str | None) -> str | None:
        values = query.get(key)
        return values[0] if values else default

    try:
        start = date.fromisoformat(one("from", f"{today.year}-01-01") or "")
        end = date.fromisoformat(one("to", f"{today.year}-12-31") or "")
    except ValueError:
        raise BadRequestError("from and to must be dates such as 2024-06-01") from None
    if end < start or end.year - start.year >= MAX_JSON_YEARS:
        raise BadRequestError(f"to must follow from, within {MAX_JSON_YEARS} years")
    lang = check_lang(one("lang", default_lang) or default_lang)
    country = one("country", None)
    code = check_country(catalog, country, offered=offered) if country else None
    tags = tuple(sorted(set(query.get("tag", ()))))
    return OccurrenceQuery(start, end, lang, code, tags)


def occurrences_body(catalog: childdays.Catalog, query: OccurrenceQuery) -> Body:
    """``occurrences.json`` for a checked query."""
    selected = catalog.for_country(query.country) if query.country else catalog
    if query.tags:
        selected = selected.filter(tags=query.tags)
    found = selected.occurrences(query.start, query.end)
    return _json(occurrences_document(found, lang=query.lang), selected.last_updated())


def feed_path(name: str, lang: str) -> str:
    """The feed's file name as the app serves it: ``KH.km.ics`` (``KH.ics`` in English).

    >>> feed_path("KH", "km"), feed_path("world", "en")
    ('KH.km.ics', 'world.ics')
    """
    return feeds.feed_path(name, lang).removeprefix("feeds/")


def links_for(feed_url: str) -> SubscribeLinks | None:
    """Subscribe links for an absolute feed URL, or None for a relative one."""
    try:
        return subscribe_links(feed_url)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Row:
    """One occurrence as a page shows it, in one language.

    ``title`` and ``theme`` are in the page's language when the data has them in it; else
    ``title_lang_attr``/``theme_lang_attr`` give the language they are in (for an HTML
    ``lang`` attribute; None when it is the page's). ``title_status``/``theme_status`` are
    ``sourced`` or ``translated`` (a translation made for childdays), ``theme_source`` the
    theme's source, and ``theme_note`` what a reader of the page is told about the theme, in
    the page's language: the language it is in, or "unofficial translation". ``url`` is the
    official page in the page's language when the data cites one.
    """

    id: str
    uid: str
    start: date
    end: date
    date_text: str
    title: str
    name: str
    theme: str | None
    edition: int | None
    confirmed: bool
    url: str | None
    tags: tuple[str, ...]
    title_lang_attr: str | None = None
    title_status: str = "sourced"
    theme_lang_attr: str | None = None
    theme_status: str | None = None
    theme_source: str | None = None
    theme_note: str | None = None


def _other(text_lang: str, lang: str) -> str | None:
    """``text_lang`` when a text is not in the page's language ``lang``, else None."""
    return None if text_lang.split("-")[0] == lang.split("-")[0] else text_lang


def _theme_note(theme: LocalizedText, lang: str) -> str | None:
    """What the reader of a ``lang`` page is told about a theme: its language, or a translation."""
    if _other(theme.lang, lang):
        return language_name(theme.lang, lang)
    if theme.status == "translated":
        return ical_word("translation", lang)
    return None


def row(occurrence: childdays.Occurrence, lang: str) -> Row:
    """The page row of ``occurrence`` in ``lang``: localized texts with their status.

    >>> import childdays
    >>> labour = childdays.catalog()["world-day-against-child-labour"].occurrence(2024)
    >>> shown = row(labour, "km")
    >>> shown.title_lang_attr, shown.theme_lang_attr, shown.theme_note
    (None, None, 'បកប្រែក្រៅផ្លូវការ')
    >>> in_portuguese = row(labour, "pt")
    >>> in_portuguese.theme_lang_attr, in_portuguese.theme_note
    ('en', 'inglês')
    """
    observance = occurrence.observance
    title = occurrence.localized_title(lang)
    theme = occurrence.localized_theme(lang)
    return Row(
        id=occurrence.id,
        uid=occurrence.uid,
        start=occurrence.start,
        end=occurrence.end,
        date_text=occurrence.date_text(lang),
        title=title.text,
        name=observance.localized_name(lang).text,
        theme=theme.text if theme else None,
        edition=occurrence.edition,
        confirmed=occurrence.confirmed,
        url=observance.url_for(lang),
        tags=tuple(sorted(observance.tags)),
        title_lang_attr=_other(title.lang, lang),
        title_status=title.status,
        theme_lang_attr=_other(theme.lang, lang) if theme else None,
        theme_status=theme.status if theme else None,
        theme_source=theme.source if theme else None,
        theme_note=_theme_note(theme, lang) if theme else None,
    )


def rows(occurrences: Sequence[childdays.Occurrence], lang: str) -> list[Row]:
    """Page rows (:class:`Row`) for ``occurrences`` in ``lang``."""
    return [row(o, lang) for o in occurrences]


#: The site's translated fixed words that the integrations' templates use.
PAGE_WORDS = (
    "title",
    "coming",
    "subscribe",
    "date",
    "observance",
    "theme",
    "countries",
    "worldwide",
    "download",
    "apple",
    "google",
    "outlook",
    "language",
    "observances",
    "data",
)


def page_text(lang: str, country: str | None = None) -> dict[str, Any]:
    """What a page template needs around its rows, in ``lang``: the site's words.

    ``words`` (the :data:`PAGE_WORDS` from :func:`childdays.pages.word`), ``dir`` (``rtl``
    for Arabic), ``heading`` (e.g. "Child protection days in Cambodia") and ``country_name``.

    >>> page_text("km", "KH")["heading"]
    'ទិវាការពារកុមារនៅកម្ពុជា'
    """
    place = country_name(country, lang) if country else None
    return {
        "words": {key: word(key, lang) for key in PAGE_WORDS},
        "dir": direction(lang),
        "heading": word("in_place", lang, place=place) if place else word("title", lang),
        "country_name": place,
    }


def country_choices(codes: Sequence[str], lang: str) -> list[tuple[str, str]]:
    """``(code, name in lang)`` for each country, in the given order."""
    return [(code, country_name(code, lang)) for code in codes]


def clamp_limit(value: str | int | None, default: int = 10) -> int:
    """A list length from a query or a tag argument, between 1 and :data:`MAX_LIMIT`."""
    if value is None or value == "":
        return default
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise BadRequestError(f"limit must be a whole number, not {value!r}") from None
    return max(1, min(number, MAX_LIMIT))


def page_languages(catalog: childdays.Catalog, country: str | None) -> list[str]:
    """The languages a page offers: English, the country's own names' languages, the rest."""
    own: set[str] = set()
    if country:
        own = {lang for o in catalog if o.scope == country for lang in o.names} & set(LANGUAGES)
    first = ["en", *sorted(own - {"en"})]
    return first + [lang for lang in LANGUAGES if lang not in first]


__all__ = [
    "MAX_JSON_YEARS",
    "MAX_LIMIT",
    "PAGE_WORDS",
    "YEARS_AHEAD",
    "YEARS_BACK",
    "BadRequestError",
    "Body",
    "OccurrenceQuery",
    "Row",
    "check_country",
    "check_lang",
    "clamp_limit",
    "country_choices",
    "feed_body",
    "feed_catalog",
    "feed_path",
    "links_for",
    "observances_body",
    "occurrence_query",
    "occurrences_body",
    "page_languages",
    "page_text",
    "row",
    "rows",
    "window",
]
