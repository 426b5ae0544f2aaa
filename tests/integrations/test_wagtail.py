"""Wagtail: the calendar page (routable, with its feeds), the block and the snippet."""

from __future__ import annotations

import pytest

pytest.importorskip("wagtail")

import icalendar
from django.test import Client
from test_django import SCHOOL_WEEK

from childdays.contrib.django.models import CustomObservance


@pytest.fixture
def home(db):
    from wagtail.models import Page

    return Page.objects.get(depth=2)


@pytest.fixture
def calendar(home):
    from childdays.contrib.wagtail.models import CalendarPage

    page = CalendarPage(title="Child protection days", slug="days-kh", country="KH", language="km")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_calendar_page_lists_this_and_next_year_in_khmer(calendar, today):
    page = Client().get("/days-kh/")
    assert page.status_code == 200
    text = page.content.decode()
    assert '<html lang="km" dir="ltr">' in text
    assert "ទិវាកុមារអន្តរជាតិ លើកទី៧៧" in text  # 2026
    assert "ទិវាកុមារអន្តរជាតិ លើកទី៧៨" in text  # 2027
    assert "webcal://testserver/days-kh/feed/km/" in text


def test_calendar_page_serves_its_feeds_with_304(calendar, today):
    client = Client()
    feed = client.get("/days-kh/feed/km/")
    assert feed.status_code == 200
    assert feed["Content-Type"] == "text/calendar; charset=utf-8"
    assert feed["Content-Disposition"] == 'inline; filename="KH.km.ics"'
    events = icalendar.Calendar.from_ical(feed.content).walk("VEVENT")
    summaries = {str(e["UID"]): str(e["SUMMARY"]) for e in events}
    assert summaries["international-childrens-day-2024@childdays"] == "ទិវាកុមារអន្តរជាតិ លើកទី៧៥"
    assert (
        client.get("/days-kh/feed/km/", headers={"If-None-Match": feed["ETag"]}).status_code == 304
    )
    assert client.get("/days-kh/feed/").status_code == 200
    assert client.get("/days-kh/feed/xx/").status_code == 404


def test_a_snippet_observance_appears_in_the_calendar_feed(calendar, today):
    CustomObservance.objects.create(**SCHOOL_WEEK)
    feed = Client().get("/days-kh/feed/km/")
    uids = {str(e["UID"]) for e in icalendar.Calendar.from_ical(feed.content).walk("VEVENT")}
    assert "school-child-protection-week-2027@childdays" in uids


def test_block_renders_with_its_shipped_template(db, today):
    from childdays.contrib.wagtail.blocks import UpcomingObservancesBlock

    block = UpcomingObservancesBlock()
    html = block.render(block.to_python({"country": "kh", "lang": "km", "limit": 2}))
    assert html.count("<li>") == 2
    assert '<a href="/days/feeds/KH.km.ics">ជាវប្រតិទិន</a>' in html


def test_block_in_a_streamfield_page_renders_without_error(db, today):
    from wagtail import blocks
    from wagtail.fields import StreamField  # noqa: F401  (the field a site puts it in)

    from childdays.contrib.wagtail.blocks import UpcomingObservancesBlock

    stream = blocks.StreamBlock([("observances", UpcomingObservancesBlock())])
    value = stream.to_python(
        [{"type": "observances", "value": {"country": "", "lang": "en", "limit": 3}}]
    )
    html = stream.render(value)
    assert html.count("<li>") == 3
    assert 'href="/days/feeds/world.ics"' in html


def test_snippet_form_shows_the_data_file_error_on_the_field(db):
    from django.contrib.auth.models import User

    editor = User.objects.create_superuser("editor", "editor@example.org", "pw")
    client = Client()
    client.force_login(editor)
    form = {key: str(value) for key, value in SCHOOL_WEEK.items()}
    form["rule"] = "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"
    for lang in ("fr", "es", "pt", "zh", "vi", "th", "id", "ja", "ar", "ru"):
        form[f"name_{lang}"] = ""
    form.update(until="", dates="", established="", url="", description_en="")
    page = client.post("/cms/snippets/childdays/customobservance/add/", form)
    assert page.status_code == 200
    assert page.context["form"].errors == {
        "rule": [
            "schedule[0].rule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30': "
            "gives 0 dates in 2020; expected exactly one a year"
        ]
    }
    form["rule"] = SCHOOL_WEEK["rule"]
    saved = client.post("/cms/snippets/childdays/customobservance/add/", form)
    assert saved.status_code == 302
    assert CustomObservance.objects.get().observance_id == "school-child-protection-week"


def test_calendar_page_marks_a_translated_theme(calendar, today):
    text = Client().get("/days-kh/").content.decode()
    # The 2026 theme of the International Day of Education: sourced in English, translated to Khmer.
    assert (
        '<td><span data-status="translated">អំណាចរបស់យុវជនក្នុងការរួមគ្នាបង្កើតការអប់រំ</span> '
        '<small class="childdays-note">(បកប្រែក្រៅផ្លូវការ)</small></td>'
    ) in text
    assert (
        '<a href="https://www.un.org/en/observances/education-day" data-status="translated">'
        "ទិវាអន្តរជាតិនៃការអប់រំ ឆ្នាំ២០២៦</a>"
    ) in text
