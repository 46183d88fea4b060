# generated from spec/catalog.json — do not edit (run `make generate`)
"""Every payload kind and how its root model is chosen, read by bankcodes.payloads."""

from __future__ import annotations

#: Kind -> (model modules, root model, tag field, tag value -> variant model, fallback model, any_of members with their required fields).
KINDS: dict[
    str,
    tuple[
        tuple[str, str],
        str,
        str | None,
        dict[str, str],
        str | None,
        tuple[tuple[str, tuple[str, ...]], ...],
    ],
] = {
    "lean/webhook": (
        ("bankcodes.webhooks.lean.webhook", "bankcodes.webhooks.lean.webhook_strict"),
        "LeanWebhook",
        "type",
        {
            "entity.created": "EntityCreatedWebhook",
            "entity.updated": "EntityUpdatedWebhook",
            "entity.reconnected": "EntityReconnectedWebhook",
            "entity.data.refresh.updated": "DataRefreshUpdatedWebhook",
            "results.ready": "ResultsReadyWebhook",
            "payment_source.created": "PaymentSourceCreatedWebhook",
            "payment_source.beneficiary.created": "BeneficiaryCreatedWebhook",
            "payment_source.beneficiary.updated": "BeneficiaryUpdatedWebhook",
            "payment_intent.created": "PaymentIntentCreatedWebhook",
            "payment.created": "PaymentCreatedWebhook",
            "payment.updated": "PaymentUpdatedWebhook",
            "payment.transaction": "PaymentTransactionWebhook",
            "payment.reconciliation.updated": "ReconciliationUpdatedWebhook",
            "bank.availability.updated": "BankAvailabilityUpdatedWebhook",
            "consent.status.updated": "ConsentStatusUpdatedWebhook",
        },
        "OtherWebhook",
        (),
    ),
    "lean/callback": (
        ("bankcodes.webhooks.lean.callback", "bankcodes.webhooks.lean.callback_strict"),
        "CallbackData",
        None,
        {},
        None,
        (),
    ),
    "lean/data-api-response": (
        (
            "bankcodes.webhooks.lean.data_api_response",
            "bankcodes.webhooks.lean.data_api_response_strict",
        ),
        "DataApiResponse",
        None,
        {},
        None,
        (),
    ),
    "argyle/webhook": (
        ("bankcodes.webhooks.argyle.webhook", "bankcodes.webhooks.argyle.webhook_strict"),
        "ArgyleWebhook",
        "event",
        {
            "verifications.updated": "VerificationUpdatedWebhook",
            "verifications.creation_failed": "VerificationCreationFailedWebhook",
        },
        "OtherWebhook",
        (),
    ),
    "flinks/api-response": (
        ("bankcodes.webhooks.flinks.api_response", "bankcodes.webhooks.flinks.api_response_strict"),
        "ApiResponse",
        None,
        {},
        None,
        (),
    ),
    "flinks/connect-message": (
        (
            "bankcodes.webhooks.flinks.connect_message",
            "bankcodes.webhooks.flinks.connect_message_strict",
        ),
        "ConnectMessage",
        None,
        {},
        None,
        (("StepEvent", ("step",)), ("ErrorEvent", ("flinksCode",))),
    ),
    "flinks/webhook": (
        ("bankcodes.webhooks.flinks.webhook", "bankcodes.webhooks.flinks.webhook_strict"),
        "FlinksWebhook",
        "ResponseType",
        {"KYC": "KycWebhook", "GetAccountsDetail": "AccountsDetailWebhook"},
        "OtherWebhook",
        (),
    ),
}
