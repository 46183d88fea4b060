"""What a first receiver of the RSA-signing providers meets: the extra each scheme needs (named in
the error, the README and the webhooks page, by the scheme's name), `sign`'s key format for each
scheme, fixtures without a type's name for a value, and a webhooks page true about requests."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from typing import Any

import pytest

import bankcodes
from bankcodes import signatures
from tests.support.helpers import ROOT, spec_data

FIXTURES = ROOT / "generated" / "fixtures" / "webhooks"
PAGE = (ROOT / "site" / "docs" / "webhooks.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")
PROVIDERS: dict[str, dict[str, Any]] = spec_data()["providers"]
#: The providers whose key is RSA (an RSA-SHA256 signature of the body, an RS256 JWT).
RSA = [
    name
    for name, provider in PROVIDERS.items()
    if provider.get("signing", {}).get("scheme") in ("fetched_key", "certificate_jwt")
]


def _receive_without(module: str, provider: str) -> str:
    """Verify a fixture of `provider` in a Python where `module` cannot be imported; print
    "ok" or the ConfigurationError's reason and text."""
    fixture = next((FIXTURES / provider).glob("*.json"))
    script = (
        f"import sys; sys.modules[{module!r}] = None\n"
        "import json\n"
        "from bankcodes import signatures\n"
        f"fixture = json.loads(open({str(fixture)!r}, encoding='utf-8').read())\n"
        "try:\n"
        f"    signatures.verify({provider!r}, fixture['body'], fixture['headers'],\n"
        "                      fixture['verify_with']['keys'])\n"
        "    print('ok')\n"
        "except signatures.ConfigurationError as error:\n"
        "    print(error.reason, error)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout.strip()


def test_rsa_providers_are_read_from_the_spec() -> None:
    assert {"akahu", "enablebanking"} <= set(RSA)


@pytest.mark.parametrize("provider", RSA)
@pytest.mark.subprocess
def test_an_rsa_signature_is_verified_without_pyjwt(provider: str) -> None:
    # Akahu signs the body with RSA-SHA256 (its SDK's crypto.createVerify("sha256")), Enable
    # Banking with an RS256 JWT: neither needs a JWT library, only cryptography.
    assert _receive_without("jwt", provider) == "ok"


@pytest.mark.parametrize("provider", RSA)
@pytest.mark.subprocess
def test_without_cryptography_the_error_names_the_rsa_extra(provider: str) -> None:
    said = _receive_without("cryptography", provider)
    algorithm = PROVIDERS[provider]["signing"]["algorithm"]
    assert said.startswith("missing_dependency "), said
    assert "pip install 'bankcodes[rsa]'" in said and algorithm in said
    assert "PyJWT" not in said and "JWT webhook verification" not in said


#: The providers whose keys `sign` needs cryptography for: RSA or, for some published keys, ECDSA.
KEYED = RSA + [
    name
    for name, provider in PROVIDERS.items()
    if provider.get("signing", {}).get("scheme") == "published_key"
]


@pytest.mark.parametrize("provider", KEYED)
@pytest.mark.subprocess
def test_signing_without_cryptography_names_the_schemes_algorithm(provider: str) -> None:
    script = (
        "import sys; sys.modules['cryptography'] = None\n"
        "from bankcodes import signatures\n"
        "try:\n"
        f"    signatures.sign({provider!r}, b'{{}}', {{}}, path='https://client.example/c')\n"
        "except signatures.ConfigurationError as error:\n"
        "    print(error)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    algorithm = PROVIDERS[provider]["signing"]["algorithm"]
    assert run.stdout.startswith(
        f"missing_dependency: signing with {algorithm} needs the cryptography library"
    ), run.stdout + run.stderr[-2000:]


def test_the_rsa_extra_is_cryptography_alone_and_documented() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert [re.split(r"[<>=]", pin)[0] for pin in project["optional-dependencies"]["rsa"]] == [
        "cryptography"
    ]
    assert "pip install '.[payloads,rsa]'" in README
    assert "'bankcodes[payloads,rsa]'" in PAGE and "`rsa` (cryptography)" in PAGE


@pytest.mark.parametrize("provider", RSA)
def test_the_readme_table_names_the_extra_of_each_rsa_provider(provider: str) -> None:
    row = next(line for line in README.splitlines() if f"reference/{provider}/index.md" in line)
    assert "(the <code>rsa</code> extra)" in row


@pytest.mark.parametrize(
    "where",
    [signatures.sign.__doc__ or "", bankcodes.sign.__doc__ or "", PAGE],
    ids=["signatures.sign", "bankcodes.sign", "webhooks.md"],
)
def test_sign_says_the_key_format_of_every_rsa_scheme(where: str) -> None:
    text = " ".join(where.split())
    assert '"private_pem"' in text and '"key_id"' in text and '"x5u"' in text
    assert "whsec_" in text and "private JWK" in text


def test_the_typescript_sign_says_the_key_format_of_every_scheme() -> None:
    source = (ROOT / "codegen" / "runtime" / "typescript" / "webhooks.ts").read_text()
    doc = source[: source.index("export async function sign(")].rsplit("/**", 1)[1]
    for scheme in ("hmac", "shared_secret", "standard_webhooks", "jwt", "jws", "none"):
        assert f"`{scheme}`" in doc, scheme
    assert "`{ privatePem, keyId }`" in doc and "`{ privatePem, x5u }`" in doc


def _strings(node: object) -> list[str]:
    if isinstance(node, dict):
        return [s for value in node.values() for s in _strings(value)]
    if isinstance(node, list):
        return [s for value in node for s in _strings(value)]
    return [node] if isinstance(node, str) else []


def test_no_fixture_body_holds_a_type_name_for_a_value() -> None:
    found = []
    for path in sorted(FIXTURES.glob("*/*.json")):
        body = json.loads(json.loads(path.read_text(encoding="utf-8"))["body"])
        found += [
            f"{path.parent.name}/{path.name}" for value in _strings(body) if value == "string"
        ]
    assert not found, found


def test_akahus_built_fixtures_carry_real_codes_and_own_words() -> None:
    # Akahu's SDK (akahu-sdk-js src/models/webhooks.ts at f7dc54a) types webhook_code as
    # WEBHOOK_CANCELLED for every type; state is the app's own string.
    for path in sorted((FIXTURES / "akahu").glob("*.json")):
        fixture = json.loads(path.read_text(encoding="utf-8"))
        body = json.loads(fixture["body"])
        assert body["state"] != "string", path.name
        if "built from the catalog's schema" in fixture["title"]:
            assert body["webhook_code"] == "WEBHOOK_CANCELLED"
            assert body["state"].startswith("bankcodes example")


def test_the_webhooks_page_says_when_bankcodes_makes_a_request() -> None:
    assert "does no network I/O" not in PAGE
    said = " ".join(PAGE.partition("**When bankcodes makes a request.**")[2].split())
    assert said.startswith("Only a `KeyFetcher` (`keyFetcher` in Node) makes one")
    assert "https://api.akahu.io/v1/keys/{id}" in said and "`enablebanking.com`" in said
