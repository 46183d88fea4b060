# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.ukob's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, register
from bankcodes._records import CodeInfo, CodeSetInfo, Equivalent, HttpStatus, Scope, Source, Wording
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.ukob")
#: The documents its facts come from, by id.
_S = {
    "ukob-v3-1-11-account-info-openapi": Source(
        id="ukob-v3-1-11-account-info-openapi",
        kind="repo",
        title="UK Open Banking: Account and Transaction API OpenAPI file, v3.1.11 (tag v3.1.11r5; info.license: open-licence): OBError1 and its x-namespaced-enum of error codes",
        url="https://github.com/OpenBankingUK/read-write-api-specs/blob/6b06eb9f5b319618828151dd637ddff5c00965c2/dist/openapi/account-info-openapi.yaml",
    ),
    "ukob-v3-1-11-vrp-openapi": Source(
        id="ukob-v3-1-11-vrp-openapi",
        kind="repo",
        title="UK Open Banking: Variable Recurring Payments OpenAPI file, v3.1.11 (tag v3.1.11r5; info.license: open-licence): OBError1's error codes and OBVRPStatusReasonCode, and the statuses of a domestic VRP, its details and its consent",
        url="https://github.com/OpenBankingUK/read-write-api-specs/blob/6b06eb9f5b319618828151dd637ddff5c00965c2/dist/openapi/vrp-openapi.yaml",
    ),
    "ukob-v3-1-11-payment-initiation-openapi": Source(
        id="ukob-v3-1-11-payment-initiation-openapi",
        kind="repo",
        title="UK Open Banking: Payment Initiation API OpenAPI file, v3.1.11 (tag v3.1.11r5; info.license: open-licence): the status enums of its payment-order, consent and multiple authorisation resources and of a payment's details",
        url="https://github.com/OpenBankingUK/read-write-api-specs/blob/6b06eb9f5b319618828151dd637ddff5c00965c2/dist/openapi/payment-initiation-openapi.yaml",
    ),
    "ukob-v3-1-11-pi-profile": Source(
        id="ukob-v3-1-11-pi-profile",
        kind="repo",
        title="UK Open Banking: Payment Initiation API Profile, v3.1.11 documentation (read-write-api-docs-pub, MIT): its Static Enumerations table, each status code with its class and definition",
        url="https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v3.1.11/profiles/payment-initiation-api-profile.md",
    ),
    "ukob-v3-1-11-file-payment-consents": Source(
        id="ukob-v3-1-11-file-payment-consents",
        kind="repo",
        title="UK Open Banking: File Payment Consents, v3.1.11 documentation (read-write-api-docs-pub, MIT): a file-payment-consent's statuses",
        url="https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v3.1.11/resources-and-data-models/pisp/file-payment-consents.md",
    ),
    "ukob-v3-1-11-namespaced-enumerations": Source(
        id="ukob-v3-1-11-namespaced-enumerations",
        kind="repo",
        title="UK Open Banking: Namespaced Enumerations, v3.1.11 documentation (read-write-api-docs-pub, MIT): the OBErrorResponseError1Code table, each code with its HTTP status category and description",
        url="https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v3.1.11/references/namespaced-enumerations.md",
    ),
    "ukob-v3-1-11-api-profile": Source(
        id="ukob-v3-1-11-api-profile",
        kind="repo",
        title="UK Open Banking: Read/Write Data API Profile, v3.1.11 documentation (read-write-api-docs-pub, MIT): HTTP status codes, the error response structure and a JSON error response",
        url="https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v3.1.11/profiles/read-write-data-api-profile.md",
    ),
    "ukob-v4-internal-codeset": Source(
        id="ukob-v4-internal-codeset",
        kind="repo",
        title="UK Open Banking: OB_Internal_Codeset.csv (External_Internal_CodeSets; no licence stated): OBExternalStatusReason1Code, the v4 four-character codes with their v3.1 names, and the payment, consent and multiple authorisation statuses",
        url="https://github.com/OpenBankingUK/External_Internal_CodeSets/blob/de0fe9db11834067f82ec9877f941f86d8854cc2/OB_Internal_Codeset.csv",
    ),
    "ukob-v4-account-info-openapi": Source(
        id="ukob-v4-account-info-openapi",
        kind="repo",
        title="UK Open Banking: Account and Transaction API OpenAPI file, v4.0 (tag v4.0-Update-4; info.license: open-licence): OBError1.ErrorCode as OBExternalStatusReason1Code",
        url="https://github.com/OpenBankingUK/read-write-api-specs/blob/28811990e053ba2a308812131d67001803382414/dist/openapi/account-info-openapi.yaml",
    ),
    "ukob-v4-account-access-consents": Source(
        id="ukob-v4-account-access-consents",
        kind="repo",
        title="UK Open Banking: Account Access Consents, v4.0 documentation (read-write-api-docs-pub, MIT): consent responses with StatusReasonCode U036 and U038",
        url="https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v4.0/resources-and-data-models/aisp/account-access-consents.md",
    ),
    "ukob-v4-domestic-scheduled-payments": Source(
        id="ukob-v4-domestic-scheduled-payments",
        kind="repo",
        title="UK Open Banking: Domestic Scheduled Payments, v4.0 documentation (read-write-api-docs-pub, MIT): a payment response with StatusReasonCode U030",
        url="https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v4.0/resources-and-data-models/pisp/domestic-scheduled-payments.md",
    ),
    "ukob-v4-codesets-first-upload": Source(
        id="ukob-v4-codesets-first-upload",
        kind="repo",
        title="UK Open Banking: OB_Proprietary_Enums.csv as first uploaded to External_Internal_CodeSets (2024-04-10): OBExternalStatusReason1Code's numeric codes written 80, 81, 82, 83, 84, 1181 and 0",
        url="https://github.com/OpenBankingUK/External_Internal_CodeSets/blob/007ef6a800e19ef4c31ae34572e12dd36b735ad8/OB_Proprietary_Enums.csv",
        read_in_part="The rows of OBExternalStatusReason1Code were read; the file's other code sets were not.",
    ),
    "ukob-v4-events-openapi": Source(
        id="ukob-v4-events-openapi",
        kind="repo",
        title="UK Open Banking: Event Notification API OpenAPI file, v4.0 (tag v4.0-Update-4): OBError1.ErrorCode as OBExternalStatusReason1Code, with the example AC17 and a pointer to ExternalReturnReason1Code",
        url="https://github.com/OpenBankingUK/read-write-api-specs/blob/28811990e053ba2a308812131d67001803382414/dist/openapi/events-openapi.yaml",
    ),
    "ukob-v4-vrp-openapi": Source(
        id="ukob-v4-vrp-openapi",
        kind="repo",
        title="UK Open Banking: Variable Recurring Payments OpenAPI file, v4.0 (tag v4.0-Update-4): OBErrorResponse1 and OBError1.ErrorCode as OBExternalStatusReason1Code (example U001), and the statuses of a domestic VRP, its details and its consent",
        url="https://github.com/OpenBankingUK/read-write-api-specs/blob/28811990e053ba2a308812131d67001803382414/dist/openapi/vrp-openapi.yaml",
    ),
    "ukob-v4-events": Source(
        id="ukob-v4-events",
        kind="repo",
        title="UK Open Banking: Events, v4.0 documentation (read-write-api-docs-pub, MIT): the data dictionary of OBEventNotification2, whose events claim holds each event under its namespaced type, and of each event's class",
        url="https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v4.0/resources-and-data-models/event-notifications/events.md",
    ),
    "ukob-v4-event-notification-profile": Source(
        id="ukob-v4-event-notification-profile",
        kind="repo",
        title="UK Open Banking: Event Notification API Profile, v4.0 documentation (read-write-api-docs-pub, MIT): the event types and their extensibility",
        url="https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v4.0/profiles/event-notification-api-profile.md",
    ),
    "ukob-v4-vrp-profile": Source(
        id="ukob-v4-vrp-profile",
        kind="repo",
        title="UK Open Banking: Variable Recurring Payments API Profile, v4.0 documentation (read-write-api-docs-pub, MIT): its event notifications for a changed DebtorAccount and a VRP consent the PSU cancelled",
        url="https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v4.0/profiles/vrp-profile.md",
    ),
    "ukob-v4-payment-initiation-openapi": Source(
        id="ukob-v4-payment-initiation-openapi",
        kind="repo",
        title="UK Open Banking: Payment Initiation API OpenAPI file, v4.0 (tag v4.0-Update-4): a payment's StatusReason[].StatusReasonCode (OBPaymentStatusReason, example ERIN), read as OBExternalStatusReason1Code, and the status enums of its payment, consent and multiple authorisation resources",
        url="https://github.com/OpenBankingUK/read-write-api-specs/blob/28811990e053ba2a308812131d67001803382414/dist/openapi/payment-initiation-openapi.yaml",
    ),
    "ukob-v4-vrp-usage-examples": Source(
        id="ukob-v4-vrp-usage-examples",
        kind="repo",
        title='UK Open Banking: VRP usage examples, v4.0 documentation (read-write-api-docs-pub, MIT): a payment response with StatusReasonCode "83"',
        url="https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v4.0/references/usage-examples/vrp-usage-examples.md",
    ),
    "ukob-v4-funds-confirmation-consent": Source(
        id="ukob-v4-funds-confirmation-consent",
        kind="repo",
        title='UK Open Banking: Funds Confirmation Consent, v4.0 documentation (read-write-api-docs-pub, MIT): consent responses with StatusReasonCode "83"',
        url="https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v4.0/resources-and-data-models/cbpii/funds-confirmation-consent.md",
    ),
    "ukob-v4-domestic-payments": Source(
        id="ukob-v4-domestic-payments",
        kind="repo",
        title='UK Open Banking: Domestic Payments, v4.0 documentation (read-write-api-docs-pub, MIT): a payment response with StatusReasonCode "U30"',
        url="https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v4.0/resources-and-data-models/pisp/domestic-payments.md",
    ),
}


def _ObieErrorCode() -> type[CodeEnum]:
    class ObieErrorCode(CodeEnum):
        """Error code: The low-level code of each error of an OBErrorResponse1 body, and in v4 a resource's status reason too. Read/Write API v3.1 sends the namespaced UK.OBIE values: the OpenAPI files list them in x-namespaced-enum (an extensible list, not a JSON Schema enum) and the documentation's Namespaced Enumerations table gives each its description and HTTP status category. v4 sends OBExternalStatusReason1Code values instead, in an error's ErrorCode and in a resource's StatusReasonCode: OB_Internal_Codeset.csv, read whole, lists 330. It pairs U000-U029 one to one with the v3.1 names (each here an alias of its v3.1 code); adds U030-U042, of which U041 and U042 carry the names of two v3.1 VRP status reasons (their aliases here); holds sixteen numeric codes (0000, 0080-0084, 1100, 1161-1163, 1165, 1166, 1177, 1178, 1180 and 1181, their text in the file's Code Name column), some of which the v4 pages and the file's first upload write without their leading zeros (83 for 0083: aliases here); and takes in the 271 status reasons of ISO 20022's 4Q2023 release, with ISO's names and definitions, which are read as the ISO 20022 standard's (iso20022.status_reason). The v4 OpenAPI files and profile give AC17 as the example ErrorCode, a code the file does not list: ISO lists it among its return reasons, not its status reasons, and it is read as unknown.

        Wire field: Errors[].ErrorCode of an OBErrorResponse1 body; in v4, also a resource's StatusReason[].StatusReasonCode."""

        FIELD_EXPECTED = "UK.OBIE.Field.Expected"
        FIELD_INVALID = "UK.OBIE.Field.Invalid"
        FIELD_INVALID_DATE = "UK.OBIE.Field.InvalidDate"
        FIELD_MISSING = "UK.OBIE.Field.Missing"
        FIELD_UNEXPECTED = "UK.OBIE.Field.Unexpected"
        HEADER_INVALID = "UK.OBIE.Header.Invalid"
        HEADER_MISSING = "UK.OBIE.Header.Missing"
        RESOURCE_CONSENT_MISMATCH = "UK.OBIE.Resource.ConsentMismatch"
        RESOURCE_INVALID_CONSENT_STATUS = "UK.OBIE.Resource.InvalidConsentStatus"
        RESOURCE_INVALID_FORMAT = "UK.OBIE.Resource.InvalidFormat"
        RESOURCE_NOT_FOUND = "UK.OBIE.Resource.NotFound"
        RULES_AFTER_CUT_OFF_DATE_TIME = "UK.OBIE.Rules.AfterCutOffDateTime"
        RULES_DUPLICATE_REFERENCE = "UK.OBIE.Rules.DuplicateReference"
        RULES_FAILS_CONTROL_PARAMETERS = "UK.OBIE.Rules.FailsControlParameters"
        SIGNATURE_INVALID = "UK.OBIE.Signature.Invalid"
        SIGNATURE_INVALID_CLAIM = "UK.OBIE.Signature.InvalidClaim"
        SIGNATURE_MISSING_CLAIM = "UK.OBIE.Signature.MissingClaim"
        SIGNATURE_MALFORMED = "UK.OBIE.Signature.Malformed"
        SIGNATURE_MISSING = "UK.OBIE.Signature.Missing"
        SIGNATURE_UNEXPECTED = "UK.OBIE.Signature.Unexpected"
        UNSUPPORTED_ACCOUNT_IDENTIFIER = "UK.OBIE.Unsupported.AccountIdentifier"
        UNSUPPORTED_ACCOUNT_SECONDARY_IDENTIFIER = "UK.OBIE.Unsupported.AccountSecondaryIdentifier"
        UNSUPPORTED_CURRENCY = "UK.OBIE.Unsupported.Currency"
        UNSUPPORTED_EVENT_TYPE = "UK.OBIE.Unsupported.EventType"
        UNSUPPORTED_FREQUENCY = "UK.OBIE.Unsupported.Frequency"
        UNSUPPORTED_LOCAL_INSTRUMENT = "UK.OBIE.Unsupported.LocalInstrument"
        UNSUPPORTED_SCHEME = "UK.OBIE.Unsupported.Scheme"
        REAUTHENTICATE = "UK.OBIE.Reauthenticate"
        RULES_RESOURCE_ALREADY_EXISTS = "UK.OBIE.Rules.ResourceAlreadyExists"
        UNEXPECTED_ERROR = "UK.OBIE.UnexpectedError"
        U030 = "U030"
        U031 = "U031"
        U032 = "U032"
        U033 = "U033"
        U034 = "U034"
        U035 = "U035"
        U036 = "U036"
        U037 = "U037"
        U038 = "U038"
        U039 = "U039"
        U040 = "U040"
        U041 = "U041"
        U042 = "U042"
        EXPECTED_WITHIN_UNSPECIFIED_PERIOD = "0080"
        EXPECTED_SAME_DAY = "0081"
        EXPECTED_NEXT_CALENDAR_DAY = "0082"
        EXPECTED_NEXT_WORKING_DAY = "0083"
        EXPECTED_AFTER_NEXT_WORKING_DAY = "0084"
        REJECTED_BY_RECEIVING_BANK = "1100"
        RECEIVING_ACCOUNT_STOPPED = "1161"
        RECEIVING_ACCOUNT_NAME_MISMATCH = "1162"
        ACCOUNT_REQUIRES_REFERENCE_DATA = "1163"
        ACCOUNT_NOT_IN_CURRENCY_QUOTED = "1165"
        ACCOUNT_TRANSFERRED_1166 = "1166"
        RECEIVING_AGENCY_ACCOUNT_CLOSED = "1177"
        RECEIVING_AGENCY_ACCOUNT_STOPPED = "1178"
        ACCOUNT_TRANSFERRED_1180 = "1180"
        DUPLICATE_PAYMENT_FPID = "1181"
        CREDITED_TO_BENEFICIARY_ACCOUNT = "0000"

    register(
        ObieErrorCode,
        lambda: (
            CodeSetInfo(
                provider="ukob",
                id="error_code",
                title="Error code",
                description="The low-level code of each error of an OBErrorResponse1 body, and in v4 a resource's status reason too. Read/Write API v3.1 sends the namespaced UK.OBIE values: the OpenAPI files list them in x-namespaced-enum (an extensible list, not a JSON Schema enum) and the documentation's Namespaced Enumerations table gives each its description and HTTP status category. v4 sends OBExternalStatusReason1Code values instead, in an error's ErrorCode and in a resource's StatusReasonCode: OB_Internal_Codeset.csv, read whole, lists 330. It pairs U000-U029 one to one with the v3.1 names (each here an alias of its v3.1 code); adds U030-U042, of which U041 and U042 carry the names of two v3.1 VRP status reasons (their aliases here); holds sixteen numeric codes (0000, 0080-0084, 1100, 1161-1163, 1165, 1166, 1177, 1178, 1180 and 1181, their text in the file's Code Name column), some of which the v4 pages and the file's first upload write without their leading zeros (83 for 0083: aliases here); and takes in the 271 status reasons of ISO 20022's 4Q2023 release, with ISO's names and definitions, which are read as the ISO 20022 standard's (iso20022.status_reason). The v4 OpenAPI files and profile give AC17 as the example ErrorCode, a code the file does not list: ISO lists it among its return reasons, not its status reasons, and it is read as unknown.",
                field="Errors[].ErrorCode of an OBErrorResponse1 body; in v4, also a resource's StatusReason[].StatusReasonCode",
                sources=(
                    _S["ukob-v3-1-11-namespaced-enumerations"],
                    _S["ukob-v3-1-11-account-info-openapi"],
                    _S["ukob-v3-1-11-vrp-openapi"],
                    _S["ukob-v4-internal-codeset"],
                    _S["ukob-v4-account-info-openapi"],
                    _S["ukob-v4-events-openapi"],
                    _S["ukob-v4-vrp-openapi"],
                    _S["ukob-v4-payment-initiation-openapi"],
                ),
            ),
            (
                CodeInfo(
                    value="UK.OBIE.Field.Expected",
                    description="For the scenario, when a field-value is not provided in the payload, that is expected in combination with preceding field-value pairs.\n\nThe corresponding path must be populated with the path of the unexpected field.\n\nE.g.\n\nExchangeRate must be specified with Agreed RateType. ExchangeRate should be specified in the path element.\n\nInstructionPriority must be specified with Agreed RateType. InstructionPriority should be specified in the path element.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                        _S["ukob-v3-1-11-account-info-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v4-internal-codeset"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["ukob-v3-1-11-namespaced-enumerations"],
                                _S["ukob-v4-internal-codeset"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-namespaced-enumerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#UK.OBIE.Field.Expected",
                    aliases=("U001",),
                    notes="Listed in the docs table (namespaced-enumerations.md L108) and in OBError1's x-namespaced-enum of account-info-openapi.yaml L4393 and vrp-openapi.yaml L670 (v3.1.11r5). OB_Internal_Codeset.csv (L3-6) gives it the v4 code U001, with the Code Definition \"Field is expected\" and HTTP status category 400. The CSV's description (U001) joins the docs' example lines into one paragraph and ends with a line break.",
                ),
                CodeInfo(
                    value="UK.OBIE.Field.Invalid",
                    description="An invalid value is supplied in one of the fields, or the length of value supplied is larger than the corresponding maximum field length in ASPSP's domain. Reference of the invalid field should be provided in the path field, and the URL field may have the link to a website explaining the valid behaviour. The error message should describe the problem in detail.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                        _S["ukob-v3-1-11-account-info-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v4-internal-codeset"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["ukob-v3-1-11-namespaced-enumerations"],
                                _S["ukob-v4-internal-codeset"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-namespaced-enumerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#UK.OBIE.Field.Invalid",
                    aliases=("U002",),
                    notes='Listed in the docs table (namespaced-enumerations.md L109) and in OBError1\'s x-namespaced-enum of account-info-openapi.yaml L4394 and vrp-openapi.yaml L671 (v3.1.11r5). OB_Internal_Codeset.csv (L7) gives it the v4 code U002, with the Code Definition "Field is invalid" and HTTP status category 400.',
                ),
                CodeInfo(
                    value="UK.OBIE.Field.InvalidDate",
                    description="An invalid date is supplied e.g. when a future date is expected, a date in past or current date is supplied. The message can specify the actual problem with the date. The reference of the invalid field should be provided in the path field, and URL field may have the link to a website explaining the valid behaviour",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                        _S["ukob-v3-1-11-account-info-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v4-internal-codeset"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["ukob-v3-1-11-namespaced-enumerations"],
                                _S["ukob-v4-internal-codeset"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-namespaced-enumerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#UK.OBIE.Field.InvalidDate",
                    equivalents=(
                        Equivalent(
                            provider="cdr",
                            code_set="error_code",
                            value="urn:au-cds:error:cds-all:Field/InvalidDateTime",
                            same="meaning",
                            reason="A date that is not valid where it stands, both standards giving the same example (a future date expected, a past or current date supplied), with HTTP 400.",
                        ),
                    ),
                    aliases=("U003",),
                    notes='Listed in the docs table (namespaced-enumerations.md L110) and in OBError1\'s x-namespaced-enum of account-info-openapi.yaml L4395 and vrp-openapi.yaml L672 (v3.1.11r5). OB_Internal_Codeset.csv (L8) gives it the v4 code U003, with the Code Definition "Field has a invalid date" and HTTP status category 400.',
                ),
                CodeInfo(
                    value="UK.OBIE.Field.Missing",
                    description="A mandatory field, required for the API, is missing from the payload. This error code can be used, if it is not already captured under the validation for UK.OBIE.Resource.InvalidFormat.\n\nReference of the missing field should be provided in the path field, and URL field may have the link to a website explaining the valid behaviour",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                        _S["ukob-v3-1-11-account-info-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v4-internal-codeset"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["ukob-v3-1-11-namespaced-enumerations"],
                                _S["ukob-v4-internal-codeset"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-namespaced-enumerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#UK.OBIE.Field.Missing",
                    aliases=("U004",),
                    notes='Listed in the docs table (namespaced-enumerations.md L111) and in OBError1\'s x-namespaced-enum of account-info-openapi.yaml L4396 and vrp-openapi.yaml L673 (v3.1.11r5). OB_Internal_Codeset.csv (L9-10) gives it the v4 code U004, with the Code Definition "A required field is missing" and HTTP status category 400. The CSV\'s description (U004) names "U010 (UK.OBIE.Resource.InvalidFormat)" where the docs name UK.OBIE.Resource.InvalidFormat, and has no full stop after it.',
                ),
                CodeInfo(
                    value="UK.OBIE.Field.Unexpected",
                    description="For the scenario, when a field-value is provided in the payload, that is not expected in combination with preceding field-value pairs. E.g.\n\nContractIdentification must not be specified with [Actual/Indicative] RateType.\n\nContractIdentification should be specified in the path element ExchangeRate must not be specified with [Actual/Indicative] RateType.\n\nExchangeRate should be specified in the path element.\n\nInstructionPriority must not be specified with LocalInstrument. InstructionPriority should be specified in the path element.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                        _S["ukob-v3-1-11-account-info-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v4-internal-codeset"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["ukob-v3-1-11-namespaced-enumerations"],
                                _S["ukob-v4-internal-codeset"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-namespaced-enumerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#UK.OBIE.Field.Unexpected",
                    aliases=("U005",),
                    notes='Listed in the docs table (namespaced-enumerations.md L112) and in OBError1\'s x-namespaced-enum of account-info-openapi.yaml L4397 and vrp-openapi.yaml L674 (v3.1.11r5). OB_Internal_Codeset.csv (L11-15) gives it the v4 code U005, with the Code Definition "A value is provided when not required" and HTTP status category 400.',
                ),
                CodeInfo(
                    value="UK.OBIE.Header.Invalid",
                    description="An invalid value is supplied in the HTTP header. The HTTP Header should be specified in the path element.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                        _S["ukob-v3-1-11-account-info-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v4-internal-codeset"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["ukob-v3-1-11-namespaced-enumerations"],
                                _S["ukob-v4-internal-codeset"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-namespaced-enumerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#UK.OBIE.Header.Invalid",
                    equivalents=(
                        Equivalent(
                            provider="cdr",
                            code_set="error_code",
                            value="urn:au-cds:error:cds-all:Header/Invalid",
                            same="meaning",
                            reason="An HTTP header was sent with a value that is not valid, in both standards with HTTP 400 (the CDR's Header/InvalidVersion, for a version header alone, is narrower and not listed).",
                        ),
                    ),
                    aliases=("U006",),
                    notes='Listed in the docs table (namespaced-enumerations.md L113) and in OBError1\'s x-namespaced-enum of account-info-openapi.yaml L4398 and vrp-openapi.yaml L675 (v3.1.11r5). OB_Internal_Codeset.csv (L16) gives it the v4 code U006, with the Code Definition "Header is invalid" and HTTP status category 400.',
                ),
                CodeInfo(
                    value="UK.OBIE.Header.Missing",
                    description="A required HTTP header has not been provided. The HTTP Header should be specified in the path element.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                        _S["ukob-v3-1-11-account-info-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v4-internal-codeset"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["ukob-v3-1-11-namespaced-enumerations"],
                                _S["ukob-v4-internal-codeset"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-namespaced-enumerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#UK.OBIE.Header.Missing",
                    equivalents=(
                        Equivalent(
                            provider="cdr",
                            code_set="error_code",
                            value="urn:au-cds:error:cds-all:Header/Missing",
                            same="meaning",
                            reason="A required HTTP header was not sent: both standards define the code in the same first sentence, with HTTP 400; they differ only in where the header's name is given (the error's path, or its detail).",
                        ),
                    ),
                    aliases=("U007",),
                    notes='Listed in the docs table (namespaced-enumerations.md L114) and in OBError1\'s x-namespaced-enum of account-info-openapi.yaml L4399 and vrp-openapi.yaml L676 (v3.1.11r5). OB_Internal_Codeset.csv (L17) gives it the v4 code U007, with the Code Definition "Header is missing" and HTTP status category 400.',
                ),
                CodeInfo(
                    value="UK.OBIE.Resource.ConsentMismatch",
                    description="{payment-order-consent} and {payment-order} resource mismatch. For example, if an element in the resource’s Initiation or Risk section does not match the consent section. The path element should be populated with the field of the resource that does not match the consent.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                        _S["ukob-v3-1-11-account-info-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v4-internal-codeset"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["ukob-v3-1-11-namespaced-enumerations"],
                                _S["ukob-v4-internal-codeset"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-namespaced-enumerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#UK.OBIE.Resource.ConsentMismatch",
                    equivalents=(
                        Equivalent(
                            provider="openfinancebrasil",
                            code_set="payment_error",
                            value="PAGAMENTO_DIVERGENTE_CONSENTIMENTO",
                            same="meaning",
                            reason="A payment that does not match the consent it was made under: UK Open Banking's payment-order and consent resources mismatched, Brazil's payment data differing from the consent's (each with its own status convention, 400 and 422).",
                        ),
                    ),
                    aliases=("U008",),
                    notes='Listed in the docs table (namespaced-enumerations.md L115) and in OBError1\'s x-namespaced-enum of account-info-openapi.yaml L4401 and vrp-openapi.yaml L678 (v3.1.11r5). OB_Internal_Codeset.csv (L18) gives it the v4 code U008, with the Code Definition "Mismatch between staged consent and payment order request" and HTTP status category 400.',
                ),
                CodeInfo(
                    value="UK.OBIE.Resource.InvalidConsentStatus",
                    description="The resource’s associated consent is not in a status that would allow the resource to be created, or a request to be executed.\n\nE.g., if a consent resource had a status of AwaitingAuthorisation or Rejected, a resource could not be created against this consent.\n\nThe path element should be populated with the field in the consent resource that is invalid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                        _S["ukob-v3-1-11-account-info-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v4-internal-codeset"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["ukob-v3-1-11-namespaced-enumerations"],
                                _S["ukob-v4-internal-codeset"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-namespaced-enumerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#UK.OBIE.Resource.InvalidConsentStatus",
                    aliases=("U009",),
                    notes='Listed in the docs table (namespaced-enumerations.md L116) and in OBError1\'s x-namespaced-enum of account-info-openapi.yaml L4402 and vrp-openapi.yaml L679 (v3.1.11r5). OB_Internal_Codeset.csv (L19-21) gives it the v4 code U009, with the Code Definition "Unexpected consent status" and HTTP status category 400. The CSV\'s description (U009) writes the statuses as "AWAU (AwaitingAuthorisation) or RJCT(Rejected)" where the docs write AwaitingAuthorisation or Rejected.',
                ),
                CodeInfo(
                    value="UK.OBIE.Resource.InvalidFormat",
                    description="When the Payload schema does not match to the endpoint, e.g., /domestic-payments endpoint is called with a JSON Payload, which cannot be parsed into a class such as OBWriteDomestic1",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                        _S["ukob-v3-1-11-account-info-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v4-internal-codeset"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["ukob-v3-1-11-namespaced-enumerations"],
                                _S["ukob-v4-internal-codeset"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-namespaced-enumerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#UK.OBIE.Resource.InvalidFormat",
                    aliases=("U010",),
                    notes='Listed in the docs table (namespaced-enumerations.md L117) and in OBError1\'s x-namespaced-enum of account-info-openapi.yaml L4403 and vrp-openapi.yaml L680 (v3.1.11r5). OB_Internal_Codeset.csv (L22) gives it the v4 code U010, with the Code Definition "Invalid schema" and HTTP status category 400.',
                ),
                CodeInfo(
                    value="UK.OBIE.Resource.NotFound",
                    description="Returned when a resource with the specified Id does not exist (and hence could not be operated upon).",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                        _S["ukob-v3-1-11-account-info-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v4-internal-codeset"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["ukob-v3-1-11-namespaced-enumerations"],
                                _S["ukob-v4-internal-codeset"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-namespaced-enumerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#UK.OBIE.Resource.NotFound",
                    aliases=("U011",),
                    notes='Listed in the docs table (namespaced-enumerations.md L118) and in OBError1\'s x-namespaced-enum of account-info-openapi.yaml L4404 and vrp-openapi.yaml L681 (v3.1.11r5). OB_Internal_Codeset.csv (L23) gives it the v4 code U011, with the Code Definition "Resource cannot be found" and HTTP status category 400.',
                ),
                CodeInfo(
                    value="UK.OBIE.Rules.AfterCutOffDateTime",
                    description="{payment-order} consent / resource received after CutOffDateTime",
                    category=_C.REJECTED,
                    sources=(
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                        _S["ukob-v3-1-11-account-info-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v4-internal-codeset"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["ukob-v3-1-11-namespaced-enumerations"],
                                _S["ukob-v4-internal-codeset"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-namespaced-enumerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#UK.OBIE.Rules.AfterCutOffDateTime",
                    aliases=("U012",),
                    notes='Listed in the docs table (namespaced-enumerations.md L119) and in OBError1\'s x-namespaced-enum of account-info-openapi.yaml L4405 and vrp-openapi.yaml L682 (v3.1.11r5). OB_Internal_Codeset.csv (L24) gives it the v4 code U012, with the Code Definition "Payment received after cutoff date and time" and HTTP status category 400.',
                ),
                CodeInfo(
                    value="UK.OBIE.Rules.DuplicateReference",
                    description="A duplicate reference has been used for a CBPII confirmation of funds request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                        _S["ukob-v3-1-11-account-info-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v4-internal-codeset"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["ukob-v3-1-11-namespaced-enumerations"],
                                _S["ukob-v4-internal-codeset"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-namespaced-enumerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#UK.OBIE.Rules.DuplicateReference",
                    aliases=("U013",),
                    notes='Listed in the docs table (namespaced-enumerations.md L120) and in OBError1\'s x-namespaced-enum of account-info-openapi.yaml L4406 and vrp-openapi.yaml L683 (v3.1.11r5). OB_Internal_Codeset.csv (L25) gives it the v4 code U013, with the Code Definition "Reference found is duplicate" and HTTP status category 400.',
                ),
                CodeInfo(
                    value="UK.OBIE.Rules.FailsControlParameters",
                    description="A payment breaches a limitation set by one or more ControlParameters.",
                    category=_C.REJECTED,
                    sources=(
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v4-internal-codeset"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["ukob-v3-1-11-namespaced-enumerations"],
                                _S["ukob-v4-internal-codeset"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-namespaced-enumerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#UK.OBIE.Rules.FailsControlParameters",
                    aliases=("U014",),
                    notes='Listed in the docs table (namespaced-enumerations.md L121) and in OBError1\'s x-namespaced-enum of vrp-openapi.yaml L684 (v3.1.11r5); account-info-openapi.yaml does not list it. OB_Internal_Codeset.csv (L26) gives it the v4 code U014, with the Code Definition "Payment outside control parameters" and HTTP status category 400.',
                ),
                CodeInfo(
                    value="UK.OBIE.Signature.Invalid",
                    description="The signature header x-jws-signature was parsed and has a valid JOSE header that complies with the specification. However, the signature itself could not be verified.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                        _S["ukob-v3-1-11-account-info-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v4-internal-codeset"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["ukob-v3-1-11-namespaced-enumerations"],
                                _S["ukob-v4-internal-codeset"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-namespaced-enumerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#UK.OBIE.Signature.Invalid",
                    aliases=("U015",),
                    notes='Listed in the docs table (namespaced-enumerations.md L122) and in OBError1\'s x-namespaced-enum of account-info-openapi.yaml L4407 and vrp-openapi.yaml L685 (v3.1.11r5). OB_Internal_Codeset.csv (L27) gives it the v4 code U015, with the Code Definition "Invalid signature" and HTTP status category 400.',
                ),
                CodeInfo(
                    value="UK.OBIE.Signature.InvalidClaim",
                    description="The JOSE header in the x-jws-signature has one or more claims with an invalid value. (e.g. a kid that does not resolve to a valid certificate). The name of the missing claim should be specified in the path field of the error response.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                        _S["ukob-v3-1-11-account-info-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v4-internal-codeset"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["ukob-v3-1-11-namespaced-enumerations"],
                                _S["ukob-v4-internal-codeset"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-namespaced-enumerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#UK.OBIE.Signature.InvalidClaim",
                    aliases=("U016",),
                    notes='Listed in the docs table (namespaced-enumerations.md L123) and in OBError1\'s x-namespaced-enum of account-info-openapi.yaml L4408 and vrp-openapi.yaml L686 (v3.1.11r5). OB_Internal_Codeset.csv (L28) gives it the v4 code U016, with the Code Definition "Invalid claim in a signature" and HTTP status category 400.',
                ),
                CodeInfo(
                    value="UK.OBIE.Signature.MissingClaim",
                    description="The JOSE header in the x-jws-signature has one or more mandatory claim(s) that are not specified. The name of the missing claim(s) should be specified in the path field of the error response.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                        _S["ukob-v3-1-11-account-info-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v4-internal-codeset"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["ukob-v3-1-11-namespaced-enumerations"],
                                _S["ukob-v4-internal-codeset"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-namespaced-enumerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#UK.OBIE.Signature.MissingClaim",
                    aliases=("U017",),
                    notes='Listed in the docs table (namespaced-enumerations.md L124) and in OBError1\'s x-namespaced-enum of account-info-openapi.yaml L4411 and vrp-openapi.yaml L689 (v3.1.11r5). OB_Internal_Codeset.csv (L29) gives it the v4 code U017, with the Code Definition "Invalid or missing claim in a signature" and HTTP status category 400.',
                ),
                CodeInfo(
                    value="UK.OBIE.Signature.Malformed",
                    description="The x-jws-signature in the request header was malformed and could not be parsed as a valid JWS.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                        _S["ukob-v3-1-11-account-info-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v4-internal-codeset"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["ukob-v3-1-11-namespaced-enumerations"],
                                _S["ukob-v4-internal-codeset"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-namespaced-enumerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#UK.OBIE.Signature.Malformed",
                    aliases=("U018",),
                    notes='Listed in the docs table (namespaced-enumerations.md L125) and in OBError1\'s x-namespaced-enum of account-info-openapi.yaml L4409 and vrp-openapi.yaml L687 (v3.1.11r5). OB_Internal_Codeset.csv (L30) gives it the v4 code U018, with the Code Definition "Signature is malformed" and HTTP status category 400.',
                ),
                CodeInfo(
                    value="UK.OBIE.Signature.Missing",
                    description="The API request expected an x-jws-signature in the header, but it was missing.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                        _S["ukob-v3-1-11-account-info-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v4-internal-codeset"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["ukob-v3-1-11-namespaced-enumerations"],
                                _S["ukob-v4-internal-codeset"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-namespaced-enumerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#UK.OBIE.Signature.Missing",
                    aliases=("U019",),
                    notes='Listed in the docs table (namespaced-enumerations.md L126) and in OBError1\'s x-namespaced-enum of account-info-openapi.yaml L4410 and vrp-openapi.yaml L688 (v3.1.11r5). OB_Internal_Codeset.csv (L31) gives it the v4 code U019, with the Code Definition "Missing information related to signature" and HTTP status category 400.',
                ),
                CodeInfo(
                    value="UK.OBIE.Signature.Unexpected",
                    description="The API request was not expecting to receive an x-jws-signature in the header, but the TPP made a request that included an x-jws-signature.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                        _S["ukob-v3-1-11-account-info-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v4-internal-codeset"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["ukob-v3-1-11-namespaced-enumerations"],
                                _S["ukob-v4-internal-codeset"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-namespaced-enumerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#UK.OBIE.Signature.Unexpected",
                    aliases=("U020",),
                    notes='Listed in the docs table (namespaced-enumerations.md L127) and in OBError1\'s x-namespaced-enum of account-info-openapi.yaml L4412 and vrp-openapi.yaml L690 (v3.1.11r5). OB_Internal_Codeset.csv (L32) gives it the v4 code U020, with the Code Definition "Signature was not expected in header but was provided" and HTTP status category 400.',
                ),
                CodeInfo(
                    value="UK.OBIE.Unsupported.AccountIdentifier",
                    description="The account identifier is unsupported for the given scheme.\n\nThe path element should be populated with the path of the AccountIdentifier.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                        _S["ukob-v3-1-11-account-info-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v4-internal-codeset"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["ukob-v3-1-11-namespaced-enumerations"],
                                _S["ukob-v4-internal-codeset"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-namespaced-enumerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#UK.OBIE.Unsupported.AccountIdentifier",
                    aliases=("U021",),
                    notes='Listed in the docs table (namespaced-enumerations.md L128) and in OBError1\'s x-namespaced-enum of account-info-openapi.yaml L4414 and vrp-openapi.yaml L692 (v3.1.11r5). OB_Internal_Codeset.csv (L33-34) gives it the v4 code U021, with the Code Definition "Unsupported account identified has been provided" and HTTP status category 400.',
                ),
                CodeInfo(
                    value="UK.OBIE.Unsupported.AccountSecondaryIdentifier",
                    description="The account secondary identifier is unsupported for the given scheme.\n\nThe path element should be populated with the path of the AccountSecondaryIdentifier.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                        _S["ukob-v3-1-11-account-info-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v4-internal-codeset"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["ukob-v3-1-11-namespaced-enumerations"],
                                _S["ukob-v4-internal-codeset"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-namespaced-enumerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#UK.OBIE.Unsupported.AccountSecondaryIdentifier",
                    aliases=("U022",),
                    notes='Listed in the docs table (namespaced-enumerations.md L129) and in OBError1\'s x-namespaced-enum of account-info-openapi.yaml L4415 and vrp-openapi.yaml L693 (v3.1.11r5). OB_Internal_Codeset.csv (L35-36) gives it the v4 code U022, with the Code Definition "Unsupported secondary account identified has been provided" and HTTP status category 400.',
                ),
                CodeInfo(
                    value="UK.OBIE.Unsupported.Currency",
                    description="The currency is not supported. Use UK.OBIE.Field.Invalid for invalid Currency.\n\nThe path element should be populated with the path of the Currency.\n\nThe URL should be populated with a link to ASPSP documentation listing out the supported currencies.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                        _S["ukob-v3-1-11-account-info-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v4-internal-codeset"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["ukob-v3-1-11-namespaced-enumerations"],
                                _S["ukob-v4-internal-codeset"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-namespaced-enumerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#UK.OBIE.Unsupported.Currency",
                    aliases=("U023",),
                    notes='Listed in the docs table (namespaced-enumerations.md L130) and in OBError1\'s x-namespaced-enum of account-info-openapi.yaml L4416 and vrp-openapi.yaml L694 (v3.1.11r5). OB_Internal_Codeset.csv (L37-39) gives it the v4 code U023, with the Code Definition "Unsupported currency is provided. Also use U002 (UK.OBIE.Field.Invalid) or provide path." and HTTP status category 400. The CSV\'s description (U023) says "Use U002 (UK.OBIE.Field.Invalid) for invalid Currency" where the docs say UK.OBIE.Field.Invalid.',
                ),
                CodeInfo(
                    value="UK.OBIE.Unsupported.EventType",
                    description="Event Type is not supported.\n\nThe path element should be populated with the path of the EventType.\n\nThe URL should be populated with a link to ASPSP documentation listing out the supported Event Types.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                        _S["ukob-v4-internal-codeset"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["ukob-v3-1-11-namespaced-enumerations"],
                                _S["ukob-v4-internal-codeset"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-namespaced-enumerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#UK.OBIE.Unsupported.EventType",
                    aliases=("U024",),
                    notes='Listed only in the docs table (namespaced-enumerations.md L131): none of the v3.1.11r5 OpenAPI files (account-info, payment-initiation, confirmation-funds, events, event-notifications, vrp) carries it. OB_Internal_Codeset.csv (L40-42) gives it the v4 code U024, with the Code Definition "Unsupported event type" and HTTP status category 400.',
                ),
                CodeInfo(
                    value="UK.OBIE.Unsupported.Frequency",
                    description="Frequency is not supported.\n\nThe path element should be populated with the path of the Frequency.\n\nThe URL should be populated with a link to ASPSP documentation listing out the supported frequencies.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                        _S["ukob-v3-1-11-account-info-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v4-internal-codeset"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["ukob-v3-1-11-namespaced-enumerations"],
                                _S["ukob-v4-internal-codeset"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-namespaced-enumerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#UK.OBIE.Unsupported.Frequency",
                    aliases=("U025",),
                    notes='Listed in the docs table (namespaced-enumerations.md L132) and in OBError1\'s x-namespaced-enum of account-info-openapi.yaml L4417 and vrp-openapi.yaml L695 (v3.1.11r5). OB_Internal_Codeset.csv (L43-45) gives it the v4 code U025, with the Code Definition "Unsupported frequency" and HTTP status category 400.',
                ),
                CodeInfo(
                    value="UK.OBIE.Unsupported.LocalInstrument",
                    description="LocalInstrument is not supported by the ASPSP.\n\nThe path element should be populated with the path of the LocalInstrument.\n\nThe URL should be populated with a link to ASPSP documentation listing out the supported local instruments.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                        _S["ukob-v3-1-11-account-info-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v4-internal-codeset"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["ukob-v3-1-11-namespaced-enumerations"],
                                _S["ukob-v4-internal-codeset"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-namespaced-enumerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#UK.OBIE.Unsupported.LocalInstrument",
                    aliases=("U026",),
                    notes='Listed in the docs table (namespaced-enumerations.md L133) and in OBError1\'s x-namespaced-enum of account-info-openapi.yaml L4418 and vrp-openapi.yaml L696 (v3.1.11r5). OB_Internal_Codeset.csv (L46-48) gives it the v4 code U026, with the Code Definition "Unsupported localInstrument" and HTTP status category 400.',
                ),
                CodeInfo(
                    value="UK.OBIE.Unsupported.Scheme",
                    description="Identification scheme is not supported. The path element should be populated with the path of the scheme. The URL should be populated with a link to ASPSP documentation listing out the supported schemes.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                        _S["ukob-v3-1-11-account-info-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v4-internal-codeset"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["ukob-v3-1-11-namespaced-enumerations"],
                                _S["ukob-v4-internal-codeset"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-namespaced-enumerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#UK.OBIE.Unsupported.Scheme",
                    aliases=("U027",),
                    notes='Listed in the docs table (namespaced-enumerations.md L134) and in OBError1\'s x-namespaced-enum of account-info-openapi.yaml L4419 and vrp-openapi.yaml L697 (v3.1.11r5). OB_Internal_Codeset.csv (L49) gives it the v4 code U027, with the Code Definition "Unsupported scheme" and HTTP status category 400.',
                ),
                CodeInfo(
                    value="UK.OBIE.Reauthenticate",
                    description="The ASPSP must use this error code in Error Response to indicate that re-authentication by the PSU is required to process the request.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                        _S["ukob-v3-1-11-account-info-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v4-internal-codeset"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=403,
                            sources=(
                                _S["ukob-v3-1-11-namespaced-enumerations"],
                                _S["ukob-v4-internal-codeset"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-namespaced-enumerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#UK.OBIE.Reauthenticate",
                    aliases=("U028",),
                    notes='Listed in the docs table (namespaced-enumerations.md L135) and in OBError1\'s x-namespaced-enum of account-info-openapi.yaml L4400 and vrp-openapi.yaml L677 (v3.1.11r5). OB_Internal_Codeset.csv (L50) gives it the v4 code U028, with the Code Definition "Reauthentication is required by PSU" and HTTP status category 403.',
                    next_step="reconnect",
                ),
                CodeInfo(
                    value="UK.OBIE.Rules.ResourceAlreadyExists",
                    description="The ASPSP must use this error code in Error Response, to indicate that a resource with same parameters already exists, or in a state that doesn't allow requested operation.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v4-internal-codeset"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=409,
                            sources=(
                                _S["ukob-v3-1-11-namespaced-enumerations"],
                                _S["ukob-v4-internal-codeset"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-namespaced-enumerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#UK.OBIE.Rules.ResourceAlreadyExists",
                    aliases=("U029",),
                    notes='Listed in the docs table (namespaced-enumerations.md L136) and in OBError1\'s x-namespaced-enum of vrp-openapi.yaml L698 (v3.1.11r5); account-info-openapi.yaml does not list it. OB_Internal_Codeset.csv (L51) gives it the v4 code U029, with the Code Definition "Duplicate resource submitted" and HTTP status category 409.',
                ),
                CodeInfo(
                    value="UK.OBIE.UnexpectedError",
                    description="An error code that can be used, when an unexpected error occurs.\n\nThe ASPSP must populate the message with a meaningful error description, without revealing sensitive information.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                        _S["ukob-v3-1-11-account-info-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v4-internal-codeset"],
                        _S["ukob-v3-1-11-api-profile"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(
                                _S["ukob-v3-1-11-api-profile"],
                                _S["ukob-v3-1-11-account-info-openapi"],
                                _S["ukob-v3-1-11-vrp-openapi"],
                            ),
                            cause="Something went wrong on the API gateway or micro-service",
                            cause_by="provider",
                        ),
                        HttpStatus(
                            status=503,
                            sources=(_S["ukob-v3-1-11-api-profile"],),
                            cause="Service version deprecation",
                            cause_by="provider",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-namespaced-enumerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#UK.OBIE.UnexpectedError",
                    equivalents=(
                        Equivalent(
                            provider="cdr",
                            code_set="error_code",
                            value="urn:au-cds:error:cds-all:GeneralError/Unexpected",
                            same="meaning",
                            reason="The server met an error it did not expect: two standards' one code for it, defined in nearly the same words (an error code that can be used when an unexpected error occurs, its text to describe the error without revealing sensitive information), both with a 5xx status.",
                        ),
                    ),
                    aliases=("U000",),
                    notes="Listed in the docs table (namespaced-enumerations.md L137) and in OBError1's x-namespaced-enum of account-info-openapi.yaml L4413 and vrp-openapi.yaml L691 (v3.1.11r5). OB_Internal_Codeset.csv (L52-53) gives it the v4 code U000, with the Code Definition \"Can use this in conjunction with NARR code to specific the specific unexpected error\" and HTTP status category 5xx. The docs table and the CSV give the HTTP status category as 5xx, not a status; the profile's HTTP Status Codes table (read-write-data-api-profile.md L399-400) lists two 5xx statuses, 500 Internal Server Error and 503 Service Unavailable, whose situations are the causes given here. The OpenAPI files attach the OBErrorResponse1 body only to 500 (account-info's 500Error, vrp's InternalError), so a 503 with this code is bankcodes' reading of the 5xx class.",
                ),
                CodeInfo(
                    value="U030",
                    description="Payment order successfully received",
                    category=_C.PENDING,
                    sources=(
                        _S["ukob-v4-internal-codeset"],
                        _S["ukob-v4-domestic-scheduled-payments"],
                        _S["ukob-v4-domestic-payments"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(doc_versions=("v4.0",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#U030",
                    aliases=("U30",),
                    notes="OB_Internal_Codeset.csv L97 lists it in OBExternalStatusReason1Code with this text in its Code Name column and no Code Definition, HTTP status category or v3.1 name. The v4 Domestic Scheduled Payments page shows it as the StatusReasonCode of a payment with Status RCVD (domestic-scheduled-payments.md L445-447): the payment is received, not yet executed. Alias: the v4 Domestic Payments page writes it U30, with the same text (domestic-payments.md L482-483, its key Description where the other pages have StatusReasonDescription).",
                ),
                CodeInfo(
                    value="U031",
                    description="All checks yet to start",
                    category=_C.PENDING,
                    sources=(_S["ukob-v4-internal-codeset"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(doc_versions=("v4.0",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#U031",
                    notes="OB_Internal_Codeset.csv L98 lists it in OBExternalStatusReason1Code with this text in its Code Name column and no Code Definition, HTTP status category or v3.1 name. A payment whose checks have not started is still in progress.",
                ),
                CodeInfo(
                    value="U032",
                    description="Customer profile checks completed",
                    category=_C.PENDING,
                    sources=(_S["ukob-v4-internal-codeset"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(doc_versions=("v4.0",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#U032",
                    notes="OB_Internal_Codeset.csv L99 lists it in OBExternalStatusReason1Code with this text in its Code Name column and no Code Definition, HTTP status category or v3.1 name. Checks completed part-way: the payment is still in progress.",
                ),
                CodeInfo(
                    value="U033",
                    description="Authorisation failed",
                    category=_C.REJECTED,
                    sources=(_S["ukob-v4-internal-codeset"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(doc_versions=("v4.0",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#U033",
                    notes="OB_Internal_Codeset.csv L100 lists it in OBExternalStatusReason1Code with this text in its Code Name column and no Code Definition, HTTP status category or v3.1 name. The CSV gives no more than these words; the authorisation failed, so the payment or consent goes no further. U037 has the same text.",
                ),
                CodeInfo(
                    value="U034",
                    description="Debit to Debtor's account completed. Sent to next agent/scheme",
                    category=_C.PENDING,
                    sources=(_S["ukob-v4-internal-codeset"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(doc_versions=("v4.0",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#U034",
                    notes="OB_Internal_Codeset.csv L101 lists it in OBExternalStatusReason1Code with this text in its Code Name column and no Code Definition, HTTP status category or v3.1 name. The debit is done and the payment is on its way to the next agent or scheme: still in progress.",
                ),
                CodeInfo(
                    value="U035",
                    description="Consent already consumed",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["ukob-v4-internal-codeset"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(doc_versions=("v4.0",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#U035",
                    notes="OB_Internal_Codeset.csv L102 lists it in OBExternalStatusReason1Code with this text in its Code Name column and no Code Definition, HTTP status category or v3.1 name. Using a consent that was already consumed is a call out of sequence.",
                ),
                CodeInfo(
                    value="U036",
                    description="Authorisation not completed",
                    category=_C.PENDING,
                    sources=(_S["ukob-v4-internal-codeset"], _S["ukob-v4-account-access-consents"]),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(doc_versions=("v4.0",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#U036",
                    notes='OB_Internal_Codeset.csv L103 lists it in OBExternalStatusReason1Code with this text in its Code Name column and no Code Definition, HTTP status category or v3.1 name. The v4 Account Access Consents page shows it as the StatusReasonCode of a consent with Status AWAU, described "Waiting for completion of consent authorisation to be completed by user" (account-access-consents.md L254-259): the consent awaits the user.',
                ),
                CodeInfo(
                    value="U037",
                    description="Authorisation failed",
                    category=_C.REJECTED,
                    sources=(_S["ukob-v4-internal-codeset"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(doc_versions=("v4.0",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#U037",
                    notes="OB_Internal_Codeset.csv L104 lists it in OBExternalStatusReason1Code with this text in its Code Name column and no Code Definition, HTTP status category or v3.1 name. The CSV gives no more than these words; U033 has the same text.",
                ),
                CodeInfo(
                    value="U038",
                    description="Consent consumed successfully",
                    category=_C.SUCCESS,
                    sources=(_S["ukob-v4-internal-codeset"], _S["ukob-v4-account-access-consents"]),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(doc_versions=("v4.0",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#U038",
                    notes='OB_Internal_Codeset.csv L105 lists it in OBExternalStatusReason1Code with this text in its Code Name column and no Code Definition, HTTP status category or v3.1 name. The v4 Account Access Consents page shows it as the StatusReasonCode of a consent with Status AUTH, described "Consent has been completed successfully" (account-access-consents.md L383-386).',
                ),
                CodeInfo(
                    value="U039",
                    description="Reinstate not allowed any more.",
                    category=_C.REJECTED,
                    sources=(_S["ukob-v4-internal-codeset"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(doc_versions=("v4.0",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#U039",
                    notes="OB_Internal_Codeset.csv L106 lists it in OBExternalStatusReason1Code with this text in its Code Name column and no Code Definition, HTTP status category or v3.1 name. A reinstatement that is no longer allowed is refused.",
                ),
                CodeInfo(
                    value="U040",
                    description="Awaiting multiple authentication",
                    category=_C.PENDING,
                    sources=(_S["ukob-v4-internal-codeset"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(doc_versions=("v4.0",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#U040",
                    notes="OB_Internal_Codeset.csv L107 lists it in OBExternalStatusReason1Code with this text in its Code Name column and no Code Definition, HTTP status category or v3.1 name. Further authorisations are awaited (several authorisers): still in progress.",
                ),
                CodeInfo(
                    value="U041",
                    description="Reason when exemption could not applied for the status of a VRP.",
                    category=_C.REJECTED,
                    sources=(
                        _S["ukob-v4-internal-codeset"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(doc_versions=("v4.0",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#U041",
                    aliases=("UK.OBIE.ExemptionNotApplied",),
                    notes="OB_Internal_Codeset.csv L108 lists it in OBExternalStatusReason1Code with the Code Name UK.OBIE.ExemptionNotApplied, this Code Definition and no HTTP status category. A status reason of a VRP: the exemption was not applied. Alias: v3.1.11 sends UK.OBIE.ExemptionNotApplied as a VRP's status reason (OBVRPStatusReasonCode: vrp-openapi.yaml L1632; namespaced-enumerations.md L553, with the same description), the value v4 gives this code; the code set pairs the two as it pairs U000-U029 with the v3.1 error codes.",
                ),
                CodeInfo(
                    value="U042",
                    description="Use U042(UK.OBIE.OtherReason) only in scenarios where the actual reason cannot be determined or disclosed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["ukob-v4-internal-codeset"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v3-1-11-namespaced-enumerations"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(doc_versions=("v4.0",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#U042",
                    aliases=("UK.OBIE.OtherReason",),
                    notes='OB_Internal_Codeset.csv L109 lists it in OBExternalStatusReason1Code with the Code Name UK.OBIE.OtherReason, this Code Definition and no HTTP status category. A reason that is not given. Alias: v3.1.11 sends UK.OBIE.OtherReason as a VRP\'s status reason (OBVRPStatusReasonCode: vrp-openapi.yaml L1633; namespaced-enumerations.md L554 words it "The OtherReason only in scenarios where the actual reason cannot be determined or disclosed."), the value v4 gives this code; the code set pairs the two as it pairs U000-U029 with the v3.1 error codes.',
                ),
                CodeInfo(
                    value="0080",
                    description="Expected within unspecified period but within PSD guidelines",
                    category=_C.PENDING,
                    sources=(_S["ukob-v4-internal-codeset"], _S["ukob-v4-codesets-first-upload"]),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(doc_versions=("v4.0",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#0080",
                    aliases=("80",),
                    notes="OB_Internal_Codeset.csv L81 lists it in OBExternalStatusReason1Code with this text in its Code Name column and no Code Definition, HTTP status category or v3.1 name. An expected time of completion: the payment is still in progress. Alias: the code set's first upload (OB_Proprietary_Enums.csv, 2024-04-10) writes it 80.",
                ),
                CodeInfo(
                    value="0081",
                    description="Expected on same day",
                    category=_C.PENDING,
                    sources=(_S["ukob-v4-internal-codeset"], _S["ukob-v4-codesets-first-upload"]),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(doc_versions=("v4.0",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#0081",
                    aliases=("81",),
                    notes="OB_Internal_Codeset.csv L82 lists it in OBExternalStatusReason1Code with this text in its Code Name column and no Code Definition, HTTP status category or v3.1 name. An expected time of completion: the payment is still in progress. Alias: the code set's first upload (OB_Proprietary_Enums.csv, 2024-04-10) writes it 81.",
                ),
                CodeInfo(
                    value="0082",
                    description="Expected on next Calendar Day",
                    category=_C.PENDING,
                    sources=(_S["ukob-v4-internal-codeset"], _S["ukob-v4-codesets-first-upload"]),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(doc_versions=("v4.0",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#0082",
                    aliases=("82",),
                    notes="OB_Internal_Codeset.csv L83 lists it in OBExternalStatusReason1Code with this text in its Code Name column and no Code Definition, HTTP status category or v3.1 name. An expected time of completion: the payment is still in progress. Alias: the code set's first upload (OB_Proprietary_Enums.csv, 2024-04-10) writes it 82.",
                ),
                CodeInfo(
                    value="0083",
                    description="Expected on next Working Day",
                    category=_C.PENDING,
                    sources=(
                        _S["ukob-v4-internal-codeset"],
                        _S["ukob-v4-codesets-first-upload"],
                        _S["ukob-v4-vrp-usage-examples"],
                        _S["ukob-v4-funds-confirmation-consent"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(doc_versions=("v4.0",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#0083",
                    aliases=("83",),
                    notes='OB_Internal_Codeset.csv L84 lists it in OBExternalStatusReason1Code with this text in its Code Name column and no Code Definition, HTTP status category or v3.1 name. An expected time of completion: the payment is still in progress. Alias: the code set\'s first upload (OB_Proprietary_Enums.csv, 2024-04-10) writes it 83. The v4 VRP usage examples (L625) and Funds Confirmation Consent page (L266, L373) write it 83 as a StatusReasonCode, with the text "Pending completion next working day".',
                ),
                CodeInfo(
                    value="0084",
                    description="Expected after next working day but within PSD guidelines",
                    category=_C.PENDING,
                    sources=(_S["ukob-v4-internal-codeset"], _S["ukob-v4-codesets-first-upload"]),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(doc_versions=("v4.0",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#0084",
                    aliases=("84",),
                    notes="OB_Internal_Codeset.csv L85 lists it in OBExternalStatusReason1Code with this text in its Code Name column and no Code Definition, HTTP status category or v3.1 name. An expected time of completion: the payment is still in progress. Alias: the code set's first upload (OB_Proprietary_Enums.csv, 2024-04-10) writes it 84.",
                ),
                CodeInfo(
                    value="1100",
                    description="Payment rejected by receiving bank",
                    category=_C.REJECTED,
                    sources=(_S["ukob-v4-internal-codeset"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(doc_versions=("v4.0",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#1100",
                    notes="OB_Internal_Codeset.csv L86 lists it in OBExternalStatusReason1Code with this text in its Code Name column and no Code Definition, HTTP status category or v3.1 name. The receiving bank refused the payment.",
                ),
                CodeInfo(
                    value="1161",
                    description="Receiving account stopped",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["ukob-v4-internal-codeset"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(doc_versions=("v4.0",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#1161",
                    notes="OB_Internal_Codeset.csv L87 lists it in OBExternalStatusReason1Code with this text in its Code Name column and no Code Definition, HTTP status category or v3.1 name. The receiving account is stopped: the payment cannot reach it.",
                ),
                CodeInfo(
                    value="1162",
                    description="Receiving account name does npt match",
                    category=_C.REJECTED,
                    sources=(_S["ukob-v4-internal-codeset"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(doc_versions=("v4.0",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#1162",
                    notes="OB_Internal_Codeset.csv L88 lists it in OBExternalStatusReason1Code with this text in its Code Name column and no Code Definition, HTTP status category or v3.1 name. The payee's name does not match the receiving account: the payment is refused. \"npt\" is the file's own spelling.",
                ),
                CodeInfo(
                    value="1163",
                    description="Account requires reference data",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["ukob-v4-internal-codeset"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(doc_versions=("v4.0",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#1163",
                    notes="OB_Internal_Codeset.csv L89 lists it in OBExternalStatusReason1Code with this text in its Code Name column and no Code Definition, HTTP status category or v3.1 name. The payment lacks the reference the receiving account needs: a request to correct.",
                ),
                CodeInfo(
                    value="1165",
                    description="Account is not in currency quoted. Check receiving account details",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["ukob-v4-internal-codeset"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(doc_versions=("v4.0",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#1165",
                    notes="OB_Internal_Codeset.csv L90 lists it in OBExternalStatusReason1Code with this text in its Code Name column and no Code Definition, HTTP status category or v3.1 name. The payee's details do not fit the account (its currency): a request to correct.",
                ),
                CodeInfo(
                    value="1166",
                    description="Account transferred. Check receiving account details",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["ukob-v4-internal-codeset"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(doc_versions=("v4.0",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#1166",
                    notes="OB_Internal_Codeset.csv L91 lists it in OBExternalStatusReason1Code with this text in its Code Name column and no Code Definition, HTTP status category or v3.1 name. The receiving account was transferred: the details used no longer reach it. 1166 and 1180 have the same text in the file.",
                ),
                CodeInfo(
                    value="1177",
                    description="Receiving agency account closed",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["ukob-v4-internal-codeset"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(doc_versions=("v4.0",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#1177",
                    notes="OB_Internal_Codeset.csv L92 lists it in OBExternalStatusReason1Code with this text in its Code Name column and no Code Definition, HTTP status category or v3.1 name. The receiving account is closed.",
                ),
                CodeInfo(
                    value="1178",
                    description="Receiving agency account stopped",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["ukob-v4-internal-codeset"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(doc_versions=("v4.0",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#1178",
                    notes="OB_Internal_Codeset.csv L93 lists it in OBExternalStatusReason1Code with this text in its Code Name column and no Code Definition, HTTP status category or v3.1 name. The receiving account is stopped: the payment cannot reach it.",
                ),
                CodeInfo(
                    value="1180",
                    description="Account transferred. Check receiving account details",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["ukob-v4-internal-codeset"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(doc_versions=("v4.0",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#1180",
                    notes="OB_Internal_Codeset.csv L94 lists it in OBExternalStatusReason1Code with this text in its Code Name column and no Code Definition, HTTP status category or v3.1 name. The receiving account was transferred: the details used no longer reach it. 1166 and 1180 have the same text in the file.",
                ),
                CodeInfo(
                    value="1181",
                    description="Duplicate Payment (FPID). Resubmitting with change",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["ukob-v4-internal-codeset"], _S["ukob-v4-codesets-first-upload"]),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(doc_versions=("v4.0",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#1181",
                    notes='OB_Internal_Codeset.csv L95 lists it in OBExternalStatusReason1Code with this text in its Code Name column and no Code Definition, HTTP status category or v3.1 name. A payment already sent (its FPID is a duplicate): a request to correct. The code set\'s first upload spells its text "Resubitting".',
                ),
                CodeInfo(
                    value="0000",
                    description="Credited to beneficiary account",
                    category=_C.SUCCESS,
                    sources=(_S["ukob-v4-internal-codeset"], _S["ukob-v4-codesets-first-upload"]),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(doc_versions=("v4.0",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/error_code/#0000",
                    aliases=("0",),
                    notes="OB_Internal_Codeset.csv L96 lists it in OBExternalStatusReason1Code with this text in its Code Name column and no Code Definition, HTTP status category or v3.1 name. The payment reached the payee's account. Alias: the code set's first upload (OB_Proprietary_Enums.csv, 2024-04-10) writes it 0.",
                ),
            ),
        ),
        {
            "U001": "UK.OBIE.Field.Expected",
            "U002": "UK.OBIE.Field.Invalid",
            "U003": "UK.OBIE.Field.InvalidDate",
            "U004": "UK.OBIE.Field.Missing",
            "U005": "UK.OBIE.Field.Unexpected",
            "U006": "UK.OBIE.Header.Invalid",
            "U007": "UK.OBIE.Header.Missing",
            "U008": "UK.OBIE.Resource.ConsentMismatch",
            "U009": "UK.OBIE.Resource.InvalidConsentStatus",
            "U010": "UK.OBIE.Resource.InvalidFormat",
            "U011": "UK.OBIE.Resource.NotFound",
            "U012": "UK.OBIE.Rules.AfterCutOffDateTime",
            "U013": "UK.OBIE.Rules.DuplicateReference",
            "U014": "UK.OBIE.Rules.FailsControlParameters",
            "U015": "UK.OBIE.Signature.Invalid",
            "U016": "UK.OBIE.Signature.InvalidClaim",
            "U017": "UK.OBIE.Signature.MissingClaim",
            "U018": "UK.OBIE.Signature.Malformed",
            "U019": "UK.OBIE.Signature.Missing",
            "U020": "UK.OBIE.Signature.Unexpected",
            "U021": "UK.OBIE.Unsupported.AccountIdentifier",
            "U022": "UK.OBIE.Unsupported.AccountSecondaryIdentifier",
            "U023": "UK.OBIE.Unsupported.Currency",
            "U024": "UK.OBIE.Unsupported.EventType",
            "U025": "UK.OBIE.Unsupported.Frequency",
            "U026": "UK.OBIE.Unsupported.LocalInstrument",
            "U027": "UK.OBIE.Unsupported.Scheme",
            "U028": "UK.OBIE.Reauthenticate",
            "U029": "UK.OBIE.Rules.ResourceAlreadyExists",
            "U000": "UK.OBIE.UnexpectedError",
            "U30": "U030",
            "UK.OBIE.ExemptionNotApplied": "U041",
            "UK.OBIE.OtherReason": "U042",
            "80": "0080",
            "81": "0081",
            "82": "0082",
            "83": "0083",
            "84": "0084",
            "0": "0000",
        },
    )
    return ObieErrorCode


def _ObEventType() -> type[CodeEnum]:
    class ObEventType(CodeEnum):
        """Event notification type: The type of an event notification (OBEventNotification2, a Security Event Token that the Real Time Event Notification API pushes and the Aggregated Polling API returns): each event is a key of its events claim, a namespaced URN, whose value describes the event. The v4.0 Events page's data dictionary lists three types, and the VRP profile names a fourth for domestic VRP consents. ASPSPs may define their own custom events, each with its own namespaced type; those are not here.

        Wire field: the keys of events in an OBEventNotification2 (a Security Event Token's events claim)."""

        RESOURCE_UPDATE = "urn:uk:org:openbanking:events:resource-update"
        ACCOUNT_ACCESS_CONSENT_LINKED_ACCOUNT_UPDATE = (
            "urn:uk:org:openbanking:events:account-access-consent-linked-account-update"
        )
        CONSENT_AUTHORIZATION_REVOKED = (
            "urn:uk:org:openbanking:events:consent-authorization-revoked"
        )
        DOMESTIC_VRP_CONSENT_LINKED_ACCOUNT_UPDATE = (
            "urn:uk:org:openbanking:events:domestic-vrp-consent-linked-account-update"
        )

    register(
        ObEventType,
        lambda: (
            CodeSetInfo(
                provider="ukob",
                id="event_type",
                title="Event notification type",
                description="The type of an event notification (OBEventNotification2, a Security Event Token that the Real Time Event Notification API pushes and the Aggregated Polling API returns): each event is a key of its events claim, a namespaced URN, whose value describes the event. The v4.0 Events page's data dictionary lists three types, and the VRP profile names a fourth for domestic VRP consents. ASPSPs may define their own custom events, each with its own namespaced type; those are not here.",
                field="the keys of events in an OBEventNotification2 (a Security Event Token's events claim)",
                sources=(
                    _S["ukob-v4-events"],
                    _S["ukob-v4-event-notification-profile"],
                    _S["ukob-v4-vrp-profile"],
                ),
            ),
            (
                CodeInfo(
                    value="urn:uk:org:openbanking:events:resource-update",
                    description="An event that indicates a resource has been updated.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["ukob-v4-events"], _S["ukob-v4-event-notification-profile"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["ukob-v4-events"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/event_type/#RESOURCE_UPDATE",
                    notes="The Events page's OBEventResourceUpdate2 table (its definition in OBEventNotification2's table: \"Resource-Update Event.\"). The event holds the resource's id, type and links (subject), with which the TPP reads the resource again; the only event a TPP registered through the callback-url resource, or for version 3.1.1, receives (the Event Notification API Profile).",
                ),
                CodeInfo(
                    value="urn:uk:org:openbanking:events:account-access-consent-linked-account-update",
                    description="An event that indicates an account linked to a consent has move in/out of scope of the consent.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["ukob-v4-events"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["ukob-v4-events"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/event_type/#ACCOUNT_ACCESS_CONSENT_LINKED_ACCOUNT_UPDATE",
                    notes='Verbatim ("has move" as published). Its subject is the account that was updated, and its sub the account-access-consent; an optional reason (OBExternalEventAccountAccessConsentLinkedAccountUpdateReason1Code) says why. The account may come into scope as well as leave it, so the type alone is no outcome.',
                ),
                CodeInfo(
                    value="urn:uk:org:openbanking:events:consent-authorization-revoked",
                    description="An event that indicates a consent resource has had its authorisation revoked.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["ukob-v4-events"], _S["ukob-v4-vrp-profile"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["ukob-v4-events"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/event_type/#CONSENT_AUTHORIZATION_REVOKED",
                    notes="The VRP profile: \"The `urn:uk:org:openbanking:events:consent-authorization-revoked` event should be used to indicate this. The TPP can then use the GET operation to retrieve the consent.\" A consent whose authorisation is revoked allows no more payments or data; continuing needs the PSU's authorisation again, which is bankcodes' reading of the category. An optional reason (OBExternalEventConsentAuthorizationRevokedReason1Code) says why.",
                    state="revoked",
                    state_reason="In the situation that a VRP Consent is cancelled by a PSU at the ASPSP, the ASPSP must inform the PISP through an event notification about the cancellation.",
                    fact_sources={"state": ("ukob-v4-vrp-profile",)},
                ),
                CodeInfo(
                    value="urn:uk:org:openbanking:events:domestic-vrp-consent-linked-account-update",
                    description="In any such situation where an account linked to a vrp-consent can no longer be used, temporarily or permanently, to make payments, the ASPSP should inform the TPP using events.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["ukob-v4-vrp-profile"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["ukob-v4-vrp-profile"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/event_type/#DOMESTIC_VRP_CONSENT_LINKED_ACCOUNT_UPDATE",
                    notes="The VRP profile's section on changes to the DebtorAccount, whose situations are a closed account, an account closed and switched to another ASPSP, an account blocked by a fraud referral, and a PSU who ceased trading or died; then \"The `urn:uk:org:openbanking:events:domestic-vrp-consent-linked-account-update` event should be used to indicate such a change for domestic VRP Consents\", with a namespaced reason. The Events page's data dictionary does not list it. Its sub and subject give the vrp-consent, which the TPP reads with a GET.",
                ),
            ),
        ),
        {},
    )
    return ObEventType


def _PaymentStatus() -> type[CodeEnum]:
    class PaymentStatus(CodeEnum):
        """Payment status: The status of a payment resource in v4.0: ExternalPaymentTransactionStatus1Code of OB_Internal_Codeset.csv, each description its Code Definition (a row's first sentence where it goes on). The Payment Initiation file lists, of these, the values each resource answers with: a domestic, scheduled or international payment and a payment's PaymentStatus details the ISO statuses, a standing order RCVD, CANC, ACTC, PATC, PDNG, INFA, INCO and RJCT, a file payment INFA, INCO and PDNG.

        Wire field: Data.Status of a payment resource (v4.0: domestic, domestic scheduled, international, international scheduled payments, standing orders, file payments; Data.PaymentStatus[].Status of its payment details)."""

        RCVD = "RCVD"
        PDNG = "PDNG"
        ACTC = "ACTC"
        PATC = "PATC"
        ACCP = "ACCP"
        ACFC = "ACFC"
        ACSP = "ACSP"
        ACWC = "ACWC"
        ACSC = "ACSC"
        ACWP = "ACWP"
        ACCC = "ACCC"
        BLCK = "BLCK"
        RJCT = "RJCT"
        CANC = "CANC"
        INFA = "INFA"
        INCO = "INCO"

    register(
        PaymentStatus,
        lambda: (
            CodeSetInfo(
                provider="ukob",
                id="payment_status",
                title="Payment status",
                description="The status of a payment resource in v4.0: ExternalPaymentTransactionStatus1Code of OB_Internal_Codeset.csv, each description its Code Definition (a row's first sentence where it goes on). The Payment Initiation file lists, of these, the values each resource answers with: a domestic, scheduled or international payment and a payment's PaymentStatus details the ISO statuses, a standing order RCVD, CANC, ACTC, PATC, PDNG, INFA, INCO and RJCT, a file payment INFA, INCO and PDNG.",
                field="Data.Status of a payment resource (v4.0: domestic, domestic scheduled, international, international scheduled payments, standing orders, file payments; Data.PaymentStatus[].Status of its payment details)",
                sources=(
                    _S["ukob-v4-internal-codeset"],
                    _S["ukob-v4-payment-initiation-openapi"],
                    _S["ukob-v4-vrp-openapi"],
                ),
            ),
            (
                CodeInfo(
                    value="RCVD",
                    description="Payment instruction has been received.",
                    category=_C.PENDING,
                    sources=(
                        _S["ukob-v4-internal-codeset"],
                        _S["ukob-v4-payment-initiation-openapi"],
                        _S["ukob-v4-vrp-openapi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status/#RCVD",
                    notes="OB_Internal_Codeset.csv L126: Code Name Received.",
                ),
                CodeInfo(
                    value="PDNG",
                    description="Payment instruction is pending. Further checks and status update will be performed.",
                    category=_C.PENDING,
                    sources=(
                        _S["ukob-v4-internal-codeset"],
                        _S["ukob-v4-payment-initiation-openapi"],
                        _S["ukob-v4-vrp-openapi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status/#PDNG",
                    notes="OB_Internal_Codeset.csv L125: Code Name Pending.",
                ),
                CodeInfo(
                    value="ACTC",
                    description="Authentication and syntactical and semantical validation are successful",
                    category=_C.PENDING,
                    sources=(
                        _S["ukob-v4-internal-codeset"],
                        _S["ukob-v4-payment-initiation-openapi"],
                        _S["ukob-v4-vrp-openapi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status/#ACTC",
                    notes="OB_Internal_Codeset.csv L118: Code Name AcceptedTechnicalValidation.",
                ),
                CodeInfo(
                    value="PATC",
                    description="Payment initiation needs multiple authentications, where some but not yet all have been performed. Syntactical and semantical validations are successful.",
                    category=_C.PENDING,
                    sources=(
                        _S["ukob-v4-internal-codeset"],
                        _S["ukob-v4-payment-initiation-openapi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status/#PATC",
                    notes="OB_Internal_Codeset.csv L124: Code Name PartiallyAcceptedTechnicalCorrect. The payment waits for its other authorisations (Data.MultiAuthorisation).",
                ),
                CodeInfo(
                    value="ACCP",
                    description="Preceding check of technical validation was successful. Customer profile check was also successful.",
                    category=_C.PENDING,
                    sources=(
                        _S["ukob-v4-internal-codeset"],
                        _S["ukob-v4-payment-initiation-openapi"],
                        _S["ukob-v4-vrp-openapi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status/#ACCP",
                    notes="OB_Internal_Codeset.csv L111: Code Name AcceptedCustomerProfile.",
                ),
                CodeInfo(
                    value="ACFC",
                    description="Preceding check of technical validation and customer profile was successful and an automatic funds check was positive.",
                    category=_C.PENDING,
                    sources=(
                        _S["ukob-v4-internal-codeset"],
                        _S["ukob-v4-payment-initiation-openapi"],
                        _S["ukob-v4-vrp-openapi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status/#ACFC",
                    notes="OB_Internal_Codeset.csv L112: Code Name AcceptedFundsChecked.",
                ),
                CodeInfo(
                    value="ACSP",
                    description="All preceding checks such as technical validation and customer profile were successful and therefore the payment instruction has been accepted for execution.",
                    category=_C.PENDING,
                    sources=(
                        _S["ukob-v4-internal-codeset"],
                        _S["ukob-v4-payment-initiation-openapi"],
                        _S["ukob-v4-vrp-openapi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status/#ACSP",
                    notes="OB_Internal_Codeset.csv L117: Code Name AcceptedSettlementInProcess.",
                ),
                CodeInfo(
                    value="ACWC",
                    description="Instruction is accepted but a change will be made, such as date or remittance not sent.",
                    category=_C.PENDING,
                    sources=(
                        _S["ukob-v4-internal-codeset"],
                        _S["ukob-v4-payment-initiation-openapi"],
                        _S["ukob-v4-vrp-openapi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status/#ACWC",
                    notes="OB_Internal_Codeset.csv L119: Code Name AcceptedWithChange.",
                ),
                CodeInfo(
                    value="ACSC",
                    description="Settlement completed.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["ukob-v4-internal-codeset"],
                        _S["ukob-v4-payment-initiation-openapi"],
                        _S["ukob-v4-vrp-openapi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status/#ACSC",
                    notes="OB_Internal_Codeset.csv L113: Code Name AcceptedSettlementCompletedDebitorAccount. The row goes on: “Usage : this can be used by a Market Infrastructure reporting to Infrastructure Participant or an Account Servicer to Account Owner to report that the transaction account entry has been completed.” and “Warning : this status is provided for transaction status reasons, not for financial information. It can only be used after bilateral agreement”.",
                ),
                CodeInfo(
                    value="ACWP",
                    description="Payment instruction included in the credit transfer is accepted without being posted to the creditor customer’s account.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["ukob-v4-internal-codeset"],
                        _S["ukob-v4-payment-initiation-openapi"],
                        _S["ukob-v4-vrp-openapi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status/#ACWP",
                    notes="OB_Internal_Codeset.csv L120: Code Name AcceptedWithoutPosting. Accepted: the creditor's bank has not posted it yet; BLCK may follow.",
                ),
                CodeInfo(
                    value="ACCC",
                    description="Settlement on the creditor's account has been completed.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["ukob-v4-internal-codeset"],
                        _S["ukob-v4-payment-initiation-openapi"],
                        _S["ukob-v4-vrp-openapi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status/#ACCC",
                    notes="OB_Internal_Codeset.csv L110: Code Name AcceptedSettlementCompletedCreditorAccount.",
                ),
                CodeInfo(
                    value="BLCK",
                    description="Payment transaction previously reported with status 'ACWP' is blocked, for example, funds will neither be posted to the Creditor's account, nor be returned to the Debtor.",
                    category=_C.REJECTED,
                    sources=(
                        _S["ukob-v4-internal-codeset"],
                        _S["ukob-v4-payment-initiation-openapi"],
                        _S["ukob-v4-vrp-openapi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status/#BLCK",
                    notes="OB_Internal_Codeset.csv L121: Code Name Blocked. Funds held: neither posted nor returned, so not to be sent again unchanged.",
                ),
                CodeInfo(
                    value="RJCT",
                    description="Payment instruction has been rejected.",
                    category=_C.REJECTED,
                    sources=(
                        _S["ukob-v4-internal-codeset"],
                        _S["ukob-v4-payment-initiation-openapi"],
                        _S["ukob-v4-vrp-openapi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status/#RJCT",
                    notes="OB_Internal_Codeset.csv L127: Code Name Rejected. Its StatusReason says why (OBExternalStatusReason1Code).",
                ),
                CodeInfo(
                    value="CANC",
                    description="Payment initiation has been successfully cancelled after having received a request for cancellation.",
                    category=_C.CANCELLED,
                    sources=(
                        _S["ukob-v4-internal-codeset"],
                        _S["ukob-v4-payment-initiation-openapi"],
                        _S["ukob-v4-vrp-openapi"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status/#CANC",
                    notes="OB_Internal_Codeset.csv L122: Code Name Cancelled. The row goes on: “Usage: code to be used in the context of APIs only.” The payment files list it for scheduled payments and standing orders.",
                ),
                CodeInfo(
                    value="INFA",
                    description="Standing order has been setup successfully but the individual payment has failed",
                    category=_C.REJECTED,
                    sources=(
                        _S["ukob-v4-internal-codeset"],
                        _S["ukob-v4-payment-initiation-openapi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status/#INFA",
                    notes="OB_Internal_Codeset.csv L63: Code Name InitiationFailed. A standing order's or a file payment's status (the payment files list it for those alone): the order stands, the payment did not go.",
                ),
                CodeInfo(
                    value="INCO",
                    description="Standing order has been setup successfully and the individual payment has been successfully completed.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["ukob-v4-internal-codeset"],
                        _S["ukob-v4-payment-initiation-openapi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status/#INCO",
                    notes="OB_Internal_Codeset.csv L64: Code Name InitiationCompleted. A standing order's or a file payment's status (the payment files list it for those alone).",
                ),
            ),
        ),
        {},
    )
    return PaymentStatus


def _ConsentStatus() -> type[CodeEnum]:
    class ConsentStatus(CodeEnum):
        """Consent status: The status of a consent resource in v4.0: OBInternalConsentStatus1Code of OB_Internal_Codeset.csv, each description its Code Definition. The Payment Initiation file's payment consents answer with AWAU, RJCT, AUTH and COND, a file payment consent also with AWUP.

        Wire field: Data.Status of a consent resource (v4.0)."""

        AWAU = "AWAU"
        RJCT = "RJCT"
        AUTH = "AUTH"
        CANC = "CANC"
        EXPD = "EXPD"
        COND = "COND"
        AWUP = "AWUP"

    register(
        ConsentStatus,
        lambda: (
            CodeSetInfo(
                provider="ukob",
                id="consent_status",
                title="Consent status",
                description="The status of a consent resource in v4.0: OBInternalConsentStatus1Code of OB_Internal_Codeset.csv, each description its Code Definition. The Payment Initiation file's payment consents answer with AWAU, RJCT, AUTH and COND, a file payment consent also with AWUP.",
                field="Data.Status of a consent resource (v4.0)",
                states=True,
                sources=(
                    _S["ukob-v4-internal-codeset"],
                    _S["ukob-v4-payment-initiation-openapi"],
                    _S["ukob-v4-vrp-openapi"],
                ),
            ),
            (
                CodeInfo(
                    value="AWAU",
                    description="The consent resource is awaiting PSU authorisation.",
                    category=_C.PENDING,
                    sources=(
                        _S["ukob-v4-internal-codeset"],
                        _S["ukob-v4-payment-initiation-openapi"],
                        _S["ukob-v4-vrp-openapi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/consent_status/#AWAU",
                    notes="OB_Internal_Codeset.csv L56: Code Name Awaiting Authorisation.",
                ),
                CodeInfo(
                    value="RJCT",
                    description="The consent resource has been rejected.",
                    category=_C.REJECTED,
                    sources=(
                        _S["ukob-v4-internal-codeset"],
                        _S["ukob-v4-payment-initiation-openapi"],
                        _S["ukob-v4-vrp-openapi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/consent_status/#RJCT",
                    notes="OB_Internal_Codeset.csv L57: Code Name Rejected.",
                    state="needs_end_user",
                    state_reason="A rejected consent was never authorised: the PSU has to authorise a new one.",
                ),
                CodeInfo(
                    value="AUTH",
                    description="The consent resource has been successfully authorised.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["ukob-v4-internal-codeset"],
                        _S["ukob-v4-payment-initiation-openapi"],
                        _S["ukob-v4-vrp-openapi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/consent_status/#AUTH",
                    notes="OB_Internal_Codeset.csv L58: Code Name Authorised.",
                ),
                CodeInfo(
                    value="CANC",
                    description="The access has been cancelled at the ASPSP by either the PSU or the ASPSP.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["ukob-v4-internal-codeset"], _S["ukob-v4-vrp-openapi"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/consent_status/#CANC",
                    notes="OB_Internal_Codeset.csv L59: Code Name Cancelled. The payment files' consent enums do not list it: an account access, funds confirmation or VRP consent's status.",
                    state="revoked",
                    state_reason="The access was cancelled at the ASPSP by the PSU or the ASPSP.",
                ),
                CodeInfo(
                    value="EXPD",
                    description="The consent resource has been marked as expired after expiry of validaty date.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["ukob-v4-internal-codeset"], _S["ukob-v4-vrp-openapi"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/consent_status/#EXPD",
                    notes="OB_Internal_Codeset.csv L60: Code Name Expired. “validaty” is the file's own spelling. The payment files' consent enums do not list it.",
                    next_step="renew_consent",
                    state="consent_ended",
                    state_reason="The consent expired: a new one is needed.",
                ),
                CodeInfo(
                    value="COND",
                    description="The consent resource has been consumed after payment request is submitted by the PISP.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["ukob-v4-internal-codeset"],
                        _S["ukob-v4-payment-initiation-openapi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/consent_status/#COND",
                    notes="OB_Internal_Codeset.csv L61: Code Name Consumed. A payment consent is used once.",
                    state="consent_ended",
                    state_reason="A payment consent is used by the payment submitted with it.",
                ),
                CodeInfo(
                    value="AWUP",
                    description="The consent resource is expecting a file to be uploaded.",
                    category=_C.PENDING,
                    sources=(
                        _S["ukob-v4-internal-codeset"],
                        _S["ukob-v4-payment-initiation-openapi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/consent_status/#AWUP",
                    notes="OB_Internal_Codeset.csv L62: Code Name AwaitingUpload. A file payment consent's status alone (OBWriteFileConsentResponse4).",
                ),
            ),
        ),
        {},
    )
    return ConsentStatus


def _MultiAuthorisationStatus() -> type[CodeEnum]:
    class MultiAuthorisationStatus(CodeEnum):
        """Multiple authorisation status: The status of a payment's multiple authorisation flow in v4.0: OBInternalStatus2Code of OB_Internal_Codeset.csv (its rows say “Old OBExternalStatus2Code”), each description its Code Definition.

        Wire field: Data.MultiAuthorisation.Status of a payment resource (v4.0)."""

        AUTH = "AUTH"
        AWAF = "AWAF"
        RJCT = "RJCT"

    register(
        MultiAuthorisationStatus,
        lambda: (
            CodeSetInfo(
                provider="ukob",
                id="multi_authorisation_status",
                title="Multiple authorisation status",
                description="The status of a payment's multiple authorisation flow in v4.0: OBInternalStatus2Code of OB_Internal_Codeset.csv (its rows say “Old OBExternalStatus2Code”), each description its Code Definition.",
                field="Data.MultiAuthorisation.Status of a payment resource (v4.0)",
                sources=(_S["ukob-v4-internal-codeset"], _S["ukob-v4-payment-initiation-openapi"]),
            ),
            (
                CodeInfo(
                    value="AUTH",
                    description="The multiple authorisation flow has been fully authorised.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["ukob-v4-internal-codeset"],
                        _S["ukob-v4-payment-initiation-openapi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/multi_authorisation_status/#AUTH",
                    notes="OB_Internal_Codeset.csv L163: Code Name Authorised.",
                ),
                CodeInfo(
                    value="AWAF",
                    description="The multiple authorisation flow is awaiting further authorisation.",
                    category=_C.PENDING,
                    sources=(
                        _S["ukob-v4-internal-codeset"],
                        _S["ukob-v4-payment-initiation-openapi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/multi_authorisation_status/#AWAF",
                    notes="OB_Internal_Codeset.csv L161: Code Name Awaiting Further Authorisation.",
                ),
                CodeInfo(
                    value="RJCT",
                    description="The multiple authorisation flow has been rejected.",
                    category=_C.REJECTED,
                    sources=(
                        _S["ukob-v4-internal-codeset"],
                        _S["ukob-v4-payment-initiation-openapi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v4-internal-codeset"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/multi_authorisation_status/#RJCT",
                    notes="OB_Internal_Codeset.csv L162: Code Name Rejected.",
                ),
            ),
        ),
        {},
    )
    return MultiAuthorisationStatus


def _PaymentStatusV31() -> type[CodeEnum]:
    class PaymentStatusV31(CodeEnum):
        """Payment status (v3.1): The status of a payment resource in v3.1.11, named in full: OBTransactionIndividualStatus1Code of a domestic or international payment and of a domestic VRP; OBExternalStatus1Code and OBExternalStatus3Code of a scheduled payment, a standing order and a file payment (Cancelled only of the first two); and OBTransactionIndividualExtendedISOStatus1Code of a payment's details (GET …/payment-details), which holds all but the Initiation values. Each description is the Payment Initiation API Profile's Static Enumerations definition, of the resource's own class where two classes define a value. v4.0 sends ISO 20022's four-letter codes instead (Payment status).

        Wire field: Data.Status of a payment resource and Data.PaymentStatus[].Status of its details (v3.1.11: domestic, scheduled, international payments, standing orders, file payments, domestic VRPs)."""

        Pending = "Pending"
        AcceptedSettlementInProcess = "AcceptedSettlementInProcess"
        AcceptedSettlementCompleted = "AcceptedSettlementCompleted"
        AcceptedWithoutPosting = "AcceptedWithoutPosting"
        AcceptedCreditSettlementCompleted = "AcceptedCreditSettlementCompleted"
        Rejected = "Rejected"
        InitiationPending = "InitiationPending"
        InitiationCompleted = "InitiationCompleted"
        InitiationFailed = "InitiationFailed"
        Cancelled = "Cancelled"
        Accepted = "Accepted"
        AcceptedCancellationRequest = "AcceptedCancellationRequest"
        AcceptedCustomerProfile = "AcceptedCustomerProfile"
        AcceptedFundsChecked = "AcceptedFundsChecked"
        AcceptedTechnicalValidation = "AcceptedTechnicalValidation"
        AcceptedWithChange = "AcceptedWithChange"
        NoCancellationProcess = "NoCancellationProcess"
        PartiallyAcceptedCancellationRequest = "PartiallyAcceptedCancellationRequest"
        PartiallyAcceptedTechnicalCorrect = "PartiallyAcceptedTechnicalCorrect"
        PaymentCancelled = "PaymentCancelled"
        PendingCancellationRequest = "PendingCancellationRequest"
        Received = "Received"
        RejectedCancellationRequest = "RejectedCancellationRequest"

    register(
        PaymentStatusV31,
        lambda: (
            CodeSetInfo(
                provider="ukob",
                id="payment_status_v31",
                title="Payment status (v3.1)",
                description="The status of a payment resource in v3.1.11, named in full: OBTransactionIndividualStatus1Code of a domestic or international payment and of a domestic VRP; OBExternalStatus1Code and OBExternalStatus3Code of a scheduled payment, a standing order and a file payment (Cancelled only of the first two); and OBTransactionIndividualExtendedISOStatus1Code of a payment's details (GET …/payment-details), which holds all but the Initiation values. Each description is the Payment Initiation API Profile's Static Enumerations definition, of the resource's own class where two classes define a value. v4.0 sends ISO 20022's four-letter codes instead (Payment status).",
                field="Data.Status of a payment resource and Data.PaymentStatus[].Status of its details (v3.1.11: domestic, scheduled, international payments, standing orders, file payments, domestic VRPs)",
                sources=(
                    _S["ukob-v3-1-11-payment-initiation-openapi"],
                    _S["ukob-v3-1-11-vrp-openapi"],
                    _S["ukob-v3-1-11-pi-profile"],
                ),
            ),
            (
                CodeInfo(
                    value="Pending",
                    description="Payment initiation or individual transaction included in the payment initiation is pending. Further checks and status update will be performed.",
                    category=_C.PENDING,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v3-1-11-pi-profile"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-pi-profile"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status_v31/#Pending",
                    notes="payment-initiation-api-profile.md L757, Static Enumerations: OBTransactionIndividualStatus1Code. v4.0 sends PDNG.",
                ),
                CodeInfo(
                    value="AcceptedSettlementInProcess",
                    description="All preceding checks such as technical validation and customer profile were successful and therefore the payment initiation has been accepted for execution.",
                    category=_C.PENDING,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v3-1-11-pi-profile"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-pi-profile"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status_v31/#AcceptedSettlementInProcess",
                    notes="payment-initiation-api-profile.md L756, Static Enumerations: OBTransactionIndividualStatus1Code. v4.0 sends ACSP.",
                ),
                CodeInfo(
                    value="AcceptedSettlementCompleted",
                    description="Settlement on the debtor's account has been completed.\n\nUsage : this can be used by the first agent to report to the debtor that the transaction has been completed. Warning : this status is provided for transaction status reasons, not for financial information. It can only be used after bilateral agreement.\n\nPISPs **must not** use this status as confirmation that settlement is complete on the creditor's account.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v3-1-11-pi-profile"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-pi-profile"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status_v31/#AcceptedSettlementCompleted",
                    notes="payment-initiation-api-profile.md L755, Static Enumerations: OBTransactionIndividualStatus1Code. The payment details' class (L800) gives it the same text without the last paragraph. v4.0 sends ACSC.",
                ),
                CodeInfo(
                    value="AcceptedWithoutPosting",
                    description="Payment instruction included in the credit transfer is accepted without being posted to the creditor customer's account.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v3-1-11-pi-profile"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-pi-profile"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status_v31/#AcceptedWithoutPosting",
                    notes="payment-initiation-api-profile.md L759, Static Enumerations: OBTransactionIndividualStatus1Code. v4.0 sends ACWP.",
                ),
                CodeInfo(
                    value="AcceptedCreditSettlementCompleted",
                    description="Settlement on the creditor's account has been completed.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v3-1-11-pi-profile"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-pi-profile"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status_v31/#AcceptedCreditSettlementCompleted",
                    notes="payment-initiation-api-profile.md L760, Static Enumerations: OBTransactionIndividualStatus1Code. v4.0 sends ACCC.",
                ),
                CodeInfo(
                    value="Rejected",
                    description="Payment initiation or individual transaction included in the payment initiation has been rejected.",
                    category=_C.REJECTED,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v3-1-11-pi-profile"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-pi-profile"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status_v31/#Rejected",
                    notes="payment-initiation-api-profile.md L758, Static Enumerations: OBTransactionIndividualStatus1Code. v4.0 sends RJCT.",
                ),
                CodeInfo(
                    value="InitiationPending",
                    description="The payment-order initiation is pending.",
                    category=_C.PENDING,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-pi-profile"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-pi-profile"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status_v31/#InitiationPending",
                    notes="payment-initiation-api-profile.md L774, Static Enumerations: OBExternalStatus1Code. A scheduled payment's, a standing order's or a file payment's status.",
                ),
                CodeInfo(
                    value="InitiationCompleted",
                    description="The payment-order initiation has been completed.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-pi-profile"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-pi-profile"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status_v31/#InitiationCompleted",
                    notes="payment-initiation-api-profile.md L772, Static Enumerations: OBExternalStatus1Code. A scheduled payment's, a standing order's or a file payment's status; v4.0 sends INCO for a standing order or a file payment.",
                ),
                CodeInfo(
                    value="InitiationFailed",
                    description="The payment-order initiation has failed.",
                    category=_C.REJECTED,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-pi-profile"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-pi-profile"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status_v31/#InitiationFailed",
                    notes="payment-initiation-api-profile.md L773, Static Enumerations: OBExternalStatus1Code. A scheduled payment's, a standing order's or a file payment's status; v4.0 sends INFA for a standing order or a file payment.",
                ),
                CodeInfo(
                    value="Cancelled",
                    description="Payment initiation has been successfully cancelled after having received a request for cancellation.",
                    category=_C.CANCELLED,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v3-1-11-pi-profile"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-pi-profile"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status_v31/#Cancelled",
                    notes="payment-initiation-api-profile.md L781, Static Enumerations: OBExternalStatus3Code. A scheduled payment's or a standing order's status; a payment's details list it too, as “Request is cancelled.” (L805). v4.0 sends CANC.",
                ),
                CodeInfo(
                    value="Accepted",
                    description="Request is accepted.",
                    category=_C.PENDING,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v3-1-11-pi-profile"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-pi-profile"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status_v31/#Accepted",
                    notes="payment-initiation-api-profile.md L795, Static Enumerations: OBTransactionIndividualExtendedISOStatus1Code. A status of a payment's details alone (GET …/payment-details).",
                ),
                CodeInfo(
                    value="AcceptedCancellationRequest",
                    description="Cancellation is accepted.",
                    category=_C.CANCELLED,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v3-1-11-pi-profile"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-pi-profile"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status_v31/#AcceptedCancellationRequest",
                    notes="payment-initiation-api-profile.md L796, Static Enumerations: OBTransactionIndividualExtendedISOStatus1Code. A status of a payment's details alone.",
                ),
                CodeInfo(
                    value="AcceptedCustomerProfile",
                    description="Preceding check of technical validation was successful. Customer profile check was also successful.",
                    category=_C.PENDING,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v3-1-11-pi-profile"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-pi-profile"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status_v31/#AcceptedCustomerProfile",
                    notes="payment-initiation-api-profile.md L798, Static Enumerations: OBTransactionIndividualExtendedISOStatus1Code. A status of a payment's details alone. v4.0 sends ACCP.",
                ),
                CodeInfo(
                    value="AcceptedFundsChecked",
                    description="Preceding check of technical validation and customer profile was successful and an automatic funds check was positive.",
                    category=_C.PENDING,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v3-1-11-pi-profile"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-pi-profile"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status_v31/#AcceptedFundsChecked",
                    notes="payment-initiation-api-profile.md L799, Static Enumerations: OBTransactionIndividualExtendedISOStatus1Code. A status of a payment's details alone. v4.0 sends ACFC.",
                ),
                CodeInfo(
                    value="AcceptedTechnicalValidation",
                    description="Authentication and syntactical and semantical validation are successful",
                    category=_C.PENDING,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v3-1-11-pi-profile"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-pi-profile"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status_v31/#AcceptedTechnicalValidation",
                    notes="payment-initiation-api-profile.md L802, Static Enumerations: OBTransactionIndividualExtendedISOStatus1Code. A status of a payment's details alone. v4.0 sends ACTC.",
                ),
                CodeInfo(
                    value="AcceptedWithChange",
                    description="Instruction is accepted but a change will be made, such as date or remittance not sent.",
                    category=_C.PENDING,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v3-1-11-pi-profile"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-pi-profile"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status_v31/#AcceptedWithChange",
                    notes="payment-initiation-api-profile.md L803, Static Enumerations: OBTransactionIndividualExtendedISOStatus1Code. A status of a payment's details alone. v4.0 sends ACWC.",
                ),
                CodeInfo(
                    value="NoCancellationProcess",
                    description="No cancellation process.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v3-1-11-pi-profile"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-pi-profile"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status_v31/#NoCancellationProcess",
                    notes="payment-initiation-api-profile.md L806, Static Enumerations: OBTransactionIndividualExtendedISOStatus1Code. A status of a payment's details alone.",
                ),
                CodeInfo(
                    value="PartiallyAcceptedCancellationRequest",
                    description="Cancellation is partially accepted.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v3-1-11-pi-profile"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-pi-profile"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status_v31/#PartiallyAcceptedCancellationRequest",
                    notes="payment-initiation-api-profile.md L807, Static Enumerations: OBTransactionIndividualExtendedISOStatus1Code. A status of a payment's details alone.",
                ),
                CodeInfo(
                    value="PartiallyAcceptedTechnicalCorrect",
                    description="Authentication and syntactical and semantical validation are successful.",
                    category=_C.PENDING,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v3-1-11-pi-profile"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-pi-profile"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status_v31/#PartiallyAcceptedTechnicalCorrect",
                    notes="payment-initiation-api-profile.md L808, Static Enumerations: OBTransactionIndividualExtendedISOStatus1Code. A status of a payment's details alone. v4.0 sends PATC.",
                ),
                CodeInfo(
                    value="PaymentCancelled",
                    description="Transaction has been cancelled.",
                    category=_C.CANCELLED,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v3-1-11-pi-profile"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-pi-profile"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status_v31/#PaymentCancelled",
                    notes="payment-initiation-api-profile.md L809, Static Enumerations: OBTransactionIndividualExtendedISOStatus1Code. A status of a payment's details alone.",
                ),
                CodeInfo(
                    value="PendingCancellationRequest",
                    description="Cancellation request is pending.",
                    category=_C.PENDING,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v3-1-11-pi-profile"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-pi-profile"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status_v31/#PendingCancellationRequest",
                    notes="payment-initiation-api-profile.md L811, Static Enumerations: OBTransactionIndividualExtendedISOStatus1Code. A status of a payment's details alone.",
                ),
                CodeInfo(
                    value="Received",
                    description="Payment initiation has been received by the receiving agent.",
                    category=_C.PENDING,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v3-1-11-pi-profile"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-pi-profile"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status_v31/#Received",
                    notes="payment-initiation-api-profile.md L812, Static Enumerations: OBTransactionIndividualExtendedISOStatus1Code. A status of a payment's details alone. v4.0 sends RCVD.",
                ),
                CodeInfo(
                    value="RejectedCancellationRequest",
                    description="Cancellation request is rejected",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v3-1-11-pi-profile"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-pi-profile"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/payment_status_v31/#RejectedCancellationRequest",
                    notes="payment-initiation-api-profile.md L814, Static Enumerations: OBTransactionIndividualExtendedISOStatus1Code. A status of a payment's details alone: the payment goes on.",
                ),
            ),
        ),
        {},
    )
    return PaymentStatusV31


def _ConsentStatusV31() -> type[CodeEnum]:
    class ConsentStatusV31(CodeEnum):
        """Consent status (v3.1): The status of a payment consent resource in v3.1.11, named in full (OBExternalConsentStatus1Code, each description the Payment Initiation API Profile's Static Enumerations definition; a file payment consent adds AwaitingUpload, a domestic VRP consent has no Consumed). v4.0 sends four-letter codes instead (Consent status).

        Wire field: Data.Status of a payment or domestic VRP consent resource (v3.1.11)."""

        AwaitingAuthorisation = "AwaitingAuthorisation"
        Rejected = "Rejected"
        Authorised = "Authorised"
        Consumed = "Consumed"
        AwaitingUpload = "AwaitingUpload"

    register(
        ConsentStatusV31,
        lambda: (
            CodeSetInfo(
                provider="ukob",
                id="consent_status_v31",
                title="Consent status (v3.1)",
                description="The status of a payment consent resource in v3.1.11, named in full (OBExternalConsentStatus1Code, each description the Payment Initiation API Profile's Static Enumerations definition; a file payment consent adds AwaitingUpload, a domestic VRP consent has no Consumed). v4.0 sends four-letter codes instead (Consent status).",
                field="Data.Status of a payment or domestic VRP consent resource (v3.1.11)",
                states=True,
                sources=(
                    _S["ukob-v3-1-11-payment-initiation-openapi"],
                    _S["ukob-v3-1-11-vrp-openapi"],
                    _S["ukob-v3-1-11-pi-profile"],
                    _S["ukob-v3-1-11-file-payment-consents"],
                ),
            ),
            (
                CodeInfo(
                    value="AwaitingAuthorisation",
                    description="The consent resource is awaiting PSU authorisation.",
                    category=_C.PENDING,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v3-1-11-pi-profile"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-pi-profile"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/consent_status_v31/#AwaitingAuthorisation",
                    notes="payment-initiation-api-profile.md L761, Static Enumerations: OBExternalConsentStatus1Code. v4.0 sends AWAU.",
                ),
                CodeInfo(
                    value="Rejected",
                    description="The consent resource has been rejected.",
                    category=_C.REJECTED,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v3-1-11-pi-profile"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-pi-profile"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/consent_status_v31/#Rejected",
                    notes="payment-initiation-api-profile.md L762, Static Enumerations: OBExternalConsentStatus1Code. v4.0 sends RJCT.",
                    state="needs_end_user",
                    state_reason="A rejected consent was never authorised: the PSU has to authorise a new one.",
                ),
                CodeInfo(
                    value="Authorised",
                    description="The consent resource has been successfully authorised.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-vrp-openapi"],
                        _S["ukob-v3-1-11-pi-profile"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-pi-profile"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/consent_status_v31/#Authorised",
                    notes="payment-initiation-api-profile.md L763, Static Enumerations: OBExternalConsentStatus1Code. v4.0 sends AUTH.",
                ),
                CodeInfo(
                    value="Consumed",
                    description="The consented action has been successfully completed. This does not reflect the status of the consented action.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-pi-profile"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-pi-profile"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/consent_status_v31/#Consumed",
                    notes="payment-initiation-api-profile.md L764, Static Enumerations: OBExternalConsentStatus1Code. Not a status of a VRP consent. v4.0 sends COND.",
                    state="consent_ended",
                    state_reason="A payment consent is used by the payment submitted with it.",
                ),
                CodeInfo(
                    value="AwaitingUpload",
                    description='The default Status is "AwaitingUpload" immediately after the file-payment-consent has been created.',
                    category=_C.PENDING,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-file-payment-consents"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-file-payment-consents"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/consent_status_v31/#AwaitingUpload",
                    notes="file-payment-consents.md L63: a file payment consent's status alone (OBWriteFileConsentResponse4); the profile's Static Enumerations table does not list it. v4.0 sends AWUP.",
                ),
            ),
        ),
        {},
    )
    return ConsentStatusV31


def _MultiAuthorisationStatusV31() -> type[CodeEnum]:
    class MultiAuthorisationStatusV31(CodeEnum):
        """Multiple authorisation status (v3.1): The status of a payment's multiple authorisation flow in v3.1.11, named in full (OBExternalStatus2Code, each description the Payment Initiation API Profile's Static Enumerations definition). v4.0 sends four-letter codes instead (Multiple authorisation status).

        Wire field: Data.MultiAuthorisation.Status of a payment resource (v3.1.11)."""

        AwaitingFurtherAuthorisation = "AwaitingFurtherAuthorisation"
        Authorised = "Authorised"
        Rejected = "Rejected"

    register(
        MultiAuthorisationStatusV31,
        lambda: (
            CodeSetInfo(
                provider="ukob",
                id="multi_authorisation_status_v31",
                title="Multiple authorisation status (v3.1)",
                description="The status of a payment's multiple authorisation flow in v3.1.11, named in full (OBExternalStatus2Code, each description the Payment Initiation API Profile's Static Enumerations definition). v4.0 sends four-letter codes instead (Multiple authorisation status).",
                field="Data.MultiAuthorisation.Status of a payment resource (v3.1.11)",
                sources=(
                    _S["ukob-v3-1-11-payment-initiation-openapi"],
                    _S["ukob-v3-1-11-pi-profile"],
                ),
            ),
            (
                CodeInfo(
                    value="AwaitingFurtherAuthorisation",
                    description="The multiple authorisation flow is awaiting further authorisation.",
                    category=_C.PENDING,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-pi-profile"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-pi-profile"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/multi_authorisation_status_v31/#AwaitingFurtherAuthorisation",
                    notes="payment-initiation-api-profile.md L776, Static Enumerations: OBExternalStatus2Code. v4.0 sends AWAF.",
                ),
                CodeInfo(
                    value="Authorised",
                    description="The multiple authorisation flow has been fully authorised.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-pi-profile"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-pi-profile"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/multi_authorisation_status_v31/#Authorised",
                    notes="payment-initiation-api-profile.md L775, Static Enumerations: OBExternalStatus2Code. v4.0 sends AUTH.",
                ),
                CodeInfo(
                    value="Rejected",
                    description="The multiple authorisation flow has been rejected.",
                    category=_C.REJECTED,
                    sources=(
                        _S["ukob-v3-1-11-payment-initiation-openapi"],
                        _S["ukob-v3-1-11-pi-profile"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["ukob-v3-1-11-pi-profile"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/ukob/multi_authorisation_status_v31/#Rejected",
                    notes="payment-initiation-api-profile.md L777, Static Enumerations: OBExternalStatus2Code. v4.0 sends RJCT.",
                ),
            ),
        ),
        {},
    )
    return MultiAuthorisationStatusV31


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name)
        for name in (
            "ObieErrorCode",
            "ObEventType",
            "PaymentStatus",
            "ConsentStatus",
            "MultiAuthorisationStatus",
            "PaymentStatusV31",
            "ConsentStatusV31",
            "MultiAuthorisationStatusV31",
        )
    )
