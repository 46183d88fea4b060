# generated from spec/catalog.json — do not edit (run `make generate`)
# by datamodel-code-generator from generated/jsonschema/flinks/webhook.strict.schema.json

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

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


class FlinksWebhookResponseType(StrEnum):
    """
    Webhook ResponseType: The ResponseType of a Flinks webhook; the body is the API payload itself, without an envelope. Flinks also sends Investments, Flinks Pay and Flinks Upload fraud-alert webhooks, whose ResponseType values are not published.
    """

    KYC = "KYC"
    """
    The account holder's data, sent early in the flow.
    """
    GetAccountsDetail = "GetAccountsDetail"
    """
    The same body as a 200 GetAccountsDetail response.
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


class Login(BaseModel):
    """
    The login the data comes from.
    """

    model_config = ConfigDict(extra="forbid")
    Username: Annotated[StrictStr | None, Field(max_length=8192)] = None
    IsScheduledRefresh: StrictBool | None = None
    LastRefresh: Annotated[
        StrictStr | None,
        Field(
            max_length=64,
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$",
        ),
    ] = None
    Type: Annotated[StrictStr | None, Field(max_length=8192)] = None
    Id: Annotated[StrictStr | None, Field(max_length=8192)] = None


class Envelope(BaseModel):
    """
    The fields Flinks webhooks share.
    """

    model_config = ConfigDict(extra="forbid")
    ResponseType: FlinksWebhookResponseType
    HttpStatusCode: StrictInt | None = None
    RequestId: Annotated[StrictStr | None, Field(max_length=8192)] = None
    Institution: Annotated[StrictStr | None, Field(max_length=8192)] = None
    Login_1: Annotated[Login | None, Field(alias="Login")] = None


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


class KycWebhook(BaseModel):
    """
    The fields Flinks webhooks share. (KYC).
    """

    model_config = ConfigDict(extra="forbid")
    ResponseType: Literal["KYC"]
    HttpStatusCode: StrictInt | None = None
    RequestId: Annotated[StrictStr | None, Field(max_length=8192)] = None
    Institution: Annotated[StrictStr | None, Field(max_length=8192)] = None
    Login_1: Annotated[Login | None, Field(alias="Login")] = None
    Holders: list[JsonValue | None] | None = None


class AccountsDetailWebhook(BaseModel):
    """
    The fields Flinks webhooks share. (GetAccountsDetail).
    """

    model_config = ConfigDict(extra="forbid")
    ResponseType: Literal["GetAccountsDetail"]
    HttpStatusCode: StrictInt | None = None
    RequestId: Annotated[StrictStr | None, Field(max_length=8192)] = None
    Institution: Annotated[StrictStr | None, Field(max_length=8192)] = None
    Login_1: Annotated[Login | None, Field(alias="Login")] = None
    Accounts: list[JsonValue | None] | None = None


class FlinksWebhook(RootModel[KycWebhook | AccountsDetailWebhook]):
    root: Annotated[KycWebhook | AccountsDetailWebhook, Field(title="FlinksWebhook")]
    """
    Any Flinks webhook, chosen by its ResponseType.
    """
