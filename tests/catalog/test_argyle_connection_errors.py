"""Argyle's account connection errors as its own files publish them: the enum of
Account.connection.error_code in Argyle's OpenAPI document (api.yaml of docs.argyle.com, read in
the copy api-evangelist/argyle keeps: openapi/_original/argyle-api-openapi.yml at
5ea127841f80369de437adb6d3cae722d263e0eb), compared whole with the catalog's code set, and the
common causes its Account connection errors page gives the first five codes
(docs.argyle.com/api-reference/account-connection-errors, a copy of its start read), and what
Argyle's Link changelog (argyle-systems/argyle-link-flutter, CHANGELOG.md at 2a9c2293) says of the
connection errors it announced."""

from __future__ import annotations

from bankcodes import UnknownCode, argyle
from tests.support.helpers import counts

COPY = (
    "https://github.com/api-evangelist/argyle/blob/5ea127841f80369de437adb6d3cae722d263e0eb/"
    "openapi/_original/argyle-api-openapi.yml"
)
PAGE = "https://docs.argyle.com/api-reference/account-connection-errors"
CHANGELOG = (
    "https://github.com/argyle-systems/argyle-link-flutter/blob/"
    "2a9c2293e95fc064235c47cf9c9181cd4ef2ecfc/CHANGELOG.md"
)

#: The enum of components/schemas/Account/properties/connection/properties/error_code, in the
#: document's order.
ENUM = [
    "account_disabled",
    "account_inaccessible",
    "account_incomplete",
    "account_nonunique",
    "account_not_found",
    "all_employers_connected",
    "auth_method_temporarily_unavailable",
    "auth_required",
    "connection_unavailable",
    "credentials_managed_by_organization",
    "existing_account_found",
    "expired_credentials",
    "full_auth_required",
    "insufficient_account_data",
    "invalid_account_type",
    "invalid_auth",
    "invalid_credentials",
    "invalid_employer_identifier",
    "invalid_login_method",
    "invalid_login_url",
    "invalid_mfa",
    "invalid_store_identifier",
    "known_employer_redirect",
    "login_attempts_exceeded",
    "login_cancelled_by_the_user",
    "login_gov_not_linked",
    "mfa_attempts_exceeded",
    "mfa_cancelled_by_the_user",
    "mfa_exhausted",
    "mfa_not_configured",
    "mfa_timeout",
    "multi_driver_account",
    "ongoing_refresh_disabled",
    "passkey_limit_reached",
    "personal_data_access_not_granted",
    "physical_mfa_unsupported",
    "platform_temporarily_unavailable",
    "platform_unavailable",
    "service_unavailable",
    "session_limit_reached",
    "system_error",
    "temporary_credentials",
    "tos_required",
    "trial_connections_exhausted",
    "trial_period_expired",
    "unrecognized_employer_email",
    "unsupported_auth_type",
    "unsupported_business_account",
    "unsupported_language",
    "unsupported_mfa_method",
    "user_action_timeout",
]

#: The page's common causes of the codes its copy read reaches.
CAUSES = {
    "account_disabled": (
        "An account may be disabled or taken offline for a variety of reasons, such as account "
        "inactivity."
    ),
    "account_inaccessible": (
        "The account unexpectedly cannot be accessed by Argyle. We have automatically been "
        "notified and will investigate."
    ),
    "account_incomplete": (
        "The user has not finished setting up an account within their payroll system."
    ),
    "account_nonunique": (
        "The personal details provided by the user during the Login help process of certain "
        "Items was a match for multiple account records stored by the payroll platform, "
        "resulting in an error."
    ),
    "account_not_found": (
        "The personal details provided by the user during the Login help process of certain "
        "Items did not match an account record stored by the payroll platform."
    ),
}

#: The changelog's words for the connection errors it announced (1.11.0 and 1.2.4), of codes the
#: copy read of the errors page does not reach.
ANNOUNCED = {
    "existing_account_found": (
        "Login help notification for certain Items when a user attempts to connect an "
        "already-connected account."
    ),
    "all_employers_connected": (
        "Login help notification for certain Items when a user attempts a connection and all "
        "accounts associated with their recovery details (name, phone number, and/or email) have "
        "already been connected."
    ),
    "unsupported_language": (
        "This message will be displayed if the user's payroll system contains data or documents "
        "in a language that Argyle does not currently support."
    ),
}

#: 1.11.0's third new connection error, which the OpenAPI document's enum does not list.
DUPLICATE_ACCOUNT = (
    "Login screen notification for certain Items when a user attempts to connect an "
    "already-connected account."
)


def test_the_code_set_holds_the_whole_enum_of_the_openapi_document() -> None:
    assert len(ENUM) == 51
    assert [m.value for m in argyle.AccountConnectionError] == [*ENUM, "duplicate_account"]
    for value in ENUM:
        member = argyle.AccountConnectionError(value)
        assert COPY in [s.url for s in member.info.sources], value
    assert isinstance(argyle.AccountConnectionError.parse("account_locked"), UnknownCode)


def test_the_pages_causes_are_argyles_words_and_the_rest_bankcodes() -> None:
    for value in ENUM:
        member = argyle.AccountConnectionError(value)
        wording = member.info.whose("description")
        assert wording is not None, value
        if value in CAUSES:
            assert member.description == CAUSES[value], value
            assert wording.by == "provider", value
            assert [s.url for s in wording.sources] == [PAGE], value
        elif value in ANNOUNCED:
            assert member.description == ANNOUNCED[value], value
            assert wording.by == "provider", value
            assert [s.url for s in wording.sources] == [CHANGELOG], value
            assert not member.info.editorial, value
        else:
            assert wording.by == "bankcodes", value
            assert member.info.editorial, value


def test_the_categories_follow_what_each_code_says() -> None:
    category = {m.value: m.category.value for m in argyle.AccountConnectionError}
    # The page's causes: an account taken offline, one not set up within the payroll system.
    assert category["account_disabled"] == "account_unavailable"
    assert category["account_incomplete"] == "action_required_at_institution"
    # The codes' names: a wrong login, a wrong passcode, too many attempts, the user stopping.
    assert category["invalid_credentials"] == "credentials_invalid"
    assert category["invalid_mfa"] == "mfa_failed"
    assert category["mfa_attempts_exceeded"] == "attempts_exhausted"
    assert category["login_cancelled_by_the_user"] == "cancelled"
    assert category["platform_temporarily_unavailable"] == "institution_unavailable"


def test_the_changelog_s_duplicate_account_is_a_code_of_the_set_in_its_words() -> None:
    """The changelog announced three connection errors together; the enum lists two of them."""
    assert "duplicate_account" not in ENUM
    member = argyle.AccountConnectionError("duplicate_account")
    assert member.description == DUPLICATE_ACCOUNT
    assert [s.url for s in member.info.sources] == [CHANGELOG]
    wording = member.info.whose("description")
    assert wording is not None and wording.by == "provider"
    # Refused as an account already connected is: the same category as existing_account_found.
    assert member.category.value == "rejected"
    assert argyle.AccountConnectionError("existing_account_found").category.value == "rejected"


def test_the_openapi_copy_is_read_whole() -> None:
    assert counts("argyle-openapi-third-party")["argyle.account_connection_error"] == (51, 51)
    assert argyle.AccountConnectionError("account_disabled").info.sources[0].read_in_part is None
