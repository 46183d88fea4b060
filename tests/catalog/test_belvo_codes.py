"""Belvo's code sets and their texts beside its API error codes (test_belvo_errors.py), read from
its own pages (saved copies retrieved 2026-11-25; most are cut, as said beside each fact): the
response-code table of developers.belvo.com/developer_resources/resources-belvo-api-errors.md, the
"Errores 40x" section of .../es/apis/belvoopenapispec/section/introduccion/errores-40x, the Link
schema (.../apis/belvoopenapispec/links/link, and Belvo's OpenAPI 1.35.0 as Konfig's SDK
repository keeps it, konfig-dev/belvo-sdks api.yaml at fad9ba47), and the webhook pages that name
the webhook types and codes (.../docs/webhook-accounts, webhook-transactions, webhook-links,
webhook-invoices, webhook-bills, webhook-owners, webhook-recurring-expenses, webhook-risk-insights,
webhook-incomes, investments-webhooks, investment-transactions-webhooks, .../docs/webhooks,
.../developer_resources/resources-webhooks-payments-brazil.md, .../docs/ofpi-webhooks,
.../docs/payments-webhooks, .../docs/webhooks-payments-colombia); with the languages of Belvo's
pages and bankcodes' Portuguese end-user words for its codes. Expected values are typed from those
pages."""

from __future__ import annotations

import pytest

import bankcodes
from bankcodes import AnyCode, Category, belvo, payloads
from tests.support.helpers import counts, spec_data

BELVO = "https://developers.belvo.com"

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


#: A Link as the API returns it, from the "example" of each field of Belvo's Link schema
#: (OpenAPI 1.35.0: Belvo publishes no whole Link body).
LINK = {
    "id": "30cb4806-6e00-48a4-91c9-ca55968576c8",
    "institution": "erebor_mx_retail",
    "access_mode": "recurrent",
    "last_accessed_at": "2019-09-27T13:02:03.584Z",
    "created_at": "2022-02-09T08:45:50.406032Z",
    "external_id": "56ab5706-6e00-48a4-91c9-ca55968678d9",
    "institution_user_id": "sooE7XJWEKypZJR603ecaWYk-8Ap0oD8Nr1pBQ4eG9c=",
    "status": "valid",
    "created_by": "bcef7f35-67f2-4b19-b009-cb38795faf09",
    "refresh_rate": "7d",
}


@pytest.mark.parametrize(
    ("status", "category"),
    [
        ("valid", Category.SUCCESS),
        ("invalid", Category.RECONNECT_REQUIRED),
        ("unconfirmed", Category.PENDING),
        ("token_required", Category.MFA_REQUIRED),
    ],
)
def test_a_link_is_recognised_and_decided_by_its_status(status: str, category: Category) -> None:
    body = {**LINK, "status": status}
    assert payloads.identify(body).kind == "belvo/link"
    found = payloads.decisive_code("belvo/link", body)
    assert found is not None and (found.path, found.code_set) == ("$.status", "belvo.link_status")
    assert found.code is belvo.LinkStatus(status) and found.code.category is category
    # A link in the list Belvo returns for GET /api/links/ (PaginatedResponseLink's results) is
    # read the same; the page around it is no link.
    page = {"count": 1, "next": None, "previous": None, "results": [body]}
    assert payloads.identify(page).kind is None


def test_the_link_statuses_rest_on_belvos_sentences() -> None:
    # The errors page: "A Link's status changes from `valid` to `invalid` after six unsuccessful
    # POST requests." and "A Link's status is set to `unconfirmed_link` when your user has not
    # completed the Link creation process successfully".
    for value in ("invalid", "unconfirmed"):
        member = belvo.LinkStatus(value)
        assert "belvo-api-errors-readme" in [s.id for s in member.sources], value
    assert "six unsuccessful POST requests" in (belvo.LinkStatus.invalid.info.notes or "")


# --- Webhooks: types, codes, process types ---

#: webhook_type values: ACCOUNTS (webhook-accounts), TRANSACTIONS (webhook-transactions), LINK
#: (webhook-links), PAYMENT_INTENTS (payments-webhooks); Payments Brazil schema version 1 "CHARGES,
#: PAYMENT_INTENTS, and TRANSACTIONS" (resources-webhooks-payments-brazil.md; ofpi-webhooks adds
#: ENROLLMENTS) and version 2 "BANK_ACCOUNTS (V2), CUSTOMERS (V2), and PAYMENT_AUTHORIZATIONS";
#: Colombia's table: BANK_ACCOUNTS, PAYMENT_INTENTS; and the examples of webhook-owners (OWNERS),
#: webhook-invoices (INVOICES), webhook-bills (BILLS), webhook-recurring-expenses
#: (RECURRING_EXPENSES), webhook-risk-insights (RISK_INSIGHTS), webhook-incomes (INCOMES),
#: investments-webhooks (INVESTMENTS) and investment-transactions-webhooks
#: (INVESTMENT_TRANSACTIONS). No copy holds a whole list of them.
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
    "OWNERS",
    "INVOICES",
    "BILLS",
    "RECURRING_EXPENSES",
    "RISK_INSIGHTS",
    "INCOMES",
    "INVESTMENTS",
    "INVESTMENT_TRANSACTIONS",
}

#: webhook_code values: historical_update and new_accounts_available (webhook-accounts's "Webhook
#: Code" tables), new_transactions_available (webhook-transactions), transactions_updated and
#: transactions_deleted (docs/webhooks: "The transactions_updated and transactions_deleted
#: webhooks work for both single and recurrent links"), invalid_credentials and token_required
#: (webhook-links; the copy is cut inside token_required's sentence), STATUS_UPDATE
#: (payments-webhooks), OBJECT_CREATED (webhooks-payments-colombia); initial_inflow_update and
#: initial_outflow_update (webhook-invoices' "Webhook Code" table), historical_inflow_update and
#: historical_outflow_update (its "Historical updates"), new_bills_available (webhook-bills),
#: new_owners_available (webhook-owners) and new_investments_available (investments-webhooks).
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
    "initial_inflow_update",
    "initial_outflow_update",
    "historical_inflow_update",
    "historical_outflow_update",
    "new_bills_available",
    "new_owners_available",
    "new_investments_available",
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
    # webhook-invoices' "Webhook Code | Description" table, in Belvo's words.
    for value, description in (
        ("initial_inflow_update", "The last 30 days of INFLOW (received) invoices."),
        ("initial_outflow_update", "The last 30 days of OUTFLOW (sent) invoices."),
    ):
        member = belvo.WebhookCode(value)
        assert member.description == description and member.category is Category.INFORMATIONAL
        wording = member.info.whose("description")
        assert wording is not None and wording.by == "provider"
        assert [s.id for s in wording.sources] == ["belvo-webhook-invoices"]


def test_a_name_shared_by_a_link_status_and_a_webhook_code() -> None:
    # token_required: an API error code (the errors page's "428 token_required"), a Link status
    # (the Link schema) and a LINK webhook code (webhook-links); historical_update: a webhook code
    # and a process type (webhook-accounts' example).
    assert bankcodes.lookup("belvo", "token_required") == (
        belvo.ErrorCode.token_required,
        belvo.LinkStatus.token_required,
        belvo.WebhookCode.token_required,
    )
    assert bankcodes.classify("belvo", "token_required") is Category.MFA_REQUIRED
    for code_set in ("error_code", "link_status", "webhook_code"):
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


def test_belvos_advice_in_any_language_is_never_the_customers_action() -> None:
    for member in (belvo.ErrorCode.unexpected_error, belvo.ErrorCode.activation_failed):
        advice = {member.advice, *member.info.advice_translations.values()}
        assert None not in advice and len(advice) == 2
        for tag in ("pt", "pt-BR", "es", "en"):
            told = member.end_user_text(tag)
            assert told is not None and told.action not in advice, (member, tag)
            assert told.action_by != "provider"


def test_drift_counts_the_response_codes_table_whole() -> None:
    """The "Response Codes" table's twelve statuses, held whole."""
    listed = len(RESPONSE_STATUSES)
    assert counts("belvo-api-errors") == {"belvo.response_status": (listed, listed)}


def test_drift_counts_the_accounts_webhook_page_s_codes_whole() -> None:
    """webhook-accounts' two "Webhook Code" tables: historical_update, new_accounts_available."""
    listed = {"historical_update", "new_accounts_available"}
    assert listed <= WEBHOOK_CODES
    assert counts("belvo-webhook-accounts") == {"belvo.webhook_code": (len(listed), len(listed))}


def test_drift_counts_the_openapi_document_s_link_statuses_whole() -> None:
    """EnumLinkStatus in Konfig's copy of Belvo's api.yaml (1.35.0, at fad9ba47): valid,
    invalid, unconfirmed and token_required, the link statuses the catalog holds."""
    listed = ["valid", "invalid", "unconfirmed", "token_required"]
    held = [
        code["value"]
        for code in spec_data()["providers"]["belvo"]["code_sets"]["link_status"]["codes"]
    ]
    assert held == listed
    assert counts("belvo-openapi-konfig")["belvo.link_status"] == (len(listed), len(listed))
