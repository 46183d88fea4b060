"""Bridge's facts, typed from its sources: the parts read of its pages on docs.bridgeapi.io (the
Item resource pages of v2019.02.18 and today, API basics, the v2019 API responses, Secure your
webhooks, Webhooks events and Strong Customer Authentication) and its Sylius plugin
(BridgeAPI-Io/Plugin-Sylius-Bridge at b17cdf4b8c75795c9403d1dd62f13e910d7e44f1). An item's status
is the item's state, never an HTTP status, even where its number is one (402, 429)."""

from __future__ import annotations

import hashlib
import hmac
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

import bankcodes
from bankcodes import Category, payloads, signatures
from codegen.spec.decisions import STATES
from tests.support.helpers import provider_module, spec_data

bridge = provider_module("bridge")

NEEDS_HUMAN_ACTION = (
    "An action from the user is required within the online banking of the user. This can occur "
    "when the user needs to accept new Terms of Service, change their credentials, or when it's "
    "their first time connecting to the bank's website."
)
INCOMPLETE = (
    "The account balance has changed, but no new transactions were found. This can happen with "
    "stock or life insurance accounts."
)
PRO_ACCOUNT_LOCKED = (
    "Pro accounts have been detected on this Item and it needs validation. Otherwise the data "
    "will be obfuscated."
)
NEEDS_MANUAL_REFRESH = (
    "The item wasn't refreshed successfully because it required a Multi-Factor Authentication "
    "(MFA) or One-Time Password (OTP) that wasn't provided."
)
#: Items statuses (today's page), its Status table in its words; the Status column (each code's
#: name) and 430, which today's page does not list, from the Item resource v2019.02.18.
ITEM_STATUS = [
    (0, "ok", "Everything is awesome."),
    (-2, "just_added", "The item was recently added, and the item's refresh is in progress."),
    (-3, "just_edited", "The credentials were recently updated, and the item's refresh is in progress."),  # noqa: E501
    (402, "login_failed", "Wrong credentials were provided."),
    (429, "needs_human_action", NEEDS_HUMAN_ACTION),
    (430, "needs_password_rotation", "The User needs to log onto his bank's website to change his password."),  # noqa: E501
    (1003, "could_not_refresh", "Couldn't refresh the item; please try again."),
    (1005, "not_supported", "Account not supported."),
    (1007, "disabled_temporarily", "Refreshing the item is temporarily disabled."),
    (1009, "incomplete", INCOMPLETE),
    (1010, "needs_manual_refresh", NEEDS_MANUAL_REFRESH),
    (1099, "migration", "The item is being migrated to another bank."),
    (1100, "pro_account_locked", PRO_ACCOUNT_LOCKED),
]  # fmt: skip
#: Items statuses (today's page), "status_code_info and status_code_description": the 402 row
#: whole, and the 429 row as far as the copy read goes, in the page's (lower) case.
PAGE_402 = [
    "invalid_creds", "wrong_id", "wrong_id_format", "wrong_pwd", "wrong_pwd_format", "wrong_pwd2",
    "wrong_pwd2_format", "account_temporarily_blocked", "account_blocked",
    "account_blocked_contact_bank",
]  # fmt: skip
PAGE_429 = ["tos_to_validate", "contract_to_sign", "inactive_creds", "account_to_activate"]
#: Items status v2019.02.18: its 429 list, in upper case, as far as the copy read goes.
V2019_429 = [
    "TOS_TO_VALIDATE", "CONTRACT_TO_SIGN", "INACTIVE_CREDS", "ACCOUNT_TO_ACTIVATE",
    "PHONE_NB_TO_CONFIRM", "INFORMATION_TO_REVIEW", "SMTH_TO_VALIDATE", "OTP_REGISTRATION_TO_DO",
    "KYC_TO_FILL", "AMLCFT_DATA_TO_CONFIRM", "PHONE_NB_TO_SET", "PERSO_DATA_TO_CONFIRM",
    "FORM_TO_FILL", "READONLY_ACCESS_TO_CREATE", "CANNOT_ACCESS_SERVICES", "NO_ONLINE_ACCESS",
    "CREDS_UPDATE_MESSAGE", "UNLOCK_OTP_IN_APP",
]  # fmt: skip
#: Bridge's help center, "402 status" and "429 status" (each read whole): each status code info
#: with its meaning, in the articles' words.
SUPPORT_402 = {
    "INVALID_CREDS": "Credentials are invalid.",
    "WRONG_ID": "User ID is invalid .",
    "WRONG_ID_FORMAT": "User ID format is not correct.",
    "WRONG_PWD": "Password is invalid.",
    "WRONG_PWD_FORMAT": "Password format is not correct.",
    "ACCOUNT_TEMPORARILY_BLOCKED": "Due to several unsuccessful login attempts, the bank has temporarily blocked the user access.",  # noqa: E501
    "ACCOUNT_BLOCKED": "Due to several unsuccessful login attempts, the bank has blocked the user access.",  # noqa: E501
    "ACCOUNT_BLOCKED_CONTACT_BANK": "Due to several unsuccessful login attempts, the bank has blocked the user access.",  # noqa: E501
}  # fmt: skip
_TOS = "Terms of service to validate on bank website."
_INACTIVE = "Access have been deactivated by the bank (account close, ...)."
_ACTIVATE = "User has to log in on its bank website for the first time."
_PHONE = "User phone number needs to be set or confirmed on bank website."
_REVIEW = "an action is required on the bank website."
_NO_ACCESS = "User does not have access to the bank service."
_UNLOCK = "User has to unlock SCA OTP through its bank interface (mobile app or web)."
SUPPORT_429 = {
    "TOS_TO_VALIDATE": _TOS, "CONTRACT_TO_SIGN": _TOS,
    "INACTIVE_CREDS": _INACTIVE, "INACTIVE_CREDS_CONTACT_BANK": _INACTIVE,
    "ACCOUNT_TO_ACTIVATE": _ACTIVATE, "ACCOUNT_TO_REACTIVATE": _ACTIVATE,
    "PHONE_NB_TO_SET": _PHONE, "PHONE_NB_TO_CONFIRM": _PHONE,
    "INFORMATION_TO_REVIEW": _REVIEW, "SMTH_TO_VALIDATE": _REVIEW,
    "OTP_REQUIRED_BANK": "A Strong Customer Authentication is required on the bank website.",
    "OTP_REGISTRATION_TO_DO": "User has to connect to bank to perform OTP registration.",
    "PERSO_DATA_TO_CONFIRM": "User is required to update or validate its personal data on its bank website.",  # noqa: E501
    "FORM_TO_FILL": "User has to fill a form on its bank website.",
    "NO_ONLINE_ACCESS": _NO_ACCESS, "CANNOT_ACCESS_SERVICES": _NO_ACCESS,
    "NO_ACCESS_CONTACT_BANK": _NO_ACCESS, "EXPIRED_ID_CONTACT_BANK": _NO_ACCESS,
    "CREDS_UPDATE_MESSAGE": "User has to update its credentials on its bank website.",
    "UNLOCK_OTP_IN_APP": _UNLOCK, "UNLOCK_OTP_IN_WEB": _UNLOCK,
    "CONTACT_BANK": "User has to contact its bank adviser.",
    "PWD_RENEWAL": "User has to renew its password on the bank website.",
}  # fmt: skip
#: API basics (v3) and API responses (v2019.2.18): the HTTP status codes, in order.
HTTP = [200, 201, 202, 204, 400, 401, 403, 404, 409, 415, 422, 429, 500]
#: API basics: "Payment Required" is no Bridge HTTP status; 402 is an item's login_failed.
#: Secure your webhooks (v2019.2.18): the header.
HEADER = "BridgeApi-Signature"
#: Secure your webhooks (today's page): the previous secret after an update.
ROTATION = "The previous secret remains valid for 24 hours after the update"
#: Strong Customer Authentication: the consent's lifetime.
SCA_DAYS = 180
#: API basics: the rate limits.
LIMITS = (
    "2000 requests per Application within a 5-minute period",
    "60 requests per User within a 60-second period",
)
#: Item resource (today): the example item resource, its trailing comma dropped.
ITEM = {
    "id": 187741, "resource_uri": "/v2/items/187741", "resource_type": "item", "status": 1003,
    "status_code_info": "BANK_IS_DOWN", "status_code_description": "Your bank's interface is down for now.",  # noqa: E501
}  # fmt: skip
#: Webhooks events: the User deleted example.
USER_DELETED = {
    "content": {"user_uuid": "766b2f5d-a942-492c-9ea7-2e5aa88cb672"},
    "timestamp": 1612782588323,
    "type": "user.deleted",
}


def _set(code_set: str) -> Any:
    return spec_data()["providers"]["bridge"]["code_sets"][code_set]


def test_the_item_statuses_are_the_list_s_in_its_order_and_words() -> None:
    codes = _set("item_status")["codes"]
    assert [(c["value"], c["name"], c["description"]) for c in codes] == ITEM_STATUS
    assert _set("item_status")["wire_type"] == "integer"
    assert _set("item_status")["states"] is True


def _details(group: str) -> list[dict[str, Any]]:
    return [c for c in _set("status_code_info")["codes"] if c.get("group") == group]


def _spellings(code: dict[str, Any]) -> set[str]:
    return {code["value"], *code.get("aliases", [])}


@pytest.mark.parametrize(
    ("group", "page", "others", "support"),
    [
        ("login_failed", PAGE_402, [], SUPPORT_402),
        ("needs_human_action", PAGE_429, V2019_429, SUPPORT_429),
    ],
)
def test_the_details_of_402_and_429_are_the_items_statuses_lists(
    group: str, page: list[str], others: list[str], support: dict[str, str]
) -> None:
    """Every status code info the pages list under the item's 402 or 429, each once: today's
    page's spelling first (lower case), the older pages' upper case as its alias."""
    codes = _details(group)
    assert [c["value"] for c in codes[: len(page)]] == page
    listed = {v.upper() for v in page} | set(others) | set(support)
    assert {v.upper() for c in codes for v in _spellings(c)} == listed
    assert len(codes) == len(listed)
    for code in codes:
        upper = code["value"].upper()
        assert code.get("editorial", False) is (upper not in support), code["value"]
        if upper in support:
            assert code["description"] == support[upper]
        if code["value"] in page:
            assert code["aliases"] == [upper]


def test_an_item_s_detail_is_read_in_either_case() -> None:
    assert bridge.StatusCodeInfo("wrong_pwd").category is Category.CREDENTIALS_INVALID
    assert bridge.StatusCodeInfo("WRONG_PWD") is bridge.StatusCodeInfo("wrong_pwd")
    assert bridge.StatusCodeInfo("account_blocked").category is Category.ATTEMPTS_EXHAUSTED
    blocked = bridge.StatusCodeInfo("TOS_TO_VALIDATE")
    assert blocked.category is Category.ACTION_REQUIRED_AT_INSTITUTION
    body = {**ITEM, "status": 429, "status_code_info": "contract_to_sign"}
    every = [(f.path, f.code) for f in payloads.codes("bridge/item", body)]
    assert every == [
        ("$.status", bridge.ItemStatus(429)),
        ("$.status_code_info", bridge.StatusCodeInfo("contract_to_sign")),
    ]


def test_an_item_s_402_is_its_login_failed_state_not_payment_required() -> None:
    body = {**ITEM, "status": 402}
    assert payloads.identify(body).kinds == ("bridge/item",)
    found = payloads.decisive_code("bridge/item", body)
    assert found is not None
    assert (found.path, found.code_set) == ("$.status", "bridge.item_status")
    assert found.code is bridge.ItemStatus(402)
    assert found.code.category is Category.CREDENTIALS_INVALID
    decision = bankcodes.decide(body)
    assert decision.code is not None
    assert (decision.state, decision.code.code_set) == ("needs_end_user", "bridge.item_status")


def test_an_item_s_status_decides_before_its_detail() -> None:
    every = [(f.path, f.code_set) for f in payloads.codes("bridge/item", ITEM)]
    assert every == [
        ("$.status", "bridge.item_status"),
        ("$.status_code_info", "bridge.status_code_info"),
    ]
    assert bridge.StatusCodeInfo("BANK_IS_DOWN").category is Category.INSTITUTION_UNAVAILABLE


def test_the_http_statuses_are_the_pages_list_apart_from_the_item_statuses() -> None:
    assert [c["value"] for c in _set("response_status")["codes"]] == HTTP
    assert bridge.ResponseStatus(429).category is Category.RATE_LIMITED
    assert bridge.ItemStatus(429).category is Category.ACTION_REQUIRED_AT_INSTITUTION


def test_the_error_bodies_are_bridge_s_by_their_shape() -> None:
    """API basics: {code, property, message}; API responses v2019.2.18: {type, message,
    documentation_url}, Bridge's by a documentation_url on its documentation host (the page's
    example has none, and its one type, conflict, is a code many APIs send). A bare {code,
    message} and the page's example are read only where the provider is given."""
    v3 = {"code": "invalid_client_credentials", "property": "client_id", "message": "m"}
    assert payloads.identify(v3).kinds == ("bridge/error",)
    assert payloads.identify({"code": "invalid_client_credentials", "message": "m"}).kind is None
    v2019 = {"type": "conflict", "message": "m", "documentation_url": None}
    assert payloads.identify(v2019).kinds == ()
    assert payloads.identify(v2019, "bridge").kinds == ("bridge/error-v2019",)
    documented = {
        **v2019,
        "documentation_url": "https://docs.bridgeapi.io/v2019.2.18/docs/api-responses",
    }
    assert payloads.identify(documented).kinds == ("bridge/error-v2019",)
    found = payloads.decisive_code("bridge/error-v2019", v2019)
    assert found is not None and found.code is bridge.ErrorType("conflict")


def test_a_webhook_is_bridge_s_and_decided_by_its_type() -> None:
    assert payloads.identify(USER_DELETED).kinds == ("bridge/webhook",)
    found = payloads.decisive_code("bridge/webhook", USER_DELETED)
    assert found is not None and found.code is bridge.WebhookType("user.deleted")
    # The Sylius plugin's constants (src/Client/BridgePaymentApiClient.php).
    assert bridge.WebhookType("payment.transaction.updated").category is Category.INFORMATIONAL
    assert bridge.WebhookType("TEST_EVENT").category is Category.INFORMATIONAL


def test_the_decision_facts_are_the_pages() -> None:
    provider = spec_data()["providers"]["bridge"]
    assert provider["rate_limits"]["statuses"] == [429]
    for limit in LIMITS:
        assert limit in provider["rate_limits"]["thresholds"]
    assert provider["consent"]["max_days"] == SCA_DAYS
    assert provider["consent"]["ended_by"] == [{"code_set": "item_status", "code": "1010"}]


def _bridge_header(body: bytes, *secrets: str) -> str:
    """BridgeWebhookService::checkSignatures: items split on ",", each "v1=" and
    strtoupper(hash_hmac('SHA256', payload, secret))."""
    return ",".join(
        "v1=" + hmac.new(s.encode(), body, hashlib.sha256).hexdigest().upper() for s in secrets
    )


def test_the_signature_is_the_sylius_plugin_s_format() -> None:
    scheme = spec_data()["providers"]["bridge"]["signing"]
    assert scheme["headers"] == [HEADER]
    assert ROTATION in scheme["notes"]
    body = json.dumps(USER_DELETED).encode()
    assert signatures.sign("bridge", body, "new") == {HEADER: _bridge_header(body, "new")}
    header = {HEADER: _bridge_header(body, "old", "new")}
    assert signatures.check("bridge", body, header, "new").secret_index == 0
    assert signatures.check("bridge", body, header, ["x", "old"]).secret_index == 1


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("v1=" + "A" * 64, "mismatch"),
        ("v1=" + "a" * 64, "bad_encoding"),
        ("v1=" + "A" * 64 + ",x", "bad_encoding"),
        (",".join(["v1=" + "A" * 64] * 17), "bad_encoding"),
        ("v1=" + "A" * 100_000, "wrong_algorithm"),
    ],
)
def test_a_forged_or_hostile_signature_is_refused(value: str, reason: str) -> None:
    body = json.dumps(USER_DELETED).encode()
    with pytest.raises(signatures.SignatureError) as raised:
        signatures.verify("bridge", body, {HEADER: value}, "new")
    assert raised.value.reason == reason
    assert len(str(raised.value)) < 300


def test_receive_verifies_and_reads_a_signed_webhook() -> None:
    body = json.dumps(USER_DELETED).encode()
    event = bankcodes.receive("bridge", body, {HEADER: _bridge_header(body, "s")}, "s")
    assert event.signed is True
    tampered = body.replace(b"user.deleted", b"item.created")
    with pytest.raises(signatures.SignatureError):
        bankcodes.receive("bridge", tampered, {HEADER: _bridge_header(body, "s")}, "s")


def test_every_item_status_maps_onto_the_state_model() -> None:
    """The item status is Bridge's one status set (the list of item status codes); each of its
    codes has a state of the model, its own or its category's."""
    flagged = [name for name, body in _set_all().items() if body.get("states")]
    assert flagged == ["item_status"]
    for member in bridge.ItemStatus:
        info = member.info
        state = info.state if info.state is not None else info.category.info.state
        assert state in STATES, member
    assert bridge.ItemStatus(1003).info.state == "degraded"


def _set_all() -> Any:
    return spec_data()["providers"]["bridge"]["code_sets"]


def test_node_signs_and_verifies_as_the_sylius_plugin_does(typescript_dist: Path) -> None:
    body = json.dumps(USER_DELETED)
    header = _bridge_header(body.encode(), "old", "new")
    script = f"""
import {{ sign, verify }} from {json.dumps((typescript_dist / "webhooks.js").as_uri())};
const body = {json.dumps(body)};
const signed = await sign("bridge", body, "new");
const both = {{ {json.dumps(HEADER)}: {json.dumps(header)} }};
const lower = {{ {json.dumps(HEADER)}: {json.dumps(header.lower())} }};
const verified = await verify("bridge", body, both, ["x", "new"]);
let refused = null;
try {{ await verify("bridge", body, lower, "new"); }}
catch (error) {{ refused = error.reason; }}
console.log(JSON.stringify([signed, verified.secretIndex, refused]));
"""
    run = subprocess.run(
        ["node", "--input-type=module", "-e", script], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stderr
    signed, index, refused = json.loads(run.stdout)
    assert signed == {HEADER: _bridge_header(body.encode(), "new")}
    assert (index, refused) == (1, "bad_encoding")
