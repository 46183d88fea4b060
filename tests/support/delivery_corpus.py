"""A corpus of webhook deliveries built from the spec's webhook examples, for comparing the
receivers (Python's bankcodes.receive and Node's receive) with each other and with what each
delivery calls for.

For each provider that delivers webhooks, from each example of its payload kind:
- valid: the example as published (accepted lenient and strict);
- wrong type: a number where the member's schema has a string (its deepest such field, and its
  first top-level one), or, in a member with no string but its tag, text where it has an integer
  (its first such field), refused with the problem at that field's path;
- missing: the deepest required field the example has (and, once, the tag field), removed,
  refused at that field's path;
- unknown tag: the tag field set to a value the catalog does not know, accepted when lenient,
  refused when strict (at the tag's path).
And once per provider: bodies that are not an object (an array of the example, a string, null),
malformed JSON (the example cut short, a trailing comma, NaN), and a body over the default size
limit (the example padded with spaces), all refused at `$`.

Each delivery is signed as the provider signs (bankcodes.sign: an HMAC with a secret, or an ES256
JWT with a key pair made here) at a fixed time, which both receivers are given as now.
"""

from __future__ import annotations

import base64
import datetime
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from bankcodes import payloads, signatures
from tests.support.helpers import ROOT, spec_data
from tests.support.sent import sent_at

SCHEMAS = ROOT / "generated" / "jsonschema"
SECRET = "whsec_corpus"
NOW = datetime.datetime(2026, 5, 12, 14, 34, 40, tzinfo=datetime.UTC)
UNKNOWN_TAG = "bankcodes.corpus.unknown"
CATEGORIES = ("valid", "wrong type", "missing", "unknown tag", "not an object", "malformed", "size")

Keys = tuple[str | int, ...]


@dataclass(frozen=True)
class Delivery:
    provider: str
    category: str
    name: str
    body: bytes
    #: What the delivery calls for, lenient and strict: None (accepted) or the first problem's
    #: JSON path.
    lenient: str | None
    strict: str | None


def json_path(keys: Keys) -> str:
    """$.name, $["a key"], $[0]: the JSON paths problems carry."""
    path = "$"
    for key in keys:
        if isinstance(key, int):
            path += f"[{key}]"
        elif key.isidentifier():
            path += f".{key}"
        else:
            path += "[" + json.dumps(key) + "]"
    return path


def _deref(schema: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    """A schema without its references, and a nullable one as its non-null alternative."""
    while True:
        if "$ref" in schema:
            schema = defs[schema["$ref"].rsplit("/", 1)[1]]
        elif len(schema.get("anyOf", ())) == 2 and {"type": "null"} in schema["anyOf"]:
            schema = next(item for item in schema["anyOf"] if item != {"type": "null"})
        else:
            return schema


@dataclass(frozen=True)
class _Field:
    keys: Keys
    required: bool
    #: The JSON type the schema gives the field ("string", "integer"; None for a code set's).
    type: str | None


def _fields(schema: dict[str, Any], defs: dict[str, Any], data: Any, at: Keys) -> Iterator[_Field]:
    """Every field of `data` that `schema` (strict) declares, nested objects and the first item of
    arrays of objects included."""
    schema = _deref(schema, defs)
    properties = schema.get("properties")
    if not isinstance(data, dict) or properties is None:
        return
    for name, sub in properties.items():
        if name not in data:
            continue
        keys = (*at, name)
        resolved = _deref(sub, defs)
        yield _Field(keys, name in schema.get("required", ()), resolved.get("type"))
        value = data[name]
        if resolved.get("type") == "array" and isinstance(value, list) and value:
            yield from _fields(resolved.get("items", {}), defs, value[0], (*keys, 0))
        else:
            yield from _fields(resolved, defs, value, keys)


def _edited(data: Any, keys: Keys, value: Any = None, *, remove: bool = False) -> Any:
    result = json.loads(json.dumps(data))
    node = result
    for key in keys[:-1]:
        node = node[key]
    if remove:
        del node[keys[-1]]
    else:
        node[keys[-1]] = value
    return result


def _body(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def _kind_deliveries(provider: str, kind: str) -> Iterator[Delivery]:
    entry = spec_data()["payloads"][kind]
    union = entry["types"][entry["root"]]["discriminated"]
    tag = union["field"]
    schema = json.loads((SCHEMAS / f"{kind}.strict.schema.json").read_text(encoding="utf-8"))
    defs = schema["$defs"]
    examples = [example["data"] for example in entry["examples"]]
    for number, data in enumerate(examples, 1):
        name = f"example {number} ({data.get(tag)})"
        yield Delivery(provider, "valid", name, _body(data), None, None)
        tag_path = json_path((tag,))
        unknown = _body({**data, tag: UNKNOWN_TAG})
        yield Delivery(provider, "unknown tag", name, unknown, None, tag_path)
        variant = union["variants"].get(data.get(tag))
        if variant is None:
            continue
        fields = [f for f in _fields(defs[variant["name"]], defs, data, ()) if f.keys != (tag,)]
        strings = [f for f in fields if f.type == "string"]
        chosen = {max(strings, key=lambda f: len(f.keys), default=None)}
        chosen.add(next((f for f in strings if len(f.keys) == 1), None))
        wrong_value: object = 5
        if not strings:
            chosen = {next((f for f in fields if f.type == "integer"), None)}
            wrong_value = "five"
        for field in sorted((f for f in chosen if f is not None), key=lambda f: f.keys):
            path = json_path(field.keys)
            wrong = _body(_edited(data, field.keys, wrong_value))
            said = f"{name} {path} = {json.dumps(wrong_value)}"
            yield Delivery(provider, "wrong type", said, wrong, path, path)
        required = [f for f in fields if f.required]
        if required:
            field = max(required, key=lambda f: len(f.keys))
            path = json_path(field.keys)
            missing = _body(_edited(data, field.keys, remove=True))
            yield Delivery(provider, "missing", f"{name} without {path}", missing, path, path)
    untagged = _body({key: value for key, value in examples[0].items() if key != tag})
    tag_path = json_path((tag,))
    yield Delivery(provider, "missing", f"without {tag_path}", untagged, tag_path, tag_path)
    first = _body(examples[0])
    for what, body in (
        ("an array", _body([examples[0]])),
        ("a string", b'"' + base64.b64encode(first) + b'"'),
        ("null", b"null"),
    ):
        yield Delivery(provider, "not an object", what, body, "$", "$")
    for what, body in (
        ("cut short", first[:-1]),
        ("a trailing comma", first[:-1] + b",}"),
        ("NaN", first[:-1] + b', "x_nan": NaN}'),
    ):
        yield Delivery(provider, "malformed", what, body, "$", "$")
    padded = first + b" " * (payloads.MAX_BYTES + 1 - len(first))
    yield Delivery(provider, "size", "1 MiB and a byte", padded, "$", "$")


def deliveries() -> list[Delivery]:
    """The corpus: every delivering provider's deliveries (see the module's docstring), each
    body once (examples that differ only where a change was made give the same body)."""
    found: dict[tuple[str, bytes], Delivery] = {}
    for provider, entry in spec_data()["providers"].items():
        if "delivery" in entry:
            for delivery in _kind_deliveries(provider, entry["delivery"]["payload_kind"]):
                found.setdefault((provider, delivery.body), delivery)
    return list(found.values())


#: The path every delivery is posted to (a JWS signs it).
PATH = "/webhooks/corpus"


def keys_for(provider: str) -> tuple[object, object]:
    """(what signs, what verifies): a secret twice, a private and a public JWK for a JWT
    scheme, the published P-521 test key and its key set for a JWS, an RSA key and its PEM at
    its key address for a fetched key, the published test key pair of a published key's
    algorithm, or nothing for a provider that signs nothing."""
    scheme = signatures.scheme_of(provider)
    if isinstance(scheme, signatures.NoSignature):
        return None, None
    if isinstance(scheme, signatures.JwsScheme):
        from codegen.targets.ec_test_keys import jws_test_key

        private, public = jws_test_key()
        return private, {"keys": [public]}
    if isinstance(scheme, signatures.FetchedKeyScheme):
        from tests.support.fetched_key_corpus import KEY, pem, private_pem

        address = scheme.key_address.replace("{key_id}", "1")
        return {"private_pem": private_pem(KEY), "key_id": "1"}, {address: pem(KEY)}
    if isinstance(scheme, signatures.PublishedKeyScheme):
        from bankcodes import _test_deliveries as test

        if scheme.algorithm == "ECDSA-SHA256":
            return {"private_pem": test.TEST_EC_PRIVATE_PEM}, test.TEST_EC_PUBLIC_PEM
        return {"private_pem": test.TEST_RSA_PRIVATE_PEM}, test.TEST_RSA_PUBLIC_PEM
    if isinstance(scheme, signatures.JwtScheme):
        from cryptography.hazmat.primitives.asymmetric import ec

        from tests.support.jwt_corpus import b64url, public_jwk

        key = ec.generate_private_key(ec.SECP256R1())
        public = public_jwk(key, "corpus")
        private = {**public, "d": b64url(key.private_numbers().private_value.to_bytes(32, "big"))}
        return private, public
    return SECRET, SECRET


#: The header an app names for its secret, where the provider lets it.
APP_SECRET_HEADER = "X-Webhook-Secret"


def app_header(provider: str) -> str | None:
    """The name of the header the app chose for its secret, for a provider whose header the app
    names; None for every other."""
    scheme = signatures.scheme_of(provider)
    named = isinstance(scheme, signatures.SharedSecretScheme) and scheme.header is None
    return APP_SECRET_HEADER if named else None


def signed(corpus: list[Delivery]) -> list[dict[str, Any]]:
    """The deliveries as the receivers get them: body (base64), the headers the provider sends,
    the secret or public key to verify with, and the time to receive them at."""
    keys = {delivery.provider: keys_for(delivery.provider) for delivery in corpus}
    items = []
    for delivery in corpus:
        signing, verifying = keys[delivery.provider]
        headers = (
            {}
            if signing is None
            else signatures.sign(
                delivery.provider,
                delivery.body,
                signing,  # type: ignore[arg-type]
                now=NOW,
                path=PATH,
                secret_header=app_header(delivery.provider),
            )
        )
        # Received when the body says it was sent, where it says so (a signed body timestamp
        # is checked against the provider's retry window); else at the instant it was signed.
        sent = sent_at(delivery.provider, delivery.body) or NOW
        items.append(
            {
                "provider": delivery.provider,
                "body": base64.b64encode(delivery.body).decode("ascii"),
                "headers": headers,
                "secret": verifying,
                "now": sent.isoformat(),
                "path": PATH,
                "secret_header": app_header(delivery.provider),
            }
        )
    return items
