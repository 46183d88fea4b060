# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.mono's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, NumericCodeEnum, register
from bankcodes._records import (
    CodeInfo,
    CodeSetInfo,
    EndUserWords,
    Equivalent,
    Lifecycle,
    Scope,
    Source,
    Wording,
)
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.mono")
#: The documents its facts come from, by id.
_S = {
    "mono-docs-webhooks": Source(
        id="mono-docs-webhooks",
        kind="doc",
        title="Mono: Webhooks (security: the mono-webhook-secret header, its example check; retries and failure)",
        url="https://docs.mono.co/docs/webhooks",
    ),
    "mono-docs-auth-connection": Source(
        id="mono-docs-auth-connection",
        kind="doc",
        title="Mono: Webhook Events, Auth (Connection): mono.events.account_connected",
        url="https://docs.mono.co/docs/financial-data/auth-connection",
    ),
    "mono-docs-account-update": Source(
        id="mono-docs-account-update",
        kind="doc",
        title="Mono: Webhook Events, Account Update (Balance): mono.events.account_updated (the capture of March 2026)",
        url="https://docs.mono.co/docs/financial-data/account-update",
    ),
    "mono-docs-account-update-2022": Source(
        id="mono-docs-account-update-2022",
        kind="doc",
        title="Mono: Webhook Events, Account Update (Balance) (an earlier capture, with a complete example)",
        url="https://docs.mono.co/docs/financial-data/account-update",
    ),
    "mono-docs-data-sync": Source(
        id="mono-docs-data-sync",
        kind="doc",
        title="Mono: Webhook Events, Data Sync (Tokenization): reauthorisation required, reauthorized, sync failed",
        url="https://docs.mono.co/docs/financial-data/data-sync-tokenization",
        read_in_part="The copy read is cut in the example body of mono.events.sync_failed, after its first line: the rest of that body and of the page was not read.",
    ),
    "mono-docs-unlink": Source(
        id="mono-docs-unlink",
        kind="doc",
        title="Mono: Webhook Events, Unlink (Disconnection): mono.events.account_unlinked",
        url="https://docs.mono.co/docs/financial-data/unlink",
    ),
    "mono-docs-realtime-data": Source(
        id="mono-docs-realtime-data",
        kind="doc",
        title="Mono: Real-Time Data (jobs, X-JOB-STATUS, mono.accounts.jobs.update)",
        url="https://docs.mono.co/docs/financial-data/realtime-data",
    ),
    "mono-docs-account-details": Source(
        id="mono-docs-account-details",
        kind="doc",
        title="Mono API: Account Details (the capture with Data Statuses and Definitions)",
        url="https://docs.mono.co/api/bank-data/accounts/details",
    ),
    "mono-docs-account-details-notice": Source(
        id="mono-docs-account-details-notice",
        kind="doc",
        title="Mono API: Account Details (the capture of August 2025 announcing the data statuses of September 15, 2025)",
        url="https://docs.mono.co/api/bank-data/accounts/details",
    ),
    "mono-docs-account-information": Source(
        id="mono-docs-account-information",
        kind="doc",
        title="Mono: Account Information (the v2 response object and its fields)",
        url="https://docs.mono.co/docs/financial-data/account-information",
    ),
    "mono-docs-account-v1": Source(
        id="mono-docs-account-v1",
        kind="doc",
        title="Mono: Account Information (the earlier documentation's API object of GET /accounts/{id})",
        url="https://docs.mono.co/docs/account",
    ),
    "mono-docs-overview-flow": Source(
        id="mono-docs-overview-flow",
        kind="doc",
        title="Mono: Overview flow (account connected, account updated, data_status AVAILABLE)",
        url="https://docs.mono.co/docs/overview-flow",
    ),
    "mono-docs-errors": Source(
        id="mono-docs-errors",
        kind="doc",
        title="Mono: Errors (the capture with API Error Codes)",
        url="https://docs.mono.co/docs/errors",
        read_in_part="The copy read gives the API Error Codes table whole and is cut in the Error Handling section after it: the rest of the page was not read.",
    ),
    "mono-docs-errors-readme": Source(
        id="mono-docs-errors-readme",
        kind="doc",
        title="Mono: Errors (another capture of the page, with other words for 402)",
        url="https://docs.mono.co/docs/errors",
    ),
    "mono-docs-login-to-institution": Source(
        id="mono-docs-login-to-institution",
        kind="doc",
        title="Mono API reference: Login to institution (Partners API, responseCode)",
        url="https://docs.mono.co/reference/login-to-institution",
    ),
    "mono-docs-reauth-guide": Source(
        id="mono-docs-reauth-guide",
        kind="doc",
        title="Mono: Partners API Reauthorisation Guide (the reauth session response)",
        url="https://docs.mono.co/docs/financial-data/partners-api-guide/reauth-guide",
    ),
    "mono-docs-directpay-webhooks": Source(
        id="mono-docs-directpay-webhooks",
        kind="doc",
        title="Mono: DirectPay Webhook Events (a capture with the account connected event sent with a payment)",
        url="https://docs.mono.co/docs/payments/onetime/webhook-events",
    ),
    "mono-connect-js": Source(
        id="mono-connect-js",
        kind="repo",
        title="Mono: connect.js 2.0.2, connect.js (the window message types and the onEvent names they map to)",
        url="https://github.com/withmono/connect.js/blob/3fe3ab40fd38cbf19133bf0efe36321e85879e00/connect.js",
    ),
    "mono-connect-js-utils": Source(
        id="mono-connect-js-utils",
        kind="repo",
        title="Mono: connect.js 2.0.2, utils.js (the widget frame at connect.mono.co; LOADED and OPENED dispatched by the SDK)",
        url="https://github.com/withmono/connect.js/blob/3fe3ab40fd38cbf19133bf0efe36321e85879e00/utils.js",
    ),
    "mono-connect-js-readme": Source(
        id="mono-connect-js-readme",
        kind="repo",
        title="Mono: connect.js 2.0.2, README.md (onSuccess, onClose, onEvent: event names and the data object)",
        url="https://github.com/withmono/connect.js/blob/3fe3ab40fd38cbf19133bf0efe36321e85879e00/README.md",
    ),
    "mono-connect-rn": Source(
        id="mono-connect-rn",
        kind="repo",
        title="Mono: connect-react-native, mono-connect.tsx (the WebView message types and onEvent names)",
        url="https://github.com/withmono/connect-react-native/blob/36e52e530835826aad562c710faf2aad07b8070a/mono-connect.tsx",
    ),
    "mono-connect-ios": Source(
        id="mono-connect-ios",
        kind="repo",
        title="Mono: connect-ios, ConnectEventMapper.swift (message types to event names; UNKNOWN)",
        url="https://github.com/withmono/connect-ios/blob/8ca69057a7130d44e52ee8654c53b28ee9b34fbc/Sources/ConnectKit/ConnectEventMapper.swift",
    ),
    "mono-connect-ios-widget": Source(
        id="mono-connect-ios-widget",
        kind="repo",
        title="Mono: connect-ios, MonoWidget.swift (the deprecated message types; success and close)",
        url="https://github.com/withmono/connect-ios/blob/8ca69057a7130d44e52ee8654c53b28ee9b34fbc/Sources/ConnectKit/MonoWidget.swift",
    ),
    "mono-connect-android": Source(
        id="mono-connect-android",
        kind="repo",
        title="Mono: connect-android, ConnectEvent.java (message types to event names; SUCCESS, UNKNOWN)",
        url="https://github.com/withmono/connect-android/blob/a73fb6fd6ddc43a75add6404a57eea6f87bb7ad3/widget/src/main/java/mono/connect/kit/ConnectEvent.java",
    ),
    "mono-connect-android-web": Source(
        id="mono-connect-android-web",
        kind="repo",
        title="Mono: connect-android, MonoWebInterface.java (the deprecated message types; the SUCCESS event it sends)",
        url="https://github.com/withmono/connect-android/blob/a73fb6fd6ddc43a75add6404a57eea6f87bb7ad3/widget/src/main/java/mono/connect/kit/MonoWebInterface.java",
    ),
    "mono-connect-android-readme": Source(
        id="mono-connect-android-readme",
        kind="repo",
        title="Mono: connect-android, README.md (ConnectEvent: event names and the data object)",
        url="https://github.com/withmono/connect-android/blob/a73fb6fd6ddc43a75add6404a57eea6f87bb7ad3/README.md",
    ),
    "mono-connect-flutter-types": Source(
        id="mono-connect-flutter-types",
        kind="repo",
        title="Mono: connect-flutter, connect_event_type.dart (the message types, deprecated ones marked)",
        url="https://github.com/withmono/connect-flutter/blob/accfad1413c2f1f58c255ca4aec6712681b15dbf/lib/src/models/connect_event_type.dart",
    ),
    "mono-data-sync-demo-webhook": Source(
        id="mono-data-sync-demo-webhook",
        kind="repo",
        title="Mono: mono-data-sync-demo, allControllers.js (the webhook handler: data_status AVAILABLE, PROCESSING, FAILED)",
        url="https://github.com/withmono/mono-data-sync-demo/blob/719be4ff125b740790fec6dbab7156a9b03cfc01/controllers/allControllers.js",
    ),
    "mono-docs-errors-2022": Source(
        id="mono-docs-errors-2022",
        kind="doc",
        title="Mono: Errors (a capture of the page's version last updated May 19th, 2022, with its Direct Debit Error Codes)",
        url="https://docs.mono.co/docs/errors",
        read_in_part='The copy read gives the API Error Codes table whole and the Direct Debit Error Codes table as far as the row of code 30 ("Format erro"): the rest of that table and of the page was not read.',
    ),
}


def _DataStatus() -> type[CodeEnum]:
    class DataStatus(CodeEnum):
        """Account data status: How much of a linked account's data Mono has retrieved (meta.data_status): whether its balance and transactions can be read from the Connect endpoints yet. Mono's Account Details page defines the statuses in lower case (available, partial, unavailable, failed); its example bodies and webhooks send them in upper case, as the codes here are. PARTIAL and UNAVAILABLE were added on September 15, 2025, when FAILED was narrowed to Mono's own failures; PROCESSING is still named by the Account Details page and the account_updated webhook's field table.

        Wire field: data.meta.data_status (the account details response, v2; mono.events.account_updated webhooks); meta.data_status (GET /accounts/{id}, v1)."""

        AVAILABLE = "AVAILABLE"
        PROCESSING = "PROCESSING"
        PARTIAL = "PARTIAL"
        UNAVAILABLE = "UNAVAILABLE"
        FAILED = "FAILED"

    register(
        DataStatus,
        lambda: (
            CodeSetInfo(
                provider="mono",
                id="data_status",
                title="Account data status",
                description="How much of a linked account's data Mono has retrieved (meta.data_status): whether its balance and transactions can be read from the Connect endpoints yet. Mono's Account Details page defines the statuses in lower case (available, partial, unavailable, failed); its example bodies and webhooks send them in upper case, as the codes here are. PARTIAL and UNAVAILABLE were added on September 15, 2025, when FAILED was narrowed to Mono's own failures; PROCESSING is still named by the Account Details page and the account_updated webhook's field table.",
                field="data.meta.data_status (the account details response, v2; mono.events.account_updated webhooks); meta.data_status (GET /accounts/{id}, v1)",
                states=True,
                sources=(
                    _S["mono-docs-account-details"],
                    _S["mono-docs-account-details-notice"],
                    _S["mono-docs-account-update"],
                    _S["mono-docs-account-information"],
                    _S["mono-docs-account-v1"],
                ),
            ),
            (
                CodeInfo(
                    value="AVAILABLE",
                    description="Both balance and transactions was returned.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["mono-docs-account-details"],
                        _S["mono-docs-overview-flow"],
                        _S["mono-docs-account-information"],
                        _S["mono-docs-account-update"],
                        _S["mono-docs-account-v1"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-docs-account-details"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/data_status/#AVAILABLE",
                    notes="Mono's Overview flow: once all of an account's data is received, the mono.events.account_updated webhook is sent with meta.data_status AVAILABLE, \"which indicates that data is now readily available on all our endpoints\".",
                ),
                CodeInfo(
                    value="PROCESSING",
                    description="Mono is still retrieving the account's data from the bank.",
                    category=_C.PENDING,
                    sources=(
                        _S["mono-docs-account-details"],
                        _S["mono-docs-account-update"],
                        _S["mono-docs-account-v1"],
                        _S["mono-data-sync-demo-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["mono-docs-account-details"],),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(_S["mono-docs-account-details"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/data_status/#PROCESSING",
                    editorial=True,
                    advice="If the meta data_status is still in the processing stage, you have to wait before calling the APIs below e.g Statement, Transaction, Income and Identity Endpoints.",
                    notes='Mono defines no text for the value itself; its Account Details page says what to do while the status is processing (the advice, where "the APIs below" are the page\'s Statement, Transaction, Income and Identity endpoints) and that some banks take a few seconds or minutes. The account_updated webhook\'s field table still lists it ("if it is AVAILABLE, PROCESSING, FAILED").',
                    next_step="retry_later",
                    fact_sources={"next_step": ("mono-docs-account-details-notice",)},
                ),
                CodeInfo(
                    value="PARTIAL",
                    description="Either balance or transactions was returned, but not both.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mono-docs-account-details"],
                        _S["mono-docs-account-details-notice"],
                        _S["mono-docs-account-update"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="We could only get part of your account information from your bank.",
                            action="You can try again later to get the rest.",
                        ),
                        "fr": EndUserWords(
                            message="Nous n'avons pu obtenir qu'une partie des informations de votre compte auprès de votre banque.",
                            action="Vous pourrez réessayer plus tard pour obtenir le reste.",
                        ),
                        "ar": EndUserWords(
                            message="لم نتمكن إلا من الحصول على جزء من معلومات حسابك من بنكك.",
                            action="يمكنك المحاولة مرة أخرى لاحقًا للحصول على الباقي.",
                        ),
                        "es": EndUserWords(
                            message="Solo pudimos obtener una parte de la información de su cuenta de su banco.",
                            action="Puede volver a intentarlo más tarde para obtener el resto.",
                        ),
                        "pt": EndUserWords(
                            message="Só conseguimos obter parte das informações da sua conta junto ao seu banco.",
                            action="Você pode tentar novamente mais tarde para obter o restante.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-docs-account-details"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/data_status/#PARTIAL",
                    notes="Added on September 15, 2025 (the Account Details page's notice of August 2025). Mono does not say why only part of the data came back; bankcodes reads it as the bank's data not all being available, which a later sync may complete. The account_updated example of March 2026 names it in upper case (\"AVAILABLE | PARTIAL | UNAVAILABLE\").",
                    state="degraded",
                    state_reason="Part of the account's data came.",
                ),
                CodeInfo(
                    value="UNAVAILABLE",
                    description="Balance and transactions were not returned, due to issues from the bank or the user has no data available.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mono-docs-account-details"],
                        _S["mono-docs-account-details-notice"],
                        _S["mono-docs-account-update"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="We could not get your account information from your bank.",
                            action="Please try again later.",
                        ),
                        "fr": EndUserWords(
                            message="Nous n'avons pas pu obtenir les informations de votre compte auprès de votre banque.",
                            action="Veuillez réessayer plus tard.",
                        ),
                        "ar": EndUserWords(
                            message="لم نتمكن من الحصول على معلومات حسابك من بنكك.",
                            action="يرجى المحاولة مرة أخرى لاحقًا.",
                        ),
                        "es": EndUserWords(
                            message="No pudimos obtener la información de su cuenta de su banco.",
                            action="Vuelva a intentarlo más tarde.",
                        ),
                        "pt": EndUserWords(
                            message="Não conseguimos obter as informações da sua conta junto ao seu banco.",
                            action="Tente novamente mais tarde.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-docs-account-details"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/data_status/#UNAVAILABLE",
                    notes="Added on September 15, 2025. Mono names two causes, the bank's issues or an account with no data; the words for the end user say what happened without naming either.",
                ),
                CodeInfo(
                    value="FAILED",
                    description="Balance and transactions were not returned due to an issue from Mono’s system only (e.g. internal service errors, timeouts e.t.c.).",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["mono-docs-account-details"],
                        _S["mono-docs-account-details-notice"],
                        _S["mono-docs-account-update"],
                        _S["mono-docs-account-v1"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-docs-account-details"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/data_status/#FAILED",
                    notes='The definition since September 15, 2025; the notice of August 2025 ends its list with "system outages" instead of "e.t.c.". Before that date Mono named the value (meta.data_status AVAILABLE, PROCESSING, FAILED) without a definition that limited it to Mono\'s own failures.',
                    state="provider_or_bank_down",
                    state_reason="The data could not be fetched from the bank.",
                ),
            ),
        ),
        {},
    )
    return DataStatus


def _WebhookEvent() -> type[CodeEnum]:
    class WebhookEvent(CodeEnum):
        """Webhook event: The event a Mono Connect webhook reports (event), each prefixed with mono.events (Mono's Webhooks page). A mono.events.account_updated webhook's meta.data_status says more than its event. Mono's Real-Time Data page names two events with the prefix mono.accounts instead: its jobs webhook, kept here as published, and mono.accounts.account_updated, which its Account Update page names mono.events.account_updated.

        Wire field: event (every webhook)."""

        ACCOUNT_CONNECTED = "mono.events.account_connected"
        ACCOUNT_UPDATED = "mono.events.account_updated"
        ACCOUNT_UNLINKED = "mono.events.account_unlinked"
        REAUTHORISATION_REQUIRED = "mono.events.reauthorisation_required"
        ACCOUNT_REAUTHORIZED = "mono.events.account_reauthorized"
        SYNC_FAILED = "mono.events.sync_failed"
        JOBS_UPDATE = "mono.accounts.jobs.update"

    register(
        WebhookEvent,
        lambda: (
            CodeSetInfo(
                provider="mono",
                id="webhook_event",
                title="Webhook event",
                description="The event a Mono Connect webhook reports (event), each prefixed with mono.events (Mono's Webhooks page). A mono.events.account_updated webhook's meta.data_status says more than its event. Mono's Real-Time Data page names two events with the prefix mono.accounts instead: its jobs webhook, kept here as published, and mono.accounts.account_updated, which its Account Update page names mono.events.account_updated.",
                field="event (every webhook)",
                sources=(
                    _S["mono-docs-webhooks"],
                    _S["mono-docs-auth-connection"],
                    _S["mono-docs-account-update"],
                    _S["mono-docs-data-sync"],
                    _S["mono-docs-unlink"],
                    _S["mono-docs-realtime-data"],
                ),
            ),
            (
                CodeInfo(
                    value="mono.events.account_connected",
                    description="This event is fired to notify you when a user has connected his financial account successfully.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["mono-docs-auth-connection"],
                        _S["mono-docs-overview-flow"],
                        _S["mono-docs-directpay-webhooks"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-docs-auth-connection"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/webhook_event/#mono.events.account_connected",
                    notes="Its data holds the account's id (data.id) and, since 2025, the customer. The field table gives mono.events.account_connected.failed as an example of its event field, a value Mono documents nowhere else; it is not in this set. DirectPay sends it too, with a successful payment.",
                ),
                CodeInfo(
                    value="mono.events.account_updated",
                    description="This event is triggered shortly after a user successfully links their account. It confirms that the financial data status is known (indicated via `meta.data_status`).",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["mono-docs-account-update"],
                        _S["mono-docs-account-update-2022"],
                        _S["mono-docs-overview-flow"],
                        _S["mono-docs-webhooks"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-docs-account-update"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/webhook_event/#mono.events.account_updated",
                    notes="The page's first case (Initial Account Linking); its second: the event \"is also fired when a Real-time Data refresh completes successfully\". The account's meta.data_status decides what the webhook reports.",
                ),
                CodeInfo(
                    value="mono.events.account_unlinked",
                    description="This event is fired to notify you when a connected account has been unlinked from your App or business successfully.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mono-docs-unlink"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["mono-docs-unlink"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/webhook_event/#mono.events.account_unlinked",
                    notes="The page's example holds the account's id as data.account.id; its field table names it data.account._id.",
                ),
                CodeInfo(
                    value="mono.events.reauthorisation_required",
                    description="When Data Sync occurs and a particular connected account has Multi-Factor Authentication (MFA) enabled, a webhook event, mono.events.reauthorisation_required is sent with a payload that contains the Account ID.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["mono-docs-data-sync"], _S["mono-docs-overview-flow"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["mono-docs-data-sync"],)
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["mono-docs-data-sync"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/webhook_event/#mono.events.reauthorisation_required",
                    advice="With this ID, you must then retrieve a re-auth code with the reauthorise API endpoint. This re-auth code can then be passed to the Re-authorise Widget.",
                    notes="Mono's Overview flow: it is also sent when a manual data sync fails because re-authorisation is required. The user signs in again through the widget's reauthorisation, after which mono.events.account_reauthorized is sent.",
                ),
                CodeInfo(
                    value="mono.events.account_reauthorized",
                    description="Once a successful account reauthorisation has taken place, mono.events.account_reauthorized event is sent with a payload containing the Account ID for the purpose of confirmation.",
                    category=_C.SUCCESS,
                    sources=(_S["mono-docs-data-sync"], _S["mono-docs-reauth-guide"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["mono-docs-data-sync"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/webhook_event/#mono.events.account_reauthorized",
                    notes="The Partners API reauthorisation guide: it is followed by mono.events.account_updated once new data is available.",
                ),
                CodeInfo(
                    value="mono.events.sync_failed",
                    description="Once an Automatic data sync process has failed, mono.events. sync_failed event is sent with a payload containing the Account ID for the purpose of confirmation.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mono-docs-data-sync"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["mono-docs-data-sync"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/webhook_event/#mono.events.sync_failed",
                    notes='Mono writes the name with a space after "mono.events." in this sentence; its example body, cut short in the saved copy after its first line, sends mono.events.sync_failed. The rest of that body is not in the copy, so the catalog has no example of it.',
                ),
                CodeInfo(
                    value="mono.accounts.jobs.update",
                    description="On completion of the job, the mono.accounts.jobs.update webhook is triggered to notify partners of the job’s status.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mono-docs-realtime-data"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-docs-realtime-data"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/webhook_event/#mono.accounts.jobs.update",
                    notes="A job of a Real-Time Data request (x-realtime); the page says a job whose account requires reauthorization is reported as failed here and in the X-JOB-STATUS response header (finished, processing or failed). Mono publishes no body of this webhook in the saved copy, and names it with the prefix mono.accounts rather than mono.events.",
                ),
            ),
        ),
        {},
    )
    return WebhookEvent


def _LoginResponseCode() -> type[NumericCodeEnum]:
    class LoginResponseCode(NumericCodeEnum):
        """Partners API login response code: The next step of an account linking (or reauthorisation) through Mono's Partners API, the API behind the Connect widget, in data.responseCode of the login and reauth responses.

        Wire field: data.responseCode (POST /v1/connect/login, POST /v2/connect/reauth/session)."""

        AUTHORISATION_COMPLETE = 99
        ACCOUNT_SELECTION_REQUIRED = 101
        INPUT_REQUIRED = 102

    register(
        LoginResponseCode,
        lambda: (
            CodeSetInfo(
                provider="mono",
                id="login_response_code",
                title="Partners API login response code",
                description="The next step of an account linking (or reauthorisation) through Mono's Partners API, the API behind the Connect widget, in data.responseCode of the login and reauth responses.",
                field="data.responseCode (POST /v1/connect/login, POST /v2/connect/reauth/session)",
                sources=(_S["mono-docs-login-to-institution"],),
            ),
            (
                CodeInfo(
                    value="99",
                    description="The authorisation is complete. In case the user has only one account we choose that account for the user automatically and move forward with the enrolment so there's no extra step and the session will be committed automatically.",
                    category=_C.SUCCESS,
                    sources=(_S["mono-docs-login-to-institution"], _S["mono-docs-reauth-guide"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-docs-login-to-institution"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/login_response_code/#99",
                    notes="The reauthorisation guide's reauth session response carries it with the code to exchange (data.code).",
                ),
                CodeInfo(
                    value="101",
                    description="User has multiple accounts, we require user input to select the account being enrolled.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["mono-docs-login-to-institution"],),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="You have more than one account at this bank.",
                            action="Choose the account you want to connect.",
                        ),
                        "fr": EndUserWords(
                            message="Vous avez plusieurs comptes dans cette banque.",
                            action="Choisissez le compte que vous souhaitez connecter.",
                        ),
                        "ar": EndUserWords(
                            message="لديك أكثر من حساب في هذا البنك.",
                            action="اختر الحساب الذي تريد ربطه.",
                        ),
                        "es": EndUserWords(
                            message="Tiene más de una cuenta en este banco.",
                            action="Elija la cuenta que desea conectar.",
                        ),
                        "pt": EndUserWords(
                            message="Você tem mais de uma conta neste banco.",
                            action="Escolha a conta que deseja conectar.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-docs-login-to-institution"],),
                        ),
                    ),
                    page="reference/mono/login_response_code/#101",
                ),
                CodeInfo(
                    value="102",
                    description="An input is required from the user to proceed (security question/otp)",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["mono-docs-login-to-institution"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-docs-login-to-institution"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/login_response_code/#102",
                    notes="The response's data is a UI form object naming the inputs to ask the user for.",
                ),
            ),
        ),
        {},
    )
    return LoginResponseCode


def _ConnectEvent() -> type[CodeEnum]:
    class ConnectEvent(CodeEnum):
        """Connect widget event name: The name the Connect widget's SDKs pass to onEvent (its first argument, eventName), each mapped from a window message type of the widget (mono.connect.*; see the message type set). The data passed beside it holds reference, timestamp and the event's own fields (errorType and errorMessage for ERROR, mfaType for SUBMIT_MFA, institution for INSTITUTION_SELECTED and ACCOUNT_LINKED, pageName for EXIT).

        Wire field: onEvent(eventName, data): eventName (connect.js, React Native, Android ConnectEvent.getEventName(), iOS ConnectEvent.eventName)."""

        LOADED = "LOADED"
        OPENED = "OPENED"
        EXIT = "EXIT"
        INSTITUTION_SELECTED = "INSTITUTION_SELECTED"
        AUTH_METHOD_SWITCHED = "AUTH_METHOD_SWITCHED"
        SUBMIT_CREDENTIALS = "SUBMIT_CREDENTIALS"
        SUBMIT_MFA = "SUBMIT_MFA"
        ACCOUNT_LINKED = "ACCOUNT_LINKED"
        ACCOUNT_SELECTED = "ACCOUNT_SELECTED"
        ERROR = "ERROR"
        SUCCESS = "SUCCESS"
        UNKNOWN = "UNKNOWN"

    register(
        ConnectEvent,
        lambda: (
            CodeSetInfo(
                provider="mono",
                id="connect_event",
                title="Connect widget event name",
                description="The name the Connect widget's SDKs pass to onEvent (its first argument, eventName), each mapped from a window message type of the widget (mono.connect.*; see the message type set). The data passed beside it holds reference, timestamp and the event's own fields (errorType and errorMessage for ERROR, mfaType for SUBMIT_MFA, institution for INSTITUTION_SELECTED and ACCOUNT_LINKED, pageName for EXIT).",
                field="onEvent(eventName, data): eventName (connect.js, React Native, Android ConnectEvent.getEventName(), iOS ConnectEvent.eventName)",
                sources=(
                    _S["mono-connect-js-readme"],
                    _S["mono-connect-js"],
                    _S["mono-connect-rn"],
                    _S["mono-connect-ios"],
                    _S["mono-connect-android"],
                ),
            ),
            (
                CodeInfo(
                    value="LOADED",
                    description="connect.js sends it itself when the widget's frame has loaded into the page, before the widget is opened.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mono-connect-js-utils"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(sdks=("web",)),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/connect_event/#LOADED",
                    editorial=True,
                    notes="utils.js calls onEvent('LOADED', {timestamp}) from the frame's onload, \"since connect does not listen for events until the widget is opened\"; the README's event table does not list it.",
                ),
                CodeInfo(
                    value="OPENED",
                    description="Triggered when the user opens the Connect Widget.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["mono-connect-js-readme"],
                        _S["mono-connect-js"],
                        _S["mono-connect-rn"],
                        _S["mono-connect-ios"],
                        _S["mono-connect-android"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-connect-js-readme"],),
                        ),
                    ),
                    page="reference/mono/connect_event/#OPENED",
                ),
                CodeInfo(
                    value="EXIT",
                    description="Triggered when the user closes the Connect Widget.",
                    category=_C.CANCELLED,
                    sources=(
                        _S["mono-connect-js-readme"],
                        _S["mono-connect-js"],
                        _S["mono-connect-rn"],
                        _S["mono-connect-ios"],
                        _S["mono-connect-android"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-connect-js-readme"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/connect_event/#EXIT",
                    notes="Its data names the page the user exited on (pageName).",
                ),
                CodeInfo(
                    value="INSTITUTION_SELECTED",
                    description="Triggered when the user selects an institution.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["mono-connect-js-readme"],
                        _S["mono-connect-js"],
                        _S["mono-connect-rn"],
                        _S["mono-connect-ios"],
                        _S["mono-connect-android"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-connect-js-readme"],),
                        ),
                    ),
                    page="reference/mono/connect_event/#INSTITUTION_SELECTED",
                ),
                CodeInfo(
                    value="AUTH_METHOD_SWITCHED",
                    description="Triggered when the user changes authentication method from internet to mobile banking, or vice versa.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["mono-connect-js-readme"],
                        _S["mono-connect-js"],
                        _S["mono-connect-rn"],
                        _S["mono-connect-ios"],
                        _S["mono-connect-android"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-connect-js-readme"],),
                        ),
                    ),
                    page="reference/mono/connect_event/#AUTH_METHOD_SWITCHED",
                ),
                CodeInfo(
                    value="SUBMIT_CREDENTIALS",
                    description="Triggered when the user presses Log in.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["mono-connect-js-readme"],
                        _S["mono-connect-js"],
                        _S["mono-connect-rn"],
                        _S["mono-connect-ios"],
                        _S["mono-connect-android"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-connect-js-readme"],),
                        ),
                    ),
                    page="reference/mono/connect_event/#SUBMIT_CREDENTIALS",
                ),
                CodeInfo(
                    value="SUBMIT_MFA",
                    description="The user submitted the answer to a multi-factor authentication step.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["mono-connect-js"],
                        _S["mono-connect-rn"],
                        _S["mono-connect-ios"],
                        _S["mono-connect-android"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/connect_event/#SUBMIT_MFA",
                    editorial=True,
                    notes="Mapped from the message mono.connect.mfa_submitted by every SDK. connect.js's README leaves it out of its table of event names, though its data object's comments say mfaType is emitted in SUBMIT_MFA.",
                ),
                CodeInfo(
                    value="ACCOUNT_LINKED",
                    description="Triggered when the user successfully links their account.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["mono-connect-js-readme"],
                        _S["mono-connect-js"],
                        _S["mono-connect-rn"],
                        _S["mono-connect-ios"],
                        _S["mono-connect-android"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-connect-js-readme"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/connect_event/#ACCOUNT_LINKED",
                    notes="onSuccess, not this event, carries the code to exchange for the account's id.",
                ),
                CodeInfo(
                    value="ACCOUNT_SELECTED",
                    description="Triggered when the user selects a new account.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["mono-connect-js-readme"],
                        _S["mono-connect-js"],
                        _S["mono-connect-rn"],
                        _S["mono-connect-ios"],
                        _S["mono-connect-android"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-connect-js-readme"],),
                        ),
                    ),
                    page="reference/mono/connect_event/#ACCOUNT_SELECTED",
                ),
                CodeInfo(
                    value="ERROR",
                    description="Triggered when the widget reports an error.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["mono-connect-js-readme"],
                        _S["mono-connect-js"],
                        _S["mono-connect-rn"],
                        _S["mono-connect-ios"],
                        _S["mono-connect-android"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-connect-js-readme"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/connect_event/#ERROR",
                    notes='Its data carries errorType and errorMessage; Mono publishes no list of error types (the README\'s example is "ERORR_NAME"), and its Errors page asks integrators to contact its support about widget errors.',
                ),
                CodeInfo(
                    value="SUCCESS",
                    description="Triggered when the user successfully links their account and provides the code for autentication.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["mono-connect-android-readme"],
                        _S["mono-connect-js"],
                        _S["mono-connect-rn"],
                        _S["mono-connect-android-web"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(sdks=("web", "react-native", "android")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-connect-android-readme"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/connect_event/#SUCCESS",
                    notes="Sent with onSuccess, for the messages mono.connect.widget.account_linked and (connect.js, React Native) mono.connect.widget.charge_complete. The iOS and Flutter SDKs send no SUCCESS event; Android's SUCCESS data holds the code and a timestamp in seconds, where connect.js passes the message's data.",
                ),
                CodeInfo(
                    value="UNKNOWN",
                    description="The name the iOS and Android SDKs give an event whose message type they do not map.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mono-connect-ios"], _S["mono-connect-android"]),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(sdks=("ios", "android")),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/connect_event/#UNKNOWN",
                    editorial=True,
                    notes="connect.js and the React Native SDK pass such messages to no callback.",
                ),
            ),
        ),
        {},
    )
    return ConnectEvent


def _ConnectMessageType() -> type[CodeEnum]:
    class ConnectMessageType(CodeEnum):
        """Connect widget message type: The type of a message the Connect widget posts from its frame ({type, data}), which the SDKs read to call onSuccess, onClose and onEvent. The connect.* types with an underscore (widget_opened) feed onEvent; the three mono.connect.widget.* types call onSuccess and onClose (the mobile SDKs list widget.account_linked and widget.closed as deprecated and pass them to onEvent no more, but still act on them).

        Wire field: type (window message data from the widget's frame; the React Native WebView and mobile JavaScript bridge messages)."""

        WIDGET_LOADED = "mono.connect.widget_loaded"
        WIDGET_OPENED = "mono.connect.widget_opened"
        ERROR_OCCURED = "mono.connect.error_occured"
        INSTITUTION_SELECTED = "mono.connect.institution_selected"
        AUTH_METHOD_SWITCHED = "mono.connect.auth_method_switched"
        ON_EXIT = "mono.connect.on_exit"
        LOGIN_ATTEMPT = "mono.connect.login_attempt"
        MFA_SUBMITTED = "mono.connect.mfa_submitted"
        ACCOUNT_LINKED = "mono.connect.account_linked"
        ACCOUNT_SELECTED = "mono.connect.account_selected"
        WIDGET_ACCOUNT_LINKED = "mono.connect.widget.account_linked"
        WIDGET_CHARGE_COMPLETE = "mono.connect.widget.charge_complete"
        WIDGET_CLOSED = "mono.connect.widget.closed"
        MODAL_CLOSED = "mono.modal.closed"
        MODAL_LINKED = "mono.modal.linked"

    register(
        ConnectMessageType,
        lambda: (
            CodeSetInfo(
                provider="mono",
                id="connect_message_type",
                title="Connect widget message type",
                description="The type of a message the Connect widget posts from its frame ({type, data}), which the SDKs read to call onSuccess, onClose and onEvent. The connect.* types with an underscore (widget_opened) feed onEvent; the three mono.connect.widget.* types call onSuccess and onClose (the mobile SDKs list widget.account_linked and widget.closed as deprecated and pass them to onEvent no more, but still act on them).",
                field="type (window message data from the widget's frame; the React Native WebView and mobile JavaScript bridge messages)",
                sources=(
                    _S["mono-connect-js"],
                    _S["mono-connect-rn"],
                    _S["mono-connect-ios"],
                    _S["mono-connect-android"],
                    _S["mono-connect-flutter-types"],
                ),
            ),
            (
                CodeInfo(
                    value="mono.connect.widget_loaded",
                    description="connect.js dispatches it on the page itself once the widget's frame has loaded (onEvent LOADED).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mono-connect-js-utils"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(sdks=("web",)),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/connect_message_type/#mono.connect.widget_loaded",
                    editorial=True,
                    notes="Dispatched by utils.js as an Event on the app's own window, not posted by the widget's frame: it has no origin.",
                ),
                CodeInfo(
                    value="mono.connect.widget_opened",
                    description="Triggered when the user opens the Connect Widget.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["mono-connect-flutter-types"],
                        _S["mono-connect-js"],
                        _S["mono-connect-js-utils"],
                        _S["mono-connect-rn"],
                        _S["mono-connect-ios"],
                        _S["mono-connect-android"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-connect-flutter-types"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/connect_message_type/#mono.connect.widget_opened",
                    notes="onEvent OPENED. connect.js dispatches it itself on the page two seconds after open() (an Event on the app's own window, with no origin); the iOS, Android and Flutter SDKs also send an OPENED event of their own when they open the widget's page.",
                ),
                CodeInfo(
                    value="mono.connect.error_occured",
                    description="Triggered when the widget reports an error.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["mono-connect-flutter-types"],
                        _S["mono-connect-js"],
                        _S["mono-connect-rn"],
                        _S["mono-connect-ios"],
                        _S["mono-connect-android"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-connect-flutter-types"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/connect_message_type/#mono.connect.error_occured",
                    notes="onEvent ERROR; its data carries errorType and errorMessage. The type is spelled occured.",
                ),
                CodeInfo(
                    value="mono.connect.institution_selected",
                    description="Triggered when an institution is selected.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["mono-connect-flutter-types"],
                        _S["mono-connect-js"],
                        _S["mono-connect-rn"],
                        _S["mono-connect-ios"],
                        _S["mono-connect-android"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-connect-flutter-types"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/connect_message_type/#mono.connect.institution_selected",
                    notes="onEvent INSTITUTION_SELECTED.",
                ),
                CodeInfo(
                    value="mono.connect.auth_method_switched",
                    description="Triggered when the authentications method is switched.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["mono-connect-flutter-types"],
                        _S["mono-connect-js"],
                        _S["mono-connect-rn"],
                        _S["mono-connect-ios"],
                        _S["mono-connect-android"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-connect-flutter-types"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/connect_message_type/#mono.connect.auth_method_switched",
                    notes="onEvent AUTH_METHOD_SWITCHED.",
                ),
                CodeInfo(
                    value="mono.connect.on_exit",
                    description="Triggered when the user exits the widget.",
                    category=_C.CANCELLED,
                    sources=(
                        _S["mono-connect-flutter-types"],
                        _S["mono-connect-js"],
                        _S["mono-connect-rn"],
                        _S["mono-connect-ios"],
                        _S["mono-connect-android"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-connect-flutter-types"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/connect_message_type/#mono.connect.on_exit",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="callback_status",
                            value="CANCELLED",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="plaid",
                            code_set="link_event_name",
                            value="EXIT",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="mastercard",
                            code_set="connect_event_code",
                            value="100",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="sdk_failure_reason",
                            value="UserAborted",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="gocardless",
                            code_set="end_user_error",
                            value="UserCancelledSession",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="stripe",
                            code_set="fc_event_name",
                            value="cancel",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="fintoc",
                            code_set="webview_message",
                            value="fintocwidget://exit",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="fintoc",
                            code_set="payment_error_reason",
                            value="user_left",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="setu",
                            code_set="notification_error_code",
                            value="UserCancelled",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                    ),
                    notes="onEvent EXIT.",
                ),
                CodeInfo(
                    value="mono.connect.login_attempt",
                    description="Triggered on a login attempt from the user.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["mono-connect-flutter-types"],
                        _S["mono-connect-js"],
                        _S["mono-connect-rn"],
                        _S["mono-connect-ios"],
                        _S["mono-connect-android"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-connect-flutter-types"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/connect_message_type/#mono.connect.login_attempt",
                    notes="onEvent SUBMIT_CREDENTIALS.",
                ),
                CodeInfo(
                    value="mono.connect.mfa_submitted",
                    description="The user submitted the answer to a multi-factor authentication step.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["mono-connect-flutter-types"],
                        _S["mono-connect-js"],
                        _S["mono-connect-rn"],
                        _S["mono-connect-ios"],
                        _S["mono-connect-android"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/connect_message_type/#mono.connect.mfa_submitted",
                    editorial=True,
                    notes="onEvent SUBMIT_MFA; its data carries mfaType.",
                ),
                CodeInfo(
                    value="mono.connect.account_linked",
                    description="Triggered when account linking has been successfully completed.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["mono-connect-flutter-types"],
                        _S["mono-connect-js"],
                        _S["mono-connect-rn"],
                        _S["mono-connect-ios"],
                        _S["mono-connect-android"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-connect-flutter-types"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/connect_message_type/#mono.connect.account_linked",
                    notes="onEvent ACCOUNT_LINKED; the code to exchange comes with mono.connect.widget.account_linked.",
                ),
                CodeInfo(
                    value="mono.connect.account_selected",
                    description="The user selected an account to link.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["mono-connect-flutter-types"],
                        _S["mono-connect-js"],
                        _S["mono-connect-rn"],
                        _S["mono-connect-ios"],
                        _S["mono-connect-android"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/connect_message_type/#mono.connect.account_selected",
                    editorial=True,
                    notes="onEvent ACCOUNT_SELECTED; its data carries selectedAccountsCount.",
                ),
                CodeInfo(
                    value="mono.connect.widget.account_linked",
                    description="The account was linked: the SDKs call onSuccess with the message's data, which holds the code to exchange for the account's id, and close the widget.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["mono-connect-js"],
                        _S["mono-connect-rn"],
                        _S["mono-connect-ios-widget"],
                        _S["mono-connect-android-web"],
                        _S["mono-connect-flutter-types"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/connect_message_type/#mono.connect.widget.account_linked",
                    editorial=True,
                    notes="connect.js and React Native also send onEvent SUCCESS for it. The iOS, Android and Flutter SDKs list it among their deprecated events (not passed to onEvent) but still read data.code from it for onSuccess.",
                ),
                CodeInfo(
                    value="mono.connect.widget.charge_complete",
                    description="A payment made through the widget completed: connect.js calls onSuccess with the message's data (a charge object) and onEvent SUCCESS, and closes the widget.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["mono-connect-js"],
                        _S["mono-connect-rn"],
                        _S["mono-connect-js-readme"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(sdks=("web", "react-native")),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/connect_message_type/#mono.connect.widget.charge_complete",
                    editorial=True,
                    notes='connect.js reads it since January 2024 (version 2.0). The README: "in the case of direct debit payments a charge object is return containing amount, transaction_reference, type...".',
                ),
                CodeInfo(
                    value="mono.connect.widget.closed",
                    description="The user closed the widget: the SDKs close it and call onClose.",
                    category=_C.CANCELLED,
                    sources=(
                        _S["mono-connect-js"],
                        _S["mono-connect-rn"],
                        _S["mono-connect-ios-widget"],
                        _S["mono-connect-android-web"],
                        _S["mono-connect-flutter-types"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/connect_message_type/#mono.connect.widget.closed",
                    editorial=True,
                    notes="The iOS, Android and Flutter SDKs list it among their deprecated events (not passed to onEvent) but still call onClose on it.",
                ),
                CodeInfo(
                    value="mono.modal.closed",
                    description="An earlier widget's message that it was closed.",
                    category=_C.CANCELLED,
                    sources=(
                        _S["mono-connect-ios-widget"],
                        _S["mono-connect-android-web"],
                        _S["mono-connect-flutter-types"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(sdks=("ios", "android", "flutter")),
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note="Listed as a deprecated event by the iOS, Android and Flutter SDKs, which pass it to no callback; connect.js and the React Native SDK do not read it.",
                    ),
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/mono/connect_message_type/#mono.modal.closed",
                    editorial=True,
                ),
                CodeInfo(
                    value="mono.modal.linked",
                    description="An earlier widget's message that an account was linked.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["mono-connect-ios-widget"],
                        _S["mono-connect-android-web"],
                        _S["mono-connect-flutter-types"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(sdks=("ios", "android", "flutter")),
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note="Listed as a deprecated event by the iOS, Android and Flutter SDKs, which pass it to no callback; connect.js and the React Native SDK do not read it.",
                    ),
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/mono/connect_message_type/#mono.modal.linked",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return ConnectMessageType


def _ResponseStatus() -> type[NumericCodeEnum]:
    class ResponseStatus(NumericCodeEnum):
        """API response status: The HTTP status of a Mono API response, with the meaning Mono's Errors page gives it (its API Error Codes). A failed response says failed in its status field. The part read of the current Errors page gives no error code of Mono's own beyond the HTTP status (the rest was not read); the page's version last updated May 19th, 2022 also has a table of Direct Debit error codes (from 01, "Status unknown, please wait for settlement report.", to at least 30), which the catalog does not hold.

        Wire field: the HTTP status of an API response."""

        OK = 200
        BAD_REQUEST = 400
        UNAUTHORISED = 401
        REQUEST_FAILED = 402
        FORBIDDEN = 403
        NOT_FOUND = 404
        CONFLICT = 409
        TOO_MANY_REQUESTS = 429
        INTERNAL_SERVER_ERROR = 500
        BAD_GATEWAY = 502
        SERVICE_UNAVAILABLE = 503
        GATEWAY_TIMEOUT = 504

    register(
        ResponseStatus,
        lambda: (
            CodeSetInfo(
                provider="mono",
                id="http_status",
                title="API response status",
                description="The HTTP status of a Mono API response, with the meaning Mono's Errors page gives it (its API Error Codes). A failed response says failed in its status field. The part read of the current Errors page gives no error code of Mono's own beyond the HTTP status (the rest was not read); the page's version last updated May 19th, 2022 also has a table of Direct Debit error codes (from 01, \"Status unknown, please wait for settlement report.\", to at least 30), which the catalog does not hold.",
                field="the HTTP status of an API response",
                sources=(
                    _S["mono-docs-errors"],
                    _S["mono-docs-errors-readme"],
                    _S["mono-docs-errors-2022"],
                ),
            ),
            (
                CodeInfo(
                    value="200",
                    description="Everything worked as expected.",
                    category=_C.SUCCESS,
                    sources=(_S["mono-docs-errors"], _S["mono-docs-errors-readme"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["mono-docs-errors"],)
                        ),
                    ),
                    page="reference/mono/http_status/#200",
                ),
                CodeInfo(
                    value="400",
                    description="The request was not accepted, often due to missing a required parameter.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mono-docs-errors"], _S["mono-docs-errors-readme"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["mono-docs-errors"],)
                        ),
                    ),
                    page="reference/mono/http_status/#400",
                ),
                CodeInfo(
                    value="401",
                    description="No valid API key provided.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mono-docs-errors"], _S["mono-docs-errors-readme"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-docs-errors"], _S["mono-docs-errors-readme"]),
                        ),
                    ),
                    page="reference/mono/http_status/#401",
                ),
                CodeInfo(
                    value="402",
                    description="The request was unacceptable, often due to missing a required parameter.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mono-docs-errors"], _S["mono-docs-errors-readme"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["mono-docs-errors"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/http_status/#402",
                    notes="The two captures of Mono's Errors page disagree: the current one (above) repeats 400's words, the other says \"The parameters were valid but the request failed.\"; the type both give, Request Failed, reads as the latter, and bankcodes files it as a failure rather than an integration error.",
                ),
                CodeInfo(
                    value="403",
                    description="The API key doesn’t have permissions to perform the request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mono-docs-errors"], _S["mono-docs-errors-readme"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["mono-docs-errors"],)
                        ),
                    ),
                    page="reference/mono/http_status/#403",
                ),
                CodeInfo(
                    value="404",
                    description="The requested resources doesn’t exist.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mono-docs-errors"], _S["mono-docs-errors-readme"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["mono-docs-errors"],)
                        ),
                    ),
                    page="reference/mono/http_status/#404",
                ),
                CodeInfo(
                    value="409",
                    description="The request conflicts with another request (perhaps due to using the same idempotent key).",
                    category=_C.CONCURRENT_OPERATION,
                    sources=(_S["mono-docs-errors"], _S["mono-docs-errors-readme"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-docs-errors"], _S["mono-docs-errors-readme"]),
                        ),
                    ),
                    page="reference/mono/http_status/#409",
                ),
                CodeInfo(
                    value="429",
                    description="Too many requests hit the API too quickly. We recommend an exponential backoff of your request.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["mono-docs-errors"], _S["mono-docs-errors-readme"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["mono-docs-errors"],)
                        ),
                    ),
                    page="reference/mono/http_status/#429",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="api_error_status",
                            value="RATE_LIMIT_EXCEEDED",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="flinks",
                            code_set="api_error_code",
                            value="TOO_MANY_REQUESTS",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="plaid",
                            code_set="error_type",
                            value="RATE_LIMIT_EXCEEDED",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="payments_error",
                            value="Rate Limit Exceeded",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="data_api_v3_error",
                            value="Rate Limit Exceeded",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="gocardless",
                            code_set="error_summary",
                            value="Rate limit exceeded",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="fintoc",
                            code_set="error_code",
                            value="rate_limit_exceeded",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="basiq",
                            code_set="error_code",
                            value="too-many-requests",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                    ),
                ),
                CodeInfo(
                    value="500",
                    description="Something went wrong on Mono’s end. (These are rare).",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mono-docs-errors"], _S["mono-docs-errors-readme"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["mono-docs-errors"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/http_status/#500",
                    notes="Mono's table gives 500, 502, 503 and 504 one row, Server Errors.",
                ),
                CodeInfo(
                    value="502",
                    description="Something went wrong on Mono’s end. (These are rare).",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mono-docs-errors"], _S["mono-docs-errors-readme"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["mono-docs-errors"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/http_status/#502",
                    notes="Mono's table gives 500, 502, 503 and 504 one row, Server Errors.",
                ),
                CodeInfo(
                    value="503",
                    description="Something went wrong on Mono’s end. (These are rare).",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mono-docs-errors"], _S["mono-docs-errors-readme"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["mono-docs-errors"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/http_status/#503",
                    notes="Mono's table gives 500, 502, 503 and 504 one row, Server Errors.",
                ),
                CodeInfo(
                    value="504",
                    description="Something went wrong on Mono’s end. (These are rare).",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mono-docs-errors"], _S["mono-docs-errors-readme"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["mono-docs-errors"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mono/http_status/#504",
                    notes="Mono's table gives 500, 502, 503 and 504 one row, Server Errors.",
                ),
            ),
        ),
        {},
    )
    return ResponseStatus


def _DirectDebitErrorCode() -> type[CodeEnum]:
    class DirectDebitErrorCode(CodeEnum):
        """Direct Debit error code: A Direct Debit error code, as the Direct Debit Error Codes table of Mono's Errors page lists it in its capture last updated May 19th, 2022 (Code, Type, What it means: every row's type is Direct Debit); What it means is the description here. The capture ends inside the row of 30 ('Format erro'), which is left out, and the rows after it were not read. The part read names no field that carries these codes. The categories are bankcodes' reading of the texts.

        Wire field: a Direct Debit error code (the part of the page read names no field)."""

        CODE_01 = "01"
        CODE_03 = "03"
        CODE_05 = "05"
        CODE_06 = "06"
        CODE_07 = "07"
        CODE_08 = "08"
        CODE_09 = "09"
        CODE_12 = "12"
        CODE_13 = "13"
        CODE_14 = "14"
        CODE_15 = "15"
        CODE_16 = "16"
        CODE_17 = "17"
        CODE_18 = "18"
        CODE_21 = "21"
        CODE_25 = "25"
        CODE_26 = "26"

    register(
        DirectDebitErrorCode,
        lambda: (
            CodeSetInfo(
                provider="mono",
                id="direct_debit_error_code",
                title="Direct Debit error code",
                description="A Direct Debit error code, as the Direct Debit Error Codes table of Mono's Errors page lists it in its capture last updated May 19th, 2022 (Code, Type, What it means: every row's type is Direct Debit); What it means is the description here. The capture ends inside the row of 30 ('Format erro'), which is left out, and the rows after it were not read. The part read names no field that carries these codes. The categories are bankcodes' reading of the texts.",
                field="a Direct Debit error code (the part of the page read names no field)",
                sources=(_S["mono-docs-errors-2022"],),
            ),
            (
                CodeInfo(
                    value="01",
                    description="Status unknown, please wait for settlement report.",
                    category=_C.PENDING,
                    sources=(_S["mono-docs-errors-2022"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-docs-errors-2022"],),
                        ),
                    ),
                    page="reference/mono/direct_debit_error_code/#01",
                ),
                CodeInfo(
                    value="03",
                    description="Invalid Sender.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mono-docs-errors-2022"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-docs-errors-2022"],),
                        ),
                    ),
                    page="reference/mono/direct_debit_error_code/#03",
                ),
                CodeInfo(
                    value="05",
                    description="Do not honor",
                    category=_C.REJECTED,
                    sources=(_S["mono-docs-errors-2022"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-docs-errors-2022"],),
                        ),
                    ),
                    page="reference/mono/direct_debit_error_code/#05",
                ),
                CodeInfo(
                    value="06",
                    description="Dormant Account",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["mono-docs-errors-2022"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-docs-errors-2022"],),
                        ),
                    ),
                    page="reference/mono/direct_debit_error_code/#06",
                ),
                CodeInfo(
                    value="07",
                    description="Invalid Account",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["mono-docs-errors-2022"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-docs-errors-2022"],),
                        ),
                    ),
                    page="reference/mono/direct_debit_error_code/#07",
                ),
                CodeInfo(
                    value="08",
                    description="Account Name Mismatch",
                    category=_C.REJECTED,
                    sources=(_S["mono-docs-errors-2022"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-docs-errors-2022"],),
                        ),
                    ),
                    page="reference/mono/direct_debit_error_code/#08",
                ),
                CodeInfo(
                    value="09",
                    description="Request processing in progress",
                    category=_C.PENDING,
                    sources=(_S["mono-docs-errors-2022"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-docs-errors-2022"],),
                        ),
                    ),
                    page="reference/mono/direct_debit_error_code/#09",
                ),
                CodeInfo(
                    value="12",
                    description="Invalid transaction",
                    category=_C.REJECTED,
                    sources=(_S["mono-docs-errors-2022"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-docs-errors-2022"],),
                        ),
                    ),
                    page="reference/mono/direct_debit_error_code/#12",
                ),
                CodeInfo(
                    value="13",
                    description="Invalid Amount",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mono-docs-errors-2022"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-docs-errors-2022"],),
                        ),
                    ),
                    page="reference/mono/direct_debit_error_code/#13",
                ),
                CodeInfo(
                    value="14",
                    description="Invalid Batch Number",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mono-docs-errors-2022"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-docs-errors-2022"],),
                        ),
                    ),
                    page="reference/mono/direct_debit_error_code/#14",
                ),
                CodeInfo(
                    value="15",
                    description="Invalid Session or Record ID",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mono-docs-errors-2022"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-docs-errors-2022"],),
                        ),
                    ),
                    page="reference/mono/direct_debit_error_code/#15",
                ),
                CodeInfo(
                    value="16",
                    description="Unknown Bank Code",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mono-docs-errors-2022"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-docs-errors-2022"],),
                        ),
                    ),
                    page="reference/mono/direct_debit_error_code/#16",
                ),
                CodeInfo(
                    value="17",
                    description="Invalid Channel",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mono-docs-errors-2022"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-docs-errors-2022"],),
                        ),
                    ),
                    page="reference/mono/direct_debit_error_code/#17",
                ),
                CodeInfo(
                    value="18",
                    description="Wrong Method Call",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mono-docs-errors-2022"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-docs-errors-2022"],),
                        ),
                    ),
                    page="reference/mono/direct_debit_error_code/#18",
                ),
                CodeInfo(
                    value="21",
                    description="No action taken",
                    category=_C.REJECTED,
                    sources=(_S["mono-docs-errors-2022"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-docs-errors-2022"],),
                        ),
                    ),
                    page="reference/mono/direct_debit_error_code/#21",
                ),
                CodeInfo(
                    value="25",
                    description="Unable to locate record",
                    category=_C.REJECTED,
                    sources=(_S["mono-docs-errors-2022"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-docs-errors-2022"],),
                        ),
                    ),
                    page="reference/mono/direct_debit_error_code/#25",
                ),
                CodeInfo(
                    value="26",
                    description="Duplicate record",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mono-docs-errors-2022"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mono-docs-errors-2022"],),
                        ),
                    ),
                    page="reference/mono/direct_debit_error_code/#26",
                ),
            ),
        ),
        {},
    )
    return DirectDebitErrorCode


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name)
        for name in (
            "DataStatus",
            "WebhookEvent",
            "LoginResponseCode",
            "ConnectEvent",
            "ConnectMessageType",
            "ResponseStatus",
            "DirectDebitErrorCode",
        )
    )
