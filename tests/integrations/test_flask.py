"""The Flask blueprint: feeds with ETag/304/HEAD, JSON and pages, as a Flask site mounts it."""

from __future__ import annotations

import pytest

pytest.importorskip("flask")

from datetime import date
from pathlib import Path

import icalendar
from flask import Flask

import childdays
from childdays.contrib.flask import create_blueprint

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def make(**options) -> Flask:
    app = Flask(__name__)
    app.register_blueprint(
        create_blueprint(today=lambda: date(2026, 12, 3), **options), url_prefix="/days"
    )
    return app


def test_feed_with_etag_304_and_head():
    client = make().test_client()
    feed = client.get("/days/feeds/KH.km.ics")
    assert feed.status_code == 200
    assert feed.headers["Content-Type"] == "text/calendar; charset=utf-8"
    assert feed.headers["Cache-Control"] == "public, max-age=3600"
    events = icalendar.Calendar.from_ical(feed.data).walk("VEVENT")
    summaries = {str(e["UID"]): str(e["SUMMARY"]) for e in events}
    assert summaries["international-childrens-day-2024@childdays"] == "ទិវាកុមារអន្តរជាតិ លើកទី៧៥"
    assert "cambodian-childrens-day-2037@childdays" not in summaries
    again = client.get("/days/feeds/KH.km.ics", headers={"If-None-Match": feed.headers["ETag"]})
    assert again.status_code == 304
    head = client.head("/days/feeds/KH.km.ics")
    assert head.status_code == 200
    assert head.data == b""
    assert head.headers["ETag"] == feed.headers["ETag"]
    assert client.get("/days/feeds/KH.xx.ics").status_code == 404
    assert client.get("/days/feeds/XX.ics").status_code == 404
    assert client.get("/days/feeds/world.ics").status_code == 200


def test_same_feed_bytes_as_the_django_app_would_build():
    from childdays.contrib.common import feed_body

    client = make().test_client()
    expected = feed_body(childdays.catalog(), "KH", lang="km", first_year=2024, last_year=2036)
    assert client.get("/days/feeds/KH.km.ics").data == expected.content


def test_json_and_pages():
    client = make(countries=["KH"], lang="km", base_url="https://days.example.org").test_client()
    document = client.get("/days/occurrences.json?from=2024-06-01&to=2024-06-01&country=KH").json
    titles = [o["title"] for o in document["occurrences"]]
    assert "ទិវាកុមារអន្តរជាតិ លើកទី៧៥" in titles
    assert client.get("/days/occurrences.json?country=TH").status_code == 400
    page = client.get("/days/country/KH/?year=2024").get_data(as_text=True)
    assert '<html lang="km" dir="ltr">' in page
    assert "ថ្ងៃទី១ ខែមិថុនា ឆ្នាំ២០២៤" in page
    assert "webcal://days.example.org/days/feeds/KH.km.ics" in page
    assert client.get("/days/country/TH/").status_code == 404
    assert client.get("/days/upcoming/?limit=2").get_data(as_text=True).count("<time ") == 2
    index = client.get("/days/").get_data(as_text=True)
    assert 'href="/days/country/KH/?lang=km">កម្ពុជា</a>' in index


def test_merged_custom_observances_are_served():
    mine = childdays.load(EXAMPLES / "custom_observances.toml")
    client = make(catalog=childdays.catalog().merge(mine)).test_client()
    events = icalendar.Calendar.from_ical(client.get("/days/feeds/KH.km.ics").data).walk("VEVENT")
    assert "school-child-protection-week-2027@childdays" in {str(e["UID"]) for e in events}


def test_templates_can_be_overridden(tmp_path):
    folder = tmp_path / "childdays"
    folder.mkdir()
    (folder / "upcoming.html").write_text("ours: {{ rows|length }}", encoding="utf-8")
    app = make()
    app.template_folder = str(tmp_path)
    assert app.test_client().get("/days/upcoming/?limit=3").get_data(as_text=True) == "ours: 3"


def test_khmer_and_french_pages_show_each_text_in_its_language_with_its_status():
    client = make().test_client()
    khmer = client.get("/days/country/KH/?lang=km&year=2024").get_data(as_text=True)
    assert (
        '<td><a href="https://www.cncc.gov.kh/kh/news/info/celebrating_children_1june_2024" '
        'data-status="sourced">ទិវាពិភពលោកប្រឆាំងពលកម្មកុមារ លើកទី២៣</a></td>'
    ) in khmer
    # The 2024 theme of the World Day Against Child Labour: a marked Khmer translation.
    assert (
        '<td><span data-status="translated">ចូរយើងអនុវត្តតាមការប្ដេជ្ញាចិត្តរបស់យើង៖ '
        'បញ្ចប់ពលកម្មកុមារ</span> <small class="childdays-note">(បកប្រែក្រៅផ្លូវការ)</small></td>'
    ) in khmer
    assert (
        '<a href="https://www.un.org/en/observances/education-day" data-status="translated">'
        "ទិវាអន្តរជាតិនៃការអប់រំ ឆ្នាំ២០២៤</a>"
    ) in khmer
    french = client.get("/days/country/KH/?lang=fr&year=2024").get_data(as_text=True)
    assert (
        '<td><span data-status="sourced">Respectons nos engagements: mettons fin au travail des '
        "enfants!</span></td>"
    ) in french
    assert (
        '<a href="https://un.org/fr/observances/education-day/background" data-status="sourced">'
        "Journée internationale de l’éducation 2024</a>"
    ) in french
    english = client.get("/days/country/KH/?lang=en&year=2024").get_data(as_text=True)
    assert (
        '<a href="https://www.un.org/en/observances/education-day" data-status="sourced">'
        "International Day of Education 2024</a>"
    ) in english
