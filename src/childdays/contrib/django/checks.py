"""Django system checks of the ``CHILDDAYS`` setting (``manage.py check``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, register

import childdays
from childdays.contrib.django.conf import DEFAULTS, raw
from childdays.i18n import LANGUAGES


def _error(number: int, message: str, hint: str | None = None) -> Error:
    return Error(message, hint=hint, obj="settings.CHILDDAYS", id=f"childdays.E{number:03d}")


def _check_data(value: Any) -> list[Error]:
    paths = [value] if isinstance(value, str) else value
    if not isinstance(paths, list | tuple) or not all(isinstance(p, str) for p in paths):
        return [_error(2, f"DATA must be a list of file or folder paths, not {value!r}")]
    if not paths:
        return []
    try:
        childdays.catalog().merge(childdays.load(*paths))
    except childdays.DataError as exc:
        return [
            _error(
                3, f"DATA: {problem}", "fix the data file; `childdays validate FILE` shows the same"
            )
            for problem in exc.problems
        ]
    return []


def _check_countries(value: Any) -> list[Error]:
    if value is None:
        return []
    if not isinstance(value, list | tuple) or not all(isinstance(c, str) for c in value):
        return [_error(5, f"COUNTRIES must be a list of country codes or None, not {value!r}")]
    known = set(childdays.catalog().countries())
    return [
        _error(
            6,
            f"COUNTRIES: {code!r} is not a country childdays knows",
            "use ISO 3166-1 alpha-2 codes such as 'KH'; `childdays list` shows them",
        )
        for code in value
        if code.upper() not in known
    ]


def _check_positive(key: str, value: Any, *, allow_zero: bool) -> list[Error]:
    lowest = 0 if allow_zero else 1
    if isinstance(value, bool) or not isinstance(value, int) or value < lowest:
        return [_error(8, f"{key} must be a whole number >= {lowest}, not {value!r}")]
    return []


def check_settings(given: dict[str, Any], caches: Sequence[str]) -> list[Error]:
    """The problems in a ``CHILDDAYS`` dict (``caches``: the configured cache aliases)."""
    errors = [
        _error(1, f"unknown key {key!r}", f"the keys are {', '.join(DEFAULTS)}")
        for key in sorted(set(given) - set(DEFAULTS))
    ]
    errors += _check_data(given.get("DATA", []))
    lang = given.get("LANGUAGE", "en")
    if lang not in LANGUAGES:
        errors.append(
            _error(
                4,
                f"LANGUAGE {lang!r} is not a language childdays speaks",
                f"one of {', '.join(LANGUAGES)}",
            )
        )
    errors += _check_countries(given.get("COUNTRIES"))
    base = given.get("BASE_URL")
    if base is not None:
        parts = urlsplit(base) if isinstance(base, str) else None
        if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
            errors.append(
                _error(
                    7,
                    f"BASE_URL must be an absolute http(s) URL, not {base!r}",
                    "e.g. 'https://example.org' (used for subscribe links)",
                )
            )
    for key in ("YEARS_BACK", "YEARS_AHEAD"):
        errors += _check_positive(key, given.get(key, DEFAULTS[key]), allow_zero=True)
    errors += _check_positive(
        "CACHE_SECONDS", given.get("CACHE_SECONDS", DEFAULTS["CACHE_SECONDS"]), allow_zero=True
    )
    alias = given.get("CACHE", DEFAULTS["CACHE"])
    if alias not in caches:
        errors.append(
            _error(
                9,
                f"CACHE {alias!r} is not in settings.CACHES",
                f"one of {', '.join(caches) or 'none configured'}",
            )
        )
    return errors


@register(Tags.compatibility)
def childdays_settings(app_configs: Any = None, **kwargs: Any) -> list[Error]:
    """Check ``settings.CHILDDAYS``."""
    value = getattr(settings, "CHILDDAYS", {})
    if not isinstance(value, dict):
        return [_error(0, f"CHILDDAYS must be a dict, not {type(value).__name__}")]
    caches = list(getattr(settings, "CACHES", {"default": {}}) or {"default": {}})
    return check_settings(raw(), caches)
