"""Merge your own observances into the built-in catalog and write a Khmer feed for Cambodia.

python examples/merge_custom.py OUT.ics
"""

from __future__ import annotations

import sys
from pathlib import Path

import childdays
from childdays.ical import feed

HERE = Path(__file__).parent


def main(output: Path) -> int:
    mine = childdays.load(HERE / "custom_observances.toml")
    cambodia = childdays.catalog().merge(mine).for_country("KH")
    output.write_bytes(feed(cambodia, first_year=2024, last_year=2026, lang="km"))
    week = cambodia["school-child-protection-week"].occurrence(2024)
    print(f"{output}: {week.title('km')} {week.start} to {week.end}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "kh-with-school.ics")))
