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

import os
import sys
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from childdays.export import iter_json, observances_document, occurrences_document
from childdays.i18n import LANGUAGES
from childdays.ical import FeedOptions, _Cache, _calendar, _occurrence_event, _Static
from childdays.observances import Catalog, Occurrence
from childdays.output import staged_folder
from childdays.pages import SiteLayout, stylesheet
from childdays.pages.render import _country_page, _index_page, _observance_page, _Site

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
    if last_year < first_year:
        raise ValueError(f"last_year {last_year} is before first_year {first_year}")
    if catalog is None:
        from childdays import catalog as builtin

        catalog = builtin()
    layout = SiteLayout(
        default_lang=lang, base_url=base_url, first_year=first_year, last_year=last_year
    )
    root = Path(outdir)
    with staged_folder(root) as staging:
        out = _Output(root, staging)
        site = _Site(catalog, layout)
        window = (date(first_year, 1, 1), date(last_year, 12, 31))
        _write_site(out, site, window, today, progress)
        out.summary.removed = _keep_other_files(root, staging)
    return out.summary


#: How each file of a build is opened: created new in the staging folder, written whole.
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)


class _Output:
    """Writes the files of a build into its staging folder and counts them.

    Each file is one ``os.open``, its writes and a close (no buffered file object, no
    ``stat``); each folder is made once, knowing its parent exists. A file counts as changed
    unless the old site (when there is one) has the same bytes at the same place.
    """

    def __init__(self, root: Path, staging: Path) -> None:
        self.root = root
        self.staging = os.fspath(staging)
        self.old = os.fspath(root) if root.is_dir() else None
        self.summary = BuildSummary()
        os.mkdir(f"{self.staging}/feeds")
        self.folders = {self.staging, f"{self.staging}/feeds"}

    def file(self, relative: str, chunks: Iterable[bytes]) -> None:
        """Write ``relative`` from ``chunks``; count it, and whether it changed."""
        path = f"{self.staging}/{relative}"
        folder = path.rpartition("/")[0]
        if folder not in self.folders:
            self._folder(folder)
        before = _open_old(f"{self.old}/{relative}") if self.old is not None else None
        same = before is not None
        size = 0
        descriptor = os.open(path, _CREATE, 0o666)
        try:
            for chunk in chunks:
                _write_all(descriptor, chunk)
                size += len(chunk)
                if same:
                    same = _read_exactly(before, len(chunk)) == chunk
            if same:
                same = _read_exactly(before, 1) == b""
        finally:
            os.close(descriptor)
            if before is not None:
                os.close(before)
        self.summary.files += 1
        self.summary.bytes += size
        if not same:
            self.summary.changed += 1

    def page(self, relative: str, text: str) -> None:
        """Write the page at folder ``relative`` (its ``index.html``)."""
        self.summary.pages += 1
        self.file(relative + "index.html", (text.encode("utf-8"),))

    def _folder(self, folder: str) -> None:
        """Make ``folder`` (and the parents this build has not made yet) in the staging folder."""
        parent = folder.rpartition("/")[0]
        if parent and parent not in self.folders:
            self._folder(parent)
        try:
            os.mkdir(folder)
        except FileExistsError:
            if not os.path.isdir(folder):
                raise
        self.folders.add(folder)


def _open_old(path: str) -> int | None:
    """A descriptor reading the old site's file at ``path``, or None when it has none."""
    try:
        return os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError:
        return None


def _write_all(descriptor: int, data: bytes) -> None:
    written = os.write(descriptor, data)
    if written < len(data):  # a short write (a full disk raises instead): write the rest
        view = memoryview(data)[written:]
        while view:
            view = view[os.write(descriptor, view) :]


def _read_exactly(descriptor: int | None, size: int) -> bytes | None:
    """``size`` bytes (fewer at the end) of the old file, or None when it cannot be read."""
    assert descriptor is not None
    try:
        data = os.read(descriptor, size)
        while 0 < len(data) < size:
            more = os.read(descriptor, size - len(data))
            if not more:
                break
            data += more
    except OSError:  # not a file (a folder has taken its name)
        return None
    return data


def _write_site(
    out: _Output, site: _Site, window: tuple[date, date], today: date, progress: TextIO | None
) -> None:
    """Every feed and page of the site.

    Each selection's occurrences are found once, for its feeds in every language and, for a
    country, its pages; each event is rendered once per language and shared by every feed
    that holds it.
    """
    _write_feeds_and_countries(out, site, window, today, progress)
    site.forget()  # what the feeds and country pages shared, before the next files are made
    _write_data(out, site.catalog, window)
    _write_pages(out, site, today)


def _write_feeds_and_countries(
    out: _Output, site: _Site, window: tuple[date, date], today: date, progress: TextIO | None
) -> None:
    """The feeds, and each country's pages with its feeds (they share its occurrences)."""
    catalog = site.catalog
    feeds = _Feeds(out, site, window, progress)
    for name in ["world", *sorted(catalog.regions), *catalog.tags()]:
        feeds.write(name, catalog.select(name).occurrences(*window))
    for code in catalog.countries():
        found = site.view(code).occurrences(*window)
        keys = feeds.write(code, found)
        site.remember(code, window[0].year, window[1].year, found, keys)
        for page_lang in site.languages(code):
            text = _country_page(site, code, lang=page_lang, today=today)
            out.page(site.layout.country_path(code, page_lang), text)
    feeds.done()


class _Feeds:
    """Writes each feed of the site in its languages, sharing the rendered events."""

    def __init__(
        self, out: _Output, site: _Site, window: tuple[date, date], progress: TextIO | None
    ) -> None:
        self.out = out
        self.site = site
        self.progress = progress
        catalog = site.catalog
        names = ["world", *sorted(catalog.regions), *catalog.tags(), *catalog.countries()]
        self.total = sum(len(site.languages(name)) for name in names)
        self.number = 0
        self.shared: dict[str, _Events] = {}

    def events(self, lang: str) -> _Events:
        """The events of the feeds in ``lang``, each rendered once.

        Each event links to its observance page, which carries the description and sources
        that would otherwise repeat in every event of every feed.
        """
        found = self.shared.get(lang)
        if found is None:
            layout = self.site.layout
            details_url = layout.absolute(layout.observance_path("{id}", lang))
            options = FeedOptions(lang=lang, details=False, details_url=details_url)
            found = self.shared[lang] = _Events(options)
        return found

    def write(self, name: str, found: list[Occurrence]) -> list[tuple[Hashable, Hashable]]:
        """The feeds of ``name`` (whose occurrences in the window are ``found``); their keys."""
        keys = [self.site.occurrence_key(occurrence) for occurrence in found]
        for lang in self.site.languages(name):
            path = self.site.layout.feed_path(name, lang)
            self.out.file(path, _feed(self.events(lang), found, keys))
            self.out.summary.events += len(found)
            self.out.summary.feeds += 1
            self.number += 1
            if self.progress is not None:
                self.progress.write(f"\r[{self.number}/{self.total}] {path}\x1b[K")
                self.progress.flush()
        return keys

    def done(self) -> None:
        """End the progress line."""
        if self.progress is not None:
            self.progress.write("\n")


#: The line that ends every feed.
_END = b"END:VCALENDAR\r\n"


class _Events:
    """The events of a site's feeds in one language, each rendered (and encoded) once.

    An event is rendered the first time a feed holds it; the feeds that hold it later take
    its bytes. What every event of one observance shares (see ``ical._Static``) is kept per
    observance key. ``head`` is the calendar's lines before the events: the same in every
    feed of the language.
    """

    __slots__ = ("_events", "_statics", "head", "options")

    def __init__(self, options: FeedOptions) -> None:
        self.options = options
        self.head = _calendar([], options).removesuffix(_END)
        self._events: dict[Hashable, bytes] = {}
        self._statics: dict[Hashable, _Static] = {}

    def event(self, occurrence: Occurrence, observance_key: Hashable, event_key: Hashable) -> bytes:
        """The bytes of ``occurrence``'s event."""
        found = self._events.get(event_key)
        if found is None:
            cache: _Cache = {}
            static = self._statics.get(observance_key)
            if static is not None:
                cache[occurrence.id] = static
            found = _occurrence_event(occurrence, self.options, cache).encode("utf-8")
            self._events[event_key] = found
            self._statics[observance_key] = cache[occurrence.id]
        return found


def _feed(
    events: _Events, found: list[Occurrence], keys: list[tuple[Hashable, Hashable]]
) -> tuple[bytes, ...]:
    """The bytes of the feed of ``found`` (whose occurrence keys are ``keys``), in pieces.

    The same bytes as ``ical.feed`` of the selection: ``found`` is already in the feed's
    order (by start and id, as :meth:`Catalog.occurrences` sorts it).
    """
    known = events._events
    pieces = [events.head]
    for occurrence, (observance_key, event_key) in zip(found, keys, strict=True):
        text = known.get(event_key)
        if text is None:
            text = events.event(occurrence, observance_key, event_key)
        pieces.append(text)
    pieces.append(_END)
    return (b"".join(pieces),)


def _write_data(out: _Output, catalog: Catalog, window: tuple[date, date]) -> None:
    """The stylesheet and the JSON of the observances and of the window's occurrences."""
    out.file("style.css", [stylesheet().encode("utf-8")])
    out.file("observances.json", iter_json(observances_document(catalog)))
    out.file("occurrences.json", iter_json(occurrences_document(catalog.occurrences(*window))))


def _write_pages(out: _Output, site: _Site, today: date) -> None:
    """The index in every language and each observance's pages."""
    catalog, layout = site.catalog, site.layout
    for page_lang in LANGUAGES:
        out.page(layout.index_path(page_lang), _index_page(site, lang=page_lang, today=today))
    for observance in catalog:
        if observance.same_as is not None and observance.same_as in catalog:
            continue
        for page_lang in site.languages(observance.scope):
            text = _observance_page(site, observance.id, lang=page_lang, today=today)
            out.page(layout.observance_path(observance.id, page_lang), text)


def _keep_other_files(old: Path, new: Path) -> int:
    """Copy the files of the old site the build does not make; return the stale ones dropped.

    Feeds (``feeds/*.ics``) and pages (``index.html``) the build no longer makes are dropped;
    any other file someone put beside the site (a ``CNAME``, a picture) is kept.
    """
    if not old.is_dir():
        return 0
    import shutil  # only for a rebuild over an old site

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
