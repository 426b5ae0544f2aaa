"""A cached response costs the same work whatever the size of the catalog (issue 18).

Not timed: the work of a request is counted, as the Python and C function calls it makes
(``sys.setprofile``), and the catalog's own methods are watched by a counting spy.
"""

from __future__ import annotations

import dataclasses
import sys
from collections import Counter
from typing import Any

import pytest

import childdays
from childdays.loader import without_cyclic_gc
from childdays.observances import Catalog, Observance
from childdays.web import FeedApp, make_app

WINDOW = (2024, 2026)
#: The countries of the invented observances after the first, which is Cambodia's: the feeds
#: asked for (Cambodia's) stay one observance long whatever the size of the catalog.
OTHERS = ("VN", "TH", "FR", "BR", "KE")


def invented_catalog(size: int) -> Catalog:
    """``size`` invented national observances: the first Cambodia's, the others in turn."""
    base = childdays.catalog()["world-day-against-child-labour"].record
    rules: dict[str, Any] = {}
    return without_cyclic_gc(
        lambda: Catalog(
            Observance(
                dataclasses.replace(
                    base,
                    id=f"invented-day-{n}",
                    scope="KH" if n == 0 else OTHERS[n % len(OTHERS)],
                    same_as=None,
                ),
                rules=rules,
            )
            for n in range(size)
        )
    )


@pytest.fixture(scope="module")
def apps() -> dict[int, FeedApp]:
    return {size: make_app(invented_catalog(size), years=WINDOW) for size in (100, 100_000)}


def calls_made(app: FeedApp, environ: dict[str, str]) -> int:
    """The function calls answering ``environ`` makes (Python and C), counted by a profile hook."""
    counted: Counter[str] = Counter()

    def hook(frame: Any, event: str, arg: Any) -> None:
        if event in ("call", "c_call"):
            counted[event] += 1

    sys.setprofile(hook)
    try:
        app.respond(environ)
    finally:
        sys.setprofile(None)
    return counted.total()


def requests(app: FeedApp) -> dict[str, dict[str, str]]:
    feed = app.respond({"PATH_INFO": "/feeds/KH.ics"})
    day = "/occurrences.json"
    app.respond({"PATH_INFO": day, "QUERY_STRING": "from=2024-06-01&to=2024-06-01&country=KH"})
    return {
        "cached feed": {"PATH_INFO": "/feeds/KH.ics"},
        "304": {"PATH_INFO": "/feeds/KH.ics", "HTTP_IF_NONE_MATCH": str(feed.etag)},
        "cached occurrences": {
            "PATH_INFO": day,
            "QUERY_STRING": "from=2024-06-01&to=2024-06-01&country=KH",
        },
    }


def test_a_cached_request_makes_the_same_calls_for_100_and_100_000_observances(apps):
    small, large = apps[100], apps[100_000]
    assert (len(small._catalog), len(large._catalog)) == (100, 100_000)
    asked_small, asked_large = requests(small), requests(large)
    for kind, environ in asked_small.items():
        assert calls_made(small, environ) == calls_made(large, asked_large[kind]), kind


def test_a_cached_request_selects_nothing_and_computes_no_occurrence(apps, monkeypatch):
    app = apps[100_000]
    asked = requests(app)
    spied: Counter[str] = Counter()
    for cls, name in [
        (Catalog, "select"),
        (Catalog, "for_country"),
        (Catalog, "filter"),
        (Catalog, "occurrences"),
        (Catalog, "countries"),
        (Catalog, "tags"),
        (Catalog, "__iter__"),
        (Observance, "occurrence"),
    ]:
        real = getattr(cls, name)

        def spy(*args: Any, _real: Any = real, _name: str = name, **kwargs: Any) -> Any:
            spied[_name] += 1
            return _real(*args, **kwargs)

        monkeypatch.setattr(cls, name, spy)
    statuses = [app.respond(environ).status for environ in asked.values()]
    assert statuses == ["200 OK", "304 Not Modified", "200 OK"]
    assert spied == Counter()


def test_countries_and_tags_are_worked_out_once_per_catalog(monkeypatch):
    catalog = invented_catalog(50)
    assert (catalog.countries(), catalog.tags()) == (sorted(["KH", *OTHERS]), [])
    looked: Counter[str] = Counter()
    real = Observance.scope

    def scope(self: Observance) -> str:
        looked["scope"] += 1
        return real.fget(self)  # type: ignore[attr-defined, no-any-return]

    monkeypatch.setattr(Observance, "scope", property(scope))
    catalog.countries().append("ZZ")  # a caller's copy: the catalog's answer stays
    assert (catalog.countries(), catalog.tags()) == (sorted(["KH", *OTHERS]), [])
    assert looked["scope"] == 0
