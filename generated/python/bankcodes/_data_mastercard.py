# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.mastercard's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, NumericCodeEnum, register
from bankcodes._records import (
    CodeInfo,
    CodeSetInfo,
    Equivalent,
    HttpStatus,
    Lifecycle,
    Scope,
    Wording,
)
from bankcodes._sources import SOURCES as _S
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.mastercard")


def _ErrorCode() -> type[NumericCodeEnum]:
    class ErrorCode(NumericCodeEnum):
        """Error code: The code of a Mastercard Open Finance error response (its code, sent as a number or a string). Mastercard files many codes under a remediation category, kept here as the code's group beside bankcodes' category; the US and AU pages list them separately (scope).

        Wire field: code."""

        CODE_101 = 101
        CODE_102 = 102
        CODE_103 = 103
        CODE_104 = 104
        CODE_105 = 105
        CODE_107 = 107
        CODE_108 = 108
        CODE_109 = 109
        CODE_124 = 124
        CODE_171 = 171
        CODE_179 = 179
        CODE_185 = 185
        CODE_187 = 187
        CODE_194 = 194
        CODE_197 = 197
        CODE_204 = 204
        CODE_307 = 307
        CODE_324 = 324
        CODE_325 = 325
        CODE_341 = 341
        CODE_400 = 400
        CODE_403 = 403
        CODE_417 = 417
        CODE_500 = 500
        CODE_502 = 502
        CODE_503 = 503
        CODE_504 = 504
        CODE_525 = 525
        CODE_900 = 900
        CODE_901 = 901
        CODE_902 = 902
        CODE_903 = 903
        CODE_904 = 904
        CODE_905 = 905
        CODE_906 = 906
        CODE_907 = 907
        CODE_908 = 908
        CODE_909 = 909
        CODE_910 = 910
        CODE_911 = 911
        CODE_913 = 913
        CODE_914 = 914
        CODE_915 = 915
        CODE_916 = 916
        CODE_920 = 920
        CODE_924 = 924
        CODE_931 = 931
        CODE_936 = 936
        CODE_938 = 938
        CODE_940 = 940
        CODE_945 = 945
        CODE_946 = 946
        CODE_947 = 947
        CODE_948 = 948
        CODE_949 = 949
        CODE_950 = 950
        CODE_952 = 952
        CODE_955 = 955
        CODE_959 = 959
        CODE_960 = 960
        CODE_961 = 961
        CODE_972 = 972
        CODE_973 = 973
        CODE_974 = 974
        CODE_976 = 976
        CODE_977 = 977
        CODE_978 = 978
        CODE_981 = 981
        CODE_1003 = 1003
        CODE_1008 = 1008
        CODE_1108 = 1108
        CODE_1201 = 1201
        CODE_1203 = 1203
        CODE_1204 = 1204
        CODE_1408 = 1408
        CODE_1415 = 1415
        CODE_1440 = 1440
        CODE_2001 = 2001
        CODE_2003 = 2003
        CODE_2005 = 2005
        CODE_2006 = 2006
        CODE_2017 = 2017
        CODE_2024 = 2024
        CODE_2026 = 2026
        CODE_2028 = 2028
        CODE_2030 = 2030
        CODE_2031 = 2031
        CODE_2036 = 2036
        CODE_2038 = 2038
        CODE_2039 = 2039
        CODE_2040 = 2040
        CODE_3003 = 3003
        CODE_3004 = 3004
        CODE_4034 = 4034
        CODE_4041 = 4041
        CODE_5006 = 5006
        CODE_5030 = 5030
        CODE_7002 = 7002
        CODE_10000 = 10000
        CODE_10001 = 10001
        CODE_10005 = 10005
        CODE_10010 = 10010
        CODE_10023 = 10023
        CODE_10025 = 10025
        CODE_10030 = 10030
        CODE_10106 = 10106
        CODE_10814 = 10814
        CODE_11000 = 11000
        CODE_12001 = 12001
        CODE_12003 = 12003
        CODE_12005 = 12005
        CODE_12009 = 12009
        CODE_12046 = 12046
        CODE_14001 = 14001
        CODE_14002 = 14002
        CODE_14019 = 14019
        CODE_14020 = 14020
        CODE_14023 = 14023
        CODE_19000 = 19000
        CODE_20002 = 20002
        CODE_20007 = 20007
        CODE_20009 = 20009
        CODE_20014 = 20014
        CODE_20017 = 20017
        CODE_20024 = 20024
        CODE_24302 = 24302
        CODE_24303 = 24303
        CODE_38003 = 38003
        CODE_38006 = 38006
        CODE_38007 = 38007
        CODE_38053 = 38053
        CODE_42000 = 42000
        CODE_42002 = 42002
        CODE_44000 = 44000
        CODE_44002 = 44002
        CODE_45002 = 45002
        CODE_50024 = 50024
        CODE_50025 = 50025
        CODE_50050 = 50050
        CODE_110039 = 110039

    register(
        ErrorCode,
        CodeSetInfo(
            provider="mastercard",
            id="error_code",
            title="Error code",
            description="The code of a Mastercard Open Finance error response (its code, sent as a number or a string). Mastercard files many codes under a remediation category, kept here as the code's group beside bankcodes' category; the US and AU pages list them separately (scope).",
            field="code",
            sources=(_S["mastercard-openapi-us"], _S["mastercard-au-most-common"]),
        ),
        (
            CodeInfo(
                value="101",
                description="The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(
                    _S["mastercard-au-existing-connection-interruptions"],
                    _S["mastercard-us-error-codes-101"],
                ),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes='Listed under Existing Connection Interruptions on Mastercard\'s AU error pages (the text shown); Mastercard also publishes a US page for it (…/errors/error-codes/101/: "This error occurs when an existing connection to a financial institution is down and the end user may experience a failed attempt to add their bank accounts."). That page could not be read past its introduction: its remediation category, HTTP status, error message, troubleshooting steps and whether the end user can retry are missing here.',
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-existing-connection-interruptions"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="102",
                description="The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(
                    _S["mastercard-au-existing-connection-interruptions"],
                    _S["mastercard-openapi-us"],
                ),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under Existing Connection Interruptions on Mastercard's error pages. Mastercard's US OpenAPI (openbanking-us.yaml) uses it too, as the code of a field's error in a payment-enablement example (errors: fieldName balanceDetails, code '102', description FI Down for maintenance).",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-existing-connection-interruptions"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="103",
                description="These errors occur when an end user enters invalid credentials.",
                category=_C.CREDENTIALS_INVALID,
                sources=(
                    _S["mastercard-us-accounterrors-invalidcredentials"],
                    _S["mastercard-au-accounterrors-invalidcredentials"],
                ),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under Invalid Credentials on Mastercard's error pages.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-accounterrors-invalidcredentials"],
                            _S["mastercard-au-accounterrors-invalidcredentials"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
                equivalents=(
                    Equivalent(
                        provider="lean",
                        code_set="secondary_status",
                        value="INVALID_CREDENTIALS",
                        same="meaning",
                        reason="The institution did not accept the login details the customer entered.",
                    ),
                    Equivalent(
                        provider="flinks",
                        code_set="api_error_code",
                        value="INVALID_LOGIN",
                        same="meaning",
                        reason="The institution did not accept the login details the customer entered.",
                    ),
                    Equivalent(
                        provider="flinks",
                        code_set="connect_error_event",
                        value="INVALID_LOGIN",
                        same="meaning",
                        reason="The institution did not accept the login details the customer entered.",
                    ),
                    Equivalent(
                        provider="argyle",
                        code_set="bank_connection_error",
                        value="invalid_credentials",
                        same="meaning",
                        reason="The institution did not accept the login details the customer entered.",
                    ),
                    Equivalent(
                        provider="plaid",
                        code_set="error_code",
                        value="INVALID_CREDENTIALS",
                        same="meaning",
                        reason="The institution did not accept the login details the customer entered.",
                    ),
                    Equivalent(
                        provider="mx",
                        code_set="connection_status",
                        value="2",
                        same="meaning",
                        reason="The institution did not accept the login details the customer entered.",
                    ),
                    Equivalent(
                        provider="truelayer",
                        code_set="sdk_failure_reason",
                        value="InvalidCredentials",
                        same="meaning",
                        reason="The institution did not accept the login details the customer entered.",
                    ),
                    Equivalent(
                        provider="belvo",
                        code_set="error_code",
                        value="login_error",
                        same="meaning",
                        reason="The institution did not accept the login details the customer entered.",
                    ),
                    Equivalent(
                        provider="pluggy",
                        code_set="execution_error_code",
                        value="INVALID_CREDENTIALS",
                        same="meaning",
                        reason="The institution did not accept the login details the customer entered.",
                    ),
                    Equivalent(
                        provider="fintoc",
                        code_set="payment_error_reason",
                        value="login_invalid_credentials",
                        same="meaning",
                        reason="The institution did not accept the login details the customer entered.",
                    ),
                    Equivalent(
                        provider="basiq",
                        code_set="job_result_code",
                        value="invalid-credentials",
                        same="meaning",
                        reason="The institution did not accept the login details the customer entered.",
                    ),
                ),
            ),
            CodeInfo(
                value="104",
                description="This error occurs when an existing connection to a financial institution is down and the end user may experience a failed attempt to add their bank accounts.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(
                    _S["mastercard-us-error-codes-104"],
                    _S["mastercard-au-existing-connection-interruptions"],
                ),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under Existing Connection Interruptions on Mastercard's error pages; the US and AU pages describe it differently; the US text is shown. Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-error-codes-104"],
                            _S["mastercard-au-existing-connection-interruptions"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="105",
                description="The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(_S["mastercard-au-existing-connection-interruptions"],),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("AU",)),
                notes="Listed under Existing Connection Interruptions on Mastercard's error pages.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-existing-connection-interruptions"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="107",
                description="This occurs when a financial institution needs additional information from the end user during an add account event.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["mastercard-us-error-codes-107"],),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Aggregation Status Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-107"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="108",
                description="This occurs when a financial institution needs additional information from the end user during an add account event.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["mastercard-us-error-codes-108"],),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Aggregation Status Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-108"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="109",
                description="This occurs when a financial institution needs additional information from the end user during an add account event.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["mastercard-us-error-codes-109"],),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Aggregation Status Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-109"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="124",
                description="This error occurs when a connection to the selected financial institution has encountered an unknown error.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(_S["mastercard-us-error-codes-124"],),
                retryable=True,
                end_user_can_retry=True,
                http=(HttpStatus(status=500, sources=(_S["mastercard-us-error-codes-124"],)),),
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its HTTP Status row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                group="retry_later",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-124"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="171",
                description="These errors happen when an unexpected issue occurs on the website of a specific financial institution.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(
                    _S["mastercard-us-institutionerrors-other-connection-issues"],
                    _S["mastercard-au-institutionerrors-other-connection-issues"],
                ),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under Other Connection Issues on Mastercard's error pages.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-institutionerrors-other-connection-issues"],
                            _S["mastercard-au-institutionerrors-other-connection-issues"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="179",
                description="These errors happen when an unexpected issue occurs on the website of a specific financial institution.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(
                    _S["mastercard-us-institutionerrors-other-connection-issues"],
                    _S["mastercard-au-institutionerrors-other-connection-issues"],
                    _S["mastercard-au-accounterrors-unexpectedloginerror"],
                ),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under Other Connection Issues on Mastercard's error pages, and under Unexpected Login Error on its AU error pages.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-institutionerrors-other-connection-issues"],
                            _S["mastercard-au-institutionerrors-other-connection-issues"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="185",
                description="The following errors occur when the end user provides inadequate response to security questions while connecting to a financial institution.",
                category=_C.USER_ACTION_REQUIRED,
                sources=(
                    _S["mastercard-us-data-connect-fix"],
                    _S["mastercard-au-accounterrors-incompleteauth"],
                ),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under Incomplete Authorization on Mastercard's AU error pages (the text shown); Mastercard's US Data Connect Fix page lists it among the aggregation status codes that Data Connect Fix can normally resolve. Its US page (…/errors/error-codes/185/) was not found in a readable copy.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-accounterrors-incompleteauth"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="187",
                description="The following errors occur when the end user provides inadequate response to security questions while connecting to a financial institution.",
                category=_C.USER_ACTION_REQUIRED,
                sources=(
                    _S["mastercard-us-data-connect-fix"],
                    _S["mastercard-au-accounterrors-incompleteauth"],
                ),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under Incomplete Authorization on Mastercard's AU error pages (the text shown); Mastercard's US Data Connect Fix page lists it among the aggregation status codes that Data Connect Fix can normally resolve. Its US page (…/errors/error-codes/187/) was not found in a readable copy.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-accounterrors-incompleteauth"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="194",
                description="These errors happen when an unexpected issue occurs on the website of a specific financial institution.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(
                    _S["mastercard-us-institutionerrors-other-connection-issues"],
                    _S["mastercard-au-institutionerrors-other-connection-issues"],
                ),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under Other Connection Issues on Mastercard's error pages.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-institutionerrors-other-connection-issues"],
                            _S["mastercard-au-institutionerrors-other-connection-issues"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="197",
                description="These errors happen when an unexpected issue occurs on the website of a specific financial institution.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(
                    _S["mastercard-us-institutionerrors-other-connection-issues"],
                    _S["mastercard-au-institutionerrors-other-connection-issues"],
                ),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under Other Connection Issues on Mastercard's error pages.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-institutionerrors-other-connection-issues"],
                            _S["mastercard-au-institutionerrors-other-connection-issues"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="204",
                description="This error occurs when a connection to the selected financial institution has encountered an unknown error.",
                category=_C.GENERIC_FAILURE,
                sources=(
                    _S["mastercard-us-error-codes-204"],
                    _S["mastercard-us-institutionerrors-other-connection-issues"],
                ),
                retryable=True,
                end_user_can_retry=True,
                http=(HttpStatus(status=500, sources=(_S["mastercard-us-error-codes-204"],)),),
                scope=Scope(regions=("US",)),
                notes="Listed under Other Connection Issues on Mastercard's error pages. Its page could not be read in full (the copy read stops in its HTTP Status row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                group="report_or_escalate",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-error-codes-204"],
                            _S["mastercard-us-institutionerrors-other-connection-issues"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="307",
                description="These errors happen when an unexpected issue occurs on the website of a specific financial institution.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(_S["mastercard-au-institutionerrors-other-connection-issues"],),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("AU",)),
                notes="Listed under Other Connection Issues on Mastercard's error pages.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-institutionerrors-other-connection-issues"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="324",
                description="This error occurs when there's a mismatch between the user's account information provided to your application and the information held at the financial institution.",
                category=_C.USER_ACTION_REQUIRED,
                sources=(
                    _S["mastercard-us-error-codes-324"],
                    _S["mastercard-au-accounterrors-324"],
                ),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Its US page could not be read in full (the copy read stops at its table's first row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User. Its AU page could not be read in full (the copy read stops at its table's first row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-324"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="325",
                description="This error occurs if an API call is made for an account that is currently undergoing data refresh.",
                category=_C.CONCURRENT_OPERATION,
                sources=(_S["mastercard-us-error-codes-325"],),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Aggregation Status Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-325"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="341",
                description="This error occurs when a connection to the selected financial institution has encountered an unknown error.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["mastercard-us-error-codes-341"],),
                retryable=True,
                end_user_can_retry=True,
                http=(HttpStatus(status=500, sources=(_S["mastercard-us-error-codes-341"],)),),
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its HTTP Status row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                group="report_or_escalate",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-341"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="400",
                description="An error code Mastercard lists.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["mastercard-au-accounterrors-account-not-found-400"],),
                retryable=True,
                end_user_can_retry=True,
                editorial=True,
                http=(
                    HttpStatus(
                        status=500,
                        sources=(_S["mastercard-au-accounterrors-account-not-found-400"],),
                    ),
                ),
                scope=Scope(regions=("AU",)),
                notes="Its page publishes these rows empty: Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="403",
                description="This error occurs when there's a mismatch between the user's account information provided to your application and the information held at the financial institution.",
                category=_C.USER_ACTION_REQUIRED,
                sources=(
                    _S["mastercard-us-error-codes-403"],
                    _S["mastercard-au-accounterrors-403"],
                ),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Its US page could not be read in full (the copy read stops at its table's first row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User. Its AU page could not be read in full (the copy read stops at its table's first row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-403"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="417",
                description="These errors happen when an unexpected issue occurs on the website of a specific financial institution.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(
                    _S["mastercard-us-institutionerrors-other-connection-issues"],
                    _S["mastercard-au-institutionerrors-other-connection-issues"],
                ),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under Other Connection Issues on Mastercard's error pages.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-institutionerrors-other-connection-issues"],
                            _S["mastercard-au-institutionerrors-other-connection-issues"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="500",
                description="These errors happen when an unexpected issue occurs on the website of a specific financial institution.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(
                    _S["mastercard-us-institutionerrors-other-connection-issues"],
                    _S["mastercard-au-institutionerrors-other-connection-issues"],
                ),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under Other Connection Issues on Mastercard's error pages.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-institutionerrors-other-connection-issues"],
                            _S["mastercard-au-institutionerrors-other-connection-issues"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="502",
                description="This error occurs when the end user session has either expired or timed out.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["mastercard-us-error-codes-502"],),
                retryable=True,
                end_user_can_retry=True,
                message="Invalid function.",
                http=(
                    HttpStatus(
                        status=500,
                        sources=(_S["mastercard-us-error-codes-502"],),
                        context="US; error type: Account Error",
                    ),
                ),
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Troubleshooting Steps row), so these of its rows are missing here: Troubleshooting Steps and Retriable by End User.",
                group="invalid_input",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-502"],),
                    ),
                    Wording(
                        field="message",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-502"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="503",
                description="This error occurs when the end user session has either expired or timed out.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(_S["mastercard-us-error-codes-503"],),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Remediation Category row), so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                group="retry_later",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-503"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="504",
                description="This error occurs when the end user session has either expired or timed out.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(_S["mastercard-us-error-codes-504"],),
                retryable=True,
                end_user_can_retry=True,
                message="Error Connecting Account - Please Try Submitting Again.",
                http=(
                    HttpStatus(
                        status=500,
                        sources=(_S["mastercard-us-error-codes-504"],),
                        context="US; error type: Account Error",
                    ),
                ),
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Troubleshooting Steps row), so these of its rows are missing here: Troubleshooting Steps and Retriable by End User.",
                group="retry_later",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-504"],),
                    ),
                    Wording(
                        field="message",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-504"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="525",
                description="These errors happen when an unexpected issue occurs on the website of a specific financial institution.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(
                    _S["mastercard-us-institutionerrors-other-connection-issues"],
                    _S["mastercard-au-institutionerrors-other-connection-issues"],
                    _S["mastercard-us-error-codes-525"],
                ),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under Other Connection Issues on Mastercard's error pages. Its US page (…/errors/error-codes/525/) could not be read in full, so these of its rows are missing here: HTTP Status (cut after 500), Error Message, Troubleshooting Steps and Retriable by End User.",
                group="retry_later",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-institutionerrors-other-connection-issues"],
                            _S["mastercard-au-institutionerrors-other-connection-issues"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="900",
                description="These errors occur when a new connection to a financial institution is being created. Multiple authentication attempts from the end user will help resolve this issue.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(
                    _S["mastercard-au-connection-ip-new-connection"],
                    _S["mastercard-us-connection-ip-new-connection"],
                ),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under New Connection in Progress on Mastercard's AU and US error pages, which describe it alike (the text shown). No page of its own was found, and the copies of both pages read stop at the head of its section's table, so these of its facts are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-au-connection-ip-new-connection"],
                            _S["mastercard-us-connection-ip-new-connection"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="901",
                description="This error occurs when a new connection to a financial institution is being created. Multiple authentication attempts from the end user will help resolve this issue.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(
                    _S["mastercard-us-error-codes-901"],
                    _S["mastercard-au-connection-ip-new-connection"],
                    _S["mastercard-us-connection-ip-new-connection"],
                ),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under New Connection in Progress on Mastercard's AU and US error pages. Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-901"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="902",
                description="This error occurs when a new connection to a financial institution is being created. Multiple authentication attempts from the end user will help resolve this issue.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(
                    _S["mastercard-us-error-codes-902"],
                    _S["mastercard-au-connection-ip-new-connection"],
                    _S["mastercard-us-connection-ip-new-connection"],
                ),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under New Connection in Progress on Mastercard's AU and US error pages. Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-902"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="903",
                description="This error occurs when a new connection to a financial institution is being created. Multiple authentication attempts from the end user will help resolve this issue.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(
                    _S["mastercard-us-error-codes-903"],
                    _S["mastercard-au-connection-ip-new-connection"],
                    _S["mastercard-us-connection-ip-new-connection"],
                ),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under New Connection in Progress on Mastercard's AU and US error pages. Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-903"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="904",
                description="A new connection to a financial institution is being created. Multiple authentication attempts from the end user will help us resolve this issue quickly.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(
                    _S["mastercard-us-error-codes-904"],
                    _S["mastercard-au-connection-ip-new-connection"],
                    _S["mastercard-us-connection-ip-new-connection"],
                ),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under New Connection in Progress on Mastercard's AU and US error pages. Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-904"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="905",
                description="The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(
                    _S["mastercard-au-existing-connection-interruptions"],
                    _S["mastercard-us-error-codes-905"],
                ),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes='Listed under Existing Connection Interruptions on Mastercard\'s AU error pages (the text shown); Mastercard also publishes a US page for it (…/errors/error-codes/905/: "This error occurs when an existing connection to a financial institution is down and the end user may experience a failed attempt to add their bank accounts."). That page could not be read past its Error Code row: its remediation category, HTTP status, error message, troubleshooting steps and whether the end user can retry are missing here.',
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-existing-connection-interruptions"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="906",
                description="The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(
                    _S["mastercard-au-existing-connection-interruptions"],
                    _S["mastercard-us-error-codes-906"],
                ),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes='Listed under Existing Connection Interruptions on Mastercard\'s AU error pages (the text shown); Mastercard also publishes a US page for it (…/errors/error-codes/906/: "This error occurs when an existing connection to a financial institution is down and the end user may experience a failed attempt to add their bank accounts."). That page could not be read past its Error Code row: its remediation category, HTTP status, error message, troubleshooting steps and whether the end user can retry are missing here.',
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-existing-connection-interruptions"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="907",
                description="The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(
                    _S["mastercard-au-existing-connection-interruptions"],
                    _S["mastercard-us-error-codes-907"],
                ),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes='Listed under Existing Connection Interruptions on Mastercard\'s AU error pages (the text shown); Mastercard also publishes a US page for it (…/errors/error-codes/907/: "This error occurs when an existing connection to a financial institution is down and the end user may experience a failed attempt to add their bank accounts."). That page could not be read past its Error Code row: its remediation category, HTTP status, error message, troubleshooting steps and whether the end user can retry are missing here.',
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-existing-connection-interruptions"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="908",
                description="The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(_S["mastercard-au-existing-connection-interruptions"],),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("AU",)),
                notes="Listed under Existing Connection Interruptions on Mastercard's error pages.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-existing-connection-interruptions"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="909",
                description="This error occurs when an end user's bank account cannot be found at the financial institution.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(
                    _S["mastercard-us-error-codes-909"],
                    _S["mastercard-us-accounterrors-account-not-found"],
                ),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("US",)),
                notes="Listed under Account Not Found Errors on Mastercard's error pages. Its page could not be read in full (the copy read stops in its Remediation Category row), so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                group="retry_later",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-error-codes-909"],
                            _S["mastercard-us-accounterrors-account-not-found"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="910",
                description="The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(
                    _S["mastercard-au-existing-connection-interruptions"],
                    _S["mastercard-us-error-codes-910"],
                ),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes='Listed under Existing Connection Interruptions on Mastercard\'s AU error pages (the text shown); Mastercard also publishes a US page for it (…/errors/error-codes/910/: "This error occurs when an existing connection to a financial institution is down and the end user may experience a failed attempt to add their bank accounts."). That page could not be read past its Error Code row: its remediation category, HTTP status, error message, troubleshooting steps and whether the end user can retry are missing here.',
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-existing-connection-interruptions"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="911",
                description="The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(
                    _S["mastercard-au-existing-connection-interruptions"],
                    _S["mastercard-us-error-codes-911"],
                ),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes='Listed under Existing Connection Interruptions on Mastercard\'s AU error pages (the text shown); Mastercard also publishes a US page for it (…/errors/error-codes/911/: "This error occurs when an existing connection to a financial institution is down and the end user may experience a failed attempt to add their bank accounts."). That page could not be read past its Error Code row: its remediation category, HTTP status, error message, troubleshooting steps and whether the end user can retry are missing here.',
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-existing-connection-interruptions"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="913",
                description="These errors occur when an end user's bank account cannot be found at the financial institution. Click individual errors to learn more.",
                category=_C.ACCOUNT_UNAVAILABLE,
                sources=(_S["mastercard-us-accounterrors-account-not-found"],),
                retryable=False,
                end_user_can_retry=False,
                scope=Scope(regions=("US",)),
                notes="Listed under Account Not Found Errors on Mastercard's error pages.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-accounterrors-account-not-found"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="914",
                description="This error occurs when an end user's bank account cannot be found at the financial institution.",
                category=_C.ACCOUNT_UNAVAILABLE,
                sources=(
                    _S["mastercard-us-error-codes-914"],
                    _S["mastercard-us-accounterrors-account-not-found"],
                ),
                retryable=False,
                end_user_can_retry=False,
                scope=Scope(regions=("US",)),
                notes="Listed under Account Not Found Errors on Mastercard's error pages. Its page could not be read in full (the copy read stops in its Remediation Category row), so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                group="verify_account_or_data_state",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-error-codes-914"],
                            _S["mastercard-us-accounterrors-account-not-found"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="915",
                description="This error occurs when a new connection to a financial institution is being created. Multiple authentication attempts from the end user will help resolve this issue.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(
                    _S["mastercard-us-error-codes-915"],
                    _S["mastercard-au-connection-ip-new-connection"],
                    _S["mastercard-us-connection-ip-new-connection"],
                ),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under New Connection in Progress on Mastercard's AU and US error pages. Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-915"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="916",
                description="This error occurs when a new connection to a financial institution is being created. Multiple authentication attempts from the end user will help resolve this issue.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(
                    _S["mastercard-us-error-codes-916"],
                    _S["mastercard-au-connection-ip-new-connection"],
                    _S["mastercard-us-connection-ip-new-connection"],
                ),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under New Connection in Progress on Mastercard's AU and US error pages. Its page could not be read in full (the copy read stops after its introduction), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-916"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="920",
                description="This error occurs when the connection to a financial institution is not supported.",
                category=_C.INSTITUTION_NOT_SUPPORTED,
                sources=(
                    _S["mastercard-us-error-codes-920"],
                    _S["mastercard-au-connection-not-supported"],
                ),
                retryable=False,
                end_user_can_retry=False,
                scope=Scope(regions=("AU", "US")),
                notes="Mastercard's AU error pages list it under Connection Not Supported. Its page could not be read in full (the copy read stops after its introduction), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-920"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="924",
                description="This error occurs when the connection to a financial institution is not supported.",
                category=_C.INSTITUTION_NOT_SUPPORTED,
                sources=(
                    _S["mastercard-us-error-codes-924"],
                    _S["mastercard-au-connection-not-supported"],
                ),
                retryable=False,
                end_user_can_retry=False,
                scope=Scope(regions=("AU", "US")),
                notes="Mastercard's AU error pages list it under Connection Not Supported. Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-924"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="931",
                description="The following errors occur when the end user provides inadequate response to security questions while connecting to a financial institution.",
                category=_C.USER_ACTION_REQUIRED,
                sources=(_S["mastercard-au-accounterrors-incompleteauth"],),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("AU",)),
                notes="Listed under Incomplete Authorization on Mastercard's error pages.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-accounterrors-incompleteauth"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="936",
                description="This occurs when a financial institution needs additional information from the end user during an add account event.",
                category=_C.USER_ACTION_REQUIRED,
                sources=(_S["mastercard-us-error-codes-936"],),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Aggregation Status Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-936"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="938",
                description="This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution.",
                category=_C.USER_ACTION_REQUIRED,
                sources=(
                    _S["mastercard-us-error-codes-938"],
                    _S["mastercard-au-accounterrors-938"],
                    _S["mastercard-au-accounterrors-incompleteauth"],
                ),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under Incomplete Authorization on Mastercard's error pages; the US and AU pages describe it differently; the US text is shown. Its US page could not be read in full (the copy read stops in its Aggregation Status Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User. Its AU page could not be read in full (the copy read stops in its Aggregation Status Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-error-codes-938"],
                            _S["mastercard-au-accounterrors-938"],
                            _S["mastercard-au-accounterrors-incompleteauth"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="940",
                description="This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution.",
                category=_C.USER_ACTION_REQUIRED,
                sources=(
                    _S["mastercard-us-error-codes-940"],
                    _S["mastercard-au-accounterrors-incompleteauth"],
                ),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under Incomplete Authorization on Mastercard's error pages; the US and AU pages describe it differently; the US text is shown. Its page could not be read in full (the copy read stops in its Aggregation Status Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-error-codes-940"],
                            _S["mastercard-au-accounterrors-incompleteauth"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="945",
                description="This error occurs when an account is migrated from a legacy or a non-OAuth-based connection to an OAuth connection and requires customer to provide their consent again.",
                category=_C.GENERIC_FAILURE,
                sources=(
                    _S["mastercard-us-error-codes-945"],
                    _S["mastercard-au-connection-migration-inprogress"],
                ),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Mastercard's AU error pages list it under Connection Migration in Progress. Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-error-codes-945"],
                            _S["mastercard-au-connection-migration-inprogress"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="946",
                description="This error occurs when an end user's bank account cannot be found at the financial institution.",
                category=_C.ACCOUNT_UNAVAILABLE,
                sources=(
                    _S["mastercard-us-error-codes-946"],
                    _S["mastercard-us-accounterrors-account-not-found"],
                ),
                retryable=False,
                end_user_can_retry=False,
                scope=Scope(regions=("US",)),
                notes="Listed under Account Not Found Errors on Mastercard's error pages. Its page could not be read in full (the copy read stops after its introduction), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-error-codes-946"],
                            _S["mastercard-us-accounterrors-account-not-found"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="947",
                description="This error occurs when the token associated with the end user account has expired or is invalid.",
                category=_C.INTEGRATION_ERROR,
                sources=(
                    _S["mastercard-us-error-codes-947"],
                    _S["mastercard-au-accounterrors-invalidtoken"],
                ),
                retryable=False,
                end_user_can_retry=False,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under Invalid Token on Mastercard's error pages; the US and AU pages describe it differently; the US text is shown. Its page could not be read in full (the copy read stops after its introduction), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-error-codes-947"],
                            _S["mastercard-au-accounterrors-invalidtoken"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="948",
                description="An error code Mastercard lists.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["mastercard-us-data-connect-fix"],),
                retryable=True,
                end_user_can_retry=True,
                editorial=True,
                scope=Scope(regions=("US",)),
                wording=(Wording(field="description", by="bankcodes"),),
            ),
            CodeInfo(
                value="949",
                description="This error occurs when the end user's bank account is no longer recoverable.",
                category=_C.RECONNECT_REQUIRED,
                sources=(
                    _S["mastercard-us-error-codes-949"],
                    _S["mastercard-au-accounterrors-949"],
                ),
                retryable=False,
                end_user_can_retry=True,
                message="Accounts are in error status and can not be recovered in any way. Delete these accounts.",
                http=(HttpStatus(status=404, sources=(_S["mastercard-au-accounterrors-949"],)),),
                scope=Scope(regions=("AU", "US")),
                notes="The US and AU pages describe it differently; the US text is shown. Its US page could not be read in full (the copy read stops in its Remediation Category row), so these of its rows are missing here: Troubleshooting Steps and Retriable by End User. Its AU page could not be read in full (the copy read stops in its Troubleshooting Steps row), so these of its rows are missing here: Troubleshooting Steps and Retriable by End User.",
                group="re_authenticate",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-error-codes-949"],
                            _S["mastercard-au-accounterrors-949"],
                        ),
                    ),
                    Wording(
                        field="message",
                        by="provider",
                        sources=(_S["mastercard-au-accounterrors-949"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="950",
                description="This error occurs when the connection to a financial institution is not supported.",
                category=_C.INSTITUTION_NOT_SUPPORTED,
                sources=(
                    _S["mastercard-us-error-codes-950"],
                    _S["mastercard-au-connection-not-supported"],
                ),
                retryable=False,
                end_user_can_retry=False,
                scope=Scope(regions=("AU", "US")),
                notes="Mastercard's AU error pages list it under Connection Not Supported. Its page could not be read in full (the copy read stops in its HTTP Status row), so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                group="invalid_input",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-950"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="952",
                description="This error occurs when an end user's bank account cannot be found at the financial institution.",
                category=_C.ACCOUNT_UNAVAILABLE,
                sources=(
                    _S["mastercard-us-error-codes-952"],
                    _S["mastercard-us-accounterrors-account-not-found"],
                ),
                retryable=False,
                end_user_can_retry=False,
                http=(HttpStatus(status=500, sources=(_S["mastercard-us-error-codes-952"],)),),
                scope=Scope(regions=("US",)),
                notes="Listed under Account Not Found Errors on Mastercard's error pages. Its page could not be read in full (the copy read stops in its HTTP Status row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                group="verify_account_or_data_state",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-error-codes-952"],
                            _S["mastercard-us-accounterrors-account-not-found"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="955",
                description="These errors occur when an end user's bank account cannot be found at the financial institution. Click individual errors to learn more.",
                category=_C.ACCOUNT_UNAVAILABLE,
                sources=(_S["mastercard-us-accounterrors-account-not-found"],),
                retryable=False,
                end_user_can_retry=False,
                scope=Scope(regions=("US",)),
                notes="Listed under Account Not Found Errors on Mastercard's error pages.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-accounterrors-account-not-found"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="959",
                description="This occurs when a financial institution needs additional information from the end user during an add account event.",
                category=_C.USER_ACTION_REQUIRED,
                sources=(_S["mastercard-us-error-codes-959"],),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Aggregation Status Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-959"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="960",
                description="This error occurs when the connection to a financial institution is not supported.",
                category=_C.INSTITUTION_NOT_SUPPORTED,
                sources=(
                    _S["mastercard-us-error-codes-960"],
                    _S["mastercard-au-connection-not-supported"],
                ),
                retryable=False,
                end_user_can_retry=False,
                scope=Scope(regions=("AU", "US")),
                notes="Mastercard's AU error pages list it under Connection Not Supported. Its page could not be read in full (the copy read stops in its HTTP Status row), so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                group="verify_account_or_data_state",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-960"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="961",
                description="This occurs when a financial institution needs additional information from the end user during an add account event.",
                category=_C.USER_ACTION_REQUIRED,
                sources=(_S["mastercard-us-error-codes-961"],),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Aggregation Status Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-961"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="972",
                description="This error occurs when the connection to a financial institution is not supported.",
                category=_C.INSTITUTION_NOT_SUPPORTED,
                sources=(
                    _S["mastercard-us-error-codes-972"],
                    _S["mastercard-au-connection-not-supported"],
                ),
                retryable=False,
                end_user_can_retry=False,
                scope=Scope(regions=("AU", "US")),
                notes="Mastercard's AU error pages list it under Connection Not Supported. Its page could not be read in full (the copy read stops in its Remediation Category row), so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                group="report_or_escalate",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-972"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="973",
                description="These errors occur when the request is malformed or incorrect.",
                category=_C.RECONNECT_REQUIRED,
                sources=(
                    _S["mastercard-us-request-invalidrequest"],
                    _S["mastercard-us-error-codes-973"],
                    _S["mastercard-au-connection-not-supported"],
                ),
                retryable=False,
                end_user_can_retry=True,
                message="The user is not authorized for the requested resource or online access.",
                http=(
                    HttpStatus(
                        status=500,
                        sources=(_S["mastercard-us-error-codes-973"],),
                        context="US; error type: Institution Error",
                    ),
                ),
                scope=Scope(regions=("AU", "US")),
                notes='Listed under Invalid Request on Mastercard\'s US error pages and under Connection Not Supported on its AU error pages. Its US page (…/errors/error-codes/973/) opens "This error occurs when the connection to a financial institution is not supported." and files it under the remediation category Re-Authenticate or Provide Additional Information: the end user is not authorized to reach their accounts and must sign in again (or give what the institution asks), hence reconnect required rather than an error of the integration. That page could not be read in full (the copy read stops in its Troubleshooting Steps row), so these of its rows are missing here: Troubleshooting Steps and Retriable by End User.',
                group="re_authenticate",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-request-invalidrequest"],),
                    ),
                    Wording(
                        field="message",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-973"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="974",
                description="This error occurs when the end user session has either expired or timed out.",
                category=_C.SESSION_EXPIRED,
                sources=(_S["mastercard-us-error-codes-974"],),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Remediation Category row), so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                group="re_authenticate",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-974"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="976",
                description="This error occurs when the connection to a financial institution is not supported.",
                category=_C.INSTITUTION_NOT_SUPPORTED,
                sources=(
                    _S["mastercard-us-error-codes-976"],
                    _S["mastercard-au-connection-not-supported"],
                ),
                retryable=False,
                end_user_can_retry=False,
                http=(
                    HttpStatus(
                        status=500, sources=(_S["mastercard-us-error-codes-976"],), context="US"
                    ),
                ),
                scope=Scope(regions=("AU", "US")),
                notes="Mastercard's AU error pages list it under Connection Not Supported. Its page could not be read in full (the copy read stops in its HTTP Status row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                group="verify_account_or_data_state",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-976"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="977",
                description="This error occurs when calls made have reached the maximum limit allowed by a financial institution in a given time frame.",
                category=_C.GENERIC_FAILURE,
                sources=(
                    _S["mastercard-us-error-codes-977"],
                    _S["mastercard-us-request-max-limit-exceeded"],
                ),
                retryable=True,
                end_user_can_retry=True,
                http=(HttpStatus(status=500, sources=(_S["mastercard-us-error-codes-977"],)),),
                scope=Scope(regions=("US",)),
                notes="Listed under Maximum Limit Exceeded on Mastercard's error pages. Its page could not be read in full (the copy read stops in its HTTP Status row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                group="report_or_escalate",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-error-codes-977"],
                            _S["mastercard-us-request-max-limit-exceeded"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="978",
                description="These errors occur when the request is malformed or incorrect.",
                category=_C.INTEGRATION_ERROR,
                sources=(
                    _S["mastercard-us-request-invalidrequest"],
                    _S["mastercard-us-error-codes-978"],
                ),
                retryable=False,
                end_user_can_retry=False,
                scope=Scope(regions=("US",)),
                notes="Listed under Invalid Request on Mastercard's error pages. Its US page (…/errors/error-codes/978/) could not be read in full, so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                group="invalid_input",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-request-invalidrequest"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="981",
                description="These errors occur when the request is malformed or incorrect.",
                category=_C.INTEGRATION_ERROR,
                sources=(_S["mastercard-us-request-invalidrequest"],),
                retryable=False,
                end_user_can_retry=False,
                scope=Scope(regions=("US",)),
                notes="Listed under Invalid Request on Mastercard's error pages.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-request-invalidrequest"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="1003",
                description="This error occurs when there's an unexpected server error while processing the request.",
                category=_C.INTEGRATION_ERROR,
                sources=(_S["mastercard-us-error-codes-1003"],),
                retryable=False,
                end_user_can_retry=False,
                http=(
                    HttpStatus(
                        status=409,
                        sources=(_S["mastercard-us-error-codes-1003"],),
                        context="US; error type: Request Error",
                    ),
                ),
                scope=Scope(regions=("US",)),
                notes='Its page\'s Data Connect Alert row reads "Not applicable.". Its page could not be read in full (the copy read stops in its Data Connect Alert row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.',
                group="invalid_input",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-1003"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="1008",
                description="This error occurs when the financial institution returns an unexpected login error.",
                category=_C.RECONNECT_REQUIRED,
                sources=(
                    _S["mastercard-us-error-codes-1008"],
                    _S["mastercard-au-accounterrors-unexpectedloginerror"],
                ),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Mastercard's AU error pages list it under Unexpected Login Error, beside 179 and 2040. Its remediation category asks that the end user sign in again (or give what the institution asks), hence reconnect required. Its US page could not be read in full (the copy read stops in its Remediation Category row), so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                group="re_authenticate",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-1008"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="1108",
                description="This error occurs when there's an unexpected server error while processing the request.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["mastercard-us-error-codes-1108"],),
                retryable=True,
                end_user_can_retry=True,
                message="Generation Error",
                http=(
                    HttpStatus(
                        status=500,
                        sources=(_S["mastercard-us-error-codes-1108"],),
                        context="US; error type: Request Error",
                    ),
                ),
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Troubleshooting Steps row), so these of its rows are missing here: Troubleshooting Steps and Retriable by End User.",
                group="report_or_escalate",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-1108"],),
                    ),
                    Wording(
                        field="message",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-1108"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="1201",
                description="This error occurs when there's an unexpected server error while processing the request.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["mastercard-us-error-codes-1201"],),
                retryable=True,
                end_user_can_retry=True,
                message="Product Fulfillment Timeout",
                http=(
                    HttpStatus(
                        status=408,
                        sources=(_S["mastercard-us-error-codes-1201"],),
                        context="US; error type: Request Error",
                    ),
                ),
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Troubleshooting Steps row), so these of its rows are missing here: Troubleshooting Steps and Retriable by End User.",
                group="retry_later",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-1201"],),
                    ),
                    Wording(
                        field="message",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-1201"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="1203",
                description="This error occurs when there's an unexpected server error while processing the request.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["mastercard-us-error-codes-1203"],),
                retryable=True,
                end_user_can_retry=True,
                message="Stream Generation Timeout",
                http=(
                    HttpStatus(
                        status=408,
                        sources=(_S["mastercard-us-error-codes-1203"],),
                        context="US; error type: Request Error",
                    ),
                ),
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Troubleshooting Steps row), so these of its rows are missing here: Troubleshooting Steps and Retriable by End User.",
                group="retry_later",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-1203"],),
                    ),
                    Wording(
                        field="message",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-1203"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="1204",
                description="This error occurs when there's an unexpected server error while processing the request.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["mastercard-us-error-codes-1204"],),
                retryable=True,
                end_user_can_retry=True,
                message="Stream Generation Unavailable",
                http=(
                    HttpStatus(
                        status=503,
                        sources=(_S["mastercard-us-error-codes-1204"],),
                        context="US; error type: Request Error",
                    ),
                ),
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Troubleshooting Steps row), so these of its rows are missing here: Troubleshooting Steps and Retriable by End User.",
                group="retry_later",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-1204"],),
                    ),
                    Wording(
                        field="message",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-1204"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="1408",
                description="This error occurs when connection to a specific financial institution is interrupted temporarily.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(
                    _S["mastercard-us-error-codes-1408-expiredsession"],
                    _S["mastercard-au-institutionerrors-1408"],
                ),
                retryable=True,
                end_user_can_retry=True,
                http=(
                    HttpStatus(
                        status=500,
                        sources=(_S["mastercard-au-institutionerrors-1408"],),
                        context="AU",
                    ),
                ),
                scope=Scope(regions=("AU", "US")),
                notes="Its US page (…/errors/error-codes/1408-expiredsession/) files it under expired sessions; its AU page, whose text is shown, under a temporary interruption of the connection to an institution. Its US page could not be read in full (the copy read stops in its Remediation Category row), so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User. Its AU page could not be read in full (the copy read stops in its Error Message row), so these of its rows are missing here: Remediation Category, Error Message, Troubleshooting Steps and Retriable by End User.",
                group="retry_later",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-institutionerrors-1408"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="1415",
                description="This error is associated when a connection to the selected financial institution has encountered an unknown error.",
                category=_C.INTEGRATION_ERROR,
                sources=(
                    _S["mastercard-us-error-codes-1415"],
                    _S["mastercard-au-connection-not-certified"],
                ),
                retryable=False,
                end_user_can_retry=False,
                scope=Scope(regions=("AU", "US")),
                notes="Mastercard's AU error pages list it under Connection Not Certified, beside 11000. Its page could not be read in full (the copy read stops in its Remediation Category row), so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                group="invalid_input",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-error-codes-1415"],
                            _S["mastercard-au-connection-not-certified"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="1440",
                description="This error occurs when the end user session has either expired or timed out.",
                category=_C.SESSION_EXPIRED,
                sources=(_S["mastercard-us-error-codes-1440"],),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Remediation Category row), so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                group="retry_later",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-1440"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="2001",
                description="The following errors occur when end user's consent authorization is not available.",
                category=_C.USER_ACTION_REQUIRED,
                sources=(_S["mastercard-au-accounterrors-consentauthorization"],),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("AU",)),
                notes="Listed under Consent Authorization on Mastercard's error pages.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-accounterrors-consentauthorization"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="2003",
                description="The following errors occur when end user's consent authorization is not available.",
                category=_C.USER_ACTION_REQUIRED,
                sources=(
                    _S["mastercard-au-accounterrors-consentauthorization"],
                    _S["mastercard-us-error-codes-2003"],
                ),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under Consent Authorization on Mastercard's AU error pages (the text shown); Mastercard also publishes a US page for it (…/errors/error-codes/2003/: \"This error occurs when the end user's consent authorization is not available.\"). That page could not be read past its Error Code row: its remediation category, HTTP status, error message, troubleshooting steps and whether the end user can retry are missing here.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-accounterrors-consentauthorization"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="2005",
                description="These errors occur when the request is malformed or incorrect.",
                category=_C.INTEGRATION_ERROR,
                sources=(_S["mastercard-us-request-invalidrequest"],),
                retryable=False,
                end_user_can_retry=False,
                scope=Scope(regions=("US",)),
                notes="Listed under Invalid Request on Mastercard's error pages.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-request-invalidrequest"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="2006",
                description="The following errors occur when end user's consent authorization is not available.",
                category=_C.USER_ACTION_REQUIRED,
                sources=(
                    _S["mastercard-au-accounterrors-consentauthorization"],
                    _S["mastercard-us-error-codes-2006"],
                ),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under Consent Authorization on Mastercard's AU error pages (the text shown); Mastercard also publishes a US page for it (…/errors/error-codes/2006/: \"This error occurs when the end user's consent authorization is not available.\"). That page could not be read past its Error Code row: its remediation category, HTTP status, error message, troubleshooting steps and whether the end user can retry are missing here.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-accounterrors-consentauthorization"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="2017",
                description="The following errors occur when end user's consent authorization is not available.",
                category=_C.USER_ACTION_REQUIRED,
                sources=(_S["mastercard-au-accounterrors-consentauthorization"],),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("AU",)),
                notes="Listed under Consent Authorization on Mastercard's error pages.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-accounterrors-consentauthorization"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="2024",
                description="The following errors occur when end user's consent authorization is not available.",
                category=_C.USER_ACTION_REQUIRED,
                sources=(
                    _S["mastercard-au-accounterrors-consentauthorization"],
                    _S["mastercard-us-error-codes-2024"],
                ),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under Consent Authorization on Mastercard's AU error pages (the text shown); Mastercard also publishes a US page for it (…/errors/error-codes/2024/: \"This error occurs when the end user's consent authorization is not available.\"). That page could not be read past its Error Code row: its remediation category, HTTP status, error message, troubleshooting steps and whether the end user can retry are missing here.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-accounterrors-consentauthorization"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="2026",
                description="The following errors occur when end user's consent authorization is not available.",
                category=_C.USER_ACTION_REQUIRED,
                sources=(_S["mastercard-au-accounterrors-consentauthorization"],),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("AU",)),
                notes="Listed under Consent Authorization on Mastercard's error pages.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-accounterrors-consentauthorization"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="2028",
                description="This error occurs when the end user's consent authorization is not available.",
                category=_C.USER_ACTION_REQUIRED,
                sources=(
                    _S["mastercard-us-error-codes-2028"],
                    _S["mastercard-au-accounterrors-consentauthorization"],
                ),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under Consent Authorization on Mastercard's error pages; the US and AU pages describe it differently; the US text is shown. Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-error-codes-2028"],
                            _S["mastercard-au-accounterrors-consentauthorization"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="2030",
                description="The following errors occur when end user's consent authorization is not available.",
                category=_C.USER_ACTION_REQUIRED,
                sources=(_S["mastercard-au-accounterrors-consentauthorization"],),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("AU",)),
                notes="Listed under Consent Authorization on Mastercard's error pages.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-accounterrors-consentauthorization"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="2031",
                description="This error occurs when the end user's consent authorization is not available.",
                category=_C.USER_ACTION_REQUIRED,
                sources=(
                    _S["mastercard-us-error-codes-2031"],
                    _S["mastercard-au-accounterrors-consentauthorization"],
                ),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under Consent Authorization on Mastercard's error pages; the US and AU pages describe it differently; the US text is shown. Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-error-codes-2031"],
                            _S["mastercard-au-accounterrors-consentauthorization"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="2036",
                description="This error occurs when the end user's consent authorization is not available.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["mastercard-us-error-codes-2036"],),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-2036"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="2038",
                description="This error occurs when the end user's consent authorization is not available.",
                category=_C.USER_ACTION_REQUIRED,
                sources=(_S["mastercard-us-error-codes-2038"],),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-2038"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="2039",
                description="This error occurs when the end user's consent authorization is not available.",
                category=_C.USER_ACTION_REQUIRED,
                sources=(_S["mastercard-us-error-codes-2039"],),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-2039"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="2040",
                description="This error occurs when the financial institution returns an unexpected login error.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(
                    _S["mastercard-us-error-codes-2040"],
                    _S["mastercard-au-accounterrors-unexpectedloginerror"],
                ),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Mastercard's AU error pages list it under Unexpected Login Error, beside 179 and 1008. Its US page could not be read in full (the copy read stops in its Remediation Category row), so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                group="retry_later",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-2040"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="3003",
                description="This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution.",
                category=_C.RECONNECT_REQUIRED,
                sources=(_S["mastercard-us-error-codes-3003"],),
                retryable=False,
                end_user_can_retry=True,
                message="Institution Login Id is not found",
                http=(
                    HttpStatus(
                        status=404,
                        sources=(_S["mastercard-us-error-codes-3003"],),
                        context="US; error type: Account Error",
                    ),
                ),
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Error Message row), so these of its rows are missing here: Troubleshooting Steps and Retriable by End User.",
                group="verify_account_or_data_state",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-3003"],),
                    ),
                    Wording(
                        field="message",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-3003"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="3004",
                description="This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution.",
                category=_C.RECONNECT_REQUIRED,
                sources=(_S["mastercard-us-error-codes-3004"],),
                retryable=False,
                end_user_can_retry=True,
                message="Institution Login Id details are not found.",
                advice="Ask the user to re-authenticate.",
                http=(
                    HttpStatus(
                        status=404,
                        sources=(_S["mastercard-us-error-codes-3004"],),
                        context="US; error type: Account Error",
                    ),
                ),
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Retriable by End User row), so these of its rows are missing here: Retriable by End User.",
                group="verify_account_or_data_state",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-3004"],),
                    ),
                    Wording(
                        field="message",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-3004"],),
                    ),
                    Wording(
                        field="advice",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-3004"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="4034",
                description="This error occurs when the token associated with the end user account has expired or is invalid.",
                category=_C.ACCOUNT_UNAVAILABLE,
                sources=(
                    _S["mastercard-us-error-codes-4034"],
                    _S["mastercard-au-accounterrors-invalidtoken"],
                ),
                retryable=False,
                end_user_can_retry=False,
                message="Access tokens must be managed at the institution's website.",
                http=(
                    HttpStatus(
                        status=400,
                        sources=(_S["mastercard-us-error-codes-4034"],),
                        context="US; error type: Account Error",
                    ),
                ),
                scope=Scope(regions=("AU", "US")),
                notes="Listed under Invalid Token on Mastercard's error pages; the US and AU pages describe it differently; the US text is shown. Its page could not be read in full (the copy read stops in its Error Message row), so these of its rows are missing here: Troubleshooting Steps and Retriable by End User.",
                group="verify_account_or_data_state",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-error-codes-4034"],
                            _S["mastercard-au-accounterrors-invalidtoken"],
                        ),
                    ),
                    Wording(
                        field="message",
                        by="provider",
                        sources=(
                            _S["mastercard-us-error-codes-4034"],
                            _S["mastercard-au-accounterrors-invalidtoken"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="4041",
                description="This error occurs when the connection to a financial institution is not supported.",
                category=_C.INSTITUTION_NOT_SUPPORTED,
                sources=(_S["mastercard-us-error-codes-4041"],),
                retryable=False,
                end_user_can_retry=False,
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-4041"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="5006",
                description="This error occurs if an API call is made for an account that is currently undergoing data refresh.",
                category=_C.CONCURRENT_OPERATION,
                sources=(_S["mastercard-au-accounterrors-5006"],),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("AU",)),
                notes="Its page could not be read in full (the copy read stops in its Aggregation Status Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-accounterrors-5006"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="5030",
                description="This error occurs when the end user has not provided an account type.",
                category=_C.USER_ACTION_REQUIRED,
                sources=(_S["mastercard-au-accounterrors-5030"],),
                retryable=False,
                end_user_can_retry=True,
                http=(
                    HttpStatus(
                        status=400, sources=(_S["mastercard-au-accounterrors-5030"],), context="AU"
                    ),
                ),
                scope=Scope(regions=("AU",)),
                notes="Its page could not be read in full (the copy read stops in its Error Message row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                group="re_authenticate",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-accounterrors-5030"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="7002",
                description="Account product not found",
                category=_C.ACCOUNT_UNAVAILABLE,
                sources=(_S["mastercard-au-accounterrors-account-not-found-7002"],),
                retryable=False,
                end_user_can_retry=False,
                message="Account product not found",
                http=(
                    HttpStatus(
                        status=500,
                        sources=(_S["mastercard-au-accounterrors-account-not-found-7002"],),
                        context="AU",
                    ),
                ),
                scope=Scope(regions=("AU",)),
                notes="Its page publishes these rows empty: Troubleshooting Steps and Retriable by End User.",
                group="verify_account_or_data_state",
                wording=(
                    Wording(
                        field="message",
                        by="provider",
                        sources=(_S["mastercard-au-accounterrors-account-not-found-7002"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="10000",
                description="These errors occur when the request is malformed or incorrect.",
                category=_C.INTEGRATION_ERROR,
                sources=(
                    _S["mastercard-us-request-invalidrequest"],
                    _S["mastercard-us-error-codes-10000"],
                ),
                retryable=False,
                end_user_can_retry=False,
                scope=Scope(regions=("US",)),
                notes="Listed under Invalid Request on Mastercard's error pages. Its US page (…/errors/error-codes/10000/) could not be read in full, so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                group="report_or_escalate",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-request-invalidrequest"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="10001",
                description="This error occurs when the request is malformed or incorrect.",
                category=_C.INTEGRATION_ERROR,
                sources=(
                    _S["mastercard-us-error-codes-10001"],
                    _S["mastercard-us-request-invalidrequest"],
                ),
                retryable=False,
                end_user_can_retry=False,
                http=(
                    HttpStatus(
                        status=401,
                        sources=(_S["mastercard-us-error-codes-10001"],),
                        context="US; error type: Request Error",
                    ),
                ),
                scope=Scope(regions=("US",)),
                notes="Listed under Invalid Request on Mastercard's error pages. Its page could not be read in full (the copy read stops in its Data Connect Alert row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                group="invalid_input",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-error-codes-10001"],
                            _S["mastercard-us-request-invalidrequest"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="10005",
                description="These errors occur when the request is malformed or incorrect.",
                category=_C.INTEGRATION_ERROR,
                sources=(
                    _S["mastercard-us-request-invalidrequest"],
                    _S["mastercard-au-codes-and-formats"],
                    _S["mastercard-us-error-codes-10005"],
                ),
                retryable=False,
                end_user_can_retry=False,
                advice="A required field was left blank, or contained only whitespace. Submit the request again, with valid text in all required fields.",
                http=(HttpStatus(status=400, sources=(_S["mastercard-au-codes-and-formats"],)),),
                scope=Scope(regions=("AU", "US")),
                notes="Listed under Invalid Request on Mastercard's error pages; the US and AU pages describe it differently; the US text is shown. Its US page (…/errors/error-codes/10005/) could not be read in full, so these of its rows are missing here: HTTP Status (cut after 400), Error Message, Troubleshooting Steps and Retriable by End User.",
                group="re_authenticate",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-request-invalidrequest"],
                            _S["mastercard-au-codes-and-formats"],
                        ),
                    ),
                    Wording(
                        field="advice",
                        by="provider",
                        sources=(
                            _S["mastercard-us-request-invalidrequest"],
                            _S["mastercard-au-codes-and-formats"],
                            _S["mastercard-us-error-codes-10005"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="10010",
                description="These errors occur when the request is malformed or incorrect.",
                category=_C.INTEGRATION_ERROR,
                sources=(
                    _S["mastercard-us-request-invalidrequest"],
                    _S["mastercard-us-error-codes-10010"],
                ),
                retryable=False,
                end_user_can_retry=False,
                http=(
                    HttpStatus(
                        status=500,
                        sources=(_S["mastercard-us-error-codes-10010"],),
                        context="US; error type: Request Error",
                    ),
                ),
                scope=Scope(regions=("US",)),
                notes="Listed under Invalid Request on Mastercard's error pages. Its US page (…/errors/error-codes/10010/) could not be read in full, so these of its rows are missing here: Error Message (cut), Troubleshooting Steps and Retriable by End User.",
                group="re_authenticate",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-request-invalidrequest"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="10023",
                description="An error code Mastercard lists under Expired (App-Token).",
                category=_C.INTEGRATION_ERROR,
                sources=(_S["mastercard-au-codes-and-formats"], _S["mastercard-openapi-us"]),
                retryable=False,
                end_user_can_retry=False,
                editorial=True,
                http=(
                    HttpStatus(
                        status=401,
                        sources=(
                            _S["mastercard-au-codes-and-formats"],
                            _S["mastercard-openapi-us"],
                        ),
                    ),
                ),
                scope=Scope(regions=("AU", "US")),
                notes="Listed on Mastercard's AU Code and Formats page, described there as \"Expired (App-Token)\" with HTTP 401. That page's required action for it begins \"See the Authentication section to\" and every copy read of the page stops there, so its advice is missing here rather than shown cut short. Mastercard's US OpenAPI (openbanking-us.yaml) sends it too: its ExpiredTokenRequest example is {code: '10023', status: '401', message: Expired (Finicity-App-Token)}.",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="10025",
                description="This error occurs when the end user session has either expired or timed out.",
                category=_C.REJECTED,
                sources=(_S["mastercard-us-error-codes-10025"],),
                retryable=False,
                end_user_can_retry=False,
                message="We were unable to verify your identity. To get started another way, please reach out to {Partner} for support.",
                advice="This user has gone through the flow and edited their prefill data significantly in a way that has triggered elevated risk.",
                http=(
                    HttpStatus(
                        status=400,
                        sources=(_S["mastercard-us-error-codes-10025"],),
                        context="US; error type: Account Error",
                    ),
                ),
                scope=Scope(regions=("US",)),
                notes='Its page\'s introduction speaks of an expired session, but its Error Message, Common Causes and Troubleshooting Steps rows speak of an identity check that found an elevated risk, and its Retriable by End User row reads "No.": bankcodes files it as rejected by those rows. {Partner} in the message stands for the integrator\'s name. Its Common Causes row reads "Additional review is required before onboarding can continue. If you wish to proceed with this applicant, please continue through your standard application process after receiving the following error codes."; Data Connect Alert "No associated alert."; Data Connect Fix Eligible "No."; Access to Latest Data "You will be unable to access the latest data for this user\'s account until the issue is resolved."',
                group="retry_later",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-10025"],),
                    ),
                    Wording(
                        field="message",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-10025"],),
                    ),
                    Wording(
                        field="advice",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-10025"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="10030",
                description="This error occurs when there's an unexpected server error while processing the request.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["mastercard-us-error-codes-10030"],),
                retryable=True,
                end_user_can_retry=True,
                http=(
                    HttpStatus(
                        status=500, sources=(_S["mastercard-us-error-codes-10030"],), context="US"
                    ),
                ),
                scope=Scope(regions=("US",)),
                notes="Its page's table leaves the Error Code cell empty. Its page could not be read in full (the copy read stops in its Error Type row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                group="report_or_escalate",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-10030"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="10106",
                description="This error occurs when the connection to a financial institution is not supported.",
                category=_C.INSTITUTION_NOT_SUPPORTED,
                sources=(_S["mastercard-us-error-codes-10106"],),
                retryable=False,
                end_user_can_retry=False,
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-10106"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="10814",
                description="This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution.",
                category=_C.USER_ACTION_REQUIRED,
                sources=(
                    _S["mastercard-us-error-codes-10814"],
                    _S["mastercard-au-accounterrors-incompleteauth"],
                ),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under Incomplete Authorization on Mastercard's error pages; the US and AU pages describe it differently; the US text is shown. Its page could not be read in full (the copy read stops after its introduction), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-error-codes-10814"],
                            _S["mastercard-au-accounterrors-incompleteauth"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="11000",
                description="This error is associated when a connection to the selected financial institution has encountered an unknown error.",
                category=_C.GENERIC_FAILURE,
                sources=(
                    _S["mastercard-us-error-codes-11000"],
                    _S["mastercard-us-institutionerrors-other-connection-issues"],
                    _S["mastercard-au-institutionerrors-other-connection-issues"],
                ),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under Other Connection Issues on Mastercard's error pages; the US and AU pages describe it differently; the US text is shown. Its page could not be read in full (the copy read stops in its Remediation Category row), so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                group="report_or_escalate",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-error-codes-11000"],
                            _S["mastercard-us-institutionerrors-other-connection-issues"],
                            _S["mastercard-au-institutionerrors-other-connection-issues"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="12001",
                description="An error code whose page Mastercard publishes at …/error-codes/12001/; that page's table gives its facts to 12003.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["mastercard-us-error-codes-12001"],),
                retryable=True,
                end_user_can_retry=True,
                editorial=True,
                scope=Scope(regions=("US",)),
                notes="The US page for 12001 reads \"This error occurs when there's an unexpected server error while processing the request.\", but its table names Error Code 12003 (Re-Authenticate or Provide Additional Information, HTTP 409 or 500): the facts are filed under 12003, and 12001 keeps only that its page exists. For this reason the drift command reports 12001 as missing from that page's table, as far as it could be read. Its page could not be read in full (the copy read stops in its HTTP Status row), so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="12003",
                description="The following errors occur when the end user provides inadequate response to security questions while connecting to a financial institution.",
                category=_C.USER_ACTION_REQUIRED,
                sources=(
                    _S["mastercard-au-accounterrors-incompleteauth"],
                    _S["mastercard-us-error-codes-12001"],
                ),
                retryable=False,
                end_user_can_retry=True,
                http=(
                    HttpStatus(
                        status=409,
                        sources=(_S["mastercard-us-error-codes-12001"],),
                        context="US; the table of the page for 12001",
                    ),
                    HttpStatus(
                        status=500,
                        sources=(_S["mastercard-us-error-codes-12001"],),
                        context="US; the table of the page for 12001",
                    ),
                ),
                scope=Scope(regions=("AU", "US")),
                notes="Listed under Incomplete Authorization on Mastercard's AU error pages; its remediation category and HTTP statuses are in the table of the US page for 12001, which names 12003. That page could not be read in full (the copy read stops in its HTTP Status row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User. Its own US page (…/errors/error-codes/12003/) gives its table's facts to Aggregation Status Code 24302, where they are kept.",
                group="re_authenticate",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-accounterrors-incompleteauth"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="12005",
                description="This error occurs when the end user's consent authorization is not available.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["mastercard-us-error-codes-12005"],),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-12005"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="12009",
                description="This error occurs when there's an unexpected server error while processing the request.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["mastercard-us-error-codes-12009"],),
                retryable=True,
                end_user_can_retry=True,
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Remediation Category row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-12009"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="12046",
                description="An error code Mastercard lists.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["mastercard-au-accounterrors-account-not-found-12046"],),
                retryable=True,
                end_user_can_retry=True,
                editorial=True,
                http=(
                    HttpStatus(
                        status=500,
                        sources=(_S["mastercard-au-accounterrors-account-not-found-12046"],),
                        context="AU",
                    ),
                ),
                scope=Scope(regions=("AU",)),
                notes="Its page publishes these rows empty: Remediation Category, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="14001",
                description="An error code Mastercard lists.",
                category=_C.ACCOUNT_UNAVAILABLE,
                sources=(_S["mastercard-au-most-common"], _S["mastercard-openapi-us"]),
                retryable=False,
                end_user_can_retry=False,
                message="Customer not found.",
                editorial=True,
                http=(
                    HttpStatus(
                        status=404,
                        sources=(_S["mastercard-au-most-common"], _S["mastercard-openapi-us"]),
                    ),
                ),
                scope=Scope(regions=("AU", "US")),
                notes="Listed on Mastercard's AU Most Common Error Codes page; Mastercard's US OpenAPI (openbanking-us.yaml) sends it too, in its CustomerNotFoundExample ('Customer not found.') and, with status '404', its GetExternalSwitchesResourceNotFoundErrorExample ('Resource not found').",
                group="verify_account_or_data_state",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(
                        field="message",
                        by="provider",
                        sources=(_S["mastercard-au-most-common"], _S["mastercard-openapi-us"]),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="14002",
                description="This error occurs when the requested entity doesn't exist or cannot be found.",
                category=_C.ACCOUNT_UNAVAILABLE,
                sources=(_S["mastercard-us-error-codes-14002"],),
                retryable=False,
                end_user_can_retry=False,
                http=(
                    HttpStatus(
                        status=404, sources=(_S["mastercard-us-error-codes-14002"],), context="US"
                    ),
                ),
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Error Type row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                group="verify_account_or_data_state",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-14002"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="14019",
                description="This error occurs when the end user's consent authorization is not available.",
                category=_C.USER_ACTION_REQUIRED,
                sources=(_S["mastercard-us-error-codes-14019"],),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-14019"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="14020",
                description="This error occurs when the connection to a financial institution is not supported.",
                category=_C.INSTITUTION_NOT_SUPPORTED,
                sources=(_S["mastercard-us-error-codes-14020"],),
                retryable=False,
                end_user_can_retry=False,
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops after its introduction), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-14020"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="14023",
                description="This error occurs when the request is malformed or incorrect.",
                category=_C.INTEGRATION_ERROR,
                sources=(
                    _S["mastercard-us-error-codes-14023"],
                    _S["mastercard-us-request-invalidrequest"],
                ),
                retryable=False,
                end_user_can_retry=False,
                message="Invalid Customer ID.",
                http=(
                    HttpStatus(
                        status=404,
                        sources=(_S["mastercard-us-error-codes-14023"],),
                        context="US; error type: Request Error",
                    ),
                ),
                scope=Scope(regions=("US",)),
                notes="Listed under Invalid Request on Mastercard's error pages. Its page could not be read in full (the copy read stops in its Error Message row), so these of its rows are missing here: Troubleshooting Steps and Retriable by End User.",
                group="invalid_input",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-error-codes-14023"],
                            _S["mastercard-us-request-invalidrequest"],
                        ),
                    ),
                    Wording(
                        field="message",
                        by="provider",
                        sources=(
                            _S["mastercard-us-error-codes-14023"],
                            _S["mastercard-us-request-invalidrequest"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="19000",
                description="This error occurs when there's an unexpected server error while processing the request.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["mastercard-us-error-codes-19000"],),
                retryable=True,
                end_user_can_retry=True,
                http=(
                    HttpStatus(
                        status=500, sources=(_S["mastercard-us-error-codes-19000"],), context="US"
                    ),
                ),
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Error Type row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                group="retry_later",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-19000"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="20002",
                description="These errors occur when the request is malformed or incorrect.",
                category=_C.INTEGRATION_ERROR,
                sources=(_S["mastercard-us-request-invalidrequest"],),
                retryable=False,
                end_user_can_retry=False,
                scope=Scope(regions=("US",)),
                notes="Listed under Invalid Request on Mastercard's error pages.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-request-invalidrequest"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="20007",
                description="These errors occur when accounts cannot be migrated from legacy to OAuth connections.",
                category=_C.RECONNECT_REQUIRED,
                sources=(_S["mastercard-au-accounts-not-migrated"],),
                retryable=False,
                end_user_can_retry=True,
                http=(
                    HttpStatus(
                        status=409,
                        sources=(_S["mastercard-au-accounts-not-migrated"],),
                        context="AU",
                    ),
                ),
                scope=Scope(regions=("AU",)),
                notes="Listed under Account Migration Error on Mastercard's error pages.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-accounts-not-migrated"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="20009",
                description="This error occurs when accounts cannot be migrated from legacy to OAuth connections.",
                category=_C.ACCOUNT_UNAVAILABLE,
                sources=(_S["mastercard-us-error-codes-20009"],),
                retryable=False,
                end_user_can_retry=False,
                http=(HttpStatus(status=500, sources=(_S["mastercard-us-error-codes-20009"],)),),
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its HTTP Status row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                group="verify_account_or_data_state",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-20009"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="20014",
                description="This error occurs when there's an unexpected server error while processing the request.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["mastercard-us-error-codes-20014"],),
                retryable=True,
                end_user_can_retry=True,
                http=(
                    HttpStatus(
                        status=500, sources=(_S["mastercard-us-error-codes-20014"],), context="US"
                    ),
                ),
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Error Type row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                group="report_or_escalate",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-20014"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="20017",
                description="This error occurs when the requested entity doesn't exist or cannot be found.",
                category=_C.INTEGRATION_ERROR,
                sources=(_S["mastercard-us-error-codes-20017"],),
                retryable=False,
                end_user_can_retry=False,
                http=(
                    HttpStatus(
                        status=500, sources=(_S["mastercard-us-error-codes-20017"],), context="US"
                    ),
                ),
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Error Type row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                group="invalid_input",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-20017"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="20024",
                description="These errors occur when the request is malformed or incorrect.",
                category=_C.INTEGRATION_ERROR,
                sources=(_S["mastercard-us-request-invalidrequest"],),
                retryable=False,
                end_user_can_retry=False,
                scope=Scope(regions=("US",)),
                notes="Listed under Invalid Request on Mastercard's error pages.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-request-invalidrequest"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="24302",
                description="This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution.",
                category=_C.USER_ACTION_REQUIRED,
                sources=(_S["mastercard-us-error-codes-12003"],),
                retryable=False,
                end_user_can_retry=True,
                http=(
                    HttpStatus(
                        status=500,
                        sources=(_S["mastercard-us-error-codes-12003"],),
                        context="US; the table of the page for 12003",
                    ),
                ),
                scope=Scope(regions=("US",)),
                notes="Its facts are in the table of Mastercard's US page for 12003 (…/errors/error-codes/12003/), which names Aggregation Status Code 24302; no page of its own was found. That page could not be read in full (the copy read stops in its Error Type row), so these of its rows are missing here: Error Type, Error Message, Troubleshooting Steps and Retriable by End User.",
                group="re_authenticate",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-12003"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="24303",
                description="These errors occur when an end user enters invalid credentials.",
                category=_C.CREDENTIALS_INVALID,
                sources=(
                    _S["mastercard-us-accounterrors-invalidcredentials"],
                    _S["mastercard-au-accounterrors-invalidcredentials"],
                ),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under Invalid Credentials on Mastercard's error pages.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-accounterrors-invalidcredentials"],
                            _S["mastercard-au-accounterrors-invalidcredentials"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="38003",
                description="This error occurs when an end user's bank account cannot be found at the financial institution.",
                category=_C.ACCOUNT_UNAVAILABLE,
                sources=(
                    _S["mastercard-us-error-codes-38003"],
                    _S["mastercard-us-accounterrors-account-not-found"],
                ),
                retryable=False,
                end_user_can_retry=False,
                http=(
                    HttpStatus(
                        status=404,
                        sources=(_S["mastercard-us-error-codes-38003"],),
                        context="US; error type: Account Error",
                    ),
                    HttpStatus(
                        status=500,
                        sources=(_S["mastercard-us-error-codes-38003"],),
                        context="US; error type: Account Error",
                    ),
                ),
                scope=Scope(regions=("US",)),
                notes="Listed under Account Not Found Errors on Mastercard's error pages. Its page could not be read in full (the copy read stops in its Data Connect Alert row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                group="verify_account_or_data_state",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-error-codes-38003"],
                            _S["mastercard-us-accounterrors-account-not-found"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="38006",
                description="These errors occur when an end user's bank account cannot be found at the financial institution. Click individual errors to learn more.",
                category=_C.ACCOUNT_UNAVAILABLE,
                sources=(
                    _S["mastercard-us-accounterrors-account-not-found"],
                    _S["mastercard-us-error-codes-38006"],
                ),
                retryable=False,
                end_user_can_retry=False,
                http=(
                    HttpStatus(
                        status=404,
                        sources=(_S["mastercard-us-error-codes-38006"],),
                        context="US; error type: Account Error",
                    ),
                    HttpStatus(
                        status=500,
                        sources=(_S["mastercard-us-error-codes-38006"],),
                        context="US; error type: Account Error",
                    ),
                ),
                scope=Scope(regions=("US",)),
                notes="Listed under Account Not Found Errors on Mastercard's error pages. Its US page (…/errors/error-codes/38006/) could not be read in full, so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                group="verify_account_or_data_state",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-accounterrors-account-not-found"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="38007",
                description="The following errors occur when the end user provides inadequate response to security questions while connecting to a financial institution.",
                category=_C.USER_ACTION_REQUIRED,
                sources=(
                    _S["mastercard-au-accounterrors-incompleteauth"],
                    _S["mastercard-openapi-us"],
                ),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under Incomplete Authorization on Mastercard's error pages. Mastercard's US OpenAPI (openbanking-us.yaml) sends it too: its NoAccountForInstitutionLoginIdExample has code '38007', 'Customer does not have any accounts associated with institutionLoginId.'",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-accounterrors-incompleteauth"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="38053",
                description="This occurs when a financial institution needs additional information from the end user during an add account event.",
                category=_C.USER_ACTION_REQUIRED,
                sources=(_S["mastercard-us-error-codes-38053"],),
                retryable=False,
                end_user_can_retry=True,
                http=(
                    HttpStatus(
                        status=500, sources=(_S["mastercard-us-error-codes-38053"],), context="US"
                    ),
                ),
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Error Type row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                group="verify_account_or_data_state",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-38053"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="42000",
                description="This error occurs when the request is malformed or incorrect.",
                category=_C.INTEGRATION_ERROR,
                sources=(_S["mastercard-us-error-codes-42000"],),
                retryable=False,
                end_user_can_retry=False,
                message="Testing customer limit exceeded.",
                advice="Contact your support team member to discuss next steps.",
                http=(
                    HttpStatus(
                        status=400,
                        sources=(_S["mastercard-us-error-codes-42000"],),
                        context="US; error type: Request Error",
                    ),
                ),
                scope=Scope(regions=("US",)),
                notes='Its page\'s Common Causes row reads "The preset customer limit for testing has been met."',
                group="report_or_escalate",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-42000"],),
                    ),
                    Wording(
                        field="message",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-42000"],),
                    ),
                    Wording(
                        field="advice",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-42000"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="42002",
                description="This error occurs when the request is malformed or incorrect.",
                category=_C.INTEGRATION_ERROR,
                sources=(_S["mastercard-us-error-codes-42002"],),
                retryable=False,
                end_user_can_retry=False,
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-42002"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="44000",
                description="This error occurs when calls made have reached the maximum limit allowed by a financial institution in a given time frame.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(
                    _S["mastercard-us-error-codes-44000"],
                    _S["mastercard-us-request-max-limit-exceeded"],
                ),
                retryable=True,
                end_user_can_retry=True,
                http=(
                    HttpStatus(
                        status=202,
                        sources=(_S["mastercard-us-error-codes-44000"],),
                        context="US; error type: Request Error",
                    ),
                ),
                scope=Scope(regions=("US",)),
                notes="Listed under Maximum Limit Exceeded on Mastercard's error pages. Its page could not be read in full (the copy read stops in its Error Type row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                group="retry_later",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-error-codes-44000"],
                            _S["mastercard-us-request-max-limit-exceeded"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="44002",
                description="This error occurs when calls made have reached the maximum limit allowed by a financial institution in a given time frame.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(
                    _S["mastercard-us-error-codes-44002"],
                    _S["mastercard-us-request-max-limit-exceeded"],
                ),
                retryable=True,
                end_user_can_retry=True,
                message="Aggregation service is temporarily unavailable. Please try again later.",
                http=(
                    HttpStatus(
                        status=202,
                        sources=(_S["mastercard-us-error-codes-44002"],),
                        context="US; error type: Request Error",
                    ),
                ),
                scope=Scope(regions=("US",)),
                notes="Listed under Maximum Limit Exceeded on Mastercard's error pages. Its page could not be read in full (the copy read stops in its Error Message row), so these of its rows are missing here: Troubleshooting Steps and Retriable by End User.",
                group="retry_later",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-error-codes-44002"],
                            _S["mastercard-us-request-max-limit-exceeded"],
                        ),
                    ),
                    Wording(
                        field="message",
                        by="provider",
                        sources=(
                            _S["mastercard-us-error-codes-44002"],
                            _S["mastercard-us-request-max-limit-exceeded"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="45002",
                description="These errors occur when an end user enters invalid credentials.",
                category=_C.CREDENTIALS_INVALID,
                sources=(
                    _S["mastercard-us-accounterrors-invalidcredentials"],
                    _S["mastercard-au-accounterrors-invalidcredentials"],
                    _S["mastercard-us-error-codes-45002"],
                ),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under Invalid Credentials on Mastercard's error pages. Its US page (…/errors/error-codes/45002/) could not be read in full, so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                group="retry_later",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-accounterrors-invalidcredentials"],
                            _S["mastercard-au-accounterrors-invalidcredentials"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="50024",
                description="This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["mastercard-us-error-codes-50024"],),
                retryable=True,
                end_user_can_retry=True,
                http=(HttpStatus(status=500, sources=(_S["mastercard-us-error-codes-50024"],)),),
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its HTTP Status row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                group="report_or_escalate",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-50024"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="50025",
                description="The following errors occur when the end user provides inadequate response to security questions while connecting to a financial institution.",
                category=_C.USER_ACTION_REQUIRED,
                sources=(_S["mastercard-au-accounterrors-incompleteauth"],),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("AU",)),
                notes="Listed under Incomplete Authorization on Mastercard's error pages.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-accounterrors-incompleteauth"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="50050",
                description="This error occurs when there's an unexpected server error while processing the request.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["mastercard-us-error-codes-50050"],),
                retryable=True,
                end_user_can_retry=True,
                http=(
                    HttpStatus(
                        status=400, sources=(_S["mastercard-us-error-codes-50050"],), context="US"
                    ),
                    HttpStatus(
                        status=404, sources=(_S["mastercard-us-error-codes-50050"],), context="US"
                    ),
                    HttpStatus(
                        status=500, sources=(_S["mastercard-us-error-codes-50050"],), context="US"
                    ),
                ),
                scope=Scope(regions=("US",)),
                notes="Its page could not be read in full (the copy read stops in its Error Type row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                group="report_or_escalate",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-error-codes-50050"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="110039",
                description="These errors occur when an end user enters invalid credentials.",
                category=_C.CREDENTIALS_INVALID,
                sources=(
                    _S["mastercard-us-accounterrors-invalidcredentials"],
                    _S["mastercard-au-accounterrors-invalidcredentials"],
                ),
                retryable=False,
                end_user_can_retry=True,
                scope=Scope(regions=("AU", "US")),
                notes="Listed under Invalid Credentials on Mastercard's error pages.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-accounterrors-invalidcredentials"],
                            _S["mastercard-au-accounterrors-invalidcredentials"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
        ),
    )
    return ErrorCode


def _ConnectEventCode() -> type[NumericCodeEnum]:
    class ConnectEventCode(NumericCodeEnum):
        """Connect event code: The code of an event the Connect web and React Native SDKs pass to onDone, onCancel or onError, as {code, reason}.

        Wire field: code (onDone, onCancel, onError)."""

        CANCEL = 100
        TIMEOUT = 1440
        UNEXPECTED_ERROR = 500
        SUCCESS = 200
        SDK_POPUP_COULD_NOT_BE_OPENED = 1403

    register(
        ConnectEventCode,
        CodeSetInfo(
            provider="mastercard",
            id="connect_event_code",
            title="Connect event code",
            description="The code of an event the Connect web and React Native SDKs pass to onDone, onCancel or onError, as {code, reason}.",
            field="code (onDone, onCancel, onError)",
            sources=(_S["mastercard-connect-web-sdk"], _S["mastercard-connect-react-native-sdk"]),
        ),
        (
            CodeInfo(
                value="100",
                description="The customer clicks Exit to cancel out of the Data Connect session.",
                category=_C.CANCELLED,
                sources=(
                    _S["mastercard-us-connect-websdk-events"],
                    _S["mastercard-au-connect-websdk-events"],
                    _S["mastercard-connect-react-native-sdk"],
                ),
                retryable=False,
                end_user_can_retry=True,
                message="exit",
                notes='Sent to onCancel as {code: 100, reason: "exit"}. The React Native SDK also sends it itself when its modal asks to be closed (the Modal\'s onRequestClose calls close()).',
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-connect-websdk-events"],
                            _S["mastercard-au-connect-websdk-events"],
                            _S["mastercard-connect-react-native-sdk"],
                        ),
                    ),
                    Wording(
                        field="message",
                        by="provider",
                        sources=(
                            _S["mastercard-us-connect-websdk-events"],
                            _S["mastercard-au-connect-websdk-events"],
                            _S["mastercard-connect-react-native-sdk"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
                equivalents=(
                    Equivalent(
                        provider="lean",
                        code_set="callback_status",
                        value="CANCELLED",
                        same="meaning",
                        reason="The customer left the provider's flow before finishing it.",
                    ),
                    Equivalent(
                        provider="plaid",
                        code_set="link_event_name",
                        value="EXIT",
                        same="meaning",
                        reason="The customer left the provider's flow before finishing it.",
                    ),
                    Equivalent(
                        provider="truelayer",
                        code_set="sdk_failure_reason",
                        value="UserAborted",
                        same="meaning",
                        reason="The customer left the provider's flow before finishing it.",
                    ),
                    Equivalent(
                        provider="gocardless",
                        code_set="end_user_error",
                        value="UserCancelledSession",
                        same="meaning",
                        reason="The customer left the provider's flow before finishing it.",
                    ),
                    Equivalent(
                        provider="stripe",
                        code_set="fc_event_name",
                        value="cancel",
                        same="meaning",
                        reason="The customer left the provider's flow before finishing it.",
                    ),
                    Equivalent(
                        provider="fintoc",
                        code_set="webview_message",
                        value="fintocwidget://exit",
                        same="meaning",
                        reason="The customer left the provider's flow before finishing it.",
                    ),
                    Equivalent(
                        provider="fintoc",
                        code_set="payment_error_reason",
                        value="user_left",
                        same="meaning",
                        reason="The customer left the provider's flow before finishing it.",
                    ),
                    Equivalent(
                        provider="mono",
                        code_set="connect_message_type",
                        value="mono.connect.on_exit",
                        same="meaning",
                        reason="The customer left the provider's flow before finishing it.",
                    ),
                    Equivalent(
                        provider="setu",
                        code_set="notification_error_code",
                        value="UserCancelled",
                        same="meaning",
                        reason="The customer left the provider's flow before finishing it.",
                    ),
                ),
            ),
            CodeInfo(
                value="1440",
                description="The customer is forced to exit Data Connect after the session times out.",
                category=_C.SESSION_EXPIRED,
                sources=(
                    _S["mastercard-us-connect-websdk-events"],
                    _S["mastercard-au-connect-websdk-events"],
                ),
                retryable=False,
                end_user_can_retry=True,
                message="timeout",
                notes='Sent to onError as {code: 1440, reason: "timeout"}.',
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-connect-websdk-events"],
                            _S["mastercard-au-connect-websdk-events"],
                        ),
                    ),
                    Wording(
                        field="message",
                        by="provider",
                        sources=(
                            _S["mastercard-us-connect-websdk-events"],
                            _S["mastercard-au-connect-websdk-events"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="500",
                description="The customer exits Data Connect after an unexpected error.",
                category=_C.GENERIC_FAILURE,
                sources=(
                    _S["mastercard-us-connect-websdk-events"],
                    _S["mastercard-au-connect-websdk-events"],
                ),
                retryable=True,
                end_user_can_retry=True,
                message="error",
                notes='Sent to onError as {code: 500, reason: "error"}.',
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-connect-websdk-events"],
                            _S["mastercard-au-connect-websdk-events"],
                        ),
                    ),
                    Wording(
                        field="message",
                        by="provider",
                        sources=(
                            _S["mastercard-us-connect-websdk-events"],
                            _S["mastercard-au-connect-websdk-events"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="200",
                description="The customer completed the Connect session; onDone receives the report data.",
                category=_C.SUCCESS,
                sources=(_S["mastercard-us-connect-websdk-events"],),
                retryable=False,
                end_user_can_retry=False,
                message="complete",
                editorial=True,
                notes='Sent to onDone as {code: 200, reason: "complete"}.',
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(
                        field="message",
                        by="provider",
                        sources=(_S["mastercard-us-connect-websdk-events"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="1403",
                description="The Connect web SDK could not open its popup window.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["mastercard-connect-web-sdk"],),
                retryable=True,
                end_user_can_retry=True,
                message="error",
                editorial=True,
                notes='Sent to onError as {code: 1403, reason: "error"}.',
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(
                        field="message", by="provider", sources=(_S["mastercard-connect-web-sdk"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
        ),
    )
    return ConnectEventCode


def _ConnectRouteScreen() -> type[CodeEnum]:
    class ConnectRouteScreen(CodeEnum):
        """Connect route screen: The screen a route event names, as Connect passes it to onRoute: where the customer is in the Connect application. The route events page lists more screens than its stored copy shows; a screen not listed here reads as an unknown value.

        Wire field: screen (onRoute)."""

        landing = "landing"
        terms_details = "terms-details"
        search = "search"
        sign_in = "sign-in"

    register(
        ConnectRouteScreen,
        CodeSetInfo(
            provider="mastercard",
            id="connect_route_screen",
            title="Connect route screen",
            description="The screen a route event names, as Connect passes it to onRoute: where the customer is in the Connect application. The route events page lists more screens than its stored copy shows; a screen not listed here reads as an unknown value.",
            field="screen (onRoute)",
            sources=(
                _S["mastercard-au-connect-route-events"],
                _S["mastercard-connect-react-native-sdk-types"],
            ),
        ),
        (
            CodeInfo(
                value="landing",
                description="The first screen that the user lands on.",
                category=_C.INFORMATIONAL,
                sources=(_S["mastercard-au-connect-route-events"],),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-connect-route-events"],),
                    ),
                ),
            ),
            CodeInfo(
                value="terms-details",
                description="The screen that displays the full documentation of the terms and conditions for users to read.",
                category=_C.INFORMATIONAL,
                sources=(_S["mastercard-au-connect-route-events"],),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-connect-route-events"],),
                    ),
                ),
            ),
            CodeInfo(
                value="search",
                description="The screen that displays the search input where a user can search for a bank.",
                category=_C.INFORMATIONAL,
                sources=(_S["mastercard-au-connect-route-events"],),
                retryable=False,
                end_user_can_retry=False,
                notes="Also the screen of the search results, with the query in params.query.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-connect-route-events"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="sign-in",
                description="The screen that displays once a user has signed in and it authorizing the sharing of their data.",
                category=_C.INFORMATIONAL,
                sources=(_S["mastercard-au-connect-route-events"],),
                retryable=False,
                end_user_can_retry=False,
                notes="params.institutionId names the institution.",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-connect-route-events"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
        ),
    )
    return ConnectRouteScreen


def _ConnectUserAction() -> type[CodeEnum]:
    class ConnectUserAction(CodeEnum):
        """Connect user action: The action of a user event, as Connect passes it to onUser: what the customer did in the Connect application. The user events pages may list more actions than their stored copies show (both end inside AddAccounts); an action not listed here reads as an unknown value.

        Wire field: action (onUser)."""

        AddAccounts = "AddAccounts"

    register(
        ConnectUserAction,
        CodeSetInfo(
            provider="mastercard",
            id="connect_user_action",
            title="Connect user action",
            description="The action of a user event, as Connect passes it to onUser: what the customer did in the Connect application. The user events pages may list more actions than their stored copies show (both end inside AddAccounts); an action not listed here reads as an unknown value.",
            field="action (onUser)",
            sources=(
                _S["mastercard-us-connect-user-events"],
                _S["mastercard-au-connect-user-events"],
            ),
        ),
        (
            CodeInfo(
                value="AddAccounts",
                description="Sent when a customer attempt to add their accounts.",
                category=_C.INFORMATIONAL,
                sources=(
                    _S["mastercard-us-connect-user-events"],
                    _S["mastercard-au-connect-user-events"],
                ),
                retryable=False,
                end_user_can_retry=False,
                notes="Sent twice: as the attempt starts (success, accounts and errorCode null), then with its outcome (success true with accounts and accountIds, or success false with errorCode).",
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(
                            _S["mastercard-us-connect-user-events"],
                            _S["mastercard-au-connect-user-events"],
                        ),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
        ),
    )
    return ConnectUserAction


def _WebhookEventType() -> type[CodeEnum]:
    class WebhookEventType(CodeEnum):
        """Connect webhook event type: The eventType of a Connect webhook: what happened in a Connect session. The list is not known to be complete: Mastercard's AU events page says it documents the complete list, but it and the US and Finicity events pages were read only in part.

        Wire field: eventType."""

        started = "started"
        added = "added"
        adding = "adding"
        accountsDeleted = "accountsDeleted"
        ping = "ping"
        financialConsentCreated = "financialConsentCreated"

    register(
        WebhookEventType,
        CodeSetInfo(
            provider="mastercard",
            id="webhook_event_type",
            title="Connect webhook event type",
            description="The eventType of a Connect webhook: what happened in a Connect session. The list is not known to be complete: Mastercard's AU events page says it documents the complete list, but it and the US and Finicity events pages were read only in part.",
            field="eventType",
            sources=(
                _S["mastercard-us-webhooks-events-connect"],
                _S["mastercard-au-webhooks-event-connect"],
            ),
        ),
        (
            CodeInfo(
                value="started",
                description="A Connect session started.",
                category=_C.INFORMATIONAL,
                sources=(_S["mastercard-au-connect-webhooks"],),
                retryable=False,
                end_user_can_retry=False,
                editorial=True,
                notes="Seen as the eventType of the envelope example.",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="added",
                description="Sent after the customer lands on the eligible accounts page, and selects the account(s) they want to submit for their loan.",
                category=_C.INFORMATIONAL,
                sources=(_S["mastercard-us-webhooks-events-connect"],),
                retryable=False,
                end_user_can_retry=False,
                scope=Scope(regions=("US",)),
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-webhooks-events-connect"],),
                    ),
                ),
            ),
            CodeInfo(
                value="adding",
                description="The customer is entering their sign-in details at a financial institution and choosing the accounts to share.",
                category=_C.INFORMATIONAL,
                sources=(
                    _S["mastercard-finicity-webhook-events-list"],
                    _S["mastercard-signzy-connect-webhooks"],
                ),
                retryable=False,
                end_user_can_retry=False,
                editorial=True,
                scope=Scope(regions=("US",)),
                notes="Mastercard's webhook events list on docs.finicity.com names adding (Supported APIs: Generate V2 Connect Full / Lite; processes VOA, VOAI, VOI, Aggregation and ACH), but the copy read stops after the first words of its description, \"Sent when a\". The whole sentence was read only in a third party's reproduction of the list (Signzy's Connect Webhooks page), so the description here is bankcodes' wording, resting on both.",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="accountsDeleted",
                description="Sent when the specified accounts were deleted for the customer.",
                category=_C.INFORMATIONAL,
                sources=(_S["mastercard-us-webhooks-events-connect"],),
                retryable=False,
                end_user_can_retry=False,
                scope=Scope(regions=("US",)),
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-us-webhooks-events-connect"],),
                    ),
                ),
            ),
            CodeInfo(
                value="ping",
                description="Sent when the Generate Connect URL APIs are called to verify that the webhook URL is accessible. This endpoint must return a 200 series or the Generate Connect URL call fails.",
                category=_C.INFORMATIONAL,
                sources=(
                    _S["mastercard-au-webhooks-event-connect"],
                    _S["mastercard-finicity-connect-webhooks"],
                ),
                retryable=False,
                end_user_can_retry=False,
                scope=Scope(regions=("AU", "US")),
                notes='Described on the AU events list; docs.finicity.com\'s Connect Webhooks page (US) signs a ping, {"eventType":"ping","payload":{}}, in its signature example.',
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-webhooks-event-connect"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="financialConsentCreated",
                description="Sent when the customer consents to sharing data through Open Finance. Only becomes relevant when the customer adds the accounts.",
                category=_C.INFORMATIONAL,
                sources=(_S["mastercard-au-webhooks-event-connect"],),
                retryable=False,
                end_user_can_retry=False,
                scope=Scope(regions=("AU",)),
                lifecycle=Lifecycle(
                    state="deprecated",
                    note="This event is deprecated. To track consent lifecycle and content use Consent Notifications instead.",
                ),
                wording=(
                    Wording(
                        field="description",
                        by="provider",
                        sources=(_S["mastercard-au-webhooks-event-connect"],),
                    ),
                ),
            ),
        ),
    )
    return WebhookEventType


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name)
        for name in (
            "ErrorCode",
            "ConnectEventCode",
            "ConnectRouteScreen",
            "ConnectUserAction",
            "WebhookEventType",
        )
    )
