"""Every code of the five seed documents is importable from Python with its exact text, a category
and its source; and every code of the spec is in the package with the spec's metadata."""

from __future__ import annotations

from typing import Any

import pytest

from bankcodes import Category, CodeEnum, CodeInfo, argyle, flinks, lean
from tests.support import seed_facts
from tests.support.helpers import provider_module, spec_data


def _texts(info: CodeInfo) -> set[str]:
    """Every published text the package holds for a code."""
    texts = {info.description, info.message, info.advice, info.steps_to_reproduce}
    for entry in info.http:
        texts |= {entry.cause, entry.message, entry.steps_to_reproduce}
    if info.test_user is not None:
        texts |= {info.test_user.username, info.test_user.password}
    return {text for text in texts if text is not None}


def _seed_files(member: CodeEnum) -> set[str | None]:
    return {source.seed for source in member.sources}


def test_lean_callback_statuses() -> None:
    assert tuple(lean.CallbackStatus) == seed_facts.LEAN_CALLBACK_STATUSES
    for member in lean.CallbackStatus:
        assert "000_9f1a0e3425c16444.txt" in _seed_files(member)


def test_lean_secondary_statuses_of_seed_000() -> None:
    assert len(seed_facts.LEAN_SECONDARY_STATUSES) == 44
    for value, reason in seed_facts.LEAN_SECONDARY_STATUSES:
        member = lean.SecondaryStatus(value)
        assert member.description == reason
        assert member.source.seed == "000_9f1a0e3425c16444.txt"
        assert member.category is not Category.UNKNOWN


def test_lean_region_scoped_consent_expired() -> None:
    member = lean.SecondaryStatus.CONSENT_EXPIRED
    assert member.info.scope is not None
    assert member.info.scope.regions == ("KSA",)
    assert member.source.url == "https://docs.leantech.me/v2.0-KSA/docs/linksdk-statuses"


def test_flinks_authorize_codes_of_seed_001() -> None:
    codes = {row[1] for row in seed_facts.FLINKS_AUTHORIZE_ROWS} - {"N/A"}
    assert len(codes) == 19
    for status, code, description, others in seed_facts.FLINKS_AUTHORIZE_ROWS:
        member = flinks.ApiErrorCode("OK" if code == "N/A" else code)
        assert status in member.http_statuses, code
        texts = _texts(member.info)
        assert description in texts, code
        for text in others:
            assert text in texts, (code, text)
        assert "001_65451f0f50dd2a55.txt" in _seed_files(member), code
        assert member.category is not Category.UNKNOWN


def test_flinks_invalid_login_keeps_both_causes_and_both_statuses() -> None:
    info = flinks.ApiErrorCode.INVALID_LOGIN.info
    causes = [entry.cause for entry in info.http if entry.cause is not None]
    assert causes == [
        "The provided LoginId is invalid",
        "The provided username or/and password is/are invalid",
    ]
    assert set(info.http_statuses) == {400, 401}


def test_flinks_connect_errors_of_seed_004() -> None:
    assert len(flinks.ConnectError) == len(seed_facts.FLINKS_CONNECT_ERRORS) == 10
    group_titles = {
        group_id: group["title"]
        for group_id, group in spec_data()["providers"]["flinks"]["code_sets"][
            "connect_error_event"
        ]["groups"].items()
    }
    for event, status, description, action, group in seed_facts.FLINKS_CONNECT_ERRORS:
        member = flinks.ConnectError(event)
        assert member.http_statuses == (status,)
        assert member.description == description
        assert member.advice == action
        assert member.info.group is not None
        assert group_titles[member.info.group] == group
        assert member.source.seed == "004_e14d5592085f96cc.txt"


def test_argyle_bank_connection_errors_of_seed_003() -> None:
    assert len(argyle.BankConnectionError) == 11
    for code, message in seed_facts.ARGYLE_BANK_CONNECTION_ERRORS:
        member = argyle.BankConnectionError(code)
        assert member.message == message
        assert member.description == message
        assert member.source.seed == "003_686140934127f979.txt"
    assert argyle.VerificationState(seed_facts.ARGYLE_SEED_STATE)
    assert argyle.WebhookEvent(seed_facts.ARGYLE_SEED_WEBHOOK)


def test_lean_flows_of_seed_002() -> None:
    for method, (required, optional) in seed_facts.LEAN_FLOW_FIELDS.items():
        info = lean.SDK_METHODS[lean.SdkMethod(method)]
        fields = {field.name: field for field in info.fields}
        for name in required:
            assert fields[name].required, (method, name)
        for name in optional:
            assert not fields[name].required, (method, name)
    shared = tuple(field.name for field in lean.SDK_SHARED_FIELDS)
    assert shared == seed_facts.LEAN_SHARED_FIELDS
    outcomes = lean.SDK_METHODS[lean.SdkMethod.connect].outcomes
    assert tuple((o.status.value, o.description) for o in outcomes) == (
        seed_facts.LEAN_CONNECT_OUTCOMES
    )
    for method, replacement in seed_facts.LEAN_DEPRECATED_METHODS:
        member = lean.SdkMethod(method)
        assert member.deprecated
        assert member.info.lifecycle is not None
        assert member.info.lifecycle.replaced_by == replacement


def test_every_sdk_method_of_the_issue_is_present() -> None:
    expected = {
        "connect",
        "reconnect",
        "pay",
        "checkout",
        "updatePaymentSource",
        "verifyAddress",
        "authorizeConsent",
        "manageConsents",
        "captureRedirect",
        "createBeneficiary",
        "createPaymentSource",
        "link",
    }
    assert {member.value for member in lean.SdkMethod} == expected
    assert set(lean.SDK_METHODS) == set(lean.SdkMethod)


#: The spec, read once for the tests of every code (which only read it).
SPEC = spec_data()


def _spec_codes() -> list[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    rows = []
    for provider_id, provider in SPEC["providers"].items():
        for set_id, code_set in provider["code_sets"].items():
            for code in code_set["codes"]:
                rows.append((provider_id, set_id, code_set, code))
    return rows


def _enum_for(provider: str, code_set: dict[str, Any]) -> type[CodeEnum]:
    module = provider_module(provider)
    enum_class: type[CodeEnum] = getattr(module, code_set["class_name"])
    return enum_class


@pytest.mark.parametrize(
    ("provider", "set_id", "code_set", "code"),
    _spec_codes(),
    ids=[f"{p}.{s}.{c['value']}" for p, s, _, c in _spec_codes()],
)
def test_every_spec_code_is_in_the_package_with_its_metadata(
    provider: str, set_id: str, code_set: dict[str, Any], code: dict[str, Any]
) -> None:
    data = SPEC
    enum_class = _enum_for(provider, code_set)
    member = enum_class(code["value"])
    assert member.name == code.get("name", code["value"])
    assert member.description == code.get("description", code.get("message"))
    assert member.message == code.get("message")
    assert member.advice == code.get("advice")
    category_id = code.get("category", code_set.get("category"))
    assert member.category.value == category_id
    assert member.retryable is code.get("retryable", data["categories"][category_id]["retryable"])
    assert member.category.name == data["categories"][category_id]["name"]
    expected_statuses = list(dict.fromkeys(entry["status"] for entry in code.get("http", [])))
    assert list(member.http_statuses) == expected_statuses
    expected_sources = code.get("sources", code_set["sources"])
    assert [source.id for source in member.sources] == expected_sources
    assert member.source.url == data["sources"][expected_sources[0]].get("url")
    assert member.deprecated is ("lifecycle" in code)
    assert member.aliases == tuple(code.get("aliases", ()))
    assert member.info.editorial is code.get("editorial", False)
    assert enum_class.code_set().id == set_id
    assert enum_class.code_set().provider == provider


def test_every_code_set_is_an_enum_of_exactly_its_codes() -> None:
    for provider_id, provider in spec_data()["providers"].items():
        module = provider_module(provider_id)
        assert [cls.__name__ for cls in module.CODE_SETS] == [
            code_set["class_name"] for code_set in provider["code_sets"].values()
        ]
        for code_set in provider["code_sets"].values():
            enum_class = _enum_for(provider_id, code_set)
            assert [m.value for m in enum_class] == [c["value"] for c in code_set["codes"]]


def test_categories_match_the_spec() -> None:
    categories = spec_data()["categories"]
    assert [c.value for c in Category] == list(categories)
    for member in Category:
        entry = categories[member.value]
        assert member.name == entry["name"]
        assert member.label == entry["title"]
        assert member.description == entry["description"]
        assert member.retryable is entry["retryable"]
        assert member.actor.value == entry["actor"]
        assert member.action == entry["action"]
