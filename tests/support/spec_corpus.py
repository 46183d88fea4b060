"""The corpus of malformed specs that tests/test_spec_corpus.py feeds to validate and generate:
each case is a mutation of the project's spec, the JSON pointer of the problem it causes and a
part of the expected message."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from codegen import naming

Mutation = Callable[[dict[str, Any]], None]


def _keys(path: str) -> list[str]:
    """The keys of a JSON pointer."""
    return [key.replace("~1", "/").replace("~0", "~") for key in path.strip("/").split("/")]


def _set(data: dict[str, Any], path: str, value: object) -> None:
    *parents, last = _keys(path)
    node: Any = data
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node[key]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value


def _drop(data: dict[str, Any], path: str) -> None:
    *parents, last = _keys(path)
    node: Any = data
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node[key]
    del node[int(last) if isinstance(node, list) else last]


def setting(path: str, value: object) -> Mutation:
    return lambda data: _set(data, path, value)


def dropping(path: str) -> Mutation:
    return lambda data: _drop(data, path)


def appending(path: str, value: object) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        node: Any = data
        for key in _keys(path):
            node = node[int(key)] if isinstance(node, list) else node[key]
        node.append(copy.deepcopy(value))

    return mutate


def together(*mutations: Mutation) -> Mutation:
    """The mutations, one after another (a problem that needs two edits)."""

    def mutate(data: dict[str, Any]) -> None:
        for mutation in mutations:
            mutation(data)

    return mutate


def renaming_code_set(provider: str, old: str, new: str) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        code_sets = data["providers"][provider]["code_sets"]
        data["providers"][provider]["code_sets"] = {
            (new if key == old else key): value for key, value in code_sets.items()
        }

    return mutate


def every_reserved_member_name(data: dict[str, Any]) -> None:
    codes = data["providers"]["argyle"]["code_sets"]["channel"]["codes"]
    for name in sorted(naming.member_names()):
        codes.append({"value": f"x-{name}", "name": name, "description": "Reserved."})


CODES = "/providers/flinks/code_sets/connect_error_event/codes"


LISTENER = "/payloads/flinks~1connect-message/listener"


CALLBACK_TYPES = "/payloads/lean~1callback/types"


SHAPES = "/payloads/lean~1callback/sdk_shapes"


HOSTILE_URL = "https://docs.example.com/a)[x](javascript:alert(1))"


#: (name, mutation, pointer of a reported problem, fragment of its message)
CORPUS: list[tuple[str, Mutation, str, str]] = [
    ("empty spec", lambda d: d.clear(), "", "'about' is a required property"),
    ("unknown field at the root", setting("/zz_unknown", 1), "/zz_unknown", "unknown field"),
    (
        "unknown field in a code",
        setting(f"{CODES}/0/descripton", "x"),
        f"{CODES}/0/descripton",
        "unknown field",
    ),
    ("missing providers", dropping("/providers"), "", "'providers' is a required property"),
    (
        "wrong type: a number as a title",
        setting("/sources/seed-000/title", 5),
        "/sources/seed-000/title",
        "not of type 'string'",
    ),
    (
        "wrong type: a string as a status",
        setting("/providers/flinks/code_sets/api_error_code/codes/2/http/0/status", "202"),
        "/providers/flinks/code_sets/api_error_code/codes/2/http/0/status",
        "not of type 'integer'",
    ),
    ("wrong type: codes as an object", setting(f"{CODES}", {}), CODES, "not of type 'array'"),
    (
        "missing field: a code's value",
        dropping(f"{CODES}/0/value"),
        f"{CODES}/0",
        "'value' is a required property",
    ),
    (
        "missing field: a listener's events",
        dropping(f"{LISTENER}/events"),
        LISTENER,
        "'events' is a required property",
    ),
    (
        "empty text",
        setting(f"{CODES}/0/description", ""),
        f"{CODES}/0/description",
        "should be non-empty",
    ),
    (
        "a control character in a text",
        setting(f"{CODES}/0/description", "a\x07b"),
        f"{CODES}/0/description",
        "does not match",
    ),
    (
        "a line break after a wire value",
        setting(f"{CODES}/0/value", "INVALID_LOGIN\n"),
        f"{CODES}/0/value",
        "does not match",
    ),
    (
        "a line break after a type prefix",
        setting("/providers/lean/type_prefix", "Lean\n"),
        "/providers/lean/type_prefix",
        "does not match",
    ),
    (
        "a line break after the version",
        setting("/spec_version", "1.0.0\n"),
        "/spec_version",
        "does not match",
    ),
    (
        "a line break after a header name",
        setting("/providers/lean/signing/headers/0", "lean-signature\n"),
        "/providers/lean/signing/headers/0",
        "does not match",
    ),
    (
        "a URL that would close its link",
        setting("/sources/seed-000/url", HOSTILE_URL),
        "/sources/seed-000/url",
        "does not match",
    ),
    (
        "a bad key in a map",
        setting("/payloads/Lean Webhook", {}),
        "/payloads/Lean Webhook",
        "bad key",
    ),
    (
        "a payload field that starts with an underscore, not GraphQL's __typename",
        setting(
            "/payloads/cdr~1error/types/Error/fields/_id", {"type": "string", "required": False}
        ),
        "/payloads/cdr~1error/types/Error/fields/_id",
        "bad key: '_id' does not match",
    ),
    (
        "duplicate wire value",
        setting(f"{CODES}/1/value", "INVALID_USERNAME"),
        f"{CODES}/1/value",
        "duplicate wire value",
    ),
    (
        "duplicate alias",
        setting("/providers/lean/code_sets/permission/codes/7/aliases", ["identity"]),
        "/providers/lean/code_sets/permission/codes/7/aliases/0",
        "duplicate wire value",
    ),
    (
        "duplicate identifier",
        appending(
            "/providers/argyle/code_sets/verification_error/codes",
            {
                "value": "self_employed_income",
                "description": "x",
                "category": "user_action_required",
            },
        ),
        "/providers/argyle/code_sets/verification_error/codes/1/value",
        "collides with",
    ),
    (
        "duplicate class name in a provider",
        setting("/providers/argyle/code_sets/channel/class_name", "DataSource"),
        "/providers/argyle/code_sets/channel/class_name",
        "collides with",
    ),
    (
        "duplicate module",
        setting("/providers/flinks/module", "lean"),
        "/providers/flinks/module",
        "collides with",
    ),
    (
        "a module the runtime has",
        setting("/providers/flinks/module", "cli"),
        "/providers/flinks/module",
        "reserved",
    ),
    (
        "a class that shadows a runtime import",
        setting("/providers/argyle/code_sets/channel/class_name", "CodeEnum"),
        "/providers/argyle/code_sets/channel/class_name",
        "reserved",
    ),
    (
        "every reserved member name",
        every_reserved_member_name,
        "/providers/argyle/code_sets/channel/codes/2/name",
        "reserved for an attribute",
    ),
    (
        "a member named code_set",
        appending(
            "/providers/argyle/code_sets/channel/codes",
            {"value": "x", "name": "code_set", "description": "x"},
        ),
        "/providers/argyle/code_sets/channel/codes/2/name",
        "reserved for an attribute",
    ),
    (
        "a Python keyword",
        appending(
            "/providers/flinks/code_sets/webhook_response_type/codes",
            {"value": "class", "description": "x"},
        ),
        "/providers/flinks/code_sets/webhook_response_type/codes/2/value",
        "keyword",
    ),
    (
        "a category name Category has",
        setting("/categories/pending/name", "label"),
        "/categories/pending/name",
        "reserved",
    ),
    (
        "the unknown category renamed",
        setting("/categories/unknown/name", "NEW"),
        "/categories/unknown/name",
        "must be named 'UNKNOWN'",
    ),
    (
        "dangling category",
        setting(f"{CODES}/3/category", "credential"),
        f"{CODES}/3/category",
        "unknown category 'credential'",
    ),
    (
        "dangling source",
        setting(f"{CODES}/0/sources", ["seed-004", "nope"]),
        f"{CODES}/0/sources/1",
        "unknown source 'nope'",
    ),
    (
        "dangling source of listener origins",
        setting(f"{LISTENER}/origins/sources", ["nope"]),
        f"{LISTENER}/origins/sources/0",
        "unknown source 'nope'",
    ),
    (
        "dangling code set after a rename",
        renaming_code_set("flinks", "connect_error_event", "connect_error"),
        "/payloads/flinks~1connect-message/types/ErrorEvent/fields/flinksCode/type/code/0",
        "unknown code set 'flinks.connect_error_event'",
    ),
    (
        "dangling payload type",
        setting(f"{CALLBACK_TYPES}/CallbackData/fields/bank/type", {"ref": "Nope"}),
        f"{CALLBACK_TYPES}/CallbackData/fields/bank/type/ref",
        "unknown type 'Nope'",
    ),
    (
        "a status field that is no field of the kind",
        setting("/payloads/lean~1callback/status_field", "http_status"),
        "/payloads/lean~1callback/status_field",
        "'http_status' is no field of the kind's types",
    ),
    (
        "words on a kind whose codes decide",
        setting("/payloads/lean~1callback/words", ["$.status"]),
        "/payloads/lean~1callback/words",
        "a kind's words are read where no code decides: this kind has code fields",
    ),
    (
        "dangling listener type",
        setting(f"{LISTENER}/events/0/type", "Nope"),
        f"{LISTENER}/events/0/type",
        "neither an object type nor a union variant",
    ),
    (
        "a listener code that is not a code field",
        setting(f"{LISTENER}/events/0/codes", ["institution"]),
        f"{LISTENER}/events/0/codes/0",
        "not a code field",
    ),
    (
        "a message listener without origins",
        dropping(f"{LISTENER}/origins"),
        LISTENER,
        'needs "origins"',
    ),
    (
        "a listener on a server payload",
        dropping("/payloads/flinks~1connect-message/browser"),
        LISTENER,
        'set "browser": true',
    ),
    (
        "a flag set to null",
        setting("/payloads/flinks~1connect-message/browser", None),
        "/payloads/flinks~1connect-message/browser",
        "True was expected",
    ),
    (
        "a listener name the runtime exports",
        setting(f"{LISTENER}/function", "classify"),
        f"{LISTENER}/function",
        "reserved",
    ),
    (
        "two payload types with one TypeScript name",
        setting(
            f"{CALLBACK_TYPES}/Envelope",
            {"description": "x", "fields": {"a": {"type": "string", "required": False}}},
        ),
        f"{CALLBACK_TYPES}/Envelope",
        "collides with",
    ),
    (
        "a variant that is not a value",
        setting(
            "/payloads/argyle~1webhook/types/ArgyleWebhook/discriminated/variants/nope",
            {"name": "Nope"},
        ),
        "/payloads/argyle~1webhook/types/ArgyleWebhook/discriminated/variants/nope",
        "is not a value",
    ),
    (
        "an example the schema rejects",
        setting("/payloads/lean~1data-api-response/examples/0/data/status", 5),
        "/payloads/lean~1data-api-response/examples/0/data/status",
        "schema rejects this example",
    ),
    (
        "an example of a union member that its member's schema rejects",
        setting("/payloads/plaid~1webhook/examples/0/data/screening_id", 5),
        "/payloads/plaid~1webhook/examples/0/data/screening_id",
        "schema rejects this example",
    ),
    (
        "an SDK method without an entry",
        dropping("/providers/lean/sdk/methods/pay"),
        "/providers/lean/sdk/methods",
        "method 'pay' has no entry",
    ),
    (
        "bankcodes' wording of a text the code does not have",
        setting(f"{CODES}/0/own_words", ["message"]),
        f"{CODES}/0/own_words/0",
        "the code has no message",
    ),
    (
        "a text cited to an unknown source",
        setting(f"{CODES}/0/text_sources", {"advice": ["nope"]}),
        f"{CODES}/0/text_sources/advice/0",
        "unknown source 'nope'",
    ),
    (
        "an editorial HTTP entry without a cause",
        setting(f"{CODES}/0/http/0/editorial", True),
        f"{CODES}/0/http/0/editorial",
        "the entry has no cause",
    ),
    (
        "an SDK that sends an undeclared field",
        setting(f"{SHAPES}/4/fields/nope", {"type": "string"}),
        f"{SHAPES}/4/fields/nope",
        "CallbackData declares no field 'nope'",
    ),
    (
        "an SDK that sends null where the type does not allow it",
        setting(f"{SHAPES}/0/fields/bank.is_supported", {"type": "boolean", "nullable": True}),
        f"{SHAPES}/0/fields/bank.is_supported",
        "sent as null but not declared nullable",
    ),
    (
        "an SDK that sends a boolean where a string is declared",
        setting(f"{SHAPES}/0/fields/message", {"type": "boolean"}),
        f"{SHAPES}/0/fields/message",
        "declared as string, sent as boolean",
    ),
    (
        "a header that two providers declare to tell their responses",
        together(
            setting(
                "/providers/lean/body_rules/headers", [{"name": "x-api", "sources": ["seed-000"]}]
            ),
            setting(
                "/providers/flinks/body_rules",
                {"headers": [{"name": "x-api", "sources": ["seed-001"]}]},
            ),
        ),
        "/providers/flinks/body_rules/headers/0",
        "lean declares the header 'x-api' too",
    ),
    (
        "an SDK status the code set does not know",
        setting(f"{SHAPES}/0/values/status", ["CLOSED"]),
        f"{SHAPES}/0/values/status",
        "'CLOSED' is not a value",
    ),
]


TEXT_CORPUS: list[tuple[str, bytes, str, str]] = [
    ("not JSON", b"{", "line 1 column 2", "invalid JSON"),
    ("empty file", b"", "line 1 column 1", "invalid JSON"),
    ("a top-level array", b"[]", "", "must be a JSON object"),
    ("not UTF-8", '{"about": "caf\u00e9"}'.encode("latin-1"), "", "not UTF-8"),
    ("NaN", b'{"x": NaN}', "", "NaN is not a JSON value"),
    ("a duplicate key", b'{"a": 1, "a": 2}', "", "duplicate key 'a'"),
    ("nested too deeply", b"[" * 100_000 + b"]" * 100_000, "", "nested too deeply"),
    ("a huge file", b'{"x": "' + b"a" * 9_000_000 + b'"}', "", "the limit is"),
]
