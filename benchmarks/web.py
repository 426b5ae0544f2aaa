"""The web app against static bytes, under the same server, in one run (issue 18, item 3).

    python benchmarks/run.py --only w      (or: python benchmarks/web.py [--quick])

Two waitress servers run as child processes with the same settings: one serves
``childdays.web.make_app()``, the other a minimal WSGI app that hands out the very bytes and
headers the first one answers (a dict lookup by path; a 304 when ``If-None-Match`` is the
ETag). A client in this process sends pipelined keep-alive requests over one raw socket to each
in turn, interleaved round by round, for a cached feed (``GET /feeds/KH.km.ics``) and for a
304 (the same with its ETag). Each row gives requests per second (median ± spread of the
rounds) and the ratio of the time per request, app / static: the target ≤ 1.11× is throughput
≥ 0.9× the static server's. waitress is in the ``bench`` extra. Nothing asserts a time.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from common import ENV, Budget, Row, figure, paired_row

#: The feed requested, and the day the app takes for today (so the window never moves).
PATH = "/feeds/KH.km.ics"
TODAY = date(2026, 6, 1)
#: Requests written before their answers are read (HTTP/1.1 pipelining, as a busy proxy does).
DEPTH = 16
THREADS = 4


def _app() -> Callable[..., Iterable[bytes]]:
    from childdays.web import make_app

    return make_app(today=lambda: TODAY)


def _static(app: Any) -> Callable[..., Iterable[bytes]]:
    """A WSGI app serving, from a dict, the bytes and headers ``app`` answers for PATH."""
    response = app.respond({"PATH_INFO": PATH, "REQUEST_METHOD": "GET"})
    kept = [(k, v) for k, v in response.headers if k in ("ETag", "Last-Modified", "Cache-Control")]
    files = {PATH: (response.etag, list(response.headers), response.body)}

    def static(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        etag, headers, body = files[environ["PATH_INFO"]]
        if environ.get("HTTP_IF_NONE_MATCH") == etag:
            start_response("304 Not Modified", list(kept))
            return [b""]
        start_response("200 OK", list(headers))
        return [body]

    return static


def serve(kind: str) -> None:
    """Run one server (``app`` or ``static``) and print its port."""
    import logging

    from waitress.server import create_server

    # Pipelined requests queue up by design; waitress would log each time the queue is not empty.
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)

    app = _app()
    wsgi = app if kind == "app" else _static(app)
    server = create_server(wsgi, host="127.0.0.1", port=0, threads=THREADS, ident="bench")
    print(server.effective_port, flush=True)  # type: ignore[union-attr]
    server.run()


_SCRATCH = memoryview(bytearray(1 << 20))


def _receive(sock: socket.socket, buffer: bytearray) -> None:
    chunk = sock.recv(1 << 16)
    if not chunk:
        raise SystemExit("benchmark: the server closed the connection")
    buffer += chunk


def _read_response(sock: socket.socket, buffer: bytearray) -> tuple[int, bytes]:
    """One response's status code and ETag, consuming it from ``buffer`` and ``sock``."""
    while (end := buffer.find(b"\r\n\r\n")) < 0:
        _receive(sock, buffer)
    head = bytes(buffer[:end]).decode("latin-1").split("\r\n")
    fields = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in head[1:])}
    length = int(fields.get("content-length", "0"))
    have = len(buffer) - end - 4
    if have >= length:
        del buffer[: end + 4 + length]
    else:  # the rest of the body is read and dropped, never copied into the buffer
        buffer.clear()
        left = length - have
        while left:
            got = sock.recv_into(_SCRATCH, min(left, len(_SCRATCH)))
            if not got:
                raise SystemExit("benchmark: the server closed the connection")
            left -= got
    return int(head[0].split()[1]), fields.get("etag", "").encode()


def _request(etag: bytes | None) -> bytes:
    extra = b"If-None-Match: " + etag + b"\r\n" if etag else b""
    return b"GET " + PATH.encode() + b" HTTP/1.1\r\nHost: bench\r\n" + extra + b"\r\n"


def rate(port: int, etag: bytes | None, count: int) -> float:
    """Requests per second for ``count`` requests.

    A GET: pipelined on one keep-alive connection. A 304: one connection per request, because
    waitress closes the connection after a response without a Content-Length, which a 304 has
    none of (both servers alike).
    """
    request = _request(etag)
    start = time.perf_counter()
    if etag is None:
        with socket.create_connection(("127.0.0.1", port)) as sock:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            buffer = bytearray()
            for _ in range(count // DEPTH):
                sock.sendall(request * DEPTH)
                for _ in range(DEPTH):
                    _check(_read_response(sock, buffer)[0], 200)
        return (count // DEPTH) * DEPTH / (time.perf_counter() - start)
    for _ in range(count):
        with socket.create_connection(("127.0.0.1", port)) as sock:
            sock.sendall(request)
            _check(_read_response(sock, bytearray())[0], 304)
    return count / (time.perf_counter() - start)


def _check(status: int, expected: int) -> None:
    if status != expected:
        raise SystemExit(f"benchmark: got {status}, expected {expected}")


def _etag(port: int) -> bytes:
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(_request(None))
        return _read_response(sock, bytearray())[1]


def _start(kind: str) -> tuple[subprocess.Popen[str], int]:
    child = subprocess.Popen(
        [sys.executable, __file__, "--serve", kind], stdout=subprocess.PIPE, text=True, env=ENV
    )
    assert child.stdout is not None
    return child, int(child.stdout.readline())


def per_second(seconds: float) -> str:
    return f"{1 / seconds:,.0f} requests/s"


#: Time per request app / static; ≤ 1/0.9 is throughput ≥ 0.9× the static server's.
TARGET = 1 / 0.9


@figure("w")
def figure_w(budget: Budget, notes: list[str]) -> list[Row]:
    """A cached feed GET and a 304 from the app and from static bytes, under one server."""
    try:
        import waitress  # noqa: F401
    except ImportError:
        notes.append("w: skipped, waitress is not installed (pip install -e '.[bench]')")
        return []
    rounds, count = (3, 800) if budget.quick else (budget.inner_runs, 4_000)
    servers = {kind: _start(kind) for kind in ("app", "static")}
    try:
        ports = {kind: port for kind, (_, port) in servers.items()}
        etags = {kind: _etag(port) for kind, port in ports.items()}
        if etags["app"] != etags["static"]:
            sys.exit("benchmark: the two servers do not serve the same bytes")
        rows = []
        for label, etag in (("cached feed GET", None), ("304 Not Modified", etags["app"])):
            seconds: dict[str, list[float]] = {"app": [], "static": []}
            for port in ports.values():
                rate(port, etag, count // 4)  # warm both
            for _ in range(rounds):
                for kind, port in ports.items():
                    seconds[kind].append(1 / rate(port, etag, count))
            rows.append(
                paired_row(
                    f"w. web app, {label} `{PATH}` (waitress)",
                    seconds["app"],
                    seconds["static"],
                    ours_text=per_second,
                    anchor_text=lambda s: per_second(s) + " waitress, static bytes",
                    target=TARGET,
                )
            )
    finally:
        for child, _ in servers.values():
            child.terminate()
            child.wait()
    notes.append(
        f"w: {rounds} rounds of {count:,} requests per server, taken in turn; GETs {DEPTH} "
        "pipelined per write on one keep-alive connection, 304s one connection each (waitress "
        "closes the connection after a response without Content-Length, which a 304 is); the "
        f"static app serves from a dict the bytes and headers the app answers; threads={THREADS}; "
        "the ratio is of time per request (≤ 1.11× = at least 0.9× the static throughput)."
    )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds (a rough table)")
    parser.add_argument("--serve", choices=("app", "static"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        serve(args.serve)
        return 0
    from common import run_alone

    return run_alone(figure_w, args.quick)


if __name__ == "__main__":
    raise SystemExit(main())
