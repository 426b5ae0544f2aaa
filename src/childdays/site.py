"""A static feed site any web host or CDN can serve: feeds, JSON files and an index page.

The build streams: each file is generated, written atomically and released before the next, so
memory stays flat however many feeds there are. The same data and options give the same files;
a rerun rewrites only what changed and removes feeds that are no longer produced.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from childdays.export import observances_document, occurrences_document, to_json
from childdays.ical import feed
from childdays.observances import Catalog
from childdays.output import write_atomically
from childdays.pages import feed_languages, feed_links, index_html


@dataclass
class BuildSummary:
    """What a build wrote."""

    files: int = 0
    changed: int = 0
    removed: int = 0
    events: int = 0
    bytes: int = 0

    def __str__(self) -> str:
        return (
            f"{self.files} files ({self.changed} changed, {self.removed} removed), "
            f"{self.events} events, {self.bytes} bytes"
        )


@dataclass(frozen=True, slots=True)
class _Planned:
    path: str
    name: str
    lang: str


def _plan(catalog: Catalog) -> Iterator[_Planned]:
    names = ["world", *sorted(catalog.regions), *catalog.tags(), *catalog.countries()]
    for name in names:
        for lang in feed_languages(catalog, name):
            yield _Planned(_feed_path(name, lang), name, lang)


def _feed_path(name: str, lang: str) -> str:
    return f"feeds/{name}.ics" if lang == "en" else f"feeds/{name}.{lang}.ics"


def build_site(
    outdir: str | Path,
    catalog: Catalog | None = None,
    *,
    first_year: int,
    last_year: int,
    today: date,
    base_url: str | None = None,
    progress: TextIO | None = None,
) -> BuildSummary:
    """Write the static site for ``first_year``..``last_year`` into ``outdir``.

    ``today`` chooses the upcoming observances listed on ``index.html``; ``base_url`` (the
    public address of ``outdir``) adds webcal, Google and Outlook links to the index.
    ``progress`` receives one line per feed (the CLI passes stderr when it is a terminal).

    >>> import tempfile, datetime
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     summary = build_site(folder, first_year=2024, last_year=2024,
    ...                          today=datetime.date(2024, 1, 1))
    >>> summary.files > 100
    True
    """
    if catalog is None:
        from childdays import catalog as builtin

        catalog = builtin()
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
        write_atomically(path, content)
        summary.changed += 1

    planned = list(_plan(catalog))
    for number, item in enumerate(planned, 1):
        content = feed(
            catalog.select(item.name), first_year=first_year, last_year=last_year, lang=item.lang
        )
        summary.events += content.count(b"BEGIN:VEVENT")
        emit(item.path, content)
        if progress is not None:
            progress.write(f"\r[{number}/{len(planned)}] {item.path}\x1b[K")
            progress.flush()
    if progress is not None:
        progress.write("\n")
    emit("observances.json", to_json(observances_document(catalog)))
    window = catalog.occurrences(date(first_year, 1, 1), date(last_year, 12, 31))
    emit("occurrences.json", to_json(occurrences_document(window)))
    upcoming = catalog.filter(scope="world").upcoming(after=today, limit=12)
    feeds = feed_links(catalog, langs=lambda name: feed_languages(catalog, name))
    page = index_html(feeds, upcoming, base_url=base_url)
    emit("index.html", page.encode("utf-8"))
    for stale in sorted((root / "feeds").glob("*.ics")):
        if stale not in written:
            stale.unlink()
            summary.removed += 1
    return summary


def progress_stream() -> TextIO | None:
    """Standard error when it is a terminal (for progress lines), else None."""
    return sys.stderr if sys.stderr.isatty() else None


__all__ = ["BuildSummary", "build_site", "progress_stream"]
