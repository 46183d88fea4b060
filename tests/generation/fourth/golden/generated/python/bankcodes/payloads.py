# generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
"""Validate webhook and SDK payloads with the pydantic models generated from the JSON Schemas.

    from bankcodes import payloads

    event = payloads.validate(kind, request.body)   # raw bytes, str or parsed JSON

Lenient by default: unknown codes, fields and event types pass. With strict=True only the
catalog's codes, fields and event types pass. A body over max_bytes (MAX_BYTES by default) is
refused before it is read. Every problem is reported in one PayloadError, each with the JSON
path of the offending value. `validate` is typed per kind.

Where codes live: `recognise(body)` names the kinds a body is, most specific first, and
`identify(body)` the one kind it is (none where it fits several: ambiguous) with the `Evidence`
that tells its provider (its namespace, a code only its code sets hold, its fields; or the
provider named), a shape many APIs share telling none;
`codes(kind, body)` reads every code from the kind's code fields, each with its path and code
set, in the order in which they decide; `decisive_code(kind, body)` is the first of them the catalog knows.
`inner_bodies(kind, body)` reads the bodies a payload holds whole as JSON text (the bank's error a
provider passes through), each as the kind it is. `layered_codes(kind, body)` reads the code
of each provider a payload carries, its own provider's first, then each provider's beneath it
(the code of the provider an aggregator works through, in fields typed with that provider's
code sets).

Importing this module imports neither pydantic nor a model module; `import bankcodes` neither.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

from bankcodes._code_fields import (
    Evidence,
    FoundCode,
    Identified,
    codes,
    decisive_code,
    identify,
    recognise,
)
from bankcodes._inner_bodies import InnerBody, inner_bodies
from bankcodes._layers import layered_codes
from bankcodes._payloads import (
    KINDS,
    MAX_BYTES,
    MAX_PROBLEMS,
    Data,
    PayloadError,
    PayloadProblem,
    model_class,
    parse,
)
from bankcodes._payloads import validate as _validate

if TYPE_CHECKING:  # each kind's model type, for type checkers only (nothing per kind at run time)
    from pydantic import BaseModel

    from bankcodes.webhooks.acme import webhook as _acme_webhook
    from bankcodes.webhooks.acme import webhook_strict as _acme_webhook_strict
    from bankcodes.webhooks.acme import widget_message as _acme_widget_message
    from bankcodes.webhooks.acme import widget_message_strict as _acme_widget_message_strict

    @overload
    def validate(
        kind: Literal["acme/widget-message"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> (
        _acme_widget_message.WidgetError
        | _acme_widget_message.WidgetProgress
        | _acme_widget_message.WidgetStatus
    ): ...
    @overload
    def validate(
        kind: Literal["acme/widget-message"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> (
        _acme_widget_message_strict.WidgetError
        | _acme_widget_message_strict.WidgetProgress
        | _acme_widget_message_strict.WidgetStatus
    ): ...

    @overload
    def validate(
        kind: Literal["acme/webhook"],
        data: Data,
        *,
        strict: Literal[False] = False,
        max_bytes: int = MAX_BYTES,
    ) -> (
        _acme_webhook.LinkCreatedWebhook
        | _acme_webhook.LinkFailedWebhook
        | _acme_webhook.OtherWebhook
    ): ...
    @overload
    def validate(
        kind: Literal["acme/webhook"],
        data: Data,
        *,
        strict: Literal[True],
        max_bytes: int = MAX_BYTES,
    ) -> _acme_webhook_strict.LinkCreatedWebhook | _acme_webhook_strict.LinkFailedWebhook: ...
    @overload
    def validate(
        kind: str, data: Data, *, strict: bool = False, max_bytes: int = MAX_BYTES
    ) -> BaseModel: ...
    def validate(
        kind: str, data: Data, *, strict: bool = False, max_bytes: int = MAX_BYTES
    ) -> BaseModel:
        return _validate(kind, data, strict=strict, max_bytes=max_bytes)
else:
    validate = _validate

__all__ = [
    "KINDS",
    "MAX_BYTES",
    "MAX_PROBLEMS",
    "Data",
    "Evidence",
    "FoundCode",
    "Identified",
    "InnerBody",
    "PayloadError",
    "PayloadProblem",
    "codes",
    "decisive_code",
    "identify",
    "inner_bodies",
    "layered_codes",
    "model_class",
    "parse",
    "recognise",
    "validate",
]
