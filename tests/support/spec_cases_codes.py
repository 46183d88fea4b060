"""Bad specs of the codes and their code sets, one per rule: a status's transitions, the
equivalences between codes, wire values and identifiers, the type the codes travel as, the
languages of the end user's words, categories and sources (a mutation of the project's spec,
where the rule points and what it says: test_spec checks each is rejected so, with spec_cases)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Mutation = Callable[[dict[str, Any]], None]


def code_set_of(data: dict[str, Any], provider: str, code_set: str) -> dict[str, Any]:
    found: dict[str, Any] = data["providers"][provider]["code_sets"][code_set]
    return found


def codes_of(data: dict[str, Any], provider: str, code_set: str) -> list[dict[str, Any]]:
    codes: list[dict[str, Any]] = code_set_of(data, provider, code_set)["codes"]
    return codes


def new_code(value: str, **extra: Any) -> dict[str, Any]:
    return {"value": value, "description": "A test code.", **extra}


def _a_field_of_strings_and_integers(data: dict[str, Any]) -> None:
    numbers = {"value": 1, "name": "ONE", "description": "A test code.", "category": "success"}
    data["providers"]["lean"]["code_sets"]["numbers"] = {
        **{k: v for k, v in code_set_of(data, "lean", "callback_status").items() if k != "codes"},
        "class_name": "Numbers",
        "wire_type": "integer",
        "codes": [numbers],
    }
    fields = data["payloads"]["lean/callback"]["types"]["CallbackData"]["fields"]
    fields["status"]["type"]["code"].append("lean.numbers")


def _equivalents(same: str, *codes: str) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        data["equivalents"] = [{"same": same, "reason": "A test reason.", "codes": list(codes)}]

    return mutate


def _a_pair_twice(data: dict[str, Any]) -> None:
    group = {"same": "action", "reason": "A test reason."}
    data["equivalents"] = [
        {
            **group,
            "codes": [
                "lean.api_error_status.RATE_LIMIT_EXCEEDED",
                "plaid.error_type.RATE_LIMIT_EXCEEDED",
            ],
        },
        {
            **group,
            "codes": [
                "plaid.error_type.RATE_LIMIT_EXCEEDED",
                "lean.api_error_status.RATE_LIMIT_EXCEEDED",
            ],
        },
    ]


def _lifecycle(**transitions: Any) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        code_set = code_set_of(data, "lean", "payment_lifecycle_status")
        code_set["transitions"] = {"sources": ["lean-payment-lifecycle"], **transitions}

    return mutate


CODE_CASES: list[tuple[str, Mutation, str, str]] = [
    (
        "a transition to a status the code set does not have",
        _lifecycle(initial=["CREATED"], next={"CREATED": ["SETTLED"]}),
        "/providers/lean/code_sets/payment_lifecycle_status/transitions/next/CREATED/0",
        "'SETTLED' is not a value of this code set",
    ),
    (
        "a status no initial status leads to",
        _lifecycle(initial=["CREATED"], next={"CREATED": ["FAILED"], "PROCESSING": ["PROCESSED"]}),
        "/providers/lean/code_sets/payment_lifecycle_status/transitions/next",
        "no initial status leads to PROCESSING",
    ),
    (
        "an equivalent that is no code",
        _equivalents(
            "action", "lean.api_error_status.RATE_LIMIT_EXCEEDED", "plaid.error_code.NOPE"
        ),
        "/equivalents/0/codes/1",
        "'plaid.error_code.NOPE': 'NOPE' is not a value of plaid.error_code",
    ),
    (
        "an equivalent in no code set",
        _equivalents("action", "lean.api_error_status.RATE_LIMIT_EXCEEDED", "plaid.nope.X"),
        "/equivalents/0/codes/1",
        "'plaid.nope.X': no code set plaid.nope",
    ),
    (
        "an equivalence group of one provider",
        _equivalents(
            "action",
            "flinks.api_error_code.INVALID_LOGIN",
            "flinks.connect_error_event.INVALID_LOGIN",
        ),
        "/equivalents/0/codes",
        "an equivalence group spans two providers",
    ),
    (
        "codes of the same meaning in two categories",
        _equivalents(
            "meaning", "lean.api_error_status.RATE_LIMIT_EXCEEDED", "mx.connection_status.2"
        ),
        "/equivalents/0/same",
        "codes of the same meaning share a category; these do not: "
        "lean.api_error_status.RATE_LIMIT_EXCEEDED (rate_limited), "
        "mx.connection_status.2 (credentials_invalid)",
    ),
    (
        "a pair of equivalents recorded twice",
        _a_pair_twice,
        "/equivalents/1/codes/0",
        "plaid.error_type.RATE_LIMIT_EXCEEDED and lean.api_error_status.RATE_LIMIT_EXCEEDED are "
        "already of the same action at /equivalents/0",
    ),
    (
        "duplicate wire value",
        lambda d: codes_of(d, "lean", "secondary_status")[1].update(value="OK"),
        "/providers/lean/code_sets/secondary_status/codes/1/value",
        "duplicate wire value 'OK' "
        "(also at /providers/lean/code_sets/secondary_status/codes/0/value)",
    ),
    (
        "alias that repeats a value",
        lambda d: codes_of(d, "lean", "permission")[7].update(aliases=["identity"]),
        "/providers/lean/code_sets/permission/codes/7/aliases/0",
        "duplicate wire value 'identity'",
    ),
    (
        "identifier collision",
        lambda d: codes_of(d, "argyle", "verification_error").append(
            new_code("self_employed_income", category="user_action_required")
        ),
        "/providers/argyle/code_sets/verification_error/codes/1/value",
        "identifier 'self_employed_income' collides with "
        "/providers/argyle/code_sets/verification_error/codes/0/name",
    ),
    (
        "wire value that is not an identifier, without a name",
        lambda d: codes_of(d, "argyle", "verification_error").append(
            new_code("w2-missing", category="user_action_required")
        ),
        "/providers/argyle/code_sets/verification_error/codes/1/value",
        "wire value 'w2-missing' is not a valid identifier: add a \"name\"",
    ),
    (
        "identifier that is a Python keyword",
        lambda d: codes_of(d, "flinks", "webhook_response_type").append(new_code("class")),
        "/providers/flinks/code_sets/webhook_response_type/codes/2/value",
        "Python keyword",
    ),
    (
        "identifier reserved for an enum attribute",
        lambda d: codes_of(d, "flinks", "webhook_response_type").append(
            new_code("x", name="description")
        ),
        "/providers/flinks/code_sets/webhook_response_type/codes/2/name",
        "reserved for an attribute",
    ),
    (
        "a string value in a code set whose codes travel as integers",
        lambda d: code_set_of(d, "flinks", "webhook_response_type").update(wire_type="integer"),
        "/providers/flinks/code_sets/webhook_response_type/codes/0/value",
        "is not of type 'integer'",
    ),
    (
        "an integer value in a code set of strings",
        lambda d: codes_of(d, "flinks", "webhook_response_type")[0].update(value=7),
        "/providers/flinks/code_sets/webhook_response_type/codes/0/value",
        "is not of type 'string'",
    ),
    (
        "a field that reads string codes and integer codes",
        _a_field_of_strings_and_integers,
        "/payloads/lean~1callback/types/CallbackData/fields/status/type/code",
        "one field reads codes that travel as strings and as integers: "
        "lean.callback_status (string), lean.numbers (integer)",
    ),
    (
        "a translated user message in a language the provider's end users are not listed in",
        lambda d: codes_of(d, "plaid", "error_code")[0].update(
            user_message_translations={"es": "No se concedió el acceso."}
        ),
        "/providers/plaid/code_sets/error_code/codes/0/user_message_translations/es",
        "'es' is not one of the provider's end_user_languages (en): add it there",
    ),
    (
        "a language bankcodes has no words in",
        lambda d: d["providers"]["plaid"].update(end_user_languages=["en", "de"]),
        "/providers/plaid/end_user_languages/1",
        "'de' does not match",
    ),
    (
        "a translation without the message it translates",
        lambda d: codes_of(d, "plaid", "error_code")[1].update(
            user_message_translations={"es": "Algo."}
        ),
        "/providers/plaid/code_sets/error_code/codes/1",
        "'user_message' is a dependency of 'user_message_translations'",
    ),
    (
        "unknown category",
        lambda d: codes_of(d, "flinks", "api_error_code")[3].update(category="credential"),
        "/providers/flinks/code_sets/api_error_code/codes/3/category",
        "unknown category 'credential'",
    ),
    (
        "the reserved unknown category",
        lambda d: codes_of(d, "argyle", "bank_connection_error")[0].update(category="unknown"),
        "/providers/argyle/code_sets/bank_connection_error/codes/0/category",
        "reserved for values the catalog does not know",
    ),
    (
        "a code without any category",
        lambda d: codes_of(d, "lean", "secondary_status")[0].pop("category"),
        "/providers/lean/code_sets/secondary_status/codes/0/category",
        "no category",
    ),
    (
        "unknown default category of a code set",
        lambda d: code_set_of(d, "lean", "permission").update(category="nope"),
        "/providers/lean/code_sets/permission/category",
        "unknown category 'nope'",
    ),
    (
        "dangling source reference",
        lambda d: codes_of(d, "lean", "callback_status")[0].update(sources=["seed-000", "nope"]),
        "/providers/lean/code_sets/callback_status/codes/0/sources/1",
        "unknown source 'nope'",
    ),
    (
        "dangling source of an HTTP entry",
        lambda d: codes_of(d, "flinks", "api_error_code")[4]["http"][0].update(sources=["nope"]),
        "/providers/flinks/code_sets/api_error_code/codes/4/http/0/sources/0",
        "unknown source 'nope'",
    ),
    (
        "a published end-user retry fact from an unknown source",
        lambda d: codes_of(d, "lean", "callback_status")[0].update(
            end_user_can_retry=True, end_user_can_retry_sources=["nope"]
        ),
        "/providers/lean/code_sets/callback_status/codes/0/end_user_can_retry_sources/0",
        "unknown source 'nope'",
    ),
    (
        "a published end-user retry fact from a source the code does not cite",
        lambda d: codes_of(d, "lean", "callback_status")[0].update(
            sources=["seed-000"], end_user_can_retry=True, end_user_can_retry_sources=["seed-001"]
        ),
        "/providers/lean/code_sets/callback_status/codes/0/end_user_can_retry_sources/0",
        "'seed-001' is not one of the code's sources",
    ),
    (
        "sources of an end-user retry fact the code does not give",
        lambda d: codes_of(d, "lean", "callback_status")[0].update(
            sources=["seed-000"], end_user_can_retry_sources=["seed-000"]
        ),
        "/providers/lean/code_sets/callback_status/codes/0",
        "'end_user_can_retry' is a dependency of 'end_user_can_retry_sources'",
    ),
]
