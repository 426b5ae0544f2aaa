"""The library's frozen classes behave as the frozen dataclasses they replace, and still are."""

from __future__ import annotations

import copy
import dataclasses
import importlib
import pickle
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import childdays
from childdays.errors import Problem
from childdays.frozen import field, frozen, replace
from childdays.records import BUILTIN_ORIGIN, SpanRecord


@frozen
class Visit:
    """A made-up record: positional fields, a default and a field left out of ``==``."""

    country: str
    year: int
    note: str | None = None
    seen: int = field(default=0, compare=False)


@frozen(kw_only=True)
class Ceremony:
    """A made-up keyword-only record whose ``__post_init__`` checks it."""

    place: str
    day: date

    def __post_init__(self) -> None:
        if not self.place:
            raise ValueError("a ceremony has a place")


@dataclasses.dataclass(frozen=True, slots=True)
class VisitDataclass:
    """The same declaration made by the standard decorator, to compare with."""

    country: str
    year: int
    note: str | None = None
    seen: int = dataclasses.field(default=0, compare=False)


def test_positional_keywords_and_defaults_as_a_dataclass():
    visit = Visit("KH", 2024, seen=3)
    assert (visit.country, visit.year, visit.note, visit.seen) == ("KH", 2024, None, 3)
    assert repr(visit) == "Visit(country='KH', year=2024, note=None, seen=3)"
    assert repr(VisitDataclass("KH", 2024, seen=3)).removeprefix("test_frozen.") == (
        "VisitDataclass(country='KH', year=2024, note=None, seen=3)"
    )
    assert (
        Visit.__match_args__
        == VisitDataclass.__match_args__
        == (
            "country",
            "year",
            "note",
            "seen",
        )
    )
    with pytest.raises(TypeError):
        Visit("KH")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Visit("KH", 2024, place="Phnom Penh")  # type: ignore[call-arg]


def test_equal_and_hash_leave_out_the_fields_not_compared():
    assert Visit("KH", 2024, seen=1) == Visit("KH", 2024, seen=2)
    assert hash(Visit("KH", 2024, seen=1)) == hash(Visit("KH", 2024, seen=2))
    assert Visit("KH", 2024) != Visit("KH", 2025)
    assert Visit("KH", 2024) != VisitDataclass("KH", 2024)
    assert len({Visit("KH", 2024), Visit("KH", 2024, "again"), Visit("KH", 2024)}) == 2


def test_keyword_only_and_post_init():
    ceremony = Ceremony(place="Koh Pich", day=date(2024, 5, 30))
    assert ceremony.day == date(2024, 5, 30)
    with pytest.raises(TypeError):
        Ceremony("Koh Pich", date(2024, 5, 30))  # type: ignore[misc]
    with pytest.raises(ValueError, match="a ceremony has a place"):
        Ceremony(place="", day=date(2024, 5, 30))
    assert Ceremony.__match_args__ == ()


def test_frozen_slotted_and_picklable():
    visit = Visit("KH", 2024, "75th")
    with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field 'year'"):
        visit.year = 2025  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError, match="cannot delete field 'note'"):
        del visit.note  # type: ignore[misc]
    assert not hasattr(visit, "__dict__")
    assert Visit.__slots__ == ("country", "year", "note", "seen")
    assert pickle.loads(pickle.dumps(visit)) == visit
    assert copy.deepcopy(visit) == visit == copy.copy(visit)


def test_still_a_dataclass_to_the_standard_library():
    visit = Visit("KH", 2024, seen=5)
    assert dataclasses.is_dataclass(visit)
    assert dataclasses.is_dataclass(Visit)
    fields = dataclasses.fields(Visit)
    assert [f.name for f in fields] == ["country", "year", "note", "seen"]
    assert [f.compare for f in fields] == [True, True, True, False]
    assert fields[2].default is None
    assert fields[0].default is dataclasses.MISSING
    assert dataclasses.asdict(visit) == {"country": "KH", "year": 2024, "note": None, "seen": 5}
    assert dataclasses.replace(visit, year=2025) == Visit("KH", 2025)
    assert replace(visit, year=2025) == Visit("KH", 2025, seen=5)
    assert [f.kw_only for f in dataclasses.fields(Ceremony)] == [True, True]
    with pytest.raises(TypeError, match="Visit has no field 'place'"):
        replace(visit, place="Phnom Penh")


def test_the_records_are_dataclasses_with_their_defaults():
    record = childdays.catalog()["international-childrens-day"].record
    origin = dataclasses.fields(record)[16]
    assert (origin.name, origin.default, origin.compare) == ("origin", BUILTIN_ORIGIN, False)
    renamed = dataclasses.replace(record, id="renamed-day")
    assert renamed.id == "renamed-day"
    assert renamed.names == record.names
    assert dataclasses.replace(record, origin="mine.toml") == record
    span = SpanRecord(rule="FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1", since=1950, until=None,
                      source=None, note=None)  # fmt: skip
    assert span == record.schedule[0].__class__(**dataclasses.asdict(span))
    assert str(Problem("kh.toml", "year", "'x'", "is not a year")) == (
        "kh.toml: year: 'x': is not a year"
    )


def test_a_cold_feed_imports_no_dataclasses_and_decodes_only_its_records():
    code = (
        "import sys, json\n"
        "decoded = []\n"
        "loads = json.loads\n"
        "json.loads = lambda text, **kw: decoded.append(len(text)) or loads(text, **kw)\n"
        "from childdays.cli import main\n"
        "main(['ics', '--country', 'KH', '--lang', 'km'])\n"
        "heavy = ('dataclasses', 'inspect', 'typing', 'pydantic', 'icalendar', 'dateutil')\n"
        "print(sorted(m for m in heavy if m in sys.modules), len(decoded), file=sys.stderr)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.count("SUMMARY;LANGUAGE=km:") == out.stdout.count("BEGIN:VEVENT") > 200
    # the core file, then the whole record of each of Cambodia's days, not of every day
    cambodia = childdays.catalog().for_country("KH").ids()
    assert len(cambodia) < len(childdays.catalog().ids()) / 5
    assert out.stderr.split() == ["[]", str(1 + len(cambodia))]


def test_every_frozen_class_takes_the_init_compiled_with_the_package():
    from childdays import _frozen_inits, frozen

    source = frozen.precompiled_source()
    assert Path(_frozen_inits.__file__).read_text("utf-8") == source
    made = sorted(key for key in frozen.MADE if key.startswith("childdays."))
    assert len(made) == len(_frozen_inits.INITS) == 21
    for key in made:
        module, _, name = key.rpartition(".")
        assert getattr(importlib.import_module(module), name).__init__ is _frozen_inits.INITS[key]
    assert SpanRecord.__init__.__kwdefaults__ is None
    assert Problem.__init__.__defaults__ is None
    assert Visit.__init__.__defaults__ == (None, 0)


def test_a_class_changed_without_recompiling_still_gets_its_own_init(monkeypatch):
    from childdays import frozen

    monkeypatch.setattr(frozen, "MADE", dict(frozen.MADE))  # leave the real list as it was

    class SourceRecord:
        """Declared where the real one is, with another field: the compiled init does not fit."""

        url: str
        title: str
        lang: str = "en"

    SourceRecord.__module__, SourceRecord.__qualname__ = "childdays.records", "SourceRecord"
    made = frozen.frozen(kw_only=True)(SourceRecord)
    source = made(url="https://example.org", title="Example")
    assert (source.url, source.title, source.lang) == ("https://example.org", "Example", "en")
    assert made.__init__ is not SpanRecord.__init__
    from childdays import _frozen_inits

    assert made.__init__ is not _frozen_inits.INITS["childdays.records.SourceRecord"]


def test_the_first_catalog_works_out_schedules_on_first_need():
    code = (
        "import childdays\n"
        "from childdays.schedule import Schedule\n"
        "made = []; real = Schedule.from_record.__func__\n"
        "Schedule.from_record = classmethod(lambda cls, *a: made.append(1) or real(cls, *a))\n"
        "cat = childdays.catalog(); before = len(made)\n"
        "print(before, cat['international-childrens-day'].date(2024), len(made))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "2024-06-01", "1"]


@frozen
class Tally:
    """A made-up record with a working cache that is not part of its value."""

    name: str
    seen: dict[int, int] = field(default_factory=dict, init=False, repr=False, compare=False)


def test_a_field_left_out_of_init_starts_from_its_factory():
    first, second = Tally("KH"), Tally("KH")
    first.seen[2024] = 1
    assert second.seen == {}
    assert first == second
    assert hash(first) == hash(second)
    assert repr(first) == "Tally(name='KH')"
    assert Tally.__match_args__ == ("name",)
    assert replace(first, name="VN") == Tally("VN")
    assert replace(first, name="VN").seen == {}
    with pytest.raises(TypeError):
        Tally("KH", {})  # type: ignore[call-arg]
    made = dataclasses.fields(Tally)[1]
    assert (made.name, made.init, made.repr, made.compare) == ("seen", False, False, False)
    assert made.default_factory is dict
    assert dataclasses.replace(first, name="TH").seen == {}
    with pytest.raises(TypeError, match="needs a default_factory"):
        field(init=False)
