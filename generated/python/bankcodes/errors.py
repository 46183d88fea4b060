# copied from codegen/runtime/python/bankcodes/errors.py — do not edit (run `make generate`)
"""The errors of receiving a webhook. Every one is a WebhookError (and a ValueError):

- SignatureError: the request is not what the provider sent (answer 401 and let it retry, or
  drop it); `reason` says why.
- PayloadError (bankcodes.payloads): the body is signed but does not validate; `problems` lists
  each problem with its JSON path.
- ConfigurationError: the receiver itself is misconfigured (a missing, empty or malformed
  secret, an unknown provider, a tolerance the provider cannot honour). Never a SignatureError:
  answering 401 to every delivery because of a missing secret would make the provider stop
  sending; alert on it instead, and answer 500.
"""

from __future__ import annotations


class WebhookError(ValueError):
    """The base of every error `bankcodes.receive` raises; `reason` is machine-readable."""

    def __init__(self, reason: str, message: str) -> None:
        self.reason = reason
        super().__init__(f"{reason}: {message}")


class SignatureError(WebhookError):
    """A delivery was rejected: reason is one of signatures.SIGNATURE_REASONS."""


class ConfigurationError(WebhookError):
    """The receiver is misconfigured: reason is one of signatures.CONFIGURATION_REASONS."""
