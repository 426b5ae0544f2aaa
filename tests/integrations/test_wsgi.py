"""The WSGI entry points: Paste Deploy (under paste.urlmap), waitress, gunicorn."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from wsgiref.util import setup_testing_defaults

import pytest

from childdays.contrib.wsgi import LazyApplication, app_factory

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def call(app, path: str, **environ: str) -> tuple[str, dict[str, str], bytes]:
    seen: dict[str, object] = {}

    def start_response(status: str, headers: list[tuple[str, str]]) -> None:
        seen["status"], seen["headers"] = status, dict(headers)

    request = {"REQUEST_METHOD": "GET", "SCRIPT_NAME": "", "PATH_INFO": path, **environ}
    setup_testing_defaults(request)  # what a server puts in: host, scheme, input...
    body = b"".join(app(request, start_response))
    return str(seen["status"]), seen["headers"], body  # type: ignore[return-value]


def test_paste_factory_takes_global_conf_and_string_options():
    app = app_factory(
        {"__file__": "/srv/site.ini", "here": "/srv"},
        data=str(EXAMPLES / "custom_observances.toml"),
        years="2024 2026",
        max_age="600",
    )
    status, headers, body = call(app, "/feeds/KH.km.ics")
    assert status == "200 OK"
    assert headers["Cache-Control"] == "public, max-age=600"
    assert b"UID:school-child-protection-week-2026@childdays" in body
    assert b"UID:school-child-protection-week-2027@childdays" not in body


def test_paste_urlmap_mounts_the_app_beside_another():
    loadapp = pytest.importorskip("paste.deploy").loadapp
    pytest.importorskip("paste.urlmap")
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        ini = Path(folder) / "site.ini"
        ini.write_text(
            "[composite:main]\nuse = egg:Paste#urlmap\n/ = other\n/calendar = childdays\n\n"
            "[app:other]\nuse = call:childdays.contrib.wsgi:app_factory\nyears = 2024 2024\n\n"
            "[app:childdays]\nuse = egg:childdays\nyears = 2024 2026\n",
            encoding="utf-8",
        )
        app = loadapp(f"config:{ini}")
    status, headers, body = call(app, "/calendar/feeds/KH.km.ics")
    assert status == "200 OK"
    assert headers["Content-Type"] == "text/calendar; charset=utf-8"
    assert b"UID:international-childrens-day-2026@childdays" in body


def test_lazy_application_reads_the_environment(monkeypatch):
    monkeypatch.setenv("CHILDDAYS_YEARS", "2024 2024")
    monkeypatch.setenv("CHILDDAYS_DATA", str(EXAMPLES / "custom_observances.toml"))
    status, _, body = call(LazyApplication(), "/feeds/KH.ics")
    assert status == "200 OK"
    assert b"UID:school-child-protection-week-2024@childdays" in body
    assert b"UID:school-child-protection-week-2025@childdays" not in body


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fetch(url: str, tries: int = 100) -> bytes:
    for _ in range(tries):
        try:
            with urllib.request.urlopen(url, timeout=5) as answer:
                return bytes(answer.read())
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"no answer from {url}")


def serve(command: list[str], port: int) -> bytes:
    """Run a WSGI server on ``port`` in its own process and fetch a feed from it."""
    env = {**os.environ, "CHILDDAYS_YEARS": "2024 2024"}
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        return fetch(f"http://127.0.0.1:{port}/feeds/KH.km.ics", tries=300)
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_waitress_serves_the_application():
    pytest.importorskip("waitress")
    port = free_port()
    body = serve(
        [
            sys.executable,
            "-m",
            "waitress",
            f"--listen=127.0.0.1:{port}",
            "childdays.contrib.wsgi:application",
        ],
        port,
    )
    assert b"UID:international-childrens-day-2024@childdays" in body


@pytest.mark.skipif(shutil.which("gunicorn") is None and sys.platform == "win32", reason="posix")
def test_gunicorn_serves_the_application():
    gunicorn = Path(sys.executable).with_name("gunicorn")
    if not gunicorn.exists():
        pytest.skip("gunicorn is not installed in this environment")
    port = free_port()
    command = [str(gunicorn), "--bind", f"127.0.0.1:{port}", "childdays.contrib.wsgi:application"]
    body = serve(command, port)
    assert b"UID:international-childrens-day-2024@childdays" in body
