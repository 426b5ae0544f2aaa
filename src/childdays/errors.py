"""The errors childdays raises for bad data: each names the file, the field and the value.

Internal module (docs/api.md): the public names are re-exported by :mod:`childdays`.
"""

from __future__ import annotations

from childdays.frozen import frozen

TYPE_CHECKING = False  # typing is not imported at run time (cold start)
if TYPE_CHECKING:
    from typing import Any

_MAX_VALUE_CHARS = 60


def show_value(value: Any) -> str:
    """A short, one-line rendering of a bad value for an error message."""
    text = repr(value)
    if len(text) > _MAX_VALUE_CHARS:
        text = text[: _MAX_VALUE_CHARS - 3] + "..."
    return text


@frozen
class Problem:
    """One thing wrong in one file: where, which value, and what was expected."""

    file: str
    field: str
    value: str
    message: str

    def __str__(self) -> str:
        parts = [self.file]
        if self.field:
            parts.append(self.field)
        if self.value:
            parts.append(self.value)
        parts.append(self.message)
        return ": ".join(parts)


class DataError(ValueError):
    """Bad observance data. ``problems`` lists every problem found, one line each.

    >>> str(DataError([Problem("a.toml", "scope", "'xx'", "expected ...")]))
    "a.toml: scope: 'xx': expected ..."
    """

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


class UnknownObservanceError(KeyError):
    """An id that is not in the catalog; the message suggests close ids."""

    def __init__(self, key: str, suggestions: list[str]) -> None:
        self.key = key
        self.suggestions = tuple(suggestions)
        hint = f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        super().__init__(f"no observance with id {key!r}{hint}")

    def __str__(self) -> str:
        return str(self.args[0])


class FieldError(ValueError):
    """Raised inside validation to name the exact field and value at fault."""

    def __init__(self, field: str, value: Any, message: str) -> None:
        self.field = field
        self.value = value
        self.message = message
        super().__init__(f"{field}: {message}")


class UsageError(Exception):
    """A bad argument or option value: the command answers with its usage line and exit 2.

    >>> str(UsageError("--lang 'kmm' is not a language; did you mean 'km'?"))
    "--lang 'kmm' is not a language; did you mean 'km'?"
    """


class OutputError(Exception):
    """An output that cannot be written; the message names the path the user gave.

    >>> str(OutputError("nodir/kh.ics", "the folder does not exist"))
    'cannot write nodir/kh.ics: the folder does not exist'
    """

    def __init__(self, path: object, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"cannot write {self.path}: {reason}")
