"""Print what Cambodia observes in June 2024, in Khmer and English, with editions and themes."""

from __future__ import annotations

from datetime import date

import childdays


def main() -> None:
    cambodia = childdays.catalog().for_country("KH")
    for occurrence in cambodia.occurrences(date(2024, 6, 1), date(2024, 6, 30)):
        print(occurrence.start.isoformat(), occurrence.title("km"), "/", occurrence.title("en"))
        theme = occurrence.theme("en")
        if theme:
            print("   theme:", theme)


if __name__ == "__main__":
    main()
