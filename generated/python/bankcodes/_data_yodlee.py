# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.yodlee's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, NumericCodeEnum, register
from bankcodes._records import CodeInfo, CodeSetInfo, HttpStatus, Source, Wording
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.yodlee")
#: The documents its facts come from, by id.
_S = {
    "yodlee-docs-error-codes": Source(
        id="yodlee-docs-error-codes",
        kind="doc",
        title="Yodlee: Error Documentation (API error codes)",
        url="https://developer.yodlee.com/resources/yodlee/error-codes",
        read_in_part="A stored copy of the page, read from its start: the sample error response, the error object's three attributes and the Authentication Errors table from Y001 to Y008, cut in Y008's cause and action (\"…invalid or has expir\"); the rest of the table and the page's other tables (validation and generic errors) were not read.",
    ),
    "yodlee-docs-api-v1-0-error-codes": Source(
        id="yodlee-docs-api-v1-0-error-codes",
        kind="doc",
        title="Envestnet | Yodlee: Error Codes for Yodlee API v1.0 (refresh status codes)",
        url="https://developer.envestnet.com/resources/yodlee/api-v1-0-error-codes/docs",
        read_in_part="A stored copy of the page, read from its start: the three types of errors (agent, site, UAR) and the List of Error Codes' first four rows (0, 801, 802 and 401, cut in 401's description); the rest of the list was not read.",
    ),
    "yodlee-docs-fastlink4-error-handling": Source(
        id="yodlee-docs-fastlink4-error-handling",
        kind="doc",
        title="Yodlee: FastLink 4 Error Handling",
        url="https://developer.yodlee.com/resources/yodlee/fastlink-4/docs/error_handling",
        read_in_part="A stored copy of the page, read from its start: the sample error post message and its four attributes, and the Deep-Linking Errors table from E700 to E800, cut in E800's description; the rest of the page was not read.",
    ),
    "yodlee-docs-fastlink-upgrade-post-messages": Source(
        id="yodlee-docs-fastlink-upgrade-post-messages",
        kind="doc",
        title="Envestnet | Yodlee: FastLink Upgrade Post Messages",
        url="https://developer.envestnet.com/resources/yodlee/upgrade-guide/docs/fastlink-upgrade-post-messages",
        read_in_part='A stored copy of the page, read from its start: the field name changes of the post messages, the deprecated fields, the resize event\'s legacy and FastLink 4 bodies, cut in the legacy body of the Account Addition Failed message ("fnToCall":"accountStatus"); the other error, success and close events, and the Upgrade Guide\'s Error Code to Dataset Additional Status Mappings it links to, were not read.',
    ),
    "yodlee-docs-webhooks": Source(
        id="yodlee-docs-webhooks",
        kind="doc",
        title="Envestnet | Yodlee: Webhooks overview",
        url="https://developer.envestnet.com/resources/yodlee/webhooks/docs",
    ),
    "yodlee-java-additional-status": Source(
        id="yodlee-java-additional-status",
        kind="repo",
        title="Yodlee Java SDK: yodlee-api-model, AdditionalStatusType (dataset.additionalStatus)",
        url="https://github.com/Yodlee/java-sdk/blob/87a010a6304a76bdfeabcf65a103da0485917780/yodlee-api-model/src/main/java/com/yodlee/api/model/enums/AdditionalStatusType.java",
    ),
    "yodlee-java-provider-account-status": Source(
        id="yodlee-java-provider-account-status",
        kind="repo",
        title="Yodlee Java SDK: yodlee-api-model, ProviderAccountStatus (providerAccount.status)",
        url="https://github.com/Yodlee/java-sdk/blob/87a010a6304a76bdfeabcf65a103da0485917780/yodlee-api-model/src/main/java/com/yodlee/api/model/provideraccounts/enums/ProviderAccountStatus.java",
    ),
    "yodlee-java-yodlee-error": Source(
        id="yodlee-java-yodlee-error",
        kind="repo",
        title="Yodlee Java SDK: yodlee-api-model, YodleeError (the API error object)",
        url="https://github.com/Yodlee/java-sdk/blob/87a010a6304a76bdfeabcf65a103da0485917780/yodlee-api-model/src/main/java/com/yodlee/api/model/YodleeError.java",
    ),
    "yodlee-java-validation-messages": Source(
        id="yodlee-java-validation-messages",
        kind="repo",
        title="Yodlee Java SDK: yodlee-api-model, ValidationMessages_en.properties (the SDK's messages, each with its error code)",
        url="https://github.com/Yodlee/java-sdk/blob/87a010a6304a76bdfeabcf65a103da0485917780/yodlee-api-model/src/main/resources/ValidationMessages_en.properties",
    ),
    "yodlee-java-notification-events": Source(
        id="yodlee-java-notification-events",
        kind="repo",
        title="Yodlee Java SDK: yodlee-api-model, ConfigsNotificationEventType (the events a webhook subscription names)",
        url="https://github.com/Yodlee/java-sdk/blob/87a010a6304a76bdfeabcf65a103da0485917780/yodlee-api-model/src/main/java/com/yodlee/api/model/configs/enums/ConfigsNotificationEventType.java",
    ),
}


def _ErrorCode() -> type[CodeEnum]:
    class ErrorCode(CodeEnum):
        """API error code: The code of a failed Yodlee API request (errorCode), which "follows the format YNNN. The error codes do not change. New error codes may be added as we introduce new features and enhance functionalities." The Error Documentation page was read to Y008; Y303, Y800 and Y803 are named with their meanings by the Java SDK's validation messages, and Y804 by the page's sample. The categories are bankcodes' reading: the Y0NN codes concern the credentials and tokens of the integration with Yodlee (the cobrand and its users), not the end user's bank login.

        Wire field: errorCode (the API error body)."""

        Y001 = "Y001"
        Y002 = "Y002"
        Y003 = "Y003"
        Y005 = "Y005"
        Y006 = "Y006"
        Y007 = "Y007"
        Y008 = "Y008"
        Y303 = "Y303"
        Y800 = "Y800"
        Y803 = "Y803"
        Y804 = "Y804"

    register(
        ErrorCode,
        lambda: (
            CodeSetInfo(
                provider="yodlee",
                id="error_code",
                title="API error code",
                description="The code of a failed Yodlee API request (errorCode), which \"follows the format YNNN. The error codes do not change. New error codes may be added as we introduce new features and enhance functionalities.\" The Error Documentation page was read to Y008; Y303, Y800 and Y803 are named with their meanings by the Java SDK's validation messages, and Y804 by the page's sample. The categories are bankcodes' reading: the Y0NN codes concern the credentials and tokens of the integration with Yodlee (the cobrand and its users), not the end user's bank login.",
                field="errorCode (the API error body)",
                sources=(
                    _S["yodlee-docs-error-codes"],
                    _S["yodlee-java-yodlee-error"],
                    _S["yodlee-java-validation-messages"],
                ),
            ),
            (
                CodeInfo(
                    value="Y001",
                    description="loginName and password required",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["yodlee-docs-error-codes"],
                        _S["yodlee-java-yodlee-error"],
                        _S["yodlee-java-validation-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=401, sources=(_S["yodlee-docs-error-codes"],)),),
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["yodlee-docs-error-codes"],
                                _S["yodlee-java-yodlee-error"],
                                _S["yodlee-java-validation-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["yodlee-docs-error-codes"],
                                _S["yodlee-java-yodlee-error"],
                                _S["yodlee-java-validation-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/error_code/#Y001",
                    message="loginName and password required",
                    advice="You have not provided the login name or password to the cobrand (customer) login or user login services. Provide the valid login name and password.",
                ),
                CodeInfo(
                    value="Y002",
                    description="Invalid loginName/password",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["yodlee-docs-error-codes"],
                        _S["yodlee-java-yodlee-error"],
                        _S["yodlee-java-validation-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=401, sources=(_S["yodlee-docs-error-codes"],)),),
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["yodlee-docs-error-codes"],
                                _S["yodlee-java-yodlee-error"],
                                _S["yodlee-java-validation-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["yodlee-docs-error-codes"],
                                _S["yodlee-java-yodlee-error"],
                                _S["yodlee-java-validation-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/error_code/#Y002",
                    message="Invalid loginName/password",
                    advice="You have provided an incorrect login name or password to the cobrand (customer) or user login services. Provide the valid login name and password.",
                ),
                CodeInfo(
                    value="Y003",
                    description="Account is locked, contact Yodlee Customer Service",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["yodlee-docs-error-codes"],
                        _S["yodlee-java-yodlee-error"],
                        _S["yodlee-java-validation-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=401, sources=(_S["yodlee-docs-error-codes"],)),),
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["yodlee-docs-error-codes"],
                                _S["yodlee-java-yodlee-error"],
                                _S["yodlee-java-validation-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["yodlee-docs-error-codes"],
                                _S["yodlee-java-yodlee-error"],
                                _S["yodlee-java-validation-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/error_code/#Y003",
                    message="Account is locked, contact Yodlee Customer Service",
                    advice="You have exceeded the allowed number of login attempts by passing an incorrect password seven consecutive times. The account is now locked. Your trial period of using Yodlee API services in the developer portal environment has ended. Contact Yodlee Customer Service.",
                ),
                CodeInfo(
                    value="Y005",
                    description="Suspended user",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["yodlee-docs-error-codes"],
                        _S["yodlee-java-yodlee-error"],
                        _S["yodlee-java-validation-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=401, sources=(_S["yodlee-docs-error-codes"],)),),
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["yodlee-docs-error-codes"],
                                _S["yodlee-java-yodlee-error"],
                                _S["yodlee-java-validation-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["yodlee-docs-error-codes"],
                                _S["yodlee-java-yodlee-error"],
                                _S["yodlee-java-validation-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/error_code/#Y005",
                    message="Suspended user",
                    advice="The login name provided is for a suspended user. Contact Yodlee Customer Service.",
                ),
                CodeInfo(
                    value="Y006",
                    description="Unregistered user",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["yodlee-docs-error-codes"],
                        _S["yodlee-java-yodlee-error"],
                        _S["yodlee-java-validation-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=401, sources=(_S["yodlee-docs-error-codes"],)),),
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["yodlee-docs-error-codes"],
                                _S["yodlee-java-yodlee-error"],
                                _S["yodlee-java-validation-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["yodlee-docs-error-codes"],
                                _S["yodlee-java-yodlee-error"],
                                _S["yodlee-java-validation-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/error_code/#Y006",
                    message="Unregistered user",
                    advice="You have provided a user session for a user who has been unregistered from the system.",
                ),
                CodeInfo(
                    value="Y007",
                    description="Authorization header missing",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["yodlee-docs-error-codes"],
                        _S["yodlee-java-yodlee-error"],
                        _S["yodlee-java-validation-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=401, sources=(_S["yodlee-docs-error-codes"],)),),
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["yodlee-docs-error-codes"],
                                _S["yodlee-java-yodlee-error"],
                                _S["yodlee-java-validation-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["yodlee-docs-error-codes"],
                                _S["yodlee-java-yodlee-error"],
                                _S["yodlee-java-validation-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/error_code/#Y007",
                    message="Authorization header missing",
                    advice="You must provide the required authorization header parameter while invoking the API services. Refer to the authorization parameter recommendations.",
                ),
                CodeInfo(
                    value="Y008",
                    description="Invalid token in authorization header",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["yodlee-docs-error-codes"],
                        _S["yodlee-java-yodlee-error"],
                        _S["yodlee-java-validation-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=401, sources=(_S["yodlee-docs-error-codes"],)),),
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["yodlee-docs-error-codes"],
                                _S["yodlee-java-yodlee-error"],
                                _S["yodlee-java-validation-messages"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yodlee/error_code/#Y008",
                    message="Invalid token in authorization header",
                    notes='The page\'s cause and action begins "Regenerate the admin access/user access token as the token you have provided is invalid or has expir" and is cut there in the copy read.',
                    next_step="renew_access_token",
                    fact_sources={"next_step": ("yodlee-docs-error-codes",)},
                ),
                CodeInfo(
                    value="Y303",
                    description='The client credentials are missing: the SDK\'s messages give it as "The clientId is required." and "The secret is required."',
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yodlee-java-validation-messages"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yodlee/error_code/#Y303",
                    editorial=True,
                    notes="ValidationMessages_en.properties: config.clientId.required=Y303 - The clientId is required.; config.secret.required=Y303 - The secret is required.",
                ),
                CodeInfo(
                    value="Y800",
                    description='A value given is invalid: the SDK\'s messages give it as, for example, "The provided locale value is invalid." and "The provided callbackUrl value is invalid."',
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yodlee-java-validation-messages"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/yodlee/error_code/#Y800",
                    editorial=True,
                ),
                CodeInfo(
                    value="Y803",
                    description='A required value is missing: the SDK\'s messages give it as, for example, "The callbackUrl value is required." and "The eventName value is required."',
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yodlee-java-validation-messages"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/yodlee/error_code/#Y803",
                    editorial=True,
                ),
                CodeInfo(
                    value="Y804",
                    description="A parameter's value is outside its permitted range.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yodlee-docs-error-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message", by="provider", sources=(_S["yodlee-docs-error-codes"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yodlee/error_code/#Y804",
                    editorial=True,
                    message="Permitted values of top between 1 - 500",
                    notes="The code and message of the page's sample error response; the row of Y804 in the page's tables was not read.",
                ),
            ),
        ),
        {},
    )
    return ErrorCode


def _AdditionalStatus() -> type[CodeEnum]:
    class AdditionalStatus(CodeEnum):
        """Dataset additional status: Why a provider account's dataset is in its state (dataset[].additionalStatus: the status of the last update attempted for the dataset), as the Java SDK's AdditionalStatusType lists it, each with a description and a next action (the SDK's doc comments; its advice to the integrator). FastLink's post messages carry it too: the upgrade guide renames their statusCode to additionalStatus. The categories are bankcodes' reading.

        Wire field: dataset[].additionalStatus (a provider account; FastLink post messages' additionalStatus)."""

        LOGIN_IN_PROGRESS = "LOGIN_IN_PROGRESS"
        DATA_RETRIEVAL_IN_PROGRESS = "DATA_RETRIEVAL_IN_PROGRESS"
        ACCT_SUMMARY_RECEIVED = "ACCT_SUMMARY_RECEIVED"
        AVAILABLE_DATA_RETRIEVED = "AVAILABLE_DATA_RETRIEVED"
        PARTIAL_DATA_RETRIEVED = "PARTIAL_DATA_RETRIEVED"
        DATA_RETRIEVAL_FAILED = "DATA_RETRIEVAL_FAILED"
        DATA_NOT_AVAILABLE = "DATA_NOT_AVAILABLE"
        ACCOUNT_LOCKED = "ACCOUNT_LOCKED"
        ADDL_AUTHENTICATION_REQUIRED = "ADDL_AUTHENTICATION_REQUIRED"
        BETA_SITE_DEV_IN_PROGRESS = "BETA_SITE_DEV_IN_PROGRESS"
        CREDENTIALS_UPDATE_NEEDED = "CREDENTIALS_UPDATE_NEEDED"
        INCORRECT_CREDENTIALS = "INCORRECT_CREDENTIALS"
        PROPERTY_VALUE_NOT_AVAILABLE = "PROPERTY_VALUE_NOT_AVAILABLE"
        INVALID_ADDL_INFO_PROVIDED = "INVALID_ADDL_INFO_PROVIDED"
        REQUEST_TIME_OUT = "REQUEST_TIME_OUT"
        SITE_BLOCKING_ERROR = "SITE_BLOCKING_ERROR"
        UNEXPECTED_SITE_ERROR = "UNEXPECTED_SITE_ERROR"
        SITE_NOT_SUPPORTED = "SITE_NOT_SUPPORTED"
        SITE_UNAVAILABLE = "SITE_UNAVAILABLE"
        TECH_ERROR = "TECH_ERROR"
        USER_ACTION_NEEDED_AT_SITE = "USER_ACTION_NEEDED_AT_SITE"
        SITE_SESSION_INVALIDATED = "SITE_SESSION_INVALIDATED"
        NEW_AUTHENTICATION_REQUIRED = "NEW_AUTHENTICATION_REQUIRED"
        DATASET_NOT_SUPPORTED = "DATASET_NOT_SUPPORTED"
        ENROLLMENT_REQUIRED_FOR_DATASET = "ENROLLMENT_REQUIRED_FOR_DATASET"
        CONSENT_REQUIRED = "CONSENT_REQUIRED"
        CONSENT_EXPIRED = "CONSENT_EXPIRED"
        CONSENT_REVOKED = "CONSENT_REVOKED"
        INCORRECT_OAUTH_TOKEN = "INCORRECT_OAUTH_TOKEN"
        MIGRATION_IN_PROGRESS = "MIGRATION_IN_PROGRESS"
        NOT_AVAILABLE = "NOT_AVAILABLE"

    register(
        AdditionalStatus,
        lambda: (
            CodeSetInfo(
                provider="yodlee",
                id="additional_status",
                title="Dataset additional status",
                description="Why a provider account's dataset is in its state (dataset[].additionalStatus: the status of the last update attempted for the dataset), as the Java SDK's AdditionalStatusType lists it, each with a description and a next action (the SDK's doc comments; its advice to the integrator). FastLink's post messages carry it too: the upgrade guide renames their statusCode to additionalStatus. The categories are bankcodes' reading.",
                field="dataset[].additionalStatus (a provider account; FastLink post messages' additionalStatus)",
                sources=(
                    _S["yodlee-java-additional-status"],
                    _S["yodlee-docs-fastlink-upgrade-post-messages"],
                ),
            ),
            (
                CodeInfo(
                    value="LOGIN_IN_PROGRESS",
                    description="Login to provider site is in progress",
                    category=_C.PENDING,
                    sources=(
                        _S["yodlee-java-additional-status"],
                        _S["yodlee-docs-fastlink-upgrade-post-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/additional_status/#LOGIN_IN_PROGRESS",
                ),
                CodeInfo(
                    value="DATA_RETRIEVAL_IN_PROGRESS",
                    description="Data aggregation is in progress.",
                    category=_C.PENDING,
                    sources=(
                        _S["yodlee-java-additional-status"],
                        _S["yodlee-docs-fastlink-upgrade-post-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/additional_status/#DATA_RETRIEVAL_IN_PROGRESS",
                ),
                CodeInfo(
                    value="ACCT_SUMMARY_RECEIVED",
                    description="Basic account data is retrieved.",
                    category=_C.PENDING,
                    sources=(
                        _S["yodlee-java-additional-status"],
                        _S["yodlee-docs-fastlink-upgrade-post-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/additional_status/#ACCT_SUMMARY_RECEIVED",
                ),
                CodeInfo(
                    value="AVAILABLE_DATA_RETRIEVED",
                    description="All the data available at the provider site is retrieved for the provided dataset.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["yodlee-java-additional-status"],
                        _S["yodlee-docs-fastlink-upgrade-post-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/additional_status/#AVAILABLE_DATA_RETRIEVED",
                ),
                CodeInfo(
                    value="PARTIAL_DATA_RETRIEVED",
                    description="Partial data is retrieved for the dataset.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["yodlee-java-additional-status"],
                        _S["yodlee-docs-fastlink-upgrade-post-messages"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yodlee/additional_status/#PARTIAL_DATA_RETRIEVED",
                    advice="Instruct the user to try again if the mandatory data is missing. If the request fails repeatedly, report the issue to the customer service team",
                    notes="Some of the dataset's data was not retrieved: the category is the failure of the rest (bankcodes' reading).",
                ),
                CodeInfo(
                    value="DATA_RETRIEVAL_FAILED",
                    description="Failed to retrieve the data due to unexpected issues.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["yodlee-java-additional-status"],
                        _S["yodlee-docs-fastlink-upgrade-post-messages"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/additional_status/#DATA_RETRIEVAL_FAILED",
                    advice="Instruct the user to try again later. If the request fails repeatedly, report the issue to the customer service team",
                ),
                CodeInfo(
                    value="DATA_NOT_AVAILABLE",
                    description="The requested data or document is not available at the provider site.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["yodlee-java-additional-status"],
                        _S["yodlee-docs-fastlink-upgrade-post-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/additional_status/#DATA_NOT_AVAILABLE",
                    advice="Instruct the user to check with the respective data provider or provider site.",
                ),
                CodeInfo(
                    value="ACCOUNT_LOCKED",
                    description="The account is locked at the provider site. The user has exceeded the maximum number of incorrect login attempts resulting in the account getting locked.",
                    category=_C.ATTEMPTS_EXHAUSTED,
                    sources=(
                        _S["yodlee-java-additional-status"],
                        _S["yodlee-docs-fastlink-upgrade-post-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yodlee/additional_status/#ACCOUNT_LOCKED",
                    advice="Instruct the user to visit the provider site and take necessary actions to unlock the account",
                    notes="Locked after too many incorrect logins; the user unlocks it at the provider site.",
                ),
                CodeInfo(
                    value="ADDL_AUTHENTICATION_REQUIRED",
                    description="The provider site asks for more authentication (multi-factor) information.",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["yodlee-java-additional-status"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yodlee/additional_status/#ADDL_AUTHENTICATION_REQUIRED",
                    editorial=True,
                    notes="Its doc comment is empty; the description is bankcodes' reading of the name.",
                ),
                CodeInfo(
                    value="BETA_SITE_DEV_IN_PROGRESS",
                    description="Support of the provider site is still being developed (beta).",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["yodlee-java-additional-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yodlee/additional_status/#BETA_SITE_DEV_IN_PROGRESS",
                    editorial=True,
                    notes="Its doc comment is empty; the description is bankcodes' reading of the name.",
                ),
                CodeInfo(
                    value="CREDENTIALS_UPDATE_NEEDED",
                    description="Unable to log in to the provider site due to out-dated credentials. The site may be prompting the user to change or verify the credentials.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(
                        _S["yodlee-java-additional-status"],
                        _S["yodlee-docs-fastlink-upgrade-post-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/additional_status/#CREDENTIALS_UPDATE_NEEDED",
                    advice="Instruct the user to visit the provider site and perform the required actions, and invoke the edit account flow to update the credentials in the Yodlee system",
                ),
                CodeInfo(
                    value="INCORRECT_CREDENTIALS",
                    description="Unable to log in to the provider site due to incorrect credentials. The credentials that the user has provided are incorrect.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(
                        _S["yodlee-java-additional-status"],
                        _S["yodlee-docs-fastlink-upgrade-post-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/additional_status/#INCORRECT_CREDENTIALS",
                    advice="Instruct the user to provide the correct credentials by invoking the edit account flow.",
                ),
                CodeInfo(
                    value="PROPERTY_VALUE_NOT_AVAILABLE",
                    description="The property value is not available.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(
                        _S["yodlee-java-additional-status"],
                        _S["yodlee-docs-fastlink-upgrade-post-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/additional_status/#PROPERTY_VALUE_NOT_AVAILABLE",
                    advice="Instruct the user to provide the property value",
                ),
                CodeInfo(
                    value="INVALID_ADDL_INFO_PROVIDED",
                    description="The user has provided incorrect MFA information or the MFA information provided has expired.",
                    category=_C.MFA_FAILED,
                    sources=(
                        _S["yodlee-java-additional-status"],
                        _S["yodlee-docs-fastlink-upgrade-post-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/additional_status/#INVALID_ADDL_INFO_PROVIDED",
                    advice="Instruct the user to provide the correct MFA information",
                ),
                CodeInfo(
                    value="REQUEST_TIME_OUT",
                    description="The request has timed-out due to technical reasons.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["yodlee-java-additional-status"],
                        _S["yodlee-docs-fastlink-upgrade-post-messages"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/additional_status/#REQUEST_TIME_OUT",
                    advice="Instruct the user to try again later. If the request fails repeatedly, report the issue to the customer service team",
                ),
                CodeInfo(
                    value="SITE_BLOCKING_ERROR",
                    description="The Yodlee IP is blocked by the provider site.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["yodlee-java-additional-status"],
                        _S["yodlee-docs-fastlink-upgrade-post-messages"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/additional_status/#SITE_BLOCKING_ERROR",
                    advice="Instruct the user to try again later. If the request fails repeatedly, report the issue to the customer service team",
                ),
                CodeInfo(
                    value="UNEXPECTED_SITE_ERROR",
                    description="All error indicating issues at the provider site, such as the site is down for maintenance.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["yodlee-java-additional-status"],
                        _S["yodlee-docs-fastlink-upgrade-post-messages"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/additional_status/#UNEXPECTED_SITE_ERROR",
                    advice="Instruct the user to try again later. If the request fails repeatedly, report the issue to the customer service team",
                ),
                CodeInfo(
                    value="SITE_NOT_SUPPORTED",
                    description="Indicates that the site does not support the requested data or support is not available to complete the requested action. For example, site not available, document download not supported at the site, etc.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(
                        _S["yodlee-java-additional-status"],
                        _S["yodlee-docs-fastlink-upgrade-post-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/additional_status/#SITE_NOT_SUPPORTED",
                    advice="Inform the user about the latest available status",
                ),
                CodeInfo(
                    value="SITE_UNAVAILABLE",
                    description="The provider site is unavailable due to issues such as the site is down for maintenance.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["yodlee-java-additional-status"],
                        _S["yodlee-docs-fastlink-upgrade-post-messages"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/additional_status/#SITE_UNAVAILABLE",
                    advice="Instruct the user to try again later. If the request fails repeatedly, report the issue to the customer service team",
                ),
                CodeInfo(
                    value="TECH_ERROR",
                    description="Indicates there is a technical error.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["yodlee-java-additional-status"],
                        _S["yodlee-docs-fastlink-upgrade-post-messages"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/additional_status/#TECH_ERROR",
                    advice="Instruct the user to try again later. If the request fails repeatedly, report the issue to the customer service team.",
                ),
                CodeInfo(
                    value="USER_ACTION_NEEDED_AT_SITE",
                    description="The errors that require users to take action at the provider site, for example, accept T&C, etc.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(
                        _S["yodlee-java-additional-status"],
                        _S["yodlee-docs-fastlink-upgrade-post-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/additional_status/#USER_ACTION_NEEDED_AT_SITE",
                    advice="Instruct the user to visit the provider site and perform the necessary action",
                ),
                CodeInfo(
                    value="SITE_SESSION_INVALIDATED",
                    description="Indicates if multiple sessions or a session is terminated by the provider site.",
                    category=_C.CONCURRENT_OPERATION,
                    sources=(
                        _S["yodlee-java-additional-status"],
                        _S["yodlee-docs-fastlink-upgrade-post-messages"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yodlee/additional_status/#SITE_SESSION_INVALIDATED",
                    advice="Instruct the user to try again later",
                    notes='Another session at the provider site ended this one ("multiple sessions"): bankcodes\' reading.',
                ),
                CodeInfo(
                    value="NEW_AUTHENTICATION_REQUIRED",
                    description="The site has requested for OAuth authentication.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["yodlee-java-additional-status"],
                        _S["yodlee-docs-fastlink-upgrade-post-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/additional_status/#NEW_AUTHENTICATION_REQUIRED",
                    advice="The OAUTH based authentication sites can be added or updated only using Yodlee FastLink and not Yodlee APIs. Instruct the user to add the account using FastLink",
                ),
                CodeInfo(
                    value="DATASET_NOT_SUPPORTED",
                    description="The requested datasets are not supported.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["yodlee-java-additional-status"],
                        _S["yodlee-docs-fastlink-upgrade-post-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/additional_status/#DATASET_NOT_SUPPORTED",
                    advice="Either get the dataset/attribute enabled or remove the dataset/attribute from the input",
                ),
                CodeInfo(
                    value="ENROLLMENT_REQUIRED_FOR_DATASET",
                    description="The dataset cannot be retrieved as the user has not enrolled for it.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(
                        _S["yodlee-java-additional-status"],
                        _S["yodlee-docs-fastlink-upgrade-post-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/additional_status/#ENROLLMENT_REQUIRED_FOR_DATASET",
                    advice="Instruct the user to enroll for the dataset and then request for it",
                ),
                CodeInfo(
                    value="CONSENT_REQUIRED",
                    description="The user has to provide consent to access the account information through Open Banking.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["yodlee-java-additional-status"],
                        _S["yodlee-docs-fastlink-upgrade-post-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/additional_status/#CONSENT_REQUIRED",
                    advice="Instruct the user to provide the consent through the edit account flow.",
                ),
                CodeInfo(
                    value="CONSENT_EXPIRED",
                    description="The consent provided by the user to access the account information through Open Banking has expired.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["yodlee-java-additional-status"],
                        _S["yodlee-docs-fastlink-upgrade-post-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/additional_status/#CONSENT_EXPIRED",
                    advice="Instruct the user to provide the consent through the edit account flow.",
                ),
                CodeInfo(
                    value="CONSENT_REVOKED",
                    description="The user has revoked the consent to access the account information through Open Banking.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["yodlee-java-additional-status"],
                        _S["yodlee-docs-fastlink-upgrade-post-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/additional_status/#CONSENT_REVOKED",
                    advice="Instruct the user to provide the consent through the add account flow.",
                ),
                CodeInfo(
                    value="INCORRECT_OAUTH_TOKEN",
                    description="Failed to log in to the Open Banking provider site due to incorrect token.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["yodlee-java-additional-status"],
                        _S["yodlee-docs-fastlink-upgrade-post-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/additional_status/#INCORRECT_OAUTH_TOKEN",
                    advice="Instruct the user to provide the consent through the edit account flow.",
                ),
                CodeInfo(
                    value="MIGRATION_IN_PROGRESS",
                    description="The account information is being migrated from the screen-scraping provider to the Open Banking provider site.",
                    category=_C.PENDING,
                    sources=(
                        _S["yodlee-java-additional-status"],
                        _S["yodlee-docs-fastlink-upgrade-post-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["yodlee-java-additional-status"],
                                _S["yodlee-docs-fastlink-upgrade-post-messages"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/additional_status/#MIGRATION_IN_PROGRESS",
                    advice="No action is required as it is a transient state.",
                ),
                CodeInfo(
                    value="NOT_AVAILABLE",
                    description="No additional status is available.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["yodlee-java-additional-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yodlee/additional_status/#NOT_AVAILABLE",
                    editorial=True,
                    notes="The enum's last value, with no doc comment: the description and the category (informational) are bankcodes' reading of the name.",
                ),
            ),
        ),
        {},
    )
    return AdditionalStatus


def _ProviderAccountStatus() -> type[CodeEnum]:
    class ProviderAccountStatus(CodeEnum):
        """Provider account status: The status of a provider account, the user's link to one provider site (providerAccount.status), as the Java SDK's ProviderAccountStatus lists it with a doc comment for each. The categories are bankcodes' reading; a dataset's additionalStatus says why.

        Wire field: status (a provider account)."""

        LOGIN_IN_PROGRESS = "LOGIN_IN_PROGRESS"
        USER_INPUT_REQUIRED = "USER_INPUT_REQUIRED"
        IN_PROGRESS = "IN_PROGRESS"
        PARTIAL_SUCCESS = "PARTIAL_SUCCESS"
        SUCCESS = "SUCCESS"
        FAILED = "FAILED"
        MIGRATION_IN_PROGRESS = "MIGRATION_IN_PROGRESS"
        DATA_RETRIEVAL_FAILED = "DATA_RETRIEVAL_FAILED"

    register(
        ProviderAccountStatus,
        lambda: (
            CodeSetInfo(
                provider="yodlee",
                id="provider_account_status",
                title="Provider account status",
                description="The status of a provider account, the user's link to one provider site (providerAccount.status), as the Java SDK's ProviderAccountStatus lists it with a doc comment for each. The categories are bankcodes' reading; a dataset's additionalStatus says why.",
                field="status (a provider account)",
                sources=(_S["yodlee-java-provider-account-status"],),
            ),
            (
                CodeInfo(
                    value="LOGIN_IN_PROGRESS",
                    description="Login to provider site is in progress",
                    category=_C.PENDING,
                    sources=(_S["yodlee-java-provider-account-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yodlee-java-provider-account-status"],),
                        ),
                    ),
                    page="reference/yodlee/provider_account_status/#LOGIN_IN_PROGRESS",
                ),
                CodeInfo(
                    value="USER_INPUT_REQUIRED",
                    description="Additional authentication information is needed from the user",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["yodlee-java-provider-account-status"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yodlee-java-provider-account-status"],),
                        ),
                    ),
                    page="reference/yodlee/provider_account_status/#USER_INPUT_REQUIRED",
                ),
                CodeInfo(
                    value="IN_PROGRESS",
                    description="Login is successful and data aggregation is in progress",
                    category=_C.PENDING,
                    sources=(_S["yodlee-java-provider-account-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yodlee-java-provider-account-status"],),
                        ),
                    ),
                    page="reference/yodlee/provider_account_status/#IN_PROGRESS",
                ),
                CodeInfo(
                    value="PARTIAL_SUCCESS",
                    description="Data is partially retrieved",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["yodlee-java-provider-account-status"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yodlee-java-provider-account-status"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yodlee/provider_account_status/#PARTIAL_SUCCESS",
                    notes="The datasets' additionalStatus says what was not retrieved (bankcodes' reading).",
                ),
                CodeInfo(
                    value="SUCCESS",
                    description="Data is retrieved successfully",
                    category=_C.SUCCESS,
                    sources=(_S["yodlee-java-provider-account-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yodlee-java-provider-account-status"],),
                        ),
                    ),
                    page="reference/yodlee/provider_account_status/#SUCCESS",
                ),
                CodeInfo(
                    value="FAILED",
                    description="Data retrieval has failed",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["yodlee-java-provider-account-status"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yodlee-java-provider-account-status"],),
                        ),
                    ),
                    page="reference/yodlee/provider_account_status/#FAILED",
                ),
                CodeInfo(
                    value="MIGRATION_IN_PROGRESS",
                    description="Indicates that the migration of the provider account to the open banking provider is in progress.",
                    category=_C.PENDING,
                    sources=(_S["yodlee-java-provider-account-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yodlee-java-provider-account-status"],),
                        ),
                    ),
                    page="reference/yodlee/provider_account_status/#MIGRATION_IN_PROGRESS",
                ),
                CodeInfo(
                    value="DATA_RETRIEVAL_FAILED",
                    description="Data retrieval has failed",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["yodlee-java-provider-account-status"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yodlee-java-provider-account-status"],),
                        ),
                    ),
                    page="reference/yodlee/provider_account_status/#DATA_RETRIEVAL_FAILED",
                ),
            ),
        ),
        {},
    )
    return ProviderAccountStatus


def _FastLinkErrorCode() -> type[CodeEnum]:
    class FastLinkErrorCode(CodeEnum):
        """FastLink error code: The code of an error FastLink 4 returns "as part of the post message" (code, beside its title, message and fnToCall "errorHandler"). The Error Handling page was read through E800 (its deep-linking errors, each titled INVALID_PARAMETER_OR_VALUE): "E7XX and E8XX errors are deep-linking errors that occur when invalid parameters or values are passed while invoking the deep-linking flow." Its suggested action: "Fix the error by passing the eligible or valid parameter value for the deep-linking flow."

        Wire field: code (a FastLink error post message)."""

        E700 = "E700"
        E701 = "E701"
        E702 = "E702"
        E703 = "E703"
        E704 = "E704"
        E705 = "E705"
        E800 = "E800"

    register(
        FastLinkErrorCode,
        lambda: (
            CodeSetInfo(
                provider="yodlee",
                id="fastlink_error_code",
                title="FastLink error code",
                description='The code of an error FastLink 4 returns "as part of the post message" (code, beside its title, message and fnToCall "errorHandler"). The Error Handling page was read through E800 (its deep-linking errors, each titled INVALID_PARAMETER_OR_VALUE): "E7XX and E8XX errors are deep-linking errors that occur when invalid parameters or values are passed while invoking the deep-linking flow." Its suggested action: "Fix the error by passing the eligible or valid parameter value for the deep-linking flow."',
                field="code (a FastLink error post message)",
                sources=(_S["yodlee-docs-fastlink4-error-handling"],),
            ),
            (
                CodeInfo(
                    value="E700",
                    description="An invalid flow parameter is provided while invoking the FastLink deep-link flow.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yodlee-docs-fastlink4-error-handling"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yodlee-docs-fastlink4-error-handling"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["yodlee-docs-fastlink4-error-handling"],),
                        ),
                    ),
                    page="reference/yodlee/fastlink_error_code/#E700",
                    message="Invalid value for flow",
                ),
                CodeInfo(
                    value="E701",
                    description="An invalid providerId is provided while invoking the FastLink deep-link flow.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yodlee-docs-fastlink4-error-handling"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yodlee-docs-fastlink4-error-handling"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["yodlee-docs-fastlink4-error-handling"],),
                        ),
                    ),
                    page="reference/yodlee/fastlink_error_code/#E701",
                    message="Invalid value for providerId",
                ),
                CodeInfo(
                    value="E702",
                    description="An invalid providerAccountId is provided while invoking the FastLink deep-link flow.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yodlee-docs-fastlink4-error-handling"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yodlee-docs-fastlink4-error-handling"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["yodlee-docs-fastlink4-error-handling"],),
                        ),
                    ),
                    page="reference/yodlee/fastlink_error_code/#E702",
                    message="Invalid value for providerAccountId",
                ),
                CodeInfo(
                    value="E703",
                    description="An invalid accountId is provided while invoking the FastLink deep-link flow.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yodlee-docs-fastlink4-error-handling"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yodlee-docs-fastlink4-error-handling"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["yodlee-docs-fastlink4-error-handling"],),
                        ),
                    ),
                    page="reference/yodlee/fastlink_error_code/#E703",
                    message="Invalid value for accountId",
                ),
                CodeInfo(
                    value="E704",
                    description="An invalid container parameter is provided while invoking the FastLink deep-link flow.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yodlee-docs-fastlink4-error-handling"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yodlee-docs-fastlink4-error-handling"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["yodlee-docs-fastlink4-error-handling"],),
                        ),
                    ),
                    page="reference/yodlee/fastlink_error_code/#E704",
                    message="Invalid value for container",
                ),
                CodeInfo(
                    value="E705",
                    description="An invalid bankTransferCode is provided while invoking the FastLink deep-link flow.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yodlee-docs-fastlink4-error-handling"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yodlee-docs-fastlink4-error-handling"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["yodlee-docs-fastlink4-error-handling"],),
                        ),
                    ),
                    page="reference/yodlee/fastlink_error_code/#E705",
                    message="Invalid value for bankTransferCode",
                ),
                CodeInfo(
                    value="E800",
                    description="A technical difficulty while processing the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["yodlee-docs-fastlink4-error-handling"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["yodlee-docs-fastlink4-error-handling"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yodlee/fastlink_error_code/#E800",
                    editorial=True,
                    message="Generic Application Error",
                    notes="Its title in the table is INVALID_PARAMETER_OR_VALUE; its description is cut in the copy read (\"We're having technical difficulties while processing th\"), so the description is bankcodes' words. The page counts E7XX and E8XX among the deep-linking errors.",
                ),
            ),
        ),
        {},
    )
    return FastLinkErrorCode


def _FastLinkFunction() -> type[CodeEnum]:
    class FastLinkFunction(CodeEnum):
        """FastLink post message function: The fnToCall of a FastLink post message: "The method name that has to be implemented on the customer side to receive this event from FastLink." The values read are the Error Handling page's and those of the upgrade guide's resize and account status messages; its other messages were not read.

        Wire field: fnToCall (a FastLink post message)."""

        resizeIframeWindow = "resizeIframeWindow"
        newThemeResizeFloater = "newThemeResizeFloater"
        resizeFloater = "resizeFloater"
        accountStatus = "accountStatus"
        errorHandler = "errorHandler"

    register(
        FastLinkFunction,
        lambda: (
            CodeSetInfo(
                provider="yodlee",
                id="fastlink_function",
                title="FastLink post message function",
                description="The fnToCall of a FastLink post message: \"The method name that has to be implemented on the customer side to receive this event from FastLink.\" The values read are the Error Handling page's and those of the upgrade guide's resize and account status messages; its other messages were not read.",
                field="fnToCall (a FastLink post message)",
                sources=(
                    _S["yodlee-docs-fastlink4-error-handling"],
                    _S["yodlee-docs-fastlink-upgrade-post-messages"],
                ),
            ),
            (
                CodeInfo(
                    value="resizeIframeWindow",
                    description="FastLink 4's resize event: the height FastLink needs for its frame.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["yodlee-docs-fastlink-upgrade-post-messages"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yodlee/fastlink_function/#resizeIframeWindow",
                    editorial=True,
                    notes='The upgrade guide\'s FastLink 4 resize body: {"fnToCall":"resizeIframeWindow","app":"fastlink","height":500}. "This does not apply to customers using Initialize JS library."',
                ),
                CodeInfo(
                    value="newThemeResizeFloater",
                    description="A legacy FastLink's resize event.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["yodlee-docs-fastlink-upgrade-post-messages"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yodlee/fastlink_function/#newThemeResizeFloater",
                    editorial=True,
                    notes='"Your version could be using either newThemeResizeFloater or resizeFloater for fnToCall."',
                ),
                CodeInfo(
                    value="resizeFloater",
                    description="A legacy FastLink's resize event.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["yodlee-docs-fastlink-upgrade-post-messages"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yodlee/fastlink_function/#resizeFloater",
                    editorial=True,
                    notes='"Your version could be using either newThemeResizeFloater or resizeFloater for fnToCall."',
                ),
                CodeInfo(
                    value="accountStatus",
                    description="A legacy FastLink's account status message, such as its Account Addition Failed message (an onError event).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["yodlee-docs-fastlink-upgrade-post-messages"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yodlee/fastlink_function/#accountStatus",
                    editorial=True,
                    notes='The legacy body of the Account Addition Failed message begins {"fnToCall":"accountStatus","providerId":16441, …; the copy read is cut there.',
                ),
                CodeInfo(
                    value="errorHandler",
                    description="The method name that has to be implemented on the customer side to receive this event from FastLink: an error (code, title, message).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["yodlee-docs-fastlink4-error-handling"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yodlee-docs-fastlink4-error-handling"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yodlee/fastlink_function/#errorHandler",
                    notes="The Error Handling page's sample error post message.",
                ),
            ),
        ),
        {},
    )
    return FastLinkFunction


def _WebhookInfo() -> type[CodeEnum]:
    class WebhookInfo(CodeEnum):
        """Webhook event info: What a Yodlee webhook notification reports (event.info). The Webhooks page's payload shows one value; the rest were not read.

        Wire field: event.info (a webhook notification)."""

        refresh_process_completed = "REFRESH.PROCESS_COMPLETED"

    register(
        WebhookInfo,
        lambda: (
            CodeSetInfo(
                provider="yodlee",
                id="webhook_info",
                title="Webhook event info",
                description="What a Yodlee webhook notification reports (event.info). The Webhooks page's payload shows one value; the rest were not read.",
                field="event.info (a webhook notification)",
                sources=(_S["yodlee-docs-webhooks"],),
            ),
            (
                CodeInfo(
                    value="REFRESH.PROCESS_COMPLETED",
                    description="The final status of an account addition or update: the process of adding or updating an account has completed.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["yodlee-docs-webhooks"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yodlee/webhook_info/#REFRESH.PROCESS_COMPLETED",
                    editorial=True,
                    notes='The Webhooks page\'s payload example; the page says webhooks let customers know "the final status of account addition or update account calls" (its v1.0 capture) and the data attribute "varies for every notification event". The provider account\'s status in the data decides.',
                ),
            ),
        ),
        {},
    )
    return WebhookInfo


def _NotificationEvent() -> type[CodeEnum]:
    class NotificationEvent(CodeEnum):
        """Webhook subscription event: The event a webhook subscription is for (the eventName of configs/notifications/events), as the Java SDK's ConfigsNotificationEventType lists it with a doc comment for each. The Webhooks page lists REFRESH, DATA_UPDATES, AUTO_REFRESH_UPDATES, LATEST_BALANCE_UPDATES and CDV_STATUS_UPDATES, and Open Banking consent events whose names the copy read does not hold.

        Wire field: eventName (a webhook subscription)."""

        REFRESH = "REFRESH"
        DATA_UPDATES = "DATA_UPDATES"
        AUTO_REFRESH_UPDATES = "AUTO_REFRESH_UPDATES"
        LATEST_BALANCE_UPDATES = "LATEST_BALANCE_UPDATES"
        CREDIT_ACCELERATOR_REPORT_UPDATES = "CREDIT_ACCELERATOR_REPORT_UPDATES"
        CDV_STATUS_UPDATES = "CDV_STATUS_UPDATES"

    register(
        NotificationEvent,
        lambda: (
            CodeSetInfo(
                provider="yodlee",
                id="notification_event",
                title="Webhook subscription event",
                description="The event a webhook subscription is for (the eventName of configs/notifications/events), as the Java SDK's ConfigsNotificationEventType lists it with a doc comment for each. The Webhooks page lists REFRESH, DATA_UPDATES, AUTO_REFRESH_UPDATES, LATEST_BALANCE_UPDATES and CDV_STATUS_UPDATES, and Open Banking consent events whose names the copy read does not hold.",
                field="eventName (a webhook subscription)",
                sources=(_S["yodlee-java-notification-events"], _S["yodlee-docs-webhooks"]),
            ),
            (
                CodeInfo(
                    value="REFRESH",
                    description="Events that happen during add, edit and update aggregated accounts processes",
                    category=_C.INFORMATIONAL,
                    sources=(_S["yodlee-java-notification-events"], _S["yodlee-docs-webhooks"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-notification-events"],
                                _S["yodlee-docs-webhooks"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/notification_event/#REFRESH",
                ),
                CodeInfo(
                    value="DATA_UPDATES",
                    description="Data updates that happen on provider accounts, accounts, transactions and holdings data due to user actions or auto updates. This event is triggered to help the customer perform data extracts from Yodlee system to their system",
                    category=_C.INFORMATIONAL,
                    sources=(_S["yodlee-java-notification-events"], _S["yodlee-docs-webhooks"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-notification-events"],
                                _S["yodlee-docs-webhooks"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/notification_event/#DATA_UPDATES",
                ),
                CodeInfo(
                    value="AUTO_REFRESH_UPDATES",
                    description="Events that gets triggered once there is a change in the state of cache refresh",
                    category=_C.INFORMATIONAL,
                    sources=(_S["yodlee-java-notification-events"], _S["yodlee-docs-webhooks"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-notification-events"],
                                _S["yodlee-docs-webhooks"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/notification_event/#AUTO_REFRESH_UPDATES",
                ),
                CodeInfo(
                    value="LATEST_BALANCE_UPDATES",
                    description="Events that gets triggered once balance refresh completes",
                    category=_C.INFORMATIONAL,
                    sources=(_S["yodlee-java-notification-events"], _S["yodlee-docs-webhooks"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-notification-events"],
                                _S["yodlee-docs-webhooks"],
                            ),
                        ),
                    ),
                    page="reference/yodlee/notification_event/#LATEST_BALANCE_UPDATES",
                ),
                CodeInfo(
                    value="CREDIT_ACCELERATOR_REPORT_UPDATES",
                    description="Events that gets triggered once there is a change in the state of credit accelerator report",
                    category=_C.INFORMATIONAL,
                    sources=(_S["yodlee-java-notification-events"], _S["yodlee-docs-webhooks"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["yodlee-java-notification-events"],
                                _S["yodlee-docs-webhooks"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yodlee/notification_event/#CREDIT_ACCELERATOR_REPORT_UPDATES",
                    notes="In the Java SDK's enum; not among the events the Webhooks page lists.",
                ),
                CodeInfo(
                    value="CDV_STATUS_UPDATES",
                    description="Updates of a CDV status.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["yodlee-docs-webhooks"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yodlee/notification_event/#CDV_STATUS_UPDATES",
                    editorial=True,
                    notes="Listed by the Webhooks page without a description (not in the Java SDK's enum); the description is bankcodes' reading of the name.",
                ),
            ),
        ),
        {},
    )
    return NotificationEvent


def _RefreshStatusCode() -> type[NumericCodeEnum]:
    class RefreshStatusCode(NumericCodeEnum):
        """Refresh status code (API v1.0): The numeric refresh status of Yodlee API v1.0 (a provider account's refresh status code; FastLink's legacy post messages carried it as statusCode, which FastLink 4's carry as additionalStatus), as the Error Codes for Yodlee API v1.0 page lists it by error code, type (not an error, agent, site or UAR, "User Action Required") and name. Only its first four rows were read. The categories are bankcodes' reading.

        Wire field: the refresh status code of a provider account (API v1.0; statusCode of a legacy FastLink post message)."""

        OK = 0
        REFRESH_NEVER_DONE = 801
        REFRESH_NEVER_DONE_AFTER_CREDENTIALS_UPDATE = 802
        NO_CONNECTION = 401

    register(
        RefreshStatusCode,
        lambda: (
            CodeSetInfo(
                provider="yodlee",
                id="refresh_status_code",
                title="Refresh status code (API v1.0)",
                description="The numeric refresh status of Yodlee API v1.0 (a provider account's refresh status code; FastLink's legacy post messages carried it as statusCode, which FastLink 4's carry as additionalStatus), as the Error Codes for Yodlee API v1.0 page lists it by error code, type (not an error, agent, site or UAR, \"User Action Required\") and name. Only its first four rows were read. The categories are bankcodes' reading.",
                field="the refresh status code of a provider account (API v1.0; statusCode of a legacy FastLink post message)",
                sources=(_S["yodlee-docs-api-v1-0-error-codes"],),
            ),
            (
                CodeInfo(
                    value="0",
                    description="Your account has been successfully added. 0 indicates success. No error name will be returned as the account is successfully added.",
                    category=_C.SUCCESS,
                    sources=(_S["yodlee-docs-api-v1-0-error-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yodlee-docs-api-v1-0-error-codes"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yodlee/refresh_status_code/#0",
                    notes="Error Type: Not an Error.",
                ),
                CodeInfo(
                    value="801",
                    description="Request In Progress: Please wait while we update your account.",
                    category=_C.PENDING,
                    sources=(_S["yodlee-docs-api-v1-0-error-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yodlee-docs-api-v1-0-error-codes"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yodlee/refresh_status_code/#801",
                    notes="Error Type: Not an Error.",
                ),
                CodeInfo(
                    value="802",
                    description="Updating Account (802): We are in the process of updating your account with revised credentials",
                    category=_C.PENDING,
                    sources=(_S["yodlee-docs-api-v1-0-error-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yodlee-docs-api-v1-0-error-codes"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yodlee/refresh_status_code/#802",
                    notes="Error Type: Not an Error. The page breaks the name after REFRESH_NEVER_DONE_AFTER_ in its table.",
                ),
                CodeInfo(
                    value="401",
                    description="Problem Updating Account (401): the provider site could not be reached.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["yodlee-docs-api-v1-0-error-codes"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yodlee/refresh_status_code/#401",
                    editorial=True,
                    notes='Error Type: Site Error ("an error at the website"). Its description is cut in the copy read ("Problem Updating Account (401): We\'re sorry, you"): the rest is bankcodes\' words.',
                ),
            ),
        ),
        {},
    )
    return RefreshStatusCode


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name)
        for name in (
            "ErrorCode",
            "AdditionalStatus",
            "ProviderAccountStatus",
            "FastLinkErrorCode",
            "FastLinkFunction",
            "WebhookInfo",
            "NotificationEvent",
            "RefreshStatusCode",
        )
    )
