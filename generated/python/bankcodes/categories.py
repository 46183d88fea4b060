# generated from spec/catalog.json — do not edit (run `make generate`)
"""The cross-provider category taxonomy: every code of every provider maps to exactly one
category; values the catalog does not know are Category.UNKNOWN."""

from __future__ import annotations

from bankcodes._taxonomy import Actor, CategoryEnum, describe


class Category(CategoryEnum):
    """A cross-provider category of statuses and errors."""

    SUCCESS = "success"
    """Success"""
    PENDING = "pending"
    """Pending"""
    MFA_REQUIRED = "mfa_required"
    """MFA required"""
    MFA_FAILED = "mfa_failed"
    """MFA failed"""
    CREDENTIALS_INVALID = "credentials_invalid"
    """Credentials invalid"""
    ATTEMPTS_EXHAUSTED = "attempts_exhausted"
    """Attempts exhausted"""
    RECONNECT_REQUIRED = "reconnect_required"
    """Reconnect required"""
    ACTION_REQUIRED_AT_INSTITUTION = "action_required_at_institution"
    """Action required at institution"""
    USER_ACTION_REQUIRED = "user_action_required"
    """User action required"""
    ACCOUNT_UNAVAILABLE = "account_unavailable"
    """Account unavailable"""
    INSTITUTION_UNAVAILABLE = "institution_unavailable"
    """Institution unavailable"""
    INSTITUTION_NOT_SUPPORTED = "institution_not_supported"
    """Institution not supported"""
    SESSION_EXPIRED = "session_expired"
    """Session expired"""
    CONCURRENT_OPERATION = "concurrent_operation"
    """Concurrent operation"""
    CANCELLED = "cancelled"
    """Cancelled"""
    REJECTED = "rejected"
    """Rejected"""
    RATE_LIMITED = "rate_limited"
    """Rate limited"""
    INTEGRATION_ERROR = "integration_error"
    """Integration error"""
    GENERIC_FAILURE = "generic_failure"
    """Generic failure"""
    INFORMATIONAL = "informational"
    """Informational"""
    UNKNOWN = "unknown"
    """Unknown"""


describe(
    Category,
    {
        "success": (
            "Success",
            "The operation completed, or the object reached a good state.",
            False,
            "nobody",
            "Continue the flow.",
            True,
        ),
        "pending": (
            "Pending",
            "The operation was accepted and is still in progress; the outcome arrives later.",
            False,
            "nobody",
            "Wait for the webhook or poll the status; do not start the operation again.",
            True,
        ),
        "mfa_required": (
            "MFA required",
            "The end user must complete an authentication step: a one-time passcode, a security question or an approval in another app.",
            False,
            "end_user",
            "Show the prompt and let the end user answer it; the flow continues afterwards.",
            True,
        ),
        "mfa_failed": (
            "MFA failed",
            "An answer to an authentication step (one-time passcode or security question) was wrong, incomplete or not accepted.",
            True,
            "end_user",
            "Ask the end user to answer the challenge again.",
            True,
        ),
        "credentials_invalid": (
            "Credentials invalid",
            "The username, password or other login details were not accepted by the institution.",
            True,
            "end_user",
            "Ask the end user to check and re-enter their login details.",
            True,
        ),
        "attempts_exhausted": (
            "Attempts exhausted",
            "The end user used up the allowed attempts for a credential or authentication step.",
            False,
            "end_user",
            "Stop retrying; tell the end user to wait or unlock their access with the institution before trying again.",
            True,
        ),
        "reconnect_required": (
            "Reconnect required",
            "An existing connection or consent no longer works (changed credentials, expired token or consent) and must be re-established.",
            False,
            "end_user",
            "Start the provider's reconnect or re-consent flow for the end user.",
            True,
        ),
        "action_required_at_institution": (
            "Action required at institution",
            "The end user must do something directly with their institution (sign in, accept terms, complete an account action) before connecting.",
            False,
            "end_user",
            "Ask the end user to sign in to their bank's own website or app, complete what it asks, then connect again.",
            True,
        ),
        "user_action_required": (
            "User action required",
            "The flow is paused until the end user provides more data or documents.",
            False,
            "end_user",
            "Ask the end user for the missing data or documents, then resume.",
            True,
        ),
        "account_unavailable": (
            "Account unavailable",
            "The account is closed, deactivated or cannot be found at the institution.",
            False,
            "end_user",
            "Ask the end user to choose another account or to contact their bank.",
            True,
        ),
        "institution_unavailable": (
            "Institution unavailable",
            "The institution cannot be reached right now (outage, maintenance, temporary connection problem).",
            True,
            "institution",
            "Retry later with backoff, or offer another institution.",
            True,
        ),
        "institution_not_supported": (
            "Institution not supported",
            "The provider does not support connections to this institution.",
            False,
            "integrator",
            "Offer another institution or a fallback such as document upload.",
            True,
        ),
        "session_expired": (
            "Session expired",
            "The session or request identifier expired or does not exist any more.",
            True,
            "end_user",
            "Start a new session and let the end user go through the flow again.",
            True,
        ),
        "concurrent_operation": (
            "Concurrent operation",
            "Another session or operation is already using this connection.",
            True,
            "integrator",
            "Wait for the other operation to finish, then try again; avoid parallel requests for one login.",
            True,
        ),
        "cancelled": (
            "Cancelled",
            "The end user, the integrator or the provider stopped the flow before it finished.",
            True,
            "end_user",
            "Offer the end user to start again.",
            True,
        ),
        "rejected": (
            "Rejected",
            "The institution or the provider rejected the operation.",
            False,
            "institution",
            "Show the end user that the operation was declined; do not retry it unchanged.",
            True,
        ),
        "rate_limited": (
            "Rate limited",
            "Too many requests were sent in a period of time.",
            True,
            "integrator",
            "Back off and retry later; reduce the request rate.",
            True,
        ),
        "integration_error": (
            "Integration error",
            "The request was wrong: invalid parameters, wrong endpoint, wrong credentials of the integrator, or a call out of sequence.",
            False,
            "integrator",
            "Fix the request or the integration; retrying unchanged will fail again.",
            True,
        ),
        "generic_failure": (
            "Generic failure",
            "The operation failed without a more specific cause in this field.",
            True,
            "nobody",
            "Inspect the detailed status when there is one; otherwise retry later and contact the provider if it persists.",
            True,
        ),
        "informational": (
            "Informational",
            "The value names a thing (a permission, an event type, a flow step, a method), not an outcome.",
            False,
            "nobody",
            "Nothing to handle; use the value for routing or logging.",
            False,
        ),
        "unknown": (
            "Unknown",
            "A value that this version of the catalog does not know; providers add codes without notice.",
            False,
            "integrator",
            "Keep and log the raw value, treat it as a generic failure, and update bankcodes.",
            False,
        ),
    },
)

__all__ = ["Actor", "Category"]
