"""A reusable Django app: feeds, JSON, pages, template tags and an organisation's own days.

Install with the ``django`` extra, then::

    INSTALLED_APPS = [..., "childdays.contrib.django"]
    urlpatterns = [..., path("days/", include("childdays.contrib.django.urls"))]
    CHILDDAYS = {"LANGUAGE": "km", "COUNTRIES": ["KH"], "BASE_URL": "https://example.org"}

See docs/cms.md for the settings, the URLs, the template tags and the admin.
"""
