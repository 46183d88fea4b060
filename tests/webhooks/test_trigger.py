"""Signed example deliveries: every fixture of generated/fixtures/webhooks/ verifies with the
test secret or key it publishes (through the package's own verify and receive), holds an example
of the catalog, and fails once tampered with; `bankcodes trigger` prints deliveries that
round-trip through `bankcodes receive`, signed with the published material or with one's own."""

from __future__ import annotations

import base64
import contextlib
import datetime
import hashlib
import io
import itertools
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

import bankcodes
from bankcodes import cli, signatures
from bankcodes.delivery import DELIVERY
from bankcodes.errors import SignatureError
from tests.support.each import Cases, by_provider, each
from tests.support.helpers import ROOT, spec_data
from tests.support.jwt_corpus import public_jwk
from tests.support.spec_index import providers, spec_index

FIXTURES = ROOT / "generated" / "fixtures" / "webhooks"


def _fixtures() -> list[dict[str, Any]]:
    paths = sorted(FIXTURES.glob("*/*.json"))
    return [json.loads(path.read_text(encoding="utf-8")) for path in paths]


def _delivering() -> dict[str, str]:
    """Provider id -> its webhook kind, for every provider that delivers webhooks."""
    return {
        provider: spec_index()["providers"][provider]["delivers"]
        for provider in providers(delivers=True)
    }


def _secret(verify_with: dict[str, Any]) -> Any:
    """What verifies a signed delivery: its secret, public JWK, key set (JWKS) or public keys by
    address."""
    for what in ("secret", "jwk", "jwks", "keys"):
        if what in verify_with:
            return verify_with[what]
    raise AssertionError(f"nothing verifies with {sorted(verify_with)}")


def _instant(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def test_every_event_with_a_payload_model_is_a_fixture() -> None:
    """Each published example of a provider's webhook kind is a fixture as published; each event
    type with a payload model (a member of the kind's union) but no published example is one
    fixture, built from the catalog's schema and titled so."""
    spec = spec_data()
    fixtures = _fixtures()
    for provider, kind in _delivering().items():
        published = [f for f in fixtures if f["provider"] == provider]
        built = [f for f in published if "built from the catalog's schema" in f["title"]]
        examples = [example["data"] for example in spec["payloads"][kind]["examples"]]
        texts = sorted(
            json.dumps(json.loads(f["body"]), sort_keys=True) for f in published if f not in built
        )
        assert texts == sorted(json.dumps(data, sort_keys=True) for data in examples)
        assert len(published) == len(examples) + len(built) and examples
        assert len({f["event"] for f in published}) == len(published)
        root = spec["payloads"][kind]["types"][spec["payloads"][kind]["root"]]
        union = root.get("discriminated")
        if union is not None:
            tag = union["field"]
            delivered = {json.loads(f["body"]).get(tag) for f in published}
            assert set(union["variants"]) <= delivered, provider
            told = {data.get(tag) for data in examples}
            # Every other event of the tag's code set, as the union's fallback member carries it.
            events = _tag_values(spec, spec["payloads"][kind]["types"][union["base"]], tag)
            expected = (set(union["variants"]) | events) - told
            assert {json.loads(f["body"])[tag] for f in built} == expected
        for fixture in published:
            assert fixture["$comment"].startswith("generated from spec/catalog.json")
            assert "TEST MATERIAL" in fixture["warning"] or not fixture["verify_with"]
            assert fixture["headers"]["content-type"] == "application/json"


def _tag_values(spec: dict[str, Any], base: dict[str, Any], tag: str) -> set[str]:
    """The string values of the code sets a union's tag field names (none for a field of
    another type)."""
    kind = base["fields"][tag]["type"]
    names = kind.get("code", []) if isinstance(kind, dict) else []
    values = set()
    for name in names:
        provider, code_set = name.split(".")
        codes = spec["providers"][provider]["code_sets"][code_set]["codes"]
        values |= {code["value"] for code in codes if isinstance(code["value"], str)}
    return values


def test_stripe_offers_every_financial_connections_event() -> None:
    """The 14 financial_connections.* events of stripe-node's events (src/Events.ts lists
    each), every one a delivery of `bankcodes trigger stripe`."""
    status, out = run(["trigger", "stripe", "--list", "--json"])
    names = {row["event"] for row in json.loads(out)}
    fc = {name for name in names if name.startswith("financial_connections.")}
    assert status == 0 and len(fc) == 14
    assert "financial_connections.account.disconnected" in fc


def _signed(fixtures: list[dict[str, Any]], signed: bool = True) -> list[dict[str, Any]]:
    """The fixtures of providers that sign their webhooks (a fixture of one that signs
    nothing has no material to verify with)."""
    return [f for f in fixtures if bool(f["verify_with"]) == signed]


@pytest.mark.parametrize(
    "fixture", _signed(_fixtures(), signed=False), ids=lambda f: f"{f['provider']}/{f['event']}"
)
def test_a_fixture_of_a_provider_that_signs_nothing_is_received_unsigned(
    fixture: dict[str, Any],
) -> None:
    provider, body, headers = fixture["provider"], fixture["body"].encode(), fixture["headers"]
    event = bankcodes.receive(provider, body, headers, None)
    assert not event.signed and event.header is None
    # Known by its id where the provider sends one (dedup in its delivery contract), else by
    # its body: a retry resends it.
    if DELIVERY[provider].dedup:
        assert event.dedup_key.startswith(f"{provider}:id:")
        assert bankcodes.receive(provider, body + b" ", headers, None).dedup_key == event.dedup_key
    else:
        digest = hashlib.sha256(body).hexdigest()
        assert event.dedup_key == f"{provider}:body-sha256:{digest}"
        assert bankcodes.receive(provider, body + b" ", headers, None).dedup_key != event.dedup_key
    with pytest.raises(bankcodes.ConfigurationError):
        bankcodes.receive(provider, body, headers, "a secret")


@pytest.mark.parametrize(
    ("provider", "cases"),
    by_provider((f["provider"], f"{f['provider']}/{f['event']}", f) for f in _signed(_fixtures())),
)
def test_every_fixture_verifies_with_its_published_material(provider: str, cases: Cases) -> None:
    each(cases, _verifies_with_its_material)


def _verifies_with_its_material(fixture: dict[str, Any]) -> None:
    provider, body, headers = fixture["provider"], fixture["body"], fixture["headers"]
    secret, now = _secret(fixture["verify_with"]), _instant(fixture["signed_at"])
    path = fixture["verify_with"].get("path")
    # The header's name, where the app names the header that carries the secret.
    named = {"secret_header": fixture["verify_with"].get("secret_header")}
    assert signatures.verify(provider, body.encode(), headers, secret, now=now, path=path, **named)
    if provider not in DELIVERY:
        # Bodies the catalog does not describe: the one fixture is bankcodes' own body, which
        # says so, verified and keyed by its digest (receive cannot read it).
        assert "bankcodes' own" in fixture["title"] and "bankcodes' own" in body
        digest = hashlib.sha256(body.encode()).hexdigest()
        key = bankcodes.delivery.dedup_key(provider, None, body.encode())
        assert key == f"{provider}:body-sha256:{digest}"
        body += " "
    elif isinstance(signatures.SCHEMES[provider], signatures.SharedSecretScheme):
        _received_as_named(fixture, secret, now, path, named)
        # The secret itself, checked: nothing is signed, so another body passes with it, and
        # another secret does not.
        assert signatures.verify(provider, body.encode() + b" ", headers, secret, now=now, **named)
        headers = {name: "another secret" for name in headers}
    else:
        _received_as_named(fixture, secret, now, path, named)
        body += " "
    with pytest.raises(SignatureError) as raised:
        signatures.verify(provider, body.encode(), headers, secret, now=now, path=path, **named)
    assert raised.value.reason == "mismatch"


def _received_as_named(
    fixture: dict[str, Any], secret: Any, now: datetime.datetime, path: Any, named: Any
) -> None:
    """Receive a fixture: its event is the one its file names; a shared secret's is checked
    but unsigned, any other signed."""
    provider, body, headers = fixture["provider"], fixture["body"], fixture["headers"]
    event = bankcodes.receive(provider, body.encode(), headers, secret, now=now, path=path, **named)
    name = _named_as_a_file(str(event.type) + ("" if event.code is None else f".{event.code}"))
    assert re.sub(r"-[0-9]+$", "", fixture["event"]) in (name, "example")
    if isinstance(signatures.SCHEMES[provider], signatures.SharedSecretScheme):
        assert not event.signed and event.secret_index == 0
    else:
        assert event.signed


def test_the_published_key_pair_is_one_pair() -> None:
    keys = json.loads((FIXTURES / "test-keys.json").read_text(encoding="utf-8"))
    private, public = keys["jwt_private_jwk"], keys["jwt_public_jwk"]
    scalar = int.from_bytes(base64.urlsafe_b64decode(private["d"] + "=="), "big")
    derived = public_jwk(ec.derive_private_key(scalar, ec.SECP256R1()), public["kid"])
    assert derived == public and {**public, "d": private["d"]} == private
    assert "TEST MATERIAL" in keys["warning"]
    from bankcodes import _test_deliveries

    assert private == _test_deliveries.TEST_PRIVATE_JWK
    assert keys["secrets"] == _test_deliveries.TEST_SECRETS


def _named_as_a_file(event: str) -> str:
    """An event as the fixtures name it: what a file name cannot hold (the / of a type such as
    item/error) as an underscore."""
    return re.sub(r"[^A-Za-z0-9._-]", "_", event)


def run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    return cli.main(argv, out=out), out.getvalue()


def _receive(
    tmp_path: Path, provider: str, headers: dict[str, str], body: str, *extra: str
) -> dict[str, Any]:
    path = tmp_path / "delivery.json"
    path.write_bytes(body.encode())
    pairs = [word for name, value in headers.items() for word in ("--header", f"{name}: {value}")]
    secret = ["--secret-env", "KEY"] if "KEY" in os.environ else []
    status, out = run(["receive", provider, str(path), *pairs, *secret, *extra])
    assert status == 0, out
    result: dict[str, Any] = json.loads(out)
    return result


@pytest.mark.parametrize("provider", sorted(_delivering()))
def test_a_triggered_delivery_round_trips_through_receive(
    provider: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One instant for every call, and the example's own ids, so that each prints the same
    # delivery.
    now = ["--now", datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")]
    status, out = run(["trigger", provider, "--json", "--as-published", *now])
    delivery = json.loads(out)
    checked = "verify_with" in delivery
    # A provider that signs nothing gets no test material: nothing is checked. One that sends a
    # shared secret gets one, which is checked but signs nothing.
    shared = isinstance(signatures.SCHEMES.get(provider), signatures.SharedSecretScheme)
    signed = checked and not shared
    assert status == 0 and (not checked or "TEST MATERIAL" in delivery["warning"])
    now += _verifying(delivery, monkeypatch)
    result = _receive(tmp_path, provider, delivery["headers"], delivery["body"], "--json", *now)
    name = result["type"] + ("" if result["code"] is None else "." + str(result["code"]))
    assert result["accepted"] and result["signed"] is signed
    assert delivery["event"] == _named_as_a_file(name)
    # The text form: headers, a blank line, the body on the line after it.
    status, out = run(["trigger", provider, delivery["event"], "--as-published", *now])
    head, _, body = out.partition("\n\n")
    headers = dict(line.split(": ", 1) for line in head.splitlines())
    received = _receive(tmp_path, provider, headers, body.removesuffix("\n"), "--json", *now)
    assert received["accepted"]
    # A curl command line posts the same.
    hook = ["--curl", "http://localhost:8000/hook", "--as-published"]
    status, out = run(["trigger", provider, *hook, *now])
    words = shlex.split(out)
    assert words[:5] == ["curl", "-sS", "-X", "POST", "http://localhost:8000/hook"]
    assert words[-2] == "--data-binary" and words[-1] == delivery["body"]
    headers = dict(w.split(": ", 1) for f, w in itertools.pairwise(words) if f == "-H")
    assert _receive(tmp_path, provider, headers, words[-1], "--json", *now)["accepted"]


def _verifying(delivery: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What `receive` needs to check a triggered delivery: its test material in KEY, and the
    path a JWS covers or the header the app names for its secret, as arguments."""
    if "verify_with" not in delivery:
        return []
    secret = _secret(delivery["verify_with"])
    monkeypatch.setenv("KEY", secret if isinstance(secret, str) else json.dumps(secret))
    path = delivery["verify_with"].get("path")
    named = delivery["verify_with"].get("secret_header")
    return (["--path", path] if path else []) + (["--secret-header", named] if named else [])


@pytest.mark.parametrize("provider", sorted(_delivering()))
def test_each_delivery_is_a_new_one(
    provider: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two deliveries of one event are two deliveries: a handler that drops duplicates takes
    both (their ids are new: a fresh id, and a Standard Webhooks id with it), unless the
    provider's deliveries carry no id or date-time (deduplicated on their body, which stays the
    example's); --as-published prints the example as it is, each time."""
    first, second = (json.loads(run(["trigger", provider, "--json"])[1]) for _ in range(2))
    extra = _verifying(first, monkeypatch)
    keys = [
        _receive(tmp_path, provider, d["headers"], d["body"], "--json", *extra)["dedup_key"]
        for d in (first, second)
    ]
    changed = first["body"] != second["body"]
    assert (keys[0] != keys[1]) is changed, keys
    # Deduplicated on an id, a delivery's id is new each time.
    by_id = keys[0].startswith(f"{provider}:id:")
    assert changed or not by_id
    at = ["--now", datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")]
    published = [run(["trigger", provider, "--json", "--as-published", *at])[1] for _ in range(2)]
    assert json.loads(published[0])["body"] == json.loads(published[1])["body"]
    if by_id:
        assert first["body"] != json.loads(published[0])["body"]


def test_a_delivery_signed_with_ones_own_secret(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KEY", "my own lean secret")
    status, out = run(["trigger", "lean", "payment.updated", "--secret-env", "KEY", "--json"])
    delivery = json.loads(out)
    assert status == 0 and "verify_with" not in delivery and "my own" not in out
    assert _receive(tmp_path, "lean", delivery["headers"], delivery["body"], "--json")["type"] == (
        "payment.updated"
    )
    key = ec.generate_private_key(ec.SECP256R1())
    private = {**public_jwk(key, "mine")}
    numbers = key.private_numbers().private_value.to_bytes(32, "big")
    private["d"] = base64.urlsafe_b64encode(numbers).rstrip(b"=").decode()
    monkeypatch.setenv("KEY", json.dumps(private))
    status, out = run(["trigger", "plaid", "ITEM.ERROR", "--secret-env", "KEY", "--json"])
    delivery = json.loads(out)
    assert status == 0 and private["d"] not in out + capsys.readouterr().err
    monkeypatch.setenv("KEY", json.dumps(public_jwk(key, "mine")))
    result = _receive(tmp_path, "plaid", delivery["headers"], delivery["body"], "--json")
    assert (result["type"], result["code"]) == ("ITEM", "ERROR")
    # A shared secret cannot sign a JWT, nor a public key.
    for held in ("a shared secret", json.dumps(public_jwk(key, "mine"))):
        monkeypatch.setenv("KEY", held)
        assert run(["trigger", "plaid", "--secret-env", "KEY"])[0] == 2
    assert "must hold" in capsys.readouterr().err


def test_a_new_timestamp_keeps_the_published_ones_digits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Lean's published payment.created is stamped 2025-12-17T13:59:32.008767568Z: nine
    fractional digits, which a receiver must read (Python's own parser takes six). A delivery
    triggered now, new or as published, keeps nine, and is received."""
    now = ["--now", "2026-11-27T09:00:00.123456Z"]
    for extra in ([], ["--as-published"]):
        argv = ["trigger", "lean", "payment.created", "--json", *now, *extra]
        delivery = json.loads(run(argv)[1])
        stamped = json.loads(delivery["body"])["timestamp"]
        assert stamped == "2026-11-27T09:00:00.123456000Z", extra
        _verifying(delivery, monkeypatch)
        received = _receive(tmp_path, "lean", delivery["headers"], delivery["body"], "--json", *now)
        assert received["type"] == "payment.created"


def test_triggered_at_the_fixtures_instant_it_is_the_fixture() -> None:
    for provider in ("lean", "flinks", "argyle"):
        for path in sorted((FIXTURES / provider).glob("*.json")):
            fixture = json.loads(path.read_text(encoding="utf-8"))
            at = ["--now", fixture["signed_at"], "--as-published"]
            argv = ["trigger", provider, fixture["event"], *at, "--json"]
            status, out = run(argv)
            delivery = json.loads(out)
            assert status == 0 and delivery["event"] == path.stem == fixture["event"]
            assert (delivery["headers"], delivery["body"]) == (fixture["headers"], fixture["body"])


def test_a_plaid_fixture_needs_its_instant(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fixture = json.loads((FIXTURES / "plaid" / "ITEM.ERROR.json").read_text(encoding="utf-8"))
    monkeypatch.setenv("KEY", json.dumps(fixture["verify_with"]["jwk"]))
    path = tmp_path / "body.json"
    path.write_bytes(fixture["body"].encode())
    pairs = [w for n, v in fixture["headers"].items() for w in ("--header", f"{n}: {v}")]
    argv = ["verify", "plaid", str(path), *pairs, "--secret-env", "KEY", "--json"]
    status, out = run(argv)
    assert status == 1 and json.loads(out)["reason"] == "stale_timestamp"
    assert run([*argv, "--now", fixture["signed_at"]])[0] == 0


def test_listing_and_mistakes(capsys: pytest.CaptureFixture[str]) -> None:
    status, out = run(["trigger", "argyle", "--list", "--json"])
    names = [row["event"] for row in json.loads(out)]
    assert status == 0 and sorted(names) == sorted(
        p.stem for p in (FIXTURES / "argyle").glob("*.json")
    )
    assert run(["trigger", "plaid", "transactions"])[0] == 0  # a type alone: its first event
    assert run(["trigger", "plaid", "ITEM ERROR"])[0] == 0
    capsys.readouterr()
    assert run(["trigger", "lean", "payment.creatd"])[0] == 2
    assert run(["trigger", "leen"])[0] == 2
    assert run(["trigger", "lean", "--curl", "localhost:8000"])[0] == 2
    err = capsys.readouterr().err
    count = len(list((FIXTURES / "lean").glob("*.json")))
    assert "did you mean payment.created" in err and f"--list` lists its {count} events" in err
    assert "did you mean lean" in err and "--curl takes the handler's URL" in err
    # An event's name is no secret: it is named; a provider's and a URL (which may hold a
    # token) are not repeated.
    assert "lean has no event 'payment.creatd'" in err
    assert "leen" not in err and "localhost:8000" not in err


BLOCK = re.compile(r"^```(\w+)\n(.*?)^```", re.S | re.M)


def _blocks(document: Path, language: str) -> list[str]:
    text = document.read_text(encoding="utf-8")
    return [code for lang, code in BLOCK.findall(text) if lang == language]


@pytest.mark.subprocess
def test_the_documented_command_lines_run(tmp_path: Path) -> None:
    """Every `trigger` and `--now` line of the command-line page and the README, in a shell
    that holds what the lines name: a held Plaid delivery (body.json, its token, its key)."""
    fixture = json.loads((FIXTURES / "plaid" / "ITEM.ERROR.json").read_text(encoding="utf-8"))
    (tmp_path / "body.json").write_bytes(fixture["body"].encode())
    env = {
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "TOKEN": fixture["headers"]["Plaid-Verification"],
        "PLAID_KEY": json.dumps(fixture["verify_with"]["jwk"]),
        "FLINKS_WEBHOOK_SECRET": "a secret of the handler under test",
    }
    lines = [
        line
        for document in (ROOT / "site" / "docs" / "cli.md", ROOT / "README.md")
        for block in _blocks(document, "sh")
        for line in block.splitlines()
        if line.startswith("bankcodes trigger") or " --now " in line
    ]
    assert len(lines) >= 7
    for line in lines:
        result = subprocess.run(
            ["bash", "-c", line], cwd=tmp_path, env=env, capture_output=True, text=True
        )
        assert result.returncode == 0, (line, result.stdout, result.stderr)
        assert env["FLINKS_WEBHOOK_SECRET"] not in result.stdout + result.stderr


def test_the_documented_fixture_example_runs() -> None:
    blocks = [
        b for b in _blocks(ROOT / "site" / "docs" / "webhooks.md", "python") if "fixtures" in b
    ]
    assert len(blocks) == 1
    with contextlib.chdir(ROOT):
        exec(compile(blocks[0], "webhooks.md", "exec"), {})


@pytest.mark.parametrize(
    ("provider", "event", "path", "status"),
    [
        # Fintoc's events name their object's outcome (its webhooks page: payment_intent.failed,
        # account.refresh_intent.failed), which a body built from the schema carries.
        ("fintoc", "payment_intent.failed", ("data", "status"), "failed"),
        ("fintoc", "payment_intent.rejected", ("data", "status"), "rejected"),
        ("fintoc", "account.refresh_intent.failed", ("data", "status"), "failed"),
    ],
)
def test_a_body_built_from_the_schema_agrees_with_its_event(
    provider: str, event: str, path: tuple[str, ...], status: str
) -> None:
    fixture = json.loads((FIXTURES / provider / f"{event}.json").read_text(encoding="utf-8"))
    found: Any = json.loads(fixture["body"])
    for key in path:
        found = found[key]
    assert found == status
