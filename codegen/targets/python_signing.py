"""The Python package's data modules of webhook signing: how each provider signs and delivers
its webhooks (_signing.py), and its webhook examples with the published test material that signs
them (_test_deliveries.py)."""

from __future__ import annotations

from codegen.filters import py_literal
from codegen.model import Catalog
from codegen.targets import ec_test_keys
from codegen.targets import python_records as records
from codegen.targets import webhook_fixtures as fixtures
from codegen.targets.python_constants import Constant, data_module
from codegen.targets.rsa_test_key import KEY_ID as RSA_KEY_ID
from codegen.targets.rsa_test_key import rsa_test_key


def signing_module(catalog: Catalog) -> str:
    schemes = {p.id: records.scheme(p.signing) for p in catalog.providers if p.signing is not None}
    deliveries = {
        p.id: records.delivery(p, p.delivery) for p in catalog.providers if p.delivery is not None
    }
    undescribed = {
        p.id: p.webhooks_undescribed.reason for p in catalog.providers if p.webhooks_undescribed
    }
    constants = (
        Constant(
            "SCHEMES",
            "dict[str, Scheme]",
            py_literal(schemes),
            "Provider id -> how the provider authenticates its webhooks.",
        ),
        Constant(
            "DELIVERY",
            "dict[str, Delivery]",
            py_literal(deliveries),
            "Provider id -> how the provider delivers its webhooks.",
        ),
        Constant(
            "UNDESCRIBED",
            "dict[str, str]",
            py_literal(undescribed),
            "Provider id -> why the catalog describes no signing of the webhooks it sends.",
        ),
    )
    used = {str(call).split("(", 1)[0] for call in schemes.values()}
    if any(p.signing and p.signing.timestamp for p in catalog.providers):
        used.add("SignedTimestamp")
    names = sorted(["Delivery", "EventType", *used, "Scheme"])
    imports = (
        "from bankcodes._schemes import " + ", ".join(names),
        "from bankcodes._sources import SOURCES as _S",
    )
    doc = "How each provider signs and delivers its webhooks, read by bankcodes.signatures."
    return data_module(catalog, doc, imports, constants)


def _test_keys() -> tuple[Constant, ...]:
    """The published test keys of the test deliveries, private and public, with the RSA key's id."""
    private, public = ec_test_keys.test_key()
    jws_private, jws_public = ec_test_keys.jws_test_key()
    return (
        Constant(
            "TEST_PRIVATE_JWK",
            "dict[str, str]",
            py_literal(private),
            "The published P-256 test key, which signs the JWTs of the test deliveries.",
        ),
        Constant(
            "TEST_PUBLIC_JWK",
            "dict[str, str]",
            py_literal(public),
            "Its public half, which verifies them.",
        ),
        Constant(
            "TEST_JWS_PRIVATE_JWK",
            "dict[str, str]",
            py_literal(jws_private),
            "The published P-521 test key, which signs the JWS of the test deliveries.",
        ),
        Constant(
            "TEST_JWS_PUBLIC_JWK",
            "dict[str, str]",
            py_literal(jws_public),
            "Its public half, which verifies them.",
        ),
        Constant(
            "TEST_RSA_PRIVATE_PEM",
            "",
            py_literal(rsa_test_key()[0]),
            "The published RSA test key, which signs the RSA signatures of the test deliveries.",
        ),
        Constant("TEST_RSA_PUBLIC_PEM", "", py_literal(rsa_test_key()[1]), "Its public half."),
        Constant("TEST_RSA_KEY_ID", "", py_literal(RSA_KEY_ID), "The key id it is named by."),
        Constant(
            "TEST_EC_PRIVATE_PEM",
            "",
            py_literal(ec_test_keys.test_key_pems()[0]),
            "The P-256 test key as a PEM, which signs for a provider whose published key is EC.",
        ),
        Constant(
            "TEST_EC_PUBLIC_PEM",
            "",
            py_literal(ec_test_keys.test_key_pems()[1]),
            "Its public half.",
        ),
    )


def test_deliveries_module(catalog: Catalog) -> str:
    examples = {
        p.id: tuple((e.name, e.title, e.body) for e in fixtures.examples(p))
        for p in fixtures.delivering(catalog)
    }
    secrets = fixtures.test_secrets(catalog)
    addresses = {
        p.id: fixtures.key_address(p.signing)
        for p in fixtures.delivering(catalog)
        if p.signing is not None and p.signing.scheme in ("fetched_key", "certificate_jwt")
    }
    constants = (
        Constant(
            "EXAMPLES",
            "dict[str, tuple[tuple[str, str, str], ...]]",
            py_literal(examples),
            "Provider id -> its webhook examples: (event name, title, raw body), the first the "
            "default.",
        ),
        Constant(
            "TEST_SECRETS",
            "dict[str, str]",
            py_literal(secrets),
            "Provider id -> its published test secret (for a provider that signs with one).",
        ),
        *_test_keys(),
        Constant(
            "TEST_SECRET_HEADER",
            "",
            py_literal(fixtures.SECRET_HEADER),
            "The header a test delivery carries its secret in, where the app names it.",
        ),
        Constant(
            "TEST_KEY_ADDRESSES",
            "dict[str, str]",
            py_literal(addresses),
            "Provider id -> where the RSA test key would be served, for a provider whose key is "
            "fetched (its key address with the test key's id, or an x5u on its domain): never "
            "fetched, since the test deliveries give the key for it.",
        ),
        Constant(
            "TEST_CALLBACK_URL",
            "",
            py_literal(fixtures.CALLBACK_URL),
            "The callback URL a test delivery is posted to (a published key signs it).",
        ),
        Constant(
            "TEST_PATH",
            "",
            py_literal(fixtures.JWS_PATH),
            "The path a test delivery is posted to (a JWS signs it).",
        ),
        Constant("WARNING", "", py_literal(fixtures.WARNING), "What the test material is."),
    )
    doc = (
        "The webhook examples of the catalog and the published test material that signs them, "
        "read by `bankcodes trigger`. " + fixtures.WARNING
    )
    return data_module(catalog, doc, (), constants)
