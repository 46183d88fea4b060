"""MX, read from its pinned sources: the Connect widget's numeric connection statuses and their
groups (mxenabled/connect-widget src/const/Statuses.js), its end-user messages with MX's own
Spanish and Canadian-French translations (src/const/consts.js, src/const/language/es.json and
frCa.json), its webhook, which carries no signature (docs.mx.com/resources/webhooks), and its
Connect widget's messages (mxenabled/widget-post-message-definitions). Expected values are typed
from those files."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

import bankcodes
from bankcodes import Category, UnknownCode, mx
from tests.support.helpers import listen
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
