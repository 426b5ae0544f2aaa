"""WSGI entry points for servers and Paste: the feed app of :mod:`childdays.web`, configured.

- gunicorn: ``gunicorn childdays.contrib.wsgi:application``
- uWSGI: ``uwsgi --http :8000 --module childdays.contrib.wsgi:application``
- waitress: ``waitress-serve --listen=127.0.0.1:8000 childdays.contrib.wsgi:application``
- Paste Deploy (e.g. beside Plone under ``paste.urlmap``)::

      [composite:main]
      use = egg:Paste#urlmap
      / = plone
      /calendar = childdays

      [app:childdays]
      use = egg:childdays
      data = /srv/days/our_observances.toml
      years = 2024 2036
      max_age = 3600

``application`` builds the app on its first request (nothing is read at import time); the
environment variables ``CHILDDAYS_DATA`` (paths separated by the OS path separator),
``CHILDDAYS_YEARS`` (``2024 2036``) and ``CHILDDAYS_MAX_AGE`` configure it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import childdays
from childdays.web import make_app

StartResponse = Callable[..., Any]
WSGIApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


def _years(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    parts = text.replace(",", " ").split()
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        raise ValueError(f"years must be two years such as '2024 2036', not {text!r}")
    first, last = int(parts[0]), int(parts[1])
    if last < first:
        raise ValueError(f"years: {last} is before {first}")
    return first, last


def build_app(
    *, data: Iterable[str] = (), years: str | None = None, max_age: str | int | None = None
) -> WSGIApp:
    """The feed app for the built-in catalog merged with the ``data`` files.

    >>> app = build_app(years="2024 2024")
    >>> app({"REQUEST_METHOD": "GET", "PATH_INFO": "/feeds/KH.km.ics"}, lambda *a: None) != []
    True
    """
    catalog = childdays.catalog()
    paths = [p for p in data if p]
    if paths:
        catalog = catalog.merge(childdays.load(*paths))
    age = int(max_age) if max_age not in (None, "") else 3600
    return make_app(catalog, years=_years(years), max_age=age)


def app_factory(global_conf: Mapping[str, Any], **local_conf: str) -> WSGIApp:
    """The Paste Deploy app factory.

    Use it as ``use = egg:childdays`` or ``use = call:childdays.contrib.wsgi:app_factory``.
    Options: ``data`` (paths separated by whitespace or new lines), ``years`` (``2024 2036``),
    ``max_age`` (seconds).
    """
    return build_app(
        data=local_conf.get("data", "").split(),
        years=local_conf.get("years"),
        max_age=local_conf.get("max_age"),
    )


class LazyApplication:
    """A WSGI app built from the environment variables on its first request."""

    def __init__(self) -> None:
        self._app: WSGIApp | None = None
        self._lock = threading.Lock()

    def _build(self) -> WSGIApp:
        with self._lock:
            if self._app is None:
                data = os.environ.get("CHILDDAYS_DATA", "")
                self._app = build_app(
                    data=data.split(os.pathsep) if data else (),
                    years=os.environ.get("CHILDDAYS_YEARS"),
                    max_age=os.environ.get("CHILDDAYS_MAX_AGE"),
                )
            return self._app

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        """Answer one WSGI request."""
        app = self._app or self._build()
        return app(environ, start_response)


#: The WSGI callable for gunicorn, uWSGI and waitress.
application = LazyApplication()

__all__ = ["LazyApplication", "app_factory", "application", "build_app"]
