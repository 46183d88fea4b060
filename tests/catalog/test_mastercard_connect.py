"""Mastercard Open Finance's Connect SDKs, read from their pinned sources: the Connect web SDK's
{code, reason} events, and what the Connect React Native SDK passes to its handlers (src/types.ts
and src/index.tsx at 5ca72d9) with the route and user events pages; what Python and the
TypeScript listener read of each. Expected values are typed from those pages and files."""

from __future__ import annotations

from pathlib import Path

import pytest

from bankcodes import Category, UnknownCode, mastercard, payloads
from tests.support.helpers import listen
from tests.support.typescript import installed_consumers, tsc


def test_the_connect_sdk_events() -> None:
    # The Web SDK events page: Cancel {code: 100, reason: "exit"}; Timeout 1440; Unexpected
    # error 500; src/index.ts: onError({ reason: 'error', code: 1403 }) when a popup fails.
    events = mastercard.ConnectEventCode
    assert [int(c) for c in events] == [100, 1440, 500, 200, 1403]
    assert events(100).category is Category.CANCELLED
    assert events(1440).category is Category.SESSION_EXPIRED
    assert events(200).category is Category.SUCCESS
    assert events(100).message == "exit" and events(200).message == "complete"


#: The AU route events page: each screen's example posts {"type": "route", "data": {...}}; the
#: SDKs pass the data to onRoute (ConnectRouteEvent {screen: string; params: any}).
ROUTES = [
    ({"screen": "landing", "params": {}}, "landing"),
    ({"screen": "terms-details", "params": {}}, "terms-details"),
    ({"screen": "search", "params": {}}, "search"),
    ({"screen": "search", "params": {"query": "Moul"}}, "search"),
    ({"screen": "sign-in", "params": {"institutionId": "101732"}}, "sign-in"),
]

#: The same page's words for each screen, under its heading.
SCREENS = {
    "landing": "The first screen that the user lands on.",
    "terms-details": "The screen that displays the full documentation of the terms and conditions "
    "for users to read.",
    "search": "The screen that displays the search input where a user can search for a bank.",
    "sign-in": "The screen that displays once a user has signed in and it authorizing the sharing "
    "of their data.",
}

#: The US user events page: AddAccounts, "sent two times": first with success, accounts and
#: errorCode null, then with the attempt's details.
ADD_ACCOUNTS_STARTED = {
    "action": "AddAccounts",
    "institutionId": 123,
    "institutionLoginId": None,
    "accounts": None,
    "accountIds": [],
    "success": None,
    "errorCode": None,
}


@pytest.mark.parametrize(("data", "screen"), ROUTES)
def test_a_route_event_names_its_screen(data: dict[str, object], screen: str) -> None:
    model = payloads.validate("mastercard/connect-event", data)
    assert type(model).__name__ == "RouteEvent"
    found = payloads.decisive_code("mastercard/connect-event", data)
    assert found is not None and found.path == "$.screen"
    assert found.code is mastercard.ConnectRouteScreen(screen)
    assert found.code.category is Category.INFORMATIONAL


def test_the_screens_are_the_route_events_page_s() -> None:
    screens = mastercard.ConnectRouteScreen
    assert {screen.value: screen.description for screen in screens} == SCREENS


def test_a_screen_the_catalog_does_not_list_is_an_unknown_value() -> None:
    data = {"screen": "a-screen-added-later", "params": {}}
    model = payloads.validate("mastercard/connect-event", data)
    assert isinstance(model.screen, UnknownCode)  # type: ignore[union-attr]
    found = payloads.decisive_code("mastercard/connect-event", data)
    assert found is not None and found.code_set == "mastercard.connect_route_screen"
    assert isinstance(found.code, UnknownCode)


def test_a_user_event_names_its_action_and_reports_the_outcome() -> None:
    started = payloads.validate("mastercard/connect-event", ADD_ACCOUNTS_STARTED)
    assert type(started).__name__ == "UserEvent"
    assert started.action is mastercard.ConnectUserAction("AddAccounts")  # type: ignore[union-attr]
    assert started.success is None  # type: ignore[union-attr]
    # "The customer failed to add their accounts if: accounts = null, success = false,
    # errorCode = populated". The pages show no failed event: this errorCode is illustrative.
    failed = {**ADD_ACCOUNTS_STARTED, "success": False, "errorCode": 103}
    model = payloads.validate("mastercard/connect-event", failed)
    assert model.success is False and model.errorCode == 103  # type: ignore[union-attr]
    found = payloads.decisive_code("mastercard/connect-event", failed)
    assert found is not None and found.path == "$.action"


def test_the_react_native_sdk_cancels_as_the_web_sdk_does() -> None:
    # src/index.tsx, close(): this.state.eventHandlers.onCancel({ code: 100, reason: 'exit' }).
    data = {"code": 100, "reason": "exit"}
    found = payloads.decisive_code("mastercard/connect-event", data)
    assert found is not None and found.code is mastercard.ConnectEventCode(100)
    assert found.code.category is Category.CANCELLED
    sources = [source.id for source in mastercard.ConnectEventCode(100).info.sources]
    assert "mastercard-connect-react-native-sdk" in sources


HANDLERS = """
import { parseMastercardConnectEvent } from "bankcodes";

// The handlers the Connect web and React Native SDKs call (src/types.ts).
export function read(data: unknown): string | number | null {
  const event = parseMastercardConnectEvent(data);
  switch (event.kind) {
    case "route": {
      const screen: string = event.data.screen;
      // @ts-expect-error: a route event has no code.
      return event.data.code ?? screen;
    }
    case "user":
      return event.data.success === false ? "failed" : event.data.action;
    case "event":
      return event.data.code;
    default:
      return null;
  }
}
"""


def test_the_listener_narrows_on_the_handler_s_event(
    tmp_path: Path, typescript_installed: Path
) -> None:
    project = installed_consumers(tmp_path, typescript_installed, {"consumer.ts": HANDLERS})
    result = tsc(project)
    assert result.returncode == 0, result.stdout + result.stderr


#: What the listener and Python read, in the same order: an event's code, else a user event's
#: action, else a route event's screen; a tag of another type than text is an invalid event of
#: its kind; an object with none of the three is not an SDK event.
READINGS: list[tuple[object, tuple[str, str | None, object]]] = [
    ({"code": 100, "reason": "exit"}, ("event", "code", 100)),
    (ADD_ACCOUNTS_STARTED, ("user", "action", "AddAccounts")),
    ({"screen": "landing", "params": {}}, ("route", "screen", "landing")),
    ({"screen": "landing", "params": {}, "code": 100, "reason": "exit"}, ("event", "code", 100)),
    (
        {"action": "AddAccounts", "screen": "landing", "params": {}},
        ("user", "action", "AddAccounts"),
    ),
    ({"screen": 5, "params": {}}, ("invalid", "screen", None)),
    ({"action": 5}, ("invalid", "action", None)),
    # Text that is not a code's digits is an unknown code (site/docs/reading.md).
    ({"code": "exit", "reason": "exit"}, ("event", "code", "exit")),
    ({"code": True, "reason": "exit"}, ("invalid", "code", None)),
    # The message Connect posts, not what the SDKs pass to a handler.
    ({"type": "route", "data": {"screen": "landing", "params": {}}}, ("unknown", None, None)),
    ({"screen": None, "params": {}}, ("unknown", None, None)),
]


def test_the_listener_reads_each_handler_s_event_as_python_does(
    typescript_dist: Path, tmp_path: Path
) -> None:
    messages = [data for data, _ in READINGS]
    results = listen(typescript_dist, tmp_path, "parseMastercardConnectEvent", messages)
    assert [(r["kind"], r.get("field"), r.get("code")) for r in results] == [
        expected for _, expected in READINGS
    ]
    for data, (kind, field, code) in READINGS:
        if kind in ("invalid", "unknown"):
            continue
        found = payloads.decisive_code("mastercard/connect-event", data)
        assert found is not None and (found.path, found.code.value) == (f"$.{field}", code)
