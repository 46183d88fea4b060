# generated from spec/catalog.json — do not edit (run `make generate`)
"""Token.io (https://token.io): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from __future__ import annotations

from bankcodes._lazy import LazyNames

_NAMES = LazyNames.of_data(
    __name__,
    "bankcodes._data_tokenio",
    (
        "CODE_SETS",
        "CallbackErrorCode",
        "ExternalError",
        "HostedPagesError",
        "PaymentStatus",
        "TransferStatus",
        "WebhookConfigEventType",
        "WebhookEventType",
    ),
)


def __getattr__(name: str) -> object:
    return _NAMES.load(name)


def __dir__() -> list[str]:
    return _NAMES.names()


__all__ = _NAMES.public()
