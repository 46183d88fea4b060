# generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
"""The webhook examples of the catalog and the published test material that signs them, read by `bankcodes trigger`. TEST MATERIAL, published with bankcodes: anyone can sign with these secrets and this key. Use them in tests only; never configure them in a receiver that faces the internet."""

from __future__ import annotations

#: Provider id -> its webhook examples: (event name, title, raw body), the first the default.
EXAMPLES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "acme": (
        (
            "bankcodes-test",
            "bankcodes' own body, not the provider's: the catalog describes no body of its webhooks (its signature covers any body)",
            '{"bankcodes_test_delivery": "bankcodes\' own test body: the catalog does not describe this provider\'s webhook bodies"}',
        ),
    )
}

#: Provider id -> its published test secret (for a provider that signs with one).
TEST_SECRETS: dict[str, str] = {"acme": "bankcodes_test_acme_webhook_secret"}

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

#: The published RSA test key, which signs the RSA signatures of the test deliveries.
TEST_RSA_PRIVATE_PEM = "-----BEGIN PRIVATE KEY-----\nMIIEvwIBADANBgkqhkiG9w0BAQEFAASCBKkwggSlAgEAAoIBAQC/5fzP8H/TTU4L\nGkLOGRY1OgfZuVeroHDdRnjyXqFScfs2CKGvhhW/d5VQIX5JbEjdIdietSxMMY/I\nXn5RmY0uEBz58qkA4IikRKiEbm/m8FgzHNCIguE7gp9BcskxMHgReDDRSymYnJES\nlEHCLQ29ecZ2sCUmxC44ZJOg1zI8o48j9b5ffcD+eK0U9HHLnWx5+/vP2NoP0Q2P\nvaJNSD8HEgrEnoNd32I/lGprRijKkZ4ma4HyGOVqtsdaVoSj/eCyx8GmZLj7gBQk\nA28NuU4dhA8zK0tg6hrAYezhuWCuIz9+R/aOy+Ae2bKfe/o34JdRgTbMWon/Vkuc\n/mbHGVPZAgMBAAECggEBALsep2uYRvyjF+PJorTXT4ltYbRTf4KSexu5mTw1PDdp\nf50Lw6WlKNW/5K/zSPKNjWtbkqAHZ/+QIHUwdxpYkYsGGUs87ME3MOaFMJGaIrHd\nURPeGBXVEY127JXkOP0nFx1pxqh/EzuGCAxG1uxiBFDrSrP3RPLNP4irwiyHSqxG\n3AfA3qRV1J4jFkuhXpFC6ZCtzdxDZxe31Q9KGwJPW/dnk05ez3idhT/fK2uDIBAy\naqmVuZ8hFscs6XyQh8uRPqzcpHD+JqgxLvFym2cR3jFRU6ifZgiFQVv/c0a9a76q\nfnL3/0k4K7BJzflfMPsz2kaBUgkKIQGP3C1ef+Z+5dECgYEA0vay4MpSPCco767Z\n4j0Ytb84Gvl4hVK8Qa1Fz3fqbOwnO8oK4fVhWDhb7UQcqR5RjpzD5xVAl4ZaiiYJ\nxnVXzoA/6FZn/Ovqbb2h+izzexcy9/oVU3IXXVQ+zQp8On8cQbSW547GFJ3ih237\n2I+WWNpqzA+YitRRLcP7xb0rTD0CgYEA6N1b5rD/Vmd9nTx5rVq7S6Xy4sm8idhO\nUpy1NaFlV8CiDsQF8uZBSyW1TxoVoosXUh7bz0HMyZxRkIi5m2f9Ww2YNTv+xWKm\nBIuOw7A0HW8zzq30fwWRW/8tHTZNGld+kojo4WQ6xBQzu8uYugB/Y5QvMxbb3/65\nB1hqq6Bj080CgYEAlG5tN0pDB/3JiLJurQatvxq2gAws5ylqOY+PgcTulQqnJCMo\n+wjqH+cvjsYQoFErsvrLv2gtlS87vt26nP7s8+c6j99TtRnMTMBTGjHMcjvFacJ0\nhMzOcaUXtq5876+Fkxlb37qN1e2sd/tDaoDEmOm8oK0MeAmgwGGXYO6Ta0UCgYEA\nzzxQkVlro6WucMRlNRXOIWCqa5JFrBdIfNThn7zmx9WzY5ioAqdP7GS+mosIPgOy\n2W6FCEnyymnHXO2Q4PEG1IWgs5+U+Gz2eo0InLavapKQdJrzQCfgWRMbPygYLh03\nk4ksV4ovkli4QaTLYp0WwbQa3Ui2nP3ABP120Q6ISPECgYB0rBnkRzCjh/S+19/P\n/ZSeR5m8RDDwn8jToSYvlIl5kdW/uauSVU98mlBKt/2Ig3pCCscfKNLMl6BcZ8Cd\nLlRQx+9yBKNjjg9dqlwzzSC63ch2FeTR9OmHIjAk5ibnWV5+XjyGjxHL2RvtGa/S\njeoMNXs5MAimcx3haRBVZY/e+Q==\n-----END PRIVATE KEY-----\n"

#: Its public half.
TEST_RSA_PUBLIC_PEM = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAv+X8z/B/001OCxpCzhkW\nNToH2blXq6Bw3UZ48l6hUnH7Ngihr4YVv3eVUCF+SWxI3SHYnrUsTDGPyF5+UZmN\nLhAc+fKpAOCIpESohG5v5vBYMxzQiILhO4KfQXLJMTB4EXgw0UspmJyREpRBwi0N\nvXnGdrAlJsQuOGSToNcyPKOPI/W+X33A/nitFPRxy51sefv7z9jaD9ENj72iTUg/\nBxIKxJ6DXd9iP5Rqa0YoypGeJmuB8hjlarbHWlaEo/3gssfBpmS4+4AUJANvDblO\nHYQPMytLYOoawGHs4blgriM/fkf2jsvgHtmyn3v6N+CXUYE2zFqJ/1ZLnP5mxxlT\n2QIDAQAB\n-----END PUBLIC KEY-----\n"

#: The key id it is named by.
TEST_RSA_KEY_ID = "1"

#: The P-256 test key as a PEM, which signs for a provider whose published key is EC.
TEST_EC_PRIVATE_PEM = "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgfT2jiW0ovwb6txUf\nFh2H/mV17mh9z2cBNoj2hAtU45uhRANCAATvdaE2GUHX2j2wpo1Xrj1N/aEEYqjl\ndMc+DSW5Ii2Fy54awngL6cY9gkvub4wpaPtNMm0qQeE1gXJWwXgghBUw\n-----END PRIVATE KEY-----\n"

#: Its public half.
TEST_EC_PUBLIC_PEM = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE73WhNhlB19o9sKaNV649Tf2hBGKo\n5XTHPg0luSIthcueGsJ4C+nGPYJL7m+MKWj7TTJtKkHhNYFyVsF4IIQVMA==\n-----END PUBLIC KEY-----\n"

#: The header a test delivery carries its secret in, where the app names it.
TEST_SECRET_HEADER = "Bankcodes-Test-Secret"

#: Provider id -> where the RSA test key would be served, for a provider whose key is fetched (its key address with the test key's id, or an x5u on its domain): never fetched, since the test deliveries give the key for it.
TEST_KEY_ADDRESSES: dict[str, str] = {}

#: The callback URL a test delivery is posted to (a published key signs it).
TEST_CALLBACK_URL = "https://example.com/callbacks/success"

#: The path a test delivery is posted to (a JWS signs it).
TEST_PATH = "/webhooks/test"

#: What the test material is.
WARNING = "TEST MATERIAL, published with bankcodes: anyone can sign with these secrets and this key. Use them in tests only; never configure them in a receiver that faces the internet."
