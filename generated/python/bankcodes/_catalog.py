# generated from spec/catalog.json — do not edit (run `make generate`)
"""The catalog's version and providers, read by `import bankcodes`."""

from __future__ import annotations

#: The version of the catalog.
VERSION = "1.1.0"

#: Provider id -> the name of its module.
MODULES: dict[str, str] = {
    "lean": "lean",
    "flinks": "flinks",
    "argyle": "argyle",
    "plaid": "plaid",
    "mx": "mx",
    "mastercard": "mastercard",
}
