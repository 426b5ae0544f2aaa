"""The calendar page: an editor adds a country's child-protection calendar without code."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db import models
from django.http import Http404, HttpRequest, HttpResponse
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page

from childdays.contrib.common import (
    BadRequestError,
    check_country,
    check_lang,
    feed_body,
    feed_path,
    links_for,
    page_languages,
    page_text,
    rows,
    window,
)
from childdays.contrib.django.observances import site_catalog
from childdays.i18n import LANGUAGES


class CalendarPage(RoutablePageMixin, Page):
    """A country's observances this year and next, with subscribe links to its own feeds.

    Routes under the page: ``feed/`` (English) and ``feed/{lang}/`` (Wagtail's URLs have no
    dots; the response names the file ``KH.km.ics``).
    """

    country = models.CharField(
        max_length=2, blank=True, help_text="A country code such as KH; empty: worldwide days."
    )
    language = models.CharField(
        max_length=5, choices=[(code, code) for code in LANGUAGES], default="en"
    )
    intro = RichTextField(blank=True)

    content_panels = [  # noqa: RUF012  (Wagtail reads a plain list)
        *Page.content_panels,
        FieldPanel("country"),
        FieldPanel("language"),
        FieldPanel("intro"),
    ]

    template = "childdays/wagtail/calendar_page.html"

    class Meta:  # noqa: D106
        verbose_name = "child protection calendar"

    def clean(self) -> None:
        """The country must be one childdays knows."""
        from django.core.exceptions import ValidationError

        super().clean()
        if self.country:
            try:
                self.country = check_country(site_catalog(), self.country)
            except BadRequestError as exc:
                raise ValidationError({"country": str(exc)}) from None

    def _absolute_url(self, request: HttpRequest) -> str:
        """The page's URL like the app's links: from ``BASE_URL``, else the request's host."""
        from childdays.contrib.django.conf import config

        path = str(self.get_url(request=request, current_site=None) or "/")
        if path.startswith(("http://", "https://")):
            return path
        base = config().base_url
        return base + path if base else str(request.build_absolute_uri(path))

    def _feed_name(self) -> str:
        return self.country.upper() if self.country else "world"

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """Add ``rows`` (this year's and next year's observances) and ``feeds``."""
        from childdays.contrib.django.views import today

        context: dict[str, Any] = super().get_context(request, *args, **kwargs)
        catalog = site_catalog()
        name = self._feed_name()
        seen = catalog.select(name)
        day = today()
        lang = request.GET.get("lang") or self.language
        if lang not in LANGUAGES:
            lang = self.language
        found = seen.occurrences(date(day.year, 1, 1), date(day.year + 1, 12, 31))
        base = self._absolute_url(request)
        feeds = []
        for code in dict.fromkeys([lang, "en"]):
            url = base + ("feed/" if code == "en" else f"feed/{code}/")
            feeds.append({"lang": code, "url": url, "links": links_for(url)})
        context.update(
            **page_text(lang, self.country or None),
            rows=rows(found, lang),
            lang=lang,
            languages=page_languages(catalog, self.country or None),
            feeds=feeds,
        )
        return context

    @re_path(r"^feed/$", name="feed")
    def feed_en(self, request: HttpRequest) -> HttpResponse:
        """The page's feed in English."""
        return self.feed(request, "en")

    # Wagtail serves only paths of words and slashes (no dots): "feed/km/", not "feed.km.ics".
    @re_path(r"^feed/(?P<lang>[a-z]{2,3})/$", name="feed_lang")
    def feed(self, request: HttpRequest, lang: str) -> HttpResponse:
        """The page's feed in ``lang`` (same caching headers and 304s as the app's feeds)."""
        from childdays.contrib.django.conf import config
        from childdays.contrib.django.views import _cached_body, _respond, today

        try:
            check_lang(lang)
        except BadRequestError:
            raise Http404(f"no feed language {lang}") from None
        settings = config()
        first, last = window(
            today(), years_back=settings.years_back, years_ahead=settings.years_ahead
        )
        name = self._feed_name()
        catalog = site_catalog()
        body = _cached_body(
            f"feed:{name}:{lang}:{first}:{last}",
            lambda: feed_body(catalog, name, lang=lang, first_year=first, last_year=last),
        )
        response = _respond(request, body)
        response["Content-Disposition"] = f'inline; filename="{feed_path(name, lang)}"'
        return response
