"""The HTML index of feeds: subscribe links for every feed and a table of upcoming observances.

Used by the WSGI app (:mod:`childdays.web`) and the static site (:mod:`childdays.site`).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from childdays.links import subscribe_links
from childdays.observances import Catalog, Occurrence


@dataclass(frozen=True, slots=True)
class FeedLink:
    """One feed listed on the index: a label, its group and its path relative to the site root."""

    group: str
    label: str
    path: str


_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
    "line-height:1.5}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid "
    "#ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}.links a{margin-right:.6rem}"
    "h2{margin-top:2rem}"
)


def _link_cells(base_url: str | None, path: str) -> str:
    if base_url is None:
        return f'<a href="{html.escape(path)}">.ics</a>'
    links = subscribe_links(base_url.rstrip("/") + "/" + path)
    return (
        f'<a href="{html.escape(links.https)}">.ics</a>'
        f'<a href="{html.escape(links.webcal)}">webcal</a>'
        f'<a href="{html.escape(links.google)}">Google</a>'
        f'<a href="{html.escape(links.outlook)}">Outlook</a>'
    )


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
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>",
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
            f'<td class="links">{_link_cells(base_url, feed.path)}</td></tr>'
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


def feed_links(catalog: Catalog, *, langs: Iterable[str] = ("en",)) -> list[FeedLink]:
    """The feeds the index lists: the world, regions, tags and countries, in ``langs``."""
    links = []
    for lang in langs:
        suffix = "" if lang == "en" else f".{lang}"
        links.append(FeedLink("Worldwide", f"world ({lang})", f"feeds/world{suffix}.ics"))
        links += [
            FeedLink("Regions", f"{region} ({lang})", f"feeds/{region}{suffix}.ics")
            for region in sorted(catalog.regions)
        ]
        links += [
            FeedLink("Topics", f"{tag} ({lang})", f"feeds/{tag}{suffix}.ics")
            for tag in catalog.tags()
        ]
        links += [
            FeedLink("Countries", f"{code} ({lang})", f"feeds/{code}{suffix}.ics")
            for code in catalog.countries()
        ]
    return links
