"""The page builders of the site, ``childdays serve`` and the CMS integrations.

Plain functions that return HTML strings, in the twelve languages: :func:`index_page`,
:func:`country_page`, :func:`observance_page` (whole documents) and their ``*_section``
counterparts (the inside of ``<main>``, for a CMS template), with :class:`SiteLayout` saying
where pages and feeds live. :func:`word` gives the translated fixed words and
:func:`country_name` country names from CLDR. The older one-page feed list
(:func:`index_html`, :func:`feed_links`) is kept for existing callers.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from childdays.export import jsonld_script, to_jsonld
from childdays.feeds import feed_path
from childdays.i18n import LANGUAGES
from childdays.links import subscribe_links
from childdays.observances import Catalog, Occurrence
from childdays.pages.places import (
    continent_of,
    country_name,
    direction,
    language_name,
    month_title,
)
from childdays.pages.render import (
    SiteLayout,
    country_page,
    country_section,
    document,
    index_page,
    index_section,
    json_ld,
    month_grid,
    observance_page,
    observance_section,
    occurrence_list,
    own_languages,
    page_languages,
    render_path,
    stylesheet,
    subscribe_section,
)
from childdays.pages.words import TOPICS, WORDS, topic_name, word
from childdays.records import is_country


@dataclass(frozen=True, slots=True)
class FeedLink:
    """One feed listed on the index: its group, label, name and the languages it comes in."""

    group: str
    label: str
    name: str
    langs: tuple[str, ...] = ("en",)

    def path(self, lang: str) -> str:
        """The feed's path relative to the site root in ``lang``."""
        return feed_path(self.name, lang)


_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
    "line-height:1.5}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid "
    "#ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}.links a{margin-right:.6rem}"
    "h2{margin-top:2rem}"
)


def _link_cells(base_url: str | None, feed: FeedLink) -> str:
    """Per language: the .ics link, and with a base URL the webcal, Google and Outlook ones."""
    cells = []
    for lang in feed.langs:
        path = feed.path(lang)
        if base_url is None:
            cells.append(
                f'<span lang="{lang}">{lang}: <a href="{html.escape(path)}">.ics</a></span>'
            )
            continue
        links = subscribe_links(base_url.rstrip("/") + "/" + path)
        cells.append(
            f'<span lang="{lang}">{lang}: '
            f'<a href="{html.escape(links.https)}">.ics</a>'
            f'<a href="{html.escape(links.webcal)}">webcal</a>'
            f'<a href="{html.escape(links.google)}">Google</a>'
            f'<a href="{html.escape(links.outlook)}">Outlook</a></span>'
        )
    return "<br>".join(cells)


def index_html(
    feeds: Sequence[FeedLink],
    upcoming: Iterable[Occurrence],
    *,
    title: str = "Child protection days",
    base_url: str | None = None,
    lang: str = "en",
) -> str:
    """The index page: upcoming observances, then every feed with its subscribe links.

    Without ``base_url`` the links are relative (plain ``.ics`` downloads); with it, each feed
    also gets its ``webcal://``, Google Calendar and Outlook links.
    """
    upcoming = list(upcoming)
    rows = [
        "<tr>"
        f'<td><time datetime="{o.start.isoformat()}">{html.escape(o.date_text(lang))}</time></td>'
        f"<td>{html.escape(o.title(lang))}</td>"
        f"<td>{html.escape(o.theme(lang) or '')}</td>"
        "</tr>"
        for o in upcoming
    ]
    parts = [
        "<!doctype html>",
        f'<html lang="{html.escape(lang)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style>",
        jsonld_script(to_jsonld(upcoming, lang=lang)),
        "</head><body>",
        f"<h1>{html.escape(title)}</h1>",
        "<h2>Upcoming</h2>",
        "<table><thead><tr><th>Date</th><th>Observance</th><th>Theme</th></tr></thead><tbody>",
        *rows,
        "</tbody></table>",
    ]
    group = None
    for feed in feeds:
        if feed.group != group:
            if group is not None:
                parts.append("</tbody></table>")
            group = feed.group
            parts += [f"<h2>{html.escape(group)}</h2>", "<table><tbody>"]
        parts.append(
            f"<tr><td>{html.escape(feed.label)}</td>"
            f'<td class="links">{_link_cells(base_url, feed)}</td></tr>'
        )
    if group is not None:
        parts.append("</tbody></table>")
    parts += [
        '<p>Data and sources: <a href="observances.json">observances.json</a>. Made with '
        "childdays.</p>",
        "</body></html>",
        "",
    ]
    return "\n".join(parts)


def feed_languages(catalog: Catalog, name: str) -> list[str]:
    """The languages a feed is offered in.

    All twelve for the world, regions and topics; English and the country's own languages for
    a country.
    """
    if not is_country(name):
        return list(LANGUAGES)
    own = own_languages(catalog, name) & set(LANGUAGES)
    return ["en", *sorted(own - {"en"})]


def feed_links(
    catalog: Catalog, *, langs: Callable[[str], Sequence[str]] | None = None
) -> list[FeedLink]:
    """The feeds the index lists: the world, regions, tags and countries.

    ``langs(name)`` gives the languages a feed comes in (default: English only).
    """

    def of(name: str) -> tuple[str, ...]:
        return tuple(langs(name)) if langs is not None else ("en",)

    links = [FeedLink("Worldwide", "Worldwide observances", "world", of("world"))]
    links += [FeedLink("Regions", region, region, of(region)) for region in sorted(catalog.regions)]
    links += [FeedLink("Topics", tag, tag, of(tag)) for tag in catalog.tags()]
    links += [FeedLink("Countries", code, code, of(code)) for code in catalog.countries()]
    return links


__all__ = [
    "TOPICS",
    "WORDS",
    "FeedLink",
    "SiteLayout",
    "continent_of",
    "country_name",
    "country_page",
    "country_section",
    "direction",
    "document",
    "feed_languages",
    "feed_links",
    "index_html",
    "index_page",
    "index_section",
    "json_ld",
    "language_name",
    "month_grid",
    "month_title",
    "observance_page",
    "observance_section",
    "occurrence_list",
    "page_languages",
    "render_path",
    "stylesheet",
    "subscribe_section",
    "topic_name",
    "word",
]
