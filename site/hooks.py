"""MkDocs hook: add the generated reference pages (docs/reference/nav.json) to the navigation."""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    nav_file = Path(config.docs_dir) / "reference" / "nav.json"
    reference = json.loads(nav_file.read_text(encoding="utf-8"))["nav"]
    config.nav = [*(config.nav or []), {"Reference": reference}]
    return config
