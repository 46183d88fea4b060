# generated from spec/catalog.json — do not edit (run `make generate`)
# by datamodel-code-generator from generated/jsonschema/lean/webhook.schema.json

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Dict, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, StrictBool, StrictFloat, StrictStr


class AccountType(StrEnum):
    PERSONAL = "PERSONAL"
    BUSINESS = "BUSINESS"


class SwiftCode(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(max_length=8192)]


class AccountType1(RootModel[StrictStr]):
    model_config = ConfigDict(regex_engine="python-re")
    root: Annotated[
        StrictStr, Field(max_length=8192, pattern="^(?!(?:PERSONAL|BUSINESS)(?![\\s\\S]))")
    ]


class Status(RootModel[StrictStr]):
    model_config = ConfigDict(regex_engine="python-re")
    root: Annotated[
        StrictStr,
        Field(max_length=8192, pattern="^(?!(?:AWAITING_BENEFICIARY_COOL_OFF|ACTIVE)(?![\\s\\S]))"),
    ]


class Status1(RootModel[StrictStr]):
    model_config = ConfigDict(regex_engine="python-re")
    root: Annotated[
        StrictStr,
        Field(
            max_length=8192,
            pattern="^(?!(?:AWAITING_AUTHORISATION|AUTHORISED|REVOKED|REJECTED|EXPIRED|CONSUMED|SUSPENDED)(?![\\s\\S]))",
        ),
    ]


class Status2(RootModel[StrictStr]):
    model_config = ConfigDict(regex_engine="python-re")
    root: Annotated[
        StrictStr, Field(max_length=8192, pattern="^(?!(?:PENDING|FINISHED|OK)(?![\\s\\S]))")
    ]


class Permissions(RootModel[StrictStr]):
    model_config = ConfigDict(regex_engine="python-re")
    root: Annotated[
        StrictStr,
        Field(
            max_length=8192,
            pattern="^(?!(?:identity|accounts|balance|transactions|payments|identities|beneficiaries|direct_debits|standing_orders|scheduled_payments)(?![\\s\\S]))",
        ),
    ]


class Type(RootModel[StrictStr]):
    model_config = ConfigDict(regex_engine="python-re")
    root: Annotated[
        StrictStr,
        Field(
            max_length=8192,
            pattern="^(?!(?:entity\\.created|entity\\.updated|entity\\.reconnected|entity\\.data\\.refresh\\.updated|results\\.ready|payment_source\\.created|payment_source\\.beneficiary\\.created|payment_source\\.beneficiary\\.updated|payment_intent\\.created|payment\\.created|payment\\.updated|payment\\.transaction|payment\\.reconciliation\\.updated|bank\\.availability\\.updated|consent\\.status\\.updated)(?![\\s\\S]))",
        ),
    ]
    """
    The event type, object.action.
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


class LeanConsentStatus(StrEnum):
    """
    Consent status: The status of an Open Finance consent, reported by consent.status.updated.
    """

    AWAITING_AUTHORISATION = "AWAITING_AUTHORISATION"
    """
    The consent was created and waits for the end user to authorise it.
    """
    AUTHORISED = "AUTHORISED"
    """
    The end user authorised the consent.
    """
    REVOKED = "REVOKED"
    """
    The consent was revoked.
    """
    REJECTED = "REJECTED"
    """
    The consent was rejected.
    """
    EXPIRED = "EXPIRED"
    """
    The consent expired.
    """
    CONSUMED = "CONSUMED"
    """
    A single-use consent was used.
    """
    SUSPENDED = "SUSPENDED"
    """
    The consent was suspended.
    """


class LeanDataRefreshStatus(StrEnum):
    """
    Data refresh status: The status in the entity.data.refresh.updated webhook. Lean's own sample files disagree by region on the final value.
    """

    PENDING = "PENDING"
    """
    The data refresh has started and is not finished.
    """
    FINISHED = "FINISHED"
    """
    The data refresh finished.
    """
    OK = "OK"
    """
    The data refresh finished (UAE sample payload).
    """


class LeanPaymentIntentStatus(StrEnum):
    """
    Payment intent status: The status of a payment intent in the payment_intent.created webhook.
    """

    INTENT_CREATED = "INTENT_CREATED"
    """
    The payment intent was created.
    """


class LeanPaymentLifecycleStatus(StrEnum):
    """
    Payment lifecycle status: The status of a payment in the payment.transaction webhook: CREATED, then PROCESSING, then PROCESSED or FAILED.
    """

    CREATED = "CREATED"
    """
    An internal transaction record has been created, but no interaction with the bank has occurred yet.
    """
    PROCESSING = "PROCESSING"
    """
    The transaction has been submitted or is being attempted at the bank.
    """
    PROCESSED = "PROCESSED"
    """
    The final successful state.
    """
    FAILED = "FAILED"
    """
    The final unsuccessful state.
    """


class LeanPaymentSourceStatus(StrEnum):
    """
    Payment source status: The status of a payment source or beneficiary in the payment_source webhooks.
    """

    AWAITING_BENEFICIARY_COOL_OFF = "AWAITING_BENEFICIARY_COOL_OFF"
    """
    The beneficiary is in its cool-off period before it can be paid.
    """
    ACTIVE = "ACTIVE"
    """
    The payment source or beneficiary is active.
    """


class LeanPaymentStatus(StrEnum):
    """
    Payment status: The status of a payment in the payment.created and payment.updated webhooks. Lean publishes these as examples; the list is open.
    """

    PENDING_WITH_BANK = "PENDING_WITH_BANK"
    """
    Payment is pending with the bank
    """
    ACCEPTED_BY_BANK = "ACCEPTED_BY_BANK"
    """
    Bank confirmed payment initiation
    """


class LeanPermission(StrEnum):
    """
    Permission: A permission requested from the end user in the permissions config field.
    """

    identity = "identity"
    """
    Access to the end user's identity data.
    """
    accounts = "accounts"
    """
    Access to the list of accounts.
    """
    balance = "balance"
    """
    Access to account balances.
    """
    transactions = "transactions"
    """
    Access to account transactions.
    """
    payments = "payments"
    """
    Permission to initiate payments.
    """
    identities = "identities"
    """
    Access to identity data (KSA).
    """
    beneficiaries = "beneficiaries"
    """
    Access to the account's beneficiaries.
    """
    direct_debits = "direct_debits"
    """
    Access to the account's direct debits.
    """
    standing_orders = "standing_orders"
    """
    Access to the account's standing orders.
    """
    scheduled_payments = "scheduled_payments"
    """
    Access to the account's scheduled payments.
    """


class LeanReconciliationStatus(StrEnum):
    """
    Payment reconciliation status: The status in the payment.reconciliation.updated webhook.
    """

    RECONCILED = "RECONCILED"
    """
    The payment was reconciled.
    """


class LeanWebhookEventType(StrEnum):
    """
    Webhook event type: The type field of a Lean webhook, in the form object.action.
    """

    ENTITY_CREATED = "entity.created"
    """
    An entity (a connection to a bank) was created.
    """
    ENTITY_UPDATED = "entity.updated"
    """
    An entity changed: consent change, re-connect or revocation.
    """
    ENTITY_RECONNECTED = "entity.reconnected"
    """
    An entity was reconnected; the payload carries the reconnect_id.
    """
    ENTITY_DATA_REFRESH_UPDATED = "entity.data.refresh.updated"
    """
    The status of a data refresh for an entity changed.
    """
    RESULTS_READY = "results.ready"
    """
    The results of an asynchronous request are ready; the payload id is the results_id.
    """
    PAYMENT_SOURCE_CREATED = "payment_source.created"
    """
    A payment source was created.
    """
    PAYMENT_SOURCE_BENEFICIARY_CREATED = "payment_source.beneficiary.created"
    """
    A beneficiary was added to a payment source.
    """
    PAYMENT_SOURCE_BENEFICIARY_UPDATED = "payment_source.beneficiary.updated"
    """
    A payment source beneficiary changed.
    """
    PAYMENT_INTENT_CREATED = "payment_intent.created"
    """
    A payment intent was created.
    """
    PAYMENT_CREATED = "payment.created"
    """
    A payment request was created with the bank; carries the initial status, which can be intermediate or terminal.
    """
    PAYMENT_UPDATED = "payment.updated"
    """
    A later status update of a payment.
    """
    PAYMENT_TRANSACTION = "payment.transaction"
    """
    A payment moved along its lifecycle (CREATED, PROCESSING, PROCESSED or FAILED).
    """
    PAYMENT_RECONCILIATION_UPDATED = "payment.reconciliation.updated"
    """
    The reconciliation status of a payment changed.
    """
    BANK_AVAILABILITY_UPDATED = "bank.availability.updated"
    """
    The availability of a bank for payments or data changed.
    """
    CONSENT_STATUS_UPDATED = "consent.status.updated"
    """
    The status of a consent changed.
    """


class Status3(RootModel[StrictStr]):
    model_config = ConfigDict(regex_engine="python-re")
    root: Annotated[
        StrictStr,
        Field(max_length=8192, pattern="^(?!(?:PENDING_WITH_BANK|ACCEPTED_BY_BANK)(?![\\s\\S]))"),
    ]


class Status4(RootModel[StrictStr]):
    model_config = ConfigDict(regex_engine="python-re")
    root: Annotated[
        StrictStr, Field(max_length=8192, pattern="^(?!(?:INTENT_CREATED)(?![\\s\\S]))")
    ]


class Status5(RootModel[StrictStr]):
    model_config = ConfigDict(regex_engine="python-re")
    root: Annotated[
        StrictStr,
        Field(max_length=8192, pattern="^(?!(?:AWAITING_BENEFICIARY_COOL_OFF|ACTIVE)(?![\\s\\S]))"),
    ]


class Status6(RootModel[StrictStr]):
    model_config = ConfigDict(regex_engine="python-re")
    root: Annotated[
        StrictStr,
        Field(max_length=8192, pattern="^(?!(?:CREATED|PROCESSING|PROCESSED|FAILED)(?![\\s\\S]))"),
    ]


class Status7(RootModel[StrictStr]):
    model_config = ConfigDict(regex_engine="python-re")
    root: Annotated[StrictStr, Field(max_length=8192, pattern="^(?!(?:RECONCILED)(?![\\s\\S]))")]


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


class OtherWebhook(BaseModel):
    """
    The fields every Lean webhook shares. (an event type without a schema here).
    """

    model_config = ConfigDict(extra="allow", regex_engine="python-re")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    type: Annotated[
        StrictStr,
        Field(
            max_length=8192,
            pattern="^(?!(?:entity\\.created|entity\\.updated|entity\\.reconnected|entity\\.data\\.refresh\\.updated|results\\.ready|payment_source\\.created|payment_source\\.beneficiary\\.created|payment_source\\.beneficiary\\.updated|payment_intent\\.created|payment\\.created|payment\\.updated|payment\\.transaction|payment\\.reconciliation\\.updated|bank\\.availability\\.updated|consent\\.status\\.updated)(?![\\s\\S]))",
        ),
    ]
    """
    Any type other than those with a schema of their own.
    """
    payload: dict[str, JsonValue2 | None]
    message: Annotated[StrictStr, Field(max_length=8192)]
    """
    A description of the event.
    """
    timestamp: Annotated[
        StrictStr | None,
        Field(
            max_length=64,
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$",
        ),
    ] = None
    """
    When the event happened (ISO 8601).
    """
    event_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    """
    The event's id (a UUID in real payloads).
    """


class Payment(BaseModel):
    """
    The payload of payment.created and payment.updated.
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    id: Annotated[StrictStr, Field(max_length=8192)]
    customer_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    intent_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    status: LeanPaymentStatus | Status3
    amount: StrictFloat | None = None
    currency: Annotated[StrictStr | None, Field(max_length=8192)] = None
    payment_destination_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    bank_transaction_reference: Annotated[StrictStr | None, Field(max_length=8192)] = None
    reason: Annotated[StrictStr | None, Field(max_length=8192)] = None
    metadata: JsonValue | None = None


class PaymentCreatedWebhook(BaseModel):
    """
    The fields every Lean webhook shares. (payment.created).
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    type: Literal["payment.created"]
    payload: Payment
    message: Annotated[StrictStr, Field(max_length=8192)]
    """
    A description of the event.
    """
    timestamp: Annotated[
        StrictStr | None,
        Field(
            max_length=64,
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$",
        ),
    ] = None
    """
    When the event happened (ISO 8601).
    """
    event_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    """
    The event's id (a UUID in real payloads).
    """


class PaymentIntent(BaseModel):
    """
    The payload of payment_intent.created.
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    intent_id: Annotated[StrictStr, Field(max_length=8192)]
    amount: StrictFloat | None = None
    currency: Annotated[StrictStr | None, Field(max_length=8192)] = None
    status: LeanPaymentIntentStatus | Status4 | None = None
    reason: Annotated[StrictStr | None, Field(max_length=8192)] = None
    metadata: JsonValue | None = None


class PaymentIntentCreatedWebhook(BaseModel):
    """
    The fields every Lean webhook shares. (payment_intent.created).
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    type: Literal["payment_intent.created"]
    payload: PaymentIntent
    message: Annotated[StrictStr, Field(max_length=8192)]
    """
    A description of the event.
    """
    timestamp: Annotated[
        StrictStr | None,
        Field(
            max_length=64,
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$",
        ),
    ] = None
    """
    When the event happened (ISO 8601).
    """
    event_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    """
    The event's id (a UUID in real payloads).
    """


class PaymentSource(BaseModel):
    """
    The payload of payment_source.created.
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    id: Annotated[StrictStr, Field(max_length=8192)]
    customer_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    status: LeanPaymentSourceStatus | Status5
    bank_identifier: Annotated[StrictStr | None, Field(max_length=8192)] = None
    bank_name: Annotated[StrictStr | None, Field(max_length=8192)] = None
    end_user_id: Annotated[StrictStr | None, Field(max_length=8192)] = None


class PaymentSourceCreatedWebhook(BaseModel):
    """
    The fields every Lean webhook shares. (payment_source.created).
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    type: Literal["payment_source.created"]
    payload: PaymentSource
    message: Annotated[StrictStr, Field(max_length=8192)]
    """
    A description of the event.
    """
    timestamp: Annotated[
        StrictStr | None,
        Field(
            max_length=64,
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$",
        ),
    ] = None
    """
    When the event happened (ISO 8601).
    """
    event_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    """
    The event's id (a UUID in real payloads).
    """


class PaymentTransaction(BaseModel):
    """
    The payload of payment.transaction. The published example is cut short, so no field is required.
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    status: LeanPaymentLifecycleStatus | Status6 | None = None


class PaymentTransactionWebhook(BaseModel):
    """
    The fields every Lean webhook shares. (payment.transaction).
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    type: Literal["payment.transaction"]
    payload: PaymentTransaction
    message: Annotated[StrictStr, Field(max_length=8192)]
    """
    A description of the event.
    """
    timestamp: Annotated[
        StrictStr | None,
        Field(
            max_length=64,
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$",
        ),
    ] = None
    """
    When the event happened (ISO 8601).
    """
    event_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    """
    The event's id (a UUID in real payloads).
    """


class PaymentUpdatedWebhook(BaseModel):
    """
    The fields every Lean webhook shares. (payment.updated).
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    type: Literal["payment.updated"]
    payload: Payment
    message: Annotated[StrictStr, Field(max_length=8192)]
    """
    A description of the event.
    """
    timestamp: Annotated[
        StrictStr | None,
        Field(
            max_length=64,
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$",
        ),
    ] = None
    """
    When the event happened (ISO 8601).
    """
    event_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    """
    The event's id (a UUID in real payloads).
    """


class Reconciliation(BaseModel):
    """
    The payload of payment.reconciliation.updated.
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    payment_id: Annotated[StrictStr, Field(max_length=8192)]
    payment_intent_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    status: LeanReconciliationStatus | Status7
    amount: StrictFloat | None = None
    currency: Annotated[StrictStr | None, Field(max_length=8192)] = None
    reference: Annotated[StrictStr | None, Field(max_length=8192)] = None
    consent_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    additional_property: JsonValue | None = None
    payment_description: Annotated[StrictStr | None, Field(max_length=8192)] = None


class ReconciliationUpdatedWebhook(BaseModel):
    """
    The fields every Lean webhook shares. (payment.reconciliation.updated).
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    type: Literal["payment.reconciliation.updated"]
    payload: Reconciliation
    message: Annotated[StrictStr, Field(max_length=8192)]
    """
    A description of the event.
    """
    timestamp: Annotated[
        StrictStr | None,
        Field(
            max_length=64,
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$",
        ),
    ] = None
    """
    When the event happened (ISO 8601).
    """
    event_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    """
    The event's id (a UUID in real payloads).
    """


class ResultsReady(BaseModel):
    """
    The payload of results.ready.
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    id: Annotated[StrictStr, Field(max_length=8192)]
    """
    The results_id.
    """


class ResultsReadyWebhook(BaseModel):
    """
    The fields every Lean webhook shares. (results.ready).
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    type: Literal["results.ready"]
    payload: ResultsReady
    message: Annotated[StrictStr, Field(max_length=8192)]
    """
    A description of the event.
    """
    timestamp: Annotated[
        StrictStr | None,
        Field(
            max_length=64,
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$",
        ),
    ] = None
    """
    When the event happened (ISO 8601).
    """
    event_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    """
    The event's id (a UUID in real payloads).
    """


class ServiceFlags(BaseModel):
    """
    One flag per service.
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    payments: StrictBool | None = None
    data: StrictBool | None = None


class Availability(BaseModel):
    """
    Whether a bank is active and enabled for payments and data.
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    active: ServiceFlags | None = None
    enabled: ServiceFlags | None = None


class BankAvailability(BaseModel):
    """
    The payload of bank.availability.updated.
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    identifier: Annotated[StrictStr, Field(max_length=8192)]
    availability: Availability


class BankAvailabilityUpdatedWebhook(BaseModel):
    """
    The fields every Lean webhook shares. (bank.availability.updated).
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    type: Literal["bank.availability.updated"]
    payload: BankAvailability
    message: Annotated[StrictStr, Field(max_length=8192)]
    """
    A description of the event.
    """
    timestamp: Annotated[
        StrictStr | None,
        Field(
            max_length=64,
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$",
        ),
    ] = None
    """
    When the event happened (ISO 8601).
    """
    event_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    """
    The event's id (a UUID in real payloads).
    """


class BankDetails(BaseModel):
    """
    The bank of an entity.
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    identifier: Annotated[StrictStr | None, Field(max_length=8192)] = None
    name: Annotated[StrictStr | None, Field(max_length=8192)] = None
    logo: Annotated[StrictStr | None, Field(max_length=8192)] = None
    main_color: Annotated[StrictStr | None, Field(max_length=8192)] = None
    background_color: Annotated[StrictStr | None, Field(max_length=8192)] = None
    swift_code: SwiftCode | None = None
    account_type: AccountType | AccountType1 | None = None
    bank_type: Annotated[StrictStr | None, Field(max_length=8192)] = None


class Beneficiary(BaseModel):
    """
    The payload of the payment_source.beneficiary webhooks.
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    id: Annotated[StrictStr, Field(max_length=8192)]
    customer_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    payment_source_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    payment_destination_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    status: LeanPaymentSourceStatus | Status
    payment_source_bank_identifier: Annotated[StrictStr | None, Field(max_length=8192)] = None


class BeneficiaryCreatedWebhook(BaseModel):
    """
    The fields every Lean webhook shares. (payment_source.beneficiary.created).
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    type: Literal["payment_source.beneficiary.created"]
    payload: Beneficiary
    message: Annotated[StrictStr, Field(max_length=8192)]
    """
    A description of the event.
    """
    timestamp: Annotated[
        StrictStr | None,
        Field(
            max_length=64,
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$",
        ),
    ] = None
    """
    When the event happened (ISO 8601).
    """
    event_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    """
    The event's id (a UUID in real payloads).
    """


class BeneficiaryUpdatedWebhook(BaseModel):
    """
    The fields every Lean webhook shares. (payment_source.beneficiary.updated).
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    type: Literal["payment_source.beneficiary.updated"]
    payload: Beneficiary
    message: Annotated[StrictStr, Field(max_length=8192)]
    """
    A description of the event.
    """
    timestamp: Annotated[
        StrictStr | None,
        Field(
            max_length=64,
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$",
        ),
    ] = None
    """
    When the event happened (ISO 8601).
    """
    event_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    """
    The event's id (a UUID in real payloads).
    """


class ConsentStatusChange(BaseModel):
    """
    The payload of consent.status.updated. No complete example is published, so no field is required.
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    consent_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    status: LeanConsentStatus | Status1 | None = None


class ConsentStatusUpdatedWebhook(BaseModel):
    """
    The fields every Lean webhook shares. (consent.status.updated).
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    type: Literal["consent.status.updated"]
    payload: ConsentStatusChange
    message: Annotated[StrictStr, Field(max_length=8192)]
    """
    A description of the event.
    """
    timestamp: Annotated[
        StrictStr | None,
        Field(
            max_length=64,
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$",
        ),
    ] = None
    """
    When the event happened (ISO 8601).
    """
    event_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    """
    The event's id (a UUID in real payloads).
    """


class DataRefresh(BaseModel):
    """
    The payload of entity.data.refresh.updated.
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    entity_id: Annotated[StrictStr, Field(max_length=8192)]
    refresh_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    customer_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    app_user_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    status: LeanDataRefreshStatus | Status2
    data_status: dict[str, JsonValue2 | None] | None = None


class DataRefreshUpdatedWebhook(BaseModel):
    """
    The fields every Lean webhook shares. (entity.data.refresh.updated).
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    type: Literal["entity.data.refresh.updated"]
    payload: DataRefresh
    message: Annotated[StrictStr, Field(max_length=8192)]
    """
    A description of the event.
    """
    timestamp: Annotated[
        StrictStr | None,
        Field(
            max_length=64,
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$",
        ),
    ] = None
    """
    When the event happened (ISO 8601).
    """
    event_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    """
    The event's id (a UUID in real payloads).
    """


class Entity(BaseModel):
    """
    An entity: a customer's connection to a bank.
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    id: Annotated[StrictStr, Field(max_length=8192)]
    customer_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    app_user_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    permissions: list[LeanPermission | Permissions] | None = None
    bank_details: BankDetails | None = None


class EntityCreatedWebhook(BaseModel):
    """
    The fields every Lean webhook shares. (entity.created).
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    type: Literal["entity.created"]
    payload: Entity
    message: Annotated[StrictStr, Field(max_length=8192)]
    """
    A description of the event.
    """
    timestamp: Annotated[
        StrictStr | None,
        Field(
            max_length=64,
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$",
        ),
    ] = None
    """
    When the event happened (ISO 8601).
    """
    event_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    """
    The event's id (a UUID in real payloads).
    """


class EntityReconnected(BaseModel):
    """
    The payload of entity.reconnected.
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    id: Annotated[StrictStr, Field(max_length=8192)]
    """
    The entity id.
    """
    reconnect_id: Annotated[StrictStr, Field(max_length=8192)]


class EntityReconnectedWebhook(BaseModel):
    """
    The fields every Lean webhook shares. (entity.reconnected).
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    type: Literal["entity.reconnected"]
    payload: EntityReconnected
    message: Annotated[StrictStr, Field(max_length=8192)]
    """
    A description of the event.
    """
    timestamp: Annotated[
        StrictStr | None,
        Field(
            max_length=64,
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$",
        ),
    ] = None
    """
    When the event happened (ISO 8601).
    """
    event_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    """
    The event's id (a UUID in real payloads).
    """


class EntityUpdatedWebhook(BaseModel):
    """
    The fields every Lean webhook shares. (entity.updated).
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    type: Literal["entity.updated"]
    payload: Entity
    message: Annotated[StrictStr, Field(max_length=8192)]
    """
    A description of the event.
    """
    timestamp: Annotated[
        StrictStr | None,
        Field(
            max_length=64,
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$",
        ),
    ] = None
    """
    When the event happened (ISO 8601).
    """
    event_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    """
    The event's id (a UUID in real payloads).
    """


class Envelope(BaseModel):
    """
    The fields every Lean webhook shares.
    """

    model_config = ConfigDict(extra="allow")
    __annotations__ = {"__pydantic_extra__": Dict[str, JsonValue | None]}
    type: LeanWebhookEventType | Type
    """
    The event type, object.action.
    """
    payload: dict[str, JsonValue2 | None]
    message: Annotated[StrictStr, Field(max_length=8192)]
    """
    A description of the event.
    """
    timestamp: Annotated[
        StrictStr | None,
        Field(
            max_length=64,
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$",
        ),
    ] = None
    """
    When the event happened (ISO 8601).
    """
    event_id: Annotated[StrictStr | None, Field(max_length=8192)] = None
    """
    The event's id (a UUID in real payloads).
    """


class LeanWebhook(
    RootModel[
        EntityCreatedWebhook
        | EntityUpdatedWebhook
        | EntityReconnectedWebhook
        | DataRefreshUpdatedWebhook
        | ResultsReadyWebhook
        | PaymentSourceCreatedWebhook
        | BeneficiaryCreatedWebhook
        | BeneficiaryUpdatedWebhook
        | PaymentIntentCreatedWebhook
        | PaymentCreatedWebhook
        | PaymentUpdatedWebhook
        | PaymentTransactionWebhook
        | ReconciliationUpdatedWebhook
        | BankAvailabilityUpdatedWebhook
        | ConsentStatusUpdatedWebhook
        | OtherWebhook
    ]
):
    root: Annotated[
        EntityCreatedWebhook
        | EntityUpdatedWebhook
        | EntityReconnectedWebhook
        | DataRefreshUpdatedWebhook
        | ResultsReadyWebhook
        | PaymentSourceCreatedWebhook
        | BeneficiaryCreatedWebhook
        | BeneficiaryUpdatedWebhook
        | PaymentIntentCreatedWebhook
        | PaymentCreatedWebhook
        | PaymentUpdatedWebhook
        | PaymentTransactionWebhook
        | ReconciliationUpdatedWebhook
        | BankAvailabilityUpdatedWebhook
        | ConsentStatusUpdatedWebhook
        | OtherWebhook,
        Field(title="LeanWebhook"),
    ]
    """
    Any Lean webhook, chosen by its type.
    """
