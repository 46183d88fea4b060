# generated from spec/catalog.json — do not edit (run `make generate`)
"""Salt Edge (https://www.saltedge.com): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum

__all__ = ["CODE_SETS", "CallbackStage", "ConnectStage", "ErrorClass"]

class CallbackStage(CodeEnum):
    """Callback stage: The stage a Salt Edge callback reports (data.stage of a success, fail or notify callback), the stage of an attempt: the Android SDK's guide lists them whole, in this order ("Possible `api_stage` values are attempts stages: `start`, `connect`, `interactive`, `fetch_holder_info`, `fetch_accounts`, `fetch_recent`, `fetch_full`, `disconnect`, `finish`", and the same for a stage's name); the v6 samples and the iOS SDK show finish and interactive. The guide is of API v5; the API reference's list was not read.

    Wire field: data.stage (a callback's body); data.api_stage (the Connect page's callback); stage, last_stage.name (a connection)."""

    start = "start"
    """The attempt to connect has started."""
    connect = "connect"
    """Salt Edge is connecting to the provider (the bank)."""
    interactive = "interactive"
    """The connection waits for the end user's interactive input (the iOS SDK's SEConnectionFetcher asks for it at this stage)."""
    fetch_holder_info = "fetch_holder_info"
    """The account holder's information is being fetched."""
    fetch_accounts = "fetch_accounts"
    """The connection's accounts are being fetched."""
    fetch_recent = "fetch_recent"
    """The accounts' recent transactions are being fetched."""
    fetch_full = "fetch_full"
    """The accounts' transactions are being fetched in full."""
    disconnect = "disconnect"
    """Salt Edge is disconnecting from the provider."""
    finish = "finish"
    """The stage of the callback, which is "finish" in this case."""

class ConnectStage(CodeEnum):
    """Connect page stage: The stage the Salt Edge Connect page reports to the app in its JavaScript (post_message) callback's data.stage, as the v6 React Native sample's comments show it; the Android SDK's guide (API v5) lists the three whole: "Possible `stage` values for each callback type are `fetching`, `success` and `error`." Its data.api_stage is the attempt's stage (callback_stage).

    Wire field: data.stage (the Connect page's post_message callback)."""

    fetching = "fetching"
    """The Connect page is fetching the connection's data."""
    success = "success"
    """The connection was made: the sample then tells the user "You can now use it to query the API and retrieve its accounts and transactions.\""""
    error = "error"
    """The connection failed: the sample shows "Connect failed.\""""

class ErrorClass(CodeEnum):
    """API error class: The class of a Salt Edge API error: error.class of an API v5 and v6 body, error_class of an API v4 body. Only the classes read in the SDKs and in answers quoted whole by their users are here: the API reference's errors list was not read.

    Wire field: error.class of an API error body (v5, v6); error_class (v4)."""

    AppsRestricted = "AppsRestricted"
    """The endpoint is not available to an API key of the App type."""
    ConnectionNotFound = "ConnectionNotFound"
    """The connection the request names was not found."""
    CustomerNotFound = "CustomerNotFound"
    """The customer the request names was not found."""
    SignatureNotMatch = "SignatureNotMatch"
    """The request's signature does not match the request."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum], ...]
