"""The ``__init__`` of each frozen class of childdays, compiled with the package.

Written by ``python -m childdays.build_data`` from the classes (:mod:`childdays.frozen`): do not
edit. A class whose fields no longer match its function here gets one compiled at import.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

_set = object.__setattr__


def _editions_editions(
    self: Any,
    numbered: Any,
    first_year: Any,
    epochs: Any,
    skipped: Any,
    established: Any,
) -> None:
    _set(self, "numbered", numbered)
    _set(self, "first_year", first_year)
    _set(self, "epochs", epochs)
    _set(self, "skipped", skipped)
    _set(self, "established", established)


def _errors_problem(
    self: Any,
    file: Any,
    field: Any,
    value: Any,
    message: Any,
) -> None:
    _set(self, "file", file)
    _set(self, "field", field)
    _set(self, "value", value)
    _set(self, "message", message)


def _ical_feed_options(
    self: Any,
    lang: Any = None,
    name: Any = None,
    description: Any = None,
    refresh_interval: Any = None,
    transparent: Any = None,
    color: Any = None,
    alarm_days: Any = None,
    max_bytes: Any = None,
    version: Any = None,
    details: Any = None,
    details_url: Any = None,
) -> None:
    _set(self, "lang", lang)
    _set(self, "name", name)
    _set(self, "description", description)
    _set(self, "refresh_interval", refresh_interval)
    _set(self, "transparent", transparent)
    _set(self, "color", color)
    _set(self, "alarm_days", alarm_days)
    _set(self, "max_bytes", max_bytes)
    _set(self, "version", version)
    _set(self, "details", details)
    _set(self, "details_url", details_url)
    self.__post_init__()


def _ical_static(
    self: Any,
    language: Any,
    description_language: Any,
    dtstamp: Any,
    description_tail: Any,
    middle: Any,
    end: Any,
) -> None:
    _set(self, "language", language)
    _set(self, "description_language", description_language)
    _set(self, "dtstamp", dtstamp)
    _set(self, "description_tail", description_tail)
    _set(self, "middle", middle)
    _set(self, "end", end)


def _observances_occurrence(
    self: Any,
    observance: Any,
    year: Any,
    start: Any,
    end: Any,
    edition: Any,
    confirmed: Any,
    country: Any = None,
) -> None:
    _set(self, "observance", observance)
    _set(self, "year", year)
    _set(self, "start", start)
    _set(self, "end", end)
    _set(self, "edition", edition)
    _set(self, "confirmed", confirmed)
    _set(self, "country", country)


def _records_announced_record(
    self: Any,
    *,
    year: Any,
    date: Any,
    edition: Any,
    source: Any,
    note: Any,
) -> None:
    _set(self, "year", year)
    _set(self, "date", date)
    _set(self, "edition", edition)
    _set(self, "source", source)
    _set(self, "note", note)


def _records_ceremony_record(
    self: Any,
    *,
    country: Any,
    year: Any,
    date: Any,
    place: Any,
    source: Any,
    note: Any,
) -> None:
    _set(self, "country", country)
    _set(self, "year", year)
    _set(self, "date", date)
    _set(self, "place", place)
    _set(self, "source", source)
    _set(self, "note", note)


def _records_edition_record(
    self: Any,
    *,
    year: Any,
    edition: Any,
    source: Any,
    country: Any,
    note: Any,
) -> None:
    _set(self, "year", year)
    _set(self, "edition", edition)
    _set(self, "source", source)
    _set(self, "country", country)
    _set(self, "note", note)


def _records_epoch_record(
    self: Any,
    *,
    first_year: Any,
    source: Any,
    note: Any,
) -> None:
    _set(self, "first_year", first_year)
    _set(self, "source", source)
    _set(self, "note", note)


def _records_not_held_record(
    self: Any,
    *,
    year: Any,
    numbering_skips: Any,
    source: Any,
    note: Any,
) -> None:
    _set(self, "year", year)
    _set(self, "numbering_skips", numbering_skips)
    _set(self, "source", source)
    _set(self, "note", note)


def _records_observance_core(
    self: Any,
    *,
    id: Any,
    scope: Any,
    tags: Any,
    label: Any,
    names: Any,
    genders: Any,
    duration: Any,
    same_as: Any,
    updated: Any,
    first_year: Any,
    established: Any,
    date_set_yearly: Any,
    schedule: Any,
    announced: Any,
    not_held: Any,
    epochs: Any,
    origin: Any = None,
) -> None:
    _set(self, "id", id)
    _set(self, "scope", scope)
    _set(self, "tags", tags)
    _set(self, "label", label)
    _set(self, "names", names)
    _set(self, "genders", genders)
    _set(self, "duration", duration)
    _set(self, "same_as", same_as)
    _set(self, "updated", updated)
    _set(self, "first_year", first_year)
    _set(self, "established", established)
    _set(self, "date_set_yearly", date_set_yearly)
    _set(self, "schedule", schedule)
    _set(self, "announced", announced)
    _set(self, "not_held", not_held)
    _set(self, "epochs", epochs)
    _set(self, "origin", origin)


def _records_observance_record(
    self: Any,
    *,
    id: Any,
    scope: Any,
    tags: Any,
    label: Any,
    names: Any,
    genders: Any,
    duration: Any,
    same_as: Any,
    updated: Any,
    first_year: Any,
    established: Any,
    date_set_yearly: Any,
    schedule: Any,
    announced: Any,
    not_held: Any,
    epochs: Any,
    origin: Any = None,
    start_known: Any,
    established_by: Any,
    established_by_names: Any,
    established_by_sources: Any,
    translated_established_by: Any,
    instrument: Any,
    url: Any,
    revision: Any,
    note: Any,
    name_sources: Any,
    translated_names: Any,
    descriptions: Any,
    translated_descriptions: Any,
    editions: Any,
    themes: Any,
    public_holiday: Any,
    ceremonies: Any,
    sources: Any,
) -> None:
    _set(self, "id", id)
    _set(self, "scope", scope)
    _set(self, "tags", tags)
    _set(self, "label", label)
    _set(self, "names", names)
    _set(self, "genders", genders)
    _set(self, "duration", duration)
    _set(self, "same_as", same_as)
    _set(self, "updated", updated)
    _set(self, "first_year", first_year)
    _set(self, "established", established)
    _set(self, "date_set_yearly", date_set_yearly)
    _set(self, "schedule", schedule)
    _set(self, "announced", announced)
    _set(self, "not_held", not_held)
    _set(self, "epochs", epochs)
    _set(self, "origin", origin)
    _set(self, "start_known", start_known)
    _set(self, "established_by", established_by)
    _set(self, "established_by_names", established_by_names)
    _set(self, "established_by_sources", established_by_sources)
    _set(self, "translated_established_by", translated_established_by)
    _set(self, "instrument", instrument)
    _set(self, "url", url)
    _set(self, "revision", revision)
    _set(self, "note", note)
    _set(self, "name_sources", name_sources)
    _set(self, "translated_names", translated_names)
    _set(self, "descriptions", descriptions)
    _set(self, "translated_descriptions", translated_descriptions)
    _set(self, "editions", editions)
    _set(self, "themes", themes)
    _set(self, "public_holiday", public_holiday)
    _set(self, "ceremonies", ceremonies)
    _set(self, "sources", sources)


def _records_public_holiday_record(
    self: Any,
    *,
    country: Any,
    since: Any,
    until: Any,
    source: Any,
    note: Any,
) -> None:
    _set(self, "country", country)
    _set(self, "since", since)
    _set(self, "until", until)
    _set(self, "source", source)
    _set(self, "note", note)


def _records_source_record(
    self: Any,
    *,
    url: Any,
    title: Any,
) -> None:
    _set(self, "url", url)
    _set(self, "title", title)


def _records_span_record(
    self: Any,
    *,
    rule: Any,
    since: Any,
    until: Any,
    source: Any,
    note: Any,
) -> None:
    _set(self, "rule", rule)
    _set(self, "since", since)
    _set(self, "until", until)
    _set(self, "source", source)
    _set(self, "note", note)


def _records_theme_record(
    self: Any,
    *,
    year: Any,
    lang: Any,
    text: Any,
    source: Any,
    country: Any,
    translated: Any,
) -> None:
    _set(self, "year", year)
    _set(self, "lang", lang)
    _set(self, "text", text)
    _set(self, "source", source)
    _set(self, "country", country)
    _set(self, "translated", translated)


def _rules_yearly_rule(
    self: Any,
    text: Any,
    months: Any,
    monthdays: Any,
    weekdays: Any,
    setpos: Any,
    fallback: Any,
    easter: Any = None,
) -> None:
    _set(self, "text", text)
    _set(self, "months", months)
    _set(self, "monthdays", monthdays)
    _set(self, "weekdays", weekdays)
    _set(self, "setpos", setpos)
    _set(self, "fallback", fallback)
    _set(self, "easter", easter)


def _schedule_recurrence(
    self: Any,
    series: Any,
    singles: Any,
) -> None:
    _set(self, "series", series)
    _set(self, "singles", singles)


def _schedule_schedule(
    self: Any,
    sinces: Any,
    untils: Any,
    rules: Any,
    announced: Any,
    not_held: Any,
    first_year: Any,
    duration: Any,
    date_set_yearly: Any,
) -> None:
    _set(self, "sinces", sinces)
    _set(self, "untils", untils)
    _set(self, "rules", rules)
    _set(self, "announced", announced)
    _set(self, "not_held", not_held)
    _set(self, "first_year", first_year)
    _set(self, "duration", duration)
    _set(self, "date_set_yearly", date_set_yearly)
    _set(self, "_starts", self.__frozen_factories__["_starts"]())


def _schedule_series(
    self: Any,
    key: Any,
    rule: Any,
    first: Any,
    last: Any,
    exdates: Any,
    rdates: Any,
    confirmed: Any,
) -> None:
    _set(self, "key", key)
    _set(self, "rule", rule)
    _set(self, "first", first)
    _set(self, "last", last)
    _set(self, "exdates", exdates)
    _set(self, "rdates", rdates)
    _set(self, "confirmed", confirmed)


def _texts_localized_text(
    self: Any,
    text: Any,
    lang: Any,
    status: Any,
    source: Any = None,
) -> None:
    _set(self, "text", text)
    _set(self, "lang", lang)
    _set(self, "status", status)
    _set(self, "source", source)


INITS: dict[str, Callable[..., None]] = {
    "childdays.editions.Editions": _editions_editions,
    "childdays.errors.Problem": _errors_problem,
    "childdays.ical.FeedOptions": _ical_feed_options,
    "childdays.ical._Static": _ical_static,
    "childdays.observances.Occurrence": _observances_occurrence,
    "childdays.records.AnnouncedRecord": _records_announced_record,
    "childdays.records.CeremonyRecord": _records_ceremony_record,
    "childdays.records.EditionRecord": _records_edition_record,
    "childdays.records.EpochRecord": _records_epoch_record,
    "childdays.records.NotHeldRecord": _records_not_held_record,
    "childdays.records.ObservanceCore": _records_observance_core,
    "childdays.records.ObservanceRecord": _records_observance_record,
    "childdays.records.PublicHolidayRecord": _records_public_holiday_record,
    "childdays.records.SourceRecord": _records_source_record,
    "childdays.records.SpanRecord": _records_span_record,
    "childdays.records.ThemeRecord": _records_theme_record,
    "childdays.rules.YearlyRule": _rules_yearly_rule,
    "childdays.schedule.Recurrence": _schedule_recurrence,
    "childdays.schedule.Schedule": _schedule_schedule,
    "childdays.schedule.Series": _schedule_series,
    "childdays.texts.LocalizedText": _texts_localized_text,
}
