# generated from spec/catalog.json — do not edit (run `make generate`)
"""Salt Edge (https://www.saltedge.com): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum

__all__ = ["CODE_SETS", "CallbackStage", "ConnectStage", "ErrorClass"]

class CallbackStage(CodeEnum):
    """Callback stage: The stage a Salt Edge callback reports (data.stage of a success, fail or notify callback); the stages read are those of the v6 samples and the SDK, not the API reference's list, which was not read.

    Wire field: data.stage (a callback's body); stage, last_stage.name (a connection)."""

    finish = "finish"
    """The stage of the callback, which is "finish" in this case."""
    interactive = "interactive"
    """The connection waits for the end user's interactive input (the iOS SDK's SEConnectionFetcher asks for it at this stage)."""

class ConnectStage(CodeEnum):
    """Connect page stage: The stage the Salt Edge Connect page reports to the app in its JavaScript (post_message) callback's data.stage, as the v6 React Native sample's comments show it.

    Wire field: data.stage (the Connect page's post_message callback)."""

    fetching = "fetching"
    """The Connect page is fetching the connection's data."""
    success = "success"
    """The connection was made: the sample then tells the user "You can now use it to query the API and retrieve its accounts and transactions.\""""
    error = "error"
    """The connection failed: the sample shows "Connect failed.\""""

class ErrorClass(CodeEnum):
    """API error class: The class of a Salt Edge API error (error.class). Only the classes read in the SDKs are here: the API reference's errors list was not read.

    Wire field: error.class of an API error body."""

    ConnectionNotFound = "ConnectionNotFound"
    """The connection the request names was not found."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum], ...]
