"""Writing output files and folders so that a reader sees the old content or the new, never half.

A regular file is written to a temporary file beside it and renamed over it; the temporary file
is created with mode 0o666 so the kernel applies the umask (the process umask is never read or
changed, so threads may write at once), and an existing file keeps its mode. A symlink is
followed to the file it names. Anything that is not a regular file (``/dev/stdout``, a FIFO, a
terminal) is written through, never replaced. A read-only file is refused. Every error names the
path the user gave, never a temporary file.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from childdays.errors import OutputError

#: What temporary files and folders written here are called: ``.{name}.{random}.tmp``.
TEMPORARY_SUFFIX = ".tmp"


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _temporary_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.urandom(4).hex()}{TEMPORARY_SUFFIX}")


def _write_through(target: Path, content: bytes) -> None:
    with open(target, "wb", buffering=0) as stream:
        view = memoryview(content)
        while view:
            view = view[stream.write(view) or 0 :]


def _replace(target: Path, content: bytes, mode: int | None) -> None:
    temporary = _temporary_name(target)
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(handle, "wb") as stream:
            if mode is not None:
                os.fchmod(stream.fileno(), mode)
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_file(path: str | Path, content: bytes) -> None:
    """Write ``content`` to ``path`` whole or not at all; raise :class:`OutputError` if not.

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     target = pathlib.Path(folder, "kh.ics")
    ...     write_file(target, b"BEGIN:VCALENDAR")
    ...     target.read_bytes()
    b'BEGIN:VCALENDAR'
    """
    given = Path(path)
    try:
        try:
            info = os.stat(given)
        except FileNotFoundError:
            target = Path(os.path.realpath(given))
            if not target.parent.is_dir():
                raise OutputError(given, "the folder does not exist") from None
            _replace(target, content, None)
            return
        if stat.S_ISDIR(info.st_mode):
            raise OutputError(given, "is a folder")
        if not stat.S_ISREG(info.st_mode):
            if stat.S_ISSOCK(info.st_mode):
                raise OutputError(given, "is a socket")
            _write_through(given, content)
            return
        if not info.st_mode & 0o222 or not os.access(given, os.W_OK):
            raise OutputError(given, "is read-only")
        _replace(Path(os.path.realpath(given)), content, stat.S_IMODE(info.st_mode))
    except OSError as exc:
        raise OutputError(given, _reason(exc)) from None


def write_atomically(path: Path, content: bytes) -> None:
    """Same as :func:`write_file` (kept for callers written before it)."""
    write_file(path, content)


def remove_stale_temporaries(folder: Path) -> int:
    """Remove temporary files and folders this module left in ``folder`` (a killed run's)."""
    import shutil

    removed = 0
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            if entry.name.startswith(".") and entry.name.endswith(TEMPORARY_SUFFIX):
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry, ignore_errors=True)
                else:
                    entry.unlink(missing_ok=True)
                removed += 1
    return removed


@contextlib.contextmanager
def staged_folder(path: str | Path) -> Iterator[Path]:
    """Yield an empty sibling folder to fill; on success it takes the place of ``path``.

    The old folder is renamed aside, the new one renamed in, and the old one removed, so a
    reader (or a run killed midway) finds the old folder or the new one, never a mixture. On an
    error the staged folder is removed and ``path`` is untouched. Temporary folders left by a
    killed run are removed first.
    """
    import shutil

    given = Path(path)
    target = Path(os.path.realpath(given))
    try:
        if target.exists() and not target.is_dir():
            raise OutputError(given, "is not a folder")
        if target == target.parent:
            raise OutputError(given, "is the root folder; build into a folder of its own")
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(target.parent)
        staged = _temporary_name(target)
        staged.mkdir(mode=0o777)
    except OSError as exc:
        raise OutputError(given, _reason(exc)) from None
    try:
        yield staged
        if target.exists():
            os.chmod(staged, stat.S_IMODE(os.stat(target).st_mode))
            aside = _temporary_name(target)
            os.replace(target, aside)
            os.replace(staged, target)
            shutil.rmtree(aside, ignore_errors=True)
        else:
            os.replace(staged, target)
    except OSError as exc:
        shutil.rmtree(staged, ignore_errors=True)
        raise OutputError(given, _reason(exc)) from None
    except BaseException:
        shutil.rmtree(staged, ignore_errors=True)
        raise
