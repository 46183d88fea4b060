# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.fintoc's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, NumericCodeEnum, register
from bankcodes._records import (
    CodeInfo,
    CodeSetInfo,
    EndUserWords,
    Equivalent,
    HttpStatus,
    Scope,
    Source,
    Wording,
)
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.fintoc")
#: The documents its facts come from, by id.
_S = {
    "fintoc-python-errors": Source(
        id="fintoc-python-errors",
        kind="repo",
        title="fintoc-python 2.23.0: fintoc/errors.py (FintocError and the exception classes the client raises)",
        url="https://github.com/fintoc-com/fintoc-python/blob/55f141ee0ad25395340907a822b419c23fa54136/fintoc/errors.py",
    ),
    "fintoc-python-utils": Source(
        id="fintoc-python-utils",
        kind="repo",
        title="fintoc-python 2.23.0: fintoc/utils.py (get_error_class picks the class by error.type; can_raise_fintoc_error)",
        url="https://github.com/fintoc-com/fintoc-python/blob/55f141ee0ad25395340907a822b419c23fa54136/fintoc/utils.py",
    ),
    "fintoc-python-webhook-test": Source(
        id="fintoc-python-webhook-test",
        kind="repo",
        title="fintoc-python 2.23.0: tests/test_webhook.py (a payment_intent.succeeded event signed with whsec_test_secret)",
        url="https://github.com/fintoc-com/fintoc-python/blob/55f141ee0ad25395340907a822b419c23fa54136/tests/test_webhook.py",
    ),
    "fintoc-node-errors": Source(
        id="fintoc-node-errors",
        kind="repo",
        title="fintoc-node 1.25.0: src/lib/errors.ts (FintocError and the exception classes the client throws)",
        url="https://github.com/fintoc-com/fintoc-node/blob/d3f74853fcf641fad5dbc8e3736fa30f6682489f/src/lib/errors.ts",
    ),
    "fintoc-node-utils": Source(
        id="fintoc-node-utils",
        kind="repo",
        title="fintoc-node 1.25.0: src/lib/utils.ts (getErrorClass picks the class by error.type; canRaiseHTTPError)",
        url="https://github.com/fintoc-com/fintoc-node/blob/d3f74853fcf641fad5dbc8e3736fa30f6682489f/src/lib/utils.ts",
    ),
    "fintoc-ruby-errors": Source(
        id="fintoc-ruby-errors",
        kind="repo",
        title="fintoc-ruby 1.2.0: lib/fintoc/errors.rb (an error class per error code, grouped under HTTP status comments)",
        url="https://github.com/fintoc-com/fintoc-ruby/blob/b4c624495dd3114d44c16a94e6b4f40372be12ad/lib/fintoc/errors.rb",
    ),
    "fintoc-ruby-base-client": Source(
        id="fintoc-ruby-base-client",
        kind="repo",
        title="fintoc-ruby 1.2.0: lib/fintoc/base_client.rb (raise_custom_error picks the class by error.code)",
        url="https://github.com/fintoc-com/fintoc-ruby/blob/b4c624495dd3114d44c16a94e6b4f40372be12ad/lib/fintoc/base_client.rb",
    ),
    "fintoc-react-native-constants": Source(
        id="fintoc-react-native-constants",
        kind="repo",
        title="fintoc-react-native 1.0.3: src/lib/constants.ts (the WebView messages fintocwidget://succeeded and fintocwidget://exit)",
        url="https://github.com/fintoc-com/fintoc-react-native/blob/027594b8f55b23f27ef26e6e7e55abf173cc99bc/src/lib/constants.ts",
    ),
    "fintoc-errors-object": Source(
        id="fintoc-errors-object",
        kind="doc",
        title="Fintoc API reference: Error Object (the capture listing seven error types)",
        url="https://docs.fintoc.com/reference/errors-object",
    ),
    "fintoc-errors-object-api": Source(
        id="fintoc-errors-object-api",
        kind="doc",
        title="Fintoc API reference: Error object (Markdown; the copy ends before the attribute table's type row)",
        url="https://docs.fintoc.com/api/fintoc-api/errors/errors-object.md",
        read_in_part="The copy read gives the error object's example and ends before the attribute table's type row: that row and the rest of the page were not read.",
    ),
    "fintoc-errors-object-es": Source(
        id="fintoc-errors-object-es",
        kind="doc",
        title="Fintoc (es): Objeto Error (Markdown; the copy ends before the attribute table's type row)",
        url="https://docs.fintoc.com/es/api/fintoc-api/errors/errors-object.md",
        read_in_part="The copy read gives the error object's example and ends before the attribute table's type row: that row and the rest of the page were not read.",
    ),
    "fintoc-errors-status-codes": Source(
        id="fintoc-errors-status-codes",
        kind="doc",
        title="Fintoc API reference (v2023-11-15): HTTP status code summary",
        url="https://docs.fintoc.com/v2023-11-15/api/fintoc-api/errors/errors-status-codes",
    ),
    "fintoc-refresh-intents-errors": Source(
        id="fintoc-refresh-intents-errors",
        kind="doc",
        title="Fintoc: Refresh Intents, Errors (four error responses)",
        url="https://docs.fintoc.com/docs/refresh-intents-errors",
    ),
    "fintoc-refresh-intents-object": Source(
        id="fintoc-refresh-intents-object",
        kind="doc",
        title="Fintoc API reference: The Refresh Intent object (attribute table)",
        url="https://docs.fintoc.com/reference/movements-api/refresh-intents/refresh-intents-object",
    ),
    "fintoc-refresh-intents-object-es": Source(
        id="fintoc-refresh-intents-object-es",
        kind="doc",
        title="Fintoc (es): Objeto Refresh Intent (tabla de atributos)",
        url="https://docs.fintoc.com/es/reference/movements-api/refresh-intents/refresh-intents-object",
    ),
    "fintoc-refresh-intents-object-2023": Source(
        id="fintoc-refresh-intents-object-2023",
        kind="doc",
        title="Fintoc API reference (v2023-11-15): Refresh Intent object (its example and table)",
        url="https://docs.fintoc.com/v2023-11-15/reference/movements-api/refresh-intents/refresh-intents-object",
    ),
    "fintoc-refresh-intents-webhook": Source(
        id="fintoc-refresh-intents-webhook",
        kind="doc",
        title="Fintoc: Wait for the results using a Webhook Endpoint (an account.refresh_intent.succeeded event)",
        url="https://docs.fintoc.com/docs/refresh-intents-webhook",
    ),
    "fintoc-payment-intents-object": Source(
        id="fintoc-payment-intents-object",
        kind="doc",
        title="Fintoc API reference: Payment Intent Object (attribute table)",
        url="https://docs.fintoc.com/reference-link/payment-intents-object",
    ),
    "fintoc-payment-intents-object-example": Source(
        id="fintoc-payment-intents-object-example",
        kind="doc",
        title="Fintoc API reference: Payment Intent Object (its example)",
        url="https://docs.fintoc.com/reference/payment-intents-object",
    ),
    "fintoc-payment-intent-error-reason": Source(
        id="fintoc-payment-intent-error-reason",
        kind="doc",
        title="Fintoc API reference: Payment intent error reason (bank transfers; the copy ends inside unresolved_final_status's row)",
        url="https://docs.fintoc.com/api/payments-api/payment-intents/payment-intent-error-reason",
        read_in_part="The copy read ends inside the row of unresolved_final_status: the rest of that row and anything after it were not read.",
    ),
    "fintoc-payment-intent-error-reason-es": Source(
        id="fintoc-payment-intent-error-reason-es",
        kind="doc",
        title="Fintoc (es): Payment intent error reason (transferencias bancarias; the copy ends inside unresolved_final_status's row)",
        url="https://docs.fintoc.com/es/api/payments-api/payment-intents/payment-intent-error-reason",
        read_in_part="The copy read ends inside the row of unresolved_final_status: the rest of that row and anything after it were not read.",
    ),
    "fintoc-payment-intent-error-reason-country": Source(
        id="fintoc-payment-intent-error-reason-country",
        kind="doc",
        title="Fintoc API reference: Payment Intent Error Reason (the capture with a country column, whole to unresolved_final_status)",
        url="https://docs.fintoc.com/reference/payment-intent-error-reason",
    ),
    "fintoc-payment-intent-error-reason-legacy": Source(
        id="fintoc-payment-intent-error-reason-legacy",
        kind="doc",
        title="Fintoc API reference: Payment Intent Error Reason (an earlier capture, with user_left)",
        url="https://docs.fintoc.com/reference/payment-intent-error-reason",
    ),
    "fintoc-types-of-events": Source(
        id="fintoc-types-of-events",
        kind="doc",
        title="Fintoc API reference: Types of events (the capture with payment_intent.expired and .pending)",
        url="https://docs.fintoc.com/reference/types-of-events",
    ),
    "fintoc-types-of-events-refresh": Source(
        id="fintoc-types-of-events-refresh",
        kind="doc",
        title="Fintoc API reference: Types of events (the capture with the refresh intent failures)",
        url="https://docs.fintoc.com/reference/types-of-events",
    ),
    "fintoc-types-of-events-2023": Source(
        id="fintoc-types-of-events-2023",
        kind="doc",
        title="Fintoc API reference (v2023-11-15): Types of events (its first rows)",
        url="https://docs.fintoc.com/v2023-11-15/reference/main-resources/events/types-of-events",
    ),
    "fintoc-events-types": Source(
        id="fintoc-events-types",
        kind="doc",
        title="Fintoc: Event Types (guide)",
        url="https://docs.fintoc.com/docs/events-types",
    ),
    "fintoc-widget-events": Source(
        id="fintoc-widget-events",
        kind="doc",
        title="Fintoc: Listen to Widget events (onEvent; the capture ends at app_authentication_required)",
        url="https://docs.fintoc.com/docs/widget-events",
        read_in_part="The copy read of the onEvent events ends at app_authentication_required: anything after it was not read.",
    ),
    "fintoc-widget-events-older": Source(
        id="fintoc-widget-events-older",
        kind="doc",
        title="Fintoc: Listen to Widget events (an earlier capture, with the authentication events)",
        url="https://docs.fintoc.com/docs/widget-events",
    ),
    "fintoc-widget-events-es": Source(
        id="fintoc-widget-events-es",
        kind="doc",
        title="Fintoc (es): Escuchar eventos del Widget",
        url="https://docs.fintoc.com/es/docs/resources/widget/widget-events",
    ),
    "fintoc-ruby-utils": Source(
        id="fintoc-ruby-utils",
        kind="repo",
        title="fintoc-ruby 1.2.0: lib/fintoc/utils.rb (snake_to_pascal, which error_class applies to the code)",
        url="https://github.com/fintoc-com/fintoc-ruby/blob/b4c624495dd3114d44c16a94e6b4f40372be12ad/lib/fintoc/utils.rb",
    ),
    "fintoc-ruby-v2-transfer": Source(
        id="fintoc-ruby-v2-transfer",
        kind="repo",
        title="fintoc-ruby 1.2.0: lib/fintoc/v2/resources/transfer.rb (the v2 Transfer and a predicate per status)",
        url="https://github.com/fintoc-com/fintoc-ruby/blob/b4c624495dd3114d44c16a94e6b4f40372be12ad/lib/fintoc/v2/resources/transfer.rb",
    ),
    "fintoc-ruby-vcr-transfer-return": Source(
        id="fintoc-ruby-vcr-transfer-return",
        kind="repo",
        title="fintoc-ruby: the recorded response of POST /v2/transfers/{id}/return (a VCR cassette of its spec 'returns a Transfer instance with return_pending status', recorded 2025-09-02 from api.fintoc.com in test mode)",
        url="https://github.com/fintoc-com/fintoc-ruby/blob/b4c624495dd3114d44c16a94e6b4f40372be12ad/spec/vcr/Fintoc_V2_Client/behaves_like_a_client_with_transfers_manager/_transfers/_return/returns_a_Transfer_instance_with_return_pending_status.yml",
    ),
    "fintoc-docs-error-reasons": Source(
        id="fintoc-docs-error-reasons",
        kind="doc",
        title="Fintoc: Error Reasons (fintoc_error_reason in the file the Payment Intents Dashboard downloads)",
        url="https://docs.fintoc.com/docs/error-reasons",
    ),
}


def _ErrorCode() -> type[CodeEnum]:
    class ErrorCode(CodeEnum):
        """API error code: The code of a Fintoc API error (error.code): the particular error that occurred. The codes are those Fintoc's pages show in error responses and those the error classes of its Ruby client imply (lib/fintoc/errors.rb, fintoc-ruby 1.2.0). That client raises the class error_class gives the code (base_client.rb): the code split at each underscore, each part capitalized and the parts joined (utils.rb snake_to_pascal), then Error appended unless that name already ends in Error; so a code x and a code x_error name one class, and the value here is the code without _error (internal_server_error for InternalServerError, which that exception is written for). A code without a class makes the client raise NameError. errors.rb groups the classes under HTTP status comments, which give the statuses here, and lists four legacy classes under none. Fintoc's pages read give a text for four codes; the others are described in bankcodes' words from the class name and its status, and their categories are bankcodes' reading of them. Fintoc's Python and Node clients show the code in their exception's message but pick the exception's class by error.type.

        Wire field: error.code (the error object of an API error response)."""

        missing_parameter = "missing_parameter"
        refresh_intent_in_progress = "refresh_intent_in_progress"
        rate_limit_exceeded = "rate_limit_exceeded"
        rejected_refresh_intent = "rejected_refresh_intent"
        invalid_request = "invalid_request"
        invalid_currency = "invalid_currency"
        invalid_amount = "invalid_amount"
        invalid_account_type = "invalid_account_type"
        invalid_account_number = "invalid_account_number"
        invalid_account_status = "invalid_account_status"
        invalid_account_balance = "invalid_account_balance"
        invalid_institution_id = "invalid_institution_id"
        currency_mismatch = "currency_mismatch"
        invalid_comment_size = "invalid_comment_size"
        invalid_reference_id_size = "invalid_reference_id_size"
        invalid_positive_integer = "invalid_positive_integer"
        empty_string = "empty_string"
        invalid_string_size = "invalid_string_size"
        invalid_hash = "invalid_hash"
        invalid_boolean = "invalid_boolean"
        invalid_array = "invalid_array"
        invalid_integer = "invalid_integer"
        invalid_json = "invalid_json"
        invalid_params = "invalid_params"
        missing_cursor = "missing_cursor"
        invalid_enum = "invalid_enum"
        invalid_string = "invalid_string"
        invalid_username = "invalid_username"
        invalid_link_token = "invalid_link_token"
        invalid_date = "invalid_date"
        invalid_holder_id = "invalid_holder_id"
        invalid_card_number = "invalid_card_number"
        invalid_product = "invalid_product"
        invalid_webhook_subscription = "invalid_webhook_subscription"
        invalid_issue_type = "invalid_issue_type"
        invalid_refresh_type = "invalid_refresh_type"
        invalid_business_profile_tax_id = "invalid_business_profile_tax_id"
        invalid_session_holder_id = "invalid_session_holder_id"
        invalid_payment_recipient_account = "invalid_payment_recipient_account"
        invalid_payout_recipient_account = "invalid_payout_recipient_account"
        invalid_widget_token = "invalid_widget_token"
        invalid_payment_reference_number = "invalid_payment_reference_number"
        invalid_on_demand_link = "invalid_on_demand_link"
        invalid_holder_type = "invalid_holder_type"
        invalid_voucher_download = "invalid_voucher_download"
        invalid_mode = "invalid_mode"
        invalid_rsa_key = "invalid_rsa_key"
        expected_public_rsa_key = "expected_public_rsa_key"
        invalid_cidr_block = "invalid_cidr_block"
        invalid_expires_at = "invalid_expires_at"
        invalid_installments_currency = "invalid_installments_currency"
        invalid_clabe = "invalid_clabe"
        mismatch_transfer_account_currency = "mismatch_transfer_account_currency"
        authentication = "authentication"
        invalid_api_key = "invalid_api_key"
        expired_api_key = "expired_api_key"
        invalid_api_key_mode = "invalid_api_key_mode"
        expired_exchange_token = "expired_exchange_token"
        invalid_exchange_token = "invalid_exchange_token"
        missing_active_jws_public_key = "missing_active_jws_public_key"
        invalid_jws_signature_algorithm = "invalid_jws_signature_algorithm"
        invalid_jws_signature_header = "invalid_jws_signature_header"
        invalid_jws_signature_nonce = "invalid_jws_signature_nonce"
        invalid_jws_signature_timestamp = "invalid_jws_signature_timestamp"
        invalid_jws_signature_timestamp_format = "invalid_jws_signature_timestamp_format"
        invalid_jws_signature_timestamp_value = "invalid_jws_signature_timestamp_value"
        missing_jws_signature_header = "missing_jws_signature_header"
        jws_nonce_already_used = "jws_nonce_already_used"
        invalid_jws_ts = "invalid_jws_ts"
        payment_required = "payment_required"
        invalid_account = "invalid_account"
        invalid_recipient_account = "invalid_recipient_account"
        account_not_active = "account_not_active"
        entity_not_operational = "entity_not_operational"
        forbidden_entity = "forbidden_entity"
        forbidden_account = "forbidden_account"
        forbidden_account_number = "forbidden_account_number"
        forbidden_account_verification = "forbidden_account_verification"
        invalid_api_version = "invalid_api_version"
        product_access_required = "product_access_required"
        forbidden_request = "forbidden_request"
        missing_allowed_cidr_blocks = "missing_allowed_cidr_blocks"
        allowed_cidr_blocks_does_not_contain_ip = "allowed_cidr_blocks_does_not_contain_ip"
        recipient_blocked_account = "recipient_blocked_account"
        missing_resource = "missing_resource"
        invalid_url = "invalid_url"
        organization_without_entities = "organization_without_entities"
        operation_not_allowed = "operation_not_allowed"
        institution_credentials_invalid = "institution_credentials_invalid"
        locked_credentials = "locked_credentials"
        unavailable_institution = "unavailable_institution"
        insufficient_balance = "insufficient_balance"
        invalid_duplicated_transfer = "invalid_duplicated_transfer"
        invalid_transfer_status = "invalid_transfer_status"
        invalid_transfer_direction = "invalid_transfer_direction"
        account_number_limit_reached = "account_number_limit_reached"
        account_cannot_be_blocked = "account_cannot_be_blocked"
        invalid_otp_code = "invalid_otp_code"
        otp_not_found = "otp_not_found"
        otp_blocked = "otp_blocked"
        otp_verification_failed = "otp_verification_failed"
        otp_already_exists = "otp_already_exists"
        subscription_in_progress = "subscription_in_progress"
        on_demand_policy_required = "on_demand_policy_required"
        on_demand_refresh_unavailable = "on_demand_refresh_unavailable"
        not_supported_country = "not_supported_country"
        not_supported_currency = "not_supported_currency"
        not_supported_mode = "not_supported_mode"
        not_supported_product = "not_supported_product"
        sender_blocked_account = "sender_blocked_account"
        internal_server_error = "internal_server_error"
        unrecognized_request = "unrecognized_request"
        core_response = "core_response"
        link = "link"
        institution = "institution"
        api = "api"
        invalid_credentials = "invalid_credentials"

    register(
        ErrorCode,
        lambda: (
            CodeSetInfo(
                provider="fintoc",
                id="error_code",
                title="API error code",
                description="The code of a Fintoc API error (error.code): the particular error that occurred. The codes are those Fintoc's pages show in error responses and those the error classes of its Ruby client imply (lib/fintoc/errors.rb, fintoc-ruby 1.2.0). That client raises the class error_class gives the code (base_client.rb): the code split at each underscore, each part capitalized and the parts joined (utils.rb snake_to_pascal), then Error appended unless that name already ends in Error; so a code x and a code x_error name one class, and the value here is the code without _error (internal_server_error for InternalServerError, which that exception is written for). A code without a class makes the client raise NameError. errors.rb groups the classes under HTTP status comments, which give the statuses here, and lists four legacy classes under none. Fintoc's pages read give a text for four codes; the others are described in bankcodes' words from the class name and its status, and their categories are bankcodes' reading of them. Fintoc's Python and Node clients show the code in their exception's message but pick the exception's class by error.type.",
                field="error.code (the error object of an API error response)",
                sources=(
                    _S["fintoc-errors-object"],
                    _S["fintoc-refresh-intents-errors"],
                    _S["fintoc-ruby-errors"],
                    _S["fintoc-ruby-base-client"],
                    _S["fintoc-ruby-utils"],
                ),
            ),
            (
                CodeInfo(
                    value="missing_parameter",
                    description="A required parameter is missing from the request; param names it.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-errors-object"],
                        _S["fintoc-errors-object-api"],
                        _S["fintoc-errors-object-es"],
                        _S["fintoc-ruby-errors"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists MissingParameterError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["fintoc-errors-object"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#missing_parameter",
                    editorial=True,
                    notes="Fintoc's Error object example: type invalid_request_error, message 'Missing required param: link_token', param link_token. The description is bankcodes' wording of that example.",
                ),
                CodeInfo(
                    value="refresh_intent_in_progress",
                    description="You can't create a Refresh Intent when there is another one in progress",
                    category=_C.CONCURRENT_OPERATION,
                    sources=(_S["fintoc-refresh-intents-errors"], _S["fintoc-ruby-errors"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists RefreshIntentInProgressError, the class its error_class gives this code, under '# 422 Unprocessable Entity Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-refresh-intents-errors"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#refresh_intent_in_progress",
                    notes="Sent with type invalid_request_error and a message naming the link ('There is already a refresh intent in progress for link_00000000.'). The description is the heading of Fintoc's Refresh Intents errors page.",
                ),
                CodeInfo(
                    value="rate_limit_exceeded",
                    description="The request exceeds a rate limit of Fintoc's API.",
                    category=_C.RATE_LIMITED,
                    sources=(
                        _S["fintoc-refresh-intents-errors"],
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-errors-status-codes"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=429,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists RateLimitExceededError, the class its error_class gives this code, under '# 429 Too Many Requests Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(
                                _S["fintoc-refresh-intents-errors"],
                                _S["fintoc-errors-status-codes"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#rate_limit_exceeded",
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
                            provider="basiq",
                            code_set="error_code",
                            value="too-many-requests",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="mono",
                            code_set="http_status",
                            value="429",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                    ),
                    editorial=True,
                    notes="Fintoc's Refresh Intents errors page shows it, with type invalid_request_error, for a Refresh Intent created less than 5 minutes after a successful one ('This Link was recently refreshed.You have to wait at least 5 minutes between refresh intents'); its status code summary gives 429 for more than five requests per second. After a failed Refresh Intent no wait is needed.",
                    wait_seconds=1,
                    max_attempts=6,
                    fact_sources={
                        "wait_seconds": ("fintoc-docs-rate-limits", "fintoc-guides-rate-limits"),
                        "max_attempts": ("fintoc-docs-rate-limits", "fintoc-guides-rate-limits"),
                    },
                ),
                CodeInfo(
                    value="rejected_refresh_intent",
                    description="The institution indicated that the credentials are invalid. You need to reconnect the account.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["fintoc-refresh-intents-errors"], _S["fintoc-ruby-errors"]),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists RejectedRefreshIntentError, the class its error_class gives this code, under '# 422 Unprocessable Entity Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-refresh-intents-errors"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#rejected_refresh_intent",
                    notes="Sent with type link_error. The description is the error's message when Fintoc has confirmed the credentials are invalid; while it has not yet confirmed what the bank said, the same code comes with 'The institution indicated that the credentials are invalid. You have to wait at least an hour to avoid locking your credentials', when waiting an hour, not reconnecting, is what is asked.",
                ),
                CodeInfo(
                    value="invalid_request",
                    description="Invalid request: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidRequestError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_request",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidRequestError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_request_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_currency",
                    description="Invalid currency: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidCurrencyError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_currency",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidCurrencyError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_currency_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_amount",
                    description="Invalid amount: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidAmountError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_amount",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidAmountError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_amount_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_account_type",
                    description="Invalid account type: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidAccountTypeError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_account_type",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidAccountTypeError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_account_type_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_account_number",
                    description="Invalid account number: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidAccountNumberError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_account_number",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidAccountNumberError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_account_number_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_account_status",
                    description="Invalid account status: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidAccountStatusError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_account_status",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidAccountStatusError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_account_status_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_account_balance",
                    description="Invalid account balance: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidAccountBalanceError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_account_balance",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidAccountBalanceError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_account_balance_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_institution_id",
                    description="Invalid institution ID: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidInstitutionIdError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_institution_id",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidInstitutionIdError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_institution_id_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="currency_mismatch",
                    description="Currency mismatch: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists CurrencyMismatchError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#currency_mismatch",
                    editorial=True,
                    notes="fintoc-ruby's class CurrencyMismatchError (lib/fintoc/errors.rb), which its error_class also gives the code currency_mismatch_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_comment_size",
                    description="Invalid comment size: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidCommentSizeError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_comment_size",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidCommentSizeError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_comment_size_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_reference_id_size",
                    description="Invalid reference ID size: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidReferenceIdSizeError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_reference_id_size",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidReferenceIdSizeError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_reference_id_size_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_positive_integer",
                    description="Invalid positive integer: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidPositiveIntegerError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_positive_integer",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidPositiveIntegerError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_positive_integer_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="empty_string",
                    description="Empty string: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists EmptyStringError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#empty_string",
                    editorial=True,
                    notes="fintoc-ruby's class EmptyStringError (lib/fintoc/errors.rb), which its error_class also gives the code empty_string_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_string_size",
                    description="Invalid string size: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidStringSizeError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_string_size",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidStringSizeError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_string_size_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_hash",
                    description="Invalid hash: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidHashError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_hash",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidHashError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_hash_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_boolean",
                    description="Invalid boolean: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidBooleanError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_boolean",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidBooleanError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_boolean_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_array",
                    description="Invalid array: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidArrayError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_array",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidArrayError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_array_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_integer",
                    description="Invalid integer: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidIntegerError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_integer",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidIntegerError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_integer_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_json",
                    description="Invalid JSON: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidJsonError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_json",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidJsonError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_json_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_params",
                    description="Invalid params: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidParamsError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_params",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidParamsError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_params_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="missing_cursor",
                    description="Missing cursor: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists MissingCursorError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#missing_cursor",
                    editorial=True,
                    notes="fintoc-ruby's class MissingCursorError (lib/fintoc/errors.rb), which its error_class also gives the code missing_cursor_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_enum",
                    description="Invalid enum: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidEnumError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_enum",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidEnumError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_enum_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_string",
                    description="Invalid string: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidStringError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_string",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidStringError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_string_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_username",
                    description="Invalid username: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidUsernameError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_username",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidUsernameError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_username_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_link_token",
                    description="Invalid link token: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidLinkTokenError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_link_token",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidLinkTokenError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_link_token_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_date",
                    description="Invalid date: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidDateError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_date",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidDateError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_date_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_holder_id",
                    description="Invalid holder ID: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidHolderIdError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_holder_id",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidHolderIdError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_holder_id_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_card_number",
                    description="Invalid card number: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidCardNumberError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_card_number",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidCardNumberError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_card_number_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_product",
                    description="Invalid product: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidProductError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_product",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidProductError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_product_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_webhook_subscription",
                    description="Invalid webhook subscription: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidWebhookSubscriptionError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_webhook_subscription",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidWebhookSubscriptionError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_webhook_subscription_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_issue_type",
                    description="Invalid issue type: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidIssueTypeError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_issue_type",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidIssueTypeError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_issue_type_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_refresh_type",
                    description="Invalid refresh type: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidRefreshTypeError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_refresh_type",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidRefreshTypeError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_refresh_type_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_business_profile_tax_id",
                    description="Invalid business profile tax ID: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidBusinessProfileTaxIdError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_business_profile_tax_id",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidBusinessProfileTaxIdError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_business_profile_tax_id_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_session_holder_id",
                    description="Invalid session holder ID: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidSessionHolderIdError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_session_holder_id",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidSessionHolderIdError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_session_holder_id_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_payment_recipient_account",
                    description="Invalid payment recipient account: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidPaymentRecipientAccountError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_payment_recipient_account",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidPaymentRecipientAccountError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_payment_recipient_account_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_payout_recipient_account",
                    description="Invalid payout recipient account: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidPayoutRecipientAccountError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_payout_recipient_account",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidPayoutRecipientAccountError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_payout_recipient_account_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_widget_token",
                    description="Invalid widget token: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidWidgetTokenError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_widget_token",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidWidgetTokenError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_widget_token_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_payment_reference_number",
                    description="Invalid payment reference number: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidPaymentReferenceNumberError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_payment_reference_number",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidPaymentReferenceNumberError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_payment_reference_number_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_on_demand_link",
                    description="Invalid on demand link: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidOnDemandLinkError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_on_demand_link",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidOnDemandLinkError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_on_demand_link_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_holder_type",
                    description="Invalid holder type: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidHolderTypeError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_holder_type",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidHolderTypeError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_holder_type_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_voucher_download",
                    description="Invalid voucher download: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidVoucherDownloadError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_voucher_download",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidVoucherDownloadError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_voucher_download_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_mode",
                    description="Invalid mode: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidModeError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_mode",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidModeError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_mode_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_rsa_key",
                    description="Invalid RSA key: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidRsaKeyError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_rsa_key",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidRsaKeyError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_rsa_key_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="expected_public_rsa_key",
                    description="Expected public RSA key: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists ExpectedPublicRsaKeyError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#expected_public_rsa_key",
                    editorial=True,
                    notes="fintoc-ruby's class ExpectedPublicRsaKeyError (lib/fintoc/errors.rb), which its error_class also gives the code expected_public_rsa_key_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_cidr_block",
                    description="Invalid CIDR block: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidCidrBlockError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_cidr_block",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidCidrBlockError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_cidr_block_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_expires_at",
                    description="Invalid expires at: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidExpiresAtError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_expires_at",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidExpiresAtError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_expires_at_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_installments_currency",
                    description="Invalid installments currency: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidInstallmentsCurrencyError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_installments_currency",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidInstallmentsCurrencyError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_installments_currency_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_clabe",
                    description="Invalid CLABE: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidClabeError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_clabe",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidClabeError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_clabe_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="mismatch_transfer_account_currency",
                    description="Mismatch transfer account currency: an error fintoc-ruby's classes file under 400 Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists MismatchTransferAccountCurrencyError, the class its error_class gives this code, under '# 400 Bad Request Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#mismatch_transfer_account_currency",
                    editorial=True,
                    notes="fintoc-ruby's class MismatchTransferAccountCurrencyError (lib/fintoc/errors.rb), which its error_class also gives the code mismatch_transfer_account_currency_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="authentication",
                    description="Authentication: an error fintoc-ruby's classes file under 401 Unauthorized.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists AuthenticationError, the class its error_class gives this code, under '# 401 Unauthorized Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#authentication",
                    editorial=True,
                    notes="fintoc-ruby's class AuthenticationError (lib/fintoc/errors.rb), which its error_class also gives the code authentication_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_api_key",
                    description="Invalid API key: an error fintoc-ruby's classes file under 401 Unauthorized.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidApiKeyError, the class its error_class gives this code, under '# 401 Unauthorized Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_api_key",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidApiKeyError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_api_key_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="expired_api_key",
                    description="Expired API key: an error fintoc-ruby's classes file under 401 Unauthorized.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists ExpiredApiKeyError, the class its error_class gives this code, under '# 401 Unauthorized Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#expired_api_key",
                    editorial=True,
                    notes="fintoc-ruby's class ExpiredApiKeyError (lib/fintoc/errors.rb), which its error_class also gives the code expired_api_key_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_api_key_mode",
                    description="Invalid API key mode: an error fintoc-ruby's classes file under 401 Unauthorized.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidApiKeyModeError, the class its error_class gives this code, under '# 401 Unauthorized Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_api_key_mode",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidApiKeyModeError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_api_key_mode_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="expired_exchange_token",
                    description="Expired exchange token: an error fintoc-ruby's classes file under 401 Unauthorized.",
                    category=_C.SESSION_EXPIRED,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists ExpiredExchangeTokenError, the class its error_class gives this code, under '# 401 Unauthorized Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#expired_exchange_token",
                    editorial=True,
                    notes="fintoc-ruby's class ExpiredExchangeTokenError (lib/fintoc/errors.rb), which its error_class also gives the code expired_exchange_token_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_exchange_token",
                    description="Invalid exchange token: an error fintoc-ruby's classes file under 401 Unauthorized.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidExchangeTokenError, the class its error_class gives this code, under '# 401 Unauthorized Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_exchange_token",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidExchangeTokenError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_exchange_token_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="missing_active_jws_public_key",
                    description="Missing active JWS public key: an error fintoc-ruby's classes file under 401 Unauthorized.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists MissingActiveJwsPublicKeyError, the class its error_class gives this code, under '# 401 Unauthorized Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#missing_active_jws_public_key",
                    editorial=True,
                    notes="fintoc-ruby's class MissingActiveJwsPublicKeyError (lib/fintoc/errors.rb), which its error_class also gives the code missing_active_jws_public_key_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_jws_signature_algorithm",
                    description="Invalid JWS signature algorithm: an error fintoc-ruby's classes file under 401 Unauthorized.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidJwsSignatureAlgorithmError, the class its error_class gives this code, under '# 401 Unauthorized Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_jws_signature_algorithm",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidJwsSignatureAlgorithmError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_jws_signature_algorithm_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_jws_signature_header",
                    description="Invalid JWS signature header: an error fintoc-ruby's classes file under 401 Unauthorized.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidJwsSignatureHeaderError, the class its error_class gives this code, under '# 401 Unauthorized Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_jws_signature_header",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidJwsSignatureHeaderError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_jws_signature_header_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_jws_signature_nonce",
                    description="Invalid JWS signature nonce: an error fintoc-ruby's classes file under 401 Unauthorized.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidJwsSignatureNonceError, the class its error_class gives this code, under '# 401 Unauthorized Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_jws_signature_nonce",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidJwsSignatureNonceError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_jws_signature_nonce_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_jws_signature_timestamp",
                    description="Invalid JWS signature timestamp: an error fintoc-ruby's classes file under 401 Unauthorized.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidJwsSignatureTimestampError, the class its error_class gives this code, under '# 401 Unauthorized Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_jws_signature_timestamp",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidJwsSignatureTimestampError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_jws_signature_timestamp_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_jws_signature_timestamp_format",
                    description="Invalid JWS signature timestamp format: an error fintoc-ruby's classes file under 401 Unauthorized.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidJwsSignatureTimestampFormatError, the class its error_class gives this code, under '# 401 Unauthorized Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_jws_signature_timestamp_format",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidJwsSignatureTimestampFormatError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_jws_signature_timestamp_format_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_jws_signature_timestamp_value",
                    description="Invalid JWS signature timestamp value: an error fintoc-ruby's classes file under 401 Unauthorized.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidJwsSignatureTimestampValueError, the class its error_class gives this code, under '# 401 Unauthorized Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_jws_signature_timestamp_value",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidJwsSignatureTimestampValueError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_jws_signature_timestamp_value_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="missing_jws_signature_header",
                    description="Missing JWS signature header: an error fintoc-ruby's classes file under 401 Unauthorized.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists MissingJwsSignatureHeaderError, the class its error_class gives this code, under '# 401 Unauthorized Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#missing_jws_signature_header",
                    editorial=True,
                    notes="fintoc-ruby's class MissingJwsSignatureHeaderError (lib/fintoc/errors.rb), which its error_class also gives the code missing_jws_signature_header_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="jws_nonce_already_used",
                    description="JWS nonce already used: an error fintoc-ruby's classes file under 401 Unauthorized.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists JwsNonceAlreadyUsedError, the class its error_class gives this code, under '# 401 Unauthorized Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#jws_nonce_already_used",
                    editorial=True,
                    notes="fintoc-ruby's class JwsNonceAlreadyUsedError (lib/fintoc/errors.rb), which its error_class also gives the code jws_nonce_already_used_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_jws_ts",
                    description="Invalid JWS ts: an error fintoc-ruby's classes file under 401 Unauthorized.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidJwsTsError, the class its error_class gives this code, under '# 401 Unauthorized Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_jws_ts",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidJwsTsError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_jws_ts_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="payment_required",
                    description="Payment required: an error fintoc-ruby's classes file under 402 Payment Required.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=402,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists PaymentRequiredError, the class its error_class gives this code, under '# 402 Payment Required Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#payment_required",
                    editorial=True,
                    notes="fintoc-ruby's class PaymentRequiredError (lib/fintoc/errors.rb), which its error_class also gives the code payment_required_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_account",
                    description="Invalid account: an error fintoc-ruby's classes file under 403 Forbidden.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=403,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidAccountError, the class its error_class gives this code, under '# 403 Forbidden Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_account",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidAccountError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_account_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_recipient_account",
                    description="Invalid recipient account: an error fintoc-ruby's classes file under 403 Forbidden.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=403,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidRecipientAccountError, the class its error_class gives this code, under '# 403 Forbidden Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_recipient_account",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidRecipientAccountError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_recipient_account_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="account_not_active",
                    description="Account not active: an error fintoc-ruby's classes file under 403 Forbidden.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=403,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists AccountNotActiveError, the class its error_class gives this code, under '# 403 Forbidden Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#account_not_active",
                    editorial=True,
                    notes="fintoc-ruby's class AccountNotActiveError (lib/fintoc/errors.rb), which its error_class also gives the code account_not_active_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="entity_not_operational",
                    description="Entity not operational: an error fintoc-ruby's classes file under 403 Forbidden.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=403,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists EntityNotOperationalError, the class its error_class gives this code, under '# 403 Forbidden Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#entity_not_operational",
                    editorial=True,
                    notes="fintoc-ruby's class EntityNotOperationalError (lib/fintoc/errors.rb), which its error_class also gives the code entity_not_operational_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="forbidden_entity",
                    description="Forbidden entity: an error fintoc-ruby's classes file under 403 Forbidden.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=403,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists ForbiddenEntityError, the class its error_class gives this code, under '# 403 Forbidden Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#forbidden_entity",
                    editorial=True,
                    notes="fintoc-ruby's class ForbiddenEntityError (lib/fintoc/errors.rb), which its error_class also gives the code forbidden_entity_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="forbidden_account",
                    description="Forbidden account: an error fintoc-ruby's classes file under 403 Forbidden.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=403,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists ForbiddenAccountError, the class its error_class gives this code, under '# 403 Forbidden Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#forbidden_account",
                    editorial=True,
                    notes="fintoc-ruby's class ForbiddenAccountError (lib/fintoc/errors.rb), which its error_class also gives the code forbidden_account_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="forbidden_account_number",
                    description="Forbidden account number: an error fintoc-ruby's classes file under 403 Forbidden.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=403,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists ForbiddenAccountNumberError, the class its error_class gives this code, under '# 403 Forbidden Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#forbidden_account_number",
                    editorial=True,
                    notes="fintoc-ruby's class ForbiddenAccountNumberError (lib/fintoc/errors.rb), which its error_class also gives the code forbidden_account_number_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="forbidden_account_verification",
                    description="Forbidden account verification: an error fintoc-ruby's classes file under 403 Forbidden.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=403,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists ForbiddenAccountVerificationError, the class its error_class gives this code, under '# 403 Forbidden Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#forbidden_account_verification",
                    editorial=True,
                    notes="fintoc-ruby's class ForbiddenAccountVerificationError (lib/fintoc/errors.rb), which its error_class also gives the code forbidden_account_verification_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_api_version",
                    description="Invalid API version: an error fintoc-ruby's classes file under 403 Forbidden.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=403,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidApiVersionError, the class its error_class gives this code, under '# 403 Forbidden Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_api_version",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidApiVersionError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_api_version_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="product_access_required",
                    description="Product access required: an error fintoc-ruby's classes file under 403 Forbidden.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=403,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists ProductAccessRequiredError, the class its error_class gives this code, under '# 403 Forbidden Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#product_access_required",
                    editorial=True,
                    notes="fintoc-ruby's class ProductAccessRequiredError (lib/fintoc/errors.rb), which its error_class also gives the code product_access_required_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="forbidden_request",
                    description="Forbidden request: an error fintoc-ruby's classes file under 403 Forbidden.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=403,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists ForbiddenRequestError, the class its error_class gives this code, under '# 403 Forbidden Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#forbidden_request",
                    editorial=True,
                    notes="fintoc-ruby's class ForbiddenRequestError (lib/fintoc/errors.rb), which its error_class also gives the code forbidden_request_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="missing_allowed_cidr_blocks",
                    description="Missing allowed CIDR blocks: an error fintoc-ruby's classes file under 403 Forbidden.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=403,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists MissingAllowedCidrBlocksError, the class its error_class gives this code, under '# 403 Forbidden Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#missing_allowed_cidr_blocks",
                    editorial=True,
                    notes="fintoc-ruby's class MissingAllowedCidrBlocksError (lib/fintoc/errors.rb), which its error_class also gives the code missing_allowed_cidr_blocks_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="allowed_cidr_blocks_does_not_contain_ip",
                    description="Allowed CIDR blocks does not contain IP: an error fintoc-ruby's classes file under 403 Forbidden.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=403,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists AllowedCidrBlocksDoesNotContainIpError, the class its error_class gives this code, under '# 403 Forbidden Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#allowed_cidr_blocks_does_not_contain_ip",
                    editorial=True,
                    notes="fintoc-ruby's class AllowedCidrBlocksDoesNotContainIpError (lib/fintoc/errors.rb), which its error_class also gives the code allowed_cidr_blocks_does_not_contain_ip_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="recipient_blocked_account",
                    description="Recipient blocked account: an error fintoc-ruby's classes file under 403 Forbidden.",
                    category=_C.REJECTED,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=403,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists RecipientBlockedAccountError, the class its error_class gives this code, under '# 403 Forbidden Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#recipient_blocked_account",
                    editorial=True,
                    notes="fintoc-ruby's class RecipientBlockedAccountError (lib/fintoc/errors.rb), which its error_class also gives the code recipient_blocked_account_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="missing_resource",
                    description="Missing resource: an error fintoc-ruby's classes file under 404 Not Found.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists MissingResourceError, the class its error_class gives this code, under '# 404 Not Found Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#missing_resource",
                    editorial=True,
                    notes="fintoc-ruby's class MissingResourceError (lib/fintoc/errors.rb), which its error_class also gives the code missing_resource_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_url",
                    description="Invalid URL: an error fintoc-ruby's classes file under 404 Not Found.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidUrlError, the class its error_class gives this code, under '# 404 Not Found Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_url",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidUrlError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_url_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="organization_without_entities",
                    description="Organization without entities: an error fintoc-ruby's classes file under 404 Not Found.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists OrganizationWithoutEntitiesError, the class its error_class gives this code, under '# 404 Not Found Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#organization_without_entities",
                    editorial=True,
                    notes="fintoc-ruby's class OrganizationWithoutEntitiesError (lib/fintoc/errors.rb), which its error_class also gives the code organization_without_entities_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="operation_not_allowed",
                    description="Operation not allowed: an error fintoc-ruby's classes file under 405 Method Not Allowed.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=405,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists OperationNotAllowedError, the class its error_class gives this code, under '# 405 Method Not Allowed Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#operation_not_allowed",
                    editorial=True,
                    notes="fintoc-ruby's class OperationNotAllowedError (lib/fintoc/errors.rb), which its error_class also gives the code operation_not_allowed_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="institution_credentials_invalid",
                    description="Institution credentials invalid: an error fintoc-ruby's classes file under 406 Not Acceptable.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=406,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InstitutionCredentialsInvalidError, the class its error_class gives this code, under '# 406 Not Acceptable Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#institution_credentials_invalid",
                    editorial=True,
                    notes="fintoc-ruby's class InstitutionCredentialsInvalidError (lib/fintoc/errors.rb), which its error_class also gives the code institution_credentials_invalid_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="locked_credentials",
                    description="Locked credentials: an error fintoc-ruby's classes file under 406 Not Acceptable.",
                    category=_C.ATTEMPTS_EXHAUSTED,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=406,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists LockedCredentialsError, the class its error_class gives this code, under '# 406 Not Acceptable Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#locked_credentials",
                    editorial=True,
                    notes="fintoc-ruby's class LockedCredentialsError (lib/fintoc/errors.rb), which its error_class also gives the code locked_credentials_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="unavailable_institution",
                    description="Unavailable institution: an error fintoc-ruby's classes file under 406 Not Acceptable.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=406,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists UnavailableInstitutionError, the class its error_class gives this code, under '# 406 Not Acceptable Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#unavailable_institution",
                    editorial=True,
                    notes="fintoc-ruby's class UnavailableInstitutionError (lib/fintoc/errors.rb), which its error_class also gives the code unavailable_institution_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="insufficient_balance",
                    description="Insufficient balance: an error fintoc-ruby's classes file under 409 Conflict.",
                    category=_C.REJECTED,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=409,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InsufficientBalanceError, the class its error_class gives this code, under '# 409 Conflict Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#insufficient_balance",
                    editorial=True,
                    notes="fintoc-ruby's class InsufficientBalanceError (lib/fintoc/errors.rb), which its error_class also gives the code insufficient_balance_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_duplicated_transfer",
                    description="Invalid duplicated transfer: an error fintoc-ruby's classes file under 409 Conflict.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=409,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidDuplicatedTransferError, the class its error_class gives this code, under '# 409 Conflict Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_duplicated_transfer",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidDuplicatedTransferError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_duplicated_transfer_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_transfer_status",
                    description="Invalid transfer status: an error fintoc-ruby's classes file under 409 Conflict.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=409,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidTransferStatusError, the class its error_class gives this code, under '# 409 Conflict Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_transfer_status",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidTransferStatusError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_transfer_status_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_transfer_direction",
                    description="Invalid transfer direction: an error fintoc-ruby's classes file under 409 Conflict.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=409,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidTransferDirectionError, the class its error_class gives this code, under '# 409 Conflict Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_transfer_direction",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidTransferDirectionError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_transfer_direction_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="account_number_limit_reached",
                    description="Account number limit reached: an error fintoc-ruby's classes file under 409 Conflict.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=409,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists AccountNumberLimitReachedError, the class its error_class gives this code, under '# 409 Conflict Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#account_number_limit_reached",
                    editorial=True,
                    notes="fintoc-ruby's class AccountNumberLimitReachedError (lib/fintoc/errors.rb), which its error_class also gives the code account_number_limit_reached_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="account_cannot_be_blocked",
                    description="Account cannot be blocked: an error fintoc-ruby's classes file under 409 Conflict.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=409,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists AccountCannotBeBlockedError, the class its error_class gives this code, under '# 409 Conflict Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#account_cannot_be_blocked",
                    editorial=True,
                    notes="fintoc-ruby's class AccountCannotBeBlockedError (lib/fintoc/errors.rb), which its error_class also gives the code account_cannot_be_blocked_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="invalid_otp_code",
                    description="Invalid OTP code: an error fintoc-ruby's classes file under 422 Unprocessable Entity.",
                    category=_C.MFA_FAILED,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InvalidOtpCodeError, the class its error_class gives this code, under '# 422 Unprocessable Entity Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_otp_code",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidOtpCodeError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_otp_code_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="otp_not_found",
                    description="OTP not found: an error fintoc-ruby's classes file under 422 Unprocessable Entity.",
                    category=_C.MFA_FAILED,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists OtpNotFoundError, the class its error_class gives this code, under '# 422 Unprocessable Entity Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#otp_not_found",
                    editorial=True,
                    notes="fintoc-ruby's class OtpNotFoundError (lib/fintoc/errors.rb), which its error_class also gives the code otp_not_found_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="otp_blocked",
                    description="OTP blocked: an error fintoc-ruby's classes file under 422 Unprocessable Entity.",
                    category=_C.ATTEMPTS_EXHAUSTED,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists OtpBlockedError, the class its error_class gives this code, under '# 422 Unprocessable Entity Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#otp_blocked",
                    editorial=True,
                    notes="fintoc-ruby's class OtpBlockedError (lib/fintoc/errors.rb), which its error_class also gives the code otp_blocked_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="otp_verification_failed",
                    description="OTP verification failed: an error fintoc-ruby's classes file under 422 Unprocessable Entity.",
                    category=_C.MFA_FAILED,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists OtpVerificationFailedError, the class its error_class gives this code, under '# 422 Unprocessable Entity Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#otp_verification_failed",
                    editorial=True,
                    notes="fintoc-ruby's class OtpVerificationFailedError (lib/fintoc/errors.rb), which its error_class also gives the code otp_verification_failed_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="otp_already_exists",
                    description="OTP already exists: an error fintoc-ruby's classes file under 422 Unprocessable Entity.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists OtpAlreadyExistsError, the class its error_class gives this code, under '# 422 Unprocessable Entity Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#otp_already_exists",
                    editorial=True,
                    notes="fintoc-ruby's class OtpAlreadyExistsError (lib/fintoc/errors.rb), which its error_class also gives the code otp_already_exists_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="subscription_in_progress",
                    description="Subscription in progress: an error fintoc-ruby's classes file under 422 Unprocessable Entity.",
                    category=_C.CONCURRENT_OPERATION,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists SubscriptionInProgressError, the class its error_class gives this code, under '# 422 Unprocessable Entity Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#subscription_in_progress",
                    editorial=True,
                    notes="fintoc-ruby's class SubscriptionInProgressError (lib/fintoc/errors.rb), which its error_class also gives the code subscription_in_progress_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="on_demand_policy_required",
                    description="On demand policy required: an error fintoc-ruby's classes file under 422 Unprocessable Entity.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists OnDemandPolicyRequiredError, the class its error_class gives this code, under '# 422 Unprocessable Entity Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#on_demand_policy_required",
                    editorial=True,
                    notes="fintoc-ruby's class OnDemandPolicyRequiredError (lib/fintoc/errors.rb), which its error_class also gives the code on_demand_policy_required_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="on_demand_refresh_unavailable",
                    description="On demand refresh unavailable: an error fintoc-ruby's classes file under 422 Unprocessable Entity.",
                    category=_C.REJECTED,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists OnDemandRefreshUnavailableError, the class its error_class gives this code, under '# 422 Unprocessable Entity Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#on_demand_refresh_unavailable",
                    editorial=True,
                    notes="fintoc-ruby's class OnDemandRefreshUnavailableError (lib/fintoc/errors.rb), which its error_class also gives the code on_demand_refresh_unavailable_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="not_supported_country",
                    description="Not supported country: an error fintoc-ruby's classes file under 422 Unprocessable Entity.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists NotSupportedCountryError, the class its error_class gives this code, under '# 422 Unprocessable Entity Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#not_supported_country",
                    editorial=True,
                    notes="fintoc-ruby's class NotSupportedCountryError (lib/fintoc/errors.rb), which its error_class also gives the code not_supported_country_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="not_supported_currency",
                    description="Not supported currency: an error fintoc-ruby's classes file under 422 Unprocessable Entity.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists NotSupportedCurrencyError, the class its error_class gives this code, under '# 422 Unprocessable Entity Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#not_supported_currency",
                    editorial=True,
                    notes="fintoc-ruby's class NotSupportedCurrencyError (lib/fintoc/errors.rb), which its error_class also gives the code not_supported_currency_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="not_supported_mode",
                    description="Not supported mode: an error fintoc-ruby's classes file under 422 Unprocessable Entity.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists NotSupportedModeError, the class its error_class gives this code, under '# 422 Unprocessable Entity Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#not_supported_mode",
                    editorial=True,
                    notes="fintoc-ruby's class NotSupportedModeError (lib/fintoc/errors.rb), which its error_class also gives the code not_supported_mode_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="not_supported_product",
                    description="Not supported product: an error fintoc-ruby's classes file under 422 Unprocessable Entity.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists NotSupportedProductError, the class its error_class gives this code, under '# 422 Unprocessable Entity Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#not_supported_product",
                    editorial=True,
                    notes="fintoc-ruby's class NotSupportedProductError (lib/fintoc/errors.rb), which its error_class also gives the code not_supported_product_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="sender_blocked_account",
                    description="Sender blocked account: an error fintoc-ruby's classes file under 422 Unprocessable Entity.",
                    category=_C.REJECTED,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists SenderBlockedAccountError, the class its error_class gives this code, under '# 422 Unprocessable Entity Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#sender_blocked_account",
                    editorial=True,
                    notes="fintoc-ruby's class SenderBlockedAccountError (lib/fintoc/errors.rb), which its error_class also gives the code sender_blocked_account_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="internal_server_error",
                    description="Internal server error: an error fintoc-ruby's classes file under 500 Internal Server Error.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists InternalServerError, the class its error_class gives this code, under '# 500 Internal Server Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#internal_server_error",
                    editorial=True,
                    notes="fintoc-ruby's class InternalServerError (lib/fintoc/errors.rb), which its error_class also gives the code internal_server. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them. base_client.rb's comment on error_class says the rule's exception (no Error appended to a name that ends in Error) exists for this class, so the code is internal_server_error.",
                ),
                CodeInfo(
                    value="unrecognized_request",
                    description="Unrecognized request: an error fintoc-ruby's classes file under 500 Internal Server Error.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists UnrecognizedRequestError, the class its error_class gives this code, under '# 500 Internal Server Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#unrecognized_request",
                    editorial=True,
                    notes="fintoc-ruby's class UnrecognizedRequestError (lib/fintoc/errors.rb), which its error_class also gives the code unrecognized_request_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="core_response",
                    description="Core response: an error fintoc-ruby's classes file under 500 Internal Server Error.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["fintoc-ruby-errors"],),
                            cause="fintoc-ruby's errors.rb lists CoreResponseError, the class its error_class gives this code, under '# 500 Internal Server Errors'.",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#core_response",
                    editorial=True,
                    notes="fintoc-ruby's class CoreResponseError (lib/fintoc/errors.rb), which its error_class also gives the code core_response_error. The pages read give no text for the code: the description is bankcodes' wording of the class name and its status, the category bankcodes' reading of them.",
                ),
                CodeInfo(
                    value="link",
                    description="Link: a legacy error class of fintoc-ruby's, under no HTTP status.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#link",
                    editorial=True,
                    notes="fintoc-ruby's class LinkError (lib/fintoc/errors.rb), which its error_class also gives the code link_error. The pages read give no text for the code: the description is bankcodes' wording of the class name, the category bankcodes' reading of it, as the category of the error type whose class has the same name. errors.rb lists the class among its 'Legacy Errors (keeping existing ones for backward compatibility and just in case)', under no HTTP status.",
                ),
                CodeInfo(
                    value="institution",
                    description="Institution: a legacy error class of fintoc-ruby's, under no HTTP status.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#institution",
                    editorial=True,
                    notes="fintoc-ruby's class InstitutionError (lib/fintoc/errors.rb), which its error_class also gives the code institution_error. The pages read give no text for the code: the description is bankcodes' wording of the class name, the category bankcodes' reading of it, as the category of the error type whose class has the same name. errors.rb lists the class among its 'Legacy Errors (keeping existing ones for backward compatibility and just in case)', under no HTTP status.",
                ),
                CodeInfo(
                    value="api",
                    description="API: a legacy error class of fintoc-ruby's, under no HTTP status.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#api",
                    editorial=True,
                    notes="fintoc-ruby's class ApiError (lib/fintoc/errors.rb), which its error_class also gives the code api_error. The pages read give no text for the code: the description is bankcodes' wording of the class name, the category bankcodes' reading of it, as the category of the error type whose class has the same name. errors.rb lists the class among its 'Legacy Errors (keeping existing ones for backward compatibility and just in case)', under no HTTP status.",
                ),
                CodeInfo(
                    value="invalid_credentials",
                    description="Invalid credentials: a legacy error class of fintoc-ruby's, under no HTTP status.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(
                        _S["fintoc-ruby-errors"],
                        _S["fintoc-ruby-base-client"],
                        _S["fintoc-ruby-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_code/#invalid_credentials",
                    editorial=True,
                    notes="fintoc-ruby's class InvalidCredentialsError (lib/fintoc/errors.rb), which its error_class also gives the code invalid_credentials_error. The pages read give no text for the code: the description is bankcodes' wording of the class name, the category bankcodes' reading of it, as the category of the error type whose class has the same name. errors.rb lists the class among its 'Legacy Errors (keeping existing ones for backward compatibility and just in case)', under no HTTP status.",
                ),
            ),
        ),
        {},
    )
    return ErrorCode


def _ErrorType() -> type[CodeEnum]:
    class ErrorType(CodeEnum):
        """API error type: The type of a Fintoc API error (error.type). Fintoc's Python and Node clients raise the exception class named after it (api_error: ApiError), and FintocError for any other type. Fintoc publishes no text per type: where its Python client's class has a docstring, that is the description.

        Wire field: error.type (the error object of an API error response)."""

        api_error = "api_error"
        authentication_error = "authentication_error"
        link_error = "link_error"
        institution_error = "institution_error"
        invalid_request_error = "invalid_request_error"
        new_contact_error = "new_contact_error"
        amount_error = "amount_error"

    register(
        ErrorType,
        lambda: (
            CodeSetInfo(
                provider="fintoc",
                id="error_type",
                title="API error type",
                description="The type of a Fintoc API error (error.type). Fintoc's Python and Node clients raise the exception class named after it (api_error: ApiError), and FintocError for any other type. Fintoc publishes no text per type: where its Python client's class has a docstring, that is the description.",
                field="error.type (the error object of an API error response)",
                sources=(
                    _S["fintoc-errors-object"],
                    _S["fintoc-python-errors"],
                    _S["fintoc-python-utils"],
                ),
            ),
            (
                CodeInfo(
                    value="api_error",
                    description="Represents an error with the API server.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["fintoc-errors-object"],
                        _S["fintoc-python-errors"],
                        _S["fintoc-python-utils"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-python-errors"],),
                        ),
                    ),
                    page="reference/fintoc/error_type/#api_error",
                ),
                CodeInfo(
                    value="authentication_error",
                    description="Represents an error with the authentication.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-errors-object"],
                        _S["fintoc-python-errors"],
                        _S["fintoc-python-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-python-errors"],),
                        ),
                    ),
                    page="reference/fintoc/error_type/#authentication_error",
                ),
                CodeInfo(
                    value="link_error",
                    description="Represents an error with a Link object.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["fintoc-errors-object"],
                        _S["fintoc-python-errors"],
                        _S["fintoc-python-utils"],
                        _S["fintoc-refresh-intents-errors"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-python-errors"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_type/#link_error",
                    notes="Fintoc's pages show it with rejected_refresh_intent: the institution says the Link's credentials are invalid.",
                ),
                CodeInfo(
                    value="institution_error",
                    description="Represents an error with an Institution object.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["fintoc-errors-object"],
                        _S["fintoc-python-errors"],
                        _S["fintoc-python-utils"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-python-errors"],),
                        ),
                    ),
                    page="reference/fintoc/error_type/#institution_error",
                ),
                CodeInfo(
                    value="invalid_request_error",
                    description="Represents an error because of an invalid request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-errors-object"],
                        _S["fintoc-python-errors"],
                        _S["fintoc-python-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-python-errors"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_type/#invalid_request_error",
                    notes="Fintoc's pages also show it with rate_limit_exceeded and refresh_intent_in_progress, whose codes decide.",
                ),
                CodeInfo(
                    value="new_contact_error",
                    description="An error about a transfer to a new contact, sent only when payments are pre-validated.",
                    category=_C.REJECTED,
                    sources=(_S["fintoc-errors-object"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_type/#new_contact_error",
                    editorial=True,
                    notes="Fintoc's Error Object page: 'The last two are only if you pre-validate payments.' Neither Python nor Node has a class for it: both raise FintocError.",
                ),
                CodeInfo(
                    value="amount_error",
                    description="An error about a payment's amount, sent only when payments are pre-validated.",
                    category=_C.REJECTED,
                    sources=(_S["fintoc-errors-object"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/error_type/#amount_error",
                    editorial=True,
                    notes="Fintoc's Error Object page: 'The last two are only if you pre-validate payments.' Neither Python nor Node has a class for it: both raise FintocError.",
                ),
            ),
        ),
        {},
    )
    return ErrorType


def _PaymentErrorReason() -> type[CodeEnum]:
    class PaymentErrorReason(CodeEnum):
        """Payment Intent error reason: Why a Payment Intent failed (error_reason), for bank transfers: the values Fintoc's error reason page lists, whose stored copies are of Chile (each row's country); Fintoc may add more at any time. The list on the current page runs on past the stored copies (after unresolved_final_status), so later rows are not here. Fintoc's Spanish page gives the same list in Spanish.

        Wire field: error_reason (the Payment Intent object; data.error_reason of payment_intent.* events)."""

        bank_account_locked = "bank_account_locked"
        bank_connection_error = "bank_connection_error"
        bank_not_available = "bank_not_available"
        amount_limit_reached = "amount_limit_reached"
        insufficient_funds = "insufficient_funds"
        login_credentials_locked = "login_credentials_locked"
        login_invalid_credentials = "login_invalid_credentials"
        maximum_amount_error = "maximum_amount_error"
        mfa_authorization_timeout = "mfa_authorization_timeout"
        mfa_invalid_authorization = "mfa_invalid_authorization"
        mfa_locked = "mfa_locked"
        mfa_unavailable = "mfa_unavailable"
        new_contact_amount_limit_reached = "new_contact_amount_limit_reached"
        new_contact_transfer_number_limit_reached = "new_contact_transfer_number_limit_reached"
        recipient_account_not_allowed = "recipient_account_not_allowed"
        unresolved_final_status = "unresolved_final_status"
        user_left = "user_left"

    register(
        PaymentErrorReason,
        lambda: (
            CodeSetInfo(
                provider="fintoc",
                id="payment_error_reason",
                title="Payment Intent error reason",
                description="Why a Payment Intent failed (error_reason), for bank transfers: the values Fintoc's error reason page lists, whose stored copies are of Chile (each row's country); Fintoc may add more at any time. The list on the current page runs on past the stored copies (after unresolved_final_status), so later rows are not here. Fintoc's Spanish page gives the same list in Spanish.",
                field="error_reason (the Payment Intent object; data.error_reason of payment_intent.* events)",
                sources=(
                    _S["fintoc-payment-intent-error-reason"],
                    _S["fintoc-payment-intent-error-reason-es"],
                    _S["fintoc-payment-intent-error-reason-country"],
                ),
            ),
            (
                CodeInfo(
                    value="bank_account_locked",
                    description="The bank blocked the transfers service for this account.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(
                        _S["fintoc-payment-intent-error-reason"],
                        _S["fintoc-payment-intent-error-reason-es"],
                        _S["fintoc-payment-intent-error-reason-country"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank has blocked transfers from this account.",
                            action="Contact your bank to unblock transfers, or pay from another account.",
                        ),
                        "fr": EndUserWords(
                            message="Votre banque a bloqué les virements depuis ce compte.",
                            action="Contactez votre banque pour débloquer les virements, ou payez depuis un autre compte.",
                        ),
                        "ar": EndUserWords(
                            message="حظر بنكك التحويلات من هذا الحساب.",
                            action="تواصل مع بنكك لإلغاء حظر التحويلات، أو ادفع من حساب آخر.",
                        ),
                        "es": EndUserWords(
                            message="Su banco bloqueó las transferencias desde esta cuenta.",
                            action="Comuníquese con su banco para desbloquear las transferencias o pague desde otra cuenta.",
                        ),
                        "pt": EndUserWords(
                            message="Seu banco bloqueou as transferências desta conta.",
                            action="Entre em contato com seu banco para desbloquear as transferências ou pague com outra conta.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-payment-intent-error-reason"],),
                        ),
                    ),
                    page="reference/fintoc/payment_error_reason/#bank_account_locked",
                ),
                CodeInfo(
                    value="bank_connection_error",
                    description="Fintoc had a problem connecting with the selected bank.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["fintoc-payment-intent-error-reason"],
                        _S["fintoc-payment-intent-error-reason-es"],
                        _S["fintoc-payment-intent-error-reason-country"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-payment-intent-error-reason"],),
                        ),
                    ),
                    page="reference/fintoc/payment_error_reason/#bank_connection_error",
                ),
                CodeInfo(
                    value="bank_not_available",
                    description="The selected bank is temporarily unavailable.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["fintoc-payment-intent-error-reason"],
                        _S["fintoc-payment-intent-error-reason-es"],
                        _S["fintoc-payment-intent-error-reason-country"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-payment-intent-error-reason"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/payment_error_reason/#bank_not_available",
                    notes="An earlier capture of the page reads 'temporary unavailable'.",
                ),
                CodeInfo(
                    value="amount_limit_reached",
                    description="The maximum amount available to transfer was reached.",
                    category=_C.REJECTED,
                    sources=(
                        _S["fintoc-payment-intent-error-reason"],
                        _S["fintoc-payment-intent-error-reason-es"],
                        _S["fintoc-payment-intent-error-reason-country"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="The amount is over the limit your bank allows for this transfer.",
                            action="Pay a smaller amount, use another account, or ask your bank to raise the limit, then try again.",
                        ),
                        "fr": EndUserWords(
                            message="Le montant dépasse la limite que votre banque autorise pour ce virement.",
                            action="Payez un montant inférieur, utilisez un autre compte ou demandez à votre banque de relever la limite, puis réessayez.",
                        ),
                        "ar": EndUserWords(
                            message="المبلغ يتجاوز الحد الذي يسمح به بنكك لهذا التحويل.",
                            action="ادفع مبلغاً أقل، أو استخدم حساباً آخر، أو اطلب من بنكك رفع الحد، ثم حاول مرة أخرى.",
                        ),
                        "es": EndUserWords(
                            message="El monto supera el límite que su banco permite para esta transferencia.",
                            action="Pague un monto menor, use otra cuenta o pida a su banco que aumente el límite y vuelva a intentarlo.",
                        ),
                        "pt": EndUserWords(
                            message="O valor ultrapassa o limite que seu banco permite para esta transferência.",
                            action="Pague um valor menor, use outra conta ou peça ao seu banco para aumentar o limite e tente novamente.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-payment-intent-error-reason"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/payment_error_reason/#amount_limit_reached",
                    notes="The end user can try again (another amount, another account, or after the bank's limit resets), although the bank declined this payment: bankcodes' reading.",
                ),
                CodeInfo(
                    value="insufficient_funds",
                    description="The account doesn’t have enough money to execute the payment.",
                    category=_C.REJECTED,
                    sources=(
                        _S["fintoc-payment-intent-error-reason"],
                        _S["fintoc-payment-intent-error-reason-es"],
                        _S["fintoc-payment-intent-error-reason-country"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your account does not have enough money for this payment.",
                            action="Add money to your account or pay from another account, then try again.",
                        ),
                        "fr": EndUserWords(
                            message="Votre compte n'a pas assez d'argent pour ce paiement.",
                            action="Approvisionnez votre compte ou payez depuis un autre compte, puis réessayez.",
                        ),
                        "ar": EndUserWords(
                            message="لا يحتوي حسابك على رصيد كافٍ لهذا الدفع.",
                            action="أضف أموالاً إلى حسابك أو ادفع من حساب آخر، ثم حاول مرة أخرى.",
                        ),
                        "es": EndUserWords(
                            message="Su cuenta no tiene saldo suficiente para este pago.",
                            action="Agregue fondos a su cuenta o pague desde otra cuenta y vuelva a intentarlo.",
                        ),
                        "pt": EndUserWords(
                            message="Sua conta não tem saldo suficiente para este pagamento.",
                            action="Adicione saldo à sua conta ou pague com outra conta e tente novamente.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-payment-intent-error-reason"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/payment_error_reason/#insufficient_funds",
                    equivalents=(
                        Equivalent(
                            provider="plaid",
                            code_set="error_code",
                            value="PAYMENT_INSUFFICIENT_FUNDS",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                        Equivalent(
                            provider="belvo",
                            code_set="payment_failure_code",
                            value="INSUFFICIENT_FUNDS",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                        Equivalent(
                            provider="belvo",
                            code_set="direct_debit_failed_reason",
                            value="04",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                        Equivalent(
                            provider="openfinancebrasil",
                            code_set="payment_error",
                            value="SALDO_INSUFICIENTE",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                        Equivalent(
                            provider="basiq",
                            code_set="error_code",
                            value="check-balance-insufficient-funds",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                        Equivalent(
                            provider="iso20022",
                            code_set="status_reason",
                            value="AM04",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                    ),
                    notes="The stored copy shows the apostrophe mis-decoded ('doesnβt'); the description restores it. The end user can try again (another amount, another account, or after the bank's limit resets), although the bank declined this payment: bankcodes' reading.",
                ),
                CodeInfo(
                    value="login_credentials_locked",
                    description="The bank indicated that the user’s credentials are locked.",
                    category=_C.ATTEMPTS_EXHAUSTED,
                    sources=(
                        _S["fintoc-payment-intent-error-reason"],
                        _S["fintoc-payment-intent-error-reason-es"],
                        _S["fintoc-payment-intent-error-reason-country"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-payment-intent-error-reason"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/payment_error_reason/#login_credentials_locked",
                    notes="The stored copy shows the apostrophe mis-decoded ('userβs'); the description restores it.",
                ),
                CodeInfo(
                    value="login_invalid_credentials",
                    description="The bank indicated that the user’s credentials are invalid.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(
                        _S["fintoc-payment-intent-error-reason"],
                        _S["fintoc-payment-intent-error-reason-es"],
                        _S["fintoc-payment-intent-error-reason-country"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-payment-intent-error-reason"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/payment_error_reason/#login_invalid_credentials",
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
                            provider="mx",
                            code_set="connection_status",
                            value="2",
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
                            provider="basiq",
                            code_set="job_result_code",
                            value="invalid-credentials",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                    ),
                    notes="The stored copy shows the apostrophe mis-decoded ('userβs'); the description restores it.",
                ),
                CodeInfo(
                    value="maximum_amount_error",
                    description="The amount exceeds the maximum amount allowed for that bank.",
                    category=_C.REJECTED,
                    sources=(
                        _S["fintoc-payment-intent-error-reason"],
                        _S["fintoc-payment-intent-error-reason-es"],
                        _S["fintoc-payment-intent-error-reason-country"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="The amount is over the limit your bank allows for this transfer.",
                            action="Pay a smaller amount, use another account, or ask your bank to raise the limit, then try again.",
                        ),
                        "fr": EndUserWords(
                            message="Le montant dépasse la limite que votre banque autorise pour ce virement.",
                            action="Payez un montant inférieur, utilisez un autre compte ou demandez à votre banque de relever la limite, puis réessayez.",
                        ),
                        "ar": EndUserWords(
                            message="المبلغ يتجاوز الحد الذي يسمح به بنكك لهذا التحويل.",
                            action="ادفع مبلغاً أقل، أو استخدم حساباً آخر، أو اطلب من بنكك رفع الحد، ثم حاول مرة أخرى.",
                        ),
                        "es": EndUserWords(
                            message="El monto supera el límite que su banco permite para esta transferencia.",
                            action="Pague un monto menor, use otra cuenta o pida a su banco que aumente el límite y vuelva a intentarlo.",
                        ),
                        "pt": EndUserWords(
                            message="O valor ultrapassa o limite que seu banco permite para esta transferência.",
                            action="Pague um valor menor, use outra conta ou peça ao seu banco para aumentar o limite e tente novamente.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-payment-intent-error-reason"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/payment_error_reason/#maximum_amount_error",
                    notes="The end user can try again (another amount, another account, or after the bank's limit resets), although the bank declined this payment: bankcodes' reading.",
                ),
                CodeInfo(
                    value="mfa_authorization_timeout",
                    description="The user did not authorize the transfer with their multifactor method.",
                    category=_C.MFA_FAILED,
                    sources=(
                        _S["fintoc-payment-intent-error-reason"],
                        _S["fintoc-payment-intent-error-reason-es"],
                        _S["fintoc-payment-intent-error-reason-country"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="The payment was not approved in time with your bank's verification method.",
                            action="Start the payment again and approve it when your bank asks.",
                        ),
                        "fr": EndUserWords(
                            message="Le paiement n'a pas été approuvé à temps avec la méthode de vérification de votre banque.",
                            action="Recommencez le paiement et approuvez-le lorsque votre banque vous le demande.",
                        ),
                        "ar": EndUserWords(
                            message="لم تتم الموافقة على الدفع في الوقت المحدد بطريقة التحقق الخاصة ببنكك.",
                            action="ابدأ الدفع من جديد ووافق عليه عندما يطلب بنكك ذلك.",
                        ),
                        "es": EndUserWords(
                            message="El pago no se aprobó a tiempo con el método de verificación de su banco.",
                            action="Inicie el pago de nuevo y apruébelo cuando su banco se lo solicite.",
                        ),
                        "pt": EndUserWords(
                            message="O pagamento não foi aprovado a tempo com o método de verificação do seu banco.",
                            action="Inicie o pagamento novamente e aprove-o quando seu banco solicitar.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-payment-intent-error-reason"],),
                        ),
                    ),
                    page="reference/fintoc/payment_error_reason/#mfa_authorization_timeout",
                ),
                CodeInfo(
                    value="mfa_invalid_authorization",
                    description="The bank indicated that the multifactor authorization was invalid.",
                    category=_C.MFA_FAILED,
                    sources=(
                        _S["fintoc-payment-intent-error-reason"],
                        _S["fintoc-payment-intent-error-reason-es"],
                        _S["fintoc-payment-intent-error-reason-country"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-payment-intent-error-reason"],),
                        ),
                    ),
                    page="reference/fintoc/payment_error_reason/#mfa_invalid_authorization",
                ),
                CodeInfo(
                    value="mfa_locked",
                    description="The multifactor authentication method is locked.",
                    category=_C.ATTEMPTS_EXHAUSTED,
                    sources=(
                        _S["fintoc-payment-intent-error-reason"],
                        _S["fintoc-payment-intent-error-reason-es"],
                        _S["fintoc-payment-intent-error-reason-country"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-payment-intent-error-reason"],),
                        ),
                    ),
                    page="reference/fintoc/payment_error_reason/#mfa_locked",
                ),
                CodeInfo(
                    value="mfa_unavailable",
                    description="The multifactor authentication method is unavailable.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(
                        _S["fintoc-payment-intent-error-reason"],
                        _S["fintoc-payment-intent-error-reason-es"],
                        _S["fintoc-payment-intent-error-reason-country"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-payment-intent-error-reason"],),
                        ),
                    ),
                    page="reference/fintoc/payment_error_reason/#mfa_unavailable",
                ),
                CodeInfo(
                    value="new_contact_amount_limit_reached",
                    description="The amount exceeds the maximum amount permitted for new contacts.",
                    category=_C.REJECTED,
                    sources=(
                        _S["fintoc-payment-intent-error-reason"],
                        _S["fintoc-payment-intent-error-reason-es"],
                        _S["fintoc-payment-intent-error-reason-country"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank limits transfers to a new recipient, and this payment is over that limit.",
                            action="Try again later, pay from another account, or ask your bank about its limits for new recipients.",
                        ),
                        "fr": EndUserWords(
                            message="Votre banque limite les virements vers un nouveau bénéficiaire, et ce paiement dépasse cette limite.",
                            action="Réessayez plus tard, payez depuis un autre compte ou renseignez-vous auprès de votre banque sur ses limites pour les nouveaux bénéficiaires.",
                        ),
                        "ar": EndUserWords(
                            message="يحدّ بنكك من التحويلات إلى مستفيد جديد، وهذا الدفع يتجاوز ذلك الحد.",
                            action="حاول مرة أخرى لاحقاً، أو ادفع من حساب آخر، أو اسأل بنكك عن حدوده للمستفيدين الجدد.",
                        ),
                        "es": EndUserWords(
                            message="Su banco limita las transferencias a un destinatario nuevo y este pago supera ese límite.",
                            action="Vuelva a intentarlo más tarde, pague desde otra cuenta o consulte a su banco sobre sus límites para destinatarios nuevos.",
                        ),
                        "pt": EndUserWords(
                            message="Seu banco limita as transferências para um novo destinatário, e este pagamento ultrapassa esse limite.",
                            action="Tente novamente mais tarde, pague com outra conta ou consulte seu banco sobre os limites para novos destinatários.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-payment-intent-error-reason"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/payment_error_reason/#new_contact_amount_limit_reached",
                    notes="The end user can try again (another amount, another account, or after the bank's limit resets), although the bank declined this payment: bankcodes' reading.",
                ),
                CodeInfo(
                    value="new_contact_transfer_number_limit_reached",
                    description="The maximum number of transfers for new contacts was reached.",
                    category=_C.REJECTED,
                    sources=(
                        _S["fintoc-payment-intent-error-reason"],
                        _S["fintoc-payment-intent-error-reason-es"],
                        _S["fintoc-payment-intent-error-reason-country"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank limits transfers to a new recipient, and this payment is over that limit.",
                            action="Try again later, pay from another account, or ask your bank about its limits for new recipients.",
                        ),
                        "fr": EndUserWords(
                            message="Votre banque limite les virements vers un nouveau bénéficiaire, et ce paiement dépasse cette limite.",
                            action="Réessayez plus tard, payez depuis un autre compte ou renseignez-vous auprès de votre banque sur ses limites pour les nouveaux bénéficiaires.",
                        ),
                        "ar": EndUserWords(
                            message="يحدّ بنكك من التحويلات إلى مستفيد جديد، وهذا الدفع يتجاوز ذلك الحد.",
                            action="حاول مرة أخرى لاحقاً، أو ادفع من حساب آخر، أو اسأل بنكك عن حدوده للمستفيدين الجدد.",
                        ),
                        "es": EndUserWords(
                            message="Su banco limita las transferencias a un destinatario nuevo y este pago supera ese límite.",
                            action="Vuelva a intentarlo más tarde, pague desde otra cuenta o consulte a su banco sobre sus límites para destinatarios nuevos.",
                        ),
                        "pt": EndUserWords(
                            message="Seu banco limita as transferências para um novo destinatário, e este pagamento ultrapassa esse limite.",
                            action="Tente novamente mais tarde, pague com outra conta ou consulte seu banco sobre os limites para novos destinatários.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-payment-intent-error-reason"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/payment_error_reason/#new_contact_transfer_number_limit_reached",
                    notes="The end user can try again (another amount, another account, or after the bank's limit resets), although the bank declined this payment: bankcodes' reading.",
                ),
                CodeInfo(
                    value="recipient_account_not_allowed",
                    description="The bank indicated that the recipient account is not allowed to receive transfers.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-payment-intent-error-reason"],
                        _S["fintoc-payment-intent-error-reason-es"],
                        _S["fintoc-payment-intent-error-reason-country"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-payment-intent-error-reason"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/payment_error_reason/#recipient_account_not_allowed",
                    notes="The recipient account is the integrator's (or the one it set): the end user cannot fix it.",
                ),
                CodeInfo(
                    value="unresolved_final_status",
                    description="The bank can’t provide a definite answer on whether this payment was completed or not. This reason will only appear for pending payments that could not be validated after 10 days.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["fintoc-payment-intent-error-reason"],
                        _S["fintoc-payment-intent-error-reason-es"],
                        _S["fintoc-payment-intent-error-reason-country"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank has not confirmed whether this payment went through.",
                            action="Check your bank account to see whether the money has left it, and contact support.",
                        ),
                        "fr": EndUserWords(
                            message="Votre banque n'a pas confirmé si ce paiement a abouti.",
                            action="Vérifiez sur votre compte bancaire si l'argent en est sorti, et contactez le support.",
                        ),
                        "ar": EndUserWords(
                            message="لم يؤكد بنكك ما إذا كان هذا الدفع قد تم.",
                            action="تحقق في حسابك البنكي مما إذا كان المال قد خرج منه، وتواصل مع الدعم.",
                        ),
                        "es": EndUserWords(
                            message="Su banco no ha confirmado si este pago se realizó.",
                            action="Revise en su cuenta bancaria si el dinero salió de ella y comuníquese con soporte.",
                        ),
                        "pt": EndUserWords(
                            message="Seu banco não confirmou se este pagamento foi concluído.",
                            action="Confira na sua conta bancária se o dinheiro saiu dela e entre em contato com o suporte.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-payment-intent-error-reason-country"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/payment_error_reason/#unresolved_final_status",
                    notes="Not retryable: the payment may have gone through, and paying again may pay twice. The current pages' copies end inside this row; its whole text is from the capture with a country column (two paragraphs, joined here).",
                ),
                CodeInfo(
                    value="user_left",
                    description="The user abandoned the payment process before selecting an account or entering their bank account´s credentials.",
                    category=_C.CANCELLED,
                    sources=(_S["fintoc-payment-intent-error-reason-legacy"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-payment-intent-error-reason-legacy"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["fintoc-payment-intent-error-reason-legacy"],
                                _S["fintoc-payment-intent-error-reason"],
                                _S["fintoc-payment-intent-error-reason-es"],
                            ),
                        ),
                    ),
                    page="reference/fintoc/payment_error_reason/#user_left",
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
                            provider="mono",
                            code_set="connect_message_type",
                            value="mono.connect.on_exit",
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
                    notes="Listed by an earlier capture of the error reason page (without the country column), not by the current pages' stored copies, which end before their list does: it may have been removed or moved further down. The description keeps the page's ´.",
                ),
            ),
        ),
        {},
    )
    return PaymentErrorReason


def _PaymentIntentStatus() -> type[CodeEnum]:
    class PaymentIntentStatus(CodeEnum):
        """Payment Intent status: The status of a Payment Intent, a payment by bank transfer ("Payment status. Can be either created, in_progress, succeeded, failed, pending, expired or rejected"). Fintoc gives no text per value; the descriptions are bankcodes' wording, resting on the payment_intent.* webhook events where one exists. A failed payment says why in error_reason.

        Wire field: status (the Payment Intent object; data.status of payment_intent.* events)."""

        created = "created"
        in_progress = "in_progress"
        succeeded = "succeeded"
        failed = "failed"
        pending = "pending"
        expired = "expired"
        rejected = "rejected"

    register(
        PaymentIntentStatus,
        lambda: (
            CodeSetInfo(
                provider="fintoc",
                id="payment_intent_status",
                title="Payment Intent status",
                description='The status of a Payment Intent, a payment by bank transfer ("Payment status. Can be either created, in_progress, succeeded, failed, pending, expired or rejected"). Fintoc gives no text per value; the descriptions are bankcodes\' wording, resting on the payment_intent.* webhook events where one exists. A failed payment says why in error_reason.',
                field="status (the Payment Intent object; data.status of payment_intent.* events)",
                sources=(
                    _S["fintoc-payment-intents-object"],
                    _S["fintoc-payment-intents-object-example"],
                ),
            ),
            (
                CodeInfo(
                    value="created",
                    description="The Payment Intent was created; the payment has not started.",
                    category=_C.PENDING,
                    sources=(
                        _S["fintoc-payment-intents-object"],
                        _S["fintoc-payment-intents-object-example"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/fintoc/payment_intent_status/#created",
                    editorial=True,
                ),
                CodeInfo(
                    value="in_progress",
                    description="The user is making the payment.",
                    category=_C.PENDING,
                    sources=(
                        _S["fintoc-payment-intents-object"],
                        _S["fintoc-payment-intents-object-example"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/payment_intent_status/#in_progress",
                    editorial=True,
                    notes="The same table at docs.fintoc.com/reference/payment-intents (another capture) lists the statuses without in_progress.",
                ),
                CodeInfo(
                    value="succeeded",
                    description="The payment finished successfully.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["fintoc-payment-intents-object"],
                        _S["fintoc-payment-intents-object-example"],
                        _S["fintoc-types-of-events"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["fintoc-types-of-events"],),
                        ),
                    ),
                    page="reference/fintoc/payment_intent_status/#succeeded",
                    editorial=True,
                ),
                CodeInfo(
                    value="failed",
                    description="The payment failed; error_reason says why.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["fintoc-payment-intents-object"],
                        _S["fintoc-payment-intents-object-example"],
                        _S["fintoc-types-of-events"],
                        _S["fintoc-events-types"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["fintoc-events-types"],),
                        ),
                    ),
                    page="reference/fintoc/payment_intent_status/#failed",
                    editorial=True,
                ),
                CodeInfo(
                    value="pending",
                    description="The final status of the payment is not available yet; a later webhook gives it.",
                    category=_C.PENDING,
                    sources=(
                        _S["fintoc-payment-intents-object"],
                        _S["fintoc-payment-intents-object-example"],
                        _S["fintoc-types-of-events"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["fintoc-types-of-events"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/payment_intent_status/#pending",
                    editorial=True,
                    notes="A payment still pending after 10 days that the bank cannot confirm ends with error_reason unresolved_final_status.",
                ),
                CodeInfo(
                    value="expired",
                    description="The user did not complete the payment in time.",
                    category=_C.SESSION_EXPIRED,
                    sources=(
                        _S["fintoc-payment-intents-object"],
                        _S["fintoc-payment-intents-object-example"],
                        _S["fintoc-types-of-events"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["fintoc-types-of-events"],),
                        ),
                    ),
                    page="reference/fintoc/payment_intent_status/#expired",
                    editorial=True,
                ),
                CodeInfo(
                    value="rejected",
                    description="The user rejected the payment.",
                    category=_C.CANCELLED,
                    sources=(
                        _S["fintoc-payment-intents-object"],
                        _S["fintoc-payment-intents-object-example"],
                        _S["fintoc-types-of-events"],
                        _S["fintoc-events-types"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["fintoc-types-of-events"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/payment_intent_status/#rejected",
                    editorial=True,
                    notes="Fintoc's pages disagree on who rejects: its Types of events reference says 'Triggers when a user rejects a Payment Intent', its earlier Event Types guide 'fails due to the bank rejecting it'. bankcodes follows the later reference.",
                ),
            ),
        ),
        {},
    )
    return PaymentIntentStatus


def _RefreshIntentStatus() -> type[CodeEnum]:
    class RefreshIntentStatus(CodeEnum):
        """Refresh Intent status: The status of a Refresh Intent, a request to update a Link or an Account with the institution's latest movements ("Possible values are succeeded, failed and rejected."). Fintoc gives no text per value; the descriptions are bankcodes' wording, resting on the webhook events of the same outcomes. A new Refresh Intent that needs multi-factor authentication says so in requires_mfa, not in its status.

        Wire field: status (the Refresh Intent object; data.status of account.refresh_intent.* and link.refresh_intent.* events)."""

        succeeded = "succeeded"
        failed = "failed"
        rejected = "rejected"

    register(
        RefreshIntentStatus,
        lambda: (
            CodeSetInfo(
                provider="fintoc",
                id="refresh_intent_status",
                title="Refresh Intent status",
                description="The status of a Refresh Intent, a request to update a Link or an Account with the institution's latest movements (\"Possible values are succeeded, failed and rejected.\"). Fintoc gives no text per value; the descriptions are bankcodes' wording, resting on the webhook events of the same outcomes. A new Refresh Intent that needs multi-factor authentication says so in requires_mfa, not in its status.",
                field="status (the Refresh Intent object; data.status of account.refresh_intent.* and link.refresh_intent.* events)",
                sources=(
                    _S["fintoc-refresh-intents-object"],
                    _S["fintoc-refresh-intents-object-es"],
                    _S["fintoc-refresh-intents-object-2023"],
                ),
            ),
            (
                CodeInfo(
                    value="succeeded",
                    description="The update succeeded: the Account has the latest available movements from the bank.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["fintoc-refresh-intents-object"],
                        _S["fintoc-refresh-intents-object-es"],
                        _S["fintoc-refresh-intents-object-2023"],
                        _S["fintoc-types-of-events-refresh"],
                        _S["fintoc-refresh-intents-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["fintoc-types-of-events-refresh"],),
                        ),
                    ),
                    page="reference/fintoc/refresh_intent_status/#succeeded",
                    editorial=True,
                ),
                CodeInfo(
                    value="failed",
                    description="The update of the movements failed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["fintoc-refresh-intents-object"],
                        _S["fintoc-refresh-intents-object-es"],
                        _S["fintoc-refresh-intents-object-2023"],
                        _S["fintoc-types-of-events-refresh"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["fintoc-types-of-events-refresh"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/refresh_intent_status/#failed",
                    editorial=True,
                    notes="After a failed Refresh Intent another can be created at once, without the 5 minutes' wait that follows a successful one (Fintoc's Refresh Intents errors page).",
                ),
                CodeInfo(
                    value="rejected",
                    description="The update failed because the Link's credentials are invalid.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["fintoc-refresh-intents-object"],
                        _S["fintoc-refresh-intents-object-es"],
                        _S["fintoc-refresh-intents-object-2023"],
                        _S["fintoc-types-of-events-refresh"],
                        _S["fintoc-refresh-intents-errors"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["fintoc-types-of-events-refresh"],),
                        ),
                    ),
                    page="reference/fintoc/refresh_intent_status/#rejected",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return RefreshIntentStatus


def _WebhookType() -> type[CodeEnum]:
    class WebhookType(CodeEnum):
        """Webhook event type: The type of a Fintoc event (resource.event), which names the object in data. These are the types of the Link, Refresh Intent and Payment Intent events, the objects whose codes the catalog holds; Fintoc sends other events too (account verifications, charges, checkout sessions, payouts, refunds, subscriptions and more) and may add types at any time. link.created is not sent to webhook endpoints: only to the backend URL given to the widget.

        Wire field: type (every event)."""

        link_created = "link.created"
        link_credentials_changed = "link.credentials_changed"
        link_refresh_intent_succeeded = "link.refresh_intent.succeeded"
        account_refresh_intent_succeeded = "account.refresh_intent.succeeded"
        account_refresh_intent_failed = "account.refresh_intent.failed"
        account_refresh_intent_rejected = "account.refresh_intent.rejected"
        account_refresh_intent_movements_removed = "account.refresh_intent.movements_removed"
        account_refresh_intent_movements_modified = "account.refresh_intent.movements_modified"
        payment_intent_succeeded = "payment_intent.succeeded"
        payment_intent_rejected = "payment_intent.rejected"
        payment_intent_expired = "payment_intent.expired"
        payment_intent_failed = "payment_intent.failed"
        payment_intent_pending = "payment_intent.pending"

    register(
        WebhookType,
        lambda: (
            CodeSetInfo(
                provider="fintoc",
                id="webhook_type",
                title="Webhook event type",
                description="The type of a Fintoc event (resource.event), which names the object in data. These are the types of the Link, Refresh Intent and Payment Intent events, the objects whose codes the catalog holds; Fintoc sends other events too (account verifications, charges, checkout sessions, payouts, refunds, subscriptions and more) and may add types at any time. link.created is not sent to webhook endpoints: only to the backend URL given to the widget.",
                field="type (every event)",
                sources=(
                    _S["fintoc-types-of-events"],
                    _S["fintoc-types-of-events-refresh"],
                    _S["fintoc-types-of-events-2023"],
                    _S["fintoc-events-types"],
                ),
            ),
            (
                CodeInfo(
                    value="link.created",
                    description="Triggers when a Link is created",
                    category=_C.SUCCESS,
                    sources=(_S["fintoc-types-of-events"], _S["fintoc-types-of-events-refresh"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["fintoc-types-of-events"],
                                _S["fintoc-types-of-events-refresh"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/webhook_type/#link.created",
                    notes="Sent to the URL given to the widget, not to webhook endpoints.",
                ),
                CodeInfo(
                    value="link.credentials_changed",
                    description="Triggers when the credentials corresponding to a Link change and the Link needs to be reconnected",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["fintoc-types-of-events"], _S["fintoc-types-of-events-refresh"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["fintoc-types-of-events"],
                                _S["fintoc-types-of-events-refresh"],
                            ),
                        ),
                    ),
                    page="reference/fintoc/webhook_type/#link.credentials_changed",
                ),
                CodeInfo(
                    value="link.refresh_intent.succeeded",
                    description="Triggers when a Link has been completely updated. For now, it is only triggered for electronic invoices",
                    category=_C.SUCCESS,
                    sources=(_S["fintoc-types-of-events"], _S["fintoc-types-of-events-refresh"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["fintoc-types-of-events"],
                                _S["fintoc-types-of-events-refresh"],
                            ),
                        ),
                    ),
                    page="reference/fintoc/webhook_type/#link.refresh_intent.succeeded",
                ),
                CodeInfo(
                    value="account.refresh_intent.succeeded",
                    description="Triggers when an Account is updated with the latest available movements from the bank",
                    category=_C.SUCCESS,
                    sources=(
                        _S["fintoc-types-of-events"],
                        _S["fintoc-types-of-events-refresh"],
                        _S["fintoc-types-of-events-2023"],
                        _S["fintoc-refresh-intents-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["fintoc-types-of-events"],
                                _S["fintoc-types-of-events-refresh"],
                            ),
                        ),
                    ),
                    page="reference/fintoc/webhook_type/#account.refresh_intent.succeeded",
                ),
                CodeInfo(
                    value="account.refresh_intent.failed",
                    description='Triggers when an update of the movements of a specific Account fails. Only available for "Refresh On Demand" plans',
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["fintoc-types-of-events-refresh"],
                        _S["fintoc-types-of-events-2023"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-types-of-events-refresh"],),
                        ),
                    ),
                    page="reference/fintoc/webhook_type/#account.refresh_intent.failed",
                ),
                CodeInfo(
                    value="account.refresh_intent.rejected",
                    description='Triggers when an update of the movements of a specific Account fails because the Link credentials are invalid. Only available for "Refresh On Demand" plans',
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["fintoc-types-of-events-refresh"],
                        _S["fintoc-types-of-events-2023"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-types-of-events-refresh"],),
                        ),
                    ),
                    page="reference/fintoc/webhook_type/#account.refresh_intent.rejected",
                ),
                CodeInfo(
                    value="account.refresh_intent.movements_removed",
                    description="Triggers when the Link's bank deletes transactions.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["fintoc-types-of-events-refresh"],
                        _S["fintoc-types-of-events-2023"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-types-of-events-refresh"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/webhook_type/#account.refresh_intent.movements_removed",
                    notes="Off by default: Fintoc's page asks to activate it in the dashboard (an earlier capture also to register by email).",
                ),
                CodeInfo(
                    value="account.refresh_intent.movements_modified",
                    description="Triggers when the bank modifies transactions. Enable it from the dashboard webhook settings",
                    category=_C.INFORMATIONAL,
                    sources=(_S["fintoc-types-of-events-2023"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-types-of-events-2023"],),
                        ),
                    ),
                    page="reference/fintoc/webhook_type/#account.refresh_intent.movements_modified",
                ),
                CodeInfo(
                    value="payment_intent.succeeded",
                    description="Triggers when a Payment Intent finishes successfully",
                    category=_C.SUCCESS,
                    sources=(
                        _S["fintoc-types-of-events"],
                        _S["fintoc-types-of-events-refresh"],
                        _S["fintoc-python-webhook-test"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["fintoc-types-of-events"],
                                _S["fintoc-types-of-events-refresh"],
                            ),
                        ),
                    ),
                    page="reference/fintoc/webhook_type/#payment_intent.succeeded",
                ),
                CodeInfo(
                    value="payment_intent.rejected",
                    description="Triggers when a user rejects a Payment Intent",
                    category=_C.CANCELLED,
                    sources=(
                        _S["fintoc-types-of-events"],
                        _S["fintoc-types-of-events-refresh"],
                        _S["fintoc-events-types"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["fintoc-types-of-events"],
                                _S["fintoc-types-of-events-refresh"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/webhook_type/#payment_intent.rejected",
                    notes="Fintoc's earlier Event Types guide: 'Triggers when a transfer (Payment Intent ) fails due to the bank rejecting it'.",
                ),
                CodeInfo(
                    value="payment_intent.expired",
                    description="Triggers when a user doesn't complete a Payment Intent",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["fintoc-types-of-events"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-types-of-events"],),
                        ),
                    ),
                    page="reference/fintoc/webhook_type/#payment_intent.expired",
                ),
                CodeInfo(
                    value="payment_intent.failed",
                    description="Triggers when a transfer (Payment Intent ) fails",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["fintoc-events-types"], _S["fintoc-types-of-events"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["fintoc-events-types"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/webhook_type/#payment_intent.failed",
                    notes="The later Types of events reference cuts its text short in the page itself ('Triggers when a Payment Intent fails due'); the description is the earlier Event Types guide's.",
                ),
                CodeInfo(
                    value="payment_intent.pending",
                    description="Triggers when the final status of the payment is not available yet. A future webhook will be sent with the final status once it's determined.",
                    category=_C.PENDING,
                    sources=(_S["fintoc-types-of-events"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-types-of-events"],),
                        ),
                    ),
                    page="reference/fintoc/webhook_type/#payment_intent.pending",
                ),
            ),
        ),
        {},
    )
    return WebhookType


def _ClientErrorClass() -> type[CodeEnum]:
    class ClientErrorClass(CodeEnum):
        """Exception class of Fintoc's Python and Node clients: The class of the exception fintoc-python raises (fintoc.errors) and fintoc-node throws for an API error response: the class named after error.type in PascalCase, FintocError for a type without a class of its own. The class is all the exception keeps of the error: its message is the text 'type: code (param)', the error's message and 'Check the docs for more info: doc_url' on three lines, and it has no attribute holding the body, the code or the HTTP status.

        Wire field: the exception's class name (type(error).__name__ in Python, error.constructor.name in Node)."""

        ApiError = "ApiError"
        AuthenticationError = "AuthenticationError"
        LinkError = "LinkError"
        InstitutionError = "InstitutionError"
        InvalidRequestError = "InvalidRequestError"
        FintocError = "FintocError"

    register(
        ClientErrorClass,
        lambda: (
            CodeSetInfo(
                provider="fintoc",
                id="client_error_class",
                title="Exception class of Fintoc's Python and Node clients",
                description="The class of the exception fintoc-python raises (fintoc.errors) and fintoc-node throws for an API error response: the class named after error.type in PascalCase, FintocError for a type without a class of its own. The class is all the exception keeps of the error: its message is the text 'type: code (param)', the error's message and 'Check the docs for more info: doc_url' on three lines, and it has no attribute holding the body, the code or the HTTP status.",
                field="the exception's class name (type(error).__name__ in Python, error.constructor.name in Node)",
                sources=(
                    _S["fintoc-python-errors"],
                    _S["fintoc-python-utils"],
                    _S["fintoc-node-errors"],
                    _S["fintoc-node-utils"],
                ),
            ),
            (
                CodeInfo(
                    value="ApiError",
                    description="Represents an error with the API server.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["fintoc-python-errors"],
                        _S["fintoc-python-utils"],
                        _S["fintoc-node-errors"],
                        _S["fintoc-node-utils"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-python-errors"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/client_error_class/#ApiError",
                    notes="Raised for error.type api_error.",
                ),
                CodeInfo(
                    value="AuthenticationError",
                    description="Represents an error with the authentication.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-python-errors"],
                        _S["fintoc-python-utils"],
                        _S["fintoc-node-errors"],
                        _S["fintoc-node-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-python-errors"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/client_error_class/#AuthenticationError",
                    notes="Raised for error.type authentication_error.",
                ),
                CodeInfo(
                    value="LinkError",
                    description="Represents an error with a Link object.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["fintoc-python-errors"],
                        _S["fintoc-python-utils"],
                        _S["fintoc-node-errors"],
                        _S["fintoc-node-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-python-errors"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/client_error_class/#LinkError",
                    notes="Raised for error.type link_error.",
                ),
                CodeInfo(
                    value="InstitutionError",
                    description="Represents an error with an Institution object.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["fintoc-python-errors"],
                        _S["fintoc-python-utils"],
                        _S["fintoc-node-errors"],
                        _S["fintoc-node-utils"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-python-errors"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/client_error_class/#InstitutionError",
                    notes="Raised for error.type institution_error.",
                ),
                CodeInfo(
                    value="InvalidRequestError",
                    description="Represents an error because of an invalid request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["fintoc-python-errors"],
                        _S["fintoc-python-utils"],
                        _S["fintoc-node-errors"],
                        _S["fintoc-node-utils"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-python-errors"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/client_error_class/#InvalidRequestError",
                    notes="Raised for error.type invalid_request_error.",
                ),
                CodeInfo(
                    value="FintocError",
                    description="Represents the base custom error.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["fintoc-python-errors"],
                        _S["fintoc-python-utils"],
                        _S["fintoc-node-errors"],
                        _S["fintoc-node-utils"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-python-errors"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/client_error_class/#FintocError",
                    notes="The base class of the others, raised itself for any error.type without a class of its own (new_contact_error, amount_error, a type Fintoc adds): read the type in its message's first line.",
                ),
            ),
        ),
        {},
    )
    return ClientErrorClass


def _ResponseStatus() -> type[NumericCodeEnum]:
    class ResponseStatus(NumericCodeEnum):
        """API response status: The HTTP status of a Fintoc API response, with the meaning Fintoc's status code summary gives it. The error's code and type in the body are the more specific facts.

        Wire field: the HTTP status of an API response."""

        OK = 200
        BAD_REQUEST = 400
        UNAUTHORIZED = 401
        PAYMENT_REQUIRED = 402
        FORBIDDEN = 403
        NOT_FOUND = 404
        TOO_MANY_REQUESTS = 429
        INTERNAL_SERVER_ERROR = 500
        SERVICE_UNAVAILABLE = 503

    register(
        ResponseStatus,
        lambda: (
            CodeSetInfo(
                provider="fintoc",
                id="http_status",
                title="API response status",
                description="The HTTP status of a Fintoc API response, with the meaning Fintoc's status code summary gives it. The error's code and type in the body are the more specific facts.",
                field="the HTTP status of an API response",
                sources=(_S["fintoc-errors-status-codes"],),
            ),
            (
                CodeInfo(
                    value="200",
                    description="The request succeeded.",
                    category=_C.SUCCESS,
                    sources=(_S["fintoc-errors-status-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-errors-status-codes"],),
                        ),
                    ),
                    page="reference/fintoc/http_status/#200",
                ),
                CodeInfo(
                    value="400",
                    description="The request contains invalid information. Correct the information before retrying the request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["fintoc-errors-status-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-errors-status-codes"],),
                        ),
                    ),
                    page="reference/fintoc/http_status/#400",
                ),
                CodeInfo(
                    value="401",
                    description="Your API key is invalid or incorrectly formatted.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["fintoc-errors-status-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-errors-status-codes"],),
                        ),
                    ),
                    page="reference/fintoc/http_status/#401",
                ),
                CodeInfo(
                    value="402",
                    description="You must pay to continue using the service.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["fintoc-errors-status-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-errors-status-codes"],),
                        ),
                    ),
                    page="reference/fintoc/http_status/#402",
                ),
                CodeInfo(
                    value="403",
                    description="The request is valid, but you do not have permission to make it.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["fintoc-errors-status-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-errors-status-codes"],),
                        ),
                    ),
                    page="reference/fintoc/http_status/#403",
                ),
                CodeInfo(
                    value="404",
                    description="Fintoc could not find the requested resource. Check the URL you requested.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["fintoc-errors-status-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-errors-status-codes"],),
                        ),
                    ),
                    page="reference/fintoc/http_status/#404",
                ),
                CodeInfo(
                    value="429",
                    description="You exceeded the limit of five requests per second.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["fintoc-errors-status-codes"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-errors-status-codes"],),
                        ),
                    ),
                    page="reference/fintoc/http_status/#429",
                ),
                CodeInfo(
                    value="500",
                    description="Fintoc encountered an internal error and is working to resolve it.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["fintoc-errors-status-codes"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-errors-status-codes"],),
                        ),
                    ),
                    page="reference/fintoc/http_status/#500",
                ),
                CodeInfo(
                    value="503",
                    description="The financial institution may be unavailable.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["fintoc-errors-status-codes"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-errors-status-codes"],),
                        ),
                    ),
                    page="reference/fintoc/http_status/#503",
                ),
            ),
        ),
        {},
    )
    return ResponseStatus


def _WidgetEvent() -> type[CodeEnum]:
    class WidgetEvent(CodeEnum):
        """Widget event: The name of an event of the Fintoc widget, the eventName the widget passes to the onEvent(eventName, metadata) callback as its first argument (metadata holds a timestamp). Fintoc asks integrators not to decide a resource's state from these events, only to guide the frontend: webhooks or the exchange decide. The list runs on past the stored copies (after the authentication events), so later events are not here.

        Wire field: eventName (the first argument of the widget's onEvent callback)."""

        opened = "opened"
        on_terms_and_conditions = "on_terms_and_conditions"
        codi_helper = "codi_helper"
        on_available_institutions = "on_available_institutions"
        on_request_bank = "on_request_bank"
        on_authentication_form = "on_authentication_form"
        codi_username_required = "codi_username_required"
        payment_in_progress = "payment_in_progress"
        creating_link = "creating_link"
        link_created = "link_created"
        selecting_account = "selecting_account"
        payment_intent_confirmation_required = "payment_intent_confirmation_required"
        creating_subscription = "creating_subscription"
        app_authentication_required = "app_authentication_required"
        device_authentication_required = "device_authentication_required"

    register(
        WidgetEvent,
        lambda: (
            CodeSetInfo(
                provider="fintoc",
                id="widget_event",
                title="Widget event",
                description="The name of an event of the Fintoc widget, the eventName the widget passes to the onEvent(eventName, metadata) callback as its first argument (metadata holds a timestamp). Fintoc asks integrators not to decide a resource's state from these events, only to guide the frontend: webhooks or the exchange decide. The list runs on past the stored copies (after the authentication events), so later events are not here.",
                field="eventName (the first argument of the widget's onEvent callback)",
                sources=(
                    _S["fintoc-widget-events"],
                    _S["fintoc-widget-events-older"],
                    _S["fintoc-widget-events-es"],
                ),
            ),
            (
                CodeInfo(
                    value="opened",
                    description="Triggers when the widget is opened",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["fintoc-widget-events"],
                        _S["fintoc-widget-events-older"],
                        _S["fintoc-widget-events-es"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["fintoc-widget-events"],
                                _S["fintoc-widget-events-older"],
                                _S["fintoc-widget-events-es"],
                            ),
                        ),
                    ),
                    page="reference/fintoc/widget_event/#opened",
                ),
                CodeInfo(
                    value="on_terms_and_conditions",
                    description="Triggers when the user visits the terms and conditions",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["fintoc-widget-events"],
                        _S["fintoc-widget-events-older"],
                        _S["fintoc-widget-events-es"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["fintoc-widget-events"],
                                _S["fintoc-widget-events-older"],
                                _S["fintoc-widget-events-es"],
                            ),
                        ),
                    ),
                    page="reference/fintoc/widget_event/#on_terms_and_conditions",
                ),
                CodeInfo(
                    value="codi_helper",
                    description="Triggers when the user visits the CoDi Helper Guide",
                    category=_C.INFORMATIONAL,
                    sources=(_S["fintoc-widget-events"], _S["fintoc-widget-events-es"]),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("MX",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-widget-events"], _S["fintoc-widget-events-es"]),
                        ),
                    ),
                    page="reference/fintoc/widget_event/#codi_helper",
                ),
                CodeInfo(
                    value="on_available_institutions",
                    description="Triggers when the user enters the view to select the financial institution",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["fintoc-widget-events"],
                        _S["fintoc-widget-events-older"],
                        _S["fintoc-widget-events-es"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["fintoc-widget-events"],
                                _S["fintoc-widget-events-older"],
                                _S["fintoc-widget-events-es"],
                            ),
                        ),
                    ),
                    page="reference/fintoc/widget_event/#on_available_institutions",
                ),
                CodeInfo(
                    value="on_request_bank",
                    description="Triggers when the user enters the view to request a new bank",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["fintoc-widget-events"],
                        _S["fintoc-widget-events-older"],
                        _S["fintoc-widget-events-es"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["fintoc-widget-events"],
                                _S["fintoc-widget-events-older"],
                                _S["fintoc-widget-events-es"],
                            ),
                        ),
                    ),
                    page="reference/fintoc/widget_event/#on_request_bank",
                ),
                CodeInfo(
                    value="on_authentication_form",
                    description="Triggers when the user enters the view to authenticate with its financial institution",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["fintoc-widget-events"],
                        _S["fintoc-widget-events-older"],
                        _S["fintoc-widget-events-es"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["fintoc-widget-events"],
                                _S["fintoc-widget-events-older"],
                                _S["fintoc-widget-events-es"],
                            ),
                        ),
                    ),
                    page="reference/fintoc/widget_event/#on_authentication_form",
                ),
                CodeInfo(
                    value="codi_username_required",
                    description="Triggers when the user is prompted to enter their mobile phone to recieve a CoDi payment request",
                    category=_C.INFORMATIONAL,
                    sources=(_S["fintoc-widget-events"], _S["fintoc-widget-events-es"]),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("MX",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-widget-events"], _S["fintoc-widget-events-es"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/widget_event/#codi_username_required",
                    notes="The page's 'recieve' is kept as published.",
                ),
                CodeInfo(
                    value="payment_in_progress",
                    description="Triggers when the user is asked to select the payment provider",
                    category=_C.INFORMATIONAL,
                    sources=(_S["fintoc-widget-events"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-widget-events"],),
                        ),
                    ),
                    page="reference/fintoc/widget_event/#payment_in_progress",
                ),
                CodeInfo(
                    value="creating_link",
                    description="Triggers when the financial institution is verifying the credentials and Fintoc is connecting the account",
                    category=_C.INFORMATIONAL,
                    sources=(_S["fintoc-widget-events"], _S["fintoc-widget-events-older"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-widget-events"], _S["fintoc-widget-events-older"]),
                        ),
                    ),
                    page="reference/fintoc/widget_event/#creating_link",
                ),
                CodeInfo(
                    value="link_created",
                    description="Triggers when the financial institution approves the credentials and a Link gets created in Fintoc",
                    category=_C.INFORMATIONAL,
                    sources=(_S["fintoc-widget-events"], _S["fintoc-widget-events-older"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-widget-events"], _S["fintoc-widget-events-older"]),
                        ),
                    ),
                    page="reference/fintoc/widget_event/#link_created",
                ),
                CodeInfo(
                    value="selecting_account",
                    description="Triggers when the user enters the view to select an account",
                    category=_C.INFORMATIONAL,
                    sources=(_S["fintoc-widget-events"], _S["fintoc-widget-events-older"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-widget-events"], _S["fintoc-widget-events-older"]),
                        ),
                    ),
                    page="reference/fintoc/widget_event/#selecting_account",
                ),
                CodeInfo(
                    value="payment_intent_confirmation_required",
                    description="Triggers when the user is prompted to authorize the payment",
                    category=_C.INFORMATIONAL,
                    sources=(_S["fintoc-widget-events"], _S["fintoc-widget-events-older"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-widget-events"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/widget_event/#payment_intent_confirmation_required",
                    notes="The earlier capture repeats selecting_account's text for it ('Triggers when the user enters the view to select an account').",
                ),
                CodeInfo(
                    value="creating_subscription",
                    description="Triggers when the user starts trying to create a subscription",
                    category=_C.INFORMATIONAL,
                    sources=(_S["fintoc-widget-events-older"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-widget-events-older"],),
                        ),
                    ),
                    page="reference/fintoc/widget_event/#creating_subscription",
                ),
                CodeInfo(
                    value="app_authentication_required",
                    description="Triggers when the financial entity needs a second factor via application to authenticate",
                    category=_C.INFORMATIONAL,
                    sources=(_S["fintoc-widget-events-older"], _S["fintoc-widget-events"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-widget-events-older"],),
                        ),
                    ),
                    page="reference/fintoc/widget_event/#app_authentication_required",
                ),
                CodeInfo(
                    value="device_authentication_required",
                    description="Triggers when the financial entity needs a second factor via physical device to authenticate",
                    category=_C.INFORMATIONAL,
                    sources=(_S["fintoc-widget-events-older"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-widget-events-older"],),
                        ),
                    ),
                    page="reference/fintoc/widget_event/#device_authentication_required",
                ),
            ),
        ),
        {},
    )
    return WidgetEvent


def _WebviewMessage() -> type[CodeEnum]:
    class WebviewMessage(CodeEnum):
        """WebView message: The message the Fintoc widget's WebView posts to a mobile app when its flow ends, which fintoc-react-native's FintocWidgetView maps to its onSuccess and onExit props (EVENT_MAP); any other message calls nothing. The descriptions are bankcodes' wording.

        Wire field: the data of a WebView message event (nativeEvent.data in React Native)."""

        succeeded = "fintocwidget://succeeded"
        exit = "fintocwidget://exit"

    register(
        WebviewMessage,
        lambda: (
            CodeSetInfo(
                provider="fintoc",
                id="webview_message",
                title="WebView message",
                description="The message the Fintoc widget's WebView posts to a mobile app when its flow ends, which fintoc-react-native's FintocWidgetView maps to its onSuccess and onExit props (EVENT_MAP); any other message calls nothing. The descriptions are bankcodes' wording.",
                field="the data of a WebView message event (nativeEvent.data in React Native)",
                sources=(_S["fintoc-react-native-constants"],),
            ),
            (
                CodeInfo(
                    value="fintocwidget://succeeded",
                    description="The widget's flow succeeded: onSuccess is called.",
                    category=_C.SUCCESS,
                    sources=(_S["fintoc-react-native-constants"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/fintoc/webview_message/#succeeded",
                    editorial=True,
                ),
                CodeInfo(
                    value="fintocwidget://exit",
                    description="The user left the widget before its flow succeeded: onExit is called.",
                    category=_C.CANCELLED,
                    sources=(_S["fintoc-react-native-constants"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/fintoc/webview_message/#exit",
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
                        Equivalent(
                            provider="setu",
                            code_set="notification_error_code",
                            value="UserCancelled",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                    ),
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return WebviewMessage


def _DashboardErrorReason() -> type[CodeEnum]:
    class DashboardErrorReason(CodeEnum):
        """Dashboard error reason: Why a Payment Intent failed, as the file the Payment Intents Dashboard downloads gives it in its fintoc_error_reason column: the values Fintoc's Error Reasons page lists ("The possible values are the following"), each with the page's description. It is another field than the API's error_reason: eleven values are the same, with the same texts; six are the Dashboard's alone, some of them with the text of an API value of another name (account_blocked and bank_account_locked, mfa_not_authorized and mfa_authorization_timeout).

        Wire field: fintoc_error_reason (a column of the file the Payment Intents Dashboard downloads)."""

        account_blocked = "account_blocked"
        account_selection_timeout = "account_selection_timeout"
        bank_connection_error = "bank_connection_error"
        bank_not_available = "bank_not_available"
        daily_amount_limit_reached = "daily_amount_limit_reached"
        insufficient_funds = "insufficient_funds"
        login_credentials_locked = "login_credentials_locked"
        login_invalid_credentials = "login_invalid_credentials"
        maximum_amount_error = "maximum_amount_error"
        mfa_locked = "mfa_locked"
        mfa_not_authorized = "mfa_not_authorized"
        mfa_unavailable = "mfa_unavailable"
        minimum_amount_error = "minimum_amount_error"
        new_contact_amount_limit_reached = "new_contact_amount_limit_reached"
        new_contact_transfer_number_limit_reached = "new_contact_transfer_number_limit_reached"
        recipient_account_not_allowed = "recipient_account_not_allowed"
        user_abandon_before_login = "user_abandon_before_login"

    register(
        DashboardErrorReason,
        lambda: (
            CodeSetInfo(
                provider="fintoc",
                id="dashboard_error_reason",
                title="Dashboard error reason",
                description="Why a Payment Intent failed, as the file the Payment Intents Dashboard downloads gives it in its fintoc_error_reason column: the values Fintoc's Error Reasons page lists (\"The possible values are the following\"), each with the page's description. It is another field than the API's error_reason: eleven values are the same, with the same texts; six are the Dashboard's alone, some of them with the text of an API value of another name (account_blocked and bank_account_locked, mfa_not_authorized and mfa_authorization_timeout).",
                field="fintoc_error_reason (a column of the file the Payment Intents Dashboard downloads)",
                sources=(_S["fintoc-docs-error-reasons"],),
            ),
            (
                CodeInfo(
                    value="account_blocked",
                    description="The bank blocked the transfers service for this account.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["fintoc-docs-error-reasons"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-docs-error-reasons"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/dashboard_error_reason/#account_blocked",
                    notes="The same text as bank_account_locked of the API's error_reason. Its category is bankcodes' reading of the text.",
                ),
                CodeInfo(
                    value="account_selection_timeout",
                    description="The user didn’t select an account to perform the payment.",
                    category=_C.CANCELLED,
                    sources=(_S["fintoc-docs-error-reasons"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-docs-error-reasons"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/dashboard_error_reason/#account_selection_timeout",
                    notes="Its category is bankcodes' reading of the text.",
                ),
                CodeInfo(
                    value="bank_connection_error",
                    description="Fintoc had a problem connecting with the selected bank.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["fintoc-docs-error-reasons"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-docs-error-reasons"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/dashboard_error_reason/#bank_connection_error",
                    notes="Also a value of the API's error_reason, in the same category.",
                ),
                CodeInfo(
                    value="bank_not_available",
                    description="The selected bank is temporary unavailable.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["fintoc-docs-error-reasons"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-docs-error-reasons"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/dashboard_error_reason/#bank_not_available",
                    notes="Also a value of the API's error_reason, in the same category.",
                ),
                CodeInfo(
                    value="daily_amount_limit_reached",
                    description="The maximum amount available to transfer in the same day was reached.",
                    category=_C.REJECTED,
                    sources=(_S["fintoc-docs-error-reasons"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-docs-error-reasons"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/dashboard_error_reason/#daily_amount_limit_reached",
                    notes="Its category is bankcodes' reading of the text.",
                ),
                CodeInfo(
                    value="insufficient_funds",
                    description="The account doesn’t have enough money to execute the payment.",
                    category=_C.REJECTED,
                    sources=(_S["fintoc-docs-error-reasons"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-docs-error-reasons"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/dashboard_error_reason/#insufficient_funds",
                    notes="Also a value of the API's error_reason, in the same category.",
                ),
                CodeInfo(
                    value="login_credentials_locked",
                    description="The bank indicated that the user's credentials are locked.",
                    category=_C.ATTEMPTS_EXHAUSTED,
                    sources=(_S["fintoc-docs-error-reasons"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-docs-error-reasons"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/dashboard_error_reason/#login_credentials_locked",
                    notes="Also a value of the API's error_reason, in the same category.",
                ),
                CodeInfo(
                    value="login_invalid_credentials",
                    description="The bank indicated that the user's credentials are invalid.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["fintoc-docs-error-reasons"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-docs-error-reasons"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/dashboard_error_reason/#login_invalid_credentials",
                    notes="Also a value of the API's error_reason, in the same category.",
                ),
                CodeInfo(
                    value="maximum_amount_error",
                    description="The amount exceeds the maximum amount allowed for that bank.",
                    category=_C.REJECTED,
                    sources=(_S["fintoc-docs-error-reasons"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-docs-error-reasons"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/dashboard_error_reason/#maximum_amount_error",
                    notes="Also a value of the API's error_reason, in the same category.",
                ),
                CodeInfo(
                    value="mfa_locked",
                    description="The multifactor authentication method is locked.",
                    category=_C.ATTEMPTS_EXHAUSTED,
                    sources=(_S["fintoc-docs-error-reasons"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-docs-error-reasons"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/dashboard_error_reason/#mfa_locked",
                    notes="Also a value of the API's error_reason, in the same category.",
                ),
                CodeInfo(
                    value="mfa_not_authorized",
                    description="The user did not authorize the transfer with their multifactor method.",
                    category=_C.MFA_FAILED,
                    sources=(_S["fintoc-docs-error-reasons"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-docs-error-reasons"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/dashboard_error_reason/#mfa_not_authorized",
                    notes="The same text as mfa_authorization_timeout of the API's error_reason. Its category is bankcodes' reading of the text.",
                ),
                CodeInfo(
                    value="mfa_unavailable",
                    description="The multifactor authentication method is unavailable.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["fintoc-docs-error-reasons"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-docs-error-reasons"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/dashboard_error_reason/#mfa_unavailable",
                    notes="Also a value of the API's error_reason, in the same category.",
                ),
                CodeInfo(
                    value="minimum_amount_error",
                    description="The amount is below the minimum amount allowed to transfer for that bank.",
                    category=_C.REJECTED,
                    sources=(_S["fintoc-docs-error-reasons"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-docs-error-reasons"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/dashboard_error_reason/#minimum_amount_error",
                    notes="Its category is bankcodes' reading of the text.",
                ),
                CodeInfo(
                    value="new_contact_amount_limit_reached",
                    description="The amount exceeds the maximum amount permitted for new contacts.",
                    category=_C.REJECTED,
                    sources=(_S["fintoc-docs-error-reasons"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-docs-error-reasons"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/dashboard_error_reason/#new_contact_amount_limit_reached",
                    notes="Also a value of the API's error_reason, in the same category.",
                ),
                CodeInfo(
                    value="new_contact_transfer_number_limit_reached",
                    description="The maximum number of transfers for new contacts was reached.",
                    category=_C.REJECTED,
                    sources=(_S["fintoc-docs-error-reasons"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-docs-error-reasons"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/dashboard_error_reason/#new_contact_transfer_number_limit_reached",
                    notes="Also a value of the API's error_reason, in the same category.",
                ),
                CodeInfo(
                    value="recipient_account_not_allowed",
                    description="The bank indicated that the recipient account is not allowed to receive transfers.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["fintoc-docs-error-reasons"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-docs-error-reasons"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/dashboard_error_reason/#recipient_account_not_allowed",
                    notes="Also a value of the API's error_reason, in the same category.",
                ),
                CodeInfo(
                    value="user_abandon_before_login",
                    description="The user abandoned the process before entering their credentials.",
                    category=_C.CANCELLED,
                    sources=(_S["fintoc-docs-error-reasons"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["fintoc-docs-error-reasons"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/dashboard_error_reason/#user_abandon_before_login",
                    notes="Its category is bankcodes' reading of the text.",
                ),
            ),
        ),
        {},
    )
    return DashboardErrorReason


def _TransferStatus() -> type[CodeEnum]:
    class TransferStatus(CodeEnum):
        """Transfer status (API v2): The status of a v2 Transfer, a money movement to or from one of your Account Numbers (Chile and Mexico). fintoc-ruby's Transfer class (read whole) has a predicate for each of these six values; Fintoc's SDK gives no text for them, and the descriptions are bankcodes' wording of their names.

        Wire field: status (a v2 Transfer object)."""

        pending = "pending"
        succeeded = "succeeded"
        failed = "failed"
        returned = "returned"
        return_pending = "return_pending"
        rejected = "rejected"

    register(
        TransferStatus,
        lambda: (
            CodeSetInfo(
                provider="fintoc",
                id="transfer_status",
                title="Transfer status (API v2)",
                description="The status of a v2 Transfer, a money movement to or from one of your Account Numbers (Chile and Mexico). fintoc-ruby's Transfer class (read whole) has a predicate for each of these six values; Fintoc's SDK gives no text for them, and the descriptions are bankcodes' wording of their names.",
                field="status (a v2 Transfer object)",
                sources=(_S["fintoc-ruby-v2-transfer"],),
            ),
            (
                CodeInfo(
                    value="pending",
                    description="Pending: the transfer is not finished yet.",
                    category=_C.PENDING,
                    sources=(_S["fintoc-ruby-v2-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/fintoc/transfer_status/#pending",
                    editorial=True,
                ),
                CodeInfo(
                    value="succeeded",
                    description="Succeeded: the transfer was made.",
                    category=_C.SUCCESS,
                    sources=(_S["fintoc-ruby-v2-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/fintoc/transfer_status/#succeeded",
                    editorial=True,
                ),
                CodeInfo(
                    value="failed",
                    description="Failed: the transfer was not made.",
                    category=_C.REJECTED,
                    sources=(_S["fintoc-ruby-v2-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/transfer_status/#failed",
                    editorial=True,
                    notes="fintoc-ruby gives no text and no reason field for it: the category is bankcodes' reading of the name. A transfer is money moved once, so a failed one is reported, not sent again unchanged.",
                ),
                CodeInfo(
                    value="returned",
                    description="Returned: the money of the transfer went back.",
                    category=_C.REJECTED,
                    sources=(_S["fintoc-ruby-v2-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/transfer_status/#returned",
                    editorial=True,
                    notes="return_reason says why where Fintoc gives one. An inbound transfer whose return was requested ends in returned; an outbound one returned (in Chile, by the clearing house) did not reach its recipient. The category is bankcodes' reading of the latter, as of the returned payouts of other providers.",
                ),
                CodeInfo(
                    value="return_pending",
                    description="Return pending: the return of the transfer was requested and is not done yet.",
                    category=_C.PENDING,
                    sources=(_S["fintoc-ruby-v2-transfer"], _S["fintoc-ruby-vcr-transfer-return"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/transfer_status/#return_pending",
                    editorial=True,
                    notes="The status POST /v2/transfers/{id}/return answers with (fintoc-ruby's spec 'returns a Transfer instance with return_pending status' and its recorded response, an inbound transfer with return_reason null): the return is Fintoc's and the banks' to finish, and the transfer's status changes when it is.",
                ),
                CodeInfo(
                    value="rejected",
                    description="Rejected: the transfer was refused.",
                    category=_C.REJECTED,
                    sources=(_S["fintoc-ruby-v2-transfer"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/fintoc/transfer_status/#rejected",
                    editorial=True,
                    notes="fintoc-ruby gives no text for it: the category is bankcodes' reading of the name.",
                ),
            ),
        ),
        {},
    )
    return TransferStatus


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name)
        for name in (
            "ErrorCode",
            "ErrorType",
            "PaymentErrorReason",
            "PaymentIntentStatus",
            "RefreshIntentStatus",
            "WebhookType",
            "ClientErrorClass",
            "ResponseStatus",
            "WidgetEvent",
            "WebviewMessage",
            "DashboardErrorReason",
            "TransferStatus",
        )
    )
