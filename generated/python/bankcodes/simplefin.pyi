# generated from spec/catalog.json — do not edit (run `make generate`)
"""SimpleFIN (https://www.simplefin.org): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum, NumericCodeEnum

__all__ = ["CODE_SETS", "AccountError", "ConnectionError", "GeneralError", "ResponseStatus"]

class GeneralError(CodeEnum):
    """General error code: The general codes of a SimpleFIN error (an Error's code, in the Account Set's errlist: version 2 of the protocol, in draft), those whose prefix is gen.. ("Error codes are in the format `prefix.[subcode]`. Current valid prefixes are `gen`, `con` or `act` indicating General, Connection or Account errors respectively.") A general error concerns the whole request, no one connection or account. The categories are bankcodes' reading.

    Wire field: errlist[*].code (Account Set, version 2), or code (Error)."""

    gen = "gen."
    """General error"""
    gen_api = "gen.api"
    """Error in how the API is being used. This is meant for the developer and not the user."""
    gen_auth = "gen.auth"
    """General authentication error (to the SimpleFIN Server)"""

class ConnectionError(CodeEnum):
    """Connection error code: The connection-level codes of a SimpleFIN error (an Error's code, in the Account Set's errlist: version 2 of the protocol, in draft), those whose prefix is con.. ("Error codes are in the format `prefix.[subcode]`. Current valid prefixes are `gen`, `con` or `act` indicating General, Connection or Account errors respectively.") A connection error carries conn_id, the Connection it concerns (its Extra attributes column): it concerns that connection alone. The categories are bankcodes' reading.

    Wire field: errlist[*].code (Account Set, version 2), or code (Error)."""

    con = "con."
    """General connection-level error"""
    con_auth = "con.auth"
    """Authentication issue for a connection"""

class AccountError(CodeEnum):
    """Account error code: The account-level codes of a SimpleFIN error (an Error's code, in the Account Set's errlist: version 2 of the protocol, in draft), those whose prefix is act.. ("Error codes are in the format `prefix.[subcode]`. Current valid prefixes are `gen`, `con` or `act` indicating General, Connection or Account errors respectively.") An account error carries account_id, the Account it concerns (its Extra attributes column): it concerns that account alone. The categories are bankcodes' reading.

    Wire field: errlist[*].code (Account Set, version 2), or code (Error)."""

    act = "act."
    """General account-level error"""
    act_failed = "act.failed"
    """Failed to get account information. Try again later."""
    act_missingdata = "act.missingdata"
    """Incomplete transaction listing. Try again later."""

class ResponseStatus(NumericCodeEnum):
    """Response status: The HTTP status of a response of a SimpleFIN Server, as the protocol's Responses tables of POST /claim/:token and GET /accounts list them (read whole, in versions 1 and 2 alike). The categories are bankcodes' reading.

    Wire field: the HTTP status of a response."""

    OK = 200
    """Successful response"""
    PAYMENT_REQUIRED = 402
    """Payment required"""
    FORBIDDEN = 403
    """Authentication failed.  This could be because access has been revoked or if the credentials are incorrect."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum] | type[NumericCodeEnum], ...]
