# generated from spec/catalog.json — do not edit (run `make generate`)
"""Consumer Data Standards (Australia) (https://consumerdatastandardsaustralia.github.io/standards/): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum

__all__ = ["CODE_SETS", "ErrorCode"]

class ErrorCode(CodeEnum):
    """CDR standard error code: A standard error code of Australia's Consumer Data Right, a URN urn:au-cds:error:<sub-type>:<error-category>/<error-code>. A Data Holder or Data Recipient sends it in errors[].code, or sends its own application-specific code there and the standard URN in errors[].meta.urn (required then). errors[].title is constant per code (kept as each code's message); errors[].detail describes the occurrence.

    Wire field: errors[].code; errors[].meta.urn when errors[].code is application-specific."""

    GENERAL_ERROR_EXPECTED = "urn:au-cds:error:cds-all:GeneralError/Expected"
    """An error code that can be used, when an expected error occurs that is otherwise not covered by a more specific error.

The error _detail_ **SHOULD** be populated with a meaningful error description, without revealing sensitive information.

An application specific error code **MAY** be provided. The _MetaError » urn_ **MUST** be populated with the standard CDR error code."""
    GENERAL_ERROR_UNEXPECTED = "urn:au-cds:error:cds-all:GeneralError/Unexpected"
    """An error code that can be used, when an unexpected error occurs.

The error _detail_ **SHOULD** be populated with a meaningful error description, without revealing sensitive information.

An application specific error code **MAY** be provided. The _MetaError » urn_ **MUST** be populated with the standard CDR error code."""
    SERVICE_UNAVAILABLE = "urn:au-cds:error:cds-all:Service/Unavailable"
    """A request is made but the API unavailable as due to an outage.

The error _detail_ **MAY** describe whether the outage is scheduled or unexpected and whether it is fully unavailable or partially unavailable."""
    FIELD_MISSING = "urn:au-cds:error:cds-all:Field/Missing"
    """The request is missing a mandatory field required for the API. It **MAY** be a missing query parameter or missing field in the request payload. This error code can be used, where a more specific validation error is not applicable.

The error _detail_ **SHOULD** be the parameter name of the missing field.

This error code **MUST** be supported for unauthenticated and authenticated APIs."""
    HEADER_MISSING = "urn:au-cds:error:cds-all:Header/Missing"
    """A required HTTP header has not been provided.

The error _detail_ **SHOULD** be the HTTP header name.

This error code **SHOULD** be supported for unauthenticated and authenticated APIs."""
    FIELD_INVALID = "urn:au-cds:error:cds-all:Field/Invalid"
    """Applies when the value of the URL parameter or request body parameter is an invalid type or the value violates the field's constraints as defined by the interface contract.
For example, _is-owned_ is a Boolean but a DateString value is provided.

The error _detail_ **SHOULD** be the parameter name of the invalid field. The error _detail_ **MAY** include further details explaining the valid format.

This error code **MUST** be supported for unauthenticated and authenticated APIs."""
    HEADER_INVALID = "urn:au-cds:error:cds-all:Header/Invalid"
    """Applies when a HTTP Header is provided but the value provided is an invalid type or violates the field type constraints as defined in the CDR Data Standards.

The error _detail_ **SHOULD** be the HTTP header name. The error _detail_ **MAY** include further details explaining the valid format.

This error code **SHOULD** be supported for unauthenticated and authenticated APIs."""
    FIELD_INVALID_DATE_TIME = "urn:au-cds:error:cds-all:Field/InvalidDateTime"
    """An invalid date is provided. For example, a future date value is expected, but a date in past or current date is supplied. Applies to DateTimeString, DateString, and TimeString field types.

The error _detail_ **SHOULD** be the parameter name of the invalid date field. The error _detail_ **MAY** include further details explaining the expected date value.

This error code **MUST** be supported for unauthenticated and authenticated APIs."""
    FIELD_INVALID_PAGE_SIZE = "urn:au-cds:error:cds-all:Field/InvalidPageSize"
    """The value provided in the _page-size_ pagination field is greater than the maximum allowed by the CDR Data Standards (_page-size_ > `1000`).

This error code **MUST** be supported for unauthenticated and authenticated APIs."""
    HEADER_INVALID_VERSION = "urn:au-cds:error:cds-all:Header/InvalidVersion"
    """A request is made for a version that is not a PositiveInteger.
For example:
`x-min-v`, `x-v` or `x-<HID>-v` are not Integers (e.g. `x-min-v=foo`, `x-v=bar`, `x-ACME-v=cheese`)
`x-min-v`, `x-v` or `x-<HID>-v` are not positive-value Integers (they are an Integer but `<= 0`)

This error code **MUST** be supported for unauthenticated and authenticated APIs.

If the version header is a PositiveInteger but is not a version supported by the Data Holder, the Unsupported Version code applies."""
    AUTHORISATION_ADR_STATUS_NOT_ACTIVE = (
        "urn:au-cds:error:cds-all:Authorisation/AdrStatusNotActive"
    )
    """The ADR or the ADR's software product is not "active".

The error _detail_ **SHOULD** contain the current status of the ADR software product."""
    AUTHORISATION_REVOKED_CONSENT = "urn:au-cds:error:cds-all:Authorisation/RevokedConsent"
    """The consumer's consent is no longer authorised (for example revoked or expired) and the requested resource will not be provided.

This error code **SHOULD** be supported for authenticated APIs."""
    AUTHORISATION_INVALID_CONSENT = "urn:au-cds:error:cds-all:Authorisation/InvalidConsent"
    """The authorised consumer's consent is not associated to the resource requested, is insufficient to execute the resource or is in a status that prevents the resource being executed.

For example, if consent is awaiting authorisation of a secondary account holder.

The error _detail_ **SHOULD** be a description of the status of consent without revealing sensitive information.

This error code **SHOULD** be supported for authenticated APIs."""
    RESOURCE_NOT_IMPLEMENTED = "urn:au-cds:error:cds-all:Resource/NotImplemented"
    """The requested resource URL is a valid API endpoint defined by the CDR Data Standards, but it is not implemented or not currently supported.

This error code **SHOULD** be supported for unimplemented APIs."""
    RESOURCE_NOT_FOUND = "urn:au-cds:error:cds-all:Resource/NotFound"
    """The requested resource URL is not an API endpoint defined by the CDR Data Standards and it is not a URL recognised by the Data Holder or Data Recipient Software Product."""
    RESOURCE_INVALID = "urn:au-cds:error:cds-all:Resource/Invalid"
    """The requested resource identifier is permanently unavailable. No subsequent request for the resource will be successful."""
    RESOURCE_UNAVAILABLE = "urn:au-cds:error:cds-all:Resource/Unavailable"
    """The requested resource identifier is temporarily unavailable. Subsequent requests for the resource may be successful."""
    AUTHORISATION_INVALID_BANKING_ACCOUNT = (
        "urn:au-cds:error:cds-banking:Authorisation/InvalidBankingAccount"
    )
    """The requested bank account is permanently unavailable. No subsequent request for the account will be successful."""
    AUTHORISATION_UNAVAILABLE_BANKING_ACCOUNT = (
        "urn:au-cds:error:cds-banking:Authorisation/UnavailableBankingAccount"
    )
    """The requested bank account is temporarily unavailable. Subsequent requests for the account may be successful."""
    AUTHORISATION_INVALID_ENERGY_ACCOUNT = (
        "urn:au-cds:error:cds-energy:Authorisation/InvalidEnergyAccount"
    )
    """The requested energy account is permanently unavailable. No subsequent request for the account will be successful."""
    AUTHORISATION_UNAVAILABLE_ENERGY_ACCOUNT = (
        "urn:au-cds:error:cds-energy:Authorisation/UnavailableEnergyAccount"
    )
    """The requested energy account is temporarily unavailable. Subsequent requests for the account may be successful."""
    AUTHORISATION_INVALID_SERVICE_POINT = (
        "urn:au-cds:error:cds-energy:Authorisation/InvalidServicePoint"
    )
    """The requested service point is permanently unavailable. No subsequent request for the service point will be successful."""
    AUTHORISATION_UNAVAILABLE_SERVICE_POINT = (
        "urn:au-cds:error:cds-energy:Authorisation/UnavailableServicePoint"
    )
    """The requested service point is temporarily unavailable. Subsequent requests for the service point may be successful."""
    HEADER_UNSUPPORTED_VERSION = "urn:au-cds:error:cds-all:Header/UnsupportedVersion"
    """A request is made for a version that is lower than the minimum version or greater than maximum version the Data Holder supports for the requested endpoint.

The error _detail_ **MAY** include the minimum and maximum versions the Data Holder supports.

This error code **MUST** be supported for unauthenticated and authenticated APIs."""
    AUTHORISATION_INVALID_ARRANGEMENT = "urn:au-cds:error:cds-all:Authorisation/InvalidArrangement"
    """The arrangement being executed has previously been revoked and no further action will be taken.

The error _detail_ is the CDR Arrangement ID of the being executed.

This error code **MUST** be supported for the Data Recipient Software Product and Data Holder CDR Arrangement Revocation endpoint."""
    FIELD_INVALID_PAGE = "urn:au-cds:error:cds-all:Field/InvalidPage"
    """The page being requested it out of of range. For example, the valid pagination range is 5 pages and the client requested `page=10`).

The error _detail_ **SHOULD** be the maximum number of pages that are available.

This error code **MUST** be supported for unauthenticated and authenticated APIs."""
    REGISTER_FIELD_INVALID_BRAND = "urn:au-cds:error:cds-register:Field/InvalidBrand"
    """The brand provided to get the Data Recipient Software Product software statement assertion is invalid. Applies to the _dataRecipientBrandId_ path parameter for CDR Register APIs."""
    REGISTER_FIELD_INVALID_INDUSTRY = "urn:au-cds:error:cds-register:Field/InvalidIndustry"
    """The industry requested in the path to get Data Recipient Software Product or Data Holder metadata is invalid / does not exist and cannot be found. Applies to the _industry_ path parameter for CDR Register APIs."""
    REGISTER_FIELD_INVALID_SOFTWARE_PRODUCT = (
        "urn:au-cds:error:cds-register:Field/InvalidSoftwareProduct"
    )
    """The software product requested to get the Data Recipient Software Product software statement assertion is invalid or cannot be found. Applies to the _softwareProductId_ path parameter."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum], ...]
