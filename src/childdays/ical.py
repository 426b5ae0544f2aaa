"""Occurrences -> RFC 5545 / RFC 7986 iCalendar feed bytes, expanded or recurring.

The writer assembles content lines directly (escaping per RFC 5545 3.3.11, folding at 75
octets without splitting a UTF-8 sequence, CRLF line ends): building icalendar Component
objects per event costs far more and is not needed to produce correct bytes. The tests parse
every feed back with icalendar, ical, vobject and recurring-ical-events. Output depends only on
the data, the options and the window: never on the clock, the locale or hash order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable
from datetime import date, timedelta

from childdays import i18n, texts
from childdays.feeds import check_color, check_duration
from childdays.frozen import frozen
from childdays.observances import Catalog, Observance, Occurrence

TYPE_CHECKING = False  # typing is not imported at run time (cold start)
if TYPE_CHECKING:
    from typing import Unpack

    from childdays._feed_keywords import FeedKeywords
    from childdays.schedule import Series

#: Google Calendar's reported limit for a subscribed feed.
GOOGLE_FEED_LIMIT = 1_000_000

_FOLD_OCTETS = 75
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


_EPOCH_STAMP = "19700101T000000Z"

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "calendar": "Child protection days",
        "theme": "Theme",
        "sources": "Sources",
        "established_by": "Established by",
        "description": (
            "Days for children's rights and protection, with their dates, editions "
            "and themes. Source: the childdays data, which cites a source for "
            "every fact."
        ),
        "about": "About",
        "translation": "unofficial translation",
    },
    "km": {
        "calendar": "ទិវាការពារកុមារ",
        "theme": "ប្រធានបទ",
        "sources": "ប្រភព",
        "established_by": "បង្កើតដោយ",
        "description": (
            "ទិវាសម្រាប់សិទ្ធិ និងការការពារកុមារ ជាមួយកាលបរិច្ឆេទ លើក និងប្រធានបទ។ "
            "ប្រភព៖ ទិន្នន័យ childdays ដែលបញ្ជាក់ប្រភពសម្រាប់ការពិតនីមួយៗ។"
        ),
        "about": "អំពី",
        "translation": "បកប្រែក្រៅផ្លូវការ",
    },
    "fr": {
        "calendar": "Journées de la protection de l'enfance",
        "theme": "Thème",
        "sources": "Sources",
        "established_by": "Établie par",
        "description": (
            "Journées des droits et de la protection de l'enfant, avec leurs "
            "dates, éditions et thèmes. Source : les données childdays, qui citent "
            "une source pour chaque fait."
        ),
        "about": "À propos",
        "translation": "traduction non officielle",
    },
    "es": {
        "calendar": "Días de la protección de la infancia",
        "theme": "Tema",
        "sources": "Fuentes",
        "established_by": "Establecido por",
        "description": (
            "Días de los derechos y la protección de la infancia, con sus fechas, "
            "ediciones y lemas. Fuente: los datos de childdays, que citan una "
            "fuente para cada dato."
        ),
        "about": "Acerca de",
        "translation": "traducción no oficial",
    },
    "pt": {
        "calendar": "Dias da proteção da criança",
        "theme": "Tema",
        "sources": "Fontes",
        "established_by": "Estabelecido por",
        "description": (
            "Dias dos direitos e da proteção da criança, com datas, edições e "
            "temas. Fonte: os dados do childdays, que citam uma fonte para cada "
            "fato."
        ),
        "about": "Sobre",
        "translation": "tradução não oficial",
    },
    "zh": {
        "calendar": "儿童保护日",
        "theme": "主题",
        "sources": "来源",
        "established_by": "设立者",
        "description": (
            "儿童权利与保护的纪念日，包括日期、届次和主题。"
            "来源：childdays 数据，每项事实均注明出处。"
        ),
        "about": "简介",
        "translation": "非官方译文",
    },
    "ja": {
        "calendar": "子どもの保護に関する記念日",
        "theme": "テーマ",
        "sources": "出典",
        "established_by": "制定",
        "description": (
            "子どもの権利と保護のための記念日（日付、回数、テーマ）。"
            "出典：childdays のデータ（すべての事実に出典を記載）。"
        ),
        "about": "概要",
        "translation": "非公式訳",
    },
    "vi": {
        "calendar": "Các ngày bảo vệ trẻ em",
        "theme": "Chủ đề",
        "sources": "Nguồn",
        "established_by": "Thành lập bởi",
        "description": (
            "Các ngày vì quyền và sự bảo vệ trẻ em, với ngày tháng, lần tổ chức và "
            "chủ đề. Nguồn: dữ liệu childdays, có trích dẫn nguồn cho từng thông "
            "tin."
        ),
        "about": "Giới thiệu",
        "translation": "bản dịch không chính thức",
    },
    "th": {
        "calendar": "วันคุ้มครองเด็ก",
        "theme": "หัวข้อ",
        "sources": "แหล่งที่มา",
        "established_by": "ก่อตั้งโดย",
        "description": (
            "วันสำคัญด้านสิทธิและการคุ้มครองเด็ก พร้อมวันที่ ครั้งที่ และหัวข้อ "
            "แหล่งที่มา: ข้อมูล childdays ซึ่งอ้างอิงแหล่งที่มาของข้อเท็จจริงทุกข้อ"
        ),
        "about": "เกี่ยวกับ",
        "translation": "คำแปลที่ไม่เป็นทางการ",
    },
    "id": {
        "calendar": "Hari-hari perlindungan anak",
        "theme": "Tema",
        "sources": "Sumber",
        "established_by": "Ditetapkan oleh",
        "description": (
            "Hari-hari untuk hak dan perlindungan anak, dengan tanggal, peringatan "
            "ke berapa, dan tema. Sumber: data childdays, yang mencantumkan sumber "
            "untuk setiap fakta."
        ),
        "about": "Tentang",
        "translation": "terjemahan tidak resmi",
    },
    "ar": {
        "calendar": "أيام حماية الطفل",
        "theme": "الموضوع",
        "sources": "المصادر",
        "established_by": "أنشأته",
        "description": (
            "أيام حقوق الطفل وحمايته، مع تواريخها ودوراتها وشعاراتها. المصدر: "
            "بيانات childdays التي تذكر مصدرًا لكل معلومة."
        ),
        "about": "نبذة",
        "translation": "ترجمة غير رسمية",
    },
    "ru": {
        "calendar": "Дни защиты детей",
        "theme": "Тема",
        "sources": "Источники",
        "established_by": "Учреждён",
        "description": (
            "Дни прав и защиты детей: даты, порядковые номера и темы. Источник: "
            "данные childdays, где у каждого факта указан источник."
        ),
        "about": "Описание",
        "translation": "неофициальный перевод",
    },
}


class FeedTooLargeError(ValueError):
    """A feed larger than the ``max_bytes`` asked for."""

    def __init__(self, size: int, limit: int) -> None:
        self.size = size
        self.limit = limit
        super().__init__(f"the feed has {size} bytes, more than the limit of {limit} bytes")


@frozen
class FeedOptions:
    """Options shared by both feed modes (see :func:`to_ical` for their meaning)."""

    lang: str = i18n.DEFAULT_LANG
    name: str | None = None
    description: str | None = None
    refresh_interval: str = "P1D"
    transparent: bool = True
    color: str | None = None
    alarm_days: int | None = None
    max_bytes: int | None = None
    version: str | None = None
    details: bool = True
    details_url: str | None = None

    def __post_init__(self) -> None:
        try:
            check_duration(self.refresh_interval)
            if self.color is not None:
                check_color(self.color)
        except ValueError as exc:
            field = "refresh_interval" if self.color is None or "duration" in str(exc) else "color"
            raise ValueError(f"{field} {exc}") from None
        if self.alarm_days is not None and not 0 <= self.alarm_days <= 366:
            raise ValueError(f"alarm_days {self.alarm_days} is not between 0 and 366")
        if self.details_url is not None and (
            "{id}" not in self.details_url
            or not self.details_url.startswith(("https://", "http://"))
        ):
            raise ValueError(
                f"details_url {self.details_url!r} is not an http(s) URL template with {{id}}"
            )


def word(key: str, lang: str) -> str:
    """A fixed word of the feed (``calendar``, ``theme``, ``sources``...) in ``lang``."""
    return _WORDS[words_language(lang)][key]


def words_language(lang: str) -> str:
    """The language the feed's fixed words are written in for ``lang`` (its fallback found).

    >>> words_language("pt-BR"), words_language("de")
    ('pt', 'en')
    """
    for candidate in i18n.fallback_chain(lang):
        if candidate in _WORDS:
            return candidate
    return i18n.DEFAULT_LANG


def labelled(key: str, text: texts.LocalizedText | str, lang: str) -> str:
    """``"Theme: text"`` in ``lang``; a text in another language or a translation says so.

    >>> labelled("theme", texts.LocalizedText("Stop child labour", "en", "sourced"), "fr")
    'Thème (anglais): Stop child labour'
    >>> labelled("theme", texts.LocalizedText("Non au travail", "fr", "translated"), "fr")
    'Thème (traduction non officielle): Non au travail'
    """
    if isinstance(text, str):
        text = texts.LocalizedText(text, i18n.DEFAULT_LANG, "sourced")
    mine = words_language(lang)
    head = word(key, mine)
    if text.lang.split("-")[0] != mine:
        head += f" ({i18n.language_name(text.lang, mine)})"
    elif text.status == "translated":
        head += f" ({word('translation', mine)})"
    return f"{head}: {text.text}"


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

    >>> " ".join(str(len(part)) for part in fold("S:" + "x" * 80).split("\r\n"))
    '75 8 0'
    """
    if line.isascii():
        if len(line) <= _FOLD_OCTETS:
            return line + "\r\n"
        pieces = [line[:_FOLD_OCTETS]]
        pieces += [line[i : i + _FOLD_OCTETS - 1] for i in range(_FOLD_OCTETS, len(line), 74)]
        return "\r\n ".join(pieces) + "\r\n"
    data = line.encode("utf-8")
    if len(data) <= _FOLD_OCTETS:
        return line + "\r\n"
    chunks: list[bytes] = []
    start, limit = 0, _FOLD_OCTETS
    while len(data) - start > limit:
        cut = start + limit
        while data[cut] & 0xC0 == 0x80:  # never cut inside a UTF-8 sequence
            cut -= 1
        chunks.append(data[start:cut])
        start, limit = cut, _FOLD_OCTETS - 1
    chunks.append(data[start:])
    return b"\r\n ".join(chunks).decode("utf-8") + "\r\n"


def _date_value(day: date) -> str:
    return day.isoformat().replace("-", "")


def _stamp(day: date | None) -> str:
    return f"{_date_value(day)}T000000Z" if day else _EPOCH_STAMP


@frozen
class _Static:
    """What every event of one observance in one feed shares, escaped and folded once."""

    language: str  # of the summary: the language of the name the title is built on
    description_language: str  # of the description: the language of the feed's words
    dtstamp: str
    description_tail: str  # escaped; the theme, when there is one, goes before it
    middle: str  # URL, CATEGORIES, CLASS, TRANSP lines, folded
    end: str  # SEQUENCE and LAST-MODIFIED, folded


#: The most sources an event lists (all stay in the data and the JSON).
MAX_EVENT_SOURCES = 3


def _static(observance: Observance, options: FeedOptions) -> _Static:
    record = observance.record
    lang = options.lang
    name = observance.localized_name(lang)
    parts: list[str] = []
    page = options.details_url.replace("{id}", observance.id) if options.details_url else None
    if not options.details:
        if page:
            parts.append(page)
    else:
        description = observance.localized_description(lang)
        if description:
            if description.lang.split("-")[0] == words_language(lang):
                parts.append(description.text)
            else:
                parts.append(labelled("about", description, lang))
        body = observance.localized_established_by(lang)
        if body:
            parts.append(labelled("established_by", body, lang))
        urls = [source.url for source in observance.sources_for(lang, limit=MAX_EVENT_SOURCES)]
        if urls:
            parts.append(f"{word('sources', lang)}: " + " ".join(urls))
    url = page or observance.url_for(lang)
    middle = [f"URL:{url}"] if url else []
    if record.tags:
        middle.append("CATEGORIES:" + ",".join(escape_text(tag) for tag in sorted(record.tags)))
    middle.append("CLASS:PUBLIC")
    if options.transparent:
        middle += ["TRANSP:TRANSPARENT", "X-MICROSOFT-CDO-BUSYSTATUS:FREE"]
    end = [f"SEQUENCE:{record.revision - 1}"]
    if record.updated:
        end.append(f"LAST-MODIFIED:{_stamp(record.updated)}")
    return _Static(
        language=f";LANGUAGE={name.lang}",
        description_language=f";LANGUAGE={words_language(lang)}",
        dtstamp=fold(f"DTSTAMP:{_stamp(record.updated)}"),
        description_tail=escape_text("\n".join(parts)),
        middle="".join(fold(line) for line in middle),
        end="".join(fold(line) for line in end),
    )


_Cache = dict[str, _Static]


def _event(
    observance: Observance,
    *,
    uid: str,
    start: date,
    summary: str,
    theme: texts.LocalizedText | None,
    confirmed: bool,
    recurrence_lines: list[str],
    options: FeedOptions,
    cache: _Cache,
) -> str:
    static = cache.get(observance.id)
    if static is None:
        static = cache[observance.id] = _static(observance, options)
    length = timedelta(days=observance.duration)
    # DTEND is the day after; after 9999-12-31 there is none, so say DURATION instead.
    end_line = (
        f"DTEND;VALUE=DATE:{_date_value(start + length)}\r\n"
        if date.max - start >= length
        else f"DURATION:P{observance.duration}D\r\n"
    )
    description = static.description_tail
    if theme:
        prefix = escape_text(labelled("theme", theme, options.lang))
        description = f"{prefix}\\n{description}" if description else prefix
    lines = [
        "BEGIN:VEVENT\r\n",
        fold(f"UID:{escape_text(uid)}"),
        static.dtstamp,
        f"DTSTART;VALUE=DATE:{_date_value(start)}\r\n",
        end_line,
        *(fold(line) for line in recurrence_lines),
        fold(f"SUMMARY{static.language}:{escape_text(summary)}"),
    ]
    if description:
        lines.append(fold(f"DESCRIPTION{static.description_language}:{description}"))
    lines.append(static.middle)
    lines.append("STATUS:CONFIRMED\r\n" if confirmed else "STATUS:TENTATIVE\r\n")
    lines.append(static.end)
    if options.alarm_days is not None:
        lines += [
            "BEGIN:VALARM\r\n",
            "ACTION:DISPLAY\r\n",
            fold(f"DESCRIPTION{static.language}:{escape_text(summary)}"),
            f"TRIGGER:-P{options.alarm_days}D\r\n",
            "END:VALARM\r\n",
        ]
    lines.append("END:VEVENT\r\n")
    return "".join(lines)


def _occurrence_event(occurrence: Occurrence, options: FeedOptions, cache: _Cache) -> str:
    return _event(
        occurrence.observance,
        uid=occurrence.uid,
        start=occurrence.start,
        summary=occurrence.title(options.lang),
        theme=occurrence.localized_theme(options.lang),
        confirmed=occurrence.confirmed,
        recurrence_lines=[],
        options=options,
        cache=cache,
    )


def _series_event(
    observance: Observance, series: Series, options: FeedOptions, cache: _Cache
) -> str:
    lines = [f"RRULE:{series.rule};UNTIL={_date_value(series.last)}"]
    if series.exdates:
        lines.append("EXDATE;VALUE=DATE:" + ",".join(_date_value(d) for d in series.exdates))
    if series.rdates:
        lines.append("RDATE;VALUE=DATE:" + ",".join(_date_value(d) for d in series.rdates))
    return _event(
        observance,
        # "." cannot occur in an id, so no series UID equals an occurrence's ``{id}-{year}``
        uid=f"{observance.id}.{series.key}@childdays",
        start=series.first,
        summary=observance.name(options.lang),
        theme=None,
        confirmed=series.confirmed,
        recurrence_lines=lines,
        options=options,
        cache=cache,
    )


def _calendar(events: list[tuple[tuple[date, str, str], str]], options: FeedOptions) -> bytes:
    version = options.version
    if version is None:
        from childdays import __version__ as version
    # NAME and DESCRIPTION (RFC 7986) carry the language of our own words; a caller's text is
    # in a language we do not know, so it carries none.
    words_lang = f";LANGUAGE={words_language(options.lang)}"
    title, title_lang = options.name, ""
    if title is None:
        title, title_lang = word("calendar", options.lang), words_lang
    header = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//childdays//childdays {version}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"NAME{title_lang}:{escape_text(title)}",
        f"X-WR-CALNAME:{escape_text(title)}",
    ]
    about, about_lang = options.description, ""
    if about is None:
        about, about_lang = word("description", options.lang), words_lang
    if about:
        header += [
            f"DESCRIPTION{about_lang}:{escape_text(about)}",
            f"X-WR-CALDESC:{escape_text(about)}",
        ]
    header += [
        f"REFRESH-INTERVAL;VALUE=DURATION:{options.refresh_interval}",
        f"X-PUBLISHED-TTL:{options.refresh_interval}",
    ]
    if options.color:
        header.append(f"COLOR:{options.color}")
    out = [fold(line) for line in header]
    out.extend(text for _, text in sorted(events, key=lambda item: item[0]))
    out.append("END:VCALENDAR\r\n")
    feed = "".join(out).encode("utf-8")
    if options.max_bytes is not None and len(feed) > options.max_bytes:
        raise FeedTooLargeError(len(feed), options.max_bytes)
    return feed


def to_ical(occurrences: Iterable[Occurrence], **options: Unpack[FeedKeywords]) -> bytes:
    """Serialize ``occurrences`` as a feed of all-day events, one per occurrence.

    Options: :class:`FeedKeywords`. Events are sorted by date, then id: the same input gives
    the same bytes.

    >>> import childdays
    >>> icd = childdays.catalog()["international-childrens-day"]
    >>> feed = to_ical([icd.occurrence(2024)], lang="en")
    >>> b"SUMMARY;LANGUAGE=en:75th International Children's Day" in feed
    True
    """
    return _expanded(occurrences, FeedOptions(**options))


def _expanded(
    occurrences: Iterable[Occurrence], options: FeedOptions, shared: _Shared | None = None
) -> bytes:
    if shared is not None:
        events = [
            ((occ.start, occ.id, f"{occ.year:04d}"), shared.event(occ)) for occ in occurrences
        ]
        return _calendar(events, shared.options)
    cache: _Cache = {}
    events = [
        ((occ.start, occ.id, f"{occ.year:04d}"), _occurrence_event(occ, options, cache))
        for occ in occurrences
    ]
    return _calendar(events, options)


class _Shared:
    """The events of many expanded feeds with the same options, each rendered once.

    A site build writes the same event into many feeds (the world's, its region's, its
    topics', every country's). ``key(occurrence)`` returns two keys: occurrences with equal
    event keys have the same event text; those with equal observance keys share what every
    event of that observance shares (:class:`_Static`).
    """

    __slots__ = ("_events", "_key", "_statics", "options")

    def __init__(
        self, options: FeedOptions, key: Callable[[Occurrence], tuple[Hashable, Hashable]]
    ) -> None:
        self.options = options
        self._key = key
        self._events: dict[Hashable, str] = {}
        self._statics: dict[Hashable, _Static] = {}

    def event(self, occurrence: Occurrence) -> str:
        """The text of ``occurrence``'s event, rendered the first time it is asked for."""
        observance_key, event_key = self._key(occurrence)
        text = self._events.get(event_key)
        if text is None:
            cache: _Cache = {}
            static = self._statics.get(observance_key)
            if static is not None:
                cache[occurrence.id] = static
            text = _occurrence_event(occurrence, self.options, cache)
            self._events[event_key] = text
            self._statics[observance_key] = cache[occurrence.id]
        return text


def to_ical_recurring(
    catalog: Catalog, *, first_year: int, last_year: int, **options: Unpack[FeedKeywords]
) -> bytes:
    """Serialize ``catalog`` for ``first_year``..``last_year`` as recurring events.

    Each schedule span becomes one event with an RRULE ending (UNTIL) in the window; announced
    dates and years not held become RDATE and EXDATE; dates the series cannot carry are single
    events like those of :func:`to_ical`. Expanding this feed gives the same dates as
    :func:`to_ical` of ``catalog.occurrences()`` over the same years. Summaries are the plain
    names, since one event stands for many editions. Options: :class:`FeedKeywords`.

    >>> import childdays
    >>> feed = to_ical_recurring(childdays.catalog().filter(tags={"child-labour"}),
    ...                          first_year=2020, last_year=2030)
    >>> b"RRULE:FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=12;UNTIL=20300612" in feed
    True
    """
    return feed(catalog, first_year=first_year, last_year=last_year, recurring=True, **options)


def _reach_back(observance: Observance, first_year: int, catalog: Catalog) -> int:
    """``first_year``, or the year before when that year's occurrence runs into the window.

    The expanded feed holds every occurrence overlapping the window, so a 14-day observance
    from 25 December is in the next year's feed too; the recurring feed must start there too.
    """
    if observance.duration > 1 and first_year > 1:
        before = observance.occurrence(first_year - 1, country=catalog.country)
        if before is not None and before.end >= date(first_year, 1, 1):
            return first_year - 1
    return first_year


def _recurring(catalog: Catalog, first_year: int, last_year: int, options: FeedOptions) -> bytes:
    events: list[tuple[tuple[date, str, str], str]] = []
    cache: _Cache = {}
    for observance in catalog:
        plan = observance.recurrence(_reach_back(observance, first_year, catalog), last_year)
        for series in plan.series:
            text = _series_event(observance, series, options, cache)
            events.append(((series.first, observance.id, series.key), text))
        for year, _ in plan.singles:
            occurrence = observance.occurrence(year, country=catalog.country)
            if occurrence is not None:
                text = _occurrence_event(occurrence, options, cache)
                events.append(((occurrence.start, observance.id, f"{year:04d}"), text))
    return _calendar(events, options)


def feed(
    catalog: Catalog,
    *,
    first_year: int,
    last_year: int,
    recurring: bool = False,
    **options: Unpack[FeedKeywords],
) -> bytes:
    """The feed of ``catalog`` for ``first_year``..``last_year``, expanded or ``recurring``.

    Options: :class:`FeedKeywords`.

    >>> import childdays
    >>> kh = childdays.catalog().for_country("KH")
    >>> feed(kh, first_year=2024, last_year=2024, lang="km").count(b"BEGIN:VEVENT") > 0
    True
    """
    settings = FeedOptions(**options)
    if last_year < first_year:
        raise ValueError(f"last_year {last_year} is before first_year {first_year}")
    if recurring:
        return _recurring(catalog, first_year, last_year, settings)
    window = catalog.occurrences(date(first_year, 1, 1), date(last_year, 12, 31))
    return _expanded(window, settings)


def __getattr__(name: str) -> object:
    """:class:`FeedKeywords`, imported on first use.

    It is a :class:`typing.TypedDict`, and writing a feed does not import :mod:`typing`.
    """
    if name == "FeedKeywords":
        from childdays._feed_keywords import FeedKeywords

        return FeedKeywords
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "GOOGLE_FEED_LIMIT",
    "FeedKeywords",
    "FeedOptions",
    "FeedTooLargeError",
    "escape_text",
    "feed",
    "fold",
    "labelled",
    "to_ical",
    "to_ical_recurring",
    "word",
    "words_language",
]
