"""The childdays performance benchmark: every figure against its anchor, measured in one run.

    python benchmarks/run.py [--quick]

prints a markdown table (figure, childdays, anchor, ratio, target, met?) and a few notes. Each
figure is measured side by side with its anchor in the same run, interleaved, and the median
of repeated runs is reported. Process timings (a, b, c, e) run each command as a fresh child
process of the interpreter running this script; peak memory (f) is the ``ru_maxrss`` of that
one child, read with ``os.wait4``. The code measured is the ``src/`` beside this folder.

python-holidays is an anchor only: install it with ``pip install -e '.[bench]'``. Nothing here
is part of the test suite, and nothing asserts a time: the table is the judge.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _hand import hand_ical
from common import (
    FIGURES,
    FULL,
    PY,
    QUICK,
    SRC,
    Budget,
    ChildRun,
    Row,
    checked,
    figure,
    interleaved,
    max_rss_kib,
    median,
    mib,
    ms,
    paired_row,
    pm,
    python,
    report,
    seconds_of,
    spawn,
    table,
    us,
)

import childdays
from childdays import ical


def content_lines(feed: bytes) -> int:
    """The number of (unfolded) content lines of ``feed``."""
    return feed.count(b"\r\n") - feed.count(b"\r\n ")


# ---------------------------------------------------------------------------------------------
# The figures


FIRST_ANSWER = (
    "from datetime import date\nimport childdays\n"
    "childdays.catalog().for_country('KH').on(date(2024, 6, 1))"
)
HOLIDAYS_FIRST_ANSWER = (
    "from datetime import date\nimport holidays\ndate(2024, 6, 1) in holidays.KH(years=2024)"
)


@figure("a")
def figure_a(budget: Budget, notes: list[str]) -> list[Row]:
    runs = budget.process_runs
    results = interleaved(
        {
            "bare": python("pass"),
            "import": python("import childdays"),
            "import_anchor": python("import holidays"),
            "answer": python(FIRST_ANSWER),
            "answer_anchor": python(HOLIDAYS_FIRST_ANSWER),
        },
        runs,
    )
    t = {key: seconds_of(value) for key, value in results.items()}
    notes.append(
        f"a: whole processes, median of {runs} interleaved runs each; a bare `python -c pass` "
        f"(the physical floor of every process) takes {ms(median(t['bare']))}{pm(t['bare'])}. "
        "The tree's bytecode is compiled first, as pip compiles an installed package's."
    )
    return [
        paired_row(
            "a. floor: bare interpreter `python -c pass`",
            t["bare"],
            t["bare"],
            ours_text=ms,
            anchor_text=lambda s: f"{ms(s)} (itself)",
            target=None,
        ),
        paired_row(
            f"a. `import childdays` (process, median of {runs})",
            t["import"],
            t["import_anchor"],
            ours_text=ms,
            anchor_text=lambda s: f"{ms(s)} `import holidays`",
            target=1.0,
        ),
        paired_row(
            "a. time to first answer (import, catalog, `for_country('KH').on(date)`)",
            t["answer"],
            t["answer_anchor"],
            ours_text=ms,
            anchor_text=lambda s: f"{ms(s)} `holidays.KH(years=2024)`",
            target=0.8,
        ),
    ]


CATALOG_LOAD = """
import time
import childdays
started = time.perf_counter()
cat = childdays.catalog()
print(repr({"seconds": time.perf_counter() - started, "records": len(cat)}))
"""
#: The floor of any load of the built-in data: read the same bytes and ``json.loads`` them,
#: from a path already known (no ``importlib.resources``), after the same ``import childdays``.
JSON_FLOOR = """
import time
import childdays
started = time.perf_counter()
import json
with open(PATH, "rb") as data:
    json.loads(data.read())
print(repr({"seconds": time.perf_counter() - started}))
"""


@figure("b")
def figure_b(budget: Budget, notes: list[str]) -> list[Row]:
    runs = budget.process_runs
    floor_code = JSON_FLOOR.replace("PATH", repr(str(SRC / "childdays" / "data" / "builtin.json")))
    report(CATALOG_LOAD)  # warm-ups
    report(floor_code)
    loads, floors, records = [], [], 0
    for _ in range(runs):
        found = report(CATALOG_LOAD)
        loads.append(found["seconds"])
        records = found["records"]
        floors.append(report(floor_code)["seconds"])
    notes.append(
        f"b: first `childdays.catalog()` in a fresh process after `import childdays`, median of "
        f"{runs}; the floor is `json.loads` of the same bytes (`builtin.json`, read from its "
        "path, with the `json` import) in a fresh process after the same import: what any load "
        "of that data costs. No target."
    )
    return [
        paired_row(
            f"b. first `catalog()` ({records} records)",
            loads,
            floors,
            ours_text=lambda s: f"{ms(s)} = {us(s / records)}/record",
            anchor_text=lambda s: f"{ms(s)} floor: `json.loads` of `builtin.json`",
            target=None,
        )
    ]


YEAR_OURS = """
import time
from datetime import date
import childdays
first, last = date(2024, 1, 1), date(2024, 12, 31)
t0 = time.perf_counter()
cat = childdays.catalog()
found = cat.occurrences(first, last)
t1 = time.perf_counter()
warm = []
for _ in range(WARM):
    started = time.perf_counter()
    cat.occurrences(first, last)
    warm.append(time.perf_counter() - started)
print(repr({"cold": t1 - t0, "warm": warm, "count": len(found)}))
"""
YEAR_HOLIDAYS = """
import time
import holidays
codes = list(holidays.list_supported_countries(include_aliases=False))
def everything():
    return sum(len(holidays.country_holidays(code, years=2024)) for code in codes)
t0 = time.perf_counter()
count = everything()
t1 = time.perf_counter()
warm = []
for _ in range(WARM):
    started = time.perf_counter()
    everything()
    warm.append(time.perf_counter() - started)
print(repr({"cold": t1 - t0, "warm": warm, "count": count, "countries": len(codes)}))
"""


@figure("c")
def figure_c(budget: Budget, notes: list[str]) -> list[Row]:
    runs = budget.child_runs
    ours_code = YEAR_OURS.replace("WARM", "20")
    theirs_code = YEAR_HOLIDAYS.replace("WARM", "3")
    report(ours_code)
    report(theirs_code)
    ours, theirs = [], []
    for _ in range(runs):
        ours.append(report(ours_code))
        theirs.append(report(theirs_code))
    count, their_count = ours[0]["count"], theirs[0]["count"]
    countries = theirs[0]["countries"]
    cold = [r["cold"] / count for r in ours]
    their_cold = [r["cold"] / their_count for r in theirs]
    warm = [statistics.median(r["warm"]) / count for r in ours]
    their_warm = [statistics.median(r["warm"]) / their_count for r in theirs]
    notes.append(
        f"c: the year 2024 per item, since the work differs: childdays' {count} occurrences of "
        f"the whole catalog vs python-holidays' {their_count} holidays of "
        f"`country_holidays(code, years=2024)` for its {countries} countries (default "
        "subdivisions). Cold = the first time in a fresh process after the import (childdays' "
        "includes loading the catalog, python-holidays' importing its country modules), median "
        f"of {runs} processes; warm = the same call again in that process."
    )
    return [
        paired_row(
            "c. one year, cold (load + query), per item",
            cold,
            their_cold,
            ours_text=lambda s: f"{us(s)}/occurrence",
            anchor_text=lambda s: f"{us(s)}/holiday",
            target=None,
        ),
        paired_row(
            "c. one year, warm, per item",
            warm,
            their_warm,
            ours_text=lambda s: f"{us(s)}/occurrence",
            anchor_text=lambda s: f"{us(s)}/holiday",
            target=None,
        ),
    ]


def timed(function: Callable[[], bytes]) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


@figure("d")
def figure_d(budget: Budget, notes: list[str]) -> list[Row]:
    runs = budget.inner_runs
    cat = childdays.catalog()
    version = childdays.__version__
    for lang, view in (("en", cat), ("km", cat), ("km", cat.for_country("KH"))):
        occurrences = view.occurrences(date(2024, 1, 1), date(2036, 12, 31))
        expected = ical.to_ical(occurrences, lang=lang)
        if hand_ical(occurrences, lang, version) != expected:
            sys.exit(f"benchmark: the hand writer's {lang} feed differs from to_ical's")
    occurrences = cat.occurrences(date(2024, 1, 1), date(2036, 12, 31))
    feed = ical.to_ical(occurrences, lang="en")
    lines, events = content_lines(feed), len(occurrences)
    ours, theirs = [], []
    for _ in range(runs):
        ours.append(timed(lambda: ical.to_ical(occurrences, lang="en")) / lines)
        theirs.append(timed(lambda: hand_ical(occurrences, "en", version)) / lines)
    notes.append(
        f"d: `to_ical` of the {events} occurrences of the whole catalog 2024-2036 (en, "
        f"{lines} content lines, {len(feed)} bytes) vs the hand writer in `benchmarks/_hand.py`, "
        "which writes the same bytes (asserted for en, km, and km for KH) with the same "
        f"per-feed caching; median of {runs} in-process runs each, interleaved."
    )
    return [
        paired_row(
            "d. feed serialization per content line",
            ours,
            theirs,
            ours_text=us,
            anchor_text=lambda s: f"{us(s)} hand writer",
            target=2.0,
        )
    ]


#: The day and address both builds of (e) and (f) are made for (fixed: same bytes every run).
BUILD_TODAY = "2026-06-01"
BUILD_URL = "https://example.org/childdays/"
HAND = str(Path(__file__).resolve().parent / "_hand.py")


def build_argv(folder: Path) -> list[str]:
    """``childdays build`` of the whole site into ``folder``."""
    return [
        PY,
        "-m",
        "childdays",
        "build",
        str(folder),
        "--today",
        BUILD_TODAY,
        "--base-url",
        BUILD_URL,
    ]


def hand_build_argv(folder: Path) -> list[str]:
    """The hand-written build of the same site into ``folder``."""
    return [PY, HAND, str(folder), "--today", BUILD_TODAY, "--base-url", BUILD_URL]


def site_files(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


#: The floor of any build: load the site's bytes from one JSON file, write every file.
WRITE_FLOOR = """
import json, os, sys
with open(sys.argv[1], encoding="utf-8") as data:
    files = json.load(data)
for relative, text in files.items():
    path = os.path.join(sys.argv[2], relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(text)
"""


@functools.cache
def reference_site() -> tuple[dict[str, bytes], int]:
    """The files of ``childdays build`` (asserted equal to the hand-written build's), events."""
    with tempfile.TemporaryDirectory() as folder:
        ours, theirs = Path(folder) / "ours", Path(folder) / "hand"
        for argv in (build_argv(ours), hand_build_argv(theirs)):
            checked(spawn(argv), argv)
        files, hand = site_files(ours), site_files(theirs)
    if files != hand:
        differ = sorted(set(files) ^ set(hand)) or [k for k in files if files[k] != hand[k]]
        sys.exit(f"benchmark: the hand-written build differs from childdays build: {differ[:5]}")
    events = sum(c.count(b"BEGIN:VEVENT") for k, c in files.items() if k.endswith(".ics"))
    return files, events


@figure("e")
def figure_e(budget: Budget, notes: list[str]) -> list[Row]:
    runs = max(budget.child_runs // 2, 2)
    files, events = reference_site()
    total = sum(len(content) for content in files.values())
    samples: dict[str, list[ChildRun]] = {"ours": [], "hand": [], "floor": []}
    with tempfile.TemporaryDirectory() as folder:
        blob = Path(folder) / "site.json"
        blob.write_text(
            json.dumps({k: v.decode("utf-8") for k, v in files.items()}), encoding="utf-8"
        )
        for index in range(runs + 1):  # the first round is a warm-up
            commands = {
                "ours": build_argv(Path(folder) / f"ours-{index}"),
                "hand": hand_build_argv(Path(folder) / f"hand-{index}"),
                "floor": [PY, "-c", WRITE_FLOOR, str(blob), str(Path(folder) / f"floor-{index}")],
            }
            for key, argv in commands.items():
                run = checked(spawn(argv), argv)
                if index:
                    samples[key].append(run)
    wall = {key: seconds_of(runs) for key, runs in samples.items()}
    cpu = {key: [run.cpu for run in runs] for key, runs in samples.items()}
    notes.append(
        f"e: whole processes, median of {runs} rounds taken in turn after a warm-up: "
        f"`childdays build` of the site ({len(files)} files, {total:,} bytes, {events:,} events "
        f"in its feeds; today {BUILD_TODAY}, with a base URL) vs the hand-written build of "
        "`benchmarks/_hand.py` (plain loops: each feed its selection's occurrences written by the "
        "hand writer of (d), pages by the public page functions one by one), which writes the "
        "same bytes (asserted file by file before timing). CPU = user + system time of the "
        "child, steadier than wall time when other work shares the machine. The floor is a "
        "process loading the same bytes from one JSON file and writing every file."
    )
    return [
        paired_row(
            "e. `childdays build` vs the hand-written build (wall)",
            wall["ours"],
            wall["hand"],
            ours_text=ms,
            anchor_text=lambda s: f"{ms(s)} hand-written build",
            target=0.4,
        ),
        paired_row(
            "e. `childdays build` vs the hand-written build (CPU)",
            cpu["ours"],
            cpu["hand"],
            ours_text=ms,
            anchor_text=lambda s: f"{ms(s)} hand-written build",
            target=0.4,
        ),
        paired_row(
            "e. `childdays build` vs floor: json load + write of the same bytes (wall)",
            wall["ours"],
            wall["floor"],
            ours_text=ms,
            anchor_text=lambda s: f"{ms(s)} load + write",
            target=None,
        ),
    ]


ICS_ALL = ("--scope", "all", "--from", "2024", "--to", "2036")


@figure("f")
def figure_f(budget: Budget, notes: list[str]) -> list[Row]:
    runs = budget.memory_runs
    files, _ = reference_site()
    largest = max(files, key=lambda k: len(files[k]))
    largest_kib = len(files[largest]) / 1024
    with tempfile.TemporaryDirectory() as folder:
        feed = str(Path(folder) / "all.ics")
        commands = {
            "ics": [PY, "-m", "childdays", "ics", *ICS_ALL, "-o", feed],
            "bare": python("pass"),
        }
        samples: dict[str, list[int]] = {"ics": [], "bare": [], "build": []}
        for index in range(runs):
            for key, argv in commands.items():
                samples[key].append(max_rss_kib(argv))
            samples["build"].append(max_rss_kib(build_argv(Path(folder) / f"site-{index}")))
    bare = samples["bare"]
    notes.append(
        f"f: max RSS (`ru_maxrss` from `wait4`) of each child alone, forked by a tiny wrapper "
        f"process, median of {runs}, against a bare `python -c pass` measured the same way. "
        f"For the build the target is 1.5× the bare interpreter plus the largest single output "
        f"({largest}, {largest_kib:,.0f} KiB): the ratio shown is (peak − largest output) / bare."
    )
    return [
        paired_row(
            "f. max RSS, `ics --scope all --from 2024 --to 2036 -o FILE`",
            samples["ics"],
            bare,
            ours_text=mib,
            anchor_text=lambda k: f"{mib(k)} bare `python -c pass`",
            target=None,
        ),
        paired_row(
            "f. max RSS, `childdays build`, less the largest output",
            [k - largest_kib for k in samples["build"]],
            bare,
            ours_text=lambda k: f"{mib(k + largest_kib)} − {mib(largest_kib)}",
            anchor_text=lambda k: f"{mib(k)} bare `python -c pass`",
            target=1.5,
        ),
    ]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import holidays

    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; childdays {childdays.__version__} "
        f"({Path(childdays.__file__).parent}), holidays {holidays.__version__}"
    )


def load_modules() -> list[str]:
    """Import every other module of this folder, so that it registers its figures."""
    names = []
    for path in sorted(Path(__file__).resolve().parent.glob("*.py")):
        if path.stem in {"run", "common"} or path.stem.startswith("_"):
            continue
        importlib.import_module(path.stem)
        names.append(path.stem)
    return names


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="a tiny budget: checks that every figure runs"
    )
    parser.add_argument(
        "--only", metavar="KEYS", help="run only these figures, e.g. --only e,f (default: all)"
    )
    args = parser.parse_args(argv)
    try:
        import holidays  # noqa: F401
    except ImportError:
        sys.exit("benchmark: python-holidays is the anchor: pip install -e '.[bench]'")
    load_modules()
    budget = QUICK if args.quick else FULL
    keys = sorted(FIGURES)
    if args.only:
        wanted = set(args.only.split(","))
        unknown = wanted - set(keys)
        if unknown:
            sys.exit(
                f"benchmark: no figure {', '.join(sorted(unknown))}; there are {' '.join(keys)}"
            )
        keys = [key for key in keys if key in wanted]
    argv_compile = [PY, "-m", "compileall", "-q", str(SRC)]
    checked(spawn(argv_compile), argv_compile)
    notes: list[str] = []
    rows: list[Row] = []
    for key in keys:
        found = FIGURES[key](budget, notes)
        if not found:
            sys.exit(f"benchmark: figure {key} produced no row")
        rows += found
    print(f"Machine: {machine()}{' (--quick)' if args.quick else ''}\n")
    print(table(rows))
    print()
    for note in notes:
        print(f"- {note}")
    print(f"\nfigures: {' '.join(keys)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
