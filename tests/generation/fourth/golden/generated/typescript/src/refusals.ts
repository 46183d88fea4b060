// generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
/** Why a delivery is rejected (SignatureError.reason). */
export const SIGNATURE_REASONS = [
  "missing_header",
  "ambiguous_header",
  "wrong_algorithm",
  "bad_encoding",
  "mismatch",
  "missing_timestamp",
  "stale_timestamp",
  "future_timestamp",
  "unknown_key",
  "expired_key",
  "missing_claim",
] as const;
/** Why the receiver is misconfigured (ConfigurationError.reason). */
export const CONFIGURATION_REASONS = [
  "unknown_provider",
  "bad_body",
  "bad_headers",
  "empty_secret",
  "bad_secret",
  "bad_tolerance",
  "no_signed_timestamp",
  "bad_key",
  "bad_clock",
  "missing_dependency",
  "unsigned_provider",
  "missing_path",
  "bad_path",
  "missing_secret_header",
  "bad_secret_header",
] as const;

/*
 * Why a webhook receiver refuses: each refusal its own constant, its reason and its words, a
 * template in which {name} stands for a value (codegen/refusals.py; the Python bankcodes._refusals
 * holds the same refusals). `refused` (webhook-types.ts) puts the values in their place. A bundle
 * holds only the refusals its code can give.
 */
export const no_header = ["missing_header", "no {names} header"] as const;
export const signed_header_absent = [
  "missing_header",
  "{name} signs {header:q}, which is absent",
] as const;
export const id_empty = [
  "missing_header",
  "{header} is empty: nothing names the message signed",
] as const;
export const header_repeated = [
  "ambiguous_header",
  "{name} is present several times with different values",
] as const;
export const signed_with = [
  "wrong_algorithm",
  "{name} is signed with {alg:q}, not {algorithm}",
] as const;
export const digest_size = [
  "wrong_algorithm",
  "{name} holds a {length}-byte digest; {algorithm} gives {size} bytes",
] as const;
export const other_labels = [
  "wrong_algorithm",
  "{name} has no {label}= signature (only {labels:q})",
] as const;
export const other_prefix = ["wrong_algorithm", "{name} is {label}=…, expected {prefix}…"] as const;
export const not_es512 = ["wrong_algorithm", "{name} is signed with {alg:q}, not ES512"] as const;
export const no_v1_version = [
  "wrong_algorithm",
  "{name} holds no v1,\u003cbase64\u003e signature: {value:q}",
] as const;
export const not_key_id = ["bad_encoding", "{name} is {value:q}, not a key id"] as const;
export const not_base64_signature = ["bad_encoding", "{name} is not a base64 signature"] as const;
export const not_compact_jwt = [
  "bad_encoding",
  "{name} is not a compact JWT (three parts separated by dots)",
] as const;
export const no_jwt_header = ["bad_encoding", "{name} has no readable JWT header"] as const;
export const jwt_typ_or_crit = [
  "bad_encoding",
  "{name}'s JWT header has a typ or crit not read",
] as const;
export const token_unreadable = [
  "bad_encoding",
  "{name} is not a valid JWT (claims or signature)",
] as const;
export const not_auth_token = [
  "bad_encoding",
  "{name} is not {auth_type} and a token: {value:q}",
] as const;
export const too_long = [
  "bad_encoding",
  "{name} is {length} characters long, over the {most} a signature is read to",
] as const;
export const header_not_ascii = [
  "bad_encoding",
  "{name} holds U+{point:04X} at character {at}: the header values bankcodes reads are printable ASCII (a control byte, or a byte above 0x7f as the web server decoded it)",
] as const;
export const not_canonical = ["bad_encoding", "{name} is not canonical {encodings}"] as const;
export const stamp_not_seconds = [
  "bad_encoding",
  "{name}'s {label}= is not a Unix time in seconds: {stamp:q}",
] as const;
export const no_signature_label = [
  "bad_encoding",
  "{name} has no {label}= signature: {value:q}",
] as const;
export const too_many_signatures = [
  "bad_encoding",
  "{name} lists {count} signatures; at most {most} are read (a provider lists one per secret valid during a rotation)",
] as const;
export const no_prefix = ["bad_encoding", "{name} does not start with {prefix}"] as const;
export const not_rfc3339 = ["bad_encoding", "{name} is not an RFC 3339 time: {value:q}"] as const;
export const not_a_time = ["bad_encoding", "{name} is not a time: {value:q}"] as const;
export const not_detached_jws = [
  "bad_encoding",
  "{name} is not a detached JWS of three parts (header..signature): {value:q}",
] as const;
export const no_jws_header = [
  "bad_encoding",
  "{name} has no readable JWS header: {head:q}",
] as const;
export const jws_member_twice = [
  "bad_encoding",
  "the JWS header of {name} names {member:q} twice",
] as const;
export const not_tl_version = [
  "bad_encoding",
  "{name} is not a version {version} signature with its signed headers (tl_version {found:q})",
] as const;
export const jws_signature_size = [
  "bad_encoding",
  "the signature of {name} is not {size} bytes of base64url: {signature:q}",
] as const;
export const crit_not_list = [
  "bad_encoding",
  "the crit of {name} is not a list of distinct member names: {crit:q}",
] as const;
export const tl_header_not_name = [
  "bad_encoding",
  "the tl_headers of {name} names {header:q}, which is no header name: {listed:q}",
] as const;
export const tl_header_twice = [
  "bad_encoding",
  "the tl_headers of {name} names {header:q} twice",
] as const;
export const crit_not_understood = [
  "bad_encoding",
  "the crit of {name} lists {member:q}, which bankcodes does not understand (it understands tl_version and tl_headers, where the header has them)",
] as const;
export const jwt_member = [
  "bad_encoding",
  "{name}'s JWT header has {member:q}; only alg, kid and typ",
] as const;
export const jwt_typ = ["bad_encoding", "{name}'s typ is {typ:q}, not JWT"] as const;
export const jwt_kid = ["bad_encoding", "{name}'s kid is {kid:q}, not a key id"] as const;
export const jwt_unreadable = [
  "bad_encoding",
  "{name} is not a valid JWT (claims or signature unreadable)",
] as const;
export const iat_not_time = [
  "bad_encoding",
  "the {name} token's iat is {iat:q}, not seconds from 1970 to 9999",
] as const;
export const not_unix_seconds = [
  "bad_encoding",
  "{name} is not Unix seconds (decimal digits, no leading zero): {stamp:q40}",
] as const;
export const no_v1 = [
  "bad_encoding",
  "{name} holds no v1,\u003cbase64\u003e signature: {value:q}",
] as const;
export const not_jws = ["bad_encoding", "{name} is not a valid JWS: {error:q200}"] as const;
export const key_mismatch = [
  "mismatch",
  "the {name} signature does not match the body with key {key}: pass the body exactly as received (a framework that parses and re-serialises it changes it)",
] as const;
export const token_mismatch = ["mismatch", "the {name} token's signature does not verify"] as const;
export const digest_mismatch = [
  "mismatch",
  "the {name} token's {claim} does not match the body: pass the body exactly as received (a framework that parses and re-serialises it changes it)",
] as const;
export const body_not_utf8 = [
  "mismatch",
  "the body is not UTF-8 text, so {name} cannot match it",
] as const;
export const request_mismatch = [
  "mismatch",
  "the {name} signature does not match the request. Likely causes: the body is not the bytes received (a framework that parses and re-serialises JSON changes them); the path is not the one the provider posted to ({path:q}); the keys are another environment's (sandbox and production differ)",
] as const;
export const secret_mismatch = [
  "mismatch",
  "{name} does not hold the webhook's secret (nor any of those given)",
] as const;
export const body_mismatch = [
  "mismatch",
  "the {name} signature does not match the body{checked}. Likely causes: {causes}",
] as const;
export const url_body_mismatch = [
  "mismatch",
  "the {name} signature does not match {url:q200} and this body{checked}. Likely causes: {causes}",
] as const;
export const body_key_mismatch = [
  "mismatch",
  "the {name} signature does not match this body{checked}. Likely causes: {causes}",
] as const;
export const standard_mismatch = [
  "mismatch",
  "no {name} signature is the HMAC of {id}, {stamp} and this body with the secret given: a body changed or re-serialised, another endpoint's secret, or a secret without its key in base64",
] as const;
export const no_stamp_label = [
  "missing_timestamp",
  "{name} has no {label}=… (the signed timestamp): {value:q}",
] as const;
export const stamp_not_signed = ["missing_timestamp", "{name} does not sign {stamp}"] as const;
export const no_iat = ["missing_timestamp", "the {name} token has no iat claim"] as const;
export const no_body_stamp = [
  "missing_timestamp",
  "a tolerance was asked for, but the body has no {where}",
] as const;
export const no_stamp_header = [
  "missing_timestamp",
  "no {name} header: nothing dates the delivery",
] as const;
export const signed_too_early = [
  "stale_timestamp",
  "{name} was signed {age} s ago, more than {limit:g} s (a replay, or a delivery held up: the provider signs each attempt anew)",
] as const;
export const time_too_far = [
  "stale_timestamp",
  "{name} is {value}, more than {limit:g} s from now",
] as const;
export const issued_too_early = [
  "stale_timestamp",
  "the {name} token was issued {age:.0f} s ago (limit {limit:.0f} s)",
] as const;
export const stamp_too_old = [
  "stale_timestamp",
  "{name} is {age} s old, more than {limit:g} s (a replay, or a delivery held up)",
] as const;
export const signed_ahead = [
  "future_timestamp",
  "{name} was signed {ahead} s ahead of the clock, more than {limit} s (a clock far off, or a delivery signed to be replayed later)",
] as const;
export const issued_ahead = [
  "future_timestamp",
  "the {name} token is issued {ahead:.0f} s in the future",
] as const;
export const stamp_ahead = [
  "future_timestamp",
  "{name} is {ahead} s ahead of the clock, more than {limit} s",
] as const;
export const nothing_fetched = ["unknown_key", "{why}: nothing was fetched"] as const;
export const no_key_set = [
  "unknown_key",
  "the jku is not accepted here: the receiver's keys give no key set for {jku} (a delivery signed for the provider's other environment?)",
] as const;
export const jku_not_allowed = [
  "unknown_key",
  "the jku is not accepted: {name} {named}, not one of the provider's ({allowed}); nothing was looked up",
] as const;
export const kid_not_in_set = [
  "unknown_key",
  "the kid is not in the key set: the key set at {jku} has no key {kid:q}",
] as const;
export const no_kid = ["unknown_key", "no key has kid {kid:q}"] as const;
export const names_no_kid = ["unknown_key", "{name} names no key (kid)"] as const;
export const no_key_for_kid = ["unknown_key", "no key for kid {kid:q}"] as const;
export const no_keys_yet = ["unknown_key", "no key has kid {kid:q} (no keys yet)"] as const;
export const address_not_held = [
  "unknown_key",
  "{name} names a key the receiver has not: {address}",
] as const;
export const fetches_spent = [
  "unknown_key",
  "the key at {address} was not fetched: {most} keys not proven were fetched in the last {window:g} s, the most a key fetcher fetches; deliveries signed with a key it keeps still verify",
] as const;
export const not_key_address = [
  "unknown_key",
  "{address:q} is not a key address of the provider's",
] as const;
export const no_key_there = [
  "unknown_key",
  "the provider has no key at {address}: it answered HTTP {status}",
] as const;
export const key_expired = [
  "expired_key",
  "the key {kid:q} expired ({member} {expired}); fetch the current key",
] as const;
export const key_replaced = [
  "expired_key",
  "key {key} is older than key {newest}, which replaced it: nothing was fetched",
] as const;
export const no_digest_claim = ["missing_claim", "the {name} token has no {claim}"] as const;
export const no_hash_claim = ["missing_claim", "the {name} token has no {claim} claim"] as const;
export const no_key_address = [
  "unknown_provider",
  "{provider:q} names no key to fetch by its address",
] as const;
export const no_delivery = [
  "unknown_provider",
  "{provider} has no webhook delivery: the catalog does not describe its bodies, so receive cannot read them; check the signature with verify and deduplicate on dedupKey(provider, null, body), the SHA-256 of the body",
] as const;
export const no_event_type = ["unknown_provider", "{kind} has no event type field"] as const;
export const no_scheme = [
  "unknown_provider",
  "no signing scheme for {provider} (known: {known})",
] as const;
export const undescribed = [
  "unknown_provider",
  "{provider} sends webhooks, but bankcodes does not describe how they are authenticated: {how}",
] as const;
export const no_webhooks = [
  "unknown_provider",
  "{provider} sends no webhooks (providers whose webhooks bankcodes verifies: {known})",
] as const;
export const body_not_raw = [
  "bad_body",
  "the body must be the raw bytes or text received; a parsed or re-serialised body does not match the signature",
] as const;
export const body_surrogate = [
  "bad_body",
  "the body string holds a lone surrogate; pass the raw bytes received",
] as const;
export const not_utf8_signed = [
  "bad_body",
  "the body is not UTF-8 text, and a Tl-Signature signs a body as text (the scheme's signing libraries take a string): sign the bytes of a UTF-8 body",
] as const;
export const headers_not_pairs = [
  "bad_headers",
  "headers must be a mapping or [name, value] pairs: {error}",
] as const;
export const no_jwks = ["empty_secret", "the list of JWKs is empty"] as const;
export const no_keys = ["empty_secret", "no keys were given ({keys})"] as const;
export const secret_blank = ["empty_secret", "the webhook secret is empty or blank"] as const;
export const no_secrets = ["empty_secret", "the list of webhook secrets is empty"] as const;
export const no_secret = ["empty_secret", "no webhook secret was given ({secret})"] as const;
export const secret_empty = ["empty_secret", "the webhook secret is empty"] as const;
export const secret_padded_signature = [
  "bad_secret",
  "secret {index} has whitespace or a line break around it, and without it the {name} signature matches: trim the secret where it is read",
] as const;
export const header_secret_not_utf8 = [
  "bad_secret",
  "a secret sent in a header is text: these bytes are not UTF-8",
] as const;
export const header_secret_not_ascii = [
  "bad_secret",
  "secret {index} is not printable ASCII, and a secret sent in a header is: no delivery can carry it",
] as const;
export const secret_padded = [
  "bad_secret",
  "secret {index} has whitespace or a line break around it, and without it {name} matches: strip the secret where it is read",
] as const;
export const secret_surrogate = [
  "bad_secret",
  "the secret holds a lone surrogate, which is not text",
] as const;
export const secret_type = ["bad_secret", "a secret is a string or bytes, not {kind}"] as const;
export const whsec_not_base64 = [
  "bad_secret",
  "a Standard Webhooks secret is whsec_ and its key in base64, and this one is not base64 after the prefix (it is not shown)",
] as const;
export const signs_with_secret = ["bad_secret", "{provider} signs with a secret"] as const;
export const sends_secret = ["bad_secret", "{provider} sends a secret"] as const;
export const max_age_range = [
  "bad_tolerance",
  "max_age must be seconds above 0 and at most {most} (a year), not {value:q}",
] as const;
export const tolerance_value = [
  "bad_tolerance",
  "tolerance is seconds, a timedelta, None or 'contract', not {value:q}",
] as const;
export const tolerance_range = [
  "bad_tolerance",
  "tolerance must be seconds above 0 and at most {most} (a year), not {value:q}",
] as const;
export const tolerance_type = [
  "bad_tolerance",
  "tolerance is seconds or a timedelta, not {kind}",
] as const;
export const no_signed_time = [
  "no_signed_timestamp",
  "{name} signs no time, so no age can be checked: deduplicate instead (dedupKey)",
] as const;
export const no_tolerance = [
  "no_signed_timestamp",
  "{provider} signs no timestamp, so no tolerance can be checked; deduplicate with event.dedupKey instead",
] as const;
export const key_id_not_decimal = ["bad_key", "keyId is a decimal integer, not {value:q}"] as const;
export const signing_keys = [
  "bad_key",
  "signing takes {{ privatePem: PEM, {what}: … }} ({error:q120})",
] as const;
export const not_jwks = [
  "bad_key",
  "the key set for {jku} is not a JWKS ({{ keys: [...] }})",
] as const;
export const jwks_not_jwk = [
  "bad_key",
  "keys are a JWKS ({{ keys: [...] }}), not one JWK: pass {{ keys: [jwk] }}, or better a function from a jku to its key set, fetched and cached, so that a rotated key is found",
] as const;
export const not_p521 = [
  "bad_key",
  "the key {kid:q} at {jku} is not a P-521 EC public key ({error})",
] as const;
export const not_provider_jku = [
  "bad_key",
  "jku is one of the provider's key sets ({allowed}), not {jku:q}",
] as const;
export const tl_signing_key = [
  "bad_key",
  "a Tl-Signature is signed with a private P-521 JWK with d and kid",
] as const;
export const jws_keys_type = [
  "bad_key",
  "keys are a JWKS ({{ keys: [...] }}), a map from jku to JWKS, or a function from a jku to a JWKS, not {kind}",
] as const;
export const jku_function_failed = ["bad_key", "the key function threw {kind} for {jku}"] as const;
export const not_jwk = ["bad_key", "{where} is not a JWK: {found}"] as const;
export const expiry_not_time = [
  "bad_key",
  "the JWK for kid {kid:q} has {member} {expired:q}, not a time",
] as const;
export const jwk_not_p256 = [
  "bad_key",
  "the JWK for kid {kid:q} is kty {kty:q}, crv {crv:q}: {algorithm} needs an EC P-256 key",
] as const;
export const private_jwk_no_kid = ["bad_key", "the private JWK needs a kid"] as const;
export const jwk_unusable = [
  "bad_key",
  "the JWK for kid {kid:q} is unusable: {error:q200}",
] as const;
export const jwk_coordinates = [
  "bad_key",
  "the JWK for kid {kid:q} is unusable: x, y{d} must be strings",
] as const;
export const jwk_coordinate = [
  "bad_key",
  "the JWK for kid {kid:q} has {member} {value:q}, not the base64url of 32 bytes",
] as const;
export const private_jwk_unusable = ["bad_key", "the private JWK is unusable: {error}"] as const;
export const kid_function_failed = [
  "bad_key",
  "the key function failed for kid {kid:q}: {kind}: {error:q200}",
] as const;
export const keys_not_jwks = [
  "bad_key",
  "keys is {keys}: neither a JWK, a mapping of kids to JWKs, nor the key endpoint's reply",
] as const;
export const jwt_keys_type = [
  "bad_key",
  "keys are a JWK, the key endpoint's reply, a list of them, a mapping of kids to JWKs or a function of the kid, not a {kind}",
] as const;
export const not_pem = ["bad_key", "the key for {address} is not a PEM"] as const;
export const pem_too_long = [
  "bad_key",
  "the key for {address} is over {most} bytes: not a public key",
] as const;
export const pem_begins = [
  "bad_key",
  "the key for {address} is not a PEM public key or certificate: it begins {text:q}",
] as const;
export const pem_not_base64 = [
  "bad_key",
  "the key for {address} is a PEM {label:q} whose body is not base64",
] as const;
export const reply_no_pem = [
  "bad_key",
  "the reply for {address} holds no PEM in its {member:q} member",
] as const;
export const pem_unreadable = [
  "bad_key",
  "the key for {address} is a PEM {label:q} that cannot be read as a key for {algorithm} ({error:q120})",
] as const;
export const pem_no_end = [
  "bad_key",
  "the key for {address} begins a PEM {label:q}, which has no end",
] as const;
export const pem_not_public = [
  "bad_key",
  "the key for {address} begins a PEM {label:q}, not a public key or certificate",
] as const;
export const pem_keys_type = [
  "bad_key",
  "keys are a PEM, a mapping from key address to PEM or a function from a key address to a PEM (keyFetcher), not {kind}",
] as const;
export const address_function_failed = [
  "bad_key",
  "the key function failed for {address}: {error:q200}",
] as const;
export const credentials_type = [
  "bad_key",
  "credentials are the app's [id, secret], two strings",
] as const;
export const credentials_asked = [
  "bad_key",
  "{provider}'s key address asks for the app's credentials [id, secret]",
] as const;
export const credentials_unasked = [
  "bad_key",
  "{provider}'s key address asks for no credentials: none are sent",
] as const;
export const key_unavailable = [
  "bad_key",
  "the key at {address} could not be fetched: {why}",
] as const;
export const signs_with_jwk = ["bad_key", "{provider} signs with a private JWK"] as const;
export const bad_x5u = ["bad_key", "{why}"] as const;
export const clock_range = ["bad_clock", "now must be from 1970 to 9999, not {now}"] as const;
export const clock_naive = [
  "bad_clock",
  "now must be a timezone-aware datetime, not {now:q}",
] as const;
export const clock_type = [
  "bad_clock",
  "now is an aware datetime or seconds since 1970, not {kind}",
] as const;
export const clock_invalid = ["bad_clock", "now must be a valid Date, not {now}"] as const;
export const no_jws_library = [
  "missing_dependency",
  "Tl-Signature verification needs {library}: {install}",
] as const;
export const no_pyjwt = [
  "missing_dependency",
  "JWT webhook verification needs PyJWT with cryptography: {install}",
] as const;
export const no_cryptography = [
  "missing_dependency",
  "{doing} needs the cryptography library (the rsa extra): {install}",
] as const;
export const missing_module = ["missing_dependency", "{error}"] as const;
export const secret_for_unsigned = [
  "unsigned_provider",
  "{provider} signs no webhooks, so no secret can be checked: pass null and authenticate deliveries in the web server ({transport})",
] as const;
export const unsigned = [
  "unsigned_provider",
  "{provider} signs no webhooks ({transport} at the transport): there is no signature to verify; authenticate deliveries in the web server",
] as const;
export const no_request_path = [
  "missing_path",
  "{name} signs the path the provider posted to: pass path (the request's path, such as /webhooks/bank)",
] as const;
export const no_signed_path = [
  "missing_path",
  "{name} signs the path the delivery is posted to: pass path (the path receive will be given, such as /webhooks/bank)",
] as const;
export const no_signed_url = [
  "missing_path",
  "{name} signs the callback URL registered with the provider: pass it as path (such as https://example.com/callbacks/success)",
] as const;
export const bad_path = ["bad_path", "path is the request's path from /, not {path:q}"] as const;
export const bad_url = [
  "bad_path",
  "path is the callback URL registered with the provider, http:// or https:// and printable ASCII, not {path:q}",
] as const;
export const no_secret_header = [
  "missing_secret_header",
  "{provider} sends the secret in a header your app names when it creates the webhook: pass secretHeader (that header's name)",
] as const;
export const secret_header_not_name = [
  "bad_secret_header",
  "secretHeader is the name of a header (at most 256 letters, digits and !#$%&'*+-.^_`|~), which the {kind} given is not",
] as const;
export const secret_header_unneeded = [
  "bad_secret_header",
  "{provider} sends {sends}: leave secretHeader out",
] as const;
export const secret_header_is_secret = [
  "bad_secret_header",
  "secretHeader is one of the secrets given: pass the header's name there, and the secret as the secret",
] as const;
