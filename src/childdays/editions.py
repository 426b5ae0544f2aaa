"""Year <-> edition number per jurisdiction, and anniversaries.

Internal module (docs/api.md): not part of the public API.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from types import MappingProxyType

from childdays.frozen import frozen
from childdays.records import ObservanceCore
from childdays.schedule import Schedule


@frozen
class Editions:
    """How an observance numbers its editions.

    Edition 1 is ``first_year`` unless a jurisdiction has its own epoch. A year that was not held
    still takes a number, unless the data says that the numbering skipped it.
    """

    numbered: bool
    first_year: int | None
    epochs: Mapping[str, int]
    skipped: tuple[int, ...]
    established: int | None

    @classmethod
    def from_record(cls, record: ObservanceCore) -> Editions:
        """Collect the numbering facts of ``record``."""
        return cls(
            numbered=record.label == "edition",
            first_year=record.first_year,
            epochs=MappingProxyType(
                {country: epoch.first_year for country, epoch in record.epochs.items()}
            ),
            skipped=tuple(sorted(e.year for e in record.not_held if e.numbering_skips)),
            established=record.established,
        )

    def epoch(self, country: str | None = None) -> int | None:
        """The year counted as edition 1 in ``country`` (the default count when None)."""
        if country is not None and country in self.epochs:
            return self.epochs[country]
        return self.first_year

    def edition(self, year: int, schedule: Schedule, country: str | None = None) -> int | None:
        """The edition held in ``year``; None before the first, when not held, or unnumbered."""
        epoch = self.epoch(country)
        if not self.numbered or epoch is None or year < epoch:
            return None
        if schedule.start(year) is None:
            return None
        skipped = bisect_left(self.skipped, year) - bisect_left(self.skipped, epoch)
        return year - epoch + 1 - skipped

    def year_of_edition(
        self, edition: int, schedule: Schedule, country: str | None = None
    ) -> int | None:
        """The year in which ``edition`` was (or will be) held, or None."""
        epoch = self.epoch(country)
        if not self.numbered or epoch is None or edition < 1:
            return None
        guess = epoch + edition - 1
        for year in range(max(epoch, guess - 2), min(guess + len(self.skipped) + 3, 10000)):
            if self.edition(year, schedule, country) == edition:
                return year
        return None

    def anniversary(self, year: int) -> int | None:
        """Years since the founding decision (``established``); None if unknown or not yet."""
        if self.established is None or year <= self.established:
            return None
        return year - self.established
