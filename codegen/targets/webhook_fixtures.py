"""Target: signed example deliveries in generated/fixtures/webhooks/, for testing webhook handlers.

Each provider that delivers webhooks and signs them gets one JSON file per webhook example of its
payload kind: the headers and the raw body a real delivery carries, signed at SIGNED_AT with the
published test material it verifies with. That material is published on purpose, so it can sign
nothing real: a test secret per HMAC provider (its id in a fixed pattern), and one P-256 test key
pair for the JWT providers, derived from a fixed label so that every generation writes the same
key and (with RFC 6979 deterministic ECDSA) the same tokens.

The Python package carries the same material and examples (bankcodes._test_deliveries, rendered
by the python_package target from the functions here) for `bankcodes trigger`.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import hmac
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass

from codegen.filters import json_text
from codegen.incremental import per_provider
from codegen.model import Catalog, Provider, Signing
from codegen.model.payloads import UnionDef
from codegen.targets.built_bodies import untold
from codegen.targets.ec_test_keys import (
    b64url,
    der_signature,
    jws_test_key,
    signature,
    test_key,
    test_key_pems,
)
from codegen.targets.rsa_test_key import KEY_ID as RSA_KEY_ID
from codegen.targets.rsa_test_key import rsa_test_key, rsa_test_private_key
from codegen.targets.target import Files, Target

FOLDER = "generated/fixtures/webhooks"
#: When every fixture is signed: 2025-01-01T00:00:00Z (verify a JWT fixture with this `now`).
SIGNED_AT = 1_735_689_600
#: The header the test deliveries carry their secret in, for a provider whose header the app
#: names when it registers the webhook (an app chooses its own).
SECRET_HEADER = "Bankcodes-Test-Secret"
#: The path a JWS fixture is posted to (the signature covers it).
JWS_PATH = "/webhooks/test"
WARNING = (
    "TEST MATERIAL, published with bankcodes: anyone can sign with these secrets and this key. "
    "Use them in tests only; never configure them in a receiver that faces the internet."
)


def signed_at_text(provider: Provider | None = None, body: str | None = None) -> str:
    """When a fixture is signed: SIGNED_AT, or for a provider that puts a timestamp in the signed
    body, that timestamp (to the second, in UTC), so that receiving the fixture with `now` set
    to it passes the age check of the provider's delivery contract."""
    at = datetime.datetime.fromtimestamp(SIGNED_AT, datetime.UTC)
    path = (
        None if provider is None or provider.delivery is None else provider.delivery.body_timestamp
    )
    if path is not None and body is not None:
        value: object = json.loads(body)
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        found = _TIMESTAMP.fullmatch(value) if isinstance(value, str) else None
        if found is not None:
            zone = found[2] if found[2] not in (None, "Z") else "+00:00"
            at = datetime.datetime.fromisoformat(found[1] + zone).astimezone(datetime.UTC)
    return at.strftime("%Y-%m-%dT%H:%M:%SZ")


#: A body timestamp to the second, what may follow, and its zone.
_TIMESTAMP = re.compile(
    r"([0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2})[.0-9]*(Z|[+-][0-9]{2}:[0-9]{2})?"
)


def test_secret(provider: Provider) -> str:
    """The published test secret of a provider that signs (or sends) a secret: for Standard
    Webhooks, written as such a secret is (whsec_ and its key in base64)."""
    secret = f"bankcodes_test_{provider.id}_webhook_secret"
    if provider.signing is not None and provider.signing.scheme == "standard_webhooks":
        return "whsec_" + base64.b64encode(secret.encode()).decode()
    return secret


def delivering(catalog: Catalog) -> list[Provider]:
    """The providers that send webhooks whose signing the catalog describes (a scheme, or none):
    those it describes the bodies of (a delivery contract), and those it does not."""
    return [p for p in catalog.providers if p.signing is not None]


def test_secrets(catalog: Catalog) -> dict[str, str]:
    """Provider id -> its published test secret, for each provider that signs with one."""
    secreted = ("hmac", "shared_secret", "standard_webhooks")
    return {
        p.id: test_secret(p)
        for p in delivering(catalog)
        if p.signing is not None and p.signing.scheme in secreted
    }


def _tl_signature(
    private: Mapping[str, str], signing: Signing, signed: Mapping[str, str], body: bytes
) -> str:
    """A detached JWS (Tl-Signature v2) of POST JWS_PATH, the `signed` headers and `body`, with
    deterministic ECDSA; its header is written in the signing libraries' member order."""
    head = {
        "alg": signing.algorithm,
        "kid": private["kid"],
        "tl_version": "2",
        "tl_headers": ",".join(signed),
        "jku": signing.allowed_jku[0],
    }
    lines = "".join(f"{name}: {value}\n" for name, value in signed.items())
    payload = f"POST {JWS_PATH}\n{lines}".encode() + body
    header_part = b64url(json.dumps(head, separators=(",", ":")).encode())
    signing_input = f"{header_part}.{b64url(payload)}".encode("ascii")
    return f"{header_part}..{signature(private, signing_input)}"


def _es256(private: Mapping[str, str], claims: Mapping[str, object]) -> str:
    head = {"alg": "ES256", "kid": private["kid"], "typ": "JWT"}
    parts = [b64url(json.dumps(part, separators=(",", ":")).encode()) for part in (head, claims)]
    signing_input = ".".join(parts)
    return f"{signing_input}.{signature(private, signing_input.encode('ascii'))}"


@dataclass(frozen=True)
class Example:
    """A webhook example of a provider: its event name (unique within the provider), title and
    raw body."""

    name: str
    title: str
    body: str


#: The name and title of the one example of a provider whose bodies the catalog does not
#: describe, and its body: bankcodes' own, which says so.
OWN_NAME = "bankcodes-test"
OWN_TITLE = (
    "bankcodes' own body, not the provider's: the catalog describes no body of its webhooks "
    "(its signature covers any body)"
)
OWN_BODY = {
    "bankcodes_test_delivery": (
        "bankcodes' own test body: the catalog does not describe this provider's webhook bodies"
    )
}


def examples(provider: Provider) -> tuple[Example, ...]:
    """The webhook examples of a provider that delivers webhooks, named by their event: the tag
    field's value, then the event-code field's (joined by "."), numbered from the second on;
    then, for each event type with a payload model but no published example, a body built from
    its schema (codegen.targets.built_bodies), titled as such. A provider that signs webhooks
    whose bodies the catalog does not describe has one example, bankcodes' own body (OWN_BODY),
    so that its signing can be tested; one that signs nothing and has no delivery has none."""
    if provider.signing is None:
        return ()
    if provider.delivery is None and provider.signing.scheme == "none":
        return ()
    if provider.delivery is None:
        own = json.dumps(OWN_BODY, ensure_ascii=False)
        return (Example(name=OWN_NAME, title=OWN_TITLE, body=own),)
    kind = provider.delivery.kind
    root = kind.root
    fields = [root.tag.name, root.event_code] if isinstance(root, UnionDef) else []
    found: list[Example] = []
    seen: dict[str, int] = {}
    for example in kind.examples:
        data = example.data
        values = [data.get(f) for f in fields if f] if isinstance(data, dict) else []
        base = ".".join(str(v) for v in values if isinstance(v, str) and v) or "example"
        base = re.sub(r"[^A-Za-z0-9._-]", "_", base)
        seen[base] = seen.get(base, 0) + 1
        name = base if seen[base] == 1 else f"{base}-{seen[base]}"
        body = json.dumps(data, ensure_ascii=False)
        found.append(Example(name=name, title=example.title, body=body))
    if isinstance(root, UnionDef):
        told = {e.data.get(root.tag.name) for e in kind.examples if isinstance(e.data, dict)}
        for name, data in untold(root, {value for value in told if isinstance(value, str)}):
            title = f"{name}: built from the catalog's schema (no published example)"
            body = json.dumps(data, ensure_ascii=False)
            found.append(
                Example(name=re.sub(r"[^A-Za-z0-9._-]", "_", name), title=title, body=body)
            )
    return tuple(found)


def signed(provider: Provider, body: str) -> tuple[dict[str, str], dict[str, object]]:
    """The headers of a delivery of `body` signed at SIGNED_AT with the test material, and what
    verifies it ({"secret": …} or {"jwk": …}, with the header's name where the app names it)."""
    signing = provider.signing
    headers = {"content-type": "application/json"}
    raw = body.encode("utf-8")
    scheme = "" if signing is None else signing.scheme
    if signing is None:
        return headers, {}
    if scheme == "hmac":
        secret = test_secret(provider)
        stamped = signing.timestamp
        content = raw if stamped is None else f"{SIGNED_AT}{stamped.separator}".encode() + raw
        digest = hmac.new(secret.encode(), content, signing.algorithm).digest()
        hexed = digest.hex().upper() if signing.hex_case == "upper" else digest.hex()
        text = hexed if signing.encodings[0] == "hex" else base64.b64encode(digest).decode()
        headers[signing.headers[0]] = (
            (signing.prefix or "") + text
            if stamped is None
            else f"{stamped.timestamp_label}={SIGNED_AT},{stamped.signature_label}={text}"
        )
        return headers, {"secret": secret}
    if scheme == "shared_secret":
        headers[signing.header or SECRET_HEADER] = test_secret(provider)
        named = {} if signing.header else {"secret_header": SECRET_HEADER}
        return headers, {"secret": test_secret(provider), **named}
    if scheme == "standard_webhooks":
        # The id a test delivery carries is stable for its body (bankcodes' signing gives the same).
        msg_id = "msg_" + hashlib.sha256(raw).hexdigest()[:24]
        key = base64.b64decode(test_secret(provider).removeprefix("whsec_"))
        signed_content = f"{msg_id}.{SIGNED_AT}.".encode() + raw
        mac = hmac.new(key, signed_content, hashlib.sha256).digest()
        headers[signing.id_header] = msg_id
        headers[signing.timestamp_header] = str(SIGNED_AT)
        headers[signing.signature_header] = "v1," + base64.b64encode(mac).decode()
        return headers, {"secret": test_secret(provider)}
    if scheme == "jwt":
        private, public = test_key()
        claims = {"iat": SIGNED_AT, signing.body_hash_claim: hashlib.sha256(raw).hexdigest()}
        headers[signing.header] = _es256(private, claims)
        return headers, {"jwk": public}
    if scheme == "jws":
        private, public = jws_test_key()
        signed = {}
        if signing.timestamp_header is not None:
            signed[signing.timestamp_header] = signed_at_text(provider, body)
        headers.update(signed)
        headers[signing.header] = _tl_signature(private, signing, signed, raw)
        return headers, {"jwks": {"keys": [public]}, "path": JWS_PATH}
    if scheme == "fetched_key":
        return headers | _rsa_signed(signing, raw), {"keys": {key_address(signing): public_pem()}}
    if scheme == "certificate_jwt":
        headers[signing.header] = _certificate_jwt(signing, raw)
        return headers, {"keys": {key_address(signing): public_pem()}}
    if scheme == "published_key":
        url = {} if signing.separator is None else {"path": CALLBACK_URL}
        url_part = (
            b"" if signing.separator is None else f"{CALLBACK_URL}{signing.separator}".encode()
        )
        curve = signing.algorithm == "ECDSA-SHA256"
        headers[signing.signature_header] = (der_signature if curve else _rsa_signature)(
            url_part + raw
        )
        return headers, {"keys": test_key_pems()[1] if curve else public_pem(), **url}
    return headers, {}


def public_pem() -> str:
    """The published RSA test key's public half (PEM)."""
    return rsa_test_key()[1]


#: The callback URL a published-key fixture was posted to, which its signature covers.
CALLBACK_URL = "https://example.com/callbacks/success"

#: The path of the x5u a certificate JWT fixture names, on the provider's first domain: an
#: address no one serves, never fetched (the fixture gives the key for it).
X5U_PATH = "/bankcodes-test-key.pem"


def key_address(signing: Signing) -> str:
    """Where the RSA test key would be served, for a provider whose key is fetched: its key
    address with the test key's id, or an x5u on its first domain (X5U_PATH)."""
    if signing.scheme == "certificate_jwt":
        return f"https://{signing.x5u_domains[0]}{X5U_PATH}"
    return str(signing.key_address).replace("{key_id}", RSA_KEY_ID)


def _certificate_jwt(signing: Signing, raw: bytes) -> str:
    """The header value of a certificate JWT over `raw`, signed with the RSA test key: its
    x5u names where the test key would be, and its one claim is the body's digest."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    digest = signing.digest_prefix + base64.b64encode(hashlib.sha256(raw).digest()).decode()
    head = {"alg": signing.algorithm, "typ": "JWT", "x5u": key_address(signing)}
    claims = {signing.digest_claim: digest}
    parts = [b64url(json.dumps(part, separators=(",", ":")).encode()) for part in (head, claims)]
    content = ".".join(parts).encode("ascii")
    signature = rsa_test_private_key().sign(content, padding.PKCS1v15(), hashes.SHA256())
    token = f"{content.decode()}.{b64url(signature)}"
    return token if signing.auth_type is None else f"{signing.auth_type} {token}"


def _rsa_signed(signing: Signing, raw: bytes) -> dict[str, str]:
    """The headers of a fetched-key delivery of `raw` signed with the RSA test key."""
    return {signing.signature_header: _rsa_signature(raw), signing.key_id_header: RSA_KEY_ID}


def _rsa_signature(content: bytes) -> str:
    """The base64 RSA-SHA256 signature of `content` with the RSA test key."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    signature = rsa_test_private_key().sign(content, padding.PKCS1v15(), hashes.SHA256())
    return base64.b64encode(signature).decode("ascii")


@per_provider
def _deliveries(catalog: Catalog, provider: Provider) -> dict[str, str]:
    """A provider's signed example deliveries, by their path in the folder."""
    files = {}
    for example in examples(provider):
        headers, verify_with = signed(provider, example.body)
        files[f"{provider.id}/{example.name}.json"] = json_text(
            {
                "$comment": catalog.header,
                "warning": WARNING,
                "provider": provider.id,
                "event": example.name,
                "title": example.title,
                "signed_at": signed_at_text(provider, example.body),
                "headers": headers,
                "body": example.body,
                "verify_with": verify_with,
            }
        )
    return files


def render_files(catalog: Catalog) -> Files:
    files: dict[str, str] = {}
    providers = delivering(catalog)
    private, public = test_key()
    jws_private, jws_public = jws_test_key()
    secrets = test_secrets(catalog)
    files[f"{FOLDER}/test-keys.json"] = json_text(
        {
            "$comment": catalog.header,
            "warning": WARNING,
            "secrets": secrets,
            "jwt_private_jwk": private,
            "jwt_public_jwk": public,
            "jws_private_jwk": jws_private,
            "jws_public_jwk": jws_public,
            "rsa_private_pem": rsa_test_key()[0],
            "rsa_public_pem": public_pem(),
            "rsa_key_id": RSA_KEY_ID,
        }
    )
    rows = []
    for provider in providers:
        for path, text in _deliveries(catalog, provider).items():
            files[f"{FOLDER}/{path}"] = text
            name = path.partition("/")[2].removesuffix(".json")
            rows.append(f"| {provider.id} | `{name}` | [{path}]({path}) |")
    files[f"{FOLDER}/README.md"] = "\n".join(
        [
            f"<!-- {catalog.header} -->",
            "# Signed example deliveries",
            "",
            "One file per webhook example of the catalog: the `headers` and the raw `body` "
            "(send it byte for byte) of a delivery signed at `signed_at`, and `verify_with`, "
            "the published test secret or public JWK it verifies with (and `secret_header`, the "
            "header's name, where the app names the header that carries the secret). A "
            "delivery's age is "
            "checked against the clock (a JWT's, and a signed body timestamp against the "
            "provider's retry window): receive each with `now` set to its `signed_at` "
            f"({signed_at_text()}, or the body's own timestamp where the provider sends one; "
            "`--now` on the command line). `bankcodes trigger PROVIDER EVENT` prints a delivery "
            "signed now, its body's timestamp set to now.",
            "",
            f"**{WARNING}**",
            "",
            "| provider | event | file |",
            "| --- | --- | --- |",
            *rows,
            "",
        ]
    )
    return files


TARGET = Target(name="webhook_fixtures", roots=(FOLDER,), render=render_files)
