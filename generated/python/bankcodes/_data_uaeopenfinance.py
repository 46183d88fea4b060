# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.uaeopenfinance's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, register
from bankcodes._records import CodeInfo, CodeSetInfo, HttpStatus, Source, Wording
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.uaeopenfinance")
#: The documents its facts come from, by id.
_S = {
    "uaeopenfinance-payment": Source(
        id="uaeopenfinance-payment",
        kind="repo",
        title="UAE Open Finance: Payment API OpenAPI file, v2.1-errata2 (uae-bank-initiation-openapi.yaml)",
        url="https://github.com/Nebras-Open-Finance/api-specs/blob/ad5bb21d691fafb421708f34001b6563f170dcf8/dist/standards/v2.1-errata2/uae-bank-initiation-openapi.yaml",
    ),
    "uaeopenfinance-account-information": Source(
        id="uaeopenfinance-account-information",
        kind="repo",
        title="UAE Open Finance: Account Information API OpenAPI file, v2.1-errata2",
        url="https://github.com/Nebras-Open-Finance/api-specs/blob/ad5bb21d691fafb421708f34001b6563f170dcf8/dist/standards/v2.1-errata2/uae-account-information-openapi.yaml",
    ),
    "uaeopenfinance-authorization": Source(
        id="uaeopenfinance-authorization",
        kind="repo",
        title="UAE Open Finance: Authorization Endpoints API OpenAPI file (/par, /token), v2.1-errata2",
        url="https://github.com/Nebras-Open-Finance/api-specs/blob/ad5bb21d691fafb421708f34001b6563f170dcf8/dist/standards/v2.1-errata2/uae-authorization-endpoints-openapi.yaml",
    ),
    "uaeopenfinance-confirmation-of-payee": Source(
        id="uaeopenfinance-confirmation-of-payee",
        kind="repo",
        title="UAE Open Finance: Confirmation of Payee API OpenAPI file, v2.1-errata2",
        url="https://github.com/Nebras-Open-Finance/api-specs/blob/ad5bb21d691fafb421708f34001b6563f170dcf8/dist/standards/v2.1-errata2/uae-confirmation-of-payee-openapi.yaml",
    ),
    "uaeopenfinance-webhook": Source(
        id="uaeopenfinance-webhook",
        kind="repo",
        title="UAE Open Finance: Webhook Template OpenAPI file, v2.1-errata2",
        url="https://github.com/Nebras-Open-Finance/api-specs/blob/ad5bb21d691fafb421708f34001b6563f170dcf8/dist/standards/v2.1-errata2/uae-webhook-template-openapi.yaml",
    ),
    "uaeopenfinance-insurance": Source(
        id="uaeopenfinance-insurance",
        kind="repo",
        title="UAE Open Finance: Insurance API OpenAPI file, v2.1-errata1",
        url="https://github.com/Nebras-Open-Finance/api-specs/blob/ad5bb21d691fafb421708f34001b6563f170dcf8/dist/standards/v2.1-errata1/uae-insurance-openapi.yaml",
    ),
    "uaeopenfinance-fx": Source(
        id="uaeopenfinance-fx",
        kind="repo",
        title="UAE Open Finance: FX API OpenAPI file, v2.1-errata1",
        url="https://github.com/Nebras-Open-Finance/api-specs/blob/ad5bb21d691fafb421708f34001b6563f170dcf8/dist/standards/v2.1-errata1/uae-fx-service-initiation-openapi.yaml",
    ),
    "uaeopenfinance-account-opening": Source(
        id="uaeopenfinance-account-opening",
        kind="repo",
        title="UAE Open Finance: Account Opening API OpenAPI file, v2.1 (no errata)",
        url="https://github.com/Nebras-Open-Finance/api-specs/blob/ad5bb21d691fafb421708f34001b6563f170dcf8/dist/standards/v2.1/uae-account-opening-service-initiation-openapi.yaml",
    ),
    "uaeopenfinance-atm": Source(
        id="uaeopenfinance-atm",
        kind="repo",
        title="UAE Open Finance: ATM API OpenAPI file, v2.1 (no errata)",
        url="https://github.com/Nebras-Open-Finance/api-specs/blob/ad5bb21d691fafb421708f34001b6563f170dcf8/dist/standards/v2.1/uae-atm-openapi.yaml",
    ),
    "uaeopenfinance-product": Source(
        id="uaeopenfinance-product",
        kind="repo",
        title="UAE Open Finance: Product API OpenAPI file, v2.1 (no errata)",
        url="https://github.com/Nebras-Open-Finance/api-specs/blob/ad5bb21d691fafb421708f34001b6563f170dcf8/dist/standards/v2.1/uae-product-openapi.yaml",
    ),
}


def _ErrorCode() -> type[CodeEnum]:
    class ErrorCode(CodeEnum):
        """Error code (v2.1): The code of each error of a UAE Open Finance error response (v2.1 and its errata): Errors[].Code of the {Errors: [...]} body, which Account Information, Account Opening, FX and Insurance send as plain JSON or inside a signed JWT (application/jwt, in its message claim), ATM and Product as plain JSON, and the Payment API, Confirmation of Payee and the webhook template only inside the signed JWT. The files (which the repository's README calls “the source of truth”) prescribe these 20 codes by HTTP status: AEError400Code, AEError403Code, AEError409Code (the Payment API alone) and AEError500Code, or AEError400Codes, AEError403Codes and AEErrorGenericCodes in the files that list JWS.InvalidPayload. They give no description of any code: each description here is bankcodes' reading of its name, and each category bankcodes' reading. Besides the prescribed codes, a code may be the answering organisation's own, namespaced (own_codes).

        Wire field: Errors[].Code of an error body; message.Errors[].Code of a signed error (application/jwt)."""

        CONSENT_INVALID = "Consent.Invalid"
        CONSENT_BUSINESS_RULE_VIOLATION = "Consent.BusinessRuleViolation"
        CONSENT_FAILS_CONTROL_PARAMETERS = "Consent.FailsControlParameters"
        CONSENT_INVALID_USER_IDENTIFIER = "Consent.InvalidUserIdentifier"
        JWS_INVALID_SIGNATURE = "JWS.InvalidSignature"
        JWS_MALFORMED = "JWS.Malformed"
        JWS_INVALID_CLAIM = "JWS.InvalidClaim"
        JWS_INVALID_HEADER = "JWS.InvalidHeader"
        JWS_INVALID_PAYLOAD = "JWS.InvalidPayload"
        JWE_DECRYPTION_ERROR = "JWE.DecryptionError"
        JWE_INVALID_HEADER = "JWE.InvalidHeader"
        GENERIC_RECOVERABLE_ERROR = "GenericRecoverableError"
        GENERIC_ERROR = "GenericError"
        EVENT_UNEXPECTED_EVENT = "Event.UnexpectedEvent"
        BODY_INVALID_FORMAT = "Body.InvalidFormat"
        RESOURCE_INVALID_FORMAT = "Resource.InvalidFormat"
        ACCESS_TOKEN_INVALID_SCOPE = "AccessToken.InvalidScope"
        CONSENT_TRANSIENT_ACCOUNT_ACCESS_FAILURE = "Consent.TransientAccountAccessFailure"
        CONSENT_ACCOUNT_TEMPORARILY_BLOCKED = "Consent.AccountTemporarilyBlocked"
        CONSENT_PERMANENT_ACCOUNT_ACCESS_FAILURE = "Consent.PermanentAccountAccessFailure"

    register(
        ErrorCode,
        lambda: (
            CodeSetInfo(
                provider="uaeopenfinance",
                id="error_code",
                title="Error code (v2.1)",
                description="The code of each error of a UAE Open Finance error response (v2.1 and its errata): Errors[].Code of the {Errors: [...]} body, which Account Information, Account Opening, FX and Insurance send as plain JSON or inside a signed JWT (application/jwt, in its message claim), ATM and Product as plain JSON, and the Payment API, Confirmation of Payee and the webhook template only inside the signed JWT. The files (which the repository's README calls “the source of truth”) prescribe these 20 codes by HTTP status: AEError400Code, AEError403Code, AEError409Code (the Payment API alone) and AEError500Code, or AEError400Codes, AEError403Codes and AEErrorGenericCodes in the files that list JWS.InvalidPayload. They give no description of any code: each description here is bankcodes' reading of its name, and each category bankcodes' reading. Besides the prescribed codes, a code may be the answering organisation's own, namespaced (own_codes).",
                field="Errors[].Code of an error body; message.Errors[].Code of a signed error (application/jwt)",
                own_codes="^[A-Za-z]+\\.[A-Za-z0-9]+$",
                own_codes_category="generic_failure",
                own_codes_description="A code of the system or organisation that answered, under UAE Open Finance: beside their prescribed codes the files allow “a namespaced Error Code where the namespace is the system or organisation that has responded with the error, and the code is the code specific to the system or organisation” (Org.Code, a name, a dot and the code). The catalog knows its form, not what it means: whoever the namespace names does.",
                sources=(
                    _S["uaeopenfinance-payment"],
                    _S["uaeopenfinance-account-information"],
                    _S["uaeopenfinance-atm"],
                    _S["uaeopenfinance-product"],
                    _S["uaeopenfinance-account-opening"],
                    _S["uaeopenfinance-confirmation-of-payee"],
                    _S["uaeopenfinance-fx"],
                    _S["uaeopenfinance-insurance"],
                    _S["uaeopenfinance-webhook"],
                ),
            ),
            (
                CodeInfo(
                    value="Consent.Invalid",
                    description="The consent the request relies on is not valid for it.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["uaeopenfinance-payment"],
                        _S["uaeopenfinance-account-information"],
                        _S["uaeopenfinance-atm"],
                        _S["uaeopenfinance-product"],
                        _S["uaeopenfinance-account-opening"],
                        _S["uaeopenfinance-confirmation-of-payee"],
                        _S["uaeopenfinance-fx"],
                        _S["uaeopenfinance-insurance"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-atm"],
                                _S["uaeopenfinance-product"],
                                _S["uaeopenfinance-account-opening"],
                                _S["uaeopenfinance-confirmation-of-payee"],
                                _S["uaeopenfinance-fx"],
                                _S["uaeopenfinance-insurance"],
                                _S["uaeopenfinance-webhook"],
                            ),
                            context="AEError400Code of the Payment, Account Information, ATM and Product APIs; AEError400Codes of Account Opening, Confirmation of Payee, FX, Insurance and the webhook template",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#Consent.Invalid",
                    editorial=True,
                    notes="The files give no description of any error code (their enums list the values alone): the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="Consent.BusinessRuleViolation",
                    description="The request breaks a business rule that applies to its consent.",
                    category=_C.REJECTED,
                    sources=(
                        _S["uaeopenfinance-payment"],
                        _S["uaeopenfinance-account-information"],
                        _S["uaeopenfinance-atm"],
                        _S["uaeopenfinance-product"],
                        _S["uaeopenfinance-account-opening"],
                        _S["uaeopenfinance-confirmation-of-payee"],
                        _S["uaeopenfinance-fx"],
                        _S["uaeopenfinance-insurance"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-atm"],
                                _S["uaeopenfinance-product"],
                                _S["uaeopenfinance-account-opening"],
                                _S["uaeopenfinance-confirmation-of-payee"],
                                _S["uaeopenfinance-fx"],
                                _S["uaeopenfinance-insurance"],
                                _S["uaeopenfinance-webhook"],
                            ),
                            context="AEError400Code of the Payment, Account Information, ATM and Product APIs; AEError400Codes of Account Opening, Confirmation of Payee, FX, Insurance and the webhook template",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#Consent.BusinessRuleViolation",
                    editorial=True,
                    notes="The files give no description of any error code (their enums list the values alone): the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="Consent.FailsControlParameters",
                    description="The request falls outside the control parameters (the limits) of its consent.",
                    category=_C.REJECTED,
                    sources=(
                        _S["uaeopenfinance-payment"],
                        _S["uaeopenfinance-account-information"],
                        _S["uaeopenfinance-atm"],
                        _S["uaeopenfinance-product"],
                        _S["uaeopenfinance-account-opening"],
                        _S["uaeopenfinance-confirmation-of-payee"],
                        _S["uaeopenfinance-fx"],
                        _S["uaeopenfinance-insurance"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-atm"],
                                _S["uaeopenfinance-product"],
                                _S["uaeopenfinance-account-opening"],
                                _S["uaeopenfinance-confirmation-of-payee"],
                                _S["uaeopenfinance-fx"],
                                _S["uaeopenfinance-insurance"],
                                _S["uaeopenfinance-webhook"],
                            ),
                            context="AEError400Code of the Payment, Account Information, ATM and Product APIs; AEError400Codes of Account Opening, Confirmation of Payee, FX, Insurance and the webhook template",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#Consent.FailsControlParameters",
                    editorial=True,
                    notes="The files give no description of any error code (their enums list the values alone): the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="Consent.InvalidUserIdentifier",
                    description="The user identifier given for the consent is not valid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["uaeopenfinance-payment"],
                        _S["uaeopenfinance-account-information"],
                        _S["uaeopenfinance-atm"],
                        _S["uaeopenfinance-product"],
                        _S["uaeopenfinance-account-opening"],
                        _S["uaeopenfinance-confirmation-of-payee"],
                        _S["uaeopenfinance-fx"],
                        _S["uaeopenfinance-insurance"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-atm"],
                                _S["uaeopenfinance-product"],
                                _S["uaeopenfinance-account-opening"],
                                _S["uaeopenfinance-confirmation-of-payee"],
                                _S["uaeopenfinance-fx"],
                                _S["uaeopenfinance-insurance"],
                                _S["uaeopenfinance-webhook"],
                            ),
                            context="AEError400Code of the Payment, Account Information, ATM and Product APIs; AEError400Codes of Account Opening, Confirmation of Payee, FX, Insurance and the webhook template",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#Consent.InvalidUserIdentifier",
                    editorial=True,
                    notes="The files give no description of any error code (their enums list the values alone): the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="JWS.InvalidSignature",
                    description="The signature of the request's JWS is not valid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["uaeopenfinance-payment"],
                        _S["uaeopenfinance-account-information"],
                        _S["uaeopenfinance-atm"],
                        _S["uaeopenfinance-product"],
                        _S["uaeopenfinance-account-opening"],
                        _S["uaeopenfinance-confirmation-of-payee"],
                        _S["uaeopenfinance-fx"],
                        _S["uaeopenfinance-insurance"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-atm"],
                                _S["uaeopenfinance-product"],
                                _S["uaeopenfinance-account-opening"],
                                _S["uaeopenfinance-confirmation-of-payee"],
                                _S["uaeopenfinance-fx"],
                                _S["uaeopenfinance-insurance"],
                                _S["uaeopenfinance-webhook"],
                            ),
                            context="AEError400Code of the Payment, Account Information, ATM and Product APIs; AEError400Codes of Account Opening, Confirmation of Payee, FX, Insurance and the webhook template",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#JWS.InvalidSignature",
                    editorial=True,
                    notes="The files give no description of any error code (their enums list the values alone): the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="JWS.Malformed",
                    description="The request's JWS is malformed.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["uaeopenfinance-payment"],
                        _S["uaeopenfinance-account-information"],
                        _S["uaeopenfinance-atm"],
                        _S["uaeopenfinance-product"],
                        _S["uaeopenfinance-account-opening"],
                        _S["uaeopenfinance-confirmation-of-payee"],
                        _S["uaeopenfinance-fx"],
                        _S["uaeopenfinance-insurance"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-atm"],
                                _S["uaeopenfinance-product"],
                                _S["uaeopenfinance-account-opening"],
                                _S["uaeopenfinance-confirmation-of-payee"],
                                _S["uaeopenfinance-fx"],
                                _S["uaeopenfinance-insurance"],
                                _S["uaeopenfinance-webhook"],
                            ),
                            context="AEError400Code of the Payment, Account Information, ATM and Product APIs; AEError400Codes of Account Opening, Confirmation of Payee, FX, Insurance and the webhook template",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#JWS.Malformed",
                    editorial=True,
                    notes="The files give no description of any error code (their enums list the values alone): the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="JWS.InvalidClaim",
                    description="A claim of the request's JWS is not valid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["uaeopenfinance-payment"],
                        _S["uaeopenfinance-account-information"],
                        _S["uaeopenfinance-atm"],
                        _S["uaeopenfinance-product"],
                        _S["uaeopenfinance-account-opening"],
                        _S["uaeopenfinance-confirmation-of-payee"],
                        _S["uaeopenfinance-fx"],
                        _S["uaeopenfinance-insurance"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-atm"],
                                _S["uaeopenfinance-product"],
                                _S["uaeopenfinance-account-opening"],
                                _S["uaeopenfinance-confirmation-of-payee"],
                                _S["uaeopenfinance-fx"],
                                _S["uaeopenfinance-insurance"],
                                _S["uaeopenfinance-webhook"],
                            ),
                            context="AEError400Code of the Payment, Account Information, ATM and Product APIs; AEError400Codes of Account Opening, Confirmation of Payee, FX, Insurance and the webhook template",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#JWS.InvalidClaim",
                    editorial=True,
                    notes="The files give no description of any error code (their enums list the values alone): the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="JWS.InvalidHeader",
                    description="The header of the request's JWS is not valid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["uaeopenfinance-payment"],
                        _S["uaeopenfinance-account-information"],
                        _S["uaeopenfinance-atm"],
                        _S["uaeopenfinance-product"],
                        _S["uaeopenfinance-account-opening"],
                        _S["uaeopenfinance-confirmation-of-payee"],
                        _S["uaeopenfinance-fx"],
                        _S["uaeopenfinance-insurance"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-atm"],
                                _S["uaeopenfinance-product"],
                                _S["uaeopenfinance-account-opening"],
                                _S["uaeopenfinance-confirmation-of-payee"],
                                _S["uaeopenfinance-fx"],
                                _S["uaeopenfinance-insurance"],
                                _S["uaeopenfinance-webhook"],
                            ),
                            context="AEError400Code of the Payment, Account Information, ATM and Product APIs; AEError400Codes of Account Opening, Confirmation of Payee, FX, Insurance and the webhook template",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#JWS.InvalidHeader",
                    editorial=True,
                    notes="The files give no description of any error code (their enums list the values alone): the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="JWS.InvalidPayload",
                    description="The payload of the request's JWS is not valid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["uaeopenfinance-account-opening"],
                        _S["uaeopenfinance-confirmation-of-payee"],
                        _S["uaeopenfinance-fx"],
                        _S["uaeopenfinance-insurance"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["uaeopenfinance-account-opening"],
                                _S["uaeopenfinance-confirmation-of-payee"],
                                _S["uaeopenfinance-fx"],
                                _S["uaeopenfinance-insurance"],
                                _S["uaeopenfinance-webhook"],
                            ),
                            context="AEError400Codes of Account Opening, Confirmation of Payee, FX, Insurance and the webhook template",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#JWS.InvalidPayload",
                    editorial=True,
                    notes="The files give no description of any error code (their enums list the values alone): the description is bankcodes' reading of its name. Listed only by the files whose 400 codes are AEError400Codes (Account Opening, Confirmation of Payee, FX, Insurance, the webhook template), not by the Payment, Account Information, ATM and Product APIs' AEError400Code.",
                ),
                CodeInfo(
                    value="JWE.DecryptionError",
                    description="The request's encrypted content (its JWE) could not be decrypted.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["uaeopenfinance-payment"],
                        _S["uaeopenfinance-account-information"],
                        _S["uaeopenfinance-atm"],
                        _S["uaeopenfinance-product"],
                        _S["uaeopenfinance-account-opening"],
                        _S["uaeopenfinance-confirmation-of-payee"],
                        _S["uaeopenfinance-fx"],
                        _S["uaeopenfinance-insurance"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-atm"],
                                _S["uaeopenfinance-product"],
                                _S["uaeopenfinance-account-opening"],
                                _S["uaeopenfinance-confirmation-of-payee"],
                                _S["uaeopenfinance-fx"],
                                _S["uaeopenfinance-insurance"],
                                _S["uaeopenfinance-webhook"],
                            ),
                            context="AEError400Code of the Payment, Account Information, ATM and Product APIs; AEError400Codes of Account Opening, Confirmation of Payee, FX, Insurance and the webhook template",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#JWE.DecryptionError",
                    editorial=True,
                    notes="The files give no description of any error code (their enums list the values alone): the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="JWE.InvalidHeader",
                    description="The header of the request's JWE is not valid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["uaeopenfinance-payment"],
                        _S["uaeopenfinance-account-information"],
                        _S["uaeopenfinance-atm"],
                        _S["uaeopenfinance-product"],
                        _S["uaeopenfinance-account-opening"],
                        _S["uaeopenfinance-confirmation-of-payee"],
                        _S["uaeopenfinance-fx"],
                        _S["uaeopenfinance-insurance"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-atm"],
                                _S["uaeopenfinance-product"],
                                _S["uaeopenfinance-account-opening"],
                                _S["uaeopenfinance-confirmation-of-payee"],
                                _S["uaeopenfinance-fx"],
                                _S["uaeopenfinance-insurance"],
                                _S["uaeopenfinance-webhook"],
                            ),
                            context="AEError400Code of the Payment, Account Information, ATM and Product APIs; AEError400Codes of Account Opening, Confirmation of Payee, FX, Insurance and the webhook template",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#JWE.InvalidHeader",
                    editorial=True,
                    notes="The files give no description of any error code (their enums list the values alone): the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="GenericRecoverableError",
                    description="An error that the answer does not name further, from which the request can recover (as its name says).",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["uaeopenfinance-payment"],
                        _S["uaeopenfinance-account-information"],
                        _S["uaeopenfinance-atm"],
                        _S["uaeopenfinance-product"],
                        _S["uaeopenfinance-account-opening"],
                        _S["uaeopenfinance-confirmation-of-payee"],
                        _S["uaeopenfinance-fx"],
                        _S["uaeopenfinance-insurance"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-atm"],
                                _S["uaeopenfinance-product"],
                                _S["uaeopenfinance-account-opening"],
                                _S["uaeopenfinance-confirmation-of-payee"],
                                _S["uaeopenfinance-fx"],
                                _S["uaeopenfinance-insurance"],
                                _S["uaeopenfinance-webhook"],
                            ),
                            context="AEError400Code of the Payment, Account Information, ATM and Product APIs; AEError400Codes of Account Opening, Confirmation of Payee, FX, Insurance and the webhook template",
                        ),
                        HttpStatus(
                            status=403,
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-atm"],
                                _S["uaeopenfinance-product"],
                                _S["uaeopenfinance-account-opening"],
                                _S["uaeopenfinance-confirmation-of-payee"],
                                _S["uaeopenfinance-fx"],
                                _S["uaeopenfinance-insurance"],
                                _S["uaeopenfinance-webhook"],
                            ),
                            context="AEError403Code of the Payment, Account Information, ATM and Product APIs; AEError403Codes of Account Opening, Confirmation of Payee, FX, Insurance and the webhook template",
                        ),
                        HttpStatus(
                            status=409,
                            sources=(_S["uaeopenfinance-payment"],),
                            context="AEError409Code of the Payment API alone",
                        ),
                        HttpStatus(
                            status=500,
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-atm"],
                                _S["uaeopenfinance-product"],
                                _S["uaeopenfinance-account-opening"],
                                _S["uaeopenfinance-confirmation-of-payee"],
                                _S["uaeopenfinance-fx"],
                                _S["uaeopenfinance-insurance"],
                                _S["uaeopenfinance-webhook"],
                            ),
                            context="AEError500Code of the Payment, Account Information, ATM and Product APIs; AEErrorGenericCodes of Account Opening, Confirmation of Payee, FX, Insurance and the webhook template",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#GenericRecoverableError",
                    editorial=True,
                    notes="The files give no description of any error code (their enums list the values alone): the description is bankcodes' reading of its name. The Payment API alone lists it for HTTP 409 too (AEError409Code). Unlike the namespaced codes it has no dot: the files' pattern of a namespaced code (^[A-Za-z]+\\.[A-Za-z0-9]+$) does not take it, their enum does.",
                ),
                CodeInfo(
                    value="GenericError",
                    description="An error that the answer does not name further.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["uaeopenfinance-payment"],
                        _S["uaeopenfinance-account-information"],
                        _S["uaeopenfinance-atm"],
                        _S["uaeopenfinance-product"],
                        _S["uaeopenfinance-account-opening"],
                        _S["uaeopenfinance-confirmation-of-payee"],
                        _S["uaeopenfinance-fx"],
                        _S["uaeopenfinance-insurance"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-atm"],
                                _S["uaeopenfinance-product"],
                                _S["uaeopenfinance-account-opening"],
                                _S["uaeopenfinance-confirmation-of-payee"],
                                _S["uaeopenfinance-fx"],
                                _S["uaeopenfinance-insurance"],
                                _S["uaeopenfinance-webhook"],
                            ),
                            context="AEError400Code of the Payment, Account Information, ATM and Product APIs; AEError400Codes of Account Opening, Confirmation of Payee, FX, Insurance and the webhook template",
                        ),
                        HttpStatus(
                            status=403,
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-atm"],
                                _S["uaeopenfinance-product"],
                                _S["uaeopenfinance-account-opening"],
                                _S["uaeopenfinance-confirmation-of-payee"],
                                _S["uaeopenfinance-fx"],
                                _S["uaeopenfinance-insurance"],
                                _S["uaeopenfinance-webhook"],
                            ),
                            context="AEError403Code of the Payment, Account Information, ATM and Product APIs; AEError403Codes of Account Opening, Confirmation of Payee, FX, Insurance and the webhook template",
                        ),
                        HttpStatus(
                            status=409,
                            sources=(_S["uaeopenfinance-payment"],),
                            context="AEError409Code of the Payment API alone",
                        ),
                        HttpStatus(
                            status=500,
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-atm"],
                                _S["uaeopenfinance-product"],
                                _S["uaeopenfinance-account-opening"],
                                _S["uaeopenfinance-confirmation-of-payee"],
                                _S["uaeopenfinance-fx"],
                                _S["uaeopenfinance-insurance"],
                                _S["uaeopenfinance-webhook"],
                            ),
                            context="AEError500Code of the Payment, Account Information, ATM and Product APIs; AEErrorGenericCodes of Account Opening, Confirmation of Payee, FX, Insurance and the webhook template",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#GenericError",
                    editorial=True,
                    notes="The files give no description of any error code (their enums list the values alone): the description is bankcodes' reading of its name. The Payment API alone lists it for HTTP 409 too (AEError409Code). The Payment API's examples send it with the messages “A mandatory field is missing.” (400, Error400BadRequestSigned) and “An Internal Server error has occurred. Please retry in 60 seconds.” (500, Error500InternalServerErrorSigned); the files say the message “is not standardised”. It has no dot: only the enum takes it.",
                ),
                CodeInfo(
                    value="Event.UnexpectedEvent",
                    description="The event sent was not expected.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["uaeopenfinance-payment"],
                        _S["uaeopenfinance-account-information"],
                        _S["uaeopenfinance-atm"],
                        _S["uaeopenfinance-product"],
                        _S["uaeopenfinance-account-opening"],
                        _S["uaeopenfinance-confirmation-of-payee"],
                        _S["uaeopenfinance-fx"],
                        _S["uaeopenfinance-insurance"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-atm"],
                                _S["uaeopenfinance-product"],
                                _S["uaeopenfinance-account-opening"],
                                _S["uaeopenfinance-confirmation-of-payee"],
                                _S["uaeopenfinance-fx"],
                                _S["uaeopenfinance-insurance"],
                                _S["uaeopenfinance-webhook"],
                            ),
                            context="AEError400Code of the Payment, Account Information, ATM and Product APIs; AEError400Codes of Account Opening, Confirmation of Payee, FX, Insurance and the webhook template",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#Event.UnexpectedEvent",
                    editorial=True,
                    notes="The files give no description of any error code (their enums list the values alone): the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="Body.InvalidFormat",
                    description="The request's body is not in a valid format.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["uaeopenfinance-payment"],
                        _S["uaeopenfinance-account-information"],
                        _S["uaeopenfinance-atm"],
                        _S["uaeopenfinance-product"],
                        _S["uaeopenfinance-account-opening"],
                        _S["uaeopenfinance-confirmation-of-payee"],
                        _S["uaeopenfinance-fx"],
                        _S["uaeopenfinance-insurance"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-atm"],
                                _S["uaeopenfinance-product"],
                                _S["uaeopenfinance-account-opening"],
                                _S["uaeopenfinance-confirmation-of-payee"],
                                _S["uaeopenfinance-fx"],
                                _S["uaeopenfinance-insurance"],
                                _S["uaeopenfinance-webhook"],
                            ),
                            context="AEError400Code of the Payment, Account Information, ATM and Product APIs; AEError400Codes of Account Opening, Confirmation of Payee, FX, Insurance and the webhook template",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#Body.InvalidFormat",
                    editorial=True,
                    notes="The files give no description of any error code (their enums list the values alone): the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="Resource.InvalidFormat",
                    description="The resource in the request is not in a valid format.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["uaeopenfinance-payment"],
                        _S["uaeopenfinance-account-information"],
                        _S["uaeopenfinance-atm"],
                        _S["uaeopenfinance-product"],
                        _S["uaeopenfinance-account-opening"],
                        _S["uaeopenfinance-confirmation-of-payee"],
                        _S["uaeopenfinance-fx"],
                        _S["uaeopenfinance-insurance"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-atm"],
                                _S["uaeopenfinance-product"],
                                _S["uaeopenfinance-account-opening"],
                                _S["uaeopenfinance-confirmation-of-payee"],
                                _S["uaeopenfinance-fx"],
                                _S["uaeopenfinance-insurance"],
                                _S["uaeopenfinance-webhook"],
                            ),
                            context="AEError400Code of the Payment, Account Information, ATM and Product APIs; AEError400Codes of Account Opening, Confirmation of Payee, FX, Insurance and the webhook template",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#Resource.InvalidFormat",
                    editorial=True,
                    notes="The files give no description of any error code (their enums list the values alone): the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="AccessToken.InvalidScope",
                    description="The access token does not carry the scope the request needs.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["uaeopenfinance-payment"],
                        _S["uaeopenfinance-account-information"],
                        _S["uaeopenfinance-atm"],
                        _S["uaeopenfinance-product"],
                        _S["uaeopenfinance-account-opening"],
                        _S["uaeopenfinance-confirmation-of-payee"],
                        _S["uaeopenfinance-fx"],
                        _S["uaeopenfinance-insurance"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=403,
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-atm"],
                                _S["uaeopenfinance-product"],
                                _S["uaeopenfinance-account-opening"],
                                _S["uaeopenfinance-confirmation-of-payee"],
                                _S["uaeopenfinance-fx"],
                                _S["uaeopenfinance-insurance"],
                                _S["uaeopenfinance-webhook"],
                            ),
                            context="AEError403Code of the Payment, Account Information, ATM and Product APIs; AEError403Codes of Account Opening, Confirmation of Payee, FX, Insurance and the webhook template",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#AccessToken.InvalidScope",
                    editorial=True,
                    notes="The files give no description of any error code (their enums list the values alone): the description is bankcodes' reading of its name. The Payment API's example Error403ForbiddenSigned sends it with the message “The access token did not have an appropriate scope attached to it.”",
                ),
                CodeInfo(
                    value="Consent.TransientAccountAccessFailure",
                    description="The account could not be reached this time: a failure its name calls transient.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["uaeopenfinance-payment"],
                        _S["uaeopenfinance-account-information"],
                        _S["uaeopenfinance-atm"],
                        _S["uaeopenfinance-product"],
                        _S["uaeopenfinance-account-opening"],
                        _S["uaeopenfinance-confirmation-of-payee"],
                        _S["uaeopenfinance-fx"],
                        _S["uaeopenfinance-insurance"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=403,
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-atm"],
                                _S["uaeopenfinance-product"],
                                _S["uaeopenfinance-account-opening"],
                                _S["uaeopenfinance-confirmation-of-payee"],
                                _S["uaeopenfinance-fx"],
                                _S["uaeopenfinance-insurance"],
                                _S["uaeopenfinance-webhook"],
                            ),
                            context="AEError403Code of the Payment, Account Information, ATM and Product APIs; AEError403Codes of Account Opening, Confirmation of Payee, FX, Insurance and the webhook template",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#Consent.TransientAccountAccessFailure",
                    editorial=True,
                    notes="The files give no description of any error code (their enums list the values alone): the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="Consent.AccountTemporarilyBlocked",
                    description="The account is blocked for the time being.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["uaeopenfinance-payment"],
                        _S["uaeopenfinance-account-information"],
                        _S["uaeopenfinance-atm"],
                        _S["uaeopenfinance-product"],
                        _S["uaeopenfinance-account-opening"],
                        _S["uaeopenfinance-confirmation-of-payee"],
                        _S["uaeopenfinance-fx"],
                        _S["uaeopenfinance-insurance"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=403,
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-atm"],
                                _S["uaeopenfinance-product"],
                                _S["uaeopenfinance-account-opening"],
                                _S["uaeopenfinance-confirmation-of-payee"],
                                _S["uaeopenfinance-fx"],
                                _S["uaeopenfinance-insurance"],
                                _S["uaeopenfinance-webhook"],
                            ),
                            context="AEError403Code of the Payment, Account Information, ATM and Product APIs; AEError403Codes of Account Opening, Confirmation of Payee, FX, Insurance and the webhook template",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#Consent.AccountTemporarilyBlocked",
                    editorial=True,
                    notes="The files give no description of any error code (their enums list the values alone): the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="Consent.PermanentAccountAccessFailure",
                    description="The account cannot be reached, and its name says this will not change.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["uaeopenfinance-payment"],
                        _S["uaeopenfinance-account-information"],
                        _S["uaeopenfinance-atm"],
                        _S["uaeopenfinance-product"],
                        _S["uaeopenfinance-account-opening"],
                        _S["uaeopenfinance-confirmation-of-payee"],
                        _S["uaeopenfinance-fx"],
                        _S["uaeopenfinance-insurance"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=403,
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-atm"],
                                _S["uaeopenfinance-product"],
                                _S["uaeopenfinance-account-opening"],
                                _S["uaeopenfinance-confirmation-of-payee"],
                                _S["uaeopenfinance-fx"],
                                _S["uaeopenfinance-insurance"],
                                _S["uaeopenfinance-webhook"],
                            ),
                            context="AEError403Code of the Payment, Account Information, ATM and Product APIs; AEError403Codes of Account Opening, Confirmation of Payee, FX, Insurance and the webhook template",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#Consent.PermanentAccountAccessFailure",
                    editorial=True,
                    notes="The files give no description of any error code (their enums list the values alone): the description is bankcodes' reading of its name.",
                ),
            ),
        ),
        {},
    )
    return ErrorCode


def _ConsentStatus() -> type[CodeEnum]:
    class ConsentStatus(CodeEnum):
        """Consent status: The status of a consent (AEConsentStatus.AEConsentStatusCodes, “Specifies the status of a consent.”): each description is the files' table's, and each code's notes give its State Type there (Pending, In Use or Terminal). The authorization endpoints, Insurance and webhook template files also have AEConsentStatusCode, the same values without Consumed and without descriptions. A consent may be set to Revoked (PATCH) only while it is Authorized or AwaitingAuthorization.

        Wire field: Data.Status of a consent."""

        AwaitingAuthorization = "AwaitingAuthorization"
        Authorized = "Authorized"
        Rejected = "Rejected"
        Revoked = "Revoked"
        Expired = "Expired"
        Consumed = "Consumed"
        Suspended = "Suspended"

    register(
        ConsentStatus,
        lambda: (
            CodeSetInfo(
                provider="uaeopenfinance",
                id="consent_status",
                title="Consent status",
                description="The status of a consent (AEConsentStatus.AEConsentStatusCodes, “Specifies the status of a consent.”): each description is the files' table's, and each code's notes give its State Type there (Pending, In Use or Terminal). The authorization endpoints, Insurance and webhook template files also have AEConsentStatusCode, the same values without Consumed and without descriptions. A consent may be set to Revoked (PATCH) only while it is Authorized or AwaitingAuthorization.",
                field="Data.Status of a consent",
                states=True,
                sources=(
                    _S["uaeopenfinance-payment"],
                    _S["uaeopenfinance-account-information"],
                    _S["uaeopenfinance-authorization"],
                    _S["uaeopenfinance-webhook"],
                ),
            ),
            (
                CodeInfo(
                    value="AwaitingAuthorization",
                    description="The consent is awaiting authorization.",
                    category=_C.PENDING,
                    sources=(
                        _S["uaeopenfinance-payment"],
                        _S["uaeopenfinance-account-information"],
                        _S["uaeopenfinance-authorization"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-authorization"],
                                _S["uaeopenfinance-webhook"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/consent_status/#AwaitingAuthorization",
                    notes="State Type: Pending.",
                ),
                CodeInfo(
                    value="Authorized",
                    description="The consent has been successfully authorized.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["uaeopenfinance-payment"],
                        _S["uaeopenfinance-account-information"],
                        _S["uaeopenfinance-authorization"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-authorization"],
                                _S["uaeopenfinance-webhook"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/consent_status/#Authorized",
                    notes="State Type: In Use.",
                ),
                CodeInfo(
                    value="Rejected",
                    description="The unauthorized consent has been rejected at the LFI.",
                    category=_C.REJECTED,
                    sources=(
                        _S["uaeopenfinance-payment"],
                        _S["uaeopenfinance-account-information"],
                        _S["uaeopenfinance-authorization"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-authorization"],
                                _S["uaeopenfinance-webhook"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/consent_status/#Rejected",
                    notes="State Type: Terminal.",
                    state="needs_end_user",
                    state_reason="The user did not authorise the consent.",
                    fact_sources={"state": ("uae-cs-consent",)},
                ),
                CodeInfo(
                    value="Revoked",
                    description="The consent has been revoked at the TPP or LFI.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["uaeopenfinance-payment"],
                        _S["uaeopenfinance-account-information"],
                        _S["uaeopenfinance-authorization"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-authorization"],
                                _S["uaeopenfinance-webhook"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/consent_status/#Revoked",
                    notes="State Type: Terminal. RevokedBy says who revoked it.",
                    state="revoked",
                    state_reason="The consent was revoked (RevokedBy says by whom).",
                    fact_sources={"state": ("uae-cs-consent",)},
                ),
                CodeInfo(
                    value="Expired",
                    description="The consent is now expired.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["uaeopenfinance-payment"],
                        _S["uaeopenfinance-account-information"],
                        _S["uaeopenfinance-authorization"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-authorization"],
                                _S["uaeopenfinance-webhook"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/consent_status/#Expired",
                    notes="State Type: Terminal.",
                    next_step="renew_consent",
                    state="consent_ended",
                    state_reason="Expired is a terminal state: the user re-consents.",
                    fact_sources={"state": ("uae-cs-consent",)},
                ),
                CodeInfo(
                    value="Consumed",
                    description="The consented action(s) have either been completed successfully.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["uaeopenfinance-payment"],
                        _S["uaeopenfinance-account-information"],
                        _S["uaeopenfinance-authorization"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-authorization"],
                                _S["uaeopenfinance-webhook"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/consent_status/#Consumed",
                    notes="State Type: Terminal. The text is the table's, as it stands. Not a value of the six-value AEConsentStatusCode.",
                    state="consent_ended",
                    state_reason="A single-use consent was used.",
                    fact_sources={"state": ("uae-cs-consent",)},
                ),
                CodeInfo(
                    value="Suspended",
                    description="The consent has been suspended, pending further enquiries.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["uaeopenfinance-payment"],
                        _S["uaeopenfinance-account-information"],
                        _S["uaeopenfinance-authorization"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-authorization"],
                                _S["uaeopenfinance-webhook"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/consent_status/#Suspended",
                    notes="State Type: In Use.",
                    state="needs_end_user",
                    state_reason="Suspended is an LFI-initiated, non-terminal state (an expired Emirates ID, for example): it clears when the block does.",
                    fact_sources={"state": ("uae-cs-consent",)},
                ),
            ),
        ),
        {},
    )
    return ConsentStatus


def _PaymentStatus() -> type[CodeEnum]:
    class PaymentStatus(CodeEnum):
        """Payment status: The status of a payment (AEPaymentStatus, “Specifies the status of the payment information group”), each description the file's text for the value. A Rejected payment carries RejectReasonCode: namespaced codes of the organisation or system that rejected it (such as AANI), of which the files list none.

        Wire field: Data.Status of a payment."""

        Pending = "Pending"
        AcceptedSettlementCompleted = "AcceptedSettlementCompleted"
        AcceptedCreditSettlementCompleted = "AcceptedCreditSettlementCompleted"
        AcceptedWithoutPosting = "AcceptedWithoutPosting"
        Rejected = "Rejected"

    register(
        PaymentStatus,
        lambda: (
            CodeSetInfo(
                provider="uaeopenfinance",
                id="payment_status",
                title="Payment status",
                description="The status of a payment (AEPaymentStatus, “Specifies the status of the payment information group”), each description the file's text for the value. A Rejected payment carries RejectReasonCode: namespaced codes of the organisation or system that rejected it (such as AANI), of which the files list none.",
                field="Data.Status of a payment",
                sources=(_S["uaeopenfinance-payment"], _S["uaeopenfinance-webhook"]),
            ),
            (
                CodeInfo(
                    value="Pending",
                    description="Payment initiation or individual transaction included in the payment initiation is pending. Further checks and status update will be performed.",
                    category=_C.PENDING,
                    sources=(_S["uaeopenfinance-payment"], _S["uaeopenfinance-webhook"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["uaeopenfinance-payment"], _S["uaeopenfinance-webhook"]),
                        ),
                    ),
                    page="reference/uaeopenfinance/payment_status/#Pending",
                ),
                CodeInfo(
                    value="AcceptedSettlementCompleted",
                    description="Settlement of the Debtor's account has been completed",
                    category=_C.SUCCESS,
                    sources=(_S["uaeopenfinance-payment"], _S["uaeopenfinance-webhook"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["uaeopenfinance-payment"], _S["uaeopenfinance-webhook"]),
                        ),
                    ),
                    page="reference/uaeopenfinance/payment_status/#AcceptedSettlementCompleted",
                ),
                CodeInfo(
                    value="AcceptedCreditSettlementCompleted",
                    description="When the Creditor account has been credited with the funds of the payment initiated via the TPP",
                    category=_C.SUCCESS,
                    sources=(_S["uaeopenfinance-payment"], _S["uaeopenfinance-webhook"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["uaeopenfinance-payment"], _S["uaeopenfinance-webhook"]),
                        ),
                    ),
                    page="reference/uaeopenfinance/payment_status/#AcceptedCreditSettlementCompleted",
                ),
                CodeInfo(
                    value="AcceptedWithoutPosting",
                    description="When the Recipient Bank has accepted the payment but has not applied the credit to the Creditor account yet.",
                    category=_C.SUCCESS,
                    sources=(_S["uaeopenfinance-payment"], _S["uaeopenfinance-webhook"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["uaeopenfinance-payment"], _S["uaeopenfinance-webhook"]),
                        ),
                    ),
                    page="reference/uaeopenfinance/payment_status/#AcceptedWithoutPosting",
                ),
                CodeInfo(
                    value="Rejected",
                    description="The payment initiation has been rejected",
                    category=_C.REJECTED,
                    sources=(_S["uaeopenfinance-payment"], _S["uaeopenfinance-webhook"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["uaeopenfinance-payment"], _S["uaeopenfinance-webhook"]),
                        ),
                    ),
                    page="reference/uaeopenfinance/payment_status/#Rejected",
                ),
            ),
        ),
        {},
    )
    return PaymentStatus


def _FilePaymentStatus() -> type[CodeEnum]:
    class FilePaymentStatus(CodeEnum):
        """File payment status: The status of a file payment (AEFilePaymentStatus), each description the file's text for the value.

        Wire field: Data.Status of a file payment."""

        Received = "Received"
        Rejected = "Rejected"

    register(
        FilePaymentStatus,
        lambda: (
            CodeSetInfo(
                provider="uaeopenfinance",
                id="file_payment_status",
                title="File payment status",
                description="The status of a file payment (AEFilePaymentStatus), each description the file's text for the value.",
                field="Data.Status of a file payment",
                sources=(_S["uaeopenfinance-payment"],),
            ),
            (
                CodeInfo(
                    value="Received",
                    description="The file payment has been received.",
                    category=_C.PENDING,
                    sources=(_S["uaeopenfinance-payment"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["uaeopenfinance-payment"],),
                        ),
                    ),
                    page="reference/uaeopenfinance/file_payment_status/#Received",
                ),
                CodeInfo(
                    value="Rejected",
                    description="The file payment has been rejected.",
                    category=_C.REJECTED,
                    sources=(_S["uaeopenfinance-payment"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["uaeopenfinance-payment"],),
                        ),
                    ),
                    page="reference/uaeopenfinance/file_payment_status/#Rejected",
                ),
            ),
        ),
        {},
    )
    return FilePaymentStatus


def _RevokedBy() -> type[CodeEnum]:
    class RevokedBy(CodeEnum):
        """Who revoked a consent: Who revoked a consent (AEConsentStatus.AERevokedByCodes, “Denotes the Identifier of the revocation.”), each description the files' table's. It names an actor, not an outcome: the consent's status is Revoked.

        Wire field: Data.RevokedBy of a revoked consent."""

        LFI = "LFI"
        TPP = "TPP"
        LFI_INITIATED_BY_USER = "LFI.InitiatedByUser"
        TPP_INITIATED_BY_USER = "TPP.InitiatedByUser"

    register(
        RevokedBy,
        lambda: (
            CodeSetInfo(
                provider="uaeopenfinance",
                id="revoked_by",
                title="Who revoked a consent",
                description="Who revoked a consent (AEConsentStatus.AERevokedByCodes, “Denotes the Identifier of the revocation.”), each description the files' table's. It names an actor, not an outcome: the consent's status is Revoked.",
                field="Data.RevokedBy of a revoked consent",
                sources=(
                    _S["uaeopenfinance-payment"],
                    _S["uaeopenfinance-account-information"],
                    _S["uaeopenfinance-authorization"],
                    _S["uaeopenfinance-webhook"],
                ),
            ),
            (
                CodeInfo(
                    value="LFI",
                    description="Revoked by LFI without User initiation",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["uaeopenfinance-payment"],
                        _S["uaeopenfinance-account-information"],
                        _S["uaeopenfinance-authorization"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-authorization"],
                                _S["uaeopenfinance-webhook"],
                            ),
                        ),
                    ),
                    page="reference/uaeopenfinance/revoked_by/#LFI",
                ),
                CodeInfo(
                    value="TPP",
                    description="Revoked by TPP without User initiation",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["uaeopenfinance-payment"],
                        _S["uaeopenfinance-account-information"],
                        _S["uaeopenfinance-authorization"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-authorization"],
                                _S["uaeopenfinance-webhook"],
                            ),
                        ),
                    ),
                    page="reference/uaeopenfinance/revoked_by/#TPP",
                ),
                CodeInfo(
                    value="LFI.InitiatedByUser",
                    description="Initiated by User via the LFI",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["uaeopenfinance-payment"],
                        _S["uaeopenfinance-account-information"],
                        _S["uaeopenfinance-authorization"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-authorization"],
                                _S["uaeopenfinance-webhook"],
                            ),
                        ),
                    ),
                    page="reference/uaeopenfinance/revoked_by/#LFI.InitiatedByUser",
                ),
                CodeInfo(
                    value="TPP.InitiatedByUser",
                    description="Initiated by User via the TPP",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["uaeopenfinance-payment"],
                        _S["uaeopenfinance-account-information"],
                        _S["uaeopenfinance-authorization"],
                        _S["uaeopenfinance-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["uaeopenfinance-payment"],
                                _S["uaeopenfinance-account-information"],
                                _S["uaeopenfinance-authorization"],
                                _S["uaeopenfinance-webhook"],
                            ),
                        ),
                    ),
                    page="reference/uaeopenfinance/revoked_by/#TPP.InitiatedByUser",
                ),
            ),
        ),
        {},
    )
    return RevokedBy


def _OAuthError() -> type[CodeEnum]:
    class OAuthError(CodeEnum):
        """OAuth error of the authorization endpoints: The error of an HTTP 400 answer of POST /par and POST /token (OAuthErrorResponse: error, with error_description and error_uri).

        Wire field: error of an OAuthErrorResponse body."""

        invalid_request = "invalid_request"
        invalid_client = "invalid_client"
        invalid_grant = "invalid_grant"
        unauthorized_client = "unauthorized_client"
        unsupported_grant_type = "unsupported_grant_type"
        invalid_scope = "invalid_scope"

    register(
        OAuthError,
        lambda: (
            CodeSetInfo(
                provider="uaeopenfinance",
                id="oauth_error",
                title="OAuth error of the authorization endpoints",
                description="The error of an HTTP 400 answer of POST /par and POST /token (OAuthErrorResponse: error, with error_description and error_uri).",
                field="error of an OAuthErrorResponse body",
                sources=(_S["uaeopenfinance-authorization"],),
            ),
            (
                CodeInfo(
                    value="invalid_request",
                    description="The request is missing something it needs or is malformed.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["uaeopenfinance-authorization"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["uaeopenfinance-authorization"],),
                            context="POST /par and POST /token",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/oauth_error/#invalid_request",
                    editorial=True,
                    notes="The file's enum (OAuthErrorCodes) has one text for all its values, “Status code corresponding to error condition to be returned to the client”: the description is bankcodes' reading of the code's name.",
                ),
                CodeInfo(
                    value="invalid_client",
                    description="The client (the TPP) could not be authenticated.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["uaeopenfinance-authorization"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["uaeopenfinance-authorization"],),
                            context="POST /par and POST /token",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/oauth_error/#invalid_client",
                    editorial=True,
                    notes="The file's enum (OAuthErrorCodes) has one text for all its values, “Status code corresponding to error condition to be returned to the client”: the description is bankcodes' reading of the code's name.",
                ),
                CodeInfo(
                    value="invalid_grant",
                    description="The grant given (an authorization code or a refresh token) is not valid, or no longer is.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["uaeopenfinance-authorization"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["uaeopenfinance-authorization"],),
                            context="POST /par and POST /token",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/oauth_error/#invalid_grant",
                    editorial=True,
                    notes="The file's enum (OAuthErrorCodes) has one text for all its values, “Status code corresponding to error condition to be returned to the client”: the description is bankcodes' reading of the code's name.",
                ),
                CodeInfo(
                    value="unauthorized_client",
                    description="The client (the TPP) may not use this grant.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["uaeopenfinance-authorization"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["uaeopenfinance-authorization"],),
                            context="POST /par and POST /token",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/oauth_error/#unauthorized_client",
                    editorial=True,
                    notes="The file's enum (OAuthErrorCodes) has one text for all its values, “Status code corresponding to error condition to be returned to the client”: the description is bankcodes' reading of the code's name.",
                ),
                CodeInfo(
                    value="unsupported_grant_type",
                    description="The grant type is not supported.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["uaeopenfinance-authorization"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["uaeopenfinance-authorization"],),
                            context="POST /par and POST /token",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/oauth_error/#unsupported_grant_type",
                    editorial=True,
                    notes="The file's enum (OAuthErrorCodes) has one text for all its values, “Status code corresponding to error condition to be returned to the client”: the description is bankcodes' reading of the code's name.",
                ),
                CodeInfo(
                    value="invalid_scope",
                    description="The scope asked for is not valid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["uaeopenfinance-authorization"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["uaeopenfinance-authorization"],),
                            context="POST /par and POST /token",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/oauth_error/#invalid_scope",
                    editorial=True,
                    notes="The file's enum (OAuthErrorCodes) has one text for all its values, “Status code corresponding to error condition to be returned to the client”: the description is bankcodes' reading of the code's name.",
                ),
            ),
        ),
        {},
    )
    return OAuthError


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name)
        for name in (
            "ErrorCode",
            "ConsentStatus",
            "PaymentStatus",
            "FilePaymentStatus",
            "RevokedBy",
            "OAuthError",
        )
    )
