# generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
"""Every document the catalog's facts come from, by id."""

from __future__ import annotations

from bankcodes._records import Source

#: Every document, by id.
SOURCES: dict[str, Source] = {
    "acme-errors": Source(
        id="acme-errors",
        kind="doc",
        title="Acme Link: error reference",
        url="https://docs.acme-link.example/errors",
    ),
    "acme-widget": Source(
        id="acme-widget",
        kind="doc",
        title="Acme Link: widget events",
        url="https://docs.acme-link.example/widget#events",
    ),
    "acme-webhooks": Source(
        id="acme-webhooks",
        kind="doc",
        title="Acme Link: webhooks",
        url="https://docs.acme-link.example/webhooks",
    ),
}
