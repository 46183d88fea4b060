"""bankcodes.consent_window over the shared corpus (tests/support/consent_windows.json), whose
windows were worked out by hand; Node gives the same
(tests/typescript/test_consent_window_node.py)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest

import bankcodes
from tests.support.helpers import ROOT, load_example

CASES: list[dict[str, Any]] = json.loads(
    (ROOT / "tests/support/consent_windows.json").read_text(encoding="utf-8")
)["cases"]


def moment(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_the_window_is_the_one_worked_out(case: dict[str, Any]) -> None:
    wish = dict(case["wish"])
    if "max_until" in wish:
        wish["max_until"] = moment(wish["max_until"])
    if "error" in case:
        with pytest.raises(ValueError, match=case["error"]):
            bankcodes.consent_window(moment(case["now"]), **wish)
        return
    window = bankcodes.consent_window(moment(case["now"]), **wish)
    assert window == (moment(case["valid_until"]), moment(case["renew_from"]))


def test_the_facts_longest_is_gocardless_180_days() -> None:
    # The corpus's provider cases rest on this fact (GoCardless's access_valid_for_days, at most
    # 180 in its consent facts).
    from bankcodes._provider_facts import CONSENTS

    assert getattr(CONSENTS["gocardless"], "max_days", None) == 180


def test_a_naive_now_is_the_callers_mistake() -> None:
    with pytest.raises(ValueError, match="no time zone"):
        bankcodes.consent_window(datetime(2026, 11, 28), max_days=90)


def test_the_sites_example_asks_gocardless_for_179_days() -> None:
    # 180 days less the day's margin; renewal a week before 2027-05-26T12:00Z.
    example = load_example("consent_window")
    days, renew_from = example.requisition_terms(moment("2026-11-28T12:00:00Z"))
    assert (days, renew_from) == (179, moment("2027-05-19T12:00:00Z"))
