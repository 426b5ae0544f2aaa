"""Country, continent and language names, month and weekday names from CLDR, compiled.

``cldr.json`` beside this module is written by ``tools/compile_places.py`` from Babel and CLDR
(the ``site`` extra); reading it needs neither. Nothing is read at import time.
"""

from __future__ import annotations

import json
import os
from functools import cache
from typing import Any

from childdays.i18n import DEFAULT_LANG, fallback_chain


@cache
def _data() -> dict[str, Any]:
    # Read beside this module, as the loader reads the built-in data: importlib.resources would
    # import zipfile, tempfile and random, a quarter of a bare interpreter's memory.
    with open(os.path.join(os.path.dirname(__file__), "cldr.json"), encoding="utf-8") as stream:
        text = stream.read()
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _lang_data(lang: str) -> dict[str, Any]:
    languages: dict[str, Any] = _data()["languages"]
    for candidate in fallback_chain(lang):
        if candidate in languages:
            found: dict[str, Any] = languages[candidate]
            return found
    english: dict[str, Any] = languages[DEFAULT_LANG]
    return english


def country_name(code: str, lang: str) -> str:
    """The name of country ``code`` (or of a UN M49 continent such as ``142``) in ``lang``.

    Falls back to English, then to the code itself.

    >>> country_name("KH", "km")
    'កម្ពុជា'
    """
    territories: dict[str, str] = _lang_data(lang)["territories"]
    if code in territories:
        return territories[code]
    english: dict[str, str] = _lang_data(DEFAULT_LANG)["territories"]
    return english.get(code, code)


def continents() -> list[str]:
    """The UN M49 codes of the continents the country index is grouped by."""
    return list(_data()["continents"])


def continent_of(code: str) -> str | None:
    """The continent (UN M49 code) that contains country ``code``, per CLDR; None if unknown.

    >>> continent_of("KH")
    '142'
    """
    found: str | None = _data()["continent_of"].get(code)
    return found


def first_weekday(code: str | None) -> int:
    """The first day of the week in country ``code`` (0 = Monday, 6 = Sunday), per CLDR."""
    if code is None:
        return 0
    found: int = _data()["first_day"].get(code, 0)
    return found


def language_name(lang: str) -> str:
    """The name of ``lang`` in itself (``ខ្មែរ``, ``العربية``)."""
    name: str = _lang_data(lang)["name"]
    return name


def direction(lang: str) -> str:
    """``rtl`` for a language written right to left, else ``ltr``."""
    found: str = _lang_data(lang)["dir"]
    return found


def month_title(month: int, lang: str) -> str:
    """The stand-alone name of ``month`` (1-12) in ``lang``, as a calendar heading uses it."""
    months: list[str] = _lang_data(lang)["months"]
    return months[month - 1]


def weekday_abbreviations(lang: str) -> list[str]:
    """Abbreviated weekday names in ``lang``, Monday first."""
    days: list[str] = _lang_data(lang)["weekdays"]
    return list(days)


__all__ = [
    "continent_of",
    "continents",
    "country_name",
    "direction",
    "first_weekday",
    "language_name",
    "month_title",
    "weekday_abbreviations",
]
