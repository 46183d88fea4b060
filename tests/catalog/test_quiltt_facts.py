"""Quiltt's facts, typed from its sources: the Profile GraphQL API's types as generated into
quiltt/quiltt-nextjs-template (src/generated/graphql.ts at
5c09b7d35c34556f645436b88cd302dd120d83a6, 2024-08-14), @quiltt/core's files in quiltt/quiltt-js at
fe56694ea4c6da913760a3f1f14403fd11e7c484 (browser.ts, rest/types.ts) and the parts read of
Quiltt's Webhooks, Webhooks setup and Webhook Schemas pages. A Connection is Quiltt's, never
Plaid's or MX's, though it carries their codes beneath its own status."""

from __future__ import annotations

import json

import pytest

import bankcodes
from bankcodes import Category, payloads
from tests.support.helpers import counts, provider_module, spec_data

quiltt = provider_module("quiltt")

TYPES = "5c09b7d35c34556f645436b88cd302dd120d83a6"
SDK = "fe56694ea4c6da913760a3f1f14403fd11e7c484"

#: graphql.ts: enum ConnectionStatus, its members in order, each doc comment on one line.
CONNECTION_STATUS = {
    "DISCONNECTED": "The Connection has been disconnected from all providers.",
    "ERROR_INSTITUTION": "The Connection provider is reporting an error with the Institution.",
    "ERROR_PROVIDER": (
        "The Connection provider is reporting an error with the Connection. Inspect the "
        "Connection's [Remote Data](https://quiltt.dev/api/remote-data) for more information."
    ),
    "ERROR_REPAIRABLE": (
        "The Connection needs to be repaired by the user completing the Reconnect flow. See the "
        "[Reconnect guide](https://quiltt.dev/connector/reconnect) on how to set this up."
    ),
    "ERROR_SERVICE": (
        "Quiltt is experiencing an error attempting to sync this Connection. Visit our [Status "
        "page](https://status.quiltt.io) or contact Quiltt Support for more information."
    ),
    "INITIALIZING": "The Connection is being initialized.",
    "SYNCED": "The Connection is synced and up to date with the provider.",
    "SYNCING": "The Connection is currently syncing with the provider.",
    "UPGRADING": "The Connection is attempting to add new features.",
}
#: graphql.ts: enum ConnectionProvider and its doc comments.
CONNECTION_PROVIDER = {
    "AKOYA": "Akoya", "DISCONNECTED": "Disconnected", "MOCK": "Mock data", "MX": "MX",
    "PLAID": "Plaid",
}  # fmt: skip
#: graphql.ts: enum ConnectorStatus.
CONNECTOR_STATUS = {
    "ABORT": "Unable to upgrade feature as it is not supported by the Institution.",
    "ACTION_REQUIRED": "The end-user must interact with the Connection provider.",
    "CONTINUE": "No end-user interaction is required.",
    "WAIT": "An asynchronous operation is occurring that may need further end-user interaction.",
}
#: quiltt-js packages/core/src/api/browser.ts: enum ConnectorSDKEventType, in order.
CONNECTOR_EVENTS = {
    "opened": "The Connector modal has been opened",
    "loaded": "The Connector has loaded successfully",
    "exited.successful": "The end-user successfully completed the flow",
    "exited.aborted": "The end-user exited the Connector before completing the flow",
    "exited.errored": "The end-user experienced an error during the flow",
}
#: The Webhook Schemas page: the eventTypes enum of each of the three captures read.
NEWEST = {
    "connection.created", "connection.synced.successful", "connection.synced.successful.initial",
    "connection.synced.successful.historical", "connection.synced.errored.repairable",
    "connection.synced.errored.institution", "connection.synced.errored.provider",
    "connection.synced.errored.service", "connection.disconnected", "account.created",
    "account.owners_verified", "account.reconnected", "account.verified", "balance.created",
    "statement.ready", "profile.created", "profile.ready", "profile.deleted",
}  # fmt: skip
MIDDLE = NEWEST - {"account.owners_verified"}
OLDEST = (
    NEWEST
    - {"account.owners_verified", "connection.synced.successful.initial", "statement.ready"}
    - {"profile.ready"}
) | {"connection.updated", "account.updated", "profile.updated"}
#: The Webhooks page's Event Types table (four rows).
EVENT_TEXTS = {
    "profile.created": "A Profile has been created.",
    "connection.synced.successful": "A Connection has synced successfully.",
    "connection.synced.errored.repairable": (
        "A Connection has entered an error that must be resolved using the Reconnect flow"
    ),
    "account.verified": (
        "An Account has been successfully verified and ACH numbers are now available via the "
        "Account Numbers API."
    ),
}
#: graphql.ts: RemoteDataPlaidError's fields, camelCase, as a Connection's remote data holds
#: Plaid's Item error (remoteData.plaid.connection.response.error).
PLAID_REPAIRABLE = {
    "id": "conn_1",
    "status": "ERROR_REPAIRABLE",
    "provider": "PLAID",
    "remoteData": {
        "plaid": {
            "connection": {
                "response": {
                    "error": {"errorType": "ITEM_ERROR", "errorCode": "ITEM_LOGIN_REQUIRED"}
                }
            }
        }
    },
}
#: Plaid's own error body (snake_case), as Plaid sends it.
PLAID_ERROR = {
    "error_type": "ITEM_ERROR",
    "error_code": "ITEM_LOGIN_REQUIRED",
    "error_message": "the login details of this item have changed",
    "display_message": None,
    "request_id": "req_1",
}


def _values(code_set: str) -> list[object]:
    return [c["value"] for c in spec_data()["providers"]["quiltt"]["code_sets"][code_set]["codes"]]


def test_the_connection_statuses_are_the_schema_s_in_its_words() -> None:
    assert _values("connection_status") == list(CONNECTION_STATUS)
    for value, text in CONNECTION_STATUS.items():
        assert quiltt.ConnectionStatus(value).description == text
    assert spec_data()["providers"]["quiltt"]["code_sets"]["connection_status"]["states"] is True


@pytest.mark.parametrize(
    ("status", "category"),
    [
        ("ERROR_REPAIRABLE", Category.RECONNECT_REQUIRED),
        ("ERROR_INSTITUTION", Category.INSTITUTION_UNAVAILABLE),
        ("SYNCED", Category.SUCCESS),
        ("SYNCING", Category.PENDING),
        ("DISCONNECTED", Category.CANCELLED),
    ],
)
def test_a_status_is_read_as_its_text_says(status: str, category: Category) -> None:
    assert quiltt.ConnectionStatus(status).category is category


@pytest.mark.parametrize("status", ["ERROR_PROVIDER", "ERROR_SERVICE"])
def test_a_provider_s_or_quiltt_s_error_waits(status: str) -> None:
    """Both texts say the fault is the provider's or Quiltt's, not the request's or the user's."""
    code = spec_data()["providers"]["quiltt"]["code_sets"]["connection_status"]["codes"]
    entry = next(c for c in code if c["value"] == status)
    assert (entry["next_step"], entry["state"]) == ("retry_later", "provider_or_bank_down")


def test_the_providers_and_connector_statuses_are_the_schema_s() -> None:
    assert _values("connection_provider") == list(CONNECTION_PROVIDER)
    for value, text in CONNECTION_PROVIDER.items():
        assert quiltt.ConnectionProvider(value).description == text
    assert _values("connector_status") == list(CONNECTOR_STATUS)
    for value, text in CONNECTOR_STATUS.items():
        assert quiltt.ConnectorStatus(value).description == text


def test_the_connector_events_are_the_sdk_s_enum_in_order() -> None:
    assert _values("connector_event_type") == list(CONNECTOR_EVENTS)
    for value, text in CONNECTOR_EVENTS.items():
        assert quiltt.ConnectorEventType(value).description == text
    assert quiltt.ConnectorEventType("exited.aborted").category is Category.CANCELLED


def test_the_webhook_event_types_are_the_union_of_the_captures_each_marked() -> None:
    codes = spec_data()["providers"]["quiltt"]["code_sets"]["webhook_event_type"]["codes"]
    assert {c["value"] for c in codes} == NEWEST | MIDDLE | OLDEST
    assert (len(NEWEST), len(MIDDLE), len(OLDEST), len(codes)) == (18, 17, 17, 21)
    captures = {"newest": NEWEST, "middle": MIDDLE, "oldest": OLDEST}
    for code in codes:
        marked = [name for name, types in captures.items() if code["value"] in types]
        assert f"captures read: {', '.join(marked)} (of three" in code["notes"], code["value"]
    for value, text in EVENT_TEXTS.items():
        assert quiltt.WebhookEventType(value).description == text


def test_a_webhook_is_quiltt_s_and_decided_by_its_event_s_type() -> None:
    body = {
        "environment": {"id": "env_1"},
        "eventTypes": ["connection.synced.errored.repairable"],
        "events": [
            {
                "id": "evt_12sDfIGkY96vVvNvTqNfn9",
                "type": "connection.synced.errored.repairable",
                "profile": {"id": "p_1"},
                "record": {"id": "conn_1"},
            }
        ],
    }
    assert payloads.identify(body).kinds == ("quiltt/webhook",)
    found = payloads.decisive_code("quiltt/webhook", body)
    assert found is not None and found.path == "$.events[0].type"
    assert found.code.category is Category.RECONNECT_REQUIRED


def test_a_connection_is_quiltt_s_and_a_plaid_error_stays_plaid_s() -> None:
    assert payloads.identify(PLAID_REPAIRABLE).kinds == ("quiltt/connection",)
    assert payloads.identify(PLAID_ERROR).kinds == ("plaid/error",)


def test_receive_says_the_signature_was_not_read() -> None:
    """The Webhooks setup page: QUILTT_WEBHOOK_WINDOW = 300 and the 'Quiltt-Timestamp' check;
    its signature header and algorithm lie past the part read."""
    provider = spec_data()["providers"]["quiltt"]
    assert "signing" not in provider and "delivery" not in provider
    reason = provider["webhooks_undescribed"]["reason"]
    for fact in ("Quiltt-Timestamp", "QUILTT_WEBHOOK_WINDOW = 300", "not read"):
        assert fact in reason, fact
    assert "HMAC" not in reason and "Quiltt-Signature" not in reason
    with pytest.raises(bankcodes.ConfigurationError, match="does not describe how"):
        bankcodes.receive("quiltt", json.dumps({"events": []}).encode(), {}, None)


def test_every_repository_source_is_pinned_to_the_commit_read() -> None:
    sources = {k: v for k, v in spec_data()["sources"].items() if k.startswith("quiltt-")}
    for key, source in sources.items():
        if source["kind"] == "repo":
            assert source["commit"] in source["url"], key
        else:
            assert source["url"].split("/")[2] in ("quiltt.dev", "www.quiltt.dev"), key
            # A copy read whole is pinned by the day it was read and its hash; any other says
            # what of the page was read.
            assert source.get("read_in_part") or len(source.get("sha256", "")) == 64, key
    assert sources["quiltt-graphql-types"]["commit"] == TYPES
    assert sources["quiltt-js-browser"]["commit"] == SDK


def test_the_sdk_ends_the_session_on_a_401_and_does_not_retry_it() -> None:
    # quiltt-js ErrorLink.ts (L31-L33): "if ('statusCode' in error && error.statusCode === 401) {
    # ... GlobalStorage.set('session', null)"; RetryLink.ts retries "!statusCode || statusCode >=
    # 500" only.
    rules = spec_data()["providers"]["quiltt"]["retries"]["rules"]
    (on_401,) = [rule for rule in rules if 401 in rule.get("statuses", [])]
    assert (on_401["library"], on_401["max_attempts"]) == ("quiltt-js (GraphQL)", 1)
    assert "GlobalStorage.set('session', null)" in on_401["quote"]
    assert on_401["sources"] == ["quiltt-js-error-link"]
    # The 401 of Quiltt's REST statuses: "Invalid Token / Session is Invalid"; its body asks for
    # "a valid, unexpired session token", which the integration issues server-side.
    assert provider_module("quiltt").ResponseStatus(401).category is Category.INTEGRATION_ERROR


def test_the_spec_records_that_the_catalog_holds_every_value_of_the_enums_read() -> None:
    """Drift counts graphql.ts's and browser.ts's enums: the catalog holds each one whole."""
    lists = {
        "quiltt-graphql-types": {
            "quiltt.connection_status": CONNECTION_STATUS,
            "quiltt.connection_provider": CONNECTION_PROVIDER,
            "quiltt.connector_status": CONNECTOR_STATUS,
        },
        "quiltt-js-browser": {"quiltt.connector_event_type": CONNECTOR_EVENTS},
    }
    for source, listed in lists.items():
        assert counts(source) == {ref: (len(values), len(values)) for ref, values in listed.items()}
