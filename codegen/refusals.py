"""Why a webhook receiver refuses, in bankcodes' own words: every SignatureError and
ConfigurationError of both packages, declared once, here, by reason and name, and rendered into
both (bankcodes._refusals, src/refusals.ts), so that a refusal reads the same in Python and Node.

Each text is a template in which {name} stands for a value the runtime passes (`refused` in
bankcodes.errors and in the TypeScript webhook-types.ts), written as text; {name:q} shows it as
`quoted` does, escaped and cut to 60 characters ({name:q200}: to 200); any other format spec is
Python's, which a TypeScript caller matches by the value it passes. {{ and }} are braces. Where the
languages name a thing differently, {python's|TypeScript's} holds both spellings (either may hold
a {name}, neither may start with one); a pair of texts is (Python's, TypeScript's). Each text
stands on one line, whole, so that a message read in a log is found here by searching for it."""

from __future__ import annotations

import re
import string

#: A refusal's words: one template, or (Python's, TypeScript's).
Words = str | tuple[str, str]

#: Why a delivery is rejected (SignatureError.reason), and the refusals of each reason by name.
SIGNATURE: dict[str, dict[str, Words]] = {
    "missing_header": {
        "no_header": "no {names} header",
        "signed_header_absent": "{name} signs {header:q}, which is absent",
        "id_empty": "{header} is empty: nothing names the message signed",
    },
    "ambiguous_header": {
        "header_repeated": "{name} is present several times with different values",
    },
    "wrong_algorithm": {
        "signed_with": "{name} is signed with {alg:q}, not {algorithm}",
        "digest_size": "{name} holds a {length}-byte digest; {algorithm} gives {size} bytes",
        "other_labels": "{name} has no {label}= signature (only {labels:q})",
        "other_prefix": "{name} is {label}=…, expected {prefix}…",
        "not_es512": "{name} is signed with {alg:q}, not ES512",
        "no_v1_version": "{name} holds no v1,<base64> signature: {value:q}",
    },
    "bad_encoding": {
        "not_key_id": "{name} is {value:q}, not a key id",
        "not_base64_signature": "{name} is not a base64 signature",
        "not_compact_jwt": "{name} is not a compact JWT (three parts separated by dots)",
        "no_jwt_header": "{name} has no readable JWT header",
        "jwt_typ_or_crit": "{name}'s JWT header has a typ or crit not read",
        "token_unreadable": "{name} is not a valid JWT (claims or signature)",
        "not_auth_token": "{name} is not {auth_type} and a token: {value:q}",
        "too_long": "{name} is {length} characters long, over the {most} a signature is read to",
        "header_not_ascii": "{name} holds U+{point:04X} at character {at}: the header values bankcodes reads are printable ASCII (a control byte, or a byte above 0x7f as the web server decoded it)",
        "not_canonical": "{name} is not canonical {encodings}",
        "stamp_not_seconds": "{name}'s {label}= is not a Unix time in seconds: {stamp:q}",
        "no_signature_label": "{name} has no {label}= signature: {value:q}",
        "too_many_signatures": "{name} lists {count} signatures; at most {most} are read (a provider lists one per secret valid during a rotation)",
        "no_prefix": "{name} does not start with {prefix}",
        "not_rfc3339": "{name} is not an RFC 3339 time: {value:q}",
        "not_a_time": "{name} is not a time: {value:q}",
        "not_detached_jws": "{name} is not a detached JWS of three parts (header..signature): {value:q}",
        "no_jws_header": "{name} has no readable JWS header: {head:q}",
        "jws_member_twice": "the JWS header of {name} names {member:q} twice",
        "not_tl_version": "{name} is not a version {version} signature with its signed headers (tl_version {found:q})",
        "jws_signature_size": "the signature of {name} is not {size} bytes of base64url: {signature:q}",
        "crit_not_list": "the crit of {name} is not a list of distinct member names: {crit:q}",
        "tl_header_not_name": "the tl_headers of {name} names {header:q}, which is no header name: {listed:q}",
        "tl_header_twice": "the tl_headers of {name} names {header:q} twice",
        "crit_not_understood": "the crit of {name} lists {member:q}, which bankcodes does not understand (it understands tl_version and tl_headers, where the header has them)",
        "jwt_member": "{name}'s JWT header has {member:q}; only alg, kid and typ",
        "jwt_typ": "{name}'s typ is {typ:q}, not JWT",
        "jwt_kid": "{name}'s kid is {kid:q}, not a key id",
        "jwt_unreadable": "{name} is not a valid JWT (claims or signature unreadable)",
        "iat_not_time": "the {name} token's iat is {iat:q}, not seconds from 1970 to 9999",
        "not_unix_seconds": "{name} is not Unix seconds (decimal digits, no leading zero): {stamp:q40}",
        "no_v1": "{name} holds no v1,<base64> signature: {value:q}",
        "not_jws": "{name} is not a valid JWS: {error:q200}",
    },
    "mismatch": {
        "key_mismatch": "the {name} signature does not match the body with key {key}: pass the body exactly as received (a framework that parses and re-serialises it changes it)",
        "token_mismatch": "the {name} token's signature does not verify",
        "digest_mismatch": "the {name} token's {claim} does not match the body: pass the body exactly as received (a framework that parses and re-serialises it changes it)",
        "body_not_utf8": "the body is not UTF-8 text, so {name} cannot match it",
        "request_mismatch": "the {name} signature does not match the request. Likely causes: the body is not the bytes received (a framework that parses and re-serialises JSON changes them); the path is not the one the provider posted to ({path:q}); the keys are another environment's (sandbox and production differ)",
        "secret_mismatch": "{name} does not hold the webhook's secret (nor any of those given)",
        "body_mismatch": "the {name} signature does not match the body{checked}. Likely causes: {causes}",
        "url_body_mismatch": "the {name} signature does not match {url:q200} and this body{checked}. Likely causes: {causes}",
        "body_key_mismatch": "the {name} signature does not match this body{checked}. Likely causes: {causes}",
        "standard_mismatch": "no {name} signature is the HMAC of {id}, {stamp} and this body with the secret given: a body changed or re-serialised, another endpoint's secret, or a secret without its key in base64",
    },
    "missing_timestamp": {
        "no_stamp_label": "{name} has no {label}=… (the signed timestamp): {value:q}",
        "stamp_not_signed": "{name} does not sign {stamp}",
        "no_iat": "the {name} token has no iat claim",
        "no_body_stamp": "a tolerance was asked for, but the body has no {where}",
        "no_stamp_header": "no {name} header: nothing dates the delivery",
    },
    "stale_timestamp": {
        "signed_too_early": "{name} was signed {age} s ago, more than {limit:g} s (a replay, or a delivery held up: the provider signs each attempt anew)",
        "time_too_far": "{name} is {value}, more than {limit:g} s from now",
        "issued_too_early": "the {name} token was issued {age:.0f} s ago (limit {limit:.0f} s)",
        "stamp_too_old": "{name} is {age} s old, more than {limit:g} s (a replay, or a delivery held up)",
    },
    "future_timestamp": {
        "signed_ahead": "{name} was signed {ahead} s ahead of the clock, more than {limit} s (a clock far off, or a delivery signed to be replayed later)",
        "issued_ahead": "the {name} token is issued {ahead:.0f} s in the future",
        "stamp_ahead": "{name} is {ahead} s ahead of the clock, more than {limit} s",
    },
    "unknown_key": {
        "nothing_fetched": "{why}: nothing was fetched",
        "no_key_set": "the jku is not accepted here: the receiver's keys give no key set for {jku} (a delivery signed for the provider's other environment?)",
        "jku_not_allowed": "the jku is not accepted: {name} {named}, not one of the provider's ({allowed}); nothing was looked up",
        "kid_not_in_set": "the kid is not in the key set: the key set at {jku} has no key {kid:q}",
        "no_kid": "no key has kid {kid:q}",
        "names_no_kid": "{name} names no key (kid)",
        "no_key_for_kid": "no key for kid {kid:q}",
        "no_keys_yet": "no key has kid {kid:q} (no keys yet)",
        "address_not_held": "{name} names a key the receiver has not: {address}",
        "fetches_spent": "the key at {address} was not fetched: {most} keys not proven were fetched in the last {window:g} s, the most a key fetcher fetches; deliveries signed with a key it keeps still verify",
        "not_key_address": "{address:q} is not a key address of the provider's",
        "no_key_there": "the provider has no key at {address}: it answered HTTP {status}",
    },
    "expired_key": {
        "key_expired": "the key {kid:q} expired ({member} {expired}); fetch the current key",
        "key_replaced": "key {key} is older than key {newest}, which replaced it: nothing was fetched",
    },
    "missing_claim": {
        "no_digest_claim": "the {name} token has no {claim}",
        "no_hash_claim": "the {name} token has no {claim} claim",
    },
}

#: Why the receiver is misconfigured (ConfigurationError.reason), and the refusals of each
#: reason by name.
CONFIGURATION: dict[str, dict[str, Words]] = {
    "unknown_provider": {
        "no_key_address": "{provider:q} names no key to fetch by its address",
        "no_delivery": "{provider} has no webhook delivery: the catalog does not describe its bodies, so receive cannot read them; check the signature with {signatures.verify|verify} and deduplicate on {delivery.dedup_key(provider, None, body)|dedupKey(provider, null, body)}, the SHA-256 of the body",
        "no_event_type": "{kind} has no event type field",
        "no_scheme": "no signing scheme for {provider} (known: {known})",
        "undescribed": "{provider} sends webhooks, but bankcodes does not describe how they are authenticated: {how}",
        "no_webhooks": "{provider} sends no webhooks (providers whose webhooks bankcodes verifies: {known})",
    },
    "bad_body": {
        "body_not_raw": "the body must be the raw bytes {received (or their str), not {kind}|or text received}; a parsed or re-serialised body does not match the signature",
        "body_surrogate": "the body {str|string} holds a lone surrogate; pass the raw bytes received",
        "not_utf8_signed": "the body is not UTF-8 text, and a Tl-Signature signs a body as text (the scheme's signing libraries take a string): sign the bytes of a UTF-8 body",
    },
    "bad_headers": {
        "headers_not_pairs": (
            "headers must be a mapping or (name, value) pairs: {kind}: {error}",
            "headers must be a mapping or [name, value] pairs: {error}",
        ),
    },
    "empty_secret": {
        "no_jwks": "the list of JWKs is empty",
        "no_keys": "no keys were given ({keys})",
        "secret_blank": "the webhook secret is empty or blank",
        "no_secrets": "the list of webhook secrets is empty",
        "no_secret": "no webhook secret was given ({secret})",
        "secret_empty": "the webhook secret is empty",
    },
    "bad_secret": {
        "secret_padded_signature": "secret {index} has whitespace or a line break around it, and without it the {name} signature matches: {strip|trim} the secret where it is read",
        "header_secret_not_utf8": "a secret sent in a header is text: these bytes are not UTF-8",
        "header_secret_not_ascii": "secret {index} is not printable ASCII, and a secret sent in a header is: no delivery can carry it",
        "secret_padded": "secret {index} has whitespace or a line break around it, and without it {name} matches: strip the secret where it is read",
        "secret_surrogate": "the secret holds a lone surrogate, which is not text",
        "secret_type": "a secret is a {str|string} or bytes, not {kind}",
        "whsec_not_base64": "a Standard Webhooks secret is whsec_ and its key in base64, and this one is not base64 after the prefix (it is not shown)",
        "signs_with_secret": "{provider} signs with a secret{, not a JWK|}",
        "sends_secret": "{provider} sends a secret{, not a JWK|}",
    },
    "bad_tolerance": {
        "max_age_range": "max_age must be seconds above 0 and at most {most} (a year), not {value:q}",
        "tolerance_value": "tolerance is seconds, a timedelta, None or 'contract', not {value:q}",
        "tolerance_range": "tolerance must be seconds above 0 and at most {most} (a year), not {value:q}",
        "tolerance_type": "tolerance is seconds or a timedelta, not {kind}",
    },
    "no_signed_timestamp": {
        "no_signed_time": "{name} signs no time, so no age can be checked: deduplicate instead ({bankcodes.delivery.dedup_key|dedupKey})",
        "no_tolerance": "{provider} signs no timestamp, so no tolerance can be checked; deduplicate with event.{dedup_key|dedupKey} instead",
    },
    "bad_key": {
        "key_id_not_decimal": "{key_id|keyId} is a decimal integer, not {value:q}",
        "signing_keys": (
            "signing takes {{'private_pem': PEM, '{what}': …}} ({error})",
            "signing takes {{ privatePem: PEM, {what}: … }} ({error:q120})",
        ),
        "not_jwks": (
            "the key set for {jku} is not a JWKS ({{'keys': [...]}})",
            "the key set for {jku} is not a JWKS ({{ keys: [...] }})",
        ),
        "jwks_not_jwk": (
            "keys are a JWKS ({{'keys': [...]}}), not one JWK: pass {{'keys': [jwk]}}, or better a function from a jku to its key set, fetched and cached, so that a rotated key is found",
            "keys are a JWKS ({{ keys: [...] }}), not one JWK: pass {{ keys: [jwk] }}, or better a function from a jku to its key set, fetched and cached, so that a rotated key is found",
        ),
        "not_p521": "the key {kid:q} at {jku} is not a P-521 EC public key ({error})",
        "not_provider_jku": "jku is one of the provider's key sets ({allowed}), not {jku:q}",
        "tl_signing_key": "a Tl-Signature is signed with a private P-521 JWK with d and kid{ ({error})|}",
        "jws_keys_type": (
            "keys are a JWKS ({{'keys': [...]}}), a mapping from jku to JWKS, or a function from a jku to a JWKS, not {kind}",
            "keys are a JWKS ({{ keys: [...] }}), a map from jku to JWKS, or a function from a jku to a JWKS, not {kind}",
        ),
        "jku_function_failed": "the key function {raised|threw} {kind} for {jku}",
        "not_jwk": "{where} is not a JWK: {found}",
        "expiry_not_time": "the JWK for kid {kid:q} has {member} {expired:q}, not a time",
        "jwk_not_p256": "the JWK for kid {kid:q} is kty {kty:q}, crv {crv:q}: {algorithm} needs an EC P-256 key",
        "private_jwk_no_kid": "the private JWK needs a kid",
        "jwk_unusable": "the JWK for kid {kid:q} is unusable: {error:q200}",
        "jwk_coordinates": "the JWK for kid {kid:q} is unusable: x, y{d} must be strings",
        "jwk_coordinate": "the JWK for kid {kid:q} has {member} {value:q}, not the base64url of 32 bytes",
        "private_jwk_unusable": "the private JWK is unusable: {error}",
        "kid_function_failed": "the key function failed for kid {kid:q}: {kind}: {error:q200}",
        "keys_not_jwks": "keys is {keys}: neither a JWK, a mapping of kids to JWKs, nor the key endpoint's reply",
        "jwt_keys_type": "keys are a JWK, the key endpoint's reply, a list of them, a mapping of kids to JWKs or a function of the kid, not a {kind}",
        "not_pem": "the key for {address} is {a {kind}, |}not a PEM",
        "pem_too_long": "the key for {address} is over {most} bytes: not a public key",
        "pem_begins": "the key for {address} is not a PEM public key or certificate: it begins {text:q}",
        "pem_not_base64": "the key for {address} is a PEM {label:q} whose body is not base64",
        "reply_no_pem": "the reply for {address} holds no PEM in its {member:q} member",
        "pem_unreadable": "the key for {address} is a PEM {label:q} that cannot be read as a key for {algorithm} ({error:q120})",
        "pem_no_end": "the key for {address} begins a PEM {label:q}, which has no end",
        "pem_not_public": "the key for {address} begins a PEM {label:q}, not a public key or certificate",
        "pem_keys_type": "keys are a PEM, a mapping from key address to PEM or a function from a key address to a PEM ({bankcodes.signatures.KeyFetcher|keyFetcher}), not {a {kind}|{kind}}",
        "address_function_failed": (
            "the key function failed for {address}: {kind}: {error:q200}",
            "the key function failed for {address}: {error:q200}",
        ),
        "credentials_type": "credentials are the app's {(id, secret)|[id, secret]}, two strings",
        "credentials_asked": "{provider}'s key address asks for the app's credentials{=(id, secret)| [id, secret]}",
        "credentials_unasked": "{provider}'s key address asks for no credentials: none are sent",
        "key_unavailable": "the key at {address} could not be fetched: {why}",
        "signs_with_jwk": "{provider} signs with a private JWK{ (a mapping)|}",
        "bad_x5u": "{why}",
    },
    "bad_clock": {
        "clock_range": "now must be from 1970 to 9999, not {now}",
        "clock_naive": "now must be a timezone-aware datetime, not {now:q}",
        "clock_type": "now is an aware datetime or seconds since 1970, not {kind}",
        "clock_invalid": "now must be a valid Date, not {now}",
    },
    "missing_dependency": {
        "no_jws_library": "Tl-Signature verification needs {library}: {install}",
        "no_pyjwt": "JWT webhook verification needs PyJWT with cryptography: {install}",
        "no_cryptography": "{doing} needs the cryptography library (the rsa extra): {install}",
        "missing_module": "{error}",
    },
    "unsigned_provider": {
        "secret_for_unsigned": "{provider} signs no webhooks, so no secret can be checked: pass {secret=None|null} and authenticate deliveries in the web server ({transport})",
        "unsigned": "{provider} signs no webhooks ({transport} at the transport): there is no signature to verify; authenticate deliveries in the web server",
    },
    "missing_path": {
        "no_request_path": "{name} signs the path the provider posted to: pass {path=|path} (the request's path, such as /webhooks/bank)",
        "no_signed_path": "{name} signs the path the delivery is posted to: pass {path=|path} (the path receive will be given, such as /webhooks/bank)",
        "no_signed_url": "{name} signs the callback URL registered with the provider: pass it as {path=|path} (such as https://example.com/callbacks/success)",
    },
    "bad_path": {
        "bad_path": "path is the request's path from /, not {path:q}",
        "bad_url": "path is the callback URL registered with the provider, http:// or https:// and printable ASCII, not {path:q}",
    },
    "missing_secret_header": {
        "no_secret_header": "{provider} sends the secret in a header your app names when it creates the webhook: pass {secret_header=|secretHeader} (that header's name)",
    },
    "bad_secret_header": {
        "secret_header_not_name": "{secret_header|secretHeader} is the name of a header (at most 256 letters, digits and !#$%&'*+-.^_`|~), which the {kind} given is not",
        "secret_header_unneeded": "{provider} sends {sends}: leave {secret_header|secretHeader} out",
        "secret_header_is_secret": "{secret_header|secretHeader} is one of the secrets given: pass the header's name there, and the secret as the secret",
    },
}

#: A spelling of each language: {python's|TypeScript's}, either holding whole {name}s.
_SPELLINGS = re.compile(r"\{((?:[^{}|]|\{\w+\})*)\|((?:[^{}|]|\{\w+\})*)\}")


def refusals() -> tuple[tuple[str, str, str, str], ...]:
    """Each refusal as (name, reason, Python's text, TypeScript's text), in the table's order."""
    found = []
    for reason, named in (SIGNATURE | CONFIGURATION).items():
        for name, words in named.items():
            texts = words if isinstance(words, tuple) else (_spelled(words, 1), _spelled(words, 2))
            for text in texts:
                list(string.Formatter().parse(text))  # a brace left unpaired raises here
            found.append((name, reason, *texts))
    return tuple(found)


def _spelled(words: str, side: int) -> str:
    return _SPELLINGS.sub(lambda match: match.group(side), words)
