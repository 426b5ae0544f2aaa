"""Plain, immutable records of validated observance data.

These mirror :mod:`childdays.model` field for field but need no pydantic: the built-in data is
validated when it is compiled and read back through :func:`record_from_json` at run time, so
``import childdays`` and the first answer stay fast. User files are validated by the pydantic
models first and then converted the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """A source document: where a fact was read."""

    url: str
    title: str


@dataclass(frozen=True, slots=True)
class SpanRecord:
    """A yearly RRULE and the years, inclusive, in which it applied (``until`` None = open)."""

    rule: str
    since: int
    until: int | None = None
    source: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class AnnouncedRecord:
    """A date announced for one year."""

    year: int
    date: date
    edition: int | None = None
    source: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class EditionRecord:
    """An edition number that a source gives for a year."""

    year: int
    edition: int
    source: str
    country: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class NotHeldRecord:
    """A year in which the observance was not held."""

    year: int
    numbering_skips: bool = False
    source: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class EpochRecord:
    """The year a jurisdiction counts as edition 1."""

    first_year: int
    source: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class ThemeRecord:
    """The official theme of one year in one language (``country`` set for a national theme)."""

    year: int
    lang: str
    text: str
    source: str
    country: str | None = None
    translated: bool = False


@dataclass(frozen=True, slots=True)
class PublicHolidayRecord:
    """Years, inclusive, in which the observance was a public holiday in a country."""

    country: str
    since: int
    until: int | None = None
    source: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class CeremonyRecord:
    """A national ceremony with its own date and place."""

    country: str
    year: int
    date: date
    place: str | None = None
    source: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class ObservanceRecord:
    """All the data of one observance, validated."""

    id: str
    scope: str
    tags: tuple[str, ...]
    names: dict[str, str]
    schedule: tuple[SpanRecord, ...]
    sources: tuple[SourceRecord, ...]
    label: str = "plain"
    established: int | None = None
    first_year: int | None = None
    established_by: str | None = None
    instrument: str | None = None
    url: str | None = None
    revision: int = 1
    updated: date | None = None
    note: str | None = None
    same_as: str | None = None
    date_set_yearly: bool = False
    duration: int = 1
    name_sources: dict[str, str] = field(default_factory=dict)
    translated_names: tuple[str, ...] = ()
    genders: dict[str, str] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)
    translated_descriptions: tuple[str, ...] = ()
    announced: tuple[AnnouncedRecord, ...] = ()
    not_held: tuple[NotHeldRecord, ...] = ()
    epochs: dict[str, EpochRecord] = field(default_factory=dict)
    editions: tuple[EditionRecord, ...] = ()
    themes: tuple[ThemeRecord, ...] = ()
    public_holiday: tuple[PublicHolidayRecord, ...] = ()
    ceremonies: tuple[CeremonyRecord, ...] = ()
    origin: str = "<built-in>"


def _dated(entry: dict[str, Any]) -> dict[str, Any]:
    copy = dict(entry)
    if isinstance(copy.get("date"), str):
        copy["date"] = date.fromisoformat(copy["date"])
    return copy


def record_from_json(data: dict[str, Any], *, origin: str = "<built-in>") -> ObservanceRecord:
    """Build a record from the JSON form of a validated observance (``model_dump(mode="json")``)."""
    updated = data.get("updated")
    return ObservanceRecord(
        id=data["id"],
        scope=data["scope"],
        tags=tuple(data["tags"]),
        names=dict(data["names"]),
        schedule=tuple(SpanRecord(**span) for span in data["schedule"]),
        sources=tuple(SourceRecord(**source) for source in data["sources"]),
        label=data.get("label", "plain"),
        established=data.get("established"),
        first_year=data.get("first_year"),
        established_by=data.get("established_by"),
        instrument=data.get("instrument"),
        url=data.get("url"),
        revision=data.get("revision", 1),
        updated=date.fromisoformat(updated) if isinstance(updated, str) else updated,
        note=data.get("note"),
        same_as=data.get("same_as"),
        date_set_yearly=data.get("date_set_yearly", False),
        duration=data.get("duration", 1),
        name_sources=dict(data.get("name_sources", {})),
        translated_names=tuple(data.get("translated_names", ())),
        genders=dict(data.get("genders", {})),
        descriptions=dict(data.get("descriptions", {})),
        translated_descriptions=tuple(data.get("translated_descriptions", ())),
        announced=tuple(AnnouncedRecord(**_dated(a)) for a in data.get("announced", ())),
        not_held=tuple(NotHeldRecord(**n) for n in data.get("not_held", ())),
        epochs={k: EpochRecord(**v) for k, v in data.get("epochs", {}).items()},
        editions=tuple(EditionRecord(**e) for e in data.get("editions", ())),
        themes=tuple(ThemeRecord(**t) for t in data.get("themes", ())),
        public_holiday=tuple(PublicHolidayRecord(**h) for h in data.get("public_holiday", ())),
        ceremonies=tuple(CeremonyRecord(**_dated(c)) for c in data.get("ceremonies", ())),
        origin=origin,
    )
