"""Receiving mistakes and odd inputs: one verdict in Python and Node, a message that teaches and
never shows the secret, clocks and tolerances checked, timestamps read as real dates, and
deduplication keys that cannot collide. Both languages give the verdicts of
tests/verdicts/receive_mistakes.json."""

from __future__ import annotations

import datetime
import hashlib
import json
import subprocess
import sys
from typing import Any

import pytest

import bankcodes
from bankcodes.errors import WebhookError
from tests.support.verdicts import Corpus
from tests.webhooks.test_receive import SECRET, _signed

#: A Lean delivery with a body timestamp (Lean's webhook structure page: "timestamp").
LEAN = {
    "type": "payment.created",
    "payload": {"id": "p-1", "status": "ACCEPTED_BY_BANK"},
    "message": "A payment has been created.",
    "timestamp": "2026-05-12T14:34:40.391Z",
    "event_id": "e-1",
}
SENT = datetime.datetime(2026, 5, 12, 14, 34, 40, 391000, tzinfo=datetime.UTC)


def _lean(**changes: Any) -> str:
    data = {**LEAN, **changes}
    return json.dumps({k: v for k, v in data.items() if v is not None})


def _flinks(response_type: str, request_id: str) -> str:
    return json.dumps(
        {"ResponseType": response_type, "HttpStatusCode": 200, "RequestId": request_id}
    )


def _case(name: str, provider: str, body: str, **given: Any) -> dict[str, Any]:
    secret = given.pop("secret", SECRET)
    headers = _signed(provider, body.encode(), given.pop("signed_with", SECRET))
    return {
        "name": name,
        "provider": provider,
        "body": body,
        "headers": headers,
        "secret": secret,
        "options": given,
    }


AT = {"iso": (SENT + datetime.timedelta(seconds=30)).isoformat()}


def _after(**delay: float) -> dict[str, str]:
    return {"iso": (SENT + datetime.timedelta(**delay)).isoformat()}


FALLBACK = _lean(event_id=None)
CASES = [
    _case("a secret with a trailing newline", "lean", _lean(), secret=SECRET + "\n"),
    _case("a wrong secret", "lean", _lean(), secret="whsec_other_environment"),
    _case("two wrong secrets", "lean", _lean(), secret=["whsec_a", "whsec_b"]),
    _case("a padded wrong secret", "lean", _lean(), secret=" whsec_wrong\n"),
    _case("tolerance 1e300", "lean", _lean(), tolerance=1e300, now=AT),
    _case("tolerance zero", "lean", _lean(), tolerance=0, now=AT),
    _case("tolerance a string", "lean", _lean(), tolerance="60", now=AT),
    _case("now a string", "lean", _lean(), tolerance=60, now={"raw": "2026-05-12"}),
    _case("now before 1970", "lean", _lean(), tolerance=60, now={"iso": "1969-12-31T00:00:00Z"}),
    _case("within the tolerance", "lean", _lean(), tolerance=60, now=AT),
    _case("February 30", "lean", _lean(timestamp="2026-02-30T00:00:00Z"), tolerance=60, now=AT),
    _case("hour 24", "lean", _lean(timestamp="2026-05-12T24:00:00Z"), tolerance=60, now=AT),
    _case("offset +24:00", "lean", _lean(timestamp="2026-05-12T14:34:40+24:00"), tolerance=60),
    _case(
        "a tenth of a millisecond",
        "lean",
        _lean(timestamp="2026-05-12T14:34:41.9999Z"),
        tolerance=1,
        now={"iso": "2026-05-12T14:34:40.999+00:00"},
    ),
    # Lean's page: retries "1, 2, 5, 10, 60, and 180 minutes after the initial webhook was
    # sent", each answered within 10 seconds; the default allows 5 minutes of clock difference.
    _case("Lean's last retry, by default", "lean", _lean(), now=_after(minutes=180)),
    _case("after Lean's retries, by default", "lean", _lean(), now=_after(minutes=186)),
    _case("four hours on, by default", "lean", _lean(), now=_after(hours=4)),
    _case("no timestamp, by default", "lean", _lean(timestamp=None), now=_after(days=30)),
    _case(
        "an unreadable timestamp, by default",
        "lean",
        _lean(timestamp="2026-02-30T00:00:00Z"),
        now=AT,
    ),
    _case("no tolerance, a year on", "lean", _lean(), tolerance=None, now=_after(days=365)),
    _case(
        "a tolerance of 300, Lean's 10-minute retry",
        "lean",
        _lean(),
        tolerance=300,
        now=_after(minutes=10),
    ),
    _case("an id with a bar", "flinks", _flinks("A|B", "C")),
    _case("an id moved across the bar", "flinks", _flinks("A", "B|C")),
    _case("an id with a backslash", "flinks", _flinks("A\\", "|C")),
    _case("an id that is a body digest", "lean", _lean(event_id="sha256:" + "0" * 64), now=AT),
    _case("no id", "lean", FALLBACK, now=AT),
    _case("an id that is the fallback", "lean", _lean(event_id="body-sha256:0"), now=AT),
]
#: The verdict each case calls for (typed here from the rules, not from a run).
EXPECTED = {
    "a secret with a trailing newline": "ConfigurationError:bad_secret",
    "a wrong secret": "SignatureError:mismatch",
    "two wrong secrets": "SignatureError:mismatch",
    "a padded wrong secret": "SignatureError:mismatch",
    "tolerance 1e300": "ConfigurationError:bad_tolerance",
    "tolerance zero": "ConfigurationError:bad_tolerance",
    "tolerance a string": "ConfigurationError:bad_tolerance",
    "now a string": "ConfigurationError:bad_clock",
    "now before 1970": "ConfigurationError:bad_clock",
    "within the tolerance": "ok",
    "February 30": "SignatureError:missing_timestamp",
    "hour 24": "SignatureError:missing_timestamp",
    "offset +24:00": "SignatureError:missing_timestamp",
    # Both read a timestamp to the millisecond: 41.999 is 1.000 s after 40.999.
    "a tenth of a millisecond": "ok",
    "Lean's last retry, by default": "ok",
    "after Lean's retries, by default": "SignatureError:stale_timestamp",
    "four hours on, by default": "SignatureError:stale_timestamp",
    "no timestamp, by default": "ok",
    "an unreadable timestamp, by default": "ok",
    "no tolerance, a year on": "ok",
    "a tolerance of 300, Lean's 10-minute retry": "SignatureError:stale_timestamp",
}


def _python(item: dict[str, Any]) -> dict[str, Any]:
    options = dict(item["options"])
    now = options.pop("now", None)
    if now is not None:
        options["now"] = datetime.datetime.fromisoformat(now["iso"]) if "iso" in now else now["raw"]
    try:
        event = bankcodes.receive(
            item["provider"], item["body"].encode(), item["headers"], item["secret"], **options
        )
    except WebhookError as error:
        return {"verdict": f"{type(error).__name__}:{error.reason}", "message": str(error)}
    return {"verdict": "ok", "dedupKey": event.dedup_key}


#: What a message must say, or must not (a secret), in both languages, which word their messages
#: differently: the phrases each case's message is searched for.
PHRASES = {
    "a wrong secret": ["Likely causes: the body", "re-serialis", "another environment"],
    "two wrong secrets": ["checked with 2 secrets"],
    "a padded wrong secret": ["secret 0 has whitespace", "whsec_wrong"],
    "a secret with a trailing newline": ["without it the lean-signature signature matches"],
    "tolerance 1e300": ["1e+300"],
}
PHRASES["a wrong secret"].append("whsec_other")
PHRASES["a secret with a trailing newline"].append(SECRET)


def _verdict(item: dict[str, Any]) -> dict[str, Any]:
    """The verdict and deduplication key, and which of the case's phrases its message says."""
    found = _python(item)
    message = found.pop("message", "")
    return {**found, "says": [phrase for phrase in item["phrases"] if phrase in message]}


#: Each case in both languages: the same verdict and deduplication key, the same phrases said.
MISTAKES = Corpus(
    "receive_mistakes",
    lambda: ((item["name"], {**item, "phrases": PHRASES.get(item["name"], [])}) for item in CASES),
    _verdict,
)


def test_python_gives_each_case_its_verdict() -> None:
    found = {item["name"]: _python(item)["verdict"] for item in CASES}
    assert {name: found[name] for name in EXPECTED} == EXPECTED
    MISTAKES.check()


def test_a_mismatch_lists_the_likely_causes_and_never_the_secret() -> None:
    """Each message says what it must and shows no secret (the committed verdicts say which
    phrases it holds, and Node's messages hold the same)."""
    said = {name: verdict["says"] for name, verdict in MISTAKES.python().items()}
    assert said["a wrong secret"] == [
        "Likely causes: the body",
        "re-serialis",
        "another environment",
    ]
    assert said["two wrong secrets"] == ["checked with 2 secrets"]
    assert said["a padded wrong secret"] == ["secret 0 has whitespace"]
    assert said["a secret with a trailing newline"] == [
        PHRASES["a secret with a trailing newline"][0]
    ]
    assert said["tolerance 1e300"] == ["1e+300"]


def test_a_text_body_is_named_as_a_likely_cause() -> None:
    body = _lean()
    with pytest.raises(WebhookError, match="the body was passed as text"):
        bankcodes.receive("lean", body, _signed("lean", body.encode()), "whsec_other")


def test_dedup_keys_cannot_collide() -> None:
    named = {item["name"]: item for item in CASES}
    keyed = (
        "an id with a bar",
        "an id moved across the bar",
        "an id with a backslash",
        "an id that is a body digest",
        "no id",
        "an id that is the fallback",
    )
    keys = {name: _python(named[name]).get("dedupKey") for name in keyed}
    assert None not in keys.values() and len(set(keys.values())) == len(keyed)
    digest = hashlib.sha256(FALLBACK.encode()).hexdigest()
    assert keys["no id"] == f"lean:body-sha256:{digest}"
    assert keys["an id that is a body digest"] == "lean:id:sha256:" + "0" * 64
    assert keys["an id with a bar"] == "flinks:id:A\\|B|C"


@pytest.mark.parametrize(
    ("now", "accepted"),
    [
        (SENT.timestamp() + 30, True),
        (float("nan"), False),
        (1e300, False),
        (True, False),
        (10**400, False),
        (SENT.replace(tzinfo=None), False),
    ],
)
def test_python_takes_now_as_seconds_or_an_aware_datetime(now: Any, accepted: bool) -> None:
    body = _lean().encode()
    try:
        bankcodes.receive("lean", body, _signed("lean", body), SECRET, tolerance=60, now=now)
    except WebhookError as error:
        assert not accepted and error.reason == "bad_clock", error
        assert "now" in str(error)
    else:
        assert accepted


@pytest.mark.subprocess
def test_a_missing_payloads_extra_is_a_configuration_error() -> None:
    body = _lean()
    script = (
        "import sys; sys.modules['pydantic'] = None\n"
        "import bankcodes\n"
        "try:\n"
        f"    bankcodes.receive('lean', {body!r}, {_signed('lean', body.encode())!r}, {SECRET!r})\n"
        "except bankcodes.ConfigurationError as error:\n"
        "    print(error.reason, error)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert run.stdout.startswith("missing_dependency "), run.stderr[-1000:]
    assert "pip install 'bankcodes[payloads]'" in run.stdout


def test_a_strict_problem_shows_the_rejected_value() -> None:
    body = _lean(payload={"id": "p-1", "status": "NOT_A_STATUS" * 20})
    with pytest.raises(WebhookError) as raised:
        bankcodes.payloads.validate("lean/webhook", body, strict=True)
    message = str(raised.value)
    assert "$.payload.status: 'NOT_A_STATUSNOT_A_STATUS" in message
    assert "…" in message and "{" not in message.partition("\n")[2]


@pytest.mark.parametrize("tolerance", [10**400, float("nan"), float("inf"), -1, 31_622_401])
def test_python_refuses_a_tolerance_it_cannot_use(tolerance: Any) -> None:
    body = _lean().encode()
    with pytest.raises(WebhookError) as raised:
        bankcodes.receive("lean", body, _signed("lean", body), SECRET, tolerance=tolerance)
    assert raised.value.reason == "bad_tolerance" and "tolerance" in str(raised.value)
