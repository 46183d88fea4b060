"""Belvo, read from its own pages (saved copies retrieved 2026-11-25; most are cut, as said beside
each fact): the response-code table and the error body of developers.belvo.com/developer_resources/
resources-belvo-api-errors.md and .../apis/belvoopenapispec/section/introduction/error-handling,
the "Errores 40x" section of .../es/apis/belvoopenapispec/section/introduccion/errores-40x, the
help-center error table of support.belvo.com/hc/pt-br/articles/4406498355613 (cut inside the
institution_down row), the Link schema (.../apis/belvoopenapispec/links/link), the webhook pages
(.../docs/webhook-accounts, webhook-transactions, webhook-links, .../docs/webhooks, .../developer_
resources/resources-webhooks-aggregation, .../docs/payments-webhooks, .../developer_resources/
resources-webhooks-payments-brazil.md, .../docs/ofpi-webhooks, .../docs/webhooks-payments-colombia),
the Payments Brazil codes page (.../products/payments_brazil/payments-brazil-codes-and-messages:
its V2 status_reason_code table and its V1 failure_code table), the Charge states
(.../docs/charge-model-and-states-ofpi) and the Mexico direct-debit failures (.../products/
payments_mexico/direct-debit-bank-errors, and the older .../docs/direct-debit-errors). Belvo signs
no webhook: it sends an Authorization value the integrator registered ("Basic" and a base64
username:password, or "Bearer" and a token). Expected values are typed from those pages."""

from __future__ import annotations

import json
from typing import Any

import pytest

import bankcodes
from bankcodes import (
    AnyCode,
    Category,
    ConfigurationError,
    UnknownCode,
    belvo,
    payloads,
    signatures,
)
from bankcodes.delivery import DELIVERY
from tests.support.helpers import spec_data

BELVO = "https://developers.belvo.com"

# --- Published bodies, typed from the pages (Belvo's `// comments` left out: JSON has none) ---

#: .../docs/webhook-accounts, "Historical update".
ACCOUNTS_HISTORICAL: dict[str, Any] = {
    "webhook_id": "aadf41a1fc8e4f79a49f7f04027ac999",
    "webhook_type": "ACCOUNTS",
    "process_type": "historical_update",
    "webhook_code": "historical_update",
    "link_id": "16f68516-bcbc-4cf7-b815-c500d4204e28",
    "request_id": "4363b08b-51eb-4350-9c74-5df5ac92a7f6",
    "external_id": "your_external_id",
    "data": {"total_accounts": 5},
}

#: .../docs/webhook-accounts, "New accounts available".
ACCOUNTS_NEW: dict[str, Any] = {
    "webhook_id": "aadf41a1fc8e4f79a49f7f04027ac999",
    "webhook_type": "ACCOUNTS",
    "process_type": "recurrent_update",
    "webhook_code": "new_accounts_available",
    "link_id": "16f68516-bcbc-4cf7-b815-c500d4204e28",
    "request_id": "4363b08b-51eb-4350-9c74-5df5ac92a7f6",
    "external_id": "your_external_id",
    "data": {"new_accounts": 1},
}

#: .../docs/webhook-transactions, "Historical update".
TRANSACTIONS_HISTORICAL: dict[str, Any] = {
    "webhook_id": "aadf41a1fc8e4f79a49f7f04027ac999",
    "webhook_type": "TRANSACTIONS",
    "process_type": "historical_update",
    "webhook_code": "historical_update",
    "link_id": "16f68516-bcbc-4cf7-b815-c500d4204e28",
    "request_id": "4363b08b-51eb-4350-9c74-5df5ac92a7f6",
    "external_id": "your_external_id",
    "data": {
        "total_transactions": 19,
        "total_inflow_transactions": 10,
        "total_outflow_transactions": 9,
        "first_transaction_date": "2017-01-03",
        "last_transaction_date": "2020-03-25",
    },
}

#: .../docs/webhook-links, "Invalid credentials".
LINK_INVALID_CREDENTIALS: dict[str, Any] = {
    "webhook_id": "aadf41a1fc8e4f79a49f7f04027ac999",
    "webhook_type": "LINK",
    "process_type": "recurrent_update",
    "webhook_code": "invalid_credentials",
    "link_id": "16f68516-bcbc-4cf7-b815-c500d4204e28",
    "request_id": "4363b08b-51eb-4350-9c74-5df5ac92a7f6",
    "external_id": "your_external_id",
    "data": {
        "error_code": "login_error",
        "error_message": "Invalid credentials provided to login to the institution",
        "status": 400,
    },
}

#: .../docs/payments-webhooks (Brazil), the core payload (its trailing comma after end_to_end_id
#: left out too).
PAYMENT_INTENT_FAILED: dict[str, Any] = {
    "webhook_id": "3b9a69f7-0f0a-455b-832d-49ad6fd4905c",
    "webhook_type": "PAYMENT_INTENTS",
    "webhook_code": "STATUS_UPDATE",
    "object_id": "d2e40773-19f6-48d1-93c3-3590ec0c74df",
    "external_id": "c3c51aaf-aaa3-400c-926d-87ab62e195fd",
    "data": {
        "status": "FAILED",
        "metadata": {"internal_reference_id": "GGq12345w2"},
        "failure_code": "consent_expired",
        "failure_message": "The payment consent was not accepted in time.",
        "end_to_end_id": "E432158152024081610416f2b595b056",
    },
}

#: .../docs/webhooks-payments-colombia, the core payload ("Contents of the webhook" comment in
#: data left out).
COLOMBIA_CORE: dict[str, Any] = {
    "webhook_id": "aadf41a1fc8e4f79a49f7f04027ac999",
    "webhook_type": "TRANSACTIONS",
    "webhook_code": "STATUS_UPDATE",
    "object_id": "16f68516-bcbc-4cf7-b815-c500d4204e28",
    "data": {},
}

#: .../apis/belvoopenapispec/section/introduction/error-handling (and "Example of a 400 Bad
#: Request error" on the errors page): the body is a JSON list of error objects.
API_ERROR_BODY: list[dict[str, Any]] = [
    {
        "request_id": "a6e1c493d7a29d91aed4338e6fcf077d",
        "message": "This field is required.",
        "code": "required",
        "field": "link",
    }
]

#: Each webhook body, the path of the code that decides it and that code. A LINK webhook's
#: data.error_code is "Webhook event error" (the error itself), a payment's data.failure_code the
#: failure: each says more than the webhook_code that names the event.
WEBHOOKS: list[tuple[dict[str, Any], str, AnyCode]] = [
    (ACCOUNTS_HISTORICAL, "$.webhook_code", belvo.WebhookCode.historical_update),
    (ACCOUNTS_NEW, "$.webhook_code", belvo.WebhookCode.new_accounts_available),
    (TRANSACTIONS_HISTORICAL, "$.webhook_code", belvo.WebhookCode.historical_update),
    (LINK_INVALID_CREDENTIALS, "$.data.error_code", belvo.ErrorCode.login_error),
    (PAYMENT_INTENT_FAILED, "$.data.failure_code", belvo.PaymentFailureCode.consent_expired),
    (COLOMBIA_CORE, "$.webhook_code", belvo.WebhookCode.STATUS_UPDATE),
]


# --- API error codes ---

#: The only error codes Belvo's readable pages publish: `required` (the error-handling example,
#: "Example of a 400 Bad Request error"), `login_error` (the LINK webhook's data.error_code with
#: data.status 400), and the help-center table's rows up to where its copy is cut (HTTP código,
#: API Código de Erro, Descrição default). The full error-code table of the errors page lies
#: beyond every saved copy.
ERROR_CODES: dict[str, tuple[int, str | None]] = {
    "required": (400, "This field is required."),
    "login_error": (400, "Invalid credentials provided to login to the institution"),
    "unexpected_error": (
        500,
        "Belvo is unable to process the request due to an internal system issue or to an "
        "unsupported response from an institution",
    ),
    "activation_failed": (
        400,
        "The credentials provided were not accepted by the institution. Please verify CVV and "
        "PIN are correct.",
    ),
    # The help-center copy ends inside this row: "The financial institution is down,
    "institution_down": (400, None),
}


def test_the_error_codes_are_those_belvo_publishes() -> None:
    assert {member.value for member in belvo.ErrorCode} == set(ERROR_CODES)
    for value, (status, message) in ERROR_CODES.items():
        member = belvo.ErrorCode(value)
        assert member.http_statuses == (status,), value
        assert member.message == message, value


def test_the_error_codes_texts_are_belvos_words_where_belvo_wrote_them() -> None:
    for value, source in (
        ("required", "belvo-openapi-error-handling"),
        ("login_error", "belvo-webhook-links"),
        ("unexpected_error", "belvo-support-errors-pt"),
        ("activation_failed", "belvo-support-errors-pt"),
    ):
        wording = belvo.ErrorCode(value).info.whose("message")
        assert wording is not None and wording.by == "provider", value
        assert source in [s.id for s in wording.sources], value
    # The help center's "Ação" for unexpected_error, in Belvo's Portuguese, whole:
    unexpected = belvo.ErrorCode.unexpected_error
    assert unexpected.advice == (
        "Recomendamos repetir a chamada máxima 3 vezes caso o detalhe seja intermitente. "
        "Realizando a mesma operação e recebendo um terceiro erro 500, informe a Belvo com o "
        "request_id."
    )
    advice = unexpected.info.whose("advice")
    assert advice is not None and advice.by == "provider"
    assert [s.id for s in advice.sources] == ["belvo-support-errors-pt"]
    # activation_failed's "Ação" begins with this sentence.
    assert belvo.ErrorCode.activation_failed.advice == (
        "É necessário que o usuário final entre em contato com seu banco para ativar seu banco "
        "online."
    )
    # The row of institution_down is cut before its description ends: the words are bankcodes'.
    down = belvo.ErrorCode.institution_down
    assert down.info.editorial
    wording = down.info.whose("description")
    assert wording is not None and wording.by == "bankcodes"
    assert "The financial institution is down," in (down.info.notes or "")
    # The help center gives the widget's text only in Portuguese ("Ocorreu um erro ao vincular
    # sua conta. ..."), with no English original: Belvo publishes no user_message here.
    assert all(member.user_message is None for member in belvo.ErrorCode)


def test_the_error_codes_categories_follow_belvos_words() -> None:
    # "This field is required." with the request's field named: the request was wrong.
    assert belvo.ErrorCode.required.category is Category.INTEGRATION_ERROR
    # "Invalid credentials provided to login to the institution".
    assert belvo.ErrorCode.login_error.category is Category.CREDENTIALS_INVALID
    # "The financial institution is down,".
    assert belvo.ErrorCode.institution_down.category is Category.INSTITUTION_UNAVAILABLE
    # The cause: online banking never activated; the action: "o usuário final entre em contato
    # com seu banco para ativar seu banco online".
    assert belvo.ErrorCode.activation_failed.category is Category.ACTION_REQUIRED_AT_INSTITUTION
    # "Recomendamos repetir a chamada máxima 3 vezes": a failure that may be retried.
    unexpected = belvo.ErrorCode.unexpected_error
    assert unexpected.category is Category.GENERIC_FAILURE and unexpected.retryable


# --- Response statuses ---

#: The "Response Codes" table of .../resources-belvo-api-errors.md (whole in the copy): each
#: status and its description (403's with Belvo's curly apostrophe, U+2019).
RESPONSE_STATUSES = {
    200: "The content is available in the response body.",
    201: "The content was created successfully on Belvo.",
    204: "No content to return.",
    400: "Request returned an error, detail in content.",
    401: "The Belvo credentials provided are not valid.",
    403: "You don\u2019t have the required permissions to perform this action.",
    404: "The resource you try to access cannot be found.",
    405: "The HTTP method you are using is not accepted for this resource.",
    408: "The request timed out and was terminated by the server.",
    409: "The request could not be completed due to a conflict with the current state of the "
    "resource.",
    428: "MFA token was required by the institution to connect.",
    500: "The detail of the error is available in the response body.",
}


def test_the_response_statuses_are_belvos_table() -> None:
    assert {int(m): m.description for m in belvo.ResponseStatus} == RESPONSE_STATUSES
    for member in belvo.ResponseStatus:
        wording = member.info.whose("description")
        assert wording is not None and wording.by == "provider", member
        assert [s.id for s in wording.sources] == ["belvo-api-errors"], member
    # "❌ **MFA Token Required**".
    assert belvo.ResponseStatus(428).name == "MFA_TOKEN_REQUIRED"


def test_the_response_statuses_categories_and_retries() -> None:
    # "✅ **Success**" on 200, 201 and 204.
    for status in (200, 201, 204):
        assert belvo.ResponseStatus(status).category is Category.SUCCESS, status
    # "MFA token was required by the institution to connect."
    assert bankcodes.classify("belvo", 428) is Category.MFA_REQUIRED
    assert bankcodes.classify("belvo", "428") is Category.MFA_REQUIRED
    # "The Belvo credentials provided are not valid.": the integrator's own keys.
    assert belvo.ResponseStatus(401).category is Category.INTEGRATION_ERROR
    # Errores 40x: "No debes reintentar hacer solicitudes si recibes una respuesta 40x, ya que
    # esto es un error del cliente." (its one exception, "Demasiadas Sesiones", is a body code).
    for member in belvo.ResponseStatus:
        if 400 <= int(member) < 500:
            assert not member.retryable, member
    assert "40x" in (belvo.ResponseStatus(400).info.notes or "")
    assert "belvo-openapi-errors-40x-es" in [s.id for s in belvo.ResponseStatus(408).sources]


# --- Links ---


def test_the_link_statuses_are_the_schemas() -> None:
    # Link schema, status: "We return one of the following values: validinvalidunconfirmed
    # token_required" (run together in the copy).
    assert [m.value for m in belvo.LinkStatus] == [
        "valid",
        "invalid",
        "unconfirmed",
        "token_required",
    ]
    # The schema defines none of them: every description is bankcodes'.
    for member in belvo.LinkStatus:
        wording = member.info.whose("description")
        assert member.info.editorial and wording is not None and wording.by == "bankcodes"
    # .../docs/webhook-links: token_required is sent "whenever a new MFA token is required by
    # the institution".
    assert belvo.LinkStatus.token_required.category is Category.MFA_REQUIRED


# --- Webhooks: types, codes, process types ---

#: webhook_type values: ACCOUNTS (webhook-accounts), TRANSACTIONS (webhook-transactions), LINK
#: (webhook-links), PAYMENT_INTENTS (payments-webhooks); Payments Brazil schema version 1 "CHARGES,
#: PAYMENT_INTENTS, and TRANSACTIONS" (resources-webhooks-payments-brazil.md; ofpi-webhooks adds
#: ENROLLMENTS) and version 2 "BANK_ACCOUNTS (V2), CUSTOMERS (V2), and PAYMENT_AUTHORIZATIONS";
#: Colombia's table: BANK_ACCOUNTS, PAYMENT_INTENTS. No copy holds a whole list of them.
WEBHOOK_TYPES = {
    "ACCOUNTS",
    "TRANSACTIONS",
    "LINK",
    "PAYMENT_INTENTS",
    "CHARGES",
    "ENROLLMENTS",
    "BANK_ACCOUNTS",
    "CUSTOMERS",
    "PAYMENT_AUTHORIZATIONS",
}

#: webhook_code values: historical_update and new_accounts_available (webhook-accounts's "Webhook
#: Code" tables), new_transactions_available (webhook-transactions), transactions_updated and
#: transactions_deleted (docs/webhooks: "The transactions_updated and transactions_deleted
#: webhooks work for both single and recurrent links"), invalid_credentials and token_required
#: (webhook-links; the copy is cut inside token_required's sentence), STATUS_UPDATE
#: (payments-webhooks) and OBJECT_CREATED (webhooks-payments-colombia).
WEBHOOK_CODES = {
    "historical_update",
    "new_accounts_available",
    "new_transactions_available",
    "transactions_updated",
    "transactions_deleted",
    "invalid_credentials",
    "token_required",
    "STATUS_UPDATE",
    "OBJECT_CREATED",
}


def test_the_webhook_types_and_codes_are_those_belvo_names() -> None:
    assert {m.value for m in belvo.WebhookType} == WEBHOOK_TYPES
    assert {m.value for m in belvo.WebhookCode} == WEBHOOK_CODES
    # The process_type values the examples show (the parameter table is cut before its list).
    assert {m.value for m in belvo.ProcessType} == {"historical_update", "recurrent_update"}
    # "webhook_type | true | string | The resource that this webhook relates to."
    field = spec_data()["providers"]["belvo"]["code_sets"]["webhook_type"]["description"]
    assert "The resource that this webhook relates to." in field


def test_the_webhook_codes_categories_follow_belvos_words() -> None:
    # A webhook type names a resource: nothing to handle.
    assert {m.category for m in belvo.WebhookType} == {Category.INFORMATIONAL}
    # webhook-links: "whenever a user's credentials are no longer valid to update a recurrent
    # link ... ask your user to update their new password": the link must be reconnected.
    invalid = belvo.WebhookCode.invalid_credentials
    assert invalid.category is Category.RECONNECT_REQUIRED
    assert invalid.advice == (
        "Once you receive this notification, you can ask your user to update their new password "
        "using the Connect widget in Update Mode."
    )
    advice = invalid.info.whose("advice")
    assert advice is not None and advice.by == "provider"
    assert [s.id for s in advice.sources] == ["belvo-webhook-links"]
    # "whenever a new MFA token is required by the institution".
    assert belvo.WebhookCode.token_required.category is Category.MFA_REQUIRED
    # Data became available: informational.
    for value in ("historical_update", "new_accounts_available", "new_transactions_available"):
        assert belvo.WebhookCode(value).category is Category.INFORMATIONAL, value


# --- Payments Brazil: V2 status_reason_code, V1 failure_code ---

#: The V2 table ("Code | Message (EN Only)") of payments-brazil-codes-and-messages, its 12 rows:
#: the text capture ends after BENEFICIARY_CANCELLED_RECURRING_PAYMENT, the Markdown one inside
#: BENEFICIARY_BANK_REJECTED_CHARGE; later rows, if any, are not in the copies.
V2_CODES = {
    "ACCOUNT_NOT_ALLOWED": "The payer account does not allow payments.",
    "AMOUNT_OVER_LIMIT": "The amount exceeds the maximum limit for the account.",
    "AUTHORIZATION_EXPIRED": "The Payment Authorization was not completed within the allowed "
    "period.",
    "BANK_USER_MISMATCH": "The authenticated bank user differed from the paying user.",
    "BENEFICIARY_ACCOUNT_BLOCKED": "The beneficiary bank account is blocked.",
    "BENEFICIARY_ACCOUNT_CLOSED": "The beneficiary bank account is closed.",
    "BENEFICIARY_ACCOUNT_ERROR": "The Charge could not be completed due to an unexpected error in "
    "the beneficiary account.",
    "BENEFICIARY_ACCOUNT_NUMBER_INVALID": "The beneficiary bank account number is invalid or "
    "non-existent.",
    "BENEFICIARY_ACCOUNT_TYPE_INVALID": "The beneficiary bank account type does not allow this "
    "type of action.",
    "BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED": "The transaction type is not supported or authorized "
    "by the beneficiary account.",
    "BENEFICIARY_BANK_REJECTED_CHARGE": "The Charge was rejected by the beneficiary's institution.",
    "BENEFICIARY_CANCELLED_RECURRING_PAYMENT": "The beneficiary cancelled the recurring payment "
    "schedule.",
}

#: The V1 table ("Failure Code | Failure Message (EN Only)"), its 16 whole rows; the copy is cut
#: inside the 17th, PAYER_ACCOUNT_TIMEOUT_ERROR ("The Charge settlement failed due to a time").
V1_CODES = {
    "AMOUNT_OVER_LIMIT": "The payment amount or number of payments exceeds limits.",
    "BENEFICIARY_ACCOUNT_BLOCKED": "The beneficiary bank account is blocked.",
    "BENEFICIARY_ACCOUNT_CLOSED": "The beneficiary bank account is closed.",
    "BENEFICIARY_ACCOUNT_ERROR": "The Charge could not be completed due to an unexpected error in "
    "the beneficiary account.",
    "BENEFICIARY_ACCOUNT_NUMBER_INVALID": "The beneficiary bank account number is invalid or "
    "non-existent.",
    "BENEFICIARY_ACCOUNT_TYPE_INVALID": "The beneficiary bank account type does not allow this "
    "type of action.",
    "BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED": "The transaction type is not supported or authorized "
    "by the beneficiary account.",
    "BENEFICIARY_BANK_REJECTED_CHARGE": "The Charge was rejected by the beneficiary's institution.",
    "BENEFICIARY_CANCELLED_RECURRING_PAYMENT": "The beneficiary cancelled the recurring payment "
    "schedule.",
    "BENEFICIARY_IDENTIFIER_INVALID": "The beneficiary's CPF or CNPJ is incorrect.",
    "BENEFICIARY_IDENTIFIER_MISMATCH": "The beneficiary's CPF or CNPJ does not match the account "
    "holder.",
    "CHARGE_SETTLEMENT_FAILED": "An error occurred while processing the Charge settlement.",
    "CHARGE_SETTLEMENT_TIMEOUT": "The Charge could not be completed due to a timeout.",
    "DUPLICATE_BENEFICIARY_CHARGE": "A duplicate Charge was detected for the same beneficiary.",
    "FRAUD_SUSPECTED": "The Charge was rejected due to suspected fraud.",
    "INSUFFICIENT_FUNDS": "The payer account had insufficient funds to make the payment.",
}

#: V1 codes named outside the table: PAYER_ACCOUNT_TIMEOUT_ERROR (its row cut), the V2 intro's
#: lower-case examples "beneficiary_bank_revoked_authorization" (both captures) and
#: "invalid_pix_key" (Markdown capture), and the payments webhook's "consent_expired" with its
#: failure_message "The payment consent was not accepted in time.".
V1_NAMED_ELSEWHERE = {
    "PAYER_ACCOUNT_TIMEOUT_ERROR": None,
    "beneficiary_bank_revoked_authorization": None,
    "invalid_pix_key": None,
    "consent_expired": "The payment consent was not accepted in time.",
}


def test_the_v2_status_reason_codes_are_belvos_table() -> None:
    assert {m.value: m.message for m in belvo.PaymentStatusReasonCode} == V2_CODES
    for member in belvo.PaymentStatusReasonCode:
        wording = member.info.whose("message")
        assert wording is not None and wording.by == "provider", member
        assert [s.id for s in wording.sources] == ["belvo-payments-br-codes-v2"], member
        # V2 "Uses status_reason_code (in UPPERCASE)": no lower-case spelling is read as V2.
        assert member.aliases == (), member
        assert isinstance(belvo.PaymentStatusReasonCode.parse(member.value.lower()), UnknownCode)


def test_the_v1_failure_codes_are_belvos_table_with_their_lower_case_spelling() -> None:
    published = {**V1_CODES, **V1_NAMED_ELSEWHERE}
    assert {m.value: m.message for m in belvo.PaymentFailureCode} == published
    for value, message in V1_CODES.items():
        member = belvo.PaymentFailureCode(value)
        wording = member.info.whose("message")
        assert wording is not None and wording.by == "provider", value
        assert [s.id for s in wording.sources] == ["belvo-payments-br-codes-v1"], value
        # "Payment Intents & Charges (V1): Uses failure_code (in lowercase)": the table's
        # upper-case spelling and the lower-case one the API sends are one code.
        assert member.aliases == (value.lower(),), value
        assert belvo.PaymentFailureCode.parse(value.lower()) is member
        assert member.message == message
    timeout = belvo.PaymentFailureCode.PAYER_ACCOUNT_TIMEOUT_ERROR
    assert timeout.aliases == ("payer_account_timeout_error",)
    # Cut or never shown with a message: bankcodes' words, marked so.
    for value in ("PAYER_ACCOUNT_TIMEOUT_ERROR", "beneficiary_bank_revoked_authorization"):
        member = belvo.PaymentFailureCode(value)
        wording = member.info.whose("description")
        assert member.info.editorial and wording is not None and wording.by == "bankcodes"
    consent = belvo.PaymentFailureCode.consent_expired.info.whose("message")
    assert consent is not None and consent.by == "provider"
    assert [s.id for s in consent.sources] == ["belvo-payments-webhooks"]


def test_the_payment_codes_categories_follow_belvos_words() -> None:
    v1, v2 = belvo.PaymentFailureCode, belvo.PaymentStatusReasonCode
    # "The beneficiary cancelled the recurring payment schedule."
    assert v1.BENEFICIARY_CANCELLED_RECURRING_PAYMENT.category is Category.CANCELLED
    assert v2.BENEFICIARY_CANCELLED_RECURRING_PAYMENT.category is Category.CANCELLED
    # "The Charge was rejected by the beneficiary's institution." / "rejected due to suspected
    # fraud".
    assert v2.BENEFICIARY_BANK_REJECTED_CHARGE.category is Category.REJECTED
    assert v1.FRAUD_SUSPECTED.category is Category.REJECTED
    # "The Payment Authorization was not completed within the allowed period." / "The payment
    # consent was not accepted in time.": the payer's time ran out; a new one can start.
    assert v2.AUTHORIZATION_EXPIRED.category is Category.SESSION_EXPIRED
    assert v1.consent_expired.category is Category.SESSION_EXPIRED
    # "... due to an unexpected error in the beneficiary account." / "due to a timeout.".
    assert v2.BENEFICIARY_ACCOUNT_ERROR.category is Category.GENERIC_FAILURE
    assert v1.CHARGE_SETTLEMENT_TIMEOUT.category is Category.GENERIC_FAILURE


def test_a_code_of_both_versions_is_read_in_the_set_asked_for() -> None:
    # AMOUNT_OVER_LIMIT is in both tables, with two messages.
    assert bankcodes.lookup("belvo", "AMOUNT_OVER_LIMIT") == (
        belvo.PaymentStatusReasonCode.AMOUNT_OVER_LIMIT,
        belvo.PaymentFailureCode.AMOUNT_OVER_LIMIT,
    )
    v2 = belvo.PaymentStatusReasonCode.AMOUNT_OVER_LIMIT
    v1 = belvo.PaymentFailureCode.AMOUNT_OVER_LIMIT
    assert v2.message == V2_CODES["AMOUNT_OVER_LIMIT"]
    assert v1.message == V1_CODES["AMOUNT_OVER_LIMIT"]
    assert bankcodes.classify("belvo", "AMOUNT_OVER_LIMIT") is Category.REJECTED
    assert (
        bankcodes.classify("belvo", "AMOUNT_OVER_LIMIT", code_set="payment_failure_code")
        is Category.REJECTED
    )
    # The lower-case spelling is V1's only.
    assert bankcodes.lookup("belvo", "amount_over_limit") == (v1,)
    assert (
        bankcodes.classify("belvo", "amount_over_limit", code_set="payment_status_reason_code")
        is Category.UNKNOWN
    )
    assert (
        bankcodes.classify("belvo", "amount_over_limit", code_set=belvo.PaymentFailureCode)
        is Category.REJECTED
    )
    # consent_expired (a V1 webhook's failure_code) is no V2 code.
    assert (
        bankcodes.classify("belvo", "consent_expired", code_set="payment_status_reason_code")
        is Category.UNKNOWN
    )
    assert bankcodes.classify("belvo", "consent_expired") is Category.SESSION_EXPIRED


def test_a_name_shared_by_a_link_status_and_a_webhook_code() -> None:
    # token_required: a Link status (the Link schema) and a LINK webhook code (webhook-links);
    # historical_update: a webhook code and a process type (webhook-accounts' example).
    assert bankcodes.lookup("belvo", "token_required") == (
        belvo.LinkStatus.token_required,
        belvo.WebhookCode.token_required,
    )
    assert bankcodes.classify("belvo", "token_required") is Category.MFA_REQUIRED
    for code_set in ("link_status", "webhook_code"):
        found = bankcodes.classify("belvo", "token_required", code_set=code_set)
        assert found is Category.MFA_REQUIRED, code_set
    assert bankcodes.classify("belvo", "token_required", code_set="process_type") is (
        Category.UNKNOWN
    )
    assert bankcodes.lookup("belvo", "historical_update") == (
        belvo.WebhookCode.historical_update,
        belvo.ProcessType.historical_update,
    )
    assert bankcodes.classify("belvo", "recurrent_update", code_set="webhook_code") is (
        Category.UNKNOWN
    )


# --- Charges ---

#: .../docs/charge-model-and-states-ofpi, the whole table: state, description, transitions.
CHARGE_STATES = {
    "CREATED": ("Initial state when the charge is created.", ["PENDING"]),
    "PENDING": (
        "The charge is awaiting further action or scheduling.",
        ["SCHEDULED", "SUCCEEDED", "CANCELED", "FAILED"],
    ),
    "SCHEDULED": (
        "The charge is scheduled for processing at a future date.",
        ["SUCCEEDED", "CANCELED", "FAILED"],
    ),
    "SUCCEEDED": ("The charge has been successfully processed.", []),
    "CANCELED": ("The charge has been canceled.", []),
    "FAILED": ("The charge has failed.", []),
}


def test_the_charge_states_and_their_transitions_are_belvos_table() -> None:
    read = {
        m.value: (m.description, [n.value for n in m.next_statuses or ()])
        for m in belvo.ChargeStatus
    }
    assert read == CHARGE_STATES
    # "(End state - no further transitions)": an empty tuple, not an unknown (None).
    for value in ("SUCCEEDED", "CANCELED", "FAILED"):
        assert belvo.ChargeStatus(value).next_statuses == (), value
    transitions = spec_data()["providers"]["belvo"]["code_sets"]["charge_status"]["transitions"]
    assert transitions["initial"] == ["CREATED"]
    for member in belvo.ChargeStatus:
        wording = member.info.whose("description")
        assert wording is not None and wording.by == "provider", member


def test_the_charge_states_categories_follow_belvos_words() -> None:
    # "Initial state", "awaiting further action or scheduling", "scheduled for processing at a
    # future date": not done yet.
    for value in ("CREATED", "PENDING", "SCHEDULED"):
        assert belvo.ChargeStatus(value).category is Category.PENDING, value
    assert belvo.ChargeStatus.SUCCEEDED.category is Category.SUCCESS
    assert belvo.ChargeStatus.CANCELED.category is Category.CANCELLED


# --- Payments Mexico: direct-debit failedReason ---

#: failedReason code -> (failedReasonMessage of its first row, Retry). The current page's copy
#: (.../payments_mexico/direct-debit-bank-errors) ends after row 10; the older page's
#: (.../docs/direct-debit-errors) is cut inside row 12 ("| 12 | Venc"), so 11 is read there.
DIRECT_DEBIT = {
    "01": ("Cuenta inexistente", "Not recommended"),
    "02": ("Cuenta bloqueada", "Possible"),
    "03": ("Cuenta cancelada", "Not recommended"),
    "04": ("Cuenta con insuficiencia de fondos", "Possible"),
    "05": ("Cuenta en otra divisa", "Not recommended"),
    "06": ("Cuenta no pertenece al banco receptor", "Not recommended"),
    "07": ("Transacción duplicada", "Possible"),
    "08": ("Por orden del cliente: Orden de no pagar a ese Emisor", "Possible"),
    "09": ("Por orden del cliente: Importe mayor al autorizado", "Possible"),
    "10": ("Por orden del cliente: Cancelación del servicio", "Possible"),
    "11": ("Cliente no tiene autorizado el servicio", "Possible"),
}

#: The codes on two rows and the message of their second row.
SECOND_ROWS = {
    "08": "Baja por oficina",
    "10": "Domiciliación dada de baja",
    "11": "Domiciliación dada de baja",
}


def test_the_direct_debit_failures_are_belvos_table() -> None:
    assert {m.value: m.message for m in belvo.DirectDebitFailedReason} == {
        value: message for value, (message, _) in DIRECT_DEBIT.items()
    }
    for value, message in SECOND_ROWS.items():
        assert message in (belvo.DirectDebitFailedReason(value).info.notes or ""), value
    for value in DIRECT_DEBIT:
        wording = belvo.DirectDebitFailedReason(value).info.whose("message")
        assert wording is not None and wording.by == "provider", value
    # "06 / 6" and "07 / 7": both spellings are one code.
    assert belvo.DirectDebitFailedReason.parse("6") is belvo.DirectDebitFailedReason("06")
    assert belvo.DirectDebitFailedReason.parse("7") is belvo.DirectDebitFailedReason("07")
    assert belvo.DirectDebitFailedReason("06").aliases == ("6",)


def test_a_direct_debit_failure_is_retryable_where_belvos_retry_column_says_possible() -> None:
    for value, (_, retry) in DIRECT_DEBIT.items():
        member = belvo.DirectDebitFailedReason(value)
        assert member.retryable is (retry == "Possible"), value
        assert f"Retry column says {retry}" in (member.info.notes or ""), value
    assert {m.value for m in belvo.DirectDebitFailedReason if m.retryable} == {
        "02",
        "04",
        "07",
        "08",
        "09",
        "10",
        "11",
    }


def test_the_direct_debit_failures_categories_follow_belvos_words() -> None:
    # "Cuenta inexistente", "Cuenta cancelada": no account to debit.
    for value in ("01", "03"):
        assert belvo.DirectDebitFailedReason(value).category is Category.ACCOUNT_UNAVAILABLE
    # "Por orden del cliente: Cancelación del servicio": the customer cancelled.
    assert belvo.DirectDebitFailedReason("10").category is Category.CANCELLED
    # Each Retry "Possible" contradicts a category no program may retry, hence retryable.
    assert not Category.REJECTED.retryable and belvo.DirectDebitFailedReason("04").retryable


# --- End-user words ---


def test_belvos_end_user_languages() -> None:
    # Belvo's pages are published in English, Spanish (developers.belvo.com/es/...) and
    # Brazilian Portuguese (.../pt-br/..., support.belvo.com/hc/pt-br/...).
    assert spec_data()["providers"]["belvo"]["end_user_languages"] == ["en", "es", "pt"]


@pytest.mark.parametrize(
    ("member", "category"),
    [
        (belvo.ErrorCode.login_error, Category.CREDENTIALS_INVALID),
        (belvo.PaymentStatusReasonCode.AUTHORIZATION_EXPIRED, Category.SESSION_EXPIRED),
        (belvo.PaymentStatusReasonCode.AMOUNT_OVER_LIMIT, Category.REJECTED),
        (belvo.DirectDebitFailedReason("04"), Category.REJECTED),
        (belvo.WebhookCode.invalid_credentials, Category.RECONNECT_REQUIRED),
    ],
)
def test_a_belvo_code_has_bankcodes_portuguese_words(member: AnyCode, category: Category) -> None:
    english = member.end_user_text("en")
    assert english is not None
    for tag in ("pt", "pt-BR"):
        told = member.end_user_text(tag)
        assert told is not None and told.language == tag
        assert (told.message, told.action) == (
            category.user_message("pt"),
            category.user_action("pt"),
        )
        assert (told.message_by, told.action_by) == ("bankcodes translation",) * 2
        # Never English, nor Spanish.
        assert told.message not in (english.message, category.user_message("es"))
        assert told.action != english.action
        # Nor Belvo's own texts: its wire message is English, and its Portuguese reader
        # translation ("O valor excede o limite máximo para a conta.") is no end-user text.
        assert told.message != member.message
        assert told.message != "O valor excede o limite máximo para a conta."


def test_belvos_portuguese_advice_is_never_the_customers_action() -> None:
    for member in (belvo.ErrorCode.unexpected_error, belvo.ErrorCode.activation_failed):
        assert member.advice is not None
        for tag in ("pt", "es", "en"):
            told = member.end_user_text(tag)
            assert told is not None and told.action != member.advice, (member, tag)
            assert told.action_by != "provider"


# --- Payloads ---


@pytest.mark.parametrize(("body", "path", "code"), WEBHOOKS)
def test_a_published_webhook_is_recognised_and_decided(
    body: dict[str, Any], path: str, code: AnyCode
) -> None:
    kinds = payloads.recognise(body)
    assert kinds and kinds[0] == "belvo/webhook", kinds
    found = payloads.decisive_code("belvo/webhook", body)
    assert found is not None and (found.path, found.code) == (path, code)


def test_the_api_error_example_is_recognised_and_decided_by_its_code() -> None:
    # Belvo sends a list; each object of it is one error.
    for error in API_ERROR_BODY:
        kinds = payloads.recognise(error)
        assert kinds and kinds[0] == "belvo/api-error", kinds
        found = payloads.decisive_code("belvo/api-error", error)
        assert found is not None and found.path == "$.code"
        assert found.code is belvo.ErrorCode.required
        assert found.code.category is Category.INTEGRATION_ERROR


# --- Receiving webhooks ---


def test_the_delivery_contract() -> None:
    contract = DELIVERY["belvo"]
    # docs/webhooks: "If Belvo does not receive a 2xx HTTP status code ..., the notification
    # attempt is repeated five times using a linear backoff": six attempts in all.
    assert contract.max_attempts == 6
    assert contract.success_status == 200
    # The parameter table: "webhook_id | true | string | The Belvo webhook ID.".
    assert contract.dedup == ((("webhook_id",),),)
    assert not contract.signed_timestamp
    # resources-webhooks-aggregation: "Basic and a base64-encoded username:password string (for
    # Basic authentication)", "Bearer and a token (for Bearer authentication)".
    scheme = signatures.scheme_of("belvo")
    assert isinstance(scheme, signatures.NoSignature)
    assert scheme.transport == ("basic_auth", "bearer_token")


def test_a_published_webhook_is_received_unsigned_and_deduplicated_on_its_id() -> None:
    body = json.dumps(LINK_INVALID_CREDENTIALS).encode()
    # What Belvo sends with the body: the Authorization value the integrator registered.
    headers = {"content-type": "application/json", "authorization": "Bearer registered-token"}
    event = bankcodes.receive("belvo", body, headers, None)
    assert event.signed is False
    assert (event.header, event.algorithm, event.secret_index) == (None, None, None)
    assert event.type is belvo.WebhookType.LINK
    assert type(event.payload).__name__ == "LinkWebhook"
    # Every code of the body, the error first ("Webhook event error"), then the event.
    assert [(found.path, found.code) for found in event.codes()] == [
        ("$.data.error_code", belvo.ErrorCode.login_error),
        ("$.webhook_code", belvo.WebhookCode.invalid_credentials),
        ("$.process_type", belvo.ProcessType.recurrent_update),
        ("$.webhook_type", belvo.WebhookType.LINK),
    ]
    assert event.dedup_key == "belvo:id:aadf41a1fc8e4f79a49f7f04027ac999"
    decisive = event.decisive_code()
    assert decisive is not None and decisive.path == "$.data.error_code"
    assert decisive.code is belvo.ErrorCode.login_error
    assert decisive.code.category is Category.CREDENTIALS_INVALID
    # A replay, byte for byte or serialised anew, has the same key.
    replay = bankcodes.receive("belvo", body, headers, None)
    assert replay.dedup_key == event.dedup_key
    spaced = json.dumps(LINK_INVALID_CREDENTIALS, indent=2).encode()
    assert bankcodes.receive("belvo", spaced, {}, None).dedup_key == event.dedup_key


def test_a_payments_webhook_is_received_with_its_failure_code() -> None:
    body = json.dumps(PAYMENT_INTENT_FAILED).encode()
    event = bankcodes.receive("belvo", body, {}, None)
    assert not event.signed
    assert event.type is belvo.WebhookType.PAYMENT_INTENTS
    assert [(found.path, found.code) for found in event.codes()][:2] == [
        ("$.data.failure_code", belvo.PaymentFailureCode.consent_expired),
        ("$.webhook_code", belvo.WebhookCode.STATUS_UPDATE),
    ]
    assert event.dedup_key == "belvo:id:3b9a69f7-0f0a-455b-832d-49ad6fd4905c"
    decisive = event.decisive_code()
    assert decisive is not None and decisive.code is belvo.PaymentFailureCode.consent_expired
    # The V1 table's spelling and the lower case V1 sends read as one code.
    for sent in ("INSUFFICIENT_FUNDS", "insufficient_funds"):
        data = {**PAYMENT_INTENT_FAILED["data"], "failure_code": sent}
        found = payloads.decisive_code("belvo/webhook", {**PAYMENT_INTENT_FAILED, "data": data})
        assert found is not None and found.code is belvo.PaymentFailureCode.INSUFFICIENT_FUNDS


def test_a_secret_is_refused_for_a_provider_that_signs_nothing() -> None:
    body = json.dumps(ACCOUNTS_HISTORICAL).encode()
    headers = {"authorization": "Bearer registered-token"}
    with pytest.raises(ConfigurationError) as raised:
        bankcodes.receive("belvo", body, headers, "registered-token")
    assert raised.value.reason == "unsigned_provider"
    with pytest.raises(ConfigurationError) as verified:
        signatures.verify("belvo", body, headers, "registered-token")
    assert verified.value.reason == "unsigned_provider"


# --- Unknown values ---


def test_values_the_catalog_does_not_know_are_kept_as_unknown_codes() -> None:
    # The older direct-debit page's row 12 is cut ("| 12 | Venc"): 12 is not in the catalog.
    twelve = belvo.DirectDebitFailedReason.parse("12")
    assert isinstance(twelve, UnknownCode) and twelve.value == "12"
    assert twelve.category is Category.UNKNOWN
    # too_many_sessions is seen only in a third-party SDK, never in a Belvo copy.
    assert bankcodes.classify("belvo", "too_many_sessions") is Category.UNKNOWN
    error = {**API_ERROR_BODY[0], "code": "too_many_sessions"}
    found = payloads.decisive_code("belvo/api-error", error)
    assert found is not None and found.code_set == "belvo.error_code"
    assert isinstance(found.code, UnknownCode) and found.code.value == "too_many_sessions"
    # A webhook type and code Belvo adds later: received, kept, never raising.
    later = {**ACCOUNTS_HISTORICAL, "webhook_type": "OWNERS", "webhook_code": "owners_updated"}
    event = bankcodes.receive("belvo", json.dumps(later).encode(), {}, None)
    assert isinstance(event.type, UnknownCode) and event.type.value == "OWNERS"
    assert type(event.payload).__name__ == "OtherWebhook"
    kept = {found.path: found.code for found in event.codes()}
    assert isinstance(kept["$.webhook_code"], UnknownCode)
    assert kept["$.webhook_code"].value == "owners_updated"
    # The first code the catalog knows decides: the process type.
    decided = event.decisive_code()
    assert decided is not None and decided.code is belvo.ProcessType.historical_update
    # An unknown error in a LINK webhook gives way to the webhook code the catalog knows.
    link = {**LINK_INVALID_CREDENTIALS, "data": {"error_code": "too_many_sessions"}}
    decisive = payloads.decisive_code("belvo/webhook", link)
    assert decisive is not None and decisive.code is belvo.WebhookCode.invalid_credentials
