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
    "uae-cs-lfi-single-instant-payment": Source(
        id="uae-cs-lfi-single-instant-payment",
        kind="repo",
        title="UAE Open Finance community standards: LFI API Hub guide (the standard's guide for banks), v2.1, Single Instant Payment, API guide (POST /payments, PATCH /payment-log/{id}, GET /payments/{paymentId})",
        url="https://github.com/Nebras-Open-Finance/community-standards/blob/1cb5dbe8dc8d6c472d26d53f41c68dbea41d68b9/docs/tech/lfi-api-hub/v2.1/banking/service-initiation/domestic-payments/single-instant-payment/api-guide.md",
    ),
    "uae-cs-ozone-connect-service-initiation": Source(
        id="uae-cs-ozone-connect-service-initiation",
        kind="repo",
        title="UAE Open Finance community standards: Ozone Connect Bank Service Initiation OpenAPI file, v2.1 (the APIs a bank implements for the API Hub's calls; its error responses Error400, Error403, Error409 and Error500)",
        url="https://github.com/Nebras-Open-Finance/community-standards/blob/572513f5a6c8ee163a221f59f62da8c4df786404/docs/public/openapi/v2.1/api-hub/uae-ozone-connect-bank-service-initiation-openapi.yaml",
    ),
}


def _ErrorCode() -> type[CodeEnum]:
    class ErrorCode(CodeEnum):
        """Error code (v2.1): The code of each error of a UAE Open Finance error response (v2.1 and its errata): Errors[].Code of the {Errors: [...]} body, which Account Information, Account Opening, FX and Insurance send as plain JSON or inside a signed JWT (application/jwt, in its message claim), ATM and Product as plain JSON, and the Payment API, Confirmation of Payee and the webhook template only inside the signed JWT. The files (which the repository's README calls “the source of truth”) prescribe these 20 codes by HTTP status: AEError400Code, AEError403Code, AEError409Code (the Payment API alone) and AEError500Code, or AEError400Codes, AEError403Codes and AEErrorGenericCodes in the files that list JWS.InvalidPayload. They give no description of any code: each description here is the text of the standard's guide for banks (the LFI API Hub guide's error tables), except JWS.InvalidPayload's, which the guide does not list and is bankcodes' reading of its name; each category is bankcodes' reading. Besides the prescribed codes, a code may be the answering organisation's own, namespaced (own_codes).

        Wire field: Errors[].Code of an error body; message.Errors[].Code of a signed error (application/jwt); errorCode of a bank's error response to the API Hub."""

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
                description="The code of each error of a UAE Open Finance error response (v2.1 and its errata): Errors[].Code of the {Errors: [...]} body, which Account Information, Account Opening, FX and Insurance send as plain JSON or inside a signed JWT (application/jwt, in its message claim), ATM and Product as plain JSON, and the Payment API, Confirmation of Payee and the webhook template only inside the signed JWT. The files (which the repository's README calls “the source of truth”) prescribe these 20 codes by HTTP status: AEError400Code, AEError403Code, AEError409Code (the Payment API alone) and AEError500Code, or AEError400Codes, AEError403Codes and AEErrorGenericCodes in the files that list JWS.InvalidPayload. They give no description of any code: each description here is the text of the standard's guide for banks (the LFI API Hub guide's error tables), except JWS.InvalidPayload's, which the guide does not list and is bankcodes' reading of its name; each category is bankcodes' reading. Besides the prescribed codes, a code may be the answering organisation's own, namespaced (own_codes).",
                field="Errors[].Code of an error body; message.Errors[].Code of a signed error (application/jwt); errorCode of a bank's error response to the API Hub",
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
                    _S["uae-cs-ozone-connect-service-initiation"],
                ),
            ),
            (
                CodeInfo(
                    value="Consent.Invalid",
                    description="Consent is invalid or expired",
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
                        _S["uae-cs-lfi-single-instant-payment"],
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
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["uae-cs-lfi-single-instant-payment"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#Consent.Invalid",
                    notes="The description is the 400 or 403 table's text of the standard's guide for banks (the LFI API Hub guide's Single Instant Payment page, POST /payments, its error responses' “When to use”); the OpenAPI files give no description of any error code. GET /payments/{paymentId}'s 400 row gives it “Consent is invalid, not found or not associated with the given `paymentId`”.",
                ),
                CodeInfo(
                    value="Consent.BusinessRuleViolation",
                    description="Business rule violation in consent",
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
                        _S["uae-cs-lfi-single-instant-payment"],
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
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["uae-cs-lfi-single-instant-payment"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#Consent.BusinessRuleViolation",
                    notes="The description is the 400 or 403 table's text of the standard's guide for banks (the LFI API Hub guide's Single Instant Payment page, POST /payments, its error responses' “When to use”); the OpenAPI files give no description of any error code.",
                ),
                CodeInfo(
                    value="Consent.FailsControlParameters",
                    description="Consent fails control parameters",
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
                        _S["uae-cs-lfi-single-instant-payment"],
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
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["uae-cs-lfi-single-instant-payment"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#Consent.FailsControlParameters",
                    notes="The description is the 400 or 403 table's text of the standard's guide for banks (the LFI API Hub guide's Single Instant Payment page, POST /payments, its error responses' “When to use”); the OpenAPI files give no description of any error code.",
                ),
                CodeInfo(
                    value="Consent.InvalidUserIdentifier",
                    description="Invalid user identifier in consent",
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
                        _S["uae-cs-lfi-single-instant-payment"],
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
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["uae-cs-lfi-single-instant-payment"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#Consent.InvalidUserIdentifier",
                    notes="The description is the 400 or 403 table's text of the standard's guide for banks (the LFI API Hub guide's Single Instant Payment page, POST /payments, its error responses' “When to use”); the OpenAPI files give no description of any error code.",
                ),
                CodeInfo(
                    value="JWS.InvalidSignature",
                    description="JWS signature is invalid",
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
                        _S["uae-cs-lfi-single-instant-payment"],
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
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["uae-cs-lfi-single-instant-payment"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#JWS.InvalidSignature",
                    notes="The description is the 400 or 403 table's text of the standard's guide for banks (the LFI API Hub guide's Single Instant Payment page, POST /payments, its error responses' “When to use”); the OpenAPI files give no description of any error code.",
                ),
                CodeInfo(
                    value="JWS.Malformed",
                    description="JWS is malformed",
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
                        _S["uae-cs-lfi-single-instant-payment"],
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
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["uae-cs-lfi-single-instant-payment"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#JWS.Malformed",
                    notes="The description is the 400 or 403 table's text of the standard's guide for banks (the LFI API Hub guide's Single Instant Payment page, POST /payments, its error responses' “When to use”); the OpenAPI files give no description of any error code.",
                ),
                CodeInfo(
                    value="JWS.InvalidClaim",
                    description="JWS contains invalid claim",
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
                        _S["uae-cs-lfi-single-instant-payment"],
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
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["uae-cs-lfi-single-instant-payment"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#JWS.InvalidClaim",
                    notes="The description is the 400 or 403 table's text of the standard's guide for banks (the LFI API Hub guide's Single Instant Payment page, POST /payments, its error responses' “When to use”); the OpenAPI files give no description of any error code.",
                ),
                CodeInfo(
                    value="JWS.InvalidHeader",
                    description="JWS header is invalid",
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
                        _S["uae-cs-lfi-single-instant-payment"],
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
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["uae-cs-lfi-single-instant-payment"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#JWS.InvalidHeader",
                    notes="The description is the 400 or 403 table's text of the standard's guide for banks (the LFI API Hub guide's Single Instant Payment page, POST /payments, its error responses' “When to use”); the OpenAPI files give no description of any error code.",
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
                    description="Error decrypting JWE",
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
                        _S["uae-cs-lfi-single-instant-payment"],
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
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["uae-cs-lfi-single-instant-payment"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#JWE.DecryptionError",
                    notes="The description is the 400 or 403 table's text of the standard's guide for banks (the LFI API Hub guide's Single Instant Payment page, POST /payments, its error responses' “When to use”); the OpenAPI files give no description of any error code.",
                ),
                CodeInfo(
                    value="JWE.InvalidHeader",
                    description="JWE header is invalid",
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
                        _S["uae-cs-lfi-single-instant-payment"],
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
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["uae-cs-lfi-single-instant-payment"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#JWE.InvalidHeader",
                    notes="The description is the 400 or 403 table's text of the standard's guide for banks (the LFI API Hub guide's Single Instant Payment page, POST /payments, its error responses' “When to use”); the OpenAPI files give no description of any error code.",
                ),
                CodeInfo(
                    value="GenericRecoverableError",
                    description="Recoverable validation error not covered above — Hub may retry",
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
                        _S["uae-cs-lfi-single-instant-payment"],
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
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["uae-cs-lfi-single-instant-payment"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#GenericRecoverableError",
                    notes="The description is the 400 or 403 table's text of the standard's guide for banks (the LFI API Hub guide's Single Instant Payment page, POST /payments, its error responses' “When to use”); the OpenAPI files give no description of any error code. Its other rows: 403 “Recoverable access failure not covered above”, 409 “Recoverable conflict not covered above”, 500 “Transient server error — Hub may retry after a delay”. The Payment API alone lists it for HTTP 409 too (AEError409Code). Unlike the namespaced codes it has no dot: the files' pattern of a namespaced code (^[A-Za-z]+\\.[A-Za-z0-9]+$) does not take it, their enum does. GET /payments/{paymentId}'s 400 row gives it the 500 row's text.",
                ),
                CodeInfo(
                    value="GenericError",
                    description="Unrecoverable validation error not covered above",
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
                        _S["uae-cs-lfi-single-instant-payment"],
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
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["uae-cs-lfi-single-instant-payment"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#GenericError",
                    notes="The description is the 400 or 403 table's text of the standard's guide for banks (the LFI API Hub guide's Single Instant Payment page, POST /payments, its error responses' “When to use”); the OpenAPI files give no description of any error code. Its other rows: 403 “Unrecoverable access failure not covered above”, 409 “Unrecoverable conflict not covered above”, 500 “Unrecoverable server error”. The guide's “Unrecoverable” is not carried as a fact against its category's retry: the Payment API's own example of it (Error500InternalServerErrorSigned) says “Please retry in 60 seconds.” The Payment API alone lists it for HTTP 409 too (AEError409Code). It has no dot: the files' pattern of a namespaced code does not take it, their enum does.",
                ),
                CodeInfo(
                    value="Event.UnexpectedEvent",
                    description="Unexpected event occurred",
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
                        _S["uae-cs-lfi-single-instant-payment"],
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
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["uae-cs-lfi-single-instant-payment"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#Event.UnexpectedEvent",
                    notes="The description is the 400 or 403 table's text of the standard's guide for banks (the LFI API Hub guide's Single Instant Payment page, POST /payments, its error responses' “When to use”); the OpenAPI files give no description of any error code.",
                ),
                CodeInfo(
                    value="Body.InvalidFormat",
                    description="Request body is absent, not valid JSON, or does not match the schema",
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
                        _S["uae-cs-lfi-single-instant-payment"],
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
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["uae-cs-lfi-single-instant-payment"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#Body.InvalidFormat",
                    notes="The description is the 400 or 403 table's text of the standard's guide for banks (the LFI API Hub guide's Single Instant Payment page, POST /payments, its error responses' “When to use”); the OpenAPI files give no description of any error code.",
                ),
                CodeInfo(
                    value="Resource.InvalidFormat",
                    description="Field is present but not syntactically valid",
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
                        _S["uae-cs-lfi-single-instant-payment"],
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
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["uae-cs-lfi-single-instant-payment"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#Resource.InvalidFormat",
                    notes="The description is the 400 or 403 table's text of the standard's guide for banks (the LFI API Hub guide's Single Instant Payment page, POST /payments, its error responses' “When to use”); the OpenAPI files give no description of any error code.",
                ),
                CodeInfo(
                    value="AccessToken.InvalidScope",
                    description="The Hub's token does not include the required scope",
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
                        _S["uae-cs-lfi-single-instant-payment"],
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
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["uae-cs-lfi-single-instant-payment"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#AccessToken.InvalidScope",
                    notes="The description is the 400 or 403 table's text of the standard's guide for banks (the LFI API Hub guide's Single Instant Payment page, POST /payments, its error responses' “When to use”); the OpenAPI files give no description of any error code.",
                ),
                CodeInfo(
                    value="Consent.TransientAccountAccessFailure",
                    description="Account temporarily inaccessible — Hub may retry after a delay",
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
                        _S["uae-cs-lfi-single-instant-payment"],
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
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["uae-cs-lfi-single-instant-payment"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#Consent.TransientAccountAccessFailure",
                    notes="The description is the 400 or 403 table's text of the standard's guide for banks (the LFI API Hub guide's Single Instant Payment page, POST /payments, its error responses' “When to use”); the OpenAPI files give no description of any error code.",
                ),
                CodeInfo(
                    value="Consent.AccountTemporarilyBlocked",
                    description="Account temporarily blocked/suspended — Hub may retry after a delay",
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
                        _S["uae-cs-lfi-single-instant-payment"],
                    ),
                    retryable=True,
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
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["uae-cs-lfi-single-instant-payment"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#Consent.AccountTemporarilyBlocked",
                    notes="The description is the 400 or 403 table's text of the standard's guide for banks (the LFI API Hub guide's Single Instant Payment page, POST /payments, its error responses' “When to use”); the OpenAPI files give no description of any error code. The guide's “Hub may retry after a delay” makes it retryable, unlike its category.",
                    next_step="retry_later",
                    fact_sources={"next_step": ("uae-cs-lfi-single-instant-payment",)},
                ),
                CodeInfo(
                    value="Consent.PermanentAccountAccessFailure",
                    description="Account permanently inaccessible due to infrastructure reasons",
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
                        _S["uae-cs-lfi-single-instant-payment"],
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
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["uae-cs-lfi-single-instant-payment"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/uaeopenfinance/error_code/#Consent.PermanentAccountAccessFailure",
                    notes="The description is the 400 or 403 table's text of the standard's guide for banks (the LFI API Hub guide's Single Instant Payment page, POST /payments, its error responses' “When to use”); the OpenAPI files give no description of any error code.",
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
