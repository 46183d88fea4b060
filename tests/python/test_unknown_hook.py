"""Codes seen in production: `bankcodes.on_unknown` reports each distinct code the catalog does
not know, once, within a bound, never raising into the reader; "" in a code field is no code.
The TypeScript package's `onUnknown` is tested in test_unknown_hook_typescript."""

from __future__ import annotations

import json
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

import bankcodes
from bankcodes import SeenUnknown, UnknownCode, payloads
from bankcodes.flinks import ApiErrorCode, ConnectError
from bankcodes.lean import CallbackStatus, SecondaryStatus, WebhookEventType
from bankcodes.plaid import ErrorType, LinkExitStatus
from bankcodes.webhooks.lean.webhook import PaymentCreatedWebhook
from bankcodes.webhooks.plaid.link import LinkExitMetadata
from codegen.drift.command import main
from tests.support.drift_case import EXIT, EXIT_AGREE, FIXTURES, SOURCE, spec_copy


@pytest.fixture(autouse=True)
def no_callback_after() -> Iterator[None]:
    yield
    bankcodes.on_unknown(None)


def recorder() -> list[SeenUnknown]:
    """A list that the registered callback appends every report to."""
    told: list[SeenUnknown] = []
    bankcodes.on_unknown(told.append)
    return told


def seen(provider: str, code_set: str, value: str) -> SeenUnknown:
    return SeenUnknown(provider=provider, code_set=code_set, value=value)


def test_each_distinct_unknown_value_is_reported_once() -> None:
    told = recorder()
    for _ in range(3):
        assert SecondaryStatus.parse("HOOK_ONCE_A") == "HOOK_ONCE_A"
    SecondaryStatus.parse("HOOK_ONCE_B")
    SecondaryStatus.parse("HOOK_ONCE_A")
    CallbackStatus.parse("HOOK_ONCE_A")  # the same value in another code set is another report
    assert told == [
        seen("lean", "secondary_status", "HOOK_ONCE_A"),
        seen("lean", "secondary_status", "HOOK_ONCE_B"),
        seen("lean", "callback_status", "HOOK_ONCE_A"),
    ]


def test_known_codes_aliases_none_and_the_empty_string_are_not_reported() -> None:
    told = recorder()
    assert SecondaryStatus.parse("INVALID_MFA") is SecondaryStatus.INVALID_MFA
    assert SecondaryStatus.parse(SecondaryStatus.INVALID_MFA) is SecondaryStatus.INVALID_MFA
    assert ApiErrorCode.parse("SESSION_EXPIRED") is ApiErrorCode.SESSION_EXPIRED
    assert SecondaryStatus.parse(None) is None
    assert SecondaryStatus.parse("") is None
    assert bankcodes.classify("lean", "", code_set="secondary_status") is bankcodes.Category.UNKNOWN
    assert told == []


def test_a_value_met_before_the_callback_is_reported_when_met_again() -> None:
    assert isinstance(SecondaryStatus.parse("HOOK_EARLY"), UnknownCode)  # remembered by parse
    told = recorder()
    SecondaryStatus.parse("HOOK_EARLY")
    assert told == [seen("lean", "secondary_status", "HOOK_EARLY")]


def test_lookups_that_only_ask_report_nothing() -> None:
    told = recorder()
    assert bankcodes.lookup("flinks", "HOOK_ASKED") == ()
    assert bankcodes.classify("flinks", "HOOK_ASKED") is bankcodes.Category.UNKNOWN
    assert payloads.recognise({"flinksCode": "HOOK_ASKED"}) == ("flinks/connect-message",)
    assert payloads.recognise({"status": "HOOK_ASKED"}) == ()  # no kind's status code
    # Known to the API's code set, not to Connect's: lookup and a field's reading try both.
    assert bankcodes.lookup("flinks", "SESSION_EXPIRED") == (ApiErrorCode.SESSION_EXPIRED,)
    (found,) = payloads.codes("flinks/connect-message", {"flinksCode": "SESSION_EXPIRED"})
    assert found.code is ApiErrorCode.SESSION_EXPIRED
    assert told == []


def test_a_code_read_in_its_field_is_reported_with_the_fields_first_code_set() -> None:
    told = recorder()
    message = {"flinksCode": "HOOK_FIELD"}
    for _ in range(2):
        (found,) = payloads.codes("flinks/connect-message", message)
        assert found.code_set == "flinks.connect_error_event" and not found.code.known
        payloads.decisive_code("flinks/connect-message", message)
        model = payloads.validate("flinks/connect-message", message)
        assert model.flinksCode == "HOOK_FIELD"  # type: ignore[union-attr]
    classified = bankcodes.classify("flinks", "HOOK_CLASSIFIED", code_set=ConnectError)
    assert classified is bankcodes.Category.UNKNOWN
    assert told == [
        seen("flinks", "connect_error_event", "HOOK_FIELD"),
        seen("flinks", "connect_error_event", "HOOK_CLASSIFIED"),
    ]


def _lean_webhook(event_type: str) -> bytes:
    data = {
        "type": event_type,
        "payload": {"id": "p-1", "customer_id": "c-1", "status": "HOOK_PAYMENT_STATUS"},
        "message": "m",
        "event_id": f"e-{event_type}",
    }
    return json.dumps(data).encode()


def test_receive_reports_an_unknown_event_type_and_status() -> None:
    told = recorder()
    body = _lean_webhook("payment.created")
    event = bankcodes.receive("lean", body, bankcodes.sign("lean", body, "s"), "s")
    assert isinstance(event.payload, PaymentCreatedWebhook)
    body = _lean_webhook("hook.brand_new")
    event = bankcodes.receive("lean", body, bankcodes.sign("lean", body, "s"), "s")
    assert event.type == "hook.brand_new" and not event.type.known
    assert told == [
        seen("lean", "payment_status", "HOOK_PAYMENT_STATUS"),
        seen("lean", "webhook_event_type", "hook.brand_new"),
    ]


def test_an_empty_event_type_is_kept_as_sent_and_not_reported() -> None:
    told = recorder()
    body = _lean_webhook("")
    event = bankcodes.receive("lean", body, bankcodes.sign("lean", body, "s"), "s")
    assert isinstance(event.type, UnknownCode) and event.type == ""
    assert event.type.code_set_class is WebhookEventType
    assert told == []


def test_none_removes_the_callback_and_registering_starts_afresh() -> None:
    told = recorder()
    SecondaryStatus.parse("HOOK_AFRESH")
    bankcodes.on_unknown(None)
    SecondaryStatus.parse("HOOK_REMOVED")
    assert told == [seen("lean", "secondary_status", "HOOK_AFRESH")]
    again = recorder()
    SecondaryStatus.parse("HOOK_AFRESH")
    SecondaryStatus.parse("HOOK_REMOVED")
    assert [s.value for s in again] == ["HOOK_AFRESH", "HOOK_REMOVED"]
    assert len(told) == 1  # the replaced callback is told nothing more
    with pytest.raises(TypeError, match="a callable or None"):
        bankcodes.on_unknown("print")  # type: ignore[arg-type]


def test_without_a_callback_nothing_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object) -> None:
        raise AssertionError("report called without a callback")

    monkeypatch.setattr("bankcodes._base.report", fail)
    assert SecondaryStatus.parse("HOOK_NO_CALLBACK") == "HOOK_NO_CALLBACK"


def test_a_failing_callback_never_breaks_reading() -> None:
    calls: list[str] = []

    def failing(record: SeenUnknown) -> None:
        calls.append(record.value)
        raise ValueError("the log is full")

    bankcodes.on_unknown(failing)
    with pytest.warns(RuntimeWarning, match="ValueError: the log is full") as caught:
        assert SecondaryStatus.parse("HOOK_FAIL_1") == "HOOK_FAIL_1"
        found = payloads.decisive_code("lean/callback", {"secondary_status": "HOOK_FAIL_2"})
        assert found is not None and found.code == "HOOK_FAIL_2"
    assert len(caught) == 1  # once per registration
    assert calls == ["HOOK_FAIL_1", "HOOK_FAIL_2"]
    bankcodes.on_unknown(failing)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a warning turned into an error is swallowed too
        assert SecondaryStatus.parse("HOOK_FAIL_3") == "HOOK_FAIL_3"


@pytest.mark.parametrize("stop", [KeyboardInterrupt, SystemExit])
def test_an_interrupt_or_an_exit_in_the_callback_reaches_the_reader(
    stop: type[BaseException],
) -> None:
    """What on_unknown swallows is every Exception; KeyboardInterrupt and SystemExit, which
    are not Exceptions, are a signal or an exit the program asked for, and propagate."""

    def stopping(record: SeenUnknown) -> None:
        raise stop("stop here")

    bankcodes.on_unknown(stopping)
    try:
        with pytest.raises(stop, match="stop here"):
            SecondaryStatus.parse(f"HOOK_{stop.__name__}_1")
        with pytest.raises(stop, match="stop here"):
            payloads.decisive_code("lean/callback", {"secondary_status": f"HOOK_{stop.__name__}"})
    finally:
        bankcodes.on_unknown(None)


def test_the_number_of_values_reported_is_bounded() -> None:
    from bankcodes import _seen

    assert _seen.MAX_SEEN == 4096
    told = recorder()
    for number in range(4096 + 50):
        ErrorType.parse(f"HOOK_BOUND_{number}")
    assert len(told) == 4096 and len(_seen.HOOK.seen) == 4096
    assert told[-1] == seen("plaid", "error_type", "HOOK_BOUND_4095")
    SecondaryStatus.parse("HOOK_BOUND_OTHER")
    assert len(told) == 4096 and len(_seen.HOOK.seen) == 4096
    again = recorder()  # a new registration reports again
    ErrorType.parse("HOOK_BOUND_4100")
    assert again == [seen("plaid", "error_type", "HOOK_BOUND_4100")]


def test_a_long_value_is_reported_cut_to_200_characters() -> None:
    told = recorder()
    SecondaryStatus.parse("\U0001f600" * 300)
    SecondaryStatus.parse("\U0001f600" * 250)  # the same first 200 characters: one report
    assert told == [seen("lean", "secondary_status", "\U0001f600" * 200)]
    assert type(told[0].value) is str


def test_the_record_is_one_json_object_of_three_strings() -> None:
    record = seen("lean", "secondary_status", 'A "quoted"\nline')
    line = json.dumps(record.to_json())
    assert "\n" not in line
    assert json.loads(line) == {
        "provider": "lean",
        "code_set": "secondary_status",
        "value": 'A "quoted"\nline',
    }
    with pytest.raises(AttributeError, match="immutable"):
        record.value = "other"  # type: ignore[misc]
    assert record == seen("lean", "secondary_status", 'A "quoted"\nline')


def test_threads_report_each_value_once() -> None:
    told: list[SeenUnknown] = []
    lock = threading.Lock()

    def record(found: SeenUnknown) -> None:
        with lock:
            told.append(found)

    bankcodes.on_unknown(record)
    start = threading.Barrier(8)

    def read(worker: int) -> None:
        start.wait()
        for number in range(300):
            SecondaryStatus.parse(f"HOOK_THREAD_{number}")
            CallbackStatus.parse(f"HOOK_THREAD_{worker}_{number}")

    threads = [threading.Thread(target=read, args=(worker,)) for worker in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    keys = [(s.code_set, s.value) for s in told]
    assert len(keys) == len(set(keys)) == 300 + 8 * 300


# --- "" in the payload models ----------------------------------------------------------------


def test_an_empty_optional_code_is_read_as_absent() -> None:
    told = recorder()
    callback = payloads.validate("lean/callback", {"status": "", "secondary_status": "INVALID_MFA"})
    assert callback.status is None
    assert callback.secondary_status is SecondaryStatus.INVALID_MFA
    assert json.loads(callback.model_dump_json()) == {"secondary_status": "INVALID_MFA"}
    # A field that may be absent but not null reads "" as absent too, and dumps back valid JSON.
    metadata = {"status": "", "link_session_id": "s"}
    exit_metadata = payloads.validate("plaid/link", metadata)
    assert isinstance(exit_metadata, LinkExitMetadata) and exit_metadata.status is None
    assert payloads.validate("plaid/link", exit_metadata.model_dump_json()) == exit_metadata
    found = payloads.decisive_code("lean/callback", {"status": "", "secondary_status": ""})
    assert found is None
    assert told == []


def test_an_empty_required_code_is_kept_as_sent() -> None:
    told = recorder()
    error = {"error_type": "", "error_code": "", "error_message": "m", "display_message": None}
    model = payloads.validate("plaid/error", error)
    assert isinstance(model.error_code, UnknownCode) and model.error_code == ""
    assert json.loads(model.model_dump_json()) == error
    assert ErrorType.parse(model.error_type) is None
    assert told == []


def test_strict_models_accept_no_empty_code() -> None:
    with pytest.raises(payloads.PayloadError, match=r"\$\.status"):
        payloads.validate("lean/callback", {"status": ""}, strict=True)


def test_the_log_lines_fold_into_drift(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    told = recorder()
    LinkExitStatus.parse("requires_hook_log")
    log = tmp_path / "seen.jsonl"
    log.write_text("".join(json.dumps(s.to_json()) + "\n" for s in told), encoding="utf-8")
    assert json.loads(log.read_text().splitlines()[0]) == {
        "provider": "plaid",
        "code_set": "link_exit_status",
        "value": "requires_hook_log",
    }
    spec = spec_copy(tmp_path, EXIT, EXIT_AGREE)
    copy = FIXTURES / "exit-status.ts"
    code = main(["--spec", str(spec), "--json", "--seen", str(log), SOURCE, str(copy)])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    found = [d for d in report["differences"] if d["kind"] == "seen"]
    assert [d["value"] for d in found] == ["requires_hook_log"]
