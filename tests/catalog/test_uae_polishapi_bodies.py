"""UAE Open Finance's and PolishAPI's error bodies as a bank's API answers them, read in their
place by every reader: `payloads.identify` and `decisive_code`, Python's from_exception (over
httpx's HTTPStatusError from a server on loopback), Node's fromError (over a fetch Response) and
`bankcodes explain -`. The bodies are typed from the standards' files: the UAE's {Errors: [...]}
(AEError400Response; Consent.Invalid in AEError400Code, Payment API v2.1-errata2 L1010), a
namespaced code of the form ^[A-Za-z]+\\.[A-Za-z0-9]+$ (the enum's other branch, L1032) and the
signed error of the example Error403ForbiddenSigned (L4358), sent as application/jwt with the
x-fapi-interaction-id header every error response declares; PolishAPI's Error class with its
responseHeader (2_1_2, as ITger/PolishAPI_sample keeps it) under HTTP 429, "Request limit for the
requested service exceeded". The shared corpus tests/support/jwt_bodies.json says which texts are
a signed JWT that every reader reads by its payload."""

from __future__ import annotations

import base64
import json
import logging
import subprocess
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer

import bankcodes
from bankcodes import payloads
from bankcodes._jwt_body import jwt_payload
from tests.support.cli_here import cli_here
from tests.support.found_errors import found, response
from tests.support.helpers import ROOT, after_decision
from tests.support.verdicts import Corpus

CORPUS = ROOT / "tests" / "support" / "jwt_bodies.json"
CASES: list[dict[str, Any]] = json.loads(CORPUS.read_text(encoding="utf-8"))["cases"]
#: The claims of the Payment API's example Error403ForbiddenSigned.
SIGNED_403 = {
    "iss": "c50f0152-49bb-4dc4-b866-b625271c4e78",
    "exp": 3349494246,
    "nbf": 1675765189,
    "aud": ["e63df191-5fff-4e9c-bba2-b273c94e87f0"],
    "iat": 1675765189,
    "message": {
        "Errors": [
            {
                "Code": "AccessToken.InvalidScope",
                "Message": "The access token did not have an appropriate scope attached to it.",
            }
        ]
    },
}
#: The correlation id a UAE error response's x-fapi-interaction-id header carries (the file's
#: example of the header, L533).
INTERACTION_ID = "49df2c2c-6b80-40ee-96a1-71910a248048"


def _part(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _token(claims: dict[str, Any]) -> str:
    """A compact JWS carrying `claims`, under a header and a signature of no one's."""
    header = _part(json.dumps({"alg": "PS256", "kid": "lfi"}).encode())
    return f"{header}.{_part(json.dumps(claims).encode())}.{_part(bytes(64))}"


#: (path, HTTP status, content type, body, kind, the deciding code's path, its code set, its
#: value, whether the catalog lists it, its category).
BODIES: list[tuple[str, int, str, str, str, str, str, object, bool, str]] = [
    (
        "/uae", 400, "application/json",
        json.dumps({"Errors": [{"Code": "Consent.Invalid", "Message": "m",
                                "Path": "Data.Initiation.InstructedAmount.Currency"}]}),
        "uaeopenfinance/error", "$.Errors[0].Code", "uaeopenfinance.error_code",
        "Consent.Invalid", True, "integration_error",
    ),
    (
        "/uae-own", 403, "application/json",
        json.dumps({"Errors": [{"Code": "AANI.AC04", "Message": "Closed account"}]}),
        "uaeopenfinance/error", "$.Errors[0].Code", "uaeopenfinance.error_code",
        "AANI.AC04", False, "generic_failure",
    ),
    (
        "/uae-signed", 403, "application/jwt", _token(SIGNED_403),
        "uaeopenfinance/signed-error", "$.message.Errors[0].Code", "uaeopenfinance.error_code",
        "AccessToken.InvalidScope", True, "integration_error",
    ),
    (
        "/polishapi", 429, "application/json",
        json.dumps({"responseHeader": {"requestId": "f3a1c2d4", "sendDate": "2019-12-18T18:22:31",
                                       "isCallback": False},
                    "code": "ASPSP-LIMIT", "message": "limit"}),
        "polishapi/error", "(HTTP status)", "polishapi.http_status", 429, True, "rate_limited",
    ),
]  # fmt: skip
SIGNED = {case[0] for case in BODIES if case[2] == "application/jwt"}


@pytest.fixture(scope="module")
def server() -> Iterator[HTTPServer]:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    with HTTPServer() as running:
        for path, status, kind, body, *_ in BODIES:
            headers = {"x-fapi-interaction-id": INTERACTION_ID}
            running.expect_request(path).respond_with_data(
                body, status=status, content_type=kind, headers=headers
            )
        yield running


def test_identify_and_decisive_code_read_each_body_in_its_place() -> None:
    for _, _, _, body, kind, where, code_set, value, known, category in BODIES:
        assert payloads.identify(body).kinds == (kind,), kind
        found = payloads.decisive_code(kind, body)
        if where == "(HTTP status)":
            assert found is None  # the body alone carries no code: its status decides
            continue
        assert found is not None and (found.path, found.code_set) == (where, code_set)
        assert (found.code.value, found.code.known) == (value, known)
        assert found.code.category.value == category


@pytest.mark.parametrize("case", BODIES, ids=[case[0] for case in BODIES])
def test_python_reads_the_code_from_the_raised_error(
    server: HTTPServer, case: tuple[str, int, str, str, str, str, str, object, bool, str]
) -> None:
    path, status, _, _, kind, where, code_set, value, known, category = case
    with pytest.raises(httpx.HTTPStatusError) as raised:
        httpx.get(server.url_for(path)).raise_for_status()
    found = bankcodes.from_exception(raised.value)
    assert found is not None
    assert (found.kind, found.path, found.code_set, found.status) == (kind, where, code_set, status)
    assert (found.code.value, found.code.known, found.code.category.value) == (
        value,
        known,
        category,
    )
    assert (found.unverified is not None) == (path in SIGNED)
    if kind.startswith("uaeopenfinance/"):
        assert found.request_id == INTERACTION_ID
    else:
        assert found.request_id == "f3a1c2d4"


#: The UAE's and PolishAPI's responses, read alike in both languages (TypeScript's fromError of a
#: fetch Response).
RESPONSES = Corpus(
    "uae_polishapi_bodies",
    lambda: (
        (path, response(status, body, content_type=kind, x_fapi_interaction_id=INTERACTION_ID))
        for path, status, kind, body, *_ in BODIES
    ),
    found,
)


def test_python_reads_them_as_committed() -> None:
    read = RESPONSES.python()
    for path, status, _, _, kind, where, code_set, value, known, category in BODIES:
        got = read[path]
        assert (got["kind"], got["path"], got["codeSet"]) == (kind, where, code_set), path
        assert (got["code"], got["known"], got["category"]) == (value, known, category), path
        assert got["status"] == status, path
        assert got["unverified"] == (path in SIGNED), path
        assert got["own"] == (not known), path
    RESPONSES.check()


@pytest.mark.parametrize("case", BODIES, ids=[case[0] for case in BODIES])
def test_explain_names_the_code_of_the_pasted_response(
    case: tuple[str, int, str, str, str, str, str, object, bool, str],
) -> None:
    path, status, kind_type, body, kind, where, _, value, known, category = case
    pasted = f"HTTP/1.1 {status} Error\r\nContent-Type: {kind_type}\r\n\r\n{body}"
    result = _explain(pasted)
    assert result.returncode == 0, result.stderr
    lines = after_decision(result.stdout).splitlines()
    shown = f"{value}" if where != "(HTTP status)" else "429 (TOO_MANY_REQUESTS)"
    assert lines[0].startswith(f"{kind}: {where} = {shown}"), lines[0]
    text = result.stdout
    assert ("its signature not verified" in text) == (path in SIGNED)
    if not known:
        assert "a code of the sender's own in uaeopenfinance.error_code" in text
        assert f"category {category}." in text
    answer = json.loads(_explain(pasted, "--json").stdout)
    assert (answer["kind"], answer["known"]) == (kind, known)
    assert ("own" in answer) == (not known)
    assert ("unverified" in answer) == (path in SIGNED)


def _explain(pasted: str, *more: str) -> subprocess.CompletedProcess[str]:
    return cli_here("explain", "-", *more, stdin=pasted)


def test_uk_open_banking_and_the_uae_claim_none_of_each_other_s_bodies() -> None:
    """OBErrorResponse1 (Code, Id, Message and Errors of ErrorCode) beside the UAE's (Errors of
    Code alone), as the two standards' files define them."""
    uk = {"Code": "400 BadRequest", "Id": "1", "Message": "m",
          "Errors": [{"ErrorCode": "UK.OBIE.Field.Invalid", "Message": "bad"}]}  # fmt: skip
    uae = {"Errors": [{"Code": "Consent.Invalid", "Message": "m"}]}
    assert payloads.identify(uk).kinds == ("ukob/error",)
    assert payloads.identify(uae).kinds == ("uaeopenfinance/error",)
    mixed = {**uk, "Errors": [{"Code": "Consent.Invalid", "Message": "m"}]}
    assert "uaeopenfinance/error" not in payloads.identify(mixed).kinds


def test_the_corpus_reads_and_refuses() -> None:
    assert {case["read"] for case in CASES} == {True, False}
    assert len({case["name"] for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_python_reads_the_corpus(case: dict[str, Any]) -> None:
    text = case["text"]
    assert (jwt_payload(text) is not None) is case["read"]
    assert (jwt_payload(text.encode("utf-8")) is not None) is case["read"]
    found = bankcodes.from_exception(text)
    assert (found is not None) is case["read"]
    if found is not None:
        assert (found.kind, found.code.value) == (
            "uaeopenfinance/signed-error",
            "AccessToken.InvalidScope",
        )
        assert found.unverified is not None and "UAE Standard API User Guide" in found.unverified


def _jwt_read(case: dict[str, Any]) -> dict[str, Any]:
    """Whether the text and its bytes are read as a JWT's payload, and what from_exception
    reads of the text."""
    text = case["text"]
    found = bankcodes.from_exception(text)
    return {
        "text": jwt_payload(text) is not None,
        "bytes": jwt_payload(text.encode("utf-8")) is not None,
        "found": None
        if found is None
        else {
            "kind": found.kind,
            "path": found.path,
            "codeSet": found.code_set,
            "code": found.code.value,
            "unverified": found.unverified,
        },
    }


#: The corpus of bodies that may be signed JWTs, read alike in both languages.
JWT_BODIES = Corpus("jwt_bodies", lambda: ((case["name"], case) for case in CASES), _jwt_read)


def test_python_gives_the_committed_verdicts() -> None:
    JWT_BODIES.check()


def test_explain_reads_the_corpus() -> None:
    read = {case["name"]: _explain(case["text"]).returncode == 0 for case in CASES}
    assert read == {case["name"]: case["read"] for case in CASES}
