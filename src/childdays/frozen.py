"""Frozen slotted classes, as ``@dataclass(frozen=True, slots=True)`` makes them, at import speed.

:func:`frozen` gives a class declared by its annotations what :mod:`dataclasses` would: an
``__init__`` (positional or keyword-only, defaults, ``__post_init__``), ``__repr__``, ``__eq__``
and ``__hash__`` over the compared fields, ``__slots__``, pickling, and
:class:`dataclasses.FrozenInstanceError` on assignment. The standard decorator writes and
compiles six functions per class and imports :mod:`inspect`, most of the time a cold
``childdays ics`` spends on its own classes; here only ``__init__`` is written per class and
the rest is shared. The classes stay dataclasses to :func:`dataclasses.fields`,
:func:`dataclasses.replace` and :func:`dataclasses.is_dataclass`: their ``__dataclass_fields__``
is made by :mod:`dataclasses` itself on first use.

Internal module (docs/api.md).
"""

from __future__ import annotations

from operator import attrgetter

TYPE_CHECKING = False  # typing is not imported at run time (cold start)
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, TypeVar, dataclass_transform

    _Object = TypeVar("_Object")
else:

    def dataclass_transform(**_options: object) -> object:
        """What :func:`typing.dataclass_transform` does at run time: nothing."""
        return lambda function: function


_set = object.__setattr__


class _NoDefault:
    __slots__ = ()


_REQUIRED = _NoDefault()


class _Field:
    """A field's default, and whether ``__init__``, ``repr``, ``==`` and ``hash`` take it.

    A field left out of ``__init__`` starts as what its ``factory`` makes.
    """

    __slots__ = ("compare", "default", "factory", "init", "repr")

    def __init__(
        self,
        default: Any = _REQUIRED,
        *,
        factory: Callable[[], Any] | None = None,
        init: bool = True,
        repr: bool = True,
        compare: bool = True,
    ) -> None:
        if (factory is None) == (not init):
            raise TypeError("a field left out of __init__ needs a default_factory, and only it")
        self.default = default
        self.factory = factory
        self.init = init
        self.repr = repr
        self.compare = compare


def field(
    *,
    default: Any = _REQUIRED,
    default_factory: Callable[[], Any] | None = None,
    init: bool = True,
    repr: bool = True,
    compare: bool = True,
) -> Any:
    """A field as :func:`dataclasses.field` declares one.

    A default, or for a field left out of ``__init__`` (``init=False``) a ``default_factory``;
    ``repr=False`` and ``compare=False`` leave it out of ``repr`` and of ``==``/``hash``.
    """
    return _Field(default, factory=default_factory, init=init, repr=repr, compare=compare)


class _DataclassFields:
    """``__dataclass_fields__``, made by :mod:`dataclasses` from the declaration on first use."""

    def __get__(self, instance: object, owner: type[Any]) -> Any:
        import dataclasses

        declared: dict[str, _Field] = owner.__frozen_fields__
        namespace: dict[str, Any] = {"__annotations__": dict(owner.__frozen_types__)}
        for name, spec in declared.items():
            keywords: dict[str, Any] = {
                "compare": spec.compare,
                "init": spec.init,
                "repr": spec.repr,
            }
            if spec.default is not _REQUIRED:
                keywords["default"] = spec.default
            if spec.factory is not None:
                keywords["default_factory"] = spec.factory
            namespace[name] = dataclasses.field(**keywords)
        twin: type[Any] = dataclasses.dataclass(frozen=True, kw_only=owner.__frozen_kw_only__)(
            type(owner.__name__, (), namespace)
        )
        fields: dict[str, Any] = twin.__dataclass_fields__
        type.__setattr__(owner, "__dataclass_fields__", fields)
        return fields


def _frozen_error(doing: str, name: str) -> Exception:
    from dataclasses import FrozenInstanceError

    return FrozenInstanceError(f"cannot {doing} field {name!r}")


def _setattr(self: object, name: str, value: object) -> None:
    raise _frozen_error("assign to", name)


def _delattr(self: object, name: str) -> None:
    raise _frozen_error("delete", name)


def _repr(self: Any) -> str:
    values = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__frozen_repr__)
    return f"{type(self).__qualname__}({values})"


def _eq(self: Any, other: Any) -> Any:
    if other.__class__ is self.__class__:
        return self.__frozen_key__(self) == self.__frozen_key__(other)
    return NotImplemented


def _hash(self: Any) -> int:
    return hash(self.__frozen_key__(self))


def _getstate(self: Any) -> list[Any]:
    return [getattr(self, name) for name in self.__frozen_fields__]


def _setstate(self: Any, state: list[Any]) -> None:
    for name, value in zip(self.__frozen_fields__, state, strict=True):
        _set(self, name, value)


def _init_source(
    function: str, fields: dict[str, _Field], *, kw_only: bool, post_init: bool
) -> str:
    """The source of an ``__init__`` setting ``fields``, laid out as ``ruff format`` keeps it.

    A field with a default gets ``None`` here; :func:`_init` puts the real defaults in. A field
    left out of ``__init__`` gets what its class's factory for it makes.
    """
    taken = {name: spec for name, spec in fields.items() if spec.init}
    lines = [f"def {function}(", "    self: Any,"]
    if kw_only and taken:
        lines.append("    *,")
    for name, spec in taken.items():
        lines.append(f"    {name}: Any{'' if spec.default is _REQUIRED else ' = None'},")
    lines.append(") -> None:")
    lines += [
        f'    _set(self, "{name}", {name})'
        if spec.init
        else f'    _set(self, "{name}", self.__frozen_factories__["{name}"]())'
        for name, spec in fields.items()
    ]
    if post_init:
        lines.append("    self.__post_init__()")
    return "\n".join(lines) + "\n"


def _function_name(key: str) -> str:
    """``childdays.records.SourceRecord`` -> ``_records_source_record`` (an identifier)."""
    module, _, qualname = key.removeprefix("childdays.").rpartition(".")
    name = "".join(
        f"_{c.lower()}" if c.isupper() else c if c.isalnum() else "_"
        for c in f"{module}.{qualname}"
    )
    while "__" in name:
        name = name.replace("__", "_")
    return "_" + name.strip("_")


#: The modules of childdays that declare frozen classes.
FROZEN_MODULES = (
    "records",
    "errors",
    "rules",
    "schedule",
    "editions",
    "texts",
    "observances",
    "ical",
)
#: Every frozen class made so far: its key (module and qualified name) -> what writes its
#: ``__init__`` source.
MADE: dict[str, Callable[[], str]] = {}


def _init(cls: type[Any], fields: dict[str, _Field], *, kw_only: bool, post_init: bool) -> Any:
    """The ``__init__`` of ``cls``, with its defaults.

    Taken from :mod:`childdays._frozen_inits`, compiled with the package, when that module has
    one for exactly these fields (``python -m childdays.build_data`` writes it), else compiled
    now.
    """
    key = f"{cls.__module__}.{cls.__qualname__}"
    function = _function_name(key)

    def source() -> str:
        return _init_source(function, fields, kw_only=kw_only, post_init=post_init)

    MADE[key] = source  # the text is needed only to compile here or to write _frozen_inits
    from childdays._frozen_inits import INITS

    init = INITS.get(key)
    if init is None or not _fits(init, fields, kw_only=kw_only, post_init=post_init):
        scope: dict[str, Any] = {"_set": _set}
        exec(source(), scope)  # made from the field names alone
        init = scope[function]
    defaults = {
        name: spec.default
        for name, spec in fields.items()
        if spec.init and spec.default is not _REQUIRED
    }
    if kw_only:
        init.__kwdefaults__ = defaults or None
    else:
        init.__defaults__ = tuple(defaults.values()) or None
    return init


def _fits(init: Any, fields: dict[str, _Field], *, kw_only: bool, post_init: bool) -> bool:
    """Whether the compiled ``init`` takes and sets exactly ``fields`` as declared."""
    code = init.__code__
    count = code.co_argcount + code.co_kwonlyargcount
    taken = [name for name, spec in fields.items() if spec.init]
    made = any(not spec.init for spec in fields.values())
    defaulted = [name for name in taken if fields[name].default is not _REQUIRED]
    placeholders = list(init.__kwdefaults__ or ()) if kw_only else init.__defaults__ or ()
    return (
        code.co_varnames[:count] == ("self", *taken)
        and code.co_kwonlyargcount == (len(taken) if kw_only else 0)
        and ("__frozen_factories__" in code.co_names) == made
        and len(placeholders) == len(defaulted)
        and (not kw_only or placeholders == defaulted)
        and set(fields) <= set(code.co_consts)
        and ("__post_init__" in code.co_names) == post_init
    )


_INITS_HEAD = """\
\"\"\"The ``__init__`` of each frozen class of childdays, compiled with the package.

Written by ``python -m childdays.build_data`` from the classes (:mod:`childdays.frozen`): do not
edit. A class whose fields no longer match its function here gets one compiled at import.
\"\"\"

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

_set = object.__setattr__
"""


def precompiled_source() -> str:
    """The text of :mod:`childdays._frozen_inits` for every frozen class of the package."""
    import importlib

    for module in FROZEN_MODULES:
        importlib.import_module(f"childdays.{module}")
    keys = sorted(key for key in MADE if key.startswith("childdays."))
    parts = [_INITS_HEAD]
    parts += [f"\n\n{MADE[key]()}" for key in keys]
    parts.append("\n\nINITS: dict[str, Callable[..., None]] = {\n")
    parts += [f'    "{key}": {_function_name(key)},\n' for key in keys]
    parts.append("}\n")
    return "".join(parts)


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def frozen(cls: Any = None, /, *, kw_only: bool = False) -> Any:
    """The frozen slotted class of ``cls``'s annotated fields (``kw_only``: keywords only)."""
    if cls is None:
        return lambda given: _make(given, kw_only=kw_only)
    return _make(cls, kw_only=kw_only)


def _make(cls: type[Any], *, kw_only: bool) -> type[Any]:
    inherited: dict[str, _Field] = dict(getattr(cls, "__frozen_fields__", {}))
    types: dict[str, Any] = dict(getattr(cls, "__frozen_types__", {}))
    namespace = dict(cls.__dict__)
    own = namespace.get("__annotations__", {})
    for name, hint in own.items():
        value = namespace.pop(name, _REQUIRED)
        inherited[name] = value if isinstance(value, _Field) else _Field(value)
        types[name] = hint
    for name in ("__dict__", "__weakref__"):
        namespace.pop(name, None)
    namespace["__slots__"] = tuple(own)
    post_init = "__post_init__" in namespace or hasattr(cls, "__post_init__")
    compared = [name for name, spec in inherited.items() if spec.compare]
    namespace.update(
        __init__=_init(cls, inherited, kw_only=kw_only, post_init=post_init),
        __repr__=_repr,
        __eq__=_eq,
        __hash__=_hash,
        __setattr__=_setattr,
        __delattr__=_delattr,
        __getstate__=_getstate,
        __setstate__=_setstate,
        __frozen_fields__=inherited,
        __frozen_repr__=tuple(name for name, spec in inherited.items() if spec.repr),
        __frozen_factories__={
            name: spec.factory for name, spec in inherited.items() if spec.factory is not None
        },
        __frozen_types__=types,
        __frozen_kw_only__=kw_only,
        __frozen_key__=staticmethod(_key(compared)),
        __dataclass_fields__=_DataclassFields(),
        __match_args__=() if kw_only else tuple(n for n, s in inherited.items() if s.init),
    )
    namespace["__init__"].__qualname__ = f"{cls.__qualname__}.__init__"
    namespace["__init__"].__annotations__ = {**types, "return": None}
    metaclass: Any = type(cls)
    made: type[Any] = metaclass(cls.__name__, cls.__bases__, namespace)
    return made


def _key(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    if len(names) == 1:
        (name,) = names
        return lambda self: (getattr(self, name),)
    if not names:
        return lambda self: ()
    getter: Callable[[Any], tuple[Any, ...]] = attrgetter(*names)
    return getter


def replace(obj: _Object, /, **changes: Any) -> _Object:
    """A copy of the frozen ``obj`` with ``changes`` (as :func:`dataclasses.replace`)."""
    fields = obj.__frozen_fields__  # type: ignore[attr-defined]
    values = {name: changes.pop(name, getattr(obj, name)) for name in fields if fields[name].init}
    if changes:
        raise TypeError(f"{type(obj).__name__} has no field {next(iter(changes))!r}")
    return type(obj)(**values)
