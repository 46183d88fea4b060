"""What GoCardless's OpenAPI document publishes of its errors: swagger.json ("GoCardless Bank
Account Data API", version "2.0 (v2)"), read whole in the copy andrejvysny/spendly keeps
(docs/gocardless.swagger.json at 427f9ddadd6086d10827f8d1673fbf016e832c5c). Typed from the
document's example error bodies (every response of status 400 and above): each summary with the
statuses it answers and the detail of its first example, with the line of that example. The
catalog is compared with these lists in tests/catalog/test_gocardless_openapi.py."""

from __future__ import annotations

COPY = (
    "https://github.com/andrejvysny/spendly/blob/427f9ddadd6086d10827f8d1673fbf016e832c5c/"
    "docs/gocardless.swagger.json"
)

#: The fixed summaries of its error bodies ({summary, detail, status_code}): summary ->
#: (statuses, detail of the first example), in the document's order. The three "Couldn't
#: update account …" summaries answer account endpoint errors, whose type says why and whose
#: detail follows the type (None here).
SUMMARIES: dict[str, tuple[tuple[int, ...], str | None]] = {
    # line 46
    "Not found.": ((404,), "Not found."),
    # line 75
    "Rate limit exceeded": (
        (429,),
        "The rate limit for this resource is <times>/<time_period>. Please try again in "
        "<time_left> seconds",
    ),
    # line 96
    "Invalid token": ((401,), "Token is invalid or expired"),
    # line 117
    "IP address access denied": (
        (403,),
        "Your IP $IP_ADDRESS isn't whitelisted to perform this action",
    ),
    # lines 234, 563, 951
    "Couldn't update account balances": ((401, 403, 429, 500, 503), None),
    "Couldn't update account details": ((401, 403, 429, 500, 503), None),
    "Couldn't update account transactions": ((401, 403, 429, 500, 503), None),
    # line 315
    "End User Agreement (EUA) access scope error": (
        (403,),
        "EUA doesn't allow access to account balances. Check EUA access scope. Or create new EUA "
        "with correct access scope",
    ),
    # line 324
    "No valid End User Agreement": (
        (403,),
        "Account exists but there is no valid End User Agreement permitting you to access it",
    ),
    # line 365
    "Invalid Account ID": ((400,), "$ACCOUNT_ID is not a valid Account UUID. "),
    # line 408
    "Account suspended": (
        (409,),
        "This account or its requisition was suspended due to numerous errors that occurred "
        "while accessing it.",
    ),
    # line 1091
    "Incorrect date range": (
        (400,),
        "Starting date '2025-06-23' is greater than end date '2025-06-13'. When specifying date "
        "range, starting date must precede the end date",
    ),
    # line 1499
    "Payment Required": ((402,), "Free usage limit exceeded"),
    # line 1625
    "Invalid ID": ((400,), "272785d5-de45-4efb-aa1a-f8157ffa94 is not a valid UUID."),
    # line 1750
    "End user agreement needs to be accepted.": ((400,), "EUA '$EUA_ID' is not accepted."),
    # line 1917
    "EUA cannot be accepted more than once": (
        (405,),
        "End User Agreements cannot be accepted more than once",
    ),
    # line 1938
    "Insufficient permissions": (
        (403,),
        "Your company doesn't have permission to accept EUA. You'll have to use our default form "
        "for this action.",
    ),
    # line 2094
    "Reconfirmation is not enabled.": (
        (400,),
        "Reconfirmation is not enabled for agreement '$EUA_ID'.",
    ),
    # line 2298
    "Reconfirmation requested after acceptance period.": (
        (400,),
        "For EUA '$EUA_ID' reconfirmation period was until 2025-06-27 17:27:28.982635.",
    ),
    # line 2307
    "No accounts left to reconfirm.": (
        (400,),
        "For EUA '$EUA_ID' with access valid for 180 days there are no accounts left to "
        "reconfirm after 2025-06-27 17:27:28.982663.",
    ),
    # line 2792
    "Invalid country choice.": ((400,), "GBA is not a valid choice."),
    # line 2801
    "Unknown fields": ((400,), "Unknown fields {${FIELD}} in {${LOCATION}}"),
    # line 3860
    "Authentication failed": ((401,), "No active account found with the given credentials"),
}
#: The summaries that name the object they are about (lines 54 and 265): no fixed text. The
#: example YouDon'tHavePermissionsForReconfirmation (line 1550) has an empty summary.
NAMING_SUMMARIES = (
    "Account ID $ACC_ID not found",
    "End User Agreement (EUA) $EUA_ID has expired",
)

#: The fixed summaries of its field-level error bodies ({<field>: {summary, detail} or a list
#: of them, status_code}), all answering 400: summary -> (field, detail), in the document's
#: order.
FIELD_SUMMARIES: dict[str, tuple[str, str]] = {
    # line 1384
    "Institution access scope dependencies error": (
        "access_scope",
        "For this institution the following scopes are required together: ['balances', 'details']",
    ),
    # line 1392
    "Unsupported access scope selected.": (
        "access_scope",
        "The access scopes supported by the institution are ['transactions']. The following "
        "scopes are not supported: ['details', 'balances']",
    ),
    # line 1396
    "Field 'access_scope' may not be an empty list.": (
        "access_scope",
        "Please choose one or several of ['balances', 'details', 'transactions'].",
    ),
    # line 1409
    "Incorrect max_historical_days": (
        "max_historical_days",
        "max_historical_days must be > 0 and <= N26_NTSBDEB1 transaction_total_days (90)",
    ),
    # line 1422
    "Incorrect access_valid_for_days": (
        "access_valid_for_days",
        "access_valid_for_days must be > 0 and <= 180",
    ),
    # line 1445
    "Reconfirmation not supported": (
        "reconfirmation",
        "Reconfirmation not supported for $INSTITUTION_ID",
    ),
    # line 1456
    "Reconfirmation is not allowed": (
        "reconfirmation",
        "Reconfirmation is not allowed when access_valid_for_days <= 90 days.",
    ),
    # line 2287
    "Invalid redirect URI": ("redirect", "Redirect URI must have a valid URI structure"),
    # line 3296
    "Client reference must be unique": (
        "reference",
        "Client reference: $REFERENCE_ID already exists",
    ),
    # line 3307
    "Provided user_language is invalid or not supported": (
        "user_language",
        "'$LNG_CODE' is an invalid or unsupported language",
    ),
    # line 3323
    "Invalid EndUserAgreement ID": (
        "agreement",
        "$AGREEMENT_ID is not a valid EndUserAgreement UUID.  Please specify valid agreement "
        "from /api/agreements/enduser/ or create a new one",
    ),
    # line 3340
    "Redirect URL is required": (
        "redirect",
        "Where an end user will be redirected after finishing authentication in the Institution",
    ),
    # line 3357
    "SSN verification not supported": ("ssn", "SSN verification not supported for $INSTITUTION_ID"),
    # line 3361
    "verified not allowed": ("ssn", "'ssn' contains verified"),
    # line 3373
    "Account selection not supported": (
        "account_selection",
        "Account selection not supported for $INSTITUTION_ID",
    ),
}
#: The field summaries that name an object (lines 1368, 1380, 1434, 3319, 3327, 3429).
NAMING_FIELD_SUMMARIES = (
    "Unknown Institution ID $INSTITUTION_ID",
    "Unknown value '$SCOPE' in access_scope",
    "Incorrect Institution ID $INSTITUTION_ID",
    "Unknown Institution ID $ASPSP_ID",
    "Agreement $AGREEMENT_ID is already associated",
    "ID $AGREEMENT_ID not found",
)

#: The types of its account endpoint errors (GET /api/v2/accounts/{id}/balances/, details/,
#: transactions/): type -> (status, detail), in the document's order (lines 236 to 453).
ERROR_TYPES: dict[str, tuple[int, str]] = {
    "RateLimitError": (429, "Daily request limit set by the Institution has been exceeded."),
    "AccessExpiredError": (
        401,
        "Access has expired or it has been revoked. To restore access reconnect the account.",
    ),
    "AccountInactiveError": (401, "Account has been deactivated or it no longer exists."),
    "AccountAccessForbidden": (
        403,
        "Access to account is forbidden. The user might not have the necessary permissions.",
    ),
    "AccountResourceUnavailable": (
        403,
        "The requested resource is unavailable for this account. Certain resources may be "
        "restricted or unsupported for specific accounts.",
    ),
    "UnknownRequestError": (500, "Request to Institution returned an error"),
    "ServiceError": (503, "Institution service unavailable"),
    "ConnectionError": (503, "Couldn't connect to Institution"),
}
