"""A static site any web host or CDN can serve: pages in twelve languages, feeds and JSON.

Pages: an index per language, a page per country and a page per observance (see
:mod:`childdays.pages`); the default language's pages sit at the root, the others under
``/{lang}/``. Feeds come in the languages their pages are offered in. The build streams: each
file is generated, written atomically and released before the next, so memory stays flat. The
same data and options give the same files; a rerun rewrites only what changed and removes the
pages and feeds that are no longer produced.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from childdays.export import observances_document, occurrences_document, to_json
from childdays.i18n import LANGUAGES
from childdays.ical import feed
from childdays.observances import Catalog
from childdays.output import write_atomically
from childdays.pages import (
    SiteLayout,
    country_page,
    index_page,
    observance_page,
    page_languages,
    stylesheet,
)

#: The feeds' default window on a site: this many years back and ahead of the current year
#: (rebuild the site at least once a year; subscribed calendars keep past events).
YEARS_BACK = 1
YEARS_AHEAD = 1
#: The size the default build stays under (checked by the tests, printed in the summary).
SIZE_BUDGET = 25_000_000


@dataclass
class BuildSummary:
    """What a build wrote."""

    files: int = 0
    changed: int = 0
    removed: int = 0
    events: int = 0
    bytes: int = 0
    pages: int = 0
    feeds: int = 0

    def __str__(self) -> str:
        return (
            f"{self.files} files ({self.pages} pages, {self.feeds} feeds; {self.changed} "
            f"changed, {self.removed} removed), {self.events} events, {self.bytes} bytes "
            f"({self.bytes / 1_000_000:.1f} MB)"
        )


@dataclass(frozen=True, slots=True)
class _Planned:
    path: str
    name: str
    lang: str


def _national(scope: str) -> bool:
    return len(scope) == 2 and scope.isupper()


def _plan(catalog: Catalog, layout: SiteLayout) -> Iterator[_Planned]:
    names = ["world", *sorted(catalog.regions), *catalog.tags(), *catalog.countries()]
    for name in names:
        for lang in page_languages(catalog, name, default_lang=layout.default_lang):
            yield _Planned(layout.feed_path(name, lang), name, lang)


def build_site(
    outdir: str | Path,
    catalog: Catalog | None = None,
    *,
    first_year: int,
    last_year: int,
    today: date,
    base_url: str | None = None,
    lang: str = "en",
    progress: TextIO | None = None,
) -> BuildSummary:
    """Write the static site for ``first_year``..``last_year`` into ``outdir``.

    ``today`` chooses the years the country pages show (this one and the next) and the
    upcoming observances on the index; ``base_url`` (the public address of ``outdir``, http or
    https) adds the Apple, Google and Outlook subscribe buttons; without it pages offer the
    download only. ``lang`` is the language of the root pages (the others go under
    ``/{lang}/``). ``progress`` receives one line per feed (the CLI passes stderr when it is a
    terminal).

    >>> import tempfile, datetime
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     summary = build_site(folder, first_year=2024, last_year=2024,
    ...                          today=datetime.date(2024, 1, 1))
    >>> summary.pages > 100
    True
    """
    if lang not in LANGUAGES:
        raise ValueError(f"lang {lang!r} is not one of the site's languages: {' '.join(LANGUAGES)}")
    if catalog is None:
        from childdays import catalog as builtin

        catalog = builtin()
    layout = SiteLayout(
        default_lang=lang, base_url=base_url, first_year=first_year, last_year=last_year
    )
    root = Path(outdir)
    (root / "feeds").mkdir(parents=True, exist_ok=True)
    summary = BuildSummary()
    written: set[Path] = set()

    def emit(relative: str, content: bytes) -> None:
        path = root / relative
        written.add(path)
        summary.files += 1
        summary.bytes += len(content)
        if path.exists() and path.read_bytes() == content:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, content)
        summary.changed += 1

    def page(relative: str, text: str) -> None:
        summary.pages += 1
        emit(relative + "index.html", text.encode("utf-8"))

    planned = list(_plan(catalog, layout))
    for number, item in enumerate(planned, 1):
        # Each event links to its observance page, which carries the description and sources
        # that would otherwise repeat in every event of every feed.
        details_url = layout.absolute(layout.observance_path("{id}", item.lang))
        content = feed(
            catalog.select(item.name),
            first_year=first_year,
            last_year=last_year,
            lang=item.lang,
            details=False,
            details_url=details_url,
        )
        summary.events += content.count(b"BEGIN:VEVENT")
        summary.feeds += 1
        emit(item.path, content)
        if progress is not None:
            progress.write(f"\r[{number}/{len(planned)}] {item.path}\x1b[K")
            progress.flush()
    if progress is not None:
        progress.write("\n")
    emit("style.css", stylesheet().encode("utf-8"))
    emit("observances.json", to_json(observances_document(catalog)))
    window = catalog.occurrences(date(first_year, 1, 1), date(last_year, 12, 31))
    emit("occurrences.json", to_json(occurrences_document(window)))
    for page_lang in LANGUAGES:
        page(
            layout.index_path(page_lang),
            index_page(catalog, lang=page_lang, today=today, layout=layout),
        )
    for code in catalog.countries():
        for page_lang in page_languages(catalog, code, default_lang=lang):
            text = country_page(catalog, code, lang=page_lang, today=today, layout=layout)
            page(layout.country_path(code, page_lang), text)
    for observance in catalog:
        if observance.same_as is not None and observance.same_as in catalog:
            continue
        for page_lang in page_languages(catalog, observance.scope, default_lang=lang):
            text = observance_page(
                catalog, observance.id, lang=page_lang, today=today, layout=layout
            )
            page(layout.observance_path(observance.id, page_lang), text)
    summary.removed += _remove_stale(root, written)
    return summary


def _remove_stale(root: Path, written: set[Path]) -> int:
    """Remove the feeds and pages an earlier build wrote that this one did not."""
    removed = 0
    stale = [p for p in root.glob("feeds/*.ics") if p not in written]
    stale += [p for p in root.rglob("index.html") if p not in written]
    for path in sorted(stale):
        path.unlink()
        removed += 1
        folder = path.parent
        while folder != root and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent
    return removed


def progress_stream() -> TextIO | None:
    """Standard error when it is a terminal (for progress lines), else None."""
    return sys.stderr if sys.stderr.isatty() else None


__all__ = [
    "SIZE_BUDGET",
    "YEARS_AHEAD",
    "YEARS_BACK",
    "BuildSummary",
    "build_site",
    "progress_stream",
]
