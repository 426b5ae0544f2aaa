"""Write docs/catalogue.md from the built-in data (``--check`` exits 1 when it is stale)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import childdays

TARGET = Path(__file__).resolve().parent.parent / "docs" / "catalogue.md"


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_DAYS = {
    "MO": "Monday",
    "TU": "Tuesday",
    "WE": "Wednesday",
    "TH": "Thursday",
    "FR": "Friday",
    "SA": "Saturday",
    "SU": "Sunday",
}
_NTH = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last"}


def describe(rule: str) -> str:
    """A yearly rule in English words, e.g. "second Saturday of January" (else the rule)."""
    parts = dict(item.split("=", 1) for item in rule.split(";"))
    month = parts.get("BYMONTH", "")
    if not month.isdigit() or set(parts) - {"FREQ", "BYMONTH", "BYMONTHDAY", "BYDAY"}:
        return f"`{rule}`"
    name = _MONTHS[int(month) - 1]
    if "BYDAY" not in parts and parts.get("BYMONTHDAY", "").isdigit():
        return f"{int(parts['BYMONTHDAY'])} {name}"
    match = re.fullmatch(r"([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)", parts.get("BYDAY", ""))
    if match and "BYMONTHDAY" not in parts and match.group(1):
        return f"{_NTH.get(int(match.group(1)), match.group(1))} {_DAYS[match.group(2)]} of {name}"
    return f"`{rule}`"


def world_table(cat: childdays.Catalog) -> list[str]:
    """The world table of national Children's Days."""
    lines = [
        "## Children's Days of the world",
        "",
        "| country | name | local names | date | since | public holiday |",
        "|---|---|---|---|---|---|",
    ]
    national = sorted(
        (o for o in cat if len(o.scope) == 2 and "childrens-day" in o.tags),
        key=lambda o: (o.scope, o.id),
    )
    for observance in national:
        record = observance.record
        local = ", ".join(
            f"{name} ({lang})" for lang, name in sorted(record.names.items()) if lang != "en"
        )
        spans = "; ".join(
            describe(span.rule) + (f" (to {span.until})" if span.until else "")
            for span in record.schedule
        )
        if record.same_as:
            spans += f" — the same day as `{record.same_as}`"
        since = record.first_year or f"{record.schedule[0].since} (earliest attested)"
        holiday = "; ".join(f"{h.since}–{h.until or ''}" for h in record.public_holiday) or "no"
        cells = (record.scope, observance.name("en"), local, spans, since, holiday)
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return [*lines, ""]


def catalogue_markdown() -> str:
    """The catalogue page: every built-in observance with rule, first year, body and sources."""
    cat = childdays.catalog()
    lines = [
        "# Catalogue of built-in observances",
        "",
        "Generated from the data by `python tools/gen_catalogue.py`; do not edit by hand.",
        "",
        "The worldwide and regional observances, then the world table of national Children's",
        "Days; every file's sources are in `src/childdays/data/`.",
        "",
        "| id | name | scope | rule | first year | established by | instrument |",
        "|---|---|---|---|---|---|---|",
    ]
    worldwide = [o for o in cat if len(o.scope) != 2]
    for observance in worldwide:
        rules = "; ".join(
            f"`{span.rule}` ({span.since}–{span.until or ''})"
            for span in observance.record.schedule
        )
        lines.append(
            "| "
            + " | ".join(
                _cell(value)
                for value in (
                    f"`{observance.id}`",
                    observance.name("en"),
                    observance.scope,
                    rules,
                    observance.first_year or "",
                    observance.established_by or "",
                    observance.instrument or "",
                )
            )
            + " |"
        )
    lines.append("")
    lines += world_table(cat)
    for observance in worldwide:
        lines += [f"## {observance.name('en')}", "", f"`{observance.id}`", ""]
        names = ", ".join(f"{lang}: {name}" for lang, name in sorted(observance.names.items()))
        lines += [f"Names — {names}", ""]
        if observance.record.note:
            lines += [f"Note — {_cell(observance.record.note)}", ""]
        lines += ["Sources:", ""]
        lines += [f"- [{_cell(s.title)}]({s.url})" for s in observance.sources]
        lines.append("")
    return "\n".join(lines)


def main() -> int:
    """Write or check the page."""
    text = catalogue_markdown()
    if "--check" in sys.argv[1:]:
        if not TARGET.exists() or TARGET.read_text("utf-8") != text:
            print(f"{TARGET} is stale: run python tools/gen_catalogue.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
