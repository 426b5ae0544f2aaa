"""The Django app configuration."""

from __future__ import annotations

from django.apps import AppConfig


class ChilddaysConfig(AppConfig):
    """childdays in ``INSTALLED_APPS``: registers the system checks of ``CHILDDAYS``."""

    name = "childdays.contrib.django"
    label = "childdays"
    verbose_name = "Child protection days"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        """Register the system checks."""
        from childdays.contrib.django import checks  # noqa: F401  (registers on import)
