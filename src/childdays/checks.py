"""Consistency checks across observance records: what the data says against itself.

The pydantic models check one file at a time. These checks compare facts that several fields or
several files state about the same day:

* a note that claims ``since = 1999`` (or ``until``, ``first_year``, ``established``) while the
  data says otherwise;
* a record whose schedule starts after a year its own dated facts (ceremonies, themes, stated
  editions, announced dates, public-holiday years, edition epochs) show the day was held, or
  before the ``first_year`` it gives;
* a national record (``same_as`` a worldwide or regional day) starting later than a year the
  file of that day cites for the same country;
* a worldwide or regional day whose ``since`` is later than the start of a national record
  folded into it.

They run on the validated JSON form of each observance, when the built-in data is compiled
(``python -m childdays.build_data``) and in ``childdays validate`` (user files against each other
and against the built-in data).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from childdays.errors import DataError, Problem
from childdays.records import is_country

#: A field claim in a note: ``since = 2016``, ```first_year = 2013```.
_CLAIM = re.compile(r"(?<![\w.])(since|until|first_year|established)`?\s*=\s*(\d{4})(?!\d)")

#: Lists of dated facts in a record: field -> the key holding their year.
_DATED_LISTS = (
    ("ceremonies", "year"),
    ("themes", "year"),
    ("editions", "year"),
    ("announced", "year"),
    ("public_holiday", "since"),
)


@dataclass(frozen=True, slots=True)
class Entry:
    """One observance as the checks see it: where it is written and its validated JSON form.

    ``prefix`` is ``""`` for a file holding one observance, ``"observances[1]"`` for the second
    of a file with several; ``builtin`` marks the built-in data (user files are blamed first).
    """

    file: str
    prefix: str
    data: Mapping[str, Any]
    builtin: bool = False

    @property
    def id(self) -> str:
        """The observance id."""
        return str(self.data["id"])

    @property
    def scope(self) -> str:
        """The observance scope: "world", a country code or a region id."""
        return str(self.data["scope"])

    @property
    def start(self) -> int:
        """The first year it has a date: its schedule's first year or an earlier announced date."""
        years = [int(span["since"]) for span in self.data["schedule"]]
        years.extend(int(item["year"]) for item in self.data.get("announced") or [])
        return min(years)

    def problem(self, field: str, value: object, message: str) -> Problem:
        """A problem at ``field`` of this observance."""
        where = f"{self.prefix}.{field}" if self.prefix and field else (self.prefix or field)
        return Problem(self.file, where, str(value), message)


def entries_of(raw: Any, validated: Sequence[Mapping[str, Any]], *, file: str) -> list[Entry]:
    """Pair the validated observances of one file with where they are written in it.

    >>> [e.prefix for e in entries_of({"id": "x"}, [{"id": "x"}], file="x.toml")]
    ['']
    """
    several = isinstance(raw, dict) and "observances" in raw and "id" not in raw
    return [
        Entry(file, f"observances[{index}]" if several else "", item)
        for index, item in enumerate(validated)
    ]


def _get(item: Mapping[str, Any], key: str) -> Any:
    """A field's value, None when absent (the JSON form may omit defaults or spell them null)."""
    return item.get(key)


def _years(items: Iterable[Mapping[str, Any]], key: str) -> set[int]:
    return {int(value) for item in items if (value := _get(item, key)) is not None}


def _is_country(scope: str) -> bool:
    return is_country(scope)


def _note_claims(entry: Entry) -> Iterator[Problem]:
    data = entry.data
    spans = data["schedule"]
    # A note may speak of the schedule or of the public-holiday years (both use `since`).
    holidays = data.get("public_holiday") or []
    facts: dict[str, set[int]] = {
        "since": _years([*spans, *holidays], "since"),
        "until": _years([*spans, *holidays], "until"),
        "first_year": _years([data], "first_year"),
        "established": _years([data], "established"),
    }
    notes: list[tuple[str, str, dict[str, set[int]]]] = []
    if _get(data, "note"):
        notes.append(("note", data["note"], facts))
    for index, span in enumerate(spans):
        if _get(span, "note"):
            own = {"since": _years([span], "since"), "until": _years([span], "until")}
            notes.append((f"schedule[{index}].note", span["note"], own))
    for index, holiday in enumerate(holidays):
        if _get(holiday, "note"):
            own = {"since": _years([holiday], "since"), "until": _years([holiday], "until")}
            notes.append((f"public_holiday[{index}].note", holiday["note"], own))
    for country, epoch in sorted((data.get("epochs") or {}).items()):
        if _get(epoch, "note"):
            own = {"first_year": _years([epoch], "first_year")}
            notes.append((f"epochs.{country}.note", epoch["note"], own))
    for field, text, known in notes:
        for match in _CLAIM.finditer(text):
            name, year = match.group(1), int(match.group(2))
            if name not in known or year in known[name]:
                continue
            held = sorted(known[name])
            data_says = ", ".join(map(str, held)) if held else "nothing"
            yield entry.problem(
                field,
                f"{name} = {year}",
                f"contradicts the data ({name}: {data_says}); correct the note or the data",
            )


def _dated_facts(data: Mapping[str, Any]) -> Iterator[tuple[str, int, str | None]]:
    """(field, year, country or None) of every fact saying the day was held in a year."""
    for field, key in _DATED_LISTS:
        for index, item in enumerate(data.get(field) or []):
            yield f"{field}[{index}].{key}", int(item[key]), _get(item, "country")
    for country, epoch in sorted((data.get("epochs") or {}).items()):
        yield f"epochs.{country}.first_year", int(epoch["first_year"]), country


def _own_facts(entry: Entry) -> Iterator[Problem]:
    start = entry.start
    for field, year, _country in _dated_facts(entry.data):
        if field.startswith("announced"):
            continue
        if year < start:
            yield entry.problem(
                field,
                year,
                f"is before the schedule starts ({start}); start the schedule by {year}",
            )
    first = entry.data.get("first_year")
    if first is not None and int(first) > start:
        yield entry.problem(
            "first_year",
            first,
            f"is after the schedule starts ({start}); the day has no date before its first year",
        )


def _blame(primary: Entry, other: Entry) -> Entry:
    """The entry a cross-file problem is reported on: a user file rather than built-in data."""
    return other if primary.builtin and not other.builtin else primary


def _folded(entries: Sequence[Entry], regions: Mapping[str, Collection[str]]) -> Iterator[Problem]:
    by_id = {entry.id: entry for entry in entries}
    for national in entries:
        target = by_id.get(str(_get(national.data, "same_as")))
        if target is None or not _is_country(national.scope):
            continue
        country = national.scope
        for field, year, where in _dated_facts(target.data):
            if where != country or year >= national.start:
                continue
            if _blame(national, target) is national:
                yield national.problem(
                    "schedule",
                    f"since {national.start}",
                    f"starts after {year}, the year {target.file} gives for {country} "
                    f"at {target.id} {field}",
                )
            else:
                yield target.problem(
                    field,
                    year,
                    f"is before {national.id} ({national.file}) starts in {country} "
                    f"({national.start})",
                )
        members = regions.get(target.scope)
        in_region = target.scope == "world" or (members is not None and country in members)
        if not in_region or national.start >= target.start:
            continue
        if _blame(target, national) is target:
            yield target.problem(
                "schedule",
                f"since {target.start}",
                f"is later than {national.id} ({national.file}), a record of this day in "
                f"{country} since {national.start}",
            )
        else:
            yield national.problem(
                "same_as",
                repr(target.id),
                f"names a day that starts in {target.start}, after this record starts in "
                f"{country} ({national.start})",
            )


def check_consistency(
    entries: Sequence[Entry], regions: Mapping[str, Collection[str]]
) -> list[Problem]:
    """Every consistency problem of ``entries`` (see the module docstring), in a stable order.

    ``regions`` maps a region id to its member country codes. Problems of built-in entries are
    left out when user entries are present and the problem lies in the built-in data alone.
    """
    problems: list[Problem] = []
    for entry in entries:
        problems.extend(_note_claims(entry))
        problems.extend(_own_facts(entry))
    problems.extend(_folded(entries, regions))
    users = {entry.file for entry in entries if not entry.builtin}
    if users:
        problems = [p for p in problems if p.file in users]
    return sorted(set(problems), key=lambda p: (p.file, p.field, p.value, p.message))


def _user_entries(paths: Iterable[str | Path]) -> tuple[list[Entry], dict[str, list[str]]]:
    from childdays import loader

    entries: list[Entry] = []
    regions: dict[str, list[str]] = {}
    for top in paths:
        for path in loader.data_files(top):
            raw = loader.read_data_file(path)
            if path.name == loader.REGIONS_FILE:
                found = loader.validate_regions(raw, origin=str(path))
                regions.update({k: list(v["members"]) for k, v in found.items()})
                continue
            validated = loader.validate_data(raw, origin=str(path))
            entries.extend(entries_of(raw, validated, file=str(path)))
    return entries, regions


def check_paths(paths: Iterable[str | Path]) -> None:
    """Check the data files at ``paths`` against each other and the built-in data.

    Raises :class:`~childdays.errors.DataError` with one line per problem. The files must
    already be valid one by one (as :func:`childdays.load` checks them).
    """
    from childdays import loader

    entries, regions = _user_entries(paths)
    mine = {entry.id for entry in entries}
    builtin = [
        Entry(f"built-in {item_id}", "", item, builtin=True)
        for item_id, item in sorted(loader.builtin_details().items())
        if item_id not in mine
    ]
    builtin_regions = loader.builtin_cores()[1]
    known = {region: sorted(members) for region, members in builtin_regions.items()}
    known.update(regions)
    problems = check_consistency([*entries, *builtin], known)
    if problems:
        raise DataError(problems)
