# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.setu's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, register
from bankcodes._records import (
    CodeInfo,
    CodeSetInfo,
    EndUserWords,
    Equivalent,
    HttpStatus,
    Source,
    Wording,
)
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.setu")
#: The documents its facts come from, by id.
_S = {
    "setu-aa-openapi": Source(
        id="setu-aa-openapi",
        kind="repo",
        title="Setu: AA Gateway API reference, version v2 (api-references/data/account-aggregator.json, OpenAPI 3)",
        url="https://github.com/SetuHQ/docs/blob/b658beecd43d88d92552de0be08d62e51a52c8b3/api-references/data/account-aggregator.json",
    ),
    "setu-aa-notifications": Source(
        id="setu-aa-notifications",
        kind="repo",
        title="Setu: Account Aggregator Notifications (api-integration/notifications.mdx, the page docs.setu.co/data/account-aggregator/api-integration/notifications)",
        url="https://github.com/SetuHQ/docs/blob/b658beecd43d88d92552de0be08d62e51a52c8b3/content/data/account-aggregator/api-integration/notifications.mdx",
    ),
    "setu-aa-consent-flow": Source(
        id="setu-aa-consent-flow",
        kind="repo",
        title="Setu: Account Aggregator Consent flow (api-integration/consent-flow.mdx: create, get, multi and revoke consent, last fetch status, data sessions by consent)",
        url="https://github.com/SetuHQ/docs/blob/b658beecd43d88d92552de0be08d62e51a52c8b3/content/data/account-aggregator/api-integration/consent-flow.mdx",
    ),
    "setu-aa-data-apis": Source(
        id="setu-aa-data-apis",
        kind="repo",
        title="Setu: Account Aggregator Data flow (api-integration/data-apis.mdx: data sessions, FI data, Auto-Fetch notifications)",
        url="https://github.com/SetuHQ/docs/blob/b658beecd43d88d92552de0be08d62e51a52c8b3/content/data/account-aggregator/api-integration/data-apis.mdx",
    ),
    "setu-aa-fip-apis": Source(
        id="setu-aa-fip-apis",
        kind="repo",
        title="Setu: Account Aggregator Active FIPs (api-integration/fip-apis.mdx: FIP list and FIP statuses)",
        url="https://github.com/SetuHQ/docs/blob/b658beecd43d88d92552de0be08d62e51a52c8b3/content/data/account-aggregator/api-integration/fip-apis.mdx",
    ),
    "setu-aa-account-availability": Source(
        id="setu-aa-account-availability",
        kind="repo",
        title="Setu: Account Aggregator Account Availability (api-integration/account-availability-apis.mdx)",
        url="https://github.com/SetuHQ/docs/blob/b658beecd43d88d92552de0be08d62e51a52c8b3/content/data/account-aggregator/api-integration/account-availability-apis.mdx",
    ),
    "setu-aa-consent-object": Source(
        id="setu-aa-consent-object",
        kind="repo",
        title="Setu: Account Aggregator Consent object (consent-object.mdx: the consent response object, the FIP selector screen's INITIATED status and notifications)",
        url="https://github.com/SetuHQ/docs/blob/b658beecd43d88d92552de0be08d62e51a52c8b3/content/data/account-aggregator/consent-object.mdx",
    ),
    "setu-aa-embed": Source(
        id="setu-aa-embed",
        kind="repo",
        title="Setu: Embed Setu AA (embed-setu-aa.mdx: the redirect to redirectUrl and its query parameters)",
        url="https://github.com/SetuHQ/docs/blob/b658beecd43d88d92552de0be08d62e51a52c8b3/content/data/account-aggregator/embed-setu-aa.mdx",
    ),
    "setu-aa-v1-notifications": Source(
        id="setu-aa-v1-notifications",
        kind="repo",
        title="Setu: Account Aggregator Notifications, v1 (v1/api-integration/notifications.mdx)",
        url="https://github.com/SetuHQ/docs/blob/b658beecd43d88d92552de0be08d62e51a52c8b3/content/data/account-aggregator/v1/api-integration/notifications.mdx",
    ),
    "setu-aa-v1-migration-notifications": Source(
        id="setu-aa-v1-migration-notifications",
        kind="repo",
        title="Setu: Account Aggregator Notifications, v1 migration guide (v1/migration-guide/notifications.mdx: the answer to a notification)",
        url="https://github.com/SetuHQ/docs/blob/b658beecd43d88d92552de0be08d62e51a52c8b3/content/data/account-aggregator/v1/migration-guide/notifications.mdx",
    ),
}


def _ConsentStatus() -> type[CodeEnum]:
    class ConsentStatus(CodeEnum):
        """Consent status: The status of a consent request (a consent of the AA Gateway v2, ConsentResponseV2.status), in the consent object the consent APIs return and in a consent notification's data.status. The OpenAPI file lists the values; the Notifications page describes six of them. Setu's prose also speaks of an APPROVED consent (the Consent flow and Data flow pages), a word the API does not send: an approved consent is ACTIVE.

        Wire field: status (the consent object: POST /v2/consents, GET /v2/consents/{request_id}, POST /v2/consents/{request_id}/revoke); data.status (CONSENT_STATUS_UPDATE notification)."""

        PENDING = "PENDING"
        INITIATED = "INITIATED"
        FAILED = "FAILED"
        ACTIVE = "ACTIVE"
        PAUSED = "PAUSED"
        REVOKED = "REVOKED"
        EXPIRED = "EXPIRED"
        REJECTED = "REJECTED"

    register(
        ConsentStatus,
        lambda: (
            CodeSetInfo(
                provider="setu",
                id="consent_status",
                title="Consent status",
                description="The status of a consent request (a consent of the AA Gateway v2, ConsentResponseV2.status), in the consent object the consent APIs return and in a consent notification's data.status. The OpenAPI file lists the values; the Notifications page describes six of them. Setu's prose also speaks of an APPROVED consent (the Consent flow and Data flow pages), a word the API does not send: an approved consent is ACTIVE.",
                field="status (the consent object: POST /v2/consents, GET /v2/consents/{request_id}, POST /v2/consents/{request_id}/revoke); data.status (CONSENT_STATUS_UPDATE notification)",
                states=True,
                sources=(_S["setu-aa-openapi"], _S["setu-aa-notifications"]),
            ),
            (
                CodeInfo(
                    value="PENDING",
                    description="The consent has been created and customer action is awaited",
                    category=_C.PENDING,
                    sources=(
                        _S["setu-aa-openapi"],
                        _S["setu-aa-notifications"],
                        _S["setu-aa-consent-object"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["setu-aa-notifications"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/consent_status/#PENDING",
                    notes="Setu's Notifications page: 'We do not send notification for consent status PENDING.' Its Consent object page (FIP selector screen) says the opposite for a consent created with a bare mobile number: the consent starts INITIATED and PENDING is sent by notification once the consent is created with the AA. The Notifications page adds that a user who cancels before login leaves the consent PENDING, and the same consent link can be used again.",
                ),
                CodeInfo(
                    value="INITIATED",
                    description="INITIATED status is returned only for bank selection flow when user needs to select FIP before consent creation.",
                    category=_C.PENDING,
                    sources=(_S["setu-aa-openapi"], _S["setu-aa-consent-object"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["setu-aa-openapi"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/consent_status/#INITIATED",
                    notes="Only in the v2 OpenAPI file's description of ConsentResponseV2.status (the v1 file's enum lacks it), quoted from its second sentence. The Consent object page: the initial status of a consent created with a mobile number alone (no AA handle), before the user selects a bank; PENDING follows by notification once the consent is created on the chosen AA.",
                ),
                CodeInfo(
                    value="FAILED",
                    description="The consent failed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["setu-aa-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/consent_status/#FAILED",
                    editorial=True,
                    notes="In the OpenAPI file's enum only, without a text; read from its name. The Consent object page shows a failure notification (error.code ConsentObjectCreationFailure) when the consent cannot be created on the AA, but names no status for it.",
                    state="unknown",
                    state_reason="The consent request failed; its state is not told.",
                ),
                CodeInfo(
                    value="ACTIVE",
                    description="Customer has approved the consent",
                    category=_C.SUCCESS,
                    sources=(
                        _S["setu-aa-openapi"],
                        _S["setu-aa-notifications"],
                        _S["setu-aa-consent-flow"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["setu-aa-notifications"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/consent_status/#ACTIVE",
                    notes="The Get Consent API: 'If the consent is approved, the status in the response will be ACTIVE. After this, you can now initiate Data flow for the approved consent request.'",
                ),
                CodeInfo(
                    value="PAUSED",
                    description="Customer has paused a previously approved consent",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["setu-aa-openapi"], _S["setu-aa-notifications"]),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="You paused your consent to share your account data.",
                            action="Resume it in your account aggregator app to continue.",
                        ),
                        "fr": EndUserWords(
                            message="Vous avez suspendu votre consentement au partage des données de votre compte.",
                            action="Réactivez-le dans l'application de votre agrégateur de comptes pour continuer.",
                        ),
                        "ar": EndUserWords(
                            message="لقد أوقفت مؤقتاً موافقتك على مشاركة بيانات حسابك.",
                            action="أعد تفعيلها في تطبيق مجمِّع الحسابات للمتابعة.",
                        ),
                        "es": EndUserWords(
                            message="Usted pausó su consentimiento para compartir los datos de su cuenta.",
                            action="Reactívelo en la aplicación de su agregador de cuentas para continuar.",
                        ),
                        "pt": EndUserWords(
                            message="Você pausou seu consentimento para compartilhar os dados da sua conta.",
                            action="Reative-o no aplicativo do seu agregador de contas para continuar.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["setu-aa-notifications"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/consent_status/#PAUSED",
                    notes="A consent its customer paused cannot be used for data fetches until resumed; Setu does not say how it resumes.",
                ),
                CodeInfo(
                    value="REVOKED",
                    description="Customer has revoked consent which was previously approved",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["setu-aa-openapi"],
                        _S["setu-aa-notifications"],
                        _S["setu-aa-consent-flow"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your consent to share your account data was revoked.",
                            action="Give your consent again to continue.",
                        ),
                        "fr": EndUserWords(
                            message="Votre consentement au partage des données de votre compte a été révoqué.",
                            action="Donnez de nouveau votre consentement pour continuer.",
                        ),
                        "ar": EndUserWords(
                            message="تم إلغاء موافقتك على مشاركة بيانات حسابك.",
                            action="امنح موافقتك مرة أخرى للمتابعة.",
                        ),
                        "es": EndUserWords(
                            message="Se revocó su consentimiento para compartir los datos de su cuenta.",
                            action="Otorgue su consentimiento de nuevo para continuar.",
                        ),
                        "pt": EndUserWords(
                            message="Seu consentimento para compartilhar os dados da sua conta foi revogado.",
                            action="Dê seu consentimento novamente para continuar.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["setu-aa-notifications"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/consent_status/#REVOKED",
                    notes="The Consent flow page: an FIU may also revoke a consent through POST /v2/consents/{request_id}/revoke, whose answer is {status: REVOKED, traceId}.",
                    state="revoked",
                    state_reason="The consent was revoked.",
                ),
                CodeInfo(
                    value="EXPIRED",
                    description="The consent has expired",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["setu-aa-openapi"], _S["setu-aa-notifications"]),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your consent to share your account data has expired.",
                            action="Give your consent again to continue.",
                        ),
                        "fr": EndUserWords(
                            message="Votre consentement au partage des données de votre compte a expiré.",
                            action="Donnez de nouveau votre consentement pour continuer.",
                        ),
                        "ar": EndUserWords(
                            message="انتهت صلاحية موافقتك على مشاركة بيانات حسابك.",
                            action="امنح موافقتك مرة أخرى للمتابعة.",
                        ),
                        "es": EndUserWords(
                            message="Su consentimiento para compartir los datos de su cuenta expiró.",
                            action="Otorgue su consentimiento de nuevo para continuar.",
                        ),
                        "pt": EndUserWords(
                            message="Seu consentimento para compartilhar os dados da sua conta expirou.",
                            action="Dê seu consentimento novamente para continuar.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["setu-aa-notifications"],),
                        ),
                    ),
                    page="reference/setu/consent_status/#EXPIRED",
                    next_step="renew_consent",
                    state="consent_ended",
                    state_reason="The consent reached its expiry.",
                ),
                CodeInfo(
                    value="REJECTED",
                    description="Customer has rejected consent",
                    category=_C.CANCELLED,
                    sources=(_S["setu-aa-openapi"], _S["setu-aa-notifications"]),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="You declined the request to share your account data.",
                            action="If you change your mind, start again and approve the request.",
                        ),
                        "fr": EndUserWords(
                            message="Vous avez refusé la demande de partage des données de votre compte.",
                            action="Si vous changez d'avis, recommencez et approuvez la demande.",
                        ),
                        "ar": EndUserWords(
                            message="لقد رفضت طلب مشاركة بيانات حسابك.",
                            action="إذا غيّرت رأيك، فابدأ من جديد ووافق على الطلب.",
                        ),
                        "es": EndUserWords(
                            message="Usted rechazó la solicitud para compartir los datos de su cuenta.",
                            action="Si cambia de opinión, vuelva a empezar y apruebe la solicitud.",
                        ),
                        "pt": EndUserWords(
                            message="Você recusou a solicitação de compartilhamento dos dados da sua conta.",
                            action="Se mudar de ideia, comece de novo e aprove a solicitação.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["setu-aa-notifications"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/consent_status/#REJECTED",
                    notes="The customer's own choice on Setu's consent screens (the notification carries error.code UserRejected and a reason in error.message), so the category is cancelled rather than rejected (an institution's refusal).",
                    state="needs_end_user",
                    state_reason="The end user rejected the consent request.",
                ),
            ),
        ),
        {},
    )
    return ConsentStatus


def _DataSessionStatus() -> type[CodeEnum]:
    class DataSessionStatus(CodeEnum):
        """Data session status (combined): The combined status of a data session (an FI data fetch session, FIDataFetchResponseV2.status), in the session the data APIs return, in an FI notification's data.status, in an Auto-Fetch FI_DATA_READY notification's status and in the list of a consent's data sessions. PARTIAL or COMPLETED means the data can be fetched. The texts are the Notifications page's; the Data flow page describes PENDING, PARTIAL and COMPLETED after a fetch in other words (see each code's notes).

        Wire field: status (the data session: POST /v2/sessions, GET /v2/sessions/{session_id}; FI_DATA_READY notification); data.status (SESSION_STATUS_UPDATE notification); dataSessions[].status (GET /v2/consents/{consent_id}/data-sessions)."""

        ACTIVE = "ACTIVE"
        PENDING = "PENDING"
        COMPLETED = "COMPLETED"
        EXPIRED = "EXPIRED"
        FAILED = "FAILED"
        PARTIAL = "PARTIAL"

    register(
        DataSessionStatus,
        lambda: (
            CodeSetInfo(
                provider="setu",
                id="data_session_status",
                title="Data session status (combined)",
                description="The combined status of a data session (an FI data fetch session, FIDataFetchResponseV2.status), in the session the data APIs return, in an FI notification's data.status, in an Auto-Fetch FI_DATA_READY notification's status and in the list of a consent's data sessions. PARTIAL or COMPLETED means the data can be fetched. The texts are the Notifications page's; the Data flow page describes PENDING, PARTIAL and COMPLETED after a fetch in other words (see each code's notes).",
                field="status (the data session: POST /v2/sessions, GET /v2/sessions/{session_id}; FI_DATA_READY notification); data.status (SESSION_STATUS_UPDATE notification); dataSessions[].status (GET /v2/consents/{consent_id}/data-sessions)",
                sources=(_S["setu-aa-openapi"], _S["setu-aa-notifications"]),
            ),
            (
                CodeInfo(
                    value="ACTIVE",
                    description="FI data session is active",
                    category=_C.PENDING,
                    sources=(_S["setu-aa-openapi"], _S["setu-aa-v1-migration-notifications"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["setu-aa-v1-migration-notifications"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/data_session_status/#ACTIVE",
                    notes="In the OpenAPI file's enum; the v2 pages do not describe it. The text is the v1 migration guide's; the v1 Notifications page gives the same words to PENDING.",
                ),
                CodeInfo(
                    value="PENDING",
                    description="Individual account FI status of all accounts in the data session are in PENDING status. Data fetch for this data session cannot be initiated yet.",
                    category=_C.PENDING,
                    sources=(
                        _S["setu-aa-openapi"],
                        _S["setu-aa-notifications"],
                        _S["setu-aa-data-apis"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["setu-aa-notifications"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/data_session_status/#PENDING",
                    notes="The page's code marks around the status names are left out. The Data flow page (Fetch FI data) ends instead: 'Data fetch for this data session was not supposed to be initiated.'",
                ),
                CodeInfo(
                    value="COMPLETED",
                    description="Individual account FI status of all accounts is READY. Data fetch can be initiated for this data session.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["setu-aa-openapi"],
                        _S["setu-aa-notifications"],
                        _S["setu-aa-data-apis"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["setu-aa-notifications"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/data_session_status/#COMPLETED",
                    notes="The page's code marks around the status names are left out. The Data flow page (Fetch FI data) says instead that data from all accounts was fetched.",
                ),
                CodeInfo(
                    value="EXPIRED",
                    description="Data session has expired, irrespective of individual account FI statuses. No further fetches can happen for this data session.",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["setu-aa-openapi"], _S["setu-aa-notifications"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["setu-aa-notifications"],),
                        ),
                    ),
                    page="reference/setu/data_session_status/#EXPIRED",
                ),
                CodeInfo(
                    value="FAILED",
                    description="Data session has failed, irrespective of individual account FI statuses. Retry by creating a new data session.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["setu-aa-openapi"], _S["setu-aa-notifications"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["setu-aa-notifications"],),
                        ),
                    ),
                    page="reference/setu/data_session_status/#FAILED",
                ),
                CodeInfo(
                    value="PARTIAL",
                    description="One or more accounts have individual FI account status as READY but the remaining have status as FAILED/TIMEOUT. Data fetch for this data session can be initiated. However, only data from READY accounts can be fetched.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["setu-aa-openapi"],
                        _S["setu-aa-notifications"],
                        _S["setu-aa-data-apis"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["setu-aa-notifications"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/data_session_status/#PARTIAL",
                    notes="The page's code marks around the status names are left out. Data can be fetched, from the READY accounts only: read each account's FI status for the others. The Data flow page (Fetch FI data) names PENDING/FAILED/TIMEOUT as the remaining statuses and says that only the READY accounts' data was fetched. The Auto-Fetch FI_DATA_READY notification's status can be PENDING, PARTIAL or COMPLETED.",
                ),
            ),
        ),
        {},
    )
    return DataSessionStatus


def _FiStatus() -> type[CodeEnum]:
    class FiStatus(CodeEnum):
        """Account FI status (individual): The status of one account's data at its FIP within a data session: an FI notification's data.fips[].accounts[].FIStatus, and the session's fips[].accounts[].FIstatus as the data APIs return it (the OpenAPI file types it as a string without values; the Data flow page's example writes status for one account and FIstatus for another). The Notifications page lists five values; the Data flow page's example and its PARTIAL text also show FAILED.

        Wire field: data.fips[].accounts[].FIStatus (SESSION_STATUS_UPDATE notification); fips[].accounts[].FIstatus (GET /v2/sessions/{session_id})."""

        PENDING = "PENDING"
        READY = "READY"
        DELIVERED = "DELIVERED"
        TIMEOUT = "TIMEOUT"
        DENIED = "DENIED"
        FAILED = "FAILED"

    register(
        FiStatus,
        lambda: (
            CodeSetInfo(
                provider="setu",
                id="fi_status",
                title="Account FI status (individual)",
                description="The status of one account's data at its FIP within a data session: an FI notification's data.fips[].accounts[].FIStatus, and the session's fips[].accounts[].FIstatus as the data APIs return it (the OpenAPI file types it as a string without values; the Data flow page's example writes status for one account and FIstatus for another). The Notifications page lists five values; the Data flow page's example and its PARTIAL text also show FAILED.",
                field="data.fips[].accounts[].FIStatus (SESSION_STATUS_UPDATE notification); fips[].accounts[].FIstatus (GET /v2/sessions/{session_id})",
                sources=(_S["setu-aa-notifications"], _S["setu-aa-data-apis"]),
            ),
            (
                CodeInfo(
                    value="PENDING",
                    description="FIP has received the account data request",
                    category=_C.PENDING,
                    sources=(_S["setu-aa-notifications"], _S["setu-aa-data-apis"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["setu-aa-notifications"], _S["setu-aa-data-apis"]),
                        ),
                    ),
                    page="reference/setu/fi_status/#PENDING",
                ),
                CodeInfo(
                    value="READY",
                    description="FIP is ready with the requested account data",
                    category=_C.SUCCESS,
                    sources=(_S["setu-aa-notifications"], _S["setu-aa-data-apis"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["setu-aa-notifications"], _S["setu-aa-data-apis"]),
                        ),
                    ),
                    page="reference/setu/fi_status/#READY",
                ),
                CodeInfo(
                    value="DELIVERED",
                    description="FIP has delivered the requested account data",
                    category=_C.SUCCESS,
                    sources=(_S["setu-aa-notifications"], _S["setu-aa-data-apis"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["setu-aa-notifications"], _S["setu-aa-data-apis"]),
                        ),
                    ),
                    page="reference/setu/fi_status/#DELIVERED",
                ),
                CodeInfo(
                    value="TIMEOUT",
                    description="The account data request to the FIP has timed out",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["setu-aa-notifications"], _S["setu-aa-data-apis"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["setu-aa-notifications"], _S["setu-aa-data-apis"]),
                        ),
                    ),
                    page="reference/setu/fi_status/#TIMEOUT",
                ),
                CodeInfo(
                    value="DENIED",
                    description="FIP has denied sharing the requested account data",
                    category=_C.REJECTED,
                    sources=(_S["setu-aa-notifications"], _S["setu-aa-data-apis"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["setu-aa-notifications"], _S["setu-aa-data-apis"]),
                        ),
                    ),
                    page="reference/setu/fi_status/#DENIED",
                ),
                CodeInfo(
                    value="FAILED",
                    description="The account's data request failed at its FIP.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["setu-aa-data-apis"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/fi_status/#FAILED",
                    editorial=True,
                    notes='Not in the table of individual FI statuses: the Data flow page\'s Fetch FI data example sends "FIstatus": "FAILED" for an account without data, and both pages\' PARTIAL text names FAILED among the remaining statuses.',
                ),
            ),
        ),
        {},
    )
    return FiStatus


def _FipStatus() -> type[CodeEnum]:
    class FipStatus(CodeEnum):
        """FIP status: The up-to-date status of a Financial Information Provider (a bank or other FIP) in Setu's FIP list (FIPResponseObject.status): whether its accounts can be discovered and its data fetched. Setu moves FIPs between these statuses by their performance.

        Wire field: data[].status (GET /v2/fips, GET /v2/fips/{fip_id})."""

        ACTIVE = "ACTIVE"
        INACTIVE = "INACTIVE"
        TEMPORARILY_INACTIVE = "TEMPORARILY_INACTIVE"

    register(
        FipStatus,
        lambda: (
            CodeSetInfo(
                provider="setu",
                id="fip_status",
                title="FIP status",
                description="The up-to-date status of a Financial Information Provider (a bank or other FIP) in Setu's FIP list (FIPResponseObject.status): whether its accounts can be discovered and its data fetched. Setu moves FIPs between these statuses by their performance.",
                field="data[].status (GET /v2/fips, GET /v2/fips/{fip_id})",
                states=True,
                sources=(_S["setu-aa-openapi"], _S["setu-aa-fip-apis"]),
            ),
            (
                CodeInfo(
                    value="ACTIVE",
                    description="Is an available FIP for account discovery, account linking, consent and data fetches",
                    category=_C.SUCCESS,
                    sources=(_S["setu-aa-openapi"], _S["setu-aa-fip-apis"], _S["setu-aa-embed"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["setu-aa-fip-apis"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/fip_status/#ACTIVE",
                    notes="The Embed Setu AA page asks FIUs to send in a consent's context only FIPs whose status is active (written in lower case there), checked in real time with this API.",
                ),
                CodeInfo(
                    value="INACTIVE",
                    description="This is an unavailable FIP. If you are using this to route customers to AA — please route your customers to alternate methods of data collection.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["setu-aa-openapi"], _S["setu-aa-fip-apis"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["setu-aa-fip-apis"],)
                        ),
                    ),
                    page="reference/setu/fip_status/#INACTIVE",
                    state="provider_or_bank_down",
                    state_reason="The bank (FIP) is inactive: consents and data fetches fail.",
                ),
                CodeInfo(
                    value="TEMPORARILY_INACTIVE",
                    description="This is an FIP that has been disabled for breaching SLIs on performance. If you are using this to route customers to AA — please route your customers to alternate methods of data collection. However, this is a temporary status and will be moved to ACTIVE status once their performance has improved. Do not redirect your customers to the consent flow when an FIP status is INACTIVE or TEMPORARILY_INACTIVE as that will mean their consents and/or data fetches are likely to fail.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["setu-aa-openapi"], _S["setu-aa-fip-apis"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["setu-aa-fip-apis"],)
                        ),
                    ),
                    page="reference/setu/fip_status/#TEMPORARILY_INACTIVE",
                ),
            ),
        ),
        {},
    )
    return FipStatus


def _NotificationErrorCode() -> type[CodeEnum]:
    class NotificationErrorCode(CodeEnum):
        """Notification error code: The code of the error a notification carries (error.code, beside error.message): a consent notification's when the user cancels or rejects the consent, no account is discovered, the FIP denies the consent or the consent cannot be created on the AA; an Auto-Fetch FI_DATA_FAILED notification's when Setu could not fetch the data.

        Wire field: error.code (CONSENT_STATUS_UPDATE and FI_DATA_FAILED notifications)."""

        UserCancelled = "UserCancelled"
        UserRejected = "UserRejected"
        NoFIPAccountsDiscovered = "NoFIPAccountsDiscovered"
        FIPDenied = "FIPDenied"
        ConsentObjectCreationFailure = "ConsentObjectCreationFailure"
        InvalidConsentUse = "InvalidConsentUse"
        InvalidConsentStatus = "InvalidConsentStatus"
        SessionExpired = "SessionExpired"
        ConsentRevoked = "ConsentRevoked"
        UpstreamServerDown = "UpstreamServerDown"
        DataFetchFailure = "DataFetchFailure"

    register(
        NotificationErrorCode,
        lambda: (
            CodeSetInfo(
                provider="setu",
                id="notification_error_code",
                title="Notification error code",
                description="The code of the error a notification carries (error.code, beside error.message): a consent notification's when the user cancels or rejects the consent, no account is discovered, the FIP denies the consent or the consent cannot be created on the AA; an Auto-Fetch FI_DATA_FAILED notification's when Setu could not fetch the data.",
                field="error.code (CONSENT_STATUS_UPDATE and FI_DATA_FAILED notifications)",
                sources=(
                    _S["setu-aa-notifications"],
                    _S["setu-aa-data-apis"],
                    _S["setu-aa-consent-object"],
                ),
            ),
            (
                CodeInfo(
                    value="UserCancelled",
                    description="The user cancelled the consent before login.",
                    category=_C.CANCELLED,
                    sources=(_S["setu-aa-notifications"],),
                    retryable=False,
                    end_user_can_retry=True,
                    group="consent",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/notification_error_code/#UserCancelled",
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
                            provider="mono",
                            code_set="connect_message_type",
                            value="mono.connect.on_exit",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                    ),
                    editorial=True,
                    notes="The Notifications page: the user cancels the consent before login; error.message then holds one of cancel_not_understand, cancel_will_share_later or cancel_not_want_to_share. 'Please note that if user cancels the consent before login, this keeps the consent in PENDING state and same consent link can be used again.'",
                ),
                CodeInfo(
                    value="UserRejected",
                    description="The user rejected the consent after login.",
                    category=_C.CANCELLED,
                    sources=(_S["setu-aa-notifications"],),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="You declined the request to share your account data.",
                            action="If you change your mind, start again and approve the request.",
                        ),
                        "fr": EndUserWords(
                            message="Vous avez refusé la demande de partage des données de votre compte.",
                            action="Si vous changez d'avis, recommencez et approuvez la demande.",
                        ),
                        "ar": EndUserWords(
                            message="لقد رفضت طلب مشاركة بيانات حسابك.",
                            action="إذا غيّرت رأيك، فابدأ من جديد ووافق على الطلب.",
                        ),
                        "es": EndUserWords(
                            message="Usted rechazó la solicitud para compartir los datos de su cuenta.",
                            action="Si cambia de opinión, vuelva a empezar y apruebe la solicitud.",
                        ),
                        "pt": EndUserWords(
                            message="Você recusou a solicitação de compartilhamento dos dados da sua conta.",
                            action="Se mudar de ideia, comece de novo e aprove a solicitação.",
                        ),
                    },
                    group="consent",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/notification_error_code/#UserRejected",
                    editorial=True,
                    notes="The Notifications page: the user rejects the consent after login; error.message then holds one of reject_not_understand, reject_not_want_to_share, reject_accounts_not_found or reject_other.",
                ),
                CodeInfo(
                    value="NoFIPAccountsDiscovered",
                    description="No fip accounts discovered",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["setu-aa-notifications"], _S["setu-aa-v1-notifications"]),
                    retryable=False,
                    end_user_can_retry=False,
                    end_user={
                        "en": EndUserWords(
                            message="Your accounts could not be found at the banks you chose.",
                            action="Check that you entered the mobile number registered with your bank, or choose another bank.",
                        ),
                        "fr": EndUserWords(
                            message="Vos comptes sont introuvables auprès des banques que vous avez choisies.",
                            action="Vérifiez que vous avez saisi le numéro de mobile enregistré auprès de votre banque, ou choisissez une autre banque.",
                        ),
                        "ar": EndUserWords(
                            message="تعذّر العثور على حساباتك لدى البنوك التي اخترتها.",
                            action="تحقق من أنك أدخلت رقم الجوال المسجل لدى بنكك، أو اختر بنكاً آخر.",
                        ),
                        "es": EndUserWords(
                            message="No se encontraron sus cuentas en los bancos que eligió.",
                            action="Verifique que ingresó el número de celular registrado en su banco, o elija otro banco.",
                        ),
                        "pt": EndUserWords(
                            message="Suas contas não foram encontradas nos bancos que você escolheu.",
                            action="Verifique se você digitou o número de celular cadastrado no seu banco ou escolha outro banco.",
                        ),
                    },
                    group="consent",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["setu-aa-notifications"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["setu-aa-notifications"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/notification_error_code/#NoFIPAccountsDiscovered",
                    message="no_fip_accounts_found",
                    notes="The v1 Notifications page lists 'No FIP Accounts Discovered' among the two scenarios that send an error notification.",
                ),
                CodeInfo(
                    value="FIPDenied",
                    description="FIP denied your consent",
                    category=_C.REJECTED,
                    sources=(_S["setu-aa-notifications"],),
                    retryable=False,
                    end_user_can_retry=False,
                    group="consent",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["setu-aa-notifications"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["setu-aa-notifications"],)
                        ),
                    ),
                    page="reference/setu/notification_error_code/#FIPDenied",
                    message="FIP_DENIED_CONSENT",
                ),
                CodeInfo(
                    value="ConsentObjectCreationFailure",
                    description="Internal server error occurred while fetching consent details from upstream AA",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["setu-aa-notifications"],
                        _S["setu-aa-consent-object"],
                        _S["setu-aa-v1-notifications"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    group="consent",
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["setu-aa-notifications"], _S["setu-aa-consent-object"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/notification_error_code/#ConsentObjectCreationFailure",
                    message="Internal server error occurred while fetching consent details from upstream AA",
                    notes="The Notifications page shows it under the tab Upstream AA (its example lacks a comma after error, so it is no JSON); the Consent object page sends it when the consent cannot be created on the AA the FIP selector screen chose. The v1 Notifications page names 'Consent creation failure on the AA' as an error scenario.",
                ),
                CodeInfo(
                    value="InvalidConsentUse",
                    description="Consent fetch frequency exceeded",
                    category=_C.RATE_LIMITED,
                    sources=(_S["setu-aa-data-apis"],),
                    retryable=True,
                    end_user_can_retry=True,
                    group="auto_fetch",
                    wording=(
                        Wording(field="message", by="provider", sources=(_S["setu-aa-data-apis"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/notification_error_code/#InvalidConsentUse",
                    message="Consent fetch frequency exceeded",
                    notes="The consent's fetch frequency (its frequency: so many fetches per unit of time) is used up: a fetch in a later period can succeed.",
                ),
                CodeInfo(
                    value="InvalidConsentStatus",
                    description="Consent for which data fetch has been requested has expired",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["setu-aa-data-apis"],),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your consent to share your account data has expired.",
                            action="Give your consent again to continue.",
                        ),
                        "fr": EndUserWords(
                            message="Votre consentement au partage des données de votre compte a expiré.",
                            action="Donnez de nouveau votre consentement pour continuer.",
                        ),
                        "ar": EndUserWords(
                            message="انتهت صلاحية موافقتك على مشاركة بيانات حسابك.",
                            action="امنح موافقتك مرة أخرى للمتابعة.",
                        ),
                        "es": EndUserWords(
                            message="Su consentimiento para compartir los datos de su cuenta expiró.",
                            action="Otorgue su consentimiento de nuevo para continuar.",
                        ),
                        "pt": EndUserWords(
                            message="Seu consentimento para compartilhar os dados da sua conta expirou.",
                            action="Dê seu consentimento novamente para continuar.",
                        ),
                    },
                    group="auto_fetch",
                    wording=(
                        Wording(field="message", by="provider", sources=(_S["setu-aa-data-apis"],)),
                    ),
                    page="reference/setu/notification_error_code/#InvalidConsentStatus",
                    message="Consent for which data fetch has been requested has expired",
                ),
                CodeInfo(
                    value="SessionExpired",
                    description="Session to fetch data for a session ID has expired",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["setu-aa-data-apis"],),
                    retryable=False,
                    end_user_can_retry=True,
                    group="auto_fetch",
                    wording=(
                        Wording(field="message", by="provider", sources=(_S["setu-aa-data-apis"],)),
                    ),
                    page="reference/setu/notification_error_code/#SessionExpired",
                    message="Session to fetch data for a session ID has expired",
                ),
                CodeInfo(
                    value="ConsentRevoked",
                    description="Consent for which data fetch has been requested has been revoked",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["setu-aa-data-apis"],),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your consent to share your account data was revoked.",
                            action="Give your consent again to continue.",
                        ),
                        "fr": EndUserWords(
                            message="Votre consentement au partage des données de votre compte a été révoqué.",
                            action="Donnez de nouveau votre consentement pour continuer.",
                        ),
                        "ar": EndUserWords(
                            message="تم إلغاء موافقتك على مشاركة بيانات حسابك.",
                            action="امنح موافقتك مرة أخرى للمتابعة.",
                        ),
                        "es": EndUserWords(
                            message="Se revocó su consentimiento para compartir los datos de su cuenta.",
                            action="Otorgue su consentimiento de nuevo para continuar.",
                        ),
                        "pt": EndUserWords(
                            message="Seu consentimento para compartilhar os dados da sua conta foi revogado.",
                            action="Dê seu consentimento novamente para continuar.",
                        ),
                    },
                    group="auto_fetch",
                    wording=(
                        Wording(field="message", by="provider", sources=(_S["setu-aa-data-apis"],)),
                    ),
                    page="reference/setu/notification_error_code/#ConsentRevoked",
                    message="Consent for which data fetch has been requested has been revoked",
                ),
                CodeInfo(
                    value="UpstreamServerDown",
                    description="Received 500 from upstream AA",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["setu-aa-data-apis"],),
                    retryable=True,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="The service that connects to your bank is not responding right now.",
                            action="Please try again in a little while.",
                        ),
                        "fr": EndUserWords(
                            message="Le service qui se connecte à votre banque ne répond pas pour le moment.",
                            action="Veuillez réessayer un peu plus tard.",
                        ),
                        "ar": EndUserWords(
                            message="لا تستجيب الخدمة التي تتصل ببنكك في الوقت الحالي.",
                            action="يرجى المحاولة مرة أخرى بعد قليل.",
                        ),
                        "es": EndUserWords(
                            message="El servicio que se conecta con su banco no responde en este momento.",
                            action="Vuelva a intentarlo en un momento.",
                        ),
                        "pt": EndUserWords(
                            message="O serviço que se conecta ao seu banco não está respondendo no momento.",
                            action="Tente novamente daqui a pouco.",
                        ),
                    },
                    group="auto_fetch",
                    wording=(
                        Wording(field="message", by="provider", sources=(_S["setu-aa-data-apis"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/notification_error_code/#UpstreamServerDown",
                    message="Received 500 from upstream AA",
                    notes="The upstream is the Account Aggregator, not the bank: the end user's words say so.",
                ),
                CodeInfo(
                    value="DataFetchFailure",
                    description="Failed to fetch data after multiple retry attempts due to upstream errors",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["setu-aa-data-apis"],),
                    retryable=True,
                    end_user_can_retry=True,
                    group="auto_fetch",
                    wording=(
                        Wording(field="message", by="provider", sources=(_S["setu-aa-data-apis"],)),
                    ),
                    page="reference/setu/notification_error_code/#DataFetchFailure",
                    message="Failed to fetch data after multiple retry attempts due to upstream errors",
                ),
            ),
        ),
        {},
    )
    return NotificationErrorCode


def _ConsentErrorReason() -> type[CodeEnum]:
    class ConsentErrorReason(CodeEnum):
        """Consent error reason: The reason a consent notification's error gives in error.message, beside its error.code (UserCancelled, UserRejected, NoFIPAccountsDiscovered or FIPDenied): the Notifications page's mapping of error code, error message and meaning. The same reason comes back as errormsg on the redirect to redirectUrl (the Embed Setu AA page points to this mapping). Other notification errors carry a sentence in error.message, which is no reason of this set.

        Wire field: error.message (CONSENT_STATUS_UPDATE notification); errormsg (query parameter of the redirect to redirectUrl)."""

        cancel_not_understand = "cancel_not_understand"
        cancel_will_share_later = "cancel_will_share_later"
        cancel_not_want_to_share = "cancel_not_want_to_share"
        reject_not_understand = "reject_not_understand"
        reject_not_want_to_share = "reject_not_want_to_share"
        reject_accounts_not_found = "reject_accounts_not_found"
        reject_other = "reject_other"
        no_fip_accounts_found = "no_fip_accounts_found"
        FIP_DENIED_CONSENT = "FIP_DENIED_CONSENT"

    register(
        ConsentErrorReason,
        lambda: (
            CodeSetInfo(
                provider="setu",
                id="consent_error_reason",
                title="Consent error reason",
                description="The reason a consent notification's error gives in error.message, beside its error.code (UserCancelled, UserRejected, NoFIPAccountsDiscovered or FIPDenied): the Notifications page's mapping of error code, error message and meaning. The same reason comes back as errormsg on the redirect to redirectUrl (the Embed Setu AA page points to this mapping). Other notification errors carry a sentence in error.message, which is no reason of this set.",
                field="error.message (CONSENT_STATUS_UPDATE notification); errormsg (query parameter of the redirect to redirectUrl)",
                sources=(_S["setu-aa-notifications"],),
            ),
            (
                CodeInfo(
                    value="cancel_not_understand",
                    description="I do not understand what is happening",
                    category=_C.CANCELLED,
                    sources=(_S["setu-aa-notifications"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["setu-aa-notifications"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/consent_error_reason/#cancel_not_understand",
                    notes="Error code UserCancelled.",
                ),
                CodeInfo(
                    value="cancel_will_share_later",
                    description="I will share my data later",
                    category=_C.CANCELLED,
                    sources=(_S["setu-aa-notifications"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["setu-aa-notifications"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/consent_error_reason/#cancel_will_share_later",
                    notes="Error code UserCancelled.",
                ),
                CodeInfo(
                    value="cancel_not_want_to_share",
                    description="I do not want to share my data with FIU",
                    category=_C.CANCELLED,
                    sources=(_S["setu-aa-notifications"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["setu-aa-notifications"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/consent_error_reason/#cancel_not_want_to_share",
                    notes="Error code UserCancelled.",
                ),
                CodeInfo(
                    value="reject_not_understand",
                    description="I do not understand why my data is being requested",
                    category=_C.CANCELLED,
                    sources=(_S["setu-aa-notifications"],),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="You declined the request to share your account data.",
                            action="If you change your mind, start again and approve the request.",
                        ),
                        "fr": EndUserWords(
                            message="Vous avez refusé la demande de partage des données de votre compte.",
                            action="Si vous changez d'avis, recommencez et approuvez la demande.",
                        ),
                        "ar": EndUserWords(
                            message="لقد رفضت طلب مشاركة بيانات حسابك.",
                            action="إذا غيّرت رأيك، فابدأ من جديد ووافق على الطلب.",
                        ),
                        "es": EndUserWords(
                            message="Usted rechazó la solicitud para compartir los datos de su cuenta.",
                            action="Si cambia de opinión, vuelva a empezar y apruebe la solicitud.",
                        ),
                        "pt": EndUserWords(
                            message="Você recusou a solicitação de compartilhamento dos dados da sua conta.",
                            action="Se mudar de ideia, comece de novo e aprove a solicitação.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["setu-aa-notifications"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/consent_error_reason/#reject_not_understand",
                    notes="Error code UserRejected.",
                ),
                CodeInfo(
                    value="reject_not_want_to_share",
                    description="I do not want to share my data with FIU",
                    category=_C.CANCELLED,
                    sources=(_S["setu-aa-notifications"],),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="You declined the request to share your account data.",
                            action="If you change your mind, start again and approve the request.",
                        ),
                        "fr": EndUserWords(
                            message="Vous avez refusé la demande de partage des données de votre compte.",
                            action="Si vous changez d'avis, recommencez et approuvez la demande.",
                        ),
                        "ar": EndUserWords(
                            message="لقد رفضت طلب مشاركة بيانات حسابك.",
                            action="إذا غيّرت رأيك، فابدأ من جديد ووافق على الطلب.",
                        ),
                        "es": EndUserWords(
                            message="Usted rechazó la solicitud para compartir los datos de su cuenta.",
                            action="Si cambia de opinión, vuelva a empezar y apruebe la solicitud.",
                        ),
                        "pt": EndUserWords(
                            message="Você recusou a solicitação de compartilhamento dos dados da sua conta.",
                            action="Se mudar de ideia, comece de novo e aprove a solicitação.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["setu-aa-notifications"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/consent_error_reason/#reject_not_want_to_share",
                    notes="Error code UserRejected.",
                ),
                CodeInfo(
                    value="reject_accounts_not_found",
                    description="I could not find my accounts",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["setu-aa-notifications"],),
                    retryable=False,
                    end_user_can_retry=False,
                    end_user={
                        "en": EndUserWords(
                            message="Your accounts could not be found at the banks you chose.",
                            action="Check that you entered the mobile number registered with your bank, or choose another bank.",
                        ),
                        "fr": EndUserWords(
                            message="Vos comptes sont introuvables auprès des banques que vous avez choisies.",
                            action="Vérifiez que vous avez saisi le numéro de mobile enregistré auprès de votre banque, ou choisissez une autre banque.",
                        ),
                        "ar": EndUserWords(
                            message="تعذّر العثور على حساباتك لدى البنوك التي اخترتها.",
                            action="تحقق من أنك أدخلت رقم الجوال المسجل لدى بنكك، أو اختر بنكاً آخر.",
                        ),
                        "es": EndUserWords(
                            message="No se encontraron sus cuentas en los bancos que eligió.",
                            action="Verifique que ingresó el número de celular registrado en su banco, o elija otro banco.",
                        ),
                        "pt": EndUserWords(
                            message="Suas contas não foram encontradas nos bancos que você escolheu.",
                            action="Verifique se você digitou o número de celular cadastrado no seu banco ou escolha outro banco.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["setu-aa-notifications"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/consent_error_reason/#reject_accounts_not_found",
                    notes="Error code UserRejected: the user rejected the consent because their accounts were not found.",
                ),
                CodeInfo(
                    value="reject_other",
                    description="For other reasons",
                    category=_C.CANCELLED,
                    sources=(_S["setu-aa-notifications"],),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="You declined the request to share your account data.",
                            action="If you change your mind, start again and approve the request.",
                        ),
                        "fr": EndUserWords(
                            message="Vous avez refusé la demande de partage des données de votre compte.",
                            action="Si vous changez d'avis, recommencez et approuvez la demande.",
                        ),
                        "ar": EndUserWords(
                            message="لقد رفضت طلب مشاركة بيانات حسابك.",
                            action="إذا غيّرت رأيك، فابدأ من جديد ووافق على الطلب.",
                        ),
                        "es": EndUserWords(
                            message="Usted rechazó la solicitud para compartir los datos de su cuenta.",
                            action="Si cambia de opinión, vuelva a empezar y apruebe la solicitud.",
                        ),
                        "pt": EndUserWords(
                            message="Você recusou a solicitação de compartilhamento dos dados da sua conta.",
                            action="Se mudar de ideia, comece de novo e aprove a solicitação.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["setu-aa-notifications"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/consent_error_reason/#reject_other",
                    notes="Error code UserRejected.",
                ),
                CodeInfo(
                    value="no_fip_accounts_found",
                    description="No fip accounts discovered",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["setu-aa-notifications"],),
                    retryable=False,
                    end_user_can_retry=False,
                    end_user={
                        "en": EndUserWords(
                            message="Your accounts could not be found at the banks you chose.",
                            action="Check that you entered the mobile number registered with your bank, or choose another bank.",
                        ),
                        "fr": EndUserWords(
                            message="Vos comptes sont introuvables auprès des banques que vous avez choisies.",
                            action="Vérifiez que vous avez saisi le numéro de mobile enregistré auprès de votre banque, ou choisissez une autre banque.",
                        ),
                        "ar": EndUserWords(
                            message="تعذّر العثور على حساباتك لدى البنوك التي اخترتها.",
                            action="تحقق من أنك أدخلت رقم الجوال المسجل لدى بنكك، أو اختر بنكاً آخر.",
                        ),
                        "es": EndUserWords(
                            message="No se encontraron sus cuentas en los bancos que eligió.",
                            action="Verifique que ingresó el número de celular registrado en su banco, o elija otro banco.",
                        ),
                        "pt": EndUserWords(
                            message="Suas contas não foram encontradas nos bancos que você escolheu.",
                            action="Verifique se você digitou o número de celular cadastrado no seu banco ou escolha outro banco.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["setu-aa-notifications"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/consent_error_reason/#no_fip_accounts_found",
                    notes="Error code NoFIPAccountsDiscovered.",
                ),
                CodeInfo(
                    value="FIP_DENIED_CONSENT",
                    description="FIP denied your consent",
                    category=_C.REJECTED,
                    sources=(_S["setu-aa-notifications"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["setu-aa-notifications"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/consent_error_reason/#FIP_DENIED_CONSENT",
                    notes="Error code FIPDenied.",
                ),
            ),
        ),
        {},
    )
    return ConsentErrorReason


def _RedirectErrorCode() -> type[CodeEnum]:
    class RedirectErrorCode(CodeEnum):
        """Redirect error code: The errorcode query parameter of Setu's redirect to the redirectUrl given when the consent was created, sent only when success is false (with errormsg, a consent error reason).

        Wire field: errorcode (query parameter of the redirect to redirectUrl)."""

        USER_REJECTED = "1"
        USER_CANCELLED = "5"

    register(
        RedirectErrorCode,
        lambda: (
            CodeSetInfo(
                provider="setu",
                id="redirect_error_code",
                title="Redirect error code",
                description="The errorcode query parameter of Setu's redirect to the redirectUrl given when the consent was created, sent only when success is false (with errormsg, a consent error reason).",
                field="errorcode (query parameter of the redirect to redirectUrl)",
                sources=(_S["setu-aa-embed"],),
            ),
            (
                CodeInfo(
                    value="1",
                    description="The user rejected the consent.",
                    category=_C.CANCELLED,
                    sources=(_S["setu-aa-embed"],),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="You declined the request to share your account data.",
                            action="If you change your mind, start again and approve the request.",
                        ),
                        "fr": EndUserWords(
                            message="Vous avez refusé la demande de partage des données de votre compte.",
                            action="Si vous changez d'avis, recommencez et approuvez la demande.",
                        ),
                        "ar": EndUserWords(
                            message="لقد رفضت طلب مشاركة بيانات حسابك.",
                            action="إذا غيّرت رأيك، فابدأ من جديد ووافق على الطلب.",
                        ),
                        "es": EndUserWords(
                            message="Usted rechazó la solicitud para compartir los datos de su cuenta.",
                            action="Si cambia de opinión, vuelva a empezar y apruebe la solicitud.",
                        ),
                        "pt": EndUserWords(
                            message="Você recusou a solicitação de compartilhamento dos dados da sua conta.",
                            action="Se mudar de ideia, comece de novo e aprove a solicitação.",
                        ),
                    },
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/redirect_error_code/#1",
                    editorial=True,
                    notes="The Embed Setu AA page: 'Error code 1 means user rejected the consent and 5 means user cancelled the consent.'",
                ),
                CodeInfo(
                    value="5",
                    description="The user cancelled the consent.",
                    category=_C.CANCELLED,
                    sources=(_S["setu-aa-embed"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/redirect_error_code/#5",
                    editorial=True,
                    notes="The Embed Setu AA page: 'Error code 1 means user rejected the consent and 5 means user cancelled the consent.'",
                ),
            ),
        ),
        {},
    )
    return RedirectErrorCode


def _ApiErrorCode() -> type[CodeEnum]:
    class ApiErrorCode(CodeEnum):
        """API error code: The errorCode of an error answer of Setu's AA Gateway APIs, beside errorMsg: the codes the pages' error tables and examples name, per endpoint, with their HTTP statuses and messages. The OpenAPI file gives errorCode no values and declares every error under HTTP 400.

        Wire field: errorCode (error response of the AA Gateway v2 APIs)."""

        InvalidRequest = "InvalidRequest"
        NotFound = "NotFound"
        InternalServerError = "InternalServerError"

    register(
        ApiErrorCode,
        lambda: (
            CodeSetInfo(
                provider="setu",
                id="api_error_code",
                title="API error code",
                description="The errorCode of an error answer of Setu's AA Gateway APIs, beside errorMsg: the codes the pages' error tables and examples name, per endpoint, with their HTTP statuses and messages. The OpenAPI file gives errorCode no values and declares every error under HTTP 400.",
                field="errorCode (error response of the AA Gateway v2 APIs)",
                sources=(
                    _S["setu-aa-consent-flow"],
                    _S["setu-aa-data-apis"],
                    _S["setu-aa-account-availability"],
                ),
            ),
            (
                CodeInfo(
                    value="InvalidRequest",
                    description="The request is invalid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["setu-aa-consent-flow"],
                        _S["setu-aa-data-apis"],
                        _S["setu-aa-account-availability"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["setu-aa-consent-flow"],
                                _S["setu-aa-data-apis"],
                                _S["setu-aa-account-availability"],
                            ),
                            message="Invalid request body",
                            context="Create consent (POST /v2/consents), Create data session (POST /v2/sessions), Fetch FI data (GET /v2/sessions/{session_id}), Account availability (POST /v2/account-availability)",
                        ),
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["setu-aa-consent-flow"],
                                _S["setu-aa-account-availability"],
                            ),
                            message="Invalid response from upstream",
                            context="Create consent, Get consent, Account availability",
                        ),
                        HttpStatus(
                            status=400,
                            sources=(_S["setu-aa-consent-flow"],),
                            message="Consent has expired",
                            context="Get consent (GET /v2/consents/{request_id})",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/api_error_code/#InvalidRequest",
                    editorial=True,
                    aliases=("Invalid request",),
                    notes="The tables of Get consent, Create data session and Fetch FI data write the code 'Invalid request' (kept as an alias); those of Create consent and Account availability, and every example, InvalidRequest. The examples' messages: 'Consent doesn't belong to same customer id' (Create multi consent), \"Consent '…' is not ready\" and \"Consent '…' has expired\" (Revoke consent), without an HTTP status.",
                ),
                CodeInfo(
                    value="NotFound",
                    description="The consent (or the configuration of the product instance) was not found.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["setu-aa-consent-flow"], _S["setu-aa-data-apis"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["setu-aa-consent-flow"], _S["setu-aa-data-apis"]),
                            message="Consent not found",
                            context="Get consent, Create data session, Fetch FI data; also the examples of Revoke consent and Get last fetch status",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/api_error_code/#NotFound",
                    editorial=True,
                    notes="The Get last fetch status example with a wrong x-product-instance-id: 'Config not found for provided product instance. Please check the product instance id' (no HTTP status given).",
                ),
                CodeInfo(
                    value="InternalServerError",
                    description="An internal server error has occurred, please try again in some time. You can report this to aa@setu.co",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["setu-aa-consent-flow"],
                        _S["setu-aa-data-apis"],
                        _S["setu-aa-account-availability"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(
                                _S["setu-aa-consent-flow"],
                                _S["setu-aa-data-apis"],
                                _S["setu-aa-account-availability"],
                            ),
                            context="Create consent, Get consent, Create data session, Fetch FI data, Account availability",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["setu-aa-consent-flow"],
                                _S["setu-aa-data-apis"],
                                _S["setu-aa-account-availability"],
                            ),
                        ),
                    ),
                    page="reference/setu/api_error_code/#InternalServerError",
                    message="An internal server error has occurred, please try again in some time. You can report this to aa@setu.co",
                ),
            ),
        ),
        {"Invalid request": "InvalidRequest"},
    )
    return ApiErrorCode


def _DataRefreshStatus() -> type[CodeEnum]:
    class DataRefreshStatus(CodeEnum):
        """Data refresh status: The status of a data refresh request (DataRefreshSuccessResponse.status, 'Current status of the data refresh request'), in lower case: the answer of GET /v2/sessions/refresh/{consent_id} (Refresh Data Pull) and POST /v2/sessions/refresh/{consent_id} (Data fetch for custom range). The OpenAPI file gives no text per value: the descriptions are bankcodes' wording.

        Wire field: status (GET and POST /v2/sessions/refresh/{consent_id})."""

        pending = "pending"
        completed = "completed"
        failed = "failed"

    register(
        DataRefreshStatus,
        lambda: (
            CodeSetInfo(
                provider="setu",
                id="data_refresh_status",
                title="Data refresh status",
                description="The status of a data refresh request (DataRefreshSuccessResponse.status, 'Current status of the data refresh request'), in lower case: the answer of GET /v2/sessions/refresh/{consent_id} (Refresh Data Pull) and POST /v2/sessions/refresh/{consent_id} (Data fetch for custom range). The OpenAPI file gives no text per value: the descriptions are bankcodes' wording.",
                field="status (GET and POST /v2/sessions/refresh/{consent_id})",
                sources=(_S["setu-aa-openapi"],),
            ),
            (
                CodeInfo(
                    value="pending",
                    description="The data refresh is in progress.",
                    category=_C.PENDING,
                    sources=(_S["setu-aa-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/setu/data_refresh_status/#pending",
                    editorial=True,
                ),
                CodeInfo(
                    value="completed",
                    description="The data refresh completed.",
                    category=_C.SUCCESS,
                    sources=(_S["setu-aa-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/setu/data_refresh_status/#completed",
                    editorial=True,
                ),
                CodeInfo(
                    value="failed",
                    description="The data refresh failed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["setu-aa-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/setu/data_refresh_status/#failed",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return DataRefreshStatus


def _NotificationType() -> type[CodeEnum]:
    class NotificationType(CodeEnum):
        """Notification type: What a notification (webhook) Setu posts to the FIU's notification endpoint is about: a consent's status, a data session's status, or (with Auto-Fetch) the data fetched or the failure to fetch it.

        Wire field: type (notification body)."""

        CONSENT_STATUS_UPDATE = "CONSENT_STATUS_UPDATE"
        SESSION_STATUS_UPDATE = "SESSION_STATUS_UPDATE"
        FI_DATA_READY = "FI_DATA_READY"
        FI_DATA_FAILED = "FI_DATA_FAILED"

    register(
        NotificationType,
        lambda: (
            CodeSetInfo(
                provider="setu",
                id="notification_type",
                title="Notification type",
                description="What a notification (webhook) Setu posts to the FIU's notification endpoint is about: a consent's status, a data session's status, or (with Auto-Fetch) the data fetched or the failure to fetch it.",
                field="type (notification body)",
                sources=(_S["setu-aa-notifications"], _S["setu-aa-data-apis"]),
            ),
            (
                CodeInfo(
                    value="CONSENT_STATUS_UPDATE",
                    description="This notification is used to communicate the updated status of the consent.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["setu-aa-notifications"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["setu-aa-notifications"],),
                        ),
                    ),
                    page="reference/setu/notification_type/#CONSENT_STATUS_UPDATE",
                ),
                CodeInfo(
                    value="SESSION_STATUS_UPDATE",
                    description="The Financial Information (FI) notification is used to communicate the data session status created by you using the Create Data Session API.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["setu-aa-notifications"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["setu-aa-notifications"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/setu/notification_type/#SESSION_STATUS_UPDATE",
                    notes="The page's bold marks around Create Data Session are left out.",
                ),
                CodeInfo(
                    value="FI_DATA_READY",
                    description="Auto-Fetch fetched the data of an approved consent: the notification carries the data session's status and the data.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["setu-aa-data-apis"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/setu/notification_type/#FI_DATA_READY",
                    editorial=True,
                ),
                CodeInfo(
                    value="FI_DATA_FAILED",
                    description="Auto-Fetch could not fetch the data: the notification carries the error.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["setu-aa-data-apis"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/setu/notification_type/#FI_DATA_FAILED",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return NotificationType


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name)
        for name in (
            "ConsentStatus",
            "DataSessionStatus",
            "FiStatus",
            "FipStatus",
            "NotificationErrorCode",
            "ConsentErrorReason",
            "RedirectErrorCode",
            "ApiErrorCode",
            "DataRefreshStatus",
            "NotificationType",
        )
    )
