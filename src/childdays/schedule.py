"""A year -> the dates an observance is held: rule spans, announced dates, years not held."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta

from childdays.records import ObservanceRecord
from childdays.rules import YearlyRule, parse_rule


@dataclass(frozen=True, slots=True)
class Schedule:
    """When an observance is held, year by year.

    Announced dates win over the rule; years not held give no date; years outside every span
    (and before ``first_year``) give no date.
    """

    sinces: tuple[int, ...]
    untils: tuple[int | None, ...]
    rules: tuple[YearlyRule, ...]
    announced: dict[int, date]
    not_held: frozenset[int]
    first_year: int | None
    duration: int
    date_set_yearly: bool

    @classmethod
    def from_record(cls, record: ObservanceRecord) -> Schedule:
        """Parse the rules of ``record`` once."""
        spans = sorted(record.schedule, key=lambda span: span.since)
        return cls(
            sinces=tuple(span.since for span in spans),
            untils=tuple(span.until for span in spans),
            rules=tuple(parse_rule(span.rule) for span in spans),
            announced={entry.year: entry.date for entry in record.announced},
            not_held=frozenset(entry.year for entry in record.not_held),
            first_year=record.first_year,
            duration=record.duration,
            date_set_yearly=record.date_set_yearly,
        )

    @property
    def earliest_year(self) -> int:
        """The first year that can have a date."""
        candidates = [self.sinces[0], *self.announced]
        if self.first_year is not None:
            return max(self.first_year, min(candidates))
        return min(candidates)

    @property
    def latest_year(self) -> int | None:
        """The last year that can have a date, or None when the schedule is open."""
        if self.untils[-1] is None:
            return None
        return max(self.untils[-1], *self.announced) if self.announced else self.untils[-1]

    def start(self, year: int) -> date | None:
        """The first day of the observance in ``year``, or None if it is not held that year."""
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
        return first, first + timedelta(days=self.duration - 1)

    def confirmed(self, year: int) -> bool:
        """False only for a date set each year by its organisers that is not yet announced."""
        return not self.date_set_yearly or year in self.announced
