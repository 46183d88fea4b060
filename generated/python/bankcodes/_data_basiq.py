# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.basiq's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, register
from bankcodes._records import (
    CodeInfo,
    CodeSetInfo,
    EndUserWords,
    Equivalent,
    HttpStatus,
    Lifecycle,
    Source,
    TestUser,
    Wording,
)
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.basiq")
#: The documents its facts come from, by id.
_S = {
    "basiq-core-openapi": Source(
        id="basiq-core-openapi",
        kind="repo",
        title="Basiq: Core API OpenAPI description 3.0.0 (reference/core.json)",
        url="https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/reference/core.json",
    ),
    "basiq-data-openapi": Source(
        id="basiq-data-openapi",
        kind="repo",
        title="Basiq: Data API OpenAPI description 3.0.0 (reference/data.json)",
        url="https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/reference/data.json",
    ),
    "basiq-webhooks-openapi": Source(
        id="basiq-webhooks-openapi",
        kind="repo",
        title="Basiq: Webhooks API OpenAPI description 2.4.1 (reference/webhooks.json)",
        url="https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/reference/webhooks.json",
    ),
    "basiq-docs-errors": Source(
        id="basiq-docs-errors",
        kind="repo",
        title="Basiq: Errors (docs/PLatform/errors-1/index.md)",
        url="https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/docs/PLatform/errors-1/index.md",
    ),
    "basiq-docs-codes": Source(
        id="basiq-docs-codes",
        kind="repo",
        title="Basiq: Codes (docs/PLatform/errors-1/codes.md)",
        url="https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/docs/PLatform/errors-1/codes.md",
    ),
    "basiq-docs-http-errors": Source(
        id="basiq-docs-http-errors",
        kind="repo",
        title="Basiq: HTTP errors per endpoint (docs/PLatform/errors-1/http-errors-per-endpoint.md)",
        url="https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/docs/PLatform/errors-1/http-errors-per-endpoint.md",
    ),
    "basiq-docs-payments-errors": Source(
        id="basiq-docs-payments-errors",
        kind="repo",
        title="Basiq: Payments Errors (docs/PLatform/errors-1/payments-errors.md, a hidden page)",
        url="https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/docs/PLatform/errors-1/payments-errors.md",
    ),
    "basiq-docs-jobs": Source(
        id="basiq-docs-jobs",
        kind="repo",
        title="Basiq: Jobs (reference/Core/jobs/index.md)",
        url="https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/reference/Core/jobs/index.md",
    ),
    "basiq-docs-handling-jobs": Source(
        id="basiq-docs-handling-jobs",
        kind="repo",
        title="Basiq: Handling jobs (docs/PLatform/api-integration/best-practices/handling-jobs.md)",
        url="https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/docs/PLatform/api-integration/best-practices/handling-jobs.md",
    ),
    "basiq-docs-testing": Source(
        id="basiq-docs-testing",
        kind="repo",
        title="Basiq: Testing (reference/TOPICS/testing.md)",
        url="https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/reference/TOPICS/testing.md",
    ),
    "basiq-docs-faq": Source(
        id="basiq-docs-faq",
        kind="repo",
        title="Basiq: Frequently asked questions (docs/FAQs/frequently-asked-questions.md)",
        url="https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/docs/FAQs/frequently-asked-questions.md",
    ),
    "basiq-docs-events": Source(
        id="basiq-docs-events",
        kind="repo",
        title="Basiq: Events (reference/Core/events/index.md)",
        url="https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/reference/Core/events/index.md",
    ),
    "basiq-docs-consent-events": Source(
        id="basiq-docs-consent-events",
        kind="repo",
        title="Basiq: Consent Events (docs/PLatform/consent/consent-events.md)",
        url="https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/docs/PLatform/consent/consent-events.md",
    ),
    "basiq-docs-connections": Source(
        id="basiq-docs-connections",
        kind="repo",
        title="Basiq: Connections (docs/Data/data-connections.md)",
        url="https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/docs/Data/data-connections.md",
    ),
    "basiq-docs-upcoming-changes": Source(
        id="basiq-docs-upcoming-changes",
        kind="repo",
        title="Basiq: Upcoming Changes (docs/PLatform/upcoming-changes.md, a hidden page)",
        url="https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/docs/PLatform/upcoming-changes.md",
    ),
    "basiq-docs-send-payments": Source(
        id="basiq-docs-send-payments",
        kind="repo",
        title="Basiq: Send Payments (docs/Payments/send-workflow.md, a hidden page)",
        url="https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/docs/Payments/send-workflow.md",
    ),
    "basiq-docs-webhooks": Source(
        id="basiq-docs-webhooks",
        kind="repo",
        title="Basiq: Webhooks (docs/PLatform/webhooks/index.md)",
        url="https://github.com/basiqio-oss/Basiq-docs/blob/79bc160c203ff0863670a27c05cc9ae22bfa3158/docs/PLatform/webhooks/index.md",
    ),
    "basiq-api-ref-core": Source(
        id="basiq-api-ref-core",
        kind="repo",
        title="Basiq: Core API OpenAPI description 3.0.0 in its API reference repository (basiqio/api-ref, core.yml)",
        url="https://github.com/basiqio/api-ref/blob/bce9b0fa1a5bcada07563b2afcee9f4b25af6a9b/core.yml",
    ),
    "basiq-api-ref-payments-sunset": Source(
        id="basiq-api-ref-payments-sunset",
        kind="repo",
        title='Basiq: API reference repository commit "DX-705 Sunsetting Payments from Basiq" (basiqio/api-ref, payments.yml deleted)',
        url="https://github.com/basiqio/api-ref/commit/e2c85cae819c5f61f0b2bfb9ecb8146a40a59516",
    ),
    "basiq-errors-page": Source(
        id="basiq-errors-page",
        kind="doc",
        title="Basiq: Errors (Consent UI and bank errors)",
        url="https://api.basiq.io/docs/errors",
    ),
    "basiq-docs-codes-first-version": Source(
        id="basiq-docs-codes-first-version",
        kind="repo",
        title='Basiq: Codes (docs/PLatform/errors-1/codes.md), its first version ("Create doc `codes`", 2024-12-04): a table of 36 rows, which later versions cut to five',
        url="https://github.com/basiqio-oss/Basiq-docs/blob/75ec0125b09c1543c756368154de8dbb7d43d636/docs/PLatform/errors-1/codes.md",
    ),
}


def _JobResultCode() -> type[CodeEnum]:
    class JobResultCode(CodeEnum):
        """Job step result code: Why a step of a Basiq job (connecting, refreshing, uploading a file or statement) failed: the code of the step's result. Basiq's JobsResult enum lists most of them without a text per value; failed steps of its published examples and its Handling jobs and Testing pages add authorization-failed, invalid-credentials, account-not-accessible-requires-user-action and service-unavailable. For consent UI flows the bank's own error is not a code of this set: Basiq puts the message the bank returned in the step's detail. The enum writes the step's text field details, the published bodies detail.

        Wire field: steps[].result.code (a job: GET /jobs/{jobId})."""

        success = "success"
        user_action_required = "user-action-required"
        system_unavailable = "system-unavailable"
        maintenance = "maintenance"
        connector_error = "connector-error"
        institution_not_found = "institution-not-found"
        institution_not_available = "institution-not-available"
        institution_disabled = "institution-disabled"
        missing_required_field = "missing-required-field"
        missing_required_field_value = "missing-required-field-value"
        invalid_field_value = "invalid-field-value"
        invalid_csv_row = "invalid-csv-row"
        row_count_exceeded = "row-count-exceeded"
        account_data_differs = "account-data-differs"
        empty_file = "empty-file"
        bank_statement_invalid = "bank-statement-invalid"
        bank_statement_new_product = "bank-statement-new-product"
        bank_statement_parsing_error = "bank-statement-parsing-error"
        bank_statement_not_supported = "bank-statement-not-supported"
        txn_after_last_updated_date = "txn-after-last-updated-date"
        invalid_connection = "invalid-connection"
        unknown_error = "unknown-error"
        job_timed_out = "job-timed-out"
        authorization_failed = "authorization-failed"
        account_not_accessible_requires_user_action = "account-not-accessible-requires-user-action"
        invalid_credentials = "invalid-credentials"
        service_unavailable = "service-unavailable"

    register(
        JobResultCode,
        lambda: (
            CodeSetInfo(
                provider="basiq",
                id="job_result_code",
                title="Job step result code",
                description="Why a step of a Basiq job (connecting, refreshing, uploading a file or statement) failed: the code of the step's result. Basiq's JobsResult enum lists most of them without a text per value; failed steps of its published examples and its Handling jobs and Testing pages add authorization-failed, invalid-credentials, account-not-accessible-requires-user-action and service-unavailable. For consent UI flows the bank's own error is not a code of this set: Basiq puts the message the bank returned in the step's detail. The enum writes the step's text field details, the published bodies detail.",
                field="steps[].result.code (a job: GET /jobs/{jobId})",
                sources=(
                    _S["basiq-core-openapi"],
                    _S["basiq-api-ref-core"],
                    _S["basiq-docs-handling-jobs"],
                    _S["basiq-docs-testing"],
                    _S["basiq-errors-page"],
                ),
            ),
            (
                CodeInfo(
                    value="success",
                    description="The step succeeded.",
                    category=_C.SUCCESS,
                    sources=(_S["basiq-core-openapi"], _S["basiq-api-ref-core"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/basiq/job_result_code/#success",
                    editorial=True,
                ),
                CodeInfo(
                    value="user-action-required",
                    description="The user must act before the step can complete.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-docs-events"],
                        _S["basiq-api-ref-core"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_result_code/#user-action-required",
                    editorial=True,
                    notes="The Events page lists it among the user-related errors of web connections that move a connection from active to invalid (connection.invalidated). The category is bankcodes' reading: for a web connection the user acts in their internet banking.",
                ),
                CodeInfo(
                    value="system-unavailable",
                    description="The institution's system is unavailable.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["basiq-core-openapi"], _S["basiq-api-ref-core"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_result_code/#system-unavailable",
                    editorial=True,
                    notes="bankcodes' reading of the code's name, which Basiq does not describe.",
                ),
                CodeInfo(
                    value="maintenance",
                    description="The institution is under maintenance.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["basiq-core-openapi"], _S["basiq-api-ref-core"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_result_code/#maintenance",
                    editorial=True,
                    notes="bankcodes' reading of the code's name, which Basiq does not describe.",
                ),
                CodeInfo(
                    value="connector-error",
                    description="Basiq's connector to the institution failed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["basiq-core-openapi"], _S["basiq-api-ref-core"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_result_code/#connector-error",
                    editorial=True,
                    notes="bankcodes' reading of the code's name, which Basiq does not describe.",
                ),
                CodeInfo(
                    value="institution-not-found",
                    description="The institution was not found.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["basiq-core-openapi"], _S["basiq-api-ref-core"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_result_code/#institution-not-found",
                    editorial=True,
                    notes="bankcodes' reading of the code's name, which Basiq does not describe.",
                ),
                CodeInfo(
                    value="institution-not-available",
                    description="The institution is not available.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["basiq-core-openapi"], _S["basiq-api-ref-core"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_result_code/#institution-not-available",
                    editorial=True,
                    notes="bankcodes' reading of the code's name, which Basiq does not describe.",
                ),
                CodeInfo(
                    value="institution-disabled",
                    description="Basiq has disabled connections to the institution for now.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-docs-http-errors"],
                        _S["basiq-api-ref-core"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_result_code/#institution-disabled",
                    editorial=True,
                    notes='The HTTP errors per endpoint page gives, without a code, HTTP 400 on POST /users/{userId}/connections: "The institution you are trying to connect to is currently disabled. Our developers have been notified and are working to have the issue resolved."',
                ),
                CodeInfo(
                    value="missing-required-field",
                    description="A required field is missing from the uploaded file.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-api-ref-core"],
                        _S["basiq-docs-codes-first-version"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_result_code/#missing-required-field",
                    editorial=True,
                    notes="A file upload's (CSV) job: bankcodes' reading of the code's name. The first version of Basiq's Codes page (codes.md at 75ec0125, 2024-12-04, whose table later versions cut to five rows) describes it as \"CSV missing required field\": \"CSV header does not contain required field\".",
                ),
                CodeInfo(
                    value="missing-required-field-value",
                    description="A required field of the uploaded file has no value.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-api-ref-core"],
                        _S["basiq-docs-codes-first-version"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_result_code/#missing-required-field-value",
                    editorial=True,
                    notes="A file upload's (CSV) job: bankcodes' reading of the code's name. The first version of Basiq's Codes page (codes.md at 75ec0125, 2024-12-04, whose table later versions cut to five rows) describes it as \"CSV missing required field value\": \"CSV row does not contain value for required field\".",
                ),
                CodeInfo(
                    value="invalid-field-value",
                    description="A field of the uploaded file has an invalid value.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-api-ref-core"],
                        _S["basiq-docs-codes-first-version"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_result_code/#invalid-field-value",
                    editorial=True,
                    notes="A file upload's (CSV) job: bankcodes' reading of the code's name. The first version of Basiq's Codes page (codes.md at 75ec0125, 2024-12-04, whose table later versions cut to five rows) describes it as \"CSV invalid field value\": \"Field value is not valid\".",
                ),
                CodeInfo(
                    value="invalid-csv-row",
                    description="A row of the uploaded CSV file is invalid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["basiq-core-openapi"], _S["basiq-api-ref-core"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_result_code/#invalid-csv-row",
                    editorial=True,
                    notes="A file upload's (CSV) job: bankcodes' reading of the code's name, which Basiq does not describe.",
                ),
                CodeInfo(
                    value="row-count-exceeded",
                    description="The uploaded file has more rows than allowed.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-api-ref-core"],
                        _S["basiq-docs-codes-first-version"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_result_code/#row-count-exceeded",
                    editorial=True,
                    notes="A file upload's (CSV) job: bankcodes' reading of the code's name. The first version of Basiq's Codes page (codes.md at 75ec0125, 2024-12-04, whose table later versions cut to five rows) describes it as \"CSV row count exceeded\": \"CSV row count is above limit\".",
                ),
                CodeInfo(
                    value="account-data-differs",
                    description="The uploaded file's account data differs from the account's.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-api-ref-core"],
                        _S["basiq-docs-codes-first-version"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_result_code/#account-data-differs",
                    editorial=True,
                    notes="A file upload's (CSV) job: bankcodes' reading of the code's name. The first version of Basiq's Codes page (codes.md at 75ec0125, 2024-12-04, whose table later versions cut to five rows) describes it as \"CSV account data differs\": \"Data for single account differs across rows\".",
                ),
                CodeInfo(
                    value="empty-file",
                    description="The uploaded file is empty.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-api-ref-core"],
                        _S["basiq-docs-codes-first-version"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_result_code/#empty-file",
                    editorial=True,
                    notes="A file upload's (CSV) job: bankcodes' reading of the code's name. The first version of Basiq's Codes page (codes.md at 75ec0125, 2024-12-04, whose table later versions cut to five rows) describes it as \"CSV empty file\": \"CSV file has no data rows\".",
                ),
                CodeInfo(
                    value="bank-statement-invalid",
                    description="The uploaded bank statement is not valid.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-api-ref-core"],
                        _S["basiq-docs-codes-first-version"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="This bank statement could not be accepted.",
                            action="Upload the original statement you downloaded from your bank, then try again.",
                        ),
                        "fr": EndUserWords(
                            message="Ce relevé bancaire n'a pas pu être accepté.",
                            action="Téléversez le relevé original téléchargé depuis votre banque, puis réessayez.",
                        ),
                        "ar": EndUserWords(
                            message="تعذّر قبول كشف الحساب المصرفي هذا.",
                            action="حمّل كشف الحساب الأصلي الذي نزّلته من بنكك، ثم حاول مرة أخرى.",
                        ),
                        "es": EndUserWords(
                            message="No se pudo aceptar este extracto bancario.",
                            action="Suba el extracto original que descargó de su banco y vuelva a intentarlo.",
                        ),
                        "pt": EndUserWords(
                            message="Não foi possível aceitar este extrato bancário.",
                            action="Envie o extrato original que você baixou do seu banco e tente novamente.",
                        ),
                    },
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_result_code/#bank-statement-invalid",
                    editorial=True,
                    notes='A bank statement\'s (PDF upload) job: bankcodes\' reading of the code\'s name. The first version of Basiq\'s Codes page (codes.md at 75ec0125, 2024-12-04, whose table later versions cut to five rows) describes it as "PDF bank statement invalid", with the title "Invalid bank statement." and the detail "File uploaded is not an official PDF bank statement."',
                ),
                CodeInfo(
                    value="bank-statement-new-product",
                    description="The bank statement is of an account product Basiq does not read yet.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-api-ref-core"],
                        _S["basiq-docs-codes-first-version"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    end_user={
                        "en": EndUserWords(
                            message="Statements for this type of account can't be read yet.",
                            action="Choose another account, or another way to continue.",
                        ),
                        "fr": EndUserWords(
                            message="Les relevés de ce type de compte ne peuvent pas encore être lus.",
                            action="Choisissez un autre compte ou un autre moyen de continuer.",
                        ),
                        "ar": EndUserWords(
                            message="لا يمكن قراءة كشوف هذا النوع من الحسابات بعد.",
                            action="اختر حساباً آخر أو طريقة أخرى للمتابعة.",
                        ),
                        "es": EndUserWords(
                            message="Todavía no se pueden leer los extractos de este tipo de cuenta.",
                            action="Elija otra cuenta u otra forma de continuar.",
                        ),
                        "pt": EndUserWords(
                            message="Ainda não é possível ler extratos deste tipo de conta.",
                            action="Escolha outra conta ou outra forma de continuar.",
                        ),
                    },
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_result_code/#bank-statement-new-product",
                    editorial=True,
                    notes='A bank statement\'s (PDF upload) job: bankcodes\' reading of the code\'s name. The first version of Basiq\'s Codes page (codes.md at 75ec0125, 2024-12-04, whose table later versions cut to five rows) describes it as "PDF Bank statement new product", with the title "New product requires config." and the detail "Unable to recognise statement product name.", and notes that the configuration mapping the statement\'s product name to an account type is missing.',
                ),
                CodeInfo(
                    value="bank-statement-parsing-error",
                    description="The bank statement could not be parsed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-api-ref-core"],
                        _S["basiq-docs-codes-first-version"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_result_code/#bank-statement-parsing-error",
                    editorial=True,
                    notes='A bank statement\'s (PDF upload) job: bankcodes\' reading of the code\'s name. The first version of Basiq\'s Codes page (codes.md at 75ec0125, 2024-12-04, whose table later versions cut to five rows) describes it as "PDF Bank statement parsing error", with the title "Unable to parse statement." and the detail "Error parsing statement due to new statement layout for this product."',
                ),
                CodeInfo(
                    value="bank-statement-not-supported",
                    description="Statement is not currently supported for this institution - check statement uploaded against correct bank.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["basiq-core-openapi"], _S["basiq-api-ref-core"]),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="This statement does not match the bank you chose.",
                            action="Check that you chose the right bank, then upload the statement again.",
                        ),
                        "fr": EndUserWords(
                            message="Ce relevé ne correspond pas à la banque que vous avez choisie.",
                            action="Vérifiez que vous avez choisi la bonne banque, puis téléversez de nouveau le relevé.",
                        ),
                        "ar": EndUserWords(
                            message="كشف الحساب هذا لا يطابق البنك الذي اخترته.",
                            action="تأكّد من أنك اخترت البنك الصحيح، ثم حمّل كشف الحساب مرة أخرى.",
                        ),
                        "es": EndUserWords(
                            message="Este extracto no corresponde al banco que eligió.",
                            action="Compruebe que eligió el banco correcto y vuelva a subir el extracto.",
                        ),
                        "pt": EndUserWords(
                            message="Este extrato não corresponde ao banco que você escolheu.",
                            action="Verifique se você escolheu o banco certo e envie o extrato novamente.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["basiq-core-openapi"],)
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["basiq-core-openapi"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_result_code/#bank-statement-not-supported",
                    message="Statement not supported.",
                    notes="The message and description are the title and detail of the failed step of GET /jobs/{jobId}'s example statement-failed.",
                ),
                CodeInfo(
                    value="txn-after-last-updated-date",
                    description="A transaction is dated after the data's last updated date.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["basiq-core-openapi"], _S["basiq-api-ref-core"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_result_code/#txn-after-last-updated-date",
                    editorial=True,
                    notes="A file upload's (CSV) job: bankcodes' reading of the code's name, which Basiq does not describe.",
                ),
                CodeInfo(
                    value="invalid-connection",
                    description="The connection is no longer valid.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-docs-events"],
                        _S["basiq-api-ref-core"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_result_code/#invalid-connection",
                    editorial=True,
                    notes="The Events page lists it among the user-related errors of web connections that move a connection from active to invalid (connection.invalidated).",
                ),
                CodeInfo(
                    value="unknown-error",
                    description="The step failed for a reason Basiq does not know.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["basiq-core-openapi"], _S["basiq-api-ref-core"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/basiq/job_result_code/#unknown-error",
                    editorial=True,
                ),
                CodeInfo(
                    value="job-timed-out",
                    description="The job did not finish in time.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["basiq-core-openapi"], _S["basiq-api-ref-core"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_result_code/#job-timed-out",
                    editorial=True,
                    notes="bankcodes' reading of the code's name, which Basiq does not describe.",
                ),
                CodeInfo(
                    value="authorization-failed",
                    description="The bank did not authorise the connection; the step's detail holds the message the bank returned (access_denied in Basiq's example).",
                    category=_C.CANCELLED,
                    sources=(_S["basiq-api-ref-core"], _S["basiq-errors-page"]),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank did not complete the authorisation.",
                            action="Start connecting your bank again and approve the request at your bank.",
                        ),
                        "fr": EndUserWords(
                            message="Votre banque n'a pas finalisé l'autorisation.",
                            action="Recommencez la connexion à votre banque et approuvez la demande auprès d'elle.",
                        ),
                        "ar": EndUserWords(
                            message="لم يُكمل بنكك عملية التفويض.",
                            action="ابدأ ربط بنكك من جديد ووافق على الطلب لدى بنكك.",
                        ),
                        "es": EndUserWords(
                            message="Su banco no completó la autorización.",
                            action="Vuelva a conectar su banco y apruebe la solicitud en su banco.",
                        ),
                        "pt": EndUserWords(
                            message="Seu banco não concluiu a autorização.",
                            action="Conecte seu banco novamente e aprove a solicitação no seu banco.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description", by="bankcodes", sources=(_S["basiq-errors-page"],)
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["basiq-api-ref-core"], _S["basiq-errors-page"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_result_code/#authorization-failed",
                    editorial=True,
                    message="Authorization failed",
                    notes="Not in JobsResult's enum: the title of the failed verify-credentials step of GET /jobs/{jobId}'s example data-failed, which Basiq's Errors page (Consent UI and bank errors) also shows: for consent UI flows the bank's error is surfaced on the job, code identifying the error category and detail containing the bank-returned message; bank-returned errors are not kept as a fixed list. The category is bankcodes' reading of access_denied (the user or the bank declined the authorisation at the bank).",
                ),
                CodeInfo(
                    value="account-not-accessible-requires-user-action",
                    description='The bank is presenting a popup to the user in their internet banking. Whenever possible Basiq will navigate through these, but for example if the bank presents new T&Cs to the user and offers only options to "Agree" or "Decline", then Basiq will fail the job with this error',
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["basiq-docs-handling-jobs"], _S["basiq-docs-testing"]),
                    retryable=False,
                    end_user_can_retry=True,
                    test_user=TestUser(
                        institution="Hooli (the sandbox test bank the Testing page recommends)",
                        username="erlich",
                        password="aviato",
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["basiq-docs-handling-jobs"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["basiq-docs-testing"],)
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["basiq-docs-handling-jobs"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_result_code/#account-not-accessible-requires-user-action",
                    message="An action is required from end-user before account details can be returned.",
                    advice="Ask your user to login to their internet banking, navigate to accounts and transactions, and address any CTA's/popups requiring action from the bank",
                    notes="Not in JobsResult's enum. Handling jobs: it can occur on any job step; once the popup is cleared, refresh the connection. The message is the detail the Testing page's unhappy-path user erlich returns.",
                ),
                CodeInfo(
                    value="invalid-credentials",
                    description="Cannot login to target institution using supplied credentials. Please check credentials and try again.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(
                        _S["basiq-api-ref-core"],
                        _S["basiq-docs-handling-jobs"],
                        _S["basiq-docs-testing"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    test_user=TestUser(
                        institution="Hooli (the sandbox test bank the Testing page recommends)",
                        username="bighead",
                        password="password",
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["basiq-api-ref-core"],)
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["basiq-api-ref-core"],)
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["basiq-docs-handling-jobs"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_result_code/#invalid-credentials",
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
                            provider="mastercard",
                            code_set="error_code",
                            value="103",
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
                    ),
                    message="Cannot login to target institution, check credentials.",
                    advice="When your user returns to your application, prompt them to resubmit their credentials, and update these using the `Update Connection` request.",
                    notes="Not in JobsResult's enum: the title and detail of the failed verify-credentials step of GET /jobs/{jobId}'s example Mygov-failed. Handling jobs: on a refresh the user may have changed their internet banking password. The Testing page's user bighead fails with this code and the detail \"Account is locked\".",
                ),
                CodeInfo(
                    value="service-unavailable",
                    description="The service-unavailable error code is our way to tell you (so that you can tell your user) that their bank was unable to return data in response to a request.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["basiq-docs-handling-jobs"],
                        _S["basiq-docs-faq"],
                        _S["basiq-docs-testing"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    test_user=TestUser(
                        institution="Hooli (the sandbox test bank the Testing page recommends)",
                        username="jianYang",
                        password="nothotdog",
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["basiq-docs-faq"],)
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["basiq-docs-testing"],)
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["basiq-docs-handling-jobs"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_result_code/#service-unavailable",
                    message="Service is currently unavailable. Please try again later.",
                    advice="You can let the user know there is a problem fetching data from their bank, and that you will let them know when their data is ready.",
                    notes="Not in JobsResult's enum. Handling jobs: on an update of a connection Basiq retries the job every 2 hours until it succeeds or expires (after 7 days); at other times check the institution's status (/connectors) and, unless it is major-outage, wait 10 minutes and try again. The message is the detail the Testing page's user jianYang returns.",
                ),
            ),
        ),
        {},
    )
    return JobResultCode


def _ErrorCode() -> type[CodeEnum]:
    class ErrorCode(CodeEnum):
        """API error code: The application-specific error code of a Basiq API error (data[].code of an error list): the codes listed by the OpenAPI error schemas and sent in Basiq's published error bodies, those of the Codes page (its first version listed 36 rows, the later ones 5), and those of the Payments Errors page (a hidden page of a product Basiq is sunsetting).

        Wire field: data[].code (an error list: {type: list, correlationId, data: [{type: error, code, title, detail, source}]})."""

        parameter_not_supplied = "parameter-not-supplied"
        parameter_not_valid = "parameter-not-valid"
        path_parameter_not_valid = "path-parameter-not-valid"
        unsupported_accept = "unsupported-accept"
        invalid_content = "invalid-content"
        institution_not_supported = "institution-not-supported"
        invalid_credentials = "invalid-credentials"
        unauthorized_access = "unauthorized-access"
        invalid_authorization_token = "invalid-authorization-token"
        forbidden_access = "forbidden-access"
        no_production_access = "no-production-access"
        access_denied = "access-denied"
        resource_not_found = "resource-not-found"
        resource_already_exists = "resource-already-exists"
        resource_no_longer_available = "resource-no-longer-available"
        too_many_requests = "too-many-requests"
        internal_server_error = "internal-server-error"
        service_unavailable = "service-unavailable"
        event_already_subscribed = "event-already-subscribed"
        no_webhooks_found = "no-webhooks-found"
        too_many_sandbox_connections = "too-many-sandbox-connections"
        maximum_count_exceeded = "maximum-count-exceeded"
        payments_not_enabled = "payments-not-enabled"
        invalid_user_name = "invalid-user-name"
        invalid_user_email = "invalid-user-email"
        missing_payee_account_details = "missing-payee-account-details"
        missing_payer_account_details = "missing-payer-account-details"
        external_provider_unreachable = "external-provider-unreachable"
        transaction_limit_reached = "transaction-limit-reached"
        daily_limit_reached = "daily-limit-reached"
        check_balance_insufficient_funds = "check-balance-insufficient-funds"
        account_unreachable = "account-unreachable"
        account_balance_outdated = "account-balance-outdated"
        payer_account_not_allowed = "payer-account-not-allowed"
        refer_to_customer = "refer_to_customer"
        unsupported_content_type = "unsupported-content-type"
        method_not_allowed = "method-not-allowed"
        invalid_authorization_request = "invalid-authorization-request"
        maintenance_error = "maintenance-error"
        request_not_valid = "request-not-valid"
        invalid_request_content = "invalid-request-content"

    register(
        ErrorCode,
        lambda: (
            CodeSetInfo(
                provider="basiq",
                id="error_code",
                title="API error code",
                description="The application-specific error code of a Basiq API error (data[].code of an error list): the codes listed by the OpenAPI error schemas and sent in Basiq's published error bodies, those of the Codes page (its first version listed 36 rows, the later ones 5), and those of the Payments Errors page (a hidden page of a product Basiq is sunsetting).",
                field="data[].code (an error list: {type: list, correlationId, data: [{type: error, code, title, detail, source}]})",
                sources=(
                    _S["basiq-core-openapi"],
                    _S["basiq-docs-errors"],
                    _S["basiq-docs-codes"],
                    _S["basiq-docs-codes-first-version"],
                ),
            ),
            (
                CodeInfo(
                    value="parameter-not-supplied",
                    description="Required parameter not supplied. Check details and source message.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-docs-codes"],
                        _S["basiq-docs-errors"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400, sources=(_S["basiq-core-openapi"], _S["basiq-docs-errors"])
                        ),
                    ),
                    group="api",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["basiq-docs-codes"],)
                        ),
                        Wording(field="message", by="provider", sources=(_S["basiq-docs-errors"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#parameter-not-supplied",
                    message="Required parameter not supplied",
                    notes="Additional details on the Codes page: \"Missing required parameters like 'email' or 'mobile'.\" The Errors page's example error object carries this code with source.pointer and source.parameter.",
                ),
                CodeInfo(
                    value="parameter-not-valid",
                    description="A parameter of the request is not valid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["basiq-core-openapi"], _S["basiq-docs-payments-errors"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["basiq-core-openapi"],)),),
                    group="api",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["basiq-core-openapi"], _S["basiq-docs-payments-errors"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#parameter-not-valid",
                    editorial=True,
                    message="Parameter not valid.",
                    notes='The title is the example of BadRequestError\'s title; other published bodies with this code are titled "Parameter value is not valid" (an invalid filter parameter). The Payments Errors page gives it for an amount below 0.01, invalid or missing payer and payee account details, an invalid payout method and an invalid payer or payee user id.',
                ),
                CodeInfo(
                    value="path-parameter-not-valid",
                    description="A parameter of the request's path is not valid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["basiq-api-ref-core"], _S["basiq-webhooks-openapi"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["basiq-core-openapi"], _S["basiq-webhooks-openapi"]),
                        ),
                    ),
                    group="api",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["basiq-api-ref-core"], _S["basiq-webhooks-openapi"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#path-parameter-not-valid",
                    editorial=True,
                    message="Parameter value is not valid",
                    notes="Only in published example bodies (GET /events/types/{id}, POST /notifications/webhooks/{webhookId}), with source.parameter naming the parameter; no schema's enum lists it.",
                ),
                CodeInfo(
                    value="unsupported-accept",
                    description="The request's Accept header names a type the endpoint does not support.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["basiq-core-openapi"], _S["basiq-api-ref-core"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["basiq-core-openapi"],)),),
                    group="api",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#unsupported-accept",
                    editorial=True,
                    notes='Listed by BadRequestError\'s enum only. The HTTP errors per endpoint page lists, without codes, 400 "Accept type application/json is not supported on requested endpoint." (action: "Provide a valid accept header").',
                ),
                CodeInfo(
                    value="invalid-content",
                    description="The request's content is not valid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-webhooks-openapi"],
                        _S["basiq-docs-payments-errors"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["basiq-core-openapi"], _S["basiq-webhooks-openapi"]),
                        ),
                    ),
                    group="api",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["basiq-core-openapi"],
                                _S["basiq-webhooks-openapi"],
                                _S["basiq-docs-payments-errors"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#invalid-content",
                    editorial=True,
                    message="Invalid request content",
                    notes='The Payments Errors page: "Catch all for all other schema errors"; "The partner needs to rectify the error(s) in the request and resend."',
                ),
                CodeInfo(
                    value="institution-not-supported",
                    description="The institution is not supported for the request.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-api-ref-core"],
                        _S["basiq-docs-codes-first-version"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["basiq-core-openapi"],)),),
                    group="api",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#institution-not-supported",
                    editorial=True,
                    notes='Listed by BadRequestError\'s enum; The first version of Basiq\'s Codes page (codes.md at 75ec0125, 2024-12-04, whose table later versions cut to five rows) gives it the title "Institution is not supported" and the example "Institution AU00000 is not supported on this endpoint".',
                ),
                CodeInfo(
                    value="invalid-credentials",
                    description="Cannot login to target institution using supplied credentials. Check credentials and try again.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-docs-codes"],
                        _S["basiq-api-ref-core"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["basiq-core-openapi"],)),),
                    group="api",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["basiq-docs-codes"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#invalid-credentials",
                    notes='The Codes page adds: "Subtypes: invalid-username-or-password, locked-account, multi-factor-authentication." The same code is a job step\'s result code (job_result_code), where a failed connection reports it.',
                ),
                CodeInfo(
                    value="unauthorized-access",
                    description="The request is not authorized to access the resource.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-webhooks-openapi"],
                        _S["basiq-api-ref-core"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=401, sources=(_S["basiq-core-openapi"],)),),
                    group="api",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["basiq-core-openapi"],
                                _S["basiq-webhooks-openapi"],
                                _S["basiq-api-ref-core"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#unauthorized-access",
                    editorial=True,
                    message="Unauthorized Access",
                    notes='Published bodies send the detail "You are not authorized to access this resource".',
                ),
                CodeInfo(
                    value="invalid-authorization-token",
                    description="The request's authorization token is not valid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["basiq-core-openapi"], _S["basiq-api-ref-core"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=401, sources=(_S["basiq-core-openapi"],)),),
                    group="api",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#invalid-authorization-token",
                    editorial=True,
                    notes='Listed by UnauthorizedError\'s enum. The HTTP errors per endpoint page lists, without codes, 401 "Invalid authorization token.".',
                ),
                CodeInfo(
                    value="forbidden-access",
                    description="Access to the resource is forbidden to the request's token.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-webhooks-openapi"],
                        _S["basiq-api-ref-core"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=403,
                            sources=(_S["basiq-core-openapi"], _S["basiq-webhooks-openapi"]),
                        ),
                    ),
                    group="api",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["basiq-core-openapi"],
                                _S["basiq-webhooks-openapi"],
                                _S["basiq-api-ref-core"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#forbidden-access",
                    editorial=True,
                    message="Forbidden Access",
                    notes="Published detail: \"Access to this resource is forbidden.\" The HTTP errors per endpoint page's action for that text: supply the right scope (scope=SERVER_ACCESS) in the token request's body.",
                ),
                CodeInfo(
                    value="no-production-access",
                    description="The application has no access to production.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-api-ref-core"],
                        _S["basiq-docs-codes-first-version"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=403, sources=(_S["basiq-core-openapi"],)),),
                    group="api",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#no-production-access",
                    editorial=True,
                    notes='Listed by ForbiddenAccessError\'s enum; The first version of Basiq\'s Codes page (codes.md at 75ec0125, 2024-12-04, whose table later versions cut to five rows) gives it the title "Unauthorized" and the text "Partner has permission to access Sandbox data only. For accessing live Institution data, please contact us via Intercom or email."',
                ),
                CodeInfo(
                    value="access-denied",
                    description="Access to the resource was denied.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-api-ref-core"],
                        _S["basiq-docs-codes-first-version"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=403, sources=(_S["basiq-core-openapi"],)),),
                    group="api",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#access-denied",
                    editorial=True,
                    notes='Listed by ForbiddenAccessError\'s enum; The first version of Basiq\'s Codes page (codes.md at 75ec0125, 2024-12-04, whose table later versions cut to five rows) gives it two rows: "Access denied", "Token has expired"; and "Unauthorized", "Please contact us to have your API key enabled for Connections."',
                ),
                CodeInfo(
                    value="resource-not-found",
                    description="Requested resource not found. Check details message.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-docs-codes"],
                        _S["basiq-webhooks-openapi"],
                        _S["basiq-docs-payments-errors"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["basiq-core-openapi"], _S["basiq-webhooks-openapi"]),
                        ),
                    ),
                    group="api",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["basiq-docs-codes"],)
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["basiq-core-openapi"], _S["basiq-webhooks-openapi"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#resource-not-found",
                    message="Requested resource is not found",
                    notes='The Payments Errors page gives it for a user id that cannot be found, titled "Resource not found.".',
                ),
                CodeInfo(
                    value="resource-already-exists",
                    description="The resource already exists.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["basiq-webhooks-openapi"], _S["basiq-docs-payments-errors"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=409, sources=(_S["basiq-webhooks-openapi"],)),),
                    group="api",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["basiq-webhooks-openapi"],
                                _S["basiq-docs-payments-errors"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#resource-already-exists",
                    editorial=True,
                    message="Resource already exists",
                    notes='Published for a webhook whose url already exists (HTTP 409), and on the Payments Errors page for a payment whose requestId the partner already submitted ("Resource already exists.").',
                ),
                CodeInfo(
                    value="resource-no-longer-available",
                    description="The resource (the user's auth link) is no longer available.",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["basiq-core-openapi"], _S["basiq-api-ref-core"]),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=410,
                            sources=(_S["basiq-core-openapi"],),
                            cause="Returns error indicating that access to the target resource is no longer available at the origin server and that this condition is likely to be permanent.",
                            cause_by="provider",
                        ),
                    ),
                    group="api",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#resource-no-longer-available",
                    editorial=True,
                    notes="GoneError, the HTTP 410 answer of GET /users/{userId}/auth_link: a new auth link is created instead.",
                ),
                CodeInfo(
                    value="too-many-requests",
                    description="Too many requests were sent; the query limit was reached.",
                    category=_C.RATE_LIMITED,
                    sources=(
                        _S["basiq-api-ref-core"],
                        _S["basiq-webhooks-openapi"],
                        _S["basiq-docs-codes-first-version"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=429,
                            sources=(_S["basiq-core-openapi"], _S["basiq-webhooks-openapi"]),
                        ),
                    ),
                    group="api",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["basiq-api-ref-core"],
                                _S["basiq-webhooks-openapi"],
                                _S["basiq-docs-codes-first-version"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#too-many-requests",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="api_error_status",
                            value="RATE_LIMIT_EXCEEDED",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="flinks",
                            code_set="api_error_code",
                            value="TOO_MANY_REQUESTS",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="plaid",
                            code_set="error_type",
                            value="RATE_LIMIT_EXCEEDED",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="payments_error",
                            value="Rate Limit Exceeded",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="data_api_v3_error",
                            value="Rate Limit Exceeded",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="gocardless",
                            code_set="error_summary",
                            value="Rate limit exceeded",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="fintoc",
                            code_set="error_code",
                            value="rate_limit_exceeded",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="mono",
                            code_set="http_status",
                            value="429",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                    ),
                    editorial=True,
                    message="Too many requests",
                    notes='Only in published example bodies (detail "Query limit reached." or "You have exceeded the rate limit for this API."); no schema\'s enum lists it. The first version of Basiq\'s Codes page (codes.md at 75ec0125, 2024-12-04, whose table later versions cut to five rows) lists it with the title "Service Unavailable" and the text "Request rate limit per connection reached. Follow detail message for futher instructions." (sic).',
                ),
                CodeInfo(
                    value="internal-server-error",
                    description="Generic server error affecting all endpoints.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-docs-codes"],
                        _S["basiq-api-ref-core"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=500, sources=(_S["basiq-core-openapi"],)),),
                    group="api",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["basiq-docs-codes"],)
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["basiq-core-openapi"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#internal-server-error",
                    message="Internal Server error.",
                    notes='The message is the example of InternalServerError\'s title, its detail "Internal Server error. Contact support.".',
                ),
                CodeInfo(
                    value="service-unavailable",
                    description="Basiq's service is not ready to handle the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["basiq-api-ref-core"], _S["basiq-webhooks-openapi"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=503,
                            sources=(_S["basiq-core-openapi"], _S["basiq-webhooks-openapi"]),
                        ),
                    ),
                    group="api",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["basiq-api-ref-core"], _S["basiq-webhooks-openapi"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#service-unavailable",
                    editorial=True,
                    message="Service Unavailable",
                    notes="StatusServiceUnavailableError types its code as an object, with the example \"service-unavailable\"; the webhooks file's example body sends the string, detail \"Service Unavailable. Try again later.\". A failed job step's service-unavailable (job_result_code) is the bank's, not Basiq's.",
                ),
                CodeInfo(
                    value="event-already-subscribed",
                    description="The webhook request subscribes to events the application already subscribes to.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["basiq-webhooks-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["basiq-webhooks-openapi"],)),),
                    group="api",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message", by="provider", sources=(_S["basiq-webhooks-openapi"],)
                        ),
                    ),
                    page="reference/basiq/error_code/#event-already-subscribed",
                    editorial=True,
                    message="Event already subscribed",
                ),
                CodeInfo(
                    value="no-webhooks-found",
                    description="The application has no webhook to send a test message to.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["basiq-webhooks-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["basiq-webhooks-openapi"],)),),
                    group="api",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message", by="provider", sources=(_S["basiq-webhooks-openapi"],)
                        ),
                    ),
                    page="reference/basiq/error_code/#no-webhooks-found",
                    editorial=True,
                    message="No webhooks found for an app",
                ),
                CodeInfo(
                    value="too-many-sandbox-connections",
                    description="Limit reached for sandbox connections. Reach out to support@basiq.io to reset your account.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["basiq-docs-codes"],
                        _S["basiq-docs-http-errors"],
                        _S["basiq-docs-testing"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    group="api",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["basiq-docs-codes"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#too-many-sandbox-connections",
                    notes='The Codes page\'s Additional Details: "Sandbox connections limit exceeded." The HTTP errors per endpoint page lists, for POST /users/{userId}/connections and without codes, HTTP 403 "Limit reached for sandbox connections."; the Testing page puts the limit at 500 sandbox connections.',
                ),
                CodeInfo(
                    value="maximum-count-exceeded",
                    description="The number of requested payments exceeded the system limit (currently set at 100).",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["basiq-docs-payments-errors"], _S["basiq-api-ref-payments-sunset"]),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note='Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.',
                    ),
                    group="payments",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-docs-payments-errors"],
                                _S["basiq-api-ref-payments-sunset"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["basiq-docs-payments-errors"],
                                _S["basiq-api-ref-payments-sunset"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#maximum-count-exceeded",
                    message="Maximum count exceeded.",
                    notes="The page writes the code with a final full stop (maximum-count-exceeded.), unlike every other code; scenario: bulk limit exceeded.",
                ),
                CodeInfo(
                    value="payments-not-enabled",
                    description="The partner application has not be enabled to send payments",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["basiq-docs-payments-errors"], _S["basiq-api-ref-payments-sunset"]),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note='Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.',
                    ),
                    group="payments",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-docs-payments-errors"],
                                _S["basiq-api-ref-payments-sunset"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["basiq-docs-payments-errors"],
                                _S["basiq-api-ref-payments-sunset"],
                            ),
                        ),
                    ),
                    page="reference/basiq/error_code/#payments-not-enabled",
                    message="Payments not enabled.",
                ),
                CodeInfo(
                    value="invalid-user-name",
                    description="The user referenced has an invalid first and/or last name. First name must have at least 2 letters and last name must have at least 2 letters",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["basiq-docs-payments-errors"], _S["basiq-api-ref-payments-sunset"]),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note='Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.',
                    ),
                    group="payments",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-docs-payments-errors"],
                                _S["basiq-api-ref-payments-sunset"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["basiq-docs-payments-errors"],
                                _S["basiq-api-ref-payments-sunset"],
                            ),
                        ),
                    ),
                    page="reference/basiq/error_code/#invalid-user-name",
                    message="Invalid user name.",
                ),
                CodeInfo(
                    value="invalid-user-email",
                    description="The user referenced has an invalid /missing email name.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["basiq-docs-payments-errors"], _S["basiq-api-ref-payments-sunset"]),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note='Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.',
                    ),
                    group="payments",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-docs-payments-errors"],
                                _S["basiq-api-ref-payments-sunset"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["basiq-docs-payments-errors"],
                                _S["basiq-api-ref-payments-sunset"],
                            ),
                        ),
                    ),
                    page="reference/basiq/error_code/#invalid-user-email",
                    message="Invalid user email.",
                ),
                CodeInfo(
                    value="missing-payee-account-details",
                    description="We cannot determine which payee account to use for the referenced payee",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["basiq-docs-payments-errors"], _S["basiq-api-ref-payments-sunset"]),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note='Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.',
                    ),
                    group="payments",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-docs-payments-errors"],
                                _S["basiq-api-ref-payments-sunset"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["basiq-docs-payments-errors"],
                                _S["basiq-api-ref-payments-sunset"],
                            ),
                        ),
                    ),
                    page="reference/basiq/error_code/#missing-payee-account-details",
                    message="Missing Payee account details.",
                ),
                CodeInfo(
                    value="missing-payer-account-details",
                    description="We cannot determine which payer account to use for the referenced payee",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["basiq-docs-payments-errors"], _S["basiq-api-ref-payments-sunset"]),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note='Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.',
                    ),
                    group="payments",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-docs-payments-errors"],
                                _S["basiq-api-ref-payments-sunset"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["basiq-docs-payments-errors"],
                                _S["basiq-api-ref-payments-sunset"],
                            ),
                        ),
                    ),
                    page="reference/basiq/error_code/#missing-payer-account-details",
                    message="Missing Payer account details.",
                ),
                CodeInfo(
                    value="external-provider-unreachable",
                    description="An error occurred communicating with the external payment provider after retries have been exhausted",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["basiq-docs-payments-errors"], _S["basiq-api-ref-payments-sunset"]),
                    retryable=True,
                    end_user_can_retry=True,
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note='Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.',
                    ),
                    group="payments",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-docs-payments-errors"],
                                _S["basiq-api-ref-payments-sunset"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["basiq-docs-payments-errors"],
                                _S["basiq-api-ref-payments-sunset"],
                            ),
                        ),
                    ),
                    page="reference/basiq/error_code/#external-provider-unreachable",
                    message="External provider unreachable.",
                ),
                CodeInfo(
                    value="transaction-limit-reached",
                    description="The per transaction limit set on the account within the external provider has been hit. Customer can contact us to agree on new limits if need be.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["basiq-docs-payments-errors"], _S["basiq-api-ref-payments-sunset"]),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note='Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.',
                    ),
                    group="payments",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-docs-payments-errors"],
                                _S["basiq-api-ref-payments-sunset"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["basiq-docs-payments-errors"],
                                _S["basiq-api-ref-payments-sunset"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#transaction-limit-reached",
                    message="Transaction limit reached",
                    notes="A limit agreed between Basiq and its customer (the partner), who asks Basiq for new limits: nothing the end user can change.",
                ),
                CodeInfo(
                    value="daily-limit-reached",
                    description="The daily limit enforced on the partner has been reached. Customer can contact us to agree on new limits if need be.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["basiq-docs-payments-errors"], _S["basiq-api-ref-payments-sunset"]),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note='Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.',
                    ),
                    group="payments",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-docs-payments-errors"],
                                _S["basiq-api-ref-payments-sunset"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["basiq-docs-payments-errors"],
                                _S["basiq-api-ref-payments-sunset"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#daily-limit-reached",
                    message="Daily limit reached",
                    notes="A limit on the partner, agreed with Basiq: nothing the end user can change.",
                ),
                CodeInfo(
                    value="check-balance-insufficient-funds",
                    description="The user account you attempting to debit does not have sufficient funds according to the most recent account balance check",
                    category=_C.REJECTED,
                    sources=(_S["basiq-docs-payments-errors"], _S["basiq-api-ref-payments-sunset"]),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="There isn't enough money in your account for this payment.",
                            action="Add money to your account, or use a different bank account.",
                        ),
                        "fr": EndUserWords(
                            message="Les fonds de votre compte sont insuffisants pour ce paiement.",
                            action="Approvisionnez votre compte ou utilisez un autre compte bancaire.",
                        ),
                        "ar": EndUserWords(
                            message="الرصيد في حسابك غير كافٍ لهذه الدفعة.",
                            action="أضف رصيداً إلى حسابك، أو استخدم حساباً مصرفياً آخر.",
                        ),
                        "es": EndUserWords(
                            message="No hay suficiente dinero en su cuenta para este pago.",
                            action="Agregue dinero a su cuenta o use otra cuenta bancaria.",
                        ),
                        "pt": EndUserWords(
                            message="Não há saldo suficiente na sua conta para este pagamento.",
                            action="Adicione dinheiro à sua conta ou use outra conta bancária.",
                        ),
                    },
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note='Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.',
                    ),
                    group="payments",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-docs-payments-errors"],
                                _S["basiq-api-ref-payments-sunset"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["basiq-docs-payments-errors"],
                                _S["basiq-api-ref-payments-sunset"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#check-balance-insufficient-funds",
                    equivalents=(
                        Equivalent(
                            provider="plaid",
                            code_set="error_code",
                            value="PAYMENT_INSUFFICIENT_FUNDS",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                        Equivalent(
                            provider="belvo",
                            code_set="payment_failure_code",
                            value="INSUFFICIENT_FUNDS",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                        Equivalent(
                            provider="belvo",
                            code_set="direct_debit_failed_reason",
                            value="04",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                        Equivalent(
                            provider="openfinancebrasil",
                            code_set="payment_error",
                            value="SALDO_INSUFICIENTE",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                        Equivalent(
                            provider="fintoc",
                            code_set="payment_error_reason",
                            value="insufficient_funds",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                        Equivalent(
                            provider="iso20022",
                            code_set="status_reason",
                            value="AM04",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                    ),
                    message="Check balance insufficient funds.",
                    notes="The page's advice is cut short: \"Please contact the user to make sure the account has\". end_user_can_retry is bankcodes' reading: the user can add funds or choose another account.",
                ),
                CodeInfo(
                    value="account-unreachable",
                    description="The account linked cannot be accessed to check the latest balance",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["basiq-docs-payments-errors"], _S["basiq-api-ref-payments-sunset"]),
                    retryable=True,
                    end_user_can_retry=True,
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note='Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.',
                    ),
                    group="payments",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-docs-payments-errors"],
                                _S["basiq-api-ref-payments-sunset"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["basiq-docs-payments-errors"],
                                _S["basiq-api-ref-payments-sunset"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#account-unreachable",
                    message="Account unreachable",
                    notes='Scenario: "Account unreachable for checking account balance due to technical reasons".',
                ),
                CodeInfo(
                    value="account-balance-outdated",
                    description="The account balance is outdated (has not been updated in the last 24 hours)",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["basiq-docs-payments-errors"], _S["basiq-api-ref-payments-sunset"]),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note='Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.',
                    ),
                    group="payments",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-docs-payments-errors"],
                                _S["basiq-api-ref-payments-sunset"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["basiq-docs-payments-errors"],
                                _S["basiq-api-ref-payments-sunset"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#account-balance-outdated",
                    message="Account balance outdated",
                    notes="bankcodes' reading: the partner refreshes the connection's data before collecting again.",
                ),
                CodeInfo(
                    value="payer-account-not-allowed",
                    description="Payer account cannot be the same account as the partner’s",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["basiq-docs-payments-errors"], _S["basiq-api-ref-payments-sunset"]),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note='Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.',
                    ),
                    group="payments",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-docs-payments-errors"],
                                _S["basiq-api-ref-payments-sunset"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["basiq-docs-payments-errors"],
                                _S["basiq-api-ref-payments-sunset"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#payer-account-not-allowed",
                    message="Payer account details are not allowed",
                    notes='The description is the page\'s scenario; its detailed reason reads "External error.".',
                ),
                CodeInfo(
                    value="refer_to_customer",
                    description="Usually means insufficient funds or that the target account has breached their transaction limits.",
                    category=_C.REJECTED,
                    sources=(_S["basiq-docs-payments-errors"], _S["basiq-api-ref-payments-sunset"]),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note='Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.',
                    ),
                    group="payments",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-docs-payments-errors"],
                                _S["basiq-api-ref-payments-sunset"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["basiq-docs-payments-errors"],
                                _S["basiq-api-ref-payments-sunset"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#refer_to_customer",
                    message="Refer to customer",
                    notes='Scenario: "Debit failed: Refer to Customer". The only code with underscores (the page escapes them: refer\\_to\\_customer).',
                ),
                CodeInfo(
                    value="unsupported-content-type",
                    description="Requested content type is not supported.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["basiq-docs-codes-first-version"],),
                    retryable=False,
                    end_user_can_retry=False,
                    group="api",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["basiq-docs-codes-first-version"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#unsupported-content-type",
                    notes="The Codes page's first version (codes.md at 75ec012, row 22) heads its row \"Invalid Attribute\", in bold, above the description shown (a heading of the page, not a title Basiq is said to send); the page's later versions dropped the row.",
                ),
                CodeInfo(
                    value="method-not-allowed",
                    description="Requested method is not allowed.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["basiq-docs-codes-first-version"],),
                    retryable=False,
                    end_user_can_retry=False,
                    group="api",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["basiq-docs-codes-first-version"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#method-not-allowed",
                    notes="The Codes page's first version (codes.md at 75ec012, row 30) heads its row \"Not Allowed\", in bold, above the description shown (a heading of the page, not a title Basiq is said to send); the page's later versions dropped the row.",
                ),
                CodeInfo(
                    value="invalid-authorization-request",
                    description="Invalid authorization request. Check details message.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["basiq-docs-codes-first-version"],),
                    retryable=False,
                    end_user_can_retry=False,
                    group="api",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["basiq-docs-codes-first-version"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#invalid-authorization-request",
                    notes="The Codes page's first version (codes.md at 75ec012, row 34) heads its row \"Unauthorized\", in bold, above the description shown (a heading of the page, not a title Basiq is said to send); the page's later versions dropped the row.",
                ),
                CodeInfo(
                    value="maintenance-error",
                    description="Requested resource is currently unavailable due to maintenance on Institution's side.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["basiq-docs-codes-first-version"],),
                    retryable=True,
                    end_user_can_retry=True,
                    group="api",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["basiq-docs-codes-first-version"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#maintenance-error",
                    notes='The Codes page\'s first version (codes.md at 75ec012, row 42) heads its row "Not Accessible", in bold, above the description shown (a heading of the page, not a title Basiq is said to send); the page\'s later versions dropped the row. The page groups it with account-not-accessible-requires-user-action under "Not Accessible"; a job\'s result code for the same case is maintenance (job_result_code).',
                ),
                CodeInfo(
                    value="request-not-valid",
                    description="There have been too many requests for the token endpoint within a 5 minute period from a specific IP address.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["basiq-docs-codes-first-version"], _S["basiq-docs-http-errors"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=403, sources=(_S["basiq-docs-codes-first-version"],)),),
                    group="api",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["basiq-docs-codes-first-version"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#request-not-valid",
                    notes='The Codes page\'s first version (codes.md at 75ec012, row 48) heads its row "Request not valid", in bold, with its status, (403), above the description shown; a second row (73) gives the same code for a statement upload, titled "PDF/CSV Invalid request", described "Request too long". The HTTP errors per endpoint page gives POST /token this 403 as "Invalid request", without a code. The page\'s later versions dropped both rows.',
                ),
                CodeInfo(
                    value="invalid-request-content",
                    description="Statement is not valid",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["basiq-docs-codes-first-version"],),
                    retryable=False,
                    end_user_can_retry=True,
                    group="api",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["basiq-docs-codes-first-version"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/error_code/#invalid-request-content",
                    notes="The Codes page's first version (codes.md at 75ec012, row 71) heads its row \"PDF/CSV invalid request content (file type)\", in bold, above the description shown (a heading of the page, not a title Basiq is said to send); the page's later versions dropped the row. A code of a bank statement's upload (PDF or CSV), as are the page's rows around it: the file uploaded is not of a type Basiq reads (\"file type\" in its heading). Its category is that of bank-statement-invalid (job_result_code), a statement that is not a bank's.",
                ),
            ),
        ),
        {},
    )
    return ErrorCode


def _JobStepStatus() -> type[CodeEnum]:
    class JobStepStatus(CodeEnum):
        """Job step status: The status of a step of a Basiq job (steps[].status), and of a report job as a whole (status). The step's result says why a failed step failed.

        Wire field: steps[].status (a job: GET /jobs/{jobId}); status (a report job)."""

        pending = "pending"
        in_progress = "in-progress"
        success = "success"
        failed = "failed"

    register(
        JobStepStatus,
        lambda: (
            CodeSetInfo(
                provider="basiq",
                id="job_step_status",
                title="Job step status",
                description="The status of a step of a Basiq job (steps[].status), and of a report job as a whole (status). The step's result says why a failed step failed.",
                field="steps[].status (a job: GET /jobs/{jobId}); status (a report job)",
                sources=(_S["basiq-core-openapi"], _S["basiq-docs-jobs"], _S["basiq-api-ref-core"]),
            ),
            (
                CodeInfo(
                    value="pending",
                    description="The job has been created and is waiting to be started.",
                    category=_C.PENDING,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-docs-jobs"],
                        _S["basiq-api-ref-core"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-core-openapi"],
                                _S["basiq-docs-jobs"],
                                _S["basiq-api-ref-core"],
                            ),
                        ),
                    ),
                    page="reference/basiq/job_step_status/#pending",
                    next_statuses=("in-progress",),
                ),
                CodeInfo(
                    value="in-progress",
                    description="The job has started and is currently processing.",
                    category=_C.PENDING,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-docs-jobs"],
                        _S["basiq-api-ref-core"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-core-openapi"],
                                _S["basiq-docs-jobs"],
                                _S["basiq-api-ref-core"],
                            ),
                        ),
                    ),
                    page="reference/basiq/job_step_status/#in-progress",
                    next_statuses=("success", "failed"),
                ),
                CodeInfo(
                    value="success",
                    description="The job has successfully completed.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-docs-jobs"],
                        _S["basiq-api-ref-core"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-core-openapi"],
                                _S["basiq-docs-jobs"],
                                _S["basiq-api-ref-core"],
                            ),
                        ),
                    ),
                    page="reference/basiq/job_step_status/#success",
                    next_statuses=(),
                ),
                CodeInfo(
                    value="failed",
                    description="The job has failed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-docs-jobs"],
                        _S["basiq-api-ref-core"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-core-openapi"],
                                _S["basiq-docs-jobs"],
                                _S["basiq-api-ref-core"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_step_status/#failed",
                    next_statuses=(),
                    notes="The failed step's result.code (job_result_code) says why; in a published report job's failure the result is null.",
                ),
            ),
        ),
        {},
    )
    return JobStepStatus


def _JobStepTitle() -> type[CodeEnum]:
    class JobStepTitle(CodeEnum):
        """Job step: The name of a step of a Basiq job (steps[].title). JobsStep's enum lists four; Basiq's published job bodies add mfa-challenge, create-report and, for payouts, three payment steps.

        Wire field: steps[].title (a job: GET /jobs/{jobId})."""

        verify_credentials = "verify-credentials"
        retrieve_accounts = "retrieve-accounts"
        retrieve_transactions = "retrieve-transactions"
        retrieve_statements = "retrieve-statements"
        mfa_challenge = "mfa-challenge"
        create_report = "create-report"
        validate_payment = "validate-payment"
        external_processing = "external-processing"
        payment_completed = "payment-completed"

    register(
        JobStepTitle,
        lambda: (
            CodeSetInfo(
                provider="basiq",
                id="job_step_title",
                title="Job step",
                description="The name of a step of a Basiq job (steps[].title). JobsStep's enum lists four; Basiq's published job bodies add mfa-challenge, create-report and, for payouts, three payment steps.",
                field="steps[].title (a job: GET /jobs/{jobId})",
                sources=(_S["basiq-core-openapi"], _S["basiq-api-ref-core"]),
            ),
            (
                CodeInfo(
                    value="verify-credentials",
                    description="Establish successful authentication with institution",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-api-ref-core"],
                        _S["basiq-docs-jobs"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["basiq-docs-jobs"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_step_title/#verify-credentials",
                    notes="The Jobs page lists a connection refresh's three steps in this order without naming them; the description is the first, matched to this step by bankcodes.",
                ),
                CodeInfo(
                    value="retrieve-accounts",
                    description="Fetch latest list of accounts",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-api-ref-core"],
                        _S["basiq-docs-jobs"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["basiq-docs-jobs"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_step_title/#retrieve-accounts",
                    notes="The second of the Jobs page's three steps, matched to this step by bankcodes.",
                ),
                CodeInfo(
                    value="retrieve-transactions",
                    description="Fetch latest list of transactions",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-api-ref-core"],
                        _S["basiq-docs-jobs"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["basiq-docs-jobs"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_step_title/#retrieve-transactions",
                    notes="The third of the Jobs page's three steps, matched to this step by bankcodes.",
                ),
                CodeInfo(
                    value="retrieve-statements",
                    description="The step that retrieves the connection's statements.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["basiq-core-openapi"], _S["basiq-api-ref-core"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/basiq/job_step_title/#retrieve-statements",
                    editorial=True,
                ),
                CodeInfo(
                    value="mfa-challenge",
                    description="The step at which the institution asks the user for a multi-factor answer (a one-time code or security questions), sent to POST /jobs/{jobId}/mfa.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["basiq-api-ref-core"], _S["basiq-docs-testing"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_step_title/#mfa-challenge",
                    editorial=True,
                    notes="Not in JobsStep's enum: in GET /jobs/{jobId}'s Mygov examples, where its result has type mfa, a method, input and expiryMs. The Testing page's banks Pied Piper Bank (always) and Nucleus Bank (intermittently) raise it.",
                ),
                CodeInfo(
                    value="create-report",
                    description="The single step of a report job.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["basiq-api-ref-core"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/job_step_title/#create-report",
                    editorial=True,
                    notes="Not in JobsStep's enum: in GET /jobs/{jobId}'s Report examples.",
                ),
                CodeInfo(
                    value="validate-payment",
                    description="The first step of a payout job: the payment is validated.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["basiq-docs-send-payments"], _S["basiq-api-ref-payments-sunset"]),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note='Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.',
                    ),
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/basiq/job_step_title/#validate-payment",
                    editorial=True,
                ),
                CodeInfo(
                    value="external-processing",
                    description="The second step of a payout job: the payment is processed by the external payment provider.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["basiq-docs-send-payments"], _S["basiq-api-ref-payments-sunset"]),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note='Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.',
                    ),
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/basiq/job_step_title/#external-processing",
                    editorial=True,
                ),
                CodeInfo(
                    value="payment-completed",
                    description="The last step of a payout job: the payment is completed.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["basiq-docs-send-payments"], _S["basiq-api-ref-payments-sunset"]),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note='Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.',
                    ),
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/basiq/job_step_title/#payment-completed",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return JobStepTitle


def _ConnectionStatus() -> type[CodeEnum]:
    class ConnectionStatus(CodeEnum):
        """Connection status: The status of a connection to a financial institution (available only for SERVER_SCOPE). The Connections page also describes Deleted and Init (an open banking connection that passed the authorisation, briefly) without their wire values; the OpenAPI enum does not list them.

        Wire field: status (a connection: GET /users/{userId}/connections/{connectionId})."""

        active = "active"
        pending = "pending"
        invalid = "invalid"
        pre_init = "pre-init"

    register(
        ConnectionStatus,
        lambda: (
            CodeSetInfo(
                provider="basiq",
                id="connection_status",
                title="Connection status",
                description="The status of a connection to a financial institution (available only for SERVER_SCOPE). The Connections page also describes Deleted and Init (an open banking connection that passed the authorisation, briefly) without their wire values; the OpenAPI enum does not list them.",
                field="status (a connection: GET /users/{userId}/connections/{connectionId})",
                states=True,
                sources=(_S["basiq-data-openapi"], _S["basiq-docs-connections"]),
            ),
            (
                CodeInfo(
                    value="active",
                    description="The connection is fully functional and has completed all necessary job steps.",
                    category=_C.SUCCESS,
                    sources=(_S["basiq-data-openapi"], _S["basiq-docs-connections"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["basiq-data-openapi"], _S["basiq-docs-connections"]),
                        ),
                    ),
                    page="reference/basiq/connection_status/#active",
                    next_statuses=("invalid",),
                ),
                CodeInfo(
                    value="pending",
                    description="The connection is new and waiting to determine if it will become active or remain invalid. This status signifies the start of the process.",
                    category=_C.PENDING,
                    sources=(_S["basiq-data-openapi"], _S["basiq-docs-connections"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["basiq-data-openapi"], _S["basiq-docs-connections"]),
                        ),
                    ),
                    page="reference/basiq/connection_status/#pending",
                    next_statuses=("active", "invalid"),
                ),
                CodeInfo(
                    value="invalid",
                    description='The connection is not operational due to issues in one or more of the job steps. It can be refreshed manually, and a successful refresh will restore it to "Active."',
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["basiq-data-openapi"],
                        _S["basiq-docs-connections"],
                        _S["basiq-docs-events"],
                        _S["basiq-docs-upcoming-changes"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["basiq-docs-connections"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/connection_status/#invalid",
                    next_statuses=("active",),
                    aliases=("invalid-connection",),
                    notes="The Events page: a connection moves from active to invalid through user-related errors (connection.invalidated). The connection.invalidated event of the Upcoming Changes page (a hidden page) shows the connection with status invalid-connection, kept here as an alias.",
                ),
                CodeInfo(
                    value="pre-init",
                    description="Similar to the Pending status, this is assigned at the creation of an open banking connection and marks the beginning of the job. Connections stuck in pre-init state are usually a result of user leaving the authorisation flow before finishing it. The first step in resolving this is appointing the user to go through the whole flow again. There’s no need to delete a pre-init connection beforehand.",
                    category=_C.PENDING,
                    sources=(_S["basiq-data-openapi"], _S["basiq-docs-connections"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["basiq-data-openapi"], _S["basiq-docs-connections"]),
                        ),
                    ),
                    page="reference/basiq/connection_status/#pre-init",
                    next_statuses=("active", "invalid"),
                ),
            ),
        ),
        {"invalid-connection": "invalid"},
    )
    return ConnectionStatus


def _ConsentStatus() -> type[CodeEnum]:
    class ConsentStatus(CodeEnum):
        """Consent status: The status of a user's consent (GET /users/{userId}/consents), described by Basiq's schema as "active, revoked, and expired".

        Wire field: status (a consent: GET /users/{userId}/consents)."""

        active = "active"
        revoked = "revoked"
        expired = "expired"

    register(
        ConsentStatus,
        lambda: (
            CodeSetInfo(
                provider="basiq",
                id="consent_status",
                title="Consent status",
                description="The status of a user's consent (GET /users/{userId}/consents), described by Basiq's schema as \"active, revoked, and expired\".",
                field="status (a consent: GET /users/{userId}/consents)",
                states=True,
                sources=(_S["basiq-core-openapi"],),
            ),
            (
                CodeInfo(
                    value="active",
                    description="The consent is in force.",
                    category=_C.SUCCESS,
                    sources=(_S["basiq-core-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/basiq/consent_status/#active",
                    editorial=True,
                ),
                CodeInfo(
                    value="revoked",
                    description="When the user explicitly revokes the consent.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["basiq-core-openapi"], _S["basiq-docs-consent-events"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["basiq-docs-consent-events"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/consent_status/#revoked",
                    notes="The description is the Consent Events page's cause of consent.revoked; its action: delete or de-identify the data received for that user.",
                    state="revoked",
                    state_reason="The consent was revoked.",
                ),
                CodeInfo(
                    value="expired",
                    description="The time period specified for this users consent has lapsed.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["basiq-core-openapi"], _S["basiq-docs-consent-events"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["basiq-docs-consent-events"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/consent_status/#expired",
                    notes="The description is the Consent Events page's cause of consent.expired; its action: delete or de-identify the data received for that user.",
                    next_step="renew_consent",
                    state="consent_ended",
                    state_reason="The consent expired.",
                ),
            ),
        ),
        {},
    )
    return ConsentStatus


def _WebhookEventType() -> type[CodeEnum]:
    class WebhookEventType(CodeEnum):
        """Webhook event type: The type of the event a webhook message reports (eventTypeId): the event types of GET /events/types' published example, with their descriptions, and the two further events Basiq's Events and Consent Events pages name.

        Wire field: eventTypeId (a webhook message)."""

        account_updated = "account.updated"
        connection_activated = "connection.activated"
        connection_created = "connection.created"
        connection_deleted = "connection.deleted"
        connection_invalidated = "connection.invalidated"
        consent_created = "consent.created"
        consent_expired = "consent.expired"
        consent_reminder = "consent.reminder"
        consent_revoked = "consent.revoked"
        consent_updated = "consent.updated"
        consent_warning = "consent.warning"
        transactions_updated = "transactions.updated"
        user_created = "user.created"
        user_deleted = "user.deleted"
        user_updated = "user.updated"
        connection_updated = "connection.updated"
        consent_archived = "consent.archived"

    register(
        WebhookEventType,
        lambda: (
            CodeSetInfo(
                provider="basiq",
                id="webhook_event_type",
                title="Webhook event type",
                description="The type of the event a webhook message reports (eventTypeId): the event types of GET /events/types' published example, with their descriptions, and the two further events Basiq's Events and Consent Events pages name.",
                field="eventTypeId (a webhook message)",
                sources=(
                    _S["basiq-core-openapi"],
                    _S["basiq-docs-events"],
                    _S["basiq-api-ref-core"],
                ),
            ),
            (
                CodeInfo(
                    value="account.updated",
                    description="when an account is updated",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-docs-events"],
                        _S["basiq-api-ref-core"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-core-openapi"],
                                _S["basiq-docs-events"],
                                _S["basiq-api-ref-core"],
                            ),
                        ),
                    ),
                    page="reference/basiq/webhook_event_type/#account.updated",
                ),
                CodeInfo(
                    value="connection.activated",
                    description="when a connection is activated",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-docs-events"],
                        _S["basiq-api-ref-core"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-core-openapi"],
                                _S["basiq-docs-events"],
                                _S["basiq-api-ref-core"],
                            ),
                        ),
                    ),
                    page="reference/basiq/webhook_event_type/#connection.activated",
                ),
                CodeInfo(
                    value="connection.created",
                    description="when a connection is created",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-docs-events"],
                        _S["basiq-api-ref-core"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-core-openapi"],
                                _S["basiq-docs-events"],
                                _S["basiq-api-ref-core"],
                            ),
                        ),
                    ),
                    page="reference/basiq/webhook_event_type/#connection.created",
                ),
                CodeInfo(
                    value="connection.deleted",
                    description="when a connection is deleted",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-docs-events"],
                        _S["basiq-api-ref-core"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-core-openapi"],
                                _S["basiq-docs-events"],
                                _S["basiq-api-ref-core"],
                            ),
                        ),
                    ),
                    page="reference/basiq/webhook_event_type/#connection.deleted",
                ),
                CodeInfo(
                    value="connection.invalidated",
                    description="when a connection is invalidated",
                    category=_C.INFORMATIONAL,
                    sources=(_S["basiq-core-openapi"], _S["basiq-docs-events"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["basiq-core-openapi"], _S["basiq-docs-events"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/webhook_event_type/#connection.invalidated",
                    notes="The Events page: when a connection's status changes from active to invalid through user-related errors (web connections: user-action-required, invalid-username-or-password, invalid-connection, locked-account, multifactor-required; open banking: an expired CDR arrangement the user did not re-authorise, or an issue during re-authorisation).",
                    next_step="reconnect",
                    state="needs_end_user",
                    state_reason="The connection became invalid through an error of the user's (its credentials, an action at the bank, an arrangement not re-authorised): the user connects again.",
                    fact_sources={
                        "next_step": ("basiq-docs-events",),
                        "state": ("basiq-docs-events",),
                    },
                ),
                CodeInfo(
                    value="consent.created",
                    description="when a consent is created",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-docs-events"],
                        _S["basiq-api-ref-core"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-core-openapi"],
                                _S["basiq-docs-events"],
                                _S["basiq-api-ref-core"],
                            ),
                        ),
                    ),
                    page="reference/basiq/webhook_event_type/#consent.created",
                ),
                CodeInfo(
                    value="consent.expired",
                    description="when a consent is expired",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-docs-events"],
                        _S["basiq-api-ref-core"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-core-openapi"],
                                _S["basiq-docs-events"],
                                _S["basiq-api-ref-core"],
                            ),
                        ),
                    ),
                    page="reference/basiq/webhook_event_type/#consent.expired",
                    next_step="renew_consent",
                    state="consent_ended",
                    state_reason="The consent expired.",
                    fact_sources={"state": ("basiq-docs-consent-events",)},
                ),
                CodeInfo(
                    value="consent.reminder",
                    description="when a consent has been active for 90 days since the last update",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-docs-events"],
                        _S["basiq-api-ref-core"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-core-openapi"],
                                _S["basiq-docs-events"],
                                _S["basiq-api-ref-core"],
                            ),
                        ),
                    ),
                    page="reference/basiq/webhook_event_type/#consent.reminder",
                ),
                CodeInfo(
                    value="consent.revoked",
                    description="when a consent is revoked",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-docs-events"],
                        _S["basiq-api-ref-core"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-core-openapi"],
                                _S["basiq-docs-events"],
                                _S["basiq-api-ref-core"],
                            ),
                        ),
                    ),
                    page="reference/basiq/webhook_event_type/#consent.revoked",
                    next_step="reconnect",
                    state="revoked",
                    state_reason="The consent was revoked.",
                    fact_sources={"state": ("basiq-docs-consent-events",)},
                ),
                CodeInfo(
                    value="consent.updated",
                    description="when a consent is updated",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-docs-events"],
                        _S["basiq-api-ref-core"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-core-openapi"],
                                _S["basiq-docs-events"],
                                _S["basiq-api-ref-core"],
                            ),
                        ),
                    ),
                    page="reference/basiq/webhook_event_type/#consent.updated",
                ),
                CodeInfo(
                    value="consent.warning",
                    description="when a consent is about to expire",
                    category=_C.INFORMATIONAL,
                    sources=(_S["basiq-core-openapi"], _S["basiq-docs-consent-events"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["basiq-core-openapi"], _S["basiq-docs-consent-events"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/webhook_event_type/#consent.warning",
                    notes="The Consent Events page: 7 days before expiry.",
                    next_step="renew_consent",
                    state="consent_ending_soon",
                    state_reason="When a consent is close to its expiration date (7 days before expiry).",
                    fact_sources={"state": ("basiq-docs-consent-events",)},
                ),
                CodeInfo(
                    value="transactions.updated",
                    description="when transactions are updated",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-docs-events"],
                        _S["basiq-api-ref-core"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-core-openapi"],
                                _S["basiq-docs-events"],
                                _S["basiq-api-ref-core"],
                            ),
                        ),
                    ),
                    page="reference/basiq/webhook_event_type/#transactions.updated",
                ),
                CodeInfo(
                    value="user.created",
                    description="when an user is created",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-docs-events"],
                        _S["basiq-api-ref-core"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-core-openapi"],
                                _S["basiq-docs-events"],
                                _S["basiq-api-ref-core"],
                            ),
                        ),
                    ),
                    page="reference/basiq/webhook_event_type/#user.created",
                ),
                CodeInfo(
                    value="user.deleted",
                    description="when an user is deleted",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-docs-events"],
                        _S["basiq-api-ref-core"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-core-openapi"],
                                _S["basiq-docs-events"],
                                _S["basiq-api-ref-core"],
                            ),
                        ),
                    ),
                    page="reference/basiq/webhook_event_type/#user.deleted",
                ),
                CodeInfo(
                    value="user.updated",
                    description="when an user is updated",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["basiq-core-openapi"],
                        _S["basiq-docs-events"],
                        _S["basiq-api-ref-core"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["basiq-core-openapi"],
                                _S["basiq-docs-events"],
                                _S["basiq-api-ref-core"],
                            ),
                        ),
                    ),
                    page="reference/basiq/webhook_event_type/#user.updated",
                ),
                CodeInfo(
                    value="connection.updated",
                    description="When a connection is updated",
                    category=_C.INFORMATIONAL,
                    sources=(_S["basiq-docs-events"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["basiq-docs-events"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/webhook_event_type/#connection.updated",
                    notes="An event without a webhook: the Events page marks it Webhook Available ❌, and GET /events/types' example does not list it.",
                ),
                CodeInfo(
                    value="consent.archived",
                    description="When the partner archives the consent.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["basiq-docs-consent-events"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["basiq-docs-consent-events"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/webhook_event_type/#consent.archived",
                    editorial=True,
                    notes="Only on the Consent Events page (cause: the partner archives the consent); neither GET /events/types' example nor the Events page lists it, so whether it is sent as a webhook is not published. The description is bankcodes' wording of that cause.",
                ),
            ),
        ),
        {},
    )
    return WebhookEventType


def _WebhookStatus() -> type[CodeEnum]:
    class WebhookStatus(CodeEnum):
        """Webhook subscription status: The status of a webhook subscription (/notifications/webhooks).

        Wire field: status (a webhook subscription)."""

        active = "active"
        pending_approval = "pending-approval"

    register(
        WebhookStatus,
        lambda: (
            CodeSetInfo(
                provider="basiq",
                id="webhook_status",
                title="Webhook subscription status",
                description="The status of a webhook subscription (/notifications/webhooks).",
                field="status (a webhook subscription)",
                sources=(_S["basiq-webhooks-openapi"],),
            ),
            (
                CodeInfo(
                    value="active",
                    description="The webhook subscription is active.",
                    category=_C.SUCCESS,
                    sources=(_S["basiq-webhooks-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/basiq/webhook_status/#active",
                    editorial=True,
                ),
                CodeInfo(
                    value="pending-approval",
                    description="The webhook subscription awaits approval.",
                    category=_C.PENDING,
                    sources=(_S["basiq-webhooks-openapi"], _S["basiq-docs-webhooks"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/basiq/webhook_status/#pending-approval",
                    editorial=True,
                    notes="The Webhooks page: after subscribing to a webhook it may be necessary to wait for a cool-off period of up to 15 minutes.",
                ),
            ),
        ),
        {},
    )
    return WebhookStatus


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name)
        for name in (
            "JobResultCode",
            "ErrorCode",
            "JobStepStatus",
            "JobStepTitle",
            "ConnectionStatus",
            "ConsentStatus",
            "WebhookEventType",
            "WebhookStatus",
        )
    )
