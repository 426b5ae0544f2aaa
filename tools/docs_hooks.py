"""mkdocs hook: regenerate the pages made from the data before every build."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_catalogue


def on_pre_build(config: Any) -> None:
    """Write docs/catalogue.md, docs/schema.md and docs/year.svg from the data."""
    for path, text in gen_catalogue.generated().items():
        if not path.exists() or path.read_text("utf-8") != text:
            path.write_text(text, encoding="utf-8")
