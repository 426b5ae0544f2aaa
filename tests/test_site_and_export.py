"""The static site and the exports (JSON, CSV, JSON-LD, h-event)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from datetime import date
from pathlib import Path

import icalendar
import pytest

import childdays
from childdays.cli import main
from childdays.export import (
    CSV_COLUMNS,
    observances_document,
    occurrences_document,
    to_csv,
    to_hevent,
    to_json,
    to_jsonld,
)
from childdays.site import build_site

CATALOG = childdays.catalog()
KH_JUNE = CATALOG.for_country("KH").occurrences(date(2024, 6, 1), date(2024, 6, 30))


def digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_site_is_complete_reproducible_and_safe_to_rerun(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    options = {
        "first_year": 2024,
        "last_year": 2025,
        "today": date(2024, 5, 1),
        "base_url": "https://example.org/days",
    }
    first = build_site(one, **options)
    build_site(two, **options)
    assert digest(one) == digest(two)
    again = build_site(one, **options)
    assert (again.changed, again.removed) == (0, 0)
    (one / "feeds" / "stale.ics").write_bytes(b"old")
    assert build_site(one, **options).removed == 1
    assert not (one / "feeds" / "stale.ics").exists()
    files = set(digest(one))
    assert {"index.html", "observances.json", "occurrences.json"} <= files
    for lang in childdays.i18n.LANGUAGES:
        suffix = "" if lang == "en" else f".{lang}"
        assert f"feeds/world{suffix}.ics" in files
        assert f"feeds/child-labour{suffix}.ics" in files
    assert {"feeds/KH.ics", "feeds/KH.km.ics", "feeds/CN.zh.ics", "feeds/TH.th.ics"} <= files
    assert "feeds/KH.fr.ics" not in files  # a country's feeds: English and its own languages
    assert first.files == len(files)
    km = icalendar.Calendar.from_ical((one / "feeds" / "KH.km.ics").read_bytes())
    assert "ទិវាកុមារអន្តរជាតិ លើកទី៧៥" in {str(e["SUMMARY"]) for e in km.walk("VEVENT")}
    index = (one / "index.html").read_text("utf-8")
    assert '<a href="KH/">Cambodia</a>' in index
    assert "75th International Children&#x27;s Day" in index  # upcoming from 1 May 2024
    cambodia = (one / "KH" / "index.html").read_text("utf-8")
    assert 'href="webcal://example.org/days/feeds/KH.ics"' in cambodia


def test_build_command(tmp_path, capsys):
    out = tmp_path / "site"
    assert main(["build", str(out), "--from", "2024", "--to", "2024", "--today", "2024-01-01"]) == 0
    assert "files (" in capsys.readouterr().err
    assert (out / "index.html").exists()


def test_json_command(tmp_path):
    out = tmp_path / "june.json"
    assert (
        main(
            [
                "json",
                "--country",
                "KH",
                "--from",
                "2024",
                "--to",
                "2024",
                "--lang",
                "km",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    document = json.loads(out.read_text("utf-8"))
    assert document["lang"] == "km"
    first = document["occurrences"][0]
    assert set(first) == {
        "id",
        "uid",
        "year",
        "start",
        "end",
        "edition",
        "confirmed",
        "country",
        "scope",
        "tags",
        "title",
        "name",
        "date_text",
        "theme",
        "description",
        "texts",
        "url",
        "sources",
    }
    assert main(["json", "--observances", "-o", str(out)]) == 0
    assert len(json.loads(out.read_text("utf-8"))["observances"]) == len(CATALOG)


def test_json_documents_are_the_same_bytes_in_every_process():
    import subprocess
    import sys

    code = (
        "import childdays, hashlib, sys\n"
        "from datetime import date\n"
        "from childdays.export import occurrences_document, observances_document, to_json\n"
        "cat = childdays.catalog().for_country('KH')\n"
        "june = cat.occurrences(date(2024, 6, 1), date(2024, 6, 30))\n"
        "sys.stdout.write(hashlib.sha256(to_json(occurrences_document(june, lang='km'))"
        " + to_json(observances_document(childdays.catalog()))).hexdigest())\n"
    )
    here = hashlib.sha256(
        to_json(occurrences_document(KH_JUNE, lang="km")) + to_json(observances_document(CATALOG))
    ).hexdigest()
    for seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": os.pathsep.join(sys.path)}
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
        )
        assert out.stdout == here
    assert json.loads(to_json(observances_document(CATALOG)))["format"] == 1


def test_csv():
    rows = list(csv.reader(io.StringIO(to_csv(KH_JUNE, lang="en"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    icd = next(r for r in rows[1:] if r[0] == "international-childrens-day")
    assert icd[1:7] == [
        "2024",
        "2024-06-01",
        "2024-06-01",
        "75",
        "True",
        "75th International Children's Day",
    ]


def test_jsonld_is_date_only_and_no_venue():
    document = to_jsonld(KH_JUNE, lang="en")
    series = {s["@id"]: s for s in document["@graph"]}
    icd = series["urn:childdays:international-childrens-day"]
    assert icd["@type"] == "EventSeries"
    event = icd["subEvent"][0]
    assert (event["startDate"], event["endDate"]) == ("2024-06-01", "2024-06-01")
    assert "location" not in event
    assert "organizer" not in event


def test_hevent():
    fragment = to_hevent(KH_JUNE, lang="km")
    assert fragment.count('class="h-event"') == len(KH_JUNE)
    assert '<time class="dt-start" datetime="2024-06-01">ថ្ងៃទី១ ខែមិថុនា ឆ្នាំ២០២៤</time>' in fragment
    assert "<script" not in to_hevent(KH_JUNE, lang="en")


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "=1"])
def test_csv_cells_are_never_formulas(tmp_path, text):
    path = tmp_path / "f.toml"
    path.write_text(
        'id = "formula-day"\nscope = "world"\ntags = ["rights"]\n'
        f"[names]\nen = {json.dumps('Day ' + text.strip())}\n"
        '[[schedule]]\nrule = "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1"\nsince = 2000\n'
        '[[themes]]\nyear = 2024\nlang = "en"\n'
        f'text = {json.dumps(text)}\nsource = "https://example.org"\n'
        '[[sources]]\nurl = "https://example.org"\ntitle = "Example"\n',
        encoding="utf-8",
    )
    (occurrence,) = childdays.load(path).occurrences(date(2024, 6, 1), date(2024, 6, 1))
    rows = list(csv.reader(io.StringIO(to_csv([occurrence]))))
    theme = rows[1][CSV_COLUMNS.index("theme")]
    assert theme == "'" + text
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in rows[1])


def test_jsonld_can_be_embedded_in_a_script_element():
    from childdays.export import jsonld_script

    hostile = {"name": "</script><script>alert(1)</script><!--", "x": "a\u2028b&c"}
    script = jsonld_script(hostile)
    inner = script.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert "<" not in inner
    assert ">" not in inner
    assert "\u2028" not in inner
    assert json.loads(inner) == hostile


def test_the_site_embeds_jsonld_that_cannot_close_its_script(tmp_path):
    build_site(tmp_path / "site", first_year=2024, last_year=2024, today=date(2024, 5, 1))
    opening = '<script type="application/ld+json">'
    pages = [p for p in (tmp_path / "site").rglob("index.html") if opening in p.read_text("utf-8")]
    assert pages
    for path in pages[:20]:
        page = path.read_text("utf-8")
        start = page.index(opening) + len(opening)
        inner = page[start : page.index("</script>", start)]
        assert "<" not in inner
        context = json.loads(inner)["@context"]
        assert "https://schema.org" in (context if isinstance(context, list) else [context])
