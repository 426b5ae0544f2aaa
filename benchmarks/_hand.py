"""The hand-written baselines: a minimal feed writer (d) and a plain site build (e).

Both write the same bytes as the library (``run.py`` checks it before timing) with plain code:
string formatting in loops, no sharing between feeds, and the same per-feed caching as
``to_ical`` (what every event of one observance shares in one feed is made once per feed).
Texts come from the library's public accessors; pages from its public page functions.

    python benchmarks/_hand.py OUTDIR --today 2026-06-01 --base-url https://example.org/

writes the site that ``childdays build OUTDIR --today ... --base-url ...`` writes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import childdays
from childdays import ical
from childdays.export import observances_document, occurrences_document
from childdays.i18n import LANGUAGES
from childdays.observances import Catalog, Observance, Occurrence
from childdays.pages import (
    SiteLayout,
    country_page,
    index_page,
    observance_page,
    page_languages,
    stylesheet,
)

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
#: The most sources an event lists (as the library's feeds).
MAX_SOURCES = 3


def hand_escape(text: str) -> str:
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def hand_fold(line: str) -> bytes:
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return raw + b"\r\n"
    pieces = []
    start, limit = 0, 75
    while len(raw) - start > limit:
        cut = start + limit
        while raw[cut] & 0xC0 == 0x80:  # never cut inside a UTF-8 sequence
            cut -= 1
        pieces.append(raw[start:cut])
        start, limit = cut, 74
    pieces.append(raw[start:])
    return b"\r\n ".join(pieces) + b"\r\n"


def ymd(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def hand_static(
    observance: Observance, lang: str, details: bool, details_url: str | None
) -> list[bytes]:
    """What every event of ``observance`` in one feed shares (the library caches it too).

    Texts come from the public accessors (``localized_name``, ``localized_description``,
    ``localized_established_by``, ``sources_for``, ``url_for``) and the feed's words
    (``ical.word``, ``ical.labelled``); the lines are assembled, escaped and folded here.
    """
    record = observance.record
    stamp = f"{ymd(record.updated)}T000000Z" if record.updated else "19700101T000000Z"
    parts: list[str] = []
    page = details_url.replace("{id}", observance.id) if details_url else None
    if not details:
        if page:
            parts.append(page)
    else:
        about = observance.localized_description(lang)
        if about:
            if about.lang.split("-")[0] == ical.words_language(lang):
                parts.append(about.text)
            else:
                parts.append(ical.labelled("about", about, lang))
        body = observance.localized_established_by(lang)
        if body:
            parts.append(ical.labelled("established_by", body, lang))
        urls = [s.url for s in observance.sources_for(lang, limit=MAX_SOURCES)]
        if urls:
            parts.append(f"{ical.word('sources', lang)}: " + " ".join(urls))
    url = page or observance.url_for(lang)
    middle = [f"URL:{url}"] if url else []
    if record.tags:
        middle.append("CATEGORIES:" + ",".join(hand_escape(t) for t in sorted(record.tags)))
    middle += ["CLASS:PUBLIC", "TRANSP:TRANSPARENT", "X-MICROSOFT-CDO-BUSYSTATUS:FREE"]
    end = [f"SEQUENCE:{record.revision - 1}"]
    if record.updated:
        end.append(f"LAST-MODIFIED:{stamp}")
    return [
        f";LANGUAGE={observance.localized_name(lang).lang}".encode(),
        f";LANGUAGE={ical.words_language(lang)}".encode(),
        hand_fold(f"DTSTAMP:{stamp}"),
        hand_escape("\n".join(parts)).encode(),
        b"".join(hand_fold(line) for line in middle),
        b"".join(hand_fold(line) for line in end),
    ]


def hand_ical(
    occurrences: Iterable[Occurrence],
    lang: str,
    version: str,
    *,
    details: bool = True,
    details_url: str | None = None,
) -> bytes:
    """The feed of ``occurrences`` written with string formatting, in a plain loop.

    ``details=False`` and ``details_url`` (a template with ``{id}``) write a site's feeds: the
    event's description is that link. Like ``to_ical``, what every event of an observance
    shares in one feed is made once per feed; the rest (titles, themes, dates, escaping,
    folding, sorting) per event.
    """
    calendar = hand_escape(ical.word("calendar", lang))
    about = hand_escape(ical.word("description", lang))
    words = ical.words_language(lang)
    head = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//childdays//childdays {version}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"NAME;LANGUAGE={words}:{calendar}",
        f"X-WR-CALNAME:{calendar}",
        f"DESCRIPTION;LANGUAGE={words}:{about}",
        f"X-WR-CALDESC:{about}",
        "REFRESH-INTERVAL;VALUE=DURATION:P1D",
        "X-PUBLISHED-TTL:P1D",
    ]
    out = [hand_fold(line) for line in head]
    shared: dict[str, list[bytes]] = {}
    for occ in sorted(occurrences, key=lambda o: (o.start, o.id, o.year)):
        observance = occ.observance
        static = shared.get(observance.id)
        if static is None:
            static = shared[observance.id] = hand_static(observance, lang, details, details_url)
        language, words, stamp, tail, middle, end = static
        description = tail
        theme = occ.localized_theme(lang)
        if theme:
            prefix = hand_escape(ical.labelled("theme", theme, lang)).encode()
            description = prefix + b"\\n" + tail if tail else prefix
        last = occ.start + timedelta(days=observance.duration)
        out += [
            b"BEGIN:VEVENT\r\n",
            hand_fold(f"UID:{hand_escape(occ.uid)}"),
            stamp,
            f"DTSTART;VALUE=DATE:{ymd(occ.start)}\r\nDTEND;VALUE=DATE:{ymd(last)}\r\n".encode(),
            hand_fold(f"SUMMARY{language.decode()}:{hand_escape(occ.title(lang))}"),
        ]
        if description:
            out.append(hand_fold(f"DESCRIPTION{words.decode()}:{description.decode()}"))
        out += [
            middle,
            b"STATUS:CONFIRMED\r\n" if occ.confirmed else b"STATUS:TENTATIVE\r\n",
            end,
            b"END:VEVENT\r\n",
        ]
    out.append(b"END:VCALENDAR\r\n")
    return b"".join(out)


def hand_json(document: object) -> bytes:
    return (json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode()


def hand_build(
    out: Path, catalog: Catalog, *, first: int, last: int, today: date, base_url: str | None
) -> int:
    """Write the site of ``childdays build`` into ``out`` (a new folder); return its events.

    Every feed is its selection's occurrences written by :func:`hand_ical`; the pages are the
    library's public page functions, each called for its page; files are written as made.
    """
    layout = SiteLayout(default_lang="en", base_url=base_url, first_year=first, last_year=last)
    version = childdays.__version__
    window = (date(first, 1, 1), date(last, 12, 31))
    events = 0

    def write(relative: str, content: bytes) -> None:
        path = out / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)

    names = ["world", *sorted(catalog.regions), *catalog.tags(), *catalog.countries()]
    for name in names:
        for lang in page_languages(catalog, name):
            found = catalog.select(name).occurrences(*window)
            details_url = layout.absolute(layout.observance_path("{id}", lang))
            write(
                layout.feed_path(name, lang),
                hand_ical(found, lang, version, details=False, details_url=details_url),
            )
            events += len(found)
    write("style.css", stylesheet().encode())
    write("observances.json", hand_json(observances_document(catalog)))
    write("occurrences.json", hand_json(occurrences_document(catalog.occurrences(*window))))
    for lang in LANGUAGES:
        text = index_page(catalog, lang=lang, today=today, layout=layout)
        write(layout.index_path(lang) + "index.html", text.encode())
    for code in catalog.countries():
        for lang in page_languages(catalog, code):
            text = country_page(catalog, code, lang=lang, today=today, layout=layout)
            write(layout.country_path(code, lang) + "index.html", text.encode())
    for observance in catalog:
        if observance.same_as is not None and observance.same_as in catalog:
            continue
        for lang in page_languages(catalog, observance.scope):
            text = observance_page(catalog, observance.id, lang=lang, today=today, layout=layout)
            write(layout.observance_path(observance.id, lang) + "index.html", text.encode())
    return events


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="the hand-written site build")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--today", type=date.fromisoformat, required=True)
    parser.add_argument("--base-url")
    args = parser.parse_args(argv)
    first, last = args.today.year - 1, args.today.year + 1
    args.outdir.mkdir()
    hand_build(
        args.outdir,
        childdays.catalog(),
        first=first,
        last=last,
        today=args.today,
        base_url=args.base_url,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
