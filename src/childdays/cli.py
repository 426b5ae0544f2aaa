"""The ``childdays`` command: list, upcoming, show, ics, json, build, serve, validate.

Exit status: 0 on success; 1 on bad data or an output that cannot be written (one line per
problem naming file, field and value); 2 on bad usage (an unknown option value gets "did you
mean"); 70 on a bug in childdays (a traceback and a request to report it). A user error never
prints a traceback, no output file is left half-written, and file names, URLs and values are
printed with control characters escaped. Output is UTF-8 whatever the locale.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from childdays import __version__, catalog, load
from childdays.errors import DataError, OutputError, Problem, UnknownObservanceError, UsageError
from childdays.feeds import DEFAULT_YEARS_AHEAD, DEFAULT_YEARS_BACK, MAX_FEED_YEARS, default_window
from childdays.i18n import LANGUAGES
from childdays.observances import MAX_QUERY_YEARS, REGIONS_ORIGIN, Catalog, Occurrence
from childdays.output import write_file

TYPE_CHECKING = False  # typing is not imported at run time (cold start)
if TYPE_CHECKING:
    from typing import Any

__all__ = [
    "DEFAULT_YEARS_AHEAD",
    "DEFAULT_YEARS_BACK",
    "EXIT_BUG",
    "MAX_FEED_YEARS",
    "UsageError",
    "build_parser",
    "main",
    "printable",
]

#: The exit status of a bug in childdays (``EX_SOFTWARE``); the traceback asks for a report.
EXIT_BUG = 70
#: Control characters, escaped in what is printed (compiled on first use, by :mod:`re`'s cache:
#: a feed written without a message never needs it).
_CONTROL = r"[\x00-\x1f\x7f-\x9f\u2028\u2029]"


def printable(text: str) -> str:
    r"""``text`` with control characters escaped, safe to print on one terminal line.

    >>> printable("kh\x1b[2J.ics\n")
    'kh\\x1b[2J.ics\\n'
    """
    return re.sub(_CONTROL, lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def _say(text: str, *, error: bool = True) -> None:
    """Write ``text`` and a newline as UTF-8, whatever the locale; an error is one escaped line."""
    stream = sys.stderr if error else sys.stdout
    if error:
        text = printable(text)
    buffer = getattr(stream, "buffer", None)
    if buffer is None:  # a caller's text stream (redirect_stdout): it takes text
        stream.write(text + "\n")
        return
    stream.flush()
    buffer.write((text + "\n").encode("utf-8"))
    buffer.flush()


def _suggest(value: str, known: Iterable[str]) -> str:
    import difflib

    close = difflib.get_close_matches(value, sorted(set(known)), n=3, cutoff=0.6)
    if not close:
        lowered = {k.lower(): k for k in known}
        close = [lowered[v] for v in difflib.get_close_matches(value.lower(), lowered, n=3)]
    return f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""


def _country(value: str) -> str:
    if not re.fullmatch(r"[A-Za-z]{2}", value):
        raise argparse.ArgumentTypeError(f"{value!r} is not an ISO 3166-1 alpha-2 code such as KH")
    return value.upper()


def _year(value: str) -> int:
    if not re.fullmatch(r"\d{1,4}", value) or not 1 <= int(value) <= 9999:
        raise argparse.ArgumentTypeError(f"{value!r} is not a year from 1 to 9999")
    return int(value)


def _lang(value: str) -> str:
    if not re.fullmatch(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*", value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a language code such as km or pt-BR")
    return value


def _site_lang(value: str) -> str:
    if value not in LANGUAGES:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not one of the site's languages: {' '.join(LANGUAGES)}"
        )
    return value


def _duration(value: str) -> str:
    from childdays.feeds import check_duration

    try:
        return check_duration(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _color(value: str) -> str:
    from childdays.feeds import check_color

    try:
        return check_color(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _alarm_days(value: str) -> int:
    if not re.fullmatch(r"\d{1,3}", value) or int(value) > 366:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of days from 0 to 366")
    return int(value)


def _scope(value: str) -> str:
    if not re.fullmatch(r"world|all|[A-Za-z]{2}|[a-z]+(-[a-z]+)*", value):
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a scope such as world, KH, africa or all"
        )
    return value.upper() if len(value) == 2 else value


def _base_url(value: str) -> str:
    problem = f"{value!r} is not an http(s) URL such as https://example.org/days/"
    if not re.fullmatch(r"https?://[^\s/?#]+(/[^\s?#]*)?", value) or re.search(_CONTROL, value):
        raise argparse.ArgumentTypeError(problem)
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 -- reading it checks the port
    except ValueError:
        raise argparse.ArgumentTypeError(problem) from None
    if not parts.hostname:
        raise argparse.ArgumentTypeError(problem)
    return value


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date such as 2024-06-01") from None


def _year_or_day(value: str) -> date:
    """``2024`` (the whole year, as a first or last day) or ``2024-06-01``."""
    if re.fullmatch(r"\d{1,4}", value) and 1 <= int(value) <= 9999:
        return date(int(value), 1, 1)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a year or a date such as 2024 or 2024-06-01"
        ) from None


def _port(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 65535:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port number")
    return int(value)


def _add_selection(parser: argparse.ArgumentParser, *, default_scope: str) -> None:
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--country", type=_country, help="worldwide days plus this country's")
    where.add_argument(
        "--scope",
        type=_scope,
        default=default_scope,
        help=f"only this scope: world, a country code, a region id, or all ({default_scope})",
    )
    parser.add_argument("--tag", action="append", help="only observances with this tag")
    parser.add_argument(
        "--data", action="append", type=Path, metavar="PATH", help="also load these files/folders"
    )


def _help_width() -> int:
    """The width argparse's help takes: the terminal's columns less two.

    The columns as :func:`shutil.get_terminal_size` finds them: ``COLUMNS``, else the
    terminal's, else 80.
    """
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
        columns = columns or 80
    return columns - 2


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout, with the width found without :mod:`shutil`.

    argparse imports :mod:`shutil` (and its compression modules) for the width of every
    formatter it makes, about sixty per command line.
    """

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        super().__init__(
            prog, indent_increment, max_help_position, _help_width() if width is None else width
        )


class _Parser(argparse.ArgumentParser):
    """An argument parser (and its subcommands' parsers) laid out by :class:`_Formatter`."""

    def __init__(self, **options: Any) -> None:
        options.setdefault("formatter_class", _Formatter)
        super().__init__(**options)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``childdays`` command."""
    parser: argparse.ArgumentParser = _Parser(
        prog="childdays", description="Child-protection observances: dates, editions, feeds."
    )
    parser.add_argument("--version", action="version", version=f"childdays {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    _add_listing_commands(commands)
    _add_feed_commands(commands)
    _add_site_commands(commands)
    _add_validate_command(commands)
    return parser


def _add_listing_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``list``, ``upcoming`` and ``show``: observances and their dates as text."""
    listing = commands.add_parser(
        "list", help="list the observances, or with --year/--from/--to their dates"
    )
    _add_selection(listing, default_scope="all")
    listing.add_argument("--lang", type=_lang, default="en", help="language of names (en)")
    listing.add_argument("--year", type=_year, help="the occurrences of this year")
    listing.add_argument(
        "--from", dest="start", type=_year_or_day, help="occurrences from this year or date"
    )
    listing.add_argument(
        "--to", dest="end", type=_year_or_day, help="occurrences up to this year or date"
    )

    upcoming = commands.add_parser("upcoming", help="the next observances, from today")
    _add_selection(upcoming, default_scope="all")
    upcoming.add_argument("--lang", type=_lang, default="en", help="language of titles (en)")
    upcoming.add_argument("--after", type=_day, help="start on this day (today)")
    upcoming.add_argument(
        "--limit", type=_alarm_days, default=10, help="how many to show (10)", metavar="N"
    )

    show = commands.add_parser("show", help="show one observance")
    show.add_argument("id", help="observance id, e.g. international-childrens-day")
    show.add_argument("--year", type=_year, help="show this year's occurrence")
    show.add_argument("--country", type=_country, help="count editions as this country does")
    show.add_argument("--lang", type=_lang, default="en")
    show.add_argument("--data", action="append", type=Path, metavar="PATH")


def _add_feed_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``ics`` and ``json``: one calendar feed or JSON document."""
    ics = commands.add_parser("ics", help="write an iCalendar feed")
    _add_selection(ics, default_scope="world")
    ics.add_argument("--from", dest="start", type=_year, help="first year (default: 2 years ago)")
    ics.add_argument("--to", dest="end", type=_year, help="last year (default: 10 years ahead)")
    ics.add_argument("--lang", type=_lang, default="en", help="language of the feed (en)")
    ics.add_argument("--name", help="calendar name (default: localized 'Child protection days')")
    ics.add_argument("--description", help="calendar description")
    ics.add_argument(
        "--recurring",
        action="store_true",
        help="one recurring event per date rule (RRULE) instead of one event per occurrence",
    )
    ics.add_argument(
        "--refresh", type=_duration, default="P1D", help="refresh interval (RFC 5545, P1D)"
    )
    ics.add_argument("--color", type=_color, help="calendar colour (a CSS3 colour name)")
    ics.add_argument("--alarm-days", type=_alarm_days, help="add a reminder N days before")
    ics.add_argument(
        "--busy",
        action="store_true",
        help="show events as busy (some apps hide transparent events)",
    )
    ics.add_argument("-o", "--output", type=Path, help="write here instead of standard output")

    json_cmd = commands.add_parser("json", help="write occurrences or observances as JSON")
    _add_selection(json_cmd, default_scope="all")
    json_cmd.add_argument("--from", dest="start", type=_year, help="first year (this year)")
    json_cmd.add_argument("--to", dest="end", type=_year, help="last year (this year)")
    json_cmd.add_argument("--lang", type=_lang, default="en")
    json_cmd.add_argument(
        "--observances", action="store_true", help="the observances instead of occurrences"
    )
    json_cmd.add_argument("-o", "--output", type=Path, help="write here instead of stdout")


def _add_site_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``build`` and ``serve``: the static feed site and the WSGI app."""
    build = commands.add_parser("build", help="write a static feed site into OUTDIR")
    build.add_argument("outdir", type=Path, metavar="OUTDIR")
    build.add_argument("--from", dest="start", type=_year, help="first year (2 years ago)")
    build.add_argument("--to", dest="end", type=_year, help="last year (10 years ahead)")
    build.add_argument("--base-url", type=_base_url, help="public URL of OUTDIR (subscribe links)")
    build.add_argument(
        "--lang", type=_site_lang, default="en", help="language of the root pages (en)"
    )
    build.add_argument(
        "--today", type=_day, help="the day the index's upcoming list starts (today)"
    )
    build.add_argument("--data", action="append", type=Path, metavar="PATH")

    serve = commands.add_parser("serve", help="serve feeds and JSON over HTTP (WSGI)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    serve.add_argument("--port", type=_port, default=8000, help="port (8000)")
    serve.add_argument(
        "--base-url",
        type=_base_url,
        help="public URL the pages use in subscribe links (default: relative links only)",
    )
    serve.add_argument(
        "--lang", type=_site_lang, default="en", help="language of the page at / (en)"
    )
    serve.add_argument("--data", action="append", type=Path, metavar="PATH")


def _add_validate_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``validate``: check data files."""
    validate = commands.add_parser("validate", help="check data files")
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE")


def _with_data(args: argparse.Namespace) -> Catalog:
    """The built-in catalog plus ``--data`` files; an id already built in is bad data."""
    cat = catalog()
    if not getattr(args, "data", None):
        return cat
    extra = load(*args.data)
    clashes = [
        Problem(o.origin, "id", repr(o.id), "is already a built-in observance; choose another id")
        for o in extra
        if o.id in cat
    ]
    clashes += [
        Problem(
            REGIONS_ORIGIN, region, "", "is a built-in region with other members; choose another id"
        )
        for region, members in sorted(extra.regions.items())
        if cat.regions.get(region, members) != members
    ]
    if clashes:
        raise DataError(clashes)
    return cat.merge(extra)


def _check_known(option: str, value: str, known: Iterable[str], what: str) -> None:
    if value not in set(known):
        raise UsageError(f"{option} {value!r} is not {what}{_suggest(value, known)}")


def _check_lang(args: argparse.Namespace) -> None:
    lang = getattr(args, "lang", None)
    if lang is not None and lang.replace("_", "-").split("-")[0].lower() not in LANGUAGES:
        raise UsageError(
            f"--lang {lang!r} is not one of the languages {', '.join(LANGUAGES)}"
            + _suggest(lang, LANGUAGES)
        )


def _selected(args: argparse.Namespace) -> Catalog:
    """The catalog the selection options ask for; an unknown value is a usage error."""
    _check_lang(args)
    cat = _with_data(args)
    country = getattr(args, "country", None)
    if country:
        _check_known(
            "--country",
            country,
            cat.countries(),
            "a country with observances of its own or in a region (use --scope world for the "
            "worldwide days alone)",
        )
    scope = getattr(args, "scope", "all")
    if not country and scope != "all":
        scopes = {"world", *cat.regions, *cat.countries(), *(o.scope for o in cat)}
        _check_known("--scope", scope, scopes, "world, all, a country code or a region id")
    for tag in getattr(args, "tag", None) or ():
        _check_known("--tag", tag, {t for o in cat for t in o.tags}, "a tag of any observance")
    if country:
        cat = cat.for_country(country)
    elif scope != "all":
        cat = cat.filter(scope=scope)
    if getattr(args, "tag", None):
        cat = cat.filter(tags=args.tag)
    return cat


def _emit(content: bytes, output: Path | None) -> None:
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(content)
        sys.stdout.buffer.flush()
        return
    write_file(output, content)


def _run_list(args: argparse.Namespace) -> int:
    if args.year is None and args.start is None and args.end is None:
        lines = [
            "\t".join(printable(field) for field in (o.id, o.scope, o.name(args.lang)))
            for o in _selected(args)
        ]
        if lines:
            _say("\n".join(lines), error=False)
        return 0
    if args.year is not None and (args.start is not None or args.end is not None):
        raise UsageError("--year cannot be combined with --from/--to")
    if args.year is not None:
        start, end = date(args.year, 1, 1), date(args.year, 12, 31)
    else:
        this_year = date.today().year
        start = args.start if args.start is not None else date(this_year, 1, 1)
        end = args.end if args.end is not None else date(start.year, 12, 31)
        if args.end is not None and args.end.month == 1 and args.end.day == 1:
            # a bare year (``--to 2025``) means its last day
            end = date(args.end.year, 12, 31)
        if end < start:
            raise UsageError(f"--to {end.isoformat()} is before --from {start.isoformat()}")
        if end.year - start.year >= MAX_QUERY_YEARS:
            raise UsageError(f"--from/--to cover at most {MAX_QUERY_YEARS} years")
    _print_occurrences(_selected(args).occurrences(start, end), args.lang)
    return 0


def _print_occurrences(occurrences: Sequence[Occurrence], lang: str) -> None:
    """One line per occurrence: date, title and theme in ``lang``, tab-separated.

    A theme the data has only in another language, or only as a translation, says so.
    """
    from childdays.ical import labelled

    lines = []
    for occurrence in occurrences:
        theme = occurrence.localized_theme(lang)
        fields = [
            occurrence.date_text(lang),
            occurrence.title(lang),
            labelled("theme", theme, lang) if theme else None,
        ]
        lines.append("\t".join(printable(field) for field in fields if field))
    if lines:
        _say("\n".join(lines), error=False)


def _run_upcoming(args: argparse.Namespace) -> int:
    after = args.after or date.today()
    _print_occurrences(_selected(args).upcoming(after=after, limit=args.limit), args.lang)
    return 0


def _run_show(args: argparse.Namespace) -> int:
    observance = _selected(args)[args.id]
    lines = [
        f"id: {observance.id}",
        f"name: {observance.name(args.lang)}",
        f"scope: {observance.scope}",
        f"tags: {', '.join(sorted(observance.tags))}",
        f"first year: {observance.first_year or 'unknown'}",
    ]
    if observance.established_by:
        lines.append(f"established by: {observance.established_by}")
    if observance.instrument:
        lines.append(f"instrument: {observance.instrument}")
    for span in observance.record.schedule:
        until = span.until if span.until is not None else "open"
        lines.append(f"rule: {span.rule} ({span.since}-{until})")
    if args.year is not None:
        occurrence = observance.occurrence(args.year, country=args.country)
        if occurrence is None:
            lines.append(f"{args.year}: not held")
        else:
            when = occurrence.start.isoformat()
            if occurrence.end != occurrence.start:
                when += f" to {occurrence.end.isoformat()}"
            lines.append(f"{args.year}: {when}: {occurrence.title(args.lang)}")
            theme = occurrence.theme(args.lang)
            if theme:
                lines.append(f"theme: {theme}")
    lines += [f"source: {source.url}" for source in observance.sources]
    _say("\n".join(printable(line) for line in lines), error=False)
    return 0


def _feed_window(args: argparse.Namespace) -> tuple[int, int]:
    """``--from``/``--to``, defaulting to the years around this one; bounded."""
    default_first, default_last = default_window(date.today().year)
    first = args.start if args.start is not None else default_first
    last = args.end if args.end is not None else default_last
    if last < first:
        raise UsageError(f"--to {last} is before --from {first}")
    if last - first >= MAX_FEED_YEARS:
        raise UsageError(f"a feed covers at most {MAX_FEED_YEARS} years")
    return first, last


def _run_ics(args: argparse.Namespace) -> int:
    from childdays.ical import GOOGLE_FEED_LIMIT, feed

    first, last = _feed_window(args)
    content = feed(
        _selected(args),
        first_year=first,
        last_year=last,
        recurring=args.recurring,
        lang=args.lang,
        name=args.name,
        description=args.description,
        refresh_interval=args.refresh,
        transparent=not args.busy,
        color=args.color,
        alarm_days=args.alarm_days,
    )
    if len(content) > GOOGLE_FEED_LIMIT:
        _say(
            f"childdays: warning: the feed has {len(content)} bytes; Google Calendar may refuse "
            f"feeds over {GOOGLE_FEED_LIMIT} bytes (narrow --from/--to or use --recurring)"
        )
    _emit(content, args.output)
    return 0


def _run_json(args: argparse.Namespace) -> int:
    from childdays.export import observances_document, occurrences_document, to_json

    cat = _selected(args)
    if args.observances:
        document = observances_document(cat, lang=args.lang)
    else:
        this_year = date.today().year
        first = args.start if args.start is not None else this_year
        last = args.end if args.end is not None else first
        if last < first:
            raise UsageError(f"--to {last} is before --from {first}")
        if last - first >= MAX_QUERY_YEARS:
            raise UsageError(f"--from/--to cover at most {MAX_QUERY_YEARS} years")
        occurrences = cat.occurrences(date(first, 1, 1), date(last, 12, 31))
        document = occurrences_document(occurrences, lang=args.lang)
    _emit(to_json(document), args.output)
    return 0


def _run_build(args: argparse.Namespace) -> int:
    from childdays.site import YEARS_AHEAD, YEARS_BACK, build_site, progress_stream

    today = args.today or date.today()
    if args.start is None:
        args.start = today.year - YEARS_BACK
    if args.end is None:
        args.end = max(today.year + YEARS_AHEAD, args.start)
    first, last = _feed_window(args)
    if args.base_url is None:
        _say(
            "childdays: warning: no --base-url: pages link the feeds for download only; the "
            "Apple, Google and Outlook subscribe buttons need the site's public address"
        )
    summary = build_site(
        args.outdir,
        _selected(args),
        first_year=first,
        last_year=last,
        today=today,
        base_url=args.base_url,
        lang=args.lang,
        progress=progress_stream(),
    )
    _say(f"childdays: built {args.outdir}: {summary}")
    return 0


def _run_serve(args: argparse.Namespace) -> int:
    import socket
    from wsgiref.simple_server import make_server

    from childdays.web import make_app

    app = make_app(_selected(args), base_url=args.base_url, lang=args.lang)
    try:
        server = make_server(args.host, args.port, app)
    except socket.gaierror as exc:
        raise UsageError(f"--host {args.host!r} is not an address here: {exc.strerror}") from None
    except OSError as exc:
        where = f"{args.host}:{args.port}"
        raise OutputError(where, exc.strerror or type(exc).__name__) from None
    with server:
        _say(f"childdays: serving on http://{args.host}:{args.port}/")
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
    return 0


def _run_validate(args: argparse.Namespace) -> int:
    from childdays.checks import check_paths

    checked = load(*args.files)
    clashes = [
        Problem(o.origin, "id", repr(o.id), "is already a built-in observance; choose another id")
        for o in checked
        if o.id in catalog()
    ]
    if clashes:
        raise DataError(clashes)
    catalog().merge(checked)
    check_paths(args.files)
    _say(f"ok: {len(checked)} observance(s) valid", error=False)
    return 0


_COMMANDS = {
    "list": _run_list,
    "upcoming": _run_upcoming,
    "show": _run_show,
    "ics": _run_ics,
    "json": _run_json,
    "build": _run_build,
    "serve": _run_serve,
    "validate": _run_validate,
}


def _report_bug(command: str) -> int:
    import traceback

    traceback.print_exc()
    _say(
        f"childdays {command}: internal error (a bug in childdays {__version__}, not in your "
        "input); please report it to the childdays maintainers with the command and the "
        "lines above"
    )
    return EXIT_BUG


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0, 1 bad data/output, 2 usage, 70 bug)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return _COMMANDS[args.command](args)
    except DataError as exc:
        for problem in exc.problems:
            _say(f"childdays: {problem}")
        return 1
    except OutputError as exc:
        _say(f"childdays: {exc}")
        return 1
    except (UsageError, UnknownObservanceError) as exc:
        parser.print_usage(sys.stderr)
        _say(f"childdays {args.command}: error: {exc}")
        return 2
    except BrokenPipeError:
        # Python flushes stdout again at exit; point it at nothing so that does not fail too
        # (only the process's own stdout: a caller's replacement is left alone).
        if sys.stdout is sys.__stdout__ and sys.__stdout__ is not None:
            with contextlib.suppress(OSError, ValueError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.__stdout__.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception:  # anything else is a bug: say so, with the traceback
        return _report_bug(args.command)
