"""Compile the built-in TOML data into ``data/builtin.json`` (validated by the pydantic models).

Run ``python -m childdays.build_data`` after editing a file under ``src/childdays/data/``;
``python -m childdays.build_data --check`` exits 1 when the compiled file is stale.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from childdays.errors import DataError, Problem
from childdays.loader import (
    BUILTIN_COMPILED,
    REGIONS_FILE,
    builtin_source_dir,
    data_files,
    validate_data,
    validate_regions,
)
from childdays.loader import _parse as parse_file
from childdays.loader import _read_text as read_text

FORMAT_VERSION = 1


def compiled_text(folder: Path) -> str:
    """The compiled JSON text of every TOML file in ``folder``."""
    observances: list[dict[str, Any]] = []
    problems: list[Problem] = []
    regions: dict[str, Any] = {}
    for path in data_files(folder):
        if path.suffix != ".toml":
            continue
        if path.name == REGIONS_FILE:
            regions = validate_regions(parse_file(path, read_text(path)), origin=path.name)
            continue
        name = f"{folder.name}/{path.relative_to(folder)}"
        try:
            observances.extend(validate_data(parse_file(path, read_text(path)), origin=name))
        except DataError as exc:
            problems.extend(exc.problems)
    if problems:
        raise DataError(problems)
    observances.sort(key=lambda item: item["id"])
    document = {"format": FORMAT_VERSION, "observances": observances, "regions": regions}
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` verify) the compiled built-in data."""
    parser = argparse.ArgumentParser(prog="python -m childdays.build_data")
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args(argv)
    folder = builtin_source_dir()
    target = folder / BUILTIN_COMPILED
    try:
        text = compiled_text(folder)
    except DataError as exc:
        print(exc, file=sys.stderr)
        return 1
    current = target.read_text("utf-8") if target.exists() else ""
    if args.check:
        if current != text:
            print(f"{target} is stale: run python -m childdays.build_data", file=sys.stderr)
            return 1
        return 0
    if current != text:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".builtin-", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, target)
    print(f"{target}: {text.count(chr(10))} lines")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
