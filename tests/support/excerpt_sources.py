"""Sources read as stored excerpts of their pages (a search's copy from the page's start, or a
pull request's description) whose copies were not kept: their records say what was read, and
they stay unpinned (no retrieval day, no SHA-256 of a copy)."""

from __future__ import annotations

#: The rate-limit, consent and retry facts' pages read so.
EXCERPT_SOURCES = (
    "gc-help-api-rate-limits",
    "gc-help-bank-rate-limit-headers",
    "oca-pr-809",
    "gc-help-180-days",
    "nordigen-help-regain-access",
    "plaid-update-mode",
    "stripe-rate-limits",
    "stripe-changelog-fc-deactivation-events",
    "stripe-fc-relink-data-products",
    "lean-handle-expired-consent-ksa",
    "belvo-ofda-widget-token",
    "belvo-webhook-consents",
    "pluggy-docs-consents",
    "fintoc-docs-rate-limits",
    "fintoc-guide-reconnect-link",
    "yapily-docs-fd-consents",
    "truelayer-common-headers",
    "truelayer-connections",
    "truelayer-error-codes-1",
    "truelayer-extend-a-connection",
    "mono-docs-reauth-code",
    "flinks-retrieve-account-data",
    "mastercard-ofd-consent-management",
)
