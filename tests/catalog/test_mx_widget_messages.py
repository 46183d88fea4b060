"""MX's Connect widget's messages, read from its pinned sources: the messages the widget's
definitions describe (mxenabled/widget-post-message-definitions), every message connect-widget
at 10780353 sends, the listener's narrowing on a message's type, and what Python and the
TypeScript entry read of each. Expected values are typed from those files."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from bankcodes import Category, mx, payloads
from tests.support.helpers import listen
from tests.support.typescript import installed_consumers, tsc

NARROWING = """
import { parseMxConnectMessage } from "bankcodes";

export function read(data: unknown): number | string | null {
  const message = parseMxConnectMessage(data);
  switch (message.kind) {
    case "member_status_update": {
      // The event's own type: its metadata's connection status (a number, or its digits).
      const status: number | `${number}` = message.data.metadata.connection_status;
      return status;
    }
    case "member_connected":
      // @ts-expect-error: a memberConnected message has no connection status.
      return message.data.metadata.connection_status;
    case "other":
      return message.data.type;
    default:
      return null;
  }
}
"""


def test_the_connect_widget_listener_narrows_on_the_message_type(
    tmp_path: Path, typescript_installed: Path
) -> None:
    project = installed_consumers(tmp_path, typescript_installed, {"consumer.ts": NARROWING})
    result = tsc(project)
    assert result.returncode == 0, result.stdout + result.stderr


def _status_update(status: object) -> dict[str, object]:
    # widget-post-message-definitions: mx/connect/memberStatusUpdate, its metadata's
    # connection_status a number.
    return {
        "type": "mx/connect/memberStatusUpdate",
        "metadata": {"member_guid": "MBR-1", "connection_status": status},
        "mx": True,
    }


def test_a_status_update_narrows_only_with_a_numeric_status(
    typescript_dist: Path, tmp_path: Path
) -> None:
    """The status is read inside the message's metadata, and checked there as the top-level
    fields are: a message whose status is no code at all (a bool, a fraction, null) is invalid,
    not a status update; text that is not a status's digits is an unknown status (the reading
    of a number, site/docs/reading.md)."""
    statuses: list[object] = [3, "CHALLENGED", True, 3.5, None]
    messages = [_status_update(status) for status in statuses]
    results = listen(typescript_dist, tmp_path, "parseMxConnectMessage", messages)
    assert [(r["kind"], r["field"]) for r in results] == [
        ("member_status_update", "metadata.connection_status"),
        # An unknown status gives way to the next code field the catalog knows: the type.
        ("member_status_update", "type"),
        *[("invalid", "metadata.connection_status")] * 3,
    ]
    assert (results[0]["code"], results[0]["category"]) == (3, "mfa_required")


#: Every message type mxenabled/connect-widget sends at 10780353adc3ee6fea65c3328a009582bbc3d20c:
#: each onPostMessage(event, data) call in src/ (tests left out), as sendPostMessage
#: (src/utilities/PostMessage.js) posts it, its type "mx/" and the event's name.
WIDGET_SENDS = {
    "mx/navigation": "src/hooks/useNavigationPostMessage.tsx",
    "mx/connect/loaded": "src/Connect.tsx",
    "mx/connect/stepChange": "src/Connect.tsx",
    "mx/connect/backToSearch": "src/Connect.tsx",
    "mx/connect/memberDeleted": "src/Connect.tsx",
    "mx/connect/backButtonClicked": "src/components/ConnectNavigationHeader.js",
    "mx/connect/createMemberError": "src/components/MemberError.js",
    "mx/connect/invalidData": "src/views/actionableError/ActionableError.tsx",
    "mx/connect/connected/primaryAction": "src/views/connected/Connected.tsx",
    "mx/connect/memberStatusUpdate": "src/views/connecting/Connecting.js",
    "mx/connect/initialDataReady": "src/views/connecting/Connecting.js",
    "mx/connect/memberConnected": "src/views/connecting/Connecting.js",
    "mx/connect/enterCredentials": "src/views/credentials/CreateMemberForm.js",
    "mx/connect/memberError": "src/views/loginError/LoginError.js",
    "mx/connect/memberError/primaryAction": "src/views/loginError/LoginError.js",
    "mx/connect/updateCredentials": "src/views/credentials/UpdateMemberForm.js",
    "mx/connect/submitMFA": "src/views/mfa/MFAStep.js",
    "mx/connect/microdeposits/comeBack/primaryAction": "src/views/microdeposits/ComeBack.js",
    "mx/connect/microdeposits/detailsSubmitted": "src/views/microdeposits/ConfirmDetails.js",
    "mx/connect/microdeposits/error/primaryAction": "src/views/microdeposits/MicrodepositErrors.js",
    "mx/connect/microdeposits/loaded": "src/views/microdeposits/Microdeposits.js",
    "mx/connect/microdeposits/blockedRoutingNumber": "src/views/microdeposits/RoutingNumber.js",
    "mx/connect/microdeposits/verified": "src/views/microdeposits/Verified.js",
    "mx/connect/microdeposits/verified/primaryAction": "src/views/microdeposits/Verified.js",
    "mx/connect/oauthError": "src/views/oauth/OAuthError.js",
    "mx/connect/oauthRequested": "src/views/oauth/OAuthStep.js",
    "mx/connect/institutionSearch": "src/views/search/Search.js",
    "mx/connect/selectedInstitution": "src/views/search/views/PopularInstitutionsList.js",
}
WIDGET_COMMIT = "10780353adc3ee6fea65c3328a009582bbc3d20c"

#: mxenabled/widget-post-message-definitions at 6110b5a, lib/post_message_definition.yml: the
#: types it defines that connect-widget does not send (other widgets' and the host's).
DEFINITIONS_ONLY = {
    "mx/load",
    "mx/ping",
    "mx/focusTrap",
    "mx/client/oauthComplete",
    "mx/pulse/overdraftWarning/cta/transferFunds",
    "mx/account/created",
}

#: docs/POST_MESSAGES.md at 10780353, the Description of two types the definitions lack.
DOCUMENTED = {
    "mx/connect/initialDataReady": "Triggers when the initial data for a job on a member is "
    "complete and ready for use.",
    "mx/connect/memberError": "Triggers when a member has encountered an error state.",
}


#: docs/POST_MESSAGES.md at 10780353: a type no onPostMessage call in src/ sends and the
#: definitions do not list, with its Description.
DOCS_ONLY = {
    "mx/connect/invalidData/primaryAction": 'Triggered when the user clicks the "Try again" option '
    "on the invalid data step.",
}


def test_the_catalog_knows_every_message_the_connect_widget_sends() -> None:
    known = {member.value for member in mx.PostMessageType}
    assert len(WIDGET_SENDS) == 28
    assert set(WIDGET_SENDS) - known == set()
    assert known == set(WIDGET_SENDS) | DEFINITIONS_ONLY | set(DOCS_ONLY)


def test_a_type_only_the_docs_list_is_in_their_words() -> None:
    for value, text in DOCS_ONLY.items():
        member = mx.PostMessageType(value)
        assert (member.description, member.info.editorial) == (text, False)
        assert [source.id for source in member.sources] == ["mx-widget-docs-post-messages"]
        assert member.category is Category.INFORMATIONAL


def test_each_message_the_definitions_lack_cites_the_widget_file_that_sends_it() -> None:
    for value, path in WIDGET_SENDS.items():
        member = mx.PostMessageType(value)
        urls = {source.url for source in member.sources if source.kind == "repo"}
        at_commit = f"https://github.com/mxenabled/connect-widget/blob/{WIDGET_COMMIT}/"
        if any(source.id == "mx-post-message-definitions" for source in member.sources):
            continue
        assert at_commit + path in urls, value
        assert at_commit + "src/utilities/PostMessage.js" in urls, value


def test_the_widgets_own_words_are_quoted_and_the_rest_is_bankcodes() -> None:
    for value, text in DOCUMENTED.items():
        member = mx.PostMessageType(value)
        assert member.description == text
        assert not member.info.editorial
        wording = member.info.whose("description")
        assert wording is not None and wording.by == "provider"
        assert [s.id for s in wording.sources] == ["mx-widget-docs-post-messages"]
    undocumented = set(WIDGET_SENDS) - set(DOCUMENTED)
    for member in mx.PostMessageType:
        if member.value in undocumented and member.value.startswith("mx/connect/microdeposits/"):
            assert member.info.editorial, member.value
    # Connecting.js: "// Deprecated: send initial data ready post message Oct 17, 2025".
    lifecycle = mx.PostMessageType("mx/connect/initialDataReady").info.lifecycle
    assert lifecycle is not None and lifecycle.state == "deprecated"


def _message(value: str, metadata: object = None) -> dict[str, object]:
    # sendPostMessage: { metadata: data, mx: true, type: `${scheme}/${event}` }.
    return (
        {"metadata": metadata, "mx": True, "type": value}
        if metadata
        else {"mx": True, "type": value}
    )


#: What each new message's metadata holds, as the widget builds it (the values made up).
NEW_MESSAGES = [
    ("mx/connect/backButtonClicked", None),
    ("mx/connect/initialDataReady", {"member_guid": "MBR-1"}),
    ("mx/connect/memberError", {"member": {"guid": "MBR-1", "connection_status": 2}}),
    ("mx/connect/memberError/primaryAction", {"member": {"guid": "MBR-1", "connection_status": 9}}),
    ("mx/connect/microdeposits/loaded", {"initial_step": "routingNumber"}),
    ("mx/connect/microdeposits/detailsSubmitted", {"microdeposit_guid": "MIC-1"}),
    ("mx/connect/microdeposits/verified", {"microdeposit_guid": "MIC-1"}),
    ("mx/connect/microdeposits/verified/primaryAction", None),
    ("mx/connect/microdeposits/comeBack/primaryAction", {"microdeposit_guid": "MIC-1"}),
    ("mx/connect/microdeposits/error/primaryAction", {"status": "PREVENTED", "guid": "MIC-1"}),
    (
        "mx/connect/microdeposits/blockedRoutingNumber",
        {"routing_number": "123456789", "reason": "BLOCKED"},
    ),
]


def test_python_reads_each_new_message_as_its_own_type() -> None:
    for value, metadata in NEW_MESSAGES:
        message = _message(value, metadata)
        assert payloads.recognise(message) == ("mx/connect-message",), value
        model = payloads.validate("mx/connect-message", message, strict=True)
        assert type(model).__name__ != "OtherMessage", value
        decisive = payloads.decisive_code("mx/connect-message", message)
        assert decisive is not None
        if value.startswith("mx/connect/memberError"):
            # The member's connection status decides: DENIED (2), DEGRADED (9).
            assert decisive.path == "$.metadata.member.connection_status"
            assert decisive.code in (mx.ConnectionStatus.DENIED, mx.ConnectionStatus.DEGRADED)
        else:
            assert (decisive.path, decisive.code) == ("$.type", mx.PostMessageType(value))


def test_a_member_error_is_read_by_its_members_status(
    typescript_dist: Path, tmp_path: Path
) -> None:
    messages = [_message(value, metadata) for value, metadata in NEW_MESSAGES]
    results = listen(typescript_dist, tmp_path, "parseMxConnectMessage", messages)
    kinds = [r["kind"] for r in results]
    assert kinds == [
        "back_button_clicked",
        "initial_data_ready",
        "member_error",
        "member_error_primary_action",
        "microdeposits_loaded",
        "microdeposits_details_submitted",
        "microdeposits_verified",
        "microdeposits_verified_primary_action",
        "microdeposits_come_back_primary_action",
        "microdeposits_error_primary_action",
        "microdeposits_blocked_routing_number",
    ]
    member_error = results[2]
    assert (member_error["field"], member_error["code"]) == ("metadata.member.connection_status", 2)
    assert member_error["category"] == "credentials_invalid"
    assert [r["code"] for r in results[4:]] == [value for value, _ in NEW_MESSAGES[4:]]


def test_the_typescript_mx_entry_knows_every_message_the_widget_sends(
    typescript_dist: Path,
) -> None:
    entry = next(typescript_dist.rglob("entry-mx.js"))
    script = (
        "const mx = await import(process.argv[1]);"
        "const message = {type: 'mx/connect/memberError', mx: true,"
        " metadata: {member: {guid: 'MBR-1', connection_status: 19}}};"
        "const read = mx.parseMxConnectMessage(message);"
        "console.log(JSON.stringify({types: Object.values(mx.MxPostMessageType),"
        " kind: read.kind, code: read.code, category: read.category}));"
    )
    result = subprocess.run(
        ["node", "--input-type=module", "-e", script, entry.as_uri()],
        capture_output=True,
        text=True,
        check=True,
    )
    seen = json.loads(result.stdout)
    assert set(WIDGET_SENDS) <= set(seen["types"])
    assert set(seen["types"]) == set(WIDGET_SENDS) | DEFINITIONS_ONLY | set(DOCS_ONLY)
    # 19 is EXPIRED (Statuses.js), the status of the widget's own LoginError test.
    assert (seen["kind"], seen["code"], seen["category"]) == ("member_error", 19, "session_expired")


#: The values of type that MX's webhook pages list: "Current possible values are AGGREGATION,
#: BALANCE, HISTORY, STATEMENT, and VERIFICATION; however, additional values may be added at any
#: time." (Verification), the Connection Status page's CONNECTION_STATUS, and "Current possible
#: values are initial_data_ready" (Initial Data Ready).
