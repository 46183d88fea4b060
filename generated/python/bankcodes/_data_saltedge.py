# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.saltedge's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, register
from bankcodes._records import CodeInfo, CodeSetInfo, HttpStatus, Source, Wording
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.saltedge")
#: The documents its facts come from, by id.
_S = {
    "saltedge-examples-ruby-callbacks": Source(
        id="saltedge-examples-ruby-callbacks",
        kind="repo",
        title="Salt Edge: saltedge-examples ruby/callback_server/README.md (API v6), the callback server's signature check and a success callback",
        url="https://github.com/saltedge/saltedge-examples/blob/8f0249946e96ab262903e33d005527300892967d/ruby/callback_server/README.md",
    ),
    "saltedge-examples-react-native": Source(
        id="saltedge-examples-react-native",
        kind="repo",
        title="Salt Edge: saltedge-examples react-native/App.js, the Connect page's post_message callbacks",
        url="https://github.com/saltedge/saltedge-examples/blob/8f0249946e96ab262903e33d005527300892967d/react-native/App.js",
    ),
    "saltedge-ios-connection-fetcher": Source(
        id="saltedge-ios-connection-fetcher",
        kind="repo",
        title="Salt Edge: saltedge-ios-swift SEConnectionFetcher.swift, the connection stages the SDK acts on",
        url="https://github.com/saltedge/saltedge-ios-swift/blob/23f6ea71ba520712eee9f69fb2966f4631e1fa5e/saltedge-ios-swift/Classes/API/SEConnectionFetcher.swift",
    ),
    "saltedge-firefly-iii-3795": Source(
        id="saltedge-firefly-iii-3795",
        kind="third-party",
        title='firefly-iii/firefly-iii issue #3795, "firefly-iii spectre importer / docs" (a user quoting Salt Edge\'s 400 answer to GET /api/v5/customers with an App key: AppsRestricted in the {error: {class, message, documentation_url}} body)',
        url="https://github.com/firefly-iii/firefly-iii/issues/3795",
        read_in_part="Issues-corpus excerpt read: the description (2020-09-14), with the answer's status and the start of its body (cut by the client's log in documentation_url); the comments were not read.",
    ),
    "saltedge-firefly-iii-3492": Source(
        id="saltedge-firefly-iii-3492",
        kind="third-party",
        title="firefly-iii/firefly-iii issue #3492, \"Spectre 'CustomerNotFound' error for wrong ID?\" (a user quoting Salt Edge's 404 answer to GET /api/v4/logins/, its body cut by the client's log)",
        url="https://github.com/firefly-iii/firefly-iii/issues/3492",
        read_in_part="Issues-corpus excerpt read: the description (2020-06-27), with the answer's status and the start of its body (error_class, error_message and the start of request, where the client's log cuts it); the comments were not read.",
    ),
    "saltedge-firefly-iii-1881": Source(
        id="saltedge-firefly-iii-1881",
        kind="third-party",
        title='firefly-iii/firefly-iii issue #1881, "Spectre import error: Not available for apps" (a user quoting Salt Edge\'s 400 answer to GET /api/v4/customers/ in full: AppsRestricted)',
        url="https://github.com/firefly-iii/firefly-iii/issues/1881",
        read_in_part="Issues-corpus excerpt read: the description (2018-11-21), with the answer's status and body and the reporter's \"I could only create it as a 'Service', not as an 'App'\", and the first comments to 2018-11-24; the rest of the thread was not read.",
    ),
    "saltedge-firefly-iii-1551": Source(
        id="saltedge-firefly-iii-1551",
        kind="third-party",
        title='firefly-iii/firefly-iii issue #1551, "Fatal error when importing via spectre" (a user quoting Salt Edge\'s 400 answer to GET /api/v4/customers/ in full: SignatureNotMatch)',
        url="https://github.com/firefly-iii/firefly-iii/issues/1551",
        read_in_part="Issues-corpus excerpt read: the description (2018-07-14), with the answer's status and body and the start of the log; the comments were not read.",
    ),
    "saltedge-ios-test-http-service": Source(
        id="saltedge-ios-test-http-service",
        kind="repo",
        title="Salt Edge: saltedge-ios-swift Example/Tests/API/HTTPServiceSpec.swift, an API error body (ConnectionNotFound) as the SDK's tests read it",
        url="https://github.com/saltedge/saltedge-ios-swift/blob/23f6ea71ba520712eee9f69fb2966f4631e1fa5e/Example/Tests/API/HTTPServiceSpec.swift",
    ),
    "saltedge-android-sdk-guide": Source(
        id="saltedge-android-sdk-guide",
        kind="repo",
        title="Salt Edge: saltedge-android SDK_GUIDE.MD (API v5), the Connect callback's stages and api_stage, and the names of an attempt's stages",
        url="https://github.com/saltedge/saltedge-android/blob/da010f3add3e4829281c404973e81c253a1cbe0c/SDK_GUIDE.MD",
    ),
}


def _CallbackStage() -> type[CodeEnum]:
    class CallbackStage(CodeEnum):
        """Callback stage: The stage a Salt Edge callback reports (data.stage of a success, fail or notify callback), the stage of an attempt: the Android SDK's guide lists them whole, in this order ("Possible `api_stage` values are attempts stages: `start`, `connect`, `interactive`, `fetch_holder_info`, `fetch_accounts`, `fetch_recent`, `fetch_full`, `disconnect`, `finish`", and the same for a stage's name); the v6 samples and the iOS SDK show finish and interactive. The guide is of API v5; the API reference's list was not read.

        Wire field: data.stage (a callback's body); data.api_stage (the Connect page's callback); stage, last_stage.name (a connection)."""

        start = "start"
        connect = "connect"
        interactive = "interactive"
        fetch_holder_info = "fetch_holder_info"
        fetch_accounts = "fetch_accounts"
        fetch_recent = "fetch_recent"
        fetch_full = "fetch_full"
        disconnect = "disconnect"
        finish = "finish"

    register(
        CallbackStage,
        lambda: (
            CodeSetInfo(
                provider="saltedge",
                id="callback_stage",
                title="Callback stage",
                description="The stage a Salt Edge callback reports (data.stage of a success, fail or notify callback), the stage of an attempt: the Android SDK's guide lists them whole, in this order (\"Possible `api_stage` values are attempts stages: `start`, `connect`, `interactive`, `fetch_holder_info`, `fetch_accounts`, `fetch_recent`, `fetch_full`, `disconnect`, `finish`\", and the same for a stage's name); the v6 samples and the iOS SDK show finish and interactive. The guide is of API v5; the API reference's list was not read.",
                field="data.stage (a callback's body); data.api_stage (the Connect page's callback); stage, last_stage.name (a connection)",
                sources=(
                    _S["saltedge-android-sdk-guide"],
                    _S["saltedge-examples-ruby-callbacks"],
                    _S["saltedge-ios-connection-fetcher"],
                ),
            ),
            (
                CodeInfo(
                    value="start",
                    description="The attempt to connect has started.",
                    category=_C.PENDING,
                    sources=(_S["saltedge-android-sdk-guide"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/saltedge/callback_stage/#start",
                    editorial=True,
                    notes="The Android SDK's guide lists the stages by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="connect",
                    description="Salt Edge is connecting to the provider (the bank).",
                    category=_C.PENDING,
                    sources=(_S["saltedge-android-sdk-guide"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/saltedge/callback_stage/#connect",
                    editorial=True,
                    notes="The Android SDK's guide lists the stages by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="interactive",
                    description="The connection waits for the end user's interactive input (the iOS SDK's SEConnectionFetcher asks for it at this stage).",
                    category=_C.MFA_REQUIRED,
                    sources=(
                        _S["saltedge-ios-connection-fetcher"],
                        _S["saltedge-android-sdk-guide"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["saltedge-ios-connection-fetcher"],
                                _S["saltedge-android-sdk-guide"],
                            ),
                        ),
                    ),
                    page="reference/saltedge/callback_stage/#interactive",
                ),
                CodeInfo(
                    value="fetch_holder_info",
                    description="The account holder's information is being fetched.",
                    category=_C.PENDING,
                    sources=(_S["saltedge-android-sdk-guide"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/saltedge/callback_stage/#fetch_holder_info",
                    editorial=True,
                    notes="The Android SDK's guide lists the stages by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="fetch_accounts",
                    description="The connection's accounts are being fetched.",
                    category=_C.PENDING,
                    sources=(_S["saltedge-android-sdk-guide"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/saltedge/callback_stage/#fetch_accounts",
                    editorial=True,
                    notes="The Android SDK's guide lists the stages by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="fetch_recent",
                    description="The accounts' recent transactions are being fetched.",
                    category=_C.PENDING,
                    sources=(_S["saltedge-android-sdk-guide"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/saltedge/callback_stage/#fetch_recent",
                    editorial=True,
                    notes="The Android SDK's guide lists the stages by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="fetch_full",
                    description="The accounts' transactions are being fetched in full.",
                    category=_C.PENDING,
                    sources=(_S["saltedge-android-sdk-guide"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/saltedge/callback_stage/#fetch_full",
                    editorial=True,
                    notes="The Android SDK's guide lists the stages by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="disconnect",
                    description="Salt Edge is disconnecting from the provider.",
                    category=_C.PENDING,
                    sources=(_S["saltedge-android-sdk-guide"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/saltedge/callback_stage/#disconnect",
                    editorial=True,
                    notes="The Android SDK's guide lists the stages by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="finish",
                    description='The stage of the callback, which is "finish" in this case.',
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["saltedge-android-sdk-guide"],
                        _S["saltedge-examples-ruby-callbacks"],
                        _S["saltedge-ios-connection-fetcher"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["saltedge-examples-ruby-callbacks"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/saltedge/callback_stage/#finish",
                    notes="A finished connection succeeded or failed, which the callback's URL (success or fail) and its error class say; the iOS SDK reads a connection at finish with a fail message as failed, without one as fetched.",
                ),
            ),
        ),
        {},
    )
    return CallbackStage


def _ConnectStage() -> type[CodeEnum]:
    class ConnectStage(CodeEnum):
        """Connect page stage: The stage the Salt Edge Connect page reports to the app in its JavaScript (post_message) callback's data.stage, as the v6 React Native sample's comments show it; the Android SDK's guide (API v5) lists the three whole: "Possible `stage` values for each callback type are `fetching`, `success` and `error`." Its data.api_stage is the attempt's stage (callback_stage).

        Wire field: data.stage (the Connect page's post_message callback)."""

        fetching = "fetching"
        success = "success"
        error = "error"

    register(
        ConnectStage,
        lambda: (
            CodeSetInfo(
                provider="saltedge",
                id="connect_stage",
                title="Connect page stage",
                description="The stage the Salt Edge Connect page reports to the app in its JavaScript (post_message) callback's data.stage, as the v6 React Native sample's comments show it; the Android SDK's guide (API v5) lists the three whole: \"Possible `stage` values for each callback type are `fetching`, `success` and `error`.\" Its data.api_stage is the attempt's stage (callback_stage).",
                field="data.stage (the Connect page's post_message callback)",
                sources=(_S["saltedge-examples-react-native"], _S["saltedge-android-sdk-guide"]),
            ),
            (
                CodeInfo(
                    value="fetching",
                    description="The Connect page is fetching the connection's data.",
                    category=_C.PENDING,
                    sources=(
                        _S["saltedge-examples-react-native"],
                        _S["saltedge-android-sdk-guide"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["saltedge-examples-react-native"],
                                _S["saltedge-android-sdk-guide"],
                            ),
                        ),
                    ),
                    page="reference/saltedge/connect_stage/#fetching",
                ),
                CodeInfo(
                    value="success",
                    description='The connection was made: the sample then tells the user "You can now use it to query the API and retrieve its accounts and transactions."',
                    category=_C.SUCCESS,
                    sources=(
                        _S["saltedge-examples-react-native"],
                        _S["saltedge-android-sdk-guide"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["saltedge-examples-react-native"],
                                _S["saltedge-android-sdk-guide"],
                            ),
                        ),
                    ),
                    page="reference/saltedge/connect_stage/#success",
                ),
                CodeInfo(
                    value="error",
                    description='The connection failed: the sample shows "Connect failed."',
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["saltedge-examples-react-native"],
                        _S["saltedge-android-sdk-guide"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["saltedge-examples-react-native"],
                                _S["saltedge-android-sdk-guide"],
                            ),
                        ),
                    ),
                    page="reference/saltedge/connect_stage/#error",
                ),
            ),
        ),
        {},
    )
    return ConnectStage


def _ErrorClass() -> type[CodeEnum]:
    class ErrorClass(CodeEnum):
        """API error class: The class of a Salt Edge API error: error.class of an API v5 and v6 body, error_class of an API v4 body. Only the classes read in the SDKs and in answers quoted whole by their users are here: the API reference's errors list was not read.

        Wire field: error.class of an API error body (v5, v6); error_class (v4)."""

        AppsRestricted = "AppsRestricted"
        ConnectionNotFound = "ConnectionNotFound"
        CustomerNotFound = "CustomerNotFound"
        SignatureNotMatch = "SignatureNotMatch"

    register(
        ErrorClass,
        lambda: (
            CodeSetInfo(
                provider="saltedge",
                id="error_class",
                title="API error class",
                description="The class of a Salt Edge API error: error.class of an API v5 and v6 body, error_class of an API v4 body. Only the classes read in the SDKs and in answers quoted whole by their users are here: the API reference's errors list was not read.",
                field="error.class of an API error body (v5, v6); error_class (v4)",
                sources=(
                    _S["saltedge-ios-test-http-service"],
                    _S["saltedge-firefly-iii-1551"],
                    _S["saltedge-firefly-iii-1881"],
                    _S["saltedge-firefly-iii-3492"],
                ),
            ),
            (
                CodeInfo(
                    value="AppsRestricted",
                    description="The endpoint is not available to an API key of the App type.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["saltedge-firefly-iii-1881"], _S["saltedge-firefly-iii-3795"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["saltedge-firefly-iii-1881"],
                                _S["saltedge-firefly-iii-3795"],
                            ),
                            message="Not available for apps.",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/saltedge/error_class/#AppsRestricted",
                    editorial=True,
                    notes="Salt Edge answered GET /api/v4/customers/ so (and GET /api/v5/customers, in the v5 body) to a key created as an App; the reporter of the v4 answer could use a key created as a Service. The description and the category are bankcodes' reading of the message: the integration changes the kind of API key it uses (a Service key), and the same request with the same key fails again.",
                ),
                CodeInfo(
                    value="ConnectionNotFound",
                    description="The connection the request names was not found.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["saltedge-ios-test-http-service"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/saltedge/error_class/#ConnectionNotFound",
                    editorial=True,
                    notes="The SDK's tests give it the message \"Connection with id: '987' was not found.\" The category is bankcodes' reading: the id the app sent names no connection of its customer.",
                ),
                CodeInfo(
                    value="CustomerNotFound",
                    description="The customer the request names was not found.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["saltedge-firefly-iii-3492"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=404, sources=(_S["saltedge-firefly-iii-3492"],)),),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/saltedge/error_class/#CustomerNotFound",
                    editorial=True,
                    notes="Salt Edge answered GET /api/v4/logins/?customer_id=... so, its message naming the id it was sent (\"Customer with id: '…' was not found.\"), where the customer id the app sent was not the one of the customer its key had created. The category is bankcodes' reading: the integration fixes the customer id it stores (as for ConnectionNotFound); the same request fails again.",
                ),
                CodeInfo(
                    value="SignatureNotMatch",
                    description="The request's signature does not match the request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["saltedge-firefly-iii-1551"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["saltedge-firefly-iii-1551"],),
                            message="Signature not match.",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/saltedge/error_class/#SignatureNotMatch",
                    editorial=True,
                    notes="Salt Edge answered a signed GET /api/v4/customers/ so. The category is bankcodes' reading of the message: the integration fixes how it signs its requests (its keys, or the signed text); the same request fails again.",
                ),
            ),
        ),
        {},
    )
    return ErrorClass


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(getattr(_PUBLIC, name) for name in ("CallbackStage", "ConnectStage", "ErrorClass"))
