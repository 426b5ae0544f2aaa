"""Integrations with web frameworks and CMSs, each behind its extra.

- :mod:`childdays.contrib.django` (extra ``django``): a reusable Django app.
- :mod:`childdays.contrib.wagtail` (extra ``wagtail``): a block, a snippet and a calendar page.
- :mod:`childdays.contrib.flask` (extra ``flask``): a blueprint.
- :mod:`childdays.contrib.wsgi`: app factories for Paste, gunicorn, uWSGI and waitress.

They use only the public API of :mod:`childdays`, like any other user of the library.
"""
