# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.cdr's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, register
from bankcodes._records import CodeInfo, CodeSetInfo, Equivalent, HttpStatus, Source, Wording
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.cdr")
#: The documents its facts come from, by id.
_S = {
    "cdr-errors": Source(
        id="cdr-errors",
        kind="repo",
        title="Australia CDR: Consumer Data Standards, Error Codes (_errors.md, Release 1.36.0)",
        url="https://github.com/ConsumerDataStandardsAustralia/standards/blob/45f31a807cf6770456eb26aa2c68003d634ea53c/slate/source/includes/standards/_errors.md",
    ),
    "cdr-cds-banking": Source(
        id="cdr-cds-banking",
        kind="repo",
        title="Australia CDR: Banking APIs OpenAPI (cds_banking.yaml: ResponseErrorListV2, ErrorV2)",
        url="https://github.com/ConsumerDataStandardsAustralia/standards/blob/45f31a807cf6770456eb26aa2c68003d634ea53c/slate/source/includes/swagger/cds_banking.yaml",
    ),
}


def _ErrorCode() -> type[CodeEnum]:
    class ErrorCode(CodeEnum):
        """CDR standard error code: A standard error code of Australia's Consumer Data Right, a URN urn:au-cds:error:<sub-type>:<error-category>/<error-code>. A Data Holder or Data Recipient sends it in errors[].code, or sends its own application-specific code there and the standard URN in errors[].meta.urn (required then). errors[].title is constant per code (kept as each code's message); errors[].detail describes the occurrence.

        Wire field: errors[].code; errors[].meta.urn when errors[].code is application-specific."""

        GENERAL_ERROR_EXPECTED = "urn:au-cds:error:cds-all:GeneralError/Expected"
        GENERAL_ERROR_UNEXPECTED = "urn:au-cds:error:cds-all:GeneralError/Unexpected"
        SERVICE_UNAVAILABLE = "urn:au-cds:error:cds-all:Service/Unavailable"
        FIELD_MISSING = "urn:au-cds:error:cds-all:Field/Missing"
        HEADER_MISSING = "urn:au-cds:error:cds-all:Header/Missing"
        FIELD_INVALID = "urn:au-cds:error:cds-all:Field/Invalid"
        HEADER_INVALID = "urn:au-cds:error:cds-all:Header/Invalid"
        FIELD_INVALID_DATE_TIME = "urn:au-cds:error:cds-all:Field/InvalidDateTime"
        FIELD_INVALID_PAGE_SIZE = "urn:au-cds:error:cds-all:Field/InvalidPageSize"
        HEADER_INVALID_VERSION = "urn:au-cds:error:cds-all:Header/InvalidVersion"
        AUTHORISATION_ADR_STATUS_NOT_ACTIVE = (
            "urn:au-cds:error:cds-all:Authorisation/AdrStatusNotActive"
        )
        AUTHORISATION_REVOKED_CONSENT = "urn:au-cds:error:cds-all:Authorisation/RevokedConsent"
        AUTHORISATION_INVALID_CONSENT = "urn:au-cds:error:cds-all:Authorisation/InvalidConsent"
        RESOURCE_NOT_IMPLEMENTED = "urn:au-cds:error:cds-all:Resource/NotImplemented"
        RESOURCE_NOT_FOUND = "urn:au-cds:error:cds-all:Resource/NotFound"
        RESOURCE_INVALID = "urn:au-cds:error:cds-all:Resource/Invalid"
        RESOURCE_UNAVAILABLE = "urn:au-cds:error:cds-all:Resource/Unavailable"
        AUTHORISATION_INVALID_BANKING_ACCOUNT = (
            "urn:au-cds:error:cds-banking:Authorisation/InvalidBankingAccount"
        )
        AUTHORISATION_UNAVAILABLE_BANKING_ACCOUNT = (
            "urn:au-cds:error:cds-banking:Authorisation/UnavailableBankingAccount"
        )
        AUTHORISATION_INVALID_ENERGY_ACCOUNT = (
            "urn:au-cds:error:cds-energy:Authorisation/InvalidEnergyAccount"
        )
        AUTHORISATION_UNAVAILABLE_ENERGY_ACCOUNT = (
            "urn:au-cds:error:cds-energy:Authorisation/UnavailableEnergyAccount"
        )
        AUTHORISATION_INVALID_SERVICE_POINT = (
            "urn:au-cds:error:cds-energy:Authorisation/InvalidServicePoint"
        )
        AUTHORISATION_UNAVAILABLE_SERVICE_POINT = (
            "urn:au-cds:error:cds-energy:Authorisation/UnavailableServicePoint"
        )
        HEADER_UNSUPPORTED_VERSION = "urn:au-cds:error:cds-all:Header/UnsupportedVersion"
        AUTHORISATION_INVALID_ARRANGEMENT = (
            "urn:au-cds:error:cds-all:Authorisation/InvalidArrangement"
        )
        FIELD_INVALID_PAGE = "urn:au-cds:error:cds-all:Field/InvalidPage"
        REGISTER_FIELD_INVALID_BRAND = "urn:au-cds:error:cds-register:Field/InvalidBrand"
        REGISTER_FIELD_INVALID_INDUSTRY = "urn:au-cds:error:cds-register:Field/InvalidIndustry"
        REGISTER_FIELD_INVALID_SOFTWARE_PRODUCT = (
            "urn:au-cds:error:cds-register:Field/InvalidSoftwareProduct"
        )

    register(
        ErrorCode,
        lambda: (
            CodeSetInfo(
                provider="cdr",
                id="error_code",
                title="CDR standard error code",
                description="A standard error code of Australia's Consumer Data Right, a URN urn:au-cds:error:<sub-type>:<error-category>/<error-code>. A Data Holder or Data Recipient sends it in errors[].code, or sends its own application-specific code there and the standard URN in errors[].meta.urn (required then). errors[].title is constant per code (kept as each code's message); errors[].detail describes the occurrence.",
                field="errors[].code; errors[].meta.urn when errors[].code is application-specific",
                sources=(_S["cdr-errors"], _S["cdr-cds-banking"]),
            ),
            (
                CodeInfo(
                    value="urn:au-cds:error:cds-all:GeneralError/Expected",
                    description="An error code that can be used, when an expected error occurs that is otherwise not covered by a more specific error.\n\nThe error _detail_ **SHOULD** be populated with a meaningful error description, without revealing sensitive information.\n\nAn application specific error code **MAY** be provided. The _MetaError » urn_ **MUST** be populated with the standard CDR error code.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["cdr-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    group="cds_all",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="message", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/cdr/error_code/#GENERAL_ERROR_EXPECTED",
                    message="Expected Error Encountered",
                    notes="The standard gives the HTTP status category 4xx (any status of that class), which is no single status. Category: An expected 4xx error not covered by a more specific code: the request cannot be served as sent; the application-specific code in errors[].code says more.",
                ),
                CodeInfo(
                    value="urn:au-cds:error:cds-all:GeneralError/Unexpected",
                    description="An error code that can be used, when an unexpected error occurs.\n\nThe error _detail_ **SHOULD** be populated with a meaningful error description, without revealing sensitive information.\n\nAn application specific error code **MAY** be provided. The _MetaError » urn_ **MUST** be populated with the standard CDR error code.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["cdr-errors"],),
                    retryable=True,
                    end_user_can_retry=True,
                    group="cds_all",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="message", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/cdr/error_code/#GENERAL_ERROR_UNEXPECTED",
                    equivalents=(
                        Equivalent(
                            provider="ukob",
                            code_set="error_code",
                            value="UK.OBIE.UnexpectedError",
                            same="meaning",
                            reason="The server met an error it did not expect: two standards' one code for it, defined in nearly the same words (an error code that can be used when an unexpected error occurs, its text to describe the error without revealing sensitive information), both with a 5xx status.",
                        ),
                    ),
                    message="Unexpected Error Encountered",
                    notes="The standard gives the HTTP status category 5xx (any status of that class), which is no single status.",
                ),
                CodeInfo(
                    value="urn:au-cds:error:cds-all:Service/Unavailable",
                    description="A request is made but the API unavailable as due to an outage.\n\nThe error _detail_ **MAY** describe whether the outage is scheduled or unexpected and whether it is fully unavailable or partially unavailable.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["cdr-errors"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=503, sources=(_S["cdr-errors"],)),),
                    group="cds_all",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="message", by="provider", sources=(_S["cdr-errors"],)),
                    ),
                    page="reference/cdr/error_code/#SERVICE_UNAVAILABLE",
                    message="Service Unavailable",
                ),
                CodeInfo(
                    value="urn:au-cds:error:cds-all:Field/Missing",
                    description="The request is missing a mandatory field required for the API. It **MAY** be a missing query parameter or missing field in the request payload. This error code can be used, where a more specific validation error is not applicable.\n\nThe error _detail_ **SHOULD** be the parameter name of the missing field.\n\nThis error code **MUST** be supported for unauthenticated and authenticated APIs.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["cdr-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["cdr-errors"],)),),
                    group="cds_all",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="message", by="provider", sources=(_S["cdr-errors"],)),
                    ),
                    page="reference/cdr/error_code/#FIELD_MISSING",
                    message="Missing Required Field",
                ),
                CodeInfo(
                    value="urn:au-cds:error:cds-all:Header/Missing",
                    description="A required HTTP header has not been provided.\n\nThe error _detail_ **SHOULD** be the HTTP header name.\n\nThis error code **SHOULD** be supported for unauthenticated and authenticated APIs.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["cdr-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["cdr-errors"],)),),
                    group="cds_all",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="message", by="provider", sources=(_S["cdr-errors"],)),
                    ),
                    page="reference/cdr/error_code/#HEADER_MISSING",
                    equivalents=(
                        Equivalent(
                            provider="ukob",
                            code_set="error_code",
                            value="UK.OBIE.Header.Missing",
                            same="meaning",
                            reason="A required HTTP header was not sent: both standards define the code in the same first sentence, with HTTP 400; they differ only in where the header's name is given (the error's path, or its detail).",
                        ),
                    ),
                    message="Missing Required Header",
                ),
                CodeInfo(
                    value="urn:au-cds:error:cds-all:Field/Invalid",
                    description="Applies when the value of the URL parameter or request body parameter is an invalid type or the value violates the field's constraints as defined by the interface contract.\nFor example, _is-owned_ is a Boolean but a DateString value is provided.\n\nThe error _detail_ **SHOULD** be the parameter name of the invalid field. The error _detail_ **MAY** include further details explaining the valid format.\n\nThis error code **MUST** be supported for unauthenticated and authenticated APIs.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["cdr-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["cdr-errors"],)),),
                    group="cds_all",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="message", by="provider", sources=(_S["cdr-errors"],)),
                    ),
                    page="reference/cdr/error_code/#FIELD_INVALID",
                    message="Invalid Field",
                ),
                CodeInfo(
                    value="urn:au-cds:error:cds-all:Header/Invalid",
                    description="Applies when a HTTP Header is provided but the value provided is an invalid type or violates the field type constraints as defined in the CDR Data Standards.\n\nThe error _detail_ **SHOULD** be the HTTP header name. The error _detail_ **MAY** include further details explaining the valid format.\n\nThis error code **SHOULD** be supported for unauthenticated and authenticated APIs.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["cdr-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["cdr-errors"],)),),
                    group="cds_all",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="message", by="provider", sources=(_S["cdr-errors"],)),
                    ),
                    page="reference/cdr/error_code/#HEADER_INVALID",
                    equivalents=(
                        Equivalent(
                            provider="ukob",
                            code_set="error_code",
                            value="UK.OBIE.Header.Invalid",
                            same="meaning",
                            reason="An HTTP header was sent with a value that is not valid, in both standards with HTTP 400 (the CDR's Header/InvalidVersion, for a version header alone, is narrower and not listed).",
                        ),
                    ),
                    message="Invalid Header",
                ),
                CodeInfo(
                    value="urn:au-cds:error:cds-all:Field/InvalidDateTime",
                    description="An invalid date is provided. For example, a future date value is expected, but a date in past or current date is supplied. Applies to DateTimeString, DateString, and TimeString field types.\n\nThe error _detail_ **SHOULD** be the parameter name of the invalid date field. The error _detail_ **MAY** include further details explaining the expected date value.\n\nThis error code **MUST** be supported for unauthenticated and authenticated APIs.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["cdr-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["cdr-errors"],)),),
                    group="cds_all",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="message", by="provider", sources=(_S["cdr-errors"],)),
                    ),
                    page="reference/cdr/error_code/#FIELD_INVALID_DATE_TIME",
                    equivalents=(
                        Equivalent(
                            provider="ukob",
                            code_set="error_code",
                            value="UK.OBIE.Field.InvalidDate",
                            same="meaning",
                            reason="A date that is not valid where it stands, both standards giving the same example (a future date expected, a past or current date supplied), with HTTP 400.",
                        ),
                    ),
                    message="Invalid Date",
                ),
                CodeInfo(
                    value="urn:au-cds:error:cds-all:Field/InvalidPageSize",
                    description="The value provided in the _page-size_ pagination field is greater than the maximum allowed by the CDR Data Standards (_page-size_ > `1000`).\n\nThis error code **MUST** be supported for unauthenticated and authenticated APIs.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["cdr-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["cdr-errors"],)),),
                    group="cds_all",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="message", by="provider", sources=(_S["cdr-errors"],)),
                    ),
                    page="reference/cdr/error_code/#FIELD_INVALID_PAGE_SIZE",
                    message="Invalid Page Size",
                ),
                CodeInfo(
                    value="urn:au-cds:error:cds-all:Header/InvalidVersion",
                    description="A request is made for a version that is not a PositiveInteger.\nFor example:\n`x-min-v`, `x-v` or `x-<HID>-v` are not Integers (e.g. `x-min-v=foo`, `x-v=bar`, `x-ACME-v=cheese`)\n`x-min-v`, `x-v` or `x-<HID>-v` are not positive-value Integers (they are an Integer but `<= 0`)\n\nThis error code **MUST** be supported for unauthenticated and authenticated APIs.\n\nIf the version header is a PositiveInteger but is not a version supported by the Data Holder, the Unsupported Version code applies.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["cdr-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["cdr-errors"],)),),
                    group="cds_all",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="message", by="provider", sources=(_S["cdr-errors"],)),
                    ),
                    page="reference/cdr/error_code/#HEADER_INVALID_VERSION",
                    message="Invalid Version",
                ),
                CodeInfo(
                    value="urn:au-cds:error:cds-all:Authorisation/AdrStatusNotActive",
                    description='The ADR or the ADR\'s software product is not "active".\n\nThe error _detail_ **SHOULD** contain the current status of the ADR software product.',
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["cdr-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=403, sources=(_S["cdr-errors"],)),),
                    group="cds_all",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="message", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/cdr/error_code/#AUTHORISATION_ADR_STATUS_NOT_ACTIVE",
                    message="ADR Status Is Not Active",
                    notes="Category: The recipient's own accreditation or software product is not active: the integrator (the ADR) must act with the CDR Register, not the consumer.",
                ),
                CodeInfo(
                    value="urn:au-cds:error:cds-all:Authorisation/RevokedConsent",
                    description="The consumer's consent is no longer authorised (for example revoked or expired) and the requested resource will not be provided.\n\nThis error code **SHOULD** be supported for authenticated APIs.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["cdr-errors"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=403, sources=(_S["cdr-errors"],)),),
                    group="cds_all",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="message", by="provider", sources=(_S["cdr-errors"],)),
                    ),
                    page="reference/cdr/error_code/#AUTHORISATION_REVOKED_CONSENT",
                    message="Consent Is Revoked",
                ),
                CodeInfo(
                    value="urn:au-cds:error:cds-all:Authorisation/InvalidConsent",
                    description="The authorised consumer's consent is not associated to the resource requested, is insufficient to execute the resource or is in a status that prevents the resource being executed.\n\nFor example, if consent is awaiting authorisation of a secondary account holder.\n\nThe error _detail_ **SHOULD** be a description of the status of consent without revealing sensitive information.\n\nThis error code **SHOULD** be supported for authenticated APIs.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["cdr-errors"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=403, sources=(_S["cdr-errors"],)),),
                    group="cds_all",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="message", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/cdr/error_code/#AUTHORISATION_INVALID_CONSENT",
                    message="Consent Is Invalid",
                    notes="Category: The consent does not cover the resource or is in a status that prevents it: the consumer must grant (or complete) a consent that covers it.",
                ),
                CodeInfo(
                    value="urn:au-cds:error:cds-all:Resource/NotImplemented",
                    description="The requested resource URL is a valid API endpoint defined by the CDR Data Standards, but it is not implemented or not currently supported.\n\nThis error code **SHOULD** be supported for unimplemented APIs.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["cdr-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=404, sources=(_S["cdr-errors"],)),),
                    group="cds_all",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="message", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/cdr/error_code/#RESOURCE_NOT_IMPLEMENTED",
                    message="Resource Not Implemented",
                    notes="Category: A valid CDR endpoint this Data Holder does not implement: offer a fallback.",
                ),
                CodeInfo(
                    value="urn:au-cds:error:cds-all:Resource/NotFound",
                    description="The requested resource URL is not an API endpoint defined by the CDR Data Standards and it is not a URL recognised by the Data Holder or Data Recipient Software Product.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["cdr-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=404, sources=(_S["cdr-errors"],)),),
                    group="cds_all",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="message", by="provider", sources=(_S["cdr-errors"],)),
                    ),
                    page="reference/cdr/error_code/#RESOURCE_NOT_FOUND",
                    message="Resource Not Found",
                ),
                CodeInfo(
                    value="urn:au-cds:error:cds-all:Resource/Invalid",
                    description="The requested resource identifier is permanently unavailable. No subsequent request for the resource will be successful.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["cdr-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["cdr-errors"],),
                            cause="The requested resource identifier is permanently unavailable. No subsequent request for the resource will be successful. Applies when the resource ID is provided in the URI.\n\nThe error _detail_ is the resource ID of the resource being requested.\n\nThis error code **MUST** be supported for unauthenticated and authenticated APIs.",
                            cause_by="provider",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["cdr-errors"],),
                            cause="The requested resource identifier is permanently unavailable. No subsequent request for the resource will be successful. Applies when the resource ID is provided in the request body.\n\nThe error _detail_ is the resource ID of the resource being requested.\n\nThis error code **MUST** be supported for authenticated APIs.",
                            cause_by="provider",
                        ),
                    ),
                    group="cds_all",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="message", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/cdr/error_code/#RESOURCE_INVALID",
                    message="Invalid Resource",
                    notes="The standard lists this code twice, under 404 (the id in the URI) and under 422 (the id in the request body), with texts that differ; the description is the sentences both share and each http entry's cause is that row's whole text. Category: The resource id will never be served again: stop requesting it (no subsequent request will succeed).",
                ),
                CodeInfo(
                    value="urn:au-cds:error:cds-all:Resource/Unavailable",
                    description="The requested resource identifier is temporarily unavailable. Subsequent requests for the resource may be successful.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["cdr-errors"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["cdr-errors"],),
                            cause="The requested resource identifier is temporarily unavailable. Subsequent requests for the resource may be successful. Applies when the resource ID is provided in the URI.\n\nThe error _detail_ is the resource ID of the resource being requested.\n\nThis error code **MUST** be supported for unauthenticated and authenticated APIs.",
                            cause_by="provider",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["cdr-errors"],),
                            cause="The requested resource identifier is temporarily unavailable. Subsequent requests for the resource may be successful. Applies when the resource ID is provided in the request body.\n\nThe error _detail_ is the resource ID of the resource being requested.\n\nThis error code **MUST** be supported for authenticated APIs.",
                            cause_by="provider",
                        ),
                    ),
                    group="cds_all",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="message", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/cdr/error_code/#RESOURCE_UNAVAILABLE",
                    message="Unavailable Resource",
                    notes="The standard lists this code twice, under 404 (the id in the URI) and under 422 (the id in the request body), with texts that differ; the description is the sentences both share and each http entry's cause is that row's whole text. Category: The resource is temporarily unavailable at the Data Holder; subsequent requests may succeed: retry later.",
                ),
                CodeInfo(
                    value="urn:au-cds:error:cds-banking:Authorisation/InvalidBankingAccount",
                    description="The requested bank account is permanently unavailable. No subsequent request for the account will be successful.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["cdr-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["cdr-errors"],),
                            cause="The requested bank account is permanently unavailable. No subsequent request for the account will be successful. Applies when the account ID is provided in the URI.\n\nThe error _detail_ is the account ID of the resource being requested.\n\nThis error code **MUST** be supported for authenticated APIs.",
                            cause_by="provider",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["cdr-errors"],),
                            cause="The requested bank account is permanently unavailable. No subsequent request for the account will be successful. Applies when the account ID is provided in the request body.\n\nThe error _detail_ is the account ID of the resource being requested.\n\nThis error code **MUST** be supported for authenticated APIs.",
                            cause_by="provider",
                        ),
                    ),
                    group="cds_banking",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="message", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/cdr/error_code/#AUTHORISATION_INVALID_BANKING_ACCOUNT",
                    message="Invalid Banking Account",
                    notes="The standard lists this code twice, under 404 (the id in the URI) and under 422 (the id in the request body), with texts that differ; the description is the sentences both share and each http entry's cause is that row's whole text.",
                ),
                CodeInfo(
                    value="urn:au-cds:error:cds-banking:Authorisation/UnavailableBankingAccount",
                    description="The requested bank account is temporarily unavailable. Subsequent requests for the account may be successful.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["cdr-errors"],),
                    retryable=True,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["cdr-errors"],),
                            cause="The requested bank account is temporarily unavailable. Subsequent requests for the account may be successful. Applies when the account ID is provided in the URI.\n\nThe error _detail_ is the account ID of the resource being requested.\n\nThis error code **MUST** be supported for authenticated APIs.",
                            cause_by="provider",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["cdr-errors"],),
                            cause="The requested bank account is temporarily unavailable. Subsequent requests for the account may be successful. Applies when the account ID is provided in the request body.\n\nThe error _detail_ is the account ID of the resource being requested.\n\nThis error code **MUST** be supported for authenticated APIs.",
                            cause_by="provider",
                        ),
                    ),
                    group="cds_banking",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="message", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/cdr/error_code/#AUTHORISATION_UNAVAILABLE_BANKING_ACCOUNT",
                    message="Unavailable Banking Account",
                    aliases=("urn:au-cds:error:cds-all:Authorisation/UnavailableBankingAccount",),
                    notes="The standard lists this code twice, under 404 (the id in the URI) and under 422 (the id in the request body), with texts that differ; the description is the sentences both share and each http entry's cause is that row's whole text. retryable: the standard's own text says the unavailability is temporary and that subsequent requests may be successful, unlike account_unavailable's default. Alias: the standard's 422 example (_errors.md line 266) sends it with the sub-type cds-all, while its table (lines 226 and 279) defines cds-banking.",
                    next_step="retry_later",
                    fact_sources={"next_step": ("cdr-errors",)},
                ),
                CodeInfo(
                    value="urn:au-cds:error:cds-energy:Authorisation/InvalidEnergyAccount",
                    description="The requested energy account is permanently unavailable. No subsequent request for the account will be successful.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["cdr-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["cdr-errors"],),
                            cause="The requested energy account is permanently unavailable. No subsequent request for the account will be successful. Applies when the account ID is provided in the URI.\n\nThe error _detail_ is the account ID of the resource being requested.\n\nThis error code **MUST** be supported for authenticated APIs.",
                            cause_by="provider",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["cdr-errors"],),
                            cause="The requested energy account is permanently unavailable. No subsequent request for the account will be successful. Applies when the account ID is provided in the request body.\n\nThe error _detail_ is the account ID of the resource being requested.\n\nThis error code **MUST** be supported for authenticated APIs.",
                            cause_by="provider",
                        ),
                    ),
                    group="cds_energy",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="message", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/cdr/error_code/#AUTHORISATION_INVALID_ENERGY_ACCOUNT",
                    message="Invalid Energy Account",
                    notes="The standard lists this code twice, under 404 (the id in the URI) and under 422 (the id in the request body), with texts that differ; the description is the sentences both share and each http entry's cause is that row's whole text.",
                ),
                CodeInfo(
                    value="urn:au-cds:error:cds-energy:Authorisation/UnavailableEnergyAccount",
                    description="The requested energy account is temporarily unavailable. Subsequent requests for the account may be successful.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["cdr-errors"],),
                    retryable=True,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["cdr-errors"],),
                            cause="The requested energy account is temporarily unavailable. Subsequent requests for the account may be successful. Applies when the account ID is provided in the URI.\n\nThe error _detail_ is the account ID of the resource being requested.\n\nThis error code **MUST** be supported for authenticated APIs.",
                            cause_by="provider",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["cdr-errors"],),
                            cause="The requested energy account is temporarily unavailable. Subsequent requests for the account may be successful. Applies when the account ID is provided in the request body.\n\nThe error _detail_ is the account ID of the resource being requested.\n\nThis error code **MUST** be supported for authenticated APIs.",
                            cause_by="provider",
                        ),
                    ),
                    group="cds_energy",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="message", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/cdr/error_code/#AUTHORISATION_UNAVAILABLE_ENERGY_ACCOUNT",
                    message="Unavailable Energy Account",
                    notes="The standard lists this code twice, under 404 (the id in the URI) and under 422 (the id in the request body), with texts that differ; the description is the sentences both share and each http entry's cause is that row's whole text. retryable: the standard's own text says the unavailability is temporary and that subsequent requests may be successful, unlike account_unavailable's default.",
                ),
                CodeInfo(
                    value="urn:au-cds:error:cds-energy:Authorisation/InvalidServicePoint",
                    description="The requested service point is permanently unavailable. No subsequent request for the service point will be successful.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["cdr-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["cdr-errors"],),
                            cause="The requested service point is permanently unavailable. No subsequent request for the service point will be successful. Applies when the service point is provided in the URI.\n\nThe error _detail_ is the service point ID of the resource being requested.\n\nThis error code **MUST** be supported for authenticated APIs.",
                            cause_by="provider",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["cdr-errors"],),
                            cause="The requested service point is permanently unavailable. No subsequent request for the service point will be successful. Applies when the service point is provided in the request body.\n\nThe error _detail_ is the service point ID of the resource being requested.\n\nThis error code **MUST** be supported for authenticated APIs.",
                            cause_by="provider",
                        ),
                    ),
                    group="cds_energy",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="message", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/cdr/error_code/#AUTHORISATION_INVALID_SERVICE_POINT",
                    message="Invalid Service Point",
                    notes="The standard lists this code twice, under 404 (the id in the URI) and under 422 (the id in the request body), with texts that differ; the description is the sentences both share and each http entry's cause is that row's whole text.",
                ),
                CodeInfo(
                    value="urn:au-cds:error:cds-energy:Authorisation/UnavailableServicePoint",
                    description="The requested service point is temporarily unavailable. Subsequent requests for the service point may be successful.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["cdr-errors"],),
                    retryable=True,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["cdr-errors"],),
                            cause="The requested service point is temporarily unavailable. Subsequent requests for the service point may be successful. Applies when the service point ID is provided in the URI.\n\nThe error _detail_ is the service point ID of the resource being requested.\n\nThis error code **MUST** be supported for authenticated APIs.",
                            cause_by="provider",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["cdr-errors"],),
                            cause="The requested service point is temporarily unavailable. Subsequent requests for the service point may be successful. Applies when the service point ID is provided in the request body.\n\nThe error _detail_ is the service point ID of the resource being requested.\n\nThis error code **MUST** be supported for authenticated APIs.",
                            cause_by="provider",
                        ),
                    ),
                    group="cds_energy",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="message", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/cdr/error_code/#AUTHORISATION_UNAVAILABLE_SERVICE_POINT",
                    message="Unavailable Service Point",
                    notes="The standard lists this code twice, under 404 (the id in the URI) and under 422 (the id in the request body), with texts that differ; the description is the sentences both share and each http entry's cause is that row's whole text. retryable: the standard's own text says the unavailability is temporary and that subsequent requests may be successful, unlike account_unavailable's default.",
                ),
                CodeInfo(
                    value="urn:au-cds:error:cds-all:Header/UnsupportedVersion",
                    description="A request is made for a version that is lower than the minimum version or greater than maximum version the Data Holder supports for the requested endpoint.\n\nThe error _detail_ **MAY** include the minimum and maximum versions the Data Holder supports.\n\nThis error code **MUST** be supported for unauthenticated and authenticated APIs.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["cdr-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=406, sources=(_S["cdr-errors"],)),),
                    group="cds_all",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="message", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/cdr/error_code/#HEADER_UNSUPPORTED_VERSION",
                    message="Unsupported Version",
                    aliases=("urn:au-cds:error:cdr-all:Header/UnsupportedVersion",),
                    notes="Alias: the standard's own transition examples (_errors.md lines 351 and 362) spell it with the sub-type cdr-all, which the URN structure (line 46) does not define; read as a misspelling of cds-all.",
                ),
                CodeInfo(
                    value="urn:au-cds:error:cds-all:Authorisation/InvalidArrangement",
                    description="The arrangement being executed has previously been revoked and no further action will be taken.\n\nThe error _detail_ is the CDR Arrangement ID of the being executed.\n\nThis error code **MUST** be supported for the Data Recipient Software Product and Data Holder CDR Arrangement Revocation endpoint.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["cdr-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=422, sources=(_S["cdr-errors"],)),),
                    group="cds_all",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="message", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/cdr/error_code/#AUTHORISATION_INVALID_ARRANGEMENT",
                    message="Invalid Consent Arrangement",
                    notes="Category: A revocation of an arrangement already revoked: a call out of sequence; nothing more will happen.",
                ),
                CodeInfo(
                    value="urn:au-cds:error:cds-all:Field/InvalidPage",
                    description="The page being requested it out of of range. For example, the valid pagination range is 5 pages and the client requested `page=10`).\n\nThe error _detail_ **SHOULD** be the maximum number of pages that are available.\n\nThis error code **MUST** be supported for unauthenticated and authenticated APIs.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["cdr-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=422, sources=(_S["cdr-errors"],)),),
                    group="cds_all",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="message", by="provider", sources=(_S["cdr-errors"],)),
                    ),
                    page="reference/cdr/error_code/#FIELD_INVALID_PAGE",
                    message="Invalid Page",
                ),
                CodeInfo(
                    value="urn:au-cds:error:cds-register:Field/InvalidBrand",
                    description="The brand provided to get the Data Recipient Software Product software statement assertion is invalid. Applies to the _dataRecipientBrandId_ path parameter for CDR Register APIs.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["cdr-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=404, sources=(_S["cdr-errors"],)),),
                    group="cds_register",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="message", by="provider", sources=(_S["cdr-errors"],)),
                    ),
                    page="reference/cdr/error_code/#REGISTER_FIELD_INVALID_BRAND",
                    message="Invalid Brand",
                ),
                CodeInfo(
                    value="urn:au-cds:error:cds-register:Field/InvalidIndustry",
                    description="The industry requested in the path to get Data Recipient Software Product or Data Holder metadata is invalid / does not exist and cannot be found. Applies to the _industry_ path parameter for CDR Register APIs.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["cdr-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=404, sources=(_S["cdr-errors"],)),),
                    group="cds_register",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="message", by="provider", sources=(_S["cdr-errors"],)),
                    ),
                    page="reference/cdr/error_code/#REGISTER_FIELD_INVALID_INDUSTRY",
                    message="Invalid Industry",
                ),
                CodeInfo(
                    value="urn:au-cds:error:cds-register:Field/InvalidSoftwareProduct",
                    description="The software product requested to get the Data Recipient Software Product software statement assertion is invalid or cannot be found. Applies to the _softwareProductId_ path parameter.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["cdr-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=404, sources=(_S["cdr-errors"],)),),
                    group="cds_register",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["cdr-errors"],)),
                        Wording(field="message", by="provider", sources=(_S["cdr-errors"],)),
                    ),
                    page="reference/cdr/error_code/#REGISTER_FIELD_INVALID_SOFTWARE_PRODUCT",
                    message="Invalid Software Product",
                ),
            ),
        ),
        {
            "urn:au-cds:error:cds-all:Authorisation/UnavailableBankingAccount": "urn:au-cds:error:cds-banking:Authorisation/UnavailableBankingAccount",
            "urn:au-cds:error:cdr-all:Header/UnsupportedVersion": "urn:au-cds:error:cds-all:Header/UnsupportedVersion",
        },
    )
    return ErrorCode


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(getattr(_PUBLIC, name) for name in ("ErrorCode",))
