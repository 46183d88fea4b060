# generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
"""Every payload kind and how its root model is chosen, read by bankcodes.payloads."""

from __future__ import annotations

from bankcodes._kinds import CodeField, Embedded, LazyKinds, Member, PayloadKindInfo, Recognition


def _kind_1() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.acme.widget_message",
        strict_module="bankcodes.webhooks.acme.widget_message_strict",
        root="WidgetMessage",
        members=(
            Member(name="WidgetError", required=("error_code",)),
            Member(name="WidgetProgress", required=("event",)),
            Member(name="WidgetStatus", required=("link_status",)),
        ),
        recognise=(
            Recognition(present=("error_code",), absent=("type",)),
            Recognition(present=("event", "link_id")),
            Recognition(present=("link_status",)),
        ),
        codes=(
            CodeField(path="$.error_code", code_sets=("acme.error_code",)),
            CodeField(path="$.event", code_sets=("acme.widget_event",)),
            CodeField(path="$.link_status", code_sets=("acme.link_status",), numeric=True),
        ),
    )


def _kind_2() -> PayloadKindInfo:
    return PayloadKindInfo(
        lenient_module="bankcodes.webhooks.acme.webhook",
        strict_module="bankcodes.webhooks.acme.webhook_strict",
        root="AcmeWebhook",
        tag="type",
        variants={"link.created": "LinkCreatedWebhook", "link.failed": "LinkFailedWebhook"},
        fallback="OtherWebhook",
        recognise=(Recognition(present=("type", "link_id")),),
        codes=(
            CodeField(path="$.error_code", code_sets=("acme.error_code",), tag="link.failed"),
            CodeField(path="$.type", code_sets=("acme.webhook_type",), tag="link.created"),
            CodeField(path="$.type", code_sets=("acme.webhook_type",), tag="link.failed"),
            CodeField(path="$.type", code_sets=("acme.webhook_type",)),
            CodeField(
                path="$.status", code_sets=("acme.link_status",), tag="link.created", numeric=True
            ),
            CodeField(
                path="$.status", code_sets=("acme.link_status",), tag="link.failed", numeric=True
            ),
            CodeField(path="$.status", code_sets=("acme.link_status",), numeric=True),
        ),
    )


#: Kind -> where its models are and how its root model is chosen (each built on first use).
KINDS: LazyKinds = LazyKinds({"acme/widget-message": _kind_1, "acme/webhook": _kind_2})
