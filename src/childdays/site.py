"""A static site any web host or CDN can serve: pages in twelve languages, feeds and JSON.

Pages: an index per language, a page per country and a page per observance (see
:mod:`childdays.pages`); the default language's pages sit at the root, the others under
``/{lang}/``. Feeds come in the languages their pages are offered in. The build streams: each
file is generated, written and released before the next, so memory stays flat. The site is
built in a sibling folder that then takes the place of the old one, so a reader or a killed
build finds the old site or the new one, never a mixture. The same data and options give the
same files; the summary counts what changed; pages and feeds that are no longer produced are
gone, other files beside the site are kept.
"""

from __future__ import annotations

import shutil
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
from childdays.output import staged_folder
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
    summary = BuildSummary()
    with staged_folder(root) as staging:
        (staging / "feeds").mkdir()

        def emit(relative: str, content: bytes) -> None:
            path = staging / relative
            summary.files += 1
            summary.bytes += len(content)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
            old = root / relative
            if not (old.is_file() and old.read_bytes() == content):
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
        summary.removed = _keep_other_files(root, staging)
    return summary


def _keep_other_files(old: Path, new: Path) -> int:
    """Copy the files of the old site the build does not make; return the stale ones dropped.

    Feeds (``feeds/*.ics``) and pages (``index.html``) the build no longer makes are dropped;
    any other file someone put beside the site (a ``CNAME``, a picture) is kept.
    """
    if not old.is_dir():
        return 0
    removed = 0
    for path in sorted(old.rglob("*")):
        relative = path.relative_to(old)
        if path.is_dir() or (new / relative).exists():
            continue
        if (relative.parts[0] == "feeds" and path.suffix == ".ics") or path.name == "index.html":
            removed += 1
            continue
        (new / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, new / relative, follow_symlinks=False)
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
