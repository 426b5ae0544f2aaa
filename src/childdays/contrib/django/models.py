"""An organisation's own observances, edited in the admin and merged into every feed and page.

Each row is turned into a record of the data format (:meth:`CustomObservance.as_data`) and
validated by :func:`childdays.load`, the code path of data files: the admin shows the same
error text as ``childdays validate`` does, on the field at fault.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models

#: The languages with a name field, in the order of the form.
NAME_LANGUAGES = ("en", "km", "fr", "es", "pt", "zh", "vi", "th", "id", "ja", "ar", "ru")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class CustomObservance(models.Model):
    """One observance of the organisation (e.g. a school's child protection week)."""

    observance_id = models.SlugField(
        "id",
        max_length=80,
        unique=True,
        help_text="Stable forever (feed UIDs and URLs): lower-case words joined by hyphens.",
    )
    scope = models.CharField(
        max_length=40,
        default="world",
        help_text="'world', a country code such as KH, or a region id.",
    )
    tags = models.CharField(
        max_length=400,
        help_text="Separated by commas, e.g. 'rights, education'.",
    )
    label = models.CharField(
        max_length=10,
        choices=[("plain", "plain"), ("year", "year"), ("edition", "edition")],
        default="plain",
        help_text="Titles say the year ('year'), the edition number ('edition') or neither.",
    )
    first_year = models.PositiveIntegerField(
        null=True, blank=True, help_text="The first time it was held (edition 1)."
    )
    established = models.PositiveIntegerField(
        null=True, blank=True, help_text="The year it was founded (for anniversaries)."
    )
    rule = models.CharField(
        max_length=200,
        help_text="A yearly RFC 5545 rule, e.g. FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1.",
    )
    since = models.PositiveIntegerField(help_text="The first year the rule applies.")
    until = models.PositiveIntegerField(
        null=True, blank=True, help_text="The last year the rule applies (empty: still held)."
    )
    dates = models.TextField(
        blank=True,
        help_text="Announced dates, one a line (2025-06-02); each wins over the rule in its year.",
    )
    duration = models.PositiveSmallIntegerField(default=1, help_text="Days, 1 to 366.")
    url = models.CharField(max_length=500, blank=True, help_text="Its page (an https URL), if any.")
    sources = models.TextField(
        help_text="One a line: the URL, a space, then the title of the page read."
    )
    description_en = models.TextField("description (en)", blank=True)
    name_en = models.CharField("name (en)", max_length=200)
    name_km = models.CharField("name (km)", max_length=200, blank=True)
    name_fr = models.CharField("name (fr)", max_length=200, blank=True)
    name_es = models.CharField("name (es)", max_length=200, blank=True)
    name_pt = models.CharField("name (pt)", max_length=200, blank=True)
    name_zh = models.CharField("name (zh)", max_length=200, blank=True)
    name_vi = models.CharField("name (vi)", max_length=200, blank=True)
    name_th = models.CharField("name (th)", max_length=200, blank=True)
    name_id = models.CharField("name (id)", max_length=200, blank=True)
    name_ja = models.CharField("name (ja)", max_length=200, blank=True)
    name_ar = models.CharField("name (ar)", max_length=200, blank=True)
    name_ru = models.CharField("name (ru)", max_length=200, blank=True)
    revision = models.PositiveIntegerField(
        default=1, editable=False, help_text="Raised on every save: feeds derive SEQUENCE from it."
    )
    updated = models.DateField(
        default=date.today, editable=False, help_text="The day of the last change."
    )

    class Meta:  # noqa: D106
        ordering = ("observance_id",)
        verbose_name = "custom observance"

    def __str__(self) -> str:
        return f"{self.name_en} ({self.observance_id})"

    def names(self) -> dict[str, str]:
        """The names filled in, by language."""
        found = {lang: str(getattr(self, f"name_{lang}")) for lang in NAME_LANGUAGES}
        return {lang: name for lang, name in found.items() if name}

    def as_data(self) -> dict[str, Any]:
        """The observance as a record of the data format (what a TOML/JSON file holds)."""
        source_lines = _lines(str(self.sources))
        sources = []
        for line in source_lines:
            url, _, title = line.partition(" ")
            sources.append({"url": url, "title": title.strip()})
        span: dict[str, Any] = {"rule": self.rule.strip(), "since": self.since}
        if self.until is not None:
            span["until"] = self.until
        data: dict[str, Any] = {
            "id": self.observance_id,
            "scope": self.scope.strip(),
            "tags": [t.strip() for t in str(self.tags).replace(";", ",").split(",") if t.strip()],
            "label": self.label,
            "revision": self.revision,
            "updated": self.updated.isoformat() if self.updated else None,
            "duration": self.duration,
            "names": self.names(),
            "schedule": [span],
            "sources": sources,
        }
        for key in ("first_year", "established"):
            if getattr(self, key) is not None:
                data[key] = getattr(self, key)
        if self.url:
            data["url"] = self.url
        if self.description_en.strip():
            data["descriptions"] = {"en": self.description_en.strip()}
        announced = []
        for line in _lines(str(self.dates)):
            try:
                day = date.fromisoformat(line)
            except ValueError:
                day = None
            announced.append(
                {
                    "year": day.year if day else line,
                    "date": line,
                    "source": sources[0]["url"] if sources else "",
                }
            )
        if announced:
            data["announced"] = announced
        return {k: v for k, v in data.items() if v is not None}

    def clean(self) -> None:
        """Validate like a data file; errors go on the fields they are about."""
        from childdays.contrib.django.observances import validate

        problems = validate(self)
        if problems:
            raise ValidationError(problems)

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Save, raising ``revision`` and setting ``updated`` when an existing row changes."""
        if self.pk is not None:
            self.revision = (self.revision or 0) + 1
            self.updated = date.today()
        super().save(*args, **kwargs)
