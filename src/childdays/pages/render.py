"""The site's pages: an index per language, a page per country and a page per observance.

Each builder is a plain function that returns an HTML string: a whole document
(``*_page``) or the part inside ``<main>`` (``*_section``) for a CMS template. Links between
pages come from a :class:`SiteLayout`, so the static site, ``childdays serve`` and a CMS can
each put pages where they like. Everything is deterministic: the same catalog, layout and day
give the same bytes.
"""

from __future__ import annotations

import html
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from childdays import feeds
from childdays.export import jsonld_script, to_jsonld
from childdays.i18n import LANGUAGES, format_date, khmer_digits, pick
from childdays.links import subscribe_links
from childdays.observances import Catalog, Observance, Occurrence
from childdays.pages.places import (
    continent_of,
    continents,
    country_name,
    direction,
    first_weekday,
    language_name,
    month_title,
    weekday_abbreviations,
)
from childdays.pages.style import SCRIPT, STYLE
from childdays.pages.words import topic_name, word
from childdays.records import is_country

_esc = html.escape


@dataclass(frozen=True, slots=True)
class SiteLayout:
    """Where pages and feeds live (paths relative to the site root) and the public address.

    ``default_lang`` pages sit at the root (``KH/``), the others under ``{lang}/`` (``km/KH/``);
    observance pages under ``days/{id}/``; feeds under ``feeds/``. ``base_url`` is the public
    address of the root: without it, subscribe links that need an absolute address are left
    out. ``first_year``/``last_year`` are the feeds' window, told to readers. Subclass and
    override the ``*_path`` methods to place pages elsewhere (a CMS does).
    """

    default_lang: str = "en"
    base_url: str | None = None
    first_year: int | None = None
    last_year: int | None = None

    def prefix(self, lang: str) -> str:
        """The folder of ``lang``'s pages: ``""`` for the default language, else ``"{lang}/"``."""
        return "" if lang == self.default_lang else f"{lang}/"

    def index_path(self, lang: str) -> str:
        """The index page of ``lang``."""
        return self.prefix(lang)

    def country_path(self, code: str, lang: str) -> str:
        """The page of country ``code`` in ``lang``."""
        return f"{self.prefix(lang)}{code}/"

    def observance_path(self, observance_id: str, lang: str) -> str:
        """The page of an observance in ``lang``."""
        return f"{self.prefix(lang)}days/{observance_id}/"

    def feed_path(self, name: str, lang: str) -> str:
        """A feed: ``feeds/{name}.ics`` in English, ``feeds/{name}.{lang}.ics`` otherwise."""
        return feeds.feed_path(name, lang)

    def asset_path(self, name: str) -> str:
        """A shared file such as ``style.css``."""
        return name

    def absolute(self, path: str) -> str | None:
        """``path`` under ``base_url``, or None without a base URL."""
        if self.base_url is None:
            return None
        return self.base_url.rstrip("/") + "/" + path

    def href(self, here: str, target: str) -> str:
        """A link from the page at ``here`` to ``target`` (both relative to the root)."""
        depth = here.count("/")
        relative = "../" * depth + target
        return relative or "./"


def page_languages(catalog: Catalog, scope: str, *, default_lang: str = "en") -> list[str]:
    """The languages the pages (and feeds) of ``scope`` are offered in, in site order.

    All twelve for the world, regions and topics; for a country (or its national observances):
    the default language, English and the languages of the country's own records.
    """
    if not is_country(scope):
        return list(LANGUAGES)
    wanted = own_languages(catalog, scope) | {"en", default_lang}
    return [lang for lang in LANGUAGES if lang in wanted]


def own_languages(catalog: Catalog, country: str) -> set[str]:
    """The languages of ``country``'s own sourced names (a translation is not its language)."""
    return {
        lang.split("-")[0]
        for o in catalog
        if o.scope == country
        for lang in o.names
        if lang not in o.record.translated_names
    }


class _Site:
    """What the pages of one site share, each worked out once.

    A public page function makes one for its page; a site build makes one for all its pages,
    so each country's view, page languages and shown years, and each observance's editions,
    are computed once for all the languages of its pages. The year lists and editions keep
    only the last country and observance asked for (a build renders a page's languages in a
    row), so memory stays flat.
    """

    __slots__ = (
        "_history",
        "_items",
        "_keys",
        "_languages",
        "_list_items",
        "_months",
        "_names",
        "_page_langs",
        "_subscribe",
        "_theme_langs",
        "_themed",
        "_titles",
        "_upcoming",
        "_views",
        "_window",
        "_years",
        "catalog",
        "layout",
    )

    def __init__(self, catalog: Catalog, layout: SiteLayout) -> None:
        self.catalog = catalog
        self.layout = layout
        self._languages: dict[str, list[str]] = {}
        self._views: dict[str, Catalog] = {}
        self._themed: dict[str, frozenset[str | None]] = {}
        self._items: dict[tuple[Hashable, str], _ItemTexts] = {}
        self._titles: dict[tuple[Hashable, str], str] = {}
        self._list_items: dict[tuple[Hashable, ...], str] = {}
        self._page_langs: dict[tuple[Hashable, str], str] = {}
        self._months: _MonthCache = {}
        self._subscribe: dict[tuple[str, str, str, str | None], str] = {}
        self._theme_langs: dict[int, tuple[object, frozenset[tuple[int, str]], frozenset[int]]] = {}
        self._names: dict[int, tuple[Observance, _NameEntries]] = {}
        self._window: tuple[str, int, int, list[Occurrence]] | None = None
        self._keys: dict[int, tuple[Hashable, Hashable]] = {}
        self._years: tuple[tuple[str, int], list[Occurrence]] | None = None
        self._history: tuple[tuple[Observance, int, int], list[Occurrence | None]] | None = None
        self._upcoming: tuple[date, list[Occurrence]] | None = None

    def languages(self, scope: str) -> list[str]:
        """:func:`page_languages` of ``scope`` with the layout's default language."""
        found = self._languages.get(scope)
        if found is None:
            default = self.layout.default_lang
            found = self._languages[scope] = page_languages(
                self.catalog, scope, default_lang=default
            )
        return found

    def view(self, code: str) -> Catalog:
        """The catalog as seen from country ``code``."""
        found = self._views.get(code)
        if found is None:
            found = self._views[code] = self.catalog.for_country(code)
        return found

    def occurrence_key(self, occurrence: Occurrence) -> tuple[Hashable, Hashable]:
        """Two keys: of the occurrence's observance as it reads, and of the occurrence.

        Occurrences with the same second key read the same in every text (title, theme,
        dates, status) wherever they are seen from; with the same first key, their observances
        read the same (names, description, sources). An observance of the catalog seen from a
        country is the same object as in the worldwide view, and reads the same there unless
        that country has a theme of its own; the edition (the country's numbering) and the
        year are part of the key. An observance folded with a national record (``same_as``)
        is that country's own.
        """
        known = self._keys.get(id(occurrence))
        if known is not None:
            return known
        observance = occurrence.observance
        ident = observance.id
        countries = self._themed.get(ident)
        if countries is None:
            countries = frozenset(theme.country for theme in observance.record.themes)
            self._themed[ident] = countries
        own = self.catalog[ident] is observance
        where = occurrence.country if (not own or occurrence.country in countries) else None
        return (
            (ident, None if own else occurrence.country),
            (ident, where, occurrence.year, occurrence.edition),
        )

    def item_texts(self, occurrence: Occurrence, lang: str) -> _ItemTexts:
        """What the occurrence's list item says in ``lang`` (see :func:`_item_texts`)."""
        key = (self.occurrence_key(occurrence)[1], lang)
        found = self._items.get(key)
        if found is None:
            found = self._items[key] = _item_texts(occurrence, lang, self)
        return found

    def list_item(
        self, occurrence: Occurrence, lang: str, *, here: str, country: str | None
    ) -> str:
        """The occurrence's item in a list on the page at ``here`` (see :func:`_occurrence_item`).

        Made once for every page where it reads the same: the same event (see
        :meth:`occurrence_key`), language and link, with or without the holiday badge.
        """
        observance_key, event_key = self.occurrence_key(occurrence)
        observance = occurrence.observance
        page_key = (observance_key, lang)
        page_lang = self._page_langs.get(page_key)
        if page_lang is None:
            page_lang = self._page_langs[page_key] = _page_lang(lang, observance, self.layout)
        href = self.layout.href(here, self.layout.observance_path(observance.id, page_lang))
        holiday = (
            country is not None
            and bool(observance.record.public_holiday)
            and observance.is_public_holiday(occurrence.year, country)
        )
        key = (event_key, lang, href, holiday)
        found = self._list_items.get(key)
        if found is None:
            texts = self.item_texts(occurrence, lang)
            found = _occurrence_item(
                occurrence, lang, here=here, layout=self.layout, country=country, texts=texts
            )
            self._list_items[key] = found
        return found

    def subscribe(self, name: str, lang: str, *, here: str, about: str | None = None) -> str:
        """:func:`subscribe_section`, made once for the pages where it reads the same."""
        layout = self.layout
        key = (name, lang, layout.href(here, layout.feed_path(name, lang)), about)
        found = self._subscribe.get(key)
        if found is None:
            found = subscribe_section(name, lang, here=here, layout=layout, about=about)
            self._subscribe[key] = found
        return found

    def _themes(self, occurrence: Occurrence) -> tuple[frozenset[tuple[int, str]], frozenset[int]]:
        """The years and languages, and the years, of the themes of ``occurrence``'s record."""
        themes = occurrence.observance.record.themes
        known = self._theme_langs.get(id(themes))
        if known is None or known[0] is not themes:
            held = frozenset((t.year, t.lang.split("-")[0]) for t in themes)
            known = self._theme_langs[id(themes)] = (
                themes,
                held,
                frozenset(t.year for t in themes),
            )
        return known[1], known[2]

    def theme_lang(self, occurrence: Occurrence, lang: str) -> str:
        """:func:`_theme_lang`, from the years and languages of the record's themes."""
        return lang if (occurrence.year, lang) in self._themes(occurrence)[0] else "en"

    def theme(self, occurrence: Occurrence, lang: str) -> str | None:
        """``occurrence.theme(lang)``, None at once for a year without any theme."""
        if occurrence.year not in self._themes(occurrence)[1]:
            return None
        return occurrence.theme(lang)

    def name_entries(self, observance: Observance) -> _NameEntries:
        """:func:`_name_entries` of ``observance``, made once for all its pages."""
        known = self._names.get(id(observance))
        if known is None or known[0] is not observance:
            known = self._names[id(observance)] = (observance, _name_entries(observance))
        return known[1]

    def title(self, occurrence: Occurrence, lang: str) -> str:
        """``occurrence.title(lang)``."""
        key = (self.occurrence_key(occurrence)[1], lang)
        found = self._titles.get(key)
        if found is None:
            found = self._titles[key] = occurrence.title(lang)
        return found

    def remember(
        self,
        code: str,
        first: int,
        last: int,
        found: list[Occurrence],
        keys: Sequence[tuple[Hashable, Hashable]],
    ) -> None:
        """Keep ``found``, the occurrences of years ``first``..``last`` seen from ``code``.

        A build finds them for the country's feed, with their :meth:`occurrence_key` (``keys``);
        its pages then take their years and keys from them. (The keys are kept by the identity
        of occurrences that ``found`` keeps alive, until the next call.)
        """
        self._window = (code, first, last, found)
        self._keys = {id(occurrence): key for occurrence, key in zip(found, keys, strict=True)}

    def forget(self) -> None:
        """Drop the texts, views and occurrences kept so far (the languages stay)."""
        self._items.clear()
        self._titles.clear()
        self._list_items.clear()
        self._months.clear()
        self._subscribe.clear()
        self._views.clear()
        self._window = self._years = self._history = self._upcoming = None
        self._keys = {}

    def year(self, code: str, year: int) -> list[Occurrence]:
        """The occurrences of ``year`` seen from country ``code``."""
        if self._years is None or self._years[0] != (code, year):
            start, end = date(year, 1, 1), date(year, 12, 31)
            window = self._window
            if window is not None and window[0] == code and window[1] <= year <= window[2]:
                found = [o for o in window[3] if o.end >= start and o.start <= end]
            else:
                found = self.view(code).occurrences(start, end)
            self._years = ((code, year), found)
        return self._years[1]

    def history(self, observance: Observance, first: int, last: int) -> list[Occurrence | None]:
        """``observance.occurrence(year)`` for each year ``first``..``last``."""
        key = (observance, first, last)
        if self._history is None or self._history[0] != key:
            found = [observance.occurrence(year) for year in range(first, last + 1)]
            self._history = (key, found)
        return self._history[1]

    def upcoming(self, today: date) -> list[Occurrence]:
        """The next six worldwide occurrences from ``today`` (the index's list)."""
        if self._upcoming is None or self._upcoming[0] != today:
            world = self.catalog.filter(scope="world")
            self._upcoming = (today, world.upcoming(after=today, limit=6))
        return self._upcoming[1]


def _digits(text: str | int, lang: str) -> str:
    return khmer_digits(text) if lang == "km" else str(text)


def _in(lang: str, texts: Mapping[str, str]) -> tuple[str, str] | None:
    return pick(texts, lang)


def _lang_attr(found_lang: str, page_lang: str) -> str:
    """A ``lang`` attribute when a text falls back to another language than the page's."""
    return "" if found_lang == page_lang else f' lang="{_esc(found_lang)}"'


@cache
def _region_names() -> dict[str, str]:
    from childdays.loader import builtin_region_names

    return builtin_region_names()


def _region_label(region: str) -> tuple[str, str]:
    """A region (an organisation of states): its English name, the only one the data has."""
    return "en", _region_names().get(region, region.replace("-", " "))


def document(
    *,
    lang: str,
    title: str,
    body: str,
    here: str,
    layout: SiteLayout,
    alternates: Sequence[tuple[str, str]] = (),
    description: str | None = None,
) -> str:
    """A whole HTML page around ``body`` (the inside of ``<main>``).

    ``alternates`` are ``(lang, path)`` of the same page in other languages: they become the
    language switcher and ``hreflang`` links.
    """
    css = layout.href(here, layout.asset_path("style.css"))
    switcher = ""
    links = []
    if len(alternates) > 1:
        items = []
        for other, path in alternates:
            name = _esc(language_name(other))
            href = _esc(layout.href(here, path))
            if other == lang:
                items.append(f'<li><a aria-current="page" lang="{other}">{name}</a></li>')
            else:
                items.append(
                    f'<li><a href="{href}" lang="{other}" hreflang="{other}">{name}</a></li>'
                )
            links.append(f'<link rel="alternate" hreflang="{other}" href="{href}">')
        switcher = (
            f'<nav class="langs" aria-label="{_esc(word("language", lang))}">'
            f"<ul>{''.join(items)}</ul></nav>"
        )
    home = _esc(layout.href(here, layout.index_path(lang)))
    meta = f'<meta name="description" content="{_esc(description)}">' if description else ""
    return "\n".join(
        [
            "<!doctype html>",
            f'<html lang="{_esc(lang)}" dir="{direction(lang)}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="color-scheme" content="light dark">',
            f"<title>{_esc(title)}</title>",
            meta,
            *links,
            f'<link rel="stylesheet" href="{_esc(css)}">',
            "</head>",
            "<body>",
            f'<header class="top"><a class="home" href="{home}">{_esc(word("title", lang))}</a>'
            f"{switcher}</header>",
            f"<main>\n{body}\n</main>",
            f'<footer><p>{_esc(word("data", lang))}: <a href="'
            f'{_esc(layout.href(here, layout.asset_path("observances.json")))}">'
            "observances.json</a> · childdays</p></footer>",
            f"<script>{SCRIPT}</script>",
            "</body>",
            "</html>",
            "",
        ]
    )


def subscribe_section(
    name: str, lang: str, *, here: str, layout: SiteLayout, about: str | None = None
) -> str:
    """Subscribe buttons for feed ``name`` in ``lang``: Apple, Google, Outlook, download, copy.

    With an https base URL Apple gets ``webcal://``; with an http one every link stays http.
    Without a base URL only the download (a relative link) is shown, with a note saying why.
    """
    path = layout.feed_path(name, lang)
    download = _esc(layout.href(here, path))
    address = layout.absolute(path)
    parts = [f'<section class="subscribe" aria-labelledby="sub-{_esc(name)}">']
    parts.append(f'<h2 id="sub-{_esc(name)}">{_esc(word("subscribe", lang))}</h2>')
    if about:
        parts.append(f"<p>{_esc(about)} {_esc(word('refresh', lang))}</p>")
    parts.append('<div class="buttons">')
    links = subscribe_links(address) if address is not None else None
    if links is not None:
        parts += [
            f'<a class="button" href="{_esc(links.apple)}">{_esc(word("apple", lang))}</a>',
            f'<a class="button" href="{_esc(links.google)}">{_esc(word("google", lang))}</a>',
            f'<a class="button" href="{_esc(links.outlook)}">{_esc(word("outlook", lang))}</a>',
        ]
    label = _ltr_ics(word("download", lang), lang)
    parts.append(f'<a class="button" href="{download}" download>{label}</a>')
    parts.append("</div>")
    if links is not None:
        field = f"feed-{_esc(name)}"
        parts.append(
            f'<p class="copy"><label for="{field}">{_esc(word("copy", lang))}</label>'
            f'<input id="{field}" readonly value="{_esc(links.address)}" '
            f'dir="ltr"><button type="button" hidden data-copy="{field}" '
            f'data-done="{_esc(word("copied", lang))}">{_esc(word("copy", lang))}</button></p>'
        )
    else:
        parts.append(f'<p class="note">{_esc(word("no_base", lang))}</p>')
    parts.append("</section>")
    return "\n".join(parts)


def _ltr_ics(text: str, lang: str) -> str:
    """``text`` escaped, its ``.ics`` kept left to right on a right-to-left page.

    The span keeps the words one run of text inside a flex button, spaces and all.
    """
    escaped = _esc(text)
    if direction(lang) != "rtl":
        return escaped
    return "<span>" + escaped.replace(".ics", '<bdi dir="ltr">.ics</bdi>') + "</span>"


def _window_text(key: str, lang: str, layout: SiteLayout, **values: str) -> str | None:
    if layout.first_year is None or layout.last_year is None:
        return None
    return word(
        key,
        lang,
        first=_digits(layout.first_year, lang),
        last=_digits(layout.last_year, lang),
        **values,
    )


#: What an occurrence's list item says in one language, whatever page shows it: the date, the
#: title after the link's address, the theme and the tentative badge (see :func:`_item_texts`).
_ItemTexts = tuple[str, str, str, str]


def _item_texts(occurrence: Occurrence, lang: str, site: _Site | None = None) -> _ItemTexts:
    observance = occurrence.observance
    when = _esc(occurrence.date_text(lang))
    if occurrence.end != occurrence.start:
        when += " – " + _esc(format_date(occurrence.end, lang))
    title_lang = _lang_attr(_name_lang(observance, lang), lang)
    theme = occurrence.theme(lang)
    theme_html = ""
    if theme:
        found_lang = site.theme_lang(occurrence, lang) if site else _theme_lang(occurrence, lang)
        theme_lang = _lang_attr(found_lang, lang)
        theme_html = (
            f'<span class="theme">{_esc(word("theme", lang))}: '
            f"<span{theme_lang}>{_esc(theme)}</span></span>"
        )
    tentative = ""
    if not occurrence.confirmed:
        tentative = f'<span class="badge">{_esc(word("tentative", lang))}</span>'
    return (
        f'<li><time datetime="{occurrence.start.isoformat()}">{when}</time>',
        f"{title_lang}>{_esc(occurrence.title(lang))}</a>",
        theme_html,
        tentative,
    )


def _occurrence_item(
    occurrence: Occurrence,
    lang: str,
    *,
    here: str,
    layout: SiteLayout,
    country: str | None,
    texts: _ItemTexts | None = None,
) -> str:
    observance = occurrence.observance
    target = layout.observance_path(observance.id, _page_lang(lang, observance, layout))
    head, title, theme, tentative = texts or _item_texts(occurrence, lang)
    parts = [head, f'<a href="{_esc(layout.href(here, target))}"', title, theme]
    badges = tentative
    if country is not None and observance.is_public_holiday(occurrence.year, country):
        badges += f'<span class="badge holiday">{_esc(word("holiday", lang))}</span>'
    if badges:
        parts.append(f'<span class="badges">{badges}</span>')
    parts.append("</li>")
    return "".join(parts)


def _name_lang(observance: Observance, lang: str) -> str:
    """The language of the name shown for ``lang`` (English when the data has no other)."""
    found = pick(observance.names, lang)
    return found[0].split("-")[0] if found else "en"


def _theme_lang(occurrence: Occurrence, lang: str) -> str:
    """The language of the theme shown for ``lang`` (themes fall back to English)."""
    themes = occurrence.observance.record.themes
    has = any(t.year == occurrence.year and t.lang.split("-")[0] == lang for t in themes)
    return lang if has else "en"


def _page_lang(lang: str, observance: Observance, layout: SiteLayout) -> str:
    """The language an observance's page exists in for a reader of ``lang``."""
    scope = observance.scope
    if not is_country(scope):
        return lang
    own = {name_lang.split("-")[0] for name_lang in observance.names}
    return lang if lang in own | {"en", layout.default_lang} else layout.default_lang


def occurrence_list(
    occurrences: Iterable[Occurrence],
    lang: str,
    *,
    here: str,
    layout: SiteLayout,
    country: str | None = None,
) -> str:
    """An ordered list of occurrences: date, title (linked), theme and badges."""
    return _occurrence_list(None, occurrences, lang, here=here, layout=layout, country=country)


def _occurrence_list(
    site: _Site | None,
    occurrences: Iterable[Occurrence],
    lang: str,
    *,
    here: str,
    layout: SiteLayout,
    country: str | None = None,
) -> str:
    if site is not None:
        items = [site.list_item(o, lang, here=here, country=country) for o in occurrences]
    else:
        items = [
            _occurrence_item(o, lang, here=here, layout=layout, country=country)
            for o in occurrences
        ]
    return '<ol class="events">\n' + "\n".join(items) + "\n</ol>"


def month_grid(
    year: int, occurrences: Sequence[Occurrence], lang: str, *, country: str | None = None
) -> str:
    """The year as twelve small month tables, days with an observance marked."""
    titles = [occurrence.title(lang) for occurrence in occurrences]
    return _month_grid(year, occurrences, titles, lang, country=country)


#: Months already drawn, by year, language, first weekday, month and the days marked in it.
_MonthCache = dict[tuple[int, str, int, int, tuple[tuple[int, str], ...]], str]


def _month_grid(
    year: int,
    occurrences: Sequence[Occurrence],
    titles: Sequence[str],
    lang: str,
    *,
    country: str | None,
    drawn: _MonthCache | None = None,
) -> str:
    """:func:`month_grid` with the titles given; ``drawn`` keeps months for other grids."""
    marked: dict[date, list[str]] = {}
    for occurrence, title in zip(occurrences, titles, strict=True):
        day = occurrence.start
        while day <= occurrence.end:
            if day.year == year:
                marked.setdefault(day, []).append(title)
            day += timedelta(days=1)
    by_month: list[list[tuple[int, str]]] = [[] for _ in range(13)]
    for day, day_titles in marked.items():
        by_month[day.month].append((day.day, "; ".join(day_titles)))
    first = first_weekday(country)
    months = []
    for month, blank in enumerate(_blank_months(year, lang, first), 1):
        marks = tuple(by_month[month])
        if drawn is None:
            months.append(_month_table(blank, marks, lang))
            continue
        key = (year, lang, first, month, marks)
        table = drawn.get(key)
        if table is None:
            table = drawn[key] = _month_table(blank, marks, lang)
        months.append(table)
    return '<div class="grid">' + "".join(months) + "</div>"


def _month_table(
    blank: tuple[str, tuple[str, ...], int], marks: tuple[tuple[int, str], ...], lang: str
) -> str:
    """One month's table: its blank cells, the days of ``marks`` (day, titles) marked."""
    caption, cells, first_cell = blank
    filled = list(cells)
    for day, titles in marks:
        label = _esc(titles)
        filled[first_cell + day - 1] = f'<td class="on" title="{label}"><b>{_digits(day, lang)}</b>'
    rows = ["".join(filled[i : i + 7]) for i in range(0, len(filled), 7)]
    body = "".join(f"<tr>{row}" for row in rows)
    return f"{caption}<tbody>{body}</tbody></table>"


@cache
def _blank_months(year: int, lang: str, first: int) -> tuple[tuple[str, tuple[str, ...], int], ...]:
    """The twelve months of ``year`` with no day marked, for :func:`month_grid` to fill.

    Per month: the table's start (caption, weekday heads), its cells (blanks before the first
    day, then one per day) and the index of the first day's cell. End tags of cells and rows
    are optional in HTML; leaving them out halves the grid.
    """
    names = weekday_abbreviations(lang)
    head = "".join(f"<th>{_esc(names[(first + i) % 7])}" for i in range(7))
    months = []
    for month in range(1, 13):
        day = date(year, month, 1)
        blanks = (day.weekday() - first) % 7
        cells = ["<td>"] * blanks
        while day.month == month:
            cells.append(f"<td>{_digits(day.day, lang)}")
            day += timedelta(days=1)
        start = (
            f"<table><caption>{_esc(month_title(month, lang))}</caption><thead><tr>{head}</thead>"
        )
        months.append((start, tuple(cells), blanks))
    return tuple(months)


def country_section(
    catalog: Catalog, code: str, *, lang: str, today: date, layout: SiteLayout, here: str = ""
) -> str:
    """The inside of a country's page.

    Subscribe buttons, this year's and next year's observances, and this year's month grid.
    """
    return _country_section(_Site(catalog, layout), code, lang=lang, today=today, here=here)


def _country_section(site: _Site, code: str, *, lang: str, today: date, here: str) -> str:
    layout = site.layout
    place = country_name(code, lang)
    year = today.year
    parts = [
        f"<h1>{_esc(place)}</h1>",
        f'<p class="lede">{_esc(word("in_place", lang, place=place))}</p>',
        site.subscribe(
            code, lang, here=here, about=_window_text("feed_place", lang, layout, place=place)
        ),
    ]
    this_year: list[Occurrence] = []
    for shown in (year, year + 1):
        found = site.year(code, shown)
        if shown == year:
            this_year = found
        parts.append(f'<h2 id="y{shown}">{_esc(_digits(shown, lang))}</h2>')
        parts.append(_occurrence_list(site, found, lang, here=here, layout=layout, country=code))
    parts.append(f"<h2>{_esc(word('glance', lang, year=_digits(year, lang)))}</h2>")
    titles = [site.title(occurrence, lang) for occurrence in this_year]
    parts.append(_month_grid(year, this_year, titles, lang, country=code, drawn=site._months))
    return "\n".join(parts)


def country_page(catalog: Catalog, code: str, *, lang: str, today: date, layout: SiteLayout) -> str:
    """The whole page of country ``code`` in ``lang`` (see :func:`country_section`)."""
    return _country_page(_Site(catalog, layout), code, lang=lang, today=today)


def _country_page(site: _Site, code: str, *, lang: str, today: date) -> str:
    layout = site.layout
    here = layout.country_path(code, lang)
    offered = site.languages(code)
    body = _country_section(site, code, lang=lang, today=today, here=here)
    place = country_name(code, lang)
    return document(
        lang=lang,
        title=f"{place} · {word('title', lang)}",
        body=body,
        here=here,
        layout=layout,
        alternates=[(other, layout.country_path(code, other)) for other in offered],
        description=word("in_place", lang, place=place),
    )


def _scope_label(catalog: Catalog, scope: str, lang: str) -> tuple[str, str]:
    if scope == "world":
        return lang, word("worldwide", lang)
    if is_country(scope):
        return lang, country_name(scope, lang)
    return _region_label(scope)


def json_ld(occurrences: Iterable[Occurrence], lang: str) -> str:
    r"""A ``<script type="application/ld+json">`` element, safe to embed.

    ``<``, ``>`` and ``&`` are written as JSON escapes (``\u003c``...), so no text in the data
    can close the element (``</script>``) or open a comment; the JSON means the same.
    """
    return jsonld_script(to_jsonld(occurrences, lang=lang))


def observance_section(
    catalog: Catalog,
    observance_id: str,
    *,
    lang: str,
    today: date,
    layout: SiteLayout,
    here: str = "",
) -> str:
    """The inside of an observance's page.

    What it is, who established it and when, its dates over the years, every edition with its
    theme, its names in every language and its sources.
    """
    site = _Site(catalog, layout)
    return _observance_section(site, observance_id, lang=lang, today=today, here=here)


def _observance_section(
    site: _Site, observance_id: str, *, lang: str, today: date, here: str
) -> str:
    catalog = site.catalog
    scope = catalog[observance_id].scope
    seen = site.view(scope) if is_country(scope) else catalog
    if observance_id not in seen:
        seen = catalog
    observance = seen[observance_id]
    feed_name = "world" if scope == "world" else scope
    feed_lang = lang if lang in site.languages(feed_name) else "en"
    editions, edition_table = _editions_table(site, observance, lang=lang, today=today)
    recent = [o for o in editions if o.year >= today.year - 1]
    return "\n".join(
        [
            *_observance_heading(observance, lang),
            _observance_facts(site, observance, lang=lang, here=here),
            site.subscribe(feed_name, feed_lang, here=here),
            *_schedule_table(observance, lang),
            *edition_table,
            *_names_list(observance, lang, site.name_entries(observance)),
            *_sources_list(observance, lang),
            json_ld(recent, lang),
        ]
    )


def _observance_heading(observance: Observance, lang: str) -> list[str]:
    name_lang, name = pick(observance.names, lang) or ("en", observance.name("en"))
    parts = [f"<h1{_lang_attr(name_lang, lang)}>{_esc(name)}</h1>"]
    about = _in(lang, observance.record.descriptions)
    if about:
        parts.append(f'<p class="lede"{_lang_attr(about[0], lang)}>{_esc(about[1])}</p>')
    return parts


def _observance_facts(site: _Site, observance: Observance, *, lang: str, here: str) -> str:
    scope, layout = observance.scope, site.layout
    scope_lang, scope_name = _scope_label(site.catalog, scope, lang)
    if is_country(scope):
        link = _esc(layout.href(here, layout.country_path(scope, _country_lang(site, scope, lang))))
        scope_html = f'<a href="{link}">{_esc(scope_name)}</a>'
    else:
        scope_html = f"<span{_lang_attr(scope_lang, lang)}>{_esc(scope_name)}</span>"
    facts = [f"<dt>{_esc(word('observances', lang))}</dt><dd>{scope_html}</dd>"]
    body = observance.localized_established_by(lang)
    if body:
        facts.append(
            f"<dt>{_esc(word('established_by', lang))}</dt>"
            f"<dd{_lang_attr(body.lang, lang)}>{_esc(body.text)}</dd>"
        )
    for key, year in (
        ("established", observance.established),
        ("first_held", observance.first_year),
    ):
        if year is not None:
            facts.append(f"<dt>{_esc(word(key, lang))}</dt><dd>{_esc(_digits(year, lang))}</dd>")
    return '<dl class="facts">' + "".join(facts) + "</dl>"


def _schedule_table(observance: Observance, lang: str) -> list[str]:
    rows = []
    for span in observance.record.schedule:
        start = max(span.since, observance.first_year or span.since)
        occurrence = observance.occurrence(start)
        until = _digits(span.until, lang) if span.until is not None else "…"
        first = _esc(occurrence.date_text(lang)) if occurrence else ""
        rows.append(
            f"<tr><td>{_esc(_digits(span.since, lang))}–{_esc(until)}</td><td>{first}</td></tr>"
        )
    return [
        f"<h2>{_esc(word('history', lang))}</h2>",
        f'<table><thead><tr><th scope="col">{_esc(word("years", lang))}</th>'
        f'<th scope="col">{_esc(word("first_date", lang))}</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>",
    ]


def _editions_table(
    site: _Site, observance: Observance, *, lang: str, today: date
) -> tuple[list[Occurrence], list[str]]:
    """The occurrences held from the first year to next year, and their table, newest first."""
    record = observance.record
    first_year = observance.first_year or min(s.since for s in record.schedule)
    last_year = today.year + 1
    editions: list[Occurrence] = []
    rows = []
    not_held = {entry.year for entry in record.not_held}
    history = site.history(observance, first_year, last_year)
    for year, occurrence in zip(range(first_year, last_year + 1), history, strict=True):
        if occurrence is None:
            if year in not_held:
                rows.append(
                    f"<tr><td>{_esc(_digits(year, lang))}</td>"
                    f'<td colspan="2">{_esc(word("not_held", lang))}</td></tr>'
                )
            continue
        editions.append(occurrence)
        rows.append(_edition_row(site, occurrence, lang))
    table = [
        f"<h2>{_esc(word('editions', lang))}</h2>",
        '<table class="editions"><thead><tr>'
        f'<th scope="col">{_esc(word("date", lang))}</th>'
        f'<th scope="col">{_esc(word("edition", lang))}</th>'
        f'<th scope="col">{_esc(word("theme", lang))}</th></tr></thead>'
        f"<tbody>{''.join(reversed(rows))}</tbody></table>",
    ]
    return editions, table


def _edition_row(site: _Site, occurrence: Occurrence, lang: str) -> str:
    number = _digits(occurrence.edition, lang) if occurrence.edition is not None else ""
    theme = site.theme(occurrence, lang)
    theme_html = ""
    if theme:
        theme_html = (
            f"<span{_lang_attr(site.theme_lang(occurrence, lang), lang)}>{_esc(theme)}</span>"
        )
    return (
        f'<tr><td><time datetime="{occurrence.start.isoformat()}">'
        f"{_esc(occurrence.date_text(lang))}</time></td>"
        f"<td>{_esc(number)}</td><td>{theme_html}</td></tr>"
    )


#: An observance's names as its pages list them: each entry's text up to its translation
#: mark, and whether it has one (the mark is in the page's language, the rest is not).
_NameEntries = tuple[tuple[str, bool], ...]


def _name_entries(observance: Observance) -> _NameEntries:
    translated = observance.record.translated_names
    return tuple(
        (
            f"<dt>{_esc(language_name(name_lang))}</dt>"
            f'<dd><span lang="{_esc(name_lang)}">{_esc(observance.names[name_lang])}</span>',
            name_lang in translated,
        )
        for name_lang in sorted(observance.names)
    )


def _names_list(
    observance: Observance, lang: str, entries: _NameEntries | None = None
) -> list[str]:
    """The names section; ``entries`` are :func:`_name_entries` when known."""
    mark = f" <small>({_esc(word('translation', lang))})</small>"
    names = [
        text + (mark if translated else "") + "</dd>"
        for text, translated in (entries if entries is not None else _name_entries(observance))
    ]
    return [
        f"<h2>{_esc(word('names', lang))}</h2>",
        '<dl class="names">' + "".join(names) + "</dl>",
    ]


def _sources_list(observance: Observance, lang: str) -> list[str]:
    sources = [
        f'<li><a href="{_esc(source.url)}" lang="en">{_esc(source.title or source.url)}</a></li>'
        for source in observance.sources
    ]
    return [
        f"<h2>{_esc(word('sources', lang))}</h2>",
        '<ul class="sources">' + "".join(sources) + "</ul>",
    ]


def _country_lang(site: _Site, code: str, lang: str) -> str:
    return lang if lang in site.languages(code) else site.layout.default_lang


def observance_page(
    catalog: Catalog, observance_id: str, *, lang: str, today: date, layout: SiteLayout
) -> str:
    """The whole page of an observance in ``lang`` (see :func:`observance_section`)."""
    return _observance_page(_Site(catalog, layout), observance_id, lang=lang, today=today)


def _observance_page(site: _Site, observance_id: str, *, lang: str, today: date) -> str:
    catalog, layout = site.catalog, site.layout
    observance = catalog[observance_id]
    here = layout.observance_path(observance_id, lang)
    offered = site.languages(observance.scope)
    body = _observance_section(site, observance_id, lang=lang, today=today, here=here)
    return document(
        lang=lang,
        title=f"{observance.name(lang)} · {word('title', lang)}",
        body=body,
        here=here,
        layout=layout,
        alternates=[(other, layout.observance_path(observance_id, other)) for other in offered],
    )


def _sort_key(text: str) -> str:
    return text.casefold()


def index_section(
    catalog: Catalog, *, lang: str, today: date, layout: SiteLayout, here: str = ""
) -> str:
    """The inside of the index page.

    What is coming up, the worldwide calendar, the countries grouped by continent, the
    observances, and the regional and topic calendars.
    """
    return _index_section(_Site(catalog, layout), lang=lang, today=today, here=here)


def _index_section(site: _Site, *, lang: str, today: date, here: str) -> str:
    catalog, layout = site.catalog, site.layout
    parts = [
        f"<h1>{_esc(word('title', lang))}</h1>",
        f'<p class="lede">{_esc(word("tagline", lang))}</p>',
        f'<nav class="jump"><a href="#countries">{_esc(word("countries", lang))}</a>'
        f'<a href="#days">{_esc(word("observances", lang))}</a></nav>',
    ]
    coming = site.upcoming(today)
    parts.append(f"<h2>{_esc(word('coming', lang))}</h2>")
    parts.append(_occurrence_list(site, coming, lang, here=here, layout=layout))
    parts.append(
        subscribe_section(
            "world",
            lang,
            here=here,
            layout=layout,
            about=_window_text("feed_world", lang, layout),
        )
    )
    parts.append(f'<h2 id="countries">{_esc(word("countries", lang))}</h2>')
    parts.append(
        f'<p class="find" hidden><label for="find">{_esc(word("find", lang))}</label>'
        '<input id="find" type="search" autocomplete="off" data-filter="countries"></p>'
    )
    groups: dict[str, list[tuple[str, str]]] = {}
    for code in catalog.countries():
        groups.setdefault(continent_of(code) or "001", []).append((country_name(code, lang), code))
    order = [c for c in continents() if c in groups] + (["001"] if "001" in groups else [])
    parts.append(
        '<nav class="jump">'
        + "".join(f'<a href="#c{c}">{_esc(country_name(c, lang))}</a>' for c in order)
        + "</nav>"
    )
    for continent in order:
        items = []
        for place, code in sorted(groups[continent], key=lambda item: _sort_key(item[0])):
            target = layout.country_path(code, _country_lang(site, code, lang))
            items.append(f'<li><a href="{_esc(layout.href(here, target))}">{_esc(place)}</a></li>')
        parts.append(
            f'<section class="continent" id="c{continent}">'
            f"<h3>{_esc(country_name(continent, lang))}</h3>"
            f'<ul class="countries">{"".join(items)}</ul></section>'
        )
    parts.append(f'<h2 id="days">{_esc(word("observances", lang))}</h2>')
    days = sorted(
        (o for o in catalog if not is_country(o.scope)),
        key=lambda o: _sort_key(o.name(lang)),
    )
    items = []
    for observance in days:
        found_lang, name = pick(observance.names, lang) or ("en", observance.name("en"))
        target = layout.observance_path(observance.id, lang)
        items.append(
            f'<li><a href="{_esc(layout.href(here, target))}"{_lang_attr(found_lang, lang)}>'
            f"{_esc(name)}</a></li>"
        )
    parts.append('<ul class="days">' + "".join(items) + "</ul>")
    parts.append(f"<h2>{_esc(word('regional', lang))}</h2>")
    parts.append(_feed_rows(sorted(catalog.regions), lang, here=here, layout=layout, topics=False))
    parts.append(f"<h2>{_esc(word('topics', lang))}</h2>")
    parts.append(_feed_rows(catalog.tags(), lang, here=here, layout=layout, topics=True))
    return "\n".join(parts)


def _feed_rows(
    names: Sequence[str], lang: str, *, here: str, layout: SiteLayout, topics: bool
) -> str:
    rows = []
    for name in names:
        label_lang, label = topic_name(name, lang) if topics else _region_label(name)
        path = layout.feed_path(name, lang)
        address = layout.absolute(path)
        href = _esc(layout.href(here, path))
        links = [f'<a href="{href}" download>{_ltr_ics(".ics", lang)}</a>']
        if address is not None:
            found = subscribe_links(address)
            links += [
                f'<a href="{_esc(found.apple)}">{_esc(word("apple", lang))}</a>',
                f'<a href="{_esc(found.google)}">{_esc(word("google", lang))}</a>',
                f'<a href="{_esc(found.outlook)}">{_esc(word("outlook", lang))}</a>',
            ]
        rows.append(
            f"<li><span{_lang_attr(label_lang, lang)}>{_esc(label)}</span> {' '.join(links)}</li>"
        )
    return '<ul class="feeds">' + "".join(rows) + "</ul>"


def index_page(catalog: Catalog, *, lang: str, today: date, layout: SiteLayout) -> str:
    """The whole index page in ``lang`` (see :func:`index_section`)."""
    return _index_page(_Site(catalog, layout), lang=lang, today=today)


def _index_page(site: _Site, *, lang: str, today: date) -> str:
    layout = site.layout
    here = layout.index_path(lang)
    body = _index_section(site, lang=lang, today=today, here=here)
    return document(
        lang=lang,
        title=word("title", lang),
        body=body,
        here=here,
        layout=layout,
        alternates=[(other, layout.index_path(other)) for other in LANGUAGES],
        description=word("tagline", lang),
    )


def stylesheet() -> str:
    """The site's CSS (phone first, dark-mode aware, with a print stylesheet)."""
    return STYLE


__all__ = [
    "SiteLayout",
    "country_page",
    "country_section",
    "document",
    "index_page",
    "index_section",
    "json_ld",
    "month_grid",
    "observance_page",
    "observance_section",
    "occurrence_list",
    "page_languages",
    "render_path",
    "stylesheet",
    "subscribe_section",
]


def render_path(
    catalog: Catalog, path: str, *, today: date, layout: SiteLayout
) -> tuple[str, str] | None:
    """The page at ``path`` as ``(content type, text)``, or None when there is no such page.

    ``path`` is a path of the site: ``/``, ``/km/KH/``, ``/days/{id}/``, ``/style.css``.

    This is how ``childdays serve`` shows the same pages as a static build.

    >>> import childdays
    >>> found = render_path(childdays.catalog(), "/km/KH/", today=date(2024, 1, 1),
    ...                     layout=SiteLayout())
    >>> found is not None and found[0]
    'text/html; charset=utf-8'
    """
    if path == "/" + layout.asset_path("style.css"):
        return "text/css; charset=utf-8", stylesheet()
    parts = [part for part in path.removesuffix("index.html").split("/") if part]
    lang = layout.default_lang
    if parts and parts[0] in LANGUAGES and parts[0] != layout.default_lang:
        lang = parts.pop(0)
    html_type = "text/html; charset=utf-8"
    if not parts:
        return html_type, index_page(catalog, lang=lang, today=today, layout=layout)
    if len(parts) == 1 and parts[0] in catalog.countries():
        code = parts[0]
        if lang not in page_languages(catalog, code, default_lang=layout.default_lang):
            return None
        return html_type, country_page(catalog, code, lang=lang, today=today, layout=layout)
    if len(parts) == 2 and parts[0] == "days" and parts[1] in catalog:
        observance = catalog[parts[1]]
        offered = page_languages(catalog, observance.scope, default_lang=layout.default_lang)
        if lang not in offered:
            return None
        text = observance_page(catalog, observance.id, lang=lang, today=today, layout=layout)
        return html_type, text
    return None
