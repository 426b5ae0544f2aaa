"""The keyword options of the feed writers, :class:`childdays.ical.FeedKeywords`.

Internal module: the class is public as ``childdays.ical.FeedKeywords``; it lives here so that
writing a feed does not import :mod:`typing` (``childdays.ical`` hands it out on first use).
"""

from __future__ import annotations

from typing import TypedDict


class FeedKeywords(TypedDict, total=False):
    """The keyword options of :func:`to_ical`, :func:`to_ical_recurring` and :func:`feed`.

    ``lang`` (default ``en``); ``name`` (default a localized "Child protection days");
    ``description`` (default a sentence in ``lang`` saying what the feed holds and where the
    data comes from; ``""`` for none); ``refresh_interval`` (an RFC 5545 duration, default ``P1D``);
    ``transparent`` (default True; False drops ``TRANSP:TRANSPARENT`` and
    ``X-MICROSOFT-CDO-BUSYSTATUS:FREE``); ``color`` (a CSS3 colour name); ``alarm_days`` (a
    reminder that many days before); ``max_bytes`` (raise :class:`FeedTooLargeError` above it);
    ``version`` (for ``PRODID``; default the package's); ``details`` (default True; False
    leaves out each event's description, founder and sources, which are the same every year,
    keeping the theme: a site's feeds halve); ``details_url`` (a URL template with ``{id}``,
    such as a site's observance page: events link there, and without ``details`` their
    description is that link). Defaults live in :class:`FeedOptions`.
    """

    lang: str
    name: str | None
    description: str | None
    refresh_interval: str
    transparent: bool
    color: str | None
    alarm_days: int | None
    max_bytes: int | None
    version: str | None
    details: bool
    details_url: str | None


FeedKeywords.__module__ = "childdays.ical"
