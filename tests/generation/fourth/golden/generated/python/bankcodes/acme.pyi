# generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
"""Acme Link (https://acme-link.example): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum, NumericCodeEnum

__all__ = ["CODE_SETS", "ErrorCode", "LinkStatus", "WebhookType", "WidgetEvent"]

class ErrorCode(CodeEnum):
    """Error code: Why a link failed.

    Wire field: error_code."""

    BAD_PASSWORD = "BAD_PASSWORD"
    """The password is wrong."""
    BANK_DOWN = "BANK_DOWN"
    """The bank is not answering."""
    bank_closed = "bank-closed"
    """The bank closed the connection. (deprecated: Acme Link sends BANK_DOWN instead.)"""

class WidgetEvent(CodeEnum):
    """Widget event: A step of the widget flow.

    Wire field: event."""

    OPENED = "OPENED"
    """The widget opened."""
    FINISHED = "FINISHED"
    """The end user linked an account."""

class LinkStatus(NumericCodeEnum):
    """Link status: Where a link stands, as a number.

    Wire field: status."""

    CREATED = 0
    """The link exists and has not connected yet."""
    CONNECTED = 1
    """The link is connected."""
    DENIED = 2
    """The bank refused the login details."""

class WebhookType(CodeEnum):
    """Webhook type: What a webhook is about.

    Wire field: type."""

    LINK_CREATED = "link.created"
    """A link was created."""
    LINK_FAILED = "link.failed"
    """A link failed."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum] | type[NumericCodeEnum], ...]
