"""MX, read from its pinned sources: the Connect widget's numeric connection statuses and their
groups (mxenabled/connect-widget src/const/Statuses.js), its end-user messages with MX's own
Spanish and Canadian-French translations (src/const/consts.js, src/const/language/es.json and
frCa.json), its webhooks, which carry no signature (docs.mx.com/resources/webhooks and the page of
each webhook type), and its Connect widget's messages (mxenabled/widget-post-message-definitions,
and every message connect-widget at 10780353 sends). Expected values are typed from those files."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest

import bankcodes
from bankcodes import Category, UnknownCode, mx, payloads
from bankcodes.webhooks.mx.webhook import AggregationWebhook
from tests.support.helpers import listen, spec_data
from tests.support.typescript import consumer_project, tsc

#: src/const/Statuses.js, ConnectionStatusMap (lines 1-24).
STATUSES = [
    (0, "CREATED"),
    (1, "PREVENTED"),
    (2, "DENIED"),
    (3, "CHALLENGED"),
    (4, "REJECTED"),
    (5, "LOCKED"),
    (6, "CONNECTED"),
    (7, "IMPEDED"),
    (8, "RECONNECTED"),
    (9, "DEGRADED"),
    (10, "DISCONNECTED"),
    (11, "DISCONTINUED"),
    (12, "CLOSED"),
    (13, "DELAYED"),
    (14, "FAILED"),
    (15, "UPDATED"),
    (16, "DISABLED"),
    (17, "IMPORTED"),
    (18, "RESUMED"),
    (19, "EXPIRED"),
    (20, "IMPAIRED"),
    (21, "PENDING"),
]

#: The example of docs.mx.com/resources/webhooks/connection-status.
WEBHOOK = {
    "action": "CHANGED",
    "connection_status": "CHALLENGED",
    "connection_status_id": 3,
    "connection_status_message": "To authenticate your connection to Chase Bank, please answer "
    "the following challenge(s).",
    "member_guid": "MBR-48d9a481-f2a2-7e13-2685-62869cf0d33a",
    "type": "CONNECTION_STATUS",
    "user_guid": "USR-eaf4ac68-d17d-5e9b-7b46-959a5b315a9e",
}


def test_the_statuses_are_the_widgets_numbers_and_names() -> None:
    assert [(int(m), m.name) for m in mx.ConnectionStatus] == STATUSES
    assert int(mx.ConnectionStatus.IMPORTED) == 17
    assert mx.ConnectionStatus(17).name == "IMPORTED"


def test_a_status_is_read_from_its_number_or_its_digits() -> None:
    imported = mx.ConnectionStatus.IMPORTED.category
    # "You must re-authenticate before your data can be imported" (consts.js, IMPORTED).
    assert imported is Category.RECONNECT_REQUIRED
    assert bankcodes.classify("mx", 17) is imported
    assert bankcodes.classify("mx", "17") is imported
    assert mx.ConnectionStatus.parse(17) is mx.ConnectionStatus.parse("17")
    unknown = mx.ConnectionStatus.parse(99)
    assert isinstance(unknown, UnknownCode) and unknown.value == "99"
    assert bankcodes.classify("mx", 99) is Category.UNKNOWN
    assert bankcodes.classify("mx", True) is Category.UNKNOWN  # a bool is no status


def test_the_widgets_groups() -> None:
    # ProcessingStatuses = [0, 8, 15, 18]; MFAStatuses = [3, 4]; ErrorStatuses holds 3 and 4 too.
    def group(name: str) -> set[int]:
        return {int(m) for m in mx.ConnectionStatus if m.info.group == name}

    assert group("processing") == {0, 8, 15, 18}
    assert group("mfa") == {3, 4}
    assert group("error") == {1, 2, 5, 7, 9, 10, 11, 12, 13, 14, 16, 17, 19, 20}


def test_mx_words_for_the_end_user_in_its_languages() -> None:
    degraded = mx.ConnectionStatus.DEGRADED
    # consts.js and the gettext catalogs es.json and frCa.json.
    published = {
        "en": "We are upgrading this connection. Please try again later.",
        "es": "Estamos actualizando esta conexión. Inténtelo de nuevo más tarde.",
        "fr-CA": "Nous effectuons la mise à niveau de cette connexion. Veuillez réessayer plus "
        "tard.",
    }
    assert degraded.user_message == published["en"]
    assert degraded.info.user_message_translations == {
        "es": published["es"],
        "fr-CA": published["fr-CA"],
    }
    for tag, text in published.items():
        told = degraded.end_user_text(tag)
        assert told is not None and (told.message, told.message_by) == (text, "provider"), tag
    # Spanish for Mexico reads MX's Spanish; plain French is bankcodes' translation.
    mexican = degraded.end_user_text("es-MX")
    assert mexican is not None and mexican.message == published["es"]
    french = degraded.end_user_text("fr")
    assert french is not None and french.message_by == "bankcodes translation"
    assert degraded.info.whose("user_message_translations") is not None


def test_a_message_with_the_institutions_name_left_to_fill_is_not_offered() -> None:
    # consts.js, LOCKED: "... the appropriate website for %1 and follow the steps ..."
    locked = mx.ConnectionStatus.LOCKED
    assert locked.user_message is not None and "%1" in locked.user_message
    for tag in ("en", "es", "fr-CA"):
        told = locked.end_user_text(tag)
        assert told is not None and "%1" not in told.message
        assert told.message_by != "provider", tag


def test_a_webhook_is_received_unsigned_and_keyed_by_its_body() -> None:
    body = json.dumps(WEBHOOK).encode()
    event = bankcodes.receive("mx", body, {"content-type": "application/json"}, None)
    assert not event.signed
    assert event.dedup_key == "mx:body-sha256:" + hashlib.sha256(body).hexdigest()
    decisive = event.decisive_code()
    assert decisive is not None and decisive.path == "$.connection_status_id"
    assert decisive.code is mx.ConnectionStatus.CHALLENGED
    assert decisive.code.category is Category.MFA_REQUIRED
    with pytest.raises(bankcodes.ConfigurationError, match="signs no webhooks"):
        bankcodes.receive("mx", body, {}, "a secret")


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


def test_the_connect_widget_listener_narrows_on_the_message_type(tmp_path: Path) -> None:
    project = consumer_project(tmp_path, NARROWING)
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
WEBHOOK_TYPES = {
    "CONNECTION_STATUS",
    "AGGREGATION",
    "BALANCE",
    "HISTORY",
    "STATEMENT",
    "VERIFICATION",
    "initial_data_ready",
}

#: The first sentence of each webhook type's page.
WEBHOOK_WORDS = {
    "CONNECTION_STATUS": "Connection status webhooks notify you whenever a member's "
    "connection_status field enters into an end-user-actionable state.",
    "AGGREGATION": "Aggregation webhooks notify you when any new data is available after a "
    "successful aggregation.",
    "BALANCE": "Balance webhooks notify you when any new data is available after a successful "
    "balance fetch.",
    "STATEMENT": "Statement webhooks notify you when any new data is available after a "
    "successful statement fetch.",
    "VERIFICATION": "Verification webhooks notify you when a member verification is successful.",
    "initial_data_ready": "Triggered when some initial data you requested has aggregated and is "
    "ready for retrieval.",
}


def test_the_webhook_types_are_those_mx_lists_in_mx_words() -> None:
    assert {member.value for member in mx.WebhookType} == WEBHOOK_TYPES
    for value, text in WEBHOOK_WORDS.items():
        member = mx.WebhookType(value)
        assert (member.description, member.info.editorial) == (text, False), value
    # MX's own History page was not read: its description is bankcodes' words.
    assert mx.WebhookType.HISTORY.info.editorial
    code_set = spec_data()["providers"]["mx"]["code_sets"]["webhook_type"]
    assert "additional values may be added at any time" in code_set["description"]


#: The Aggregation page's example as far as the copy read shows it (it stops after
#: transactions_updated_count), with the type the page names.
AGGREGATION = {
    "action": "member_data_updated",
    "completed_at": 1531947410,
    "completed_on": "2018-07-18",
    "is_background": True,
    "job_guid": "JOB-823ab268-5107-4a67-97c8-60292572ac2e",
    "member_guid": "MBR-48d9a481-f2a2-7e13-2685-62869cf0d33a",
    "transactions_created_count": 3,
    "transactions_updated_count": 2,
    "type": "AGGREGATION",
}


def test_an_aggregation_webhook_is_received_as_one() -> None:
    body = json.dumps(AGGREGATION).encode()
    assert payloads.recognise(AGGREGATION) == ("mx/webhook",)
    event = bankcodes.receive("mx", body, {"content-type": "application/json"}, None)
    assert event.type is mx.WebhookType.AGGREGATION
    assert isinstance(event.payload, AggregationWebhook)
    assert event.payload.transactions_created_count == 3
    assert event.payload.is_background is True
    decisive = event.decisive_code()
    assert decisive is not None and decisive.code is mx.WebhookType.AGGREGATION
    assert decisive.code.category is Category.INFORMATIONAL


def test_a_webhook_without_action_or_of_a_type_without_a_body_is_still_mx() -> None:
    # docs.mx.com/resources/webhooks/initial-data-ready: its example has no action.
    ready = {
        "type": "initial_data_ready",
        "guid": "3af06dde-da32-4937-9d9f-a37a4576ec8d",
        "client_guid": "CLT-f537431e-6b54-45d3-8566-9353b393a98a",
        "user_guid": "USR-eaf4ac68-d17d-5e9b-7b46-959a5b315a9e",
        "member_guid": "MBR-48d9a481-f2a2-7e13-2685-62869cf0d33a",
    }
    assert payloads.recognise(ready) == ("mx/webhook",)
    event = bankcodes.receive("mx", json.dumps(ready).encode(), {}, None)
    assert event.type is mx.WebhookType("initial_data_ready")
    assert type(event.payload).__name__ == "InitialDataReadyWebhook"
    history = {"action": "member_data_updated", "type": "HISTORY", "member_guid": "MBR-1"}
    event = bankcodes.receive("mx", json.dumps(history).encode(), {}, None)
    assert event.type is mx.WebhookType.HISTORY
    assert type(event.payload).__name__ == "OtherWebhook"
    # A type MX adds later is kept, and read as unknown.
    later = {"action": "member_data_updated", "type": "ACCOUNTS", "member_guid": "MBR-1"}
    event = bankcodes.receive("mx", json.dumps(later).encode(), {}, None)
    assert isinstance(event.type, UnknownCode) and event.type.value == "ACCOUNTS"
