# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.berlingroup's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, register
from bankcodes._records import CodeInfo, CodeSetInfo, EndUserWords, HttpStatus, Source, Wording
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.berlingroup")
#: The documents its facts come from, by id.
_S = {
    "berlingroup-psd2-api-1-3-8": Source(
        id="berlingroup-psd2-api-1-3-8",
        kind="repo",
        title='Berlin Group NextGenPSD2: XS2A Framework OpenAPI file "psd2-api 1.3.8 2020-11-06v1.yaml" (info.version 1.3.8_2020-10-22v1), by The Berlin Group under CC BY 4.0 as the file declares: its MessageCode enums per HTTP status and service, and its two error bodies. The copy read is the one adorsys/xs2a-adapter keeps, unchanged since it was added',
        url="https://github.com/adorsys/xs2a-adapter/blob/4831bd9892c03d95beb56840d31bcd866bb317ea/xs2a-adapter-codegen/src/main/resources/psd2-api%201.3.8%202020-11-06v1.yaml",
    ),
    "berlingroup-adorsys-xs2a-error-messages": Source(
        id="berlingroup-adorsys-xs2a-error-messages",
        kind="third-party",
        title="adorsys xs2a, an implementation of the Berlin Group's XS2A interface: its message bundle error_message.properties, the text it keeps for each message code (Apache-2.0 at this commit; the repository is AGPL-3.0 since 2022-02-01, with the same texts)",
        url="https://github.com/adorsys/xs2a/blob/350ad401e10ed202c5830739bd2fdc92cfae0d05/xs2a-impl/src/main/resources/error_message.properties",
    ),
    "berlingroup-adorsys-xs2a-message-error-code": Source(
        id="berlingroup-adorsys-xs2a-message-error-code",
        kind="third-party",
        title="adorsys xs2a: MessageErrorCode.java, the message codes it sends and their HTTP statuses (Apache-2.0 at this commit; the repository is AGPL-3.0 since 2022-02-01)",
        url="https://github.com/adorsys/xs2a/blob/350ad401e10ed202c5830739bd2fdc92cfae0d05/xs2a-core/src/main/java/de/adorsys/psd2/xs2a/core/error/MessageErrorCode.java",
    ),
    "berlingroup-adorsys-xs2a-roadmap": Source(
        id="berlingroup-adorsys-xs2a-roadmap",
        kind="third-party",
        title="adorsys xs2a: roadmap.adoc, which records the renaming of REQUIRED_KID_MISSING to KID_MISSING (Apache-2.0 at this commit; the repository is AGPL-3.0 since 2022-02-01)",
        url="https://github.com/adorsys/xs2a/blob/350ad401e10ed202c5830739bd2fdc92cfae0d05/doc/roadmap.adoc",
    ),
    "berlingroup-wso2-tpp-message": Source(
        id="berlingroup-wso2-tpp-message",
        kind="third-party",
        title="WSO2 Open Banking reference implementation of NextGenPSD2: TPPMessage.java, the message codes it sends and their HTTP statuses (Apache-2.0)",
        url="https://github.com/wso2/reference-implementation-nextgenpsd2/blob/e67a5d7907a9259dae299fb63f5d518de1564571/components/org.wso2.openbanking.berlin.common/src/main/java/org/wso2/openbanking/berlin/common/models/TPPMessage.java",
    ),
    "berlingroup-wso2-signature-validation": Source(
        id="berlingroup-wso2-signature-validation",
        kind="third-party",
        title="WSO2 Open Banking reference implementation of NextGenPSD2: SignatureValidationExecutor.java, which sends CERTIFICATE_REVOKED for a revoked signing certificate (Apache-2.0)",
        url="https://github.com/wso2/reference-implementation-nextgenpsd2/blob/e67a5d7907a9259dae299fb63f5d518de1564571/components/org.wso2.openbanking.berlin.gateway/src/main/java/org/wso2/openbanking/berlin/gateway/executors/SignatureValidationExecutor.java",
    ),
    "n26-psd2-tpp-docs-dedicated-pisp": Source(
        id="n26-psd2-tpp-docs-dedicated-pisp",
        kind="repo",
        title="N26 PSD2 TPP documentation: the dedicated interface for payment initiation (dedicated-pisp.md), a Berlin Group ASPSP's payment status answers, with the tppMessages of a rejected payment",
        url="https://github.com/n26/psd2-tpp-docs/blob/e12e6659093a606c73df97daad7d991c707ac981/doc/dedicated-pisp.md",
    ),
    "berlingroup-psd2-api-1-3-11": Source(
        id="berlingroup-psd2-api-1-3-11",
        kind="repo",
        title='Berlin Group NextGenPSD2: XS2A Framework OpenAPI file "psd2-api v1.3.11-2021-10-01v1.yaml" (info.version 1.3.11_2021-09-24), by The Berlin Group under CC BY 4.0 as the file declares: its MessageCode enums per HTTP status and service, those of its 200 and 201 answers to a payment initiation included. The copy read is the one Staðlaráð Íslands (Icelandic Standards) keeps in stadlar/IST-FUT-FMTH, unchanged since it was added there on 2021-12-14',
        url="https://github.com/stadlar/IST-FUT-FMTH/blob/f70f733ffbb12e5bfe320383cba52024aca85cb1/Vinnusv%C3%A6%C3%B0i/Stu%C3%B0ningsefni/Berlin-group/v1.3.11/psd2-api%20v1.3.11-2021-10-01v1.yaml",
    ),
    "berlingroup-ig-1-3-8": Source(
        id="berlingroup-ig-1-3-8",
        kind="repo",
        title="Berlin Group NextGenPSD2 XS2A Framework Implementation Guidelines, Version 1.3.8, 30 October 2020 (PDF), published by the Berlin Group under the Creative Commons Attribution-NoDerivatives 4.0 International Public License (CC BY-ND 4.0): section 14.11 Message Code, each message code's HTTP status and description, quoted here verbatim and credited to the Berlin Group, never reworded. The copy read is the one Staðlaráð Íslands (Icelandic Standards) keeps in stadlar/IST-FUT-FMTH",
        url="https://github.com/stadlar/IST-FUT-FMTH/blob/f70f733ffbb12e5bfe320383cba52024aca85cb1/Vinnusv%C3%A6%C3%B0i/Stu%C3%B0ningsefni/Berlin-group/v.1.3.8/03.%20NextGenPSD2%20Access%20to%20Account%20Interoperability%20Framework%20-%20Implementation%20Guidelines%20V1.3.8_20201030.pdf",
        read_in_part="The PDF's text was read for its License Notice (first page) and its section 14.11 Message Code (14.11.1 to 14.11.5, printed pages 276 to 281), every row of which was read; the rest of the Guidelines was not read.",
    ),
}


def _MessageCode() -> type[CodeEnum]:
    class MessageCode(CodeEnum):
        """Message code: The code of an error or warning of an XS2A response: each tppMessages entry's code in the NextGenPSD2 body (application/json), or the code and each additionalErrors entry's code in the RFC 7807 body (application/problem+json), and the code of a message sent with a successful answer. The Berlin Group's OpenAPI files 1.3.8 and 1.3.11, each read whole, list the codes allowed for each HTTP status and service (MessageCode<status>_<service>), each a code without a text of its own. The texts are the Berlin Group's Implementation Guidelines 1.3.8 (section 14.11 Message Code), published under CC BY-ND 4.0: a description not marked as bankcodes' wording is quoted from them verbatim, with credit, and never reworded. The file 1.3.11 adds FUNDS_NOT_AVAILABLE (200, a payment initiation's status) and BENEFICIARY_WHITELISTING_REQUIRED (201, a payment initiation), which the 1.3.8 Guidelines do not list (their descriptions are bankcodes' wording), lists WARNING for the 201 answer to a payment initiation too, spells REQUIRED_KID_MISSING as KID_MISSING (one code, whose new spelling is its alias), and lists every other code under the same HTTP statuses and services as 1.3.8. The notes quote an implementation's text where there is one.

        Wire field: tppMessages[].code (application/json), or code and additionalErrors[].code (application/problem+json), of an XS2A error response; tppMessages[].code of a successful (2xx) response."""

        WARNING = "WARNING"
        FORMAT_ERROR = "FORMAT_ERROR"
        PARAMETER_NOT_CONSISTENT = "PARAMETER_NOT_CONSISTENT"
        PARAMETER_NOT_SUPPORTED = "PARAMETER_NOT_SUPPORTED"
        SERVICE_INVALID = "SERVICE_INVALID"
        RESOURCE_UNKNOWN = "RESOURCE_UNKNOWN"
        RESOURCE_EXPIRED = "RESOURCE_EXPIRED"
        RESOURCE_BLOCKED = "RESOURCE_BLOCKED"
        TIMESTAMP_INVALID = "TIMESTAMP_INVALID"
        PERIOD_INVALID = "PERIOD_INVALID"
        SCA_METHOD_UNKNOWN = "SCA_METHOD_UNKNOWN"
        SCA_INVALID = "SCA_INVALID"
        CONSENT_UNKNOWN = "CONSENT_UNKNOWN"
        SESSIONS_NOT_SUPPORTED = "SESSIONS_NOT_SUPPORTED"
        PAYMENT_FAILED = "PAYMENT_FAILED"
        EXECUTION_DATE_INVALID = "EXECUTION_DATE_INVALID"
        CARD_INVALID = "CARD_INVALID"
        NO_PIIS_ACTIVATION = "NO_PIIS_ACTIVATION"
        REFERENCE_MIX_INVALID = "REFERENCE_MIX_INVALID"
        CERTIFICATE_INVALID = "CERTIFICATE_INVALID"
        ROLE_INVALID = "ROLE_INVALID"
        CERTIFICATE_EXPIRED = "CERTIFICATE_EXPIRED"
        CERTIFICATE_BLOCKED = "CERTIFICATE_BLOCKED"
        CERTIFICATE_REVOKE = "CERTIFICATE_REVOKE"
        CERTIFICATE_MISSING = "CERTIFICATE_MISSING"
        SIGNATURE_INVALID = "SIGNATURE_INVALID"
        SIGNATURE_MISSING = "SIGNATURE_MISSING"
        CORPORATE_ID_INVALID = "CORPORATE_ID_INVALID"
        PSU_CREDENTIALS_INVALID = "PSU_CREDENTIALS_INVALID"
        CONSENT_INVALID = "CONSENT_INVALID"
        CONSENT_EXPIRED = "CONSENT_EXPIRED"
        TOKEN_UNKNOWN = "TOKEN_UNKNOWN"
        TOKEN_INVALID = "TOKEN_INVALID"
        TOKEN_EXPIRED = "TOKEN_EXPIRED"
        REQUIRED_KID_MISSING = "REQUIRED_KID_MISSING"
        SERVICE_BLOCKED = "SERVICE_BLOCKED"
        PRODUCT_INVALID = "PRODUCT_INVALID"
        PRODUCT_UNKNOWN = "PRODUCT_UNKNOWN"
        CANCELLATION_INVALID = "CANCELLATION_INVALID"
        REQUESTED_FORMATS_INVALID = "REQUESTED_FORMATS_INVALID"
        STATUS_INVALID = "STATUS_INVALID"
        REFERENCE_STATUS_INVALID = "REFERENCE_STATUS_INVALID"
        ACCESS_EXCEEDED = "ACCESS_EXCEEDED"
        FUNDS_NOT_AVAILABLE = "FUNDS_NOT_AVAILABLE"
        BENEFICIARY_WHITELISTING_REQUIRED = "BENEFICIARY_WHITELISTING_REQUIRED"

    register(
        MessageCode,
        lambda: (
            CodeSetInfo(
                provider="berlingroup",
                id="message_code",
                title="Message code",
                description="The code of an error or warning of an XS2A response: each tppMessages entry's code in the NextGenPSD2 body (application/json), or the code and each additionalErrors entry's code in the RFC 7807 body (application/problem+json), and the code of a message sent with a successful answer. The Berlin Group's OpenAPI files 1.3.8 and 1.3.11, each read whole, list the codes allowed for each HTTP status and service (MessageCode<status>_<service>), each a code without a text of its own. The texts are the Berlin Group's Implementation Guidelines 1.3.8 (section 14.11 Message Code), published under CC BY-ND 4.0: a description not marked as bankcodes' wording is quoted from them verbatim, with credit, and never reworded. The file 1.3.11 adds FUNDS_NOT_AVAILABLE (200, a payment initiation's status) and BENEFICIARY_WHITELISTING_REQUIRED (201, a payment initiation), which the 1.3.8 Guidelines do not list (their descriptions are bankcodes' wording), lists WARNING for the 201 answer to a payment initiation too, spells REQUIRED_KID_MISSING as KID_MISSING (one code, whose new spelling is its alias), and lists every other code under the same HTTP statuses and services as 1.3.8. The notes quote an implementation's text where there is one.",
                field="tppMessages[].code (application/json), or code and additionalErrors[].code (application/problem+json), of an XS2A error response; tppMessages[].code of a successful (2xx) response",
                sources=(
                    _S["berlingroup-psd2-api-1-3-8"],
                    _S["berlingroup-psd2-api-1-3-11"],
                    _S["berlingroup-ig-1-3-8"],
                ),
            ),
            (
                CodeInfo(
                    value="WARNING",
                    description="A warning sent with a successful (2xx) response; its text says what it is about.",
                    category=_C.SUCCESS,
                    sources=(_S["berlingroup-psd2-api-1-3-8"], _S["berlingroup-psd2-api-1-3-11"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=201,
                            sources=(_S["berlingroup-psd2-api-1-3-11"],),
                            context="MessageCode201PaymentInitiation (L8159), file 1.3.11",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/berlingroup/message_code/#WARNING",
                    editorial=True,
                    notes="The Berlin Group's file 1.3.8 lists it as the only value of MessageCode2XX (L7912-7916, \"Message codes for HTTP Error codes 2XX.\"), the code of a tppMessage2XX in the tppMessages of successful responses (e.g. L6679-6682). It is not one of the MessageCode4xx enums. The file 1.3.11 also lists it in MessageCode201PaymentInitiation (L8159, \"Message codes for HTTP Codes 201 to a Payment Initiation Request.\"), the code of the tppMessages of the 201 answer to a payment initiation (L6863-6866), beside BENEFICIARY_WHITELISTING_REQUIRED; MessageCode2XX remains, the code of the tppMessages of a signing basket's 201 answer (L7284-7287). Neither file gives a text for it, nor does the Guidelines' table of message codes (1.3.8, section 14.11); the description is bankcodes' wording.",
                ),
                CodeInfo(
                    value="FORMAT_ERROR",
                    description="Format of certain request fields are not matching the XS2A requirements. An explicit path to the corresponding field might be added in the return message.\n\nThis applies to headers and body entries. It also applies in cases where these entries are referring to erroneous or not existing data instances, e.g. a malformed IBAN.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode400_AIS (L7923), MessageCode400_PIS (L7942), MessageCode400_PIIS (L7962), MessageCode400_SBS (L7982)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#FORMAT_ERROR",
                    notes="The Berlin Group's file lists it under 400: 400_AIS, 400_PIS, 400_PIIS, 400_SBS, with the comment \"#gen\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.1, Service Unspecific HTTP Error Codes). adorsys's xs2a, an implementation, keeps the text \"Format of certain request fields are not matching the XS2A requirements\" (FORMAT_ERROR, L27) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="PARAMETER_NOT_CONSISTENT",
                    description="Parameters submitted by TPP are not consistent. This applies only for query parameters.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode400_AIS (L7924), MessageCode400_PIS (L7943), MessageCode400_PIIS (L7963), MessageCode400_SBS (L7983)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#PARAMETER_NOT_CONSISTENT",
                    notes="The Berlin Group's file lists it under 400: 400_AIS, 400_PIS, 400_PIIS, 400_SBS, with the comment \"#gen\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.1, Service Unspecific HTTP Error Codes). adorsys's xs2a, an implementation, keeps the text \"Parameters submitted by TPP are not consistent.\" (PARAMETER_NOT_CONSISTENT, L143) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="PARAMETER_NOT_SUPPORTED",
                    description='The parameter is not supported by the API provider. This code should only be used for parameters that are described as "optional if supported by API provider."',
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode400_AIS (L7925), MessageCode400_PIS (L7944), MessageCode400_PIIS (L7964), MessageCode400_SBS (L7984)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#PARAMETER_NOT_SUPPORTED",
                    notes="The Berlin Group's file lists it under 400: 400_AIS, 400_PIS, 400_PIIS, 400_SBS, with the comment \"#gen\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.1, Service Unspecific HTTP Error Codes). adorsys's xs2a, an implementation, keeps the text \"The parameter is not supported by the API provider\" (PARAMETER_NOT_SUPPORTED, L128) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="SERVICE_INVALID",
                    description="The addressed service is not valid for the addressed resources or the submitted data.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode400_AIS (L7926), MessageCode400_PIS (L7945), MessageCode400_PIIS (L7965), MessageCode400_SBS (L7985)",
                        ),
                        HttpStatus(
                            status=405,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode405_PIS (L8155), MessageCode405_PIS_CANC (L8163), MessageCode405_AIS (L8169), MessageCode405_PIIS (L8175), MessageCode405_SBS (L8181)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#SERVICE_INVALID",
                    notes='The Berlin Group\'s file lists it under 400: 400_AIS, 400_PIS, 400_PIIS, 400_SBS; 405: 405_PIS, 405_PIS_CANC, 405_AIS, 405_PIIS, 405_SBS, with the comment "#gen" and "#gens". The file gives no text for it; the description is the Berlin Group\'s, in its Implementation Guidelines 1.3.8 (section 14.11.1, Service Unspecific HTTP Error Codes). adorsys\'s xs2a, an implementation, keeps the text "The addressed service is not valid for the addressed resources or the submitted data" (SERVICE_INVALID_400, L104; SERVICE_INVALID_405, L107) for it in its message bundle (error_message.properties): adorsys\'s words, not the Berlin Group\'s.',
                ),
                CodeInfo(
                    value="RESOURCE_UNKNOWN",
                    description="The addressed resource is unknown relative to the TPP.\n\nAn example for a payload reference is creating a signing basket with an unknown resource identficiation.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode400_AIS (L7927), MessageCode400_PIS (L7946), MessageCode400_PIIS (L7966), MessageCode400_SBS (L7986)",
                        ),
                        HttpStatus(
                            status=403,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode403_PIS (L8088), MessageCode403_AIS (L8098), MessageCode403_PIIS (L8108), MessageCode403_SBS (L8118)",
                        ),
                        HttpStatus(
                            status=404,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode404_PIS (L8126), MessageCode404_AIS (L8134), MessageCode404_PIIS (L8141), MessageCode404_SBS (L8148)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#RESOURCE_UNKNOWN",
                    notes='The Berlin Group\'s file lists it under 400: 400_AIS, 400_PIS, 400_PIIS, 400_SBS; 403: 403_PIS, 403_AIS, 403_PIIS, 403_SBS; 404: 404_PIS, 404_AIS, 404_PIIS, 404_SBS, with the comment "#gen" and "#gens". The file gives no text for it; the description is the Berlin Group\'s, in its Implementation Guidelines 1.3.8 (section 14.11.1, Service Unspecific HTTP Error Codes). adorsys\'s xs2a, an implementation, keeps the text "The addressed resource is unknown relative to the TPP" (RESOURCE_UNKNOWN_400, L124; RESOURCE_UNKNOWN_403, L123; RESOURCE_UNKNOWN_404, L119) for it in its message bundle (error_message.properties): adorsys\'s words, not the Berlin Group\'s.',
                ),
                CodeInfo(
                    value="RESOURCE_EXPIRED",
                    description="The addressed resource is associated with the TPP but has expired, not addressable anymore.",
                    category=_C.SESSION_EXPIRED,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode400_AIS (L7928), MessageCode400_PIS (L7947), MessageCode400_PIIS (L7967), MessageCode400_SBS (L7987)",
                        ),
                        HttpStatus(
                            status=403,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode403_PIS (L8089), MessageCode403_AIS (L8099), MessageCode403_PIIS (L8109), MessageCode403_SBS (L8119)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#RESOURCE_EXPIRED",
                    notes="The Berlin Group's file lists it under 400: 400_AIS, 400_PIS, 400_PIIS, 400_SBS; 403: 403_PIS, 403_AIS, 403_PIIS, 403_SBS, with the comment \"#gen\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.1, Service Unspecific HTTP Error Codes). adorsys's xs2a, an implementation, keeps the text \"The addressed resource is associated with the TPP but has expired, not addressable anymore\" (RESOURCE_EXPIRED_400, L126; RESOURCE_EXPIRED_403, L125) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="RESOURCE_BLOCKED",
                    description="The addressed resource is not addressable by this request, since it is blocked e.g. by a grouping in a signing basket.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode400_AIS (L7929), MessageCode400_PIS (L7948), MessageCode400_PIIS (L7968), MessageCode400_SBS (L7988)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#RESOURCE_BLOCKED",
                    notes='The Berlin Group\'s file lists it under 400: 400_AIS, 400_PIS, 400_PIIS, 400_SBS, with the comment "#gen". The file gives no text for it; the description is the Berlin Group\'s, in its Implementation Guidelines 1.3.8 (section 14.11.1, Service Unspecific HTTP Error Codes). adorsys\'s xs2a, an implementation, keeps the texts "The addressed resource is not addressable by this request, since it is blocked e.g. by a grouping in a signing basket" (RESOURCE_BLOCKED_SB, L142) and "Payment is finalised already and cannot be cancelled" (RESOURCE_BLOCKED, L141) for it in its message bundle (error_message.properties): adorsys\'s words, not the Berlin Group\'s.',
                ),
                CodeInfo(
                    value="TIMESTAMP_INVALID",
                    description="Timestamp not in accepted time period.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode400_AIS (L7930), MessageCode400_PIS (L7949), MessageCode400_PIIS (L7969), MessageCode400_SBS (L7989)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#TIMESTAMP_INVALID",
                    notes="The Berlin Group's file lists it under 400: 400_AIS, 400_PIS, 400_PIIS, 400_SBS, with the comment \"#gen\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.1, Service Unspecific HTTP Error Codes). adorsys's xs2a, an implementation, keeps the text \"Timestamp not in accepted time period\" (TIMESTAMP_INVALID, L83) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="PERIOD_INVALID",
                    description="Requested time period out of bound.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode400_AIS (L7931), MessageCode400_PIS (L7950), MessageCode400_PIIS (L7970), MessageCode400_SBS (L7990)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#PERIOD_INVALID",
                    notes="The Berlin Group's file lists it under 400: 400_AIS, 400_PIS, 400_PIIS, 400_SBS, with the comment \"#gen\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.1, Service Unspecific HTTP Error Codes). adorsys's xs2a, an implementation, keeps the text \"Requested time period out of bound\" (PERIOD_INVALID, L84) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="SCA_METHOD_UNKNOWN",
                    description="Addressed SCA method in the Authentication Method Select Request is unknown or cannot be matched by the ASPSP with the PSU.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode400_AIS (L7932), MessageCode400_PIS (L7951), MessageCode400_PIIS (L7971), MessageCode400_SBS (L7991)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#SCA_METHOD_UNKNOWN",
                    notes="The Berlin Group's file lists it under 400: 400_AIS, 400_PIS, 400_PIIS, 400_SBS, with the comment \"#gen\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.1, Service Unspecific HTTP Error Codes). adorsys's xs2a, an implementation, keeps the text \"Addressed SCA method in the AuthenticationObject Method Select Request is unknown or cannot be matched by the ASPSP with the PSU\" (SCA_METHOD_UNKNOWN, L86) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="SCA_INVALID",
                    description='Method Application on authorisation resource (e.g. Confirmation Request) blocked since SCA status of the resource equals "failed".',
                    category=_C.MFA_FAILED,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode400_AIS (L7933), MessageCode400_PIS (L7952), MessageCode400_PIIS (L7972), MessageCode400_SBS (L7992)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#SCA_INVALID",
                    notes="The Berlin Group's file lists it under 400: 400_AIS, 400_PIS, 400_PIIS, 400_SBS, with the comment \"#gen\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.1, Service Unspecific HTTP Error Codes). adorsys's xs2a, an implementation, keeps the text \"SCA of the resource failed during confirmation of authorisation\" (SCA_INVALID, L152) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="CONSENT_UNKNOWN",
                    description="The Consent-ID cannot be matched by the ASPSP relative to the TPP.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode400_AIS (L7934), MessageCode400_PIS (L7953), MessageCode400_PIIS (L7973), MessageCode400_SBS (L7993)",
                        ),
                        HttpStatus(
                            status=403,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode403_PIS (L8086), MessageCode403_AIS (L8096), MessageCode403_PIIS (L8106), MessageCode403_SBS (L8116)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#CONSENT_UNKNOWN",
                    notes='The Berlin Group\'s file lists it under 400: 400_AIS, 400_PIS, 400_PIIS, 400_SBS; 403: 403_PIS, 403_AIS, 403_PIIS, 403_SBS, with the comment "#gen". The file gives no text for it; the description is the Berlin Group\'s, in its Implementation Guidelines 1.3.8 (section 14.11.1, Service Unspecific HTTP Error Codes). adorsys\'s xs2a, an implementation, keeps the texts "The Consent-ID cannot be matched by the ASPSP relative to the TPP" (CONSENT_UNKNOWN_400, L115) and "Please provide correct consentId." (CONSENT_UNKNOWN_403, L113) for it in its message bundle (error_message.properties): adorsys\'s words, not the Berlin Group\'s.',
                ),
                CodeInfo(
                    value="SESSIONS_NOT_SUPPORTED",
                    description="The combined service flag may not be used with this ASPSP.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode400_AIS (L7935)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#SESSIONS_NOT_SUPPORTED",
                    notes='The Berlin Group\'s file lists it under 400: 400_AIS, with the comment "#AIS". The file gives no text for it; the description is the Berlin Group\'s, in its Implementation Guidelines 1.3.8 (section 14.11.3, AIS Specific HTTP Error Codes). adorsys\'s xs2a, an implementation, keeps the text "Sessions are not supported by ASPSP" (SESSIONS_NOT_SUPPORTED, L101) for it in its message bundle (error_message.properties): adorsys\'s words, not the Berlin Group\'s. The file uses "session" for a payment initiation addressed in the same session as an account information service (combinedServiceIndicator, L4118-4120; L10686: "part of a session, i.e. combined AIS/PIS service").',
                ),
                CodeInfo(
                    value="PAYMENT_FAILED",
                    description="The payment initiation POST request failed during the initial process. Additional information may be provided by the ASPSP.",
                    category=_C.REJECTED,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode400_PIS (L7954)",
                        ),
                    ),
                    group="pis",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#PAYMENT_FAILED",
                    notes="The Berlin Group's file lists it under 400: 400_PIS, with the comment \"#PIS\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.2, PIS Specific HTTP Error Codes). adorsys's xs2a, an implementation, keeps the text \"The payment initiation POST request failed during the initial process\" (PAYMENT_FAILED, L94) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="EXECUTION_DATE_INVALID",
                    description="The requested execution date is not a valid execution date for the ASPSP.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode400_PIS (L7955)",
                        ),
                    ),
                    group="pis",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#EXECUTION_DATE_INVALID",
                    notes="The Berlin Group's file lists it under 400: 400_PIS, with the comment \"#PIS\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.2, PIS Specific HTTP Error Codes). adorsys's xs2a, an implementation, keeps the text \"The requested execution date is not a valid execution date for the ASPSP\" (EXECUTION_DATE_INVALID, L98) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="CARD_INVALID",
                    description="Addressed card number is unknown to the ASPSP or not associated to the PSU.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode400_PIIS (L7974)",
                        ),
                    ),
                    group="piis",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#CARD_INVALID",
                    notes="The Berlin Group's file lists it under 400: 400_PIIS, with the comment \"#PIIS\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.4, PIIS Specific Error Codes). adorsys's xs2a, an implementation, keeps the text \"Addressed card number is unknown to the ASPSP or not associated to the PSU\" (CARD_INVALID, L138) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="NO_PIIS_ACTIVATION",
                    description="The PSU has not activated the addressed account for the usage of the PIIS associated with the TPP.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode400_PIIS (L7975)",
                        ),
                    ),
                    group="piis",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#NO_PIIS_ACTIVATION",
                    notes="The Berlin Group's file lists it under 400: 400_PIIS, with the comment \"#PIIS\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.4, PIIS Specific Error Codes). adorsys's xs2a, an implementation, keeps the text \"The PSU has not activated the addressed account for the usage of the PIIS associated with the TPP\" (NO_PIIS_ACTIVATION, L139) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="REFERENCE_MIX_INVALID",
                    description="The used combination of referenced objects is not supported in the ASPSPs signing basket function.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode400_SBS (L7994)",
                        ),
                    ),
                    group="sbs",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#REFERENCE_MIX_INVALID",
                    notes="The Berlin Group's file lists it under 400: 400_SBS, with the comment \"#SBS\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.5, Signing Basket Specific Error Codes). adorsys's xs2a, an implementation, keeps the text \"The used combination of referenced objects is not supported in the ASPSPs signing basket function.\" (REFERENCE_MIX_INVALID, L144) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="CERTIFICATE_INVALID",
                    description="The contents of the signature/corporate seal certificate are not matching PSD2 general PSD2 or attribute requirements.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode401_PIS (L8001), MessageCode401_AIS (L8023), MessageCode401_PIIS (L8044), MessageCode401_SBS (L8065)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#CERTIFICATE_INVALID",
                    notes="The Berlin Group's file lists it under 401: 401_PIS, 401_AIS, 401_PIIS, 401_SBS, with the comment \"#gen\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.1, Service Unspecific HTTP Error Codes). adorsys's xs2a, an implementation, keeps the text \"The contents of the signature/corporate seal certificate are not matching PSD2 general PSD2 or attribute requirements\" (CERTIFICATE_INVALID, L17) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="ROLE_INVALID",
                    description="The TPP does not have the correct PSD2 role to access this service.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode401_PIS (L8002), MessageCode401_AIS (L8024), MessageCode401_PIIS (L8045), MessageCode401_SBS (L8066)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#ROLE_INVALID",
                    notes="The Berlin Group's file lists it under 401: 401_PIS, 401_AIS, 401_PIIS, 401_SBS, with the comment \"#gen\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.1, Service Unspecific HTTP Error Codes), which list it twice with this text (the second time without its full stop). adorsys's xs2a, an implementation, keeps the text \"The TPP does not have the correct PSD2 role to access this service.\" (ROLE_INVALID, L146) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="CERTIFICATE_EXPIRED",
                    description="Signature/corporate seal certificate is expired.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode401_PIS (L8003), MessageCode401_AIS (L8025), MessageCode401_PIIS (L8046), MessageCode401_SBS (L8067)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#CERTIFICATE_EXPIRED",
                    notes="The Berlin Group's file lists it under 401: 401_PIS, 401_AIS, 401_PIIS, 401_SBS, with the comment \"#gen\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.1, Service Unspecific HTTP Error Codes). adorsys's xs2a, an implementation, keeps the text \"Certificate is expired\" (CERTIFICATE_EXPIRED, L20) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="CERTIFICATE_BLOCKED",
                    description="Signature/corporate seal certificate has been blocked by the ASPSP or the related NCA.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode401_PIS (L8004), MessageCode401_AIS (L8026), MessageCode401_PIIS (L8047), MessageCode401_SBS (L8068)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#CERTIFICATE_BLOCKED",
                    notes="The Berlin Group's file lists it under 401: 401_PIS, 401_AIS, 401_PIIS, 401_SBS, with the comment \"#gen\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.1, Service Unspecific HTTP Error Codes). adorsys's xs2a, an implementation, keeps the text \"Signature/corporate seal certificate has been blocked by the ASPSP\" (CERTIFICATE_BLOCKED, L21) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="CERTIFICATE_REVOKE",
                    description="Signature/corporate seal certificate has been revoked by QSTP.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                        _S["berlingroup-adorsys-xs2a-message-error-code"],
                        _S["berlingroup-wso2-tpp-message"],
                        _S["berlingroup-wso2-signature-validation"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode401_PIS (L8005), MessageCode401_AIS (L8027), MessageCode401_PIIS (L8048), MessageCode401_SBS (L8069)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#CERTIFICATE_REVOKE",
                    aliases=("CERTIFICATE_REVOKED",),
                    notes="The Berlin Group's file lists it under 401: 401_PIS, 401_AIS, 401_PIIS, 401_SBS, with the comment \"#gen\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.1, Service Unspecific HTTP Error Codes), which spell the code CERTIFICATE_REVOKED. adorsys's xs2a, an implementation, keeps the text \"Signature/corporate seal certificate has been revoked by QSTP\" (CERTIFICATE_REVOKED, L22) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's. CERTIFICATE_REVOKED is the implementations' spelling: adorsys's xs2a sends it (MessageErrorCode.java L51, whose wire value is the constant's name, HTTP 401), and so does WSO2's reference implementation (TPPMessage.java L55, 401; sent by SignatureValidationExecutor.java L249 when the signing certificate is revoked). adorsys's xs2a-adapter, generated from the file 1.3.8, keeps CERTIFICATE_REVOKE, as the file 1.3.11 spells it too.",
                ),
                CodeInfo(
                    value="CERTIFICATE_MISSING",
                    description="Signature/corporate seal certificate was not available in the request but is mandated for the corresponding.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode401_PIS (L8006), MessageCode401_AIS (L8028), MessageCode401_PIIS (L8049), MessageCode401_SBS (L8070)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#CERTIFICATE_MISSING",
                    notes="The Berlin Group's file lists it under 401: 401_PIS, 401_AIS, 401_PIIS, 401_SBS, with the comment \"#gen\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.1, Service Unspecific HTTP Error Codes). adorsys's xs2a, an implementation, keeps the text \"Signature/corporate seal certificate was not available in the request but is mandated for the corresponding\" (CERTIFICATE_MISSING, L23) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's. adorsys's text ends at \"corresponding\" (sic), in its message bundle and in the comment of MessageErrorCode.java L52.",
                ),
                CodeInfo(
                    value="SIGNATURE_INVALID",
                    description="Application layer eIDAS Signature for TPP authentication is not correct.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode401_PIS (L8007), MessageCode401_AIS (L8029), MessageCode401_PIIS (L8050), MessageCode401_SBS (L8071)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#SIGNATURE_INVALID",
                    notes="The Berlin Group's file lists it under 401: 401_PIS, 401_AIS, 401_PIIS, 401_SBS, with the comment \"#gen\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.1, Service Unspecific HTTP Error Codes). adorsys's xs2a, an implementation, keeps the text \"Application layer eIDAS Signature for TPP authentication is not correct\" (SIGNATURE_INVALID, L24) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="SIGNATURE_MISSING",
                    description="Application layer eIDAS Signature for TPP authentication is mandated by the ASPSP but is missing.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode401_PIS (L8008), MessageCode401_AIS (L8030), MessageCode401_PIIS (L8051), MessageCode401_SBS (L8072)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#SIGNATURE_MISSING",
                    notes="The Berlin Group's file lists it under 401: 401_PIS, 401_AIS, 401_PIIS, 401_SBS, with the comment \"#gen\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.1, Service Unspecific HTTP Error Codes). adorsys's xs2a, an implementation, keeps the text \"Application layer eIDAS Signature for TPP authentication is mandated by the ASPSP but is missing\" (SIGNATURE_MISSING, L25) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="CORPORATE_ID_INVALID",
                    description="The PSU-Corporate-ID cannot be matched by the addressed ASPSP.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode401_PIS (L8009), MessageCode401_AIS (L8031), MessageCode401_PIIS (L8052), MessageCode401_SBS (L8073)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#CORPORATE_ID_INVALID",
                    notes="The Berlin Group's file lists it under 401: 401_PIS, 401_AIS, 401_PIIS, 401_SBS, with the comment \"#gen\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.1, Service Unspecific HTTP Error Codes). adorsys's xs2a, an implementation, keeps the text \"The PSU-Corporate-ID cannot be matched by the addressed ASPSP\" (CORPORATE_ID_INVALID, L76) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="PSU_CREDENTIALS_INVALID",
                    description="The PSU-ID cannot be matched by the addressed ASPSP or is blocked, or a password resp. OTP was not correct. Additional information might be added.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode401_PIS (L8010), MessageCode401_AIS (L8032), MessageCode401_PIIS (L8053), MessageCode401_SBS (L8074)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#PSU_CREDENTIALS_INVALID",
                    notes="The Berlin Group's file lists it under 401: 401_PIS, 401_AIS, 401_PIIS, 401_SBS, with the comment \"#gen\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.1, Service Unspecific HTTP Error Codes). adorsys's xs2a, an implementation, keeps the text \"The PSU-ID cannot be matched by the addressed ASPSP or is blocked, or a password resp. OTP was not correct\" (PSU_CREDENTIALS_INVALID, L74) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="CONSENT_INVALID",
                    description="The consent was created by this TPP but is not valid for the addressed service/resource.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode401_PIS (L8011), MessageCode401_AIS (L8033), MessageCode401_PIIS (L8054), MessageCode401_SBS (L8075)",
                        ),
                        HttpStatus(
                            status=401,
                            sources=(_S["berlingroup-ig-1-3-8"],),
                            cause="The consent definition is not complete or invalid. In case of being not complete, the bank is not supporting a completion of the consent towards the PSU.\n\nAdditional information will be provided.",
                            context="Implementation Guidelines 1.3.8, section 14.11.3 AIS Specific HTTP Error Codes",
                            cause_by="provider",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#CONSENT_INVALID",
                    notes='The Berlin Group\'s file lists it under 401: 401_PIS, 401_AIS, 401_PIIS, 401_SBS, with the comment "#gen, AIS". The file gives no text for it; the description is the Berlin Group\'s, in its Implementation Guidelines 1.3.8 (section 14.11.1, Service Unspecific HTTP Error Codes); their AIS table (14.11.3) gives it a second text, kept as its AIS cause. adorsys\'s xs2a, an implementation, keeps the texts "The consent was created by this TPP but is not valid for the addressed service/resource" (CONSENT_INVALID, L77) and "Consent was revoked by PSU" (CONSENT_INVALID_REVOKED, L78) for it in its message bundle (error_message.properties): adorsys\'s words, not the Berlin Group\'s.',
                ),
                CodeInfo(
                    value="CONSENT_EXPIRED",
                    description="The consent was created by this TPP but has expired and needs to be renewed.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode401_PIS (L8012), MessageCode401_AIS (L8034), MessageCode401_PIIS (L8055), MessageCode401_SBS (L8076)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#CONSENT_EXPIRED",
                    notes="The Berlin Group's file lists it under 401: 401_PIS, 401_AIS, 401_PIIS, 401_SBS, with the comment \"#gen\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.1, Service Unspecific HTTP Error Codes). adorsys's xs2a, an implementation, keeps the text \"The consent was created by this TPP but has expired and needs to be renewed\" (CONSENT_EXPIRED, L79) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                    next_step="renew_consent",
                    state="consent_ended",
                    state_reason="The consent has been expired (e.g. after 90 days).",
                    fact_sources={
                        "state": ("berlingroup-ig-1-3-8",),
                        "next_step": ("berlingroup-ig-1-3-8",),
                    },
                ),
                CodeInfo(
                    value="TOKEN_UNKNOWN",
                    description="The OAuth2 token cannot be matched by the ASPSP relative to the TPP.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode401_PIS (L8013), MessageCode401_AIS (L8035), MessageCode401_PIIS (L8056), MessageCode401_SBS (L8077)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#TOKEN_UNKNOWN",
                    notes="The Berlin Group's file lists it under 401: 401_PIS, 401_AIS, 401_PIIS, 401_SBS, with the comment \"#gen\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.1, Service Unspecific HTTP Error Codes). adorsys's xs2a, an implementation, keeps the text \"The OAuth2 token cannot be matched by the ASPSP relative to the TPP\" (TOKEN_UNKNOWN, L80) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="TOKEN_INVALID",
                    description="The OAuth2 token is associated to the TPP but is not valid for the addressed service/resource.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode401_PIS (L8014), MessageCode401_AIS (L8036), MessageCode401_PIIS (L8057), MessageCode401_SBS (L8078)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#TOKEN_INVALID",
                    notes="The Berlin Group's file lists it under 401: 401_PIS, 401_AIS, 401_PIIS, 401_SBS, with the comment \"#gen\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.1, Service Unspecific HTTP Error Codes). adorsys's xs2a, an implementation, keeps the text \"The OAuth2 token is associated to the TPP but is not valid for the addressed service/resource\" (TOKEN_INVALID, L81) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="TOKEN_EXPIRED",
                    description="The OAuth2 token is associated to the TPP but has expired and needs to be renewed.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode401_PIS (L8015), MessageCode401_AIS (L8037), MessageCode401_PIIS (L8058), MessageCode401_SBS (L8079)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#TOKEN_EXPIRED",
                    notes="The Berlin Group's file lists it under 401: 401_PIS, 401_AIS, 401_PIIS, 401_SBS, with the comment \"#gen\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.1, Service Unspecific HTTP Error Codes). adorsys's xs2a, an implementation, keeps the text \"The OAuth2 token is associated to the TPP but has expired and needs to be renewed\" (TOKEN_EXPIRED, L82) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="REQUIRED_KID_MISSING",
                    description="The payment initiation has failed due to a missing KID. This is a specific message code for the Norwegian market, where ASPSP can require the payer to transmit the KID.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                        _S["berlingroup-adorsys-xs2a-message-error-code"],
                        _S["berlingroup-adorsys-xs2a-roadmap"],
                        _S["berlingroup-wso2-tpp-message"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode401_PIS (L8016)",
                        ),
                        HttpStatus(
                            status=401,
                            sources=(_S["berlingroup-psd2-api-1-3-11"],),
                            context="MessageCode401_PIS (L8259), spelled KID_MISSING",
                        ),
                    ),
                    group="pis",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#REQUIRED_KID_MISSING",
                    aliases=("KID_MISSING",),
                    notes="The Berlin Group's file 1.3.8 lists it under 401: 401_PIS, with the comment \"#PIS\"; its file 1.3.11 lists KID_MISSING in its place (MessageCode401_PIS, L8259, with the same comment, last as before): the code renamed, so KID_MISSING is its alias and REQUIRED_KID_MISSING stays its value. The files give no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.2, PIS Specific HTTP Error Codes), which say it is specific to the Norwegian market. adorsys's xs2a, an implementation, keeps the text \"The payment initiation has failed due to a missing KID\" (KID_MISSING, L97) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's. The file does not say what a KID is here. adorsys's xs2a sends KID_MISSING (MessageErrorCode.java L474, HTTP 401), and its roadmap lists 'Error Code \"REQUIRED_KID_MISSING\" renamed to \"KID_MISSING\"' among the changes of its migration to the Berlin Group's OpenAPI file 1.3.11 (roadmap.adoc L54-59), as that file has it. WSO2's reference implementation sends REQUIRED_KID_MISSING (TPPMessage.java L91, 401).",
                ),
                CodeInfo(
                    value="SERVICE_BLOCKED",
                    description="This service is not reachable for the addressed PSU due to a channel independent blocking by the ASPSP. Additional information might be given by the ASPSP.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=403,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode403_PIS (L8087), MessageCode403_AIS (L8097), MessageCode403_PIIS (L8107), MessageCode403_SBS (L8117)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#SERVICE_BLOCKED",
                    notes="The Berlin Group's file lists it under 403: 403_PIS, 403_AIS, 403_PIIS, 403_SBS, with the comment \"#gen\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.1, Service Unspecific HTTP Error Codes). adorsys's xs2a, an implementation, keeps the text \"This service is not reachable for the addressed PSU due to a channel independent blocking by the ASPSP\" (SERVICE_BLOCKED, L111) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="PRODUCT_INVALID",
                    description="The addressed payment product is not available for the PSU .",
                    category=_C.REJECTED,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=403,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode403_PIS (L8090)",
                        ),
                    ),
                    group="pis",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#PRODUCT_INVALID",
                    notes="The Berlin Group's file lists it under 403: 403_PIS, with the comment \"#PIS\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.2, PIS Specific HTTP Error Codes). adorsys's xs2a, an implementation, keeps the text \"The addressed payment product is not available for the PSU\" (PRODUCT_INVALID, L90) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="PRODUCT_UNKNOWN",
                    description="The addressed payment product is not supported by the ASPSP.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode404_PIS (L8127)",
                        ),
                    ),
                    group="pis",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#PRODUCT_UNKNOWN",
                    notes="The Berlin Group's file lists it under 404: 404_PIS, with the comment \"#PIS\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.2, PIS Specific HTTP Error Codes). adorsys's xs2a, an implementation, keeps the text \"The addressed payment product is not supported by the ASPSP\" (PRODUCT_UNKNOWN, L92) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="CANCELLATION_INVALID",
                    description="The addressed payment is not cancellable e.g. due to cut off time passed or legal constraints.",
                    category=_C.REJECTED,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=405,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode405_PIS_CANC (L8162)",
                        ),
                    ),
                    group="pis",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#CANCELLATION_INVALID",
                    notes="The Berlin Group's file lists it under 405: 405_PIS_CANC, with the comment \"#PIS\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.2, PIS Specific HTTP Error Codes). adorsys's xs2a, an implementation, keeps the text \"Payment initiation cannot be cancelled due to legal or other operational reasons\" (CANCELLATION_INVALID, L147) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="REQUESTED_FORMATS_INVALID",
                    description="The requested formats in the Accept header entry are not matching the formats offered by the ASPSP.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=406,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode406_AIS (L8188)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#REQUESTED_FORMATS_INVALID",
                    notes="The Berlin Group's file lists it under 406: 406_AIS, with the comment \"#AIS\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.3, AIS Specific HTTP Error Codes). adorsys's xs2a, an implementation, keeps the text \"The requested formats in the Accept header entry are not matching the formats offered by the ASPSP\" (REQUESTED_FORMATS_INVALID, L103) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="STATUS_INVALID",
                    description="The addressed resource does not allow addtitional authorisation.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=409,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode409_AIS (L8194), MessageCode409_PIS (L8200), MessageCode409_PIIS (L8206), MessageCode409_SBS (L8213)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#STATUS_INVALID",
                    notes="The Berlin Group's file lists it under 409: 409_AIS, 409_PIS, 409_PIIS, 409_SBS, with the comment \"#gen\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.1, Service Unspecific HTTP Error Codes). adorsys's xs2a, an implementation, keeps the text \"The addressed resource does not allow additional authorisation\" (STATUS_INVALID, L148) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="REFERENCE_STATUS_INVALID",
                    description="At least one of the references is already fully authorised.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=409,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode409_SBS (L8212)",
                        ),
                    ),
                    group="sbs",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#REFERENCE_STATUS_INVALID",
                    notes="The Berlin Group's file lists it under 409: 409_SBS, with the comment \"#SBS\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.5, Signing Basket Specific Error Codes). adorsys's xs2a, an implementation, keeps the text \"At least one of the references is already fully authorised.\" (REFERENCE_STATUS_INVALID, L145) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's.",
                ),
                CodeInfo(
                    value="ACCESS_EXCEEDED",
                    description="The access on the account has been exceeding the consented multiplicity without PSU involvement per day.",
                    category=_C.RATE_LIMITED,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-8"],
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["berlingroup-ig-1-3-8"],
                        _S["berlingroup-adorsys-xs2a-error-messages"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=429,
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                            context="MessageCode429_AIS (L8220)",
                        ),
                    ),
                    group="ais",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-ig-1-3-8"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["berlingroup-adorsys-xs2a-error-messages"],),
                        ),
                    ),
                    page="reference/berlingroup/message_code/#ACCESS_EXCEEDED",
                    notes="The Berlin Group's file lists it under 429: 429_AIS, with the comment \"#AIS\". The file gives no text for it; the description is the Berlin Group's, in its Implementation Guidelines 1.3.8 (section 14.11.3, AIS Specific HTTP Error Codes). adorsys's xs2a, an implementation, keeps the text \"The access on the account has been exceeding the consented multiplicity per day\" (ACCESS_EXCEEDED, L102) for it in its message bundle (error_message.properties): adorsys's words, not the Berlin Group's. The count is per day (the consent's frequencyPerDay: accesses without the PSU), and no file read states when the day's count resets (the ASPSP's calendar day or a rolling one): 24 hours (86400 s) after the refusal it has reset in either reading, so that is the wait; an access with the PSU involved is not counted.",
                    wait_seconds=86400,
                    fact_sources={"wait_seconds": ("berlingroup-ig-1-3-8",)},
                ),
                CodeInfo(
                    value="FUNDS_NOT_AVAILABLE",
                    description="A message of the answer to a payment initiation's status request saying that the funds for the payment are not available.",
                    category=_C.REJECTED,
                    sources=(
                        _S["berlingroup-psd2-api-1-3-11"],
                        _S["n26-psd2-tpp-docs-dedicated-pisp"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    end_user={
                        "en": EndUserWords(
                            message="There was not enough money or payment limit available for this payment.",
                            action="Add money to your account or raise its payment limit, then make the payment again.",
                        ),
                        "fr": EndUserWords(
                            message="Il n'y avait pas assez d'argent ou de plafond de paiement disponible pour ce paiement.",
                            action="Approvisionnez votre compte ou relevez son plafond de paiement, puis refaites le paiement.",
                        ),
                        "ar": EndUserWords(
                            message="لم يكن هناك رصيد أو حد دفع كافٍ متاح لهذه الدفعة.",
                            action="أضف أموالاً إلى حسابك أو ارفع حد الدفع فيه، ثم أعد إجراء الدفعة.",
                        ),
                        "es": EndUserWords(
                            message="No había suficiente dinero ni límite de pago disponible para este pago.",
                            action="Añada dinero a su cuenta o aumente su límite de pago y vuelva a hacer el pago.",
                        ),
                        "pt": EndUserWords(
                            message="Não havia dinheiro ou limite de pagamento suficiente disponível para este pagamento.",
                            action="Adicione dinheiro à sua conta ou aumente o limite de pagamento e faça o pagamento novamente.",
                        ),
                    },
                    http=(
                        HttpStatus(
                            status=200,
                            sources=(_S["berlingroup-psd2-api-1-3-11"],),
                            context='MessageCode200InitiationStatus (L8148-8152, "Message codes for HTTP codes 200 to a Payment Initiation Status Request.")',
                        ),
                    ),
                    group="pis",
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["berlingroup-psd2-api-1-3-11"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/berlingroup/message_code/#FUNDS_NOT_AVAILABLE",
                    editorial=True,
                    notes="New in the Berlin Group's file 1.3.11 (not in 1.3.8): the only value of MessageCode200InitiationStatus, the code of the schema tppMessageInitiationStatusResponse-200 (L8493-8502), which no response of the file refers to; the answer to a payment initiation's status request (paymentInitiationStatusResponse-200_json, L6791) carries its messages in tppMessage items of tppMessageGeneric instead. The file gives no text for it and the Guidelines read (1.3.8) predate it: the description is bankcodes' reading of its name and placement. The payment's own status is the transactionStatus of the same answer; the category is that of a payment refused for want of funds. N26, a Berlin Group ASPSP, sends it in the tppMessages of a payment's status answer whose transactionStatus is RJCT, a final status, with the text \"Insufficient available balance or configured limits prevented execution after initial acceptance.\" (dedicated-pisp.md): the payment is not made for want of funds or of limit, and a new payment is needed once there is money or limit enough. The end user's words are bankcodes' reading of that text.",
                ),
                CodeInfo(
                    value="BENEFICIARY_WHITELISTING_REQUIRED",
                    description="A message of the 201 answer to a payment initiation saying that the payee must first be whitelisted, as a trusted beneficiary, with the ASPSP.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["berlingroup-psd2-api-1-3-11"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=201,
                            sources=(_S["berlingroup-psd2-api-1-3-11"],),
                            context='MessageCode201PaymentInitiation (L8155-8160, "Message codes for HTTP Codes 201 to a Payment Initiation Request.")',
                        ),
                    ),
                    group="pis",
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["berlingroup-psd2-api-1-3-11"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/berlingroup/message_code/#BENEFICIARY_WHITELISTING_REQUIRED",
                    editorial=True,
                    notes="New in the Berlin Group's file 1.3.11 (not in 1.3.8): listed with WARNING in MessageCode201PaymentInitiation, the code of the tppMessages of the 201 answer to a payment initiation (paymentInitationRequestResponse-201, L6863-6866). The file gives no text for it and the Guidelines read (1.3.8) predate it: the description is bankcodes' reading of its name and placement.",
                ),
            ),
        ),
        {"CERTIFICATE_REVOKED": "CERTIFICATE_REVOKE", "KID_MISSING": "REQUIRED_KID_MISSING"},
    )
    return MessageCode


def _ConsentStatus() -> type[CodeEnum]:
    class ConsentStatus(CodeEnum):
        """Consent status: The overall lifecycle status of a consent (consentStatus of the 1.3.11 file: “This is the overall lifecycle status of the consent.”), each description the file's text for the value. “The ASPSP might add further codes. These codes then shall be contained in the ASPSP's documentation of the XS2A interface and has to be added to this API definition as well.”

        Wire field: consentStatus of a consent (its creation's answer, GET /v1/consents/{consentId} and its /status)."""

        received = "received"
        rejected = "rejected"
        valid = "valid"
        revokedByPsu = "revokedByPsu"
        expired = "expired"
        terminatedByTpp = "terminatedByTpp"
        partiallyAuthorised = "partiallyAuthorised"

    register(
        ConsentStatus,
        lambda: (
            CodeSetInfo(
                provider="berlingroup",
                id="consent_status",
                title="Consent status",
                description="The overall lifecycle status of a consent (consentStatus of the 1.3.11 file: “This is the overall lifecycle status of the consent.”), each description the file's text for the value. “The ASPSP might add further codes. These codes then shall be contained in the ASPSP's documentation of the XS2A interface and has to be added to this API definition as well.”",
                field="consentStatus of a consent (its creation's answer, GET /v1/consents/{consentId} and its /status)",
                states=True,
                sources=(_S["berlingroup-psd2-api-1-3-11"],),
            ),
            (
                CodeInfo(
                    value="received",
                    description="The consent data have been received and are technically correct. The data is not authorised yet.",
                    category=_C.PENDING,
                    sources=(_S["berlingroup-psd2-api-1-3-11"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-psd2-api-1-3-11"],),
                        ),
                    ),
                    page="reference/berlingroup/consent_status/#received",
                ),
                CodeInfo(
                    value="rejected",
                    description="The consent data have been rejected e.g. since no successful authorisation has taken place.",
                    category=_C.REJECTED,
                    sources=(_S["berlingroup-psd2-api-1-3-11"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-psd2-api-1-3-11"],),
                        ),
                    ),
                    page="reference/berlingroup/consent_status/#rejected",
                    state="needs_end_user",
                    state_reason="A rejected consent was never authorised: the customer has to authorise a new one.",
                ),
                CodeInfo(
                    value="valid",
                    description="The consent is accepted and valid for GET account data calls and others as specified in the consent object.",
                    category=_C.SUCCESS,
                    sources=(_S["berlingroup-psd2-api-1-3-11"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-psd2-api-1-3-11"],),
                        ),
                    ),
                    page="reference/berlingroup/consent_status/#valid",
                ),
                CodeInfo(
                    value="revokedByPsu",
                    description="The consent has been revoked by the PSU towards the ASPSP.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["berlingroup-psd2-api-1-3-11"], _S["berlingroup-ig-1-3-8"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-psd2-api-1-3-11"], _S["berlingroup-ig-1-3-8"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/berlingroup/consent_status/#revokedByPsu",
                    notes="Implementation Guidelines 1.3.8 (section 6): one of “the following codes ... supported during the lifecycle phase of the consent”, “The consent has been revoked by the PSU.”",
                    state="revoked",
                    state_reason="The consent has been revoked by the PSU.",
                    fact_sources={"state": ("berlingroup-ig-1-3-8",)},
                ),
                CodeInfo(
                    value="expired",
                    description="The consent expired.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["berlingroup-psd2-api-1-3-11"], _S["berlingroup-ig-1-3-8"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-psd2-api-1-3-11"], _S["berlingroup-ig-1-3-8"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/berlingroup/consent_status/#expired",
                    notes='Implementation Guidelines 1.3.8 (section 6): “The consent has been expired (e.g. after 90 days).” and “The "expired" status will also apply to one off consents, once they are used or out dated.” A new consent is needed, as CONSENT_EXPIRED says (“The consent was created by this TPP but has expired and needs to be renewed.”).',
                    next_step="renew_consent",
                    state="consent_ended",
                    state_reason="The consent has been expired (e.g. after 90 days).",
                    fact_sources={
                        "state": ("berlingroup-ig-1-3-8",),
                        "next_step": ("berlingroup-ig-1-3-8",),
                    },
                ),
                CodeInfo(
                    value="terminatedByTpp",
                    description="The corresponding TPP has terminated the consent by applying the DELETE method to the consent resource.",
                    category=_C.CANCELLED,
                    sources=(_S["berlingroup-psd2-api-1-3-11"], _S["berlingroup-ig-1-3-8"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-psd2-api-1-3-11"], _S["berlingroup-ig-1-3-8"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/berlingroup/consent_status/#terminatedByTpp",
                    notes='Implementation Guidelines 1.3.8 (section 6): “The AIS has terminated the consent.” and “The "terminatedByTpp" status will also apply, when a recurring has been terminated in case of a side effect by the same TPP establishing a new consent for the same PSU.”',
                    state="revoked",
                    state_reason="The AIS has terminated the consent.",
                    fact_sources={"state": ("berlingroup-ig-1-3-8",)},
                ),
                CodeInfo(
                    value="partiallyAuthorised",
                    description="The consent is due to a multi-level authorisation, some but not all mandated authorisations have been performed yet.",
                    category=_C.PENDING,
                    sources=(_S["berlingroup-psd2-api-1-3-11"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["berlingroup-psd2-api-1-3-11"],),
                        ),
                    ),
                    page="reference/berlingroup/consent_status/#partiallyAuthorised",
                ),
            ),
        ),
        {},
    )
    return ConsentStatus


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(getattr(_PUBLIC, name) for name in ("MessageCode", "ConsentStatus"))
