"""The built-in data: compiled file up to date, and every fact cites a source."""

from __future__ import annotations

import pytest

from childdays.build_data import compiled_text
from childdays.loader import BUILTIN_COMPILED, builtin_json, builtin_source_dir

RECORDS = builtin_json()
IDS = [record["id"] for record in RECORDS]


def test_compiled_data_matches_the_toml_sources():
    folder = builtin_source_dir()
    assert (folder / BUILTIN_COMPILED).read_text("utf-8") == compiled_text(folder), (
        "run: python -m childdays.build_data"
    )


def test_one_file_per_observance_named_by_id():
    names = sorted(p.stem for p in builtin_source_dir().glob("*.toml") if p.stem != "regions")
    assert names == sorted(i for i in IDS if not i.startswith("childrens-day-"))


def test_one_file_per_country_named_by_its_code():
    folder = builtin_source_dir() / "countries"
    codes = sorted(p.stem for p in folder.glob("*.toml"))
    national = {r["scope"] for r in RECORDS if r["id"].startswith("childrens-day-")}
    assert codes == sorted(national)
    for record in RECORDS:
        if record["id"].startswith("childrens-day-"):
            assert record["id"].startswith(f"childrens-day-{record['scope'].lower()}")
            assert "childrens-day" in record["tags"]


@pytest.mark.parametrize("record", RECORDS, ids=IDS)
def test_every_fact_cites_a_source(record):
    assert record["sources"], "at least one source"
    named = set(record.get("name_sources", {})) | set(record.get("translated_names", []))
    assert named == set(record["names"]), "a source per name (or marked as a translation)"
    for field in ("themes", "announced", "not_held", "editions", "public_holiday", "ceremonies"):
        for entry in record.get(field, []):
            assert entry["source"].startswith(("https://", "http://")), (field, entry)
    for epoch in record.get("epochs", {}).values():
        assert epoch["source"]
    for span in record["schedule"]:
        assert span.get("source"), "every date rule cites its source"


@pytest.mark.parametrize("record", RECORDS, ids=IDS)
def test_every_record_says_when_it_was_last_updated(record):
    assert record.get("updated"), "updated drives DTSTAMP and LAST-MODIFIED in feeds"


def test_regions_cite_their_source_and_cover_every_regional_observance():
    import json

    document = json.loads((builtin_source_dir() / BUILTIN_COMPILED).read_text("utf-8"))
    regions = document["regions"]
    assert len(regions["africa"]["members"]) == 55
    assert len(regions["europe"]["members"]) == 46
    for region in regions.values():
        assert region["source"].startswith(("https://", "http://"))
    scopes = {r["scope"] for r in RECORDS if r["scope"] != "world" and len(r["scope"]) != 2}
    assert scopes <= set(regions)
