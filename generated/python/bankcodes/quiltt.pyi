# generated from spec/catalog.json — do not edit (run `make generate`)
"""Quiltt (https://www.quiltt.io): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum, NumericCodeEnum

__all__ = [
    "CODE_SETS",
    "ConnectionProvider",
    "ConnectionStatus",
    "ConnectorEventType",
    "ConnectorStatus",
    "ResponseStatus",
    "WebhookEventType",
]

class ConnectionStatus(CodeEnum):
    """Connection status (ConnectionStatus): Where a Quiltt Connection stands (Connection.status of the Profile GraphQL API): the ConnectionStatus enum of the GraphQL types generated from Quiltt's schema in 2024, its texts the schema's doc comments joined into one line. Older generations of the types (2023, 2022) have seven of the nine statuses, not DISCONNECTED or UPGRADING, worded otherwise; the live schema was not read.

    Wire field: Connection.status (Profile GraphQL API)."""

    DISCONNECTED = "DISCONNECTED"
    """The Connection has been disconnected from all providers."""
    ERROR_INSTITUTION = "ERROR_INSTITUTION"
    """The Connection provider is reporting an error with the Institution."""
    ERROR_PROVIDER = "ERROR_PROVIDER"
    """The Connection provider is reporting an error with the Connection. Inspect the Connection's [Remote Data](https://quiltt.dev/api/remote-data) for more information."""
    ERROR_REPAIRABLE = "ERROR_REPAIRABLE"
    """The Connection needs to be repaired by the user completing the Reconnect flow. See the [Reconnect guide](https://quiltt.dev/connector/reconnect) on how to set this up."""
    ERROR_SERVICE = "ERROR_SERVICE"
    """Quiltt is experiencing an error attempting to sync this Connection. Visit our [Status page](https://status.quiltt.io) or contact Quiltt Support for more information."""
    INITIALIZING = "INITIALIZING"
    """The Connection is being initialized."""
    SYNCED = "SYNCED"
    """The Connection is synced and up to date with the provider."""
    SYNCING = "SYNCING"
    """The Connection is currently syncing with the provider."""
    UPGRADING = "UPGRADING"
    """The Connection is attempting to add new features."""

class ConnectionProvider(CodeEnum):
    """Connection provider (ConnectionProvider): The data provider behind a Quiltt Connection (Connection.provider), as the 2024 generated GraphQL types list it. Finicity, which Quiltt's pages and the 2026 SDK's checkResolvable name, is not in that enum; the live schema was not read.

    Wire field: Connection.provider (Profile GraphQL API)."""

    AKOYA = "AKOYA"
    """Akoya"""
    DISCONNECTED = "DISCONNECTED"
    """Disconnected"""
    MOCK = "MOCK"
    """Mock data"""
    MX = "MX"
    """MX"""
    PLAID = "PLAID"
    """Plaid"""

class WebhookEventType(CodeEnum):
    """Webhook event type: The type of each event of a Quiltt webhook (events[].type, and the eventTypes the delivery holds): the union of the eventTypes enum of three stored captures of the Webhook Schemas page, each enum read whole, each code saying in which captures it was seen. Which capture is live is not known. Descriptions are the Webhooks page's where its table has the type (four rows), else none. Older pages of the Webhooks guide also list group types (profile, connection, profile.changed, connection.changed) and connection.synced.errored, which no capture of the Schemas page read has; they are not listed here.

    Wire field: events[].type and eventTypes[] of a webhook."""

    connection_created = "connection.created"
    """This event fires once a new Connection is created on a Profile."""
    connection_synced_successful = "connection.synced.successful"
    """A Connection has synced successfully."""
    connection_synced_successful_initial = "connection.synced.successful.initial"
    """This event fires once after the first quick sync is completed on a Connection. The Connection status will resolve to SYNCED."""
    connection_synced_successful_historical = "connection.synced.successful.historical"
    """A Connection's historical data has synced."""
    connection_synced_errored_repairable = "connection.synced.errored.repairable"
    """A Connection has entered an error that must be resolved using the Reconnect flow"""
    connection_synced_errored_institution = "connection.synced.errored.institution"
    """A Connection's sync failed with an error of the institution."""
    connection_synced_errored_provider = "connection.synced.errored.provider"
    """A Connection's sync failed with an error the Connection's provider reported."""
    connection_synced_errored_service = "connection.synced.errored.service"
    """A Connection's sync failed with an error of Quiltt's service."""
    connection_disconnected = "connection.disconnected"
    """A Connection was disconnected."""
    account_created = "account.created"
    """An Account was created."""
    account_owners_verified = "account.owners_verified"
    """An Account's owners were verified."""
    account_reconnected = "account.reconnected"
    """An Account was reconnected."""
    account_verified = "account.verified"
    """An Account has been successfully verified and ACH numbers are now available via the Account Numbers API."""
    balance_created = "balance.created"
    """A Balance was created."""
    statement_ready = "statement.ready"
    """A Statement is ready."""
    profile_created = "profile.created"
    """A Profile has been created."""
    profile_ready = "profile.ready"
    """A Profile is ready: its Enrichment has been completed."""
    profile_deleted = "profile.deleted"
    """A Profile was deleted."""
    connection_updated = "connection.updated"
    """A Connection was updated."""
    account_updated = "account.updated"
    """An Account was updated."""
    profile_updated = "profile.updated"
    """A Profile was updated."""

class ConnectorEventType(CodeEnum):
    """Connector SDK event type (ConnectorSDKEventType): The type of an event the Quiltt Connector emits to the app's callbacks: onEvent(type, metadata) and onExit(type, metadata) receive it, onOpen, onLoad, onExitSuccess, onExitAbort and onExitError are called for one each with the metadata alone ({connectorId, profileId?, connectionId?, connectorSession?}, no error code or message). The ConnectorSDKEventType enum of @quiltt/core, its doc comments; the Android and iOS SDKs' enums have no opened.

    Wire field: the type argument of the Connector's onEvent and onExit callbacks."""

    opened = "opened"
    """The Connector modal has been opened"""
    loaded = "loaded"
    """The Connector has loaded successfully"""
    exited_successful = "exited.successful"
    """The end-user successfully completed the flow"""
    exited_aborted = "exited.aborted"
    """The end-user exited the Connector before completing the flow"""
    exited_errored = "exited.errored"
    """The end-user experienced an error during the flow"""

class ConnectorStatus(CodeEnum):
    """Connector upgrade status (ConnectorStatus): The actionable status of an attempted upgrade of a Connection's features (ConnectorUpgrade.status of the connectorUpgrade mutation), as the 2024 generated GraphQL types list it.

    Wire field: ConnectorUpgrade.status (connectorUpgrade mutation)."""

    ABORT = "ABORT"
    """Unable to upgrade feature as it is not supported by the Institution."""
    ACTION_REQUIRED = "ACTION_REQUIRED"
    """The end-user must interact with the Connection provider."""
    CONTINUE = "CONTINUE"
    """No end-user interaction is required."""
    WAIT = "WAIT"
    """An asynchronous operation is occurring that may need further end-user interaction."""

class ResponseStatus(NumericCodeEnum):
    """SDK REST response status: The HTTP statuses of the REST endpoints Quiltt's SDKs call (api.quiltt.com's session and Connector endpoints), with what the Response Statuses comments of @quiltt/core's connectors.ts and auth.ts say each means. A 400 answers with {message, instruction, error_id}, a 401 with {message, instruction}, a 422 with each invalid attribute's messages ({attribute: [...]}): no body carries a code.

    Wire field: the HTTP status of a response of api.quiltt.com's SDK endpoints."""

    OK = 200
    """OK -> Institutions Found / Provider API ID is resolvable or not / Session is Valid"""
    CREATED = 201
    """Created -> Profile Created, New Session Returned / MFA Validated, New Session Returned"""
    ACCEPTED = 202
    """Accepted -> Profile Found, MFA Code Sent for `authenticate`"""
    NO_CONTENT = 204
    """No Content -> Session Revoked"""
    BAD_REQUEST = 400
    """Bad Request -> Invalid Request / Missing provider API ID parameter"""
    UNAUTHORIZED = 401
    """Unauthorized -> Invalid Token / Session is Invalid / MFA Invalid / Session Not Found"""
    FORBIDDEN = 403
    """Forbidden -> Unsupported SDK"""
    NOT_FOUND = 404
    """Not Found -> Connector not found"""
    UNPROCESSABLE_ENTITY = 422
    """Unprocessable Entity -> Invalid Payload"""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum] | type[NumericCodeEnum], ...]
