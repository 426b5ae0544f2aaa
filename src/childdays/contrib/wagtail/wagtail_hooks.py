"""Wagtail hooks: the custom observances as a snippet, edited like in the Django admin."""

from __future__ import annotations

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from childdays.contrib.django.models import NAME_LANGUAGES, CustomObservance


class CustomObservanceViewSet(SnippetViewSet):
    """Custom observances under Snippets; invalid data is shown on the field at fault."""

    model = CustomObservance
    icon = "date"
    menu_label = "Child protection days"
    list_display = ("observance_id", "name_en", "scope", "rule", "revision")
    search_fields = ("observance_id", "name_en")
    panels = [  # noqa: RUF012  (Wagtail reads a plain list)
        FieldPanel("observance_id"),
        FieldPanel("name_en"),
        FieldPanel("scope"),
        FieldPanel("tags"),
        FieldPanel("label"),
        MultiFieldPanel(
            [FieldPanel(name) for name in ("rule", "since", "until", "dates", "duration")],
            heading="Dates",
        ),
        MultiFieldPanel([FieldPanel("first_year"), FieldPanel("established")], heading="Years"),
        MultiFieldPanel(
            [FieldPanel("sources"), FieldPanel("url"), FieldPanel("description_en")],
            heading="Sources",
        ),
        MultiFieldPanel(
            [FieldPanel(f"name_{lang}") for lang in NAME_LANGUAGES if lang != "en"],
            heading="Names in other languages",
        ),
    ]


register_snippet(CustomObservanceViewSet)
