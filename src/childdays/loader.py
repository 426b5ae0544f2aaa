"""Data files and folders -> validated records, with errors that name file, field and value.

User files (TOML or JSON) always go through the pydantic models of :mod:`childdays.model`.
The built-in data is validated when it is compiled (``python -m childdays.build_data``) and read
back here from its compiled JSON files without pydantic.

Every failure to load a file is a :class:`DataError` whose lines name the file, the field and
the value: a file is read only up to its limit and only if it is a regular file (a device or a
FIFO is refused, never read), and data nested deeper than any observance can be is refused
before it reaches a parser's or validator's recursion.
"""

from __future__ import annotations

import gc
import json
import os
import stat
from collections.abc import Callable, Iterable

from childdays.errors import DataError, FieldError, Problem, show_value
from childdays.records import ObservanceCore, ObservanceRecord, record_from_json

TYPE_CHECKING = False  # typing is not imported at run time (cold start)
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any, Protocol, TypeVar

    from pydantic import ValidationError

    _Built = TypeVar("_Built")

    class _Record(Protocol):
        @property
        def id(self) -> str: ...
        @property
        def scope(self) -> str: ...
        @property
        def same_as(self) -> str | None: ...
        @property
        def origin(self) -> str: ...


#: The largest data file read, in bytes.
MAX_FILE_BYTES = 1_000_000
#: The deepest nesting of tables and arrays a data file may have (an observance needs four).
MAX_NESTING = 16
#: The suffixes read from a folder.
DATA_SUFFIXES = (".toml", ".json")
BUILTIN_COMPILED = "builtin.json"
#: The full records of the built-in data, read on first need.
BUILTIN_DETAILS = "builtin-details.json"
#: The built-in data folder (installed with the package); a plain path, so that reading the
#: built-in data needs no :mod:`pathlib`.
DATA_DIR = os.path.join(os.path.dirname(__file__), "data")
#: The file of region memberships in a data folder (not an observance).
REGIONS_FILE = "regions.toml"


def without_cyclic_gc(build: Callable[[], _Built]) -> _Built:
    """``build()`` with the cyclic garbage collector paused (and restored as it was).

    Building a catalog allocates hundreds of thousands of containers and no cycles; the
    collector would walk every object built so far again and again, which makes loading grow
    faster than the number of observances.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return build()
    finally:
        if was_enabled:
            gc.enable()


def same_as_problems(
    records: Iterable[_Record], *, blame: Iterable[str] | None = None
) -> list[Problem]:
    """What would make a national record vanish when it is folded (``same_as``).

    ``same_as`` must name a worldwide or regional observance, and a country may fold only one
    record into it. ``blame`` limits the problems to these ids (the ones just loaded).
    """
    by_id = {record.id: record for record in records}
    blamed = set(blame) if blame is not None else set(by_id)
    folded: dict[tuple[str, str], _Record] = {}
    problems = []
    for record in by_id.values():
        target = by_id.get(record.same_as) if record.same_as else None
        if target is None:
            continue
        if len(target.scope) == 2:
            if record.id in blamed:
                problems.append(
                    Problem(
                        record.origin,
                        "same_as",
                        repr(record.same_as),
                        f"(of {record.id!r}) is a national record ({target.scope}); same_as "
                        "names a worldwide or regional observance",
                    )
                )
            continue
        earlier = folded.setdefault((record.scope, target.id), record)
        if earlier is not record and (record.id in blamed or earlier.id in blamed):
            problems.append(
                Problem(
                    record.origin,
                    "same_as",
                    repr(record.same_as),
                    f"(of {record.id!r}): {earlier.id!r} ({earlier.origin}) is already "
                    f"{record.scope}'s record of that day; a country folds one record into it",
                )
            )
    return problems


def _field_path(loc: Iterable[int | str]) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif part == "[key]":
            continue
        else:
            path += f".{part}" if path else str(part)
    return path


def _problems_from_validation(file: str, error: ValidationError) -> list[Problem]:
    problems = []
    for detail in error.errors(include_url=False):
        field = _field_path(detail["loc"])
        cause = detail.get("ctx", {}).get("error")
        if isinstance(cause, FieldError):
            field = f"{field}.{cause.field}" if field else cause.field
            problems.append(Problem(file, field, show_value(cause.value), cause.message))
            continue
        kind = detail["type"]
        if kind == "missing":
            problems.append(Problem(file, field, "", "is required but missing"))
            continue
        if kind == "extra_forbidden":
            message = "is not a known field"
        else:
            message = detail["msg"].removeprefix("Value error, ")
            if message[:1].isupper() and message[1:2].islower():
                message = message[0].lower() + message[1:]
        if "[key]" in detail["loc"]:
            message = f"key {message}"
        problems.append(Problem(file, field, show_value(detail["input"]), message))
    return problems


def _read_bytes(path: str | Path, name: str) -> bytes:
    """At most :data:`MAX_FILE_BYTES` + 1 bytes of a regular file; DataError otherwise."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused below)
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise DataError([Problem(name, "", "", f"cannot be read: {exc.strerror}")]) from None
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            raise DataError([Problem(name, "", "", "is not a regular file; expected a data file")])
        if info.st_size > MAX_FILE_BYTES:
            raise DataError(
                [
                    Problem(
                        name,
                        "",
                        f"{info.st_size} bytes",
                        f"is larger than {MAX_FILE_BYTES} bytes",
                    )
                ]
            )
        try:
            # The file's size plus one, not the limit: a 1 MB buffer per small file is costly
            # in a folder of thousands; a file that grew is read on up to the limit.
            raw = _read_up_to(handle, info.st_size + 1)
            if len(raw) > info.st_size:
                raw += _read_up_to(handle, MAX_FILE_BYTES + 1 - len(raw))
        except OSError as exc:
            raise DataError([Problem(name, "", "", f"cannot be read: {exc.strerror}")]) from None
    finally:
        os.close(handle)
    if len(raw) > MAX_FILE_BYTES:
        raise DataError(
            [Problem(name, "", f"over {MAX_FILE_BYTES} bytes", "grew while it was read")]
        )
    return raw


def _read_up_to(handle: int, size: int) -> bytes:
    """Up to ``size`` bytes from the file ``handle``, fewer only at its end."""
    chunks = []
    while size > 0:
        chunk = os.read(handle, size)
        if not chunk:
            break
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _read_text(path: str | Path, name: str) -> str:
    raw = _read_bytes(path, name)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(
            [Problem(name, "", f"byte {exc.start}", "is not UTF-8 (files must be UTF-8)")]
        ) from None
    if not text.strip():
        raise DataError([Problem(name, "", "", "is empty; expected an observance")])
    return text.removeprefix("\ufeff")


def read_data_file(path: Path) -> Any:
    """The parsed content of one TOML or JSON file, or :class:`DataError` naming the problem."""
    name = str(path)
    return _parse(name, _read_text(path, name))


def _parse(name: str, text: str) -> Any:
    is_json = _is_json(name)
    kind = "JSON" if is_json else "TOML"
    try:
        data = _parse_text(name, text, is_json=is_json)
    except RecursionError:
        data = None
    except DataError:
        raise
    except ValueError as exc:  # not a decode error: e.g. an integer of over 4,300 digits
        message = str(exc).split(";")[0]
        message = message[:1].lower() + message[1:]
        raise DataError([Problem(name, "", "", f"invalid {kind}: {message}")]) from None
    if data is None or (_may_nest_deeper(text) and _depth(data) > MAX_NESTING):
        raise DataError(
            [Problem(name, "", "", f"invalid {kind}: nested deeper than {MAX_NESTING} levels")]
        )
    return data


def _is_json(name: str) -> bool:
    """Whether the file ``name`` is JSON (its suffix as :attr:`pathlib.PurePath.suffix` has it)."""
    base = name.rpartition("/")[2]
    return base.endswith(".json") and base != ".json"


def _may_nest_deeper(text: str) -> bool:
    """Whether ``text`` could hold data nested deeper than :data:`MAX_NESTING` levels.

    Each container below the top table is opened by a ``[``, a ``{`` or a dotted key's ``.``;
    with the top table and the values in the deepest one, data is at most two levels deeper
    than the text has of them, so a text with few is shallow enough without walking its data.
    """
    return text.count("[") + text.count("{") + text.count(".") + 2 > MAX_NESTING


def _depth(data: Any) -> int:
    """The nesting depth of parsed data (a scalar is 1), level by level, without recursion."""
    level, containers = 1, [data]
    while containers and level <= MAX_NESTING:
        children: list[Any] = []
        for item in containers:
            if isinstance(item, dict):
                children.extend(item.values())
            elif isinstance(item, list):
                children.extend(item)
        if not children:
            break
        level += 1
        containers = [child for child in children if isinstance(child, (dict, list))]
    return level


def _unique_keys(name: str, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object; a key given twice is an error, as in TOML (JSON would keep the last)."""
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise DataError([Problem(name, key, "", "invalid JSON: the key appears twice")])
        found[key] = value
    return found


def _parse_text(name: str, text: str, *, is_json: bool) -> Any:
    if is_json:
        try:
            return json.loads(text, object_pairs_hook=lambda pairs: _unique_keys(name, pairs))
        except json.JSONDecodeError as exc:
            where = f"line {exc.lineno}, column {exc.colno}"
            raise DataError([Problem(name, where, "", f"invalid JSON: {exc.msg}")]) from None
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        where = ""
        if "(at " in message:
            message, _, where = message.rpartition(" (at ")
            where = where.rstrip(")")
        raise DataError([Problem(name, where, "", f"invalid TOML: {message}")]) from None


def validate_data(data: Any, *, origin: str) -> list[dict[str, Any]]:
    """Validate one file's raw data; return the JSON form of each observance in it.

    A file holds one observance (a table with ``id``), or several under ``[[observances]]``
    (a country with two days). Raises :class:`DataError` naming every problem.
    """
    from pydantic import ValidationError

    from childdays.model import ObservanceFile

    if not isinstance(data, dict):
        raise DataError(
            [Problem(origin, "", type(data).__name__, "expected a table (one observance)")]
        )
    if "observances" in data and "id" not in data:
        entries = data["observances"]
        if set(data) != {"observances"} or not isinstance(entries, list) or not entries:
            extra = ", ".join(sorted(set(data) - {"observances"})) or "observances"
            raise DataError(
                [
                    Problem(
                        origin,
                        extra,
                        "",
                        "a file with [[observances]] holds a non-empty list of observances "
                        "and nothing else",
                    )
                ]
            )
        items = [(f"observances[{index}]", entry) for index, entry in enumerate(entries)]
    else:
        items = [("", data)]
    results: list[dict[str, Any]] = []
    problems: list[Problem] = []
    for prefix, item in items:
        try:
            model = ObservanceFile.model_validate(item)
        except ValidationError as exc:
            for problem in _problems_from_validation(origin, exc):
                field = (
                    f"{prefix}.{problem.field}"
                    if prefix and problem.field
                    else (prefix or problem.field)
                )
                problems.append(Problem(problem.file, field, problem.value, problem.message))
            continue
        results.append(model.model_dump(mode="json"))
    if problems:
        raise DataError(problems)
    return results


def validate_regions(data: Any, *, origin: str) -> dict[str, Any]:
    """Validate a regions file; return region id -> {name, members, source, note}."""
    from pydantic import ValidationError

    from childdays.model import RegionsFile

    try:
        model = RegionsFile.model_validate({"regions": data})
    except ValidationError as exc:
        problems = _problems_from_validation(origin, exc)
        raise DataError(
            [
                Problem(p.file, p.field.removeprefix("regions."), p.value, p.message)
                for p in problems
            ]
        ) from None
    dumped: dict[str, Any] = model.model_dump(mode="json", exclude_defaults=True)["regions"]
    return dumped


def load_file(path: str | Path) -> list[ObservanceRecord]:
    """Read and validate one TOML or JSON data file (one or more observances)."""
    if isinstance(path, str):
        from pathlib import Path

        path = Path(path)
    name = str(path)
    data = _parse(name, _read_text(path, name))
    return [
        record_from_json(ObservanceRecord, item, origin=name)
        for item in validate_data(data, origin=name)
    ]


def _is_compiled(path: Path) -> bool:
    return path.name in (BUILTIN_COMPILED, BUILTIN_DETAILS) and (
        path.parent.resolve() == builtin_source_dir().resolve()
    )


def _parts(path: Path) -> tuple[str, ...]:
    return path.parts


def data_files(path: str | Path) -> list[Path]:
    """The data files at ``path``: the file itself, or a folder's ``*.toml``/``*.json``, sorted.

    Only the built-in data folder skips its compiled files; in any other folder a file named
    ``builtin.json`` is a data file like the others.
    """
    from pathlib import Path

    path = Path(path)
    try:
        if path.is_dir():
            return sorted(
                (
                    p
                    for p in path.rglob("*")
                    if p.suffix in DATA_SUFFIXES and p.is_file() and not _is_compiled(p)
                ),
                key=_parts,  # the order of the paths themselves, with one key made per path
            )
        if not path.exists():
            raise DataError([Problem(str(path), "", "", "does not exist")])
    except OSError as exc:  # a name too long, a folder that cannot be listed...
        raise DataError([Problem(str(path), "", "", f"cannot be read: {exc.strerror}")]) from None
    return [path]


def load_paths(
    paths: Iterable[str | Path],
) -> tuple[list[ObservanceRecord], dict[str, frozenset[str]]]:
    """Load every file below ``paths`` (observances, and ``regions.toml`` region memberships).

    Every problem of every file is reported in one :class:`DataError`, and nothing is loaded.
    """
    records: list[ObservanceRecord] = []
    regions: dict[str, frozenset[str]] = {}
    region_origins: dict[str, str] = {}
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for top in paths:
        try:
            files = data_files(top)
        except DataError as exc:
            problems.extend(exc.problems)
            continue
        for file in files:
            try:
                if file.name == REGIONS_FILE:
                    found = validate_regions(read_data_file(file), origin=str(file))
                    for region, entry in found.items():
                        if region in region_origins:
                            problems.append(
                                Problem(
                                    str(file), region, "", f"is also in {region_origins[region]}"
                                )
                            )
                        region_origins[region] = str(file)
                        regions[region] = frozenset(entry["members"])
                    continue
                loaded = load_file(file)
            except DataError as exc:
                problems.extend(exc.problems)
                continue
            for record in loaded:
                if record.id in seen:
                    problems.append(
                        Problem(str(file), "id", repr(record.id), f"is also in {seen[record.id]}")
                    )
                    continue
                seen[record.id] = str(file)
                records.append(record)
    problems += same_as_problems(records)
    if problems:
        raise DataError(problems)
    return records, regions


def _read_builtin_document() -> dict[str, Any]:
    with open(os.path.join(DATA_DIR, BUILTIN_COMPILED), "rb") as stream:
        document: dict[str, Any] = json.loads(stream.read())
    return document


def _read_builtin_details() -> dict[str, bytes]:
    """The details file, undecoded: observance id -> the JSON text of its whole record.

    The compiler writes one observance a line (``"id":{...},``), so one record is decoded
    without decoding the others: a feed of one country needs a tenth of them.
    """
    with open(os.path.join(DATA_DIR, BUILTIN_DETAILS), "rb") as stream:
        lines = stream.read().split(b"\n")
    details = {}
    for line in lines[1:]:
        if line.startswith(b'"'):
            key, _, value = line.partition(b'":')
            details[key[1:].decode("ascii")] = value.removesuffix(b",")
    return details


def builtin_details() -> dict[str, dict[str, Any]]:
    """The JSON form of every built-in observance's whole record, by id."""
    return {key: json.loads(value) for key, value in _read_builtin_details().items()}


def builtin_records() -> Callable[[str], ObservanceRecord]:
    """A function giving the whole read-only record of a built-in observance by id.

    The details file is read on its first call, once, and kept by the function alone (one per
    catalog, no process-wide cache); each record is decoded when it is asked for.
    """
    details: dict[str, bytes] = {}

    def record(observance_id: str) -> ObservanceRecord:
        if not details:
            details.update(_read_builtin_details())
        return record_from_json(ObservanceRecord, json.loads(details[observance_id]))

    return record


def _with_defaults(item: dict[str, Any], table: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A compiled core record made whole again: the defaults it leaves out put back.

    The compiled core file stores each default once (``defaults``: the observance's under
    ``""``, its entries' under the field's name), written from the models by the compiler.
    """
    whole = {**table[""], **item}
    for name, entry in table.items():
        if not name:
            continue
        value = whole[name]
        if isinstance(value, list):
            whole[name] = [{**entry, **one} for one in value]
        else:
            whole[name] = {key: {**entry, **one} for key, one in value.items()}
    return whole


def builtin_cores() -> tuple[list[ObservanceCore], dict[str, frozenset[str]]]:
    """The core records of the built-in observances and the built-in region memberships.

    Read afresh on every call (``childdays.catalog()`` caches its result): nothing handed out
    is shared.
    """
    document = _read_builtin_document()
    table: dict[str, dict[str, Any]] = document["defaults"]
    cores = [
        record_from_json(ObservanceCore, _with_defaults(item, table))
        for item in document["observances"]
    ]
    regions = {region: frozenset(entry["members"]) for region, entry in document["regions"].items()}
    return cores, regions


def builtin_region_names() -> dict[str, str]:
    """The built-in regions' English names: region id -> name (``"African Union"``)."""
    regions = _read_builtin_document()["regions"]
    return {region: str(entry.get("name", region)) for region, entry in regions.items()}


def builtin_source_dir() -> Path:
    """The folder of the built-in TOML sources."""
    from pathlib import Path

    return Path(DATA_DIR)
