# generated from spec/catalog.json — do not edit (run `make generate`)
"""Mastercard Open Finance (https://developer.mastercard.com/open-finance-us/documentation/): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum, NumericCodeEnum

__all__ = [
    "CODE_SETS",
    "ConnectEventCode",
    "ConnectRouteScreen",
    "ConnectUserAction",
    "ErrorCode",
    "EuropeError",
    "EuropeInsightsReason",
    "ObwmsReasonCode",
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
    CODE_990 = 990
    """These errors occur when there's an unexpected server error while processing the request."""
    CODE_991 = 991
    """These errors occur when there's an unexpected server error while processing the request."""
    CODE_992 = 992
    """These errors occur when there's an unexpected server error while processing the request."""
    CODE_993 = 993
    """These errors occur when there's an unexpected server error while processing the request."""
    CODE_994 = 994
    """These errors occur when there's an unexpected server error while processing the request."""
    CODE_995 = 995
    """These errors occur when there's an unexpected server error while processing the request."""
    CODE_996 = 996
    """These errors occur when there's an unexpected server error while processing the request."""
    CODE_997 = 997
    """These errors occur when there's an unexpected server error while processing the request."""
    CODE_998 = 998
    """These errors occur when there's an unexpected server error while processing the request."""
    CODE_1000 = 1000
    """These errors occur when there's an unexpected server error while processing the request."""
    CODE_1001 = 1001
    """These errors occur when there's an unexpected server error while processing the request."""
    CODE_1002 = 1002
    """These errors occur when there's an unexpected server error while processing the request."""
    CODE_1003 = 1003
    """This error occurs when there's an unexpected server error while processing the request."""
    CODE_1004 = 1004
    """These errors occur when there's an unexpected server error while processing the request."""
    CODE_1005 = 1005
    """These errors occur when there's an unexpected server error while processing the request."""
    CODE_1008 = 1008
    """This error occurs when the financial institution returns an unexpected login error."""
    CODE_1009 = 1009
    """These errors occur when there's an unexpected server error while processing the request."""
    CODE_1010 = 1010
    """These errors occur when there's an unexpected server error while processing the request."""
    CODE_1011 = 1011
    """These errors occur when there's an unexpected server error while processing the request."""
    CODE_1012 = 1012
    """These errors occur when there's an unexpected server error while processing the request."""
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
    CODE_1618 = 1618
    """Negative or invalid value entered. Please use positive numbers only."""
    CODE_1643 = 1643
    """No matching record found for external_id 123456789."""
    CODE_2000 = 2000
    """Successful Warning - settlement amount exceeds available balance"""
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
    CODE_3001 = 3001
    """Resource Not Found"""
    CODE_3002 = 3002
    """Resource Not Found"""
    CODE_3003 = 3003
    """This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution."""
    CODE_3004 = 3004
    """This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution."""
    CODE_3005 = 3005
    """Bad Request"""
    CODE_3006 = 3006
    """Bad Request"""
    CODE_3007 = 3007
    """Bad Request"""
    CODE_3008 = 3008
    """Bad Request"""
    CODE_3009 = 3009
    """Bad Request"""
    CODE_4004 = 4004
    """The requested experience could not be found for the external app name."""
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
    CODE_10002 = 10002
    """Customer ID was not found."""
    CODE_10003 = 10003
    """Business ID was not found."""
    CODE_10005 = 10005
    """These errors occur when the request is malformed or incorrect."""
    CODE_10006 = 10006
    """settleByDate must not be in the past"""
    CODE_10007 = 10007
    """[FIELD] is the incorrect type"""
    CODE_10008 = 10008
    """account has no transactions"""
    CODE_10009 = 10009
    """[FIELD] is a required parameter"""
    CODE_10010 = 10010
    """These errors occur when the request is malformed or incorrect."""
    CODE_10013 = 10013
    """Only active accounts can be used, please use a different account"""
    CODE_10020 = 10020
    """Data missing : MerchantName, streetAddress."""
    CODE_10021 = 10021
    """You are not authorized."""
    CODE_10022 = 10022
    """Invalid (Finicity-App-Token)"""
    CODE_10023 = 10023
    """An error code Mastercard lists under Expired (App-Token)."""
    CODE_10024 = 10024
    """Missing parameter (Finicity-App-Token)"""
    CODE_10025 = 10025
    """This error occurs when the end user session has either expired or timed out."""
    CODE_10026 = 10026
    """Missing parameter (Finicity-App-Key)"""
    CODE_10027 = 10027
    """Invalid parameter (Finicity-App-Key)"""
    CODE_10030 = 10030
    """This error occurs when there's an unexpected server error while processing the request."""
    CODE_10100 = 10100
    """Invalid parameter (<parameter name>)"""
    CODE_10106 = 10106
    """This error occurs when the connection to a financial institution is not supported."""
    CODE_10215 = 10215
    """Consent receipt not found"""
    CODE_10405 = 10405
    """The active security freeze for this consumer exists."""
    CODE_10406 = 10406
    """The active dispute statement for this consumer exists."""
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
    CODE_12008 = 12008
    """These errors occur when there's an unexpected server error while processing the request."""
    CODE_12009 = 12009
    """This error occurs when there's an unexpected server error while processing the request."""
    CODE_12017 = 12017
    """No Account Owners Details Found."""
    CODE_12019 = 12019
    """fields parameter value must be 'balanceDetails','paymentInstruction' and 'accountIdentity'"""
    CODE_12022 = 12022
    """An email is required when registering a customer for PSI-FCRA"""
    CODE_12046 = 12046
    """An error code Mastercard lists."""
    CODE_12401 = 12401
    """partner not found"""
    CODE_13002 = 13002
    """Asset not found"""
    CODE_14001 = 14001
    """An error code Mastercard lists."""
    CODE_14002 = 14002
    """This error occurs when the requested entity doesn't exist or cannot be found."""
    CODE_14003 = 14003
    """Aggregation connect partner not found."""
    CODE_14006 = 14006
    """Institution not found."""
    CODE_14016 = 14016
    """Invalid customer type."""
    CODE_14019 = 14019
    """This error occurs when the end user's consent authorization is not available."""
    CODE_14020 = 14020
    """This error occurs when the connection to a financial institution is not supported."""
    CODE_14023 = 14023
    """This error occurs when the request is malformed or incorrect."""
    CODE_14030 = 14030
    """These errors occur when there's an unexpected server error while processing the request."""
    CODE_15001 = 15001
    """One of the specified fields is missing or blank."""
    CODE_18017 = 18017
    """status parameter value must be 'active' or 'pending"""
    CODE_19000 = 19000
    """This error occurs when there's an unexpected server error while processing the request."""
    CODE_20000 = 20000
    """Only 'application/json' is supported."""
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
    CODE_20400 = 20400
    """The max report generation limit was exceeded for this customer."""
    CODE_24302 = 24302
    """This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution."""
    CODE_24303 = 24303
    """These errors occur when an end user enters invalid credentials."""
    CODE_24437 = 24437
    """New password is not as per policy"""
    CODE_24553 = 24553
    """Transaction not found."""
    CODE_38003 = 38003
    """This error occurs when an end user's bank account cannot be found at the financial institution."""
    CODE_38006 = 38006
    """These errors occur when an end user's bank account cannot be found at the financial institution. Click individual errors to learn more."""
    CODE_38007 = 38007
    """The following errors occur when the end user provides inadequate response to security questions while connecting to a financial institution."""
    CODE_38053 = 38053
    """This occurs when a financial institution needs additional information from the end user during an add account event."""
    CODE_41002 = 41002
    """Invalid date range: <message>"""
    CODE_41003 = 41003
    """Start index cannot be less than one."""
    CODE_41004 = 41004
    """Limit cannot be less than one."""
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
    CODE_45003 = 45003
    """Invalid character in name fields."""
    CODE_50016 = 50016
    """Accounts for temporary customers are maintained by the system, and cannot be deleted through the API."""
    CODE_50024 = 50024
    """This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution."""
    CODE_50025 = 50025
    """The following errors occur when the end user provides inadequate response to security questions while connecting to a financial institution."""
    CODE_50050 = 50050
    """This error occurs when there's an unexpected server error while processing the request."""
    CODE_50051 = 50051
    """No registered partner applications found."""
    CODE_50052 = 50052
    """Customer has no assigned application."""
    CODE_60013 = 60013
    """No active subscription found for a given customer."""
    CODE_110002 = 110002
    """Username is not available."""
    CODE_110039 = 110039
    """These errors occur when an end user enters invalid credentials."""
    CODE_3000000 = 3000000
    """Microdeposit initiation can't be processed at this time due to technical difficulties. Please try after some time"""
    CODE_3000001 = 3000001
    """Invalid account number"""
    CODE_3000003 = 3000003
    """Invalid memo"""
    CODE_3100001 = 3100001
    """Account already exist"""
    CODE_3200001 = 3200001
    """Microdeposits initiation failed"""
    CODE_3200002 = 3200002
    """Microdeposit is in <status> status"""
    CODE_3200003 = 3200003
    """Microdeposit verification attempts exceeded"""
    CODE_3200004 = 3200004
    """Microdeposit amounts didn't match"""
    CODE_3300001 = 3300001
    """Too many request. Please try after some time"""

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

class EuropeError(CodeEnum):
    """Open Finance Europe error (Enterprise): The error code of a Mastercard Open Finance Europe (Aiia Enterprise) API error body, {error, details}, whose details vary by code. The page's table of codes was not read: the code here is its example's.

    Wire field: error of an Open Finance Europe (Enterprise) API error body."""

    InvalidInput = "InvalidInput"
    """The input was not valid: the error's details give the reason and the validation errors per field."""

class EuropeInsightsReason(CodeEnum):
    """Open Finance Europe reason code (Insights): The reason code of a Mastercard Open Finance Europe Insights API error, answered with HTTP 400, as the rows read of its Codes and Formats page list them; the field of the body that holds it was not read, and the page's other rows were not read.

    Wire field: the reason code of an Open Finance Europe Insights API error (the body's field not read)."""

    INPUT_ERROR = "INPUT_ERROR"
    """`redirectUrl` length must be between 1 and 265"""
    FORMAT_ERROR = "FORMAT_ERROR"
    """Redirect URL was not provided"""

class ObwmsReasonCode(NumericCodeEnum):
    """Webhook subscription service reason code: The reason code of an error of Mastercard's webhook subscription service (its Errors.Error[] envelope, the ErrorWrapper schema: reasonCode, "A unique constant identifying the error case encountered during transaction processing"), as the US OpenAPI's examples of that envelope give them (numbers, where the schema's example is the text '10001'). The descriptions are the examples' own. The categories are bankcodes' reading.

    Wire field: Errors.Error[].reasonCode of the webhook subscription service's error body."""

    RESOURCE_NOT_FOUND = 1501
    """Resource not found."""
    BAD_REQUEST = 1502
    """Bad Request."""
    EXPIRED_APP_TOKEN = 1503
    """Expired (App-Token)"""
    MISSING_APP_KEY = 1504
    """Missing parameter (App-Key)"""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum] | type[NumericCodeEnum], ...]
