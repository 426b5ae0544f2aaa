"""Occurrences -> RFC 5545 / RFC 7986 iCalendar feed bytes.

The writer assembles content lines directly (escaping per RFC 5545 3.3.11, folding at 75
octets without splitting a UTF-8 sequence, CRLF line ends): building icalendar Component
objects per event costs far more and is not needed to produce correct bytes. The tests parse
every feed back with icalendar, ical and vobject. Output depends only on the data, the options
and the occurrences given: never on the clock, the locale or hash order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from childdays import i18n
from childdays.observances import Occurrence

_FOLD_OCTETS = 75
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_EPOCH_STAMP = "19700101T000000Z"

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "calendar": "Child protection days",
        "theme": "Theme",
        "sources": "Sources",
        "established_by": "Established by",
    },
    "fr": {
        "calendar": "Journées de la protection de l'enfance",
        "theme": "Thème",
        "sources": "Sources",
        "established_by": "Établie par",
    },
    "km": {
        "theme": "ប្រធានបទ",
        "sources": "ប្រភព",
    },
}


def word(key: str, lang: str) -> str:
    """A fixed word of the feed (``theme``, ``sources``, ...) in ``lang``, falling back to en."""
    for candidate in i18n.fallback_chain(lang):
        found = _WORDS.get(candidate, {}).get(key)
        if found is not None:
            return found
    return _WORDS[i18n.DEFAULT_LANG][key]


def escape_text(value: str) -> str:
    r"""Escape a TEXT value (RFC 5545 3.3.11): ``\``, ``;``, ``,`` and newlines.

    >>> escape_text("a;b,c\\d\ne")
    'a\\;b\\,c\\\\d\\ne'
    """
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _NOT_TEXT.sub("", value)
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    r"""Fold one content line at 75 octets, never inside a UTF-8 sequence; CRLF-terminated.

    >>> [len(part) for part in fold("S:" + "x" * 80).split("\r\n")]
    [75, 8, 0]
    """
    if len(line) <= _FOLD_OCTETS // 4 or len(line.encode("utf-8")) <= _FOLD_OCTETS:
        return line + "\r\n"
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    limit = _FOLD_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            current = []
            size = 0
            limit = _FOLD_OCTETS - 1
        current.append(char)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces) + "\r\n"


def _date_value(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def _stamp(day: date | None) -> str:
    return f"{_date_value(day)}T000000Z" if day else _EPOCH_STAMP


def _description(occurrence: Occurrence, lang: str) -> str:
    observance = occurrence.observance
    parts: list[str] = []
    theme = occurrence.theme(lang)
    if theme:
        parts.append(f"{word('theme', lang)}: {theme}")
    found = i18n.pick(observance.record.descriptions, lang)
    if found:
        parts.append(found[1])
    if observance.established_by:
        parts.append(f"{word('established_by', lang)}: {observance.established_by}")
    urls = [source.url for source in observance.sources]
    if urls:
        parts.append(f"{word('sources', lang)}: " + " ".join(urls))
    return "\n".join(parts)


def _event_lines(occurrence: Occurrence, lang: str, *, transparent: bool) -> list[str]:
    observance = occurrence.observance
    record = observance.record
    summary_lang = i18n.pick(record.names, lang)
    language = f";LANGUAGE={summary_lang[0]}" if summary_lang else ""
    lines = [
        "BEGIN:VEVENT",
        f"UID:{escape_text(occurrence.uid)}",
        f"DTSTAMP:{_stamp(record.updated)}",
        f"DTSTART;VALUE=DATE:{_date_value(occurrence.start)}",
        f"DTEND;VALUE=DATE:{_date_value(occurrence.end + timedelta(days=1))}",
        f"SUMMARY{language}:{escape_text(occurrence.title(lang))}",
    ]
    description = _description(occurrence, lang)
    if description:
        lines.append(f"DESCRIPTION{language}:{escape_text(description)}")
    if observance.url:
        lines.append(f"URL:{observance.url}")
    if record.tags:
        lines.append("CATEGORIES:" + ",".join(escape_text(tag) for tag in sorted(record.tags)))
    lines.append("CLASS:PUBLIC")
    if transparent:
        lines += ["TRANSP:TRANSPARENT", "X-MICROSOFT-CDO-BUSYSTATUS:FREE"]
    lines.append("STATUS:CONFIRMED" if occurrence.confirmed else "STATUS:TENTATIVE")
    lines.append(f"SEQUENCE:{record.revision - 1}")
    if record.updated:
        lines.append(f"LAST-MODIFIED:{_stamp(record.updated)}")
    lines.append("END:VEVENT")
    return lines


def to_ical(
    occurrences: Iterable[Occurrence],
    *,
    lang: str = i18n.DEFAULT_LANG,
    name: str | None = None,
    description: str | None = None,
    refresh_interval: str = "P1D",
    transparent: bool = True,
    version: str | None = None,
) -> bytes:
    """Serialize ``occurrences`` as an iCalendar feed of all-day events.

    Events are sorted by date, then id; ``name`` defaults to a localized "Child protection
    days". The same occurrences and options always give the same bytes.

    >>> import childdays
    >>> icd = childdays.catalog()["international-childrens-day"]
    >>> feed = to_ical([icd.occurrence(2024)], lang="en")
    >>> b"SUMMARY;LANGUAGE=en:75th International Children's Day" in feed
    True
    """
    if not re.fullmatch(r"P(\d+W|(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?)", refresh_interval) or (
        refresh_interval in ("P", "PT")
    ):
        raise ValueError(f"refresh_interval {refresh_interval!r} is not an RFC 5545 duration")
    if version is None:
        from childdays import __version__ as version
    title = name if name is not None else word("calendar", lang)
    header = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//childdays//childdays {version}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"NAME:{escape_text(title)}",
        f"X-WR-CALNAME:{escape_text(title)}",
    ]
    if description:
        header += [
            f"DESCRIPTION:{escape_text(description)}",
            f"X-WR-CALDESC:{escape_text(description)}",
        ]
    header += [
        f"REFRESH-INTERVAL;VALUE=DURATION:{refresh_interval}",
        f"X-PUBLISHED-TTL:{refresh_interval}",
    ]
    ordered = sorted(occurrences, key=lambda occ: (occ.start, occ.id, occ.year))
    out = [fold(line) for line in header]
    for occurrence in ordered:
        out.extend(fold(line) for line in _event_lines(occurrence, lang, transparent=transparent))
    out.append(fold("END:VCALENDAR"))
    return "".join(out).encode("utf-8")
