"""Languages: the fallback chain, native digits, ordinals and title templates.

Nothing here reads the process locale or ``LANG``: the caller names the language every time.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from functools import lru_cache
from typing import TypeVar

DEFAULT_LANG = "en"

T = TypeVar("T")

_KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")


@lru_cache(maxsize=256)
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


def pick(texts: Mapping[str, T], lang: str) -> tuple[str, T] | None:
    """Return ``(language, value)`` for the first language of the chain that ``texts`` has."""
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
    return f"{number}-{ {'feminine': 'я', 'neuter': 'е'}.get(gender, 'й') }"


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
    "ar": lambda name, n, g: f"{name} الـ{n}",
}

_YEAR_TITLES: dict[str, Callable[[str, int], str]] = {
    "km": lambda name, year: f"{name} ឆ្នាំ{khmer_digits(year)}",
    "zh": lambda name, year: f"{year}年{name}",
    "ja": lambda name, year: f"{year}年 {name}",
    "vi": lambda name, year: f"{name} năm {year}",
    # Thai official texts give the year of the Buddhist Era (2024 CE = 2567 BE).
    "th": lambda name, year: f"{name} ประจำปี {year + 543}",
    "ar": lambda name, year: f"{name} لعام {year}",
}

_ANNIVERSARY_TITLES: dict[str, _EditionTemplate] = {
    "en": lambda name, n, g: f"{_english_ordinal(n)} anniversary of {name}",
    "km": lambda name, n, g: f"ខួបលើកទី{khmer_digits(n)} {name}",
    "fr": lambda name, n, g: f"{name} : {_french_ordinal(n, 'masculine')} anniversaire",
    "es": lambda name, n, g: f"{name}: {_spanish_ordinal(n, 'masculine')} aniversario",
    "pt": lambda name, n, g: f"{name}: {_portuguese_ordinal(n, 'masculine')} aniversário",
    "zh": lambda name, n, g: f"{name}{n}周年",
    "ja": lambda name, n, g: f"{name} {n}周年",
    "vi": lambda name, n, g: f"Kỷ niệm {n} năm {name}",
    "th": lambda name, n, g: f"ครบรอบ {n} ปี {name}",
    "id": lambda name, n, g: f"{name}: peringatan ke-{n}",
    "ru": lambda name, n, g: f"{name}: {n}-я годовщина",
    "ar": lambda name, n, g: f"{name}: الذكرى الـ{n}",
}

_MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "km": (
        "មករា",
        "កុម្ភៈ",
        "មីនា",
        "មេសា",
        "ឧសភា",
        "មិថុនា",
        "កក្កដា",
        "សីហា",
        "កញ្ញា",
        "តុលា",
        "វិច្ឆិកា",
        "ធ្នូ",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "pt": (
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ),
    "id": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
    "th": (
        "มกราคม",
        "กุมภาพันธ์",
        "มีนาคม",
        "เมษายน",
        "พฤษภาคม",
        "มิถุนายน",
        "กรกฎาคม",
        "สิงหาคม",
        "กันยายน",
        "ตุลาคม",
        "พฤศจิกายน",
        "ธันวาคม",
    ),
    "ru": (
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ),
    "ar": (
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ),
}

_DATE_FORMATS: dict[str, Callable[[date], str]] = {
    "en": lambda d: f"{d.day} {_MONTHS['en'][d.month - 1]} {d.year}",
    # As Cambodian official texts write it: ថ្ងៃទី១ ខែមិថុនា ឆ្នាំ២០២៤
    "km": lambda d: (
        f"ថ្ងៃទី{khmer_digits(d.day)} ខែ{_MONTHS['km'][d.month - 1]} ឆ្នាំ{khmer_digits(d.year)}"
    ),
    "fr": lambda d: f"{'1er' if d.day == 1 else d.day} {_MONTHS['fr'][d.month - 1]} {d.year}",
    "es": lambda d: f"{d.day} de {_MONTHS['es'][d.month - 1]} de {d.year}",
    "pt": lambda d: f"{d.day} de {_MONTHS['pt'][d.month - 1]} de {d.year}",
    "zh": lambda d: f"{d.year}年{d.month}月{d.day}日",
    "ja": lambda d: f"{d.year}年{d.month}月{d.day}日",
    "vi": lambda d: f"ngày {d.day} tháng {d.month} năm {d.year}",
    "th": lambda d: f"{d.day} {_MONTHS['th'][d.month - 1]} {d.year + 543}",
    "id": lambda d: f"{d.day} {_MONTHS['id'][d.month - 1]} {d.year}",
    "ru": lambda d: f"{d.day} {_MONTHS['ru'][d.month - 1]} {d.year} г.",
    "ar": lambda d: f"{d.day} {_MONTHS['ar'][d.month - 1]} {d.year}",
}

#: The languages with title, anniversary and date rules of their own.
LANGUAGES = ("en", "km", "fr", "es", "pt", "zh", "vi", "th", "id", "ja", "ar", "ru")


def month_name(month: int, lang: str) -> str:
    """The name of ``month`` (1-12) in ``lang``, as in dates in prose (English without a rule).

    >>> month_name(6, "km")
    'មិថុនា'
    """
    found = pick(_MONTHS, lang)
    return (found[1] if found else _MONTHS[DEFAULT_LANG])[month - 1]


def anniversary_title(lang: str, name: str, years: int) -> str:
    """Title of an anniversary in ``lang`` (the language of ``name``).

    >>> anniversary_title("km", "ទិវាកុមារអន្តរជាតិ", 75)
    'ខួបលើកទី៧៥ ទិវាកុមារអន្តរជាតិ'
    """
    template = _ANNIVERSARY_TITLES.get(lang.split("-")[0], _ANNIVERSARY_TITLES[DEFAULT_LANG])
    return template(name, years, "masculine")


def format_date(day: date, lang: str) -> str:
    """A date in prose as ``lang`` writes it (English for a language without a rule).

    >>> format_date(date(2024, 6, 1), "km")
    'ថ្ងៃទី១ ខែមិថុនា ឆ្នាំ២០២៤'
    """
    found = pick(_DATE_FORMATS, lang)
    return (found[1] if found else _DATE_FORMATS[DEFAULT_LANG])(day)


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
