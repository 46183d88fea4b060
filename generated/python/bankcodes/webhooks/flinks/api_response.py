# generated from spec/catalog.json — do not edit (run `make generate`)
# by datamodel-code-generator from generated/jsonschema/flinks/api-response.schema.json

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Dict

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
)


class FlinksCode(RootModel[StrictStr]):
    model_config = ConfigDict(regex_engine="python-re")
    root: Annotated[
        StrictStr,
        Field(
            max_length=8192,
            pattern="^(?!(?:OK|CREATED|OPERATION_PENDING|OPERATION_DISPATCHED|INVALID_LOGIN|INVALID_REQUEST|SESSION_NONEXISTENT|CARD_IN_USE|ACCESS_DENIED|INVALID_USERNAME|INVALID_PASSWORD|INVALID_SECURITY_RESPONSE|INVALID_SECURITY_RESPONSE_NO_RETRY|QUESTION_NOT_FOUND|RETRY_LATER|TOO_MANY_REQUESTS|UNKNOWN_CHALLENGE_KEY|CONCURRENT_SESSION|UNAUTHORIZED|DISABLED_LOGIN|NEW_ACCOUNT|SESSION_EXPIRED|ALREADY_AUTHORIZED|SECURITYRESPONSES_INCOMPLETE|AGGREGATION_ERROR|DISABLED_INSTITUTION)(?![\\s\\S]))",
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


class Example(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(max_length=8192)]


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


class Link(BaseModel):
    """
    A link to the next call.
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    rel: Annotated[StrictStr | None, Field(max_length=8192)] = None
    href: Annotated[StrictStr | None, Field(max_length=8192)] = None
    example: Example | None = None


class ApiResponse(BaseModel):
    """
    An error or pending response.
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    HttpStatusCode: StrictInt
    FlinksCode_1: Annotated[FlinksApiErrorCode | FlinksCode, Field(alias="FlinksCode")]
    Message: Annotated[StrictStr | None, Field(max_length=8192)] = None
    RequestId: Annotated[StrictStr | None, Field(max_length=8192)] = None
    Links: list[Link] | None = None
    Institution: Annotated[StrictStr | None, Field(max_length=8192)] = None
    SecurityChallenges: list[JsonValue | None] | None = None
