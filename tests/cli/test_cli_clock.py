"""`--now` for `bankcodes verify` and `bankcodes receive`: a JWT-signed delivery held since it
failed, older than the scheme's age limit, verifies against the instant it was sent; anything
but an ISO 8601 instant with its zone or Unix seconds is unusable input (exit 2)."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from bankcodes import cli
from tests.support.helpers import spec_data
from tests.support.jwt_corpus import es256, public_jwk

#: When the delivery was sent: 2025-01-31T12:00:00Z, a day before the check below.
SENT = 1_738_324_800


@pytest.fixture(scope="module")
def delivery(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """A Plaid delivery signed at SENT (its token assembled here, not by bankcodes): the body's
    path, its header, and the public JWK."""
    key = ec.generate_private_key(ec.SECP256R1())
    body = json.dumps(spec_data()["payloads"]["plaid/webhook"]["examples"][0]["data"]).encode()
    claims = {"iat": SENT, "request_body_sha256": hashlib.sha256(body).hexdigest()}
    token = es256(key, {"alg": "ES256", "kid": "k-held", "typ": "JWT"}, claims)
    path = tmp_path_factory.mktemp("held") / "body.json"
    path.write_bytes(body)
    return path, f"Plaid-Verification: {token}", json.dumps(public_jwk(key, "k-held"))


def run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    return cli.main(argv, out=out), out.getvalue()


@pytest.mark.parametrize("command", ["verify", "receive"])
def test_a_held_delivery_verifies_at_the_time_it_was_sent(
    command: str, delivery: tuple[Path, str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, header, jwk = delivery
    monkeypatch.setenv("PLAID_KEY", jwk)
    argv = [command, "plaid", str(path), "--header", header, "--secret-env", "PLAID_KEY", "--json"]
    status, out = run(argv)
    assert status == 1 and json.loads(out)["reason"] == "stale_timestamp"  # by the clock
    for when in (
        "2025-01-31T12:00:00Z",
        "2025-01-31T12:04:59+00:00",
        "2025-01-31T16:00:00+04:00",
        "2025-01-31t12:00:30.5z",
        "2025-01-31 12:01:00Z",
        str(SENT + 299),
        f"{SENT + 10}.25",
    ):
        status, out = run([*argv, "--now", when])
        assert status == 0, (when, out)
    status, out = run([*argv, "--now", str(SENT + 301)])
    assert status == 1 and json.loads(out)["reason"] == "stale_timestamp"
    status, out = run([*argv, "--now", "2025-01-31T11:58:00Z"])
    assert status == 1 and json.loads(out)["reason"] == "future_timestamp"


def test_receive_at_a_given_instant_prints_the_event(
    delivery: tuple[Path, str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, header, jwk = delivery
    monkeypatch.setenv("PLAID_KEY", jwk)
    argv = ["receive", "plaid", str(path), "--header", header, "--secret-env", "PLAID_KEY"]
    status, out = run([*argv, "--now", "2025-01-31T12:01:00Z"])
    data = spec_data()["payloads"]["plaid/webhook"]["examples"][0]["data"]
    assert status == 0
    assert out.startswith(f"accepted plaid {data['webhook_type']} {data['webhook_code']} ")


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ("2025-01-31T12:00:00", "--now 2025-01-31T12:00:00 has no zone: add Z for UTC"),
        ("2025-01-31", "--now 2025-01-31 has no zone"),
        ("2025-02-30T00:00:00Z", "--now 2025-02-30T00:00:00Z is not a valid date and time"),
        ("2025-13-01T00:00:00Z", "is not a valid date and time"),
        ("2025-01-31T00:00:00+99:00", "valid date and time (its offset is not within 24 hours);"),
        ("yesterday", "the value given is neither (it is not shown)"),
        ("-5", "the value given is neither"),
        ("1e9", "the value given is neither"),
        ("nan", "the value given is neither"),
        ("", "the value given is neither"),
        ("999999999999", "--now 999999999999 is out of range"),
    ],
)
def test_anything_else_is_unusable(
    when: str,
    expected: str,
    delivery: tuple[Path, str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, header, jwk = delivery
    monkeypatch.setenv("PLAID_KEY", jwk)
    for command in ("verify", "receive"):
        argv = [command, "plaid", str(path), "--header", header, "--secret-env", "PLAID_KEY"]
        status, _ = run([*argv, f"--now={when}"])
        err = capsys.readouterr().err
        assert status == 2 and expected in err, err
        assert "ISO 8601 instant with its zone" in err and "Unix seconds" in err
        assert "Traceback" not in err


def test_the_clock_is_the_default_and_help_tells_the_forms(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for command in ("verify", "receive"):
        assert cli.main([command, "--help"]) == 0
        text = " ".join(capsys.readouterr().out.split())
        assert "--now WHEN" in text and "instead of the clock" in text
