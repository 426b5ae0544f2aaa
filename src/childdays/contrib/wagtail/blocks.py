"""A StreamField block listing the next observances, with its template shipped."""

from __future__ import annotations

from typing import Any

from django.urls import NoReverseMatch
from wagtail import blocks

from childdays.contrib.common import check_country, clamp_limit, page_text, rows
from childdays.contrib.django.observances import site_catalog
from childdays.i18n import LANGUAGES


class UpcomingObservancesBlock(blocks.StructBlock):
    """The next observances of a country (or worldwide) in a language, with a subscribe link.

    Template: ``childdays/wagtail/blocks/upcoming_observances.html`` (override it in your
    project's templates). Its context has ``rows`` and ``feed_url``.
    """

    country = blocks.CharBlock(
        max_length=2, required=False, help_text="A country code such as KH; empty: worldwide."
    )
    lang = blocks.ChoiceBlock(choices=[(code, code) for code in LANGUAGES], default="en")
    limit = blocks.IntegerBlock(min_value=1, max_value=50, default=5)

    class Meta:  # noqa: D106
        template = "childdays/wagtail/blocks/upcoming_observances.html"
        icon = "date"
        label = "Upcoming child protection days"

    def get_context(self, value: Any, parent_context: dict[str, Any] | None = None) -> Any:
        """Add ``rows`` (the next observances) and ``feed_url`` (None when not routed)."""
        from childdays.contrib.django.views import feed_url, today

        context = super().get_context(value, parent_context=parent_context)
        catalog = site_catalog()
        code = (value.get("country") or "").strip().upper()
        country = check_country(catalog, code) if code and code in catalog.countries() else None
        seen = catalog.for_country(country) if country else catalog.filter(scope="world")
        lang = value.get("lang") or "en"
        found = seen.upcoming(after=today(), limit=clamp_limit(value.get("limit"), 5))
        context["rows"] = rows(found, lang)
        context["lang"] = lang
        context.update(page_text(lang, country))
        request = (parent_context or {}).get("request")
        try:
            context["feed_url"] = feed_url(request, country or "world", lang)
        except NoReverseMatch:
            context["feed_url"] = None
        return context
