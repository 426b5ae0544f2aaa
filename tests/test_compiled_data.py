"""The compiled core file stores each default once; the records read from it are whole."""

from __future__ import annotations

import json

from childdays import model
from childdays.build_data import core_defaults
from childdays.loader import BUILTIN_COMPILED, builtin_cores, builtin_records, builtin_source_dir
from childdays.records import ObservanceCore, json_fields


def compiled() -> dict:
    return json.loads((builtin_source_dir() / BUILTIN_COMPILED).read_text("utf-8"))


def test_the_defaults_table_is_the_models_defaults():
    table = compiled()["defaults"]
    assert table == core_defaults()
    assert table[""]["duration"] == model.ObservanceFile.model_fields["duration"].default == 1
    assert table[""]["label"] == "plain"
    assert table["schedule"] == {"until": None, "source": None, "note": None}
    assert set(table) == {"", "schedule", "announced", "not_held", "epochs"}


def test_no_record_in_the_core_file_repeats_a_default():
    document = compiled()
    table = document["defaults"]
    for item in document["observances"]:
        assert not {k for k, v in item.items() if k in table[""] and table[""][k] == v}, item["id"]
        for span in item.get("schedule", []):
            assert not {k for k, v in span.items() if table["schedule"].get(k, span) == v}


def test_each_core_read_back_is_the_core_of_the_whole_record():
    whole = builtin_records()
    core_names = json_fields(ObservanceCore)
    cores = builtin_cores()[0]
    assert len(cores) == len(compiled()["observances"])
    for core in cores:
        record = whole(core.id)
        expected = {name: getattr(record, name) for name in core_names}
        assert core == ObservanceCore(**expected), core.id
