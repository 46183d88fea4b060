"""Every code of the five seed documents is importable from Python with its exact text, a category
and its source; and every code of the spec is in the package with the spec's metadata."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, NamedTuple

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


class Code(NamedTuple):
    """A code of the spec (raw JSON) with what it is read against."""

    provider: str
    set_id: str
    code_set: dict[str, Any]
    code: dict[str, Any]

    @property
    def where(self) -> str:
        return f"{self.provider}.{self.set_id}.{self.code['value']}"


def _spec_codes(spec: dict[str, Any]) -> list[Code]:
    return [
        Code(provider_id, set_id, code_set, code)
        for provider_id, provider in spec["providers"].items()
        for set_id, code_set in provider["code_sets"].items()
        for code in code_set["codes"]
    ]


def _enum_for(spec: dict[str, Any], provider: str, code_set: dict[str, Any]) -> type[CodeEnum]:
    module = importlib.import_module(f"bankcodes.{spec['providers'][provider]['module']}")
    enum_class: type[CodeEnum] = getattr(module, code_set["class_name"])
    return enum_class


#: What a code's member holds, as the spec's header defines each field and its default.
Expected = Callable[[dict[str, Any], Code], dict[str, object]]
Found = Callable[[CodeEnum], dict[str, object]]


def _offenders(spec: dict[str, Any], expected: Expected, found: Found) -> list[str]:
    """Every difference between what the spec says of each code and what the package holds, one
    line per code and field (provider.code_set.value: field: spec …, package …)."""
    lines = []
    for row in _spec_codes(spec):
        enum_class = _enum_for(spec, row.provider, row.code_set)
        try:
            member = enum_class(row.code["value"])
        except ValueError:
            lines.append(f"{row.where}: not a member of {enum_class.__name__}")
            continue
        held = found(member)
        for field, value in expected(spec, row).items():
            if held[field] != value or type(held[field]) is not type(value):
                lines.append(f"{row.where}: {field}: spec {value!r}, package {held[field]!r}")
    return lines


def _identity(spec: dict[str, Any], row: Code) -> dict[str, object]:
    return {
        "name": row.code.get("name", row.code["value"]),
        "code set": (row.set_id, row.provider),
        "aliases": tuple(row.code.get("aliases", ())),
    }


def _held_identity(member: CodeEnum) -> dict[str, object]:
    code_set = type(member).code_set()
    return {
        "name": member.name,
        "code set": (code_set.id, code_set.provider),
        "aliases": member.aliases,
    }


def _texts_of(spec: dict[str, Any], row: Code) -> dict[str, object]:
    code = row.code
    return {
        # The description is the message where the provider publishes only that.
        "description": code.get("description", code.get("message")),
        "message": code.get("message"),
        "advice": code.get("advice"),
        "editorial": code.get("editorial", False),
    }


def _held_texts(member: CodeEnum) -> dict[str, object]:
    return {
        "description": member.description,
        "message": member.message,
        "advice": member.advice,
        "editorial": member.info.editorial,
    }


def _category_of(spec: dict[str, Any], row: Code) -> dict[str, object]:
    # A code's category, else its code set's default; retryable, else its category's.
    category_id = row.code.get("category", row.code_set.get("category"))
    category = spec["categories"].get(category_id, {})
    return {
        "category": category_id,
        "category name": category.get("name"),
        "retryable": row.code.get("retryable", category.get("retryable")),
    }


def _held_category(member: CodeEnum) -> dict[str, object]:
    return {
        "category": member.category.value,
        "category name": member.category.name,
        "retryable": member.retryable,
    }


def _facts_of(spec: dict[str, Any], row: Code) -> dict[str, object]:
    code = row.code
    # The sources are the code's, else its code set's; the first is the one shown.
    sources = code.get("sources", row.code_set["sources"])
    return {
        "http statuses": tuple(dict.fromkeys(entry["status"] for entry in code.get("http", []))),
        "sources": tuple(sources),
        "first source's url": spec["sources"][sources[0]].get("url"),
        "deprecated": "lifecycle" in code,
    }


def _held_facts(member: CodeEnum) -> dict[str, object]:
    return {
        "http statuses": tuple(member.http_statuses),
        "sources": tuple(source.id for source in member.sources),
        "first source's url": member.source.url,
        "deprecated": member.deprecated,
    }


def test_every_spec_code_is_its_code_set_s_member_by_its_name() -> None:
    assert _offenders(SPEC, _identity, _held_identity) == []


def test_every_spec_code_has_its_texts() -> None:
    assert _offenders(SPEC, _texts_of, _held_texts) == []


def test_every_spec_code_has_its_category_and_retryability() -> None:
    assert _offenders(SPEC, _category_of, _held_category) == []


def test_every_spec_code_has_its_statuses_sources_and_lifecycle() -> None:
    assert _offenders(SPEC, _facts_of, _held_facts) == []


def test_each_check_names_every_code_that_differs() -> None:
    """Each of the four checks above, given a spec that says otherwise of two codes (and names a
    code the package lacks), reports those codes and nothing else."""
    spec = spec_data()
    codes = spec["providers"]["flinks"]["code_sets"]["api_error_code"]["codes"]
    first, second = codes[0], codes[1]
    first["name"] = "NOT_ITS_NAME"
    first["description"] = "Not its description."
    first["category"] = "unknown"
    first["http"] = [{"status": 599}]
    second["aliases"] = ["not-an-alias"]
    second["advice"] = "Not its advice."
    second["retryable"] = not second.get("retryable", False)
    second["lifecycle"] = {"state": "deprecated"}
    codes.append({"value": "NOT_A_FLINKS_CODE", "description": "x"})
    where = [f"flinks.api_error_code.{code['value']}" for code in (first, second)]
    lacking = "flinks.api_error_code.NOT_A_FLINKS_CODE: not a member of ApiErrorCode"
    checks = (
        (_identity, _held_identity, [f"{where[0]}: name", f"{where[1]}: aliases"]),
        (_texts_of, _held_texts, [f"{where[0]}: description", f"{where[1]}: advice"]),
        (_category_of, _held_category, [f"{where[0]}: category", f"{where[1]}: retryable"]),
        (_facts_of, _held_facts, [f"{where[0]}: http statuses", f"{where[1]}: deprecated"]),
    )
    for expected, found, named in checks:
        lines = _offenders(spec, expected, found)
        assert lines[-1] == lacking
        assert set(named) <= {line.split(": spec ")[0] for line in lines[:-1]}, lines
        assert all(line.startswith(tuple(where)) for line in lines[:-1]), lines


def test_every_code_set_is_an_enum_of_exactly_its_codes() -> None:
    for provider_id, provider in spec_data()["providers"].items():
        module = provider_module(provider_id)
        assert [cls.__name__ for cls in module.CODE_SETS] == [
            code_set["class_name"] for code_set in provider["code_sets"].values()
        ]
        for code_set in provider["code_sets"].values():
            enum_class = _enum_for(SPEC, provider_id, code_set)
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
