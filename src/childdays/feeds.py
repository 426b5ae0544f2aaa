"""Where a feed lives, which years it covers, and its option values: one place for each.

A feed's path is built and read here only: ``feeds/{name}.ics`` in English and
``feeds/{name}.{lang}.ics`` in another language (``name`` is ``world``, a country code, a region
id or a tag). The default window (the years around the current one) and the patterns of a
refresh duration and a calendar colour are also set here once, for the CLI, the feed writer,
the static site and the web app.
"""

from __future__ import annotations

import re

#: The default feed window: this many years back and ahead of the current year.
DEFAULT_YEARS_BACK = 2
DEFAULT_YEARS_AHEAD = 10
#: The most years one feed may cover (the CLI, the site and the web app).
MAX_FEED_YEARS = 500

# RFC 5545 section 3.3.6 without a sign: weeks, or days and/or a time; a time is "T" and at least
# one of hours, minutes, seconds, in that order and without a gap (PT1H30M, not PT1H30S or PT).
_DURATION_TIME = r"T(\d{1,6}H(\d{1,6}M(\d{1,6}S)?)?|\d{1,6}M(\d{1,6}S)?|\d{1,6}S)"
_DURATION = re.compile(rf"P(\d{{1,6}}W|\d{{1,6}}D({_DURATION_TIME})?|{_DURATION_TIME})")
_CSS3_COLOR_WORDS = (
    "aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue "
    "blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk "
    "crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki "
    "darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen "
    "darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue "
    "dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro "
    "ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo "
    "ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral "
    "lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon "
    "lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow "
    "lime limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid "
    "mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise "
    "mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace "
    "olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise "
    "palevioletred papayawhip peachpuff peru pink plum powderblue purple red rosybrown "
    "royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue "
    "slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato "
    "turquoise violet wheat white whitesmoke yellow yellowgreen "
)
#: The CSS3 colour keywords (CSS Color Module Level 3, section 4.3), which RFC 7986 COLOR takes.
CSS3_COLORS = frozenset(_CSS3_COLOR_WORDS.split())

_FEED_PATH = re.compile(
    r"feeds/(?P<name>[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)"
    r"(?:\.(?P<lang>[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*))?\.ics"
)


def default_window(this_year: int) -> tuple[int, int]:
    """The years a feed covers when none are given: two back to ten ahead of ``this_year``.

    >>> default_window(2026)
    (2024, 2036)
    """
    return max(1, this_year - DEFAULT_YEARS_BACK), min(9999, this_year + DEFAULT_YEARS_AHEAD)


def feed_path(name: str, lang: str) -> str:
    """The path of feed ``name`` in ``lang``, relative to the site root.

    >>> feed_path("KH", "km"), feed_path("world", "en")
    ('feeds/KH.km.ics', 'feeds/world.ics')
    """
    return f"feeds/{name}.ics" if lang == "en" else f"feeds/{name}.{lang}.ics"


def parse_feed_path(path: str) -> tuple[str, str] | None:
    """The (name, language) of a feed path made by :func:`feed_path`, or None.

    >>> parse_feed_path("feeds/KH.km.ics"), parse_feed_path("feeds/../x")
    (('KH', 'km'), None)
    """
    match = _FEED_PATH.fullmatch(path)
    if match is None:
        return None
    return match.group("name"), match.group("lang") or "en"


def check_duration(value: str) -> str:
    """``value`` if it is an RFC 5545 duration such as ``P1D`` or ``PT12H``; else ValueError.

    A time part needs at least one of hours, minutes or seconds, so ``P1DT`` and ``PT`` are
    refused, as are ``PT1H30S`` (a gap) and a sign (a refresh interval is never negative).

    >>> check_duration("P1DT12H")
    'P1DT12H'
    """
    if not _DURATION.fullmatch(value):
        raise ValueError(f"{value!r} is not an RFC 5545 duration such as P1D or PT12H")
    return value


def check_color(value: str) -> str:
    """``value`` if it is a CSS3 colour name (:data:`CSS3_COLORS`); else ValueError.

    >>> check_color("teal")
    'teal'
    """
    if value not in CSS3_COLORS:
        import difflib

        close = difflib.get_close_matches(value.lower(), sorted(CSS3_COLORS), n=3)
        hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
        raise ValueError(f"{value!r} is not a CSS3 color name such as teal{hint}")
    return value
