"""Wagtail: a StreamField block that shows upcoming observances on any page.

Use it in a page model::

    body = StreamField([("observances", UpcomingObservancesBlock())])

and a template ``blocks/upcoming_observances.html`` that loops over ``upcoming``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from wagtail import blocks

import childdays
from childdays.i18n import LANGUAGES


class UpcomingObservancesBlock(blocks.StructBlock):
    """The next observances of a country, in a chosen language."""

    country = blocks.CharBlock(max_length=2, default="KH", help_text="ISO 3166-1 alpha-2")
    lang = blocks.ChoiceBlock(choices=[(code, code) for code in LANGUAGES], default="km")
    limit = blocks.IntegerBlock(min_value=1, max_value=50, default=5)

    class Meta:
        template = "blocks/upcoming_observances.html"
        icon = "date"

    def get_context(self, value: Any, parent_context: dict[str, Any] | None = None) -> Any:
        context = super().get_context(value, parent_context=parent_context)
        lang = value["lang"]
        found = (
            childdays.catalog()
            .for_country(value["country"].upper())
            .upcoming(after=date.today(), limit=value["limit"])
        )
        context["upcoming"] = [
            {
                "start": o.start,
                "date_text": o.date_text(lang),
                "title": o.title(lang),
                "theme": o.theme(lang),
                "url": o.observance.url,
            }
            for o in found
        ]
        context["feed_path"] = f"feeds/{value['country'].upper()}.{lang}.ics"
        return context
