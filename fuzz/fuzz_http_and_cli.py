"""Fuzz the web app with hostile HTTP requests and the command with hostile arguments.

Not part of the default test run. Run for a while, e.g.:

    python fuzz/fuzz_http_and_cli.py --examples 5000

Every request must get a 200, 304, 400, 404 or 405 (never an exception, never a 500), and the
response cache must stay within its bounds however many distinct requests arrive. Every command
line must end with exit status 0, 1 or 2 (never 70, a bug) and print no traceback; a failed
``-o`` must leave no temporary file behind.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import random
import string
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from childdays.cli import main as cli_main
from childdays.web import make_app

ANSWERS = {
    "200 OK",
    "304 Not Modified",
    "400 Bad Request",
    "404 Not Found",
    "405 Method Not Allowed",
}
NASTY = [
    "",
    " ",
    "\x00",
    "\x1b[2J",
    "\r\n",
    "ß",
    "ǅ",
    "\u202e",
    "%00",
    "%FF",
    "%C3%9F",
    "../",
    "9" * 30,
    "-1",
    "0",
    "[",
    "]",
    "&&",
    "==",
    "𝟙𝟚",
    "٣",
    "a" * 300,
]
PATHS = [
    "/",
    "/index.html",
    "/observances.json",
    "/occurrences.json",
    "/feeds/world.ics",
    "/feeds/KH.km.ics",
    "/feeds/child-labour.fr.ics",
    "/feeds/africa.ics",
]
KEYS = ["from", "to", "country", "tag", "lang"]
VALUES = ["2024-06-01", "2000-01-01", "2999-12-31", "0001-01-01", "9999-12-31", "KH", "kh", "km"]
VALUES += ["child-labour", "childlabour", "en", "xx", "TH", "ZZ"]
HEADERS = {
    "HTTP_IF_MODIFIED_SINCE": [
        "Mon, 99999999999999999999 Jan 2024 00:00:00 GMT",
        "Sat, 01 Jun 2024 00:00:00 GMT",
        "Sat, 01 Jun 0000 00:00:00 GMT",
        "yesterday",
    ],
    "HTTP_IF_NONE_MATCH": ["*", '"x"', "W/", ",,,"],
    "HTTP_HOST": ["[", "evil.example", "a:99999999", ""],
}


def pick(rng: random.Random, options: list[str]) -> str:
    """One of ``options``, sometimes a nasty value or an option with a character inserted."""
    if rng.random() < 0.3:
        return rng.choice(NASTY)
    value = rng.choice(options)
    if rng.random() < 0.2:
        where = rng.randrange(len(value) + 1)
        value = value[:where] + rng.choice(string.printable + "ßΩ\x00") + value[where:]
    return value


def fuzz_http(examples: int) -> None:
    """Random paths, queries, methods and headers against one app; bounded cache."""
    rng = random.Random(20261203)
    app = make_app(years=(2024, 2026), today=lambda: date(2024, 5, 1), cache_entries=64)
    for _ in range(examples):
        query = "&".join(
            f"{pick(rng, KEYS)}={pick(rng, VALUES)}" for _ in range(rng.randrange(0, 5))
        )
        environ = {
            "REQUEST_METHOD": rng.choice(["GET", "GET", "GET", "HEAD", "POST", "get", ""]),
            "PATH_INFO": pick(rng, PATHS),
            "QUERY_STRING": query,
        }
        for header, values in HEADERS.items():
            if rng.random() < 0.3:
                environ[header] = pick(rng, values)
        response = app.respond(environ)
        assert response.status in ANSWERS, (environ, response.status)
        assert len(app.cache) <= 64
        assert app.cache.size <= 64_000_000


OPTION_VALUES = {
    "--country": ["KH", "kh", "XX", "ZZ", "ß"],
    "--scope": ["world", "all", "africa", "asia", "KH"],
    "--tag": ["child-labour", "childlabour", "rights"],
    "--lang": ["km", "kmm", "pt-BR", "xx", "en"],
    "--from": ["2024", "1", "9999", "0", "-5"],
    "--to": ["2024", "2025", "9999", "1"],
    "--color": ["teal", "notacolour", "#fff"],
    "--refresh": ["P1D", "PT12H", "P99999999D", "daily"],
    "--alarm-days": ["3", "400", "-1"],
    "--base-url": ["https://example.org/", "https://[x", "http://a:99999/", "ftp://x"],
    "--year": ["2024", "0", "10000"],
    "--after": ["2024-06-01", "9999-12-31", "0001-01-01", "2024-02-30"],
    "--limit": ["3", "0", "366", "9999"],
}
COMMANDS = {
    "list": ["--country", "--scope", "--tag", "--lang", "--from", "--to", "--year"],
    "upcoming": ["--country", "--scope", "--tag", "--lang", "--after", "--limit"],
    "show": ["--year", "--country", "--lang"],
    "ics": ["--country", "--scope", "--tag", "--lang", "--from", "--to", "--color", "--refresh"],
    "json": ["--country", "--scope", "--tag", "--lang", "--from", "--to"],
    "build": ["--from", "--to", "--base-url"],
    "validate": [],
}


def output_targets(folder: Path) -> list[str]:
    """Hostile -o paths: missing folders, folders, read-only files, devices, symlinks."""
    read_only = folder / "read-only.ics"
    read_only.write_bytes(b"keep")
    read_only.chmod(0o444)
    (folder / "a-folder").mkdir()
    link = folder / "link.ics"
    link.symlink_to(folder / "target.ics")
    return [
        str(folder / "out.ics"),
        str(folder / "missing" / "out.ics"),
        str(folder / "a-folder"),
        str(read_only),
        str(link),
        "/dev/null",
        "/dev/full",
        str(folder / "new\x1b[2Jname.ics"),
    ]


def fuzz_cli(examples: int, folder: Path) -> dict[int, int]:
    """Random command lines; return how often each exit status came."""
    rng = random.Random(20261204)
    targets = output_targets(folder)
    statuses: dict[int, int] = {}
    for _ in range(examples):
        command = rng.choice(list(COMMANDS))
        argv = [command]
        if command == "show":
            argv.append(pick(rng, ["international-childrens-day", "no-such-day"]))
        if command == "build":
            argv.append(str(folder / "site"))
        if command == "validate":
            argv.append(pick(rng, [str(folder / "read-only.ics"), "/dev/zero", "/nonexistent"]))
        for option in rng.sample(COMMANDS[command], k=min(len(COMMANDS[command]), 2)):
            argv += [option, pick(rng, OPTION_VALUES[option])]
        if command in ("ics", "json"):
            argv += ["--from", "2024", "--to", "2024"] if "--from" not in argv else []
            if rng.random() < 0.5:
                argv += ["-o", rng.choice(targets)]
        stderr = io.StringIO()
        stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
        with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(stdout):
            try:
                status = cli_main(argv)
            except SystemExit as exc:
                status = int(exc.code or 0)
        assert status in (0, 1, 2), (argv, status, stderr.getvalue())
        assert "Traceback" not in stderr.getvalue(), (argv, stderr.getvalue())
        assert not list(folder.rglob("*.tmp")), argv
        statuses[status] = statuses.get(status, 0) + 1
    return statuses


def main() -> None:
    """Run both fuzzers and print what ran."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--examples", type=int, default=2000)
    args = parser.parse_args()
    started = time.perf_counter()
    fuzz_http(args.examples)
    middle = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        statuses = fuzz_cli(max(1, args.examples // 10), Path(folder))
        for path in Path(folder).rglob("*"):
            with contextlib.suppress(OSError):
                os.chmod(path, 0o644)
    done = time.perf_counter()
    print(
        f"http: {args.examples} requests in {middle - started:.0f} s; cli: "
        f"{sum(statuses.values())} command lines in {done - middle:.0f} s (exit statuses "
        f"{dict(sorted(statuses.items()))}); no failure",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
