"""One shape per observance: the models declare it, records follow; nothing handed out mutates."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date
from typing import Any

import pytest
from pydantic import BaseModel

import childdays
from childdays import model, records
from childdays.loader import builtin_cores, builtin_records
from childdays.records import ObservanceCore, ObservanceRecord, json_fields, record_from_json

#: Each record class and the model it is the runtime form of.
PAIRS = [
    (model.ObservanceFile, records.ObservanceRecord),
    (model.Source, records.SourceRecord),
    (model.Span, records.SpanRecord),
    (model.Announced, records.AnnouncedRecord),
    (model.EditionAttested, records.EditionRecord),
    (model.NotHeld, records.NotHeldRecord),
    (model.Epoch, records.EpochRecord),
    (model.Theme, records.ThemeRecord),
    (model.PublicHoliday, records.PublicHolidayRecord),
    (model.Ceremony, records.CeremonyRecord),
]
IDS = [core.id for core in builtin_cores()[0]]


def _json(value: Any) -> Any:
    """A record (or a value in one) back in the JSON form."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: _json(getattr(value, name)) for name in json_fields(type(value))}
    if isinstance(value, Mapping):
        return {key: _json(item) for key, item in value.items()}
    if isinstance(value, tuple):
        return [_json(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


@pytest.mark.parametrize(("shape", "record"), PAIRS, ids=[m.__name__ for m, _ in PAIRS])
def test_each_record_has_exactly_the_fields_of_its_model(shape: type[BaseModel], record: type):
    assert sorted(json_fields(record)) == sorted(shape.model_fields)


def test_the_core_is_the_first_part_of_the_whole_record():
    core = json_fields(ObservanceCore)
    assert json_fields(ObservanceRecord)[: len(core)] == core
    assert set(core) == {
        "id",
        "scope",
        "tags",
        "label",
        "names",
        "genders",
        "duration",
        "same_as",
        "updated",
        "first_year",
        "established",
        "date_set_yearly",
        "schedule",
        "announced",
        "not_held",
        "epochs",
    }


@pytest.mark.parametrize("observance_id", IDS)
def test_every_builtin_record_is_what_the_model_makes_of_it(observance_id: str):
    record = builtin_records()(observance_id)
    form = _json(record)
    again = model.ObservanceFile.model_validate(form).model_dump(mode="json")
    assert again == form
    assert record_from_json(ObservanceRecord, again) == record


def test_defaults_come_from_the_model_alone():
    minimal = {
        "id": "quiet-day",
        "scope": "world",
        "tags": ["rights"],
        "names": {"en": "Quiet Day"},
        "schedule": [{"rule": "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1", "since": 2000}],
        "sources": [{"url": "https://example.org/quiet", "title": "Quiet"}],
    }
    record = record_from_json(ObservanceRecord, model.with_defaults(minimal))
    validated = model.ObservanceFile.model_validate(minimal).model_dump(mode="json")
    assert record == record_from_json(ObservanceRecord, validated)
    assert (record.label, record.duration, record.revision, record.date_set_yearly) == (
        "plain",
        1,
        1,
        False,
    )
    assert record.schedule[0].until is None
    assert record.origin == "<built-in>"


def test_a_missing_field_in_the_json_form_is_an_error_not_a_default():
    form = model.with_defaults(
        {"id": "x", "scope": "world", "tags": [], "names": {}, "schedule": [], "sources": []}
    )
    del form["duration"]
    with pytest.raises(KeyError, match="duration"):
        record_from_json(ObservanceRecord, form)


# Read-only all the way down.


def test_a_records_names_and_entries_cannot_be_changed(cat):
    icd = cat["international-childrens-day"]
    with pytest.raises(TypeError):
        icd.record.names["en"] = "Mutated"  # type: ignore[index]
    with pytest.raises(TypeError):
        icd.names["en"] = "Mutated"  # type: ignore[index]
    with pytest.raises(TypeError):
        icd.record.epochs["CN"] = icd.record.epochs["CN"]  # type: ignore[index]
    with pytest.raises(dataclasses.FrozenInstanceError):
        icd.record.label = "plain"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        icd.record.schedule[0].since = 1900  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        icd.sources[0].url = "https://example.org"  # type: ignore[misc]
    assert isinstance(icd.record.themes, tuple)
    assert icd.occurrence(2024).title("en") == "75th International Children's Day"


def test_catalog_views_cannot_be_changed(cat):
    with pytest.raises(TypeError):
        cat.regions["africa"] = frozenset()  # type: ignore[index]
    assert isinstance(cat.regions["africa"], frozenset)
    assert isinstance(cat["world-day-against-child-labour"].tags, frozenset)
    occurrence = cat["world-day-against-child-labour"].occurrence(2024)
    with pytest.raises(dataclasses.FrozenInstanceError):
        occurrence.edition = 1  # type: ignore[misc]


def test_what_the_api_hands_out_as_plain_data_is_a_copy(cat):
    wdacl = cat["world-day-against-child-labour"]
    count = len(cat.ids())
    described = wdacl.as_dict()
    described["names"]["en"] = "Mutated"
    described["sources"].clear()
    ids = cat.ids()
    ids.clear()
    occurrences = cat.on(date(2024, 6, 12))
    occurrences.clear()
    assert wdacl.as_dict()["names"]["en"] == "World Day Against Child Labour"
    assert wdacl.as_dict()["sources"]
    assert len(cat.ids()) == count > 190
    assert [o.title("en") for o in cat.on(date(2024, 6, 12))] == [
        "23rd World Day Against Child Labour"
    ]


def test_the_builtin_data_is_read_afresh_so_nothing_shared_can_be_edited():
    cores, regions = builtin_cores()
    count = len(cores)
    regions["africa"] = frozenset()
    cores.clear()
    assert len(builtin_cores()[0]) == count == len(childdays.catalog())
    assert len(childdays.catalog().regions["africa"]) == 55
    assert "day-of-the-african-child" in childdays.catalog().select("africa")
