"""Stripe Financial Connections' React Native SDK code sets and their texts, read from its pinned
source, stripe/stripe-react-native src/types/FinancialConnections.ts at 42283e61: onEvent's event
names and error codes (enums FinancialConnectionsEventName and FinancialConnectionsEventErrorCode,
each value with its doc comment) and the sheet's errors (enum FinancialConnectionsSheetError).
Expected values are typed from that file, never from the catalog; the account and refresh
statuses it also declares are read with the API's, in test_stripe_codes.py."""

from __future__ import annotations

import bankcodes
from bankcodes import Category, stripe
from tests.support.helpers import spec_data, words_by_bankcodes, words_by_provider

RN = "https://github.com/stripe/stripe-react-native/blob/42283e614e00cc51b01b14b9edc9be11dbf65f5c/"

#: Enum FinancialConnectionsEventName: every value, in the enum's order, with its doc comment.
FC_EVENT_NAMES = {
    "open": "Invoked when the sheet successfully opens.",
    "manual_entry_initiated": "Invoked when the manual entry flow is initiated.",
    "consent_acquired": 'Invoked when "Agree and continue" is selected on the consent pane.',
    "search_initiated": "Invoked when the search bar is selected, the user inputs search terms, "
    "and receives an API response.",
    "institution_selected": "Invoked when an institution is selected, either from featured "
    "institutions or search results.",
    "institution_authorized": "Invoked when the authorization is successfully completed.",
    "accounts_selected": 'Invoked when accounts are selected and "confirm" is selected.',
    "success": "Invoked when the flow is completed and selected accounts are correctly connected "
    "to the payment instrument.",
    "error": "Invoked when an error is encountered. Refer to error codes for more details.",
    "cancel": 'Invoked when the flow is cancelled, typically by the user pressing the "X" button.',
    "flow_launched_in_browser": "Invoked when the modal is launched in an external browser. After "
    "this event, no other events will be sent until the completion of the browser session.",
}

#: The same file, enum FinancialConnectionsEventErrorCode (metadata.errorCode of an event): every
#: value, in order, with its doc comment.
FC_EVENT_ERROR_CODES = {
    "account_numbers_unavailable": "The system could not retrieve account numbers for selected "
    "accounts.",
    "accounts_unavailable": "The system could not retrieve accounts for the selected institution.",
    "no_debitable_account": "For payment flows, no debitable account was available at the "
    "selected institution.",
    "authorization_failed": "Authorization with the selected institution has failed.",
    "institution_unavailable_planned": "The selected institution is down for expected maintenance.",
    "institution_unavailable_unplanned": "The selected institution is unexpectedly down.",
    "institution_timeout": "A timeout occurred while communicating with our partner or downstream "
    "institutions.",
    "unexpected_error": "An unexpected error occurred, either in an API call or on the "
    "client-side.",
    "session_expired": "The client secret that powers the session has expired.",
    "failed_bot_detection": "The hCaptcha challenge failed.",
}

#: The same file: `export enum FinancialConnectionsSheetError { Failed = 'Failed', Canceled =
#: 'Canceled' }`.
RN_SHEET_ERRORS = ["Failed", "Canceled"]


# The React Native SDK: onEvent's names and error codes, and the sheet's errors.


def test_the_sdk_event_names_are_its_enum_in_its_words() -> None:
    assert [member.value for member in stripe.FcEventName] == list(FC_EVENT_NAMES)
    for value, text in FC_EVENT_NAMES.items():
        member = stripe.FcEventName(value)
        assert (member.description, member.info.editorial) == (text, False), value
        words_by_provider(member, "description", "stripe-rn-fc-types")
        assert RN + "src/types/FinancialConnections.ts" in [s.url for s in member.sources]


def test_the_sdk_event_names_categories() -> None:
    # "the flow is cancelled" is a cancellation; "the flow is completed and selected accounts are
    # correctly connected" a success; "an error is encountered" says no more than that an error
    # happened (its errorCode says which): a failure without a cause of its own.
    assert stripe.FcEventName.cancel.category is Category.CANCELLED
    assert stripe.FcEventName.success.category is Category.SUCCESS
    assert stripe.FcEventName.error.category is Category.GENERIC_FAILURE
    # The other names are steps of the flow ("Invoked when ... is selected", "... opens").
    steps = set(FC_EVENT_NAMES) - {"cancel", "success", "error"}
    for value in steps:
        assert bankcodes.classify("stripe", value) is Category.INFORMATIONAL, value


def test_the_sdk_event_error_codes_are_its_enum_in_its_words() -> None:
    assert [member.value for member in stripe.FcEventErrorCode] == list(FC_EVENT_ERROR_CODES)
    for value, text in FC_EVENT_ERROR_CODES.items():
        member = stripe.FcEventErrorCode(value)
        assert (member.description, member.info.editorial) == (text, False), value
        words_by_provider(member, "description", "stripe-rn-fc-types")


def test_the_sdk_event_error_codes_categories() -> None:
    # "The selected institution is down for expected maintenance" / "is unexpectedly down": the
    # institution cannot be reached for now, so trying later may work.
    for value in ("institution_unavailable_planned", "institution_unavailable_unplanned"):
        member = stripe.FcEventErrorCode(value)
        assert member.category is Category.INSTITUTION_UNAVAILABLE, value
        assert member.retryable, value
    # "The client secret that powers the session has expired."
    expired = stripe.FcEventErrorCode.session_expired
    assert expired.category is Category.SESSION_EXPIRED
    assert bankcodes.classify("stripe", "session_expired") is Category.SESSION_EXPIRED
    # "An unexpected error occurred": no cause is given.
    assert stripe.FcEventErrorCode.unexpected_error.category is Category.GENERIC_FAILURE


def test_the_sheet_errors_are_the_sdks_enum() -> None:
    assert [member.value for member in stripe.SheetErrorCode] == RN_SHEET_ERRORS
    # The enum has no comments: both texts are bankcodes'. "Canceled" names a cancellation.
    for member in stripe.SheetErrorCode:
        assert member.info.editorial, member
        words_by_bankcodes(member)
    assert stripe.SheetErrorCode("Canceled").category is Category.CANCELLED


def test_the_sdk_code_sets_are_scoped_to_react_native() -> None:
    code_sets = spec_data()["providers"]["stripe"]["code_sets"]
    for name in ("fc_event_name", "fc_event_error_code", "sheet_error"):
        assert code_sets[name]["scope"] == {"sdks": ["react-native"]}, name
        assert code_sets[name]["sources"] == ["stripe-rn-fc-types"], name
