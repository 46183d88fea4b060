# generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
"""The codes that share a category, read by `bankcodes explain` without loading every provider."""

from __future__ import annotations

#: Category id -> (provider id, code set id, wire value) of each of its codes, in catalog order.
BY_CATEGORY: dict[str, tuple[tuple[str, str, str], ...]] = {
    "success": (("acme", "widget_event", "FINISHED"), ("acme", "link_status", "1")),
    "credentials_invalid": (("acme", "error_code", "BAD_PASSWORD"), ("acme", "link_status", "2")),
    "institution_unavailable": (
        ("acme", "error_code", "BANK_DOWN"),
        ("acme", "error_code", "bank-closed"),
    ),
    "integration_error": (),
    "rate_limited": (),
    "informational": (
        ("acme", "widget_event", "OPENED"),
        ("acme", "link_status", "0"),
        ("acme", "webhook_type", "link.created"),
        ("acme", "webhook_type", "link.failed"),
    ),
    "unknown": (),
}
