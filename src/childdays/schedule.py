"""A year -> the dates an observance is held: rule spans, announced dates, years not held.

Internal module (docs/api.md): the public names are re-exported by :mod:`childdays`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, MutableMapping
from datetime import date, timedelta
from types import MappingProxyType

from childdays.frozen import field, frozen
from childdays.records import ObservanceCore
from childdays.rules import YearlyRule, parse_rule

#: How many years' first days a :class:`Schedule` keeps (a long-running process asking for
#: every year of a long range computes the others each time, in constant memory).
_KEPT_YEARS = 64


@frozen
class Schedule:
    """When an observance is held, year by year.

    Announced dates win over the rule; years not held give no date; years outside every span
    (and before ``first_year``) give no date.
    """

    sinces: tuple[int, ...]
    untils: tuple[int | None, ...]
    rules: tuple[YearlyRule, ...]
    announced: Mapping[int, date]
    not_held: frozenset[int]
    first_year: int | None
    duration: int
    date_set_yearly: bool
    #: The first days found so far, by year (a site build asks for the same years again and
    #: again: each feed, page and edition number); at most :data:`_KEPT_YEARS` of them.
    _starts: dict[int, date | None] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @classmethod
    def from_record(
        cls, record: ObservanceCore, rules: MutableMapping[str, YearlyRule] | None = None
    ) -> Schedule:
        """Parse the rules of ``record`` once.

        ``rules`` (rule text -> parsed rule), when given, is shared by the schedules built
        together, such as a catalog's: a rule used by many observances is parsed once.
        """
        parsed = {} if rules is None else rules
        for span in record.schedule:
            if span.rule not in parsed:
                parsed[span.rule] = parse_rule(span.rule)
        spans = sorted(record.schedule, key=lambda span: span.since)
        return cls(
            sinces=tuple(span.since for span in spans),
            untils=tuple(span.until for span in spans),
            rules=tuple(parsed[span.rule] for span in spans),
            announced=MappingProxyType({entry.year: entry.date for entry in record.announced}),
            not_held=frozenset(entry.year for entry in record.not_held),
            first_year=record.first_year,
            duration=record.duration,
            date_set_yearly=record.date_set_yearly,
        )

    def start(self, year: int) -> date | None:
        """The first day of the observance in ``year``, or None if it is not held that year."""
        known = self._starts
        if year in known:
            return known[year]
        found = self._start(year)
        if len(known) < _KEPT_YEARS:
            known[year] = found
        return found

    def _start(self, year: int) -> date | None:
        if year in self.not_held or (self.first_year is not None and year < self.first_year):
            return None
        announced = self.announced.get(year)
        if announced is not None:
            return announced
        index = bisect_right(self.sinces, year) - 1
        if index < 0:
            return None
        until = self.untils[index]
        if until is not None and year > until:
            return None
        dates = self.rules[index].dates_in(year)
        return dates[0] if dates else None

    def span(self, year: int) -> tuple[date, date] | None:
        """The first and last day (inclusive) in ``year``, or None if not held."""
        first = self.start(year)
        if first is None:
            return None
        length = timedelta(days=self.duration - 1)
        return first, first + length if date.max - first >= length else date.max

    def confirmed(self, year: int) -> bool:
        """False only for a date set each year, in a year after the last one announced."""
        return not self.date_set_yearly or year <= self.last_announced

    @property
    def last_announced(self) -> int:
        """The last year with an announced date (0 when none is)."""
        return max(self.announced, default=0)


@frozen
class Series:
    """A run of yearly dates that one recurring event can carry (RFC 5545 RRULE).

    ``first`` is the first date (DTSTART) and ``last`` the last (UNTIL); ``exdates`` are rule
    dates not held or moved, ``rdates`` the announced dates that replace them.
    """

    key: str
    rule: str
    first: date
    last: date
    exdates: tuple[date, ...]
    rdates: tuple[date, ...]
    confirmed: bool


@frozen
class Recurrence:
    """The whole schedule of a window as recurring series plus single dates."""

    series: tuple[Series, ...]
    singles: tuple[tuple[int, date], ...]


def _split_years(first: int, last: int, cut: int | None) -> list[tuple[int, int, bool]]:
    if cut is None:
        return [(first, last, True)]
    parts = []
    if first <= min(last, cut):
        parts.append((first, min(last, cut), True))
    if max(first, cut + 1) <= last:
        parts.append((max(first, cut + 1), last, False))
    return parts


def _run(
    schedule: Schedule, rule: YearlyRule, years: range, *, key: str, confirmed: bool
) -> tuple[Series | None, list[tuple[int, date]]]:
    """The years of one rule as one series from its first to its last regular date.

    Years inside the series whose date differs from the rule's (moved, or not held) become
    EXDATEs, with the moved dates as RDATEs; dates outside it are returned as single dates.
    """
    expected = {year: rule.dates_in(year)[0] for year in years}
    actual = {year: schedule.start(year) for year in years}
    regular = [year for year in years if actual[year] == expected[year]]
    if not regular:
        return None, [(year, day) for year, day in actual.items() if day is not None]
    head, tail = regular[0], regular[-1]
    moved = [year for year in range(head, tail + 1) if actual[year] != expected[year]]
    series = Series(
        key=key,
        rule=rule.text,
        first=expected[head],
        last=expected[tail],
        exdates=tuple(expected[year] for year in moved),
        rdates=tuple(day for year in moved if (day := actual[year]) is not None),
        confirmed=confirmed,
    )
    outside = [
        (year, day) for year, day in actual.items() if day is not None and not head <= year <= tail
    ]
    return series, outside


def recurrence(schedule: Schedule, first_year: int, last_year: int) -> Recurrence:
    """Describe ``first_year``..``last_year`` of ``schedule`` as series and single dates.

    Expanding the series and adding the single dates gives exactly the dates of
    :meth:`Schedule.start` for every year of the window. A date set yearly splits its rule's
    years at the last announced one: the projected years form their own series.
    """
    series: list[Series] = []
    singles: list[tuple[int, date]] = []
    covered: set[int] = set()
    cut = schedule.last_announced if schedule.date_set_yearly else None
    for since, until, rule in zip(schedule.sinces, schedule.untils, schedule.rules, strict=True):
        low = max(since, first_year, schedule.first_year or since)
        high = min(until if until is not None else last_year, last_year)
        for part_low, part_high, confirmed in _split_years(low, high, cut):
            years = range(part_low, part_high + 1)
            covered.update(years)
            suffix = "" if confirmed else "-projected"
            found, outside = _run(
                schedule, rule, years, key=f"rule-{since}{suffix}", confirmed=confirmed
            )
            series += [found] if found is not None else []
            singles += outside
    singles += [
        (year, day)
        for year, day in schedule.announced.items()
        if first_year <= year <= last_year and year not in covered and schedule.start(year)
    ]
    return Recurrence(series=tuple(series), singles=tuple(sorted(singles)))
