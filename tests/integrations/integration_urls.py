"""The test project's URLs: the app under /days/, the admin, and Wagtail when installed."""

from __future__ import annotations

from django.conf import settings
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("days/", include("childdays.contrib.django.urls")),
]

if "wagtail" in settings.INSTALLED_APPS:
    from wagtail import urls as wagtail_urls
    from wagtail.admin import urls as wagtailadmin_urls

    urlpatterns += [
        path("cms/", include(wagtailadmin_urls)),
        path("", include(wagtail_urls)),
    ]
