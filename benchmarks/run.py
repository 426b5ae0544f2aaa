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

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    FIGURES,
    FULL,
    PY,
    QUICK,
    SRC,
    Budget,
    Row,
    checked,
    figure,
    interleaved,
    max_rss_kib,
    median_seconds,
    ms,
    python,
    report,
    spawn,
    table,
    us,
)

import childdays
from childdays import ical
from childdays.observances import Observance, Occurrence

# ---------------------------------------------------------------------------------------------
# The minimal hand-written writer of (d) and of the hand-written build of (e)

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
#: The most sources an event lists (as the library's feeds).
MAX_SOURCES = 3


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


def hand_static(observance: Observance, lang: str, details_url: str | None) -> list[bytes]:
    """What every event of ``observance`` in one feed shares (the library caches it too).

    Texts come from the public accessors (``localized_name``, ``localized_description``,
    ``sources_for``, ``url_for``) and the feed's words (``ical.word``, ``ical.labelled``);
    the lines are assembled, escaped and folded here.
    """
    record = observance.record
    stamp = f"{ymd(record.updated)}T000000Z" if record.updated else "19700101T000000Z"
    parts: list[str] = []
    page = details_url.replace("{id}", observance.id) if details_url else None
    if details_url is not None:
        parts.append(page or "")
    else:
        about = observance.localized_description(lang)
        if about:
            if about.lang.split("-")[0] == ical.words_language(lang):
                parts.append(about.text)
            else:
                parts.append(ical.labelled("about", about, lang))
        if observance.established_by:
            parts.append(ical.labelled("established_by", observance.established_by, lang))
        urls = [s.url for s in observance.sources_for(lang, limit=MAX_SOURCES)]
        if urls:
            parts.append(f"{ical.word('sources', lang)}: " + " ".join(urls))
    url = page or observance.url_for(lang)
    middle = [f"URL:{url}"] if url else []
    if record.tags:
        middle.append("CATEGORIES:" + ",".join(hand_escape(t) for t in sorted(record.tags)))
    middle += ["CLASS:PUBLIC", "TRANSP:TRANSPARENT", "X-MICROSOFT-CDO-BUSYSTATUS:FREE"]
    end = [f"SEQUENCE:{record.revision - 1}"]
    if record.updated:
        end.append(f"LAST-MODIFIED:{stamp}")
    return [
        f";LANGUAGE={observance.localized_name(lang).lang}".encode(),
        f";LANGUAGE={ical.words_language(lang)}".encode(),
        hand_fold(f"DTSTAMP:{stamp}"),
        hand_escape("\n".join(parts)).encode(),
        b"".join(hand_fold(line) for line in middle),
        b"".join(hand_fold(line) for line in end),
    ]


def hand_ical(
    occurrences: Iterable[Occurrence], lang: str, version: str, details_url: str | None = None
) -> bytes:
    """The feed of ``occurrences`` written with string formatting, in a plain loop.

    ``details_url`` (a template with ``{id}``) writes the site's feeds: the event's description
    is that link. Like ``to_ical``, what every event of an observance shares in one feed is
    made once per feed; the rest (titles, themes, dates, escaping, folding, sorting) per event.
    """
    calendar = hand_escape(ical.word("calendar", lang))
    about = hand_escape(ical.word("description", lang))
    head = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//childdays//childdays {version}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"NAME:{calendar}",
        f"X-WR-CALNAME:{calendar}",
        f"DESCRIPTION:{about}",
        f"X-WR-CALDESC:{about}",
        "REFRESH-INTERVAL;VALUE=DURATION:P1D",
        "X-PUBLISHED-TTL:P1D",
    ]
    out = [hand_fold(line) for line in head]
    shared: dict[str, list[bytes]] = {}
    for occ in sorted(occurrences, key=lambda o: (o.start, o.id, o.year)):
        observance = occ.observance
        static = shared.get(observance.id)
        if static is None:
            static = shared[observance.id] = hand_static(observance, lang, details_url)
        language, words, stamp, tail, middle, end = static
        description = tail
        theme = occ.localized_theme(lang)
        if theme:
            prefix = hand_escape(ical.labelled("theme", theme, lang)).encode()
            description = prefix + b"\\n" + tail if tail else prefix
        last = occ.start + timedelta(days=observance.duration)
        out += [
            b"BEGIN:VEVENT\r\n",
            hand_fold(f"UID:{hand_escape(occ.uid)}"),
            stamp,
            f"DTSTART;VALUE=DATE:{ymd(occ.start)}\r\nDTEND;VALUE=DATE:{ymd(last)}\r\n".encode(),
            hand_fold(f"SUMMARY{language.decode()}:{hand_escape(occ.title(lang))}"),
        ]
        if description:
            out.append(hand_fold(f"DESCRIPTION{words.decode()}:{description.decode()}"))
        out += [
            middle,
            b"STATUS:CONFIRMED\r\n" if occ.confirmed else b"STATUS:TENTATIVE\r\n",
            end,
            b"END:VEVENT\r\n",
        ]
    out.append(b"END:VCALENDAR\r\n")
    return b"".join(out)


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


@figure("b")
def figure_b(budget: Budget, notes: list[str]) -> list[Row]:
    runs = budget.process_runs
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


@figure("d")
def figure_d(budget: Budget, notes: list[str]) -> list[Row]:
    rows, _ = hand_writer(budget.inner_runs)
    notes.append(rows[1])
    return [rows[0]]


@functools.cache
def hand_writer(runs: int) -> tuple[tuple[Row, str], HandWriter]:
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
    note = (
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
    return (row, note), HandWriter(hand / events, hand / lines)


def has_build() -> bool:
    argv = [PY, "-m", "childdays", "build", "--help"]
    return spawn(argv).status == 0


def count_events(folder: Path) -> int:
    return sum(path.read_bytes().count(b"BEGIN:VEVENT") for path in folder.rglob("*.ics"))


@figure("e")
def figure_e(budget: Budget, notes: list[str]) -> list[Row]:
    runs = max(budget.child_runs // 2, 2)
    _, hand = hand_writer(budget.inner_runs)
    build = has_build()
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


ICS_ALL = ("--scope", "all", "--from", "2024", "--to", "2036")


@figure("f")
def figure_f(budget: Budget, notes: list[str]) -> list[Row]:
    runs = budget.memory_runs
    build = has_build()
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
