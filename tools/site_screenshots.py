"""Screenshots and an accessibility check of a built site in headless Chromium.

Serves ``SITE`` (a ``childdays build`` output) on a local port, opens the pages named below at
390 px (phone) and 1280 px (desktop) wide, saves PNGs into ``OUT`` and runs axe-core on each
page (``--axe path/to/axe.min.js``, from the ``axe-core`` npm package). Needs Playwright and a
Chromium (``--chromium /usr/bin/chromium``)::

    python tools/site_screenshots.py SITE OUT --axe node_modules/axe-core/axe.min.js

Prints one line per page and width: the page height, whether it scrolls sideways, the
smallest tap target, and the serious or critical axe violations; exits 1 if any page scrolls
sideways or has such a violation.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import sys
import threading
from pathlib import Path
from typing import Any

PAGES = {
    "index-en": "",
    "index-km": "km/",
    "index-ar": "ar/",
    "country-KH-km": "km/KH/",
    "country-KH-en": "KH/",
    "country-EG-ar": "ar/EG/",
    "observance-icd-en": "days/international-childrens-day/",
    "observance-icd-km": "km/days/international-childrens-day/",
}
WIDTHS = {"phone": 390, "desktop": 1280}

_MEASURE = """() => {
  const small = [];
  for (const el of document.querySelectorAll('a[href], button:not([hidden]), input')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (el.closest('p, li, dd, td') && el.tagName === 'A' && !el.closest('.countries, .days,'
        + ' .langs, .jump, .buttons, .feeds, .events')) continue;  // links inside running text
    if (r.height < 44 || r.width < 24) small.push(el.outerHTML.slice(0, 80));
  }
  return {height: document.documentElement.scrollHeight,
          sideways: document.documentElement.scrollWidth > window.innerWidth + 1,
          small: small};
}"""


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Say nothing per request."""


def _serve(root: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def check_site(
    site: Path,
    out: Path,
    *,
    chromium: str | None,
    axe: Path | None,
    pages: dict[str, str] = PAGES,
    full_page: bool = True,
) -> list[dict[str, Any]]:
    """Screenshot and check ``pages`` of ``site``; the results, one per page and width."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    server, base = _serve(site)
    results = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium)
            for label, width in WIDTHS.items():
                context = browser.new_context(viewport={"width": width, "height": 844})
                page = context.new_page()
                for name, path in pages.items():
                    page.goto(base + path)
                    measured = page.evaluate(_MEASURE)
                    page.screenshot(path=str(out / f"{name}-{label}.png"), full_page=full_page)
                    violations = []
                    if axe is not None:
                        page.add_script_tag(path=str(axe))
                        report = page.evaluate("async () => await axe.run()")
                        violations = [
                            f"{v['id']} ({v['impact']}): {len(v['nodes'])}"
                            for v in report["violations"]
                            if v["impact"] in ("serious", "critical")
                        ]
                    results.append(
                        {"page": name, "width": width, **measured, "violations": violations}
                    )
                context.close()
            browser.close()
    finally:
        server.shutdown()
    return results


def main() -> int:
    """Run the check from the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--axe", type=Path)
    parser.add_argument("--viewport-only", action="store_true", help="not the full page")
    args = parser.parse_args()
    results = check_site(
        args.site,
        args.out,
        chromium=args.chromium,
        axe=args.axe,
        full_page=not args.viewport_only,
    )
    failed = False
    for result in results:
        failed |= result["sideways"] or bool(result["violations"])
        print(json.dumps(result, ensure_ascii=False))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
