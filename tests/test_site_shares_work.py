"""The build renders each event once and shares it: its files are those of the plain path.

The plain path is what the build did before it shared anything, written with the public
functions: each feed is ``ical.feed`` of its selection in its language, each page the public
page function called for that page alone, the JSON ``to_json`` of the documents. The build
must write exactly those bytes, for the built-in catalog (Cambodia's and Mauritania's own
themes, Vietnam's national day folded into International Children's Day) and in every
language layout.
"""

from __future__ import annotations

import html
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import childdays
from childdays.export import iter_json, observances_document, occurrences_document, to_json
from childdays.i18n import LANGUAGES
from childdays.ical import feed
from childdays.pages import (
    SiteLayout,
    country_page,
    index_page,
    month_grid,
    observance_page,
    page_languages,
    stylesheet,
)
from childdays.site import build_site

CATALOG = childdays.catalog()


def files(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def plain_site(
    first: int, last: int, today: date, base_url: str | None, lang: str
) -> dict[str, bytes]:
    """The site written feed by feed and page by page with the public functions."""
    layout = SiteLayout(default_lang=lang, base_url=base_url, first_year=first, last_year=last)
    out: dict[str, bytes] = {}
    names = ["world", *sorted(CATALOG.regions), *CATALOG.tags(), *CATALOG.countries()]
    for name in names:
        for feed_lang in page_languages(CATALOG, name, default_lang=lang):
            out[layout.feed_path(name, feed_lang)] = feed(
                CATALOG.select(name),
                first_year=first,
                last_year=last,
                lang=feed_lang,
                details=False,
                details_url=layout.absolute(layout.observance_path("{id}", feed_lang)),
            )
    out["style.css"] = stylesheet().encode()
    out["observances.json"] = to_json(observances_document(CATALOG))
    window = CATALOG.occurrences(date(first, 1, 1), date(last, 12, 31))
    out["occurrences.json"] = to_json(occurrences_document(window))
    for page_lang in LANGUAGES:
        text = index_page(CATALOG, lang=page_lang, today=today, layout=layout)
        out[layout.index_path(page_lang) + "index.html"] = text.encode()
    for code in CATALOG.countries():
        for page_lang in page_languages(CATALOG, code, default_lang=lang):
            text = country_page(CATALOG, code, lang=page_lang, today=today, layout=layout)
            out[layout.country_path(code, page_lang) + "index.html"] = text.encode()
    for observance in CATALOG:
        if observance.same_as is not None and observance.same_as in CATALOG:
            continue
        for page_lang in page_languages(CATALOG, observance.scope, default_lang=lang):
            text = observance_page(
                CATALOG, observance.id, lang=page_lang, today=today, layout=layout
            )
            out[layout.observance_path(observance.id, page_lang) + "index.html"] = text.encode()
    return out


@pytest.mark.parametrize(
    ("first", "last", "today", "base_url", "lang"),
    [
        # the country pages' two years inside the feeds' window: taken from the feeds' events;
        # Cambodia's own 2023 themes
        (2023, 2024, date(2024, 6, 1), "https://example.org/days/", "en"),
        # the pages' years outside the window; Khmer at the root; no subscribe buttons;
        # Mauritania's own 2019 theme
        (2019, 2019, date(2024, 2, 29), None, "km"),
    ],
)
def test_the_build_writes_the_bytes_of_the_plain_path(tmp_path, first, last, today, base_url, lang):
    summary = build_site(
        tmp_path / "site",
        first_year=first,
        last_year=last,
        today=today,
        base_url=base_url,
        lang=lang,
    )
    built = files(tmp_path / "site")
    plain = plain_site(first, last, today, base_url, lang)
    assert sorted(built) == sorted(plain)
    assert [path for path in built if built[path] != plain[path]] == []
    assert summary.events == sum(
        content.count(b"BEGIN:VEVENT") for path, content in plain.items() if path.endswith(".ics")
    )


def unfolded(feed_bytes: bytes) -> str:
    return b"".join(feed_bytes.split(b"\r\n ")).decode().replace("\\,", ",").replace("\\;", ";")


def test_a_country_with_its_own_theme_gets_it_in_its_feed_only(tmp_path):
    # Mauritania's own 2019 theme of the Maghreb Child Day; Tunisia, also in the Arab Maghreb
    # Union, shares the worldwide event, which has no theme that year.
    build_site(tmp_path / "site", first_year=2019, last_year=2019, today=date(2019, 1, 1))
    own = CATALOG["maghreb-child-day"].localized_theme(2019, "en", country="MR")
    assert own is not None
    assert CATALOG["maghreb-child-day"].localized_theme(2019, "en") is None
    mauritania = unfolded((tmp_path / "site" / "feeds" / "MR.ics").read_bytes())
    tunisia = unfolded((tmp_path / "site" / "feeds" / "TN.ics").read_bytes())
    assert own.text in mauritania
    assert own.text not in tunisia
    assert "UID:maghreb-child-day-2019@childdays" in tunisia


def test_streamed_json_is_to_json_in_pieces():
    documents = [
        observances_document(CATALOG),
        occurrences_document(CATALOG.occurrences(date(2024, 1, 1), date(2030, 12, 31))),
        occurrences_document([]),
        {"format": 1, "empty": {}, "nested": [[], [1.5, None, True]], "text": 'ខ្មែរ\n"</>'},
    ]
    for document in documents:
        pieces = list(iter_json(document))
        assert b"".join(pieces) == to_json(document)
    big = list(
        iter_json(occurrences_document(CATALOG.occurrences(date(2000, 1, 1), date(2030, 12, 31))))
    )
    assert len(big) > 1


def test_the_month_grid_marks_each_day_with_its_titles():
    kh = CATALOG.for_country("KH")
    found = kh.occurrences(date(2024, 1, 1), date(2024, 12, 31))
    grid = month_grid(2024, found, "en", country="KH")
    assert grid.count("<table>") == 12
    june_first = "; ".join(o.title("en") for o in found if o.start <= date(2024, 6, 1) <= o.end)
    assert "75th International Children's Day" in june_first
    assert f'<td class="on" title="{html.escape(june_first)}"><b>1</b>' in grid
    days = {
        o.start + timedelta(days=n)
        for o in found
        for n in range((o.end - o.start).days + 1)
        if (o.start + timedelta(days=n)).year == 2024
    }
    assert grid.count('class="on"') == len(days)
    assert "<td>31" in grid
    khmer = month_grid(2024, found, "km", country="KH")
    assert "<td>៣១" in khmer


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text(max_size=4), inner, max_size=4)
        | st.dictionaries(st.integers(), inner, max_size=3)
    ),
    max_leaves=25,
)


@given(st.dictionaries(st.text(max_size=6), JSON_VALUES, max_size=5))
def test_streamed_json_is_to_json_for_any_document(document):
    assert b"".join(iter_json(document)) == to_json(document)


def test_a_rebuild_counts_as_changed_each_file_whose_bytes_differ(tmp_path):
    site = tmp_path / "site"
    options = {"first_year": 2024, "last_year": 2024, "today": date(2024, 5, 1)}
    build_site(site, **options)
    kh = (site / "feeds" / "KH.ics").read_bytes()
    (site / "feeds" / "KH.ics").write_bytes(kh[:-1] + b"X")  # same length, last byte differs
    (site / "feeds" / "FR.ics").write_bytes(b"BEGIN:VCALENDAR\r\n")  # shorter
    (site / "index.html").write_bytes((site / "index.html").read_bytes() + b"\n")  # longer
    (site / "style.css").unlink()  # missing
    summary = build_site(site, **options)
    assert (summary.changed, summary.removed) == (4, 0)
    assert (site / "feeds" / "KH.ics").read_bytes() == kh
    assert build_site(site, **options).changed == 0


def test_a_site_build_imports_no_module_it_does_not_use(tmp_path):
    # pydantic and icalendar are for user files and parsing; hashlib (OpenSSL), email.utils,
    # importlib.resources (zipfile, tempfile) and csv would only add to the build's memory.
    import subprocess
    import sys

    unused = (
        "pydantic",
        "icalendar",
        "dateutil",
        "tomllib",
        "hashlib",
        "email.utils",
        "importlib.resources",
        "zipfile",
        "csv",
    )
    code = (
        "import sys\nfrom childdays.cli import main\n"
        f"main(['build', {str(tmp_path / 'site')!r}, '--today', '2024-05-01'])\n"
        f"print(sorted(name for name in {unused!r} if name in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"
