"""The shared corpus of deliveries signed with RSA keys the receiver fetches by address (the
spec's fetched_key scheme, Akahu's X-Akahu-Signature; its certificate_jwt scheme, Enable
Banking's Authorization: Bearer JWT), on which Python and Node must give one verdict and one
reason. The signatures are made here by hand with `cryptography` (never with bankcodes' own
signer) with key pairs generated in this module, and each case holds its keys in the shape a
receiver holds them: a PEM, a mapping from address to PEM, the key address's reply, or a key
function ({"$function": PEM or None}, {"$raise": …}) whose calls are recorded, or a mapping from
address to bytes ({"$bytes": {address: base64}})."""

from __future__ import annotations

import base64
import datetime
import hashlib
import json
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID

from tests.support.jwt_corpus import b64url

#: Akahu's key address (the SDK's GET /keys/{id} on https://api.akahu.io/v1).
KEY_ADDRESS = "https://api.akahu.io/v1/keys/{key_id}"
#: An x5u on enablebanking.com (a subdomain, as the Webhooks page's example api.enablebanking.com).
X5U = "https://api.enablebanking.com/webhooks/certificate.pem"
BODY = b'{"webhook_type":"TOKEN","webhook_code":"DELETE","state":"","item_id":"user_token_1234"}'

KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
OTHER = rsa.generate_private_key(public_exponent=65537, key_size=2048)


def pem(key: rsa.RSAPrivateKey, form: str = "spki") -> str:
    """The public half of `key` as a PEM: SPKI (PUBLIC KEY) or PKCS #1 (RSA PUBLIC KEY)."""
    public_format = (
        serialization.PublicFormat.PKCS1
        if form == "pkcs1"
        else serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return key.public_key().public_bytes(serialization.Encoding.PEM, public_format).decode()


def private_pem(key: rsa.RSAPrivateKey) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


def certificate(key: rsa.RSAPrivateKey) -> str:
    """A self-signed X.509 certificate of `key`, as an x5u serves one (PEM)."""
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "api.enablebanking.com")])
    start = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    built = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(7)
        .not_valid_before(start)
        .not_valid_after(start + datetime.timedelta(days=3650))
        .sign(key, hashes.SHA256())
    )
    return built.public_bytes(serialization.Encoding.PEM).decode()


def altered_certificate(key: rsa.RSAPrivateKey, old: bytes, new: bytes) -> str:
    """`certificate(key)` with the bytes `old` of its DER replaced by `new` (once)."""
    der = x509.load_pem_x509_certificate(certificate(key).encode()).public_bytes(
        serialization.Encoding.DER
    )
    assert der.count(old) == 1, old
    body = base64.b64encode(der.replace(old, new)).decode()
    lines = [body[at : at + 64] for at in range(0, len(body), 64)]
    return "\n".join(["-----BEGIN CERTIFICATE-----", *lines, "-----END CERTIFICATE-----", ""])


def rsa_signature(key: rsa.RSAPrivateKey, content: bytes) -> bytes:
    return key.sign(content, padding.PKCS1v15(), hashes.SHA256())


def akahu_headers(
    body: bytes = BODY, key: rsa.RSAPrivateKey = KEY, key_id: str = "1"
) -> dict[str, str]:
    signature = base64.b64encode(rsa_signature(key, body)).decode()
    return {"X-Akahu-Signature": signature, "X-Akahu-Signing-Key": key_id}


def msgi(body: bytes) -> str:
    """The msgi claim of the Webhooks page: "sha256-" and the base64 SHA-256 of the body."""
    return "sha256-" + base64.b64encode(hashlib.sha256(body).digest()).decode()


def token(
    head: dict[str, Any] | None = None,
    claims: dict[str, Any] | None = None,
    key: rsa.RSAPrivateKey = KEY,
) -> str:
    """A JWT as the Webhooks page describes it (alg RS256, typ JWT, x5u; sub, environment and
    msgi), with `head` and `claims` replacing its members."""
    header = {"alg": "RS256", "typ": "JWT", "x5u": X5U, **(head or {})}
    payload = {"sub": "app-1", "environment": "SANDBOX", "msgi": msgi(BODY), **(claims or {})}
    header = {name: value for name, value in header.items() if value is not None}
    payload = {name: value for name, value in payload.items() if value is not None}
    signing = f"{b64url(json.dumps(header).encode())}.{b64url(json.dumps(payload).encode())}"
    return f"{signing}.{b64url(rsa_signature(key, signing.encode()))}"


def _bearer(value: str) -> dict[str, str]:
    return {"Authorization": value}


def key_case(name: str, provider: str, expect: str, **given: Any) -> dict[str, Any]:
    """One case of the shared corpus of keys: its name, provider and verdict, the body in base64
    (BODY unless given) and the rest as given (headers, keys, url)."""
    case = {"name": name, "provider": provider, "expect": expect}
    case["body"] = base64.b64encode(given.pop("body", BODY)).decode()
    return {**case, **given}


def _akahu_signatures() -> list[tuple[str, str, dict[str, str], Any]]:
    """(name, verdict, headers, keys) of the signature and its headers."""
    one = KEY_ADDRESS.replace("{key_id}", "1")
    keys = {one: pem(KEY)}
    reply = json.dumps({"success": True, "item": pem(KEY)})
    good = akahu_headers()
    return [
        ("signed", "ok", good, keys),
        ("the key address's reply as it is", "ok", good, {one: reply}),
        ("a PKCS #1 key", "ok", good, {one: pem(KEY, "pkcs1")}),
        ("one PEM", "ok", good, pem(KEY)),
        ("keys from a function", "ok", good, {"$function": pem(KEY)}),
        ("a forged signature", "signature:mismatch", akahu_headers(key=OTHER), keys),
        ("another key id", "signature:unknown_key", akahu_headers(key_id="2"), keys),
        ("a key function with no key", "signature:unknown_key", good, {"$function": None}),
        (
            "a key id that is no integer",
            "signature:bad_encoding",
            {**good, "X-Akahu-Signing-Key": "k1"},
            keys,
        ),
        (
            "a negative key id",
            "signature:bad_encoding",
            {**good, "X-Akahu-Signing-Key": "-1"},
            keys,
        ),
        (
            "a key id with a leading zero",
            "signature:bad_encoding",
            {**good, "X-Akahu-Signing-Key": "01"},
            keys,
        ),
        (
            "a signature that is no base64",
            "signature:bad_encoding",
            {**good, "X-Akahu-Signature": "not base64!"},
            keys,
        ),
        ("an empty signature", "signature:bad_encoding", {**good, "X-Akahu-Signature": ""}, keys),
        (
            "unpadded base64",
            "signature:bad_encoding",
            {**good, "X-Akahu-Signature": good["X-Akahu-Signature"].rstrip("=") + "A"},
            keys,
        ),
        (
            "a signature of 3,000 characters",
            "signature:bad_encoding",
            {**good, "X-Akahu-Signature": "A" * 3000},
            keys,
        ),
        ("no signature header", "signature:missing_header", {"X-Akahu-Signing-Key": "1"}, keys),
        (
            "no key id header",
            "signature:missing_header",
            {"X-Akahu-Signature": good["X-Akahu-Signature"]},
            keys,
        ),
    ]


def _bytes(address: str, text: bytes) -> dict[str, dict[str, str]]:
    """Keys as a mapping from `address` to the bytes `text`."""
    return {"$bytes": {address: base64.b64encode(text).decode()}}


def _akahu_keys() -> list[tuple[str, str, dict[str, str], Any]]:
    """(name, verdict, headers, keys) of the keys the receiver holds."""
    one = KEY_ADDRESS.replace("{key_id}", "1")
    ec_key = ec.generate_private_key(ec.SECP256R1()).public_key()
    ec_pem = ec_key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode()
    good = akahu_headers()
    reply = json.dumps({"success": True, "item": pem(KEY)})
    private = private_pem(KEY)
    return [
        # RFC 8259, section 8.1: a JSON reader may ignore a byte order mark; one is skipped.
        ("the reply after a byte order mark", "ok", good, {one: "\ufeff" + reply}),
        ("a PEM after a byte order mark", "ok", good, {one: "\ufeff" + pem(KEY)}),
        (
            "the reply after two byte order marks",
            "configuration:bad_key",
            good,
            {one: "\ufeff" * 2 + reply},
        ),
        (
            "the reply in UTF-16",
            "configuration:bad_key",
            good,
            _bytes(one, reply.encode("utf-16-le")),
        ),
        # RFC 7468, section 2: text before a PEM block is not read.
        ("a PEM after other text", "ok", good, {one: "Akahu's key:\n" + pem(KEY)}),
        ("a PEM and another after it", "ok", good, {one: pem(KEY) + pem(OTHER)}),
        ("a private key", "configuration:bad_key", good, {one: private}),
        ("a PEM with no end", "configuration:bad_key", good, {one: pem(KEY).split("-----END")[0]}),
        ("an HTML page", "configuration:bad_key", good, {one: "<html><body>Bad gateway</body>"}),
        ("an EC key", "configuration:bad_key/pem_unreadable", good, {one: ec_pem}),
        ("a key of 20,000 bytes", "configuration:bad_key", good, {one: "A" * 20_000}),
        ("a reply without its item", "configuration:bad_key", good, {one: '{"success": true}'}),
        ("no keys", "configuration:empty_secret", good, None),
        ("a key function that fails", "configuration:bad_key", good, {"$raise": "down"}),
    ]


def akahu_cases() -> list[dict[str, Any]]:
    one = KEY_ADDRESS.replace("{key_id}", "1")
    keys = {one: pem(KEY)}
    good = akahu_headers()
    cases = _akahu_signatures() + _akahu_keys()
    found = [
        key_case(name, "akahu", expect, headers=headers, keys=given)
        for name, expect, headers, given in cases
    ]
    found.append(
        key_case(
            "a tampered body",
            "akahu",
            "signature:mismatch",
            body=BODY + b" ",
            headers=good,
            keys=keys,
        )
    )
    found.append(
        key_case(
            "a tolerance asked for",
            "akahu",
            "configuration:no_signed_timestamp",
            headers=good,
            keys=keys,
            max_age=300,
        )
    )
    return found


#: x5u addresses not on Enable Banking's hosts, or not a host name: refused before a fetch.
ELSEWHERE = {
    "on another domain": "https://enablebanking.com.example.net/k.pem",
    "over http": "http://api.enablebanking.com/k.pem",
    "with user information": "https://user@api.enablebanking.com/k.pem",
    "on another port": "https://api.enablebanking.com:8443/k.pem",
    "on a domain that ends alike": "https://notenablebanking.com/k.pem",
    "that is no string": 7,
    "with an empty first label": "https://.enablebanking.com/k.pem",
    "with two dots together": "https://api..enablebanking.com/k.pem",
    "with a dot at the end of its host": "https://api.enablebanking.com./k.pem",
    "with a label starting with a hyphen": "https://-api.enablebanking.com/k.pem",
    "with a label ending with a hyphen": "https://api-.enablebanking.com/k.pem",
    "with a label of 64 characters": f"https://{'a' * 64}.enablebanking.com/k.pem",
    "with a backslash after its host": "https://api.enablebanking.com\\@example.com/k.pem",
    "with a backslash before its host": "https://example.com\\.enablebanking.com/k.pem",
    "with a percent-encoded dot": "https://api.enablebanking%2ecom/k.pem",
    "with an empty port": "https://api.enablebanking.com:/k.pem",
    "with port 0443": "https://api.enablebanking.com:0443/k.pem",
    "with a port and user information": "https://api.enablebanking.com:443@example.com/k",
    "with an ideographic full stop": "https://api.enablebanking\u3002com/k.pem",
    "with a tab in its host": "https://example.com\t.enablebanking.com/k.pem",
}
#: Hosts a URL parser reads as the same host name, on the provider's domain.
ALIKE = {
    "the domain in upper case": "https://API.EnableBanking.COM/k",
    "port 443": "https://api.enablebanking.com:443/k",
    "an IDNA label": "https://xn--bcher-kva.enablebanking.com/k",
    "a label of 63 characters": f"https://{'a' * 63}.enablebanking.com/k",
}


def _enablebanking_keys() -> list[tuple[str, str, dict[str, str], Any]]:
    """(name, verdict, headers, keys) of the x5u and the keys."""
    keys = {X5U: pem(KEY)}
    good = _bearer("Bearer " + token())
    return [
        ("signed", "ok", good, keys),
        ("a certificate at the x5u", "ok", good, {X5U: certificate(KEY)}),
        # RFC 7515, section 4.1.5: an x5u serves a certificate or a chain, the signer's first.
        ("a chain, the signer's first", "ok", good, {X5U: certificate(KEY) + certificate(OTHER)}),
        (
            "a chain, another's first",
            "signature:mismatch",
            good,
            {X5U: certificate(OTHER) + certificate(KEY)},
        ),
        ("a certificate after a byte order mark", "ok", good, {X5U: "\ufeff" + certificate(KEY)}),
        # Only a certificate's key is read: a date not a date goes unread.
        (
            "a certificate with a date that is none",
            "ok",
            good,
            {X5U: altered_certificate(KEY, b"260101000000Z", b"2601010000AAZ")},
        ),
        (
            "a certificate of a key of no known type",
            "configuration:bad_key",
            good,
            # rsaEncryption (1.2.840.113549.1.1.1) made 1.2.840.113549.0.1.1
            {
                X5U: altered_certificate(
                    KEY, bytes.fromhex("2a864886f70d010101"), bytes.fromhex("2a864886f70d000101")
                )
            },
        ),
        ("keys from a function", "ok", good, {"$function": pem(KEY)}),
        ("bearer in lower case", "ok", _bearer("bearer " + token()), keys),
        (
            "the domain itself",
            "ok",
            _bearer("Bearer " + token({"x5u": "https://enablebanking.com/k"})),
            {"$function": pem(KEY)},
        ),
        ("no typ", "ok", _bearer("Bearer " + token({"typ": None})), keys),
        *[
            (
                f"an x5u {what}",
                "signature:unknown_key",
                _bearer("Bearer " + token({"x5u": x5u})),
                {"$function": pem(KEY)},
            )
            for what, x5u in ELSEWHERE.items()
        ],
        (
            "no x5u",
            "signature:unknown_key",
            _bearer("Bearer " + _without_x5u()),
            {"$function": pem(KEY)},
        ),
        *[
            (what, "ok", _bearer("Bearer " + token({"x5u": x5u})), {"$function": pem(KEY)})
            for what, x5u in ALIKE.items()
        ],
    ]


def _enablebanking_tokens() -> list[tuple[str, str, dict[str, str], Any]]:
    """(name, verdict, headers, keys) of the token's form, algorithm and claims."""
    keys = {X5U: pem(KEY)}
    good = _bearer("Bearer " + token())
    return [
        (
            "alg HS256",
            "signature:wrong_algorithm",
            _bearer("Bearer " + token({"alg": "HS256"})),
            keys,
        ),
        (
            "alg none",
            "signature:wrong_algorithm",
            _bearer("Bearer " + token({"alg": "none"})),
            keys,
        ),
        ("typ JOSE", "signature:bad_encoding", _bearer("Bearer " + token({"typ": "JOSE"})), keys),
        (
            "a crit member",
            "signature:bad_encoding",
            _bearer("Bearer " + token({"crit": ["exp"]})),
            keys,
        ),
        ("Basic instead of Bearer", "signature:bad_encoding", _bearer("Basic " + token()), keys),
        ("the token alone", "signature:bad_encoding", _bearer(token()), keys),
        (
            "two parts",
            "signature:bad_encoding",
            _bearer("Bearer " + token().rpartition(".")[0]),
            keys,
        ),
        ("a forged signature", "signature:mismatch", _bearer("Bearer " + token(key=OTHER)), keys),
        (
            "no msgi",
            "signature:missing_claim",
            _bearer("Bearer " + token(claims={"msgi": None})),
            keys,
        ),
        (
            "msgi in hex",
            "signature:mismatch",
            _bearer(
                "Bearer " + token(claims={"msgi": "sha256-" + hashlib.sha256(BODY).hexdigest()})
            ),
            keys,
        ),
        ("no Authorization header", "signature:missing_header", {}, keys),
        (
            "the x5u's key unknown",
            "signature:unknown_key",
            good,
            {"https://api.enablebanking.com/other.pem": pem(KEY)},
        ),
    ]


def enablebanking_cases() -> list[dict[str, Any]]:
    keys = {X5U: pem(KEY)}
    good = _bearer("Bearer " + token())
    cases = _enablebanking_keys() + _enablebanking_tokens()
    found = [
        key_case(name, "enablebanking", expect, headers=headers, keys=given)
        for name, expect, headers, given in cases
    ]
    found.append(
        key_case(
            "a tampered body",
            "enablebanking",
            "signature:mismatch",
            body=BODY + b" ",
            headers=good,
            keys=keys,
        )
    )
    found.append(
        key_case(
            "a tolerance asked for",
            "enablebanking",
            "configuration:no_signed_timestamp",
            headers=good,
            keys=keys,
            max_age=300,
        )
    )
    return found


def _without_x5u() -> str:
    signing = b64url(json.dumps({"alg": "RS256", "typ": "JWT"}).encode()) + "."
    signing += b64url(json.dumps({"msgi": msgi(BODY)}).encode())
    return f"{signing}.{b64url(rsa_signature(KEY, signing.encode()))}"
