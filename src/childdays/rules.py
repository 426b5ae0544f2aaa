"""Yearly RFC 5545 RRULEs: parsed once, evaluated one year at a time.

Expanding a rule with dateutil from its first year costs milliseconds per rule and year; the
observances need only "which dates does this rule give in year Y". The common yearly subset
(BYMONTH, BYMONTHDAY, BYDAY with or without an ordinal, BYSETPOS) is evaluated here with plain
date arithmetic; any other yearly rule (BYYEARDAY, BYWEEKNO, BYEASTER) falls back to dateutil,
which is also the reference the tests compare the fast path against.

Internal module (docs/api.md): not part of the public API.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

from childdays.frozen import frozen, replace

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_FAST_KEYS = frozenset({"FREQ", "BYMONTH", "BYMONTHDAY", "BYDAY", "BYSETPOS", "WKST"})
_FALLBACK_KEYS = frozenset({"BYYEARDAY", "BYWEEKNO", "BYEASTER"})
_BYDAY = re.compile(r"^([+-]?[0-9]{1,2})?(MO|TU|WE|TH|FR|SA|SU)$", re.ASCII)
_RULE_TEXT = re.compile(r"[A-Za-z0-9=;,+-]+", re.ASCII)
_INTEGER = re.compile(r"[+-]?[0-9]{1,3}", re.ASCII)
#: BYEASTER offsets that stay inside the year for every date Easter can fall on (22 March to
#: 25 April, day 81 to 116 of the year).
_EASTER_SAFE = range(-80, 250)
#: The first and last year a rule is evaluated in (those of :class:`datetime.date`).
FIRST_YEAR, LAST_YEAR = 1, 9999


class RuleError(ValueError):
    """A rule that is not a valid yearly RRULE of the supported kind."""


@frozen
class YearlyRule:
    """A parsed yearly RRULE; :meth:`dates_in` gives its dates in one year."""

    text: str
    months: tuple[int, ...]
    monthdays: tuple[int, ...]
    weekdays: tuple[tuple[int, int], ...]  # (ordinal or 0, weekday 0=Monday)
    setpos: tuple[int, ...]
    fallback: bool
    easter: int | None = None

    def dates_in(self, year: int) -> tuple[date, ...]:
        """Return the dates, sorted, that the rule gives in ``year``."""
        if self.easter is not None:
            return _easter_dates(year, self.easter)
        if self.fallback:
            try:
                return _dateutil_dates(self.text, year)
            except (OverflowError, IndexError, ValueError):
                return ()  # dateutil cannot reach a date in this year (near year 1 or 9999)
        found = sorted(set(self._candidates(year)))
        if self.setpos:
            found = _apply_setpos(found, self.setpos)
        return tuple(found)

    def first_year_not_once(self, since: int, last: int) -> tuple[int, int] | None:
        """The first year of ``since``..``last`` without exactly one date, and its count.

        Fast for any span: the Gregorian calendar has fourteen kinds of year (the weekday of
        1 January, leap or not), and every rule but BYEASTER gives the same dates in years of
        one kind, so fourteen years are evaluated and the span is searched only if one fails.
        The first and the last year a date can have are evaluated on their own.

        >>> parse_rule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29").first_year_not_once(2000, 9999)
        (2001, 0)
        """
        if since == FIRST_YEAR and (count := len(self.dates_in(FIRST_YEAR))) != 1:
            return FIRST_YEAR, count
        found = self._first_inner_year_not_once(since, last)
        if found is None and last == LAST_YEAR and (count := len(self.dates_in(LAST_YEAR))) != 1:
            return LAST_YEAR, count
        return found

    def _first_inner_year_not_once(self, since: int, last: int) -> tuple[int, int] | None:
        if self.easter is not None:
            years: Iterable[int] = () if self.easter in _EASTER_SAFE else range(since, last + 1)
            return next(((y, n) for y in years if (n := len(self.dates_in(y))) != 1), None)
        counts = _counts_by_kind(self)
        if all(count == 1 for count in counts.values()):
            return None
        for year in range(since, min(last, since + 400) + 1):
            if (count := counts[_year_kind(year)]) != 1:
                return year, count
        return None

    def _candidates(self, year: int) -> list[date]:
        if not self.months:
            if self.monthdays:
                return [d for m in range(1, 13) for d in self._in_month(year, m)]
            return _weekdays_in_range(date(year, 1, 1), date(year, 12, 31), self.weekdays)
        return [d for m in self.months for d in self._in_month(year, m)]

    def _in_month(self, year: int, month: int) -> list[date]:
        length = _month_length(year, month)
        if self.monthdays:
            days = [
                date(year, month, n if n > 0 else length + n + 1)
                for n in self.monthdays
                if 1 <= (n if n > 0 else length + n + 1) <= length
            ]
            if self.weekdays:
                allowed = {weekday for _, weekday in self.weekdays}
                days = [d for d in days if d.weekday() in allowed]
            return days
        return _weekdays_in_range(date(year, month, 1), date(year, month, length), self.weekdays)


def _is_leap(year: int) -> bool:
    """Whether ``year`` has a 29 February (Gregorian)."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


#: The days of each month in a common year (:mod:`calendar` is not imported for them).
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_length(year: int, month: int) -> int:
    return 29 if month == 2 and _is_leap(year) else _MONTH_DAYS[month - 1]


def _year_kind(year: int) -> tuple[int, bool]:
    return date(year, 1, 1).weekday(), _is_leap(year)


@lru_cache(maxsize=1)
def _kind_examples() -> dict[tuple[int, bool], int]:
    """One year (from 2001 on) of each of the fourteen kinds."""
    examples: dict[tuple[int, bool], int] = {}
    for year in range(2001, 2401):
        examples.setdefault(_year_kind(year), year)
    return examples


@lru_cache(maxsize=4096)
def _counts_by_kind(rule: YearlyRule) -> dict[tuple[int, bool], int]:
    return {kind: len(rule.dates_in(year)) for kind, year in _kind_examples().items()}


def _easter_dates(year: int, offset: int) -> tuple[date, ...]:
    from dateutil.easter import easter

    try:
        day = easter(year) + timedelta(days=offset)
    except OverflowError:
        return ()
    return (day,) if day.year == year else ()


def _weekdays_in_range(
    first: date, last: date, weekdays: tuple[tuple[int, int], ...]
) -> list[date]:
    """The dates of ``weekdays`` in ``first``..``last``; a date past year 1 or 9999 is none."""
    found: list[date] = []
    for ordinal, weekday in weekdays:
        try:
            day: date | None = _nth_weekday(first, last, ordinal, weekday)
        except OverflowError:
            continue
        if ordinal == 0:
            while day is not None and day <= last:
                found.append(day)
                day = day + timedelta(days=7) if date.max - day >= timedelta(days=7) else None
        elif day is not None and first <= day <= last:
            found.append(day)
    return found


def _nth_weekday(first: date, last: date, ordinal: int, weekday: int) -> date:
    if ordinal >= 0:
        matches_first = first + timedelta(days=(weekday - first.weekday()) % 7)
        return matches_first + timedelta(weeks=max(ordinal, 1) - 1)
    day = last - timedelta(days=(last.weekday() - weekday) % 7)
    return day + timedelta(weeks=ordinal + 1)


def _apply_setpos(found: list[date], setpos: tuple[int, ...]) -> list[date]:
    chosen = set()
    for pos in setpos:
        index = pos - 1 if pos > 0 else len(found) + pos
        if 0 <= index < len(found):
            chosen.add(found[index])
    return sorted(chosen)


def _dateutil_dates(text: str, year: int) -> tuple[date, ...]:
    from datetime import datetime

    from dateutil.rrule import rrulestr

    start = datetime(year, 1, 1)
    rule = rrulestr(text, dtstart=start)
    end = datetime(year, 12, 31, 23, 59, 59)
    return tuple(moment.date() for moment in rule.between(start, end, inc=True))


def _ints(key: str, value: str, low: int, high: int, *, signed: bool) -> tuple[int, ...]:
    numbers: list[int] = []
    for part in value.split(","):
        if not _INTEGER.fullmatch(part):
            raise RuleError(f"{key}={value}: {part!r} is not a whole number")
        number = int(part)
        magnitude = abs(number) if signed else number
        if not low <= magnitude <= high or (signed and number == 0):
            raise RuleError(f"{key}={value}: {number} is out of range")
        numbers.append(number)
    return tuple(numbers)


def _parts(text: str) -> dict[str, str]:
    if not text.strip():
        raise RuleError("the rule is empty")
    parts: dict[str, str] = {}
    for item in text.split(";"):
        key, sep, value = item.partition("=")
        if not sep or not value:
            raise RuleError(f"{item!r} is not KEY=VALUE")
        if key in parts:
            raise RuleError(f"{key} appears twice")
        parts[key] = value
    if parts.get("FREQ") != "YEARLY":
        raise RuleError("expected FREQ=YEARLY")
    for item in text.split(";"):
        if not _RULE_TEXT.fullmatch(item):
            raise RuleError(f"{item!r} may hold only ASCII letters, digits and = , + - (no spaces)")
    unknown = set(parts) - _FAST_KEYS - _FALLBACK_KEYS
    if unknown:
        names = ", ".join(sorted(unknown))
        raise RuleError(f"{names} is not supported (a span's since/until give the years)")
    if "WKST" in parts and parts["WKST"] not in WEEKDAYS:
        raise RuleError(f"WKST={parts['WKST']} is not a weekday")
    return parts


def _weekdays(value: str, *, in_months: bool) -> tuple[tuple[int, int], ...]:
    """BYDAY as (ordinal or 0, weekday 0=Monday) pairs; ordinals count in a month or a year."""
    weekdays: list[tuple[int, int]] = []
    limit = 5 if in_months else 53
    for item in value.split(","):
        match = _BYDAY.match(item)
        if not match:
            raise RuleError(f"BYDAY={value}: {item!r} is not a weekday such as 2TU or -1SU")
        ordinal = int(match.group(1)) if match.group(1) else 0
        if match.group(1) and not 1 <= abs(ordinal) <= limit:
            raise RuleError(f"BYDAY={value}: ordinal {ordinal} is out of range")
        weekdays.append((ordinal, WEEKDAYS.index(match.group(2))))
    return tuple(weekdays)


def _needs_dateutil(text: str, parts: dict[str, str], rule: YearlyRule) -> bool:
    """Whether ``rule`` is outside the subset evaluated here (then dateutil must read it)."""
    if set(parts) & _FALLBACK_KEYS:
        for key, low, high in (("BYYEARDAY", 1, 366), ("BYWEEKNO", 1, 53)):
            if key in parts:
                _ints(key, parts[key], low, high, signed=True)
        if "BYEASTER" in parts:
            return True
        try:
            _dateutil_dates(text, 2000)
        except (ValueError, TypeError, IndexError, OverflowError) as exc:
            raise RuleError(f"dateutil cannot read the rule: {exc}") from None
        return True
    if not rule.monthdays and not rule.weekdays:
        raise RuleError("a yearly rule needs BYMONTHDAY or BYDAY (or BYYEARDAY, BYEASTER)")
    return bool(rule.monthdays) and any(ordinal for ordinal, _ in rule.weekdays)


def parse_rule(text: str) -> YearlyRule:
    """Parse a yearly RRULE such as ``FREQ=YEARLY;BYMONTH=2;BYDAY=2TU``.

    The result is immutable: a caller that builds many schedules may share one parse per text
    (see :meth:`childdays.schedule.Schedule.from_record`).

    >>> parse_rule("FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1").dates_in(2024)
    (datetime.date(2024, 6, 1),)
    """
    parts = _parts(text)
    months = _ints("BYMONTH", parts["BYMONTH"], 1, 12, signed=False) if "BYMONTH" in parts else ()
    rule = YearlyRule(
        text=text,
        months=months,
        monthdays=(
            _ints("BYMONTHDAY", parts["BYMONTHDAY"], 1, 31, signed=True)
            if "BYMONTHDAY" in parts
            else ()
        ),
        weekdays=_weekdays(parts["BYDAY"], in_months=bool(months)) if "BYDAY" in parts else (),
        setpos=(
            _ints("BYSETPOS", parts["BYSETPOS"], 1, 366, signed=True) if "BYSETPOS" in parts else ()
        ),
        fallback=False,
    )
    if "BYEASTER" in parts:
        return replace(rule, fallback=True, easter=_easter_offset(parts))
    if _needs_dateutil(text, parts, rule):
        return replace(rule, fallback=True)
    return rule


def _easter_offset(parts: dict[str, str]) -> int:
    """BYEASTER's offset in days; it stands alone, and is evaluated here from Easter's date."""
    if set(parts) - {"FREQ", "BYEASTER", "WKST"}:
        raise RuleError("BYEASTER stands alone (no other BY part beside it)")
    value = parts["BYEASTER"]
    if not _INTEGER.fullmatch(value) or abs(int(value)) > 366:
        raise RuleError(f"BYEASTER={value}: expected one offset from -366 to 366 days")
    return int(value)
