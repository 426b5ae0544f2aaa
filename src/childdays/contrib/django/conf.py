"""The ``CHILDDAYS`` setting: one dict, read on use (so ``override_settings`` works)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings

from childdays.contrib.common import YEARS_AHEAD, YEARS_BACK

#: The keys of ``CHILDDAYS`` and their defaults.
DEFAULTS: dict[str, Any] = {
    "DATA": [],
    "LANGUAGE": "en",
    "BASE_URL": None,
    "COUNTRIES": None,
    "YEARS_BACK": YEARS_BACK,
    "YEARS_AHEAD": YEARS_AHEAD,
    "CACHE": "default",
    "CACHE_SECONDS": 3600,
}


@dataclass(frozen=True, slots=True)
class Config:
    """The effective settings: ``CHILDDAYS`` over :data:`DEFAULTS`."""

    data: tuple[str, ...]
    language: str
    base_url: str | None
    countries: tuple[str, ...] | None
    years_back: int
    years_ahead: int
    cache: str
    cache_seconds: int


def raw() -> dict[str, Any]:
    """``settings.CHILDDAYS`` as given (an empty dict when unset)."""
    value = getattr(settings, "CHILDDAYS", {})
    return value if isinstance(value, dict) else {}


def config() -> Config:
    """The effective settings (run the system checks to find mistakes in them)."""
    merged = {**DEFAULTS, **raw()}
    data = merged["DATA"]
    countries = merged["COUNTRIES"]
    return Config(
        data=(data,) if isinstance(data, str) else tuple(str(p) for p in data),
        language=str(merged["LANGUAGE"]),
        base_url=str(merged["BASE_URL"]).rstrip("/") if merged["BASE_URL"] else None,
        countries=tuple(str(c).upper() for c in countries) if countries is not None else None,
        years_back=int(merged["YEARS_BACK"]),
        years_ahead=int(merged["YEARS_AHEAD"]),
        cache=str(merged["CACHE"]),
        cache_seconds=int(merged["CACHE_SECONDS"]),
    )
