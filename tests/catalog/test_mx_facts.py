"""MX, read from its pinned sources: the Connect widget's numeric connection statuses and their
groups (mxenabled/connect-widget src/const/Statuses.js), its end-user messages with MX's own
Spanish and Canadian-French translations (src/const/consts.js, src/const/language/es.json and
frCa.json), and its webhooks, which carry no signature (docs.mx.com/resources/webhooks and the
page of each webhook type). The Connect widget's messages are test_mx_widget_messages.py's.
Expected values are typed from those files."""

from __future__ import annotations

import hashlib
import json

import pytest

import bankcodes
from bankcodes import Category, UnknownCode, mx, payloads
from bankcodes.webhooks.mx.webhook import AggregationWebhook
from tests.support.helpers import spec_data

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
