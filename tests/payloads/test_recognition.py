"""The runtime's recognition (bankcodes._recognition), which every reader and the generator's
check of the published examples share: a body is tried against the rules filed under its own keys
alone, so reading every provider's bodies costs time linear in the bodies, not in bodies times
kinds; and the kinds it fits come most specific first."""

from __future__ import annotations

import pytest

from bankcodes import _recognition
from bankcodes._kinds import Recognition

KNOWN = {("acme.error_code", "ACME_DOWN")}


def _known(ref: str, value: str) -> bool:
    return (ref, value) in KNOWN


@pytest.fixture
def attempts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The kinds whose rules are tried against a body, one entry an attempt."""
    tried: list[str] = []
    matches = _recognition.matches

    def counting(rule: Recognition, data: object, known: _recognition.Known) -> bool:
        tried.append(next(kind for kind, rules in KINDS.items() if rule in rules))
        return matches(rule, data, known)

    monkeypatch.setattr(_recognition, "matches", counting)
    return tried


#: 2,000 kinds, each claimed by a key of its own beside the `message` they all carry.
KINDS = {f"p{n}/error": (Recognition(present=(f"p{n}_trace", "message")),) for n in range(2000)} | {
    "acme/error": (
        Recognition(present=("error.message",), codes={"error.code": ("acme.error_code",)}),
    ),
    "acme/webhook": (Recognition(present=("error",), absent=("data",)),),
}


def test_a_body_is_tried_against_the_rules_of_its_own_keys_alone(attempts: list[str]) -> None:
    recogniser = _recognition.Recogniser(KINDS, _known)
    body = {"p1234_trace": "x", "message": "m", "detail": "d", "status": 500}
    assert recogniser.ranked(body) == ("p1234/error",)
    assert attempts == ["p1234/error"]
    attempts.clear()
    assert recogniser.ranked({"message": "m", "status": 500}) == ()
    assert attempts == []


def test_the_most_specific_kind_comes_first_then_catalog_order() -> None:
    recogniser = _recognition.Recogniser(KINDS, _known)
    body = {"error": {"code": "ACME_DOWN", "message": "down"}}
    assert recogniser.ranked(body) == ("acme/error", "acme/webhook")
    assert recogniser.ranked(body, ["acme/webhook"]) == ("acme/webhook",)
    # A code its code set does not know leaves the plainer rule alone.
    assert recogniser.ranked({"error": {"code": "OTHER", "message": "x"}}) == ("acme/webhook",)
    assert recogniser.ranked({"error": {}, "data": {}}) == ()


def test_a_rule_for_a_given_provider_applies_only_where_it_is_given() -> None:
    kinds = {"acme/status": (Recognition(present=("status",), provider_given=True),)}
    assert _recognition.Recogniser(kinds, _known).ranked({"status": "ok"}) == ()
    given = _recognition.Recogniser(kinds, _known, every_rule=True)
    assert given.ranked({"status": "ok"}) == ("acme/status",)
