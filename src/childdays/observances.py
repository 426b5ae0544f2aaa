"""Observances (the idea), their occurrences (one year's date, edition and theme), the catalog.

Internal module (docs/api.md): the public names are re-exported by :mod:`childdays`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from datetime import date, timedelta
from types import MappingProxyType

from childdays import i18n, texts
from childdays.editions import Editions
from childdays.errors import DataError, Problem, UnknownObservanceError
from childdays.frozen import frozen, replace
from childdays.records import (
    CeremonyRecord,
    ObservanceCore,
    ObservanceRecord,
    SourceRecord,
    is_country,
)
from childdays.rules import YearlyRule
from childdays.schedule import Recurrence, Schedule, recurrence
from childdays.texts import LocalizedText

TYPE_CHECKING = False  # typing is not imported at run time (cold start)
if TYPE_CHECKING:
    from typing import Any

#: The widest window, in years, that one query may expand.
MAX_QUERY_YEARS = 1000


class Observance:
    """An observance: its names, rule history, numbering, themes and sources.

    >>> import childdays
    >>> icd = childdays.catalog()["international-childrens-day"]
    >>> icd.edition(2024), icd.date(2024)
    (75, datetime.date(2024, 6, 1))
    """

    __slots__ = ("_core", "_details", "_editions", "_record", "_rules", "_schedule", "_tags")

    def __init__(
        self,
        record: ObservanceCore,
        *,
        details: Callable[[], ObservanceRecord] | None = None,
        rules: MutableMapping[str, YearlyRule] | None = None,
    ) -> None:
        """An observance from its validated record.

        ``record`` is the whole :class:`~childdays.records.ObservanceRecord`, or only its core
        when ``details`` gives the whole record on first need (sources, themes, notes): that
        keeps the first built-in catalog fast (its schedule and numbering are then also worked
        out on first need: the built-in data was checked when it was compiled). ``rules`` shares
        parsed rules between the observances of one catalog (see
        :meth:`~childdays.schedule.Schedule.from_record`).
        """
        if details is None and not isinstance(record, ObservanceRecord):
            raise TypeError("an observance needs its whole record or a way to read it")
        self._core = record
        self._record = record if isinstance(record, ObservanceRecord) else None
        self._details = details
        self._tags = frozenset(record.tags)
        self._rules = rules
        self._schedule: Schedule | None = None
        self._editions: Editions | None = None
        if details is None:  # a whole record, maybe a caller's own: checked now
            self._timeline()
            self._numbering()

    def _timeline(self) -> Schedule:
        schedule = self._schedule
        if schedule is None:
            schedule = self._schedule = Schedule.from_record(self._core, self._rules)
        return schedule

    def _numbering(self) -> Editions:
        editions = self._editions
        if editions is None:
            editions = self._editions = Editions.from_record(self._core)
        return editions

    @property
    def record(self) -> ObservanceRecord:
        """All the validated data of the observance (read-only)."""
        if self._record is None:
            assert self._details is not None  # __init__ ensures one of the two
            self._record = self._details()
        return self._record

    def __repr__(self) -> str:
        return f"<Observance {self.id}>"

    @property
    def id(self) -> str:
        """The stable kebab-case id."""
        return self._core.id

    @property
    def scope(self) -> str:
        """``"world"``, an ISO 3166-1 alpha-2 country code, or a region id."""
        return self._core.scope

    @property
    def tags(self) -> frozenset[str]:
        """Subject tags such as ``childrens-day`` or ``child-labour``."""
        return self._tags

    @property
    def label(self) -> str:
        """How titles name a year: ``"edition"``, ``"year"`` or ``"plain"``."""
        return self._core.label

    @property
    def same_as(self) -> str | None:
        """For a country's record: the worldwide or regional observance it is the same day as."""
        return self._core.same_as

    @property
    def updated(self) -> date | None:
        """The date the data was last changed (feeds' DTSTAMP and LAST-MODIFIED)."""
        return self._core.updated

    @property
    def origin(self) -> str:
        """Where the data came from: a file path, or ``<built-in>``."""
        return self._core.origin

    @property
    def first_year(self) -> int | None:
        """The year of the first observance (None when no source gives it)."""
        return self._core.first_year

    @property
    def start_known(self) -> bool:
        """Whether the day's start is sourced, or only its earliest attestation.

        True when :attr:`first_year` (or the first schedule span's ``since``) is the year a
        source gives for the day's start; False when the data begins at the earliest year a
        source read attests the day, and it may have been held before. A file that does not
        say (``start_known`` left out) has a known start exactly when it gives ``first_year``.
        """
        said = self.record.start_known
        return self._core.first_year is not None if said is None else said

    @property
    def established(self) -> int | None:
        """The year of the founding decision."""
        return self._core.established

    @property
    def established_by(self) -> str | None:
        """The body that established the observance."""
        return self.record.established_by

    @property
    def instrument(self) -> str | None:
        """The founding instrument, such as a UN General Assembly resolution."""
        return self.record.instrument

    @property
    def url(self) -> str | None:
        """The official page of the observance."""
        return self.record.url

    @property
    def sources(self) -> tuple[SourceRecord, ...]:
        """The main sources of the data."""
        return self.record.sources

    @property
    def names(self) -> Mapping[str, str]:
        """Names by language code."""
        return self._core.names

    @property
    def duration(self) -> int:
        """Length in days."""
        return self._core.duration

    def name(self, lang: str = i18n.DEFAULT_LANG) -> str:
        """The name in ``lang``, falling back along ``pt-BR -> pt -> en``."""
        return self._name_in(lang)[1]

    def date(self, year: int) -> date | None:
        """The (first) day in ``year``, or None if not held that year."""
        return self._timeline().start(year)

    def edition(self, year: int, *, country: str | None = None) -> int | None:
        """The edition number of ``year``, counted as ``country`` counts it.

        None before the first edition, in a year not held, or for an unnumbered observance.
        """
        return self._numbering().edition(year, self._timeline(), country)

    def year_of_edition(self, edition: int, *, country: str | None = None) -> int | None:
        """The year of edition number ``edition``."""
        return self._numbering().year_of_edition(edition, self._timeline(), country)

    def anniversary(self, year: int) -> int | None:
        """Years since the founding decision (None if unknown or not yet)."""
        return self._numbering().anniversary(year)

    def is_public_holiday(self, year: int, country: str) -> bool:
        """Whether the observance was a public holiday in ``country`` in ``year``."""
        return any(
            entry.country == country
            and entry.since <= year
            and (entry.until is None or year <= entry.until)
            for entry in self.record.public_holiday
        )

    def ceremony(self, year: int, country: str) -> CeremonyRecord | None:
        """The national ceremony held in ``country`` for ``year``'s observance, if recorded."""
        for entry in self.record.ceremonies:
            if entry.year == year and entry.country == country:
                return entry
        return None

    def theme(
        self, year: int, lang: str = i18n.DEFAULT_LANG, *, country: str | None = None
    ) -> str | None:
        """The official theme of ``year``: ``country``'s own theme first, then the worldwide one.

        Without a theme in ``lang``, the theme in the language of its source
        (:meth:`localized_theme` says which language that is).
        """
        found = self.localized_theme(year, lang, country=country)
        return found.text if found else None

    def localized_theme(
        self, year: int, lang: str = i18n.DEFAULT_LANG, *, country: str | None = None
    ) -> LocalizedText | None:
        """The theme of ``year`` with its language, status and source (see :meth:`theme`).

        >>> import childdays
        >>> theme = childdays.catalog()["world-day-against-child-labour"].localized_theme(2024)
        >>> theme.lang, theme.status
        ('en', 'sourced')
        """
        return texts.theme(self.record, year, lang, country)

    def localized_name(self, lang: str = i18n.DEFAULT_LANG) -> LocalizedText:
        """The name in ``lang`` (or the fallback found) with its status and source.

        >>> import childdays
        >>> childdays.catalog()["international-childrens-day"].localized_name("km").status
        'sourced'
        """
        return texts.name(self.record, self._core.names, lang)

    def localized_established_by(self, lang: str = i18n.DEFAULT_LANG) -> LocalizedText | None:
        """The establishing body's name in ``lang`` with its status, or None when unknown.

        >>> import childdays
        >>> labour = childdays.catalog()["world-day-against-child-labour"]
        >>> labour.localized_established_by("fr").text
        'Organisation internationale du Travail'
        """
        return texts.established_by(self.record, lang)

    def localized_description(self, lang: str = i18n.DEFAULT_LANG) -> LocalizedText | None:
        """The short description in ``lang`` (or the fallback found), or None."""
        return texts.description(self.record, lang)

    def url_for(self, lang: str = i18n.DEFAULT_LANG) -> str | None:
        """The official page in ``lang`` when the data cites one, else :attr:`url`."""
        return texts.url(self.record, lang)

    def sources_for(
        self, lang: str = i18n.DEFAULT_LANG, *, limit: int | None = None
    ) -> tuple[SourceRecord, ...]:
        """The sources, official first and pages in ``lang`` first among those; ``limit`` caps."""
        return texts.sources(self.record, lang, limit)

    def occurrence(self, year: int, *, country: str | None = None) -> Occurrence | None:
        """The occurrence in ``year`` (with ``country``'s numbering and theme), or None."""
        schedule = self._timeline()
        span = schedule.span(year)
        if span is None:
            return None
        return Occurrence(
            observance=self,
            year=year,
            start=span[0],
            end=span[1],
            edition=self.edition(year, country=country),
            confirmed=schedule.confirmed(year),
            country=country,
        )

    def recurrence(self, first_year: int, last_year: int) -> Recurrence:
        """The years ``first_year``..``last_year`` as recurring series and single dates."""
        return recurrence(self._timeline(), first_year, last_year)

    def title(self, year: int, lang: str = i18n.DEFAULT_LANG, *, country: str | None = None) -> str:
        """The title of ``year``'s occurrence in ``lang``: name with edition or year label."""
        name_lang, name = self._name_in(lang)
        if self.label == "year":
            return i18n.year_title(name_lang, name, year)
        edition = self.edition(year, country=country)
        if self.label == "edition" and edition is not None:
            gender = self._core.genders.get(name_lang, "masculine")
            return i18n.edition_title(name_lang, name, edition, gender)
        return name

    def _with_national(self, national: Observance) -> Observance:
        """The observance as seen in the country of ``national``, a record of the same day.

        Names and genders the national record adds for other languages, its public-holiday
        years and its ceremonies are added; everything else stays this observance's.
        """
        mine, theirs = self.record, national.record
        return Observance(
            replace(
                mine,
                names=MappingProxyType({**theirs.names, **mine.names}),
                name_sources=MappingProxyType({**theirs.name_sources, **mine.name_sources}),
                translated_names=mine.translated_names
                + tuple(code for code in theirs.translated_names if code not in mine.names),
                genders=MappingProxyType({**theirs.genders, **mine.genders}),
                public_holiday=mine.public_holiday + theirs.public_holiday,
                ceremonies=mine.ceremonies + theirs.ceremonies,
            )
        )

    def anniversary_title(self, year: int, lang: str = i18n.DEFAULT_LANG) -> str | None:
        """The title of ``year``'s anniversary of the founding decision in ``lang``, or None."""
        years = self.anniversary(year)
        if years is None:
            return None
        name_lang, name = self._name_in(lang)
        return i18n.anniversary_title(name_lang, name, years)

    def _name_in(self, lang: str) -> tuple[str, str]:
        found = i18n.pick(self._core.names, lang)
        assert found is not None  # the data always has an English name
        return found

    def as_dict(self) -> dict[str, Any]:
        """A JSON-serializable description of the observance."""
        record = self.record
        return {
            "id": record.id,
            "scope": record.scope,
            "tags": sorted(record.tags),
            "label": record.label,
            "names": dict(sorted(record.names.items())),
            "established": record.established,
            "first_year": record.first_year,
            "start_known": self.start_known,
            "established_by": record.established_by,
            "established_by_names": dict(sorted(record.established_by_names.items())),
            "established_by_status": {
                code: _status(found)
                for code in sorted({"en", *record.established_by_names})
                if (found := self.localized_established_by(code)) is not None
            },
            "instrument": record.instrument,
            "url": record.url,
            "duration": record.duration,
            "date_set_yearly": record.date_set_yearly,
            "schedule": [
                {"rule": s.rule, "since": s.since, "until": s.until} for s in record.schedule
            ],
            "sources": [{"url": s.url, "title": s.title} for s in record.sources],
            "name_status": {
                code: _status(self.localized_name(code)) for code in sorted(record.names)
            },
            "descriptions": dict(sorted(record.descriptions.items())),
            "description_status": {
                code: _status(found)
                for code in sorted(record.descriptions)
                if (found := self.localized_description(code)) is not None
            },
            "themes": [
                {
                    "year": t.year,
                    "lang": t.lang,
                    "text": t.text,
                    "country": t.country,
                    "status": "translated" if t.translated else "sourced",
                    "source": t.source,
                }
                for t in sorted(record.themes, key=lambda t: (t.year, t.country or "", t.lang))
            ],
        }


def _status(text: LocalizedText) -> dict[str, str | None]:
    return {"status": text.status, "source": text.source}


@frozen
class Occurrence:
    """One observance in one year: its dates, edition and theme."""

    observance: Observance
    year: int
    start: date
    end: date
    edition: int | None
    confirmed: bool
    country: str | None = None

    @property
    def id(self) -> str:
        """The observance id."""
        return self.observance.id

    @property
    def uid(self) -> str:
        """A stable identifier of this occurrence: ``{id}-{year}@childdays``."""
        return f"{self.observance.id}-{self.year}@childdays"

    def name(self, lang: str = i18n.DEFAULT_LANG) -> str:
        """The observance's name in ``lang``."""
        return self.observance.name(lang)

    def title(self, lang: str = i18n.DEFAULT_LANG) -> str:
        """The title in ``lang``, such as ``"75th International Children's Day"``."""
        return self.observance.title(self.year, lang, country=self.country)

    def theme(self, lang: str = i18n.DEFAULT_LANG) -> str | None:
        """The official theme of this year, or None."""
        return self.observance.theme(self.year, lang, country=self.country)

    def localized_title(self, lang: str = i18n.DEFAULT_LANG) -> LocalizedText:
        """The title with its language and the status and source of the name it is built on.

        >>> import childdays
        >>> icd = childdays.catalog()["international-childrens-day"]
        >>> icd.occurrence(2024).localized_title("km").text
        'ទិវាកុមារអន្តរជាតិ លើកទី៧៥'
        """
        found = self.observance.localized_name(lang)
        return LocalizedText(self.title(lang), found.lang, found.status, found.source)

    def localized_theme(self, lang: str = i18n.DEFAULT_LANG) -> LocalizedText | None:
        """The theme with its language (that of its source when ``lang`` has none) and status."""
        return self.observance.localized_theme(self.year, lang, country=self.country)

    def date_text(self, lang: str = i18n.DEFAULT_LANG) -> str:
        """The first day in prose, e.g. km ``ថ្ងៃទី១ ខែមិថុនា ឆ្នាំ២០២៤``."""
        return i18n.format_date(self.start, lang)

    def anniversary_title(self, lang: str = i18n.DEFAULT_LANG) -> str | None:
        """The anniversary title in ``lang`` (e.g. ``"75th anniversary of ..."``), or None."""
        return self.observance.anniversary_title(self.year, lang)

    def as_dict(self, lang: str = i18n.DEFAULT_LANG) -> dict[str, Any]:
        """A plain JSON-serializable dict, texts in ``lang``.

        ``texts`` gives, for the title, name, theme and description, the language each is
        really in and whether it is ``sourced`` (with its source) or ``translated``.
        ``sources`` lists every source, official ones and those in ``lang`` first.
        """
        observance = self.observance
        title = self.localized_title(lang)
        name = observance.localized_name(lang)
        theme = self.localized_theme(lang)
        description = observance.localized_description(lang)
        return {
            "id": observance.id,
            "uid": self.uid,
            "year": self.year,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "edition": self.edition,
            "confirmed": self.confirmed,
            "country": self.country,
            "scope": observance.scope,
            "tags": sorted(observance.tags),
            "title": title.text,
            "name": name.text,
            "date_text": self.date_text(lang),
            "theme": theme.text if theme else None,
            "description": description.text if description else None,
            "texts": {
                "title": title.as_dict(),
                "name": name.as_dict(),
                "theme": theme.as_dict() if theme else None,
                "description": description.as_dict() if description else None,
            },
            "url": observance.url_for(lang),
            "sources": [{"url": s.url, "title": s.title} for s in observance.sources_for(lang)],
        }


#: The file named in a problem with a region of a merged catalog (regions keep no origin).
REGIONS_ORIGIN = "regions.toml"


class Catalog:
    """An immutable collection of observances, optionally seen from one country.

    >>> import childdays
    >>> cat = childdays.catalog()
    >>> ", ".join(o.title("en") for o in cat.on(date(2024, 6, 12)))
    '23rd World Day Against Child Labour'
    """

    __slots__ = (
        "_by_id",
        "_by_scope",
        "_countries",
        "_country",
        "_observances",
        "_regions",
        "_tags",
    )

    def __init__(
        self,
        observances: Iterable[Observance] = (),
        *,
        country: str | None = None,
        regions: Mapping[str, frozenset[str]] | None = None,
    ) -> None:
        ordered = sorted(observances, key=lambda o: o.id)
        self._observances: tuple[Observance, ...] = tuple(ordered)
        self._by_id: dict[str, Observance] = {o.id: o for o in ordered}
        self._country = country
        self._regions: Mapping[str, frozenset[str]] = MappingProxyType(dict(regions or {}))
        # Computed on first need and kept: the catalog never changes (a web app asks per request).
        self._countries: tuple[frozenset[str], list[str]] | None = None
        self._tags: tuple[frozenset[str], list[str]] | None = None
        self._by_scope: dict[str, list[Observance]] | None = None
        if len(self._by_id) != len(self._observances):
            seen: set[str] = set()
            problems = []
            for observance in ordered:
                if observance.id in seen:
                    problems.append(
                        Problem(observance.origin, "id", repr(observance.id), "appears twice")
                    )
                seen.add(observance.id)
            raise DataError(problems)

    def __repr__(self) -> str:
        where = f" for {self._country}" if self._country else ""
        return f"<Catalog of {len(self)} observances{where}>"

    def __len__(self) -> int:
        return len(self._observances)

    def __iter__(self) -> Iterator[Observance]:
        return iter(self._observances)

    def __contains__(self, key: object) -> bool:
        return key in self._by_id

    def __getitem__(self, key: str) -> Observance:
        try:
            return self._by_id[key]
        except KeyError:
            import difflib

            close = difflib.get_close_matches(key, list(self._by_id), n=3, cutoff=0.6)
            raise UnknownObservanceError(key, close) from None

    @property
    def country(self) -> str | None:
        """The country this catalog is seen from (numbering and themes), if any."""
        return self._country

    @property
    def regions(self) -> Mapping[str, frozenset[str]]:
        """Region id -> member country codes (regional observances show in members' views)."""
        return self._regions

    def ids(self) -> list[str]:
        """The ids, sorted."""
        return [o.id for o in self._observances]

    def for_country(self, country: str) -> Catalog:
        """The worldwide observances and those of ``country`` (ISO 3166-1 alpha-2).

        A national record that is the same day as a worldwide one (``same_as``: Vietnam's
        Children's Day is International Children's Day) is folded into it: the worldwide
        observance keeps its id, numbering and themes, and gains the national names it lacked,
        public-holiday years and ceremonies.
        """
        code = country.upper()
        by_scope = self._scopes()
        national = by_scope.get(code, [])
        folded = {o.same_as: o for o in national if o.same_as in self._by_id}
        wider = ["world", *(r for r, members in self._regions.items() if code in members)]
        chosen = [
            o._with_national(folded[o.id]) if o.id in folded else o
            for scope in wider
            for o in by_scope.get(scope, ())
        ]
        chosen += [o for o in national if o.same_as not in self._by_id]
        return Catalog(chosen, country=code, regions=self._regions)

    def _scopes(self) -> dict[str, list[Observance]]:
        """Scope -> its observances (in id order), worked out once: a view costs its size."""
        if self._by_scope is None:
            by_scope: dict[str, list[Observance]] = {}
            for observance in self._observances:
                by_scope.setdefault(observance.scope, []).append(observance)
            self._by_scope = by_scope
        return self._by_scope

    def filter(self, *, tags: Iterable[str] | None = None, scope: str | None = None) -> Catalog:
        """The observances that have any of ``tags`` and, if given, the ``scope``."""
        wanted = frozenset(tags) if tags is not None else None
        pool = self._observances if scope is None else self._scopes().get(scope, ())
        chosen = [o for o in pool if wanted is None or o.tags & wanted]
        return Catalog(chosen, country=self._country, regions=self._regions)

    def countries(self) -> list[str]:
        """Country codes with a national record or a region membership, sorted."""
        return list(self._country_codes()[1])

    def _country_codes(self) -> tuple[frozenset[str], list[str]]:
        if self._countries is None:
            codes = {o.scope for o in self._observances if is_country(o.scope)}
            for members in self._regions.values():
                codes |= members
            self._countries = (frozenset(codes), sorted(codes))
        return self._countries

    def tags(self) -> list[str]:
        """The tags of the worldwide and regional observances, sorted."""
        return list(self._feed_tags()[1])

    def _feed_tags(self) -> tuple[frozenset[str], list[str]]:
        if self._tags is None:
            found = {t for o in self._observances if not is_country(o.scope) for t in o.tags}
            self._tags = (frozenset(found), sorted(found))
        return self._tags

    def select(self, name: str) -> Catalog:
        """The catalog a feed name stands for, as in ``/feeds/{name}.ics``.

        ``world``: the worldwide observances; a country code (``KH``): :meth:`for_country`; a
        region id (``africa``): that region's observances; a tag (``child-labour``): the
        worldwide and regional observances with it. Raises :class:`KeyError` otherwise.
        """
        if name == "world":
            return self.filter(scope="world")
        if is_country(name) and name in self._country_codes()[0]:
            return self.for_country(name)
        if name in self._regions:
            return self.filter(scope=name)
        if name in self._feed_tags()[0]:
            chosen = [o for o in self._observances if not is_country(o.scope) and name in o.tags]
            return Catalog(chosen, country=self._country, regions=self._regions)
        raise KeyError(name)

    def last_updated(self) -> date | None:
        """The newest ``updated`` date of the observances (for Last-Modified), or None."""
        return max((o.updated for o in self._observances if o.updated), default=None)

    def merge(self, other: Catalog, *, override: bool = False) -> Catalog:
        """A catalog with the observances of both; a shared id is an error unless ``override``."""
        from childdays.loader import same_as_problems

        clashes = [o for o in other if o.id in self._by_id]
        problems = [
            Problem(
                o.origin,
                "id",
                repr(o.id),
                f"already in the catalog (from {self._by_id[o.id].origin}); "
                "pass override=True to replace it",
            )
            for o in clashes
        ]
        problems += [
            Problem(
                REGIONS_ORIGIN,
                region,
                "",
                "is a region already in the catalog with other members; "
                "pass override=True to replace it",
            )
            for region, members in sorted(other.regions.items())
            if self._regions.get(region, members) != members
        ]
        if problems and not override:
            raise DataError(problems)
        replaced = {o.id for o in other}
        kept = [o for o in self._observances if o.id not in replaced]
        same_as = same_as_problems([*kept, *other], blame=replaced)
        if same_as:
            raise DataError(same_as)
        regions = {**self._regions, **other.regions}
        return Catalog([*kept, *other], country=self._country, regions=regions)

    def occurrences(self, start: date, end: date) -> list[Occurrence]:
        """Every occurrence overlapping ``start``..``end`` (both inclusive), sorted by date, id."""
        if end < start:
            raise ValueError(f"end {end.isoformat()} is before start {start.isoformat()}")
        if end.year - start.year >= MAX_QUERY_YEARS:
            raise ValueError(f"a query spans at most {MAX_QUERY_YEARS} years")
        found: list[Occurrence] = []
        for observance in self._observances:
            reach_back = timedelta(days=observance.duration - 1)
            first_year = (start - reach_back).year if start - date.min >= reach_back else 1
            for year in range(first_year, end.year + 1):
                occurrence = observance.occurrence(year, country=self._country)
                if occurrence and occurrence.end >= start and occurrence.start <= end:
                    found.append(occurrence)
        found.sort(key=lambda occ: (occ.start, occ.id))
        return found

    def on(self, day: date) -> list[Occurrence]:
        """The occurrences that include ``day``."""
        return self.occurrences(day, day)

    def upcoming(self, *, after: date, limit: int = 10, years: int = 10) -> list[Occurrence]:
        """The next ``limit`` occurrences that start on or after ``after``, within ``years``."""
        if limit < 1:
            return []
        end = date(min(after.year + years, 9999), 12, 31)
        found = [occ for occ in self.occurrences(after, end) if occ.start >= after]
        return found[:limit]
