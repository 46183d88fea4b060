"""Mistakes on the `bankcodes` command line: a secret typed in any wrong place is never printed
(nor any piece of it six characters long), every such mistake is unusable input (exit 2, never
the exit 1 of a rejected delivery), and no message holds an unformatted placeholder."""

from __future__ import annotations

import ast
import contextlib
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bankcodes import cli, payloads
from tests.support.helpers import ROOT, spec_data

#: A recognisable secret, with the characters of base64 and of a quoted value.
SECRET = "Kq7vX2pZ/tR9mWb+L4e=Hn8"
#: A secret with a quote and a line break, which argparse would show escaped.
ESCAPED = "pa'ss\nW0rdQx8yJv3Tk"
VARIABLE = "LEAN_WEBHOOK_SECRET"


def pieces(secret: str) -> set[str]:
    """Every piece of `secret` six characters long (a longer leak holds one)."""
    return {secret[start : start + 6] for start in range(len(secret) - 5)}


def leaks(secret: str, text: str) -> list[str]:
    return sorted(piece for piece in pieces(secret) if piece in text or repr(piece) in text)


def test_the_scan_finds_a_leak() -> None:
    assert leaks(SECRET, f"error: argument --json: ignored explicit argument {SECRET[3:12]!r}")
    assert leaks(ESCAPED, repr(ESCAPED)) and not leaks(SECRET, "the value is not shown")


@pytest.fixture()
def body(tmp_path: Path) -> str:
    path = tmp_path / "body.json"
    path.write_bytes(b'{"type": "payment.created"}')
    return str(path)


def mistakes(secret: str, body: str) -> list[list[str]]:
    """The command lines of every mistake that puts `secret` on the command line."""
    env = ["--secret-env", VARIABLE]
    lines: list[list[str]] = []
    for command in ("verify", "receive"):
        lines += [
            [command, "lean", body, f"--json={secret}", *env],
            [command, "lean", body, f"-X{secret}", *env],
            [command, "lean", body, f"-h{secret}"],
            [command, "lean", body, *env, "--", f"--{secret}"],
            [command, "lean", body, *env, "--", secret],
            [command, "lean", body, f"--secret-env={secret}"],
            [command, "lean", body, "--secret-env", secret],
            [command, "plaid", body, "--secret-env", secret],
            [command, "lean", body, f"--secret={secret}", *env],
            [command, "lean", body, "--secret", secret, *env],
            [command, "lean", body, f"--secret-e={secret}"],
            [command, "lean", body, f"--sec={secret}"],
            [command, "lean", body, *env, secret],
            [command, "lean", secret, *env],
            [command, secret, body, *env],
            [command, "lean", body, "--header", secret, *env],
            [command, "lean", body, f"--header={secret}", *env],
            [command, "lean", body, "--header", f":{secret}", *env],
            [command, "lean", body, *env, "--now", secret],
            [command, "lean", body, *env, f"--now={secret}"],
            [command, "lean", body, *env, "--json", secret],
            [command, secret],
        ]
    lines += [
        [secret],
        [f"--{secret}"],
        [f"-{secret}"],
        [f"--version={secret}"],
        ["verfy", "lean", body, "--secret-env", secret],
        ["list", "--provider", secret],
        ["list", f"--category={secret}"],
        ["list", f"--provider={secret}", f"--json={secret}"],
        ["explain", "INVALID_LOGIN", f"--provider={secret}"],
        ["explain", "INVALID_LOGIN", secret],
        ["validate", secret, body],
        ["validate", "lean/webhook", secret],
        ["validate", "lean/webhook", body, f"--strict={secret}"],
        ["trigger", "lean", secret],
        ["trigger", secret],
        ["trigger", "lean", "--secret-env", secret],
        ["trigger", "plaid", "--secret-env", secret],
        ["trigger", "lean", f"--curl={secret}", "--json"],
    ]
    return lines


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    out = io.StringIO()
    status = cli.main(argv, out=out)
    captured = capsys.readouterr()
    return status, out.getvalue() + captured.out + captured.err


@pytest.mark.parametrize("secret", [SECRET, ESCAPED], ids=["plain", "escaped"])
@pytest.mark.parametrize("exported", [True, False], ids=["exported", "not-exported"])
def test_no_mistake_prints_the_secret(
    secret: str,
    exported: bool,
    body: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if exported:
        monkeypatch.setenv(VARIABLE, secret)
    else:
        monkeypatch.delenv(VARIABLE, raising=False)
    lines = mistakes(secret, body)
    assert len(lines) > 50
    for argv in lines:
        status, output = _run(argv, capsys)
        assert status == 2, (argv, output)
        assert output.strip(), argv  # the mistake is reported
        assert leaks(secret, output) == [], (argv, output)
        assert "Traceback" not in output


def test_a_secret_given_for_its_variable_names_the_variable(
    body: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(VARIABLE, SECRET)
    status, output = _run(["verify", "lean", body, "--secret-env", SECRET], capsys)
    assert status == 2
    assert f"the value given is the value of {VARIABLE}: give --secret-env {VARIABLE}" in output
    monkeypatch.delenv(VARIABLE)
    status, output = _run(["receive", "lean", body, "--secret-env", "NO_SUCH_VARIABLE_X"], capsys)
    assert status == 2 and "names no environment variable that is set" in output
    assert "NO_SUCH_VARIABLE_X" not in output  # a name that is not set may be a secret too
    monkeypatch.setenv("EMPTY_VARIABLE_X", " ")
    status, output = _run(["verify", "lean", body, "--secret-env", "EMPTY_VARIABLE_X"], capsys)
    assert status == 2 and "the environment variable EMPTY_VARIABLE_X is empty" in output


def test_mistakes_say_what_was_expected(
    body: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("V", "a secret")
    # The message lists the catalog's providers that sign or declare how they authenticate webhooks.
    every = ", ".join(p for p, entry in spec_data()["providers"].items() if "signing" in entry)
    cases = {
        ("verify", "lean", body, "--secret=x", "--secret-env", "V"): (
            "did you mean --secret-env or --secret-header?"
        ),
        ("verfy", "lean"): "did you mean verify?",
        ("list", "--provider", "lena"): "did you mean lean?",
        ("verify", "laen", body, "--secret-env", "V"): "unknown provider (the value given is "
        f"not shown); expected one of {every}; did you mean lean?",
        ("validate", "lean/webhok", body): "did you mean lean/webhook",
        ("validate", "lean/webhook", "/no/such/file"): "cannot read the file given",
        ("verify", "lean", body, "--header", "no-colon", "--secret-env", "V"): "NAME:VALUE",
    }
    for argv, expected in cases.items():
        status, output = _run(list(argv), capsys)
        assert status == 2 and expected in output, (argv, output)


@pytest.mark.subprocess
def test_the_console_script_prints_no_secret(body: str) -> None:
    """Through the installed script, with argparse writing to the real standard error."""
    script = Path(sys.executable).parent / "bankcodes"
    for argv in (
        ["verify", "lean", body, f"--json={SECRET}", "--secret-env", VARIABLE],
        ["receive", "lean", body, "--secret-env", SECRET],
        [SECRET],
    ):
        result = subprocess.run([str(script), *argv], capture_output=True, text=True)
        assert result.returncode == 2 and result.stderr
        assert leaks(SECRET, result.stdout + result.stderr) == []


# --- placeholders --------------------------------------------------------------------------

RUNTIME = ROOT / "codegen" / "runtime"
#: A str.format field: {name}, {name!r}, {name:>8}.
FIELD = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}")


def _templates(tree: ast.AST) -> set[int]:
    """The ids of the string constants pydantic formats: a PydanticCustomError's template,
    whose every field is a plain {name} of its context dict."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Call) and getattr(node.func, "id", "") == "PydanticCustomError"
        ):
            continue
        if len(node.args) == 3 and isinstance(node.args[1], ast.Constant):
            context = node.args[2]
            keys = {k.value for k in getattr(context, "keys", []) if isinstance(k, ast.Constant)}
            fields = re.findall(r"\{([^{}]*)\}", str(node.args[1].value))
            if all(field in keys for field in fields):
                found.add(id(node.args[1]))
    return found


def unformatted(path: Path) -> list[str]:
    """The plain (not f-) strings of a Python module that hold a format field nothing fills."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    in_fstrings = {
        id(value)
        for node in ast.walk(tree)
        if isinstance(node, ast.JoinedStr)
        for value in node.values
    }
    templates = _templates(tree)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in in_fstrings | templates
            and FIELD.search(node.value)
        ):
            found.append((node.lineno, f"{path.name}:{node.lineno}: {node.value[:60]!r}"))
    return [hit for _, hit in sorted(found)]


def test_the_placeholder_scan_finds_one(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        'PydanticCustomError("t", "{value!r} is not known", {"value": 1})\n'
        'PydanticCustomError("t", "at most {max_length}", {"max_length": 1})\n'
        'x = f"{x!r} fine"\n'
        'y = "plain {name} left"\n'
    )
    assert [line.split(":")[1] for line in unformatted(module)] == ["1", "4"]


def test_no_runtime_message_holds_an_unformatted_placeholder() -> None:
    modules = sorted((RUNTIME / "python" / "bankcodes").glob("*.py"))
    assert len(modules) > 20
    assert [hit for path in modules for hit in unformatted(path)] == []
    # TypeScript: ${…} only inside template literals (backquotes).
    plain = re.compile(r"""(["'])(?:(?!\1).)*\$\{[^}]*\}(?:(?!\1).)*\1""")
    scripts = sorted((RUNTIME / "typescript").glob("*.ts"))
    assert scripts
    hits = [
        f"{path.name}:{number}"
        for path in scripts
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if plain.search(re.sub(r"`[^`]*`", "``", line))
    ]
    assert hits == []


def test_an_unknown_code_in_strict_validation_shows_the_value() -> None:
    body = {
        "type": "payment.created",
        "payload": {
            "id": "p",
            "status": "NOT_A_{names}_STATUS",
            "amount": 1,
            "currency": "AED",
            "customer_id": "c",
            "intent_id": "i",
            "payment_destination_id": "d",
        },
        "message": "m",
        "event_id": "e",
    }
    with pytest.raises(payloads.PayloadError) as raised:
        payloads.validate("lean/webhook", json.dumps(body), strict=True)
    messages = [problem.message for problem in raised.value.problems]
    assert messages == ["'NOT_A_{names}_STATUS' is not a known PaymentStatus value"]
    assert not any(FIELD.search(message.replace("{names}", "")) for message in messages)


@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
def test_explain_never_repeats_the_code_it_was_given(
    as_json: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    """A secret pasted where a code belongs is an unknown code (exit 1), and is not printed."""
    status, output = _run(["explain", SECRET, *(["--json"] if as_json else [])], capsys)
    assert status == 1
    assert "no code set knows the code given" in output or '"known": false' in output
    assert leaks(SECRET, output) == []


@pytest.mark.parametrize(
    "argv",
    [
        ["validate", "lean/webhook", "{path}"],
        ["verify", "lean", "{path}", "--secret-env", VARIABLE],
        ["receive", "lean", "{path}", "--secret-env", VARIABLE],
    ],
    ids=["validate", "verify", "receive"],
)
@pytest.mark.subprocess
def test_a_fifo_or_a_folder_is_refused_at_once(
    argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A FIFO with no writer would block a read forever; it is refused with one error, as a
    folder is, and the path is not repeated."""
    import os

    monkeypatch.setenv(VARIABLE, "a-secret")
    fifo = tmp_path / "body.fifo"
    os.mkfifo(fifo)
    for path in (fifo, tmp_path):
        line = [part.replace("{path}", str(path)) for part in argv]
        result = subprocess.run(
            [str(Path(sys.executable).parent / "bankcodes"), *line],
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        )
        assert result.returncode == 2, result.stderr
        assert result.stderr.count("\n") == 1, result.stderr
        assert "not a regular file" in result.stderr or "Is a directory" in result.stderr
        assert str(path) not in result.stderr


@pytest.mark.subprocess
def test_a_reader_that_goes_away_ends_the_command_quietly() -> None:
    # bankcodes list | head -1: the reader closes the pipe after a line; the command stops with
    # the status of a program SIGPIPE ends, and no traceback.
    script = Path(sys.executable).parent / "bankcodes"
    process = subprocess.Popen(
        [str(script), "list"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline().count(b"\t") == 9
    process.stdout.close()
    stderr = process.stderr.read()
    assert process.wait(timeout=60) == cli.EXIT_PIPE_CLOSED == 141
    assert stderr == b""


@pytest.mark.parametrize(
    ("redirect", "why"),
    [
        ("1>&-", "error: standard output is closed"),
        ("> /dev/full", "error: the output cannot be written (No space left on device)"),
    ],
    ids=["closed", "full"],
)
@pytest.mark.parametrize("command", ["list", "list --json", "explain INVALID_MFA"])
@pytest.mark.subprocess
def test_an_output_that_cannot_be_written_ends_the_command_with_one_line(
    redirect: str, why: str, command: str
) -> None:
    """bankcodes list 1>&- (Python starts with no sys.stdout) and > /dev/full (every write
    fails): one line on standard error and the status of an I/O error, 74, never a traceback."""
    script = Path(sys.executable).parent / "bankcodes"
    done = subprocess.run(
        ["sh", "-c", f"{script} {command} {redirect}"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stderr) == (cli.EXIT_OUTPUT, why + "\n")
    assert cli.EXIT_OUTPUT == 74


@pytest.mark.subprocess
def test_a_closed_standard_error_loses_only_the_error_s_words() -> None:
    script = Path(sys.executable).parent / "bankcodes"
    done = subprocess.run(
        ["sh", "-c", f"{script} explain NOT_A_CODE_ANYWHERE 2>&-"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1 and "Traceback" not in done.stdout + done.stderr


@pytest.mark.parametrize("command", ["verify", "receive", "trigger"])
def test_a_provider_that_sends_no_webhooks_is_said_to_send_none(command: str) -> None:
    # GoCardless Bank Account Data sends no webhooks (its delivery is none).
    err = io.StringIO()
    given = {
        "verify": ["body.json", "--secret-env", VARIABLE],
        "receive": ["body.json"],
        "trigger": [],
    }
    argv = [command, "gocardless", *given[command]]
    with contextlib.redirect_stderr(err):
        assert cli.main(argv) == 2
    assert "gocardless sends no webhooks" in err.getvalue()


@pytest.mark.parametrize("command", ["verify", "receive", "trigger"])
def test_a_provider_whose_webhooks_are_undescribed_is_not_said_to_send_none(command: str) -> None:
    # The spec's webhooks_undescribed: such a provider sends webhooks, and receive says why
    # bankcodes does not check them; the command line says the same, never "sends no webhooks".
    from bankcodes._signing import UNDESCRIBED

    assert UNDESCRIBED
    for provider, how in UNDESCRIBED.items():
        err = io.StringIO()
        given = {
            "verify": ["body.json", "--secret-env", VARIABLE],
            "receive": ["body.json"],
            "trigger": [],
        }
        with contextlib.redirect_stderr(err):
            assert cli.main([command, provider, *given[command]]) == 2
        said = err.getvalue()
        assert f"{provider} sends webhooks, but bankcodes does not describe" in said, said
        assert how[:60] in said and "sends no webhooks" not in said


def test_a_missing_path_is_asked_for_by_its_flag(tmp_path: Path) -> None:
    # A Tl-Signature covers the path the delivery was posted to: the command line's --path.
    body = tmp_path / "body.json"
    body.write_bytes(b'{"type": "payment_executed", "event_id": "e", "event_version": 1}')
    err = io.StringIO()
    argv = [
        "verify",
        "truelayer",
        str(body),
        "--header",
        "Tl-Signature: a..b",
        "--secret-env",
        VARIABLE,
    ]
    with contextlib.redirect_stderr(err), pytest.MonkeyPatch.context() as env:
        env.setenv(VARIABLE, '{"keys": []}')
        assert cli.main(argv) == 2
    assert "pass --path" in err.getvalue() and "path=" not in err.getvalue()


@pytest.mark.parametrize(
    "command", ["explain -", "validate lean/webhook -", "receive lean - --secret-env X"]
)
@pytest.mark.subprocess
def test_a_closed_standard_input_is_unusable_input_said_in_one_line(command: str) -> None:
    """`bankcodes explain - <&-`: Python starts with no sys.stdin; the command says so and exits
    2 (unusable input), never 1, which a script reads as a rejection."""
    script = Path(sys.executable).parent / "bankcodes"
    done = subprocess.run(
        ["sh", "-c", f"X=secret {script} {command} <&-"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert "standard input is closed" in done.stderr and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1


def test_trigger_refuses_a_curl_url_with_a_line_break_and_now_in_other_digits() -> None:
    """A URL holds no space or control character (one would print raw in the command line), and
    --now's Unix seconds are ASCII digits (Arabic-Indic digits are no time of this command's)."""
    for args in (
        ["trigger", "lean", "--curl", "http://localhost:8000/a\nb"],
        ["trigger", "lean", "--curl", "http://localhost:8000/a b"],
        [
            "trigger",
            "lean",
            "--now",
            "\u0661\u0667\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0660",
        ],
    ):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stderr(err):
            assert cli.main(args, out=out) == 2, args
        assert out.getvalue() == "" and "\n" not in err.getvalue().rstrip("\n"), args


@pytest.mark.parametrize(
    "argv",
    [
        ["explain", "INVALID_LOGIN", "--prov", "flinks"],
        ["list", "--provider", "flinks", "--js"],
        ["decide", "INVALID_LOGIN", "--provider", "flinks", "--js"],
    ],
)
def test_an_abbreviated_option_is_no_option(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    # Every command reads its options whole: --prov is not --provider, nor --js --json.
    assert cli.main(argv, out=io.StringIO()) == 2
    assert "unrecognized argument" in capsys.readouterr().err
