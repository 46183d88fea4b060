"""Every code of the five seed documents, with its exact published text, as an explicit list.

These are copied from the source documents (not from the catalog or the generated code), so the
coverage tests compare the package against the documents themselves.
"""

from __future__ import annotations

# Seed 000 — Lean LinkSDK statuses.
LEAN_CALLBACK_STATUSES = (
    "SUCCESS",
    "ERROR",
    "CANCELLED",
    "REDIRECT",
    "LINK_CLOSED_PROGRAMMATICALLY",
)

LEAN_SECONDARY_STATUSES: tuple[tuple[str, str], ...] = (
    ("OK", "Successful connection"),
    ("ACTIVE", "Successful connection"),
    ("ACCEPTED_BY_BANK", "Bank confirmed payment initiation"),
    ("PENDING_WITH_BANK", "Payment is pending with the bank"),
    ("FAILED", "Generic failure"),
    ("UNKNOWN", "Generic failure"),
    ("REJECTED_BY_BANK", "Bank rejected the operation"),
    ("MFA_ATTEMPTS_EXHAUSTED", "User has attempted too many MFAs"),
    ("INVALID_CREDENTIALS", "User entered incorrect credentials"),
    ("CREDENTIALS_UPDATE_REQUIRED", "User has updated their username / password"),
    ("MFA_REQUIRED", "User needs to enter an OTP"),
    ("INVALID_MFA", "User entered an incorrect OTP"),
    ("REQUIRES_LOGIN_MFA", "User needs to enter an OTP"),
    ("AWAITING_LOGIN_MFA_TOKEN", "User needs to enter an OTP"),
    ("INVALID_LOGIN_MFA", "User needs to enter an OTP"),
    ("AWAITING_PAYMENT_MFA_TOKEN", "User needs to enter an OTP"),
    ("INVALID_PAYMENT_MFA", "User needs to enter an OTP"),
    ("REQUIRES_BENEFICIARY_MFA", "User needs to enter an OTP"),
    ("INVALID_BENEFICIARY_MFA", "User entered an incorrect OTP"),
    ("REQUIRES_MFA", "User needs to enter an OTP"),
    ("AWAITING_APP_AUTH", "User needs to confirm the transaction in a third party app"),
    ("PENDING_BENEFICIARY_COOL_OFF", "User's payment source is in a cool off state"),
    ("AWAITING_END_USER_AUTHORIZATION", "User needs to approve the transaction"),
    ("REQUIRES_LOGIN_SECURITY_QUESTIONS", "User needs to enter security question(s)"),
    (
        "INVALID_LOGIN_SECURITY_QUESTION_ANSWER",
        "User entered incorrect security question answer(s)",
    ),
    ("REQUIRES_BENEFICIARY_SECURITY_QUESTIONS", "User needs to enter security question(s)"),
    (
        "INVALID_BENEFICIARY_SECURITY_QUESTION_ANSWER",
        "User entered incorrect security question answer(s)",
    ),
    (
        "SECURITY_QUESTION_ATTEMPTS_EXHAUSTED",
        "User has exhausted security question answer attempts",
    ),
    ("SECURITY_QUESTION_ANSWER_REQUIRED", "User needs to enter security question(s)"),
    ("INVALID_SECURITY_QUESTION_ANSWER", "User entered incorrect security question answer(s)"),
    ("AWAITING_PAYMENT_SECURITY_QUESTIONS", "User needs to enter security question(s)"),
    ("INVALID_PAYMENT_SECURITY_ANSWERS", "User entered incorrect security question answer(s)"),
    (
        "SECURITY_QUESTION_ANSWER_ATTEMPTS_EXHAUSTED",
        "User has exhausted security question answer attempts",
    ),
    ("PAYMENT_SOURCE_ACCOUNT_BALANCES", "User requested account balances"),
    ("PAYMENT_SOURCE_ACCOUNT_BALANCES_OK", "User recieved account balances"),
    (
        "PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_MFA",
        "User prompted for OTP to view latest balances",
    ),
    (
        "PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_MFA",
        "User entered incorrect MFA to view latest balances",
    ),
    (
        "PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_SECURITY_QUESTION_ANSWER",
        "User prompted for security questions to view balances",
    ),
    (
        "PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_SECURITY_QUESTION_ANSWER",
        "User entered incorrect details for a security question",
    ),
    (
        "PAYMENT_SOURCE_ACCOUNT_BALANCES_FAILED",
        "Lean was unable to update a user's account balances",
    ),
    (
        "PAYMENT_SOURCE_ACCOUNT_BALANCES_CREDENTIALS_UPDATE_REQUIRED",
        "User needs to update credentials",
    ),
    ("PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_CREDENTIALS", "User entered incorrect credentials"),
    (
        "PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_SECURITY_QUESTION_ATTEMPTS",
        "User exhausted security question answer attempts",
    ),
    ("PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_MFA_ATTEMPTS", "User exhausted OTP entry attempts"),
)

# Seed 001 — Flinks Authorize status codes: (HTTP status, code, description, other texts of the
# row: message, steps to reproduce or sandbox credentials). The 200 row's code is "N/A".
FLINKS_AUTHORIZE_ROWS: tuple[tuple[int, str, str, tuple[str, ...]], ...] = (
    (200, "N/A", "The connection was successful.", ("Complete a successful request.",)),
    (
        202,
        "OPERATION_PENDING",
        "The process is ongoing in the background. At this point your flow must change to the "
        "async endpoint",
        (
            "Your operation is still processing.",
            "Perform a cached flow immediately after Authorizing a new account",
        ),
    ),
    (
        202,
        "OPERATION_DISPATCHED",
        "Your sync request took more than 210 seconds and it was dispatched in the background.",
        (
            "Your operations had been dispatched to background process for long running jobs",
            "Have a live request to gather GetAccountDetails in more than 210 seconds",
        ),
    ),
    (
        400,
        "INVALID_LOGIN",
        "The provided LoginId is invalid",
        (
            "The LoginId provided is either invalid or does not belong to the CustomerId",
            "Call the Authorize endpoint using a non existent LoginId",
        ),
    ),
    (
        400,
        "INVALID_LOGIN",
        "The provided username or/and password is/are invalid",
        (
            "The card number (username) or password provided is invalid",
            "Call the Authorize endpoint using non valid credentials",
        ),
    ),
    (
        400,
        "INVALID_REQUEST",
        "Credentials are missing/incomplete, or syntax is incorrect (e.g. missing comma)",
        (
            "Message returned will depend on the error (e.g. missing value, incorrect syntax, "
            "etc.)",
            "In input, make a typo, remove a comma, etc.",
        ),
    ),
    (
        400,
        "SESSION_NONEXISTENT",
        "A request was made with an expired RequestId",
        (
            "Inputs session id or card if were not found.",
            "Use an old RequestId for a new request",
        ),
    ),
    (
        400,
        "CARD_IN_USE",
        "An operation was requested while the account is still being processed.",
        ("Call the DeleteCard endpoint immediately after Authorizing a new account",),
    ),
    (
        401,
        "INVALID_USERNAME",
        "The username provided was different from what the bank expected",
        ("Provide an invalid username to an Authorize request",),
    ),
    (
        401,
        "INVALID_PASSWORD",
        "The password provided was different from what the bank expected",
        ("Provide an invalid password to an Authorize request",),
    ),
    (
        401,
        "INVALID_SECURITY_RESPONSE",
        "The MFA response provided was different from what the bank expected",
        ("Provide an invalid MFA answer to an Authorize request",),
    ),
    (401, "QUESTION_NOT_FOUND", "The MFA prompt doesn't have a stored answer", ()),
    (
        401,
        "RETRY_LATER",
        "Flinks was not able to open a connection with the selected financial institution",
        ("test_service_unavailable", "Everyday"),
    ),
    (
        401,
        "UNKNOWN_CHALLENGE_KEY",
        "The /Authorize request to respond an MFA contain an answer to the wrong MFA prompt.",
        (
            '"One or more of the Security Challenge Prompts required are missing in the provided '
            'response"',
            "Change the MFA prompted, or leave the MFA prompt blank in the input Change the MFA "
            "response or leave the MFA response blank",
        ),
    ),
    (
        401,
        "CONCURRENT_SESSION",
        "Another session is already opened with this LoginId",
        ("Open two requests simultaneously with the same account",),
    ),
    (
        401,
        "UNAUTHORIZED",
        "The card was not authorized. Either there is a problem with bank, or the "
        "GetAccountsDetail endpoint was called before authorized",
        (
            "You need to be authorized in the bank account before going further.",
            "Call the GetAccountsDetail endpoint during an MFA prompt without answering the MFA "
            "question",
        ),
    ),
    (
        401,
        "DISABLED_LOGIN",
        "The account has been deactivated by the financial institution. The account holder must "
        "contact their bank",
        ("Log into a deactivated account",),
    ),
    (
        401,
        "NEW_ACCOUNT",
        "The end user must take action directly on their online banking before connecting and "
        "account with Flinks",
        (
            "Login to an account where user must take action on bank's website (e.g. to accept a "
            "consent form)",
        ),
    ),
    (
        401,
        "SESSION_EXPIRED",
        "The RequestId expired after 8 mins of inactivity during Authorize or 30 mins timeout for "
        "data processing",
        ("Wait at least 8 minutes before responding to MFA",),
    ),
    (
        401,
        "ALREADY_AUTHORIZED",
        "When the /Authorize endpoint is called after the user has already been authorized",
        ("Answer an MFA for an already authorized requestid",),
    ),
    (
        401,
        "SECURITYRESPONSES_INCOMPLETE",
        "Not all the prompted MFA questions had answers in the reponse request",
        ("Not answer all MFA questions prompted in 3 question MFA prompt",),
    ),
)

# Seed 004 — Flinks Connect handled errors: (event, HTTP code, description, user action,
# listener group label from the page's example switch).
FLINKS_CONNECT_ERRORS: tuple[tuple[str, int, str, str, str], ...] = (
    (
        "INVALID_USERNAME",
        401,
        "The username provided was different from what the bank expected.",
        "Customer should re-enter their username.",
        "Credential error",
    ),
    (
        "INVALID_PASSWORD",
        401,
        "The password provided was different from what the bank expected.",
        "Customer should re-enter their password.",
        "Credential error",
    ),
    (
        "INVALID_LOGIN",
        401,
        "The provided credentials are incorrect.",
        "Customer should verify and re-enter their login details.",
        "Credential error",
    ),
    (
        "INVALID_SECURITY_RESPONSE",
        401,
        "The MFA response provided was different from what the bank expected.",
        "Customer should try answering the security question again.",
        "MFA error",
    ),
    (
        "RETRY_LATER",
        401,
        "Flinks was unable to open a connection with the financial institution.",
        "Customer should try again later.",
        "Temporary error",
    ),
    (
        "UNAUTHORIZED",
        401,
        "The institution did not authorize access.",
        "Customer may need to complete additional steps on their bank\u2019s website.",
        "Account issue",
    ),
    (
        "NEW_ACCOUNT",
        401,
        "The customer must take action directly on their online banking before connecting.",
        "Customer should log in to their bank website first (e.g., accept terms).",
        "Account issue",
    ),
    (
        "AGGREGATION_ERROR",
        500,
        "Flinks encountered an unexpected error during processing.",
        "Customer should try again. If the issue persists, contact support.",
        "Temporary error",
    ),
    (
        "DISABLED_INSTITUTION",
        405,
        "The selected financial institution is not currently available.",
        "Customer should try a different institution or try again later.",
        "Account issue",
    ),
    (
        "DISABLED_LOGIN",
        401,
        "The account has been deactivated by the financial institution.",
        "Customer must contact their bank to reactivate the account.",
        "Account issue",
    ),
)

# Seed 003 — Argyle bank connection errors: (code, API message).
ARGYLE_BANK_CONNECTION_ERRORS: tuple[tuple[str, str], ...] = (
    (
        "account_closed",
        "The selected account could not be found or is no longer available at the banking "
        "institution.",
    ),
    (
        "account_not_found",
        "The selected account could not be found or is no longer available at the banking "
        "institution.",
    ),
    ("generic_error", "A connection error occurred while trying to verify the account."),
    (
        "institution_not_supported",
        "The selected banking institution does not currently support connections.",
    ),
    ("invalid_credentials", "The borrower provided invalid banking login credentials."),
    (
        "mfa_issue_encountered",
        "A multi-factor authentication or security verification step was not completed "
        "successfully.",
    ),
    (
        "one_time_passcode_issue",
        "There is a temporary issue preventing a successful connection to the borrower\u2019s "
        "banking institution right now.",
    ),
    ("report_generation_failed", "We could not generate the requested banking report."),
    (
        "temporary_connection_issue",
        "There is a temporary issue preventing a successful connection to the borrower\u2019s "
        "banking institution right now.",
    ),
    (
        "token_invalid_or_expired",
        "The borrower needs to reconnect their account to restore access and complete "
        "verification.",
    ),
    (
        "user_action_required_at_institution",
        "The borrower must sign in directly at their banking institution and complete an account "
        "action before reconnecting.",
    ),
)

# Seed 003 also names the verification state and webhook it relies on.
ARGYLE_SEED_STATE = "PAUSED"
ARGYLE_SEED_WEBHOOK = "verifications.updated"

# Seed 002 — Lean flows: method -> (required fields, optional fields) as its tables list them.
LEAN_FLOW_FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "connect": (
        ("app_token", "customer_id", "permissions"),
        (
            "access_token",
            "bank_identifier",
            "account_type",
            "access_from",
            "access_to",
            "end_user_id",
            "customer_metadata",
            "show_consent_explanation",
            "destination_alias",
            "destination_avatar",
        ),
    ),
    "reconnect": (
        ("app_token", "reconnect_id"),
        ("access_token", "destination_alias", "destination_avatar"),
    ),
}
LEAN_SHARED_FIELDS = ("sandbox", "language", "customization", "callback")
LEAN_CONNECT_OUTCOMES: tuple[tuple[str, str], ...] = (
    ("SUCCESS", "a Payment Source / Entity has been created. Lean will send a webhook."),
    ("CANCELLED", "user closed the SDK before granting consent."),
    ("ERROR", "inspect secondary_status \u2014 see LinkSDK statuses."),
)
LEAN_DEPRECATED_METHODS: tuple[tuple[str, str], ...] = (
    ("createBeneficiary", "updatePaymentSource"),
    ("createPaymentSource", "connect"),
)
