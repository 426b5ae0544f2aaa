"""Wagtail: a StreamField block, the custom observances as a snippet, and a calendar page.

Install with the ``wagtail`` extra; add ``"childdays.contrib.django"``,
``"childdays.contrib.wagtail"`` and ``"wagtail.contrib.routable_page"`` to
``INSTALLED_APPS``. Editors then add a "Child protection calendar" page (a country's
observances, its feeds at ``feed/`` and ``feed/{lang}/`` under the page) and manage their own
observances under Snippets; developers put
:class:`~childdays.contrib.wagtail.blocks.UpcomingObservancesBlock` in a StreamField.
See docs/cms.md.
"""
