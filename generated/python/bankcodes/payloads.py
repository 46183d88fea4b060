# generated from spec/catalog.json — do not edit (run `make generate`)
"""Validate webhook and SDK payloads with the pydantic models generated from the JSON Schemas.

    from bankcodes import payloads

    event = payloads.validate(kind, request.body)   # raw bytes, str or parsed JSON

Lenient by default: unknown codes, fields and event types pass. With strict=True only the
catalog's codes, fields and event types pass. A body over max_bytes (MAX_BYTES by default) is
refused before it is read. Every problem is reported in one PayloadError, each with the JSON
path of the offending value. `validate` is typed per kind.

Where codes live: `recognise(body)` names the kinds a body is, most specific first, and
`identify(body)` the one kind it is (none where it fits several: ambiguous) with the `Evidence`
that tells its provider (its namespace, a code only its code sets hold, its fields; or the
provider named), a shape many APIs share telling none;
`codes(kind, body)` reads every code from the kind's code fields, each with its path and code
set, in the order in which they decide; `decisive_code(kind, body)` is the first of them the catalog knows.
`inner_bodies(kind, body)` reads the bodies a payload holds whole as JSON text (the bank's error a
provider passes through), each as the kind it is. `layered_codes(kind, body)` reads the code
of each provider a payload carries, its own provider's first, then each provider's beneath it
(the code of the provider an aggregator works through, in fields typed with that provider's
code sets).

Importing this module imports neither pydantic nor a model module; `import bankcodes` neither.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

from bankcodes._code_fields import (
    Evidence,
    FoundCode,
    Identified,
    codes,
    decisive_code,
    identify,
    recognise,
)
from bankcodes._inner_bodies import InnerBody, inner_bodies
from bankcodes._layers import layered_codes
from bankcodes._payloads import (
    KINDS,
    MAX_BYTES,
    MAX_PROBLEMS,
    Data,
    PayloadError,
    PayloadProblem,
    model_class,
    parse,
)
from bankcodes._payloads import validate as _validate

if TYPE_CHECKING:  # each kind's model type, for type checkers only (nothing per kind at run time)
    from pydantic import BaseModel

    from bankcodes.webhooks.akahu import api_error as _akahu_api_error
    from bankcodes.webhooks.akahu import api_error_strict as _akahu_api_error_strict
    from bankcodes.webhooks.akahu import oauth_error as _akahu_oauth_error
    from bankcodes.webhooks.akahu import oauth_error_strict as _akahu_oauth_error_strict
    from bankcodes.webhooks.akahu import webhook as _akahu_webhook
    from bankcodes.webhooks.akahu import webhook_strict as _akahu_webhook_strict
    from bankcodes.webhooks.argyle import api_error as _argyle_api_error
    from bankcodes.webhooks.argyle import api_error_strict as _argyle_api_error_strict
    from bankcodes.webhooks.argyle import field_errors as _argyle_field_errors
    from bankcodes.webhooks.argyle import field_errors_strict as _argyle_field_errors_strict
    from bankcodes.webhooks.argyle import webhook as _argyle_webhook
    from bankcodes.webhooks.argyle import webhook_strict as _argyle_webhook_strict
    from bankcodes.webhooks.basiq import error as _basiq_error
    from bankcodes.webhooks.basiq import error_strict as _basiq_error_strict
    from bankcodes.webhooks.basiq import job as _basiq_job
    from bankcodes.webhooks.basiq import job_strict as _basiq_job_strict
    from bankcodes.webhooks.basiq import webhook as _basiq_webhook
    from bankcodes.webhooks.basiq import webhook_strict as _basiq_webhook_strict
    from bankcodes.webhooks.belvo import api_error as _belvo_api_error
    from bankcodes.webhooks.belvo import api_error_strict as _belvo_api_error_strict
    from bankcodes.webhooks.belvo import link as _belvo_link
    from bankcodes.webhooks.belvo import link_strict as _belvo_link_strict
    from bankcodes.webhooks.belvo import webhook as _belvo_webhook
    from bankcodes.webhooks.belvo import webhook_strict as _belvo_webhook_strict
    from bankcodes.webhooks.berlingroup import error as _berlingroup_error
    from bankcodes.webhooks.berlingroup import error_strict as _berlingroup_error_strict
    from bankcodes.webhooks.berlingroup import problem as _berlingroup_problem
    from bankcodes.webhooks.berlingroup import problem_strict as _berlingroup_problem_strict
    from bankcodes.webhooks.berlingroup import tpp_messages as _berlingroup_tpp_messages
    from bankcodes.webhooks.berlingroup import (
        tpp_messages_strict as _berlingroup_tpp_messages_strict,
    )
    from bankcodes.webhooks.brankas import statement_error as _brankas_statement_error
    from bankcodes.webhooks.brankas import statement_error_strict as _brankas_statement_error_strict
    from bankcodes.webhooks.bridge import error as _bridge_error
    from bankcodes.webhooks.bridge import error_strict as _bridge_error_strict
    from bankcodes.webhooks.bridge import error_v2019 as _bridge_error_v2019
    from bankcodes.webhooks.bridge import error_v2019_strict as _bridge_error_v2019_strict
    from bankcodes.webhooks.bridge import item as _bridge_item
    from bankcodes.webhooks.bridge import item_strict as _bridge_item_strict
    from bankcodes.webhooks.bridge import webhook as _bridge_webhook
    from bankcodes.webhooks.bridge import webhook_strict as _bridge_webhook_strict
    from bankcodes.webhooks.cdr import error as _cdr_error
    from bankcodes.webhooks.cdr import error_strict as _cdr_error_strict
    from bankcodes.webhooks.enablebanking import error as _enablebanking_error
    from bankcodes.webhooks.enablebanking import error_strict as _enablebanking_error_strict
    from bankcodes.webhooks.fintoc import api_error as _fintoc_api_error
    from bankcodes.webhooks.fintoc import api_error_strict as _fintoc_api_error_strict
    from bankcodes.webhooks.fintoc import payment_intent as _fintoc_payment_intent
    from bankcodes.webhooks.fintoc import payment_intent_strict as _fintoc_payment_intent_strict
    from bankcodes.webhooks.fintoc import refresh_intent as _fintoc_refresh_intent
    from bankcodes.webhooks.fintoc import refresh_intent_strict as _fintoc_refresh_intent_strict
    from bankcodes.webhooks.fintoc import transfer as _fintoc_transfer
    from bankcodes.webhooks.fintoc import transfer_strict as _fintoc_transfer_strict
    from bankcodes.webhooks.fintoc import webhook as _fintoc_webhook
    from bankcodes.webhooks.fintoc import webhook_strict as _fintoc_webhook_strict
    from bankcodes.webhooks.finverse import error as _finverse_error
    from bankcodes.webhooks.finverse import error_strict as _finverse_error_strict
    from bankcodes.webhooks.finverse import login_identity as _finverse_login_identity
    from bankcodes.webhooks.finverse import login_identity_strict as _finverse_login_identity_strict
    from bankcodes.webhooks.finverse import webhook as _finverse_webhook
    from bankcodes.webhooks.finverse import webhook_strict as _finverse_webhook_strict
    from bankcodes.webhooks.flinks import api_response as _flinks_api_response
    from bankcodes.webhooks.flinks import api_response_strict as _flinks_api_response_strict
    from bankcodes.webhooks.flinks import connect_message as _flinks_connect_message
    from bankcodes.webhooks.flinks import connect_message_strict as _flinks_connect_message_strict
    from bankcodes.webhooks.flinks import fdx_error as _flinks_fdx_error
    from bankcodes.webhooks.flinks import fdx_error_strict as _flinks_fdx_error_strict
    from bankcodes.webhooks.flinks import webhook as _flinks_webhook
    from bankcodes.webhooks.flinks import webhook_strict as _flinks_webhook_strict
    from bankcodes.webhooks.gocardless import account as _gocardless_account
    from bankcodes.webhooks.gocardless import account_strict as _gocardless_account_strict
    from bankcodes.webhooks.gocardless import agreement as _gocardless_agreement
    from bankcodes.webhooks.gocardless import agreement_strict as _gocardless_agreement_strict
    from bankcodes.webhooks.gocardless import error as _gocardless_error
    from bankcodes.webhooks.gocardless import error_strict as _gocardless_error_strict
    from bankcodes.webhooks.gocardless import requisition as _gocardless_requisition
    from bankcodes.webhooks.gocardless import requisition_strict as _gocardless_requisition_strict
    from bankcodes.webhooks.lean import callback as _lean_callback
    from bankcodes.webhooks.lean import callback_strict as _lean_callback_strict
    from bankcodes.webhooks.lean import data_api_response as _lean_data_api_response
    from bankcodes.webhooks.lean import data_api_response_strict as _lean_data_api_response_strict
    from bankcodes.webhooks.lean import payment_source as _lean_payment_source
    from bankcodes.webhooks.lean import payment_source_strict as _lean_payment_source_strict
    from bankcodes.webhooks.lean import webhook as _lean_webhook
    from bankcodes.webhooks.lean import webhook_strict as _lean_webhook_strict
    from bankcodes.webhooks.mastercard import connect_event as _mastercard_connect_event
    from bankcodes.webhooks.mastercard import (
        connect_event_strict as _mastercard_connect_event_strict,
    )
    from bankcodes.webhooks.mastercard import connect_webhook as _mastercard_connect_webhook
    from bankcodes.webhooks.mastercard import (
        connect_webhook_strict as _mastercard_connect_webhook_strict,
    )
    from bankcodes.webhooks.mastercard import error as _mastercard_error
    from bankcodes.webhooks.mastercard import error_strict as _mastercard_error_strict
    from bankcodes.webhooks.mastercard import europe_error as _mastercard_europe_error
    from bankcodes.webhooks.mastercard import europe_error_strict as _mastercard_europe_error_strict
    from bankcodes.webhooks.mastercard import obwms_error as _mastercard_obwms_error
    from bankcodes.webhooks.mastercard import obwms_error_strict as _mastercard_obwms_error_strict
    from bankcodes.webhooks.mastercard import (
        payment_success_indicators as _mastercard_payment_success_indicators,
    )
    from bankcodes.webhooks.mastercard import (
        payment_success_indicators_strict as _mastercard_payment_success_indicators_strict,
    )
    from bankcodes.webhooks.mastercard import refresh_status as _mastercard_refresh_status
    from bankcodes.webhooks.mastercard import (
        refresh_status_strict as _mastercard_refresh_status_strict,
    )
    from bankcodes.webhooks.mono import api_response as _mono_api_response
    from bankcodes.webhooks.mono import api_response_strict as _mono_api_response_strict
    from bankcodes.webhooks.mono import connect_message as _mono_connect_message
    from bankcodes.webhooks.mono import connect_message_strict as _mono_connect_message_strict
    from bankcodes.webhooks.mono import webhook as _mono_webhook
    from bankcodes.webhooks.mono import webhook_strict as _mono_webhook_strict
    from bankcodes.webhooks.mx import connect_message as _mx_connect_message
    from bankcodes.webhooks.mx import connect_message_strict as _mx_connect_message_strict
    from bankcodes.webhooks.mx import webhook as _mx_webhook
    from bankcodes.webhooks.mx import webhook_strict as _mx_webhook_strict
    from bankcodes.webhooks.openfinancebrasil import error as _openfinancebrasil_error
    from bankcodes.webhooks.openfinancebrasil import error_strict as _openfinancebrasil_error_strict
    from bankcodes.webhooks.plaid import error as _plaid_error
    from bankcodes.webhooks.plaid import error_strict as _plaid_error_strict
    from bankcodes.webhooks.plaid import link as _plaid_link
    from bankcodes.webhooks.plaid import link_strict as _plaid_link_strict
    from bankcodes.webhooks.plaid import webhook as _plaid_webhook
    from bankcodes.webhooks.plaid import webhook_strict as _plaid_webhook_strict
    from bankcodes.webhooks.pluggy import api_error as _pluggy_api_error
    from bankcodes.webhooks.pluggy import api_error_strict as _pluggy_api_error_strict
    from bankcodes.webhooks.pluggy import connect as _pluggy_connect
    from bankcodes.webhooks.pluggy import connect_strict as _pluggy_connect_strict
    from bankcodes.webhooks.pluggy import item as _pluggy_item
    from bankcodes.webhooks.pluggy import item_strict as _pluggy_item_strict
    from bankcodes.webhooks.pluggy import webhook as _pluggy_webhook
    from bankcodes.webhooks.pluggy import webhook_strict as _pluggy_webhook_strict
    from bankcodes.webhooks.polishapi import error as _polishapi_error
    from bankcodes.webhooks.polishapi import error_strict as _polishapi_error_strict
    from bankcodes.webhooks.powens import connection as _powens_connection
    from bankcodes.webhooks.powens import connection_strict as _powens_connection_strict
    from bankcodes.webhooks.powens import error as _powens_error
    from bankcodes.webhooks.powens import error_strict as _powens_error_strict
    from bankcodes.webhooks.quiltt import api_error as _quiltt_api_error
    from bankcodes.webhooks.quiltt import api_error_strict as _quiltt_api_error_strict
    from bankcodes.webhooks.quiltt import connection as _quiltt_connection
    from bankcodes.webhooks.quiltt import connection_strict as _quiltt_connection_strict
    from bankcodes.webhooks.quiltt import graphql_error as _quiltt_graphql_error
    from bankcodes.webhooks.quiltt import graphql_error_strict as _quiltt_graphql_error_strict
    from bankcodes.webhooks.quiltt import webhook as _quiltt_webhook
    from bankcodes.webhooks.quiltt import webhook_strict as _quiltt_webhook_strict
    from bankcodes.webhooks.saltedge import api_error as _saltedge_api_error
    from bankcodes.webhooks.saltedge import api_error_strict as _saltedge_api_error_strict
    from bankcodes.webhooks.saltedge import api_error_v4 as _saltedge_api_error_v4
    from bankcodes.webhooks.saltedge import api_error_v4_strict as _saltedge_api_error_v4_strict
    from bankcodes.webhooks.saltedge import callback as _saltedge_callback
    from bankcodes.webhooks.saltedge import callback_strict as _saltedge_callback_strict
    from bankcodes.webhooks.setu import consent as _setu_consent
    from bankcodes.webhooks.setu import consent_revocation as _setu_consent_revocation
    from bankcodes.webhooks.setu import consent_revocation_strict as _setu_consent_revocation_strict
    from bankcodes.webhooks.setu import consent_strict as _setu_consent_strict
    from bankcodes.webhooks.setu import data_session as _setu_data_session
    from bankcodes.webhooks.setu import data_session_list as _setu_data_session_list
    from bankcodes.webhooks.setu import data_session_list_strict as _setu_data_session_list_strict
    from bankcodes.webhooks.setu import data_session_strict as _setu_data_session_strict
    from bankcodes.webhooks.setu import error as _setu_error
    from bankcodes.webhooks.setu import error_strict as _setu_error_strict
    from bankcodes.webhooks.setu import fip_list as _setu_fip_list
    from bankcodes.webhooks.setu import fip_list_strict as _setu_fip_list_strict
    from bankcodes.webhooks.setu import notification as _setu_notification
    from bankcodes.webhooks.setu import notification_strict as _setu_notification_strict
    from bankcodes.webhooks.simplefin import account_set as _simplefin_account_set
    from bankcodes.webhooks.simplefin import account_set_strict as _simplefin_account_set_strict
    from bankcodes.webhooks.simplefin import account_set_v1 as _simplefin_account_set_v1
    from bankcodes.webhooks.simplefin import (
        account_set_v1_strict as _simplefin_account_set_v1_strict,
    )
    from bankcodes.webhooks.simplefin import error as _simplefin_error
    from bankcodes.webhooks.simplefin import error_strict as _simplefin_error_strict
    from bankcodes.webhooks.stitch import graphql_error as _stitch_graphql_error
    from bankcodes.webhooks.stitch import graphql_error_strict as _stitch_graphql_error_strict
    from bankcodes.webhooks.stitch import token_error as _stitch_token_error
    from bankcodes.webhooks.stitch import token_error_strict as _stitch_token_error_strict
    from bankcodes.webhooks.stitch import webhook as _stitch_webhook
    from bankcodes.webhooks.stitch import webhook_strict as _stitch_webhook_strict
    from bankcodes.webhooks.stripe import api_error as _stripe_api_error
    from bankcodes.webhooks.stripe import api_error_strict as _stripe_api_error_strict
    from bankcodes.webhooks.stripe import event as _stripe_event
    from bankcodes.webhooks.stripe import event_strict as _stripe_event_strict
    from bankcodes.webhooks.stripe import fc_account as _stripe_fc_account
    from bankcodes.webhooks.stripe import fc_account_strict as _stripe_fc_account_strict
    from bankcodes.webhooks.stripe import fc_authorization as _stripe_fc_authorization
    from bankcodes.webhooks.stripe import fc_authorization_strict as _stripe_fc_authorization_strict
    from bankcodes.webhooks.stripe import fc_session as _stripe_fc_session
    from bankcodes.webhooks.stripe import fc_session_strict as _stripe_fc_session_strict
    from bankcodes.webhooks.stripe import fc_transaction as _stripe_fc_transaction
    from bankcodes.webhooks.stripe import fc_transaction_strict as _stripe_fc_transaction_strict
    from bankcodes.webhooks.teller import error as _teller_error
    from bankcodes.webhooks.teller import error_strict as _teller_error_strict
    from bankcodes.webhooks.teller import webhook as _teller_webhook
    from bankcodes.webhooks.teller import webhook_strict as _teller_webhook_strict
    from bankcodes.webhooks.tink import legacy_error as _tink_legacy_error
    from bankcodes.webhooks.tink import legacy_error_strict as _tink_legacy_error_strict
    from bankcodes.webhooks.tink import link_error as _tink_link_error
    from bankcodes.webhooks.tink import link_error_strict as _tink_link_error_strict
    from bankcodes.webhooks.tink import webhook as _tink_webhook
    from bankcodes.webhooks.tink import webhook_strict as _tink_webhook_strict
    from bankcodes.webhooks.tokenio import callback_error as _tokenio_callback_error
    from bankcodes.webhooks.tokenio import callback_error_strict as _tokenio_callback_error_strict
    from bankcodes.webhooks.truelayer import data_api_error as _truelayer_data_api_error
    from bankcodes.webhooks.truelayer import (
        data_api_error_strict as _truelayer_data_api_error_strict,
    )
    from bankcodes.webhooks.truelayer import mandate as _truelayer_mandate
    from bankcodes.webhooks.truelayer import mandate_strict as _truelayer_mandate_strict
    from bankcodes.webhooks.truelayer import payment as _truelayer_payment
    from bankcodes.webhooks.truelayer import payment_strict as _truelayer_payment_strict
    from bankcodes.webhooks.truelayer import payout as _truelayer_payout
    from bankcodes.webhooks.truelayer import payout_strict as _truelayer_payout_strict
    from bankcodes.webhooks.truelayer import problem as _truelayer_problem
    from bankcodes.webhooks.truelayer import problem_strict as _truelayer_problem_strict
    from bankcodes.webhooks.truelayer import refund as _truelayer_refund
    from bankcodes.webhooks.truelayer import refund_strict as _truelayer_refund_strict
    from bankcodes.webhooks.truelayer import webhook as _truelayer_webhook
    from bankcodes.webhooks.truelayer import webhook_strict as _truelayer_webhook_strict
    from bankcodes.webhooks.uaeopenfinance import bank_error as _uaeopenfinance_bank_error
    from bankcodes.webhooks.uaeopenfinance import (
        bank_error_strict as _uaeopenfinance_bank_error_strict,
    )
    from bankcodes.webhooks.uaeopenfinance import error as _uaeopenfinance_error
    from bankcodes.webhooks.uaeopenfinance import error_strict as _uaeopenfinance_error_strict
    from bankcodes.webhooks.uaeopenfinance import signed_error as _uaeopenfinance_signed_error
    from bankcodes.webhooks.uaeopenfinance import (
        signed_error_strict as _uaeopenfinance_signed_error_strict,
    )
    from bankcodes.webhooks.ukob import error as _ukob_error
    from bankcodes.webhooks.ukob import error_strict as _ukob_error_strict
    from bankcodes.webhooks.ukob import event_notification as _ukob_event_notification
    from bankcodes.webhooks.ukob import event_notification_strict as _ukob_event_notification_strict
    from bankcodes.webhooks.ukob import payment_order as _ukob_payment_order
    from bankcodes.webhooks.ukob import payment_order_strict as _ukob_payment_order_strict
    from bankcodes.webhooks.yapily import error as _yapily_error
    from bankcodes.webhooks.yapily import error_strict as _yapily_error_strict
    from bankcodes.webhooks.yapily import validation_error as _yapily_validation_error
    from bankcodes.webhooks.yapily import validation_error_strict as _yapily_validation_error_strict
    from bankcodes.webhooks.yodlee import api_error as _yodlee_api_error
    from bankcodes.webhooks.yodlee import api_error_strict as _yodlee_api_error_strict
    from bankcodes.webhooks.yodlee import fastlink_message as _yodlee_fastlink_message
    from bankcodes.webhooks.yodlee import fastlink_message_strict as _yodlee_fastlink_message_strict
    from bankcodes.webhooks.yodlee import provider_account as _yodlee_provider_account
    from bankcodes.webhooks.yodlee import provider_account_strict as _yodlee_provider_account_strict
    from bankcodes.webhooks.yodlee import webhook as _yodlee_webhook
    from bankcodes.webhooks.yodlee import webhook_strict as _yodlee_webhook_strict

    @overload
    def validate(
        kind: Literal["flinks/fdx-error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _flinks_fdx_error.FdxError: ...
    @overload
    def validate(
        kind: Literal["flinks/fdx-error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _flinks_fdx_error_strict.FdxError: ...

    @overload
    def validate(
        kind: Literal["lean/webhook"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> (
        _lean_webhook.EntityCreatedWebhook
        | _lean_webhook.EntityUpdatedWebhook
        | _lean_webhook.EntityReconnectedWebhook
        | _lean_webhook.DataRefreshUpdatedWebhook
        | _lean_webhook.ResultsReadyWebhook
        | _lean_webhook.PaymentSourceCreatedWebhook
        | _lean_webhook.BeneficiaryCreatedWebhook
        | _lean_webhook.BeneficiaryUpdatedWebhook
        | _lean_webhook.PaymentIntentCreatedWebhook
        | _lean_webhook.PaymentCreatedWebhook
        | _lean_webhook.PaymentUpdatedWebhook
        | _lean_webhook.PaymentTransactionWebhook
        | _lean_webhook.ReconciliationUpdatedWebhook
        | _lean_webhook.BankAvailabilityUpdatedWebhook
        | _lean_webhook.ConsentStatusUpdatedWebhook
        | _lean_webhook.OtherWebhook
    ): ...
    @overload
    def validate(
        kind: Literal["lean/webhook"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> (
        _lean_webhook_strict.EntityCreatedWebhook
        | _lean_webhook_strict.EntityUpdatedWebhook
        | _lean_webhook_strict.EntityReconnectedWebhook
        | _lean_webhook_strict.DataRefreshUpdatedWebhook
        | _lean_webhook_strict.ResultsReadyWebhook
        | _lean_webhook_strict.PaymentSourceCreatedWebhook
        | _lean_webhook_strict.BeneficiaryCreatedWebhook
        | _lean_webhook_strict.BeneficiaryUpdatedWebhook
        | _lean_webhook_strict.PaymentIntentCreatedWebhook
        | _lean_webhook_strict.PaymentCreatedWebhook
        | _lean_webhook_strict.PaymentUpdatedWebhook
        | _lean_webhook_strict.PaymentTransactionWebhook
        | _lean_webhook_strict.ReconciliationUpdatedWebhook
        | _lean_webhook_strict.BankAvailabilityUpdatedWebhook
        | _lean_webhook_strict.ConsentStatusUpdatedWebhook
    ): ...

    @overload
    def validate(
        kind: Literal["lean/callback"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _lean_callback.CallbackData: ...
    @overload
    def validate(
        kind: Literal["lean/callback"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _lean_callback_strict.CallbackData: ...

    @overload
    def validate(
        kind: Literal["lean/payment-source"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _lean_payment_source.PaymentSourceAnswer: ...
    @overload
    def validate(
        kind: Literal["lean/payment-source"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _lean_payment_source_strict.PaymentSourceAnswer: ...

    @overload
    def validate(
        kind: Literal["lean/data-api-response"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _lean_data_api_response.DataApiResponse: ...
    @overload
    def validate(
        kind: Literal["lean/data-api-response"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _lean_data_api_response_strict.DataApiResponse: ...

    @overload
    def validate(
        kind: Literal["argyle/api-error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _argyle_api_error.ErrorBody: ...
    @overload
    def validate(
        kind: Literal["argyle/api-error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _argyle_api_error_strict.ErrorBody: ...

    @overload
    def validate(
        kind: Literal["argyle/webhook"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> (
        _argyle_webhook.VerificationUpdatedWebhook
        | _argyle_webhook.VerificationCreationFailedWebhook
        | _argyle_webhook.AccountAddedWebhook
        | _argyle_webhook.AccountConnectedWebhook
        | _argyle_webhook.AccountFailedWebhook
        | _argyle_webhook.AccountUpdatedWebhook
        | _argyle_webhook.OtherWebhook
    ): ...
    @overload
    def validate(
        kind: Literal["argyle/webhook"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> (
        _argyle_webhook_strict.VerificationUpdatedWebhook
        | _argyle_webhook_strict.VerificationCreationFailedWebhook
        | _argyle_webhook_strict.AccountAddedWebhook
        | _argyle_webhook_strict.AccountConnectedWebhook
        | _argyle_webhook_strict.AccountFailedWebhook
        | _argyle_webhook_strict.AccountUpdatedWebhook
    ): ...

    @overload
    def validate(
        kind: Literal["flinks/api-response"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _flinks_api_response.ApiResponse: ...
    @overload
    def validate(
        kind: Literal["flinks/api-response"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _flinks_api_response_strict.ApiResponse: ...

    @overload
    def validate(
        kind: Literal["flinks/connect-message"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _flinks_connect_message.StepEvent | _flinks_connect_message.ErrorEvent: ...
    @overload
    def validate(
        kind: Literal["flinks/connect-message"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _flinks_connect_message_strict.StepEvent | _flinks_connect_message_strict.ErrorEvent: ...

    @overload
    def validate(
        kind: Literal["flinks/webhook"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> (
        _flinks_webhook.KycWebhook
        | _flinks_webhook.AccountsDetailWebhook
        | _flinks_webhook.OtherWebhook
    ): ...
    @overload
    def validate(
        kind: Literal["flinks/webhook"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _flinks_webhook_strict.KycWebhook | _flinks_webhook_strict.AccountsDetailWebhook: ...

    @overload
    def validate(
        kind: Literal["plaid/error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _plaid_error.Error: ...
    @overload
    def validate(
        kind: Literal["plaid/error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _plaid_error_strict.Error: ...

    @overload
    def validate(
        kind: Literal["plaid/webhook"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> (
        _plaid_webhook.ScreeningWebhook
        | _plaid_webhook.EntityScreeningWebhook
        | _plaid_webhook.BeaconWebhook
        | _plaid_webhook.IdentityVerificationWebhook
        | _plaid_webhook.TransactionsWebhook
        | _plaid_webhook.IdentityWebhook
        | _plaid_webhook.ProcessorTokenWebhook
        | _plaid_webhook.IssuesWebhook
        | _plaid_webhook.AuthWebhook
        | _plaid_webhook.ItemWebhook
        | _plaid_webhook.IncomeWebhook
        | _plaid_webhook.BankTransfersWebhook
        | _plaid_webhook.TransferWebhook
        | _plaid_webhook.LayerWebhook
        | _plaid_webhook.ProtectWebhook
        | _plaid_webhook.InvestmentsTransactionsWebhook
        | _plaid_webhook.HoldingsWebhook
        | _plaid_webhook.PartnerWebhook
        | _plaid_webhook.LiabilitiesWebhook
        | _plaid_webhook.PaymentInitiationWebhook
        | _plaid_webhook.WalletWebhook
        | _plaid_webhook.LinkDeliveryWebhook
        | _plaid_webhook.StatementsWebhook
        | _plaid_webhook.CashFlowUpdatesWebhook
        | _plaid_webhook.BaseReportWebhook
        | _plaid_webhook.CraIncomeWebhook
        | _plaid_webhook.CheckReportWebhook
        | _plaid_webhook.CraInsightsWebhook
        | _plaid_webhook.LinkWebhook
        | _plaid_webhook.DashboardConfiguredAlertWebhook
        | _plaid_webhook.AssetsWebhook
        | _plaid_webhook.OtherWebhook
    ): ...
    @overload
    def validate(
        kind: Literal["plaid/webhook"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> (
        _plaid_webhook_strict.ScreeningWebhook
        | _plaid_webhook_strict.EntityScreeningWebhook
        | _plaid_webhook_strict.BeaconWebhook
        | _plaid_webhook_strict.IdentityVerificationWebhook
        | _plaid_webhook_strict.TransactionsWebhook
        | _plaid_webhook_strict.IdentityWebhook
        | _plaid_webhook_strict.ProcessorTokenWebhook
        | _plaid_webhook_strict.IssuesWebhook
        | _plaid_webhook_strict.AuthWebhook
        | _plaid_webhook_strict.ItemWebhook
        | _plaid_webhook_strict.IncomeWebhook
        | _plaid_webhook_strict.BankTransfersWebhook
        | _plaid_webhook_strict.TransferWebhook
        | _plaid_webhook_strict.LayerWebhook
        | _plaid_webhook_strict.ProtectWebhook
        | _plaid_webhook_strict.InvestmentsTransactionsWebhook
        | _plaid_webhook_strict.HoldingsWebhook
        | _plaid_webhook_strict.PartnerWebhook
        | _plaid_webhook_strict.LiabilitiesWebhook
        | _plaid_webhook_strict.PaymentInitiationWebhook
        | _plaid_webhook_strict.WalletWebhook
        | _plaid_webhook_strict.LinkDeliveryWebhook
        | _plaid_webhook_strict.StatementsWebhook
        | _plaid_webhook_strict.CashFlowUpdatesWebhook
        | _plaid_webhook_strict.BaseReportWebhook
        | _plaid_webhook_strict.CraIncomeWebhook
        | _plaid_webhook_strict.CheckReportWebhook
        | _plaid_webhook_strict.CraInsightsWebhook
        | _plaid_webhook_strict.LinkWebhook
        | _plaid_webhook_strict.DashboardConfiguredAlertWebhook
        | _plaid_webhook_strict.AssetsWebhook
    ): ...

    @overload
    def validate(
        kind: Literal["plaid/link"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _plaid_link.LinkError | _plaid_link.LinkExitMetadata | _plaid_link.LinkEventMetadata: ...
    @overload
    def validate(
        kind: Literal["plaid/link"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> (
        _plaid_link_strict.LinkError
        | _plaid_link_strict.LinkExitMetadata
        | _plaid_link_strict.LinkEventMetadata
    ): ...

    @overload
    def validate(
        kind: Literal["mx/webhook"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> (
        _mx_webhook.ConnectionStatusWebhook
        | _mx_webhook.AggregationWebhook
        | _mx_webhook.BalanceWebhook
        | _mx_webhook.StatementWebhook
        | _mx_webhook.VerificationWebhook
        | _mx_webhook.InitialDataReadyWebhook
        | _mx_webhook.OtherWebhook
    ): ...
    @overload
    def validate(
        kind: Literal["mx/webhook"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> (
        _mx_webhook_strict.ConnectionStatusWebhook
        | _mx_webhook_strict.AggregationWebhook
        | _mx_webhook_strict.BalanceWebhook
        | _mx_webhook_strict.StatementWebhook
        | _mx_webhook_strict.VerificationWebhook
        | _mx_webhook_strict.InitialDataReadyWebhook
    ): ...

    @overload
    def validate(
        kind: Literal["yodlee/api-error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _yodlee_api_error.YodleeError: ...
    @overload
    def validate(
        kind: Literal["yodlee/api-error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _yodlee_api_error_strict.YodleeError: ...

    @overload
    def validate(
        kind: Literal["yodlee/provider-account"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _yodlee_provider_account.ProviderAccountList: ...
    @overload
    def validate(
        kind: Literal["yodlee/provider-account"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _yodlee_provider_account_strict.ProviderAccountList: ...

    @overload
    def validate(
        kind: Literal["yodlee/webhook"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _yodlee_webhook.YodleeWebhook: ...
    @overload
    def validate(
        kind: Literal["yodlee/webhook"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _yodlee_webhook_strict.YodleeWebhook: ...

    @overload
    def validate(
        kind: Literal["yodlee/fastlink-message"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> (
        _yodlee_fastlink_message.FastLinkError
        | _yodlee_fastlink_message.FastLinkStatus
        | _yodlee_fastlink_message.FastLinkEvent
    ): ...
    @overload
    def validate(
        kind: Literal["yodlee/fastlink-message"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> (
        _yodlee_fastlink_message_strict.FastLinkError
        | _yodlee_fastlink_message_strict.FastLinkStatus
        | _yodlee_fastlink_message_strict.FastLinkEvent
    ): ...

    @overload
    def validate(
        kind: Literal["mx/connect-message"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> (
        _mx_connect_message.Ping
        | _mx_connect_message.Navigation
        | _mx_connect_message.FocusTrap
        | _mx_connect_message.Loaded
        | _mx_connect_message.EnterCredentials
        | _mx_connect_message.InstitutionSearch
        | _mx_connect_message.SelectedInstitution
        | _mx_connect_message.MemberConnected
        | _mx_connect_message.ConnectedPrimaryAction
        | _mx_connect_message.MemberDeleted
        | _mx_connect_message.CreateMemberError
        | _mx_connect_message.MemberStatusUpdate
        | _mx_connect_message.OauthError
        | _mx_connect_message.OauthRequested
        | _mx_connect_message.StepChange
        | _mx_connect_message.SubmitMFA
        | _mx_connect_message.UpdateCredentials
        | _mx_connect_message.BackToSearch
        | _mx_connect_message.InvalidData
        | _mx_connect_message.BackButtonClicked
        | _mx_connect_message.InitialDataReady
        | _mx_connect_message.MemberError
        | _mx_connect_message.MemberErrorPrimaryAction
        | _mx_connect_message.MicrodepositsLoaded
        | _mx_connect_message.MicrodepositsDetailsSubmitted
        | _mx_connect_message.MicrodepositsVerified
        | _mx_connect_message.MicrodepositsVerifiedPrimaryAction
        | _mx_connect_message.MicrodepositsComeBackPrimaryAction
        | _mx_connect_message.MicrodepositsErrorPrimaryAction
        | _mx_connect_message.MicrodepositsBlockedRoutingNumber
        | _mx_connect_message.OtherMessage
    ): ...
    @overload
    def validate(
        kind: Literal["mx/connect-message"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> (
        _mx_connect_message_strict.Ping
        | _mx_connect_message_strict.Navigation
        | _mx_connect_message_strict.FocusTrap
        | _mx_connect_message_strict.Loaded
        | _mx_connect_message_strict.EnterCredentials
        | _mx_connect_message_strict.InstitutionSearch
        | _mx_connect_message_strict.SelectedInstitution
        | _mx_connect_message_strict.MemberConnected
        | _mx_connect_message_strict.ConnectedPrimaryAction
        | _mx_connect_message_strict.MemberDeleted
        | _mx_connect_message_strict.CreateMemberError
        | _mx_connect_message_strict.MemberStatusUpdate
        | _mx_connect_message_strict.OauthError
        | _mx_connect_message_strict.OauthRequested
        | _mx_connect_message_strict.StepChange
        | _mx_connect_message_strict.SubmitMFA
        | _mx_connect_message_strict.UpdateCredentials
        | _mx_connect_message_strict.BackToSearch
        | _mx_connect_message_strict.InvalidData
        | _mx_connect_message_strict.BackButtonClicked
        | _mx_connect_message_strict.InitialDataReady
        | _mx_connect_message_strict.MemberError
        | _mx_connect_message_strict.MemberErrorPrimaryAction
        | _mx_connect_message_strict.MicrodepositsLoaded
        | _mx_connect_message_strict.MicrodepositsDetailsSubmitted
        | _mx_connect_message_strict.MicrodepositsVerified
        | _mx_connect_message_strict.MicrodepositsVerifiedPrimaryAction
        | _mx_connect_message_strict.MicrodepositsComeBackPrimaryAction
        | _mx_connect_message_strict.MicrodepositsErrorPrimaryAction
        | _mx_connect_message_strict.MicrodepositsBlockedRoutingNumber
    ): ...

    @overload
    def validate(
        kind: Literal["mastercard/error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _mastercard_error.ErrorMessage: ...
    @overload
    def validate(
        kind: Literal["mastercard/error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _mastercard_error_strict.ErrorMessage: ...

    @overload
    def validate(
        kind: Literal["mastercard/connect-webhook"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> (
        _mastercard_connect_webhook.AccountsDeletedWebhook
        | _mastercard_connect_webhook.PingWebhook
        | _mastercard_connect_webhook.StartedWebhook
        | _mastercard_connect_webhook.AddedWebhook
        | _mastercard_connect_webhook.FinancialConsentCreatedWebhook
        | _mastercard_connect_webhook.OtherWebhook
    ): ...
    @overload
    def validate(
        kind: Literal["mastercard/connect-webhook"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> (
        _mastercard_connect_webhook_strict.AccountsDeletedWebhook
        | _mastercard_connect_webhook_strict.PingWebhook
        | _mastercard_connect_webhook_strict.StartedWebhook
        | _mastercard_connect_webhook_strict.AddedWebhook
        | _mastercard_connect_webhook_strict.FinancialConsentCreatedWebhook
    ): ...

    @overload
    def validate(
        kind: Literal["mastercard/connect-event"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> (
        _mastercard_connect_event.ConnectEvent
        | _mastercard_connect_event.UserEvent
        | _mastercard_connect_event.RouteEvent
    ): ...
    @overload
    def validate(
        kind: Literal["mastercard/connect-event"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> (
        _mastercard_connect_event_strict.ConnectEvent
        | _mastercard_connect_event_strict.UserEvent
        | _mastercard_connect_event_strict.RouteEvent
    ): ...

    @overload
    def validate(
        kind: Literal["gocardless/requisition"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _gocardless_requisition.Requisition: ...
    @overload
    def validate(
        kind: Literal["gocardless/requisition"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _gocardless_requisition_strict.Requisition: ...

    @overload
    def validate(
        kind: Literal["gocardless/account"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _gocardless_account.Account: ...
    @overload
    def validate(
        kind: Literal["gocardless/account"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _gocardless_account_strict.Account: ...

    @overload
    def validate(
        kind: Literal["gocardless/agreement"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _gocardless_agreement.EndUserAgreement: ...
    @overload
    def validate(
        kind: Literal["gocardless/agreement"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _gocardless_agreement_strict.EndUserAgreement: ...

    @overload
    def validate(
        kind: Literal["gocardless/error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> (
        _gocardless_error.AccountEndpointError
        | _gocardless_error.ApiError
        | _gocardless_error.FieldErrors
    ): ...
    @overload
    def validate(
        kind: Literal["gocardless/error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> (
        _gocardless_error_strict.AccountEndpointError
        | _gocardless_error_strict.ApiError
        | _gocardless_error_strict.FieldErrors
    ): ...

    @overload
    def validate(
        kind: Literal["stripe/event"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> (
        _stripe_event.AccountNumbersUpdatedEvent
        | _stripe_event.AccountCreatedEvent
        | _stripe_event.AccountDeactivatedEvent
        | _stripe_event.AccountDisconnectedEvent
        | _stripe_event.AccountExpectedDeactivationDateUpdatedEvent
        | _stripe_event.AccountReactivatedEvent
        | _stripe_event.AccountRefreshedBalanceEvent
        | _stripe_event.AccountRefreshedOwnershipEvent
        | _stripe_event.AccountRefreshedTransactionsEvent
        | _stripe_event.AccountSupportedPaymentMethodTypesUpdatedEvent
        | _stripe_event.AccountUpcomingAccountNumberExpiryEvent
        | _stripe_event.AccountUpcomingDeactivationEvent
        | _stripe_event.AuthorizationExpectedDeactivationDateUpdatedEvent
        | _stripe_event.AuthorizationUpcomingDeactivationEvent
        | _stripe_event.SetupIntentCreatedEvent
        | _stripe_event.PaymentIntentPaymentFailedEvent
        | _stripe_event.SetupIntentSetupFailedEvent
        | _stripe_event.OtherEvent
    ): ...
    @overload
    def validate(
        kind: Literal["stripe/event"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> (
        _stripe_event_strict.AccountNumbersUpdatedEvent
        | _stripe_event_strict.AccountCreatedEvent
        | _stripe_event_strict.AccountDeactivatedEvent
        | _stripe_event_strict.AccountDisconnectedEvent
        | _stripe_event_strict.AccountExpectedDeactivationDateUpdatedEvent
        | _stripe_event_strict.AccountReactivatedEvent
        | _stripe_event_strict.AccountRefreshedBalanceEvent
        | _stripe_event_strict.AccountRefreshedOwnershipEvent
        | _stripe_event_strict.AccountRefreshedTransactionsEvent
        | _stripe_event_strict.AccountSupportedPaymentMethodTypesUpdatedEvent
        | _stripe_event_strict.AccountUpcomingAccountNumberExpiryEvent
        | _stripe_event_strict.AccountUpcomingDeactivationEvent
        | _stripe_event_strict.AuthorizationExpectedDeactivationDateUpdatedEvent
        | _stripe_event_strict.AuthorizationUpcomingDeactivationEvent
        | _stripe_event_strict.SetupIntentCreatedEvent
        | _stripe_event_strict.PaymentIntentPaymentFailedEvent
        | _stripe_event_strict.SetupIntentSetupFailedEvent
    ): ...

    @overload
    def validate(
        kind: Literal["stripe/api-error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _stripe_api_error.ErrorResponse: ...
    @overload
    def validate(
        kind: Literal["stripe/api-error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _stripe_api_error_strict.ErrorResponse: ...

    @overload
    def validate(
        kind: Literal["stripe/fc-account"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _stripe_fc_account.FcAccount: ...
    @overload
    def validate(
        kind: Literal["stripe/fc-account"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _stripe_fc_account_strict.FcAccount: ...

    @overload
    def validate(
        kind: Literal["stripe/fc-session"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _stripe_fc_session.FcSession: ...
    @overload
    def validate(
        kind: Literal["stripe/fc-session"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _stripe_fc_session_strict.FcSession: ...

    @overload
    def validate(
        kind: Literal["stripe/fc-authorization"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _stripe_fc_authorization.FcAuthorization: ...
    @overload
    def validate(
        kind: Literal["stripe/fc-authorization"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _stripe_fc_authorization_strict.FcAuthorization: ...

    @overload
    def validate(
        kind: Literal["stripe/fc-transaction"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _stripe_fc_transaction.FcTransaction: ...
    @overload
    def validate(
        kind: Literal["stripe/fc-transaction"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _stripe_fc_transaction_strict.FcTransaction: ...

    @overload
    def validate(
        kind: Literal["belvo/webhook"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> (
        _belvo_webhook.LinkWebhook
        | _belvo_webhook.PaymentIntentsWebhook
        | _belvo_webhook.AccountsWebhook
        | _belvo_webhook.TransactionsWebhook
        | _belvo_webhook.ChargesWebhook
        | _belvo_webhook.EnrollmentsWebhook
        | _belvo_webhook.BankAccountsWebhook
        | _belvo_webhook.CustomersWebhook
        | _belvo_webhook.PaymentAuthorizationsWebhook
        | _belvo_webhook.OwnersWebhook
        | _belvo_webhook.InvoicesWebhook
        | _belvo_webhook.BillsWebhook
        | _belvo_webhook.RecurringExpensesWebhook
        | _belvo_webhook.RiskInsightsWebhook
        | _belvo_webhook.IncomesWebhook
        | _belvo_webhook.InvestmentsWebhook
        | _belvo_webhook.InvestmentTransactionsWebhook
        | _belvo_webhook.OtherWebhook
    ): ...
    @overload
    def validate(
        kind: Literal["belvo/webhook"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> (
        _belvo_webhook_strict.LinkWebhook
        | _belvo_webhook_strict.PaymentIntentsWebhook
        | _belvo_webhook_strict.AccountsWebhook
        | _belvo_webhook_strict.TransactionsWebhook
        | _belvo_webhook_strict.ChargesWebhook
        | _belvo_webhook_strict.EnrollmentsWebhook
        | _belvo_webhook_strict.BankAccountsWebhook
        | _belvo_webhook_strict.CustomersWebhook
        | _belvo_webhook_strict.PaymentAuthorizationsWebhook
        | _belvo_webhook_strict.OwnersWebhook
        | _belvo_webhook_strict.InvoicesWebhook
        | _belvo_webhook_strict.BillsWebhook
        | _belvo_webhook_strict.RecurringExpensesWebhook
        | _belvo_webhook_strict.RiskInsightsWebhook
        | _belvo_webhook_strict.IncomesWebhook
        | _belvo_webhook_strict.InvestmentsWebhook
        | _belvo_webhook_strict.InvestmentTransactionsWebhook
    ): ...

    @overload
    def validate(
        kind: Literal["belvo/api-error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _belvo_api_error.ErrorObject: ...
    @overload
    def validate(
        kind: Literal["belvo/api-error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _belvo_api_error_strict.ErrorObject: ...

    @overload
    def validate(
        kind: Literal["belvo/link"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _belvo_link.Link: ...
    @overload
    def validate(
        kind: Literal["belvo/link"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _belvo_link_strict.Link: ...

    @overload
    def validate(
        kind: Literal["truelayer/webhook"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> (
        _truelayer_webhook.PaymentAuthorizedWebhook
        | _truelayer_webhook.PaymentExecutedWebhook
        | _truelayer_webhook.PaymentSettledWebhook
        | _truelayer_webhook.PaymentCreditableWebhook
        | _truelayer_webhook.PaymentSettlementStalledWebhook
        | _truelayer_webhook.PaymentFailedWebhook
        | _truelayer_webhook.MandateAuthorizedWebhook
        | _truelayer_webhook.MandateFailedWebhook
        | _truelayer_webhook.MandateRevokedWebhook
        | _truelayer_webhook.PaymentLinkPaymentCreatedWebhook
        | _truelayer_webhook.PaymentLinkDisabledWebhook
        | _truelayer_webhook.PayoutExecutedWebhook
        | _truelayer_webhook.PayoutFailedWebhook
        | _truelayer_webhook.RefundExecutedWebhook
        | _truelayer_webhook.RefundFailedWebhook
        | _truelayer_webhook.OtherWebhook
    ): ...
    @overload
    def validate(
        kind: Literal["truelayer/webhook"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> (
        _truelayer_webhook_strict.PaymentAuthorizedWebhook
        | _truelayer_webhook_strict.PaymentExecutedWebhook
        | _truelayer_webhook_strict.PaymentSettledWebhook
        | _truelayer_webhook_strict.PaymentCreditableWebhook
        | _truelayer_webhook_strict.PaymentSettlementStalledWebhook
        | _truelayer_webhook_strict.PaymentFailedWebhook
        | _truelayer_webhook_strict.MandateAuthorizedWebhook
        | _truelayer_webhook_strict.MandateFailedWebhook
        | _truelayer_webhook_strict.MandateRevokedWebhook
        | _truelayer_webhook_strict.PaymentLinkPaymentCreatedWebhook
        | _truelayer_webhook_strict.PaymentLinkDisabledWebhook
        | _truelayer_webhook_strict.PayoutExecutedWebhook
        | _truelayer_webhook_strict.PayoutFailedWebhook
        | _truelayer_webhook_strict.RefundExecutedWebhook
        | _truelayer_webhook_strict.RefundFailedWebhook
    ): ...

    @overload
    def validate(
        kind: Literal["truelayer/problem"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _truelayer_problem.Problem: ...
    @overload
    def validate(
        kind: Literal["truelayer/problem"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _truelayer_problem_strict.Problem: ...

    @overload
    def validate(
        kind: Literal["truelayer/payment"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _truelayer_payment.Payment: ...
    @overload
    def validate(
        kind: Literal["truelayer/payment"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _truelayer_payment_strict.Payment: ...

    @overload
    def validate(
        kind: Literal["truelayer/payout"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _truelayer_payout.Payout: ...
    @overload
    def validate(
        kind: Literal["truelayer/payout"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _truelayer_payout_strict.Payout: ...

    @overload
    def validate(
        kind: Literal["truelayer/refund"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _truelayer_refund.Refund: ...
    @overload
    def validate(
        kind: Literal["truelayer/refund"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _truelayer_refund_strict.Refund: ...

    @overload
    def validate(
        kind: Literal["truelayer/mandate"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _truelayer_mandate.Mandate: ...
    @overload
    def validate(
        kind: Literal["truelayer/mandate"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _truelayer_mandate_strict.Mandate: ...

    @overload
    def validate(
        kind: Literal["truelayer/data-api-error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _truelayer_data_api_error.DataApiErrorBody: ...
    @overload
    def validate(
        kind: Literal["truelayer/data-api-error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _truelayer_data_api_error_strict.DataApiErrorBody: ...

    @overload
    def validate(
        kind: Literal["ukob/error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _ukob_error.ErrorResponse: ...
    @overload
    def validate(
        kind: Literal["ukob/error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _ukob_error_strict.ErrorResponse: ...

    @overload
    def validate(
        kind: Literal["ukob/event-notification"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _ukob_event_notification.EventNotification: ...
    @overload
    def validate(
        kind: Literal["ukob/event-notification"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _ukob_event_notification_strict.EventNotification: ...

    @overload
    def validate(
        kind: Literal["berlingroup/error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _berlingroup_error.ErrorResponse: ...
    @overload
    def validate(
        kind: Literal["berlingroup/error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _berlingroup_error_strict.ErrorResponse: ...

    @overload
    def validate(
        kind: Literal["berlingroup/tpp-messages"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _berlingroup_tpp_messages.TppMessageAlone: ...
    @overload
    def validate(
        kind: Literal["berlingroup/tpp-messages"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _berlingroup_tpp_messages_strict.TppMessageAlone: ...

    @overload
    def validate(
        kind: Literal["berlingroup/problem"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _berlingroup_problem.ProblemDetails: ...
    @overload
    def validate(
        kind: Literal["berlingroup/problem"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _berlingroup_problem_strict.ProblemDetails: ...

    @overload
    def validate(
        kind: Literal["cdr/error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _cdr_error.ErrorResponse: ...
    @overload
    def validate(
        kind: Literal["cdr/error"], data: Data, *, strict: Literal[True], max_bytes: int = MAX_BYTES
    ) -> _cdr_error_strict.ErrorResponse: ...

    @overload
    def validate(
        kind: Literal["openfinancebrasil/error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _openfinancebrasil_error.ErrorResponse: ...
    @overload
    def validate(
        kind: Literal["openfinancebrasil/error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _openfinancebrasil_error_strict.ErrorResponse: ...

    @overload
    def validate(
        kind: Literal["yapily/error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _yapily_error.ErrorResponse: ...
    @overload
    def validate(
        kind: Literal["yapily/error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _yapily_error_strict.ErrorResponse: ...

    @overload
    def validate(
        kind: Literal["yapily/validation-error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _yapily_validation_error.ValidationErrorResponse: ...
    @overload
    def validate(
        kind: Literal["yapily/validation-error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _yapily_validation_error_strict.ValidationErrorResponse: ...

    @overload
    def validate(
        kind: Literal["pluggy/item"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _pluggy_item.Item: ...
    @overload
    def validate(
        kind: Literal["pluggy/item"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _pluggy_item_strict.Item: ...

    @overload
    def validate(
        kind: Literal["pluggy/webhook"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> (
        _pluggy_webhook.ItemErrorWebhook
        | _pluggy_webhook.ConnectorStatusWebhook
        | _pluggy_webhook.PaymentRequestUpdatedWebhook
        | _pluggy_webhook.OtherWebhook
    ): ...
    @overload
    def validate(
        kind: Literal["pluggy/webhook"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> (
        _pluggy_webhook_strict.ItemErrorWebhook
        | _pluggy_webhook_strict.ConnectorStatusWebhook
        | _pluggy_webhook_strict.PaymentRequestUpdatedWebhook
    ): ...

    @overload
    def validate(
        kind: Literal["pluggy/connect"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _pluggy_connect.ConnectEventPayload | _pluggy_connect.ConnectResult: ...
    @overload
    def validate(
        kind: Literal["pluggy/connect"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _pluggy_connect_strict.ConnectEventPayload | _pluggy_connect_strict.ConnectResult: ...

    @overload
    def validate(
        kind: Literal["fintoc/api-error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _fintoc_api_error.FintocApiError: ...
    @overload
    def validate(
        kind: Literal["fintoc/api-error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _fintoc_api_error_strict.FintocApiError: ...

    @overload
    def validate(
        kind: Literal["fintoc/webhook"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> (
        _fintoc_webhook.PaymentIntentSucceededEvent
        | _fintoc_webhook.PaymentIntentRejectedEvent
        | _fintoc_webhook.PaymentIntentExpiredEvent
        | _fintoc_webhook.PaymentIntentFailedEvent
        | _fintoc_webhook.PaymentIntentPendingEvent
        | _fintoc_webhook.AccountRefreshIntentSucceededEvent
        | _fintoc_webhook.AccountRefreshIntentFailedEvent
        | _fintoc_webhook.AccountRefreshIntentRejectedEvent
        | _fintoc_webhook.AccountRefreshIntentMovementsRemovedEvent
        | _fintoc_webhook.AccountRefreshIntentMovementsModifiedEvent
        | _fintoc_webhook.LinkRefreshIntentSucceededEvent
        | _fintoc_webhook.OtherEvent
    ): ...
    @overload
    def validate(
        kind: Literal["fintoc/webhook"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> (
        _fintoc_webhook_strict.PaymentIntentSucceededEvent
        | _fintoc_webhook_strict.PaymentIntentRejectedEvent
        | _fintoc_webhook_strict.PaymentIntentExpiredEvent
        | _fintoc_webhook_strict.PaymentIntentFailedEvent
        | _fintoc_webhook_strict.PaymentIntentPendingEvent
        | _fintoc_webhook_strict.AccountRefreshIntentSucceededEvent
        | _fintoc_webhook_strict.AccountRefreshIntentFailedEvent
        | _fintoc_webhook_strict.AccountRefreshIntentRejectedEvent
        | _fintoc_webhook_strict.AccountRefreshIntentMovementsRemovedEvent
        | _fintoc_webhook_strict.AccountRefreshIntentMovementsModifiedEvent
        | _fintoc_webhook_strict.LinkRefreshIntentSucceededEvent
    ): ...

    @overload
    def validate(
        kind: Literal["fintoc/payment-intent"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _fintoc_payment_intent.PaymentIntent: ...
    @overload
    def validate(
        kind: Literal["fintoc/payment-intent"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _fintoc_payment_intent_strict.PaymentIntent: ...

    @overload
    def validate(
        kind: Literal["fintoc/transfer"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _fintoc_transfer.Transfer: ...
    @overload
    def validate(
        kind: Literal["fintoc/transfer"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _fintoc_transfer_strict.Transfer: ...

    @overload
    def validate(
        kind: Literal["fintoc/refresh-intent"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _fintoc_refresh_intent.RefreshIntent: ...
    @overload
    def validate(
        kind: Literal["fintoc/refresh-intent"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _fintoc_refresh_intent_strict.RefreshIntent: ...

    @overload
    def validate(
        kind: Literal["basiq/error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _basiq_error.ErrorList: ...
    @overload
    def validate(
        kind: Literal["basiq/error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _basiq_error_strict.ErrorList: ...

    @overload
    def validate(
        kind: Literal["basiq/job"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _basiq_job.Job: ...
    @overload
    def validate(
        kind: Literal["basiq/job"], data: Data, *, strict: Literal[True], max_bytes: int = MAX_BYTES
    ) -> _basiq_job_strict.Job: ...

    @overload
    def validate(
        kind: Literal["basiq/webhook"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> (
        _basiq_webhook.AccountUpdatedWebhook
        | _basiq_webhook.ConnectionActivatedWebhook
        | _basiq_webhook.ConnectionCreatedWebhook
        | _basiq_webhook.ConnectionDeletedWebhook
        | _basiq_webhook.ConnectionInvalidatedWebhook
        | _basiq_webhook.ConsentCreatedWebhook
        | _basiq_webhook.ConsentExpiredWebhook
        | _basiq_webhook.ConsentReminderWebhook
        | _basiq_webhook.ConsentRevokedWebhook
        | _basiq_webhook.ConsentUpdatedWebhook
        | _basiq_webhook.ConsentWarningWebhook
        | _basiq_webhook.TransactionsUpdatedWebhook
        | _basiq_webhook.UserCreatedWebhook
        | _basiq_webhook.UserDeletedWebhook
        | _basiq_webhook.UserUpdatedWebhook
        | _basiq_webhook.OtherWebhook
    ): ...
    @overload
    def validate(
        kind: Literal["basiq/webhook"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> (
        _basiq_webhook_strict.AccountUpdatedWebhook
        | _basiq_webhook_strict.ConnectionActivatedWebhook
        | _basiq_webhook_strict.ConnectionCreatedWebhook
        | _basiq_webhook_strict.ConnectionDeletedWebhook
        | _basiq_webhook_strict.ConnectionInvalidatedWebhook
        | _basiq_webhook_strict.ConsentCreatedWebhook
        | _basiq_webhook_strict.ConsentExpiredWebhook
        | _basiq_webhook_strict.ConsentReminderWebhook
        | _basiq_webhook_strict.ConsentRevokedWebhook
        | _basiq_webhook_strict.ConsentUpdatedWebhook
        | _basiq_webhook_strict.ConsentWarningWebhook
        | _basiq_webhook_strict.TransactionsUpdatedWebhook
        | _basiq_webhook_strict.UserCreatedWebhook
        | _basiq_webhook_strict.UserDeletedWebhook
        | _basiq_webhook_strict.UserUpdatedWebhook
    ): ...

    @overload
    def validate(
        kind: Literal["setu/notification"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> (
        _setu_notification.ConsentStatusNotification
        | _setu_notification.SessionStatusNotification
        | _setu_notification.FiDataReadyNotification
        | _setu_notification.FiDataFailedNotification
        | _setu_notification.OtherNotification
    ): ...
    @overload
    def validate(
        kind: Literal["setu/notification"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> (
        _setu_notification_strict.ConsentStatusNotification
        | _setu_notification_strict.SessionStatusNotification
        | _setu_notification_strict.FiDataReadyNotification
        | _setu_notification_strict.FiDataFailedNotification
    ): ...

    @overload
    def validate(
        kind: Literal["setu/consent"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _setu_consent.Consent: ...
    @overload
    def validate(
        kind: Literal["setu/consent"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _setu_consent_strict.Consent: ...

    @overload
    def validate(
        kind: Literal["setu/consent-revocation"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _setu_consent_revocation.ConsentRevocation: ...
    @overload
    def validate(
        kind: Literal["setu/consent-revocation"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _setu_consent_revocation_strict.ConsentRevocation: ...

    @overload
    def validate(
        kind: Literal["setu/data-session"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _setu_data_session.DataSession: ...
    @overload
    def validate(
        kind: Literal["setu/data-session"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _setu_data_session_strict.DataSession: ...

    @overload
    def validate(
        kind: Literal["setu/data-session-list"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _setu_data_session_list.DataSessionList: ...
    @overload
    def validate(
        kind: Literal["setu/data-session-list"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _setu_data_session_list_strict.DataSessionList: ...

    @overload
    def validate(
        kind: Literal["setu/fip-list"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _setu_fip_list.FipList: ...
    @overload
    def validate(
        kind: Literal["setu/fip-list"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _setu_fip_list_strict.FipList: ...

    @overload
    def validate(
        kind: Literal["setu/error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _setu_error.ErrorResponse: ...
    @overload
    def validate(
        kind: Literal["setu/error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _setu_error_strict.ErrorResponse: ...

    @overload
    def validate(
        kind: Literal["mono/api-response"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _mono_api_response.ApiResponseV2 | _mono_api_response.AccountV1Response: ...
    @overload
    def validate(
        kind: Literal["mono/api-response"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _mono_api_response_strict.ApiResponseV2 | _mono_api_response_strict.AccountV1Response: ...

    @overload
    def validate(
        kind: Literal["mono/webhook"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> (
        _mono_webhook.AccountConnectedWebhook
        | _mono_webhook.AccountUpdatedWebhook
        | _mono_webhook.AccountUnlinkedWebhook
        | _mono_webhook.ReauthorisationRequiredWebhook
        | _mono_webhook.AccountReauthorizedWebhook
        | _mono_webhook.OtherWebhook
    ): ...
    @overload
    def validate(
        kind: Literal["mono/webhook"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> (
        _mono_webhook_strict.AccountConnectedWebhook
        | _mono_webhook_strict.AccountUpdatedWebhook
        | _mono_webhook_strict.AccountUnlinkedWebhook
        | _mono_webhook_strict.ReauthorisationRequiredWebhook
        | _mono_webhook_strict.AccountReauthorizedWebhook
    ): ...

    @overload
    def validate(
        kind: Literal["mono/connect-message"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> (
        _mono_connect_message.WidgetOpened
        | _mono_connect_message.ErrorOccured
        | _mono_connect_message.InstitutionSelected
        | _mono_connect_message.AuthMethodSwitched
        | _mono_connect_message.OnExit
        | _mono_connect_message.LoginAttempt
        | _mono_connect_message.MfaSubmitted
        | _mono_connect_message.AccountLinked
        | _mono_connect_message.AccountSelected
        | _mono_connect_message.WidgetLoaded
        | _mono_connect_message.WidgetAccountLinked
        | _mono_connect_message.WidgetChargeComplete
        | _mono_connect_message.WidgetClosed
        | _mono_connect_message.OtherMessage
    ): ...
    @overload
    def validate(
        kind: Literal["mono/connect-message"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> (
        _mono_connect_message_strict.WidgetOpened
        | _mono_connect_message_strict.ErrorOccured
        | _mono_connect_message_strict.InstitutionSelected
        | _mono_connect_message_strict.AuthMethodSwitched
        | _mono_connect_message_strict.OnExit
        | _mono_connect_message_strict.LoginAttempt
        | _mono_connect_message_strict.MfaSubmitted
        | _mono_connect_message_strict.AccountLinked
        | _mono_connect_message_strict.AccountSelected
        | _mono_connect_message_strict.WidgetLoaded
        | _mono_connect_message_strict.WidgetAccountLinked
        | _mono_connect_message_strict.WidgetChargeComplete
        | _mono_connect_message_strict.WidgetClosed
    ): ...

    @overload
    def validate(
        kind: Literal["pluggy/api-error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _pluggy_api_error.PluggyApiError: ...
    @overload
    def validate(
        kind: Literal["pluggy/api-error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _pluggy_api_error_strict.PluggyApiError: ...

    @overload
    def validate(
        kind: Literal["uaeopenfinance/error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _uaeopenfinance_error.ErrorResponse: ...
    @overload
    def validate(
        kind: Literal["uaeopenfinance/error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _uaeopenfinance_error_strict.ErrorResponse: ...

    @overload
    def validate(
        kind: Literal["uaeopenfinance/signed-error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _uaeopenfinance_signed_error.SignedError: ...
    @overload
    def validate(
        kind: Literal["uaeopenfinance/signed-error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _uaeopenfinance_signed_error_strict.SignedError: ...

    @overload
    def validate(
        kind: Literal["uaeopenfinance/bank-error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _uaeopenfinance_bank_error.BankError: ...
    @overload
    def validate(
        kind: Literal["uaeopenfinance/bank-error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _uaeopenfinance_bank_error_strict.BankError: ...

    @overload
    def validate(
        kind: Literal["ukob/payment-order"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _ukob_payment_order.PaymentOrderResponse: ...
    @overload
    def validate(
        kind: Literal["ukob/payment-order"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _ukob_payment_order_strict.PaymentOrderResponse: ...

    @overload
    def validate(
        kind: Literal["polishapi/error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _polishapi_error.ErrorResponse: ...
    @overload
    def validate(
        kind: Literal["polishapi/error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _polishapi_error_strict.ErrorResponse: ...

    @overload
    def validate(
        kind: Literal["enablebanking/error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _enablebanking_error.EnableBankingError: ...
    @overload
    def validate(
        kind: Literal["enablebanking/error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _enablebanking_error_strict.EnableBankingError: ...

    @overload
    def validate(
        kind: Literal["teller/error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _teller_error.TellerError: ...
    @overload
    def validate(
        kind: Literal["teller/error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _teller_error_strict.TellerError: ...

    @overload
    def validate(
        kind: Literal["teller/webhook"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _teller_webhook.TellerWebhook: ...
    @overload
    def validate(
        kind: Literal["teller/webhook"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _teller_webhook_strict.TellerWebhook: ...

    @overload
    def validate(
        kind: Literal["akahu/webhook"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> (
        _akahu_webhook.TokenWebhook
        | _akahu_webhook.AccountWebhook
        | _akahu_webhook.TransactionWebhook
        | _akahu_webhook.TransferWebhook
        | _akahu_webhook.PaymentWebhook
        | _akahu_webhook.OtherWebhook
    ): ...
    @overload
    def validate(
        kind: Literal["akahu/webhook"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> (
        _akahu_webhook_strict.TokenWebhook
        | _akahu_webhook_strict.AccountWebhook
        | _akahu_webhook_strict.TransactionWebhook
        | _akahu_webhook_strict.TransferWebhook
        | _akahu_webhook_strict.PaymentWebhook
    ): ...

    @overload
    def validate(
        kind: Literal["akahu/api-error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _akahu_api_error.ErrorBody: ...
    @overload
    def validate(
        kind: Literal["akahu/api-error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _akahu_api_error_strict.ErrorBody: ...

    @overload
    def validate(
        kind: Literal["akahu/oauth-error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _akahu_oauth_error.OauthErrorBody: ...
    @overload
    def validate(
        kind: Literal["akahu/oauth-error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _akahu_oauth_error_strict.OauthErrorBody: ...

    @overload
    def validate(
        kind: Literal["quiltt/webhook"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _quiltt_webhook.QuilttWebhook: ...
    @overload
    def validate(
        kind: Literal["quiltt/webhook"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _quiltt_webhook_strict.QuilttWebhook: ...

    @overload
    def validate(
        kind: Literal["quiltt/connection"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _quiltt_connection.Connection: ...
    @overload
    def validate(
        kind: Literal["quiltt/connection"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _quiltt_connection_strict.Connection: ...

    @overload
    def validate(
        kind: Literal["quiltt/api-error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _quiltt_api_error.ErrorBody: ...
    @overload
    def validate(
        kind: Literal["quiltt/api-error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _quiltt_api_error_strict.ErrorBody: ...

    @overload
    def validate(
        kind: Literal["tink/link-error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _tink_link_error.TinkLinkError: ...
    @overload
    def validate(
        kind: Literal["tink/link-error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _tink_link_error_strict.TinkLinkError: ...

    @overload
    def validate(
        kind: Literal["tink/legacy-error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _tink_legacy_error.TinkLegacyError: ...
    @overload
    def validate(
        kind: Literal["tink/legacy-error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _tink_legacy_error_strict.TinkLegacyError: ...

    @overload
    def validate(
        kind: Literal["tink/webhook"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> (
        _tink_webhook.AccountTransactionsModifiedWebhook
        | _tink_webhook.AccountBookedTransactionsModifiedWebhook
        | _tink_webhook.AccountCreatedWebhook
        | _tink_webhook.AccountUpdatedWebhook
        | _tink_webhook.RefreshFinishedWebhook
        | _tink_webhook.ActionableInsightsCreatedWebhook
        | _tink_webhook.PaymentUpdatedWebhook
        | _tink_webhook.MandatePaymentUpdatedWebhook
        | _tink_webhook.OtherWebhook
    ): ...
    @overload
    def validate(
        kind: Literal["tink/webhook"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> (
        _tink_webhook_strict.AccountTransactionsModifiedWebhook
        | _tink_webhook_strict.AccountBookedTransactionsModifiedWebhook
        | _tink_webhook_strict.AccountCreatedWebhook
        | _tink_webhook_strict.AccountUpdatedWebhook
        | _tink_webhook_strict.RefreshFinishedWebhook
        | _tink_webhook_strict.ActionableInsightsCreatedWebhook
        | _tink_webhook_strict.PaymentUpdatedWebhook
        | _tink_webhook_strict.MandatePaymentUpdatedWebhook
    ): ...

    @overload
    def validate(
        kind: Literal["powens/error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _powens_error.PowensError: ...
    @overload
    def validate(
        kind: Literal["powens/error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _powens_error_strict.PowensError: ...

    @overload
    def validate(
        kind: Literal["powens/connection"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _powens_connection.PowensConnection: ...
    @overload
    def validate(
        kind: Literal["powens/connection"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _powens_connection_strict.PowensConnection: ...

    @overload
    def validate(
        kind: Literal["bridge/webhook"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> (
        _bridge_webhook.UserDeletedWebhook
        | _bridge_webhook.ItemCreatedWebhook
        | _bridge_webhook.ItemRefreshedWebhook
        | _bridge_webhook.ItemCreatedV2019Webhook
        | _bridge_webhook.AccountCreatedV2019Webhook
        | _bridge_webhook.PaymentTransactionUpdatedWebhook
        | _bridge_webhook.TestEventWebhook
        | _bridge_webhook.OtherWebhook
    ): ...
    @overload
    def validate(
        kind: Literal["bridge/webhook"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> (
        _bridge_webhook_strict.UserDeletedWebhook
        | _bridge_webhook_strict.ItemCreatedWebhook
        | _bridge_webhook_strict.ItemRefreshedWebhook
        | _bridge_webhook_strict.ItemCreatedV2019Webhook
        | _bridge_webhook_strict.AccountCreatedV2019Webhook
        | _bridge_webhook_strict.PaymentTransactionUpdatedWebhook
        | _bridge_webhook_strict.TestEventWebhook
    ): ...

    @overload
    def validate(
        kind: Literal["bridge/item"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _bridge_item.BridgeItem: ...
    @overload
    def validate(
        kind: Literal["bridge/item"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _bridge_item_strict.BridgeItem: ...

    @overload
    def validate(
        kind: Literal["bridge/error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _bridge_error.BridgeError: ...
    @overload
    def validate(
        kind: Literal["bridge/error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _bridge_error_strict.BridgeError: ...

    @overload
    def validate(
        kind: Literal["bridge/error-v2019"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _bridge_error_v2019.BridgeErrorV2019: ...
    @overload
    def validate(
        kind: Literal["bridge/error-v2019"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _bridge_error_v2019_strict.BridgeErrorV2019: ...

    @overload
    def validate(
        kind: Literal["stitch/graphql-error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _stitch_graphql_error.GraphqlErrorResponse: ...
    @overload
    def validate(
        kind: Literal["stitch/graphql-error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _stitch_graphql_error_strict.GraphqlErrorResponse: ...

    @overload
    def validate(
        kind: Literal["stitch/webhook"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _stitch_webhook.PaymentWebhook: ...
    @overload
    def validate(
        kind: Literal["stitch/webhook"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _stitch_webhook_strict.PaymentWebhook: ...

    @overload
    def validate(
        kind: Literal["stitch/token-error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _stitch_token_error.TokenErrorBody: ...
    @overload
    def validate(
        kind: Literal["stitch/token-error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _stitch_token_error_strict.TokenErrorBody: ...

    @overload
    def validate(
        kind: Literal["mastercard/obwms-error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _mastercard_obwms_error.ObwmsErrorWrapper: ...
    @overload
    def validate(
        kind: Literal["mastercard/obwms-error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _mastercard_obwms_error_strict.ObwmsErrorWrapper: ...

    @overload
    def validate(
        kind: Literal["mastercard/europe-error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _mastercard_europe_error.EuropeErrorBody: ...
    @overload
    def validate(
        kind: Literal["mastercard/europe-error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _mastercard_europe_error_strict.EuropeErrorBody: ...

    @overload
    def validate(
        kind: Literal["mastercard/refresh-status"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _mastercard_refresh_status.RefreshStatus: ...
    @overload
    def validate(
        kind: Literal["mastercard/refresh-status"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _mastercard_refresh_status_strict.RefreshStatus: ...

    @overload
    def validate(
        kind: Literal["mastercard/payment-success-indicators"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _mastercard_payment_success_indicators.PaymentSuccessIndicators: ...
    @overload
    def validate(
        kind: Literal["mastercard/payment-success-indicators"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _mastercard_payment_success_indicators_strict.PaymentSuccessIndicators: ...

    @overload
    def validate(
        kind: Literal["simplefin/account-set"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _simplefin_account_set.SimpleFinAccountSet: ...
    @overload
    def validate(
        kind: Literal["simplefin/account-set"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _simplefin_account_set_strict.SimpleFinAccountSet: ...

    @overload
    def validate(
        kind: Literal["simplefin/account-set-v1"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _simplefin_account_set_v1.SimpleFinAccountSetV1: ...
    @overload
    def validate(
        kind: Literal["simplefin/account-set-v1"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _simplefin_account_set_v1_strict.SimpleFinAccountSetV1: ...

    @overload
    def validate(
        kind: Literal["simplefin/error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _simplefin_error.SimpleFinErrorBody: ...
    @overload
    def validate(
        kind: Literal["simplefin/error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _simplefin_error_strict.SimpleFinErrorBody: ...

    @overload
    def validate(
        kind: Literal["saltedge/callback"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _saltedge_callback.Callback: ...
    @overload
    def validate(
        kind: Literal["saltedge/callback"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _saltedge_callback_strict.Callback: ...

    @overload
    def validate(
        kind: Literal["saltedge/api-error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _saltedge_api_error.ErrorBody: ...
    @overload
    def validate(
        kind: Literal["saltedge/api-error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _saltedge_api_error_strict.ErrorBody: ...

    @overload
    def validate(
        kind: Literal["saltedge/api-error-v4"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _saltedge_api_error_v4.V4ErrorBody: ...
    @overload
    def validate(
        kind: Literal["saltedge/api-error-v4"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _saltedge_api_error_v4_strict.V4ErrorBody: ...

    @overload
    def validate(
        kind: Literal["tokenio/callback-error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _tokenio_callback_error.CallbackError: ...
    @overload
    def validate(
        kind: Literal["tokenio/callback-error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _tokenio_callback_error_strict.CallbackError: ...

    @overload
    def validate(
        kind: Literal["finverse/login-identity"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _finverse_login_identity.GetLoginIdentityByIdResponse: ...
    @overload
    def validate(
        kind: Literal["finverse/login-identity"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _finverse_login_identity_strict.GetLoginIdentityByIdResponse: ...

    @overload
    def validate(
        kind: Literal["finverse/webhook"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> (
        _finverse_webhook.AuthenticatedWebhook
        | _finverse_webhook.PaymentExecutedWebhook
        | _finverse_webhook.PaymentFailedWebhook
        | _finverse_webhook.PaymentSubmittedWebhook
        | _finverse_webhook.PaymentLinkSetupSucceededWebhook
        | _finverse_webhook.PaymentLinkPaidWebhook
        | _finverse_webhook.OtherWebhook
    ): ...
    @overload
    def validate(
        kind: Literal["finverse/webhook"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> (
        _finverse_webhook_strict.AuthenticatedWebhook
        | _finverse_webhook_strict.PaymentExecutedWebhook
        | _finverse_webhook_strict.PaymentFailedWebhook
        | _finverse_webhook_strict.PaymentSubmittedWebhook
        | _finverse_webhook_strict.PaymentLinkSetupSucceededWebhook
        | _finverse_webhook_strict.PaymentLinkPaidWebhook
    ): ...

    @overload
    def validate(
        kind: Literal["finverse/error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _finverse_error.ErrorBody: ...
    @overload
    def validate(
        kind: Literal["finverse/error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _finverse_error_strict.ErrorBody: ...

    @overload
    def validate(
        kind: Literal["brankas/statement-error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _brankas_statement_error.StatementErrorBody: ...
    @overload
    def validate(
        kind: Literal["brankas/statement-error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _brankas_statement_error_strict.StatementErrorBody: ...

    @overload
    def validate(
        kind: Literal["quiltt/graphql-error"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _quiltt_graphql_error.Result: ...
    @overload
    def validate(
        kind: Literal["quiltt/graphql-error"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _quiltt_graphql_error_strict.Result: ...

    @overload
    def validate(
        kind: Literal["argyle/field-errors"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> _argyle_field_errors.FieldErrors: ...
    @overload
    def validate(
        kind: Literal["argyle/field-errors"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _argyle_field_errors_strict.FieldErrors: ...
    @overload
    def validate(
        kind: str, data: Data, *, strict: bool = False, max_bytes: int = MAX_BYTES
    ) -> BaseModel: ...
    def validate(
        kind: str, data: Data, *, strict: bool = False, max_bytes: int = MAX_BYTES
    ) -> BaseModel:
        return _validate(kind, data, strict=strict, max_bytes=max_bytes)
else:
    validate = _validate

__all__ = [
    "KINDS",
    "MAX_BYTES",
    "MAX_PROBLEMS",
    "Data",
    "Evidence",
    "FoundCode",
    "Identified",
    "InnerBody",
    "PayloadError",
    "PayloadProblem",
    "codes",
    "decisive_code",
    "identify",
    "inner_bodies",
    "layered_codes",
    "model_class",
    "parse",
    "recognise",
    "validate",
]
