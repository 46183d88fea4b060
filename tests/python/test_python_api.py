"""The Python API: metadata, lenient parse, strict constructor, classify, lookup, SDK records.
What importing the package loads, and when, is test_lazy_loading.py's."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bankcodes
from bankcodes import (
    Actor,
    Category,
    UnknownCode,
    argyle,
    classify,
    flinks,
    lean,
    lookup,
    plaid,
    truelayer,
)
from tests.support.helpers import provider_module, run_node


def test_member_metadata() -> None:
    member = lean.SecondaryStatus.INVALID_MFA
    assert member == "INVALID_MFA"
    assert member.description == "User entered an incorrect OTP"
    assert member.category is Category.MFA_FAILED
    assert member.retryable is False  # the same wrong passcode fails again
    assert member.end_user_can_retry is True  # the customer can enter it again
    assert member.advice is None
    assert member.http_statuses == ()
    assert member.source.seed == "000_9f1a0e3425c16444.txt"
    assert member.deprecated is False
    assert member.known is True


def test_flinks_metadata_with_http_and_test_user() -> None:
    member = flinks.ApiErrorCode.RETRY_LATER
    assert member.http_statuses == (401, 400)
    assert member.advice == "Customer should try again later."
    assert member.info.test_user is not None
    assert member.info.test_user.username == "test_service_unavailable"
    assert member.category is Category.INSTITUTION_UNAVAILABLE
    assert member.category.actor is Actor.INSTITUTION


def test_stored_identifier_for_a_hyphenated_code() -> None:
    member = argyle.VerificationError("self-employed_income")
    assert member is argyle.VerificationError.self_employed_income
    assert member.value == "self-employed_income"
    assert argyle.ReportType("voe-transactions").name == "voe_transactions"


@pytest.mark.parametrize(
    ("enum_class", "value"),
    [
        (lean.SecondaryStatus, "OK"),
        (flinks.ConnectError, "DISABLED_LOGIN"),
        (argyle.BankConnectionError, "token_invalid_or_expired"),
        (lean.WebhookEventType, "entity.data.refresh.updated"),
    ],
)
def test_parse_known(enum_class: Any, value: str) -> None:
    parsed = enum_class.parse(value)
    assert parsed is enum_class(value)
    assert parsed.known


@pytest.mark.parametrize(
    "raw",
    [
        " ",
        "OK ",
        "ok",
        "INVALID_MF",
        "\u0000",
        "\U0001f600",
        "\u0627\u0644\u062e\u0637\u0623",
        "x" * 10_000,
    ],
)
def test_parse_unknown_keeps_the_raw_string(raw: str) -> None:
    parsed = lean.SecondaryStatus.parse(raw)
    assert isinstance(parsed, UnknownCode)
    assert parsed == raw
    assert parsed.value == raw
    assert parsed.known is False
    assert parsed.category is Category.UNKNOWN
    assert parsed.retryable is Category.UNKNOWN.retryable
    assert parsed.code_set_class is lean.SecondaryStatus
    assert parsed.source is None
    assert parsed.http_statuses == ()
    assert repr(parsed) == f"UnknownCode({raw!r}, code_set=SecondaryStatus)"


def test_parse_accepts_aliases() -> None:
    assert lean.Permission.parse("scheduledPayments") is lean.Permission.scheduled_payments
    assert lean.Permission("directDebits") is lean.Permission.direct_debits


def test_parse_takes_none_and_rejects_other_non_strings() -> None:
    # Lean's SDK typing allows secondary_status: null (a cancelled session).
    assert lean.SecondaryStatus.parse(None) is None
    # "" is no code either (React Native bridges send it for a missing one), a subclass too.
    assert lean.SecondaryStatus.parse("") is None
    assert lean.SecondaryStatus.parse(UnknownCode("", lean.SecondaryStatus)) is None
    with pytest.raises(TypeError, match="expects a str or None"):
        lean.SecondaryStatus.parse(["OK"])  # type: ignore[call-overload]


def test_parse_takes_whatever_a_code_field_holds() -> None:
    member = flinks.ConnectError.INVALID_LOGIN
    assert flinks.ApiErrorCode.parse(member) is flinks.ApiErrorCode.INVALID_LOGIN
    unknown = lean.PaymentStatus.parse("NEW")
    assert isinstance(unknown, UnknownCode)
    assert lean.SecondaryStatus.parse(unknown).code_set_class is lean.SecondaryStatus  # type: ignore[union-attr]
    assert lean.PaymentStatus.parse(unknown) == "NEW"


def test_an_unknown_code_has_info_and_no_name() -> None:
    unknown = lean.SecondaryStatus.parse("NEW")
    assert isinstance(unknown, UnknownCode)
    assert unknown.name is None
    assert unknown.info.value == "NEW" and unknown.info.category is Category.UNKNOWN
    assert unknown.info.description == Category.UNKNOWN.description


def test_long_unknown_values_are_not_remembered() -> None:
    from bankcodes import _base

    remembered = len(_base._PARSED[flinks.ApiErrorCode])
    huge = "X" * 2_000_000
    for _ in range(3):
        assert lookup("flinks", huge) == ()
        assert flinks.ApiErrorCode.parse(huge) == huge
    assert len(_base._PARSED[flinks.ApiErrorCode]) == remembered
    with pytest.raises(ValueError) as raised:
        flinks.ApiErrorCode(huge * 25)  # 50 MB: no close-match search over it
    assert "closest" not in str(raised.value) and len(str(raised.value)) < 500


def test_classify_remembers_a_bounded_number_of_short_unknown_values() -> None:
    from bankcodes._classify import CLASSIFY

    assert classify("argyle", None) is Category.UNKNOWN  # the provider's answers, made on first use
    answers = bankcodes._ANSWERS["argyle"]
    catalog = len(CLASSIFY["argyle"])
    for index in range(3000):
        assert classify("argyle", f"NEVER_SEEN_{index}") is Category.UNKNOWN
    assert len(answers) <= catalog + 1 + 1024
    before = len(answers)
    assert classify("argyle", "Y" * 2_000_000) is Category.UNKNOWN
    assert classify("argyle", "NEVER_SEEN_2999") is Category.UNKNOWN
    assert len(answers) == before
    # what it remembers never changes an answer for a known code
    member = argyle.BankConnectionError.token_invalid_or_expired
    assert classify("argyle", member.value) is member.category is not Category.UNKNOWN


@given(st.text())
def test_parse_never_raises_on_a_string(raw: str) -> None:
    parsed = flinks.ApiErrorCode.parse(raw)
    if raw == "":
        assert parsed is None  # no code
        return
    known = {member.value for member in flinks.ApiErrorCode}
    assert parsed is not None and parsed.known is (raw in known)
    assert parsed == raw


def test_strict_constructor_names_the_closest_values() -> None:
    with pytest.raises(ValueError) as raised:
        lean.SecondaryStatus("INVALID_MF")
    message = str(raised.value)
    assert "'INVALID_MF' is not a known SecondaryStatus value" in message
    assert "'INVALID_MFA'" in message
    assert "SecondaryStatus.parse" in message


def test_strict_constructor_suggests_other_case() -> None:
    with pytest.raises(ValueError, match="closest known: 'account_closed'"):
        argyle.BankConnectionError("ACCOUNT_CLOSED")


def test_strict_constructor_without_close_match() -> None:
    with pytest.raises(ValueError) as raised:
        flinks.ConnectError("zzzz")
    assert "closest" not in str(raised.value)


def test_classify() -> None:
    assert classify("lean", "INVALID_CREDENTIALS") is Category.CREDENTIALS_INVALID
    assert classify("flinks", "INVALID_USERNAME") is Category.CREDENTIALS_INVALID
    assert classify("argyle", "invalid_credentials") is Category.CREDENTIALS_INVALID
    assert classify("lean", "scheduledPayments") is Category.INFORMATIONAL
    assert classify("flinks", "BRAND_NEW_CODE") is Category.UNKNOWN
    assert classify("argyle", "") is Category.UNKNOWN


def test_classify_uses_the_first_code_set_that_knows_a_value() -> None:
    # UNAUTHORIZED is an integration error in the API list and an institution action in Connect.
    assert flinks.ApiErrorCode.UNAUTHORIZED.category is Category.INTEGRATION_ERROR
    assert flinks.ConnectError.UNAUTHORIZED.category is Category.ACTION_REQUIRED_AT_INSTITUTION
    assert classify("flinks", "UNAUTHORIZED") is Category.INTEGRATION_ERROR


def test_classify_rejects_an_unknown_provider_and_non_strings() -> None:
    with pytest.raises(ValueError, match="unknown provider 'no-such-provider'; expected one of "):
        classify("no-such-provider", "OK")
    providers: list[object] = [[], {}, None, 3]
    for provider in providers:
        with pytest.raises(ValueError, match="unknown provider"):
            classify(provider, "OK")  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="unknown provider"):
            lookup(provider, "OK")  # type: ignore[arg-type]
    # A number is a code where codes travel as numbers; no code of Lean's is one.
    assert classify("lean", 3) is Category.UNKNOWN
    # A boolean or a fraction, as a JSON field may hold it, is no code (the reading of a number).
    assert classify("lean", True) is Category.UNKNOWN
    assert classify("mx", 3.5) is Category.UNKNOWN and lookup("mx", True) == ()
    with pytest.raises(TypeError):
        classify("lean", ["OK"])  # type: ignore[arg-type]
    assert classify("flinks", None) is Category.UNKNOWN
    assert lookup("flinks", None) == ()


def test_classify_in_one_code_set() -> None:
    # UNAUTHORIZED means different things in the Flinks API and in Flinks Connect.
    assert classify("flinks", "UNAUTHORIZED", code_set="connect_error_event") is (
        Category.ACTION_REQUIRED_AT_INSTITUTION
    )
    assert classify("flinks", "UNAUTHORIZED", code_set=flinks.ApiErrorCode) is (
        Category.INTEGRATION_ERROR
    )
    assert classify("flinks", "NOPE", code_set="api_error_code") is Category.UNKNOWN
    assert classify("flinks", None, code_set="api_error_code") is Category.UNKNOWN
    with pytest.raises(ValueError, match="flinks has no code set 'nope'; expected one of"):
        classify("flinks", "OK", code_set="nope")
    with pytest.raises(ValueError, match="no code set"):
        classify("flinks", "OK", code_set=lean.SecondaryStatus)


def test_lookup_returns_every_code_set() -> None:
    found = lookup("flinks", "INVALID_LOGIN")
    assert found == (flinks.ApiErrorCode.INVALID_LOGIN, flinks.ConnectError.INVALID_LOGIN)
    assert lookup("lean", "OK") == (
        lean.SecondaryStatus.OK,
        lean.DataRefreshStatus.OK,
        lean.DataApiStatus.OK,
    )
    assert lookup("lean", "standingOrders") == (lean.Permission.standing_orders,)
    assert lookup("argyle", "nope") == ()


def test_classify_agrees_with_lookup_on_every_code() -> None:
    for provider in bankcodes.PROVIDERS:
        module = provider_module(provider)
        for code_set in module.CODE_SETS:
            for member in code_set:
                first = lookup(provider, member.value)[0]
                assert classify(provider, member.value) is first.category


def test_code_set_info() -> None:
    info = lean.SecondaryStatus.code_set()
    assert info.provider == "lean"
    assert info.field == "CallbackData.secondary_status"
    assert info.sources[0].seed == "000_9f1a0e3425c16444.txt"


def test_records_are_built_by_their_own_keywords_alone() -> None:
    """A record takes each of its fields by keyword, a missing one without a default and an
    unknown one refused; a field whose default is a dict gets a dict of its own (None too)."""
    from bankcodes._kinds import Recognition
    from bankcodes._provider_facts import ProsePattern
    from bankcodes._records import Source

    with pytest.raises(TypeError, match="Source\\(\\) needs the keyword title"):
        Source(id="a", kind="page")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="ProsePattern\\(\\) takes no keyword colour"):
        ProsePattern(pattern="p", example="e", sources=(), colour="red")  # type: ignore[call-arg]
    first, second = Recognition(), Recognition(codes=None)  # type: ignore[arg-type]
    assert first.codes == second.codes == {} and first.codes is not second.codes
    assert first == second and Recognition(present=("a",)) != first


def test_records_are_immutable_and_comparable() -> None:
    info = lean.SecondaryStatus.OK.info
    with pytest.raises(AttributeError, match="immutable"):
        info.description = "changed"  # type: ignore[misc]
    assert info == lean.SecondaryStatus.OK.info
    assert hash(info) == hash(lean.SecondaryStatus.OK.info)
    assert "SecondaryStatus" not in repr(info) and "value='OK'" in repr(info)


def test_sdk_required_flags_with_scoped_overrides() -> None:
    connect = lean.SDK_METHODS[lean.SdkMethod.connect]
    access_token = next(field for field in connect.fields if field.name == "access_token")
    assert access_token.required is False
    assert access_token.required_for(region="UAE", sdk="web") is True
    assert access_token.required_for(region="UAE", sdk="react-native") is False
    assert access_token.required_for() is False
    assert "success_redirect_url" in connect.required_fields(region="KSA", sdk="web")
    assert "success_redirect_url" not in connect.required_fields()
    checkout = lean.SDK_METHODS[lean.SdkMethod.checkout]
    assert "customer_name" in checkout.required_fields(sdk="flutter")
    assert "customer_name" not in checkout.required_fields(sdk="web")


def test_deprecated_members() -> None:
    assert lean.SdkMethod.createPaymentSource.deprecated
    assert lean.SecondaryStatus("SUCCESS").deprecated
    assert not lean.SdkMethod.connect.deprecated


def test_category_taxonomy() -> None:
    assert Category.UNKNOWN.retryable is False
    assert Category("mfa_required") is Category.MFA_REQUIRED
    assert {category.actor for category in Category} == set(Actor)


def test_an_integer_code_reads_as_its_name_and_number() -> None:
    """MX's connection status 3 (CHALLENGED, mxenabled/connect-widget src/const/Statuses.js) as
    text names itself; as a number it stays 3."""
    from bankcodes.mx import ConnectionStatus

    member = ConnectionStatus.CHALLENGED
    assert (str(member), f"{member}", "%s" % member) == ("CHALLENGED (3)",) * 3  # noqa: UP031
    assert (int(member), f"{member:03d}", json.dumps(member), member == 3) == (3, "003", "3", True)


def test_a_code_set_is_named_as_results_name_it(typescript_dist: Path, tmp_path: Path) -> None:
    # A result names its code set "provider.code_set" (FoundError.code_set, a reading's codeSet):
    # that name is taken back, as the code set's own id is.
    for name in ("truelayer.failure_reason", "failure_reason", truelayer.FailureReason):
        answer = classify("truelayer", "insufficient_funds", code_set=name)
        assert answer is truelayer.FailureReason("insufficient_funds").category, name
    with pytest.raises(ValueError, match=r"has no code set bankcodes\.plaid\.ErrorCode"):
        classify("truelayer", "insufficient_funds", code_set=plaid.ErrorCode)
    calls = tmp_path / "calls.json"
    given = [
        ["classify", "truelayer", "insufficient_funds", "truelayer.failure_reason"],
        ["classify", "truelayer", "insufficient_funds", "failure_reason"],
        ["classify", "truelayer", "insufficient_funds", "plaid.failure_reason"],
    ]
    calls.write_text(json.dumps(given), encoding="utf-8")
    node = json.loads(run_node("call_package.mjs", str(typescript_dist), str(calls)))
    category = truelayer.FailureReason("insufficient_funds").category.value
    assert node == [category, category, "unknown"]
