# generated from spec/catalog.json — do not edit (run `make generate`)
"""Flinks (https://flinks.com): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from __future__ import annotations

from bankcodes._base import (
    CodeEnum,
    CodeInfo,
    CodeSetInfo,
    HttpStatus,
    Lifecycle,
    TestUser,
    Wording,
    register,
)
from bankcodes._lazy import LazyNames
from bankcodes._sources import SOURCES as _S
from bankcodes.categories import Category as _C


def _ApiErrorCode() -> type[CodeEnum]:
    class ApiErrorCode(CodeEnum):
        """API error code (FlinksCode): The FlinksCode of an API response, with its HTTP status. A code's HTTP status differs by document version and endpoint, and one code can have several causes. When an error code arrives for a cached (scheduled refresh) request, it means the refresh met that error.

        Wire field: API response.FlinksCode."""

        OK = "OK"
        CREATED = "CREATED"
        OPERATION_PENDING = "OPERATION_PENDING"
        OPERATION_DISPATCHED = "OPERATION_DISPATCHED"
        INVALID_LOGIN = "INVALID_LOGIN"
        INVALID_REQUEST = "INVALID_REQUEST"
        SESSION_NONEXISTENT = "SESSION_NONEXISTENT"
        CARD_IN_USE = "CARD_IN_USE"
        ACCESS_DENIED = "ACCESS_DENIED"
        INVALID_USERNAME = "INVALID_USERNAME"
        INVALID_PASSWORD = "INVALID_PASSWORD"
        INVALID_SECURITY_RESPONSE = "INVALID_SECURITY_RESPONSE"
        INVALID_SECURITY_RESPONSE_NO_RETRY = "INVALID_SECURITY_RESPONSE_NO_RETRY"
        QUESTION_NOT_FOUND = "QUESTION_NOT_FOUND"
        RETRY_LATER = "RETRY_LATER"
        TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS"
        UNKNOWN_CHALLENGE_KEY = "UNKNOWN_CHALLENGE_KEY"
        CONCURRENT_SESSION = "CONCURRENT_SESSION"
        UNAUTHORIZED = "UNAUTHORIZED"
        DISABLED_LOGIN = "DISABLED_LOGIN"
        NEW_ACCOUNT = "NEW_ACCOUNT"
        SESSION_EXPIRED = "SESSION_EXPIRED"
        ALREADY_AUTHORIZED = "ALREADY_AUTHORIZED"
        SECURITYRESPONSES_INCOMPLETE = "SECURITYRESPONSES_INCOMPLETE"
        AGGREGATION_ERROR = "AGGREGATION_ERROR"
        DISABLED_INSTITUTION = "DISABLED_INSTITUTION"

    register(
        ApiErrorCode,
        CodeSetInfo(
            "flinks",
            "api_error_code",
            "API error code (FlinksCode)",
            "The FlinksCode of an API response, with its HTTP status. A code's HTTP status differs by document version and endpoint, and one code can have several causes. When an error code arrives for a cached (scheduled refresh) request, it means the refresh met that error.",
            "API response.FlinksCode",
            (_S["seed-001"], _S["flinks-error-codes-legacy"], _S["flinks-authorize-error-codes"]),
        ),
        (
            CodeInfo(
                "OK",
                "The connection was successful.",
                _C.SUCCESS,
                (_S["seed-001"], _S["flinks-authorize-error-codes"]),
                http=(
                    HttpStatus(
                        200,
                        (_S["seed-001"], _S["flinks-error-codes-legacy"]),
                        context="Authorize endpoint; listed with Flinks Code N/A",
                    ),
                    HttpStatus(
                        200,
                        (_S["flinks-authorize-error-codes"],),
                        context="Authorize endpoint; named OK",
                    ),
                ),
                notes="Flinks' Status and Flinks Code page and the readme-era page show N/A for the 200 row; the current page names it OK.",
                steps_to_reproduce="Complete a successful request.",
                wording=(
                    Wording("description", "provider", (_S["seed-001"],)),
                    Wording("steps_to_reproduce", "provider", (_S["seed-001"],)),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "CREATED",
                "The request has been fulfilled and a new resource has been created.",
                _C.SUCCESS,
                (_S["flinks-authorize-error-codes"],),
                http=(HttpStatus(201, (_S["flinks-authorize-error-codes"],)),),
                notes='The current error-code page joins the description and the steps to reproduce in one cell ("… Reproduced by completing a successful request."); they are split here.',
                steps_to_reproduce="Complete a successful request.",
                wording=(
                    Wording("description", "provider", (_S["flinks-authorize-error-codes"],)),
                    Wording("steps_to_reproduce", "bankcodes", ()),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "OPERATION_PENDING",
                "The process is ongoing in the background. At this point your flow must change to the async endpoint",
                _C.PENDING,
                (_S["seed-001"], _S["flinks-authorize-error-codes"], _S["flinks-test-institution"]),
                message="Your operation is still processing.",
                http=(
                    HttpStatus(
                        202,
                        (
                            _S["seed-001"],
                            _S["flinks-error-codes-legacy"],
                            _S["flinks-authorize-error-codes"],
                        ),
                        context="Authorize endpoint",
                    ),
                    HttpStatus(
                        202, (_S["flinks-enrich-error-codes"],), context="Attributes endpoint"
                    ),
                ),
                notes="Poll /GetAccountsDetailAsync every 10 seconds for at most 30 minutes.",
                steps_to_reproduce="Perform a cached flow immediately after Authorizing a new account",
                test_user=TestUser("FlinksCapital", "test_pending", "Everyday"),
                wording=(
                    Wording("description", "provider", (_S["seed-001"],)),
                    Wording("message", "provider", (_S["seed-001"],)),
                    Wording("steps_to_reproduce", "provider", (_S["seed-001"],)),
                    Wording("notes", "bankcodes", (_S["flinks-get-accounts-detail-async"],)),
                ),
            ),
            CodeInfo(
                "OPERATION_DISPATCHED",
                "Your sync request took more than 210 seconds and it was dispatched in the background.",
                _C.PENDING,
                (_S["seed-001"], _S["flinks-authorize-error-codes"], _S["flinks-test-institution"]),
                message="Your operations had been dispatched to background process for long running jobs",
                http=(
                    HttpStatus(
                        202,
                        (
                            _S["seed-001"],
                            _S["flinks-error-codes-legacy"],
                            _S["flinks-authorize-error-codes"],
                        ),
                        context="Authorize endpoint",
                    ),
                ),
                steps_to_reproduce="Have a live request to gather GetAccountDetails in more than 210 seconds",
                test_user=TestUser("FlinksCapital", "test_dispatched", "Everyday"),
                wording=(
                    Wording("description", "provider", (_S["seed-001"],)),
                    Wording("message", "provider", (_S["seed-001"],)),
                    Wording("steps_to_reproduce", "provider", (_S["seed-001"],)),
                ),
            ),
            CodeInfo(
                "INVALID_LOGIN",
                "The provided username or/and password is/are invalid",
                _C.CREDENTIALS_INVALID,
                (
                    _S["seed-001"],
                    _S["seed-004"],
                    _S["flinks-error-codes-legacy"],
                    _S["flinks-authorize-error-codes"],
                ),
                user_action="Customer should verify and re-enter their login details.",
                http=(
                    HttpStatus(
                        400,
                        (_S["seed-001"],),
                        cause="The provided LoginId is invalid",
                        message="The LoginId provided is either invalid or does not belong to the CustomerId",
                        steps_to_reproduce="Call the Authorize endpoint using a non existent LoginId",
                        context="Authorize endpoint, help-centre article",
                    ),
                    HttpStatus(
                        400,
                        (_S["seed-001"],),
                        cause="The provided username or/and password is/are invalid",
                        message="The card number (username) or password provided is invalid",
                        steps_to_reproduce="Call the Authorize endpoint using non valid credentials",
                        context="Authorize endpoint, help-centre article",
                    ),
                    HttpStatus(
                        401,
                        (_S["flinks-error-codes-legacy"], _S["flinks-authorize-error-codes"]),
                        context="Authorize endpoint, later error-code pages (two rows, one per cause)",
                    ),
                    HttpStatus(401, (_S["seed-004"],), context="Flinks Connect handled error"),
                ),
                notes="Flinks moved INVALID_LOGIN from HTTP 400 to 401 between document versions. The description is the API document's (Flinks' Status and Flinks Code page); Flinks Connect's handled-errors table words it: The provided credentials are incorrect.",
                wording=(
                    Wording(
                        "description", "provider", (_S["seed-001"], _S["flinks-error-codes-legacy"])
                    ),
                    Wording("user_action", "provider", (_S["seed-004"],)),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "INVALID_REQUEST",
                "Credentials are missing/incomplete, or syntax is incorrect (e.g. missing comma)",
                _C.INTEGRATION_ERROR,
                (
                    _S["seed-001"],
                    _S["flinks-error-codes-legacy"],
                    _S["flinks-authorize-error-codes"],
                ),
                message="Message returned will depend on the error (e.g. missing value, incorrect syntax, etc.)",
                http=(
                    HttpStatus(
                        400, (_S["seed-001"],), context="Authorize endpoint, help-centre article"
                    ),
                    HttpStatus(
                        401,
                        (_S["flinks-error-codes-legacy"], _S["flinks-authorize-error-codes"]),
                        context="Authorize endpoint, later error-code pages",
                    ),
                    HttpStatus(
                        400, (_S["flinks-enrich-error-codes"],), context="Attributes endpoint"
                    ),
                ),
                steps_to_reproduce="In input, make a typo, remove a comma, etc.",
                wording=(
                    Wording(
                        "description", "provider", (_S["seed-001"], _S["flinks-error-codes-legacy"])
                    ),
                    Wording(
                        "message", "provider", (_S["seed-001"], _S["flinks-error-codes-legacy"])
                    ),
                    Wording(
                        "steps_to_reproduce",
                        "provider",
                        (_S["seed-001"], _S["flinks-error-codes-legacy"]),
                    ),
                ),
            ),
            CodeInfo(
                "SESSION_NONEXISTENT",
                "A request was made with an expired RequestId",
                _C.SESSION_EXPIRED,
                (
                    _S["seed-001"],
                    _S["flinks-error-codes-legacy"],
                    _S["flinks-authorize-error-codes"],
                ),
                message="Inputs session id or card if were not found.",
                http=(
                    HttpStatus(
                        400,
                        (
                            _S["seed-001"],
                            _S["flinks-error-codes-legacy"],
                            _S["flinks-authorize-error-codes"],
                        ),
                        context="Authorize endpoint",
                    ),
                    HttpStatus(
                        400, (_S["flinks-enrich-error-codes"],), context="Attributes endpoint"
                    ),
                ),
                steps_to_reproduce="Use an old RequestId for a new request",
                wording=(
                    Wording(
                        "description", "provider", (_S["seed-001"], _S["flinks-error-codes-legacy"])
                    ),
                    Wording(
                        "message", "provider", (_S["seed-001"], _S["flinks-error-codes-legacy"])
                    ),
                    Wording(
                        "steps_to_reproduce",
                        "provider",
                        (_S["seed-001"], _S["flinks-error-codes-legacy"]),
                    ),
                ),
            ),
            CodeInfo(
                "CARD_IN_USE",
                "An operation was requested while the account is still being processed.",
                _C.CONCURRENT_OPERATION,
                (
                    _S["seed-001"],
                    _S["flinks-error-codes-legacy"],
                    _S["flinks-authorize-error-codes"],
                ),
                http=(
                    HttpStatus(
                        400,
                        (
                            _S["seed-001"],
                            _S["flinks-error-codes-legacy"],
                            _S["flinks-authorize-error-codes"],
                        ),
                    ),
                ),
                steps_to_reproduce="Call the DeleteCard endpoint immediately after Authorizing a new account",
                wording=(
                    Wording(
                        "description", "provider", (_S["seed-001"], _S["flinks-error-codes-legacy"])
                    ),
                    Wording(
                        "steps_to_reproduce",
                        "provider",
                        (_S["seed-001"], _S["flinks-error-codes-legacy"]),
                    ),
                ),
            ),
            CodeInfo(
                "ACCESS_DENIED",
                "Authentication was unsuccessful",
                _C.INTEGRATION_ERROR,
                (_S["flinks-error-codes-legacy"], _S["flinks-authorize-error-codes"]),
                http=(
                    HttpStatus(
                        401, (_S["flinks-error-codes-legacy"], _S["flinks-authorize-error-codes"])
                    ),
                ),
                notes='The readme-era page gives the description alone; the current page adds "Reproduced by calling the Authorize endpoint without having valid authentication credentials.", given here as the steps to reproduce in the imperative of the older pages.',
                steps_to_reproduce="Call the Authorize endpoint without having valid authentication credentials",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["flinks-error-codes-legacy"], _S["flinks-authorize-error-codes"]),
                    ),
                    Wording(
                        "steps_to_reproduce", "bankcodes", (_S["flinks-authorize-error-codes"],)
                    ),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "INVALID_USERNAME",
                "The username provided was different from what the bank expected",
                _C.CREDENTIALS_INVALID,
                (_S["seed-001"], _S["seed-004"]),
                user_action="Customer should re-enter their username.",
                http=(
                    HttpStatus(
                        401,
                        (
                            _S["seed-001"],
                            _S["flinks-error-codes-legacy"],
                            _S["flinks-authorize-error-codes"],
                            _S["seed-004"],
                        ),
                    ),
                ),
                steps_to_reproduce="Provide an invalid username to an Authorize request",
                wording=(
                    Wording("description", "provider", (_S["seed-001"],)),
                    Wording("user_action", "provider", (_S["seed-004"],)),
                    Wording("steps_to_reproduce", "provider", (_S["seed-001"],)),
                ),
            ),
            CodeInfo(
                "INVALID_PASSWORD",
                "The password provided was different from what the bank expected",
                _C.CREDENTIALS_INVALID,
                (_S["seed-001"], _S["seed-004"]),
                user_action="Customer should re-enter their password.",
                http=(
                    HttpStatus(
                        401,
                        (
                            _S["seed-001"],
                            _S["flinks-error-codes-legacy"],
                            _S["flinks-authorize-error-codes"],
                            _S["seed-004"],
                        ),
                    ),
                ),
                steps_to_reproduce="Provide an invalid password to an Authorize request",
                wording=(
                    Wording("description", "provider", (_S["seed-001"],)),
                    Wording("user_action", "provider", (_S["seed-004"],)),
                    Wording("steps_to_reproduce", "provider", (_S["seed-001"],)),
                ),
            ),
            CodeInfo(
                "INVALID_SECURITY_RESPONSE",
                "The MFA response provided was different from what the bank expected",
                _C.ATTEMPTS_EXHAUSTED,
                (_S["seed-001"], _S["flinks-authorize-error-codes"]),
                http=(HttpStatus(401, (_S["seed-001"], _S["flinks-authorize-error-codes"])),),
                notes='The current error-code page says: "The user has provided incorrect or incomplete MFA answers and cannot retry." The description is the older text of Flinks\' Status and Flinks Code page. Flinks Connect handles its own INVALID_SECURITY_RESPONSE event differently and asks the customer to try again (see the Connect error event).',
                steps_to_reproduce="Provide an invalid MFA answer to an Authorize request",
                wording=(
                    Wording("description", "provider", (_S["seed-001"],)),
                    Wording(
                        "steps_to_reproduce",
                        "provider",
                        (_S["seed-001"], _S["flinks-authorize-error-codes"]),
                    ),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "INVALID_SECURITY_RESPONSE_NO_RETRY",
                "The user has provided incorrect or incomplete MFA answers and cannot retry",
                _C.ATTEMPTS_EXHAUSTED,
                (_S["flinks-error-codes-legacy"],),
                http=(HttpStatus(401, (_S["flinks-error-codes-legacy"],)),),
                wording=(Wording("description", "provider", (_S["flinks-error-codes-legacy"],)),),
            ),
            CodeInfo(
                "QUESTION_NOT_FOUND",
                "The MFA prompt doesn't have a stored answer",
                _C.MFA_REQUIRED,
                (_S["seed-001"], _S["flinks-authorize-error-codes"]),
                http=(HttpStatus(401, (_S["seed-001"], _S["flinks-authorize-error-codes"])),),
                wording=(Wording("description", "provider", (_S["seed-001"],)),),
            ),
            CodeInfo(
                "RETRY_LATER",
                "Flinks was not able to open a connection with the selected financial institution",
                _C.INSTITUTION_UNAVAILABLE,
                (_S["seed-001"], _S["seed-004"], _S["flinks-test-institution"]),
                user_action="Customer should try again later.",
                http=(
                    HttpStatus(
                        401,
                        (_S["seed-001"], _S["flinks-authorize-error-codes"], _S["seed-004"]),
                        context="Authorize endpoint",
                    ),
                    HttpStatus(
                        400, (_S["flinks-enrich-error-codes"],), context="Attributes endpoint"
                    ),
                ),
                notes="Flinks Connect words it 'Flinks was unable to open a connection with the financial institution.'",
                test_user=TestUser("FlinksCapital", "test_service_unavailable", "Everyday"),
                wording=(
                    Wording("description", "provider", (_S["seed-001"],)),
                    Wording("user_action", "provider", (_S["seed-004"],)),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "TOO_MANY_REQUESTS",
                "The endpoint has received too many requests in a given amount of time.",
                _C.RATE_LIMITED,
                (_S["flinks-authorize-error-codes"],),
                http=(HttpStatus(401, (_S["flinks-authorize-error-codes"],)),),
                notes="Flinks reports this rate limit with HTTP 401, not 429.",
                wording=(
                    Wording("description", "provider", (_S["flinks-authorize-error-codes"],)),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "UNKNOWN_CHALLENGE_KEY",
                "The /Authorize request to respond an MFA contain an answer to the wrong MFA prompt.",
                _C.INTEGRATION_ERROR,
                (_S["seed-001"], _S["flinks-authorize-error-codes"]),
                message='"One or more of the Security Challenge Prompts required are missing in the provided response"',
                http=(HttpStatus(401, (_S["seed-001"], _S["flinks-authorize-error-codes"])),),
                steps_to_reproduce="Change the MFA prompted, or leave the MFA prompt blank in the input Change the MFA response or leave the MFA response blank",
                wording=(
                    Wording("description", "provider", (_S["seed-001"],)),
                    Wording("message", "provider", (_S["seed-001"],)),
                    Wording("steps_to_reproduce", "provider", (_S["seed-001"],)),
                ),
            ),
            CodeInfo(
                "CONCURRENT_SESSION",
                "Another session is already opened with this LoginId",
                _C.CONCURRENT_OPERATION,
                (_S["seed-001"],),
                http=(HttpStatus(401, (_S["seed-001"],)),),
                steps_to_reproduce="Open two requests simultaneously with the same account",
                wording=(
                    Wording("description", "provider", (_S["seed-001"],)),
                    Wording("steps_to_reproduce", "provider", (_S["seed-001"],)),
                ),
            ),
            CodeInfo(
                "UNAUTHORIZED",
                "The card was not authorized. Either there is a problem with bank, or the GetAccountsDetail endpoint was called before authorized",
                _C.INTEGRATION_ERROR,
                (_S["seed-001"],),
                message="You need to be authorized in the bank account before going further.",
                http=(
                    HttpStatus(401, (_S["seed-001"],), context="Authorize endpoint"),
                    HttpStatus(
                        401,
                        (_S["flinks-authorize-troubleshooting"], _S["flinks-ruby-client-test"]),
                        cause="The auth key or authorize token is missing or invalid",
                        message="You must provide a valid auth key",
                        context="Any endpoint, bad auth key",
                        cause_by="bankcodes",
                    ),
                ),
                notes="In Flinks Connect (its handled-errors page) the same code means the institution did not authorize access; see the connect_error_event code set. Flinks' troubleshooting page gives the 401 messages for a bad auth key or authorize token without their FlinksCode; that they come with UNAUTHORIZED is shown only by a public client's tests.",
                steps_to_reproduce="Call the GetAccountsDetail endpoint during an MFA prompt without answering the MFA question",
                wording=(
                    Wording("description", "provider", (_S["seed-001"],)),
                    Wording("message", "provider", (_S["seed-001"],)),
                    Wording("steps_to_reproduce", "provider", (_S["seed-001"],)),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "DISABLED_LOGIN",
                "The account has been deactivated by the financial institution. The account holder must contact their bank",
                _C.ACCOUNT_UNAVAILABLE,
                (_S["seed-001"], _S["seed-004"], _S["flinks-test-institution"]),
                user_action="Customer must contact their bank to reactivate the account.",
                http=(HttpStatus(401, (_S["seed-001"], _S["seed-004"])),),
                steps_to_reproduce="Log into a deactivated account",
                test_user=TestUser("FlinksCapital", "test_disabled_account", "Everyday"),
                wording=(
                    Wording("description", "provider", (_S["seed-001"],)),
                    Wording("user_action", "provider", (_S["seed-004"],)),
                    Wording("steps_to_reproduce", "provider", (_S["seed-001"],)),
                ),
            ),
            CodeInfo(
                "NEW_ACCOUNT",
                "The end user must take action directly on their online banking before connecting and account with Flinks",
                _C.ACTION_REQUIRED_AT_INSTITUTION,
                (_S["seed-001"], _S["seed-004"]),
                user_action="Customer should log in to their bank website first (e.g., accept terms).",
                http=(HttpStatus(401, (_S["seed-001"], _S["seed-004"])),),
                steps_to_reproduce="Login to an account where user must take action on bank's website (e.g. to accept a consent form)",
                wording=(
                    Wording("description", "provider", (_S["seed-001"],)),
                    Wording("user_action", "provider", (_S["seed-004"],)),
                    Wording("steps_to_reproduce", "provider", (_S["seed-001"],)),
                ),
            ),
            CodeInfo(
                "SESSION_EXPIRED",
                "The RequestId expired after 8 mins of inactivity during Authorize or 30 mins timeout for data processing",
                _C.SESSION_EXPIRED,
                (_S["seed-001"],),
                http=(
                    HttpStatus(401, (_S["seed-001"],), context="Authorize endpoint"),
                    HttpStatus(
                        400, (_S["flinks-enrich-error-codes"],), context="Attributes endpoint"
                    ),
                ),
                steps_to_reproduce="Wait at least 8 minutes before responding to MFA",
                wording=(
                    Wording("description", "provider", (_S["seed-001"],)),
                    Wording("steps_to_reproduce", "provider", (_S["seed-001"],)),
                ),
            ),
            CodeInfo(
                "ALREADY_AUTHORIZED",
                "When the /Authorize endpoint is called after the user has already been authorized",
                _C.INTEGRATION_ERROR,
                (_S["seed-001"],),
                http=(HttpStatus(401, (_S["seed-001"],)),),
                steps_to_reproduce="Answer an MFA for an already authorized requestid",
                wording=(
                    Wording("description", "provider", (_S["seed-001"],)),
                    Wording("steps_to_reproduce", "provider", (_S["seed-001"],)),
                ),
            ),
            CodeInfo(
                "SECURITYRESPONSES_INCOMPLETE",
                "Not all the prompted MFA questions had answers in the reponse request",
                _C.MFA_FAILED,
                (_S["seed-001"],),
                http=(HttpStatus(401, (_S["seed-001"],)),),
                steps_to_reproduce="Not answer all MFA questions prompted in 3 question MFA prompt",
                wording=(
                    Wording("description", "provider", (_S["seed-001"],)),
                    Wording("steps_to_reproduce", "provider", (_S["seed-001"],)),
                ),
            ),
            CodeInfo(
                "AGGREGATION_ERROR",
                "Flinks encountered an unexpected error during processing.",
                _C.GENERIC_FAILURE,
                (_S["seed-004"],),
                user_action="Customer should try again. If the issue persists, contact support.",
                http=(HttpStatus(500, (_S["seed-004"],), context="Flinks Connect handled error"),),
                wording=(
                    Wording("description", "provider", (_S["seed-004"],)),
                    Wording("user_action", "provider", (_S["seed-004"],)),
                ),
            ),
            CodeInfo(
                "DISABLED_INSTITUTION",
                "The selected financial institution is not currently available.",
                _C.INSTITUTION_UNAVAILABLE,
                (_S["seed-004"],),
                user_action="Customer should try a different institution or try again later.",
                http=(HttpStatus(405, (_S["seed-004"],), context="Flinks Connect handled error"),),
                wording=(
                    Wording("description", "provider", (_S["seed-004"],)),
                    Wording("user_action", "provider", (_S["seed-004"],)),
                ),
            ),
        ),
    )
    return ApiErrorCode


def _ConnectError() -> type[CodeEnum]:
    class ConnectError(CodeEnum):
        """Flinks Connect error event: The flinksCode of a Flinks Connect message event: an authentication or connection error that Flinks Connect handles and shows to the customer.

        Wire field: message event data.flinksCode."""

        INVALID_USERNAME = "INVALID_USERNAME"
        INVALID_PASSWORD = "INVALID_PASSWORD"
        INVALID_LOGIN = "INVALID_LOGIN"
        INVALID_SECURITY_RESPONSE = "INVALID_SECURITY_RESPONSE"
        RETRY_LATER = "RETRY_LATER"
        UNAUTHORIZED = "UNAUTHORIZED"
        NEW_ACCOUNT = "NEW_ACCOUNT"
        AGGREGATION_ERROR = "AGGREGATION_ERROR"
        DISABLED_INSTITUTION = "DISABLED_INSTITUTION"
        DISABLED_LOGIN = "DISABLED_LOGIN"

    register(
        ConnectError,
        CodeSetInfo(
            "flinks",
            "connect_error_event",
            "Flinks Connect error event",
            "The flinksCode of a Flinks Connect message event: an authentication or connection error that Flinks Connect handles and shows to the customer.",
            "message event data.flinksCode",
            (_S["seed-004"],),
        ),
        (
            CodeInfo(
                "INVALID_USERNAME",
                "The username provided was different from what the bank expected.",
                _C.CREDENTIALS_INVALID,
                (_S["seed-004"],),
                user_action="Customer should re-enter their username.",
                http=(HttpStatus(401, (_S["seed-004"],)),),
                group="credential",
                wording=(
                    Wording("description", "provider", (_S["seed-004"],)),
                    Wording("user_action", "provider", (_S["seed-004"],)),
                ),
            ),
            CodeInfo(
                "INVALID_PASSWORD",
                "The password provided was different from what the bank expected.",
                _C.CREDENTIALS_INVALID,
                (_S["seed-004"],),
                user_action="Customer should re-enter their password.",
                http=(HttpStatus(401, (_S["seed-004"],)),),
                group="credential",
                wording=(
                    Wording("description", "provider", (_S["seed-004"],)),
                    Wording("user_action", "provider", (_S["seed-004"],)),
                ),
            ),
            CodeInfo(
                "INVALID_LOGIN",
                "The provided credentials are incorrect.",
                _C.CREDENTIALS_INVALID,
                (_S["seed-004"],),
                user_action="Customer should verify and re-enter their login details.",
                http=(HttpStatus(401, (_S["seed-004"],)),),
                group="credential",
                wording=(
                    Wording("description", "provider", (_S["seed-004"],)),
                    Wording("user_action", "provider", (_S["seed-004"],)),
                ),
            ),
            CodeInfo(
                "INVALID_SECURITY_RESPONSE",
                "The MFA response provided was different from what the bank expected.",
                _C.MFA_FAILED,
                (_S["seed-004"],),
                user_action="Customer should try answering the security question again.",
                http=(HttpStatus(401, (_S["seed-004"],)),),
                group="mfa",
                wording=(
                    Wording("description", "provider", (_S["seed-004"],)),
                    Wording("user_action", "provider", (_S["seed-004"],)),
                ),
            ),
            CodeInfo(
                "RETRY_LATER",
                "Flinks was unable to open a connection with the financial institution.",
                _C.INSTITUTION_UNAVAILABLE,
                (_S["seed-004"],),
                user_action="Customer should try again later.",
                http=(HttpStatus(401, (_S["seed-004"],)),),
                group="temporary",
                wording=(
                    Wording("description", "provider", (_S["seed-004"],)),
                    Wording("user_action", "provider", (_S["seed-004"],)),
                ),
            ),
            CodeInfo(
                "UNAUTHORIZED",
                "The institution did not authorize access.",
                _C.ACTION_REQUIRED_AT_INSTITUTION,
                (_S["seed-004"],),
                user_action="Customer may need to complete additional steps on their bank’s website.",
                http=(HttpStatus(401, (_S["seed-004"],)),),
                group="account_institution",
                wording=(
                    Wording("description", "provider", (_S["seed-004"],)),
                    Wording("user_action", "provider", (_S["seed-004"],)),
                ),
            ),
            CodeInfo(
                "NEW_ACCOUNT",
                "The customer must take action directly on their online banking before connecting.",
                _C.ACTION_REQUIRED_AT_INSTITUTION,
                (_S["seed-004"],),
                user_action="Customer should log in to their bank website first (e.g., accept terms).",
                http=(HttpStatus(401, (_S["seed-004"],)),),
                group="account_institution",
                wording=(
                    Wording("description", "provider", (_S["seed-004"],)),
                    Wording("user_action", "provider", (_S["seed-004"],)),
                ),
            ),
            CodeInfo(
                "AGGREGATION_ERROR",
                "Flinks encountered an unexpected error during processing.",
                _C.GENERIC_FAILURE,
                (_S["seed-004"],),
                user_action="Customer should try again. If the issue persists, contact support.",
                http=(HttpStatus(500, (_S["seed-004"],)),),
                group="temporary",
                wording=(
                    Wording("description", "provider", (_S["seed-004"],)),
                    Wording("user_action", "provider", (_S["seed-004"],)),
                ),
            ),
            CodeInfo(
                "DISABLED_INSTITUTION",
                "The selected financial institution is not currently available.",
                _C.INSTITUTION_UNAVAILABLE,
                (_S["seed-004"],),
                user_action="Customer should try a different institution or try again later.",
                http=(HttpStatus(405, (_S["seed-004"],)),),
                group="account_institution",
                wording=(
                    Wording("description", "provider", (_S["seed-004"],)),
                    Wording("user_action", "provider", (_S["seed-004"],)),
                ),
            ),
            CodeInfo(
                "DISABLED_LOGIN",
                "The account has been deactivated by the financial institution.",
                _C.ACCOUNT_UNAVAILABLE,
                (_S["seed-004"],),
                user_action="Customer must contact their bank to reactivate the account.",
                http=(HttpStatus(401, (_S["seed-004"],)),),
                group="account_institution",
                wording=(
                    Wording("description", "provider", (_S["seed-004"],)),
                    Wording("user_action", "provider", (_S["seed-004"],)),
                ),
            ),
        ),
    )
    return ConnectError


def _ConnectStep() -> type[CodeEnum]:
    class ConnectStep(CodeEnum):
        """Flinks Connect step event: The step of a Flinks Connect message event: a user event in the connection flow, useful for tracing and for controlling the user experience.

        Wire field: message event data.step."""

        APP_MOUNTED = "APP_MOUNTED"
        APP_ONLINE = "APP_ONLINE"
        APP_OFFLINE = "APP_OFFLINE"
        APP_RESIZE = "APP_RESIZE"
        ACCOUNT_SELECTED = "ACCOUNT_SELECTED"
        COMPONENT_ACCEPT_CONSENT = "COMPONENT_ACCEPT_CONSENT"
        COMPONENT_ACCEPT_PROVIDER_CONSENT = "COMPONENT_ACCEPT_PROVIDER_CONSENT"
        COMPONENT_ACCEPT_TERMS = "COMPONENT_ACCEPT_TERMS"
        COMPONENT_CLICK_RESET_PASSWORD = "COMPONENT_CLICK_RESET_PASSWORD"
        COMPONENT_CLICK_TERMS_URL = "COMPONENT_CLICK_TERMS_URL"
        COMPONENT_CLOSE_SESSION = "COMPONENT_CLOSE_SESSION"
        COMPONENT_DENY_CONSENT = "COMPONENT_DENY_CONSENT"
        COMPONENT_DENY_TERMS = "COMPONENT_DENY_TERMS"
        COMPONENT_HELP2FA_INFO = "COMPONENT_HELP2FA_INFO"
        COMPONENT_HELP2FA_TROUBLESHOOTING = "COMPONENT_HELP2FA_TROUBLESHOOTING"
        COMPONENT_LOAD_ACCOUNT_SELECTION = "COMPONENT_LOAD_ACCOUNT_SELECTION"
        COMPONENT_LOAD_CONSENT = "COMPONENT_LOAD_CONSENT"
        COMPONENT_LOAD_CREDENTIAL = "COMPONENT_LOAD_CREDENTIAL"
        COMPONENT_LOAD_CREDENTIAL_RETRY = "COMPONENT_LOAD_CREDENTIAL_RETRY"
        COMPONENT_LOAD_INSTITUTION_SELECTOR = "COMPONENT_LOAD_INSTITUTION_SELECTOR"
        COMPONENT_LOAD_MFA = "COMPONENT_LOAD_MFA"
        COMPONENT_LOAD_MFA_RETRY = "COMPONENT_LOAD_MFA_RETRY"
        DISABLED_INSTITUTION = "DISABLED_INSTITUTION"
        ENHANCED_MFA_HAS_QUESTIONS = "ENHANCED_MFA_HAS_QUESTIONS"
        ENHANCED_MFA_NO_QUESTIONS = "ENHANCED_MFA_NO_QUESTIONS"
        INSTITUTION_SELECTED = "INSTITUTION_SELECTED"
        SUBMIT_CREDENTIAL = "SUBMIT_CREDENTIAL"
        SUBMIT_MFA = "SUBMIT_MFA"
        REDIRECT = "REDIRECT"
        TOKEN_INVALID = "TOKEN_INVALID"

    register(
        ConnectStep,
        CodeSetInfo(
            "flinks",
            "connect_step_event",
            "Flinks Connect step event",
            "The step of a Flinks Connect message event: a user event in the connection flow, useful for tracing and for controlling the user experience.",
            "message event data.step",
            (_S["flinks-events"], _S["flinks-use-event-listener"]),
        ),
        (
            CodeInfo(
                "APP_MOUNTED",
                "Flinks Connect has retrieved configuration values from the API, and has successfully loaded.",
                _C.INFORMATIONAL,
                (_S["flinks-events"], _S["flinks-use-event-listener"]),
                notes="One stored version of the events page describes APP_MOUNTED as 'The internet connection was restored', a copy of APP_ONLINE.",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["flinks-events"], _S["flinks-use-event-listener"]),
                    ),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "APP_ONLINE",
                "The internet connection was restored.",
                _C.INFORMATIONAL,
                (_S["flinks-events"], _S["flinks-use-event-listener"]),
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["flinks-events"], _S["flinks-use-event-listener"]),
                    ),
                ),
            ),
            CodeInfo(
                "APP_OFFLINE",
                "The internet connection was lost.",
                _C.INFORMATIONAL,
                (_S["flinks-events"], _S["flinks-use-event-listener"]),
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["flinks-events"], _S["flinks-use-event-listener"]),
                    ),
                ),
            ),
            CodeInfo(
                "APP_RESIZE",
                "The Flinks Connect frame changed size.",
                _C.INFORMATIONAL,
                (_S["flinks-connect-integrations"],),
                editorial=True,
                lifecycle=Lifecycle(
                    "removed",
                    "No Flinks page and no public integration found shows this spelling; withdrawn in 1.1.0 and kept only so that values parsed with 1.0.0 stay known.",
                ),
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "ACCOUNT_SELECTED",
                "The user selects an account.",
                _C.INFORMATIONAL,
                (_S["flinks-events"], _S["flinks-use-event-listener"]),
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["flinks-events"], _S["flinks-use-event-listener"]),
                    ),
                ),
            ),
            CodeInfo(
                "COMPONENT_ACCEPT_CONSENT",
                "The user accepts to give consent.",
                _C.INFORMATIONAL,
                (_S["flinks-events"], _S["flinks-use-event-listener"]),
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["flinks-events"], _S["flinks-use-event-listener"]),
                    ),
                ),
            ),
            CodeInfo(
                "COMPONENT_ACCEPT_PROVIDER_CONSENT",
                "The user accepts the data provider's consent.",
                _C.INFORMATIONAL,
                (_S["flinks-connect-integrations"],),
                editorial=True,
                notes="No Flinks page found shows this spelling; public integrations' listeners handle it next to COMPONENT_ACCEPT_CONSENT.",
                wording=(
                    Wording("description", "bankcodes", ()),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "COMPONENT_ACCEPT_TERMS",
                "The user has checked the box to approve the terms and conditions linked in the URL termsUrl={https://example.com}.",
                _C.INFORMATIONAL,
                (_S["flinks-events"], _S["flinks-use-event-listener"]),
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["flinks-events"], _S["flinks-use-event-listener"]),
                    ),
                ),
            ),
            CodeInfo(
                "COMPONENT_CLICK_RESET_PASSWORD",
                "The user clicks on the Reset Password button.",
                _C.INFORMATIONAL,
                (_S["flinks-events"], _S["flinks-use-event-listener"]),
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["flinks-events"], _S["flinks-use-event-listener"]),
                    ),
                ),
            ),
            CodeInfo(
                "COMPONENT_CLICK_TERMS_URL",
                "The user clicks on the terms and conditions link.",
                _C.INFORMATIONAL,
                (_S["flinks-events"], _S["flinks-use-event-listener"]),
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["flinks-events"], _S["flinks-use-event-listener"]),
                    ),
                ),
            ),
            CodeInfo(
                "COMPONENT_CLOSE_SESSION",
                "The use clicks on the _X in the top right corner. Related to the Layout Customization parameters : closeEnable.",
                _C.INFORMATIONAL,
                (_S["flinks-events"], _S["flinks-use-event-listener"]),
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["flinks-events"], _S["flinks-use-event-listener"]),
                    ),
                ),
            ),
            CodeInfo(
                "COMPONENT_DENY_CONSENT",
                "The user denies consent.",
                _C.INFORMATIONAL,
                (_S["flinks-events"], _S["flinks-use-event-listener"]),
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["flinks-events"], _S["flinks-use-event-listener"]),
                    ),
                ),
            ),
            CodeInfo(
                "COMPONENT_DENY_TERMS",
                "The user unchecked the box on the left of the terms and conditions using the parameter termsUrl={https://example.com}.",
                _C.INFORMATIONAL,
                (_S["flinks-events"], _S["flinks-use-event-listener"]),
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["flinks-events"], _S["flinks-use-event-listener"]),
                    ),
                ),
            ),
            CodeInfo(
                "COMPONENT_HELP2FA_INFO",
                "When Flinks Connect loads the Help2FA component, or if the users goes back from the troubleshooting screen via the back button.",
                _C.INFORMATIONAL,
                (_S["flinks-events"], _S["flinks-use-event-listener"]),
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["flinks-events"], _S["flinks-use-event-listener"]),
                    ),
                ),
            ),
            CodeInfo(
                "COMPONENT_HELP2FA_TROUBLESHOOTING",
                "When Flinks Connect navigates to the troubleshooting screen due to the user clicking the troubleshooting tips link on the info screen.",
                _C.INFORMATIONAL,
                (_S["flinks-events"], _S["flinks-use-event-listener"]),
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["flinks-events"], _S["flinks-use-event-listener"]),
                    ),
                ),
            ),
            CodeInfo(
                "COMPONENT_LOAD_ACCOUNT_SELECTION",
                "When Flinks Connect loads the account selection page. Contains metadata regarding the user's accounts (totalAccounts & displayedAccounts)",
                _C.INFORMATIONAL,
                (_S["flinks-events"], _S["flinks-use-event-listener"]),
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["flinks-events"], _S["flinks-use-event-listener"]),
                    ),
                ),
            ),
            CodeInfo(
                "COMPONENT_LOAD_CONSENT",
                "The consent page is loaded using the parameter consentEnable=true",
                _C.INFORMATIONAL,
                (_S["flinks-events"], _S["flinks-use-event-listener"]),
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["flinks-events"], _S["flinks-use-event-listener"]),
                    ),
                ),
            ),
            CodeInfo(
                "COMPONENT_LOAD_CREDENTIAL",
                "The user is faced with a prompt for FI username and password.",
                _C.INFORMATIONAL,
                (_S["flinks-events"], _S["flinks-use-event-listener"]),
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["flinks-events"], _S["flinks-use-event-listener"]),
                    ),
                ),
            ),
            CodeInfo(
                "COMPONENT_LOAD_CREDENTIAL_RETRY",
                "The user clicks on retry after an authorize error",
                _C.INFORMATIONAL,
                (_S["flinks-events"], _S["flinks-use-event-listener"]),
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["flinks-events"], _S["flinks-use-event-listener"]),
                    ),
                ),
            ),
            CodeInfo(
                "COMPONENT_LOAD_INSTITUTION_SELECTOR",
                "The FI list page is loaded",
                _C.INFORMATIONAL,
                (_S["flinks-events"], _S["flinks-use-event-listener"]),
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["flinks-events"], _S["flinks-use-event-listener"]),
                    ),
                ),
            ),
            CodeInfo(
                "COMPONENT_LOAD_MFA",
                "The MFA page is loaded. Contains metadata that indicates what MFA challenges the user received (mfaTypes)",
                _C.INFORMATIONAL,
                (_S["flinks-events"], _S["flinks-use-event-listener"]),
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["flinks-events"], _S["flinks-use-event-listener"]),
                    ),
                ),
            ),
            CodeInfo(
                "COMPONENT_LOAD_MFA_RETRY",
                "The user clicks on retry after a failed MFA challenge.",
                _C.INFORMATIONAL,
                (_S["flinks-events"], _S["flinks-use-event-listener"]),
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["flinks-events"], _S["flinks-use-event-listener"]),
                    ),
                ),
            ),
            CodeInfo(
                "DISABLED_INSTITUTION",
                "An Institution is disabled.",
                _C.INSTITUTION_UNAVAILABLE,
                (_S["flinks-events"], _S["flinks-use-event-listener"]),
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["flinks-events"], _S["flinks-use-event-listener"]),
                    ),
                ),
            ),
            CodeInfo(
                "ENHANCED_MFA_HAS_QUESTIONS",
                "When there is unanswered question using enhancedMFA=true",
                _C.INFORMATIONAL,
                (_S["flinks-events"], _S["flinks-use-event-listener"]),
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (_S["flinks-events"], _S["flinks-use-event-listener"]),
                    ),
                ),
            ),
            CodeInfo(
                "ENHANCED_MFA_NO_QUESTIONS",
                "With enhancedMFA=true, every question has an answer.",
                _C.INFORMATIONAL,
                (_S["flinks-events"], _S["flinks-use-event-listener"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "INSTITUTION_SELECTED",
                "The user selected an institution.",
                _C.INFORMATIONAL,
                (_S["flinks-oauth-article"], _S["flinks-connect-integrations"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SUBMIT_CREDENTIAL",
                "The user submitted their credentials.",
                _C.INFORMATIONAL,
                (_S["flinks-oauth-article"], _S["flinks-connect-integrations"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "SUBMIT_MFA",
                "The user submitted an MFA answer.",
                _C.INFORMATIONAL,
                (_S["flinks-connect-integrations"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "REDIRECT",
                "The connection succeeded and Flinks Connect redirects; the event carries institution and url (with loginId).",
                _C.SUCCESS,
                (_S["flinks-successful-connection"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "TOKEN_INVALID",
                "Flinks Connect reported that its authorize token is invalid.",
                _C.SESSION_EXPIRED,
                (_S["flinks-connect-integrations"],),
                editorial=True,
                notes="Flinks publishes no text for this step. Public integrations reload Flinks Connect with a new authorize token on it; Flinks' troubleshooting page says an authorize token is single-use and expires after 30 minutes if unused.",
                wording=(
                    Wording("description", "bankcodes", ()),
                    Wording(
                        "notes",
                        "bankcodes",
                        (_S["flinks-connect-integrations"], _S["flinks-authorize-troubleshooting"]),
                    ),
                ),
            ),
        ),
    )
    return ConnectStep


def _WebhookResponseType() -> type[CodeEnum]:
    class WebhookResponseType(CodeEnum):
        """Webhook ResponseType: The ResponseType of a Flinks webhook; the body is the API payload itself, without an envelope. Flinks also sends Investments, Flinks Pay and Flinks Upload fraud-alert webhooks, whose ResponseType values are not published.

        Wire field: webhook.ResponseType."""

        KYC = "KYC"
        GetAccountsDetail = "GetAccountsDetail"

    register(
        WebhookResponseType,
        CodeSetInfo(
            "flinks",
            "webhook_response_type",
            "Webhook ResponseType",
            "The ResponseType of a Flinks webhook; the body is the API payload itself, without an envelope. Flinks also sends Investments, Flinks Pay and Flinks Upload fraud-alert webhooks, whose ResponseType values are not published.",
            "webhook.ResponseType",
            (_S["flinks-webhooks-intro"],),
        ),
        (
            CodeInfo(
                "KYC",
                "The account holder's data, sent early in the flow.",
                _C.INFORMATIONAL,
                (_S["flinks-webhooks-intro"], _S["flinks-kyc"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "GetAccountsDetail",
                "The same body as a 200 GetAccountsDetail response.",
                _C.INFORMATIONAL,
                (_S["flinks-webhooks-intro"], _S["flinks-getaccountsdetail"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
        ),
    )
    return WebhookResponseType


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        __getattr__(name)
        for name in ("ApiErrorCode", "ConnectError", "ConnectStep", "WebhookResponseType")
    )


_NAMES = LazyNames(
    __name__,
    {
        "CODE_SETS": _CODE_SETS,
        "ApiErrorCode": _ApiErrorCode,
        "ConnectError": _ConnectError,
        "ConnectStep": _ConnectStep,
        "WebhookResponseType": _WebhookResponseType,
    },
)


def __getattr__(name: str) -> object:
    return _NAMES.load(name)


def __dir__() -> list[str]:
    return _NAMES.names()


__all__ = _NAMES.public()
