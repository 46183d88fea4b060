"""Mono's Connect widget, typed from its SDKs: withmono/connect.js (connect.js, utils.js,
README.md at 3fe3ab40fd38cbf19133bf0efe36321e85879e00; utils.js at
a353a6c628b185124efdefb3efbdf385382e566b), withmono/connect-android (ConnectEvent.java, README.md
at a73fb6fd6ddc43a75add6404a57eea6f87bb7ad3), withmono/connect-ios (ConnectEventMapper.swift at
8ca69057a7130d44e52ee8654c53b28ee9b34fbc) and withmono/connect-flutter (constants.dart,
connect_event_type.dart at accfad1413c2f1f58c255ca4aec6712681b15dbf): the widget's events, what
Python and the listener read of each, and drift's reading of the README's table."""

from __future__ import annotations

from pathlib import Path

import bankcodes
from bankcodes import Category, payloads
from tests.support.drift_case import saved_copy_drift
from tests.support.helpers import provider_module, spec_data

mono = provider_module("mono")


# connect.js README.md, "eventName": its table, in its order; connect.js and utils.js add LOADED,
# SUBMIT_MFA and SUCCESS; the iOS and Android SDKs name an unmapped type UNKNOWN.
README_EVENTS = [
    ("OPENED", "Triggered when the user opens the Connect Widget."),
    ("EXIT", "Triggered when the user closes the Connect Widget."),
    ("INSTITUTION_SELECTED", "Triggered when the user selects an institution."),
    (
        "AUTH_METHOD_SWITCHED",
        "Triggered when the user changes authentication method from internet to mobile banking, "
        "or vice versa.",
    ),
    ("SUBMIT_CREDENTIALS", "Triggered when the user presses Log in."),
    ("ACCOUNT_LINKED", "Triggered when the user successfully links their account."),
    ("ACCOUNT_SELECTED", "Triggered when the user selects a new account."),
    ("ERROR", "Triggered when the widget reports an error."),
]

#: connect.js, handleEvents: each message type and the onEvent name it is passed under.
MESSAGE_TO_EVENT = {
    "mono.connect.widget_opened": "OPENED",
    "mono.connect.error_occured": "ERROR",
    "mono.connect.institution_selected": "INSTITUTION_SELECTED",
    "mono.connect.auth_method_switched": "AUTH_METHOD_SWITCHED",
    "mono.connect.on_exit": "EXIT",
    "mono.connect.login_attempt": "SUBMIT_CREDENTIALS",
    "mono.connect.mfa_submitted": "SUBMIT_MFA",
    "mono.connect.account_linked": "ACCOUNT_LINKED",
    "mono.connect.account_selected": "ACCOUNT_SELECTED",
}


def test_the_widget_s_event_names_are_the_readme_s_and_the_sdks() -> None:
    names = {member.value for member in mono.ConnectEvent}
    assert names == {name for name, _ in README_EVENTS} | {
        "LOADED", "SUBMIT_MFA", "SUCCESS", "UNKNOWN",
    }  # fmt: skip
    for name, text in README_EVENTS:
        assert mono.ConnectEvent(name).description == text
    # Android README: SUCCESS "Triggered when the user successfully links their account and
    # provides the code for autentication." (sic)
    assert mono.ConnectEvent("SUCCESS").description.endswith("the code for autentication.")
    assert mono.ConnectEvent("EXIT").category is Category.CANCELLED
    assert mono.ConnectEvent("ERROR").category is Category.GENERIC_FAILURE


def test_every_message_type_connect_js_maps_is_a_code_in_the_same_category() -> None:
    for message, name in MESSAGE_TO_EVENT.items():
        assert mono.ConnectMessageType(message).category is mono.ConnectEvent(name).category
    # The "old callbacks": onSuccess on account_linked and charge_complete, onClose on closed.
    assert (
        mono.ConnectMessageType("mono.connect.widget.account_linked").category is Category.SUCCESS
    )
    assert (
        mono.ConnectMessageType("mono.connect.widget.charge_complete").category is Category.SUCCESS
    )
    assert mono.ConnectMessageType("mono.connect.widget.closed").category is Category.CANCELLED


def test_names_no_sdk_sends_are_unknown() -> None:
    """The SDKs name a login attempt SUBMIT_CREDENTIALS (type mono.connect.login_attempt) and an
    MFA answer SUBMIT_MFA (mono.connect.mfa_submitted); no source of Mono's has these names."""
    for name in ("AUTH_PAGE_LOADED", "LOGIN_ATTEMPTED", "MFA_SUBMITTED"):
        assert bankcodes.classify("mono", name) is Category.UNKNOWN


def test_the_modal_messages_are_deprecated_by_the_mobile_sdks() -> None:
    # connect_event_type.dart: "// Deprecated events", modalClosed and modalLinkedEvent, "should
    # not be consumed"; MonoWidget.swift and MonoWebInterface.java: DEPRECATED_EVENTS.
    for value in ("mono.modal.closed", "mono.modal.linked"):
        member = mono.ConnectMessageType(value)
        assert member.deprecated
        assert member.info.lifecycle is not None and member.info.lifecycle.state == "deprecated"
    assert not mono.ConnectMessageType("mono.connect.widget.closed").deprecated


def test_a_widget_message_is_read_by_its_type() -> None:
    # utils.js dispatches {type: 'mono.connect.widget_opened', data: { timestamp: Date.now() }}.
    opened = {"type": "mono.connect.widget_opened", "data": {"timestamp": 1732600002000}}
    assert payloads.identify(opened).kind == "mono/connect-message"
    error = {"type": "mono.connect.error_occured", "data": {"errorType": "X", "errorMessage": "Y"}}
    found = payloads.decisive_code("mono/connect-message", error)
    assert found is not None
    assert (found.path, found.code.category) == ("$.type", Category.GENERIC_FAILURE)


def test_the_listener_accepts_the_widget_s_hosts() -> None:
    # utils.js frames new URL("https://connect.mono.co") (3fe3ab40) and, before 2.0,
    # "https://connect.withmono.com" (a353a6c6); constants.dart: connectHost = 'connect.mono.co'.
    origins = spec_data()["payloads"]["mono/connect-message"]["listener"]["origins"]
    assert origins["hosts"] == ["connect.mono.co", "connect.withmono.com"]


def _readme(extra: str | None = None) -> str:
    """The README's table of event names (the codes' own texts), as Markdown."""
    rows = [*README_EVENTS, *([(extra, "A new event.")] if extra else [])]
    lines = ["| Event Name | Description |", "| ----------- | ----------- |"]
    lines += [f"| {name} | {text} |" for name, text in rows]
    return "# Mono Connect.js\n\n" + "\n".join(lines) + "\n"


def test_drift_reads_the_readme_s_table(tmp_path: Path) -> None:
    out = saved_copy_drift(
        tmp_path / "README.md", "mono-connect-js-readme", _readme(), _readme("ACCOUNT_UNLINKED")
    )
    assert "mono.connect_event ACCOUNT_UNLINKED" in out
