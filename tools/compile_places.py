"""Compile the CLDR words the site pages need into ``src/childdays/pages/cldr.json``.

Run when Babel or CLDR is updated (needs the ``site`` extra and CLDR's supplementalData.xml,
e.g. Debian's ``unicode-cldr-core``)::

    python tools/compile_places.py [--supplemental PATH] [--check]

The runtime reads the compiled file and never imports Babel. From Babel: country and continent
names, language names, stand-alone month names and weekday abbreviations in the site's twelve
languages and the writing direction. From CLDR's supplementalData.xml: which continent (UN
M49) contains each country and the first day of its week.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from babel import Locale
from babel import __version__ as babel_version
from babel.core import get_cldr_version

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "childdays" / "pages" / "cldr.json"
SUPPLEMENTAL = Path("/usr/share/unicode/cldr/common/supplemental/supplementalData.xml")
LANGUAGES = ("en", "km", "fr", "es", "pt", "zh", "vi", "th", "id", "ja", "ar", "ru")
#: The UN M49 continents the country index is grouped by.
CONTINENTS = ("002", "019", "142", "150", "009")


def continents(supplemental: Path) -> dict[str, str]:
    """Country code -> continent code, from CLDR's territory containment (not groupings)."""
    contains: dict[str, list[str]] = {}
    for group in ET.parse(supplemental).getroot().iter("group"):
        if group.get("status") in ("grouping", "deprecated"):
            continue
        contains.setdefault(group.attrib["type"], []).extend(group.attrib["contains"].split())
    found: dict[str, str] = {}
    for continent in CONTINENTS:
        pending = list(contains[continent])
        while pending:
            code = pending.pop()
            if code in contains:
                pending.extend(contains[code])
            elif len(code) == 2 and code.isalpha() and code not in ("QO", "EU", "EZ", "UN"):
                found[code] = continent
    return dict(sorted(found.items()))


_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def first_days(supplemental: Path, countries: dict[str, str]) -> dict[str, int]:
    """Country code -> first day of the week (0 = Monday), from CLDR's week data."""
    by_territory: dict[str, int] = {}
    for entry in ET.parse(supplemental).getroot().iter("firstDay"):
        if entry.get("alt"):
            continue
        for code in entry.attrib["territories"].split():
            by_territory[code] = _DAYS.index(entry.attrib["day"])
    return {code: by_territory.get(code, by_territory["001"]) for code in countries}


def compile_data(supplemental: Path) -> dict[str, object]:
    """The document written to ``cldr.json``."""
    where = continents(supplemental)
    langs: dict[str, object] = {}
    for lang in LANGUAGES:
        locale = Locale.parse(lang)
        territories = {
            code: locale.territories[code]
            for code in [*where, *CONTINENTS]
            if code in locale.territories
        }
        monday_first = [locale.days["stand-alone"]["abbreviated"][day] for day in range(7)]
        langs[lang] = {
            "name": locale.get_display_name(lang),
            "dir": "rtl" if locale.character_order == "right-to-left" else "ltr",
            "months": [locale.months["stand-alone"]["wide"][m] for m in range(1, 13)],
            "weekdays": monday_first,
            "territories": territories,
        }
    first_day = first_days(supplemental, where)
    return {
        "about": "Compiled by tools/compile_places.py from Babel and CLDR; do not edit.",
        "babel": babel_version,
        "cldr": get_cldr_version(),
        "continents": list(CONTINENTS),
        "continent_of": where,
        "first_day": first_day,
        "languages": langs,
    }


def render(document: dict[str, object]) -> str:
    """The file's text: sorted keys, one trailing newline (deterministic)."""
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main() -> int:
    """Write (or with ``--check`` compare) the compiled file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--supplemental", type=Path, default=SUPPLEMENTAL)
    parser.add_argument("--check", action="store_true", help="fail if the file is out of date")
    args = parser.parse_args()
    text = render(compile_data(args.supplemental))
    if args.check:
        if TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET} is out of date: run tools/compile_places.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
