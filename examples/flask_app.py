"""A Flask site that lists upcoming observances and serves the childdays feeds under /calendar.

pip install flask childdays && flask --app examples/flask_app.py run
"""

from __future__ import annotations

from datetime import date

from flask import Flask, render_template_string
from werkzeug.middleware.dispatcher import DispatcherMiddleware

import childdays
from childdays.web import make_app

PAGE = """<!doctype html><html lang="{{ lang }}"><meta charset="utf-8">
<h1>Upcoming</h1><ul>
{% for o in upcoming %}<li>{{ o.date_text(lang) }}: {{ o.title(lang) }}</li>{% endfor %}
</ul><p><a href="/calendar/feeds/{{ country }}.{{ lang }}.ics">Subscribe</a></p></html>"""

app = Flask(__name__)
# The feeds, JSON and their HTTP caching come from childdays' own WSGI app.
app.wsgi_app = DispatcherMiddleware(app.wsgi_app, {"/calendar": make_app()})  # type: ignore[method-assign]


@app.route("/")
def upcoming() -> str:
    country, lang = "KH", "km"
    found = childdays.catalog().for_country(country).upcoming(after=date.today(), limit=10)
    return render_template_string(PAGE, upcoming=found, lang=lang, country=country)
