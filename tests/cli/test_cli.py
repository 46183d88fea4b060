"""The `bankcodes` command line: explain, list, validate, verify, help and exit statuses."""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bankcodes import cli
from tests.support.helpers import ROOT, after_decision, spec_data


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = cli.main(list(argv), out=out)
    return status, out.getvalue()


@pytest.mark.subprocess
def test_the_console_script_is_installed() -> None:
    script = Path(sys.executable).parent / "bankcodes"
    result = subprocess.run([str(script), "--version"], capture_output=True, text=True, check=True)
    assert result.stdout.startswith("bankcodes 1.")


def test_explain_a_known_code() -> None:
    status, out = run("explain", "INVALID_MFA")
    out = after_decision(out)
    assert status == 0
    assert "lean · LinkSDK secondary status · bankcodes.lean.SecondaryStatus.INVALID_MFA" in out
    assert "User entered an incorrect OTP" in out
    assert (
        "category: mfa_failed (MFA failed) · retryable: no · end user can retry: yes · "
        "who acts: end user"
    ) in out
    # The closer equivalent comes first, with why; Argyle's code only shares the category.
    lines = [line.strip() for line in out.split("\n\n")[1].splitlines()]
    closer = next(i for i, line in enumerate(lines) if line.startswith("same "))
    assert lines[closer].startswith(
        "same meaning: flinks INVALID_SECURITY_RESPONSE (connect_error_event), plaid INVALID_MFA"
    )
    assert lines[closer + 1].startswith("why: The customer was asked a multi-factor challenge")
    # The codes that only share the category are counted, with where to find them.
    (summary,) = [line for line in lines if line.startswith("same category in ")]
    assert summary.endswith("(bankcodes list --category mfa_failed; --equivalents names them here)")
    assert not any(line.startswith("same category only in") for line in lines)


def _counted(text: str) -> str:
    """`text` with the numbers of its count of codes that only share the category left out:
    a provider added since changes them."""
    return re.sub(r"^(  same category in )\d+( other providers?: )\d+", r"\1N\2N", text, flags=re.M)


def test_the_cli_page_shows_what_explain_prints() -> None:
    """The page's output is what the command prints: every line it shows, in that order (the
    count of the codes that only share the category aside, which a provider added since
    changes)."""
    page = (ROOT / "site" / "docs" / "cli.md").read_text(encoding="utf-8")
    block = _counted(page[page.index("```console\n$ bankcodes explain ") :].split("```")[1])
    command, _, shown = block.removeprefix("console\n$ ").partition("\n")
    status, out = run(*command.split()[1:])
    printed = iter(_counted(out).splitlines())
    missing = [line for line in shown.splitlines() if not any(line == p for p in printed)]
    assert status == 0 and missing == []
    head = shown.split("\n\n")[0]
    assert out.startswith(head)  # the code itself, whole


@pytest.mark.subprocess
def test_the_cli_page_pastes_a_response_as_a_shell_does() -> None:
    """The page's `printf … | bankcodes explain -`, run by a shell with the installed command:
    a response with no header lines (its blank line right after the status line) prints what the
    page shows."""
    page = (ROOT / "site" / "docs" / "cli.md").read_text(encoding="utf-8")
    block = page[page.index("```sh\n$ printf 'HTTP/1.1 ") :].split("```")[1]
    command, _, shown = block.removeprefix("sh\n$ ").partition("\n")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(
        ["sh", "-c", command], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    printed = shown.splitlines()[:-1]  # the page's last line, "…", says the output goes on
    assert shown.splitlines()[-1] == "…"
    assert result.stdout.splitlines()[: len(printed)] == printed


def test_explain_as_json_and_filtered_by_provider() -> None:
    status, out = run("explain", "INVALID_LOGIN", "--provider", "flinks", "--json")
    assert status == 0
    entries = json.loads(out)
    assert [entry["code_set"] for entry in entries] == ["api_error_code", "connect_error_event"]
    assert [h["status"] for h in entries[0]["http"]] == [400, 400, 401, 401]
    # Flinks' INVALID_LOGIN and Lean's INVALID_CREDENTIALS: the institution refused the login.
    first = entries[0]["closer_equivalents"][0]
    assert (first["provider"], first["code_set"], first["value"], first["same"]) == (
        "lean",
        "secondary_status",
        "INVALID_CREDENTIALS",
        "meaning",
    )
    group = next(
        g for g in spec_data()["equivalents"] if "flinks.api_error_code.INVALID_LOGIN" in g["codes"]
    )
    assert first["reason"] == group["reason"]
    assert "equivalents" not in entries[0]
    assert entries[0]["same_category"]["category"] == entries[0]["category"]
    # Flinks' page: "Customer should verify and re-enter their login details." is its advice to
    # the integrator; the customer is told in the second person.
    assert entries[0]["advice"] == "Customer should verify and re-enter their login details."
    assert entries[0]["end_user"]["action_by"] == "bankcodes"
    assert "Customer" not in entries[0]["end_user"]["action"]
    status, out = run("explain", "INVALID_LOGIN", "--provider", "lean")
    assert status == 1


def test_explain_as_json_gives_a_codes_scope_by_its_dimensions() -> None:
    # The spec scopes Lean's secondary status CONSENT_EXPIRED to one region, KSA; its callback
    # status REDIRECT to the web SDK; a code with no scope gives an empty one.
    for value, expected in (
        ("CONSENT_EXPIRED", {"regions": ["KSA"]}),
        ("REDIRECT", {"sdks": ["web"]}),
    ):
        status, out = run("explain", value, "--provider", "lean", "--json")
        assert status == 0
        scoped = [entry["scope"] for entry in json.loads(out) if entry["scope"]]
        assert scoped == [expected]
    status, out = run("explain", "INVALID_LOGIN", "--provider", "flinks", "--json")
    assert [entry["scope"] for entry in json.loads(out)] == [{}, {}]


def test_explain_an_unknown_code_suggests_close_matches(capsys: pytest.CaptureFixture[str]) -> None:
    status, _ = run("explain", "invalid_logn")
    assert status == 1
    error = capsys.readouterr().err
    assert "no code set knows the code given; did you mean: INVALID_LOGIN" in error
    assert "invalid_logn" not in error  # a command-line value is never repeated


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("list", "--category", "nope")[0] == 2
    assert run("explain")[0] == 2
    assert run("frobnicate")[0] == 2
    assert "invalid choice" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["explain", "list", "validate", "verify"])
def test_every_command_has_help_with_an_example(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main([command, "--help"]) == 0
    assert "example: bankcodes " + command in capsys.readouterr().out


@pytest.fixture()
def payload(tmp_path: Path) -> Path:
    path = tmp_path / "event.json"
    path.write_text(json.dumps({"flinksCode": "RETRY_LATER"}))
    return path


def test_validate_a_valid_payload(payload: Path) -> None:
    assert run("validate", "flinks/connect-message", str(payload)) == (
        0,
        "valid flinks/connect-message (lenient): ErrorEvent\n",
    )
    status, out = run("validate", "flinks/connect-message", str(payload), "--strict", "--json")
    assert status == 0 and json.loads(out) == {
        "valid": True,
        "kind": "flinks/connect-message",
        "model": "ErrorEvent",
    }


def test_validate_an_invalid_payload_lists_json_paths(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"status": "OK", "payload": {"a": 1}, "results_id": 5}))
    status, out = run("validate", "lean/data-api-response", str(path), "--json")
    assert status == 1
    assert json.loads(out)["problems"][0]["path"] == "$.results_id"
    status, out = run("validate", "flinks/connect-message", str(path), "--strict")
    assert status == 1
    assert "$.step: Field required" in out and "$.flinksCode: Field required" in out


def test_validate_unusable_input_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_json = tmp_path / "x.json"
    not_json.write_text("{nope")
    assert run("validate", "lean/webhook", str(not_json))[0] == 2
    assert run("validate", "lean/webhook", str(tmp_path / "missing.json"))[0] == 2
    assert run("validate", "lean/nope", str(not_json))[0] == 2
    err = capsys.readouterr().err
    assert "not JSON" in err and "cannot read" in err and "unknown payload kind" in err


def test_validate_reads_a_body_as_every_path_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = json.dumps({"flinksCode": "RETRY_LATER"})
    with_bom = tmp_path / "bom.json"
    with_bom.write_bytes(b"\xef\xbb\xbf" + body.encode())
    assert run("validate", "flinks/connect-message", str(with_bom))[0] == 0
    utf16 = tmp_path / "utf16.json"
    utf16.write_bytes(body.encode("utf-16"))
    assert run("validate", "flinks/connect-message", str(utf16))[0] == 2
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (2 * 1024 * 1024))
    assert run("validate", "flinks/connect-message", str(big))[0] == 2
    assert run("validate", "flinks/connect-message", "/dev/zero")[0] == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "over 1048576 bytes" in err


def test_validate_reads_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"step": "APP_MOUNTED"}')))
    assert run("validate", "flinks/connect-message", "-")[0] == 0


def test_verify(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    body = tmp_path / "body.json"
    body.write_bytes(b'{"event":"verifications.updated"}')
    digest = hmac.new(b"s3cret", body.read_bytes(), hashlib.sha512).hexdigest()
    monkeypatch.setenv("ARGYLE_SECRET", "s3cret")
    header = f"X-Argyle-Signature: {digest}"
    assert run(
        "verify", "argyle", str(body), "--header", header, "--secret-env", "ARGYLE_SECRET"
    ) == (
        0,
        "valid argyle signature (X-Argyle-Signature)\n",
    )
    body.write_bytes(b'{"event":"verifications.updated" }')
    status, out = run(
        "verify", "argyle", str(body), "--header", header, "--secret-env", "ARGYLE_SECRET"
    )
    assert status == 1 and out.startswith("rejected: mismatch")
    assert (
        run("verify", "argyle", str(body), "--header", header, "--secret-env", "UNSET_VAR_X")[0]
        == 2
    )
    assert (
        run("verify", "argyle", str(body), "--header", "no-colon", "--secret-env", "ARGYLE_SECRET")[
            0
        ]
        == 2
    )
    assert run("verify", "acme", str(body), "--secret-env", "ARGYLE_SECRET")[0] == 2
    # Plaid signs with JWTs: the variable must hold its JWK(s), not a shared secret.
    assert run("verify", "plaid", str(body), "--secret-env", "ARGYLE_SECRET")[0] == 2
    # The name of a variable that is not set is not repeated: it may be the secret itself.
    err = capsys.readouterr().err
    assert "--secret-env names no environment variable that is set" in err
    assert "UNSET_VAR_X" not in err


def test_a_key_nested_past_any_depth_is_a_key_that_is_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """JSON nested 100,000 deep in the variable that holds Plaid's keys: refused as no key set,
    for each command that reads one, with no traceback."""
    body = tmp_path / "body.json"
    body.write_bytes(b'{"webhook_type": "ITEM", "webhook_code": "ERROR"}')
    monkeypatch.setenv("DEEP_KEY", "[" * 100_000 + "]" * 100_000)
    header = ["--header", "Plaid-Verification: a.b.c"]
    for argv in (["verify", "plaid", str(body), *header], ["receive", "plaid", str(body), *header]):
        assert run(*argv, "--secret-env", "DEEP_KEY")[0] == 2, argv
        assert "DEEP_KEY must hold plaid's public keys as JSON" in capsys.readouterr().err
    assert run("trigger", "plaid", "--secret-env", "DEEP_KEY")[0] == 2
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.subprocess
def test_the_secret_is_never_taken_from_the_command_line(tmp_path: Path) -> None:
    assert run("verify", "lean", str(tmp_path), "--secret", "s3cret")[0] == 2
    # Not taken as an abbreviation of --secret-env, and never repeated on standard error.
    for command in ("verify", "receive"):
        result = _cli(command, "lean", str(tmp_path), "--secret=hunter2", "--secret-env", "X")
        assert result.returncode == 2
        assert "hunter2" not in result.stderr + result.stdout
        assert "--secret" in result.stderr


def _cli(*argv: str, env: dict[str, str] | None = None, stdin: bytes = b"") -> Any:
    script = Path(sys.executable).parent / "bankcodes"
    return subprocess.run(
        [str(script), *argv], capture_output=True, text=True, env=env, input=stdin.decode()
    )


LEAN_BODY = (
    b'{"type": "payment.created", "payload": {"id": "p1", "status": "ACCEPTED_BY_BANK", '
    b'"amount": 10, "currency": "AED", "customer_id": "c", "intent_id": "i", '
    b'"payment_destination_id": "d"}, "message": "m", "event_id": "e-42"}'
)


def _lean_header(secret: bytes, body: bytes = LEAN_BODY) -> str:
    return "lean-signature: sha512=" + hmac.new(secret, body, hashlib.sha512).hexdigest()


def test_receive_prints_the_event_the_key_and_every_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = tmp_path / "body.json"
    body.write_bytes(LEAN_BODY)
    monkeypatch.setenv("LEAN_SECRET", "s3cret")
    argv = ["receive", "lean", str(body), "--header", _lean_header(b"s3cret")]
    status, out = run(*argv, "--secret-env", "LEAN_SECRET")
    assert status == 0
    assert out.splitlines() == [
        "accepted lean payment.created (signed in lean-signature)",
        "  dedup key: lean:id:e-42",
        # A payment's status decides before the event type.
        "  $.payload.status: ACCEPTED_BY_BANK (lean.payment_status) -> success  <- decides",
        "  $.type: payment.created (lean.webhook_event_type) -> informational",
    ]
    status, out = run(*argv, "--secret-env", "LEAN_SECRET", "--json")
    result = json.loads(out)
    assert status == 0 and result["type"] == "payment.created"
    assert result["dedup_key"] == "lean:id:e-42"
    assert result["codes"][0] == {
        "path": "$.payload.status",
        "code_set": "lean.payment_status",
        "value": "ACCEPTED_BY_BANK",
        "known": True,
        "category": "success",
    }
    assert [code["path"] for code in result["codes"]] == ["$.payload.status", "$.type"]
    monkeypatch.setenv("LEAN_SECRET", "wrong")
    status, out = run(*argv, "--secret-env", "LEAN_SECRET", "--json")
    assert status == 1 and json.loads(out)["reason"] == "mismatch"


def test_verify_as_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    body = tmp_path / "body.json"
    body.write_bytes(LEAN_BODY)
    monkeypatch.setenv("LEAN_SECRET", "s3cret")
    argv = ["verify", "lean", str(body), "--header", _lean_header(b"s3cret"), "--json"]
    status, out = run(*argv, "--secret-env", "LEAN_SECRET")
    assert (status, json.loads(out)) == (
        0,
        {"valid": True, "provider": "lean", "header": "lean-signature"},
    )
    body.write_bytes(LEAN_BODY + b" ")
    status, out = run(*argv, "--secret-env", "LEAN_SECRET")
    assert status == 1 and json.loads(out)["reason"] == "mismatch"


@pytest.mark.subprocess
def test_a_non_utf8_secret_variable_is_a_secret(tmp_path: Path) -> None:
    body = tmp_path / "body.json"
    body.write_bytes(LEAN_BODY)
    secret = b"s\xe9cret\xff"
    env = {**os.environ}
    env_bytes = {**os.environb, b"RAW_SECRET": secret}
    result = subprocess.run(
        [
            *(str(Path(sys.executable).parent / "bankcodes"), "verify", "lean", str(body)),
            *("--header", _lean_header(secret), "--secret-env", "RAW_SECRET"),
        ],
        capture_output=True,
        env=env_bytes,
    )
    assert result.returncode == 0, result.stderr
    assert env  # the text environment is untouched


@pytest.mark.subprocess
def test_an_ascii_console_never_ends_in_a_traceback(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    for argv in (("explain", "INVALID_LOGIN"), ("list", "--provider", "lean")):
        result = _cli(*argv, env=env)
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    result = _cli("explain", "NO_SUCH_CODE_é", env=env)
    assert result.returncode == 1 and "Traceback" not in result.stderr


def test_the_readme_shows_every_command() -> None:
    readme = (ROOT / "README.md").read_text()
    for command in (
        "bankcodes explain",
        "bankcodes list",
        "bankcodes validate",
        "bankcodes verify",
        "bankcodes receive",
    ):
        assert command in readme


#: plaid.com/docs/errors/item/#item_login_required: its example response, HTTP 400.
