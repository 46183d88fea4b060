"""The shared corpus of TrueLayer Tl-Signature deliveries (the spec's jws scheme) on which Python
and Node must give one verdict and one reason, with the verdict the rules of bankcodes._jws
call for.

The signatures whose JWS header is written out here are assembled by hand with `cryptography`
(never with bankcodes' own signer): ES512 over RFC 7515's signing input, ASCII(BASE64URL(header
as written) || '.' || BASE64URL(payload)), the payload being TrueLayer's (request-signing-v2.md
of TrueLayer/truelayer-signing at 95fdf17): "POST <path>\\n", then "<name>: <value>\\n" for each
header tl_headers lists, in its order and with its case, then the raw body.

Where TrueLayer's own library (truelayer-signing, PyPI 0.4.0 and npm 0.2.3) answers otherwise
than bankcodes, a vector says what each library answers ("libraries"), read from its source at
that commit: python/truelayer_signing/verify.py and utils.py, nodejs/src/lib.ts and headers.ts.
"""

from __future__ import annotations

import base64
import json
from typing import Any

import truelayer_signing as tl
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from bankcodes import signatures
from codegen.targets.ec_test_keys import jws_test_key
from tests.support.keys import p521_pem

PRODUCTION = "https://webhooks.truelayer.com/.well-known/jwks"
SANDBOX = "https://webhooks.truelayer-sandbox.com/.well-known/jwks"
PATH = "/webhooks/truelayer"
BODY = b'{"type":"payment_executed","event_version":1,"event_id":"e-1","payment_id":"p-1"}'
NOW = 1_735_689_600
STAMP_HEADER = "X-Tl-Webhook-Timestamp"
STAMP = "2025-01-01T00:00:00Z"
PRIVATE, PUBLIC = jws_test_key()
JWKS = {"keys": [PUBLIC]}
#: The JWS header TrueLayer's libraries write: its members in this order.
MEMBERS = {
    "alg": "ES512",
    "kid": PUBLIC["kid"],
    "tl_version": "2",
    "tl_headers": STAMP_HEADER,
    "jku": PRODUCTION,
}


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def compact(members: dict[str, Any]) -> bytes:
    """JSON as TrueLayer's Python library writes a JWS header: no spaces."""
    return json.dumps(members, separators=(",", ":")).encode()


def es512(header: bytes, lines: list[tuple[str, str]], path: str = PATH) -> tuple[str, str]:
    """The base64url header and signature of an ES512 JWS over `header` exactly as written
    and TrueLayer's payload for POST `path`, the header `lines` and BODY."""
    payload = f"POST {path}\n".encode() + b"".join(f"{n}: {v}\n".encode() for n, v in lines)
    signing_input = f"{b64(header)}.{b64(payload + BODY)}".encode("ascii")
    scalar = int.from_bytes(base64.urlsafe_b64decode(PRIVATE["d"] + "=="), "big")
    key = ec.derive_private_key(scalar, ec.SECP521R1())
    r, s = decode_dss_signature(key.sign(signing_input, ec.ECDSA(hashes.SHA512())))
    return b64(header), b64(r.to_bytes(66, "big") + s.to_bytes(66, "big"))


def written(header: bytes, lines: list[tuple[str, str]] | None = None) -> dict[str, str]:
    """A delivery whose Tl-Signature signs `header` as written (and the timestamp line)."""
    head, signature = es512(header, [(STAMP_HEADER, STAMP)] if lines is None else lines)
    return {"Tl-Signature": f"{head}..{signature}", STAMP_HEADER: STAMP}


def signed(body: bytes = BODY, path: str = PATH) -> dict[str, str]:
    return signatures.sign("truelayer", body, PRIVATE, now=NOW, path=path)


#: A JWS header member's value of JSON null, for `_with_header` (whose None removes a member).
NULL = object()


def _with_header(headers: dict[str, str], **changes: Any) -> dict[str, str]:
    """The same signature with its JWS header's members changed (None removes one, NULL sets
    it to null)."""
    head, signature = headers["Tl-Signature"].split("..")
    members = json.loads(base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)))
    for name, value in changes.items():
        if value is None:
            members.pop(name, None)
        else:
            members[name] = None if value is NULL else value
    return {**headers, "Tl-Signature": f"{b64(compact(members))}..{signature}"}


def _unstamped() -> dict[str, str]:
    """A signature that covers no header, so not the time of sending."""
    pem = p521_pem(PRIVATE)
    signer = tl.sign_with_pem(PRIVATE["kid"], pem).set_jku(PRODUCTION)
    value = signer.set_method(tl.HttpMethod.POST).set_path(PATH).set_body(BODY.decode()).sign()
    return {"Tl-Signature": value, STAMP_HEADER: STAMP}


def _stamped(text: str) -> dict[str, str]:
    """A signature whose timestamp header, signed as it is, says `text`."""
    pem = p521_pem(PRIVATE)
    signer = tl.sign_with_pem(PRIVATE["kid"], pem).set_jku(PRODUCTION)
    signer.set_method(tl.HttpMethod.POST).set_path(PATH).set_body(BODY.decode())
    value = signer.add_headers({STAMP_HEADER: text}).sign()
    return {"Tl-Signature": value, STAMP_HEADER: text}


def _header_text(headers: dict[str, str], text: bytes) -> dict[str, str]:
    """The same signature with its JWS header's bytes replaced by `text`."""
    signature = headers["Tl-Signature"].split("..")[1]
    return {**headers, "Tl-Signature": f"{b64(text)}..{signature}"}


#: A case: (name, what differs from a good delivery, the verdict).
Verdict = tuple[str, dict[str, Any], str]


def _verdicts() -> list[Verdict]:
    """The cases of the key set, the request and the timestamp: (name, changes, verdict)."""
    good = signed()
    return [
        *_request_verdicts(good),
        *_key_verdicts(good),
        *_key_set_mistakes(),
        *_encoding_verdicts(good),
        *_timestamp_verdicts(good),
    ]


def _request_verdicts(good: dict[str, str]) -> list[Verdict]:
    """The body, the path and the headers as the request carries them."""
    return [
        ("signed", {}, "ok"),
        ("a path with a trailing slash", {"path": PATH + "/"}, "ok"),
        ("a tampered body", {"body": BODY.replace(b"p-1", b"p-2")}, "signature:mismatch"),
        ("a body that is not UTF-8", {"body": BODY + b"\xff"}, "signature:mismatch"),
        ("another path", {"path": "/webhooks/other"}, "signature:mismatch"),
        ("no path", {"path": None}, "configuration:missing_path"),
        ("a path without its slash", {"path": "webhooks/truelayer"}, "configuration:bad_path"),
        # The root path has no other form: signed over "POST \n" (no path), it is no signature
        # of a delivery to "/".
        (
            "the root path signed without its slash",
            {"headers": _signed_for_path(""), "path": "/"},
            "signature:mismatch",
        ),
        (
            "the timestamp header repeated in another case",
            {"headers": {**good, STAMP_HEADER.lower(): STAMP}},
            "ok",
        ),
        # The signed text is "Name: value\n" per header: a value with a line break would make it
        # ambiguous (part of the body read as part of a header).
        (
            "a signed header holding a line break",
            {"headers": _line_break()},
            "signature:bad_encoding",
        ),
    ]


def _key_verdicts(good: dict[str, str]) -> list[Verdict]:
    """The key the signature names (its jku and kid), found in the key set or not."""
    other_key = {**PUBLIC, "kid": "another key"}
    return [
        ("keys from a function", {"keys": {"$function": JWKS}}, "ok"),
        ("keys by jku", {"keys": {PRODUCTION: JWKS}}, "ok"),
        (
            "the sandbox's address",
            {"headers": _with_header(good, jku=SANDBOX)},
            "signature:mismatch",
        ),
        (
            "a key set at another address",
            {
                "headers": _with_header(good, jku="https://attacker.example/jwks"),
                "keys": {"$function": JWKS},
            },
            "signature:unknown_key",
        ),
        ("no jku", {"headers": _with_header(good, jku=None)}, "signature:unknown_key"),
        ("another kid", {"keys": {"keys": [other_key]}}, "signature:unknown_key"),
        ("no key set for the jku", {"keys": {"$function": None}}, "signature:unknown_key"),
        # A kid is compared as JSON values are: true is no 1.
        (
            "a kid of true, a key of kid 1",
            {"headers": _with_header(good, kid=True), "keys": {"keys": [{**PUBLIC, "kid": 1}]}},
            "signature:unknown_key",
        ),
        # A kid of null names no key without a kid: a member left out is no value.
        (
            "a kid of null, a key without a kid",
            {
                "headers": _with_header(good, kid=NULL),
                "keys": {"keys": [{k: v for k, v in PUBLIC.items() if k != "kid"}]},
            },
            "signature:unknown_key",
        ),
    ]


def _key_set_mistakes() -> list[Verdict]:
    """Keys the receiver was given that hold no usable key: a setup mistake, not an attack."""
    return [
        ("keys of no shape", {"keys": 42}, "configuration:bad_key"),
        # The key set holds the signature's kid, but no usable key.
        ("one JWK, not a key set", {"keys": PUBLIC}, "configuration:bad_key"),
        (
            "a key on another curve",
            {"keys": {"keys": [{**PUBLIC, "crv": "P-256"}]}},
            "configuration:bad_key",
        ),
        (
            "a key without its coordinates",
            {"keys": {"keys": [{"kty": "EC", "crv": "P-521", "kid": PUBLIC["kid"]}]}},
            "configuration:bad_key",
        ),
        (
            "a key off its curve",
            {"keys": {"keys": [{**PUBLIC, "y": PUBLIC["x"]}]}},
            "configuration:bad_key",
        ),
        ("a key set of no shape", {"keys": {"$function": {"keys": "x"}}}, "configuration:bad_key"),
    ]


def _encoding_verdicts(good: dict[str, str]) -> list[Verdict]:
    """The Tl-Signature's own form: its algorithm, version, parts and header bytes."""
    head = good["Tl-Signature"].split("..")[0]
    members = json.loads(base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)))
    reversed_header = json.dumps(dict(reversed(members.items())), separators=(",", ":"))
    return [
        ("ES256", {"headers": _with_header(good, alg="ES256")}, "signature:wrong_algorithm"),
        ("version 1", {"headers": _with_header(good, tl_version="1")}, "signature:bad_encoding"),
        ("not a JWS", {"headers": {**good, "Tl-Signature": "abc"}}, "signature:bad_encoding"),
        (
            "a header that is no JSON",
            {"headers": {**good, "Tl-Signature": b64(b"[1,") + "..AAAA"}},
            "signature:bad_encoding",
        ),
        (
            "9,000 characters",
            {"headers": {**good, "Tl-Signature": "a" * 4500 + ".." + "b" * 4500}},
            "signature:bad_encoding",
        ),
        # The signature covers the header's bytes: the same members written otherwise are not
        # what was signed.
        (
            "a header with its members reversed after signing",
            {"headers": _header_text(good, reversed_header.encode())},
            "signature:mismatch",
        ),
    ]


def _timestamp_verdicts(good: dict[str, str]) -> list[Verdict]:
    """The signed timestamp header: covered, within the tolerance, and a time at all."""
    return [
        ("a tolerance the timestamp meets", {"max_age": 60}, "ok"),
        (
            "the signed timestamp header missing",
            {"headers": {"Tl-Signature": good["Tl-Signature"]}},
            "signature:missing_header",
        ),
        (
            "a timestamp the signature does not cover",
            {"headers": _unstamped()},
            "signature:missing_timestamp",
        ),
        (
            "a stale timestamp",
            {"max_age": 60, "now": NOW + 3600},
            "signature:stale_timestamp",
        ),
        # A signed time that is no day: never read as another one.
        (
            "February 30th",
            {"headers": _stamped("2026-02-30T00:00:00Z"), "max_age": 31_000_000},
            "signature:bad_encoding",
        ),
        (
            "the year 0",
            {"headers": _stamped("0000-01-01T00:00:00Z"), "max_age": 31_000_000},
            "signature:bad_encoding",
        ),
        # RFC 3339's time-numoffset: minutes 00 to 59.
        (
            "an offset of minute 60",
            {"headers": _stamped("2025-01-01T00:00:00+00:60"), "max_age": 31_000_000},
            "signature:bad_encoding",
        ),
    ]


def _signed_for_path(path: str) -> dict[str, str]:
    """A delivery whose Tl-Signature signs POST `path` (with the timestamp line)."""
    head, signature = es512(compact(MEMBERS), [(STAMP_HEADER, STAMP)], path=path)
    return {"Tl-Signature": f"{head}..{signature}", STAMP_HEADER: STAMP}


def _line_break() -> dict[str, str]:
    """A delivery signing a second header whose value holds a line break."""
    members = {**MEMBERS, "tl_headers": f"{STAMP_HEADER},X-Other"}
    lines = [(STAMP_HEADER, STAMP), ("X-Other", "a\nx")]
    return {**written(compact(members), lines), "X-Other": "a\nx"}


def _case(good: dict[str, str], name: str, changes: dict[str, Any], expect: str) -> dict[str, Any]:
    case: dict[str, Any] = {
        "name": name,
        "body": base64.b64encode(changes.get("body", BODY)).decode("ascii"),
        "headers": changes.get("headers", good),
        "keys": changes.get("keys", JWKS),
        "now": changes.get("now", NOW + 10),
        "expect": expect,
    }
    path = changes.get("path", PATH)
    if path is not None:
        case["path"] = path
    for member in ("max_age", "libraries"):
        if member in changes:
            case[member] = changes[member]
    return case


def cases() -> list[dict[str, Any]]:
    """Every case: the request's (above) and the JWS header's (tests.support.jws_headers)."""
    from tests.support.jws_headers import header_verdicts

    good = signed()
    assert good[STAMP_HEADER] == STAMP
    return [_case(good, *each) for each in [*_verdicts(), *header_verdicts()]]
