"""The admin of custom observances: the form shows the data-file rules' errors on each field."""

from __future__ import annotations

from django.contrib import admin

from childdays.contrib.django.models import NAME_LANGUAGES, CustomObservance


@admin.register(CustomObservance)
class CustomObservanceAdmin(admin.ModelAdmin):
    """Custom observances, grouped as in a data file."""

    list_display = ("observance_id", "name_en", "scope", "rule", "since", "until", "revision")
    search_fields = ("observance_id", "name_en", "tags")
    readonly_fields = ("revision", "updated")
    fieldsets = (
        (None, {"fields": ("observance_id", "name_en", "scope", "tags", "label")}),
        ("Dates", {"fields": ("rule", "since", "until", "dates", "duration")}),
        ("Years", {"fields": ("first_year", "established")}),
        ("Sources", {"fields": ("sources", "url", "description_en")}),
        (
            "Names in other languages",
            {"fields": tuple(f"name_{lang}" for lang in NAME_LANGUAGES if lang != "en")},
        ),
        ("Changes", {"fields": ("revision", "updated")}),
    )
