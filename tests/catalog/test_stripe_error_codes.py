"""The Stripe API error codes a Financial Connections and bank-account (ACH Direct Debit) flow
meets, read from their sources: the values from Stripe's libraries (stripe/stripe-node at
66394216, src/resources/PaymentIntents.ts: the LastPaymentError.Code union; stripe/stripe-python
at 6c6e3736, stripe/_payment_intent.py: LastPaymentError.code), the dates from stripe-node's
CHANGELOG.md, and each code's text from Stripe's error codes page (docs.stripe.com/error-codes),
whose own stored copy ends before these codes: the text is a third party's Markdown copy of an
earlier revision of that page, its links reduced to their text. Expected values are typed from
those files, never from the catalog. What an app shows its customer for a code they can fix
says what to fix, not that something went wrong on the app's side."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
import stripe as stripe_library
from pytest_httpserver import HTTPServer

import bankcodes
from bankcodes import Category, stripe
from tests.support.helpers import run_node, words_by_provider

NODE = "https://github.com/stripe/stripe-node/blob/663942164d3876f04bb26617b88f498ba785e580/"
COPY_FC = "stripe-error-codes-third-party-copy-fc"
COPY_ACH = "stripe-error-codes-third-party-copy-ach"

#: The copy's "### `financial_connections_…`" sections; stripe-node's CHANGELOG.md adds the
#: first in 14.7.0 (2023-11-30) and the second in 14.8.0 (2023-12-07), "on enums
#: ... PaymentIntent.last_payment_error.code ... and StripeError.code".
FC_CODES = {
    "financial_connections_account_inactive": "Data cannot be refreshed on inactive Financial "
    "Connections accounts.",
    "financial_connections_no_successful_transaction_refresh": "Transaction data can only be "
    "retrieved for accounts that have at least one successful transaction refresh.",
}

#: The copy's sections of the codes a bank-account flow meets (its markdown links reduced to
#: their text, its lines joined), each a member of stripe-node's LastPaymentError.Code.
ACH_CODES = {
    "account_closed": "The customer\u2019s bank account has been closed.",
    "account_number_invalid": "The bank account number provided is invalid (e.g., missing "
    "digits). Bank account information varies from country to country. We recommend creating "
    "validations in your entry forms based on the bank account formats we provide.",
    "bank_account_bad_routing_numbers": "The bank account is known to not support the currency "
    "in question.",
    "bank_account_declined": "The bank account provided can not be used to charge, either "
    "because it is not verified yet or it is not supported.",
    "bank_account_exists": "The bank account provided already exists on the specified Customer "
    "object. If the bank account should also be attached to a different customer, include the "
    "correct customer ID when making the request again.",
    "bank_account_restricted": "The customer\u2019s account cannot be used with the payment "
    "method.",
    "bank_account_unusable": "The bank account provided cannot be used. A different bank account "
    "must be used.",
    "bank_account_unverified": "Your Connect platform is attempting to share an unverified bank "
    "account with a connected account.",
    "bank_account_verification_failed": "The bank account cannot be verified, either because the "
    "microdeposit amounts provided do not match the actual amounts, or because verification has "
    "failed too many times.",
    "debit_not_authorized": "The customer has notified their bank that this payment was "
    "unauthorized.",
    "insufficient_funds": "The customer\u2019s account has insufficient funds to cover this "
    "payment.",
    "no_account": "The bank account could not be located.",
    "payment_method_microdeposit_failed": "Microdeposits were failed to be deposited into the "
    "customer\u2019s bank account. Please check the account, institution and transit numbers as "
    "well as the currency type.",
    "payment_method_microdeposit_verification_amounts_invalid": "You must provide exactly two "
    "microdeposit amounts.",
    "payment_method_microdeposit_verification_amounts_mismatch": "The amounts provided do not "
    "match the amounts that were sent to the bank account.",
    "payment_method_microdeposit_verification_attempts_exceeded": "You have exceeded the number "
    "of allowed verification attempts.",
    "payment_method_microdeposit_verification_descriptor_code_mismatch": "The verification code "
    "provided does not match the one sent to the bank account.",
    "payment_method_microdeposit_verification_timeout": "Payment method should be verified with "
    "microdeposits within the required period.",
    "routing_number_invalid": "The bank routing number provided is invalid.",
}

#: Codes the customer fixes by entering a bank detail again (the copy: an account number
#: "invalid (e.g., missing digits)", a routing number "invalid", microdeposit amounts or a
#: verification code that "do not match"), and the words that must not be what they read.
RE_ENTERED = (
    "account_number_invalid",
    "routing_number_invalid",
    "payment_method_microdeposit_verification_amounts_mismatch",
    "payment_method_microdeposit_verification_descriptor_code_mismatch",
)
INTEGRATION_WORDS = {
    "en": "Something went wrong on our side.",
    "fr": "Un problème est survenu de notre côté.",
    "ar": "حدث خطأ من جهتنا.",
    "es": "Se produjo un error de nuestra parte.",
    "pt": "Algo deu errado do nosso lado.",
}


def test_the_financial_connections_codes_in_stripes_words() -> None:
    for value, text in FC_CODES.items():
        member = stripe.ApiErrorCode(value)
        assert (member.description, member.info.editorial) == (text, False), value
        words_by_provider(member, "description", COPY_FC)
    # "Data cannot be refreshed on inactive ... accounts": the account must be relinked.
    inactive = stripe.ApiErrorCode("financial_connections_account_inactive")
    assert inactive.category is Category.RECONNECT_REQUIRED
    # A transaction refresh has to succeed first: the integrator's call came too early.
    early = stripe.ApiErrorCode("financial_connections_no_successful_transaction_refresh")
    assert early.category is Category.INTEGRATION_ERROR


def test_the_bank_account_codes_in_stripes_words() -> None:
    for value, text in ACH_CODES.items():
        member = stripe.ApiErrorCode(value)
        assert (member.description, member.info.editorial) == (text, False), value
        words_by_provider(member, "description", COPY_ACH)
        assert bankcodes.classify("stripe", value) is member.category, value
        assert NODE + "src/resources/PaymentIntents.ts" in [s.url for s in member.sources], value


def test_an_invalid_account_number_is_the_customers_to_fix() -> None:
    member = stripe.ApiErrorCode("account_number_invalid")
    assert member.category is Category.USER_ACTION_REQUIRED
    assert member.end_user_can_retry and not member.retryable
    english = member.end_user_text("en")
    assert english is not None
    assert "account number" in english.message and "account number" in english.action
    assert english.message_by == "bankcodes"


@pytest.mark.parametrize("value", RE_ENTERED)
@pytest.mark.parametrize("language", sorted(INTEGRATION_WORDS))
def test_what_the_customer_re_enters_is_said_in_every_language(value: str, language: str) -> None:
    text = stripe.ApiErrorCode(value).end_user_text(language)
    assert text is not None and text.message != INTEGRATION_WORDS[language], (value, language)
    assert text.action, (value, language)


def test_codes_only_the_integrator_can_fix_keep_their_categorys_words() -> None:
    # "Your Connect platform is attempting to share an unverified bank account", "already exists
    # on the specified Customer object", "Activate the payment method in the Dashboard": the
    # request or the account's settings are wrong, not the customer's bank details.
    for value in ("bank_account_unverified", "bank_account_exists", "payment_method_unactivated"):
        member = stripe.ApiErrorCode(value)
        assert member.category is Category.INTEGRATION_ERROR, value
        text = member.end_user_text("en")
        assert text is not None and text.message == INTEGRATION_WORDS["en"], value


def test_the_attempts_exceeded_code_cannot_be_retried_by_the_customer() -> None:
    # Stripe support (verify-a-new-ach-direct-debit-customer-using-micro-deposits): "3 attempts
    # for amount-based micro-deposits or 10 attempts for descriptor-based micro-deposits"; once
    # met, "contact Stripe Support".
    member = stripe.ApiErrorCode("payment_method_microdeposit_verification_attempts_exceeded")
    assert member.category is Category.ATTEMPTS_EXHAUSTED
    assert not member.end_user_can_retry and not member.retryable


def test_no_http_status_is_claimed_for_these_codes() -> None:
    # The error codes page gives no status per code.
    for value in (*FC_CODES, *ACH_CODES):
        assert stripe.ApiErrorCode(value).http_statuses == (), value


# A StripeError the stripe package raises.


#: A us_bank_account PaymentMethod refused for its account number: Stripe's api_errors fields
#: (type, code, message, param); the message is made up.
REFUSED = {
    "error": {
        "type": "invalid_request_error",
        "code": "account_number_invalid",
        "message": "made up",
        "param": "us_bank_account[account_number]",
    }
}


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    with HTTPServer() as running:
        yield running


def test_from_exception_reads_the_code_of_the_stripe_packages_error(server: HTTPServer) -> None:
    server.expect_request("/v1/payment_methods", method="POST").respond_with_json(
        REFUSED, status=400, headers={"Request-Id": "req_made_up"}
    )
    client = stripe_library.StripeClient(
        "sk_test_1", base_addresses={"api": server.url_for("").rstrip("/")}, max_network_retries=0
    )
    with pytest.raises(stripe_library.StripeError) as raised:
        client.v1.payment_methods.create({"type": "us_bank_account"})
    assert raised.value.code == "account_number_invalid"
    found = bankcodes.from_exception(raised.value)
    assert found is not None
    assert (found.kind, found.path, found.status) == ("stripe/api-error", "$.error.code", 400)
    assert found.code is stripe.ApiErrorCode("account_number_invalid")
    assert found.code.category is Category.USER_ACTION_REQUIRED
    # An error built in a test, with its code and status alone, gives the same code.
    built = stripe_library.InvalidRequestError(
        "made up", "us_bank_account[account_number]", code="account_number_invalid", http_status=400
    )
    again = bankcodes.from_exception(built)
    assert again is not None and again.code is stripe.ApiErrorCode("account_number_invalid")


def test_from_error_in_node_reads_the_same_code(typescript_dist: Path) -> None:
    output = run_node("stripe_error_code.mjs", str(typescript_dist / "index.js"))
    found = json.loads(output)
    assert (found["kind"], found["path"], found["code"]) == (
        "stripe/api-error",
        "$.error.code",
        "account_number_invalid",
    )
    assert (found["category"], found["status"]) == ("user_action_required", 400)


def test_the_microdeposit_processing_error_is_described_in_bankcodes_words() -> None:
    # stripe-node PaymentIntents.ts and stripe-python _payment_intent.py list it among
    # LastPaymentError's codes; stripe-node's CHANGELOG.md, 22.2.0 (2026-05-27): "Add support for
    # error codes `payment_method_microdeposit_processing_error` and `siret_invalid` on
    # `Invoice.last_finalization_error`, `PaymentIntent.last_payment_error`,
    # `SetupAttempt.setup_error`, `SetupIntent.last_setup_error`, and `StripeError`". No text of
    # Stripe's was read for it: its description is bankcodes' and says so.
    member = stripe.ApiErrorCode("payment_method_microdeposit_processing_error")
    assert member.info.editorial
    wording = member.info.whose("description")
    assert wording is not None and wording.by == "bankcodes"
    assert "microdeposit" in (member.description or "")
    urls = [source.url for source in member.sources]
    assert NODE + "src/resources/PaymentIntents.ts" in urls
    assert NODE + "CHANGELOG.md" in urls
    assert member.http_statuses == ()
    assert "22.2.0" in (member.info.notes or "")
    assert bankcodes.classify("stripe", member.value) is member.category
    description = stripe.ApiErrorCode.code_set().description
    assert "left out" not in description
