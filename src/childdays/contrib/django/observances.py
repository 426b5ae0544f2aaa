"""The site's catalog: the built-in one, the files of ``CHILDDAYS["DATA"]`` and the admin's rows.

Rows are validated by :func:`childdays.load` (each written as a JSON data file to a temporary
folder), so they obey exactly the rules of data files. The merged catalog is cached per process
and rebuilt when the rows change (their count, newest change and newest id are compared on
each use: one small query).
"""

from __future__ import annotations

import json
import logging
import tempfile
import threading
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from django.core.exceptions import NON_FIELD_ERRORS

import childdays
from childdays.contrib.django.conf import config
from childdays.contrib.django.models import CustomObservance

logger = logging.getLogger("childdays.contrib.django")

_lock = threading.Lock()
_cached: tuple[object, childdays.Catalog] | None = None


@lru_cache(maxsize=8)
def _files_catalog(paths: tuple[str, ...]) -> childdays.Catalog:
    base = childdays.catalog()
    return base.merge(childdays.load(*paths)) if paths else base


def base_catalog() -> childdays.Catalog:
    """The built-in catalog merged with the files of ``CHILDDAYS["DATA"]``."""
    return _files_catalog(config().data)


def load_rows(rows: Iterable[CustomObservance]) -> childdays.Catalog:
    """Rows -> a catalog, through :func:`childdays.load`; raises :class:`childdays.DataError`."""
    with tempfile.TemporaryDirectory(prefix="childdays-") as folder:
        paths = []
        for row in rows:
            path = Path(folder) / f"{row.observance_id or 'observance'}.json"
            path.write_text(json.dumps(row.as_data(), ensure_ascii=False), encoding="utf-8")
            paths.append(path)
        return childdays.load(*paths)


#: Where a problem's field goes on the form (the first matching prefix wins).
_FIELDS = (
    ("names.", "name_"),
    ("schedule[0].rule", "rule"),
    ("schedule[0].since", "since"),
    ("schedule[0].until", "until"),
    ("schedule", "rule"),
    ("announced", "dates"),
    ("sources", "sources"),
    ("descriptions", "description_en"),
    ("first_year", "first_year"),
    ("established", "established"),
    ("tags", "tags"),
    ("scope", "scope"),
    ("label", "label"),
    ("duration", "duration"),
    ("url", "url"),
    ("id", "observance_id"),
)


def form_field(field: str) -> str:
    """The model field a data-format field is edited in.

    >>> form_field("names.km"), form_field("schedule[0].rule"), form_field("sources[1].url")
    ('name_km', 'rule', 'sources')
    """
    for prefix, target in _FIELDS:
        if field.startswith(prefix):
            if target == "name_":
                lang = field.removeprefix(prefix).split(".")[0]
                return f"name_{lang}" if hasattr(CustomObservance, f"name_{lang}") else "name_en"
            return target
    if field == "names":
        return "name_en"
    return str(NON_FIELD_ERRORS)


def problem_text(problem: childdays.Problem) -> str:
    """A problem as ``childdays validate`` words it, without the (temporary) file name."""
    return ": ".join(part for part in (problem.field, problem.value, problem.message) if part)


def validate(row: CustomObservance) -> dict[str, list[str]]:
    """The problems of one row by form field (empty when it is valid)."""
    try:
        loaded = load_rows([row])
        base_catalog().merge(loaded)
    except childdays.DataError as exc:
        found: dict[str, list[str]] = {}
        for problem in exc.problems:
            found.setdefault(form_field(problem.field), []).append(problem_text(problem))
        return found
    return {}


def _version() -> object:
    rows = CustomObservance.objects.order_by("pk").values_list(
        "pk", "observance_id", "revision", "updated"
    )
    return (config().data, tuple(rows))


def site_catalog() -> childdays.Catalog:
    """The catalog every feed, page and tag of the site shows (cached; rebuilt on change).

    A row that no longer merges (e.g. a data file added later took its id) is left out
    and logged, so that the site keeps answering.
    """
    global _cached
    version = _version()
    with _lock:
        if _cached is not None and _cached[0] == version:
            return _cached[1]
    catalog = base_catalog()
    for row in CustomObservance.objects.all():
        try:
            catalog = catalog.merge(load_rows([row]))
        except childdays.DataError as exc:
            logger.error("custom observance %s left out: %s", row.observance_id, exc)
    with _lock:
        _cached = (version, catalog)
    return catalog


def version_key() -> str:
    """A short key that changes whenever the site's catalog does (for cache keys)."""
    import hashlib

    return hashlib.sha256(repr(_version()).encode()).hexdigest()[:16]
