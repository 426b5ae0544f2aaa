"""The feed site as people use it: pages per language and country, links that work, its size."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import childdays
from childdays.cli import main
from childdays.i18n import LANGUAGES
from childdays.pages import (
    TOPICS,
    WORDS,
    SiteLayout,
    country_name,
    country_page,
    index_page,
    json_ld,
    observance_page,
    page_languages,
    render_path,
    topic_name,
)
from childdays.site import SIZE_BUDGET, build_site
from childdays.web import make_app

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2024, 5, 1)


@pytest.fixture(scope="module")
def cat():
    return childdays.catalog()


def layout(base_url=None, default_lang="en"):
    return SiteLayout(default_lang=default_lang, base_url=base_url, first_year=2023, last_year=2025)


def hrefs(page: str) -> list[str]:
    return re.findall(r'href="([^"]*)"', page)


# --- words and names -----------------------------------------------------------------------


def test_every_language_has_every_fixed_word():
    english = set(WORDS["en"])
    assert set(WORDS) == set(LANGUAGES)
    for lang in LANGUAGES:
        assert set(WORDS[lang]) == english, lang


def test_every_language_names_every_builtin_topic(cat):
    assert set(TOPICS) == set(LANGUAGES)
    for lang in LANGUAGES:
        assert set(TOPICS[lang]) == set(cat.tags()), lang
    assert topic_name("child-labour", "ar") == ("ar", "عمل الأطفال")
    assert topic_name("my-own-tag", "km") == ("en", "my own tag")


def test_index_names_regions_and_topics_not_ids(cat):
    page = index_page(cat, lang="fr", today=TODAY, layout=layout())
    assert '<li><span lang="en">League of Arab States</span>' in page
    assert "<li><span>Travail des enfants</span>" in page


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Child protection days"),
        ("km", "ទិវាការពារកុមារ"),
        ("ar", "أيام حماية الطفل"),
        ("zh", "儿童保护日"),
    ],
)
def test_page_titles_are_translated(lang, title, cat):
    page = index_page(cat, lang=lang, today=TODAY, layout=layout())
    assert f"<h1>{title}</h1>" in page


@pytest.mark.parametrize(
    ("code", "lang", "name"),
    [
        ("KH", "km", "កម្ពុជា"),
        ("KH", "en", "Cambodia"),
        ("KH", "fr", "Cambodge"),
        ("EG", "ar", "مصر"),
        ("JP", "ja", "日本"),
        ("142", "km", "អាស៊ី"),
        ("002", "ar", "أفريقيا"),
    ],
)
def test_country_and_continent_names_come_from_cldr(code, lang, name):
    assert country_name(code, lang) == name


def test_compiled_cldr_names_are_up_to_date():
    pytest.importorskip("babel")
    supplemental = Path("/usr/share/unicode/cldr/common/supplemental/supplementalData.xml")
    if not supplemental.exists():
        pytest.skip("CLDR supplementalData.xml (Debian unicode-cldr-core) is not installed")
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "compile_places.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


# --- pages -----------------------------------------------------------------------------------


def test_pages_of_a_country_come_in_english_and_its_own_languages(cat):
    assert page_languages(cat, "KH") == ["en", "km"]
    assert page_languages(cat, "KH", default_lang="fr") == ["en", "km", "fr"]
    assert page_languages(cat, "world") == list(LANGUAGES)


def test_cambodia_in_khmer(cat):
    page = country_page(cat, "KH", lang="km", today=TODAY, layout=layout())
    assert '<html lang="km" dir="ltr">' in page
    assert "<h1>កម្ពុជា</h1>" in page
    assert '<time datetime="2024-06-01">ថ្ងៃទី១ ខែមិថុនា ឆ្នាំ២០២៤</time>' in page
    assert ">ទិវាកុមារអន្តរជាតិ លើកទី៧៥</a>" in page
    assert ">ទិវាកុមារកម្ពុជា ឆ្នាំ២០២៤</a>" in page
    assert '<h2 id="y2025">២០២៥</h2>' in page  # next year too
    assert "<caption>មិថុនា</caption>" in page  # the month grid
    # Every built-in observance has a Khmer name: no title falls back to English.
    assert '<a href="../../km/days/international-day-of-play/">' in page
    assert not re.search(r'<a href="[^"]*/days/[^"]*" lang="en">', page)


def test_observances_in_date_order_with_holiday_status(cat):
    page = country_page(cat, "MN", lang="en", today=TODAY, layout=layout())
    days = re.findall(r'<time datetime="(\d{4}-\d\d-\d\d)">', page)
    assert days == sorted(days)
    icd = page[page.index('datetime="2024-06-01"') :]
    icd = icd[: icd.index("</li>")]
    assert "75th International Children&#x27;s Day" in icd
    assert '<span class="badge holiday">Public holiday</span>' in icd


def test_arabic_pages_read_right_to_left(cat):
    page = country_page(cat, "EG", lang="ar", today=TODAY, layout=layout())
    assert '<html lang="ar" dir="rtl">' in page
    assert "<h1>مصر</h1>" in page
    index = index_page(cat, lang="ar", today=TODAY, layout=layout())
    assert '<html lang="ar" dir="rtl">' in index
    # ".ics" stays ".ics" inside Arabic text, not "ics."
    assert 'download><span>تنزيل ملف <bdi dir="ltr">.ics</bdi></span></a>' in index


def test_country_index_is_grouped_by_continent_with_anchors(cat):
    page = index_page(cat, lang="km", today=TODAY, layout=layout())
    asia = page[page.index('<section class="continent" id="c142">') :]
    asia = asia[: asia.index("</section>")]
    assert "<h3>អាស៊ី</h3>" in asia
    assert '<a href="../km/KH/">កម្ពុជា</a>' in asia
    assert '<a href="#c142">អាស៊ី</a>' in page
    # A country without Khmer pages is linked in the default language.
    assert '<a href="../FR/">បារាំង</a>' in page


def test_observance_page_tells_its_history(cat):
    page = observance_page(
        cat, "world-day-against-child-labour", lang="en", today=TODAY, layout=layout()
    )
    assert "<h1>World Day Against Child Labour</h1>" in page
    assert "<dd>International Labour Organization</dd>" in page
    khmer = observance_page(
        cat, "world-day-against-child-labour", lang="km", today=TODAY, layout=layout()
    )
    assert "<dd>អង្គការពលកម្មអន្តរជាតិ</dd>" in khmer
    row = page[page.index('<time datetime="2024-06-12">') :]
    row = row[: row.index("</tr>")]
    assert "<td>23</td>" in row
    assert "Let’s Act on our Commitments: End Child Labour" in row
    assert '<dd><span lang="km">ទិវាពិភពលោកប្រឆាំងពលកម្មកុមារ</span>' in page
    assert 'type="application/ld+json"' in page


def test_json_ld_cannot_close_its_script_element(tmp_path, cat):
    source = (ROOT / "examples" / "custom_observances.toml").read_text("utf-8")
    hostile = source.replace(
        'en = "School Child Protection Week"',
        'en = "Week</script><script>alert(1)</script><!--"',
    )
    path = tmp_path / "hostile.toml"
    path.write_text(hostile, "utf-8")
    merged = cat.merge(childdays.load(path))
    occurrence = merged["school-child-protection-week"].occurrence(2024)
    element = json_ld([occurrence], "en")
    inside = element.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert "</" not in inside
    assert "<!--" not in inside
    assert json.loads(inside)["@graph"][0]["name"] == "Week</script><script>alert(1)</script><!--"
    page = observance_page(
        merged, "school-child-protection-week", lang="en", today=TODAY, layout=layout()
    )
    assert "<script>alert(1)" not in page


# --- links -----------------------------------------------------------------------------------


def test_https_base_url_subscribes_apple_through_webcal(cat):
    page = country_page(cat, "KH", lang="km", today=TODAY, layout=layout("https://example.org/cd"))
    links = hrefs(page)
    assert "webcal://example.org/cd/feeds/KH.km.ics" in links
    assert (
        "https://calendar.google.com/calendar/render?cid="
        "webcal%3A%2F%2Fexample.org%2Fcd%2Ffeeds%2FKH.km.ics" in links
    )
    assert (
        "https://outlook.live.com/calendar/0/addfromweb?url="
        "https%3A%2F%2Fexample.org%2Fcd%2Ffeeds%2FKH.km.ics" in links
    )
    assert "../../feeds/KH.km.ics" in links  # the download
    assert 'value="https://example.org/cd/feeds/KH.km.ics"' in page  # copy the address


def test_http_base_url_stays_http(cat):
    page = country_page(cat, "KH", lang="en", today=TODAY, layout=layout("http://intranet.local"))
    links = hrefs(page)
    assert "http://intranet.local/feeds/KH.ics" in links
    assert (
        "https://calendar.google.com/calendar/render?cid=http%3A%2F%2Fintranet.local%2Ffeeds%2FKH.ics"
        in links
    )
    assert (
        "https://outlook.live.com/calendar/0/addfromweb?url="
        "http%3A%2F%2Fintranet.local%2Ffeeds%2FKH.ics" in links
    )
    assert "https://intranet.local" not in page
    assert "webcal:" not in page


def test_without_base_url_only_relative_downloads_and_a_note(cat):
    page = country_page(cat, "KH", lang="en", today=TODAY, layout=layout())
    assert "webcal:" not in page
    assert "calendar.google.com" not in page
    assert "outlook.live.com" not in page
    assert '<a class="button" href="../feeds/KH.ics" download>Download .ics</a>' in page
    assert "built without one" in page


def test_build_without_base_url_warns(tmp_path, capsys):
    out = tmp_path / "site"
    assert main(["build", str(out), "--from", "2024", "--to", "2024", "--today", "2024-05-01"]) == 0
    err = capsys.readouterr().err
    assert "childdays: warning: no --base-url" in err


def test_serve_never_puts_the_host_header_in_a_link():
    app = make_app(years=(2024, 2025), today=lambda: TODAY)
    for path in ("/", "/km/KH/", "/days/international-childrens-day/"):
        response = app.respond({"PATH_INFO": path, "HTTP_HOST": "attacker.example"})
        assert response.status == "200 OK"
        assert b"attacker.example" not in response.body
    configured = make_app(years=(2024, 2025), today=lambda: TODAY, base_url="https://cal.example")
    body = configured.respond({"PATH_INFO": "/KH/", "HTTP_HOST": "attacker.example"}).body
    assert b"webcal://cal.example/feeds/KH.ics" in body
    assert b"attacker.example" not in body


def test_serve_shows_the_static_pages(cat):
    app = make_app(years=(2024, 2025), today=lambda: TODAY)
    assert app.respond({"PATH_INFO": "/style.css"}).headers[0] == (
        "Cache-Control",
        "public, max-age=3600",
    )
    assert app.respond({"PATH_INFO": "/ar/KH/"}).status == "404 Not Found"  # no Arabic pages
    assert app.respond({"PATH_INFO": "/nowhere/"}).status == "404 Not Found"
    static = country_page(cat, "KH", lang="km", today=TODAY, layout=layout())
    found = render_path(cat, "/km/KH/", today=TODAY, layout=layout())
    assert found == ("text/html; charset=utf-8", static)


# --- the build -------------------------------------------------------------------------------


def test_default_build_stays_small_and_says_its_size(tmp_path, capsys):
    out = tmp_path / "site"
    assert main(["build", str(out), "--today", "2026-12-03", "--base-url", "https://x.org"]) == 0
    err = capsys.readouterr().err
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    assert size <= SIZE_BUDGET
    assert f"{size} bytes ({size / 1_000_000:.1f} MB)" in err
    assert (out / "km" / "KH" / "index.html").exists()
    assert not (out / "feeds" / "KH.fr.ics").exists()  # no French page for Cambodia, no feed
    feed = (out / "feeds" / "KH.km.ics").read_text("utf-8")
    assert "DTSTART;VALUE=DATE:20250601" in feed
    assert "DTSTART;VALUE=DATE:20270601" in feed
    assert "DTSTART;VALUE=DATE:20240601" not in feed  # the site's window: 2025-2027
    assert "URL:https://x.org/km/days/international-childrens-day/" in feed


def test_build_in_khmer_puts_khmer_at_the_root(tmp_path):
    build_site(tmp_path, first_year=2024, last_year=2024, today=TODAY, lang="km")
    assert '<html lang="km"' in (tmp_path / "index.html").read_text("utf-8")
    assert '<html lang="en"' in (tmp_path / "en" / "index.html").read_text("utf-8")
    assert '<html lang="km"' in (tmp_path / "KH" / "index.html").read_text("utf-8")
    assert not (tmp_path / "km").exists()
    # Every country has a page in the default language.
    assert '<html lang="km"' in (tmp_path / "FR" / "index.html").read_text("utf-8")


def test_rebuild_removes_pages_no_longer_produced(tmp_path):
    build_site(tmp_path, first_year=2024, last_year=2024, today=TODAY, lang="km")
    summary = build_site(tmp_path, first_year=2024, last_year=2024, today=TODAY, lang="en")
    assert summary.removed > 0
    assert not (tmp_path / "en").exists()
    assert (tmp_path / "km" / "KH" / "index.html").exists()


def test_every_relative_link_of_a_build_leads_to_a_file(tmp_path):
    cat = childdays.catalog().filter(scope="world").merge(childdays.catalog().filter(scope="KH"))
    build_site(tmp_path, cat, first_year=2024, last_year=2024, today=TODAY, base_url="http://h")
    broken = []
    for page in tmp_path.rglob("index.html"):
        for href in hrefs(page.read_text("utf-8")):
            if re.match(r"[a-z]+:", href) or href.startswith("#"):
                continue
            target = (page.parent / href).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(tmp_path)} -> {href}")
    assert broken == []


# --- the command line as a reader's tool ------------------------------------------------------


def test_list_a_year_in_khmer(capsys):
    assert main(["list", "--country", "KH", "--lang", "km", "--year", "2024"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "ថ្ងៃទី១ ខែមិថុនា ឆ្នាំ២០២៤\tទិវាកុមារអន្តរជាតិ លើកទី៧៥" in lines
    assert (
        "ថ្ងៃទី១២ ខែមិថុនា ឆ្នាំ២០២៤\tទិវាពិភពលោកប្រឆាំងពលកម្មកុមារ លើកទី២៣\t"
        "ប្រធានបទ (បកប្រែក្រៅផ្លូវការ): ចូរយើងអនុវត្តតាមការប្ដេជ្ញាចិត្តរបស់យើង៖ បញ្ចប់ពលកម្មកុមារ"
    ) in lines


def test_list_a_year_in_french_gives_the_ilo_french_theme(capsys):
    assert main(["list", "--scope", "world", "--lang", "fr", "--year", "2024"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[2] for line in lines if line.startswith("12 juin 2024")] == [
        "Thème: Respectons nos engagements: mettons fin au travail des enfants!"
    ]


def test_list_from_to_days(capsys):
    assert main(["list", "--country", "KH", "--from", "2024-06-01", "--to", "2024-06-04"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "1 June 2024\tCambodian Children's Day 2024",
        "1 June 2024\t75th International Children's Day",
        "4 June 2024\tInternational Day of Innocent Children Victims of Aggression 2024",
    ]


def test_list_year_and_from_together_is_bad_usage(capsys):
    assert main(["list", "--year", "2024", "--from", "2024"]) == 2
    assert "--year cannot be combined with --from/--to" in capsys.readouterr().err


def test_upcoming_gives_the_next_ten(capsys):
    assert main(["upcoming", "--country", "KH", "--after", "2024-06-02"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 10
    assert (
        lines[0] == "4 June 2024\tInternational Day of Innocent Children Victims of Aggression 2024"
    )


def test_feeds_describe_themselves_in_their_language():
    from childdays.ical import feed

    kh = childdays.catalog().for_country("KH")
    text = feed(kh, first_year=2024, last_year=2024, lang="km").decode("utf-8")
    unfolded = text.replace("\r\n ", "")
    assert "\r\nDESCRIPTION;LANGUAGE=km:ទិវាសម្រាប់សិទ្ធិ និងការការពារកុមារ" in unfolded
    assert "\r\nX-WR-CALDESC:ទិវាសម្រាប់សិទ្ធិ និងការការពារកុមារ" in unfolded


def test_screenshot_tool_is_importable_without_a_browser():
    assert shutil.which("python") or sys.executable  # the tool runs with any Python
    spec = (ROOT / "tools" / "site_screenshots.py").read_text("utf-8")
    assert "def check_site(" in spec
