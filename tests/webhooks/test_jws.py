"""A detached JWS over the request (TrueLayer's Tl-Signature, the spec's jws scheme), read by
one rule set in Python and Node (bankcodes._jws, webhook-jws.ts): every case of the shared
corpus (tests.support.jws_corpus, with its JWS header and compact form cases in
tests.support.jws_headers) gets the same verdict and reason in both (the verdicts of
tests/verdicts/jws.json), and a signature naming a
key set at another address than the two TrueLayer publishes is refused before anything is
looked up.

The allowed addresses are typed from TrueLayer/truelayer-signing at 95fdf17
(python/examples/webhook-server/main.py and php/README.md); the signed headers and the format
from its request-signing-v2.md."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
import truelayer_signing as tl

import bankcodes
from bankcodes import signatures
from bankcodes.errors import ConfigurationError, SignatureError
from bankcodes.payloads import PayloadError
from tests.support.helpers import run_node
from tests.support.jws_corpus import BODY, JWKS, NOW, PATH, PRIVATE, PRODUCTION, cases, signed
from tests.support.verdicts import Corpus

CASES = cases()
#: Who verifies each signature in Python: TrueLayer's library where the header is the one it
#: writes (alg, kid, tl_version, tl_headers, jku, compact JSON), bankcodes over the header as
#: sent for any other.
BY_WHOM = {
    "signed": "library",
    "signed as TrueLayer's libraries write it": "library",
    "a path with a trailing slash": "library",
    "members in another order, signed as written": "bankcodes",
    "spaces between members, signed as written": "bankcodes",
    "a typ member, signed": "bankcodes",
    "a crit of the members bankcodes reads": "bankcodes",
    "members in another order, the path with a trailing slash": "bankcodes",
}


def _python(case: dict[str, Any]) -> tuple[str, list[str]]:
    calls: list[str] = []
    keys = case["keys"]
    if isinstance(keys, dict) and "$function" in keys:
        found = keys["$function"]

        def keys(jku: str) -> Any:
            calls.append(jku)
            return found

    try:
        signatures.verify(
            "truelayer",
            base64.b64decode(case["body"]),
            case["headers"],
            keys,
            now=case["now"],
            max_age=case.get("max_age"),
            path=case.get("path"),
        )
    except SignatureError as error:
        return f"signature:{error.reason}", calls
    except ConfigurationError as error:
        return f"configuration:{error.reason}", calls
    return "ok", calls


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_python_gives_each_case_its_verdict(case: dict[str, Any]) -> None:
    assert _python(case)[0] == case["expect"]


def test_the_library_verifies_the_header_it_writes_and_bankcodes_every_other(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    verified: list[str] = []
    library_verify = tl.TlVerifier.verify

    def verify(self: tl.TlVerifier, value: str) -> None:
        verified.append(value)
        library_verify(self, value)

    monkeypatch.setattr(tl.TlVerifier, "verify", verify)
    found = {case["name"]: _python(case)[0] for case in CASES if case["name"] in BY_WHOM}
    assert found == {name: "ok" for name in BY_WHOM}
    assert [BY_WHOM[case["name"]] for case in CASES if case["name"] in BY_WHOM] == [
        "library" if case["headers"]["Tl-Signature"] in verified else "bankcodes"
        for case in CASES
        if case["name"] in BY_WHOM
    ]


def test_bankcodes_gives_every_case_the_librarys_verdict_where_the_library_verifies(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # With a library that reads no header, bankcodes verifies every signature itself.
    def refuse(header: object) -> None:
        raise TypeError("no header read")

    monkeypatch.setattr(tl.JwsHeader, "from_dict", refuse)
    assert {case["name"]: _python(case)[0] for case in CASES} == {
        case["name"]: case["expect"] for case in CASES
    }


def test_a_key_set_at_another_address_is_never_asked_for() -> None:
    (case,) = [case for case in CASES if case["name"] == "a key set at another address"]
    assert _python(case) == ("signature:unknown_key", [])
    (allowed,) = [case for case in CASES if case["name"] == "keys from a function"]
    assert _python(allowed) == ("ok", [PRODUCTION])


def test_a_signature_naming_no_key_set_says_so() -> None:
    (case,) = [case for case in CASES if case["name"] == "no jku"]
    with pytest.raises(SignatureError) as refused:
        signatures.verify(
            "truelayer",
            base64.b64decode(case["body"]),
            case["headers"],
            case["keys"],
            now=case["now"],
            path=case.get("path"),
        )
    assert str(refused.value).startswith(
        "unknown_key: the jku is not accepted: Tl-Signature names no key set (no jku)"
    )
    assert "None" not in str(refused.value)


def test_truelayers_own_library_verifies_what_bankcodes_signs() -> None:
    headers = signed()
    header = tl.extract_jws_header(headers["Tl-Signature"])
    assert header.jku == PRODUCTION
    verifier = tl.verify_with_jwks(JWKS, header).set_method(tl.HttpMethod.POST).set_path(PATH)
    verifier.add_headers(headers).set_body(BODY.decode()).verify(headers["Tl-Signature"])
    with pytest.raises(tl.errors.TlSigningException):
        tampered = tl.verify_with_jwks(JWKS, header).set_method(tl.HttpMethod.POST)
        tampered.set_path(PATH).add_headers(headers).set_body("{}").verify(headers["Tl-Signature"])


#: Every case in both languages: the same verdict, and the same key sets asked for.
JWS = Corpus("jws", lambda: ((case["name"], case) for case in CASES), _python)


def test_python_gives_the_committed_verdicts() -> None:
    JWS.check()


def test_a_body_over_the_limit_is_refused_before_its_signature_is_verified() -> None:
    # Verifying costs a multiple of the body: a forged signature naming TrueLayer's address with
    # a large body is refused at its size, before any key is asked for.
    calls: list[str] = []

    def keys(jku: str) -> Any:
        calls.append(jku)
        return JWKS

    body = BODY[:-1] + b',"padding":"' + b"x" * 2000 + b'"}'
    with pytest.raises(PayloadError) as raised:
        bankcodes.receive("truelayer", body, signed(), keys, path=PATH, max_bytes=1000)
    assert [problem.type for problem in raised.value.problems] == ["too_large"]
    assert calls == []


def test_a_test_signature_names_its_path_and_is_made_with_a_p521_key() -> None:
    with pytest.raises(ConfigurationError) as raised:
        signatures.sign("truelayer", BODY, PRIVATE, now=NOW)
    assert raised.value.reason == "missing_path"
    p256 = {**PRIVATE, "crv": "P-256"}
    with pytest.raises(ConfigurationError) as raised:
        signatures.sign("truelayer", BODY, p256, now=NOW, path=PATH)
    assert raised.value.reason == "bad_key"


#: Bodies a Tl-Signature cannot sign: TrueLayer's libraries sign a body as text, so a body that
#: is not UTF-8 has no signature to make (and none verifies: "a body that is not UTF-8" above).
NOT_UTF8 = {
    "a byte that starts no character": BODY + b"\xff",
    "a character cut short": BODY[:-1] + b"\xc3",
    "an encoded surrogate": BODY[:-2] + b'\xed\xa0\x80"}',
}


def test_a_test_signature_of_a_body_that_is_not_utf8_is_refused_in_both_languages(
    typescript_dist: Path, tmp_path: Path
) -> None:
    python = {}
    for name, body in NOT_UTF8.items():
        with pytest.raises(ConfigurationError) as raised:
            signatures.sign("truelayer", body, PRIVATE, now=NOW, path=PATH)
        said = {
            "outcome": f"ConfigurationError:{raised.value.reason}",
            "message": str(raised.value),
        }
        python[name] = said
    assert {name: said["outcome"] for name, said in python.items()} == dict.fromkeys(
        NOT_UTF8, "ConfigurationError:bad_body"
    )
    # A body that starts with a byte order mark is UTF-8 text, signed with its mark, as the
    # receivers of both languages read it.
    marked = b"\xef\xbb\xbf" + BODY
    every = {**NOT_UTF8, "a byte order mark first": marked}
    cases = [
        {
            "name": name,
            "provider": "truelayer",
            "body": base64.b64encode(body).decode(),
            "secret": PRIVATE,
            "path": PATH,
            "now": NOW,
        }
        for name, body in every.items()
    ]
    given = tmp_path / "cases.json"
    given.write_text(json.dumps(cases), encoding="utf-8")
    output = run_node("sign_outcomes.mjs", str(typescript_dist / "webhooks.js"), str(given))
    node = {item["name"]: item for item in json.loads(output)}
    signed_marked = node.pop("a byte order mark first")
    assert {
        name: {"outcome": i["outcome"], "message": i["message"]} for name, i in node.items()
    } == python
    assert signed_marked["outcome"] == "ok"
    assert signatures.verify(
        "truelayer", marked, signed_marked["headers"], JWKS, path=PATH, now=NOW
    )
