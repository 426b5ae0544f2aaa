"""Django (and Wagtail, when installed) configured once for the integration tests.

A test database (SQLite in memory; PostgreSQL when CHILDDAYS_TEST_POSTGRES names a database
URL such as postgresql://user@localhost/childdays and psycopg is installed) is created with
every migration from scratch; each test that takes `db` runs in a transaction rolled back
afterwards.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest

HAS_DJANGO = importlib.util.find_spec("django") is not None
HAS_WAGTAIL = HAS_DJANGO and importlib.util.find_spec("wagtail") is not None

WAGTAIL_APPS = [
    "wagtail.contrib.routable_page",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.users",
    "wagtail.sites",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "childdays.contrib.wagtail",
]


def database() -> dict[str, object]:
    url = os.environ.get("CHILDDAYS_TEST_POSTGRES")
    if not url:
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}
    parts = urlsplit(url)
    socket_dir = parse_qs(parts.query).get("host", [""])[0]  # ?host=/path: a Unix socket
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": parts.path.lstrip("/"),
        "USER": parts.username or "",
        "PASSWORD": parts.password or "",
        "HOST": socket_dir or parts.hostname or "",
        "PORT": str(parts.port or ""),
    }


def configure() -> None:
    import django
    from django.conf import settings

    if settings.configured:
        return
    settings.configure(
        DEBUG=False,
        SECRET_KEY="tests-only",
        ALLOWED_HOSTS=["testserver", "example.org"],
        ROOT_URLCONF="integration_urls",
        INSTALLED_APPS=[
            "django.contrib.admin",
            "django.contrib.auth",
            "django.contrib.contenttypes",
            "django.contrib.sessions",
            "django.contrib.messages",
            "childdays.contrib.django",
            *(WAGTAIL_APPS if HAS_WAGTAIL else []),
        ],
        MIDDLEWARE=[
            "django.contrib.sessions.middleware.SessionMiddleware",
            "django.middleware.common.CommonMiddleware",
            "django.middleware.csrf.CsrfViewMiddleware",
            "django.contrib.auth.middleware.AuthenticationMiddleware",
            "django.contrib.messages.middleware.MessageMiddleware",
        ],
        TEMPLATES=[
            {
                "BACKEND": "django.template.backends.django.DjangoTemplates",
                "APP_DIRS": True,
                "OPTIONS": {
                    "context_processors": [
                        "django.template.context_processors.request",
                        "django.contrib.auth.context_processors.auth",
                        "django.contrib.messages.context_processors.messages",
                    ]
                },
            }
        ],
        DATABASES={"default": database()},
        CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
        USE_TZ=True,
        STATIC_URL="/static/",
        WAGTAIL_SITE_NAME="childdays tests",
        WAGTAILADMIN_BASE_URL="http://testserver",
        CHILDDAYS={"LANGUAGE": "en"},
        PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
    )
    django.setup()


if HAS_DJANGO:
    configure()


@pytest.fixture(scope="session")
def django_db() -> Iterator[None]:
    """The test database, migrated from scratch."""
    from django.db import connection
    from django.test.utils import setup_test_environment, teardown_test_environment

    setup_test_environment()
    name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    yield
    connection.creation.destroy_test_db(name, verbosity=0)
    teardown_test_environment()


@pytest.fixture
def db(django_db: None) -> Iterator[None]:
    """A transaction rolled back after the test."""
    from django.db import transaction

    with transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.fixture
def today(monkeypatch: pytest.MonkeyPatch) -> date:
    """The pages' "today", fixed at 3 December 2026."""
    from childdays.contrib.django import views

    fixed = date(2026, 12, 3)
    monkeypatch.setattr(views, "today", lambda: fixed)
    return fixed
