"""childdays: child-protection observances with dates, editions, themes, names and feeds.

>>> import childdays
>>> childdays.catalog()["international-childrens-day"].edition(2024)
75
"""

from __future__ import annotations

from functools import lru_cache, partial

from childdays.errors import DataError, Problem, UnknownObservanceError
from childdays.observances import Catalog, Observance, Occurrence
from childdays.records import (
    AnnouncedRecord,
    CeremonyRecord,
    EditionRecord,
    EpochRecord,
    NotHeldRecord,
    ObservanceRecord,
    PublicHolidayRecord,
    SourceRecord,
    SpanRecord,
    ThemeRecord,
)
from childdays.schedule import Recurrence, Series

TYPE_CHECKING = False  # typing is not imported at run time (cold start)
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

    from childdays import ical as ical
    from childdays.rules import YearlyRule

__version__ = "0.1.0"

#: The public API: these names, and the modules ``childdays.ical``, ``childdays.export``,
#: ``childdays.links``, ``childdays.web``, ``childdays.site`` and ``childdays.i18n`` (their
#: ``__all__``). Every other module is internal (docs/api.md).
__all__ = [
    "AnnouncedRecord",
    "Catalog",
    "CeremonyRecord",
    "DataError",
    "EditionRecord",
    "EpochRecord",
    "NotHeldRecord",
    "Observance",
    "ObservanceRecord",
    "Occurrence",
    "Problem",
    "PublicHolidayRecord",
    "Recurrence",
    "Series",
    "SourceRecord",
    "SpanRecord",
    "ThemeRecord",
    "UnknownObservanceError",
    "__version__",
    "catalog",
    "load",
    "schema",
]


@lru_cache(maxsize=1)
def catalog() -> Catalog:
    """The built-in catalog (loaded once, then cached; it is immutable).

    >>> catalog()["world-day-against-child-labour"].edition(2024)
    23
    """
    from childdays.loader import builtin_cores, builtin_records

    cores, regions = builtin_cores()
    record = builtin_records()
    rules: dict[str, YearlyRule] = {}
    return Catalog(
        (Observance(core, details=partial(record, core.id), rules=rules) for core in cores),
        regions=regions,
    )


def load(*paths: str | Path) -> Catalog:
    """Load observances from TOML/JSON files or folders into a new catalog.

    A ``regions.toml`` among them gives region memberships (see the data format). Every file
    is validated; if any is bad, :class:`DataError` lists every problem (file, field,
    value) and nothing is loaded. Merge the result with :meth:`Catalog.merge`::

        cat = childdays.catalog().merge(childdays.load("my_observances.toml"))
    """
    from childdays.loader import load_paths, without_cyclic_gc

    def build() -> Catalog:
        records, regions = load_paths(paths)
        rules: dict[str, YearlyRule] = {}
        return Catalog((Observance(record, rules=rules) for record in records), regions=regions)

    return without_cyclic_gc(build)


def schema() -> dict[str, Any]:
    """The JSON Schema of the data file format."""
    from childdays.model import schema as model_schema

    return model_schema()


def __getattr__(name: str) -> Any:
    if name in ("ical", "export"):
        import importlib

        return importlib.import_module(f"childdays.{name}")
    raise AttributeError(f"module 'childdays' has no attribute {name!r}")
