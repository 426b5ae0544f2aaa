"""The Wagtail app configuration."""

from __future__ import annotations

from django.apps import AppConfig


class ChilddaysWagtailConfig(AppConfig):
    """childdays for Wagtail: the calendar page type and the snippet."""

    name = "childdays.contrib.wagtail"
    label = "childdays_wagtail"
    verbose_name = "Child protection days (Wagtail)"
    default_auto_field = "django.db.models.BigAutoField"
