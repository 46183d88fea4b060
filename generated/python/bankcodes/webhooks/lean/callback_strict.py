# generated from spec/catalog.json — do not edit (run `make generate`)
# by datamodel-code-generator from generated/jsonschema/lean/callback.strict.schema.json

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, RootModel, StrictBool, StrictFloat, StrictStr


class BankIdentifier(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(max_length=8192)]


class CallbackBank(BaseModel):
    """
    The bank the end user chose.
    """

    model_config = ConfigDict(extra="forbid")
    bank_identifier: BankIdentifier | None = None
    is_supported: StrictBool | None = None


class Message(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(max_length=8192)]


class ExitPoint(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(max_length=8192)]


class LastApiResponse(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(max_length=8192)]


class ExitIntentPoint(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(max_length=8192)]


class ExitSurveyReason(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(max_length=8192)]


class LeanCorrelationId(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(max_length=8192)]


class OpenBankingRedirectUrl(RootModel[StrictStr]):
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


class LeanCallbackMethod(StrEnum):
    """
    Legacy callback method: The method field of the legacy LinkSDK callback: which flow produced it. Absent from all current SDK typings.
    """

    LINK = "LINK"
    """
    The callback comes from the link flow.
    """
    RECONNECT = "RECONNECT"
    """
    The callback comes from the reconnect flow.
    """
    CREATE_PAYMENT_SOURCE = "CREATE_PAYMENT_SOURCE"
    """
    The callback comes from the createPaymentSource flow.
    """
    PAY = "PAY"
    """
    The callback comes from the pay flow.
    """


class LeanCallbackStatus(StrEnum):
    """
    LinkSDK callback status: The top-level outcome of a LinkSDK session, from the CloseType enum. Switch on this in UI code.
    """

    SUCCESS = "SUCCESS"
    """
    Flow completed.
    """
    ERROR = "ERROR"
    """
    Flow ended in error; inspect secondary_status for the cause.
    """
    CANCELLED = "CANCELLED"
    """
    The customer closed the SDK before finishing.
    """
    REDIRECT = "REDIRECT"
    """
    Control handed off to an Open Finance redirect.
    """
    LINK_CLOSED_PROGRAMMATICALLY = "LINK_CLOSED_PROGRAMMATICALLY"
    """
    Host-page code closed the SDK.
    """


class LeanSecondaryStatus(StrEnum):
    """
    LinkSDK secondary status: The detailed, machine-readable status returned by the bank or the Lean API. Use it to log support diagnostics or to tell ERROR causes apart.
    """

    OK = "OK"
    """
    Successful connection
    """
    ACTIVE = "ACTIVE"
    """
    Successful connection
    """
    ACCEPTED_BY_BANK = "ACCEPTED_BY_BANK"
    """
    Bank confirmed payment initiation
    """
    PENDING_WITH_BANK = "PENDING_WITH_BANK"
    """
    Payment is pending with the bank
    """
    FAILED = "FAILED"
    """
    Generic failure
    """
    UNKNOWN = "UNKNOWN"
    """
    Generic failure
    """
    REJECTED_BY_BANK = "REJECTED_BY_BANK"
    """
    Bank rejected the operation
    """
    MFA_ATTEMPTS_EXHAUSTED = "MFA_ATTEMPTS_EXHAUSTED"
    """
    User has attempted too many MFAs
    """
    INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
    """
    User entered incorrect credentials
    """
    CREDENTIALS_UPDATE_REQUIRED = "CREDENTIALS_UPDATE_REQUIRED"
    """
    User has updated their username / password
    """
    MFA_REQUIRED = "MFA_REQUIRED"
    """
    User needs to enter an OTP
    """
    INVALID_MFA = "INVALID_MFA"
    """
    User entered an incorrect OTP
    """
    REQUIRES_LOGIN_MFA = "REQUIRES_LOGIN_MFA"
    """
    User needs to enter an OTP
    """
    AWAITING_LOGIN_MFA_TOKEN = "AWAITING_LOGIN_MFA_TOKEN"
    """
    User needs to enter an OTP
    """
    INVALID_LOGIN_MFA = "INVALID_LOGIN_MFA"
    """
    User needs to enter an OTP
    """
    AWAITING_PAYMENT_MFA_TOKEN = "AWAITING_PAYMENT_MFA_TOKEN"
    """
    User needs to enter an OTP
    """
    INVALID_PAYMENT_MFA = "INVALID_PAYMENT_MFA"
    """
    User needs to enter an OTP
    """
    REQUIRES_BENEFICIARY_MFA = "REQUIRES_BENEFICIARY_MFA"
    """
    User needs to enter an OTP
    """
    INVALID_BENEFICIARY_MFA = "INVALID_BENEFICIARY_MFA"
    """
    User entered an incorrect OTP
    """
    REQUIRES_MFA = "REQUIRES_MFA"
    """
    User needs to enter an OTP
    """
    AWAITING_APP_AUTH = "AWAITING_APP_AUTH"
    """
    User needs to confirm the transaction in a third party app
    """
    PENDING_BENEFICIARY_COOL_OFF = "PENDING_BENEFICIARY_COOL_OFF"
    """
    User's payment source is in a cool off state
    """
    AWAITING_END_USER_AUTHORIZATION = "AWAITING_END_USER_AUTHORIZATION"
    """
    User needs to approve the transaction
    """
    REQUIRES_LOGIN_SECURITY_QUESTIONS = "REQUIRES_LOGIN_SECURITY_QUESTIONS"
    """
    User needs to enter security question(s)
    """
    INVALID_LOGIN_SECURITY_QUESTION_ANSWER = "INVALID_LOGIN_SECURITY_QUESTION_ANSWER"
    """
    User entered incorrect security question answer(s)
    """
    REQUIRES_BENEFICIARY_SECURITY_QUESTIONS = "REQUIRES_BENEFICIARY_SECURITY_QUESTIONS"
    """
    User needs to enter security question(s)
    """
    INVALID_BENEFICIARY_SECURITY_QUESTION_ANSWER = "INVALID_BENEFICIARY_SECURITY_QUESTION_ANSWER"
    """
    User entered incorrect security question answer(s)
    """
    SECURITY_QUESTION_ATTEMPTS_EXHAUSTED = "SECURITY_QUESTION_ATTEMPTS_EXHAUSTED"
    """
    User has exhausted security question answer attempts
    """
    SECURITY_QUESTION_ANSWER_REQUIRED = "SECURITY_QUESTION_ANSWER_REQUIRED"
    """
    User needs to enter security question(s)
    """
    INVALID_SECURITY_QUESTION_ANSWER = "INVALID_SECURITY_QUESTION_ANSWER"
    """
    User entered incorrect security question answer(s)
    """
    AWAITING_PAYMENT_SECURITY_QUESTIONS = "AWAITING_PAYMENT_SECURITY_QUESTIONS"
    """
    User needs to enter security question(s)
    """
    INVALID_PAYMENT_SECURITY_ANSWERS = "INVALID_PAYMENT_SECURITY_ANSWERS"
    """
    User entered incorrect security question answer(s)
    """
    SECURITY_QUESTION_ANSWER_ATTEMPTS_EXHAUSTED = "SECURITY_QUESTION_ANSWER_ATTEMPTS_EXHAUSTED"
    """
    User has exhausted security question answer attempts
    """
    PAYMENT_SOURCE_ACCOUNT_BALANCES = "PAYMENT_SOURCE_ACCOUNT_BALANCES"
    """
    User requested account balances
    """
    PAYMENT_SOURCE_ACCOUNT_BALANCES_OK = "PAYMENT_SOURCE_ACCOUNT_BALANCES_OK"
    """
    User recieved account balances
    """
    PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_MFA = "PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_MFA"
    """
    User prompted for OTP to view latest balances
    """
    PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_MFA = "PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_MFA"
    """
    User entered incorrect MFA to view latest balances
    """
    PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_SECURITY_QUESTION_ANSWER = (
        "PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_SECURITY_QUESTION_ANSWER"
    )
    """
    User prompted for security questions to view balances
    """
    PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_SECURITY_QUESTION_ANSWER = (
        "PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_SECURITY_QUESTION_ANSWER"
    )
    """
    User entered incorrect details for a security question
    """
    PAYMENT_SOURCE_ACCOUNT_BALANCES_FAILED = "PAYMENT_SOURCE_ACCOUNT_BALANCES_FAILED"
    """
    Lean was unable to update a user's account balances
    """
    PAYMENT_SOURCE_ACCOUNT_BALANCES_CREDENTIALS_UPDATE_REQUIRED = (
        "PAYMENT_SOURCE_ACCOUNT_BALANCES_CREDENTIALS_UPDATE_REQUIRED"
    )
    """
    User needs to update credentials
    """
    PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_CREDENTIALS = (
        "PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_CREDENTIALS"
    )
    """
    User entered incorrect credentials
    """
    PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_SECURITY_QUESTION_ATTEMPTS = (
        "PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_SECURITY_QUESTION_ATTEMPTS"
    )
    """
    User exhausted security question answer attempts
    """
    PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_MFA_ATTEMPTS = (
        "PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_MFA_ATTEMPTS"
    )
    """
    User exhausted OTP entry attempts
    """
    CONSENT_EXPIRED = "CONSENT_EXPIRED"
    """
    Consent has expired
    """
    SUCCESS = "SUCCESS"
    """
    Shown as secondary_status in the legacy callback example next to method LINK.
    """


class LeanUserExitIntent(StrEnum):
    """
    User exit intent: What the end user said about a payment when leaving the SDK early.
    """

    USER_CANCELLED_PAYMENT = "USER_CANCELLED_PAYMENT"
    """
    The end user said they cancelled the payment.
    """
    USER_COMPLETED_PAYMENT = "USER_COMPLETED_PAYMENT"
    """
    The end user said they completed the payment; confirm it through the payment webhook.
    """


class CallbackData(BaseModel):
    """
    A (partial) LinkSDK callback.
    """

    model_config = ConfigDict(extra="forbid")
    status: LeanCallbackStatus | None = None
    secondary_status: LeanSecondaryStatus | None = None
    message: Message | None = None
    exit_point: ExitPoint | None = None
    last_api_response: LastApiResponse | None = None
    user_exit_intent: LeanUserExitIntent | None = None
    exit_intent_point: ExitIntentPoint | None = None
    exit_survey_reason: ExitSurveyReason | None = None
    lean_correlation_id: LeanCorrelationId | None = None
    open_banking_redirect_url: OpenBankingRedirectUrl | None = None
    bank: CallbackBank | None = None
    method: LeanCallbackMethod | None = None


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
