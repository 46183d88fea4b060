# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.mx's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, NumericCodeEnum, register
from bankcodes._records import CodeInfo, CodeSetInfo, Equivalent, Lifecycle, Scope, Source, Wording
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.mx")
#: The documents its facts come from, by id.
_S = {
    "mx-widget-statuses": Source(
        id="mx-widget-statuses",
        kind="repo",
        title="MX: Connect widget, connection statuses (src/const/Statuses.js)",
        url="https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/const/Statuses.js",
    ),
    "mx-widget-status-messages": Source(
        id="mx-widget-status-messages",
        kind="repo",
        title="MX: Connect widget, member status messages (src/const/consts.js)",
        url="https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/const/consts.js",
    ),
    "mx-widget-es": Source(
        id="mx-widget-es",
        kind="repo",
        title="MX: Connect widget, Spanish messages (src/const/language/es.json)",
        url="https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/const/language/es.json",
    ),
    "mx-widget-fr-ca": Source(
        id="mx-widget-fr-ca",
        kind="repo",
        title="MX: Connect widget, Canadian French messages (src/const/language/frCa.json)",
        url="https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/const/language/frCa.json",
    ),
    "mx-post-message-definitions": Source(
        id="mx-post-message-definitions",
        kind="repo",
        title="MX: widget postMessage definitions (lib/post_message_definition.yml)",
        url="https://github.com/mxenabled/widget-post-message-definitions/blob/6110b5a654dd83e572cdd1703a7f9dd76b5fdabe/lib/post_message_definition.yml",
    ),
    "mx-post-message-types": Source(
        id="mx-post-message-types",
        kind="repo",
        title="MX: widget postMessage types, generated TypeScript (packages/typescript/src/generated.ts)",
        url="https://github.com/mxenabled/widget-post-message-definitions/blob/6110b5a654dd83e572cdd1703a7f9dd76b5fdabe/packages/typescript/src/generated.ts",
    ),
    "mx-members-overview": Source(
        id="mx-members-overview",
        kind="doc",
        title="MX: members overview (connection statuses)",
        url="https://docs.mx.com/api-reference/nexus/reference/01-members-overview",
    ),
    "mx-important-fields-states": Source(
        id="mx-important-fields-states",
        kind="doc",
        title="MX: important fields and states",
        url="https://docs.mx.com/other/specialized-document-aggregation/important-fields-states",
    ),
    "mx-academy-statuses": Source(
        id="mx-academy-statuses",
        kind="doc",
        title="MX Academy: member connection statuses overview",
        url="https://academy.mx.com/hc/en-us/articles/4708854368525-Member-Connection-Statuses-Overview",
    ),
    "mx-webhooks-connection-status": Source(
        id="mx-webhooks-connection-status",
        kind="doc",
        title="MX: connection status webhooks",
        url="https://docs.mx.com/resources/webhooks/connection-status",
    ),
    "mx-widget-post-message-send": Source(
        id="mx-widget-post-message-send",
        kind="repo",
        title="MX: Connect widget, postMessage sending (src/utilities/PostMessage.js)",
        url="https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/utilities/PostMessage.js",
    ),
    "mx-widget-post-message-names": Source(
        id="mx-widget-post-message-names",
        kind="repo",
        title="MX: Connect widget, postMessage names (src/const/postMessages.js)",
        url="https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/const/postMessages.js",
    ),
    "mx-widget-docs-post-messages": Source(
        id="mx-widget-docs-post-messages",
        kind="repo",
        title="MX: Connect widget, post messages documentation (docs/POST_MESSAGES.md)",
        url="https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/docs/POST_MESSAGES.md",
    ),
    "mx-widget-navigation-header": Source(
        id="mx-widget-navigation-header",
        kind="repo",
        title="MX: Connect widget, navigation header (src/components/ConnectNavigationHeader.js)",
        url="https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/components/ConnectNavigationHeader.js",
    ),
    "mx-widget-connecting": Source(
        id="mx-widget-connecting",
        kind="repo",
        title="MX: Connect widget, connecting step (src/views/connecting/Connecting.js)",
        url="https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/views/connecting/Connecting.js",
    ),
    "mx-widget-credentials": Source(
        id="mx-widget-credentials",
        kind="repo",
        title="MX: Connect widget, credentials step (src/views/credentials/Credentials.js)",
        url="https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/views/credentials/Credentials.js",
    ),
    "mx-widget-login-error": Source(
        id="mx-widget-login-error",
        kind="repo",
        title="MX: Connect widget, login error step (src/views/loginError/LoginError.js)",
        url="https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/views/loginError/LoginError.js",
    ),
    "mx-widget-microdeposits": Source(
        id="mx-widget-microdeposits",
        kind="repo",
        title="MX: Connect widget, micro-deposits flow (src/views/microdeposits/Microdeposits.js)",
        url="https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/views/microdeposits/Microdeposits.js",
    ),
    "mx-widget-microdeposits-routing-number": Source(
        id="mx-widget-microdeposits-routing-number",
        kind="repo",
        title="MX: Connect widget, micro-deposits routing number step (src/views/microdeposits/RoutingNumber.js)",
        url="https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/views/microdeposits/RoutingNumber.js",
    ),
    "mx-widget-microdeposits-confirm-details": Source(
        id="mx-widget-microdeposits-confirm-details",
        kind="repo",
        title="MX: Connect widget, micro-deposits confirm details step (src/views/microdeposits/ConfirmDetails.js)",
        url="https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/views/microdeposits/ConfirmDetails.js",
    ),
    "mx-widget-microdeposits-come-back": Source(
        id="mx-widget-microdeposits-come-back",
        kind="repo",
        title="MX: Connect widget, micro-deposits come back step (src/views/microdeposits/ComeBack.js)",
        url="https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/views/microdeposits/ComeBack.js",
    ),
    "mx-widget-microdeposits-verified": Source(
        id="mx-widget-microdeposits-verified",
        kind="repo",
        title="MX: Connect widget, micro-deposits verified step (src/views/microdeposits/Verified.js)",
        url="https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/views/microdeposits/Verified.js",
    ),
    "mx-widget-microdeposits-errors": Source(
        id="mx-widget-microdeposits-errors",
        kind="repo",
        title="MX: Connect widget, micro-deposits errors step (src/views/microdeposits/MicrodepositErrors.js)",
        url="https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/views/microdeposits/MicrodepositErrors.js",
    ),
    "mx-widget-microdeposits-statuses": Source(
        id="mx-widget-microdeposits-statuses",
        kind="repo",
        title="MX: Connect widget, micro-deposit statuses (src/views/microdeposits/const.js)",
        url="https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/views/microdeposits/const.js",
    ),
    "mx-webhooks-aggregation": Source(
        id="mx-webhooks-aggregation",
        kind="doc",
        title="MX: aggregation webhooks",
        url="https://docs.mx.com/resources/webhooks/aggregation",
        read_in_part="The copy read gives the page's field table, and its example is cut short after transactions_updated_count: the rest of the example and of the page was not read.",
    ),
    "mx-webhooks-balance": Source(
        id="mx-webhooks-balance",
        kind="doc",
        title="MX: balance webhooks",
        url="https://docs.mx.com/resources/webhooks/balance",
    ),
    "mx-webhooks-statements": Source(
        id="mx-webhooks-statements",
        kind="doc",
        title="MX: statement webhooks",
        url="https://docs.mx.com/resources/webhooks/statements",
    ),
    "mx-webhooks-verifications": Source(
        id="mx-webhooks-verifications",
        kind="doc",
        title="MX: verification webhooks",
        url="https://docs.mx.com/resources/webhooks/verifications",
    ),
    "mx-webhooks-initial-data-ready": Source(
        id="mx-webhooks-initial-data-ready",
        kind="doc",
        title="MX: initial data ready webhooks",
        url="https://docs.mx.com/resources/webhooks/initial-data-ready",
    ),
    "mx-webhooks-history-third-party": Source(
        id="mx-webhooks-history-third-party",
        kind="third-party",
        title="FinGoal: History (a copy of MX's history webhook page)",
        url="https://fingoal.notion.site/History-fff3805a4b1d4f3c905b283df2206fde",
    ),
    "mx-widget-connected": Source(
        id="mx-widget-connected",
        kind="repo",
        title="MX: Connect widget, connected step (src/views/connected/Connected.tsx)",
        url="https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c/src/views/connected/Connected.tsx",
    ),
}


def _ConnectionStatus() -> type[NumericCodeEnum]:
    class ConnectionStatus(NumericCodeEnum):
        """Member connection status: Where an MX member's connection stands, as a number: the connection_status_id of a connection status webhook (beside its name in connection_status) the connection_status of the Connect widget's memberStatusUpdate message and the member's connection_status in its memberError messages. The groups are the Connect widget's.

        Wire field: connection_status_id (webhooks); metadata.connection_status (Connect widget memberStatusUpdate messages); metadata.member.connection_status (Connect widget memberError messages)."""

        CREATED = 0
        PREVENTED = 1
        DENIED = 2
        CHALLENGED = 3
        REJECTED = 4
        LOCKED = 5
        CONNECTED = 6
        IMPEDED = 7
        RECONNECTED = 8
        DEGRADED = 9
        DISCONNECTED = 10
        DISCONTINUED = 11
        CLOSED = 12
        DELAYED = 13
        FAILED = 14
        UPDATED = 15
        DISABLED = 16
        IMPORTED = 17
        RESUMED = 18
        EXPIRED = 19
        IMPAIRED = 20
        PENDING = 21

    register(
        ConnectionStatus,
        lambda: (
            CodeSetInfo(
                provider="mx",
                id="connection_status",
                title="Member connection status",
                description="Where an MX member's connection stands, as a number: the connection_status_id of a connection status webhook (beside its name in connection_status) the connection_status of the Connect widget's memberStatusUpdate message and the member's connection_status in its memberError messages. The groups are the Connect widget's.",
                field="connection_status_id (webhooks); metadata.connection_status (Connect widget memberStatusUpdate messages); metadata.member.connection_status (Connect widget memberError messages)",
                states=True,
                sources=(_S["mx-widget-statuses"],),
            ),
            (
                CodeInfo(
                    value="0",
                    description="The member is new and has not yet been aggregated.",
                    category=_C.PENDING,
                    sources=(
                        _S["mx-widget-statuses"],
                        _S["mx-members-overview"],
                        _S["mx-important-fields-states"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    group="processing",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["mx-members-overview"],)
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["mx-widget-statuses"],
                                _S["mx-members-overview"],
                                _S["mx-important-fields-states"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/connection_status/#0",
                    advice="Aggregate the member once the end user logs in; poll for a status update.",
                    notes="MX lists it as a transient state.",
                ),
                CodeInfo(
                    value="1",
                    description="The end user’s entered credentials have failed to connect three times in a row. MX has locked the account to avoid locking the end user out of their account on the financial institution’s website. The end user must reenter their username and password to continue updating their data.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(
                        _S["mx-widget-statuses"],
                        _S["mx-members-overview"],
                        _S["mx-widget-status-messages"],
                        _S["mx-widget-es"],
                        _S["mx-widget-fr-ca"],
                        _S["mx-important-fields-states"],
                        _S["mx-webhooks-connection-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    group="error",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["mx-members-overview"],)
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["mx-widget-status-messages"],),
                        ),
                        Wording(
                            field="user_message_translations",
                            by="provider",
                            sources=(_S["mx-widget-es"], _S["mx-widget-fr-ca"]),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["mx-widget-statuses"],
                                _S["mx-members-overview"],
                                _S["mx-widget-status-messages"],
                                _S["mx-widget-es"],
                                _S["mx-widget-fr-ca"],
                                _S["mx-important-fields-states"],
                                _S["mx-webhooks-connection-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/connection_status/#1",
                    advice="Display end-user message; after end user has updated their credentials, aggregate again.",
                    user_message="The last 3 attempts to connect have failed. Please re-enter your credentials to continue importing data.",
                    user_message_translations={
                        "es": "Los últimos 3 intentos de conexión han fallado. Vuelva a ingresar sus credenciales para continuar importando datos.",
                        "fr-CA": "Les trois dernières tentatives de connexion ont échoué. Veuillez saisir à nouveau vos informations d’identification pour continuer à importer des données.",
                    },
                    notes="MX lists it as an end state that needs a new connection; entering it sends a connection status webhook; MX asks for updated credentials before aggregating again, so it reads as credentials not accepted.",
                ),
                CodeInfo(
                    value="2",
                    description="The credentials provided for the member were invalid.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(
                        _S["mx-widget-statuses"],
                        _S["mx-members-overview"],
                        _S["mx-widget-status-messages"],
                        _S["mx-widget-es"],
                        _S["mx-widget-fr-ca"],
                        _S["mx-important-fields-states"],
                        _S["mx-webhooks-connection-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    group="error",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["mx-members-overview"],)
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["mx-widget-status-messages"],),
                        ),
                        Wording(
                            field="user_message_translations",
                            by="provider",
                            sources=(_S["mx-widget-es"], _S["mx-widget-fr-ca"]),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["mx-widget-statuses"],
                                _S["mx-members-overview"],
                                _S["mx-widget-status-messages"],
                                _S["mx-widget-es"],
                                _S["mx-widget-fr-ca"],
                                _S["mx-important-fields-states"],
                                _S["mx-webhooks-connection-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/connection_status/#2",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="secondary_status",
                            value="INVALID_CREDENTIALS",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="flinks",
                            code_set="api_error_code",
                            value="INVALID_LOGIN",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="flinks",
                            code_set="connect_error_event",
                            value="INVALID_LOGIN",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="argyle",
                            code_set="bank_connection_error",
                            value="invalid_credentials",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="plaid",
                            code_set="error_code",
                            value="INVALID_CREDENTIALS",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="mastercard",
                            code_set="error_code",
                            value="103",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="sdk_failure_reason",
                            value="InvalidCredentials",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="belvo",
                            code_set="error_code",
                            value="login_error",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="pluggy",
                            code_set="execution_error_code",
                            value="INVALID_CREDENTIALS",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="fintoc",
                            code_set="payment_error_reason",
                            value="login_invalid_credentials",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="basiq",
                            code_set="job_result_code",
                            value="invalid-credentials",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                    ),
                    advice="Display end-user message; after end user has updated their credentials, aggregate again.",
                    user_message="The credentials entered do not match those at %1. Please update them to continue.",
                    user_message_translations={
                        "es": "Las credenciales ingresadas no coinciden con las de %1. Actualícelos para continuar.",
                        "fr-CA": "Les informations d’identification saisies ne correspondent pas à celles de %1. Veuillez les mettre à jour pour continuer.",
                    },
                    user_message_offered=False,
                    notes="The Connect widget fills in %1 with the institution's name; MX lists it as an end state that needs a new connection; entering it sends a connection status webhook.",
                ),
                CodeInfo(
                    value="3",
                    description="The connection is waiting for the end user to complete a multifactor authentication (MFA) challenge. This is not an error and will change to an EXPIRED status if the end user fails to complete MFA.",
                    category=_C.MFA_REQUIRED,
                    sources=(
                        _S["mx-widget-statuses"],
                        _S["mx-members-overview"],
                        _S["mx-webhooks-connection-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    group="mfa",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["mx-members-overview"],)
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["mx-widget-statuses"],
                                _S["mx-members-overview"],
                                _S["mx-webhooks-connection-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/connection_status/#3",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="secondary_status",
                            value="MFA_REQUIRED",
                            same="meaning",
                            reason="The connection waits for the customer to answer a multi-factor challenge.",
                        ),
                    ),
                    advice="Display end-user message; follow MFA pathway; after the user answers MFA, poll for a status update.",
                    notes="Entering it sends a connection status webhook.",
                ),
                CodeInfo(
                    value="4",
                    description="An MFA challenge was answered incorrectly.",
                    category=_C.MFA_FAILED,
                    sources=(
                        _S["mx-widget-statuses"],
                        _S["mx-members-overview"],
                        _S["mx-widget-status-messages"],
                        _S["mx-widget-es"],
                        _S["mx-widget-fr-ca"],
                        _S["mx-important-fields-states"],
                        _S["mx-webhooks-connection-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    group="mfa",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["mx-members-overview"],)
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["mx-widget-status-messages"],),
                        ),
                        Wording(
                            field="user_message_translations",
                            by="provider",
                            sources=(_S["mx-widget-es"], _S["mx-widget-fr-ca"]),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["mx-widget-statuses"],
                                _S["mx-members-overview"],
                                _S["mx-widget-status-messages"],
                                _S["mx-widget-es"],
                                _S["mx-widget-fr-ca"],
                                _S["mx-important-fields-states"],
                                _S["mx-webhooks-connection-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/connection_status/#4",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="secondary_status",
                            value="INVALID_MFA",
                            same="meaning",
                            reason="The customer was asked a multi-factor challenge (a one-time code or a security question) and the answer was wrong.",
                        ),
                        Equivalent(
                            provider="flinks",
                            code_set="connect_error_event",
                            value="INVALID_SECURITY_RESPONSE",
                            same="meaning",
                            reason="The customer was asked a multi-factor challenge (a one-time code or a security question) and the answer was wrong.",
                        ),
                        Equivalent(
                            provider="plaid",
                            code_set="error_code",
                            value="INVALID_MFA",
                            same="meaning",
                            reason="The customer was asked a multi-factor challenge (a one-time code or a security question) and the answer was wrong.",
                        ),
                    ),
                    advice="Display end-user message; another challenge may follow or aggregation may need to be restarted.",
                    user_message="The answer or answers provided were incorrect. Please try again.",
                    user_message_translations={
                        "es": "La respuesta o respuestas proporcionadas fueron incorrectas. Inténtelo de nuevo.",
                        "fr-CA": "La/les réponse(s) fournie(s) est/sont erronée(s). Veuillez réessayer.",
                    },
                    notes="MX lists it as an end state that needs a new connection; entering it sends a connection status webhook.",
                ),
                CodeInfo(
                    value="5",
                    description="The financial institution is preventing authentication. The end user must go to the FI’s website or contact the financial institution.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(
                        _S["mx-widget-statuses"],
                        _S["mx-members-overview"],
                        _S["mx-widget-status-messages"],
                        _S["mx-widget-es"],
                        _S["mx-widget-fr-ca"],
                        _S["mx-important-fields-states"],
                        _S["mx-webhooks-connection-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    group="error",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["mx-members-overview"],)
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["mx-widget-status-messages"],),
                        ),
                        Wording(
                            field="user_message_translations",
                            by="provider",
                            sources=(_S["mx-widget-es"], _S["mx-widget-fr-ca"]),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["mx-widget-statuses"],
                                _S["mx-members-overview"],
                                _S["mx-widget-status-messages"],
                                _S["mx-widget-es"],
                                _S["mx-widget-fr-ca"],
                                _S["mx-important-fields-states"],
                                _S["mx-webhooks-connection-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/connection_status/#5",
                    advice="Display end-user message.",
                    user_message="Your account is locked. Please log in to the appropriate website for %1 and follow the steps to resolve the issue.",
                    user_message_translations={
                        "es": "Su cuenta está bloqueada. Inicie sesión en el sitio web apropiado para %1 y siga los pasos para resolver el problema.",
                        "fr-CA": "Votre compte est verrouillé. Veuillez vous connecter au site Web approprié pour %1 et suivre les étapes indiquées pour résoudre ce problème.",
                    },
                    user_message_offered=False,
                    notes="The Connect widget fills in %1 with the institution's name; MX lists it as an end state that needs a new connection; entering it sends a connection status webhook.",
                ),
                CodeInfo(
                    value="6",
                    description="The member connected: its credentials were accepted and its data can be aggregated.",
                    category=_C.SUCCESS,
                    sources=(_S["mx-widget-statuses"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="bankcodes", sources=(_S["mx-widget-statuses"],)
                        ),
                    ),
                    page="reference/mx/connection_status/#6",
                    editorial=True,
                ),
                CodeInfo(
                    value="7",
                    description="The credentials were accepted, but the end user must act at the institution before data can be imported.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(
                        _S["mx-widget-statuses"],
                        _S["mx-widget-status-messages"],
                        _S["mx-widget-es"],
                        _S["mx-widget-fr-ca"],
                        _S["mx-important-fields-states"],
                        _S["mx-webhooks-connection-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    group="error",
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["mx-widget-status-messages"],),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["mx-widget-status-messages"],),
                        ),
                        Wording(
                            field="user_message_translations",
                            by="provider",
                            sources=(_S["mx-widget-es"], _S["mx-widget-fr-ca"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/connection_status/#7",
                    editorial=True,
                    user_message="Your login info was correct, but your attention is needed at %1 before we can proceed. You need to:",
                    user_message_translations={
                        "es": "Su información de inicio de sesión fue correcta, pero su atención es necesaria en %1 antes de que podamos continuar. Necesitas:",
                        "fr-CA": "Vos données de connexion sont correctes, mais vous devez vous occuper de %1 pour nous permettre de continuer. Vous devez\xa0:",
                    },
                    user_message_offered=False,
                    notes="The Connect widget fills in %1 with the institution's name; MX lists it as an end state that needs a new connection; entering it sends a connection status webhook.",
                ),
                CodeInfo(
                    value="8",
                    description="The member connected again and is being processed; the Connect widget shows it as verifying credentials.",
                    category=_C.PENDING,
                    sources=(_S["mx-widget-statuses"],),
                    retryable=False,
                    end_user_can_retry=False,
                    group="processing",
                    wording=(
                        Wording(
                            field="description", by="bankcodes", sources=(_S["mx-widget-statuses"],)
                        ),
                    ),
                    page="reference/mx/connection_status/#8",
                    editorial=True,
                    state="connected",
                    state_reason="The member reconnected and aggregation is running.",
                ),
                CodeInfo(
                    value="9",
                    description="Several attempts to aggregate failed, for example during the institution's website maintenance.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mx-widget-statuses"],
                        _S["mx-widget-status-messages"],
                        _S["mx-widget-es"],
                        _S["mx-widget-fr-ca"],
                        _S["mx-academy-statuses"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    group="error",
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["mx-academy-statuses"], _S["mx-widget-status-messages"]),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["mx-widget-status-messages"],),
                        ),
                        Wording(
                            field="user_message_translations",
                            by="provider",
                            sources=(_S["mx-widget-es"], _S["mx-widget-fr-ca"]),
                        ),
                    ),
                    page="reference/mx/connection_status/#9",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="granular_status_code",
                            value="BANK_MAINTENANCE",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="lean",
                            code_set="granular_status_code",
                            value="BANK_ISSUE",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="flinks",
                            code_set="api_error_code",
                            value="RETRY_LATER",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="argyle",
                            code_set="bank_connection_error",
                            value="temporary_connection_issue",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="plaid",
                            code_set="error_code",
                            value="INSTITUTION_DOWN",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="plaid",
                            code_set="error_code",
                            value="INSTITUTION_NOT_RESPONDING",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="data_api_v3_error",
                            value="Provider Error",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="payments_error",
                            value="Provider Error",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="gocardless",
                            code_set="account_error_type",
                            value="ServiceError",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="gocardless",
                            code_set="account_error_type",
                            value="ConnectionError",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="gocardless",
                            code_set="end_user_error",
                            value="InstitutionTechnicalError",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="stripe",
                            code_set="fc_event_error_code",
                            value="institution_unavailable_planned",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="stripe",
                            code_set="fc_event_error_code",
                            value="institution_unavailable_unplanned",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="stripe",
                            code_set="fc_event_error_code",
                            value="institution_timeout",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="belvo",
                            code_set="error_code",
                            value="institution_down",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                    ),
                    editorial=True,
                    user_message="We are upgrading this connection. Please try again later.",
                    user_message_translations={
                        "es": "Estamos actualizando esta conexión. Inténtelo de nuevo más tarde.",
                        "fr-CA": "Nous effectuons la mise à niveau de cette connexion. Veuillez réessayer plus tard.",
                    },
                    state="degraded",
                    state_reason="Aggregation works partly or slowly.",
                ),
                CodeInfo(
                    value="10",
                    description="Data from the institution cannot be imported because of a problem with the connection, which MX is working on.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mx-widget-statuses"],
                        _S["mx-widget-status-messages"],
                        _S["mx-widget-es"],
                        _S["mx-widget-fr-ca"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    group="error",
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["mx-widget-status-messages"],),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["mx-widget-status-messages"],),
                        ),
                        Wording(
                            field="user_message_translations",
                            by="provider",
                            sources=(_S["mx-widget-es"], _S["mx-widget-fr-ca"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/connection_status/#10",
                    editorial=True,
                    user_message="It looks like your data from %1 cannot be imported. We are working to resolve the issue.",
                    user_message_translations={
                        "es": "Parece que tus datos de %1 no se pueden importar. Estamos trabajando para resolver el problema.",
                        "fr-CA": "Il semble que vos données de %1 ne puissent pas être importées. Nous travaillons pour résoudre ce problème.",
                    },
                    user_message_offered=False,
                    notes="The Connect widget fills in %1 with the institution's name.",
                ),
                CodeInfo(
                    value="11",
                    description="Connections to this institution are no longer supported.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(
                        _S["mx-widget-statuses"],
                        _S["mx-widget-status-messages"],
                        _S["mx-widget-es"],
                        _S["mx-widget-fr-ca"],
                        _S["mx-important-fields-states"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    group="error",
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["mx-widget-status-messages"],),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["mx-widget-status-messages"],),
                        ),
                        Wording(
                            field="user_message_translations",
                            by="provider",
                            sources=(_S["mx-widget-es"], _S["mx-widget-fr-ca"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/connection_status/#11",
                    editorial=True,
                    user_message="Connections to this institution are no longer supported. You may create a manual account and use manual transactions to track data for this account.",
                    user_message_translations={
                        "es": "Las conexiones con esta institución ya no son compatibles. Puede crear una cuenta manual y utilizar transacciones manuales para realizar un seguimiento de los datos de esta cuenta.",
                        "fr-CA": "Les connexions à cette institution ne sont plus prises en charge. Vous pouvez créer un compte manuel et effectuer des transactions manuelles pour réaliser le suivi des données relatives à ce compte.",
                    },
                    notes="MX lists it as an end state that needs a new connection.",
                    state="provider_or_bank_down",
                    state_reason="The connection to the institution was discontinued.",
                ),
                CodeInfo(
                    value="12",
                    description="The connection was closed; the account can only be tracked manually.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["mx-widget-statuses"],
                        _S["mx-widget-status-messages"],
                        _S["mx-widget-es"],
                        _S["mx-widget-fr-ca"],
                        _S["mx-important-fields-states"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    group="error",
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["mx-widget-status-messages"],),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["mx-widget-status-messages"],),
                        ),
                        Wording(
                            field="user_message_translations",
                            by="provider",
                            sources=(_S["mx-widget-es"], _S["mx-widget-fr-ca"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/connection_status/#12",
                    editorial=True,
                    user_message="This connection has been closed. You may track this account manually. If reopened, you may connect the institution again.",
                    user_message_translations={
                        "es": "Esta conexión se ha cerrado. Puede realizar un seguimiento de esta cuenta manualmente. Si se vuelve a abrir, puede volver a conectar la institución.",
                        "fr-CA": "Cette connexion a été fermée. Vous pouvez réaliser le suivi de ce compte manuellement. S’il est rouvert, vous pouvez à nouveau vous connecter à l’institution.",
                    },
                    notes="MX lists it as an end state that needs a new connection.",
                    state="needs_end_user",
                    state_reason="The account is closed at the institution.",
                ),
                CodeInfo(
                    value="13",
                    description="Connecting is taking longer than usual, for reasons outside MX's control such as problems at the institution's website.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mx-widget-statuses"],
                        _S["mx-academy-statuses"],
                        _S["mx-important-fields-states"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    group="error",
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["mx-academy-statuses"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/connection_status/#13",
                    editorial=True,
                    notes="MX lists it as a transient state.",
                    state="degraded",
                    state_reason="Aggregation is taking longer than usual.",
                ),
                CodeInfo(
                    value="14",
                    description="Validating the credentials with the institution failed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["mx-widget-statuses"],
                        _S["mx-widget-status-messages"],
                        _S["mx-widget-es"],
                        _S["mx-widget-fr-ca"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    group="error",
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["mx-widget-status-messages"],),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["mx-widget-status-messages"],),
                        ),
                        Wording(
                            field="user_message_translations",
                            by="provider",
                            sources=(_S["mx-widget-es"], _S["mx-widget-fr-ca"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/connection_status/#14",
                    editorial=True,
                    user_message="There was a problem validating your credentials with %1. Please try again later.",
                    user_message_translations={
                        "es": "Se ha dado un problema al validar las credenciales con %1. Inténtelo de nuevo más tarde.",
                        "fr-CA": "Un problème est survenu pour valider vos informations d’identification avec %1. Veuillez réessayer plus tard.",
                    },
                    user_message_offered=False,
                    notes="The Connect widget fills in %1 with the institution's name.",
                    state="degraded",
                    state_reason="The last aggregation failed.",
                ),
                CodeInfo(
                    value="15",
                    description="The member was updated and is being processed; the Connect widget shows it as verifying credentials.",
                    category=_C.PENDING,
                    sources=(_S["mx-widget-statuses"], _S["mx-important-fields-states"]),
                    retryable=False,
                    end_user_can_retry=False,
                    group="processing",
                    wording=(
                        Wording(
                            field="description", by="bankcodes", sources=(_S["mx-widget-statuses"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/connection_status/#15",
                    editorial=True,
                    notes="MX lists it as a transient state.",
                    state="connected",
                    state_reason="The member's data was updated.",
                ),
                CodeInfo(
                    value="16",
                    description="Importing data from this institution has been disabled.",
                    category=_C.REJECTED,
                    sources=(
                        _S["mx-widget-statuses"],
                        _S["mx-widget-status-messages"],
                        _S["mx-widget-es"],
                        _S["mx-widget-fr-ca"],
                        _S["mx-important-fields-states"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    group="error",
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["mx-widget-status-messages"],),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["mx-widget-status-messages"],),
                        ),
                        Wording(
                            field="user_message_translations",
                            by="provider",
                            sources=(_S["mx-widget-es"], _S["mx-widget-fr-ca"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/connection_status/#16",
                    editorial=True,
                    user_message="Importing data from this institution has been disabled. Please contact us if you believe it has been disabled in error.",
                    user_message_translations={
                        "es": "Se ha deshabilitado la importación de datos desde esta institución. Póngase en contacto con nosotros si cree que se ha desactivado por error.",
                        "fr-CA": "L'importation de données de cette institution a été désactivée. Veuillez nous contacter si vous pensez qu'elle a été désactivée par erreur.",
                    },
                    notes="MX lists it as an end state that needs a new connection.",
                    state="provider_or_bank_down",
                    state_reason="Aggregation is disabled for the institution.",
                ),
                CodeInfo(
                    value="17",
                    description="The end user must authenticate again, entering their credentials, before data can be imported.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["mx-widget-statuses"],
                        _S["mx-widget-status-messages"],
                        _S["mx-widget-es"],
                        _S["mx-widget-fr-ca"],
                        _S["mx-important-fields-states"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    group="error",
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["mx-widget-status-messages"],),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["mx-widget-status-messages"],),
                        ),
                        Wording(
                            field="user_message_translations",
                            by="provider",
                            sources=(_S["mx-widget-es"], _S["mx-widget-fr-ca"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/connection_status/#17",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="data_api_status",
                            value="RECONNECT_REQUIRED",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="argyle",
                            code_set="bank_connection_error",
                            value="token_invalid_or_expired",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="plaid",
                            code_set="error_code",
                            value="ITEM_LOGIN_REQUIRED",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="mx",
                            code_set="connection_status",
                            value="20",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="data_api_error",
                            value="invalid_grant",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="data_api_error",
                            value="access_denied",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="data_api_v3_error",
                            value="Invalid State",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="stripe",
                            code_set="status_details_action",
                            value="relink_required",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="belvo",
                            code_set="webhook_code",
                            value="invalid_credentials",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                    ),
                    editorial=True,
                    user_message="You must re-authenticate before your data can be imported. Please enter your credentials for %1.",
                    user_message_translations={
                        "es": "Debe volver a autenticarse antes de que se puedan importar los datos. Ingrese sus credenciales para %1.",
                        "fr-CA": "Vous devez à nouveau vous identifier pour permettre l'importation de vos données. Veuillez saisir vos informations d'identification pour %1.",
                    },
                    user_message_offered=False,
                    notes="The Connect widget fills in %1 with the institution's name; MX lists it as an end state that needs a new connection.",
                ),
                CodeInfo(
                    value="18",
                    description="The member's processing resumed; the Connect widget shows it as verifying credentials.",
                    category=_C.PENDING,
                    sources=(_S["mx-widget-statuses"], _S["mx-important-fields-states"]),
                    retryable=False,
                    end_user_can_retry=False,
                    group="processing",
                    wording=(
                        Wording(
                            field="description", by="bankcodes", sources=(_S["mx-widget-statuses"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/connection_status/#18",
                    editorial=True,
                    notes="MX lists it as a transient state.",
                ),
                CodeInfo(
                    value="19",
                    description="The MFA answers were not provided within the time the institution allows.",
                    category=_C.SESSION_EXPIRED,
                    sources=(
                        _S["mx-widget-statuses"],
                        _S["mx-widget-status-messages"],
                        _S["mx-widget-es"],
                        _S["mx-widget-fr-ca"],
                        _S["mx-important-fields-states"],
                        _S["mx-webhooks-connection-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    group="error",
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["mx-widget-status-messages"],),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["mx-widget-status-messages"],),
                        ),
                        Wording(
                            field="user_message_translations",
                            by="provider",
                            sources=(_S["mx-widget-es"], _S["mx-widget-fr-ca"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/connection_status/#19",
                    editorial=True,
                    user_message="The answer or answers were not provided in time. Please try again.",
                    user_message_translations={
                        "es": "La respuesta o respuestas no se proporcionaron a tiempo. Inténtelo de nuevo.",
                        "fr-CA": "La/les réponse(s) n'a/n'ont pas été fournie(s) à temps. Veuillez réessayer.",
                    },
                    notes="MX lists it as an end state that needs a new connection; entering it sends a connection status webhook.",
                ),
                CodeInfo(
                    value="20",
                    description="The end user must enter their credentials again before data can be imported.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["mx-widget-statuses"],
                        _S["mx-widget-status-messages"],
                        _S["mx-widget-es"],
                        _S["mx-widget-fr-ca"],
                        _S["mx-important-fields-states"],
                        _S["mx-webhooks-connection-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    group="error",
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["mx-widget-status-messages"],),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["mx-widget-status-messages"],),
                        ),
                        Wording(
                            field="user_message_translations",
                            by="provider",
                            sources=(_S["mx-widget-es"], _S["mx-widget-fr-ca"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/connection_status/#20",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="data_api_status",
                            value="RECONNECT_REQUIRED",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="argyle",
                            code_set="bank_connection_error",
                            value="token_invalid_or_expired",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="plaid",
                            code_set="error_code",
                            value="ITEM_LOGIN_REQUIRED",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="mx",
                            code_set="connection_status",
                            value="17",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="data_api_error",
                            value="invalid_grant",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="data_api_error",
                            value="access_denied",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="data_api_v3_error",
                            value="Invalid State",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="stripe",
                            code_set="status_details_action",
                            value="relink_required",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="belvo",
                            code_set="webhook_code",
                            value="invalid_credentials",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                    ),
                    editorial=True,
                    user_message="You must re-authenticate before your data can be imported. Please enter your credentials for %1.",
                    user_message_translations={
                        "es": "Debe volver a autenticarse antes de que se puedan importar los datos. Ingrese sus credenciales para %1.",
                        "fr-CA": "Vous devez à nouveau vous identifier pour permettre l'importation de vos données. Veuillez saisir vos informations d'identification pour %1.",
                    },
                    user_message_offered=False,
                    notes="The Connect widget fills in %1 with the institution's name; MX lists it as an end state that needs a new connection; entering it sends a connection status webhook.",
                ),
                CodeInfo(
                    value="21",
                    description="A status the Connect widget lists with no text of its own; nothing MX publishes describes it.",
                    category=_C.PENDING,
                    sources=(_S["mx-widget-statuses"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="bankcodes", sources=(_S["mx-widget-statuses"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/connection_status/#21",
                    editorial=True,
                    notes="Read as still in progress.",
                ),
            ),
        ),
        {},
    )
    return ConnectionStatus


def _WebhookType() -> type[CodeEnum]:
    class WebhookType(CodeEnum):
        """Webhook type: The type of an MX webhook. MX's webhook pages name the values of type and add that "additional values may be added at any time": the list is open, and a type the catalog does not know is read as unknown.

        Wire field: type."""

        CONNECTION_STATUS = "CONNECTION_STATUS"
        AGGREGATION = "AGGREGATION"
        BALANCE = "BALANCE"
        HISTORY = "HISTORY"
        STATEMENT = "STATEMENT"
        VERIFICATION = "VERIFICATION"
        initial_data_ready = "initial_data_ready"

    register(
        WebhookType,
        lambda: (
            CodeSetInfo(
                provider="mx",
                id="webhook_type",
                title="Webhook type",
                description='The type of an MX webhook. MX\'s webhook pages name the values of type and add that "additional values may be added at any time": the list is open, and a type the catalog does not know is read as unknown.',
                field="type",
                sources=(
                    _S["mx-webhooks-connection-status"],
                    _S["mx-webhooks-aggregation"],
                    _S["mx-webhooks-balance"],
                    _S["mx-webhooks-statements"],
                    _S["mx-webhooks-verifications"],
                    _S["mx-webhooks-initial-data-ready"],
                ),
            ),
            (
                CodeInfo(
                    value="CONNECTION_STATUS",
                    description="Connection status webhooks notify you whenever a member's connection_status field enters into an end-user-actionable state.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mx-webhooks-connection-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mx-webhooks-connection-status"],),
                        ),
                    ),
                    page="reference/mx/webhook_type/#CONNECTION_STATUS",
                ),
                CodeInfo(
                    value="AGGREGATION",
                    description="Aggregation webhooks notify you when any new data is available after a successful aggregation.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["mx-webhooks-aggregation"],
                        _S["mx-webhooks-balance"],
                        _S["mx-webhooks-statements"],
                        _S["mx-webhooks-verifications"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mx-webhooks-aggregation"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/webhook_type/#AGGREGATION",
                    notes="Sent with action member_data_updated and the counts of created and updated transactions. Its body is modelled from the page's field table; the page's example is cut short in the copy read (after transactions_updated_count), so the catalog holds no example of it.",
                ),
                CodeInfo(
                    value="BALANCE",
                    description="Balance webhooks notify you when any new data is available after a successful balance fetch.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["mx-webhooks-balance"],
                        _S["mx-webhooks-aggregation"],
                        _S["mx-webhooks-statements"],
                        _S["mx-webhooks-verifications"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["mx-webhooks-balance"],)
                        ),
                    ),
                    page="reference/mx/webhook_type/#BALANCE",
                ),
                CodeInfo(
                    value="HISTORY",
                    description="New data is available after a successful history fetch.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["mx-webhooks-aggregation"],
                        _S["mx-webhooks-balance"],
                        _S["mx-webhooks-statements"],
                        _S["mx-webhooks-verifications"],
                        _S["mx-webhooks-history-third-party"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["mx-webhooks-history-third-party"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/webhook_type/#HISTORY",
                    editorial=True,
                    notes="MX's aggregation, balance, statement and verification pages list HISTORY among the values of type. MX's own History webhook page could not be read, so its body is not modelled: a HISTORY webhook is read by the fields every MX webhook has. A third-party copy of that page shows a body with action member_data_updated and counts of created and updated transactions.",
                ),
                CodeInfo(
                    value="STATEMENT",
                    description="Statement webhooks notify you when any new data is available after a successful statement fetch.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["mx-webhooks-statements"],
                        _S["mx-webhooks-aggregation"],
                        _S["mx-webhooks-balance"],
                        _S["mx-webhooks-verifications"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mx-webhooks-statements"],),
                        ),
                    ),
                    page="reference/mx/webhook_type/#STATEMENT",
                ),
                CodeInfo(
                    value="VERIFICATION",
                    description="Verification webhooks notify you when a member verification is successful.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mx-webhooks-verifications"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mx-webhooks-verifications"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/webhook_type/#VERIFICATION",
                    notes="Only MX's verification page lists this value beside the other four.",
                ),
                CodeInfo(
                    value="initial_data_ready",
                    description="Triggered when some initial data you requested has aggregated and is ready for retrieval.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mx-webhooks-initial-data-ready"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(doc_versions=("Platform API 20250224",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mx-webhooks-initial-data-ready"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/webhook_type/#initial_data_ready",
                    notes="MX's page says it applies only with Platform API version 20250224. Its body has no action: it carries the webhook's own guid, client_guid, member_guid and user_guid.",
                ),
            ),
        ),
        {},
    )
    return WebhookType


def _PostMessageType() -> type[CodeEnum]:
    class PostMessageType(CodeEnum):
        """Widget postMessage type: The type of a message an MX widget posts to the page that embeds it ("mx/" and the event's name).

        Wire field: type."""

        LOAD = "mx/load"
        PING = "mx/ping"
        NAVIGATION = "mx/navigation"
        FOCUSTRAP = "mx/focusTrap"
        CLIENT_OAUTHCOMPLETE = "mx/client/oauthComplete"
        CONNECT_LOADED = "mx/connect/loaded"
        CONNECT_ENTERCREDENTIALS = "mx/connect/enterCredentials"
        CONNECT_INSTITUTIONSEARCH = "mx/connect/institutionSearch"
        CONNECT_SELECTEDINSTITUTION = "mx/connect/selectedInstitution"
        CONNECT_MEMBERCONNECTED = "mx/connect/memberConnected"
        CONNECT_CONNECTED_PRIMARYACTION = "mx/connect/connected/primaryAction"
        CONNECT_MEMBERDELETED = "mx/connect/memberDeleted"
        CONNECT_CREATEMEMBERERROR = "mx/connect/createMemberError"
        CONNECT_MEMBERSTATUSUPDATE = "mx/connect/memberStatusUpdate"
        CONNECT_OAUTHERROR = "mx/connect/oauthError"
        CONNECT_OAUTHREQUESTED = "mx/connect/oauthRequested"
        CONNECT_STEPCHANGE = "mx/connect/stepChange"
        CONNECT_SUBMITMFA = "mx/connect/submitMFA"
        CONNECT_UPDATECREDENTIALS = "mx/connect/updateCredentials"
        CONNECT_BACKTOSEARCH = "mx/connect/backToSearch"
        CONNECT_INVALIDDATA = "mx/connect/invalidData"
        CONNECT_INVALIDDATA_PRIMARYACTION = "mx/connect/invalidData/primaryAction"
        PULSE_OVERDRAFTWARNING_CTA_TRANSFERFUNDS = "mx/pulse/overdraftWarning/cta/transferFunds"
        ACCOUNT_CREATED = "mx/account/created"
        CONNECT_BACKBUTTONCLICKED = "mx/connect/backButtonClicked"
        CONNECT_INITIALDATAREADY = "mx/connect/initialDataReady"
        CONNECT_MEMBERERROR = "mx/connect/memberError"
        CONNECT_MEMBERERROR_PRIMARYACTION = "mx/connect/memberError/primaryAction"
        CONNECT_MICRODEPOSITS_LOADED = "mx/connect/microdeposits/loaded"
        CONNECT_MICRODEPOSITS_DETAILSSUBMITTED = "mx/connect/microdeposits/detailsSubmitted"
        CONNECT_MICRODEPOSITS_VERIFIED = "mx/connect/microdeposits/verified"
        CONNECT_MICRODEPOSITS_VERIFIED_PRIMARYACTION = (
            "mx/connect/microdeposits/verified/primaryAction"
        )
        CONNECT_MICRODEPOSITS_COMEBACK_PRIMARYACTION = (
            "mx/connect/microdeposits/comeBack/primaryAction"
        )
        CONNECT_MICRODEPOSITS_ERROR_PRIMARYACTION = "mx/connect/microdeposits/error/primaryAction"
        CONNECT_MICRODEPOSITS_BLOCKEDROUTINGNUMBER = "mx/connect/microdeposits/blockedRoutingNumber"

    register(
        PostMessageType,
        lambda: (
            CodeSetInfo(
                provider="mx",
                id="postmessage_type",
                title="Widget postMessage type",
                description='The type of a message an MX widget posts to the page that embeds it ("mx/" and the event\'s name).',
                field="type",
                sources=(_S["mx-post-message-definitions"], _S["mx-post-message-types"]),
            ),
            (
                CodeInfo(
                    value="mx/load",
                    description="The widget loaded.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mx-post-message-definitions"], _S["mx-post-message-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/mx/postmessage_type/#LOAD",
                    editorial=True,
                ),
                CodeInfo(
                    value="mx/ping",
                    description="The widget's periodic signal that the session is alive.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mx-post-message-definitions"], _S["mx-post-message-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/mx/postmessage_type/#PING",
                    editorial=True,
                ),
                CodeInfo(
                    value="mx/navigation",
                    description="The end user navigated inside the widget (did_go_back says whether it went back).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mx-post-message-definitions"], _S["mx-post-message-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/postmessage_type/#NAVIGATION",
                    editorial=True,
                    notes="The definitions mark it as undocumented.",
                ),
                CodeInfo(
                    value="mx/focusTrap",
                    description="The widget's focus trap changed.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mx-post-message-definitions"], _S["mx-post-message-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/mx/postmessage_type/#FOCUSTRAP",
                    editorial=True,
                ),
                CodeInfo(
                    value="mx/client/oauthComplete",
                    description="An OAuth flow completed (its URL).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mx-post-message-definitions"], _S["mx-post-message-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/postmessage_type/#CLIENT_OAUTHCOMPLETE",
                    editorial=True,
                    notes="The definitions mark it as undocumented.",
                ),
                CodeInfo(
                    value="mx/connect/loaded",
                    description="The Connect widget loaded, at its initial step.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mx-post-message-definitions"], _S["mx-post-message-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/mx/postmessage_type/#CONNECT_LOADED",
                    editorial=True,
                ),
                CodeInfo(
                    value="mx/connect/enterCredentials",
                    description="The end user was asked to enter credentials for an institution.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mx-post-message-definitions"], _S["mx-post-message-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/mx/postmessage_type/#CONNECT_ENTERCREDENTIALS",
                    editorial=True,
                ),
                CodeInfo(
                    value="mx/connect/institutionSearch",
                    description="The end user searched for an institution.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mx-post-message-definitions"], _S["mx-post-message-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/mx/postmessage_type/#CONNECT_INSTITUTIONSEARCH",
                    editorial=True,
                ),
                CodeInfo(
                    value="mx/connect/selectedInstitution",
                    description="The end user selected an institution.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mx-post-message-definitions"], _S["mx-post-message-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/mx/postmessage_type/#CONNECT_SELECTEDINSTITUTION",
                    editorial=True,
                ),
                CodeInfo(
                    value="mx/connect/memberConnected",
                    description="A member connected.",
                    category=_C.SUCCESS,
                    sources=(_S["mx-post-message-definitions"], _S["mx-post-message-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/mx/postmessage_type/#CONNECT_MEMBERCONNECTED",
                    editorial=True,
                ),
                CodeInfo(
                    value="mx/connect/connected/primaryAction",
                    description="The end user chose the primary action after connecting.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["mx-post-message-definitions"],
                        _S["mx-post-message-types"],
                        _S["mx-widget-connected"],
                        _S["mx-widget-docs-post-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/postmessage_type/#CONNECT_CONNECTED_PRIMARYACTION",
                    editorial=True,
                    aliases=("mx/connect/memberConnected/primaryAction",),
                    notes='The widget sends it from its connected step when the end user chooses Done (src/views/connected/Connected.tsx), then mx/connect/backToSearch. The widget\'s docs/POST_MESSAGES.md spells it mx/connect/memberConnected/primaryAction ("Triggered when the user clicks the primary button on the member connected step.", with no data), kept as its alias.',
                ),
                CodeInfo(
                    value="mx/connect/memberDeleted",
                    description="A member was deleted.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mx-post-message-definitions"], _S["mx-post-message-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/mx/postmessage_type/#CONNECT_MEMBERDELETED",
                    editorial=True,
                ),
                CodeInfo(
                    value="mx/connect/createMemberError",
                    description="Creating a member failed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mx-post-message-definitions"], _S["mx-post-message-types"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/mx/postmessage_type/#CONNECT_CREATEMEMBERERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="mx/connect/memberStatusUpdate",
                    description="A member's connection status changed (a number: see the connection statuses).",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["mx-post-message-definitions"],
                        _S["mx-post-message-types"],
                        _S["mx-widget-connecting"],
                        _S["mx-widget-docs-post-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/postmessage_type/#CONNECT_MEMBERSTATUSUPDATE",
                    editorial=True,
                    aliases=("mx/connect/memberStatusUpdated",),
                    notes="The widget sends it from its connecting step (src/views/connecting/Connecting.js: connect/memberStatusUpdate) with the member's guid and numeric connection_status. The widget's docs/POST_MESSAGES.md spells it mx/connect/memberStatusUpdated (\"Triggers when a members connection status has changed while connecting.\"), with the same data: kept as its alias.",
                ),
                CodeInfo(
                    value="mx/connect/oauthError",
                    description="An OAuth connection failed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mx-post-message-definitions"], _S["mx-post-message-types"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/mx/postmessage_type/#CONNECT_OAUTHERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="mx/connect/oauthRequested",
                    description="The widget asks the app to open an OAuth URL.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mx-post-message-definitions"], _S["mx-post-message-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/mx/postmessage_type/#CONNECT_OAUTHREQUESTED",
                    editorial=True,
                ),
                CodeInfo(
                    value="mx/connect/stepChange",
                    description="The widget moved from one step to another.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mx-post-message-definitions"], _S["mx-post-message-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/mx/postmessage_type/#CONNECT_STEPCHANGE",
                    editorial=True,
                ),
                CodeInfo(
                    value="mx/connect/submitMFA",
                    description="The end user submitted MFA answers.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mx-post-message-definitions"], _S["mx-post-message-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/mx/postmessage_type/#CONNECT_SUBMITMFA",
                    editorial=True,
                ),
                CodeInfo(
                    value="mx/connect/updateCredentials",
                    description="The end user was asked to update credentials.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mx-post-message-definitions"], _S["mx-post-message-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/mx/postmessage_type/#CONNECT_UPDATECREDENTIALS",
                    editorial=True,
                ),
                CodeInfo(
                    value="mx/connect/backToSearch",
                    description="The end user went back to the institution search.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mx-post-message-definitions"], _S["mx-post-message-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/mx/postmessage_type/#CONNECT_BACKTOSEARCH",
                    editorial=True,
                ),
                CodeInfo(
                    value="mx/connect/invalidData",
                    description="A member's data was found invalid (a numeric code).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mx-post-message-definitions"], _S["mx-post-message-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/mx/postmessage_type/#CONNECT_INVALIDDATA",
                    editorial=True,
                ),
                CodeInfo(
                    value="mx/connect/invalidData/primaryAction",
                    description='Triggered when the user clicks the "Try again" option on the invalid data step.',
                    category=_C.INFORMATIONAL,
                    sources=(_S["mx-widget-docs-post-messages"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mx-widget-docs-post-messages"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/postmessage_type/#CONNECT_INVALIDDATA_PRIMARYACTION",
                    notes="Listed, with the member's guid as its data, in the widget's docs/POST_MESSAGES.md at 10780353; no onPostMessage call in the widget's src/ at that commit sends it, and the definitions repository (post_message_definition.yml at 6110b5a) does not list it.",
                ),
                CodeInfo(
                    value="mx/pulse/overdraftWarning/cta/transferFunds",
                    description="The Pulse widget's overdraft warning asks to transfer funds.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mx-post-message-definitions"], _S["mx-post-message-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/mx/postmessage_type/#PULSE_OVERDRAFTWARNING_CTA_TRANSFERFUNDS",
                    editorial=True,
                ),
                CodeInfo(
                    value="mx/account/created",
                    description="An account was created.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mx-post-message-definitions"], _S["mx-post-message-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/mx/postmessage_type/#ACCOUNT_CREATED",
                    editorial=True,
                ),
                CodeInfo(
                    value="mx/connect/backButtonClicked",
                    description="The end user chose the back button the widget shows at its first step when its show_back_button option is set.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mx-widget-navigation-header"], _S["mx-widget-post-message-send"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/postmessage_type/#CONNECT_BACKBUTTONCLICKED",
                    editorial=True,
                    notes="Sent with no data. docs/POST_MESSAGES.md and the definitions repository do not list it.",
                ),
                CodeInfo(
                    value="mx/connect/initialDataReady",
                    description="Triggers when the initial data for a job on a member is complete and ready for use.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["mx-widget-connecting"],
                        _S["mx-widget-docs-post-messages"],
                        _S["mx-widget-post-message-send"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note='The widget\'s source marks the call deprecated ("Deprecated: send initial data ready post message Oct 17, 2025", src/views/connecting/Connecting.js) and still sends it at commit 10780353.',
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mx-widget-docs-post-messages"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/postmessage_type/#CONNECT_INITIALDATAREADY",
                    notes="Sent from the connecting step with the member's guid.",
                ),
                CodeInfo(
                    value="mx/connect/memberError",
                    description="Triggers when a member has encountered an error state.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["mx-widget-login-error"],
                        _S["mx-widget-credentials"],
                        _S["mx-widget-docs-post-messages"],
                        _S["mx-widget-post-message-send"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mx-widget-docs-post-messages"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/postmessage_type/#CONNECT_MEMBERERROR",
                    notes="Sent by the login error step, and by the credentials step when the member's status is DENIED; its metadata carries the member's guid and numeric connection status (metadata.member.connection_status), which decides the outcome.",
                ),
                CodeInfo(
                    value="mx/connect/memberError/primaryAction",
                    description="The end user chose the primary action of the login error step; the message names the member and its connection status.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mx-widget-login-error"], _S["mx-widget-post-message-send"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/postmessage_type/#CONNECT_MEMBERERROR_PRIMARYACTION",
                    editorial=True,
                    notes="The widget then sends mx/connect/backToSearch. docs/POST_MESSAGES.md and the definitions repository do not list it.",
                ),
                CodeInfo(
                    value="mx/connect/microdeposits/loaded",
                    description="The micro-deposits flow loaded, at its initial view.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mx-widget-microdeposits"], _S["mx-widget-post-message-send"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/postmessage_type/#CONNECT_MICRODEPOSITS_LOADED",
                    editorial=True,
                    notes="initial_step is one of the flow's view names (routingNumber for a new micro-deposit; else the view of the existing micro-deposit's status). docs/POST_MESSAGES.md and the definitions repository do not list the micro-deposits messages.",
                ),
                CodeInfo(
                    value="mx/connect/microdeposits/detailsSubmitted",
                    description="The account details for micro-deposits were submitted and the micro-deposit was created or updated.",
                    category=_C.PENDING,
                    sources=(
                        _S["mx-widget-microdeposits-confirm-details"],
                        _S["mx-widget-post-message-names"],
                        _S["mx-widget-post-message-send"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/postmessage_type/#CONNECT_MICRODEPOSITS_DETAILSSUBMITTED",
                    editorial=True,
                    notes="The deposits arrive in the account days later, when the end user comes back to verify their amounts: read as pending.",
                ),
                CodeInfo(
                    value="mx/connect/microdeposits/verified",
                    description="The micro-deposits were verified.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["mx-widget-microdeposits-verified"],
                        _S["mx-widget-post-message-names"],
                        _S["mx-widget-post-message-send"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/postmessage_type/#CONNECT_MICRODEPOSITS_VERIFIED",
                    editorial=True,
                    notes="Sent when the widget shows its Deposits verified step.",
                ),
                CodeInfo(
                    value="mx/connect/microdeposits/verified/primaryAction",
                    description="The end user chose Continue on the step that says the micro-deposits were verified.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["mx-widget-microdeposits-verified"],
                        _S["mx-widget-post-message-send"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/postmessage_type/#CONNECT_MICRODEPOSITS_VERIFIED_PRIMARYACTION",
                    editorial=True,
                    notes="Sent with no data; the widget then sends mx/connect/backToSearch.",
                ),
                CodeInfo(
                    value="mx/connect/microdeposits/comeBack/primaryAction",
                    description="The end user chose Done on the step that asks them to come back once the micro-deposits have arrived.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["mx-widget-microdeposits-come-back"],
                        _S["mx-widget-post-message-send"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/postmessage_type/#CONNECT_MICRODEPOSITS_COMEBACK_PRIMARYACTION",
                    editorial=True,
                    notes="The widget then sends mx/connect/backToSearch.",
                ),
                CodeInfo(
                    value="mx/connect/microdeposits/error/primaryAction",
                    description="The end user chose the primary action of the micro-deposits error step, for a micro-deposit that was prevented or rejected.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["mx-widget-microdeposits-errors"],
                        _S["mx-widget-microdeposits-statuses"],
                        _S["mx-widget-post-message-send"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/postmessage_type/#CONNECT_MICRODEPOSITS_ERROR_PRIMARYACTION",
                    editorial=True,
                    notes="Sent only for a micro-deposit whose status is PREVENTED or REJECTED, named in metadata.status; the widget then sends mx/connect/backToSearch.",
                ),
                CodeInfo(
                    value="mx/connect/microdeposits/blockedRoutingNumber",
                    description="The routing number the end user entered is blocked for micro-deposits.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(
                        _S["mx-widget-microdeposits-routing-number"],
                        _S["mx-widget-post-message-send"],
                        _S["mx-widget-microdeposits-statuses"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mx/postmessage_type/#CONNECT_MICRODEPOSITS_BLOCKEDROUTINGNUMBER",
                    editorial=True,
                    notes="Sent when MX's routing number check answers with a block; metadata.reason is the check's reason_name, one of the reasons the widget's src/views/microdeposits/const.js names in BLOCKED_REASONS (INVALID, BLOCKED, CLIENT_BLOCKED and IAV_PREFERRED, numbered 0 to 3). Unless the block's reason is IAV_PREFERRED, the widget then tells the end user \"Institution is not supported for microdeposit verification.\"; with IAV_PREFERRED it looks up institutions for the routing number and lets the end user connect one if it finds any. Read as an institution not supported.",
                ),
            ),
        ),
        {
            "mx/connect/memberConnected/primaryAction": "mx/connect/connected/primaryAction",
            "mx/connect/memberStatusUpdated": "mx/connect/memberStatusUpdate",
        },
    )
    return PostMessageType


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name) for name in ("ConnectionStatus", "WebhookType", "PostMessageType")
    )
