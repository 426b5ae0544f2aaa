"""A Flask site with childdays' blueprint: feeds, JSON and pages under /days (Khmer first).

pip install 'childdays[flask]' && flask --app examples/flask_app.py run

The Django app, the Wagtail page, block and snippet are in the package itself
(childdays.contrib.django, childdays.contrib.wagtail): see docs/cms.md.
"""

from __future__ import annotations

from pathlib import Path

from flask import Flask

import childdays
from childdays.contrib.flask import create_blueprint

HERE = Path(__file__).parent

app = Flask(__name__)
catalog = childdays.catalog().merge(childdays.load(HERE / "custom_observances.toml"))
app.register_blueprint(
    create_blueprint(catalog, countries=["KH"], lang="km"),
    url_prefix="/days",
)
