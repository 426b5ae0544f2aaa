"""Write the docs generated from the data: catalogue, schema, year chart, language coverage.

``--check`` writes nothing and exits 1 when one is stale (a test runs that). The mkdocs hook
(tools/docs_hooks.py) runs this before every site build.
"""

from __future__ import annotations

import html
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

import childdays
from childdays.i18n import month_name

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_localization

DOCS = Path(__file__).resolve().parent.parent / "docs"
TARGET = DOCS / "catalogue.md"


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


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
    name = month_name(int(month), "en")
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
        start = record.first_year or min(span.since for span in record.schedule)
        since = start if observance.start_known else f"{start} (earliest attested)"
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


def _type_of(spec: dict[str, Any]) -> str:
    if "$ref" in spec:
        name = spec["$ref"].rsplit("/", 1)[-1]
        return f"[{name}](#{name.lower()})"
    if "anyOf" in spec:
        return " or ".join(_type_of(s) for s in spec["anyOf"] if s.get("type") != "null")
    if spec.get("type") == "array":
        return f"list of {_type_of(spec.get('items', {}))}"
    if spec.get("type") == "object" and "additionalProperties" in spec:
        return f"table of {_type_of(spec['additionalProperties'])}"
    if "enum" in spec:
        return " \\| ".join(f"`{v}`" for v in spec["enum"])
    if "const" in spec:
        return f"`{spec['const']}`"
    return str(spec.get("format") or spec.get("type", "any"))


def _limits(spec: dict[str, Any]) -> str:
    keys = ("pattern", "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems")
    found = [f"{k} {spec[k]}" for k in keys if k in spec]
    for option in spec.get("anyOf", ()):
        found += [f"{k} {option[k]}" for k in keys if k in option]
    return ", ".join(f"`{item}`" for item in found)


def schema_markdown() -> str:
    """The data format reference, generated from ``childdays.schema()``."""
    schema = childdays.schema()
    lines = [
        "# Data format reference",
        "",
        "Generated from `childdays.schema()` (the JSON Schema of a data file) by",
        "`python tools/gen_catalogue.py`. See [the data format](data-format.md) for the",
        "explanations, examples and the checks made beyond these types.",
        "",
    ]
    models = [(schema["title"], schema), *sorted(schema.get("$defs", {}).items())]
    for name, model in models:
        if "properties" not in model:
            continue
        required = set(model.get("required", ()))
        lines += [
            f"## {name}",
            "",
            _cell(model.get("description", "")),
            "",
            "| field | type | required | limits |",
            "|---|---|---|---|",
        ]
        for field, spec in model["properties"].items():
            mark = "yes" if field in required else ""
            lines.append(f"| `{field}` | {_type_of(spec)} | {mark} | {_cell(_limits(spec))} |")
        lines.append("")
    return "\n".join(lines)


_COLOURS = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d")


def year_svg(year: int) -> str:
    """A year-at-a-glance strip of the worldwide and regional observances, as SVG."""
    cat = childdays.catalog()
    rows = sorted(
        (o for o in cat if len(o.scope) != 2),
        key=lambda o: (o.date(year) or date(year, 12, 31), o.id),
    )
    left, width, row_height, top = 330, 730, 18, 40
    day_width = width / 366
    height = top + row_height * len(rows) + 20
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 10}" '
        f'height="{height}" font-family="sans-serif" font-size="11" role="img">',
        f"<title>Child protection observances in {year}</title>",
        f'<text x="0" y="14" font-size="14" font-weight="bold">{year} at a glance</text>',
    ]
    for month in range(12):
        x = left + (date(year, month + 1, 1).timetuple().tm_yday - 1) * day_width
        parts.append(
            f'<line x1="{x:.1f}" y1="{top - 14}" x2="{x:.1f}" y2="{height - 20}" stroke="#ddd"/>'
        )
        parts.append(
            f'<text x="{x + 3:.1f}" y="{top - 4}">{month_name(month + 1, "en")[:3]}</text>'
        )
    for index, observance in enumerate(rows):
        y = top + index * row_height
        colour = _COLOURS[index % len(_COLOURS)]
        label = html.escape(observance.name("en"))
        parts.append(f'<text x="0" y="{y + 12}">{label}</text>')
        occurrence = observance.occurrence(year)
        if occurrence is None:
            continue
        x = left + (occurrence.start.timetuple().tm_yday - 1) * day_width
        days = (occurrence.end - occurrence.start).days + 1
        title = html.escape(f"{occurrence.start.isoformat()}: {occurrence.title('en')}")
        parts.append(
            f'<rect x="{x:.1f}" y="{y + 3}" width="{max(days * day_width, 3):.1f}" '
            f'height="{row_height - 6}" fill="{colour}"><title>{title}</title></rect>'
        )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def generated() -> dict[Path, str]:
    """Every generated docs file and its text."""
    year = (childdays.catalog().last_updated() or date(2026, 1, 1)).year
    return {
        TARGET: catalogue_markdown(),
        DOCS / "schema.md": schema_markdown(),
        DOCS / "year.svg": year_svg(year),
        gen_localization.PAGE: gen_localization.localization_page(),
    }


def main() -> int:
    """Write or check the generated pages."""
    stale = 0
    for path, text in generated().items():
        if path.exists() and path.read_text("utf-8") == text:
            continue
        stale += 1
        if "--check" in sys.argv[1:]:
            print(f"{path} is stale: run python tools/gen_catalogue.py", file=sys.stderr)
        else:
            path.write_text(text, encoding="utf-8")
    return 1 if stale and "--check" in sys.argv[1:] else 0


if __name__ == "__main__":
    raise SystemExit(main())
