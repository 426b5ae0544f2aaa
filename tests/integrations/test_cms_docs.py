"""docs/cms.md's Django steps, followed literally in a fresh project with a real dev server."""

from __future__ import annotations

import importlib.util
import os
import re
import shlex
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("django") is None, reason="the django extra is not installed"
)

DOC = Path(__file__).resolve().parents[2] / "docs" / "cms.md"
STEP = re.compile(r"<!-- step: (?P<step>[^>]+?) -->\n```(?:sh|py)\n(?P<code>.*?)```", re.DOTALL)


def steps(section: str, following: str) -> list[tuple[str, str]]:
    text = DOC.read_text("utf-8")
    part = text[text.index(f"## {section}") : text.index(f"## {following}")]
    return [(m.group("step"), m.group("code")) for m in STEP.finditer(part)]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, dict(answer.headers), answer.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def wait_for(url: str) -> None:
    for _ in range(300):
        try:
            urllib.request.urlopen(url, timeout=5).close()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"the dev server did not answer {url}")


def test_the_django_steps_of_the_docs_work_in_a_fresh_project(tmp_path):
    port = free_port()
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    server = None
    ran = []
    try:
        for step, code in steps("Django", "Wagtail"):
            if step == "run":
                for line in code.splitlines():
                    args = shlex.split(line)
                    if not args or args[0] == "pip":
                        continue  # the package is installed in this environment
                    if args[0] == "django-admin":
                        args = [sys.executable, "-m", "django", *args[1:]]
                    elif args[:2] == ["python", "manage.py"]:
                        args = [sys.executable, *args[1:]]
                    if "runserver" in args:
                        args = [*args[:-1], f"127.0.0.1:{port}", "--noreload"]
                        server = subprocess.Popen(
                            args,
                            cwd=tmp_path,
                            env=env,
                            stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL,
                        )
                        wait_for(f"http://127.0.0.1:{port}/days/")
                    else:
                        subprocess.run(args, cwd=tmp_path, env=env, check=True, capture_output=True)
                    ran.append(args[1:3])
            elif step.startswith("append "):
                with (tmp_path / step.split()[1]).open("a", encoding="utf-8") as file:
                    file.write("\n" + code)
            elif step.startswith("write "):
                (tmp_path / step.split()[1]).write_text(code, encoding="utf-8")
            elif step == "shell":
                assert server is not None, "the docs add an observance once the site runs"
                base = f"http://127.0.0.1:{port}/days"
                status, _, before = get(f"{base}/feeds/KH.km.ics")
                assert status == 200
                assert b"UID:school-child-protection-week" not in before
                subprocess.run(
                    [sys.executable, "manage.py", "shell", "-c", code],
                    cwd=tmp_path,
                    env=env,
                    check=True,
                    capture_output=True,
                )
        assert server is not None
        base = f"http://127.0.0.1:{port}/days"
        status, headers, feed = get(f"{base}/feeds/KH.km.ics")
        assert status == 200
        assert headers["Content-Type"] == "text/calendar; charset=utf-8"
        assert b"UID:school-child-protection-week-2027@childdays" in feed
        assert get(f"{base}/feeds/KH.km.ics", {"If-None-Match": headers["ETag"]})[0] == 304
        status, _, page = get(f"{base}/country/KH/?year=2024")
        assert status == 200
        assert "សប្តាហ៍ការពារកុមារនៅសាលារៀន ឆ្នាំ២០២៤" in page.decode()
        assert f"webcal://127.0.0.1:{port}/days/feeds/KH.km.ics".encode() in page or (
            b"webcal://127.0.0.1:8000/days/feeds/KH.km.ics" in page
        )
        for path in ("/", "/upcoming/", "/observances.json", "/occurrences.json?country=KH"):
            assert get(base + path)[0] == 200, path
        assert get(f"{base}/feeds/XX.ics")[0] == 404
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
    assert ["manage.py", "migrate"] in ran


@pytest.mark.skipif(
    importlib.util.find_spec("wagtail") is None, reason="the wagtail extra is not installed"
)
def test_the_wagtail_steps_of_the_docs_work_in_a_project_from_wagtail_start(tmp_path):
    wagtail = Path(sys.executable).with_name("wagtail")
    if not wagtail.exists():
        pytest.skip("no wagtail command beside this Python")
    port = free_port()
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    server = None
    try:
        for step, code in steps("Wagtail", "Flask"):
            if step == "run":
                for line in code.splitlines():
                    args = shlex.split(line)
                    if not args or args[0] == "pip":
                        continue
                    if args[0] == "wagtail":
                        args = [str(wagtail), *args[1:]]
                    elif args[:2] == ["python", "manage.py"]:
                        args = [sys.executable, *args[1:]]
                    if "runserver" in args:
                        calendar = (
                            "from wagtail.models import Page\n"
                            "from childdays.contrib.wagtail.models import CalendarPage\n"
                            "page = CalendarPage(title='Days', slug='days-kh', country='KH',"
                            " language='km')\n"
                            "Page.objects.get(depth=2).add_child(instance=page)\n"
                            "page.save_revision().publish()\n"
                        )
                        subprocess.run(
                            [sys.executable, "manage.py", "shell", "-c", calendar],
                            cwd=tmp_path,
                            env=env,
                            check=True,
                            capture_output=True,
                        )
                        args = [*args[:-1], f"127.0.0.1:{port}", "--noreload"]
                        server = subprocess.Popen(
                            args,
                            cwd=tmp_path,
                            env=env,
                            stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL,
                        )
                        wait_for(f"http://127.0.0.1:{port}/days/")
                    else:
                        subprocess.run(args, cwd=tmp_path, env=env, check=True, capture_output=True)
            elif step.startswith("append "):
                with (tmp_path / step.split()[1]).open("a", encoding="utf-8") as file:
                    file.write("\n" + code)
            elif step.startswith("before wagtail_urls "):
                urls = tmp_path / step.split()[2]
                lines = urls.read_text("utf-8").splitlines(keepends=True)
                at = next(i for i, line in enumerate(lines) if "include(wagtail_urls)" in line)
                urls.write_text("".join([*lines[:at], code, *lines[at:]]), encoding="utf-8")
        assert server is not None
        base = f"http://127.0.0.1:{port}"
        status, headers, feed = get(f"{base}/days-kh/feed/km/")
        assert status == 200
        assert headers["Content-Type"] == "text/calendar; charset=utf-8"
        assert b"UID:international-childrens-day-2024@childdays" in feed
        status, _, page = get(f"{base}/days-kh/")
        assert status == 200
        assert f"webcal://127.0.0.1:{port}/days-kh/feed/km/".encode() in page
        assert get(f"{base}/days/feeds/KH.km.ics")[0] == 200
        assert get(f"{base}/")[0] == 200
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
