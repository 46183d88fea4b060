# generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.acme's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, NumericCodeEnum, register
from bankcodes._records import CodeInfo, CodeSetInfo, HttpStatus, Lifecycle, Source, Wording
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.acme")
#: The documents its facts come from, by id.
_S = {
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


def _ErrorCode() -> type[CodeEnum]:
    class ErrorCode(CodeEnum):
        """Error code: Why a link failed.

        Wire field: error_code."""

        BAD_PASSWORD = "BAD_PASSWORD"
        BANK_DOWN = "BANK_DOWN"
        bank_closed = "bank-closed"

    register(
        ErrorCode,
        lambda: (
            CodeSetInfo(
                provider="acme",
                id="error_code",
                title="Error code",
                description="Why a link failed.",
                field="error_code",
                sources=(_S["acme-errors"],),
            ),
            (
                CodeInfo(
                    value="BAD_PASSWORD",
                    description="The password is wrong.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["acme-errors"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["acme-errors"],)),
                        Wording(field="user_message", by="provider", sources=(_S["acme-errors"],)),
                        Wording(
                            field="user_message_translations",
                            by="provider",
                            sources=(_S["acme-errors"],),
                        ),
                        Wording(field="advice", by="provider", sources=(_S["acme-errors"],)),
                    ),
                    page="reference/acme/error_code/#BAD_PASSWORD",
                    advice="Re-enter your password.",
                    user_message="That password did not work.",
                    user_message_translations={
                        "es": "Esa contraseña no funcionó.",
                        "fr-CA": "Ce mot de passe n'a pas fonctionné.",
                    },
                ),
                CodeInfo(
                    value="BANK_DOWN",
                    description="The bank is not answering.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["acme-errors"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=503,
                            sources=(_S["acme-errors"],),
                            cause="The bank's service is down.",
                            cause_by="provider",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["acme-errors"],)),
                    ),
                    page="reference/acme/error_code/#BANK_DOWN",
                ),
                CodeInfo(
                    value="bank-closed",
                    description="The bank closed the connection.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["acme-errors"],),
                    retryable=True,
                    end_user_can_retry=True,
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note="Acme Link sends BANK_DOWN instead.",
                        replaced_by="BANK_DOWN",
                    ),
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["acme-errors"],)),
                    ),
                    page="reference/acme/error_code/#bank-closed",
                ),
            ),
        ),
        {},
    )
    return ErrorCode


def _WidgetEvent() -> type[CodeEnum]:
    class WidgetEvent(CodeEnum):
        """Widget event: A step of the widget flow.

        Wire field: event."""

        OPENED = "OPENED"
        FINISHED = "FINISHED"

    register(
        WidgetEvent,
        lambda: (
            CodeSetInfo(
                provider="acme",
                id="widget_event",
                title="Widget event",
                description="A step of the widget flow.",
                field="event",
                sources=(_S["acme-widget"],),
            ),
            (
                CodeInfo(
                    value="OPENED",
                    description="The widget opened.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["acme-widget"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["acme-widget"],)),
                    ),
                    page="reference/acme/widget_event/#OPENED",
                ),
                CodeInfo(
                    value="FINISHED",
                    description="The end user linked an account.",
                    category=_C.SUCCESS,
                    sources=(_S["acme-widget"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["acme-widget"],)),
                    ),
                    page="reference/acme/widget_event/#FINISHED",
                ),
            ),
        ),
        {},
    )
    return WidgetEvent


def _LinkStatus() -> type[NumericCodeEnum]:
    class LinkStatus(NumericCodeEnum):
        """Link status: Where a link stands, as a number.

        Wire field: status."""

        CREATED = 0
        CONNECTED = 1
        DENIED = 2

    register(
        LinkStatus,
        lambda: (
            CodeSetInfo(
                provider="acme",
                id="link_status",
                title="Link status",
                description="Where a link stands, as a number.",
                field="status",
                sources=(_S["acme-webhooks"],),
            ),
            (
                CodeInfo(
                    value="0",
                    description="The link exists and has not connected yet.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["acme-webhooks"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["acme-webhooks"],)),
                    ),
                    page="reference/acme/link_status/#0",
                ),
                CodeInfo(
                    value="1",
                    description="The link is connected.",
                    category=_C.SUCCESS,
                    sources=(_S["acme-webhooks"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["acme-webhooks"],)),
                    ),
                    page="reference/acme/link_status/#1",
                ),
                CodeInfo(
                    value="2",
                    description="The bank refused the login details.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["acme-webhooks"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["acme-webhooks"],)),
                    ),
                    page="reference/acme/link_status/#2",
                ),
            ),
        ),
        {},
    )
    return LinkStatus


def _WebhookType() -> type[CodeEnum]:
    class WebhookType(CodeEnum):
        """Webhook type: What a webhook is about.

        Wire field: type."""

        LINK_CREATED = "link.created"
        LINK_FAILED = "link.failed"

    register(
        WebhookType,
        lambda: (
            CodeSetInfo(
                provider="acme",
                id="webhook_type",
                title="Webhook type",
                description="What a webhook is about.",
                field="type",
                sources=(_S["acme-webhooks"],),
            ),
            (
                CodeInfo(
                    value="link.created",
                    description="A link was created.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["acme-webhooks"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["acme-webhooks"],)),
                    ),
                    page="reference/acme/webhook_type/#link.created",
                ),
                CodeInfo(
                    value="link.failed",
                    description="A link failed.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["acme-webhooks"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["acme-webhooks"],)),
                    ),
                    page="reference/acme/webhook_type/#link.failed",
                ),
            ),
        ),
        {},
    )
    return WebhookType


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name) for name in ("ErrorCode", "WidgetEvent", "LinkStatus", "WebhookType")
    )
