"""Django: a view serving a childdays feed (with ETag/304) and a page listing upcoming days.

Add the two URL patterns to your project's urls.py; this file also runs on its own:

    python examples/django_view.py runserver
"""

from __future__ import annotations

import sys
from datetime import date

import django
from django.conf import settings

if not settings.configured:
    settings.configure(
        DEBUG=True,
        SECRET_KEY="example-only",
        ROOT_URLCONF=__name__,
        ALLOWED_HOSTS=["*"],
        TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates"}],
    )
    django.setup()

from django.http import HttpRequest, HttpResponse
from django.template import engines
from django.urls import path

import childdays
from childdays.web import make_app

FEEDS = make_app()  # built once per process; thread-safe, serves feeds from memory

TEMPLATE = engines["django"].from_string(
    """<h1>Upcoming observances</h1><ul>
{% for o in upcoming %}<li><time datetime="{{ o.start|date:'Y-m-d' }}">{{ o.date_text }}</time>
 {{ o.title }}{% if o.theme %} — {{ o.theme }}{% endif %}</li>{% endfor %}</ul>"""
)


def feed_view(request: HttpRequest, name: str, lang: str = "en") -> HttpResponse:
    """Serve /calendar/{name}.{lang}.ics with childdays' caching headers and 304s."""
    environ = {
        "REQUEST_METHOD": request.method,
        "PATH_INFO": f"/feeds/{name}.{lang}.ics",
        "HTTP_IF_NONE_MATCH": request.headers.get("If-None-Match"),
        "HTTP_IF_MODIFIED_SINCE": request.headers.get("If-Modified-Since"),
    }
    answer = FEEDS.respond({k: v for k, v in environ.items() if v is not None})
    response = HttpResponse(answer.body, status=int(answer.status.split()[0]))
    for header, value in answer.headers:
        response[header] = value
    return response


def upcoming_view(request: HttpRequest) -> HttpResponse:
    """A page of the next observances in Cambodia, in Khmer."""
    lang = request.GET.get("lang", "km")
    found = childdays.catalog().for_country("KH").upcoming(after=date.today(), limit=10)
    items = [
        {
            "start": o.start,
            "date_text": o.date_text(lang),
            "title": o.title(lang),
            "theme": o.theme(lang),
        }
        for o in found
    ]
    return HttpResponse(TEMPLATE.render({"upcoming": items}))


urlpatterns = [
    path("calendar/<str:name>.<str:lang>.ics", feed_view),
    path("calendar/<str:name>.ics", feed_view),
    path("", upcoming_view),
]

if __name__ == "__main__":
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
