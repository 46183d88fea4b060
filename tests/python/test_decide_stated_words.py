"""What a body's own words state, read first: a UK Open Banking consent that awaits its
authorisation, a CDR page size over the most a data holder serves, Stripe's account creations
over their rate, Enable Banking's failed exchange with a bank (no outage claimed) and a Berlin
Group payment refused for want of funds. Each lead is checked first, typed from the sources
named beside it; the shared corpus (decision_cases.json) holds the same cases for Node."""

from __future__ import annotations

import datetime

import bankcodes

NOW = datetime.datetime(2026, 11, 27, 9, 0, tzinfo=datetime.UTC)


def test_a_consent_not_authorised_asks_the_end_user_first() -> None:
    # Monzo's _ob_errors.md: InvalidConsentStatus with "Consent is not authorised"; UK OB v4
    # account access consents: "The PSU must authenticate with the ASPSP and authorise".
    body = {
        "Code": "bad_request.consent_status",
        "Id": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
        "Message": "Invalid consent status",
        "Errors": [
            {
                "ErrorCode": "UK.OBIE.Resource.InvalidConsentStatus",
                "Message": "Consent is not authorised",
            }
        ],
    }
    decision = bankcodes.decide(body, provider="ukob", status=400, now=NOW)
    assert decision.lead() == "The connection needs the customer: ask them to reconnect."
    assert decision.actor == "end_user"
    first = decision.why[0]
    assert (first.part, first.source.split(", ")[0]) == ("next_step", "monzo-docs-ob-errors")
    assert "'Consent is not authorised'" in first.says


def test_a_page_size_over_the_most_served_carries_the_most() -> None:
    # ConsumerDataRight mock-data-holder ResponseErrorList.cs, PageSizeTooLarge.
    detail = "page-size pagination field is greater than the maximum 1000 allowed"
    error = {"code": "urn:au-cds:error:cds-all:Field/InvalidPageSize", "detail": detail}
    decision = bankcodes.decide({"errors": [error]}, provider="cdr", status=400, now=NOW)
    assert decision.lead() == "Fix the request before sending it again — your service acts."
    (limit,) = decision.reasons("limit")
    assert limit.says.startswith("at most 1000 records: the message says 'page-size pagination")
    assert limit.source == "cdr-mock-data-holder-errors"


def test_stripe_account_creations_over_their_rate_are_tried_later_not_now() -> None:
    # stripe-node issue 2223 quotes the message of Stripe's 400.
    message = (
        "Sorry, you're creating accounts too quickly. You should limit your requests to less "
        "than 5 creation attempts per second with a test key, or less than 30 with a live key."
    )
    for kind in ("api_error", "invalid_request_error"):
        body = {"error": {"message": message, "type": kind}}
        decision = bankcodes.decide(body, provider="stripe", status=400, now=NOW)
        assert decision.lead() == "Retry later, backing off between attempts — your service acts."
        assert decision.why[0].source == "stripe-node-issue-2223, stripe-docs-api-errors"


def test_stripe_s_own_words_tell_its_body_unnamed() -> None:
    # stripe-node issue 2223: the message is Stripe's own; the same shape with another message
    # (an AI platform's api_error) is nobody's.
    message = (
        "Sorry, you're creating accounts too quickly. You should limit your requests to less "
        "than 5 creation attempts per second with a test key, or less than 30 with a live key."
    )
    body = {"error": {"message": message, "type": "api_error"}}
    decision = bankcodes.decide(body, status=400, now=NOW)
    assert decision.lead() == "Retry later, backing off between attempts — your service acts."
    (told,) = decision.reasons("code")
    assert told.says.startswith("read as stripe/api-error: its error.message 'Sorry, you're")
    assert told.says.endswith("is in Stripe Financial Connections' own words")
    assert told.source == "stripe-node-issue-2223"
    other = {"error": {"message": "The server had an error.", "type": "api_error"}}
    assert bankcodes.decide(other, status=400, now=NOW).code is None


def test_enable_banking_aspsp_error_claims_no_outage() -> None:
    # Enable Banking's OpenAPI: ASPSP_ERROR, "Error interacting with ASPSP".
    body = {"code": 400, "message": "Error interacting with ASPSP", "error": "ASPSP_ERROR"}
    decision = bankcodes.decide(body, provider="enablebanking", status=400, now=NOW)
    assert decision.lead() == "Retry later, backing off between attempts — your service acts."
    assert decision.state != "provider_or_bank_down"
    assert "down" not in decision.lead()


def test_funds_not_available_tells_the_customer_of_the_funds() -> None:
    # N26's dedicated-pisp.md: RJCT with FUNDS_NOT_AVAILABLE, "Insufficient available balance or
    # configured limits prevented execution after initial acceptance."
    body = {
        "transactionStatus": "RJCT",
        "tppMessages": [{"category": "ERROR", "code": "FUNDS_NOT_AVAILABLE"}],
    }
    decision = bankcodes.decide(body, provider="berlingroup", status=200, now=NOW)
    lead = decision.lead()
    assert lead.startswith(
        "There is nothing to retry: tell the customer “There was not enough money"
    )
    assert "Add money to your account or raise its payment limit" in lead
    assert "Contact your bank" not in lead


def test_a_plaid_limit_per_minute_is_waited_out_when_no_header_says() -> None:
    # Plaid's Rate Limit Exceeded page: ACCOUNTS_LIMIT's example body (http code 429), and
    # "requests to /accounts/get are rate limited to 15 per minute (per Item)" (its table: per
    # minute); no header named: the minute is waited out.
    body = {
        "error_type": "RATE_LIMIT_EXCEEDED",
        "error_code": "ACCOUNTS_LIMIT",
        "error_message": (
            "rate limit exceeded for attempts to access this item. please try again later"
        ),
        "display_message": None,
        "request_id": "HNTDNrA8F1shFEW",
    }
    decision = bankcodes.decide(body, provider="plaid", status=429, now=NOW)
    assert decision.lead() == "Wait 60 s, then retry — your service acts."
    assert decision.reasons("wait")[0].source.startswith("plaid-rate-limit-table")
    # A Retry-After still comes first.
    headers = {"Retry-After": "5"}
    given = bankcodes.decide(body, provider="plaid", status=429, headers=headers, now=NOW)
    assert given.lead() == "Wait 5 s, then retry — your service acts."


def test_an_unknown_code_with_a_success_status_is_no_success() -> None:
    # Plaid's Rate Limit Exceeded page: an error is {error_type, error_code, error_message, ...}; a
    # code it does not list, sent with a 200, is still an error: the Deciding page sends an
    # unknown code to the provider's support (contact_provider), whatever the status.
    body = {
        "error_type": "A_TYPE_NOT_YET_LISTED",
        "error_code": "A_CODE_NOT_YET_LISTED",
        "error_message": "an error",
        "request_id": "HNTDNrA8F1shFEW",
    }
    for status in (200, 204, None):
        decision = bankcodes.decide(body, provider="plaid", status=status, now=NOW)
        lead = decision.lead()
        assert lead == "Contact the provider's support with the request id: retrying will not help."
        assert decision.next_step == "contact_provider", status
    # A body that states nothing keeps the success its status says.
    empty = bankcodes.decide({}, provider="plaid", status=200, now=NOW)
    assert empty.next_step == "none"
