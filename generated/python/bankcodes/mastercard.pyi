# generated from spec/catalog.json — do not edit (run `make generate`)
"""Mastercard Open Finance (https://developer.mastercard.com/open-finance-us/documentation/): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum, NumericCodeEnum

__all__ = [
    "CODE_SETS",
    "ConnectEventCode",
    "ConnectRouteScreen",
    "ConnectUserAction",
    "ErrorCode",
    "WebhookEventType",
]

class ErrorCode(NumericCodeEnum):
    """Error code: The code of a Mastercard Open Finance error response (its code, sent as a number or a string). Mastercard files many codes under a remediation category, kept here as the code's group beside bankcodes' category; the US and AU pages list them separately (scope).

    Wire field: code."""

    CODE_101 = 101
    """The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts."""
    CODE_102 = 102
    """The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts."""
    CODE_103 = 103
    """These errors occur when an end user enters invalid credentials."""
    CODE_104 = 104
    """This error occurs when an existing connection to a financial institution is down and the end user may experience a failed attempt to add their bank accounts."""
    CODE_105 = 105
    """The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts."""
    CODE_107 = 107
    """This occurs when a financial institution needs additional information from the end user during an add account event."""
    CODE_108 = 108
    """This occurs when a financial institution needs additional information from the end user during an add account event."""
    CODE_109 = 109
    """This occurs when a financial institution needs additional information from the end user during an add account event."""
    CODE_124 = 124
    """This error occurs when a connection to the selected financial institution has encountered an unknown error."""
    CODE_171 = 171
    """These errors happen when an unexpected issue occurs on the website of a specific financial institution."""
    CODE_179 = 179
    """These errors happen when an unexpected issue occurs on the website of a specific financial institution."""
    CODE_185 = 185
    """The following errors occur when the end user provides inadequate response to security questions while connecting to a financial institution."""
    CODE_187 = 187
    """The following errors occur when the end user provides inadequate response to security questions while connecting to a financial institution."""
    CODE_194 = 194
    """These errors happen when an unexpected issue occurs on the website of a specific financial institution."""
    CODE_197 = 197
    """These errors happen when an unexpected issue occurs on the website of a specific financial institution."""
    CODE_204 = 204
    """This error occurs when a connection to the selected financial institution has encountered an unknown error."""
    CODE_307 = 307
    """These errors happen when an unexpected issue occurs on the website of a specific financial institution."""
    CODE_324 = 324
    """This error occurs when there's a mismatch between the user's account information provided to your application and the information held at the financial institution."""
    CODE_325 = 325
    """This error occurs if an API call is made for an account that is currently undergoing data refresh."""
    CODE_341 = 341
    """This error occurs when a connection to the selected financial institution has encountered an unknown error."""
    CODE_400 = 400
    """An error code Mastercard lists."""
    CODE_403 = 403
    """This error occurs when there's a mismatch between the user's account information provided to your application and the information held at the financial institution."""
    CODE_417 = 417
    """These errors happen when an unexpected issue occurs on the website of a specific financial institution."""
    CODE_500 = 500
    """These errors happen when an unexpected issue occurs on the website of a specific financial institution."""
    CODE_502 = 502
    """This error occurs when the end user session has either expired or timed out."""
    CODE_503 = 503
    """This error occurs when the end user session has either expired or timed out."""
    CODE_504 = 504
    """This error occurs when the end user session has either expired or timed out."""
    CODE_525 = 525
    """These errors happen when an unexpected issue occurs on the website of a specific financial institution."""
    CODE_900 = 900
    """These errors occur when a new connection to a financial institution is being created. Multiple authentication attempts from the end user will help resolve this issue."""
    CODE_901 = 901
    """This error occurs when a new connection to a financial institution is being created. Multiple authentication attempts from the end user will help resolve this issue."""
    CODE_902 = 902
    """This error occurs when a new connection to a financial institution is being created. Multiple authentication attempts from the end user will help resolve this issue."""
    CODE_903 = 903
    """This error occurs when a new connection to a financial institution is being created. Multiple authentication attempts from the end user will help resolve this issue."""
    CODE_904 = 904
    """A new connection to a financial institution is being created. Multiple authentication attempts from the end user will help us resolve this issue quickly."""
    CODE_905 = 905
    """The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts."""
    CODE_906 = 906
    """The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts."""
    CODE_907 = 907
    """The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts."""
    CODE_908 = 908
    """The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts."""
    CODE_909 = 909
    """This error occurs when an end user's bank account cannot be found at the financial institution."""
    CODE_910 = 910
    """The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts."""
    CODE_911 = 911
    """The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts."""
    CODE_913 = 913
    """These errors occur when an end user's bank account cannot be found at the financial institution. Click individual errors to learn more."""
    CODE_914 = 914
    """This error occurs when an end user's bank account cannot be found at the financial institution."""
    CODE_915 = 915
    """This error occurs when a new connection to a financial institution is being created. Multiple authentication attempts from the end user will help resolve this issue."""
    CODE_916 = 916
    """This error occurs when a new connection to a financial institution is being created. Multiple authentication attempts from the end user will help resolve this issue."""
    CODE_920 = 920
    """This error occurs when the connection to a financial institution is not supported."""
    CODE_924 = 924
    """This error occurs when the connection to a financial institution is not supported."""
    CODE_931 = 931
    """The following errors occur when the end user provides inadequate response to security questions while connecting to a financial institution."""
    CODE_936 = 936
    """This occurs when a financial institution needs additional information from the end user during an add account event."""
    CODE_938 = 938
    """This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution."""
    CODE_940 = 940
    """This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution."""
    CODE_945 = 945
    """This error occurs when an account is migrated from a legacy or a non-OAuth-based connection to an OAuth connection and requires customer to provide their consent again."""
    CODE_946 = 946
    """This error occurs when an end user's bank account cannot be found at the financial institution."""
    CODE_947 = 947
    """This error occurs when the token associated with the end user account has expired or is invalid."""
    CODE_948 = 948
    """An error code Mastercard lists."""
    CODE_949 = 949
    """This error occurs when the end user's bank account is no longer recoverable."""
    CODE_950 = 950
    """This error occurs when the connection to a financial institution is not supported."""
    CODE_952 = 952
    """This error occurs when an end user's bank account cannot be found at the financial institution."""
    CODE_955 = 955
    """These errors occur when an end user's bank account cannot be found at the financial institution. Click individual errors to learn more."""
    CODE_959 = 959
    """This occurs when a financial institution needs additional information from the end user during an add account event."""
    CODE_960 = 960
    """This error occurs when the connection to a financial institution is not supported."""
    CODE_961 = 961
    """This occurs when a financial institution needs additional information from the end user during an add account event."""
    CODE_972 = 972
    """This error occurs when the connection to a financial institution is not supported."""
    CODE_973 = 973
    """These errors occur when the request is malformed or incorrect."""
    CODE_974 = 974
    """This error occurs when the end user session has either expired or timed out."""
    CODE_976 = 976
    """This error occurs when the connection to a financial institution is not supported."""
    CODE_977 = 977
    """This error occurs when calls made have reached the maximum limit allowed by a financial institution in a given time frame."""
    CODE_978 = 978
    """These errors occur when the request is malformed or incorrect."""
    CODE_981 = 981
    """These errors occur when the request is malformed or incorrect."""
    CODE_1003 = 1003
    """This error occurs when there's an unexpected server error while processing the request."""
    CODE_1008 = 1008
    """This error occurs when the financial institution returns an unexpected login error."""
    CODE_1108 = 1108
    """This error occurs when there's an unexpected server error while processing the request."""
    CODE_1201 = 1201
    """This error occurs when there's an unexpected server error while processing the request."""
    CODE_1203 = 1203
    """This error occurs when there's an unexpected server error while processing the request."""
    CODE_1204 = 1204
    """This error occurs when there's an unexpected server error while processing the request."""
    CODE_1408 = 1408
    """This error occurs when connection to a specific financial institution is interrupted temporarily."""
    CODE_1415 = 1415
    """This error is associated when a connection to the selected financial institution has encountered an unknown error."""
    CODE_1440 = 1440
    """This error occurs when the end user session has either expired or timed out."""
    CODE_2001 = 2001
    """The following errors occur when end user's consent authorization is not available."""
    CODE_2003 = 2003
    """The following errors occur when end user's consent authorization is not available."""
    CODE_2005 = 2005
    """These errors occur when the request is malformed or incorrect."""
    CODE_2006 = 2006
    """The following errors occur when end user's consent authorization is not available."""
    CODE_2017 = 2017
    """The following errors occur when end user's consent authorization is not available."""
    CODE_2024 = 2024
    """The following errors occur when end user's consent authorization is not available."""
    CODE_2026 = 2026
    """The following errors occur when end user's consent authorization is not available."""
    CODE_2028 = 2028
    """This error occurs when the end user's consent authorization is not available."""
    CODE_2030 = 2030
    """The following errors occur when end user's consent authorization is not available."""
    CODE_2031 = 2031
    """This error occurs when the end user's consent authorization is not available."""
    CODE_2036 = 2036
    """This error occurs when the end user's consent authorization is not available."""
    CODE_2038 = 2038
    """This error occurs when the end user's consent authorization is not available."""
    CODE_2039 = 2039
    """This error occurs when the end user's consent authorization is not available."""
    CODE_2040 = 2040
    """This error occurs when the financial institution returns an unexpected login error."""
    CODE_3003 = 3003
    """This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution."""
    CODE_3004 = 3004
    """This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution."""
    CODE_4034 = 4034
    """This error occurs when the token associated with the end user account has expired or is invalid."""
    CODE_4041 = 4041
    """This error occurs when the connection to a financial institution is not supported."""
    CODE_5006 = 5006
    """This error occurs if an API call is made for an account that is currently undergoing data refresh."""
    CODE_5030 = 5030
    """This error occurs when the end user has not provided an account type."""
    CODE_7002 = 7002
    """Account product not found"""
    CODE_10000 = 10000
    """These errors occur when the request is malformed or incorrect."""
    CODE_10001 = 10001
    """This error occurs when the request is malformed or incorrect."""
    CODE_10005 = 10005
    """These errors occur when the request is malformed or incorrect."""
    CODE_10010 = 10010
    """These errors occur when the request is malformed or incorrect."""
    CODE_10023 = 10023
    """An error code Mastercard lists under Expired (App-Token)."""
    CODE_10025 = 10025
    """This error occurs when the end user session has either expired or timed out."""
    CODE_10030 = 10030
    """This error occurs when there's an unexpected server error while processing the request."""
    CODE_10106 = 10106
    """This error occurs when the connection to a financial institution is not supported."""
    CODE_10814 = 10814
    """This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution."""
    CODE_11000 = 11000
    """This error is associated when a connection to the selected financial institution has encountered an unknown error."""
    CODE_12001 = 12001
    """An error code whose page Mastercard publishes at …/error-codes/12001/; that page's table gives its facts to 12003."""
    CODE_12003 = 12003
    """The following errors occur when the end user provides inadequate response to security questions while connecting to a financial institution."""
    CODE_12005 = 12005
    """This error occurs when the end user's consent authorization is not available."""
    CODE_12009 = 12009
    """This error occurs when there's an unexpected server error while processing the request."""
    CODE_12046 = 12046
    """An error code Mastercard lists."""
    CODE_14001 = 14001
    """An error code Mastercard lists."""
    CODE_14002 = 14002
    """This error occurs when the requested entity doesn't exist or cannot be found."""
    CODE_14019 = 14019
    """This error occurs when the end user's consent authorization is not available."""
    CODE_14020 = 14020
    """This error occurs when the connection to a financial institution is not supported."""
    CODE_14023 = 14023
    """This error occurs when the request is malformed or incorrect."""
    CODE_19000 = 19000
    """This error occurs when there's an unexpected server error while processing the request."""
    CODE_20002 = 20002
    """These errors occur when the request is malformed or incorrect."""
    CODE_20007 = 20007
    """These errors occur when accounts cannot be migrated from legacy to OAuth connections."""
    CODE_20009 = 20009
    """This error occurs when accounts cannot be migrated from legacy to OAuth connections."""
    CODE_20014 = 20014
    """This error occurs when there's an unexpected server error while processing the request."""
    CODE_20017 = 20017
    """This error occurs when the requested entity doesn't exist or cannot be found."""
    CODE_20024 = 20024
    """These errors occur when the request is malformed or incorrect."""
    CODE_24302 = 24302
    """This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution."""
    CODE_24303 = 24303
    """These errors occur when an end user enters invalid credentials."""
    CODE_38003 = 38003
    """This error occurs when an end user's bank account cannot be found at the financial institution."""
    CODE_38006 = 38006
    """These errors occur when an end user's bank account cannot be found at the financial institution. Click individual errors to learn more."""
    CODE_38007 = 38007
    """The following errors occur when the end user provides inadequate response to security questions while connecting to a financial institution."""
    CODE_38053 = 38053
    """This occurs when a financial institution needs additional information from the end user during an add account event."""
    CODE_42000 = 42000
    """This error occurs when the request is malformed or incorrect."""
    CODE_42002 = 42002
    """This error occurs when the request is malformed or incorrect."""
    CODE_44000 = 44000
    """This error occurs when calls made have reached the maximum limit allowed by a financial institution in a given time frame."""
    CODE_44002 = 44002
    """This error occurs when calls made have reached the maximum limit allowed by a financial institution in a given time frame."""
    CODE_45002 = 45002
    """These errors occur when an end user enters invalid credentials."""
    CODE_50024 = 50024
    """This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution."""
    CODE_50025 = 50025
    """The following errors occur when the end user provides inadequate response to security questions while connecting to a financial institution."""
    CODE_50050 = 50050
    """This error occurs when there's an unexpected server error while processing the request."""
    CODE_110039 = 110039
    """These errors occur when an end user enters invalid credentials."""

class ConnectEventCode(NumericCodeEnum):
    """Connect event code: The code of an event the Connect web and React Native SDKs pass to onDone, onCancel or onError, as {code, reason}.

    Wire field: code (onDone, onCancel, onError)."""

    CANCEL = 100
    """The customer clicks Exit to cancel out of the Data Connect session."""
    TIMEOUT = 1440
    """The customer is forced to exit Data Connect after the session times out."""
    UNEXPECTED_ERROR = 500
    """The customer exits Data Connect after an unexpected error."""
    SUCCESS = 200
    """The customer completed the Connect session; onDone receives the report data."""
    SDK_POPUP_COULD_NOT_BE_OPENED = 1403
    """The Connect web SDK could not open its popup window."""

class ConnectRouteScreen(CodeEnum):
    """Connect route screen: The screen a route event names, as Connect passes it to onRoute: where the customer is in the Connect application. The route events page lists more screens than its stored copy shows; a screen not listed here reads as an unknown value.

    Wire field: screen (onRoute)."""

    landing = "landing"
    """The first screen that the user lands on."""
    terms_details = "terms-details"
    """The screen that displays the full documentation of the terms and conditions for users to read."""
    search = "search"
    """The screen that displays the search input where a user can search for a bank."""
    sign_in = "sign-in"
    """The screen that displays once a user has signed in and it authorizing the sharing of their data."""

class ConnectUserAction(CodeEnum):
    """Connect user action: The action of a user event, as Connect passes it to onUser: what the customer did in the Connect application. The user events pages may list more actions than their stored copies show (both end inside AddAccounts); an action not listed here reads as an unknown value.

    Wire field: action (onUser)."""

    AddAccounts = "AddAccounts"
    """Sent when a customer attempt to add their accounts."""

class WebhookEventType(CodeEnum):
    """Connect webhook event type: The eventType of a Connect webhook: what happened in a Connect session. The list is not known to be complete: Mastercard's AU events page says it documents the complete list, but it and the US and Finicity events pages were read only in part.

    Wire field: eventType."""

    started = "started"
    """A Connect session started."""
    added = "added"
    """Sent after the customer lands on the eligible accounts page, and selects the account(s) they want to submit for their loan."""
    adding = "adding"
    """The customer is entering their sign-in details at a financial institution and choosing the accounts to share."""
    accountsDeleted = "accountsDeleted"
    """Sent when the specified accounts were deleted for the customer."""
    ping = "ping"
    """Sent when the Generate Connect URL APIs are called to verify that the webhook URL is accessible. This endpoint must return a 200 series or the Generate Connect URL call fails."""
    financialConsentCreated = "financialConsentCreated"
    """Sent when the customer consents to sharing data through Open Finance. Only becomes relevant when the customer adds the accounts. (deprecated: This event is deprecated. To track consent lifecycle and content use Consent Notifications instead.)"""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum] | type[NumericCodeEnum], ...]
