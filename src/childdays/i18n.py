"""Languages: the fallback chain, native digits, ordinals and title templates.

Nothing here reads the process locale or ``LANG``: the caller names the language every time.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

DEFAULT_LANG = "en"

_KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")


def fallback_chain(lang: str) -> tuple[str, ...]:
    """Return the languages tried for ``lang``, most specific first, ending with English.

    >>> fallback_chain("pt-BR")
    ('pt-BR', 'pt', 'en')
    """
    parts = lang.replace("_", "-").split("-")
    chain: list[str] = []
    for size in range(len(parts), 0, -1):
        tag = "-".join([parts[0].lower(), *parts[1:size]])
        if tag and tag not in chain:
            chain.append(tag)
    if DEFAULT_LANG not in chain:
        chain.append(DEFAULT_LANG)
    return tuple(chain)


def pick(texts: Mapping[str, str], lang: str) -> tuple[str, str] | None:
    """Return ``(language, text)`` for the first language of the chain that ``texts`` has."""
    for candidate in fallback_chain(lang):
        if candidate in texts:
            return candidate, texts[candidate]
    return None


def khmer_digits(text: str | int) -> str:
    """Write the ASCII digits of ``text`` as Khmer digits (U+17E0-U+17E9).

    >>> khmer_digits(2024)
    '២០២៤'
    """
    return str(text).translate(_KHMER_DIGITS)


def _english_ordinal(number: int) -> str:
    if number % 100 in (11, 12, 13):
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def _french_ordinal(number: int, gender: str) -> str:
    if number == 1:
        return "1re" if gender == "feminine" else "1er"
    return f"{number}e"


def _spanish_ordinal(number: int, gender: str) -> str:
    if gender == "feminine":
        return f"{number}.ª"
    # "primer" and "tercer" are the apocopated forms used before a masculine noun.
    if number % 10 in (1, 3) and number % 100 != 11:
        return f"{number}.er"
    return f"{number}.º"


def _portuguese_ordinal(number: int, gender: str) -> str:
    return f"{number}.ª" if gender == "feminine" else f"{number}.º"


def _russian_ordinal(number: int, gender: str) -> str:
    return f"{number}-я" if gender == "feminine" else f"{number}-й"


_EditionTemplate = Callable[[str, int, str], str]

_EDITION_TITLES: dict[str, _EditionTemplate] = {
    "en": lambda name, n, g: f"{_english_ordinal(n)} {name}",
    "km": lambda name, n, g: f"{name} លើកទី{khmer_digits(n)}",
    "fr": lambda name, n, g: f"{_french_ordinal(n, g)} {name}",
    "es": lambda name, n, g: f"{_spanish_ordinal(n, g)} {name}",
    "pt": lambda name, n, g: f"{_portuguese_ordinal(n, g)} {name}",
    "zh": lambda name, n, g: f"第{n}个{name}",
    "ja": lambda name, n, g: f"第{n}回 {name}",
    "vi": lambda name, n, g: f"{name} lần thứ {n}",
    "th": lambda name, n, g: f"{name} ครั้งที่ {n}",
    "id": lambda name, n, g: f"{name} ke-{n}",
    "ru": lambda name, n, g: f"{_russian_ordinal(n, g)} {name}",
}

_YEAR_TITLES: dict[str, Callable[[str, int], str]] = {
    "km": lambda name, year: f"{name} ឆ្នាំ{khmer_digits(year)}",
    "zh": lambda name, year: f"{year}年{name}",
    "ja": lambda name, year: f"{year}年 {name}",
}


def edition_title(lang: str, name: str, edition: int, gender: str = "masculine") -> str:
    """Title of a numbered edition in ``lang`` (the language of ``name``).

    >>> edition_title("en", "International Children's Day", 75)
    "75th International Children's Day"
    >>> edition_title("km", "ទិវាកុមារអន្តរជាតិ", 75)
    'ទិវាកុមារអន្តរជាតិ លើកទី៧៥'
    """
    template = _EDITION_TITLES.get(lang.split("-")[0])
    return template(name, edition, gender) if template else name


def year_title(lang: str, name: str, year: int) -> str:
    """Title of an observance labelled by year in ``lang`` (the language of ``name``).

    >>> year_title("km", "ទិវាកុមារកម្ពុជា", 2024)
    'ទិវាកុមារកម្ពុជា ឆ្នាំ២០២៤'
    """
    template = _YEAR_TITLES.get(lang.split("-")[0])
    return template(name, year) if template else f"{name} {year}"
