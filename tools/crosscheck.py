"""Cross-check the national Children's Days against python-holidays and date-holidays.

Neither library is a dependency of childdays: run this from a scratch environment that has
them, e.g.

    python3 -m venv /tmp/xc && /tmp/xc/bin/pip install holidays -e .
    (cd /tmp/xc && npm install date-holidays)
    /tmp/xc/bin/python tools/crosscheck.py --node-modules /tmp/xc/node_modules

It compares, for 1950-2030, the dates of each country's Children's Day(s) in childdays with the
holidays whose names say "child" in the other library, and writes docs/crosscheck.md: every
disagreement, with the explanation and deciding source from tools/crosscheck_notes.toml.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import childdays

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "docs" / "crosscheck.md"
NOTES = ROOT / "tools" / "crosscheck_notes.toml"
YEARS = range(1950, 2031)
CHILD = re.compile(
    r"child|kinder|niñ|infan|crian|enfant|çocuk|어린이|こども|子ども|เด็ก|兒童|儿童|dziec|"
    r"детей|дитин|dět|detí|gyermek|copil|vaik|bērn|\blapse|\blaste|bambin|\bbarn(ens?|s|dag)?\b|\bbørn|"
    r"\blasten|thiếu nhi|trẻ em|hari anak|\bbata\b|kanak",
    re.IGNORECASE,
)
#: Substitute and bridge days carry the name of the day they replace; they are not the day
#: (nor is St Kitts and Nevis's "Children's Carnival Day").
SUBSTITUTE = re.compile(
    r"observed|substitut|alternative|in lieu|bridge|day off|振替|대체|補|ชดเชย|estimated|"
    r"carnival",
    re.IGNORECASE,
)
NODE_SCRIPT = """
const Holidays = require('date-holidays');
const [country, first, last] = process.argv.slice(1);
const h = new Holidays(country);
const out = [];
for (let y = Number(first); y <= Number(last); y++) {
  for (const lang of ['en', undefined]) {
    for (const x of (h.getHolidays(y, lang) || [])) {
      out.push([x.date.slice(0, 10), x.name, x.type]);
    }
  }
}
console.log(JSON.stringify(out));
"""

Dates = dict[int, set[date]]


def ours(country: str) -> Dates:
    """Our Children's Day dates in ``country`` (its own records and the days folded into it)."""
    cat = childdays.catalog()
    view = cat.for_country(country)
    folded = {o.record.same_as for o in cat if o.scope == country and o.record.same_as}
    chosen = [
        o
        for o in view
        if o.scope == country
        or o.id in folded
        or (
            "childrens-day" in o.tags and any(h.country == country for h in o.record.public_holiday)
        )
    ]
    found: Dates = {}
    for observance in chosen:
        for year in YEARS:
            day = observance.date(year)
            if day is not None:
                found.setdefault(year, set()).add(day)
    return found


def python_holidays(country: str) -> Dates | None:
    """python-holidays' dates whose names mean Children's Day, or None without the country."""
    import holidays

    try:
        cls = holidays.country_holidays(country).__class__
    except NotImplementedError:
        return None
    categories = getattr(cls, "supported_categories", ("public",))
    found: Dates = {}
    for language in ("en_US", None):
        try:
            table = holidays.country_holidays(
                country, years=YEARS, categories=categories, language=language
            )
        except (NotImplementedError, ValueError):
            continue
        for day, name in table.items():
            if CHILD.search(name) and not SUBSTITUTE.search(name):
                found.setdefault(day.year, set()).add(day)
    return found


def date_holidays(country: str, node_modules: Path) -> Dates | None:
    """date-holidays' dates whose names mean Children's Day, or None without the country."""
    result = subprocess.run(
        ["node", "-e", NODE_SCRIPT, country, str(YEARS[0]), str(YEARS[-1])],
        capture_output=True,
        text=True,
        cwd=node_modules.parent,
        check=False,
    )
    if result.returncode != 0:
        return None
    rows: list[list[str]] = json.loads(result.stdout or "[]")
    if not rows:
        return None
    found: Dates = {}
    for day_text, name, _kind in rows:
        if CHILD.search(name) and not SUBSTITUTE.search(name):
            day = date.fromisoformat(day_text)
            found.setdefault(day.year, set()).add(day)
    return found


def disagreements(mine: Dates, theirs: Dates) -> list[str]:
    """Years where the two differ, as short lines (only years the other library covers)."""
    lines = []
    first_theirs = min(theirs, default=None)
    for year in YEARS:
        a, b = mine.get(year, set()), theirs.get(year, set())
        if a == b or (first_theirs is not None and year < first_theirs and not b):
            continue
        if b and not a:
            lines.append(f"{year}: they have {', '.join(sorted(map(str, b)))}; we have none")
        elif a and not b:
            lines.append(f"{year}: we have {', '.join(sorted(map(str, a)))}; they have none")
        else:
            lines.append(
                f"{year}: we have {', '.join(sorted(map(str, a)))}; "
                f"they have {', '.join(sorted(map(str, b)))}"
            )
    return lines


def _ranges(lines: list[str]) -> str:
    """Compress year lines that differ in the same way into ranges."""
    groups: list[tuple[int, int, str]] = []
    for line in lines:
        year_text, rest = line.split(": ", 1)
        year = int(year_text)
        shape = re.sub(r"\d{4}-", "YYYY-", rest)
        if groups and groups[-1][1] == year - 1 and groups[-1][2] == shape:
            groups[-1] = (groups[-1][0], year, shape)
        else:
            groups.append((year, year, shape))
    return "; ".join(f"{a}–{b}: {shape}" if a != b else f"{a}: {shape}" for a, b, shape in groups)


def countries() -> list[str]:
    """The countries with a national record in childdays."""
    return sorted({o.scope for o in childdays.catalog() if len(o.scope) == 2})


def report(node_modules: Path | None) -> tuple[str, list[str]]:
    """The markdown report and the (country, library) pairs that lack an explanation."""
    notes: dict[str, Any] = tomllib.loads(NOTES.read_text("utf-8")) if NOTES.exists() else {}
    lines = [
        "# Cross-check against python-holidays and date-holidays",
        "",
        "Generated by `tools/crosscheck.py` (see its docstring for how to run it); the",
        "explanations come from `tools/crosscheck_notes.toml`. For 1950-2030, each country's",
        "Children's Day dates in childdays are compared with the days whose names mean",
        "Children's Day in the other library, in the years that library covers. Where the",
        "libraries say nothing about a country the row says so.",
        "",
    ]
    missing: list[str] = []
    agreements = 0
    for country in countries():
        mine = ours(country)
        rows: list[tuple[str, str]] = []
        for library, theirs in (
            ("python-holidays", python_holidays(country)),
            ("date-holidays", date_holidays(country, node_modules) if node_modules else None),
        ):
            if theirs is None:
                continue
            if not theirs:
                rows.append((library, "has no Children's Day for this country"))
                continue
            found = disagreements(mine, theirs)
            if found:
                rows.append((library, _ranges(found)))
            else:
                agreements += 1
        if not rows:
            continue
        lines += [f"## {country}", ""]
        for library, text in rows:
            lines.append(f"- **{library}**: {text}")
            note = notes.get(country, {}).get(library.replace("-", "_"))
            if note:
                lines.append(f"  - Why: {note['why']} Source: <{note['source']}>")
            elif "has no Children's Day" not in text:
                missing.append(f"{country} {library}")
        lines.append("")
    lines.insert(8, f"Agreements (country and library with no difference): {agreements}.\n")
    return "\n".join(lines), missing


def main(argv: Iterable[str] | None = None) -> int:
    """Write docs/crosscheck.md; exit 1 if a disagreement has no explanation."""
    parser = argparse.ArgumentParser(prog="tools/crosscheck.py")
    parser.add_argument("--node-modules", type=Path, help="a node_modules with date-holidays")
    args = parser.parse_args(list(argv) if argv is not None else None)
    text, missing = report(args.node_modules)
    TARGET.write_text(text, encoding="utf-8")
    for item in missing:
        print(f"unexplained: {item}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
