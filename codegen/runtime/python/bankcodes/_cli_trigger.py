"""`bankcodes trigger`: print one signed webhook delivery of a provider, built from an example of
the catalog, to test a handler with (headers and body, a curl command line, or JSON).

By default it is signed with the published test material (a test secret per provider, a P-256
test key for JWTs), which anyone can sign with; `--secret-env VAR` signs with the handler's own
secret (or, for a JWT provider, a private JWK) read from the environment, never printed.
"""

from __future__ import annotations

import datetime
import json
import re
import shlex
import sys
import urllib.parse
from typing import Any

from bankcodes import _cli_input as given
from bankcodes._cli_args import HIDDEN, configuration, webhook_provider
from bankcodes._cli_input import EXIT_OK, Unusable
from bankcodes._params import quoted
from bankcodes._trigger_fresh import fresh, stamp

TYPE_CHECKING = False
if TYPE_CHECKING:
    from argparse import Namespace
    from typing import TextIO


def _example(provider: str, event: str | None) -> tuple[str, str, str]:
    from bankcodes._test_deliveries import EXAMPLES

    examples = EXAMPLES[provider]
    if event is None:
        return examples[0]
    # An event as it is named (payment updated, payment.updated) or as it is sent (item/error:
    # in a name, what a file name cannot hold is an underscore).
    wanted = re.sub(r"[^a-z0-9._-]", "_", event.strip().replace(" ", ".").casefold())
    for name, title, body in examples:
        if name.casefold() == wanted:
            return name, title, body
    for name, title, body in examples:  # a type alone: its first example
        if name.casefold().startswith(wanted + "."):
            return name, title, body
    import difflib

    names = [name for name, _, _ in examples]
    close = difflib.get_close_matches(event, names, n=3)
    # An event's name is no secret, but a secret typed in its place is: a name close to one of
    # the provider's events, or of one of its event types, is shown; any other is not.
    types = {name.rpartition(".")[0] for name in names if "." in name}
    looks = close or any(wanted.startswith(f"{kind.casefold()}.") for kind in types)
    what = quoted(event) if looks else f"of the name given {HIDDEN}"
    said = f"; did you mean {' or '.join(close)}?" if close else ""
    raise Unusable(
        f"{provider} has no event {what}{said}; `bankcodes trigger {provider} --list` lists its "
        f"{len(names)} events"
    )


def _dated(provider: str, body: str, now: datetime.datetime | None) -> str:
    """The body, with the timestamp the provider puts in a signed body set to `now` where the
    example's own is older (or newer) than the receiver's default tolerance allows, so that the
    delivery passes the age check of the provider's delivery contract; as published otherwise
    (triggered at a fixture's signed_at, a delivery is that fixture)."""
    from bankcodes._receive import _timestamp
    from bankcodes.delivery import DELIVERY

    contract = DELIVERY.get(provider)
    if contract is None or contract.body_timestamp is None:
        return body
    *parents, last = contract.body_timestamp
    data = json.loads(body)
    holder = data
    for key in parents:
        holder = holder.get(key) if isinstance(holder, dict) else None
    sent = _timestamp(holder.get(last)) if isinstance(holder, dict) else None
    at = (now or datetime.datetime.now(datetime.UTC)).astimezone(datetime.UTC)
    limit = contract.default_tolerance_seconds
    if sent is None or limit is None or abs((at - sent).total_seconds()) <= limit:
        return body
    holder[last] = stamp(at, holder[last])
    return json.dumps(data, ensure_ascii=False)


def _signing_secret(
    provider: str, secret_env: str | None, named: str | None
) -> tuple[Any, dict[str, Any]]:
    """What signs the delivery, and what verifies it (the published test material only, with
    the header's name the secret is sent in where the app names it: `named`)."""
    from bankcodes import _test_deliveries as test
    from bankcodes import signatures

    scheme = signatures.SCHEMES.get(provider)
    keyed = isinstance(scheme, signatures.JwtScheme | signatures.JwsScheme)
    if secret_env is None:
        if isinstance(scheme, signatures.NoSignature) or scheme is None:
            return None, {}
        if isinstance(scheme, signatures.JwsScheme):
            return test.TEST_JWS_PRIVATE_JWK, {"jwks": {"keys": [test.TEST_JWS_PUBLIC_JWK]}}
        if isinstance(scheme, signatures.FetchedKeyScheme | signatures.CertificateJwtScheme):
            address = test.TEST_KEY_ADDRESSES[provider]
            private = {"private_pem": test.TEST_RSA_PRIVATE_PEM, "key_id": test.TEST_RSA_KEY_ID}
            if isinstance(scheme, signatures.CertificateJwtScheme):
                private = {"private_pem": test.TEST_RSA_PRIVATE_PEM, "x5u": address}
            return private, {"keys": {address: test.TEST_RSA_PUBLIC_PEM}}
        if isinstance(scheme, signatures.PublishedKeyScheme) and scheme.algorithm == "ECDSA-SHA256":
            return {"private_pem": test.TEST_EC_PRIVATE_PEM}, {"keys": test.TEST_EC_PUBLIC_PEM}
        if isinstance(scheme, signatures.PublishedKeyScheme):
            return {"private_pem": test.TEST_RSA_PRIVATE_PEM}, {"keys": test.TEST_RSA_PUBLIC_PEM}
        if keyed:
            return test.TEST_PRIVATE_JWK, {"jwk": test.TEST_PUBLIC_JWK}
        header = {} if named is None else {"secret_header": named}
        return test.TEST_SECRETS[provider], {"secret": test.TEST_SECRETS[provider], **header}
    secret = given.secret(secret_env, provider)
    if isinstance(scheme, signatures.FetchedKeyScheme):
        if not (isinstance(secret, dict) and "private_pem" in secret and "key_id" in secret):
            raise Unusable(f"{secret_env} must hold {{private_pem, key_id}} to sign")
    elif isinstance(scheme, signatures.CertificateJwtScheme):
        if not (isinstance(secret, dict) and "private_pem" in secret and "x5u" in secret):
            raise Unusable(f"{secret_env} must hold {{private_pem, x5u}} to sign")
    elif isinstance(scheme, signatures.PublishedKeyScheme):
        if not (isinstance(secret, dict) and "private_pem" in secret):
            raise Unusable(f"{secret_env} must hold {{private_pem}} to sign")
    elif keyed and not (isinstance(secret, dict) and "d" in secret and "kid" in secret):
        raise Unusable(f"{secret_env} must hold a private JWK (with its d and kid) to sign")
    return secret, {}


def _check_url(curl: str) -> None:
    """Refuse a --curl that is no URL of a handler (never shown: a secret given in its place
    would be)."""
    if not curl.startswith(("http://", "https://")):
        raise Unusable(f"--curl takes the handler's URL, http://… or https://… {HIDDEN}")
    if not curl.isascii() or any(ord(char) <= 0x20 or ord(char) == 0x7F for char in curl):
        raise Unusable(
            f"--curl takes a URL, which holds no space, control character or other script {HIDDEN}"
        )


def _named(scheme: object, secret_header: str | None) -> str | None:
    """The header the app names for its secret: the one given, else the test deliveries' own
    (None for a provider that names its header itself)."""
    from bankcodes import _test_deliveries as test
    from bankcodes import signatures

    if isinstance(scheme, signatures.SharedSecretScheme) and scheme.header is None:
        return test.TEST_SECRET_HEADER if secret_header is None else secret_header
    return secret_header


def _say_test_material(verify_with: dict[str, Any]) -> None:
    """Name on standard error the published test material a delivery verifies with."""
    what = "secret" if "secret" in verify_with else "key"
    header = verify_with.get("secret_header")
    material = {k: v for k, v in verify_with.items() if k not in ("path", "secret_header")}
    shown = json.dumps(next(iter(material.values())))
    note = f"signed with the published test {what} of bankcodes, which verifies with {shown}"
    if header is not None:
        note += f", in {header} (--secret-header NAME names your app's header)"
    print(f"bankcodes trigger: {note}; --secret-env VAR signs with yours", file=sys.stderr)


def _signed_path(
    provider: str, request_path: str | None, curl: str | None, jku: str | None
) -> tuple[str, bool]:
    """The path a delivery's signature covers, and whether verifying it needs it: a JWS's
    request path (the one given, the --curl URL's, or the fixtures' own), a published key's
    callback URL (the one given, --curl's, or the tests'); the fixtures' path for another."""
    from bankcodes import _test_deliveries as test
    from bankcodes import signatures

    scheme = signatures.SCHEMES.get(provider)
    jws = isinstance(scheme, signatures.JwsScheme)
    if jku is not None and not jws:
        raise Unusable(f"--jku is for a provider that signs with a JWS; {provider} does not")
    if isinstance(scheme, signatures.PublishedKeyScheme) and scheme.separator is not None:
        return request_path or curl or test.TEST_CALLBACK_URL, True
    return request_path or (urllib.parse.urlsplit(curl).path if curl else "") or test.TEST_PATH, jws


def trigger(args: Namespace, out: TextIO, now: datetime.datetime | None = None) -> int:
    """Print one delivery of a provider's event, as the command line `args` name them: by
    default a new one (the fields it is deduplicated on and its timestamp made new:
    bankcodes._trigger_fresh); with --as-published, the catalog's example with its own ids (at a
    fixture's signed_at, that fixture)."""
    from bankcodes._test_deliveries import EXAMPLES, WARNING

    provider, curl, as_json = args.provider, args.curl, args.json
    if provider not in EXAMPLES:
        raise webhook_provider(provider, list(EXAMPLES))
    if not EXAMPLES[provider]:  # it signs nothing and has no delivery contract
        raise webhook_provider(provider, [name for name, given in EXAMPLES.items() if given])
    if args.list:
        rows = [{"event": name, "title": title} for name, title, _ in EXAMPLES[provider]]
        if as_json:
            print(json.dumps(rows, indent=2, ensure_ascii=False), file=out)
        for row in [] if as_json else rows:
            print(f"{row['event']}\t{row['title']}", file=out)
        return EXIT_OK
    if curl is not None:
        _check_url(curl)
    name, title, body = _example(provider, args.event)
    at = now or datetime.datetime.now(datetime.UTC)
    body = _dated(provider, body, now) if args.as_published else fresh(provider, body, at)
    from bankcodes import signatures
    from bankcodes._secrets import secret_header_of

    named = _named(signatures.SCHEMES.get(provider), args.secret_header)
    secret, verify_with = _signing_secret(provider, args.secret_env, named)
    path, needed = _signed_path(provider, args.path, curl, args.jku)
    if needed and verify_with:
        verify_with["path"] = path
    try:
        # Refused for a provider that names its header, or signs nothing, whatever signs.
        secret_header_of(provider, signatures.scheme_of(provider), named)
        signed = (
            {}
            if secret is None
            else signatures.sign(
                provider, body, secret, now=now, path=path, jku=args.jku, secret_header=named
            )
        )
    except signatures.ConfigurationError as error:
        raise configuration(error) from None
    headers = {"content-type": "application/json", **signed}
    if verify_with and not as_json:
        _say_test_material(verify_with)
    if as_json:
        result: dict[str, Any] = {"provider": provider, "event": name, "title": title}
        result |= {"headers": headers, "body": body}
        if verify_with:
            result |= {"verify_with": verify_with, "warning": WARNING}
        print(json.dumps(result, indent=2, ensure_ascii=False), file=out)
        return EXIT_OK
    if curl is not None:
        words = ["curl", "-sS", "-X", "POST", curl]
        for header, value in headers.items():
            words += ["-H", f"{header}: {value}"]
        print(shlex.join([*words, "--data-binary", body]), file=out)
        return EXIT_OK
    for header, value in headers.items():
        print(f"{header}: {value}", file=out)
    print(file=out)
    print(body, file=out)  # the body is the line after the blank one, without its newline
    return EXIT_OK
