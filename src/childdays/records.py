"""Read-only runtime records of validated observance data, and the one way to build them.

The data format is declared once, with its constraints and defaults, by the pydantic models of
:mod:`childdays.model`; their JSON form (``model_dump(mode="json")``) is complete, every field
present. The records here are that form made read-only (tuples, :class:`~types.MappingProxyType`)
and typed for the runtime, built by :func:`record_from_json` alone, which reads the record's own
field list, so it needs no pydantic and holds no field names or defaults of its own. A test checks
that the models and the records name the same fields.

:class:`ObservanceCore` holds what dates, editions, titles and catalog queries need;
:class:`ObservanceRecord` adds the details (sources, themes, notes). The built-in data ships the
core of every observance in one small file and the details in another, read on first need.

Internal module (docs/api.md): the public names are re-exported by :mod:`childdays`.
"""

from collections.abc import Callable, Mapping
from datetime import date
from types import MappingProxyType

from childdays.frozen import field, frozen

TYPE_CHECKING = False  # typing is not imported at run time (cold start)
if TYPE_CHECKING:
    from typing import Any, TypeVar

    _Record = TypeVar("_Record")

#: Where the built-in data comes from (``origin`` of its records).
BUILTIN_ORIGIN = "<built-in>"


@frozen(kw_only=True)
class SourceRecord:
    """A source document: where a fact was read."""

    url: str
    title: str


@frozen(kw_only=True)
class SpanRecord:
    """A yearly RRULE and the years, inclusive, in which it applied (``until`` None = open)."""

    rule: str
    since: int
    until: int | None
    source: str | None
    note: str | None


@frozen(kw_only=True)
class AnnouncedRecord:
    """A date announced for one year."""

    year: int
    date: date
    edition: int | None
    source: str
    note: str | None


@frozen(kw_only=True)
class EditionRecord:
    """An edition number that a source gives for a year."""

    year: int
    edition: int
    source: str
    country: str | None
    note: str | None


@frozen(kw_only=True)
class NotHeldRecord:
    """A year in which the observance was not held."""

    year: int
    numbering_skips: bool
    source: str
    note: str | None


@frozen(kw_only=True)
class EpochRecord:
    """The year a jurisdiction counts as edition 1."""

    first_year: int
    source: str
    note: str | None


@frozen(kw_only=True)
class ThemeRecord:
    """The official theme of one year in one language (``country`` set for a national theme)."""

    year: int
    lang: str
    text: str
    source: str
    country: str | None
    translated: bool


@frozen(kw_only=True)
class PublicHolidayRecord:
    """Years, inclusive, in which the observance was a public holiday in a country."""

    country: str
    since: int
    until: int | None
    source: str
    note: str | None


@frozen(kw_only=True)
class CeremonyRecord:
    """A national ceremony with its own date and place."""

    country: str
    year: int
    date: date
    place: str | None
    source: str
    note: str | None


@frozen(kw_only=True)
class ObservanceCore:
    """What dates, editions, titles and catalog queries need of an observance."""

    id: str
    scope: str
    tags: tuple[str, ...]
    label: str
    names: Mapping[str, str]
    genders: Mapping[str, str]
    duration: int
    same_as: str | None
    updated: date | None
    first_year: int | None
    established: int | None
    date_set_yearly: bool
    schedule: tuple[SpanRecord, ...]
    announced: tuple[AnnouncedRecord, ...]
    not_held: tuple[NotHeldRecord, ...]
    epochs: Mapping[str, EpochRecord]
    origin: str = field(default=BUILTIN_ORIGIN, compare=False)

    @property
    def is_national(self) -> bool:
        """Whether the observance is one country's own (its scope is a country code)."""
        return is_country(self.scope)


@frozen(kw_only=True)
class ObservanceRecord(ObservanceCore):
    """All the data of one observance, validated."""

    start_known: bool | None
    established_by: str | None
    established_by_names: Mapping[str, str]
    established_by_sources: Mapping[str, str]
    translated_established_by: tuple[str, ...]
    instrument: str | None
    url: str | None
    revision: int
    note: str | None
    name_sources: Mapping[str, str]
    translated_names: tuple[str, ...]
    descriptions: Mapping[str, str]
    translated_descriptions: tuple[str, ...]
    editions: tuple[EditionRecord, ...]
    themes: tuple[ThemeRecord, ...]
    public_holiday: tuple[PublicHolidayRecord, ...]
    ceremonies: tuple[CeremonyRecord, ...]
    sources: tuple[SourceRecord, ...]


def is_country(scope: str) -> bool:
    """Whether ``scope`` is an ISO 3166-1 alpha-2 country code (not ``world`` or a region).

    >>> is_country("KH"), is_country("world"), is_country("africa")
    (True, False, False)
    """
    return len(scope) == 2 and scope.isascii() and scope.isupper()


#: Fields filled by the loader, not read from the JSON form.
NOT_IN_JSON = frozenset({"origin"})


def json_fields(cls: "type[Any]") -> tuple[str, ...]:
    """The JSON field names of a record class, in declaration order."""
    return tuple(name for name in cls.__frozen_fields__ if name not in NOT_IN_JSON)


def _expression(hint: "Any", value: str, names: "dict[str, Any]") -> str:
    """Python source turning the JSON ``value`` into what a field of type ``hint`` holds."""
    args: tuple[Any, ...] = getattr(hint, "__args__", ())
    if hint is date:
        names["_date"] = date
        return f"_date.fromisoformat({value})"
    if isinstance(hint, type) and hasattr(hint, "__frozen_fields__"):
        names[f"_build_{hint.__name__}"] = _builder(hint)
        return f"_build_{hint.__name__}({value})"
    if getattr(hint, "__origin__", None) is tuple:
        item = _expression(args[0], "item", names)
        return f"tuple({value})" if item == "item" else f"tuple([{item} for item in {value}])"
    if getattr(hint, "__origin__", None) is Mapping:
        names["_proxy"] = MappingProxyType
        item = _expression(args[1], "item", names)
        if item == "item":
            return f"_proxy(dict({value}))"
        return f"_proxy({{key: {item} for key, item in {value}.items()}})"
    if type(None) in args:  # optional: convert the value when there is one
        (inner,) = (arg for arg in args if arg is not type(None))
        converted = _expression(inner, value, names)
        return value if converted == value else f"None if {value} is None else {converted}"
    return value


_BUILDERS: "dict[type[Any], Callable[..., Any]]" = {}


def _builder(cls: "type[Any]") -> "Callable[..., Any]":
    """A function building ``cls`` from its complete JSON form, written once per class.

    Generated from the field types (as :mod:`dataclasses` writes ``__init__``) because the
    first catalog builds hundreds of records and a generic loop over fields is three times
    slower.
    """
    built = _BUILDERS.get(cls)
    if built is None:
        names: dict[str, Any] = {"_cls": cls}
        types: dict[str, Any] = cls.__frozen_types__
        given = [name for name in types if name in NOT_IN_JSON]
        arguments = [
            f"{name}={_expression(hint, f'data[{name!r}]', names)}"
            for name, hint in types.items()
            if name not in NOT_IN_JSON
        ] + [f"{name}={name}" for name in given]
        parameters = "".join(f", {name}={name}_default" for name in given)
        fields = cls.__frozen_fields__
        names.update({f"{name}_default": fields[name].default for name in given})
        source = f"def build(data{parameters}):\n    return _cls({', '.join(arguments)})\n"
        exec(source, names)  # the source is made above from the field types alone
        built = _BUILDERS[cls] = names["build"]
    return built


def record_from_json(
    cls: "type[_Record]", data: "Mapping[str, Any]", *, origin: str = BUILTIN_ORIGIN
) -> "_Record":
    """Build the read-only record ``cls`` from the complete JSON form of validated data.

    ``cls`` is :class:`ObservanceRecord` for the whole form, :class:`ObservanceCore` for the
    core form of the built-in data. A missing field is a :class:`KeyError`: the JSON form the
    models write has every field, defaults included.
    """
    record: _Record = _builder(cls)(data, origin=origin)
    return record
