"""Bad specs, one per rule: a mutation of the project's spec, where the rule points and what
it says (test_spec checks each is rejected so)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.support.spec_cases_codes import CODE_CASES, code_set_of, codes_of
from tests.support.spec_cases_decisions import DECISION_CASES
from tests.support.spec_cases_extract import EXTRACT_CASES
from tests.support.spec_cases_records import RECORD_CASES
from tests.support.spec_cases_standards import STANDARD_CASES

Mutation = Callable[[dict[str, Any]], None]


_RULES: list[tuple[str, Mutation, str, str]] = [
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
        # Box's errors carry request_id, code and message too: Belvo's envelope, without a code
        # of Belvo's own, tells no provider (DESIGN.md, rule 22).
        "a recognition rule by an envelope many APIs share alone",
        lambda d: d["payloads"]["belvo/api-error"]["recognise"][0].pop("codes"),
        "/payloads/belvo~1api-error/recognise/0",
        "request_id, code, message tells no provider: fields many APIs send, and no code only "
        "belvo's code sets hold",
    ),
    (
        "a rule reading the provider's namespace without the sources that publish it",
        lambda d: d["payloads"]["fintoc/api-error"]["recognise"][0].pop("sources"),
        "/payloads/fintoc~1api-error/recognise/0",
        "prefixes read the provider's namespace: name the sources that publish it",
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
CASES = [*CODE_CASES, *_RULES, *EXTRACT_CASES, *STANDARD_CASES, *RECORD_CASES, *DECISION_CASES]
