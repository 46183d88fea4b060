"""A webhook receiver's refusals are worded once (codegen/refusals.py) and said by name in both
runtimes: every name said is declared, every refusal declared is said, and each place that says
one passes exactly the values its words hold in that language."""

from __future__ import annotations

import ast
import re
import string
import subprocess
from pathlib import Path

import pytest

from bankcodes.errors import ConfigurationError, SignatureError, refused
from codegen.refusals import refusals
from tests.support.helpers import ROOT

RUNTIME = ROOT / "codegen" / "runtime"
WORDS = {name: (reason, python, typescript) for name, reason, python, typescript in refusals()}


def _fields(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def _python_calls() -> list[tuple[str, list[str], set[str]]]:
    """(where, the names said, the keywords passed) of each call of refused in the runtime."""
    calls = []
    for path in sorted((RUNTIME / "python" / "bankcodes").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "refused":
                said = [n.value for n in ast.walk(node.args[0]) if isinstance(n, ast.Constant)]
                names = [name for name in said if isinstance(name, str)]
                keywords = {keyword.arg for keyword in node.keywords if keyword.arg is not None}
                calls.append((f"{path.name}:{node.lineno}", names, keywords))
    return calls


def _closing(text: str, at: int) -> int:
    """Where the bracket opened just before `at` closes (strings and nesting skipped)."""
    depth, quote = 1, None
    while depth:
        char = text[at]
        if quote is not None:
            at += 2 if char == "\\" else 1
            quote = None if char == quote else quote
            continue
        if char in "\"'`":
            quote = char
        depth += (char in "([{") - (char in ")]}")
        at += 1
    return at


def _typescript_calls() -> list[tuple[str, list[str], set[str]]]:
    calls = []
    for path in sorted((RUNTIME / "typescript").glob("*.ts")):
        text = path.read_text(encoding="utf-8")
        if "function refused(" in text and path.name != "webhook-types.ts":
            continue  # a function of its own by that name (decide-waits.ts)
        for found in re.finditer(r"\brefused\(", text):
            if text[found.start() - 9 : found.start()] == "function ":
                continue
            arguments = text[found.end() : _closing(text, found.end()) - 1]
            head, _, values = arguments.partition("{")
            keys = set()
            if values:
                inner, at = values.rsplit("}", 1)[0], 0
                while inner[at:].strip():  # the object's own keys, not those of a value's
                    key = re.match(r"\s*(\w+)\s*(:?)", inner[at:])
                    assert key is not None, inner
                    keys.add(key[1])
                    at += key.end()
                    while at < len(inner) and inner[at] != ",":
                        at = _closing(inner, at + 1) if inner[at] in "([{" else at + 1
                    at += 1
            where = f"{path.name}:{text.count(chr(10), 0, found.start()) + 1}"
            calls.append((where, re.findall(r"\brefusals\.(\w+)", head), keys))
    return calls


def test_each_refusal_said_passes_the_values_its_words_hold_and_each_is_said() -> None:
    said: set[str] = set()
    wrong = []
    for language, calls in (("python", _python_calls()), ("typescript", _typescript_calls())):
        assert len(calls) > 150, language
        for where, names, keys in calls:
            assert names, where
            for name in names:
                said.add(name)
                text = WORDS[name][1 if language == "python" else 2]
                if _fields(text) != keys:
                    wrong.append((where, name, sorted(_fields(text)), sorted(keys)))
    assert wrong == []
    assert sorted(WORDS.keys() - said) == []


def test_a_refusal_is_the_error_of_its_reason_and_shows_a_value_escaped_and_cut() -> None:
    rejected = refused("no_kid", kid="\x1b" + "k" * 100)
    assert type(rejected) is SignatureError
    assert (rejected.reason, str(rejected)) == (
        "unknown_key",
        "unknown_key: no key has kid '\\x1b" + "k" * 55 + "…",
    )
    misconfigured = refused("jwk_unusable", kid="a", error="e" * 300)
    assert type(misconfigured) is ConfigurationError
    assert str(misconfigured) == "bad_key: the JWK for kid 'a' is unusable: '" + "e" * 199 + "…"
    assert str(refused("issued_too_early", name="X-Jwt", age=90.6, limit=60.0)) == (
        "stale_timestamp: the X-Jwt token was issued 91 s ago (limit 60 s)"
    )
    with pytest.raises(KeyError):
        refused("no_kid")


def test_a_receiver_bundles_the_refusals_its_verifiers_give_and_no_other(
    typescript_dist: Path,
) -> None:
    """Stripe's receiver (an HMAC) carries the refusals of webhook-hmac.ts, and none of those said
    only by the verifiers of a key (a JWS, a JWT, a key fetched), which it never runs."""
    entry = f'export * from "{typescript_dist}/webhooks-stripe.js";'
    esbuild = str(ROOT / "codegen/node/node_modules/.bin/esbuild")
    command = [esbuild, "--bundle", "--minify", "--charset=utf8"]
    bundle = subprocess.run(command, input=entry, capture_output=True, text=True, check=True)
    files: dict[str, set[str]] = {}
    for where, names, _ in _typescript_calls():
        for name in names:
            files.setdefault(name, set()).add(where.split(":")[0])
    keyed = {"webhook-jwt.ts", "webhook-jws.ts", "webhook-jws-header.ts", "webhook-fetched.ts"}
    keyed |= {"webhook-key-address.ts", "webhook-key-fetch.ts"}

    def carried(name: str) -> bool:  # words a minifier writes as they are (no quote to escape)
        return WORDS[name][2] in bundle.stdout

    files = {name: found for name, found in files.items() if '"' not in WORDS[name][2]}
    assert [name for name in sorted(files) if files[name] <= keyed and carried(name)] == []
    hmac = sorted(name for name in files if "webhook-hmac.ts" in files[name])
    assert [name for name in hmac if not carried(name)] == []
