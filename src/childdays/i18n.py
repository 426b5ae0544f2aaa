"""Languages: the fallback chain, native digits, ordinals and title templates.

Nothing here reads the process locale or ``LANG``: the caller names the language every time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from functools import lru_cache

TYPE_CHECKING = False  # typing is not imported at run time (cold start)
if TYPE_CHECKING:
    from typing import TypeVar

    T = TypeVar("T")

DEFAULT_LANG = "en"


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


#: Each language's name in each language (CLDR), for labels such as "Theme (English)".
_LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "en": "English",
        "km": "Khmer",
        "fr": "French",
        "es": "Spanish",
        "pt": "Portuguese",
        "zh": "Chinese",
        "vi": "Vietnamese",
        "th": "Thai",
        "id": "Indonesian",
        "ja": "Japanese",
        "ar": "Arabic",
        "ru": "Russian",
    },
    "km": {
        "en": "អង់គ្លេស",
        "km": "ខ្មែរ",
        "fr": "បារាំង",
        "es": "អេស្ប៉ាញ",
        "pt": "ព័រទុយហ្គាល់",
        "zh": "ចិន",
        "vi": "វៀតណាម",
        "th": "ថៃ",
        "id": "ឥណ្ឌូណេស៊ី",
        "ja": "ជប៉ុន",
        "ar": "អារ៉ាប់",
        "ru": "រុស្ស៊ី",
    },
    "fr": {
        "en": "anglais",
        "km": "khmer",
        "fr": "français",
        "es": "espagnol",
        "pt": "portugais",
        "zh": "chinois",
        "vi": "vietnamien",
        "th": "thaï",
        "id": "indonésien",
        "ja": "japonais",
        "ar": "arabe",
        "ru": "russe",
    },
    "es": {
        "en": "inglés",
        "km": "jemer",
        "fr": "francés",
        "es": "español",
        "pt": "portugués",
        "zh": "chino",
        "vi": "vietnamita",
        "th": "tailandés",
        "id": "indonesio",
        "ja": "japonés",
        "ar": "árabe",
        "ru": "ruso",
    },
    "pt": {
        "en": "inglês",
        "km": "khmer",
        "fr": "francês",
        "es": "espanhol",
        "pt": "português",
        "zh": "chinês",
        "vi": "vietnamita",
        "th": "tailandês",
        "id": "indonésio",
        "ja": "japonês",
        "ar": "árabe",
        "ru": "russo",
    },
    "zh": {
        "en": "英语",
        "km": "高棉语",
        "fr": "法语",
        "es": "西班牙语",
        "pt": "葡萄牙语",
        "zh": "中文",
        "vi": "越南语",
        "th": "泰语",
        "id": "印度尼西亚语",
        "ja": "日语",
        "ar": "阿拉伯语",
        "ru": "俄语",
    },
    "vi": {
        "en": "tiếng Anh",
        "km": "tiếng Khmer",
        "fr": "tiếng Pháp",
        "es": "tiếng Tây Ban Nha",
        "pt": "tiếng Bồ Đào Nha",
        "zh": "tiếng Trung",
        "vi": "tiếng Việt",
        "th": "tiếng Thái",
        "id": "tiếng Indonesia",
        "ja": "tiếng Nhật",
        "ar": "tiếng Ả Rập",
        "ru": "tiếng Nga",
    },
    "th": {
        "en": "อังกฤษ",
        "km": "เขมร",
        "fr": "ฝรั่งเศส",
        "es": "สเปน",
        "pt": "โปรตุเกส",
        "zh": "จีน",
        "vi": "เวียดนาม",
        "th": "ไทย",
        "id": "อินโดนีเซีย",
        "ja": "ญี่ปุ่น",
        "ar": "อาหรับ",
        "ru": "รัสเซีย",
    },
    "id": {
        "en": "Inggris",
        "km": "Khmer",
        "fr": "Prancis",
        "es": "Spanyol",
        "pt": "Portugis",
        "zh": "Tionghoa",
        "vi": "Vietnam",
        "th": "Thai",
        "id": "Indonesia",
        "ja": "Jepang",
        "ar": "Arab",
        "ru": "Rusia",
    },
    "ja": {
        "en": "英語",
        "km": "クメール語",
        "fr": "フランス語",
        "es": "スペイン語",
        "pt": "ポルトガル語",
        "zh": "中国語",
        "vi": "ベトナム語",
        "th": "タイ語",
        "id": "インドネシア語",
        "ja": "日本語",
        "ar": "アラビア語",
        "ru": "ロシア語",
    },
    "ar": {
        "en": "الإنجليزية",
        "km": "الخميرية",
        "fr": "الفرنسية",
        "es": "الإسبانية",
        "pt": "البرتغالية",
        "zh": "الصينية",
        "vi": "الفيتنامية",
        "th": "التايلاندية",
        "id": "الإندونيسية",
        "ja": "اليابانية",
        "ar": "العربية",
        "ru": "الروسية",
    },
    "ru": {
        "en": "английский",
        "km": "кхмерский",
        "fr": "французский",
        "es": "испанский",
        "pt": "португальский",
        "zh": "китайский",
        "vi": "вьетнамский",
        "th": "тайский",
        "id": "индонезийский",
        "ja": "японский",
        "ar": "арабский",
        "ru": "русский",
    },
}


def language_name(code: str, lang: str) -> str:
    """The name of language ``code`` written in ``lang`` (the code itself when unknown).

    >>> language_name("en", "km"), language_name("fr", "en")
    ('អង់គ្លេស', 'French')
    """
    found = pick(_LANGUAGE_NAMES, lang)
    names = found[1] if found else _LANGUAGE_NAMES[DEFAULT_LANG]
    return names.get(code.split("-")[0], code)


#: Path segments that name a language (``kh`` is how Cambodian sites mark Khmer pages).
_URL_LANGUAGES = {code: code for code in LANGUAGES} | {"kh": "km", "zh-hans": "zh", "cn": "zh"}
_URL_LANGUAGE = re.compile(r"(?:^|[/.?&_-])(?:lang(?:--|=)|language=|locale=)([a-z]{2})\b")


def url_language(url: str) -> str | None:
    """The language a page's address says it is in, or None when it does not say.

    It reads a language path segment (``/fr/``, ``/kh/``), an ``ilo.org`` style
    ``lang--es`` or a ``lang=fr`` query, or a language subdomain (``fr.unesco.org``).

    >>> url_language("https://www.un.org/fr/observances/child-labour-day")
    'fr'
    >>> url_language("https://www.cncc.gov.kh/kh/news/info/celebrating_children_1june_2024")
    'km'
    >>> url_language("https://www.acerwc.africa/day-of-african-child-dac/") is None
    True
    """
    lowered = url.lower()
    rest = lowered.split("://", 1)[-1]
    host, _, path = rest.partition("/")
    marked = _URL_LANGUAGE.search(path)
    if marked and marked.group(1) in _URL_LANGUAGES:
        return _URL_LANGUAGES[marked.group(1)]
    for segment in path.split("?", 1)[0].split("/")[:3]:
        if segment in _URL_LANGUAGES:
            return _URL_LANGUAGES[segment]
    label = host.split(".", 1)[0]
    if host.count(".") >= 2 and label in _URL_LANGUAGES:
        return _URL_LANGUAGES[label]
    return None


__all__ = [
    "DEFAULT_LANG",
    "LANGUAGES",
    "anniversary_title",
    "edition_title",
    "fallback_chain",
    "format_date",
    "khmer_digits",
    "language_name",
    "month_name",
    "pick",
    "url_language",
    "year_title",
]
