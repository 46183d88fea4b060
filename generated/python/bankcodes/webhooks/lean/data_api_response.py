# generated from spec/catalog.json — do not edit (run `make generate`)
# by datamodel-code-generator from generated/jsonschema/lean/data-api-response.schema.json

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Dict

from pydantic import BaseModel, ConfigDict, Field, RootModel, StrictBool, StrictFloat, StrictStr


class Status(RootModel[StrictStr]):
    model_config = ConfigDict(regex_engine="python-re")
    root: Annotated[
        StrictStr,
        Field(
            max_length=8192,
            pattern="^(?!(?:OK|PENDING|RECONNECT_REQUIRED|CONSENT_EXPIRED|FAILED)(?![\\s\\S]))",
        ),
    ]


class Message(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(max_length=8192)]


class GranularStatusCode(RootModel[StrictStr]):
    model_config = ConfigDict(regex_engine="python-re")
    root: Annotated[
        StrictStr,
        Field(
            max_length=8192,
            pattern="^(?!(?:UNSEEN_BANK_ERROR|BANK_MAINTENANCE|BANK_ISSUE|LEAN_ERROR|DISABLED_BY_LEAN|DISABLED_BY_CLIENT|DUPLICATED_REQUEST)(?![\\s\\S]))",
        ),
    ]


class StatusAdditionalInfo(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(max_length=8192)]


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


class LeanDataApiStatus(StrEnum):
    """
    Data API status: The top-level status of a Data API response.
    """

    OK = "OK"
    """
    The request succeeded and the data is in the response.
    """
    PENDING = "PENDING"
    """
    The data is not ready; the response carries a results_id and a results.ready webhook follows.
    """
    RECONNECT_REQUIRED = "RECONNECT_REQUIRED"
    """
    The entity must be reconnected; the response carries the reconnect_id for the reconnect flow.
    """
    CONSENT_EXPIRED = "CONSENT_EXPIRED"
    """
    The consent behind the entity has expired.
    """
    FAILED = "FAILED"
    """
    The request failed; granular_status_code and status_additional_info say why.
    """


class LeanGranularStatusCode(StrEnum):
    """
    Data API granular status code: The granular_status_code of a FAILED Data API response. The published list is longer than the part that could be retrieved.
    """

    UNSEEN_BANK_ERROR = "UNSEEN_BANK_ERROR"
    """
    The bank returned an error Lean has not seen before.
    """
    BANK_MAINTENANCE = "BANK_MAINTENANCE"
    """
    The bank is under maintenance.
    """
    BANK_ISSUE = "BANK_ISSUE"
    """
    The bank has an issue.
    """
    LEAN_ERROR = "LEAN_ERROR"
    """
    An error on Lean's side.
    """
    DISABLED_BY_LEAN = "DISABLED_BY_LEAN"
    """
    Disabled by Lean.
    """
    DISABLED_BY_CLIENT = "DISABLED_BY_CLIENT"
    """
    Disabled by the client (the integrator).
    """
    DUPLICATED_REQUEST = "DUPLICATED_REQUEST"
    """
    The same request was already made.
    """


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


class DataApiResponse(BaseModel):
    """
    A Data API response.
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    status: LeanDataApiStatus | Status
    results_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    message: Message | None = None
    granular_status_code: LeanGranularStatusCode | GranularStatusCode | None = None
    status_additional_info: StatusAdditionalInfo | None = None
    timestamp: Annotated[
        StrictStr | None,
        Field(
            max_length=64,
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$",
        ),
    ] = None
    payload: JsonValue | None = None
