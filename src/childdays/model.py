"""Pydantic models of the data file format, their validation, and :func:`schema`.

These models are the one declaration of every field, constraint and default of the format.
Their JSON form (``model_dump(mode="json")``, every field present) is what the compiled built-in
data stores and what :func:`childdays.records.record_from_json` turns into the read-only runtime
records, so the runtime reads the built-in data without importing pydantic. Only user files and
the build of the built-in data go through these models.

Internal module (docs/api.md): not part of the public API.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import Annotated, Any, Literal, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from childdays.editions import Editions
from childdays.errors import FieldError
from childdays.records import ObservanceCore, record_from_json
from childdays.rules import RuleError, parse_rule
from childdays.schedule import Schedule

#: The last year for which an open schedule span is checked to give one date a year: every
#: year a date can have, so validation and every renderer agree on the years they accept.
CHECK_OPEN_SPANS_UNTIL = 9999

#: The largest ``revision``: SEQUENCE (revision - 1) must fit an iCalendar INTEGER (32 bits).
MAX_REVISION = 2**31


# A user catalog repeats a few hundred rules over thousands of spans: each distinct rule is
# parsed, and each distinct (rule, years) checked for one date a year, once per process.
_parsed_rule = lru_cache(maxsize=4096)(parse_rule)


@lru_cache(maxsize=4096)
def _first_year_not_once(rule: str, since: int, last: int) -> tuple[int, int] | None:
    return _parsed_rule(rule).first_year_not_once(since, last)


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_CONTROL_EXCEPT_NEWLINE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def _single_line(value: str) -> str:
    if _CONTROL.search(value):
        raise ValueError("control characters (such as CR or LF) are not allowed")
    if value != value.strip():
        raise ValueError("leading or trailing white space is not allowed")
    if not value:
        raise ValueError("must not be empty")
    return value


def _multi_line(value: str) -> str:
    if _CONTROL_EXCEPT_NEWLINE.search(value):
        raise ValueError("control characters other than LF are not allowed")
    if not value.strip():
        raise ValueError("must not be empty")
    return value


def _url(value: str) -> str:
    if not re.fullmatch(r"https?://[^\s<>\"]+", value) or _CONTROL.search(value):
        raise ValueError("expected an http:// or https:// URL")
    return value


Year = Annotated[int, Field(ge=1, le=9999, strict=True)]
Count = Annotated[int, Field(ge=1, strict=True)]
Line = Annotated[str, StringConstraints(max_length=500), AfterValidator(_single_line)]
Text = Annotated[str, StringConstraints(max_length=5000), AfterValidator(_multi_line)]
Url = Annotated[str, StringConstraints(max_length=2000), AfterValidator(_url)]
Id = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=200),
]
Tag = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=60)]
#: A BCP 47 language tag as used here: a 2-3 letter language, then optional subtags.
Lang = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", max_length=35),
]
#: An ISO 3166-1 alpha-2 code (upper case).
Country = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
#: "world", a country code, or a region id (lower-case kebab).
Scope = Annotated[
    str, StringConstraints(pattern=r"^(world|[A-Z]{2}|[a-z]+(-[a-z]+)*)$", max_length=60)
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


class Source(_Strict):
    """A source document: where a fact was read."""

    url: Url
    title: Line


class Span(_Strict):
    """A date rule (an RFC 5545 yearly RRULE) and the years, inclusive, in which it applied."""

    rule: Line
    since: Year
    until: Year | None = None
    source: Url | None = None
    note: Text | None = None

    @field_validator("rule")
    @classmethod
    def _rule_parses(cls, value: str) -> str:
        try:
            _parsed_rule(value)
        except RuleError as exc:
            raise ValueError(str(exc)) from None
        return value

    @model_validator(mode="after")
    def _one_date_each_year(self) -> Span:
        if self.until is not None and self.until < self.since:
            raise FieldError("until", self.until, f"is before since ({self.since})")
        last = self.until if self.until is not None else CHECK_OPEN_SPANS_UNTIL
        found = _first_year_not_once(self.rule, self.since, last)
        if found is not None:
            year, count = found
            raise FieldError(
                "rule", self.rule, f"gives {count} dates in {year}; expected exactly one a year"
            )
        return self


class Announced(_Strict):
    """A date announced for one year; it wins over the rule."""

    year: Year
    date: date
    edition: Count | None = None
    source: Url
    note: Text | None = None

    @model_validator(mode="after")
    def _date_in_year(self) -> Announced:
        if self.date.year != self.year:
            raise FieldError("date", self.date.isoformat(), f"is not in year {self.year}")
        return self


class EditionAttested(_Strict):
    """An edition number that a source gives for a year (checked against the numbering)."""

    year: Year
    edition: Count
    source: Url
    country: Country | None = None
    note: Text | None = None


class NotHeld(_Strict):
    """A year in which the observance was not held."""

    year: Year
    numbering_skips: Annotated[bool, Field(strict=True)] = False
    source: Url
    note: Text | None = None


class Epoch(_Strict):
    """The year a jurisdiction counts as edition 1."""

    first_year: Year
    source: Url
    note: Text | None = None


class Theme(_Strict):
    """The official theme of one year in one language."""

    year: Year
    lang: Lang
    text: Text
    source: Url
    country: Country | None = None
    translated: Annotated[bool, Field(strict=True)] = False


class PublicHoliday(_Strict):
    """Years, inclusive, in which the observance was a public holiday in a country."""

    country: Country
    since: Year
    until: Year | None = None
    source: Url
    note: Text | None = None

    @model_validator(mode="after")
    def _ordered(self) -> PublicHoliday:
        if self.until is not None and self.until < self.since:
            raise FieldError("until", self.until, f"is before since ({self.since})")
        return self


class Ceremony(_Strict):
    """A national ceremony: an event with its own date and place."""

    country: Country
    year: Year
    date: date
    place: Line | None = None
    source: Url
    note: Text | None = None


Gender = Literal["masculine", "feminine", "neuter"]


class ObservanceFile(_Strict):
    """One observance, as written in a data file."""

    id: Id
    scope: Scope
    tags: Annotated[list[Tag], Field(min_length=1, max_length=20)]
    label: Literal["edition", "year", "plain"] = "plain"
    established: Year | None = None
    first_year: Year | None = None
    start_known: Annotated[bool, Field(strict=True)] | None = None
    established_by: Line | None = None
    established_by_names: dict[Lang, Line] = Field(default_factory=dict)
    established_by_sources: dict[Lang, Url] = Field(default_factory=dict)
    translated_established_by: list[Lang] = Field(default_factory=list, max_length=50)
    instrument: Line | None = None
    url: Url | None = None
    revision: Annotated[int, Field(ge=1, le=MAX_REVISION, strict=True)] = 1
    updated: date | None = None
    note: Text | None = None
    same_as: Id | None = None
    date_set_yearly: Annotated[bool, Field(strict=True)] = False
    duration: Annotated[int, Field(ge=1, le=366, strict=True)] = 1
    names: dict[Lang, Line]
    name_sources: dict[Lang, Url] = Field(default_factory=dict)
    translated_names: list[Lang] = Field(default_factory=list, max_length=50)
    genders: dict[Lang, Gender] = Field(default_factory=dict)
    descriptions: dict[Lang, Text] = Field(default_factory=dict)
    translated_descriptions: list[Lang] = Field(default_factory=list, max_length=50)
    schedule: Annotated[list[Span], Field(min_length=1, max_length=100)]
    announced: list[Announced] = Field(default_factory=list, max_length=1000)
    not_held: list[NotHeld] = Field(default_factory=list, max_length=1000)
    epochs: dict[Country, Epoch] = Field(default_factory=dict)
    editions: list[EditionAttested] = Field(default_factory=list, max_length=5000)
    themes: list[Theme] = Field(default_factory=list, max_length=5000)
    public_holiday: list[PublicHoliday] = Field(default_factory=list, max_length=100)
    ceremonies: list[Ceremony] = Field(default_factory=list, max_length=1000)
    sources: Annotated[list[Source], Field(min_length=1, max_length=100)]

    @field_validator("tags")
    @classmethod
    def _unique_tags(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("tags must not repeat")
        return value

    @field_validator("names")
    @classmethod
    def _english_name(cls, value: dict[str, str]) -> dict[str, str]:
        if "en" not in value:
            raise ValueError("an English name (en) is required")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> ObservanceFile:
        if self.start_known is False and self.first_year is not None:
            raise FieldError(
                "start_known", False, f"contradicts first_year ({self.first_year}), a sourced start"
            )
        self._check_spans()
        self._check_years()
        for lang in self.name_sources:
            if lang not in self.names:
                raise FieldError(f"name_sources.{lang}", lang, "has no name in [names]")
        for index, lang in enumerate(self.translated_descriptions):
            if lang not in self.descriptions:
                raise FieldError(
                    f"translated_descriptions[{index}]", lang, "has no text in [descriptions]"
                )
        for index, lang in enumerate(self.translated_names):
            if lang not in self.names:
                raise FieldError(f"translated_names[{index}]", lang, "has no name in [names]")
            if lang in self.name_sources:
                raise FieldError(
                    f"translated_names[{index}]", lang, "also has a source in name_sources"
                )
        self._check_established_by()
        if self.same_as is not None and self.scope in ("world", self.same_as):
            raise FieldError("same_as", self.same_as, "is only for a country's own record")
        if self.same_as == self.id:
            raise FieldError("same_as", self.same_as, "names the observance itself")
        if self.label == "edition" and self.first_year is None:
            raise FieldError("label", self.label, "needs first_year (the year of edition 1)")
        self._check_editions()
        return self

    def _check_established_by(self) -> None:
        """The body's name in other languages needs its English name; each is cited or marked."""
        if self.established_by_names and self.established_by is None:
            code = next(iter(self.established_by_names))
            raise FieldError(f"established_by_names.{code}", code, "needs established_by")
        for lang in self.established_by_sources:
            if lang not in self.established_by_names and lang != "en":
                raise FieldError(
                    f"established_by_sources.{lang}", lang, "has no name in [established_by_names]"
                )
        for index, lang in enumerate(self.translated_established_by):
            if lang not in self.established_by_names:
                raise FieldError(
                    f"translated_established_by[{index}]",
                    lang,
                    "has no name in [established_by_names]",
                )
            if lang in self.established_by_sources:
                raise FieldError(
                    f"translated_established_by[{index}]",
                    lang,
                    "also has a source in established_by_sources",
                )

    def _check_editions(self) -> None:
        attested = [
            (f"editions[{i}].edition", e.year, e.edition, e.country)
            for i, e in enumerate(self.editions)
        ] + [
            (f"announced[{i}].edition", a.year, a.edition, None)
            for i, a in enumerate(self.announced)
            if a.edition is not None
        ]
        if not attested:
            return
        # Count as the runtime counts: one numbering, in editions.py.
        record = record_from_json(ObservanceCore, self.model_dump(mode="json"))
        schedule, editions = Schedule.from_record(record), Editions.from_record(record)
        for field, year, edition, country in attested:
            expected = editions.edition(year, schedule, country)
            if edition != expected:
                counted = f"as {country} counts" if country else "by first_year"
                raise FieldError(
                    field,
                    edition,
                    f"but the numbering ({counted}, years not held) gives {expected} for {year}; "
                    "fix first_year, epochs or not_held",
                )

    def _check_spans(self) -> None:
        spans = sorted(self.schedule, key=lambda span: span.since)
        for before, after in pairwise(spans):
            index = self.schedule.index(before)
            if before.until is None:
                raise FieldError(
                    f"schedule[{index}]",
                    f"since {before.since}",
                    f"has no until but another span starts in {after.since}",
                )
            if before.until >= after.since:
                raise FieldError(
                    f"schedule[{index}].until",
                    before.until,
                    f"overlaps the span since {after.since}",
                )

    def _check_years(self) -> None:
        for field in ("announced", "not_held"):
            seen: set[int] = set()
            for index, entry in enumerate(getattr(self, field)):
                if entry.year in seen:
                    raise FieldError(f"{field}[{index}].year", entry.year, "appears twice")
                seen.add(entry.year)
        held = {a.year for a in self.announced}
        for index, entry in enumerate(self.not_held):
            if entry.year in held:
                raise FieldError(f"not_held[{index}].year", entry.year, "is also announced")
        if (
            self.first_year is not None
            and self.established is not None
            and self.first_year < self.established
        ):
            raise FieldError(
                "first_year", self.first_year, f"is before established ({self.established})"
            )


class Region(_Strict):
    """A region id's member countries, for showing regional observances in their calendars."""

    name: Line
    members: Annotated[list[Country], Field(min_length=1, max_length=300)]
    source: Url
    note: Text | None = None

    @field_validator("members")
    @classmethod
    def _unique_members(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("members must not repeat")
        return value


RegionId = Annotated[str, StringConstraints(pattern=r"^[a-z]+(-[a-z]+)*$", max_length=60)]


class RegionsFile(_Strict):
    """The regions file (``regions.toml``): region id -> members."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    regions: dict[RegionId, Region]


def with_defaults(data: Mapping[str, Any], model: type[BaseModel] | None = None) -> dict[str, Any]:
    """``data``, the JSON form of an observance (or of a ``model`` entry), with defaults filled.

    Nothing is validated: this is for tests and fuzzers that hand the renderers text that
    validation would refuse. Nested entries (schedule spans, themes, ...) get theirs too.

    >>> with_defaults({"id": "x"})["label"], with_defaults({"id": "x"})["duration"]
    ('plain', 1)
    """
    model = model or ObservanceFile
    filled: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        if name not in data:
            if not info.is_required():
                filled[name] = info.get_default(call_default_factory=True)
            continue
        value, entry = data[name], entry_model(info.annotation)
        if entry is None:
            filled[name] = value
        elif isinstance(value, Mapping):
            filled[name] = {key: with_defaults(item, entry) for key, item in value.items()}
        else:
            filled[name] = [with_defaults(item, entry) for item in value]
    return filled


def entry_model(annotation: Any) -> type[BaseModel] | None:
    """The model of the entries of a field annotated ``annotation`` (a list or a table)."""
    for arg in get_args(annotation):
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
        found = entry_model(arg)
        if found is not None:
            return found
    return None


def schema() -> dict[str, Any]:
    """Return the JSON Schema of the data file format.

    >>> schema()["title"]
    'ObservanceFile'
    """
    return ObservanceFile.model_json_schema()
