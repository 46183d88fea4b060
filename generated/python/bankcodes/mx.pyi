# generated from spec/catalog.json — do not edit (run `make generate`)
"""MX (https://www.mx.com): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum, NumericCodeEnum

__all__ = ["CODE_SETS", "ConnectionStatus", "PostMessageType", "WebhookType"]

class ConnectionStatus(NumericCodeEnum):
    """Member connection status: Where an MX member's connection stands, as a number: the connection_status_id of a connection status webhook (beside its name in connection_status) the connection_status of the Connect widget's memberStatusUpdate message and the member's connection_status in its memberError messages. The groups are the Connect widget's.

    Wire field: connection_status_id (webhooks); metadata.connection_status (Connect widget memberStatusUpdate messages); metadata.member.connection_status (Connect widget memberError messages)."""

    CREATED = 0
    """The member is new and has not yet been aggregated."""
    PREVENTED = 1
    """The end user’s entered credentials have failed to connect three times in a row. MX has locked the account to avoid locking the end user out of their account on the financial institution’s website. The end user must reenter their username and password to continue updating their data."""
    DENIED = 2
    """The credentials provided for the member were invalid."""
    CHALLENGED = 3
    """The connection is waiting for the end user to complete a multifactor authentication (MFA) challenge. This is not an error and will change to an EXPIRED status if the end user fails to complete MFA."""
    REJECTED = 4
    """An MFA challenge was answered incorrectly."""
    LOCKED = 5
    """The financial institution is preventing authentication. The end user must go to the FI’s website or contact the financial institution."""
    CONNECTED = 6
    """The member connected: its credentials were accepted and its data can be aggregated."""
    IMPEDED = 7
    """The credentials were accepted, but the end user must act at the institution before data can be imported."""
    RECONNECTED = 8
    """The member connected again and is being processed; the Connect widget shows it as verifying credentials."""
    DEGRADED = 9
    """Several attempts to aggregate failed, for example during the institution's website maintenance."""
    DISCONNECTED = 10
    """Data from the institution cannot be imported because of a problem with the connection, which MX is working on."""
    DISCONTINUED = 11
    """Connections to this institution are no longer supported."""
    CLOSED = 12
    """The connection was closed; the account can only be tracked manually."""
    DELAYED = 13
    """Connecting is taking longer than usual, for reasons outside MX's control such as problems at the institution's website."""
    FAILED = 14
    """Validating the credentials with the institution failed."""
    UPDATED = 15
    """The member was updated and is being processed; the Connect widget shows it as verifying credentials."""
    DISABLED = 16
    """Importing data from this institution has been disabled."""
    IMPORTED = 17
    """The end user must authenticate again, entering their credentials, before data can be imported."""
    RESUMED = 18
    """The member's processing resumed; the Connect widget shows it as verifying credentials."""
    EXPIRED = 19
    """The MFA answers were not provided within the time the institution allows."""
    IMPAIRED = 20
    """The end user must enter their credentials again before data can be imported."""
    PENDING = 21
    """A status the Connect widget lists with no text of its own; nothing MX publishes describes it."""

class WebhookType(CodeEnum):
    """Webhook type: The type of an MX webhook. MX's webhook pages name the values of type and add that "additional values may be added at any time": the list is open, and a type the catalog does not know is read as unknown.

    Wire field: type."""

    CONNECTION_STATUS = "CONNECTION_STATUS"
    """Connection status webhooks notify you whenever a member's connection_status field enters into an end-user-actionable state."""
    AGGREGATION = "AGGREGATION"
    """Aggregation webhooks notify you when any new data is available after a successful aggregation."""
    BALANCE = "BALANCE"
    """Balance webhooks notify you when any new data is available after a successful balance fetch."""
    HISTORY = "HISTORY"
    """New data is available after a successful history fetch."""
    STATEMENT = "STATEMENT"
    """Statement webhooks notify you when any new data is available after a successful statement fetch."""
    VERIFICATION = "VERIFICATION"
    """Verification webhooks notify you when a member verification is successful."""
    initial_data_ready = "initial_data_ready"
    """Triggered when some initial data you requested has aggregated and is ready for retrieval."""

class PostMessageType(CodeEnum):
    """Widget postMessage type: The type of a message an MX widget posts to the page that embeds it ("mx/" and the event's name).

    Wire field: type."""

    LOAD = "mx/load"
    """The widget loaded."""
    PING = "mx/ping"
    """The widget's periodic signal that the session is alive."""
    NAVIGATION = "mx/navigation"
    """The end user navigated inside the widget (did_go_back says whether it went back)."""
    FOCUSTRAP = "mx/focusTrap"
    """The widget's focus trap changed."""
    CLIENT_OAUTHCOMPLETE = "mx/client/oauthComplete"
    """An OAuth flow completed (its URL)."""
    CONNECT_LOADED = "mx/connect/loaded"
    """The Connect widget loaded, at its initial step."""
    CONNECT_ENTERCREDENTIALS = "mx/connect/enterCredentials"
    """The end user was asked to enter credentials for an institution."""
    CONNECT_INSTITUTIONSEARCH = "mx/connect/institutionSearch"
    """The end user searched for an institution."""
    CONNECT_SELECTEDINSTITUTION = "mx/connect/selectedInstitution"
    """The end user selected an institution."""
    CONNECT_MEMBERCONNECTED = "mx/connect/memberConnected"
    """A member connected."""
    CONNECT_CONNECTED_PRIMARYACTION = "mx/connect/connected/primaryAction"
    """The end user chose the primary action after connecting."""
    CONNECT_MEMBERDELETED = "mx/connect/memberDeleted"
    """A member was deleted."""
    CONNECT_CREATEMEMBERERROR = "mx/connect/createMemberError"
    """Creating a member failed."""
    CONNECT_MEMBERSTATUSUPDATE = "mx/connect/memberStatusUpdate"
    """A member's connection status changed (a number: see the connection statuses)."""
    CONNECT_OAUTHERROR = "mx/connect/oauthError"
    """An OAuth connection failed."""
    CONNECT_OAUTHREQUESTED = "mx/connect/oauthRequested"
    """The widget asks the app to open an OAuth URL."""
    CONNECT_STEPCHANGE = "mx/connect/stepChange"
    """The widget moved from one step to another."""
    CONNECT_SUBMITMFA = "mx/connect/submitMFA"
    """The end user submitted MFA answers."""
    CONNECT_UPDATECREDENTIALS = "mx/connect/updateCredentials"
    """The end user was asked to update credentials."""
    CONNECT_BACKTOSEARCH = "mx/connect/backToSearch"
    """The end user went back to the institution search."""
    CONNECT_INVALIDDATA = "mx/connect/invalidData"
    """A member's data was found invalid (a numeric code)."""
    CONNECT_INVALIDDATA_PRIMARYACTION = "mx/connect/invalidData/primaryAction"
    """Triggered when the user clicks the "Try again" option on the invalid data step."""
    PULSE_OVERDRAFTWARNING_CTA_TRANSFERFUNDS = "mx/pulse/overdraftWarning/cta/transferFunds"
    """The Pulse widget's overdraft warning asks to transfer funds."""
    ACCOUNT_CREATED = "mx/account/created"
    """An account was created."""
    CONNECT_BACKBUTTONCLICKED = "mx/connect/backButtonClicked"
    """The end user chose the back button the widget shows at its first step when its show_back_button option is set."""
    CONNECT_INITIALDATAREADY = "mx/connect/initialDataReady"
    """Triggers when the initial data for a job on a member is complete and ready for use. (deprecated: The widget's source marks the call deprecated ("Deprecated: send initial data ready post message Oct 17, 2025", src/views/connecting/Connecting.js) and still sends it at commit 10780353.)"""
    CONNECT_MEMBERERROR = "mx/connect/memberError"
    """Triggers when a member has encountered an error state."""
    CONNECT_MEMBERERROR_PRIMARYACTION = "mx/connect/memberError/primaryAction"
    """The end user chose the primary action of the login error step; the message names the member and its connection status."""
    CONNECT_MICRODEPOSITS_LOADED = "mx/connect/microdeposits/loaded"
    """The micro-deposits flow loaded, at its initial view."""
    CONNECT_MICRODEPOSITS_DETAILSSUBMITTED = "mx/connect/microdeposits/detailsSubmitted"
    """The account details for micro-deposits were submitted and the micro-deposit was created or updated."""
    CONNECT_MICRODEPOSITS_VERIFIED = "mx/connect/microdeposits/verified"
    """The micro-deposits were verified."""
    CONNECT_MICRODEPOSITS_VERIFIED_PRIMARYACTION = "mx/connect/microdeposits/verified/primaryAction"
    """The end user chose Continue on the step that says the micro-deposits were verified."""
    CONNECT_MICRODEPOSITS_COMEBACK_PRIMARYACTION = "mx/connect/microdeposits/comeBack/primaryAction"
    """The end user chose Done on the step that asks them to come back once the micro-deposits have arrived."""
    CONNECT_MICRODEPOSITS_ERROR_PRIMARYACTION = "mx/connect/microdeposits/error/primaryAction"
    """The end user chose the primary action of the micro-deposits error step, for a micro-deposit that was prevented or rejected."""
    CONNECT_MICRODEPOSITS_BLOCKEDROUTINGNUMBER = "mx/connect/microdeposits/blockedRoutingNumber"
    """The routing number the end user entered is blocked for micro-deposits."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum] | type[NumericCodeEnum], ...]
