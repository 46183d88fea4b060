"""From the exception a provider's client raises to what to do: bankcodes.from_exception finds
the provider's error body wherever the client keeps it (plaid-python's ApiException, the stripe
package's StripeError, an httpx or requests error), reads it in its place and gives the deciding
code, the HTTP status and the provider's request id. (This file is run by the test suite against
the real clients, answered by a server on loopback: tests/python/test_client_errors.py.)"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import bankcodes

log = logging.getLogger("bank")


@dataclass(frozen=True)
class Decision:
    """What the app does about a failed call."""

    retry: bool  # repeat the same request later (with backoff)
    relink: bool  # send the customer through the provider's reconnect flow
    message: str | None  # what to tell the customer, in their language
    code: str | None  # the provider's code, for support


def decide(error: Exception, language: str = "en") -> Decision:
    found = bankcodes.from_exception(error)
    if found is None:  # no provider error body: a network failure, a bug of ours
        return Decision(retry=False, relink=False, message=None, code=None)
    code = found.code  # a member of its code set, or an UnknownCode that keeps the value
    # One log line with the code's fields: provider, code set, code, category, retryable,
    # error.type, http.response.status_code, bankcodes.request_id.
    log.warning("%s error %s", found.kind, code.name or code, extra=found.as_log_fields())
    words = code.end_user_text(language)  # the customer's words: never the provider's advice
    return Decision(
        retry=code.retryable,
        relink=code.category is bankcodes.Category.RECONNECT_REQUIRED,
        message=None if words is None else f"{words.message} {words.action}",
        code=str(code.value),
    )
