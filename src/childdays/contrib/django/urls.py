"""URLs of the app: ``path("days/", include("childdays.contrib.django.urls"))``.

``feeds/{name}.ics`` and ``feeds/{name}.{lang}.ics`` (``name``: ``world``, a country code, a
region id or a tag), ``observances.json``, ``occurrences.json``, ``country/{CC}/``,
``upcoming/`` and the index. Reverse them as ``childdays:feed``, ``childdays:country``, ...
"""

from __future__ import annotations

from django.urls import path, re_path

from childdays.contrib.django import views

app_name = "childdays"

urlpatterns = [
    path("", views.index, name="index"),
    path("upcoming/", views.upcoming, name="upcoming"),
    path("country/<str:code>/", views.country_page, name="country"),
    path("observances.json", views.observances_json, name="observances"),
    path("occurrences.json", views.occurrences_json, name="occurrences"),
    re_path(r"^feeds/(?P<name>[A-Za-z0-9-]+)\.(?P<lang>[a-z]{2,3})\.ics$", views.feed, name="feed"),
    re_path(r"^feeds/(?P<name>[A-Za-z0-9-]+)\.ics$", views.feed, name="feed"),
]
