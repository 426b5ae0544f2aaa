"""The built-in data: compiled file up to date, and every fact cites a source."""

from __future__ import annotations

import pytest

import childdays
from childdays.build_data import compiled_texts
from childdays.loader import BUILTIN_COMPILED, builtin_cores, builtin_records, builtin_source_dir
from childdays.records import ObservanceCore, json_fields

CORES = builtin_cores()[0]
RECORDS = [builtin_records()(core.id) for core in CORES]
IDS = [record.id for record in RECORDS]


def test_compiled_data_matches_the_toml_sources():
    folder = builtin_source_dir()
    for name, text in compiled_texts(folder).items():
        assert (folder / name).read_text("utf-8") == text, "run: python -m childdays.build_data"


def test_the_core_file_and_the_details_agree():
    assert len(CORES) == len(RECORDS) > 190
    for core, record in zip(CORES, RECORDS, strict=True):
        for name in json_fields(ObservanceCore):
            assert getattr(core, name) == getattr(record, name), (core.id, name)


def test_the_first_catalog_reads_no_details_until_asked():
    import subprocess
    import sys

    code = (
        "import childdays, childdays.loader as l\n"
        "reads = []; read = l._read_builtin_details\n"
        "l._read_builtin_details = lambda: reads.append(1) or read()\n"
        "from datetime import date\n"
        "cat = childdays.catalog(); cat.occurrences(date(2024, 1, 1), date(2024, 12, 31))\n"
        "print(reads)\n"
        "cat['world-day-against-child-labour'].occurrence(2024).theme('en')\n"
        "cat['international-childrens-day'].occurrence(2024).theme('en')\n"
        "print(reads)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["[]", "[1]"]
    assert childdays.catalog()["world-day-against-child-labour"].record.sources


def test_one_file_per_observance_named_by_id():
    names = sorted(p.stem for p in builtin_source_dir().glob("*.toml") if p.stem != "regions")
    assert names == sorted(i for i in IDS if not i.startswith("childrens-day-"))


def test_one_file_per_country_named_by_its_code():
    folder = builtin_source_dir() / "countries"
    codes = sorted(p.stem for p in folder.glob("*.toml"))
    national = {r.scope for r in RECORDS if r.id.startswith("childrens-day-")}
    assert codes == sorted(national)
    for record in RECORDS:
        if record.id.startswith("childrens-day-"):
            assert record.id.startswith(f"childrens-day-{record.scope.lower()}")
            assert "childrens-day" in record.tags


@pytest.mark.parametrize("record", RECORDS, ids=IDS)
def test_every_fact_cites_a_source(record):
    assert record.sources, "at least one source"
    named = set(record.name_sources) | set(record.translated_names)
    assert named == set(record.names), "a source per name (or marked as a translation)"
    for field in ("themes", "announced", "not_held", "editions", "public_holiday", "ceremonies"):
        for entry in getattr(record, field):
            assert entry.source.startswith(("https://", "http://")), (field, entry)
    for epoch in record.epochs.values():
        assert epoch.source.startswith(("https://", "http://"))
    for span in record.schedule:
        assert span.source, "every date rule cites its source"


@pytest.mark.parametrize("record", RECORDS, ids=IDS)
def test_every_record_says_when_it_was_last_updated(record):
    assert record.updated is not None, "updated drives DTSTAMP and LAST-MODIFIED in feeds"


def test_regions_cite_their_source_and_cover_every_regional_observance():
    import json

    document = json.loads((builtin_source_dir() / BUILTIN_COMPILED).read_text("utf-8"))
    regions = document["regions"]
    assert len(regions["africa"]["members"]) == 55
    assert len(regions["europe"]["members"]) == 46
    for region in regions.values():
        assert region["source"].startswith(("https://", "http://"))
    scopes = {r.scope for r in RECORDS if r.scope != "world" and not r.is_national}
    assert scopes <= set(regions)
