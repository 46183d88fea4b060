# generated from spec/catalog.json — do not edit (run `make generate`)
# by datamodel-code-generator from generated/jsonschema/argyle/webhook.strict.schema.json

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, StrictBool, StrictFloat, StrictStr


class ArgyleBankConnectionError(StrEnum):
    """
    Bank connection error: The code of a verification's status.errors[] entry when a banking verification is PAUSED because connecting the institution failed. Two pairs of codes share one message: the message is not a key.
    """

    account_closed = "account_closed"
    """
    The selected account could not be found or is no longer available at the banking institution.
    """
    account_not_found = "account_not_found"
    """
    The selected account could not be found or is no longer available at the banking institution.
    """
    generic_error = "generic_error"
    """
    A connection error occurred while trying to verify the account.
    """
    institution_not_supported = "institution_not_supported"
    """
    The selected banking institution does not currently support connections.
    """
    invalid_credentials = "invalid_credentials"
    """
    The borrower provided invalid banking login credentials.
    """
    mfa_issue_encountered = "mfa_issue_encountered"
    """
    A multi-factor authentication or security verification step was not completed successfully.
    """
    one_time_passcode_issue = "one_time_passcode_issue"
    """
    There is a temporary issue preventing a successful connection to the borrower’s banking institution right now.
    """
    report_generation_failed = "report_generation_failed"
    """
    We could not generate the requested banking report.
    """
    temporary_connection_issue = "temporary_connection_issue"
    """
    There is a temporary issue preventing a successful connection to the borrower’s banking institution right now.
    """
    token_invalid_or_expired = "token_invalid_or_expired"
    """
    The borrower needs to reconnect their account to restore access and complete verification.
    """
    user_action_required_at_institution = "user_action_required_at_institution"
    """
    The borrower must sign in directly at their banking institution and complete an account action before reconnecting.
    """


class ArgyleChannel(StrEnum):
    """
    Verification channel: How a verification was created. The documentation's object page calls this field source.
    """

    api = "api"
    """
    Created through the API.
    """
    encompass = "encompass"
    """
    Created from Encompass.
    """


class ArgyleDataSource(StrEnum):
    """
    Verification data source: Where a verification takes its data from. Not present in older examples.
    """

    payroll = "payroll"
    """
    Payroll connections.
    """
    banking = "banking"
    """
    Bank connections.
    """
    documents = "documents"
    """
    Uploaded documents.
    """


class ArgyleReportType(StrEnum):
    """
    Verification report type: The type of a verification's report.
    """

    voie = "voie"
    """
    Verification of income and employment.
    """
    voe = "voe"
    """
    Verification of employment.
    """
    voa = "voa"
    """
    Verification of assets.
    """
    voi = "voi"
    """
    Verification of income.
    """
    voai = "voai"
    """
    Verification of assets and income.
    """
    voe_transactions = "voe-transactions"
    """
    Verification of employment from bank transactions.
    """
    doc_voi_mortgage = "doc-voi-mortgage"
    """
    Verification of income from documents, for mortgages.
    """


class ArgyleVerificationError(StrEnum):
    """
    Document verification error: The code of a status.errors[] entry of a documents verification. Codes are not guaranteed to be identifiers: they can contain hyphens.
    """

    self_employed_income = "self-employed_income"
    """
    Self-employed income
    """


class ArgyleVerificationState(StrEnum):
    """
    Verification state: The state of a verification (status.state). verifications.updated is sent on PROCESSING, PAUSED and COMPLETED, not on PENDING or CANCELLED.
    """

    PENDING = "PENDING"
    """
    The initial state of a verification.
    """
    PROCESSING = "PROCESSING"
    """
    The verification is underway.
    """
    PAUSED = "PAUSED"
    """
    More data or documents are required.
    """
    CANCELLED = "CANCELLED"
    """
    The verification was cancelled.
    """
    COMPLETED = "COMPLETED"
    """
    The report assets are available.
    """


class ArgyleVerificationStatusCode(StrEnum):
    """
    Verification status code: The detailed status of a verification (status.code); the values depend on the data source.
    """

    pending = "pending"
    """
    The verification has not started.
    """
    documents_processing = "documents_processing"
    """
    The documents are being processed.
    """
    more_data_required = "more_data_required"
    """
    More data is required to continue.
    """
    report_available = "report_available"
    """
    The report is available.
    """
    waiting_on_third_party = "waiting_on_third_party"
    """
    The verification waits on a third party.
    """
    report_generating = "report_generating"
    """
    The report is being generated.
    """
    argyle_timeout = "argyle_timeout"
    """
    Cancelled by Argyle after 180 days of inactivity.
    """
    cancelled_by_client = "cancelled_by_client"
    """
    Cancelled by the client.
    """
    completed = "completed"
    """
    The verification completed.
    """
    completed_with_errors = "completed_with_errors"
    """
    The verification completed, but the report is not GSE-eligible; status.errors[] says why.
    """
    user_session_started = "user_session_started"
    """
    The user started a session.
    """
    authenticated = "authenticated"
    """
    The user authenticated with the data source.
    """


class ArgyleWebhookEvent(StrEnum):
    """
    Verification webhook event: The event field of an Argyle verifications webhook.
    """

    verifications_updated = "verifications.updated"
    """
    Sent each time a verification's state transitions to PROCESSING, PAUSED, or COMPLETED.
    """
    verifications_creation_failed = "verifications.creation_failed"
    """
    A verification could not be created.
    """


class Billing(BaseModel):
    """
    Billing details.
    """

    model_config = ConfigDict(extra="forbid")
    cost_center: Annotated[StrictStr | None, Field(max_length=8192)] = None


class HireDate(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(max_length=8192)]


class TerminationDate(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(max_length=8192)]


class EmploymentStatus(StrEnum):
    active = "active"
    previous = "previous"


class Id(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(max_length=8192)]


class ErrorResource(BaseModel):
    """
    An additional troubleshooting resource, such as the id of an unmatched document.
    """

    model_config = ConfigDict(extra="forbid")
    id: Id | None = None
    type: Annotated[StrictStr | None, Field(max_length=8192)] = None
    name: Annotated[StrictStr | None, Field(max_length=8192)] = None


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


class Loan(BaseModel):
    """
    The loan the verification is for.
    """

    model_config = ConfigDict(extra="forbid")
    number: Annotated[StrictStr | None, Field(max_length=8192)] = None
    borrower_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    application_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    officer_email: Annotated[StrictStr | None, Field(max_length=8192)] = None


class FileUrl(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(max_length=8192)]


class JsonUrl(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(max_length=8192)]


class VerificationErrorEntry(BaseModel):
    """
    What caused a PAUSED state or prevented GSE eligibility.
    """

    model_config = ConfigDict(extra="forbid")
    code: ArgyleBankConnectionError | ArgyleVerificationError
    title: Annotated[StrictStr | None, Field(max_length=8192)] = None
    message: Annotated[StrictStr | None, Field(max_length=8192)] = None
    resources: list[ErrorResource] | None = None


class VerificationStatus(BaseModel):
    """
    The status of a verification.
    """

    model_config = ConfigDict(extra="forbid")
    state: ArgyleVerificationState
    code: ArgyleVerificationStatusCode | None = None
    errors: list[VerificationErrorEntry] | None = None


class CreationContext(BaseModel):
    """
    What the failed verification would have been.
    """

    model_config = ConfigDict(extra="forbid")
    user: Annotated[StrictStr | None, Field(max_length=8192)] = None
    attempted_at: Annotated[
        StrictStr | None,
        Field(
            max_length=64,
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$",
        ),
    ] = None
    channel: ArgyleChannel | None = None
    data_source: ArgyleDataSource | None = None
    report_type: ArgyleReportType | None = None
    loan: Loan | None = None
    billing: Billing | None = None


class CreationFailedData(BaseModel):
    """
    The data of verifications.creation_failed.
    """

    model_config = ConfigDict(extra="forbid")
    user: Annotated[StrictStr, Field(max_length=8192)]
    client: Annotated[StrictStr | None, Field(max_length=8192)] = None
    context: CreationContext | None = None


class Employment(BaseModel):
    """
    An employment of the borrower (documents verifications).
    """

    model_config = ConfigDict(extra="forbid")
    employer: Annotated[StrictStr | None, Field(max_length=8192)] = None
    status: EmploymentStatus | None = None
    hire_date: HireDate | None = None
    termination_date: TerminationDate | None = None


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


class VerificationCreationFailedWebhook(BaseModel):
    """
    The fields every Argyle webhook shares. (verifications.creation_failed).
    """

    model_config = ConfigDict(extra="forbid")
    event: Literal["verifications.creation_failed"]
    name: Annotated[StrictStr, Field(max_length=8192)]
    data: CreationFailedData


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


class Envelope(BaseModel):
    """
    The fields every Argyle webhook shares.
    """

    model_config = ConfigDict(extra="forbid")
    event: ArgyleWebhookEvent
    name: Annotated[StrictStr, Field(max_length=8192)]
    data: dict[str, JsonValue2 | None]


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


class Report(BaseModel):
    """
    The verification's report; id and URLs only when COMPLETED.
    """

    model_config = ConfigDict(extra="forbid")
    id: Id | None = None
    type: ArgyleReportType | None = None
    file_url: FileUrl | None = None
    json_url: JsonUrl | None = None
    configuration: JsonValue | None = None


class Verification(BaseModel):
    """
    A verification object.
    """

    model_config = ConfigDict(extra="forbid")
    id: Annotated[StrictStr, Field(max_length=8192)]
    user: Annotated[StrictStr | None, Field(max_length=8192)] = None
    client: Annotated[StrictStr | None, Field(max_length=8192)] = None
    created_at: Annotated[
        StrictStr | None,
        Field(
            max_length=64,
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$",
        ),
    ] = None
    updated_at: Annotated[
        StrictStr | None,
        Field(
            max_length=64,
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$",
        ),
    ] = None
    channel: ArgyleChannel | None = None
    source: Annotated[StrictStr | None, Field(max_length=8192)] = None
    status: VerificationStatus
    report: Report | None = None
    employments: list[Employment] | None = None
    loan: Loan | None = None
    billing: Billing | None = None
    data_source: ArgyleDataSource | None = None


class VerificationUpdatedData(BaseModel):
    """
    The data of verifications.updated.
    """

    model_config = ConfigDict(extra="forbid")
    user: Annotated[StrictStr, Field(max_length=8192)]
    verification: Annotated[StrictStr, Field(max_length=8192)]
    client: Annotated[StrictStr | None, Field(max_length=8192)] = None
    resource: Verification | None = None


class VerificationUpdatedWebhook(BaseModel):
    """
    The fields every Argyle webhook shares. (verifications.updated).
    """

    model_config = ConfigDict(extra="forbid")
    event: Literal["verifications.updated"]
    name: Annotated[StrictStr, Field(max_length=8192)]
    data: VerificationUpdatedData


class ArgyleWebhook(RootModel[VerificationUpdatedWebhook | VerificationCreationFailedWebhook]):
    root: Annotated[
        VerificationUpdatedWebhook | VerificationCreationFailedWebhook, Field(title="ArgyleWebhook")
    ]
    """
    Any Argyle verifications webhook, chosen by its event.
    """
