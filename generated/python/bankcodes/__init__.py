# generated from spec/catalog.json — do not edit (run `make generate`)
"""bankcodes: the statuses and error codes of bank-account-linking providers (Lean Technologies, Flinks, Argyle),
with their metadata, a cross-provider category taxonomy and lenient parsing.

    >>> import bankcodes
    >>> from bankcodes.lean import SecondaryStatus
    >>> SecondaryStatus.parse("INVALID_MFA").category
    <Category.MFA_FAILED: 'mfa_failed'>
    >>> bankcodes.classify("flinks", "SOMETHING_NEW")
    <Category.UNKNOWN: 'unknown'>

Provider modules (lean, flinks, argyle) load on first use.
"""

from __future__ import annotations

from bankcodes.categories import Actor, Category

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

    from bankcodes import argyle as argyle
    from bankcodes import flinks as flinks
    from bankcodes import lean as lean
    from bankcodes._base import (
        CodeEnum,
        CodeInfo,
        CodeSetInfo,
        HttpStatus,
        Lifecycle,
        Scope,
        Source,
        TestUser,
        UnknownCode,
    )

#: Names of bankcodes._base re-exported here; they load on first use, like the provider modules.
_BASE_NAMES = frozenset(
    {
        "CodeEnum",
        "CodeInfo",
        "CodeSetInfo",
        "HttpStatus",
        "Lifecycle",
        "Scope",
        "Source",
        "TestUser",
        "UnknownCode",
    }
)

__version__ = "1.0.0"
#: The version of spec/catalog.json this package was generated from.
SPEC_VERSION = "1.0.0"
#: The provider ids accepted by classify and lookup.
PROVIDERS: tuple[str, ...] = ("lean", "flinks", "argyle")

_MODULES: dict[str, str] = {"lean": "lean", "flinks": "flinks", "argyle": "argyle"}

_C = Category
#: provider -> wire value (or alias) -> category of the first code set that knows it.
_CLASSIFY: dict[str, dict[str, Category]] = {
    "lean": {
        "SUCCESS": _C.SUCCESS,
        "ERROR": _C.GENERIC_FAILURE,
        "CANCELLED": _C.CANCELLED,
        "REDIRECT": _C.PENDING,
        "LINK_CLOSED_PROGRAMMATICALLY": _C.CANCELLED,
        "OK": _C.SUCCESS,
        "ACTIVE": _C.SUCCESS,
        "ACCEPTED_BY_BANK": _C.SUCCESS,
        "PENDING_WITH_BANK": _C.PENDING,
        "FAILED": _C.GENERIC_FAILURE,
        "UNKNOWN": _C.GENERIC_FAILURE,
        "REJECTED_BY_BANK": _C.REJECTED,
        "MFA_ATTEMPTS_EXHAUSTED": _C.ATTEMPTS_EXHAUSTED,
        "INVALID_CREDENTIALS": _C.CREDENTIALS_INVALID,
        "CREDENTIALS_UPDATE_REQUIRED": _C.RECONNECT_REQUIRED,
        "MFA_REQUIRED": _C.MFA_REQUIRED,
        "INVALID_MFA": _C.MFA_FAILED,
        "REQUIRES_LOGIN_MFA": _C.MFA_REQUIRED,
        "AWAITING_LOGIN_MFA_TOKEN": _C.MFA_REQUIRED,
        "INVALID_LOGIN_MFA": _C.MFA_FAILED,
        "AWAITING_PAYMENT_MFA_TOKEN": _C.MFA_REQUIRED,
        "INVALID_PAYMENT_MFA": _C.MFA_FAILED,
        "REQUIRES_BENEFICIARY_MFA": _C.MFA_REQUIRED,
        "INVALID_BENEFICIARY_MFA": _C.MFA_FAILED,
        "REQUIRES_MFA": _C.MFA_REQUIRED,
        "AWAITING_APP_AUTH": _C.MFA_REQUIRED,
        "PENDING_BENEFICIARY_COOL_OFF": _C.PENDING,
        "AWAITING_END_USER_AUTHORIZATION": _C.MFA_REQUIRED,
        "REQUIRES_LOGIN_SECURITY_QUESTIONS": _C.MFA_REQUIRED,
        "INVALID_LOGIN_SECURITY_QUESTION_ANSWER": _C.MFA_FAILED,
        "REQUIRES_BENEFICIARY_SECURITY_QUESTIONS": _C.MFA_REQUIRED,
        "INVALID_BENEFICIARY_SECURITY_QUESTION_ANSWER": _C.MFA_FAILED,
        "SECURITY_QUESTION_ATTEMPTS_EXHAUSTED": _C.ATTEMPTS_EXHAUSTED,
        "SECURITY_QUESTION_ANSWER_REQUIRED": _C.MFA_REQUIRED,
        "INVALID_SECURITY_QUESTION_ANSWER": _C.MFA_FAILED,
        "AWAITING_PAYMENT_SECURITY_QUESTIONS": _C.MFA_REQUIRED,
        "INVALID_PAYMENT_SECURITY_ANSWERS": _C.MFA_FAILED,
        "SECURITY_QUESTION_ANSWER_ATTEMPTS_EXHAUSTED": _C.ATTEMPTS_EXHAUSTED,
        "PAYMENT_SOURCE_ACCOUNT_BALANCES": _C.PENDING,
        "PAYMENT_SOURCE_ACCOUNT_BALANCES_OK": _C.SUCCESS,
        "PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_MFA": _C.MFA_REQUIRED,
        "PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_MFA": _C.MFA_FAILED,
        "PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_SECURITY_QUESTION_ANSWER": _C.MFA_REQUIRED,
        "PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_SECURITY_QUESTION_ANSWER": _C.MFA_FAILED,
        "PAYMENT_SOURCE_ACCOUNT_BALANCES_FAILED": _C.GENERIC_FAILURE,
        "PAYMENT_SOURCE_ACCOUNT_BALANCES_CREDENTIALS_UPDATE_REQUIRED": _C.RECONNECT_REQUIRED,
        "PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_CREDENTIALS": _C.CREDENTIALS_INVALID,
        "PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_SECURITY_QUESTION_ATTEMPTS": _C.ATTEMPTS_EXHAUSTED,
        "PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_MFA_ATTEMPTS": _C.ATTEMPTS_EXHAUSTED,
        "CONSENT_EXPIRED": _C.RECONNECT_REQUIRED,
        "LINK": _C.INFORMATIONAL,
        "RECONNECT": _C.INFORMATIONAL,
        "CREATE_PAYMENT_SOURCE": _C.INFORMATIONAL,
        "PAY": _C.INFORMATIONAL,
        "USER_CANCELLED_PAYMENT": _C.CANCELLED,
        "USER_COMPLETED_PAYMENT": _C.PENDING,
        "identity": _C.INFORMATIONAL,
        "accounts": _C.INFORMATIONAL,
        "balance": _C.INFORMATIONAL,
        "transactions": _C.INFORMATIONAL,
        "payments": _C.INFORMATIONAL,
        "identities": _C.INFORMATIONAL,
        "beneficiaries": _C.INFORMATIONAL,
        "direct_debits": _C.INFORMATIONAL,
        "directDebits": _C.INFORMATIONAL,
        "standing_orders": _C.INFORMATIONAL,
        "standingOrders": _C.INFORMATIONAL,
        "scheduled_payments": _C.INFORMATIONAL,
        "scheduledPayments": _C.INFORMATIONAL,
        "connect": _C.INFORMATIONAL,
        "reconnect": _C.INFORMATIONAL,
        "pay": _C.INFORMATIONAL,
        "checkout": _C.INFORMATIONAL,
        "updatePaymentSource": _C.INFORMATIONAL,
        "verifyAddress": _C.INFORMATIONAL,
        "authorizeConsent": _C.INFORMATIONAL,
        "manageConsents": _C.INFORMATIONAL,
        "captureRedirect": _C.INFORMATIONAL,
        "createBeneficiary": _C.INFORMATIONAL,
        "createPaymentSource": _C.INFORMATIONAL,
        "link": _C.INFORMATIONAL,
        "entity.created": _C.INFORMATIONAL,
        "entity.updated": _C.INFORMATIONAL,
        "entity.reconnected": _C.INFORMATIONAL,
        "entity.data.refresh.updated": _C.INFORMATIONAL,
        "results.ready": _C.INFORMATIONAL,
        "payment_source.created": _C.INFORMATIONAL,
        "payment_source.beneficiary.created": _C.INFORMATIONAL,
        "payment_source.beneficiary.updated": _C.INFORMATIONAL,
        "payment_intent.created": _C.INFORMATIONAL,
        "payment.created": _C.INFORMATIONAL,
        "payment.updated": _C.INFORMATIONAL,
        "payment.transaction": _C.INFORMATIONAL,
        "payment.reconciliation.updated": _C.INFORMATIONAL,
        "bank.availability.updated": _C.INFORMATIONAL,
        "consent.status.updated": _C.INFORMATIONAL,
        "CREATED": _C.PENDING,
        "PROCESSING": _C.PENDING,
        "PROCESSED": _C.SUCCESS,
        "AWAITING_BENEFICIARY_COOL_OFF": _C.PENDING,
        "INTENT_CREATED": _C.PENDING,
        "RECONCILED": _C.SUCCESS,
        "PENDING": _C.PENDING,
        "FINISHED": _C.SUCCESS,
        "RECONNECT_REQUIRED": _C.RECONNECT_REQUIRED,
        "UNSEEN_BANK_ERROR": _C.GENERIC_FAILURE,
        "BANK_MAINTENANCE": _C.INSTITUTION_UNAVAILABLE,
        "BANK_ISSUE": _C.INSTITUTION_UNAVAILABLE,
        "LEAN_ERROR": _C.GENERIC_FAILURE,
        "DISABLED_BY_LEAN": _C.INSTITUTION_UNAVAILABLE,
        "DISABLED_BY_CLIENT": _C.INTEGRATION_ERROR,
        "DUPLICATED_REQUEST": _C.INTEGRATION_ERROR,
        "CERTIFICATE_TOKEN_MISMATCH": _C.INTEGRATION_ERROR,
        "CUSTOMER_ALREADY_EXISTS": _C.INTEGRATION_ERROR,
        "INCORRECT_ACCESS_LEVEL": _C.INTEGRATION_ERROR,
        "INSUFFICIENT_ACCESS_LEVEL": _C.INTEGRATION_ERROR,
        "INTERNAL_SERVER_ERROR": _C.GENERIC_FAILURE,
        "INVALID_CERTIFICATE": _C.INTEGRATION_ERROR,
        "INVALID_HTTP_METHOD": _C.INTEGRATION_ERROR,
        "INVALID_PARAMETERS": _C.INTEGRATION_ERROR,
        "INVALID_URL": _C.INTEGRATION_ERROR,
        "MISSING_PARAMETERS": _C.INTEGRATION_ERROR,
        "RATE_LIMIT_EXCEEDED": _C.RATE_LIMITED,
        "AWAITING_AUTHORISATION": _C.PENDING,
        "AUTHORISED": _C.SUCCESS,
        "REVOKED": _C.CANCELLED,
        "REJECTED": _C.REJECTED,
        "EXPIRED": _C.RECONNECT_REQUIRED,
        "CONSUMED": _C.SUCCESS,
        "SUSPENDED": _C.REJECTED,
        "END_USER_REQUESTED": _C.INFORMATIONAL,
        "CONSENT_RENEWAL": _C.INFORMATIONAL,
        "KYC_VERIFICATION_FAILED": _C.INFORMATIONAL,
        "REGULATORY_RESTRICTION": _C.INFORMATIONAL,
        "FRAUD_SUSPECTED": _C.INFORMATIONAL,
        "CLIENT_TERMINATED_RELATIONSHIP": _C.INFORMATIONAL,
        "ACCOUNT_CLOSED_BY_USER": _C.INFORMATIONAL,
        "DUPLICATE_CONSENT": _C.INFORMATIONAL,
    },
    "flinks": {
        "OK": _C.SUCCESS,
        "CREATED": _C.SUCCESS,
        "OPERATION_PENDING": _C.PENDING,
        "OPERATION_DISPATCHED": _C.PENDING,
        "INVALID_LOGIN": _C.CREDENTIALS_INVALID,
        "INVALID_REQUEST": _C.INTEGRATION_ERROR,
        "SESSION_NONEXISTENT": _C.SESSION_EXPIRED,
        "CARD_IN_USE": _C.CONCURRENT_OPERATION,
        "ACCESS_DENIED": _C.INTEGRATION_ERROR,
        "INVALID_USERNAME": _C.CREDENTIALS_INVALID,
        "INVALID_PASSWORD": _C.CREDENTIALS_INVALID,
        "INVALID_SECURITY_RESPONSE": _C.MFA_FAILED,
        "INVALID_SECURITY_RESPONSE_NO_RETRY": _C.ATTEMPTS_EXHAUSTED,
        "QUESTION_NOT_FOUND": _C.MFA_REQUIRED,
        "RETRY_LATER": _C.INSTITUTION_UNAVAILABLE,
        "TOO_MANY_REQUESTS": _C.RATE_LIMITED,
        "UNKNOWN_CHALLENGE_KEY": _C.INTEGRATION_ERROR,
        "CONCURRENT_SESSION": _C.CONCURRENT_OPERATION,
        "UNAUTHORIZED": _C.INTEGRATION_ERROR,
        "DISABLED_LOGIN": _C.ACCOUNT_UNAVAILABLE,
        "NEW_ACCOUNT": _C.ACTION_REQUIRED_AT_INSTITUTION,
        "SESSION_EXPIRED": _C.SESSION_EXPIRED,
        "ALREADY_AUTHORIZED": _C.INTEGRATION_ERROR,
        "SECURITYRESPONSES_INCOMPLETE": _C.MFA_FAILED,
        "AGGREGATION_ERROR": _C.GENERIC_FAILURE,
        "DISABLED_INSTITUTION": _C.INSTITUTION_UNAVAILABLE,
        "APP_MOUNTED": _C.INFORMATIONAL,
        "APP_ONLINE": _C.INFORMATIONAL,
        "APP_OFFLINE": _C.INFORMATIONAL,
        "APP_RESIZE": _C.INFORMATIONAL,
        "ACCOUNT_SELECTED": _C.INFORMATIONAL,
        "COMPONENT_ACCEPT_CONSENT": _C.INFORMATIONAL,
        "COMPONENT_ACCEPT_PROVIDER_CONSENT": _C.INFORMATIONAL,
        "COMPONENT_ACCEPT_TERMS": _C.INFORMATIONAL,
        "COMPONENT_CLICK_RESET_PASSWORD": _C.INFORMATIONAL,
        "COMPONENT_CLICK_TERMS_URL": _C.INFORMATIONAL,
        "COMPONENT_CLOSE_SESSION": _C.INFORMATIONAL,
        "COMPONENT_DENY_CONSENT": _C.INFORMATIONAL,
        "COMPONENT_DENY_TERMS": _C.INFORMATIONAL,
        "COMPONENT_HELP2FA_INFO": _C.INFORMATIONAL,
        "COMPONENT_HELP2FA_TROUBLESHOOTING": _C.INFORMATIONAL,
        "COMPONENT_LOAD_ACCOUNT_SELECTION": _C.INFORMATIONAL,
        "COMPONENT_LOAD_CONSENT": _C.INFORMATIONAL,
        "COMPONENT_LOAD_CREDENTIAL": _C.INFORMATIONAL,
        "COMPONENT_LOAD_CREDENTIAL_RETRY": _C.INFORMATIONAL,
        "COMPONENT_LOAD_INSTITUTION_SELECTOR": _C.INFORMATIONAL,
        "COMPONENT_LOAD_MFA": _C.INFORMATIONAL,
        "COMPONENT_LOAD_MFA_RETRY": _C.INFORMATIONAL,
        "ENHANCED_MFA_HAS_QUESTIONS": _C.INFORMATIONAL,
        "ENHANCED_MFA_NO_QUESTIONS": _C.INFORMATIONAL,
        "INSTITUTION_SELECTED": _C.INFORMATIONAL,
        "SUBMIT_CREDENTIAL": _C.INFORMATIONAL,
        "SUBMIT_MFA": _C.INFORMATIONAL,
        "REDIRECT": _C.SUCCESS,
        "TOKEN_INVALID": _C.INFORMATIONAL,
        "KYC": _C.INFORMATIONAL,
        "GetAccountsDetail": _C.INFORMATIONAL,
    },
    "argyle": {
        "account_closed": _C.ACCOUNT_UNAVAILABLE,
        "account_not_found": _C.ACCOUNT_UNAVAILABLE,
        "generic_error": _C.GENERIC_FAILURE,
        "institution_not_supported": _C.INSTITUTION_NOT_SUPPORTED,
        "invalid_credentials": _C.CREDENTIALS_INVALID,
        "mfa_issue_encountered": _C.MFA_FAILED,
        "one_time_passcode_issue": _C.MFA_FAILED,
        "report_generation_failed": _C.GENERIC_FAILURE,
        "temporary_connection_issue": _C.INSTITUTION_UNAVAILABLE,
        "token_invalid_or_expired": _C.RECONNECT_REQUIRED,
        "user_action_required_at_institution": _C.ACTION_REQUIRED_AT_INSTITUTION,
        "PENDING": _C.PENDING,
        "PROCESSING": _C.PENDING,
        "PAUSED": _C.USER_ACTION_REQUIRED,
        "CANCELLED": _C.CANCELLED,
        "COMPLETED": _C.SUCCESS,
        "pending": _C.PENDING,
        "documents_processing": _C.PENDING,
        "more_data_required": _C.USER_ACTION_REQUIRED,
        "report_available": _C.SUCCESS,
        "waiting_on_third_party": _C.PENDING,
        "report_generating": _C.PENDING,
        "argyle_timeout": _C.CANCELLED,
        "cancelled_by_client": _C.CANCELLED,
        "completed": _C.SUCCESS,
        "completed_with_errors": _C.SUCCESS,
        "user_session_started": _C.PENDING,
        "authenticated": _C.PENDING,
        "self-employed_income": _C.USER_ACTION_REQUIRED,
        "verifications.updated": _C.INFORMATIONAL,
        "verifications.creation_failed": _C.INFORMATIONAL,
        "voie": _C.INFORMATIONAL,
        "voe": _C.INFORMATIONAL,
        "voa": _C.INFORMATIONAL,
        "voi": _C.INFORMATIONAL,
        "voai": _C.INFORMATIONAL,
        "voe-transactions": _C.INFORMATIONAL,
        "doc-voi-mortgage": _C.INFORMATIONAL,
        "payroll": _C.INFORMATIONAL,
        "banking": _C.INFORMATIONAL,
        "documents": _C.INFORMATIONAL,
        "api": _C.INFORMATIONAL,
        "encompass": _C.INFORMATIONAL,
    },
}


def _table(provider: str) -> dict[str, Category]:
    table = _CLASSIFY.get(provider)
    if table is None:
        raise ValueError(f"unknown provider {provider!r}; expected one of {', '.join(PROVIDERS)}")
    return table


_UNKNOWN = Category.UNKNOWN
#: The bound dict.get of every provider's table, so that classify is one call in the common case.
_GET: dict[str, Callable[[str, Category], Category]] = {
    provider: table.get for provider, table in _CLASSIFY.items()
}


def classify(provider: str, code: str) -> Category:
    """The category of `code` for `provider`; Category.UNKNOWN for a value the catalog does not know.

    When several code sets of the provider know the value, the first one (in catalog order)
    decides; `lookup` returns them all. Raises ValueError only for an unknown provider and
    TypeError for a code that is not a string.
    """
    try:
        found = _GET[provider](code, _UNKNOWN)
    except KeyError:
        return _classify_slow(provider, code)
    if found is _UNKNOWN and code.__class__ is not str:
        return _classify_slow(provider, code)
    return found


def _classify_slow(provider: str, code: object) -> Category:
    table = _table(provider)
    if not isinstance(code, str):
        raise TypeError(f"classify expects the code as a str, not {type(code).__name__}")
    return table.get(code, _UNKNOWN)


def lookup(provider: str, code: str) -> tuple[CodeEnum, ...]:
    """Every member, across the provider's code sets, whose wire value or alias is `code`."""
    from bankcodes._base import CodeEnum

    _table(provider)
    if not isinstance(code, str):
        raise TypeError(f"lookup expects the code as a str, not {type(code).__name__}")
    import importlib

    module = importlib.import_module(f"{__name__}.{_MODULES[provider]}")
    code_sets: tuple[type[CodeEnum], ...] = module.CODE_SETS
    found = (code_set.parse(code) for code_set in code_sets)
    return tuple(member for member in found if isinstance(member, CodeEnum))


def __getattr__(name: str) -> object:
    if name in _BASE_NAMES:
        from bankcodes import _base

        return getattr(_base, name)
    if name in _MODULES.values():
        import importlib

        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "PROVIDERS",
    "SPEC_VERSION",
    "Actor",
    "Category",
    "CodeEnum",
    "CodeInfo",
    "CodeSetInfo",
    "HttpStatus",
    "Lifecycle",
    "Scope",
    "Source",
    "TestUser",
    "UnknownCode",
    "classify",
    "lookup",
]
