"""What every benchmark module shares: children, medians and spreads, rows, and the registry.

A figure is a function ``(budget, notes) -> list[Row]`` registered under a key with
:func:`figure`; ``run.py`` imports every module of this folder (``run.py`` and ``common.py``
aside, and names starting with ``_``), then runs the registered figures in the order of their
keys and prints one table. A module adding figures needs nothing but this::

    from common import Budget, Row, figure

    @figure("g")
    def web(budget: Budget, notes: list[str]) -> list[Row]:
        ...

Every timing is a median with its spread (see :func:`spread`); nothing here asserts a time.
"""

from __future__ import annotations

import ast
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))

PY = sys.executable

# ---------------------------------------------------------------------------------------------
# The budget and the registry


@dataclass(frozen=True)
class Budget:
    """How many times each kind of measurement is repeated (``--quick`` makes them few)."""

    quick: bool
    #: whole fresh processes timed (start-up figures)
    process_runs: int
    #: fresh processes that time something inside themselves
    child_runs: int
    #: in-process repetitions
    inner_runs: int
    #: peak-memory children
    memory_runs: int


FULL = Budget(quick=False, process_runs=21, child_runs=11, inner_runs=11, memory_runs=7)
QUICK = Budget(quick=True, process_runs=3, child_runs=2, inner_runs=2, memory_runs=2)

FigureFunction = Callable[[Budget, list[str]], "list[Row]"]

#: The registered figures: key -> function. ``run.py`` runs them sorted by key.
FIGURES: dict[str, FigureFunction] = {}


def run_alone(function: FigureFunction, quick: bool) -> int:
    """Run one figure on its own (a module's ``python benchmarks/x.py [--quick]``) and print it."""
    notes: list[str] = []
    print(table(function(QUICK if quick else FULL, notes)))
    print("\n".join(f"- {note}" for note in notes))
    return 0


def figure(key: str) -> Callable[[FigureFunction], FigureFunction]:
    """Register the decorated function as the figure ``key`` (a, b, ... in the table)."""

    def register(function: FigureFunction) -> FigureFunction:
        if key in FIGURES and FIGURES[key] is not function:
            raise ValueError(f"benchmark figure {key!r} registered twice")
        FIGURES[key] = function
        return function

    return register


# ---------------------------------------------------------------------------------------------
# Medians and spreads


def median(values: Iterable[float]) -> float:
    return statistics.median(values)


def spread(values: Sequence[float]) -> float:
    """Half the interquartile range of ``values``, relative to their median (0.03 = ±3%).

    With fewer than four values it is half their whole range.
    """
    middle = statistics.median(values)
    if len(values) < 2 or middle == 0:
        return 0.0
    if len(values) < 4:
        low, high = min(values), max(values)
    else:
        low, _, high = statistics.quantiles(values, n=4, method="inclusive")
    return (high - low) / 2 / abs(middle)


def pm(values: Sequence[float]) -> str:
    """`` ±3%``: the spread of ``values`` as printed after a median."""
    return f" ±{spread(values) * 100:.0f}%"


def ratios(ours: Sequence[float], theirs: Sequence[float]) -> list[float]:
    """The ratios of paired runs (taken in turn), for the spread of a ratio."""
    return [a / b for a, b in zip(ours, theirs, strict=False) if b]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def us(seconds: float) -> str:
    return f"{seconds * 1e6:.2f} µs"


def mib(kib: float) -> str:
    return f"{kib / 1024:.1f} MiB"


# ---------------------------------------------------------------------------------------------
# Rows and the table


@dataclass
class Row:
    """One line of the table: our figure, its anchor, their ratio (median) and the target."""

    figure: str
    ours: str
    anchor: str
    ratio: float | None
    target: float | None
    #: the spread of the ratio over paired runs (relative), when known
    ratio_spread: float | None = None

    def cells(self) -> list[str]:
        if self.ratio is None:
            ratio = "n/a"
        else:
            ratio = f"{self.ratio:.2f}×"
            if self.ratio_spread is not None:
                ratio += f" ±{self.ratio_spread * 100:.0f}%"
        if self.target is None:
            target, met = "—", "—"
        else:
            target = f"≤ {self.target:.1f}×"
            met = "n/a" if self.ratio is None else ("yes" if self.ratio <= self.target else "no")
        return [self.figure, self.ours, self.anchor, ratio, target, met]


def paired_row(
    name: str,
    ours: Sequence[float],
    theirs: Sequence[float],
    *,
    ours_text: Callable[[float], str],
    anchor_text: Callable[[float], str],
    target: float | None,
) -> Row:
    """A row whose cells are medians ± spread and whose ratio is the median of paired ratios."""
    paired = ratios(ours, theirs)
    return Row(
        name,
        ours_text(median(ours)) + pm(ours),
        anchor_text(median(theirs)) + pm(theirs),
        median(paired) if paired else None,
        target,
        spread(paired) if paired else None,
    )


def table(rows: Sequence[Row]) -> str:
    head = ["figure", "childdays", "anchor", "ratio", "target", "met?"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Running children


def child_env() -> dict[str, str]:
    """The environment of every child: this tree's ``src`` first on the path, bytecode cached.

    An installed package has its bytecode compiled (pip does it); so must the tree measured.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    return env


ENV = child_env()


@dataclass(frozen=True)
class ChildRun:
    """One finished child process: wall time, peak resident memory and exit status."""

    seconds: float
    max_rss_kib: int
    status: int
    stderr: str
    #: user + system CPU time of the child (steadier than wall time on a busy machine)
    cpu: float = 0.0


def spawn(argv: Sequence[str], *, stdout: str = os.devnull) -> ChildRun:
    """Run ``argv`` as one child; its own rusage (``wait4``) gives its peak memory."""
    with tempfile.NamedTemporaryFile("w+", suffix=".err") as err:
        actions: list[tuple[Any, ...]] = [
            (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
            (os.POSIX_SPAWN_OPEN, 1, stdout, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
            (os.POSIX_SPAWN_DUP2, err.fileno(), 2),
        ]
        started = time.perf_counter()
        pid = os.posix_spawn(argv[0], list(argv), ENV, file_actions=actions)
        _, wait_status, usage = os.wait4(pid, 0)
        seconds = time.perf_counter() - started
        err.seek(0)
        status = os.waitstatus_to_exitcode(wait_status)
        cpu = usage.ru_utime + usage.ru_stime
        return ChildRun(seconds, usage.ru_maxrss, status, err.read(), cpu)


def python(code: str) -> list[str]:
    """The argv of a fresh interpreter running ``code``."""
    return [PY, "-c", code]


def checked(run: ChildRun, argv: Sequence[str]) -> ChildRun:
    """``run``, or exit naming the command when it failed."""
    if run.status != 0:
        sys.exit(f"benchmark: {' '.join(argv)} exited {run.status}:\n{run.stderr}")
    return run


def report(code: str) -> dict[str, Any]:
    """Run ``code`` in a fresh interpreter; it prints one dict literal, returned here."""
    with tempfile.NamedTemporaryFile("r", suffix=".out") as out:
        argv = python(code)
        checked(spawn(argv, stdout=out.name), argv)
        value: dict[str, Any] = ast.literal_eval(out.read())
        return value


def interleaved(commands: dict[str, list[str]], runs: int) -> dict[str, list[ChildRun]]:
    """Run each command ``runs`` times, taking turns, after one untimed warm-up each."""
    for argv in commands.values():
        checked(spawn(argv), argv)
    results: dict[str, list[ChildRun]] = {key: [] for key in commands}
    for _ in range(runs):
        for key, argv in commands.items():
            results[key].append(checked(spawn(argv), argv))
    return results


def seconds_of(runs: Iterable[ChildRun]) -> list[float]:
    return [run.seconds for run in runs]


def median_seconds(runs: Iterable[ChildRun]) -> float:
    return statistics.median(seconds_of(runs))


#: A tiny process that forks, execs ``argv[2:]`` in the child and writes that child's own
#: ``ru_maxrss`` (KiB) to the file ``argv[1]``. A child's peak counts the memory it had before
#: ``exec`` (the forking process's), so the forking process must be this small one, not the
#: benchmark, which holds both libraries and a 2 MB feed.
MAXRSS_WRAPPER = """
import os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as out:
    out.write(f"{usage.ru_maxrss} {os.waitstatus_to_exitcode(status)}")
"""


def max_rss_kib(argv: Sequence[str]) -> int:
    """The peak resident memory of ``argv`` alone, in KiB."""
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as out:
        wrapped = [PY, "-I", "-S", "-c", MAXRSS_WRAPPER, out.name, *argv]
        checked(spawn(wrapped), wrapped)
        rss, status = out.read().split()
        if status != "0":
            sys.exit(f"benchmark: {' '.join(argv)} exited {status}")
        return int(rss)
