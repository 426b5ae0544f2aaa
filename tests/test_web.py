"""The WSGI app under a real server (waitress), fetched with a real HTTP client."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta

import icalendar
import pytest
from waitress.server import create_server

import childdays
from childdays.ical import feed
from childdays.web import make_app

WINDOW = (2024, 2026)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    app = make_app(years=WINDOW, max_age=600, today=lambda: date(2024, 5, 1))
    srv = create_server(app, host="127.0.0.1", port=0, threads=8)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.effective_port}"
    srv.close()


def fetch(url: str, headers: dict[str, str] | None = None, method: str = "GET"):
    request = urllib.request.Request(url, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def http_date(day: date) -> str:
    return day.strftime("%a, %d %b %Y 00:00:00 GMT")


def last_updated(catalog: childdays.Catalog) -> date:
    """The data's own last change: what Last-Modified must say (never the clock)."""
    return max(o.updated for o in catalog if o.updated is not None)


def test_a_feed_with_caching_headers(server):
    status, headers, body = fetch(f"{server}/feeds/KH.km.ics")
    assert status == 200
    assert headers["Content-Type"] == "text/calendar; charset=utf-8"
    assert headers["Cache-Control"] == "public, max-age=600"
    kh = childdays.catalog().for_country("KH")
    assert headers["Last-Modified"] == http_date(last_updated(kh))
    assert headers["ETag"].startswith('"')
    assert headers.get("Content-Encoding") is None
    expected = feed(
        childdays.catalog().for_country("KH"), first_year=2024, last_year=2026, lang="km"
    )
    assert body == expected
    summaries = {str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(body).walk("VEVENT")}
    assert "ទិវាកុមារអន្តរជាតិ លើកទី៧៥" in summaries


def test_conditional_requests(server):
    latest = last_updated(childdays.catalog().filter(scope="world"))
    after, before = http_date(latest + timedelta(days=1)), http_date(latest - timedelta(days=1))
    _, headers, _ = fetch(f"{server}/feeds/world.ics")
    status, again, body = fetch(f"{server}/feeds/world.ics", {"If-None-Match": headers["ETag"]})
    assert (status, body) == (304, b"")
    assert again["ETag"] == headers["ETag"]
    status, _, _ = fetch(f"{server}/feeds/world.ics", {"If-None-Match": '"other"'})
    assert status == 200
    status, _, _ = fetch(f"{server}/feeds/world.ics", {"If-Modified-Since": after})
    assert status == 304
    status, _, _ = fetch(f"{server}/feeds/world.ics", {"If-Modified-Since": before})
    assert status == 200
    status, _, _ = fetch(
        f"{server}/feeds/world.ics",
        {"If-None-Match": '"other"', "If-Modified-Since": after},
    )
    assert status == 200  # If-None-Match wins over If-Modified-Since


def test_head_has_headers_and_no_body(server):
    status, headers, body = fetch(f"{server}/feeds/child-labour.ics", method="HEAD")
    assert status == 200
    assert body == b""
    assert int(headers["Content-Length"]) > 0


@pytest.mark.parametrize(
    ("path", "status", "message"),
    [
        ("/feeds/nowhere.ics", 404, b"no feed named 'nowhere'\n"),
        ("/feeds/KH.de.ics", 404, b"no feed language 'de'\n"),
        ("/feeds/kh.ics", 404, b"no feed named 'kh'\n"),
        ("/nothing", 404, b"nothing at '/nothing'\n"),
        (
            "/occurrences.json?from=2024-02-30",
            400,
            b"from and to must be dates such as 2024-06-01\n",
        ),
        (
            "/occurrences.json?from=2024-01-01&to=2023-01-01",
            400,
            b"to must follow from, within 20 years\n",
        ),
        ("/occurrences.json?country=ZZ", 400, b"unknown country 'ZZ'\n"),
        ("/occurrences.json?country=%C3%9F", 400, b"unknown country '\xc3\x9f'\n"),
        ("/observances.json?lang=xx", 400, b"unknown lang 'xx'\n"),
    ],
)
def test_errors_are_short_and_plain(server, path, status, message):
    got, headers, body = fetch(server + path)
    assert (got, body) == (status, message)
    assert headers["Content-Type"] == "text/plain; charset=utf-8"


def test_other_methods_are_refused(server):
    status, headers, _ = fetch(f"{server}/feeds/world.ics", method="POST")
    assert status == 405
    assert headers["Allow"] == "GET, HEAD"


def test_json(server):
    import json

    status, headers, body = fetch(
        f"{server}/occurrences.json?from=2024-06-01&to=2024-06-30&country=KH&lang=km"
    )
    assert status == 200
    assert headers["Content-Type"] == "application/json"
    document = json.loads(body)
    assert document["format"] == 1
    titles = [o["title"] for o in document["occurrences"]]
    assert "ទិវាកុមារអន្តរជាតិ លើកទី៧៥" in titles
    status, _, body = fetch(f"{server}/observances.json")
    assert len(json.loads(body)["observances"]) == len(childdays.catalog())


def test_index_links_relatively_never_to_the_host_it_was_asked_on(server):
    status, headers, body = fetch(f"{server}/")
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    page = body.decode()
    host = server.removeprefix("http://")
    assert host not in page
    assert '<a class="button" href="feeds/world.ics" download>' in page
    assert '<a href="KH/">Cambodia</a>' in page


def test_the_index_links_come_from_the_configured_base_url_never_the_host_header():
    app = make_app(years=WINDOW, today=lambda: date(2024, 5, 1), base_url="https://days.example/")
    poisoned = app.respond({"PATH_INFO": "/", "HTTP_HOST": "evil.example"})
    page = poisoned.body.decode()
    assert "days.example/feeds/world.ics" in page
    assert "evil.example" not in page
    assert app.respond({"PATH_INFO": "/", "HTTP_HOST": "other.example"}) is poisoned


def test_an_http_base_url_is_not_turned_into_https():
    app = make_app(years=WINDOW, today=lambda: date(2024, 5, 1), base_url="http://127.0.0.1:8000")
    page = app.respond({"PATH_INFO": "/"}).body.decode()
    assert "http://127.0.0.1:8000/feeds/world.ics" in page
    assert "https://127.0.0.1" not in page


def test_sixteen_threads_get_the_same_bytes_as_one(server):
    paths = [
        f"/feeds/{name}.{lang}.ics"
        for name in ("world", "KH", "CN", "DE", "child-labour", "africa", "TH", "KR")
        for lang in ("km", "fr")
    ]
    single = {path: fetch(server + path)[2] for path in paths}
    with ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(lambda p: (p, fetch(server + p)[2]), paths * 4))
    assert all(body == single[path] for path, body in results)
    assert len(set(single.values())) == len(paths)


def test_feeds_are_built_once_and_then_served_from_memory():
    app = make_app(years=WINDOW)
    first = app.respond({"PATH_INFO": "/feeds/KH.ics"})
    second = app.respond({"PATH_INFO": "/feeds/KH.ics"})
    assert first is second


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_IF_MODIFIED_SINCE": "Mon, 99999999999999999999 Jan 2024 00:00:00 GMT"},
        {"HTTP_IF_MODIFIED_SINCE": "Mon, 01 Jan 99999 00:00:00 GMT"},
        {"HTTP_IF_MODIFIED_SINCE": "\x00\x1b[2J"},
        {"HTTP_IF_MODIFIED_SINCE": ""},
        {"HTTP_IF_NONE_MATCH": ","},
        {"HTTP_HOST": "["},
        {"HTTP_HOST": "a" * 10_000},
        {"HTTP_HOST": "evil.example:99999999999"},
    ],
)
def test_bad_headers_are_ignored(headers):
    app = make_app(years=WINDOW, today=lambda: date(2024, 5, 1))
    for path in ("/", "/feeds/KH.ics", "/occurrences.json"):
        assert app.respond({"PATH_INFO": path, **headers}).status == "200 OK"


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("from=2000-01-01&to=2999-12-31", "to must follow from, within 20 years"),
        ("from=0001-01-01&to=9999-12-31", "to must follow from, within 20 years"),
        ("from=2024-01-01&to=2044-01-01", "to must follow from, within 20 years"),
        ("tag=childlabour", "unknown tag 'childlabour'; did you mean 'child-labour'?"),
        ("country=kh1", "unknown country 'kh1'; did you mean 'KH'?"),
        ("country=%C3%9F", "unknown country 'ß'"),
        ("country=%FF", "the query string is malformed or too long"),
        ("lang=kmm", "unknown lang 'kmm'; did you mean 'km'?"),
        ("&".join(f"tag=t{n}" for n in range(21)), "the query string is malformed or too long"),
    ],
)
def test_bad_queries_get_400_with_a_hint(query, message):
    app = make_app(years=WINDOW, today=lambda: date(2024, 5, 1))
    response = app.respond({"PATH_INFO": "/occurrences.json", "QUERY_STRING": query})
    assert (response.status, response.body.decode()) == ("400 Bad Request", message + "\n")
    assert len(app.cache) == 0


def test_a_window_of_twenty_years_is_answered():
    app = make_app(years=WINDOW, today=lambda: date(2024, 5, 1))
    query = "from=2024-01-01&to=2043-12-31&country=KH"
    response = app.respond({"PATH_INFO": "/occurrences.json", "QUERY_STRING": query})
    assert response.status == "200 OK"


def test_the_cache_stays_bounded_under_distinct_requests():
    app = make_app(years=WINDOW, cache_entries=16, cache_bytes=400_000)
    for day in range(1, 200):
        query = (
            f"from=2024-01-01&to=2024-{1 + day % 12:02d}-{1 + day % 28:02d}&lang="
            + (
                "en",
                "km",
                "fr",
            )[day % 3]
        )
        assert app.respond({"PATH_INFO": "/occurrences.json", "QUERY_STRING": query}).status == (
            "200 OK"
        )
        assert len(app.cache) <= 16
        assert app.cache.size <= 400_000


def test_the_cache_keeps_the_most_recently_used():
    app = make_app(years=WINDOW, cache_entries=2)
    kh = app.respond({"PATH_INFO": "/feeds/KH.ics"})
    app.respond({"PATH_INFO": "/feeds/TH.ics"})
    assert app.respond({"PATH_INFO": "/feeds/KH.ics"}) is kh
    app.respond({"PATH_INFO": "/feeds/CN.ics"})
    assert app.respond({"PATH_INFO": "/feeds/KH.ics"}) is kh
    assert app.respond({"PATH_INFO": "/feeds/TH.ics"}) is not None
    assert len(app.cache) == 2


def test_a_body_larger_than_the_cache_is_served_and_not_kept():
    app = make_app(years=WINDOW, cache_bytes=1_000)
    assert app.respond({"PATH_INFO": "/feeds/world.ics"}).status == "200 OK"
    assert len(app.cache) == 0


def test_a_cached_feed_is_served_without_selecting_again():
    app = make_app(years=WINDOW)
    first = app.respond({"PATH_INFO": "/feeds/KH.ics"})

    class Refusing:
        def select(self, name):
            raise AssertionError("select called for a cached feed")

    app._catalog = Refusing()
    assert app.respond({"PATH_INFO": "/feeds/KH.ics"}) is first


def test_unknown_feeds_are_not_cached():
    app = make_app(years=WINDOW)
    for n in range(50):
        assert app.respond({"PATH_INFO": f"/feeds/nothing-{n}.ics"}).status == "404 Not Found"
    assert len(app.cache) == 0


@pytest.mark.parametrize(
    "path", ["/feeds/../x.ics", "/feeds/KH.ics\x00", "/feeds/KH..ics", "/\x1b"]
)
def test_odd_paths_are_404(path):
    app = make_app(years=WINDOW)
    assert app.respond({"PATH_INFO": path}).status == "404 Not Found"


def test_an_echoed_value_is_cut_short():
    app = make_app(years=WINDOW)
    response = app.respond(
        {"PATH_INFO": "/occurrences.json", "QUERY_STRING": "lang=" + "x" * 1_000_000}
    )
    assert response.status == "400 Bad Request"
    assert response.body == b"unknown lang '" + b"x" * 56 + b"...\n"
    assert len(app.respond({"PATH_INFO": "/" + "y" * 1_000_000}).body) < 100
