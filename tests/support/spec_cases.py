"""Bad specs, one per rule: a mutation of the project's spec, where the rule points and what
it says (test_spec checks each is rejected so)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.support.spec_cases_decisions import DECISION_CASES
from tests.support.spec_cases_extract import EXTRACT_CASES
from tests.support.spec_cases_records import RECORD_CASES
from tests.support.spec_cases_standards import STANDARD_CASES

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


_RULES: list[tuple[str, Mutation, str, str]] = [
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
    (
        "seed source without its file name",
        lambda d: d["sources"]["seed-000"].pop("seed"),
        "/sources/seed-000",
        'a seed source needs "seed"',
    ),
    (
        "unknown listener group",
        lambda d: codes_of(d, "flinks", "connect_error_event")[0].update(group="nope"),
        "/providers/flinks/code_sets/connect_error_event/codes/0/group",
        "unknown group 'nope'",
    ),
    (
        "replacement that is not a value of the code set",
        lambda d: codes_of(d, "lean", "sdk_method")[9]["lifecycle"].update(replaced_by="nope"),
        "/providers/lean/code_sets/sdk_method/codes/9/lifecycle/replaced_by",
        "'nope' is not a value of this code set",
    ),
    (
        "class name collision",
        lambda d: code_set_of(d, "argyle", "channel").update(class_name="DataSource"),
        "/providers/argyle/code_sets/channel/class_name",
        "class name 'DataSource' collides with",
    ),
    (
        "module collision",
        lambda d: d["providers"]["flinks"].update(module="lean"),
        "/providers/flinks/module",
        "module 'lean' collides with /providers/lean/module",
    ),
    (
        "category identifier collision",
        lambda d: d["categories"]["pending"].update(name="SUCCESS"),
        "/categories/pending/name",
        "identifier 'SUCCESS' collides with /categories/success/name",
    ),
    (
        "the unknown category missing",
        lambda d: d["categories"].pop("unknown"),
        "/categories",
        "the category 'unknown' must exist",
    ),
    (
        "SDK method without an entry",
        lambda d: d["providers"]["lean"]["sdk"]["methods"].pop("pay"),
        "/providers/lean/sdk/methods",
        "method 'pay' has no entry",
    ),
    (
        "SDK outcome that is not a callback status",
        lambda d: d["providers"]["lean"]["sdk"]["methods"]["connect"]["outcomes"][0].update(
            status="YAY"
        ),
        "/providers/lean/sdk/methods/connect/outcomes/0/status",
        "'YAY' is not a value of code set 'callback_status'",
    ),
    (
        "duplicate config field",
        lambda d: d["providers"]["lean"]["sdk"]["methods"]["reconnect"]["fields"].append(
            {"name": "reconnect_id", "required": False}
        ),
        "/providers/lean/sdk/methods/reconnect/fields/6/name",
        "duplicate config field 'reconnect_id'",
    ),
    (
        "empty text",
        lambda d: codes_of(d, "lean", "callback_status")[0].update(description=""),
        "/providers/lean/code_sets/callback_status/codes/0/description",
        "should be non-empty",
    ),
    (
        "blank text",
        lambda d: codes_of(d, "lean", "callback_status")[0].update(description="   "),
        "/providers/lean/code_sets/callback_status/codes/0/description",
        "does not match",
    ),
    (
        "misspelt field",
        lambda d: codes_of(d, "lean", "callback_status")[0].update(descripton="x"),
        "/providers/lean/code_sets/callback_status/codes/0/descripton",
        "unknown field",
    ),
    (
        "wrong type",
        lambda d: codes_of(d, "flinks", "api_error_code")[2]["http"][0].update(status="202"),
        "/providers/flinks/code_sets/api_error_code/codes/2/http/0/status",
        "'202' is not of type 'integer'",
    ),
    (
        "lone surrogate",
        lambda d: codes_of(d, "lean", "callback_status")[1].update(notes="bad \ud800 text"),
        "/providers/lean/code_sets/callback_status/codes/1/notes",
        "lone surrogate U+D800",
    ),
    (
        "invalid identifier name",
        lambda d: codes_of(d, "argyle", "verification_error")[0].update(name="self-employed"),
        "/providers/argyle/code_sets/verification_error/codes/0/name",
        "does not match",
    ),
    (
        "a decision order that names a field holding no code",
        lambda d: d["payloads"]["plaid/error"]["decides"].append("$.error_message"),
        "/payloads/plaid~1error/decides/2",
        "$.error_message is not a field that names a code set",
    ),
    (
        "a kind with code fields and no decision order",
        lambda d: d["payloads"]["plaid/error"].pop("decides"),
        "/payloads/plaid~1error",
        "a kind with code fields needs decides",
    ),
    (
        "a decision order that leaves out a code field",
        lambda d: d["payloads"]["plaid/error"]["decides"].remove("$.error_type"),
        "/payloads/plaid~1error/decides",
        "decides leaves out $.error_type",
    ),
    (
        "a recognition rule that matches another kind's published example",
        lambda d: d["payloads"]["plaid/error"]["recognise"][0].pop("absent"),
        "/payloads/plaid~1error/recognise/0",
        "matches a published example of plaid/link",
    ),
    (
        "a kind whose rule does not recognise its own example",
        lambda d: d["payloads"]["flinks/webhook"]["recognise"][0].update(present=["Type"]),
        "/payloads/flinks~1webhook/examples/0/data",
        "no entry of flinks/webhook's recognise matches this example",
    ),
    (
        "a recognition rule naming an unknown code set",
        lambda d: d["payloads"]["lean/data-api-response"]["recognise"][0].update(
            codes={"status": ["lean.no_such_set"]}
        ),
        "/payloads/lean~1data-api-response/recognise/0/codes/status/0",
        "unknown code set 'lean.no_such_set'",
    ),
    (
        # Lean's iOS SDK documents the callback's method; a lifecycle may not say it is gone.
        "a lifecycle that contradicts what an SDK shape sends",
        lambda d: codes_of(d, "lean", "callback_method")[0].update(
            lifecycle={"state": "deprecated", "note": "Gone from current SDKs."}
        ),
        "/payloads/lean~1callback/sdk_shapes/3/values/method",
        "the ios SDK sends 'LINK', which lean.callback_method says is deprecated",
    ),
    (
        "end-user words that speak of the customer",
        lambda d: d["categories"]["credentials_invalid"]["end_user"]["action"].update(
            en="Customer should re-enter their password."
        ),
        "/categories/credentials_invalid/end_user/action/en",
        "end-user words speak of 'Customer', not to the customer",
    ),
    (
        "a code's words that address the lender",
        lambda d: codes_of(d, "argyle", "bank_connection_error")[0].update(
            end_user={
                "message": {
                    "en": "It failed.",
                    "fr": "Échec.",
                    "ar": "فشل.",
                    "es": "Falló.",
                    "pt": "Falhou.",
                },
                "action": {
                    "en": "Ask the borrower to wait.",
                    "fr": "Attendez.",
                    "ar": "انتظر.",
                    "es": "Espere.",
                    "pt": "Aguarde.",
                },
            }
        ),
        "/providers/argyle/code_sets/bank_connection_error/codes/0/end_user/action/en",
        "speak of 'borrower'",
    ),
    (
        "an action that asks to try again where the end user cannot",
        lambda d: d["categories"]["rejected"]["end_user"]["action"].update(
            fr="Veuillez réessayer."
        ),
        "/categories/rejected/end_user/action/fr",
        "the end user cannot retry here",
    ),
    (
        "a code that cannot retry, shown its category's invitation to",
        lambda d: codes_of(d, "lean", "secondary_status")[8].update(end_user_can_retry=False),
        "/providers/lean/code_sets/secondary_status/codes/8/end_user/action/en",
        "the end user cannot retry here",
    ),
    (
        "exception classes from another provider's code sets",
        lambda d: d["payloads"]["fintoc/api-error"].update(
            exception_code_set="stripe.api_error_type"
        ),
        "/payloads/fintoc~1api-error/exception_code_set",
        "'stripe.api_error_type' is no code set of fintoc",
    ),
    (
        "exception classes that travel as integers",
        lambda d: d["payloads"]["fintoc/api-error"].update(exception_code_set="fintoc.http_status"),
        "/payloads/fintoc~1api-error/exception_code_set",
        "'fintoc.http_status' holds no class names (its wire_type is not string)",
    ),
]

#: Every bad spec: these rules', then those of the sources' extractors, the standards, what a
#: record says of itself and the decisions' facts.
CASES = [*_RULES, *EXTRACT_CASES, *STANDARD_CASES, *RECORD_CASES, *DECISION_CASES]
