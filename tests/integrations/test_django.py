"""The Django app as a site uses it: feeds, JSON, pages, template tags, checks and the admin."""

from __future__ import annotations

import os

import pytest

pytest.importorskip("django")

from datetime import date

import icalendar
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.template import engines
from django.test import Client, override_settings

import childdays
from childdays.contrib.django.checks import check_settings
from childdays.contrib.django.models import CustomObservance

SCHOOL_WEEK = {
    "observance_id": "school-child-protection-week",
    "scope": "KH",
    "tags": "rights, education",
    "label": "year",
    "first_year": 2020,
    "rule": "FREQ=YEARLY;BYMONTH=6;BYDAY=MO;BYMONTHDAY=1,2,3,4,5,6,7",
    "since": 2020,
    "duration": 5,
    "sources": "https://example.org/school/week Our school's child protection week",
    "name_en": "School Child Protection Week",
    "name_km": "សប្តាហ៍ការពារកុមារនៅសាលារៀន",
}


def uids(content: bytes) -> set[str]:
    return {str(e["UID"]) for e in icalendar.Calendar.from_ical(content).walk("VEVENT")}


def test_cambodian_feed_in_khmer_with_etag_304_and_head(db, today):
    client = Client()
    feed = client.get("/days/feeds/KH.km.ics")
    assert feed.status_code == 200
    assert feed["Content-Type"] == "text/calendar; charset=utf-8"
    assert feed["Cache-Control"] == "public, max-age=3600"
    assert "international-childrens-day-2026@childdays" in uids(feed.content)
    assert "cambodian-childrens-day-2036@childdays" in uids(feed.content)
    assert "cambodian-childrens-day-2037@childdays" not in uids(feed.content)
    summaries = {
        str(e["UID"]): str(e["SUMMARY"])
        for e in icalendar.Calendar.from_ical(feed.content).walk("VEVENT")
    }
    assert summaries["international-childrens-day-2024@childdays"] == "ទិវាកុមារអន្តរជាតិ លើកទី៧៥"
    again = client.get("/days/feeds/KH.km.ics", headers={"If-None-Match": feed["ETag"]})
    assert again.status_code == 304
    assert again.content == b""
    head = client.head("/days/feeds/KH.km.ics")
    assert head.status_code == 200
    assert head["ETag"] == feed["ETag"]
    assert head["Content-Length"] == str(len(feed.content))
    assert head.content == b""


def test_feed_names_and_unknown_feeds(db, today):
    client = Client()
    assert client.get("/days/feeds/world.ics").status_code == 200
    assert client.get("/days/feeds/child-labour.fr.ics").status_code == 200
    assert client.get("/days/feeds/XX.ics").status_code == 404
    assert client.get("/days/feeds/KH.xx.ics").status_code == 404
    assert client.post("/days/feeds/KH.ics").status_code == 405


def test_countries_offered_limit_the_feeds(db, today):
    with override_settings(CHILDDAYS={"COUNTRIES": ["KH"]}):
        client = Client()
        assert client.get("/days/feeds/KH.ics").status_code == 200
        assert client.get("/days/feeds/TH.ics").status_code == 404
        assert client.get("/days/country/TH/").status_code == 404


def test_json_endpoints(db, today):
    client = Client()
    found = client.get("/days/occurrences.json?from=2024-06-01&to=2024-06-01&country=KH&lang=km")
    assert found.status_code == 200
    document = found.json()
    icd = next(o for o in document["occurrences"] if o["id"] == "international-childrens-day")
    assert icd["edition"] == 75
    assert icd["title"] == "ទិវាកុមារអន្តរជាតិ លើកទី៧៥"
    assert client.get("/days/occurrences.json?from=2024-13-01").status_code == 400
    assert client.get("/days/occurrences.json?country=XX").status_code == 400
    assert client.get("/days/observances.json?lang=xx").status_code == 400
    names = {
        o["id"]: o["name"]
        for o in client.get("/days/observances.json?lang=km").json()["observances"]
    }
    assert names["international-childrens-day"] == "ទិវាកុមារអន្តរជាតិ"


def test_country_page_lists_the_year_in_khmer(db, today):
    page = Client().get("/days/country/KH/?lang=km&year=2024")
    assert page.status_code == 200
    text = page.content.decode()
    assert '<html lang="km" dir="ltr">' in text
    assert "<h1>ទិវាការពារកុមារនៅកម្ពុជា 2024</h1>" in text
    assert "<th>កាលបរិច្ឆេទ</th><th>ទិវា</th><th>ប្រធានបទ</th>" in text
    assert "ទិវាកុមារអន្តរជាតិ លើកទី៧៥" in text
    assert "ថ្ងៃទី១ ខែមិថុនា ឆ្នាំ២០២៤" in text
    assert "http://testserver/days/feeds/KH.km.ics" in text
    assert "webcal://testserver/days/feeds/KH.km.ics" in text
    assert Client().get("/days/country/kh/").status_code == 404
    assert Client().get("/days/country/KH/?year=abc").status_code == 400


def test_base_url_makes_the_subscribe_links(db, today):
    with override_settings(CHILDDAYS={"BASE_URL": "https://days.example.org/"}):
        text = Client().get("/days/country/KH/?lang=km").content.decode()
    assert "webcal://days.example.org/days/feeds/KH.km.ics" in text
    assert "testserver" not in text


def test_upcoming_and_index_pages(db, today):
    client = Client()
    upcoming = client.get("/days/upcoming/?country=KH&limit=3")
    assert upcoming.status_code == 200
    assert upcoming.content.decode().count("<time ") == 3
    assert client.get("/days/upcoming/?limit=x").status_code == 400
    assert client.get("/days/upcoming/?country=XX").status_code == 400
    index = client.get("/days/")
    assert index.status_code == 200
    assert 'href="/days/country/KH/?lang=en">Cambodia</a>' in index.content.decode()
    arabic = client.get("/days/upcoming/?lang=ar").content.decode()
    assert '<html lang="ar" dir="rtl">' in arabic


def test_template_tags_in_khmer(db, today):
    template = engines["django"].from_string(
        '{% load childdays %}{% upcoming_observances country="KH" lang="km" limit=2 '
        "after=day as items %}{% for o in items %}{{ o.title }}|{% endfor %}"
        '{% observances_in_year 2024 country="KH" lang="km" as year %}{{ year|length }}|'
        "{{ occ|occurrence_title:'km' }}|{{ occ|occurrence_date:'km' }}|"
        "{{ occ|occurrence_theme:'en' }}|{% feed_url 'KH' 'km' %}"
    )
    icd = childdays.catalog()["international-childrens-day"].occurrence(2024)
    text = template.render({"day": date(2024, 5, 26), "occ": icd})
    labour = childdays.catalog()["world-day-against-child-labour"].occurrence(2024)
    themed = engines["django"].from_string("{% load childdays %}{{ occ|occurrence_theme:'en' }}")
    assert themed.render({"occ": labour}) == "Let’s Act on our Commitments: End Child Labour"
    count, title, when, theme, url = text.split("|")[-5:]
    assert title == "ទិវាកុមារអន្តរជាតិ លើកទី៧៥"
    assert when == "ថ្ងៃទី១ ខែមិថុនា ឆ្នាំ២០២៤"
    assert theme == ""
    assert url == "/days/feeds/KH.km.ics"
    assert text.split("|")[:2] == ["ទិវាកុមារកម្ពុជា ឆ្នាំ២០២៤", "ទិវាកុមារអន្តរជាតិ លើកទី៧៥"]
    assert int(count) == len(
        childdays.catalog().for_country("KH").occurrences(date(2024, 1, 1), date(2024, 12, 31))
    )


def test_a_custom_observance_appears_in_feeds_pages_and_tags(db, today):
    row = CustomObservance(**SCHOOL_WEEK)
    row.full_clean()
    row.save()
    client = Client()
    feed = client.get("/days/feeds/KH.km.ics")
    assert "school-child-protection-week-2027@childdays" in uids(feed.content)
    assert "school-child-protection-week-2027@childdays" not in uids(
        client.get("/days/feeds/world.ics").content
    )
    page = client.get("/days/country/KH/?lang=km&year=2024").content.decode()
    assert "សប្តាហ៍ការពារកុមារនៅសាលារៀន ឆ្នាំ២០២៤" in page
    assert "ថ្ងៃទី៣ ខែមិថុនា ឆ្នាំ២០២៤" in page
    event = next(
        e
        for e in icalendar.Calendar.from_ical(feed.content).walk("VEVENT")
        if str(e["UID"]) == "school-child-protection-week-2027@childdays"
    )
    assert int(event["SEQUENCE"]) == 0
    row.name_en = "School Child Protection Week (all classes)"
    row.save()
    assert row.revision == 2
    changed = client.get("/days/feeds/KH.ics", headers={"If-None-Match": feed["ETag"]})
    assert changed.status_code == 200
    event = next(
        e
        for e in icalendar.Calendar.from_ical(changed.content).walk("VEVENT")
        if str(e["UID"]) == "school-child-protection-week-2027@childdays"
    )
    assert int(event["SEQUENCE"]) == 1
    assert str(event["SUMMARY"]) == "School Child Protection Week (all classes) 2027"


def test_the_model_rejects_what_a_data_file_may_not_hold(db):
    bad = CustomObservance(**{**SCHOOL_WEEK, "rule": "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"})
    with pytest.raises(ValidationError) as caught:
        bad.full_clean()
    assert caught.value.message_dict == {
        "rule": [
            "schedule[0].rule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30': "
            "gives 0 dates in 2020; expected exactly one a year"
        ]
    }
    clash = CustomObservance(**{**SCHOOL_WEEK, "observance_id": "international-childrens-day"})
    with pytest.raises(ValidationError) as caught:
        clash.full_clean()
    assert caught.value.message_dict["observance_id"] == [
        "id: 'international-childrens-day': already in the catalog (from <built-in>); "
        "pass override=True to replace it"
    ]


def test_admin_form_shows_the_data_file_error_on_the_field(db):
    from django.contrib.auth.models import User

    admin = User.objects.create_superuser("editor", "editor@example.org", "pw")
    client = Client()
    client.force_login(admin)
    form = {key: str(value) for key, value in SCHOOL_WEEK.items()}
    form["tags"] = "child rights"
    page = client.post("/admin/childdays/customobservance/add/", form)
    assert page.status_code == 200
    errors = page.context["adminform"].form.errors
    assert errors == {
        "tags": ["tags[0]: 'child rights': string should match pattern '^[a-z0-9]+(-[a-z0-9]+)*$'"]
    }
    form["tags"] = "rights, education"
    saved = client.post("/admin/childdays/customobservance/add/", form)
    assert saved.status_code == 302
    assert CustomObservance.objects.get().names() == {
        "en": "School Child Protection Week",
        "km": "សប្តាហ៍ការពារកុមារនៅសាលារៀន",
    }
    listing = client.get("/admin/childdays/customobservance/")
    assert "school-child-protection-week" in listing.content.decode()


def test_system_checks_name_each_bad_setting():
    errors = check_settings(
        {
            "LANGUAGE": "kh",
            "COUNTRIES": ["KH", "XX"],
            "BASE_URL": "example.org",
            "CACHE": "nowhere",
            "YEARS_AHEAD": -1,
            "COLOUR": "red",
        },
        ["default"],
    )
    assert [(e.id, e.msg) for e in errors] == [
        ("childdays.E001", "unknown key 'COLOUR'"),
        ("childdays.E004", "LANGUAGE 'kh' is not a language childdays speaks"),
        ("childdays.E006", "COUNTRIES: 'XX' is not a country childdays knows"),
        ("childdays.E007", "BASE_URL must be an absolute http(s) URL, not 'example.org'"),
        ("childdays.E008", "YEARS_AHEAD must be a whole number >= 0, not -1"),
        ("childdays.E009", "CACHE 'nowhere' is not in settings.CACHES"),
    ]
    assert check_settings({}, ["default"]) == []


def test_system_check_reports_a_bad_data_file(tmp_path):
    bad = tmp_path / "ours.toml"
    bad.write_text('id = "ours"\n', encoding="utf-8")
    errors = check_settings({"DATA": [str(bad)]}, ["default"])
    assert errors[0].id == "childdays.E003"
    assert errors[0].msg.startswith(f"DATA: {bad}: ")


def test_the_database_is_the_one_asked_for(django_db):
    from django.db import connection

    wanted = "postgresql" if os.environ.get("CHILDDAYS_TEST_POSTGRES") else "sqlite"
    assert connection.vendor == wanted


def test_manage_check_passes_and_migrations_are_complete(django_db):
    call_command("check")
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_khmer_rows_and_tags_carry_each_text_language_and_status(db, today):
    text = Client().get("/days/country/KH/?lang=km&year=2024").content.decode()
    assert (
        '<td><span data-status="translated">ចូរយើងអនុវត្តតាមការប្ដេជ្ញាចិត្តរបស់យើង៖ '
        'បញ្ចប់ពលកម្មកុមារ</span> <small class="childdays-note">(បកប្រែក្រៅផ្លូវការ)</small></td>'
    ) in text
    assert (
        '<a href="https://www.un.org/en/observances/education-day" data-status="translated">'
        "ទិវាអន្តរជាតិនៃការអប់រំ ឆ្នាំ២០២៤</a>"
    ) in text
    template = engines["django"].from_string(
        "{% load childdays %}{% with r=occ|occurrence_row:'km' %}{{ r.title }}|{{ r.title_status }}"
        "|{{ r.theme }}|{{ r.theme_lang_attr }}|{{ r.theme_note }}|{{ r.url }}{% endwith %}"
    )
    labour = childdays.catalog()["world-day-against-child-labour"].occurrence(2024)
    assert template.render({"occ": labour}).split("|") == [
        "ទិវាពិភពលោកប្រឆាំងពលកម្មកុមារ លើកទី២៣",
        "sourced",
        "ចូរយើងអនុវត្តតាមការប្ដេជ្ញាចិត្តរបស់យើង៖ បញ្ចប់ពលកម្មកុមារ",
        "None",
        "បកប្រែក្រៅផ្លូវការ",
        "https://www.cncc.gov.kh/kh/news/info/celebrating_children_1june_2024",
    ]
    education = childdays.catalog()["international-day-of-education"].occurrence(2024)
    french = engines["django"].from_string(
        "{% load childdays %}{% with r=occ|occurrence_row:'fr' %}{{ r.url }}|{{ r.theme }}"
        "|{{ r.theme_note|default:'-' }}{% endwith %}"
    )
    assert french.render({"occ": education}).split("|") == [
        "https://un.org/fr/observances/education-day/background",
        "Apprendre pour une paix durable",
        "-",
    ]
