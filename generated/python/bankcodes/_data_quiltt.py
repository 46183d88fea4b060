# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.quiltt's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, NumericCodeEnum, register
from bankcodes._records import CodeInfo, CodeSetInfo, Source, Wording
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.quiltt")
#: The documents its facts come from, by id.
_S = {
    "quiltt-graphql-types": Source(
        id="quiltt-graphql-types",
        kind="repo",
        title="Quiltt: quiltt-nextjs-template src/generated/graphql.ts (2024-08-14), the Profile GraphQL API's types as generated from Quiltt's schema",
        url="https://github.com/quiltt/quiltt-nextjs-template/blob/5c09b7d35c34556f645436b88cd302dd120d83a6/src/generated/graphql.ts",
        read_in_part="The sections Connection, ConnectionProvider, ConnectionRemoteData and its Akoya, MX and Plaid types, ConnectionStatus, ConnectorStatus, RemoteDataPlaidItem, RemoteDataPlaidError, RemoteDataMxMember and RemoteDataAkoyaErrorEntity were read; the rest of the 302,448-byte file was not.",
    ),
    "quiltt-graphql-types-2023": Source(
        id="quiltt-graphql-types-2023",
        kind="repo",
        title="Quiltt: fintech-devcon-2023 src/gql/graphql.ts (2023), an older generation of the GraphQL types",
        url="https://github.com/quiltt/fintech-devcon-2023/blob/3394d863d00e0dacde2ebb32f5e13d846cb60df7/src/gql/graphql.ts",
        read_in_part="The ConnectionStatus enum and ConnectionUpdatePayload were read; the rest of the file was not.",
    ),
    "quiltt-graphql-types-2022": Source(
        id="quiltt-graphql-types-2022",
        kind="repo",
        title="Quiltt: quiltt-client src/types/graphql.ts (2022), the oldest generation of the GraphQL types read",
        url="https://github.com/quiltt/quiltt-client/blob/d445bec555604fb13275180ccc7ab95036e3c114/src/types/graphql.ts",
        read_in_part="The ConnectionStatus enum and ConnectionType were read; the rest of the file was not.",
    ),
    "quiltt-js-browser": Source(
        id="quiltt-js-browser",
        kind="repo",
        title="Quiltt: quiltt-js packages/core/src/api/browser.ts (@quiltt/core 5.2.0), the Connector SDK's callbacks, event types and metadata",
        url="https://github.com/quiltt/quiltt-js/blob/fe56694ea4c6da913760a3f1f14403fd11e7c484/packages/core/src/api/browser.ts",
    ),
    "quiltt-js-rest-types": Source(
        id="quiltt-js-rest-types",
        kind="repo",
        title="Quiltt: quiltt-js packages/core/src/api/rest/types.ts (@quiltt/core 5.2.0), the REST error bodies' types",
        url="https://github.com/quiltt/quiltt-js/blob/fe56694ea4c6da913760a3f1f14403fd11e7c484/packages/core/src/api/rest/types.ts",
    ),
    "quiltt-js-rest-statuses": Source(
        id="quiltt-js-rest-statuses",
        kind="repo",
        title="Quiltt: quiltt-js packages/core/src/api/rest/connectors.ts and auth.ts (@quiltt/core 5.2.0), their Response Statuses comments",
        url="https://github.com/quiltt/quiltt-js/blob/fe56694ea4c6da913760a3f1f14403fd11e7c484/packages/core/src/api/rest/connectors.ts",
        read_in_part="connectors.ts and auth.ts (packages/core/src/api/rest/auth.ts at the same commit) were read for their Response Statuses comments.",
    ),
    "quiltt-webhooks": Source(
        id="quiltt-webhooks",
        kind="doc",
        title="Quiltt Docs: Webhooks",
        url="https://www.quiltt.dev/webhooks",
        read_in_part="Read: How It Works, Event Types (4 sample rows), the Webhook Payload's description (the example JSON itself was not in the copy), and Handling Events up to 'If your': the retry policy was not read.",
    ),
    "quiltt-webhooks-schemas": Source(
        id="quiltt-webhooks-schemas",
        kind="doc",
        title="Quiltt Docs: Webhook Schemas (three stored captures)",
        url="https://www.quiltt.dev/webhooks/schemas",
        read_in_part="Three stored captures of the page, of different dates, each read from its start: the eventTypes enum of the Webhook Payload (read whole in each: 18, 17 and 17 types) and the start of the Profile Event and Connection Event schemas. The Account, Balance and Statement events and the Environment object were not read.",
    ),
    "quiltt-guides-webhooks": Source(
        id="quiltt-guides-webhooks",
        kind="doc",
        title="Quiltt Docs: Webhooks guide (older pages)",
        url="https://www.quiltt.dev/guides/webhooks",
        read_in_part="Two older versions read from their start through the subscription instructions.",
    ),
    "quiltt-reconnect": Source(
        id="quiltt-reconnect",
        kind="doc",
        title="Quiltt Docs: Connector Reconnect",
        url="https://quiltt.dev/connector/reconnect",
        read_in_part="Two versions (quiltt.dev and an older www.quiltt.dev) read from their start through Server-side Webhooks, cut at the testing paragraph; the newer copy's numbered list is partly lost in the stored text.",
    ),
    "quiltt-connector-js": Source(
        id="quiltt-connector-js",
        kind="doc",
        title="Quiltt Docs: Connector JavaScript API",
        url="https://www.quiltt.dev/connector/javascript",
        read_in_part="The newest stored version read through the events, metadata and callbacks tables (each whole), cut at the Quiltt.authenticate() description.",
    ),
    "quiltt-api-connections": Source(
        id="quiltt-api-connections",
        kind="doc",
        title="Quiltt Docs: Connections",
        url="https://www.quiltt.dev/api/connections",
        read_in_part="Read through the first webhook events' descriptions (connection.created, connection.synced.successful, its .initial and the start of .historical); the rest was not read.",
    ),
    "quiltt-docs-issuing-session-tokens": Source(
        id="quiltt-docs-issuing-session-tokens",
        kind="doc",
        title="Quiltt: Issuing Session Tokens",
        url="https://www.quiltt.dev/authentication/issuing-session-tokens",
        read_in_part='A stored copy of the page\'s text without its code examples, from its start to its troubleshooting ("Fix:", cut): the rest was not read.',
    ),
    "quiltt-docs-session-management-legacy": Source(
        id="quiltt-docs-session-management-legacy",
        kind="doc",
        title="Quiltt: Session Management (earlier API reference), GET /v1/users/session and its 401",
        url="https://quiltt.dev/developers/api/authentication/session-management",
        read_in_part="A stored copy of the page from its start through Retrieve Session's response examples (200 and 401) and the start of Revoke Session.",
    ),
}


def _ConnectionStatus() -> type[CodeEnum]:
    class ConnectionStatus(CodeEnum):
        """Connection status (ConnectionStatus): Where a Quiltt Connection stands (Connection.status of the Profile GraphQL API): the ConnectionStatus enum of the GraphQL types generated from Quiltt's schema in 2024, its texts the schema's doc comments joined into one line. Older generations of the types (2023, 2022) have seven of the nine statuses, not DISCONNECTED or UPGRADING, worded otherwise; the live schema was not read.

        Wire field: Connection.status (Profile GraphQL API)."""

        DISCONNECTED = "DISCONNECTED"
        ERROR_INSTITUTION = "ERROR_INSTITUTION"
        ERROR_PROVIDER = "ERROR_PROVIDER"
        ERROR_REPAIRABLE = "ERROR_REPAIRABLE"
        ERROR_SERVICE = "ERROR_SERVICE"
        INITIALIZING = "INITIALIZING"
        SYNCED = "SYNCED"
        SYNCING = "SYNCING"
        UPGRADING = "UPGRADING"

    register(
        ConnectionStatus,
        lambda: (
            CodeSetInfo(
                provider="quiltt",
                id="connection_status",
                title="Connection status (ConnectionStatus)",
                description="Where a Quiltt Connection stands (Connection.status of the Profile GraphQL API): the ConnectionStatus enum of the GraphQL types generated from Quiltt's schema in 2024, its texts the schema's doc comments joined into one line. Older generations of the types (2023, 2022) have seven of the nine statuses, not DISCONNECTED or UPGRADING, worded otherwise; the live schema was not read.",
                field="Connection.status (Profile GraphQL API)",
                states=True,
                sources=(
                    _S["quiltt-graphql-types"],
                    _S["quiltt-graphql-types-2023"],
                    _S["quiltt-graphql-types-2022"],
                ),
            ),
            (
                CodeInfo(
                    value="DISCONNECTED",
                    description="The Connection has been disconnected from all providers.",
                    category=_C.CANCELLED,
                    sources=(_S["quiltt-graphql-types"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-graphql-types"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/connection_status/#DISCONNECTED",
                    notes="Not in the 2023 or 2022 generated types. The connectionDisconnect mutation leaves a Connection so, with the connection.disconnected webhook.",
                    state="revoked",
                    state_reason="Quiltt's words: the Connection has been disconnected from all providers.",
                ),
                CodeInfo(
                    value="ERROR_INSTITUTION",
                    description="The Connection provider is reporting an error with the Institution.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["quiltt-graphql-types"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-graphql-types"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/connection_status/#ERROR_INSTITUTION",
                    notes="The 2023 generated types (fintech-devcon-2023) say: 'The Connection provider is indicating an issue with the institution.'; the 2022 ones (quiltt-client): 'Institution Error'.",
                ),
                CodeInfo(
                    value="ERROR_PROVIDER",
                    description="The Connection provider is reporting an error with the Connection. Inspect the Connection's [Remote Data](https://quiltt.dev/api/remote-data) for more information.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["quiltt-graphql-types"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-graphql-types"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/connection_status/#ERROR_PROVIDER",
                    notes="The 2023 generated types (fintech-devcon-2023) say: 'The Connection provider is experiencing a service interruption.'; the 2022 ones (quiltt-client): 'Provider Error'. The provider's own code, where the Connection's remote data carries it, says more.",
                    next_step="retry_later",
                    state="provider_or_bank_down",
                    state_reason="Quiltt's words: the Connection provider (Plaid, MX, Akoya or Finicity) is reporting an error with the Connection; its own code is in the Connection's remote data.",
                ),
                CodeInfo(
                    value="ERROR_REPAIRABLE",
                    description="The Connection needs to be repaired by the user completing the Reconnect flow. See the [Reconnect guide](https://quiltt.dev/connector/reconnect) on how to set this up.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["quiltt-graphql-types"], _S["quiltt-reconnect"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-graphql-types"], _S["quiltt-reconnect"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/connection_status/#ERROR_REPAIRABLE",
                    notes="The 2023 generated types (fintech-devcon-2023) say: 'The Connection has a repairable error. Initialize a Connector session for the user to repair the connection.'; the 2022 ones (quiltt-client): 'Repairable Error'. The Reconnect page: regular syncing is interrupted until the Connection is repaired, and the connection.synced.errored.repairable webhook fires.",
                ),
                CodeInfo(
                    value="ERROR_SERVICE",
                    description="Quiltt is experiencing an error attempting to sync this Connection. Visit our [Status page](https://status.quiltt.io) or contact Quiltt Support for more information.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["quiltt-graphql-types"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-graphql-types"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/connection_status/#ERROR_SERVICE",
                    notes="The 2023 generated types (fintech-devcon-2023) say: 'Quiltt is experiencing a service interruption. Visit our [Status page](https://status.quiltt.io) for more information.'; the 2022 ones (quiltt-client): 'Service Error'.",
                    next_step="retry_later",
                    state="provider_or_bank_down",
                    state_reason="Quiltt's words: Quiltt is experiencing an error attempting to sync this Connection.",
                ),
                CodeInfo(
                    value="INITIALIZING",
                    description="The Connection is being initialized.",
                    category=_C.PENDING,
                    sources=(_S["quiltt-graphql-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-graphql-types"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/connection_status/#INITIALIZING",
                    notes="The 2023 generated types (fintech-devcon-2023) say: 'The Connection is being initialized.'; the 2022 ones (quiltt-client): 'Initializing'.",
                ),
                CodeInfo(
                    value="SYNCED",
                    description="The Connection is synced and up to date with the provider.",
                    category=_C.SUCCESS,
                    sources=(_S["quiltt-graphql-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-graphql-types"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/connection_status/#SYNCED",
                    notes="The 2023 generated types (fintech-devcon-2023) say: 'The Connection is up to date.'; the 2022 ones (quiltt-client): 'Synced'.",
                ),
                CodeInfo(
                    value="SYNCING",
                    description="The Connection is currently syncing with the provider.",
                    category=_C.PENDING,
                    sources=(_S["quiltt-graphql-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-graphql-types"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/connection_status/#SYNCING",
                    notes="The 2023 generated types (fintech-devcon-2023) say: 'The Connection is currently syncing.'; the 2022 ones (quiltt-client): 'Syncing'.",
                ),
                CodeInfo(
                    value="UPGRADING",
                    description="The Connection is attempting to add new features.",
                    category=_C.PENDING,
                    sources=(_S["quiltt-graphql-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-graphql-types"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/connection_status/#UPGRADING",
                    notes="Not in the 2023 or 2022 generated types.",
                ),
            ),
        ),
        {},
    )
    return ConnectionStatus


def _ConnectionProvider() -> type[CodeEnum]:
    class ConnectionProvider(CodeEnum):
        """Connection provider (ConnectionProvider): The data provider behind a Quiltt Connection (Connection.provider), as the 2024 generated GraphQL types list it. Finicity, which Quiltt's pages and the 2026 SDK's checkResolvable name, is not in that enum; the live schema was not read.

        Wire field: Connection.provider (Profile GraphQL API)."""

        AKOYA = "AKOYA"
        DISCONNECTED = "DISCONNECTED"
        MOCK = "MOCK"
        MX = "MX"
        PLAID = "PLAID"

    register(
        ConnectionProvider,
        lambda: (
            CodeSetInfo(
                provider="quiltt",
                id="connection_provider",
                title="Connection provider (ConnectionProvider)",
                description="The data provider behind a Quiltt Connection (Connection.provider), as the 2024 generated GraphQL types list it. Finicity, which Quiltt's pages and the 2026 SDK's checkResolvable name, is not in that enum; the live schema was not read.",
                field="Connection.provider (Profile GraphQL API)",
                sources=(_S["quiltt-graphql-types"],),
            ),
            (
                CodeInfo(
                    value="AKOYA",
                    description="Akoya",
                    category=_C.INFORMATIONAL,
                    sources=(_S["quiltt-graphql-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-graphql-types"],),
                        ),
                    ),
                    page="reference/quiltt/connection_provider/#AKOYA",
                ),
                CodeInfo(
                    value="DISCONNECTED",
                    description="Disconnected",
                    category=_C.INFORMATIONAL,
                    sources=(_S["quiltt-graphql-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-graphql-types"],),
                        ),
                    ),
                    page="reference/quiltt/connection_provider/#DISCONNECTED",
                ),
                CodeInfo(
                    value="MOCK",
                    description="Mock data",
                    category=_C.INFORMATIONAL,
                    sources=(_S["quiltt-graphql-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-graphql-types"],),
                        ),
                    ),
                    page="reference/quiltt/connection_provider/#MOCK",
                ),
                CodeInfo(
                    value="MX",
                    description="MX",
                    category=_C.INFORMATIONAL,
                    sources=(_S["quiltt-graphql-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-graphql-types"],),
                        ),
                    ),
                    page="reference/quiltt/connection_provider/#MX",
                ),
                CodeInfo(
                    value="PLAID",
                    description="Plaid",
                    category=_C.INFORMATIONAL,
                    sources=(_S["quiltt-graphql-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-graphql-types"],),
                        ),
                    ),
                    page="reference/quiltt/connection_provider/#PLAID",
                ),
            ),
        ),
        {},
    )
    return ConnectionProvider


def _WebhookEventType() -> type[CodeEnum]:
    class WebhookEventType(CodeEnum):
        """Webhook event type: The type of each event of a Quiltt webhook (events[].type, and the eventTypes the delivery holds): the union of the eventTypes enum of three stored captures of the Webhook Schemas page, each enum read whole, each code saying in which captures it was seen. Which capture is live is not known. Descriptions are the Webhooks page's where its table has the type (four rows), else none. Older pages of the Webhooks guide also list group types (profile, connection, profile.changed, connection.changed) and connection.synced.errored, which no capture of the Schemas page read has; they are not listed here.

        Wire field: events[].type and eventTypes[] of a webhook."""

        connection_created = "connection.created"
        connection_synced_successful = "connection.synced.successful"
        connection_synced_successful_initial = "connection.synced.successful.initial"
        connection_synced_successful_historical = "connection.synced.successful.historical"
        connection_synced_errored_repairable = "connection.synced.errored.repairable"
        connection_synced_errored_institution = "connection.synced.errored.institution"
        connection_synced_errored_provider = "connection.synced.errored.provider"
        connection_synced_errored_service = "connection.synced.errored.service"
        connection_disconnected = "connection.disconnected"
        account_created = "account.created"
        account_owners_verified = "account.owners_verified"
        account_reconnected = "account.reconnected"
        account_verified = "account.verified"
        balance_created = "balance.created"
        statement_ready = "statement.ready"
        profile_created = "profile.created"
        profile_ready = "profile.ready"
        profile_deleted = "profile.deleted"
        connection_updated = "connection.updated"
        account_updated = "account.updated"
        profile_updated = "profile.updated"

    register(
        WebhookEventType,
        lambda: (
            CodeSetInfo(
                provider="quiltt",
                id="webhook_event_type",
                title="Webhook event type",
                description="The type of each event of a Quiltt webhook (events[].type, and the eventTypes the delivery holds): the union of the eventTypes enum of three stored captures of the Webhook Schemas page, each enum read whole, each code saying in which captures it was seen. Which capture is live is not known. Descriptions are the Webhooks page's where its table has the type (four rows), else none. Older pages of the Webhooks guide also list group types (profile, connection, profile.changed, connection.changed) and connection.synced.errored, which no capture of the Schemas page read has; they are not listed here.",
                field="events[].type and eventTypes[] of a webhook",
                sources=(
                    _S["quiltt-webhooks-schemas"],
                    _S["quiltt-webhooks"],
                    _S["quiltt-guides-webhooks"],
                ),
            ),
            (
                CodeInfo(
                    value="connection.created",
                    description="This event fires once a new Connection is created on a Profile.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["quiltt-webhooks-schemas"], _S["quiltt-api-connections"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-api-connections"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/webhook_event_type/#connection.created",
                    notes="In the eventTypes enum of the Webhook Schemas captures read: newest, middle, oldest (of three: newest, middle, oldest).",
                ),
                CodeInfo(
                    value="connection.synced.successful",
                    description="A Connection has synced successfully.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["quiltt-webhooks-schemas"],
                        _S["quiltt-webhooks"],
                        _S["quiltt-api-connections"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["quiltt-webhooks-schemas"],
                                _S["quiltt-webhooks"],
                                _S["quiltt-api-connections"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/webhook_event_type/#connection.synced.successful",
                    notes="In the eventTypes enum of the Webhook Schemas captures read: newest, middle, oldest (of three: newest, middle, oldest).",
                ),
                CodeInfo(
                    value="connection.synced.successful.initial",
                    description="This event fires once after the first quick sync is completed on a Connection. The Connection status will resolve to SYNCED.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["quiltt-webhooks-schemas"], _S["quiltt-api-connections"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-api-connections"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/webhook_event_type/#connection.synced.successful.initial",
                    notes="In the eventTypes enum of the Webhook Schemas captures read: newest, middle (of three: newest, middle, oldest).",
                ),
                CodeInfo(
                    value="connection.synced.successful.historical",
                    description="A Connection's historical data has synced.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["quiltt-webhooks-schemas"], _S["quiltt-api-connections"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/webhook_event_type/#connection.synced.successful.historical",
                    editorial=True,
                    notes="In the eventTypes enum of the Webhook Schemas captures read: newest, middle, oldest (of three: newest, middle, oldest). Its description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="connection.synced.errored.repairable",
                    description="A Connection has entered an error that must be resolved using the Reconnect flow",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["quiltt-webhooks-schemas"], _S["quiltt-webhooks"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-webhooks-schemas"], _S["quiltt-webhooks"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/webhook_event_type/#connection.synced.errored.repairable",
                    notes="In the eventTypes enum of the Webhook Schemas captures read: newest, middle, oldest (of three: newest, middle, oldest).",
                ),
                CodeInfo(
                    value="connection.synced.errored.institution",
                    description="A Connection's sync failed with an error of the institution.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["quiltt-webhooks-schemas"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/webhook_event_type/#connection.synced.errored.institution",
                    editorial=True,
                    notes="In the eventTypes enum of the Webhook Schemas captures read: newest, middle, oldest (of three: newest, middle, oldest). Its category is bankcodes' reading of its name (the Connection status of the same name). Its description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="connection.synced.errored.provider",
                    description="A Connection's sync failed with an error the Connection's provider reported.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["quiltt-webhooks-schemas"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/webhook_event_type/#connection.synced.errored.provider",
                    editorial=True,
                    notes="In the eventTypes enum of the Webhook Schemas captures read: newest, middle, oldest (of three: newest, middle, oldest). Its category is bankcodes' reading of its name (the Connection status of the same name). Its description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="connection.synced.errored.service",
                    description="A Connection's sync failed with an error of Quiltt's service.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["quiltt-webhooks-schemas"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/webhook_event_type/#connection.synced.errored.service",
                    editorial=True,
                    notes="In the eventTypes enum of the Webhook Schemas captures read: newest, middle, oldest (of three: newest, middle, oldest). Its category is bankcodes' reading of its name (the Connection status of the same name). Its description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="connection.disconnected",
                    description="A Connection was disconnected.",
                    category=_C.CANCELLED,
                    sources=(_S["quiltt-webhooks-schemas"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/webhook_event_type/#connection.disconnected",
                    editorial=True,
                    notes="In the eventTypes enum of the Webhook Schemas captures read: newest, middle, oldest (of three: newest, middle, oldest). Its category is bankcodes' reading of its name (the DISCONNECTED Connection status). Its description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="account.created",
                    description="An Account was created.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["quiltt-webhooks-schemas"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/webhook_event_type/#account.created",
                    editorial=True,
                    notes="In the eventTypes enum of the Webhook Schemas captures read: newest, middle, oldest (of three: newest, middle, oldest). Its description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="account.owners_verified",
                    description="An Account's owners were verified.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["quiltt-webhooks-schemas"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/webhook_event_type/#account.owners_verified",
                    editorial=True,
                    notes="In the eventTypes enum of the Webhook Schemas captures read: newest (of three: newest, middle, oldest). Its description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="account.reconnected",
                    description="An Account was reconnected.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["quiltt-webhooks-schemas"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/webhook_event_type/#account.reconnected",
                    editorial=True,
                    notes="In the eventTypes enum of the Webhook Schemas captures read: newest, middle, oldest (of three: newest, middle, oldest). Its description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="account.verified",
                    description="An Account has been successfully verified and ACH numbers are now available via the Account Numbers API.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["quiltt-webhooks-schemas"], _S["quiltt-webhooks"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-webhooks-schemas"], _S["quiltt-webhooks"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/webhook_event_type/#account.verified",
                    notes="In the eventTypes enum of the Webhook Schemas captures read: newest, middle, oldest (of three: newest, middle, oldest).",
                ),
                CodeInfo(
                    value="balance.created",
                    description="A Balance was created.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["quiltt-webhooks-schemas"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/webhook_event_type/#balance.created",
                    editorial=True,
                    notes="In the eventTypes enum of the Webhook Schemas captures read: newest, middle, oldest (of three: newest, middle, oldest). Its description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="statement.ready",
                    description="A Statement is ready.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["quiltt-webhooks-schemas"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/webhook_event_type/#statement.ready",
                    editorial=True,
                    notes="In the eventTypes enum of the Webhook Schemas captures read: newest, middle (of three: newest, middle, oldest). Its description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="profile.created",
                    description="A Profile has been created.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["quiltt-webhooks-schemas"], _S["quiltt-webhooks"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-webhooks-schemas"], _S["quiltt-webhooks"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/webhook_event_type/#profile.created",
                    notes="In the eventTypes enum of the Webhook Schemas captures read: newest, middle, oldest (of three: newest, middle, oldest).",
                ),
                CodeInfo(
                    value="profile.ready",
                    description="A Profile is ready: its Enrichment has been completed.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["quiltt-webhooks-schemas"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/webhook_event_type/#profile.ready",
                    editorial=True,
                    notes="In the eventTypes enum of the Webhook Schemas captures read: newest, middle (of three: newest, middle, oldest). The Schemas page: it fires when Enrichment has been completed. Its description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="profile.deleted",
                    description="A Profile was deleted.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["quiltt-webhooks-schemas"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/webhook_event_type/#profile.deleted",
                    editorial=True,
                    notes="In the eventTypes enum of the Webhook Schemas captures read: newest, middle, oldest (of three: newest, middle, oldest). Its description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="connection.updated",
                    description="A Connection was updated.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["quiltt-webhooks-schemas"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/webhook_event_type/#connection.updated",
                    editorial=True,
                    notes="In the eventTypes enum of the Webhook Schemas captures read: oldest (of three: newest, middle, oldest). Its description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="account.updated",
                    description="An Account was updated.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["quiltt-webhooks-schemas"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/webhook_event_type/#account.updated",
                    editorial=True,
                    notes="In the eventTypes enum of the Webhook Schemas captures read: oldest (of three: newest, middle, oldest). Its description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="profile.updated",
                    description="A Profile was updated.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["quiltt-webhooks-schemas"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/webhook_event_type/#profile.updated",
                    editorial=True,
                    notes="In the eventTypes enum of the Webhook Schemas captures read: oldest (of three: newest, middle, oldest). Its description is bankcodes' reading of its name.",
                ),
            ),
        ),
        {},
    )
    return WebhookEventType


def _ConnectorEventType() -> type[CodeEnum]:
    class ConnectorEventType(CodeEnum):
        """Connector SDK event type (ConnectorSDKEventType): The type of an event the Quiltt Connector emits to the app's callbacks: onEvent(type, metadata) and onExit(type, metadata) receive it, onOpen, onLoad, onExitSuccess, onExitAbort and onExitError are called for one each with the metadata alone ({connectorId, profileId?, connectionId?, connectorSession?}, no error code or message). The ConnectorSDKEventType enum of @quiltt/core, its doc comments; the Android and iOS SDKs' enums have no opened.

        Wire field: the type argument of the Connector's onEvent and onExit callbacks."""

        opened = "opened"
        loaded = "loaded"
        exited_successful = "exited.successful"
        exited_aborted = "exited.aborted"
        exited_errored = "exited.errored"

    register(
        ConnectorEventType,
        lambda: (
            CodeSetInfo(
                provider="quiltt",
                id="connector_event_type",
                title="Connector SDK event type (ConnectorSDKEventType)",
                description="The type of an event the Quiltt Connector emits to the app's callbacks: onEvent(type, metadata) and onExit(type, metadata) receive it, onOpen, onLoad, onExitSuccess, onExitAbort and onExitError are called for one each with the metadata alone ({connectorId, profileId?, connectionId?, connectorSession?}, no error code or message). The ConnectorSDKEventType enum of @quiltt/core, its doc comments; the Android and iOS SDKs' enums have no opened.",
                field="the type argument of the Connector's onEvent and onExit callbacks",
                sources=(_S["quiltt-js-browser"], _S["quiltt-connector-js"]),
            ),
            (
                CodeInfo(
                    value="opened",
                    description="The Connector modal has been opened",
                    category=_C.INFORMATIONAL,
                    sources=(_S["quiltt-js-browser"], _S["quiltt-connector-js"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-js-browser"], _S["quiltt-connector-js"]),
                        ),
                    ),
                    page="reference/quiltt/connector_event_type/#opened",
                ),
                CodeInfo(
                    value="loaded",
                    description="The Connector has loaded successfully",
                    category=_C.INFORMATIONAL,
                    sources=(_S["quiltt-js-browser"], _S["quiltt-connector-js"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-js-browser"], _S["quiltt-connector-js"]),
                        ),
                    ),
                    page="reference/quiltt/connector_event_type/#loaded",
                ),
                CodeInfo(
                    value="exited.successful",
                    description="The end-user successfully completed the flow",
                    category=_C.SUCCESS,
                    sources=(_S["quiltt-js-browser"], _S["quiltt-connector-js"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-js-browser"], _S["quiltt-connector-js"]),
                        ),
                    ),
                    page="reference/quiltt/connector_event_type/#exited.successful",
                ),
                CodeInfo(
                    value="exited.aborted",
                    description="The end-user exited the Connector before completing the flow",
                    category=_C.CANCELLED,
                    sources=(_S["quiltt-js-browser"], _S["quiltt-connector-js"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-js-browser"], _S["quiltt-connector-js"]),
                        ),
                    ),
                    page="reference/quiltt/connector_event_type/#exited.aborted",
                ),
                CodeInfo(
                    value="exited.errored",
                    description="The end-user experienced an error during the flow",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["quiltt-js-browser"], _S["quiltt-connector-js"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-js-browser"], _S["quiltt-connector-js"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/connector_event_type/#exited.errored",
                    notes="The callback carries no error code or message. Older documentation pages name it exited.error in their callbacks table.",
                ),
            ),
        ),
        {},
    )
    return ConnectorEventType


def _ConnectorStatus() -> type[CodeEnum]:
    class ConnectorStatus(CodeEnum):
        """Connector upgrade status (ConnectorStatus): The actionable status of an attempted upgrade of a Connection's features (ConnectorUpgrade.status of the connectorUpgrade mutation), as the 2024 generated GraphQL types list it.

        Wire field: ConnectorUpgrade.status (connectorUpgrade mutation)."""

        ABORT = "ABORT"
        ACTION_REQUIRED = "ACTION_REQUIRED"
        CONTINUE = "CONTINUE"
        WAIT = "WAIT"

    register(
        ConnectorStatus,
        lambda: (
            CodeSetInfo(
                provider="quiltt",
                id="connector_status",
                title="Connector upgrade status (ConnectorStatus)",
                description="The actionable status of an attempted upgrade of a Connection's features (ConnectorUpgrade.status of the connectorUpgrade mutation), as the 2024 generated GraphQL types list it.",
                field="ConnectorUpgrade.status (connectorUpgrade mutation)",
                sources=(_S["quiltt-graphql-types"],),
            ),
            (
                CodeInfo(
                    value="ABORT",
                    description="Unable to upgrade feature as it is not supported by the Institution.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["quiltt-graphql-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-graphql-types"],),
                        ),
                    ),
                    page="reference/quiltt/connector_status/#ABORT",
                ),
                CodeInfo(
                    value="ACTION_REQUIRED",
                    description="The end-user must interact with the Connection provider.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["quiltt-graphql-types"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-graphql-types"],),
                        ),
                    ),
                    page="reference/quiltt/connector_status/#ACTION_REQUIRED",
                ),
                CodeInfo(
                    value="CONTINUE",
                    description="No end-user interaction is required.",
                    category=_C.SUCCESS,
                    sources=(_S["quiltt-graphql-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-graphql-types"],),
                        ),
                    ),
                    page="reference/quiltt/connector_status/#CONTINUE",
                ),
                CodeInfo(
                    value="WAIT",
                    description="An asynchronous operation is occurring that may need further end-user interaction.",
                    category=_C.PENDING,
                    sources=(_S["quiltt-graphql-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-graphql-types"],),
                        ),
                    ),
                    page="reference/quiltt/connector_status/#WAIT",
                ),
            ),
        ),
        {},
    )
    return ConnectorStatus


def _ResponseStatus() -> type[NumericCodeEnum]:
    class ResponseStatus(NumericCodeEnum):
        """SDK REST response status: The HTTP statuses of the REST endpoints Quiltt's SDKs call (api.quiltt.com's session and Connector endpoints), with what the Response Statuses comments of @quiltt/core's connectors.ts and auth.ts say each means. A 400 answers with {message, instruction, error_id}, a 401 with {message, instruction}, a 422 with each invalid attribute's messages ({attribute: [...]}): no body carries a code.

        Wire field: the HTTP status of a response of api.quiltt.com's SDK endpoints."""

        OK = 200
        CREATED = 201
        ACCEPTED = 202
        NO_CONTENT = 204
        BAD_REQUEST = 400
        UNAUTHORIZED = 401
        FORBIDDEN = 403
        NOT_FOUND = 404
        UNPROCESSABLE_ENTITY = 422

    register(
        ResponseStatus,
        lambda: (
            CodeSetInfo(
                provider="quiltt",
                id="sdk_rest_status",
                title="SDK REST response status",
                description="The HTTP statuses of the REST endpoints Quiltt's SDKs call (api.quiltt.com's session and Connector endpoints), with what the Response Statuses comments of @quiltt/core's connectors.ts and auth.ts say each means. A 400 answers with {message, instruction, error_id}, a 401 with {message, instruction}, a 422 with each invalid attribute's messages ({attribute: [...]}): no body carries a code.",
                field="the HTTP status of a response of api.quiltt.com's SDK endpoints",
                sources=(_S["quiltt-js-rest-statuses"], _S["quiltt-js-rest-types"]),
            ),
            (
                CodeInfo(
                    value="200",
                    description="OK -> Institutions Found / Provider API ID is resolvable or not / Session is Valid",
                    category=_C.SUCCESS,
                    sources=(_S["quiltt-js-rest-statuses"], _S["quiltt-js-rest-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-js-rest-statuses"], _S["quiltt-js-rest-types"]),
                        ),
                    ),
                    page="reference/quiltt/sdk_rest_status/#200",
                ),
                CodeInfo(
                    value="201",
                    description="Created -> Profile Created, New Session Returned / MFA Validated, New Session Returned",
                    category=_C.SUCCESS,
                    sources=(_S["quiltt-js-rest-statuses"], _S["quiltt-js-rest-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-js-rest-statuses"], _S["quiltt-js-rest-types"]),
                        ),
                    ),
                    page="reference/quiltt/sdk_rest_status/#201",
                ),
                CodeInfo(
                    value="202",
                    description="Accepted -> Profile Found, MFA Code Sent for `authenticate`",
                    category=_C.PENDING,
                    sources=(_S["quiltt-js-rest-statuses"], _S["quiltt-js-rest-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-js-rest-statuses"], _S["quiltt-js-rest-types"]),
                        ),
                    ),
                    page="reference/quiltt/sdk_rest_status/#202",
                ),
                CodeInfo(
                    value="204",
                    description="No Content -> Session Revoked",
                    category=_C.SUCCESS,
                    sources=(_S["quiltt-js-rest-statuses"], _S["quiltt-js-rest-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-js-rest-statuses"], _S["quiltt-js-rest-types"]),
                        ),
                    ),
                    page="reference/quiltt/sdk_rest_status/#204",
                ),
                CodeInfo(
                    value="400",
                    description="Bad Request -> Invalid Request / Missing provider API ID parameter",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["quiltt-js-rest-statuses"], _S["quiltt-js-rest-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-js-rest-statuses"], _S["quiltt-js-rest-types"]),
                        ),
                    ),
                    page="reference/quiltt/sdk_rest_status/#400",
                ),
                CodeInfo(
                    value="401",
                    description="Unauthorized -> Invalid Token / Session is Invalid / MFA Invalid / Session Not Found",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["quiltt-js-rest-statuses"],
                        _S["quiltt-docs-session-management-legacy"],
                        _S["quiltt-docs-issuing-session-tokens"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["quiltt-js-rest-statuses"],
                                _S["quiltt-docs-session-management-legacy"],
                                _S["quiltt-docs-issuing-session-tokens"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/quiltt/sdk_rest_status/#401",
                    notes="Its body asks: \"Does your `Authorization` header contain a valid, unexpired session token?\" (the earlier API reference's 401). Session tokens are the integration's to issue (\"Issue them server-side, use them client-side\"): a token that is invalid or has expired is replaced by the integrator's server with a new one, which Quiltt's support is not needed for (bankcodes' reading). A passcode the end user enters that is not accepted (MFA Invalid) is answered with the same status.",
                ),
                CodeInfo(
                    value="403",
                    description="Forbidden -> Unsupported SDK",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["quiltt-js-rest-statuses"], _S["quiltt-js-rest-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-js-rest-statuses"], _S["quiltt-js-rest-types"]),
                        ),
                    ),
                    page="reference/quiltt/sdk_rest_status/#403",
                ),
                CodeInfo(
                    value="404",
                    description="Not Found -> Connector not found",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["quiltt-js-rest-statuses"], _S["quiltt-js-rest-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-js-rest-statuses"], _S["quiltt-js-rest-types"]),
                        ),
                    ),
                    page="reference/quiltt/sdk_rest_status/#404",
                ),
                CodeInfo(
                    value="422",
                    description="Unprocessable Entity -> Invalid Payload",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["quiltt-js-rest-statuses"], _S["quiltt-js-rest-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["quiltt-js-rest-statuses"], _S["quiltt-js-rest-types"]),
                        ),
                    ),
                    page="reference/quiltt/sdk_rest_status/#422",
                ),
            ),
        ),
        {},
    )
    return ResponseStatus


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name)
        for name in (
            "ConnectionStatus",
            "ConnectionProvider",
            "WebhookEventType",
            "ConnectorEventType",
            "ConnectorStatus",
            "ResponseStatus",
        )
    )
