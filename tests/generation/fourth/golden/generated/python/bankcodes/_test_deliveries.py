# generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
"""The webhook examples of the catalog and the published test material that signs them, read by `bankcodes trigger`. TEST MATERIAL, published with bankcodes: anyone can sign with these secrets and this key. Use them in tests only; never configure them in a receiver that faces the internet."""

from __future__ import annotations

#: Provider id -> its webhook examples: (event name, title, raw body), the first the default.
EXAMPLES: dict[str, tuple[tuple[str, str, str], ...]] = {}

#: Provider id -> its published test secret (for a provider that signs with one).
TEST_SECRETS: dict[str, str] = {}

#: The published P-256 test key, which signs the JWTs of the test deliveries.
TEST_PRIVATE_JWK: dict[str, str] = {
    "kty": "EC",
    "crv": "P-256",
    "alg": "ES256",
    "use": "sig",
    "kid": "bankcodes-test-key-1",
    "x": "73WhNhlB19o9sKaNV649Tf2hBGKo5XTHPg0luSIthcs",
    "y": "nhrCeAvpxj2CS-5vjClo-00ybSpB4TWBclbBeCCEFTA",
    "d": "fT2jiW0ovwb6txUfFh2H_mV17mh9z2cBNoj2hAtU45s",
}

#: Its public half, which verifies them.
TEST_PUBLIC_JWK: dict[str, str] = {
    "kty": "EC",
    "crv": "P-256",
    "alg": "ES256",
    "use": "sig",
    "kid": "bankcodes-test-key-1",
    "x": "73WhNhlB19o9sKaNV649Tf2hBGKo5XTHPg0luSIthcs",
    "y": "nhrCeAvpxj2CS-5vjClo-00ybSpB4TWBclbBeCCEFTA",
}

#: The published P-521 test key, which signs the JWS of the test deliveries.
TEST_JWS_PRIVATE_JWK: dict[str, str] = {
    "kty": "EC",
    "crv": "P-521",
    "alg": "ES512",
    "kid": "bankcodes-test-key-p521-1",
    "x": "AaZCpiR7kGNNFQOukyujPOP_V-USYzKdGur_yb3pILMyPOUbGwve70gqBA6NJXLHl9VXEOeZyfUGMtc65qD_bx4l",
    "y": "AHCOs7600ouz_jiRfujUbA_3wIR5PY_uAXQlk_BsRXhxFY0h75n3thDg2PbvKDJ4Y3mMs71E6XB5q3bqcVIfDLN1",
    "d": "AADj3mzFh53KSG5CV5eOAQj1BBGsSlbRDn_bNgV8CRMkZ9v6QQnZqXVeJOqJ5HJMqcva4Yf_e2WQvtXszdwHLJVB",
}

#: Its public half, which verifies them.
TEST_JWS_PUBLIC_JWK: dict[str, str] = {
    "kty": "EC",
    "crv": "P-521",
    "alg": "ES512",
    "kid": "bankcodes-test-key-p521-1",
    "x": "AaZCpiR7kGNNFQOukyujPOP_V-USYzKdGur_yb3pILMyPOUbGwve70gqBA6NJXLHl9VXEOeZyfUGMtc65qD_bx4l",
    "y": "AHCOs7600ouz_jiRfujUbA_3wIR5PY_uAXQlk_BsRXhxFY0h75n3thDg2PbvKDJ4Y3mMs71E6XB5q3bqcVIfDLN1",
}

#: The header a test delivery carries its secret in, where the app names it.
TEST_SECRET_HEADER = "Bankcodes-Test-Secret"

#: The path a test delivery is posted to (a JWS signs it).
TEST_PATH = "/webhooks/test"

#: What the test material is.
WARNING = "TEST MATERIAL, published with bankcodes: anyone can sign with these secrets and this key. Use them in tests only; never configure them in a receiver that faces the internet."
