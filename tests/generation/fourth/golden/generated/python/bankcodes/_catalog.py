# generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
"""The catalog's version and providers, read by `import bankcodes`."""

from __future__ import annotations

#: The version of the catalog.
VERSION = "0.1.0"

#: Provider id -> the name of its module.
MODULES: dict[str, str] = {"acme": "acme"}
