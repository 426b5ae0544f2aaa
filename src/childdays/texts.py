"""Texts in a language with their status, and the sources and page to show in a language.

Every name, description and theme the library shows comes with the language it is really in
and whether it is ``sourced`` (read in the source it cites) or ``translated`` (a translation
made for childdays, marked in the data), so a renderer never mislabels a text's language and
a CMS can say "unofficial translation".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from childdays import i18n
from childdays.frozen import frozen
from childdays.records import ObservanceRecord, SourceRecord, ThemeRecord

TYPE_CHECKING = False  # typing is not imported at run time (cold start)
if TYPE_CHECKING:
    from typing import Any, Literal

    Status = Literal["sourced", "translated"]


#: Host suffixes of governments and intergovernmental bodies: their pages count as official.
_OFFICIAL_SUFFIXES = (".int", ".europa.eu", ".un.org", ".unesco.org", ".ilo.org", ".unicef.org")
_OFFICIAL_HOSTS = frozenset(
    {"un.org", "unesco.org", "ilo.org", "unicef.org", "unodc.org", "unwomen.org", "ohchr.org"}
)
_OFFICIAL_LABELS = frozenset({"gov", "gouv", "gob", "go", "gc", "govt", "int"})


@frozen
class LocalizedText:
    """A text, the language it is in, its status and the page it was read on (if sourced).

    >>> import childdays
    >>> name = childdays.catalog()["world-day-against-child-labour"].localized_name("fr")
    >>> name.lang, name.status
    ('fr', 'sourced')
    """

    text: str
    lang: str
    status: Status
    source: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """``{"text", "lang", "status", "source"}``, JSON-serializable."""
        return {"text": self.text, "lang": self.lang, "status": self.status, "source": self.source}


def host(url: str) -> str:
    """The host of ``url`` without ``www.`` or ``m.`` (``https://m.un.org/x`` -> ``un.org``)."""
    name = url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower()
    while name.startswith(("www.", "m.")):
        name = name.split(".", 1)[1]
    return name


def is_official(url: str, home: str | None = None) -> bool:
    """Whether ``url`` is on the official page's host ``home`` or a public body's site.

    >>> is_official("https://www.ilo.org/x"), is_official("https://moeys.gov.kh/x")
    (True, True)
    >>> is_official("https://en.wikipedia.org/wiki/Children%27s_Day")
    False
    """
    name = host(url)
    if home is not None and name == host(home):
        return True
    if name in _OFFICIAL_HOSTS or name.endswith(_OFFICIAL_SUFFIXES):
        return True
    return bool(_OFFICIAL_LABELS & set(name.split(".")[1:]))


def name(record: ObservanceRecord, names: Mapping[str, str], lang: str) -> LocalizedText:
    """The name in ``lang`` (or along its fallback chain) with its status and source."""
    found = i18n.pick(names, lang)
    assert found is not None  # the data always has an English name
    code, text = found
    if code in record.translated_names:
        return LocalizedText(text, code, "translated")
    return LocalizedText(text, code, "sourced", record.name_sources.get(code))


def description(record: ObservanceRecord, lang: str) -> LocalizedText | None:
    """The description in ``lang`` (or along its fallback chain), or None when there is none.

    A description is written for childdays from the observance's sources (its ``url``, else
    its first source); one listed in ``translated_descriptions`` is a translation of it.
    """
    found = i18n.pick(record.descriptions, lang)
    if found is None:
        return None
    code, text = found
    if code in record.translated_descriptions:
        return LocalizedText(text, code, "translated")
    return LocalizedText(text, code, "sourced", record.url or record.sources[0].url)


def established_by(record: ObservanceRecord, lang: str) -> LocalizedText | None:
    """The body that established the observance, named in ``lang`` (or along its chain).

    ``established_by`` is the English name; ``[established_by_names]`` the others, each cited
    in ``[established_by_sources]`` or listed in ``translated_established_by``. None when the
    data names no body.
    """
    if record.established_by is None:
        return None
    names = {**record.established_by_names, i18n.DEFAULT_LANG: record.established_by}
    found = i18n.pick(names, lang)
    assert found is not None  # English is always among them
    code, text = found
    if code in record.translated_established_by:
        return LocalizedText(text, code, "translated")
    return LocalizedText(text, code, "sourced", record.established_by_sources.get(code))


def _theme_order(themes: Iterable[ThemeRecord], lang: str) -> ThemeRecord | None:
    by_lang = {theme.lang: theme for theme in themes}
    if not by_lang:
        return None
    for candidate in i18n.fallback_chain(lang)[:-1]:
        if candidate in by_lang:
            return by_lang[candidate]
    # No theme in the asked language: the theme as its source gives it, the words of the
    # source rather than a translation, English first when the source gave several.
    sourced = {code: theme for code, theme in by_lang.items() if not theme.translated}
    pool = sourced or by_lang
    return pool.get(i18n.DEFAULT_LANG) or pool[min(pool)]


def theme(
    record: ObservanceRecord, year: int, lang: str, country: str | None = None
) -> LocalizedText | None:
    """The theme of ``year`` in ``lang``: ``country``'s own first, then the worldwide one.

    Without a theme in ``lang`` it is the theme in the language of its source.
    """
    for wanted in (country, None) if country else (None,):
        chosen = _theme_order(
            (t for t in record.themes if t.year == year and t.country == wanted), lang
        )
        if chosen is not None:
            if chosen.translated:
                return LocalizedText(chosen.text, chosen.lang, "translated")
            return LocalizedText(chosen.text, chosen.lang, "sourced", chosen.source)
    return None


def url(record: ObservanceRecord, lang: str) -> str | None:
    """The official page in ``lang`` when the data cites one, else the official page.

    When the official page's address names another language, the candidates are the pages the
    data cites (sources and name sources) whose address names ``lang``: first those on the
    official page's site, then other official pages (a government's or an intergovernmental
    body's).
    """
    home = record.url
    if home is None or i18n.url_language(home) in (None, lang):
        return home
    candidates = [s.url for s in record.sources] + list(record.name_sources.values())
    in_lang = [c for c in candidates if i18n.url_language(c) == lang]
    for candidate in in_lang:
        if host(candidate) == host(home):
            return candidate
    for candidate in in_lang:
        if is_official(candidate):
            return candidate
    return home


def sources(
    record: ObservanceRecord, lang: str, limit: int | None = None
) -> tuple[SourceRecord, ...]:
    """The sources ordered for a reader of ``lang``, at most ``limit`` of them.

    Official pages first (the official page's site, governments, intergovernmental bodies);
    among equals, pages in ``lang`` first, then pages in English or whose address names no
    language, then pages in a third language; then the data's order.
    """
    home = record.url
    ranked = sorted(
        enumerate(record.sources),
        key=lambda item: (
            not is_official(item[1].url, home),
            _reader_rank(i18n.url_language(item[1].url), lang),
            item[0],
        ),
    )
    chosen = tuple(source for _, source in ranked)
    return chosen if limit is None else chosen[:limit]


def _reader_rank(page_lang: str | None, lang: str) -> int:
    """0 for a page in the reader's language, 1 in English or unmarked, 2 in a third language."""
    if page_lang == lang:
        return 0
    return 1 if page_lang in (None, i18n.DEFAULT_LANG) else 2


__all__ = [
    "LocalizedText",
    "description",
    "established_by",
    "host",
    "is_official",
    "name",
    "sources",
    "theme",
    "url",
]
