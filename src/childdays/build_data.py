"""Compile the built-in TOML data into ``data/builtin*.json`` (validated by the pydantic models).

Run ``python -m childdays.build_data`` after editing a file under ``src/childdays/data/``;
``python -m childdays.build_data --check`` exits 1 when the compiled file is stale. It also
writes ``_frozen_inits.py``, the frozen classes' ``__init__`` compiled ahead
(:func:`childdays.frozen.precompiled_source`).

Internal module (docs/api.md): not part of the public API.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from childdays import frozen
from childdays.checks import Entry, check_consistency, entries_of
from childdays.errors import DataError, Problem
from childdays.loader import (
    BUILTIN_COMPILED,
    BUILTIN_DETAILS,
    REGIONS_FILE,
    builtin_source_dir,
    data_files,
    read_data_file,
    validate_data,
    validate_regions,
)
from childdays.output import write_atomically
from childdays.records import ObservanceCore, json_fields

#: 2: the core file stores each default once (``defaults``) and leaves it out of the records.
FORMAT_VERSION = 2


#: The fields the core file keeps: those of the core record (dates, editions, titles, queries).
CORE_FIELDS = json_fields(ObservanceCore)


def core_defaults() -> dict[str, dict[str, Any]]:
    """The defaults of the core fields, in JSON form, from the models (their one declaration).

    ``""`` holds the observance's own; a field of entries (``schedule``, ``announced``, ...)
    holds its entries' under the field's name.
    """
    from childdays.model import ObservanceFile, entry_model

    def defaults(model: Any, names: Iterable[str]) -> dict[str, Any]:
        optional = [name for name in names if not model.model_fields[name].is_required()]
        found: dict[str, Any] = model.model_construct().model_dump(
            mode="json", include=set(optional)
        )
        return {name: found[name] for name in optional}

    table = {"": defaults(ObservanceFile, CORE_FIELDS)}
    for name in CORE_FIELDS:
        entry = entry_model(ObservanceFile.model_fields[name].annotation)
        if entry is not None:
            table[name] = defaults(entry, entry.model_fields)
    return table


def _without(item: dict[str, Any], defaults: dict[str, Any]) -> dict[str, Any]:
    return {
        name: value
        for name, value in item.items()
        if name not in defaults or defaults[name] != value
    }


def _core(item: dict[str, Any], table: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The core fields of ``item`` without the values equal to their defaults."""
    core = {}
    for name in CORE_FIELDS:
        value = item[name]
        entry = table.get(name)
        if entry is not None and isinstance(value, list):
            value = [_without(one, entry) for one in value]
        elif entry is not None and isinstance(value, dict):
            value = {key: _without(one, entry) for key, one in value.items()}
        core[name] = value
    return _without(core, table[""])


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def compiled_texts(folder: Path) -> dict[str, str]:
    """The compiled files of every TOML file in ``folder``: file name -> text.

    ``builtin.json`` holds what the first ``catalog()`` needs (dates, editions, names) and the
    regions; ``builtin-details.json`` the full validated records, read only when something asks
    for sources, themes or notes. Both are compact, one observance a line (for diffs).
    """
    observances: list[dict[str, Any]] = []
    problems: list[Problem] = []
    regions: dict[str, Any] = {}
    entries: list[Entry] = []
    for path in data_files(folder):
        if path.suffix != ".toml":
            continue
        if path.name == REGIONS_FILE:
            regions = validate_regions(read_data_file(path), origin=path.name)
            continue
        name = f"{folder.name}/{path.relative_to(folder)}"
        raw = read_data_file(path)
        try:
            found = validate_data(raw, origin=name)
        except DataError as exc:
            problems.extend(exc.problems)
            continue
        observances.extend(found)
        entries.extend(entries_of(raw, found, file=name))
    if not problems:
        members = {region: entry["members"] for region, entry in regions.items()}
        problems.extend(check_consistency(entries, members))
    if problems:
        raise DataError(problems)
    observances.sort(key=lambda item: item["id"])
    table = core_defaults()
    core = ",\n".join(_dump(_core(item, table)) for item in observances)
    full = ",\n".join(f"{_dump(item['id'])}:{_dump(item)}" for item in observances)
    return {
        BUILTIN_COMPILED: (
            f'{{"format":{FORMAT_VERSION},"defaults":{_dump(table)},\n'
            f'"regions":{_dump(regions)},\n'
            f'"observances":[\n{core}\n]}}\n'
        ),
        BUILTIN_DETAILS: f'{{"format":{FORMAT_VERSION},"observances":{{\n{full}\n}}}}\n',
    }


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` verify) the compiled built-in data."""
    parser = argparse.ArgumentParser(prog="python -m childdays.build_data")
    parser.add_argument("--check", action="store_true", help="exit 1 if a file is stale")
    args = parser.parse_args(argv)
    folder = builtin_source_dir()
    try:
        texts = compiled_texts(folder)
    except DataError as exc:
        print(exc, file=sys.stderr)
        return 1
    targets = {folder / name: text for name, text in texts.items()}
    targets[Path(frozen.__file__).with_name("_frozen_inits.py")] = frozen.precompiled_source()
    stale = 0
    for target, text in targets.items():
        current = target.read_text("utf-8") if target.exists() else ""
        if current == text:
            continue
        stale += 1
        if args.check:
            print(f"{target} is stale: run python -m childdays.build_data", file=sys.stderr)
        else:
            write_atomically(target, text.encode("utf-8"))
            print(f"{target}: {text.count(chr(10))} lines")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
