# generated from spec/catalog.json — do not edit (run `make generate`)
# by datamodel-code-generator from generated/jsonschema/flinks/connect-message.schema.json

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Dict

from pydantic import BaseModel, ConfigDict, Field, RootModel, StrictBool, StrictFloat, StrictStr


class FlinksCode(RootModel[StrictStr]):
    model_config = ConfigDict(regex_engine="python-re")
    root: Annotated[
        StrictStr,
        Field(
            max_length=8192,
            pattern="^(?!(?:INVALID_USERNAME|INVALID_PASSWORD|INVALID_LOGIN|INVALID_SECURITY_RESPONSE|RETRY_LATER|UNAUTHORIZED|NEW_ACCOUNT|AGGREGATION_ERROR|DISABLED_INSTITUTION|DISABLED_LOGIN|OK|CREATED|OPERATION_PENDING|OPERATION_DISPATCHED|INVALID_REQUEST|SESSION_NONEXISTENT|CARD_IN_USE|ACCESS_DENIED|INVALID_SECURITY_RESPONSE_NO_RETRY|QUESTION_NOT_FOUND|TOO_MANY_REQUESTS|UNKNOWN_CHALLENGE_KEY|CONCURRENT_SESSION|SESSION_EXPIRED|ALREADY_AUTHORIZED|SECURITYRESPONSES_INCOMPLETE)(?![\\s\\S]))",
        ),
    ]


class FlinksApiErrorCode(StrEnum):
    """
    API error code (FlinksCode): The FlinksCode of an API response, with its HTTP status. A code's HTTP status differs by document version and endpoint, and one code can have several causes. When an error code arrives for a cached (scheduled refresh) request, it means the refresh met that error.
    """

    OK = "OK"
    """
    The connection was successful.
    """
    CREATED = "CREATED"
    """
    The request created a resource.
    """
    OPERATION_PENDING = "OPERATION_PENDING"
    """
    The process is ongoing in the background. At this point your flow must change to the async endpoint
    """
    OPERATION_DISPATCHED = "OPERATION_DISPATCHED"
    """
    Your sync request took more than 210 seconds and it was dispatched in the background.
    """
    INVALID_LOGIN = "INVALID_LOGIN"
    """
    The provided credentials are incorrect.
    """
    INVALID_REQUEST = "INVALID_REQUEST"
    """
    Credentials are missing/incomplete, or syntax is incorrect (e.g. missing comma)
    """
    SESSION_NONEXISTENT = "SESSION_NONEXISTENT"
    """
    A request was made with an expired RequestId
    """
    CARD_IN_USE = "CARD_IN_USE"
    """
    An operation was requested while the account is still being processed.
    """
    ACCESS_DENIED = "ACCESS_DENIED"
    """
    Access to the requested resource was denied.
    """
    INVALID_USERNAME = "INVALID_USERNAME"
    """
    The username provided was different from what the bank expected
    """
    INVALID_PASSWORD = "INVALID_PASSWORD"
    """
    The password provided was different from what the bank expected
    """
    INVALID_SECURITY_RESPONSE = "INVALID_SECURITY_RESPONSE"
    """
    The MFA response provided was different from what the bank expected
    """
    INVALID_SECURITY_RESPONSE_NO_RETRY = "INVALID_SECURITY_RESPONSE_NO_RETRY"
    """
    The MFA response was wrong and the challenge cannot be answered again.
    """
    QUESTION_NOT_FOUND = "QUESTION_NOT_FOUND"
    """
    The MFA prompt doesn't have a stored answer
    """
    RETRY_LATER = "RETRY_LATER"
    """
    Flinks was not able to open a connection with the selected financial institution
    """
    TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS"
    """
    Too many requests were sent in a period of time.
    """
    UNKNOWN_CHALLENGE_KEY = "UNKNOWN_CHALLENGE_KEY"
    """
    The /Authorize request to respond an MFA contain an answer to the wrong MFA prompt.
    """
    CONCURRENT_SESSION = "CONCURRENT_SESSION"
    """
    Another session is already opened with this LoginId
    """
    UNAUTHORIZED = "UNAUTHORIZED"
    """
    The card was not authorized. Either there is a problem with bank, or the GetAccountsDetail endpoint was called before authorized
    """
    DISABLED_LOGIN = "DISABLED_LOGIN"
    """
    The account has been deactivated by the financial institution. The account holder must contact their bank
    """
    NEW_ACCOUNT = "NEW_ACCOUNT"
    """
    The end user must take action directly on their online banking before connecting and account with Flinks
    """
    SESSION_EXPIRED = "SESSION_EXPIRED"
    """
    The RequestId expired after 8 mins of inactivity during Authorize or 30 mins timeout for data processing
    """
    ALREADY_AUTHORIZED = "ALREADY_AUTHORIZED"
    """
    When the /Authorize endpoint is called after the user has already been authorized
    """
    SECURITYRESPONSES_INCOMPLETE = "SECURITYRESPONSES_INCOMPLETE"
    """
    Not all the prompted MFA questions had answers in the reponse request
    """
    AGGREGATION_ERROR = "AGGREGATION_ERROR"
    """
    Flinks encountered an unexpected error during processing.
    """
    DISABLED_INSTITUTION = "DISABLED_INSTITUTION"
    """
    The selected financial institution is not currently available.
    """


class FlinksConnectError(StrEnum):
    """
    Flinks Connect error event: The flinksCode of a Flinks Connect message event: an authentication or connection error that Flinks Connect handles and shows to the customer.
    """

    INVALID_USERNAME = "INVALID_USERNAME"
    """
    The username provided was different from what the bank expected.
    """
    INVALID_PASSWORD = "INVALID_PASSWORD"
    """
    The password provided was different from what the bank expected.
    """
    INVALID_LOGIN = "INVALID_LOGIN"
    """
    The provided credentials are incorrect.
    """
    INVALID_SECURITY_RESPONSE = "INVALID_SECURITY_RESPONSE"
    """
    The MFA response provided was different from what the bank expected.
    """
    RETRY_LATER = "RETRY_LATER"
    """
    Flinks was unable to open a connection with the financial institution.
    """
    UNAUTHORIZED = "UNAUTHORIZED"
    """
    The institution did not authorize access.
    """
    NEW_ACCOUNT = "NEW_ACCOUNT"
    """
    The customer must take action directly on their online banking before connecting.
    """
    AGGREGATION_ERROR = "AGGREGATION_ERROR"
    """
    Flinks encountered an unexpected error during processing.
    """
    DISABLED_INSTITUTION = "DISABLED_INSTITUTION"
    """
    The selected financial institution is not currently available.
    """
    DISABLED_LOGIN = "DISABLED_LOGIN"
    """
    The account has been deactivated by the financial institution.
    """


class FlinksConnectStep(StrEnum):
    """
    Flinks Connect step event: The step of a Flinks Connect message event: a user event in the connection flow, useful for tracing and for controlling the user experience.
    """

    APP_MOUNTED = "APP_MOUNTED"
    """
    Flinks Connect has retrieved configuration values from the API, and has successfully loaded.
    """
    APP_ONLINE = "APP_ONLINE"
    """
    The internet connection was restored.
    """
    APP_OFFLINE = "APP_OFFLINE"
    """
    The internet connection was lost.
    """
    APP_RESIZE = "APP_RESIZE"
    """
    The Flinks Connect frame changed size.
    """
    ACCOUNT_SELECTED = "ACCOUNT_SELECTED"
    """
    The user selects an account.
    """
    COMPONENT_ACCEPT_CONSENT = "COMPONENT_ACCEPT_CONSENT"
    """
    The user accepts to give consent.
    """
    COMPONENT_ACCEPT_PROVIDER_CONSENT = "COMPONENT_ACCEPT_PROVIDER_CONSENT"
    """
    The user accepts the data provider's consent.
    """
    COMPONENT_ACCEPT_TERMS = "COMPONENT_ACCEPT_TERMS"
    """
    The user has checked the box to approve the terms and conditions linked in the URL termsUrl={https://example.com}.
    """
    COMPONENT_CLICK_RESET_PASSWORD = "COMPONENT_CLICK_RESET_PASSWORD"
    """
    The user clicks on the Reset Password button.
    """
    COMPONENT_CLICK_TERMS_URL = "COMPONENT_CLICK_TERMS_URL"
    """
    The user clicks on the terms and conditions link.
    """
    COMPONENT_CLOSE_SESSION = "COMPONENT_CLOSE_SESSION"
    """
    The use clicks on the _X in the top right corner. Related to the Layout Customization parameters : closeEnable.
    """
    COMPONENT_DENY_CONSENT = "COMPONENT_DENY_CONSENT"
    """
    The user denies consent.
    """
    COMPONENT_DENY_TERMS = "COMPONENT_DENY_TERMS"
    """
    The user unchecked the box on the left of the terms and conditions using the parameter termsUrl={https://example.com}.
    """
    COMPONENT_HELP2FA_INFO = "COMPONENT_HELP2FA_INFO"
    """
    When Flinks Connect loads the Help2FA component, or if the users goes back from the troubleshooting screen via the back button.
    """
    COMPONENT_HELP2FA_TROUBLESHOOTING = "COMPONENT_HELP2FA_TROUBLESHOOTING"
    """
    When Flinks Connect navigates to the troubleshooting screen due to the user clicking the troubleshooting tips link on the info screen.
    """
    COMPONENT_LOAD_ACCOUNT_SELECTION = "COMPONENT_LOAD_ACCOUNT_SELECTION"
    """
    When Flinks Connect loads the account selection page. Contains metadata regarding the user's accounts (totalAccounts & displayedAccounts)
    """
    COMPONENT_LOAD_CONSENT = "COMPONENT_LOAD_CONSENT"
    """
    The consent page is loaded using the parameter consentEnable=true
    """
    COMPONENT_LOAD_CREDENTIAL = "COMPONENT_LOAD_CREDENTIAL"
    """
    The user is faced with a prompt for FI username and password.
    """
    COMPONENT_LOAD_CREDENTIAL_RETRY = "COMPONENT_LOAD_CREDENTIAL_RETRY"
    """
    The user clicks on retry after an authorize error
    """
    COMPONENT_LOAD_INSTITUTION_SELECTOR = "COMPONENT_LOAD_INSTITUTION_SELECTOR"
    """
    The FI list page is loaded
    """
    COMPONENT_LOAD_MFA = "COMPONENT_LOAD_MFA"
    """
    The MFA page is loaded. Contains metadata that indicates what MFA challenges the user received (mfaTypes)
    """
    COMPONENT_LOAD_MFA_RETRY = "COMPONENT_LOAD_MFA_RETRY"
    """
    The user clicks on retry after a failed MFA challenge.
    """
    DISABLED_INSTITUTION = "DISABLED_INSTITUTION"
    """
    An Institution is disabled.
    """
    ENHANCED_MFA_HAS_QUESTIONS = "ENHANCED_MFA_HAS_QUESTIONS"
    """
    When there is unanswered question using enhancedMFA=true
    """
    ENHANCED_MFA_NO_QUESTIONS = "ENHANCED_MFA_NO_QUESTIONS"
    """
    With enhancedMFA=true, every question has an answer.
    """
    INSTITUTION_SELECTED = "INSTITUTION_SELECTED"
    """
    The user selected an institution.
    """
    SUBMIT_CREDENTIAL = "SUBMIT_CREDENTIAL"
    """
    The user submitted their credentials.
    """
    SUBMIT_MFA = "SUBMIT_MFA"
    """
    The user submitted an MFA answer.
    """
    REDIRECT = "REDIRECT"
    """
    The connection succeeded and Flinks Connect redirects; the event carries institution and url (with loginId).
    """
    TOKEN_INVALID = "TOKEN_INVALID"
    """
    Flinks Connect reported an invalid token.
    """


class JsonValue1(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(max_length=8192, title="JsonValue")]
    """
    Any JSON value nested at most 8 levels deep.
    """


class JsonValue21(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(max_length=8192, title="JsonValue2")]
    """
    Any JSON value nested at most 7 levels deep.
    """


class JsonValue31(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(max_length=8192, title="JsonValue3")]
    """
    Any JSON value nested at most 6 levels deep.
    """


class JsonValue41(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(max_length=8192, title="JsonValue4")]
    """
    Any JSON value nested at most 5 levels deep.
    """


class JsonValue51(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(max_length=8192, title="JsonValue5")]
    """
    Any JSON value nested at most 4 levels deep.
    """


class JsonValue61(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(max_length=8192, title="JsonValue6")]
    """
    Any JSON value nested at most 3 levels deep.
    """


class JsonValue71(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(max_length=8192, title="JsonValue7")]
    """
    Any JSON value nested at most 2 levels deep.
    """


class JsonValue81(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(max_length=8192, title="JsonValue8")]
    """
    Any JSON value nested at most 1 levels deep.
    """


class JsonValue8(RootModel[JsonValue81 | StrictFloat | StrictBool | None]):
    root: Annotated[JsonValue81 | StrictFloat | StrictBool | None, Field(title="JsonValue8")]
    """
    Any JSON value nested at most 1 levels deep.
    """


class Step(RootModel[StrictStr]):
    model_config = ConfigDict(regex_engine="python-re")
    root: Annotated[
        StrictStr,
        Field(
            max_length=8192,
            pattern="^(?!(?:APP_MOUNTED|APP_ONLINE|APP_OFFLINE|APP_RESIZE|ACCOUNT_SELECTED|COMPONENT_ACCEPT_CONSENT|COMPONENT_ACCEPT_PROVIDER_CONSENT|COMPONENT_ACCEPT_TERMS|COMPONENT_CLICK_RESET_PASSWORD|COMPONENT_CLICK_TERMS_URL|COMPONENT_CLOSE_SESSION|COMPONENT_DENY_CONSENT|COMPONENT_DENY_TERMS|COMPONENT_HELP2FA_INFO|COMPONENT_HELP2FA_TROUBLESHOOTING|COMPONENT_LOAD_ACCOUNT_SELECTION|COMPONENT_LOAD_CONSENT|COMPONENT_LOAD_CREDENTIAL|COMPONENT_LOAD_CREDENTIAL_RETRY|COMPONENT_LOAD_INSTITUTION_SELECTOR|COMPONENT_LOAD_MFA|COMPONENT_LOAD_MFA_RETRY|DISABLED_INSTITUTION|ENHANCED_MFA_HAS_QUESTIONS|ENHANCED_MFA_NO_QUESTIONS|INSTITUTION_SELECTED|SUBMIT_CREDENTIAL|SUBMIT_MFA|REDIRECT|TOKEN_INVALID)(?![\\s\\S]))",
        ),
    ]


class JsonValue7(
    RootModel[
        JsonValue71
        | StrictFloat
        | StrictBool
        | list[JsonValue8 | None]
        | dict[str, JsonValue8 | None]
        | None
    ]
):
    root: Annotated[
        JsonValue71
        | StrictFloat
        | StrictBool
        | list[JsonValue8 | None]
        | dict[str, JsonValue8 | None]
        | None,
        Field(title="JsonValue7"),
    ]
    """
    Any JSON value nested at most 2 levels deep.
    """


class JsonValue6(
    RootModel[
        JsonValue61
        | StrictFloat
        | StrictBool
        | list[JsonValue7 | None]
        | dict[str, JsonValue7 | None]
        | None
    ]
):
    root: Annotated[
        JsonValue61
        | StrictFloat
        | StrictBool
        | list[JsonValue7 | None]
        | dict[str, JsonValue7 | None]
        | None,
        Field(title="JsonValue6"),
    ]
    """
    Any JSON value nested at most 3 levels deep.
    """


class JsonValue5(
    RootModel[
        JsonValue51
        | StrictFloat
        | StrictBool
        | list[JsonValue6 | None]
        | dict[str, JsonValue6 | None]
        | None
    ]
):
    root: Annotated[
        JsonValue51
        | StrictFloat
        | StrictBool
        | list[JsonValue6 | None]
        | dict[str, JsonValue6 | None]
        | None,
        Field(title="JsonValue5"),
    ]
    """
    Any JSON value nested at most 4 levels deep.
    """


class JsonValue4(
    RootModel[
        JsonValue41
        | StrictFloat
        | StrictBool
        | list[JsonValue5 | None]
        | dict[str, JsonValue5 | None]
        | None
    ]
):
    root: Annotated[
        JsonValue41
        | StrictFloat
        | StrictBool
        | list[JsonValue5 | None]
        | dict[str, JsonValue5 | None]
        | None,
        Field(title="JsonValue4"),
    ]
    """
    Any JSON value nested at most 5 levels deep.
    """


class JsonValue3(
    RootModel[
        JsonValue31
        | StrictFloat
        | StrictBool
        | list[JsonValue4 | None]
        | dict[str, JsonValue4 | None]
        | None
    ]
):
    root: Annotated[
        JsonValue31
        | StrictFloat
        | StrictBool
        | list[JsonValue4 | None]
        | dict[str, JsonValue4 | None]
        | None,
        Field(title="JsonValue3"),
    ]
    """
    Any JSON value nested at most 6 levels deep.
    """


class JsonValue2(
    RootModel[
        JsonValue21
        | StrictFloat
        | StrictBool
        | list[JsonValue3 | None]
        | dict[str, JsonValue3 | None]
        | None
    ]
):
    root: Annotated[
        JsonValue21
        | StrictFloat
        | StrictBool
        | list[JsonValue3 | None]
        | dict[str, JsonValue3 | None]
        | None,
        Field(title="JsonValue2"),
    ]
    """
    Any JSON value nested at most 7 levels deep.
    """


class JsonValue(
    RootModel[
        JsonValue1
        | StrictFloat
        | StrictBool
        | list[JsonValue2 | None]
        | dict[str, JsonValue2 | None]
        | None
    ]
):
    root: Annotated[
        JsonValue1
        | StrictFloat
        | StrictBool
        | list[JsonValue2 | None]
        | dict[str, JsonValue2 | None]
        | None,
        Field(title="JsonValue"),
    ]
    """
    Any JSON value nested at most 8 levels deep.
    """


class StepEvent(BaseModel):
    """
    A user event in the connection flow.
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    step: FlinksConnectStep | Step
    institution: Annotated[StrictStr | None, Field(max_length=8192)] = None
    url: Annotated[StrictStr | None, Field(max_length=8192)] = None
    loginId: Annotated[StrictStr | None, Field(max_length=8192)] = None
    accountId: Annotated[StrictStr | None, Field(max_length=8192)] = None
    requestId: Annotated[StrictStr | None, Field(max_length=8192)] = None
    metadata: JsonValue | None = None


class ErrorEvent(BaseModel):
    """
    An API event: a Flinks code handled by Flinks Connect.
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    flinksCode: FlinksConnectError | FlinksApiErrorCode | FlinksCode
    institution: Annotated[StrictStr | None, Field(max_length=8192)] = None
    requestId: Annotated[StrictStr | None, Field(max_length=8192)] = None


class ConnectMessage(RootModel[StepEvent | ErrorEvent]):
    root: Annotated[StepEvent | ErrorEvent, Field(title="ConnectMessage")]
    """
    A step event or an error event.
    """
