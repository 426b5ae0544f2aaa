"""Fuzz the loader and the feed writer with hypothesis and a large example budget.

Not part of the default test run. Run for a while, e.g.:

    python fuzz/fuzz_loader_and_feed.py --examples 20000

The loader must either load a file or raise DataError (never another exception), and what it
loads must render in both feed modes, CSV, JSON-LD and h-event at both ends of the years (1 and
9999); any text that reaches a feed must come back unchanged from an independent parser, with
no line over 75 octets.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import date
from pathlib import Path

import icalendar
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import childdays
from childdays.ical import feed as to_ical_feed
from childdays.ical import to_ical
from childdays.model import with_defaults
from childdays.records import ObservanceRecord, record_from_json

SEEDS = sorted((Path(__file__).parent.parent / "src" / "childdays" / "data").rglob("*.toml"))
SEEDS += sorted((Path(__file__).parent.parent / "tests" / "bad").iterdir())


def mutate(data: bytes, rng: random.Random, steps: int) -> bytes:
    """Byte-level mutations: flips, deletions, duplications, insertions of TOML-ish tokens."""
    tokens = [
        b"=",
        b"[",
        b"]",
        b"[[",
        b'"',
        b"\n",
        b"\r\n",
        b"2024",
        b"-1",
        b"\x00",
        b"\xff",
        b"FREQ=YEARLY;",
        b"BYDAY=5SU",
        b"\\u0000",
        b"until = 1",
        b"{",
        b"}",
        b",",
    ]
    buffer = bytearray(data)
    for _ in range(steps):
        if not buffer:
            buffer.extend(rng.choice(tokens))
            continue
        where = rng.randrange(len(buffer))
        action = rng.randrange(4)
        if action == 0:
            buffer[where] = rng.randrange(256)
        elif action == 1:
            del buffer[where : where + rng.randrange(1, 40)]
        elif action == 2:
            buffer[where:where] = rng.choice(tokens)
        else:
            size = rng.randrange(1, 80)
            buffer[where:where] = buffer[where : where + size]
    return bytes(buffer)


def render_everywhere(cat: childdays.Catalog) -> None:
    """What validation accepts, every renderer renders: both modes at both ends of the years."""
    from childdays.export import to_csv, to_hevent, to_jsonld

    for first, last in ((1, 2), (2024, 2025), (9998, 9999)):
        for recurring in (False, True):
            to_ical_feed(cat, first_year=first, last_year=last, recurring=recurring)
        window = cat.occurrences(date(first, 1, 1), date(last, 12, 31))
        to_csv(window)
        to_hevent(window)
        to_jsonld(window)


def fuzz_loader(examples: int, folder: Path) -> int:
    """Mutate seed files and load them; return the number loaded successfully."""
    loaded = 0
    rng = random.Random(20261129)
    for number in range(examples):
        seed = rng.choice(SEEDS)
        content = mutate(seed.read_bytes(), rng, rng.randrange(1, 12))
        path = folder / f"case{number % 7}{seed.suffix}"
        path.write_bytes(content)
        try:
            render_everywhere(childdays.load(path))
            loaded += 1
        except childdays.DataError as exc:
            assert exc.problems, "a DataError always names a problem"
            for problem in exc.problems:
                assert "\n" not in str(problem), str(problem)
    return loaded


def fuzz_feed(examples: int) -> None:
    """Arbitrary names and themes survive a feed round trip through icalendar."""

    @settings(max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck))
    @given(
        name=st.text(min_size=1, max_size=300).map(str.strip).filter(bool),
        theme=st.text(min_size=1, max_size=1000),
    )
    def check(name: str, theme: str) -> None:
        clean = "".join(c for c in name if c >= " " and c != "\x7f") or "x"
        record = record_from_json(
            ObservanceRecord,
            with_defaults(
                {
                    "id": "fuzz-day",
                    "scope": "world",
                    "tags": ["rights"],
                    "names": {"en": clean},
                    "schedule": [{"rule": "FREQ=YEARLY;BYMONTH=2;BYDAY=-1MO", "since": 2000}],
                    "sources": [{"url": "https://example.org", "title": "x"}],
                    "themes": [
                        {"year": 2024, "lang": "en", "text": theme, "source": "https://example.org"}
                    ],
                }
            ),
        )
        occurrence = childdays.Catalog([childdays.Observance(record)])["fuzz-day"].occurrence(2024)
        feed = to_ical([occurrence])
        assert all(len(line) <= 75 for line in feed.split(b"\r\n"))
        event = icalendar.Calendar.from_ical(feed).walk("VEVENT")[0]
        assert str(event["SUMMARY"]) == clean
        assert len(icalendar.Calendar.from_ical(feed).walk("VEVENT")) == 1

    check()


def main() -> None:
    """Run both fuzzers and print what ran."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--examples", type=int, default=5000)
    args = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        loaded = fuzz_loader(args.examples, Path(folder))
    middle = time.perf_counter()
    fuzz_feed(args.examples)
    done = time.perf_counter()
    print(
        f"loader: {args.examples} mutated files ({loaded} still valid) in "
        f"{middle - started:.0f} s; feed: {args.examples} generated texts in "
        f"{done - middle:.0f} s; no failure"
    )


if __name__ == "__main__":
    main()
