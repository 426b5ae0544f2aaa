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
import ast
import os
import platform
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
sys.path.insert(0, str(SRC))

import childdays  # noqa: E402
from childdays import ical  # noqa: E402
from childdays.observances import Occurrence  # noqa: E402

PY = sys.executable

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


def spawn(argv: Sequence[str], *, stdout: str = os.devnull) -> ChildRun:
    """Run ``argv`` as one child; its own rusage (``wait4``) gives its peak memory."""
    with tempfile.NamedTemporaryFile("w+", suffix=".err") as err:
        actions = [
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
        return ChildRun(seconds, usage.ru_maxrss, status, err.read())


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


def median_seconds(runs: Iterable[ChildRun]) -> float:
    return statistics.median(run.seconds for run in runs)


# ---------------------------------------------------------------------------------------------
# The minimal hand-written writer of (d)

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_LABELS = {
    "en": ("Child protection days", "Theme", "Established by", "Sources"),
    "km": ("ទិវាការពារកុមារ", "ប្រធានបទ", "បង្កើតដោយ", "ប្រភព"),
}


def hand_escape(text: str) -> str:
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def hand_fold(line: str) -> bytes:
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return raw + b"\r\n"
    pieces = []
    start, limit = 0, 75
    while len(raw) - start > limit:
        cut = start + limit
        while raw[cut] & 0xC0 == 0x80:  # never cut inside a UTF-8 sequence
            cut -= 1
        pieces.append(raw[start:cut])
        start, limit = cut, 74
    pieces.append(raw[start:])
    return b"\r\n ".join(pieces) + b"\r\n"


def ymd(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def hand_ical(occurrences: Iterable[Occurrence], lang: str, version: str) -> bytes:
    """The feed of ``occurrences`` written with string formatting, in a plain loop.

    The texts of an occurrence (title, theme) come from the same public accessors that
    ``to_ical`` uses; everything else (language fallback, description, escaping, dates,
    folding, sorting) is done here, per event.
    """
    chain = [lang, "en"] if lang != "en" else ["en"]
    calendar, theme_word, by_word, sources_word = _LABELS[lang]
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//childdays//childdays {version}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"NAME:{hand_escape(calendar)}",
        f"X-WR-CALNAME:{hand_escape(calendar)}",
        "REFRESH-INTERVAL;VALUE=DURATION:P1D",
        "X-PUBLISHED-TTL:P1D",
    ]
    for occ in sorted(occurrences, key=lambda o: (o.start, o.observance.id, o.year)):
        record = occ.observance.record
        name_lang = next((c for c in chain if c in record.names), None)
        param = f";LANGUAGE={name_lang}" if name_lang else ""
        stamp = f"{ymd(record.updated)}T000000Z" if record.updated else "19700101T000000Z"
        end = occ.start + timedelta(days=record.duration)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{hand_escape(f'{record.id}-{occ.year}@childdays')}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{ymd(occ.start)}",
            f"DTEND;VALUE=DATE:{ymd(end)}",
            f"SUMMARY{param}:{hand_escape(occ.title(lang))}",
        ]
        parts = []
        theme = occ.theme(lang)
        if theme:
            parts.append(f"{theme_word}: {theme}")
        described = next((c for c in chain if c in record.descriptions), None)
        if described:
            parts.append(record.descriptions[described])
        if record.established_by:
            parts.append(f"{by_word}: {record.established_by}")
        if record.sources:
            parts.append(f"{sources_word}: " + " ".join(s.url for s in record.sources))
        if parts:
            lines.append(f"DESCRIPTION{param}:{hand_escape(chr(10).join(parts))}")
        if record.url:
            lines.append(f"URL:{record.url}")
        if record.tags:
            lines.append("CATEGORIES:" + ",".join(hand_escape(t) for t in sorted(record.tags)))
        lines += [
            "CLASS:PUBLIC",
            "TRANSP:TRANSPARENT",
            "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
            "STATUS:CONFIRMED" if occ.confirmed else "STATUS:TENTATIVE",
            f"SEQUENCE:{record.revision - 1}",
        ]
        if record.updated:
            lines.append(f"LAST-MODIFIED:{stamp}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return b"".join(hand_fold(line) for line in lines)


def content_lines(feed: bytes) -> int:
    """The number of (unfolded) content lines of ``feed``."""
    return feed.count(b"\r\n") - feed.count(b"\r\n ")


# ---------------------------------------------------------------------------------------------
# The figures


@dataclass
class Row:
    figure: str
    ours: str
    anchor: str
    ratio: float | None
    target: float | None

    def cells(self) -> list[str]:
        ratio = f"{self.ratio:.2f}×" if self.ratio is not None else "n/a"
        if self.target is None:
            target, met = "—", "—"
        else:
            target = f"≤ {self.target:.1f}×"
            met = "n/a" if self.ratio is None else ("yes" if self.ratio <= self.target else "no")
        return [self.figure, self.ours, self.anchor, ratio, target, met]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def us(seconds: float) -> str:
    return f"{seconds * 1e6:.2f} µs"


FIRST_ANSWER = (
    "from datetime import date\nimport childdays\n"
    "childdays.catalog().for_country('KH').on(date(2024, 6, 1))"
)
HOLIDAYS_FIRST_ANSWER = (
    "from datetime import date\nimport holidays\ndate(2024, 6, 1) in holidays.KH(years=2024)"
)


def figure_a(runs: int, notes: list[str]) -> list[Row]:
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
    t = {key: median_seconds(value) for key, value in results.items()}
    notes.append(
        f"a: whole processes, median of {runs} interleaved runs each; a bare `python -c pass` "
        f"takes {ms(t['bare'])} of every one of them. The tree's bytecode is compiled first, as "
        "pip compiles an installed package's."
    )
    return [
        Row(
            f"a. `import childdays` (process, median of {runs})",
            ms(t["import"]),
            f"{ms(t['import_anchor'])} `import holidays`",
            t["import"] / t["import_anchor"],
            1.0,
        ),
        Row(
            "a. time to first answer (import, catalog, `for_country('KH').on(date)`)",
            ms(t["answer"]),
            f"{ms(t['answer_anchor'])} `holidays.KH(years=2024)`",
            t["answer"] / t["answer_anchor"],
            0.8,
        ),
    ]


CATALOG_LOAD = """
import time
import childdays
started = time.perf_counter()
cat = childdays.catalog()
print(repr({"seconds": time.perf_counter() - started, "records": len(cat)}))
"""
JSON_FLOOR = """
import time
import childdays
from importlib import resources
started = time.perf_counter()
import json
json.loads(resources.files("childdays").joinpath("data", "builtin.json").read_text("utf-8"))
print(repr({"seconds": time.perf_counter() - started}))
"""


def figure_b(runs: int, notes: list[str]) -> list[Row]:
    report(CATALOG_LOAD)  # warm-up
    loads, floors, records = [], [], 0
    for _ in range(runs):
        found = report(CATALOG_LOAD)
        loads.append(found["seconds"])
        records = found["records"]
        floors.append(report(JSON_FLOOR)["seconds"])
    load, floor = statistics.median(loads), statistics.median(floors)
    notes.append(
        f"b: first `childdays.catalog()` in a fresh process after `import childdays`, median of "
        f"{runs}; the anchor is only reading and `json.loads` of the compiled `builtin.json` "
        "(the floor of any load), not a target."
    )
    return [
        Row(
            f"b. first `catalog()` ({records} records)",
            f"{ms(load)} = {us(load / records)}/record",
            f"{ms(floor)} `json.loads(builtin.json)`",
            load / floor,
            None,
        )
    ]


YEAR_OURS = """
import time
from datetime import date
import childdays
first, last = date(2024, 1, 1), date(2024, 12, 31)
t0 = time.perf_counter()
cat = childdays.catalog()
t1 = time.perf_counter()
found = cat.occurrences(first, last)
t2 = time.perf_counter()
warm = []
for _ in range(WARM):
    started = time.perf_counter()
    cat.occurrences(first, last)
    warm.append(time.perf_counter() - started)
print(repr({"cold": t2 - t0, "query": t2 - t1, "warm": warm, "count": len(found)}))
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


def figure_c(runs: int, notes: list[str]) -> list[Row]:
    ours_code = YEAR_OURS.replace("WARM", "20")
    theirs_code = YEAR_HOLIDAYS.replace("WARM", "3")
    report(ours_code)
    report(theirs_code)
    ours, theirs = [], []
    for _ in range(runs):
        ours.append(report(ours_code))
        theirs.append(report(theirs_code))
    cold = statistics.median(r["cold"] for r in ours)
    query = statistics.median(r["query"] for r in ours)
    warm = statistics.median(w for r in ours for w in r["warm"])
    their_cold = statistics.median(r["cold"] for r in theirs)
    their_warm = statistics.median(w for r in theirs for w in r["warm"])
    count, their_count = ours[0]["count"], theirs[0]["count"]
    countries = theirs[0]["countries"]
    anchor = f"{countries} countries, {their_count} holidays"
    notes.append(
        f"c: 2024, {count} occurrences of the whole catalog vs python-holidays' "
        f"`country_holidays(code, years=2024)` for {countries} countries ({their_count} "
        f"holidays, default subdivisions); cold = the first time in a fresh process after the "
        f"import, median of {runs} processes; warm = the same call again in that process."
        " childdays' cold figure includes loading the catalog, as python-holidays' includes "
        "importing its country modules; the row without the load is shown for context."
    )
    return [
        Row(
            "c. one year, whole catalog, cold (load + query)",
            ms(cold),
            f"{ms(their_cold)} ({anchor})",
            cold / their_cold,
            0.1,
        ),
        Row(
            "c. one year, cold query only (catalog already loaded)",
            ms(query),
            f"{ms(their_cold)} (cold, as above)",
            query / their_cold,
            None,
        ),
        Row(
            "c. one year, whole catalog, warm",
            ms(warm),
            f"{ms(their_warm)} (warm)",
            warm / their_warm,
            None,
        ),
    ]


@dataclass
class HandWriter:
    seconds_per_event: float
    seconds_per_line: float


def timed(function: Callable[[], bytes]) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def figure_d(runs: int, notes: list[str]) -> tuple[list[Row], HandWriter]:
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
        ours.append(timed(lambda: ical.to_ical(occurrences, lang="en")))
        theirs.append(timed(lambda: hand_ical(occurrences, "en", version)))
    mine, hand = statistics.median(ours), statistics.median(theirs)
    notes.append(
        f"d: `to_ical` of the {events} occurrences of the whole catalog 2024-2036 (en, "
        f"{lines} content lines, {len(feed)} bytes) vs the hand writer in this file, which "
        f"writes the same bytes (asserted for en, km, and km for KH); median of {runs} "
        "in-process runs each, interleaved."
    )
    row = Row(
        "d. feed serialization per content line",
        us(mine / lines),
        f"{us(hand / lines)} hand writer",
        mine / hand,
        2.0,
    )
    return [row], HandWriter(hand / events, hand / lines)


def has_build() -> bool:
    argv = [PY, "-m", "childdays", "build", "--help"]
    return spawn(argv).status == 0


def count_events(folder: Path) -> int:
    return sum(path.read_bytes().count(b"BEGIN:VEVENT") for path in folder.rglob("*.ics"))


def figure_e(runs: int, hand: HandWriter, build: bool, notes: list[str]) -> list[Row]:
    anchor = f"{1 / hand.seconds_per_event:,.0f} events/s hand writer"
    if not build:
        return [Row("e. `childdays build` (site)", "n/a (no build command)", anchor, None, 2.0)]
    times, events = [], 0
    for index in range(runs + 1):
        with tempfile.TemporaryDirectory() as folder:
            argv = [PY, "-m", "childdays", "build", str(Path(folder) / "site")]
            run = checked(spawn(argv), argv)
            events = count_events(Path(folder) / "site")
        if index:  # the first is a warm-up
            times.append(run.seconds)
    seconds = statistics.median(times)
    notes.append(
        f"e: `childdays build` as a whole process, median of {runs}; {events} events in all its "
        ".ics files."
    )
    return [
        Row(
            "e. `childdays build` (site), events/s",
            f"{events / seconds:,.0f} events/s ({ms(seconds)}, {events} events)",
            anchor,
            (seconds / events) / hand.seconds_per_event,
            2.0,
        )
    ]


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


ICS_ALL = ("--scope", "all", "--from", "2024", "--to", "2036")


def figure_f(runs: int, build: bool, notes: list[str]) -> list[Row]:
    with tempfile.TemporaryDirectory() as folder:
        feed = str(Path(folder) / "all.ics")
        commands = {
            "ics": [PY, "-m", "childdays", "ics", *ICS_ALL, "-o", feed],
            "anchor": python("import icalendar, pydantic"),
            "floor": [PY, "-I", "-S", "-c", "pass"],
        }
        samples: dict[str, list[int]] = {key: [] for key in commands}
        for index in range(runs):
            for key, argv in commands.items():
                samples[key].append(max_rss_kib(argv))
            if build:  # a new site folder each time
                site = str(Path(folder) / f"site-{index}")
                samples.setdefault("build", []).append(
                    max_rss_kib([PY, "-m", "childdays", "build", site])
                )
    rss = {key: statistics.median(value) for key, value in samples.items()}
    anchor = f"{rss['anchor'] / 1024:.1f} MiB `import icalendar, pydantic`"
    notes.append(
        f"f: max RSS (`ru_maxrss` from `wait4`) of each child alone, forked by a tiny wrapper "
        f"process, median of {runs}; a bare `python -I -S -c pass` measured the same way peaks "
        f"at {rss['floor'] / 1024:.1f} MiB."
    )
    rows = [
        Row(
            "f. max RSS, `ics --scope all --from 2024 --to 2036 -o FILE`",
            f"{rss['ics'] / 1024:.1f} MiB",
            anchor,
            rss["ics"] / rss["anchor"],
            2.0,
        )
    ]
    if build:
        rows.append(
            Row(
                "f. max RSS, `childdays build` (site)",
                f"{rss['build'] / 1024:.1f} MiB",
                anchor,
                rss["build"] / rss["anchor"],
                2.0,
            )
        )
    else:
        missing = "n/a (no build command)"
        rows.append(Row("f. max RSS, `childdays build`", missing, anchor, None, 2.0))
    return rows


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


def table(rows: list[Row]) -> str:
    head = ["figure", "childdays", "anchor", "ratio", "target", "met?"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs (a rough table)")
    args = parser.parse_args(argv)
    try:
        import holidays  # noqa: F401
    except ImportError:
        sys.exit("benchmark: python-holidays is the anchor: pip install -e '.[bench]'")
    process_runs, child_runs, inner_runs, memory_runs = (
        (5, 3, 3, 3) if args.quick else (21, 11, 11, 7)
    )
    notes: list[str] = []
    argv_compile = [PY, "-m", "compileall", "-q", str(SRC)]
    checked(spawn(argv_compile), argv_compile)
    build = has_build()
    rows = figure_a(process_runs, notes)
    rows += figure_b(process_runs, notes)
    rows += figure_c(child_runs, notes)
    d_rows, hand = figure_d(inner_runs, notes)
    rows += d_rows
    rows += figure_e(max(child_runs // 2, 2), hand, build, notes)
    rows += figure_f(memory_runs, build, notes)
    print(f"Machine: {machine()}{' (--quick)' if args.quick else ''}\n")
    print(table(rows))
    print()
    for note in notes:
        print(f"- {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
