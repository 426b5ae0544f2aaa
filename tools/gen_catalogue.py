"""Write docs/catalogue.md from the built-in data (``--check`` exits 1 when it is stale)."""

from __future__ import annotations

import sys
from pathlib import Path

import childdays

TARGET = Path(__file__).resolve().parent.parent / "docs" / "catalogue.md"


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def catalogue_markdown() -> str:
    """The catalogue page: every built-in observance with rule, first year, body and sources."""
    cat = childdays.catalog()
    lines = [
        "# Catalogue of built-in observances",
        "",
        "Generated from the data by `python tools/gen_catalogue.py`; do not edit by hand.",
        "",
        "| id | name | scope | rule | first year | established by | instrument |",
        "|---|---|---|---|---|---|---|",
    ]
    for observance in cat:
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
    for observance in cat:
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
