# generated from spec/catalog.json — do not edit (run `make generate`)
"""The cross-provider category taxonomy: every code of every provider maps to exactly one
category; values the catalog does not know are Category.UNKNOWN."""

from __future__ import annotations

import enum


class Actor(enum.StrEnum):
    """Who must act when a code of a category arrives."""

    END_USER = "end_user"
    INTEGRATOR = "integrator"
    INSTITUTION = "institution"
    NOBODY = "nobody"


class Category(enum.StrEnum):
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

    @property
    def label(self) -> str:
        """The category's title, for people."""
        return _INFO[self][0]

    @property
    def description(self) -> str:
        return _INFO[self][1]

    @property
    def retryable(self) -> bool:
        """Whether trying the same operation again soon, with at most new user input, can succeed."""
        return _INFO[self][2]

    @property
    def actor(self) -> Actor:
        """Who must act."""
        return _INFO[self][3]

    @property
    def action(self) -> str:
        """The recommended action."""
        return _INFO[self][4]


_INFO: dict[Category, tuple[str, str, bool, Actor, str]] = {
    Category.SUCCESS: (
        "Success",
        "The operation completed, or the object reached a good state.",
        False,
        Actor.NOBODY,
        "Continue the flow.",
    ),
    Category.PENDING: (
        "Pending",
        "The operation was accepted and is still in progress; the outcome arrives later.",
        False,
        Actor.NOBODY,
        "Wait for the webhook or poll the status; do not start the operation again.",
    ),
    Category.MFA_REQUIRED: (
        "MFA required",
        "The end user must complete an authentication step: a one-time passcode, a security question or an approval in another app.",
        False,
        Actor.END_USER,
        "Show the prompt and let the end user answer it; the flow continues afterwards.",
    ),
    Category.MFA_FAILED: (
        "MFA failed",
        "An answer to an authentication step (one-time passcode or security question) was wrong, incomplete or not accepted.",
        True,
        Actor.END_USER,
        "Ask the end user to answer the challenge again.",
    ),
    Category.CREDENTIALS_INVALID: (
        "Credentials invalid",
        "The username, password or other login details were not accepted by the institution.",
        True,
        Actor.END_USER,
        "Ask the end user to check and re-enter their login details.",
    ),
    Category.ATTEMPTS_EXHAUSTED: (
        "Attempts exhausted",
        "The end user used up the allowed attempts for a credential or authentication step.",
        False,
        Actor.END_USER,
        "Stop retrying; tell the end user to wait or unlock their access with the institution before trying again.",
    ),
    Category.RECONNECT_REQUIRED: (
        "Reconnect required",
        "An existing connection or consent no longer works (changed credentials, expired token or consent) and must be re-established.",
        False,
        Actor.END_USER,
        "Start the provider's reconnect or re-consent flow for the end user.",
    ),
    Category.ACTION_REQUIRED_AT_INSTITUTION: (
        "Action required at institution",
        "The end user must do something directly with their institution (sign in, accept terms, complete an account action) before connecting.",
        False,
        Actor.END_USER,
        "Ask the end user to sign in to their bank's own website or app, complete what it asks, then connect again.",
    ),
    Category.USER_ACTION_REQUIRED: (
        "User action required",
        "The flow is paused until the end user provides more data or documents.",
        False,
        Actor.END_USER,
        "Ask the end user for the missing data or documents, then resume.",
    ),
    Category.ACCOUNT_UNAVAILABLE: (
        "Account unavailable",
        "The account is closed, deactivated or cannot be found at the institution.",
        False,
        Actor.END_USER,
        "Ask the end user to choose another account or to contact their bank.",
    ),
    Category.INSTITUTION_UNAVAILABLE: (
        "Institution unavailable",
        "The institution cannot be reached right now (outage, maintenance, temporary connection problem).",
        True,
        Actor.INSTITUTION,
        "Retry later with backoff, or offer another institution.",
    ),
    Category.INSTITUTION_NOT_SUPPORTED: (
        "Institution not supported",
        "The provider does not support connections to this institution.",
        False,
        Actor.INTEGRATOR,
        "Offer another institution or a fallback such as document upload.",
    ),
    Category.SESSION_EXPIRED: (
        "Session expired",
        "The session or request identifier expired or does not exist any more.",
        True,
        Actor.END_USER,
        "Start a new session and let the end user go through the flow again.",
    ),
    Category.CONCURRENT_OPERATION: (
        "Concurrent operation",
        "Another session or operation is already using this connection.",
        True,
        Actor.INTEGRATOR,
        "Wait for the other operation to finish, then try again; avoid parallel requests for one login.",
    ),
    Category.CANCELLED: (
        "Cancelled",
        "The end user, the integrator or the provider stopped the flow before it finished.",
        True,
        Actor.END_USER,
        "Offer the end user to start again.",
    ),
    Category.REJECTED: (
        "Rejected",
        "The institution or the provider rejected the operation.",
        False,
        Actor.INSTITUTION,
        "Show the end user that the operation was declined; do not retry it unchanged.",
    ),
    Category.RATE_LIMITED: (
        "Rate limited",
        "Too many requests were sent in a period of time.",
        True,
        Actor.INTEGRATOR,
        "Back off and retry later; reduce the request rate.",
    ),
    Category.INTEGRATION_ERROR: (
        "Integration error",
        "The request was wrong: invalid parameters, wrong endpoint, wrong credentials of the integrator, or a call out of sequence.",
        False,
        Actor.INTEGRATOR,
        "Fix the request or the integration; retrying unchanged will fail again.",
    ),
    Category.GENERIC_FAILURE: (
        "Generic failure",
        "The operation failed without a more specific cause in this field.",
        True,
        Actor.NOBODY,
        "Inspect the detailed status when there is one; otherwise retry later and contact the provider if it persists.",
    ),
    Category.INFORMATIONAL: (
        "Informational",
        "The value names a thing (a permission, an event type, a flow step, a method), not an outcome.",
        False,
        Actor.NOBODY,
        "Nothing to handle; use the value for routing or logging.",
    ),
    Category.UNKNOWN: (
        "Unknown",
        "A value that this version of the catalog does not know; providers add codes without notice.",
        False,
        Actor.INTEGRATOR,
        "Keep and log the raw value, treat it as a generic failure, and update bankcodes.",
    ),
}
