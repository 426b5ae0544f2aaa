"""Occurrences and observances -> JSON, CSV, schema.org JSON-LD and h-event HTML.

The JSON shapes are a documented, versioned contract (``docs/cms.md``): plugin code and
templates can rely on their keys. Every function takes the language explicitly.
"""

from __future__ import annotations

import html
import io
import json
from collections.abc import Callable, Iterable, Iterator
from datetime import date, timedelta
from typing import Any

from childdays.i18n import DEFAULT_LANG
from childdays.observances import Observance, Occurrence
from childdays.texts import LocalizedText

#: The version of the JSON documents written here; bumped on an incompatible change.
JSON_FORMAT = 1

CSV_COLUMNS = (
    "id",
    "year",
    "start",
    "end",
    "edition",
    "confirmed",
    "title",
    "name",
    "theme",
    "scope",
    "tags",
    "url",
)


#: What starts a CSV cell that a spreadsheet would run as a formula (OWASP CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: What must not appear raw inside ``<script>``: an end tag, a comment opener, and the
#: separators some JavaScript parsers treat as line ends.
#: What :func:`jsonld_script` writes as JSON escapes (``str.replace`` per character: a
#: translation table costs a dictionary lookup per character of the text, 30 times slower).
_SCRIPT_UNSAFE = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


def _csv_cell(value: object) -> str:
    """A CSV cell a spreadsheet shows as text: a leading formula character gets a ``'``."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def occurrences_document(
    occurrences: Iterable[Occurrence], *, lang: str = DEFAULT_LANG
) -> dict[str, Any]:
    """The JSON document of ``occurrences``: ``{"format", "lang", "occurrences": [...]}``.

    >>> import childdays
    >>> icd = childdays.catalog()["international-childrens-day"]
    >>> document = occurrences_document([icd.occurrence(2024)])
    >>> next(iter(document["occurrences"]))["edition"]
    75
    """
    return {
        "format": JSON_FORMAT,
        "lang": lang,
        "occurrences": [occurrence.as_dict(lang) for occurrence in occurrences],
    }


def observances_document(
    observances: Iterable[Observance], *, lang: str = DEFAULT_LANG
) -> dict[str, Any]:
    """The JSON document of ``observances``, each with its name in ``lang``."""
    items = []
    for observance in observances:
        item = observance.as_dict()
        item["name"] = observance.name(lang)
        item["name_lang"] = observance.localized_name(lang).lang
        items.append(item)
    return {"format": JSON_FORMAT, "lang": lang, "observances": items}


def to_json(document: dict[str, Any]) -> bytes:
    """Serialize a document deterministically (sorted keys, UTF-8, trailing newline)."""
    return (json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode(
        "utf-8"
    )


#: The size of the pieces :func:`iter_json` gives (characters before encoding).
_JSON_CHUNK = 65_536
_json_string: Callable[[str], str] = json.encoder.encode_basestring


def iter_json(document: dict[str, Any]) -> Iterator[bytes]:
    """The bytes of :func:`to_json` in pieces of about 64 KB, made as they are asked for.

    For writing a large document to a file without holding its whole text. The document's
    own keys and the items of its lists are written one by one.

    >>> b"".join(iter_json({"b": [1, {}], "a": "ខ"})) == to_json({"b": [1, {}], "a": "ខ"})
    True
    """
    out: list[str] = []
    size = 0
    for piece in _json_outline(document):
        out.append(piece)
        size += len(piece)
        if size >= _JSON_CHUNK:
            yield "".join(out).encode("utf-8")
            out, size = [], 0
    out.append("\n")
    yield "".join(out).encode("utf-8")


def _json_outline(value: Any) -> Iterator[str]:
    """The text of ``value`` (``to_json``'s layout): the top two levels piece by piece."""
    if isinstance(value, dict) and value and all(isinstance(key, str) for key in value):
        for number, (key, item) in enumerate(sorted(value.items())):
            yield ("{\n " if number == 0 else ",\n ") + _json_string(key) + ": "
            if isinstance(item, list | tuple) and item:
                for index, element in enumerate(item):
                    yield "[\n  " if index == 0 else ",\n  "
                    yield _json_text(element, "  ")
                yield "\n ]"
            else:
                yield _json_text(item, " ")
        yield "\n}"
    else:
        yield _json_text(value, "")


def _json_text(value: Any, indent: str) -> str:
    """``json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1)`` at ``indent``."""
    out: list[str] = []
    _json_into(value, indent, out)
    return "".join(out)


def _json_into(value: Any, indent: str, out: list[str]) -> None:
    # The standard library's pure-Python encoder (the only one with ``indent``) is slow; this
    # writes the same text for what documents hold (strings, numbers, lists, dicts with string
    # keys) and leaves anything else to it. Strings, None and booleans in a list or dict are
    # written with their key or separator, without a call of their own.
    scalar = _json_scalar(value)
    if scalar is not None:
        out.append(scalar)
    elif isinstance(value, list | tuple):
        if not value:
            out.append("[]")
            return
        inner = indent + " "
        separator = "[\n" + inner
        for item in value:
            scalar = _json_scalar(item)
            if scalar is not None:
                out.append(separator + scalar)
            else:
                out.append(separator)
                _json_into(item, inner, out)
            separator = ",\n" + inner
        out.append("\n" + indent + "]")
    elif isinstance(value, dict) and all(isinstance(key, str) for key in value):
        if not value:
            out.append("{}")
            return
        inner = indent + " "
        separator = "{\n" + inner
        for key, item in sorted(value.items()):
            head = separator + _json_string(key) + ": "
            scalar = _json_scalar(item)
            if scalar is not None:
                out.append(head + scalar)
            else:
                out.append(head)
                _json_into(item, inner, out)
            separator = ",\n" + inner
        out.append("\n" + indent + "}")
    else:  # floats, other keys, unknown types (which raise as json does)
        text = json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1)
        out.append(text.replace("\n", "\n" + indent))


def _json_scalar(value: Any) -> str | None:
    """The JSON of a string, None, boolean or integer; None for anything else."""
    if isinstance(value, str):
        return _json_string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    return None


def to_csv(occurrences: Iterable[Occurrence], *, lang: str = DEFAULT_LANG) -> str:
    """Occurrences as CSV with a header row (columns: :data:`CSV_COLUMNS`).

    A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a CR is prefixed with ``'``, as
    OWASP advises, so that no spreadsheet runs it as a formula.
    """
    import csv  # only here: a site build or a feed never writes CSV

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for occurrence in occurrences:
        row = occurrence.as_dict(lang)
        row["tags"] = " ".join(row["tags"])
        writer.writerow([_csv_cell(row[c]) for c in CSV_COLUMNS])
    return out.getvalue()


def _ld_text(text: LocalizedText, lang: str) -> str | dict[str, str]:
    """A plain string in the document's language, else a value object naming its language."""
    if text.lang == lang:
        return text.text
    return {"@value": text.text, "@language": text.lang}


def to_jsonld(occurrences: Iterable[Occurrence], *, lang: str = DEFAULT_LANG) -> dict[str, Any]:
    """schema.org JSON-LD: an ``EventSeries`` per observance with its occurrences as ``Event``.

    The context's ``@language`` is ``lang``; a text in another language (a name or theme the
    data has only in the language of its source) is a value object with its own ``@language``.
    Dates are date-only values and no location or organizer is invented: an observance is not
    a venue event, so the markup does not claim what Google's event results require.
    """
    series: dict[str, dict[str, Any]] = {}
    urls: dict[int, tuple[Observance, str | None]] = {}
    for occurrence in occurrences:
        observance = occurrence.observance
        entry = series.get(observance.id)
        if entry is None:
            entry = series[observance.id] = {
                "@type": "EventSeries",
                "@id": f"urn:childdays:{observance.id}",
                "name": _ld_text(observance.localized_name(lang), lang),
                "subEvent": [],
            }
        known = urls.get(id(observance))  # each observance's page is looked up once
        if known is None or known[0] is not observance:
            known = urls[id(observance)] = (observance, observance.url_for(lang))
        if known[1]:
            entry["url"] = known[1]
        event: dict[str, Any] = {
            "@type": "Event",
            "@id": f"urn:childdays:{observance.id}:{occurrence.year}",
            "name": _ld_text(occurrence.localized_title(lang), lang),
            "startDate": occurrence.start.isoformat(),
            "endDate": occurrence.end.isoformat(),
            "inLanguage": lang,
            "eventStatus": "https://schema.org/EventScheduled",
        }
        theme = occurrence.localized_theme(lang)
        if theme:
            event["description"] = _ld_text(theme, lang)
        entry["subEvent"].append(event)
    return {
        "@context": ["https://schema.org", {"@language": lang}],
        "@graph": list(series.values()),
    }


def _lang_attribute(text: LocalizedText, lang: str) -> str:
    return "" if text.lang == lang else f' lang="{html.escape(text.lang)}"'


def jsonld_script(document: dict[str, Any]) -> str:
    r"""A ``<script type="application/ld+json">`` element holding ``document``, safe in HTML.

    ``<``, ``>``, ``&`` and the JavaScript line separators are written as ``\u`` escapes, so
    no text in the data can close the script element or open a comment.

    >>> "</script>" in jsonld_script({"name": "</script><b>"})[:-9]
    False
    """
    text = json.dumps(document, ensure_ascii=False, sort_keys=True)
    for unsafe, escaped in _SCRIPT_UNSAFE:
        text = text.replace(unsafe, escaped)
    return f'<script type="application/ld+json">{text}</script>'


def to_hevent(occurrences: Iterable[Occurrence], *, lang: str = DEFAULT_LANG) -> str:
    """An h-event microformats2 HTML fragment: one ``<li class="h-event">`` per occurrence.

    Each item has ``lang``; a title or theme in another language carries its own ``lang``.
    """
    items = []
    for occurrence in occurrences:
        title = occurrence.localized_title(lang)
        theme = occurrence.localized_theme(lang)
        url = occurrence.observance.url_for(lang)
        parts = [
            f'<li class="h-event" lang="{html.escape(lang)}">',
            f'<span class="p-name"{_lang_attribute(title, lang)}>{html.escape(title.text)}</span>',
            f'<time class="dt-start" datetime="{occurrence.start.isoformat()}">'
            f"{html.escape(occurrence.date_text(lang))}</time>",
        ]
        if occurrence.end == date.max:
            # the day after 9999-12-31 has no date: give the length instead of dt-end
            days = (occurrence.end - occurrence.start).days + 1
            parts.append(f'<data class="dt-duration" value="P{days}D"></data>')
        elif occurrence.end != occurrence.start:
            end = occurrence.end + timedelta(days=1)
            parts.append(f'<time class="dt-end" datetime="{end.isoformat()}"></time>')
        if theme:
            parts.append(
                f'<span class="p-summary"{_lang_attribute(theme, lang)}>'
                f"{html.escape(theme.text)}</span>"
            )
        if url:
            parts.append(f'<a class="u-url" href="{html.escape(url)}">↗</a>')
        parts.append("</li>")
        items.append("".join(parts))
    return '<ul class="childdays">\n' + "\n".join(items) + "\n</ul>\n"


__all__ = [
    "CSV_COLUMNS",
    "JSON_FORMAT",
    "iter_json",
    "jsonld_script",
    "observances_document",
    "occurrences_document",
    "to_csv",
    "to_hevent",
    "to_json",
    "to_jsonld",
]
