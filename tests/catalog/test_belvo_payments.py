"""Belvo's payment code sets and their texts, read from its own pages (saved copies retrieved
2026-11-25; most are cut, as said beside each fact): the Payments Brazil codes page
(developers.belvo.com/products/payments_brazil/payments-brazil-codes-and-messages: its V2
status_reason_code table and its V1 failure_code table) and the payments webhook
(.../docs/payments-webhooks), the Charge states (.../docs/charge-model-and-states-ofpi) and the
Mexico direct-debit failures (.../products/payments_mexico/direct-debit-bank-errors, and the older
.../docs/direct-debit-errors): their texts, categories, retries and transitions, and the code set
a value of both Brazil tables is read in. Expected values are typed from those pages."""

from __future__ import annotations

import bankcodes
from bankcodes import Category, UnknownCode, belvo
from tests.support.helpers import spec_data

# --- Payments Brazil: V2 status_reason_code, V1 failure_code ---

#: The V2 table ("Code | Message (EN Only)") of payments-brazil-codes-and-messages, its 12 rows:
#: the text capture ends after BENEFICIARY_CANCELLED_RECURRING_PAYMENT, the Markdown one inside
#: BENEFICIARY_BANK_REJECTED_CHARGE; later rows, if any, are not in the copies.
V2_CODES = {
    "ACCOUNT_NOT_ALLOWED": "The payer account does not allow payments.",
    "AMOUNT_OVER_LIMIT": "The amount exceeds the maximum limit for the account.",
    "AUTHORIZATION_EXPIRED": "The Payment Authorization was not completed within the allowed "
    "period.",
    "BANK_USER_MISMATCH": "The authenticated bank user differed from the paying user.",
    "BENEFICIARY_ACCOUNT_BLOCKED": "The beneficiary bank account is blocked.",
    "BENEFICIARY_ACCOUNT_CLOSED": "The beneficiary bank account is closed.",
    "BENEFICIARY_ACCOUNT_ERROR": "The Charge could not be completed due to an unexpected error in "
    "the beneficiary account.",
    "BENEFICIARY_ACCOUNT_NUMBER_INVALID": "The beneficiary bank account number is invalid or "
    "non-existent.",
    "BENEFICIARY_ACCOUNT_TYPE_INVALID": "The beneficiary bank account type does not allow this "
    "type of action.",
    "BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED": "The transaction type is not supported or authorized "
    "by the beneficiary account.",
    "BENEFICIARY_BANK_REJECTED_CHARGE": "The Charge was rejected by the beneficiary's institution.",
    "BENEFICIARY_CANCELLED_RECURRING_PAYMENT": "The beneficiary cancelled the recurring payment "
    "schedule.",
}

#: The V1 table ("Failure Code | Failure Message (EN Only)"), its 16 whole rows; the copy is cut
#: inside the 17th, PAYER_ACCOUNT_TIMEOUT_ERROR ("The Charge settlement failed due to a time").
V1_CODES = {
    "AMOUNT_OVER_LIMIT": "The payment amount or number of payments exceeds limits.",
    "BENEFICIARY_ACCOUNT_BLOCKED": "The beneficiary bank account is blocked.",
    "BENEFICIARY_ACCOUNT_CLOSED": "The beneficiary bank account is closed.",
    "BENEFICIARY_ACCOUNT_ERROR": "The Charge could not be completed due to an unexpected error in "
    "the beneficiary account.",
    "BENEFICIARY_ACCOUNT_NUMBER_INVALID": "The beneficiary bank account number is invalid or "
    "non-existent.",
    "BENEFICIARY_ACCOUNT_TYPE_INVALID": "The beneficiary bank account type does not allow this "
    "type of action.",
    "BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED": "The transaction type is not supported or authorized "
    "by the beneficiary account.",
    "BENEFICIARY_BANK_REJECTED_CHARGE": "The Charge was rejected by the beneficiary's institution.",
    "BENEFICIARY_CANCELLED_RECURRING_PAYMENT": "The beneficiary cancelled the recurring payment "
    "schedule.",
    "BENEFICIARY_IDENTIFIER_INVALID": "The beneficiary's CPF or CNPJ is incorrect.",
    "BENEFICIARY_IDENTIFIER_MISMATCH": "The beneficiary's CPF or CNPJ does not match the account "
    "holder.",
    "CHARGE_SETTLEMENT_FAILED": "An error occurred while processing the Charge settlement.",
    "CHARGE_SETTLEMENT_TIMEOUT": "The Charge could not be completed due to a timeout.",
    "DUPLICATE_BENEFICIARY_CHARGE": "A duplicate Charge was detected for the same beneficiary.",
    "FRAUD_SUSPECTED": "The Charge was rejected due to suspected fraud.",
    "INSUFFICIENT_FUNDS": "The payer account had insufficient funds to make the payment.",
}

#: V1 codes named outside the table: PAYER_ACCOUNT_TIMEOUT_ERROR (its row cut), the V2 intro's
#: lower-case examples "beneficiary_bank_revoked_authorization" (both captures) and
#: "invalid_pix_key" (Markdown capture), and the payments webhook's "consent_expired" with its
#: failure_message "The payment consent was not accepted in time.".
V1_NAMED_ELSEWHERE = {
    "PAYER_ACCOUNT_TIMEOUT_ERROR": None,
    "beneficiary_bank_revoked_authorization": None,
    "invalid_pix_key": None,
    "consent_expired": "The payment consent was not accepted in time.",
}


def test_the_v2_status_reason_codes_are_belvos_table() -> None:
    assert {m.value: m.message for m in belvo.PaymentStatusReasonCode} == V2_CODES
    for member in belvo.PaymentStatusReasonCode:
        wording = member.info.whose("message")
        assert wording is not None and wording.by == "provider", member
        assert [s.id for s in wording.sources] == ["belvo-payments-br-codes-v2"], member
        # V2 "Uses status_reason_code (in UPPERCASE)": no lower-case spelling is read as V2.
        assert member.aliases == (), member
        assert isinstance(belvo.PaymentStatusReasonCode.parse(member.value.lower()), UnknownCode)


def test_the_v1_failure_codes_are_belvos_table_with_their_lower_case_spelling() -> None:
    published = {**V1_CODES, **V1_NAMED_ELSEWHERE}
    assert {m.value: m.message for m in belvo.PaymentFailureCode} == published
    for value, message in V1_CODES.items():
        member = belvo.PaymentFailureCode(value)
        wording = member.info.whose("message")
        assert wording is not None and wording.by == "provider", value
        assert [s.id for s in wording.sources] == ["belvo-payments-br-codes-v1"], value
        # "Payment Intents & Charges (V1): Uses failure_code (in lowercase)": the table's
        # upper-case spelling and the lower-case one the API sends are one code.
        assert member.aliases == (value.lower(),), value
        assert belvo.PaymentFailureCode.parse(value.lower()) is member
        assert member.message == message
    timeout = belvo.PaymentFailureCode.PAYER_ACCOUNT_TIMEOUT_ERROR
    assert timeout.aliases == ("payer_account_timeout_error",)
    # Cut or never shown with a message: bankcodes' words, marked so.
    for value in ("PAYER_ACCOUNT_TIMEOUT_ERROR", "beneficiary_bank_revoked_authorization"):
        member = belvo.PaymentFailureCode(value)
        wording = member.info.whose("description")
        assert member.info.editorial and wording is not None and wording.by == "bankcodes"
    consent = belvo.PaymentFailureCode.consent_expired.info.whose("message")
    assert consent is not None and consent.by == "provider"
    assert [s.id for s in consent.sources] == ["belvo-payments-webhooks"]


def test_the_payment_codes_categories_follow_belvos_words() -> None:
    v1, v2 = belvo.PaymentFailureCode, belvo.PaymentStatusReasonCode
    # "The beneficiary cancelled the recurring payment schedule."
    assert v1.BENEFICIARY_CANCELLED_RECURRING_PAYMENT.category is Category.CANCELLED
    assert v2.BENEFICIARY_CANCELLED_RECURRING_PAYMENT.category is Category.CANCELLED
    # "The Charge was rejected by the beneficiary's institution." / "rejected due to suspected
    # fraud".
    assert v2.BENEFICIARY_BANK_REJECTED_CHARGE.category is Category.REJECTED
    assert v1.FRAUD_SUSPECTED.category is Category.REJECTED
    # "The Payment Authorization was not completed within the allowed period." / "The payment
    # consent was not accepted in time.": the payer's time ran out; a new one can start.
    assert v2.AUTHORIZATION_EXPIRED.category is Category.SESSION_EXPIRED
    assert v1.consent_expired.category is Category.SESSION_EXPIRED
    # "... due to an unexpected error in the beneficiary account." / "due to a timeout.".
    assert v2.BENEFICIARY_ACCOUNT_ERROR.category is Category.GENERIC_FAILURE
    assert v1.CHARGE_SETTLEMENT_TIMEOUT.category is Category.GENERIC_FAILURE


def test_a_code_of_both_versions_is_read_in_the_set_asked_for() -> None:
    # AMOUNT_OVER_LIMIT is in both tables, with two messages.
    assert bankcodes.lookup("belvo", "AMOUNT_OVER_LIMIT") == (
        belvo.PaymentStatusReasonCode.AMOUNT_OVER_LIMIT,
        belvo.PaymentFailureCode.AMOUNT_OVER_LIMIT,
    )
    v2 = belvo.PaymentStatusReasonCode.AMOUNT_OVER_LIMIT
    v1 = belvo.PaymentFailureCode.AMOUNT_OVER_LIMIT
    assert v2.message == V2_CODES["AMOUNT_OVER_LIMIT"]
    assert v1.message == V1_CODES["AMOUNT_OVER_LIMIT"]
    assert bankcodes.classify("belvo", "AMOUNT_OVER_LIMIT") is Category.REJECTED
    assert (
        bankcodes.classify("belvo", "AMOUNT_OVER_LIMIT", code_set="payment_failure_code")
        is Category.REJECTED
    )
    # The lower-case spelling is V1's only.
    assert bankcodes.lookup("belvo", "amount_over_limit") == (v1,)
    assert (
        bankcodes.classify("belvo", "amount_over_limit", code_set="payment_status_reason_code")
        is Category.UNKNOWN
    )
    assert (
        bankcodes.classify("belvo", "amount_over_limit", code_set=belvo.PaymentFailureCode)
        is Category.REJECTED
    )
    # consent_expired (a V1 webhook's failure_code) is no V2 code.
    assert (
        bankcodes.classify("belvo", "consent_expired", code_set="payment_status_reason_code")
        is Category.UNKNOWN
    )
    assert bankcodes.classify("belvo", "consent_expired") is Category.SESSION_EXPIRED


# --- Charges ---

#: .../docs/charge-model-and-states-ofpi, the whole table: state, description, transitions.
CHARGE_STATES = {
    "CREATED": ("Initial state when the charge is created.", ["PENDING"]),
    "PENDING": (
        "The charge is awaiting further action or scheduling.",
        ["SCHEDULED", "SUCCEEDED", "CANCELED", "FAILED"],
    ),
    "SCHEDULED": (
        "The charge is scheduled for processing at a future date.",
        ["SUCCEEDED", "CANCELED", "FAILED"],
    ),
    "SUCCEEDED": ("The charge has been successfully processed.", []),
    "CANCELED": ("The charge has been canceled.", []),
    "FAILED": ("The charge has failed.", []),
}


def test_the_charge_states_and_their_transitions_are_belvos_table() -> None:
    read = {
        m.value: (m.description, [n.value for n in m.next_statuses or ()])
        for m in belvo.ChargeStatus
    }
    assert read == CHARGE_STATES
    # "(End state - no further transitions)": an empty tuple, not an unknown (None).
    for value in ("SUCCEEDED", "CANCELED", "FAILED"):
        assert belvo.ChargeStatus(value).next_statuses == (), value
    transitions = spec_data()["providers"]["belvo"]["code_sets"]["charge_status"]["transitions"]
    assert transitions["initial"] == ["CREATED"]
    for member in belvo.ChargeStatus:
        wording = member.info.whose("description")
        assert wording is not None and wording.by == "provider", member


def test_the_charge_states_categories_follow_belvos_words() -> None:
    # "Initial state", "awaiting further action or scheduling", "scheduled for processing at a
    # future date": not done yet.
    for value in ("CREATED", "PENDING", "SCHEDULED"):
        assert belvo.ChargeStatus(value).category is Category.PENDING, value
    assert belvo.ChargeStatus.SUCCEEDED.category is Category.SUCCESS
    assert belvo.ChargeStatus.CANCELED.category is Category.CANCELLED


# --- Payments Mexico: direct-debit failedReason ---

#: failedReason code -> (failedReasonMessage of its first row, Retry). The current page's copy
#: (.../payments_mexico/direct-debit-bank-errors) ends after row 10; the older page's
#: (.../docs/direct-debit-errors) is cut inside row 12 ("| 12 | Venc"), so 11 is read there.
DIRECT_DEBIT = {
    "01": ("Cuenta inexistente", "Not recommended"),
    "02": ("Cuenta bloqueada", "Possible"),
    "03": ("Cuenta cancelada", "Not recommended"),
    "04": ("Cuenta con insuficiencia de fondos", "Possible"),
    "05": ("Cuenta en otra divisa", "Not recommended"),
    "06": ("Cuenta no pertenece al banco receptor", "Not recommended"),
    "07": ("Transacción duplicada", "Possible"),
    "08": ("Por orden del cliente: Orden de no pagar a ese Emisor", "Possible"),
    "09": ("Por orden del cliente: Importe mayor al autorizado", "Possible"),
    "10": ("Por orden del cliente: Cancelación del servicio", "Possible"),
    "11": ("Cliente no tiene autorizado el servicio", "Possible"),
}

#: The codes on two rows and the message of their second row.
SECOND_ROWS = {
    "08": "Baja por oficina",
    "10": "Domiciliación dada de baja",
    "11": "Domiciliación dada de baja",
}


def test_the_direct_debit_failures_are_belvos_table() -> None:
    assert {m.value: m.message for m in belvo.DirectDebitFailedReason} == {
        value: message for value, (message, _) in DIRECT_DEBIT.items()
    }
    for value, message in SECOND_ROWS.items():
        assert message in (belvo.DirectDebitFailedReason(value).info.notes or ""), value
    for value in DIRECT_DEBIT:
        wording = belvo.DirectDebitFailedReason(value).info.whose("message")
        assert wording is not None and wording.by == "provider", value
    # "06 / 6" and "07 / 7": both spellings are one code.
    assert belvo.DirectDebitFailedReason.parse("6") is belvo.DirectDebitFailedReason("06")
    assert belvo.DirectDebitFailedReason.parse("7") is belvo.DirectDebitFailedReason("07")
    assert belvo.DirectDebitFailedReason("06").aliases == ("6",)


def test_a_direct_debit_failure_is_retryable_where_belvos_retry_column_says_possible() -> None:
    for value, (_, retry) in DIRECT_DEBIT.items():
        member = belvo.DirectDebitFailedReason(value)
        assert member.retryable is (retry == "Possible"), value
        assert f"Retry column says {retry}" in (member.info.notes or ""), value
    assert {m.value for m in belvo.DirectDebitFailedReason if m.retryable} == {
        "02",
        "04",
        "07",
        "08",
        "09",
        "10",
        "11",
    }


def test_the_direct_debit_failures_categories_follow_belvos_words() -> None:
    # "Cuenta inexistente", "Cuenta cancelada": no account to debit.
    for value in ("01", "03"):
        assert belvo.DirectDebitFailedReason(value).category is Category.ACCOUNT_UNAVAILABLE
    # "Por orden del cliente: Cancelación del servicio": the customer cancelled.
    assert belvo.DirectDebitFailedReason("10").category is Category.CANCELLED
    # Each Retry "Possible" contradicts a category no program may retry, hence retryable.
    assert not Category.REJECTED.retryable and belvo.DirectDebitFailedReason("04").retryable
