"""The public API is what `__all__` and docs/api.md promise, and nothing else."""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path

import pytest

import childdays

API_PAGE = (Path(__file__).parent.parent / "docs" / "api.md").read_text("utf-8")
PUBLIC_MODULES = [
    "childdays",
    "childdays.ical",
    "childdays.export",
    "childdays.links",
    "childdays.web",
    "childdays.site",
    "childdays.pages",
    "childdays.texts",
    "childdays.i18n",
]
INTERNAL_MODULES = [
    "model",
    "records",
    "loader",
    "checks",
    "schedule",
    "editions",
    "rules",
    "errors",
    "frozen",
    "output",
    "observances",
    "cli",
]


def _public(module_name: str) -> list[tuple[str, object]]:
    module = importlib.import_module(module_name)
    return [(name, getattr(module, name)) for name in module.__all__]


@pytest.mark.parametrize("module_name", PUBLIC_MODULES)
def test_every_public_name_exists_has_a_docstring_and_is_documented(module_name):
    for name, value in _public(module_name):
        if inspect.isclass(value) or inspect.isfunction(value):
            assert (value.__doc__ or "").strip(), f"{module_name}.{name} has no docstring"
        assert re.search(rf"`[^`]*\b{re.escape(name)}\b[^`]*`", API_PAGE), (
            f"{module_name}.{name} is not in docs/api.md"
        )


@pytest.mark.parametrize("module_name", PUBLIC_MODULES[1:])
def test_a_public_module_exports_every_function_and_class_it_defines(module_name):
    module = importlib.import_module(module_name)
    defined = {
        name
        for name, value in vars(module).items()
        if not name.startswith("_")
        and (inspect.isclass(value) or inspect.isfunction(value))
        and value.__module__ == module_name
    }
    assert defined <= set(module.__all__)


def test_the_api_page_names_no_internal_module():
    named = set(re.findall(r"childdays\.([a-z_0-9]+)", API_PAGE))
    assert named & set(INTERNAL_MODULES) == set()
    allowed = {m.removeprefix("childdays.") for m in PUBLIC_MODULES} | set(childdays.__all__)
    assert named - allowed == {"__all__", "build_data", "contrib"}


def test_the_top_level_names():
    assert childdays.__all__ == [
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


def test_the_types_public_methods_return_are_public(cat):
    icd = cat["international-childrens-day"]
    assert type(icd.record) is childdays.ObservanceRecord
    assert type(icd.sources[0]) is childdays.SourceRecord
    assert type(icd.recurrence(2020, 2030)) is childdays.Recurrence
    assert type(icd.recurrence(2020, 2030).series[0]) is childdays.Series
    kh = cat.for_country("KH")["international-childrens-day"]
    assert type(kh.ceremony(2024, "KH")) is childdays.CeremonyRecord


def test_the_examples_use_only_the_public_api():
    examples = Path(__file__).parent.parent / "examples"
    for path in sorted(examples.glob("*.py")):
        imported = re.findall(r"(?:from|import) childdays\.([a-z_0-9]+)", path.read_text("utf-8"))
        public = {m.removeprefix("childdays.") for m in PUBLIC_MODULES} | {"contrib"}
        assert set(imported) <= public, path.name
