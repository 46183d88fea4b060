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

from typing import TYPE_CHECKING, overload

from bankcodes._params import quoted

if TYPE_CHECKING:
    from bankcodes._refusals import ConfigurationRefusal, SignatureRefusal


class WebhookError(ValueError):
    """The base of every error `bankcodes.receive` raises; `reason` is machine-readable."""

    def __init__(self, reason: str, message: str) -> None:
        self.reason = reason
        super().__init__(f"{reason}: {message}")


class SignatureError(WebhookError):
    """A delivery was rejected: reason is one of signatures.SIGNATURE_REASONS."""


class ConfigurationError(WebhookError):
    """The receiver is misconfigured: reason is one of signatures.CONFIGURATION_REASONS."""


@overload
def refused(name: SignatureRefusal, /, **values: object) -> SignatureError: ...
@overload
def refused(name: ConfigurationRefusal, /, **values: object) -> ConfigurationError: ...
def refused(name: str, /, **values: object) -> WebhookError:
    """The error of the refusal `name` (bankcodes._refusals, the TypeScript `refused`'s too): its
    words with `values` in their place, each written as text, or with :q as `quoted` shows it."""
    from bankcodes._refusals import REFUSALS, SIGNATURE_REASONS

    reason, words = REFUSALS[name]
    message = words.format_map({key: _Shown(value) for key, value in values.items()})
    kind = SignatureError if reason in SIGNATURE_REASONS else ConfigurationError
    return kind(reason, message)


class _Shown:
    """A value a refusal shows: as `quoted` shows it under the spec q (qN: cut to N characters),
    else formatted as Python formats it."""

    def __init__(self, value: object) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        if spec[:1] == "q":
            return quoted(self.value, int(spec[1:] or 60))
        return format(self.value, spec)
