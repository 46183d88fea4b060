# generated from spec/catalog.json — do not edit (run `make generate`)
"""Validate webhook and SDK payloads with the pydantic models generated from the JSON Schemas.

    from bankcodes import payloads

    event = payloads.validate("lean/webhook", request.body)   # raw bytes, str or parsed JSON
    if isinstance(event, bankcodes.webhooks.lean.webhook.PaymentUpdatedWebhook): ...

Lenient by default: unknown codes, fields and event types pass. With strict=True only the
catalog's codes, fields and event types pass. Every problem is reported at once in one
PayloadError, each with the JSON path of the offending value.

Importing this module imports pydantic; `import bankcodes` does not.
"""

from __future__ import annotations

import importlib
import json
from typing import TYPE_CHECKING, Literal, NamedTuple, overload

from pydantic import BaseModel, RootModel, ValidationError

if TYPE_CHECKING:
    from bankcodes.webhooks.argyle import webhook as _argyle_webhook
    from bankcodes.webhooks.argyle import webhook_strict as _argyle_webhook_strict
    from bankcodes.webhooks.flinks import api_response as _flinks_api_response
    from bankcodes.webhooks.flinks import api_response_strict as _flinks_api_response_strict
    from bankcodes.webhooks.flinks import connect_message as _flinks_connect_message
    from bankcodes.webhooks.flinks import connect_message_strict as _flinks_connect_message_strict
    from bankcodes.webhooks.flinks import webhook as _flinks_webhook
    from bankcodes.webhooks.flinks import webhook_strict as _flinks_webhook_strict
    from bankcodes.webhooks.lean import callback as _lean_callback
    from bankcodes.webhooks.lean import callback_strict as _lean_callback_strict
    from bankcodes.webhooks.lean import data_api_response as _lean_data_api_response
    from bankcodes.webhooks.lean import data_api_response_strict as _lean_data_api_response_strict
    from bankcodes.webhooks.lean import webhook as _lean_webhook
    from bankcodes.webhooks.lean import webhook_strict as _lean_webhook_strict

#: Raw JSON (bytes or str) or already parsed JSON.
Data = bytes | bytearray | memoryview | str | object


class _Kind(NamedTuple):
    modules: tuple[str, str]
    root: str
    field: str | None
    variants: dict[str, str]
    fallback: str | None
    any_of: tuple[tuple[str, tuple[str, ...]], ...]


_KINDS: dict[str, _Kind] = {
    "lean/webhook": _Kind(
        modules=("bankcodes.webhooks.lean.webhook", "bankcodes.webhooks.lean.webhook_strict"),
        root="LeanWebhook",
        field="type",
        variants={
            "entity.created": "EntityCreatedWebhook",
            "entity.updated": "EntityUpdatedWebhook",
            "entity.reconnected": "EntityReconnectedWebhook",
            "entity.data.refresh.updated": "DataRefreshUpdatedWebhook",
            "results.ready": "ResultsReadyWebhook",
            "payment_source.created": "PaymentSourceCreatedWebhook",
            "payment_source.beneficiary.created": "BeneficiaryCreatedWebhook",
            "payment_source.beneficiary.updated": "BeneficiaryUpdatedWebhook",
            "payment_intent.created": "PaymentIntentCreatedWebhook",
            "payment.created": "PaymentCreatedWebhook",
            "payment.updated": "PaymentUpdatedWebhook",
            "payment.transaction": "PaymentTransactionWebhook",
            "payment.reconciliation.updated": "ReconciliationUpdatedWebhook",
            "bank.availability.updated": "BankAvailabilityUpdatedWebhook",
            "consent.status.updated": "ConsentStatusUpdatedWebhook",
        },
        fallback="OtherWebhook",
        any_of=(),
    ),
    "lean/callback": _Kind(
        modules=("bankcodes.webhooks.lean.callback", "bankcodes.webhooks.lean.callback_strict"),
        root="CallbackData",
        field=None,
        variants={},
        fallback=None,
        any_of=(),
    ),
    "lean/data-api-response": _Kind(
        modules=(
            "bankcodes.webhooks.lean.data_api_response",
            "bankcodes.webhooks.lean.data_api_response_strict",
        ),
        root="DataApiResponse",
        field=None,
        variants={},
        fallback=None,
        any_of=(),
    ),
    "argyle/webhook": _Kind(
        modules=("bankcodes.webhooks.argyle.webhook", "bankcodes.webhooks.argyle.webhook_strict"),
        root="ArgyleWebhook",
        field="event",
        variants={
            "verifications.updated": "VerificationUpdatedWebhook",
            "verifications.creation_failed": "VerificationCreationFailedWebhook",
        },
        fallback="OtherWebhook",
        any_of=(),
    ),
    "flinks/api-response": _Kind(
        modules=(
            "bankcodes.webhooks.flinks.api_response",
            "bankcodes.webhooks.flinks.api_response_strict",
        ),
        root="ApiResponse",
        field=None,
        variants={},
        fallback=None,
        any_of=(),
    ),
    "flinks/connect-message": _Kind(
        modules=(
            "bankcodes.webhooks.flinks.connect_message",
            "bankcodes.webhooks.flinks.connect_message_strict",
        ),
        root="ConnectMessage",
        field=None,
        variants={},
        fallback=None,
        any_of=(("StepEvent", ("step",)), ("ErrorEvent", ("flinksCode",))),
    ),
    "flinks/webhook": _Kind(
        modules=("bankcodes.webhooks.flinks.webhook", "bankcodes.webhooks.flinks.webhook_strict"),
        root="FlinksWebhook",
        field="ResponseType",
        variants={"KYC": "KycWebhook", "GetAccountsDetail": "AccountsDetailWebhook"},
        fallback="OtherWebhook",
        any_of=(),
    ),
}

#: Every payload kind: the schema path under generated/jsonschema/ without its suffix.
KINDS: tuple[str, ...] = tuple(_KINDS)


class PayloadProblem(NamedTuple):
    """One problem: where (a JSON path such as $.payload.status), what, and pydantic's type."""

    path: str
    message: str
    type: str


class PayloadError(ValueError):
    """A payload did not validate; `problems` lists every problem found."""

    def __init__(self, kind: str, strict: bool, problems: tuple[PayloadProblem, ...]) -> None:
        self.kind = kind
        self.strict = strict
        self.problems = problems
        mode = "strict" if strict else "lenient"
        lines = [f"{kind} ({mode}): {len(problems)} problem(s)"]
        lines += [f"  {problem.path}: {problem.message}" for problem in problems]
        super().__init__("\n".join(lines))


def model_class(kind: str, *, strict: bool = False) -> type[BaseModel]:
    """The root model class of a payload kind (imported on first use)."""
    entry = _KINDS.get(kind)
    if entry is None:
        raise ValueError(f"unknown payload kind {kind!r}; expected one of {', '.join(KINDS)}")
    module = importlib.import_module(entry.modules[1] if strict else entry.modules[0])
    model: type[BaseModel] = getattr(module, entry.root)
    return model


@overload
def validate(
    kind: Literal["lean/webhook"], data: Data, *, strict: Literal[False] = False
) -> (
    _lean_webhook.EntityCreatedWebhook
    | _lean_webhook.EntityUpdatedWebhook
    | _lean_webhook.EntityReconnectedWebhook
    | _lean_webhook.DataRefreshUpdatedWebhook
    | _lean_webhook.ResultsReadyWebhook
    | _lean_webhook.PaymentSourceCreatedWebhook
    | _lean_webhook.BeneficiaryCreatedWebhook
    | _lean_webhook.BeneficiaryUpdatedWebhook
    | _lean_webhook.PaymentIntentCreatedWebhook
    | _lean_webhook.PaymentCreatedWebhook
    | _lean_webhook.PaymentUpdatedWebhook
    | _lean_webhook.PaymentTransactionWebhook
    | _lean_webhook.ReconciliationUpdatedWebhook
    | _lean_webhook.BankAvailabilityUpdatedWebhook
    | _lean_webhook.ConsentStatusUpdatedWebhook
    | _lean_webhook.OtherWebhook
): ...
@overload
def validate(
    kind: Literal["lean/webhook"], data: Data, *, strict: Literal[True]
) -> (
    _lean_webhook_strict.EntityCreatedWebhook
    | _lean_webhook_strict.EntityUpdatedWebhook
    | _lean_webhook_strict.EntityReconnectedWebhook
    | _lean_webhook_strict.DataRefreshUpdatedWebhook
    | _lean_webhook_strict.ResultsReadyWebhook
    | _lean_webhook_strict.PaymentSourceCreatedWebhook
    | _lean_webhook_strict.BeneficiaryCreatedWebhook
    | _lean_webhook_strict.BeneficiaryUpdatedWebhook
    | _lean_webhook_strict.PaymentIntentCreatedWebhook
    | _lean_webhook_strict.PaymentCreatedWebhook
    | _lean_webhook_strict.PaymentUpdatedWebhook
    | _lean_webhook_strict.PaymentTransactionWebhook
    | _lean_webhook_strict.ReconciliationUpdatedWebhook
    | _lean_webhook_strict.BankAvailabilityUpdatedWebhook
    | _lean_webhook_strict.ConsentStatusUpdatedWebhook
): ...
@overload
def validate(
    kind: Literal["lean/callback"], data: Data, *, strict: Literal[False] = False
) -> _lean_callback.CallbackData: ...
@overload
def validate(
    kind: Literal["lean/callback"], data: Data, *, strict: Literal[True]
) -> _lean_callback_strict.CallbackData: ...
@overload
def validate(
    kind: Literal["lean/data-api-response"], data: Data, *, strict: Literal[False] = False
) -> _lean_data_api_response.DataApiResponse: ...
@overload
def validate(
    kind: Literal["lean/data-api-response"], data: Data, *, strict: Literal[True]
) -> _lean_data_api_response_strict.DataApiResponse: ...
@overload
def validate(
    kind: Literal["argyle/webhook"], data: Data, *, strict: Literal[False] = False
) -> (
    _argyle_webhook.VerificationUpdatedWebhook
    | _argyle_webhook.VerificationCreationFailedWebhook
    | _argyle_webhook.OtherWebhook
): ...
@overload
def validate(
    kind: Literal["argyle/webhook"], data: Data, *, strict: Literal[True]
) -> (
    _argyle_webhook_strict.VerificationUpdatedWebhook
    | _argyle_webhook_strict.VerificationCreationFailedWebhook
): ...
@overload
def validate(
    kind: Literal["flinks/api-response"], data: Data, *, strict: Literal[False] = False
) -> _flinks_api_response.ApiResponse: ...
@overload
def validate(
    kind: Literal["flinks/api-response"], data: Data, *, strict: Literal[True]
) -> _flinks_api_response_strict.ApiResponse: ...
@overload
def validate(
    kind: Literal["flinks/connect-message"], data: Data, *, strict: Literal[False] = False
) -> _flinks_connect_message.StepEvent | _flinks_connect_message.ErrorEvent: ...
@overload
def validate(
    kind: Literal["flinks/connect-message"], data: Data, *, strict: Literal[True]
) -> _flinks_connect_message_strict.StepEvent | _flinks_connect_message_strict.ErrorEvent: ...
@overload
def validate(
    kind: Literal["flinks/webhook"], data: Data, *, strict: Literal[False] = False
) -> (
    _flinks_webhook.KycWebhook
    | _flinks_webhook.AccountsDetailWebhook
    | _flinks_webhook.OtherWebhook
): ...
@overload
def validate(
    kind: Literal["flinks/webhook"], data: Data, *, strict: Literal[True]
) -> _flinks_webhook_strict.KycWebhook | _flinks_webhook_strict.AccountsDetailWebhook: ...
@overload
def validate(kind: str, data: Data, *, strict: bool = False) -> BaseModel: ...
def validate(kind: str, data: Data, *, strict: bool = False) -> BaseModel:
    """Validate and parse a payload of `kind` ("lean/webhook", "flinks/connect-message" …).

    Returns the typed model (for a union, the member that matched). Raises PayloadError listing
    every problem, or ValueError for an unknown kind.
    """
    model_type = model_class(kind, strict=strict)
    try:
        if isinstance(data, bytes | bytearray | memoryview):
            model = model_type.model_validate_json(bytes(data))
        elif isinstance(data, str):
            model = model_type.model_validate_json(data)
        else:
            model = model_type.model_validate(data)
    except ValidationError as error:
        raise PayloadError(kind, strict, _problems(_KINDS[kind], strict, error, data)) from None
    if isinstance(model, RootModel):
        root: BaseModel = model.root
        return root
    return model


def _parsed(data: Data) -> object:
    if not isinstance(data, bytes | bytearray | memoryview | str):
        return data
    try:
        return json.loads(bytes(data) if not isinstance(data, str) else data)
    except (ValueError, RecursionError):
        return None


def _chosen_member(entry: _Kind, strict: bool, parsed: object) -> str | None:
    """The union member a payload was meant to be, so that only its problems are reported."""
    if not isinstance(parsed, dict):
        return None
    if entry.field is not None:
        tag = parsed.get(entry.field)
        if not isinstance(tag, str):
            return None
        return entry.variants.get(tag, None if strict else entry.fallback)
    for member, required in entry.any_of:
        if all(name in parsed for name in required):
            return member
    return None


def _problems(
    entry: _Kind, strict: bool, error: ValidationError, data: Data
) -> tuple[PayloadProblem, ...]:
    parsed = _parsed(data)
    members = {*entry.variants.values(), *(m for m, _ in entry.any_of)}
    if entry.fallback is not None:
        members.add(entry.fallback)
    if strict and entry.field is not None and isinstance(parsed, dict):
        tag = parsed.get(entry.field)
        if isinstance(tag, str) and tag not in entry.variants:
            known = ", ".join(entry.variants)
            message = f"unknown {entry.field} {tag!r} (strict validation accepts: {known})"
            return (PayloadProblem(_path((entry.field,), parsed), message, "unknown_variant"),)
    chosen = _chosen_member(entry, strict, parsed)
    found: dict[tuple[str, str], PayloadProblem] = {}
    for item in error.errors(include_url=False, include_context=False, include_input=False):
        loc = tuple(item["loc"])
        if loc and loc[0] in members:
            if chosen is not None and loc[0] != chosen:
                continue
            loc = loc[1:]
        problem = PayloadProblem(_path(loc, parsed), item["msg"], item["type"])
        found.setdefault((problem.path, problem.message), problem)
    problems = tuple(found.values())
    if strict:
        return problems
    # A lenient code field accepts any string, so "should be one of the known values" is never
    # the real problem when another one is reported at the same path.
    other = {p.path for p in problems if p.type != "enum"}
    return tuple(p for p in problems if p.type != "enum" or p.path not in other)


def _path(loc: tuple[str | int, ...], parsed: object) -> str:
    """A JSON path for a pydantic location, skipping the union-member tags pydantic inserts."""
    parts = ["$"]
    node = parsed
    for position, part in enumerate(loc):
        if isinstance(part, int) and isinstance(node, list) and 0 <= part < len(node):
            parts.append(f"[{part}]")
            node = node[part]
        elif (
            isinstance(part, str)
            and isinstance(node, dict)
            and (part in node or position == len(loc) - 1)
        ):
            parts.append(f".{part}" if part.isidentifier() else f"[{json.dumps(part)}]")
            node = node.get(part)
    return "".join(parts)
