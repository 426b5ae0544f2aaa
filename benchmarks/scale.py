"""User catalogs at scale (issue 18, item 4): load, one year and one country's feed at 1k-100k.

    python benchmarks/run.py --only x      (or: python benchmarks/scale.py [--quick])

Invented user files (one observance each, a few hundred distinct rules shared, as real user
catalogs repeat rules; one in ten worldwide, the rest spread over twenty countries) are written
to a temporary folder at each size. Figures:

- loading 10,000 files with ``childdays.load`` against reading and ``tomllib``-parsing the
  same files (target ≤ 2×), interleaved, in this process after one untimed warm-up of each;
- the time of ``childdays.load``, of the whole catalog's occurrences in one year, and of one
  country's feed (``ical.feed(catalog.select("KH"))``) at 1k, 10k and 100k observances, and the
  exponent of each (log of the time ratio over log of the size ratio, 1k to 100k): 1.0 is
  linear.

Medians with their spread; nothing asserts a time.
"""

from __future__ import annotations

import math
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from common import Budget, Row, figure, median, ms, paired_row, pm

COUNTRIES = (
    "KH", "VN", "TH", "FR", "ES", "PT", "JP", "ID", "CN", "RU",
    "EG", "BR", "MX", "IN", "NG", "KE", "US", "GB", "DE", "IT",
)  # fmt: skip
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def invented_file(n: int) -> str:
    """The TOML of invented user observance ``n`` (a few hundred distinct rules in all)."""
    month, step = 1 + n % 12, (n // 12) % 28
    if n % 3 == 0:
        rule = f"FREQ=YEARLY;BYMONTH={month};BYMONTHDAY={1 + step}"
    else:
        rule = f"FREQ=YEARLY;BYMONTH={month};BYDAY={1 + step % 4}{WEEKDAYS[(n // 48) % 7]}"
    scope = "world" if n % 10 == 1 else COUNTRIES[n % len(COUNTRIES)]
    since = 1990 + n % 30
    return (
        f'id = "user-day-{n}"\nscope = "{scope}"\ntags = ["rights"]\nlabel = "edition"\n'
        f"first_year = {since}\nupdated = 2025-01-15\n\n[names]\n"
        f'en = "User Day {n}"\nkm = "ទិវា {n}"\n\n'
        f'[[schedule]]\nrule = "{rule}"\nsince = {since}\n\n'
        f'[[sources]]\nurl = "https://example.org/{n}"\ntitle = "About day {n}"\n'
    )


def write_files(folder: Path, size: int) -> Path:
    where = folder / f"n{size}"
    where.mkdir()
    for n in range(size):
        (where / f"day-{n:06d}.toml").write_text(invented_file(n), encoding="utf-8")
    return where


def timed(work: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def timed_both(work: Callable[[], Any]) -> tuple[float, float]:
    """The wall time and the CPU time (this process's user + system) of ``work()``."""
    started, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - started, time.process_time() - cpu


def parse_all(folder: Path) -> list[Any]:
    """The tomllib floor: read and parse every file (what any loader must do at least)."""
    return [tomllib.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.iterdir())]


def one_feed(catalog: Any) -> bytes:
    from childdays import ical

    return ical.feed(catalog.select("KH"), first_year=2024, last_year=2024, lang="km")


def exponent(small: float, large: float, ratio: float) -> float:
    return math.log(large / small) / math.log(ratio)


@figure("x")
def figure_x(budget: Budget, notes: list[str]) -> list[Row]:
    import childdays

    sizes = (1_000, 10_000) if budget.quick else (1_000, 10_000, 100_000)
    runs = 2 if budget.quick else 5
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="childdays-scale-") as tmp:
        folders = {size: write_files(Path(tmp), size) for size in sizes}
        ten_k = folders[10_000]
        childdays.load(folders[1_000])  # imports pydantic and the models, untimed
        parse_all(ten_k)
        loads, floors = [], []
        for _ in range(runs):
            floors.append(timed_both(lambda: parse_all(ten_k)))
            loads.append(timed_both(lambda: childdays.load(ten_k)))
        for kind, index in (("", 0), (", CPU time", 1)):
            rows.append(
                paired_row(
                    f"x. load 10,000 user files (`childdays.load`){kind}",
                    [load[index] for load in loads],
                    [floor[index] for floor in floors],
                    ours_text=ms,
                    anchor_text=lambda s: ms(s) + " read + `tomllib.loads` of the same files",
                    target=2.0,
                )
            )
        figures: dict[str, dict[int, list[float]]] = {"load": {}, "year": {}, "feed": {}}
        for size in sizes:
            for key in figures:
                figures[key][size] = []
            for _ in range(runs if size < 100_000 else max(runs // 2, 2)):
                seconds, catalog = timed(partial(childdays.load, folders[size]))
                figures["load"][size].append(seconds)
                year = partial(catalog.occurrences, date(2024, 1, 1), date(2024, 12, 31))
                figures["year"][size].append(timed(year)[0])
                feed = partial(one_feed, catalog)
                figures["feed"][size].append(timed(feed)[0])
                del catalog, year, feed
        labels = {
            "load": "load",
            "year": "one year (`occurrences`, whole catalog)",
            "feed": "one country's feed (`select('KH')`, 2024, km)",
        }
        first, last = sizes[0], sizes[-1]
        for key, by_size in figures.items():
            times = ", ".join(
                f"{size:,}: {ms(median(values))}{pm(values)}" for size, values in by_size.items()
            )
            power = exponent(median(by_size[first]), median(by_size[last]), last / first)
            rows.append(
                Row(
                    f"x. {labels[key]} at {times}",
                    f"exponent {power:.2f}",
                    f"linear (exponent 1.00) from {first:,} to {last:,}",
                    power,
                    1.1,
                )
            )
    notes.append(
        f"x: invented user files (one observance each, one in ten worldwide, the rest over 20 "
        f"countries), {runs} interleaved runs for the 10k comparison, in this process after an "
        "untimed load (pydantic imported); the exponent is log(t_large / t_small) / log(size "
        "ratio), 1.00 = linear (its ratio column is the exponent, target ≤ 1.1)."
    )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    from common import run_alone

    return run_alone(figure_x, "--quick" in (sys.argv[1:] if argv is None else argv))


if __name__ == "__main__":
    raise SystemExit(main())
