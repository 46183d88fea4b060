// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * Basiq (https://basiq.io): per code set, its aliases, its category table, its constant (identifier
 * -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of BasiqJobResultCode values (alias -> value). */
export const BasiqJobResultCodeAliases: { readonly [alias: string]: BasiqJobResultCode } = {
};
/** The category of every BasiqJobResultCode value and alias: all a listener needs to read one. */
export const BasiqJobResultCodeCategories: { readonly [spelling: string]: Category } = {
  success: "success",
  "user-action-required": "action_required_at_institution",
  "system-unavailable": "institution_unavailable",
  maintenance: "institution_unavailable",
  "connector-error": "generic_failure",
  "institution-not-found": "institution_not_supported",
  "institution-not-available": "institution_unavailable",
  "institution-disabled": "institution_unavailable",
  "missing-required-field": "integration_error",
  "missing-required-field-value": "integration_error",
  "invalid-field-value": "integration_error",
  "invalid-csv-row": "integration_error",
  "row-count-exceeded": "integration_error",
  "account-data-differs": "integration_error",
  "empty-file": "integration_error",
  "bank-statement-invalid": "user_action_required",
  "bank-statement-new-product": "institution_not_supported",
  "bank-statement-parsing-error": "generic_failure",
  "bank-statement-not-supported": "user_action_required",
  "txn-after-last-updated-date": "integration_error",
  "invalid-connection": "reconnect_required",
  "unknown-error": "generic_failure",
  "job-timed-out": "generic_failure",
  "authorization-failed": "cancelled",
  "account-not-accessible-requires-user-action": "action_required_at_institution",
  "invalid-credentials": "credentials_invalid",
  "service-unavailable": "institution_unavailable",
};
/**
 * Job step result code: Why a step of a Basiq job (connecting, refreshing, uploading a file or
 * statement) failed: the code of the step's result. Basiq's JobsResult enum lists most of them
 * without a text per value; failed steps of its published examples and its Handling jobs and
 * Testing pages add authorization-failed, invalid-credentials, account-not-accessible-requires-
 * user-action and service-unavailable. For consent UI flows the bank's own error is not a code of
 * this set: Basiq puts the message the bank returned in the step's detail. The enum writes the
 * step's text field details, the published bodies detail. Wire field: steps[].result.code (a job:
 * GET /jobs/{jobId}).
 */
export const BasiqJobResultCode: {
  /**
   * The step succeeded.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly success: "success";
  /**
   * The user must act before the step can complete.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly user_action_required: "user-action-required";
  /**
   * The institution's system is unavailable.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly system_unavailable: "system-unavailable";
  /**
   * The institution is under maintenance.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly maintenance: "maintenance";
  /**
   * Basiq's connector to the institution failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly connector_error: "connector-error";
  /**
   * The institution was not found.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly institution_not_found: "institution-not-found";
  /**
   * The institution is not available.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly institution_not_available: "institution-not-available";
  /**
   * Basiq has disabled connections to the institution for now.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly institution_disabled: "institution-disabled";
  /**
   * A required field is missing from the uploaded file.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly missing_required_field: "missing-required-field";
  /**
   * A required field of the uploaded file has no value.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly missing_required_field_value: "missing-required-field-value";
  /**
   * A field of the uploaded file has an invalid value.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly invalid_field_value: "invalid-field-value";
  /**
   * A row of the uploaded CSV file is invalid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly invalid_csv_row: "invalid-csv-row";
  /**
   * The uploaded file has more rows than allowed.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly row_count_exceeded: "row-count-exceeded";
  /**
   * The uploaded file's account data differs from the account's.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly account_data_differs: "account-data-differs";
  /**
   * The uploaded file is empty.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly empty_file: "empty-file";
  /**
   * The uploaded bank statement is not valid.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly bank_statement_invalid: "bank-statement-invalid";
  /**
   * The bank statement is of an account product Basiq does not read yet.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly bank_statement_new_product: "bank-statement-new-product";
  /**
   * The bank statement could not be parsed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly bank_statement_parsing_error: "bank-statement-parsing-error";
  /**
   * Statement is not currently supported for this institution - check statement uploaded against
   * correct bank.
   * Category: user_action_required (User action required); retryable: no.
   * Message: Statement not supported.
   * Whose words: description: Basiq's published text; message: Basiq's published text.
   */
  readonly bank_statement_not_supported: "bank-statement-not-supported";
  /**
   * A transaction is dated after the data's last updated date.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly txn_after_last_updated_date: "txn-after-last-updated-date";
  /**
   * The connection is no longer valid.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly invalid_connection: "invalid-connection";
  /**
   * The step failed for a reason Basiq does not know.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly unknown_error: "unknown-error";
  /**
   * The job did not finish in time.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly job_timed_out: "job-timed-out";
  /**
   * The bank did not authorise the connection; the step's detail holds the message the bank
   * returned (access_denied in Basiq's example).
   * Category: cancelled (Cancelled); retryable: no.
   * Message: Authorization failed
   * Whose words: description: bankcodes' wording; message: Basiq's published text.
   */
  readonly authorization_failed: "authorization-failed";
  /**
   * The bank is presenting a popup to the user in their internet banking. Whenever possible Basiq
   * will navigate through these, but for example if the bank presents new T&Cs to the user and
   * offers only options to "Agree" or "Decline", then Basiq will fail the job with this error
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Message: An action is required from end-user before account details can be returned.
   * Advice to the integrator: Ask your user to login to their internet banking, navigate to
   * accounts and transactions, and address any CTA's/popups requiring action from the bank
   * Whose words: description: Basiq's published text; message: Basiq's published text; advice to
   * the integrator: Basiq's published text.
   */
  readonly account_not_accessible_requires_user_action: "account-not-accessible-requires-user-action";
  /**
   * Cannot login to target institution using supplied credentials. Please check credentials and try
   * again.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Message: Cannot login to target institution, check credentials.
   * Advice to the integrator: When your user returns to your application, prompt them to resubmit
   * their credentials, and update these using the `Update Connection` request.
   * Whose words: description: Basiq's published text; message: Basiq's published text; advice to
   * the integrator: Basiq's published text.
   */
  readonly invalid_credentials: "invalid-credentials";
  /**
   * The service-unavailable error code is our way to tell you (so that you can tell your user) that
   * their bank was unable to return data in response to a request.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Message: Service is currently unavailable. Please try again later.
   * Advice to the integrator: You can let the user know there is a problem fetching data from their
   * bank, and that you will let them know when their data is ready.
   * Whose words: description: Basiq's published text; message: Basiq's published text; advice to
   * the integrator: Basiq's published text.
   */
  readonly service_unavailable: "service-unavailable";
} = /* @__PURE__ */ membersOf(BasiqJobResultCodeCategories, BasiqJobResultCodeAliases, {
  "user-action-required": "user_action_required",
  "system-unavailable": "system_unavailable",
  "connector-error": "connector_error",
  "institution-not-found": "institution_not_found",
  "institution-not-available": "institution_not_available",
  "institution-disabled": "institution_disabled",
  "missing-required-field": "missing_required_field",
  "missing-required-field-value": "missing_required_field_value",
  "invalid-field-value": "invalid_field_value",
  "invalid-csv-row": "invalid_csv_row",
  "row-count-exceeded": "row_count_exceeded",
  "account-data-differs": "account_data_differs",
  "empty-file": "empty_file",
  "bank-statement-invalid": "bank_statement_invalid",
  "bank-statement-new-product": "bank_statement_new_product",
  "bank-statement-parsing-error": "bank_statement_parsing_error",
  "bank-statement-not-supported": "bank_statement_not_supported",
  "txn-after-last-updated-date": "txn_after_last_updated_date",
  "invalid-connection": "invalid_connection",
  "unknown-error": "unknown_error",
  "job-timed-out": "job_timed_out",
  "authorization-failed": "authorization_failed",
  "account-not-accessible-requires-user-action": "account_not_accessible_requires_user_action",
  "invalid-credentials": "invalid_credentials",
  "service-unavailable": "service_unavailable",
});
export type BasiqJobResultCode = (typeof BasiqJobResultCode)[keyof typeof BasiqJobResultCode];
/** A BasiqJobResultCode as read from the wire: a known value or any other string. */
export type BasiqJobResultCodeOrUnknown = BasiqJobResultCode | (string & {});
/** The catalog's metadata of every BasiqJobResultCode value. */
export const BasiqJobResultCodeInfo: { readonly [V in BasiqJobResultCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/basiq/job_result_code",
  {
    success: {
      description: "The step succeeded.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-api-ref-core"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "user-action-required": {
      name: "user_action_required",
      description: "The user must act before the step can complete.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-docs-events", "basiq-api-ref-core"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "system-unavailable": {
      name: "system_unavailable",
      description: "The institution's system is unavailable.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-api-ref-core"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    maintenance: {
      description: "The institution is under maintenance.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-api-ref-core"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "connector-error": {
      name: "connector_error",
      description: "Basiq's connector to the institution failed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-api-ref-core"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "institution-not-found": {
      name: "institution_not_found",
      description: "The institution was not found.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-api-ref-core"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "institution-not-available": {
      name: "institution_not_available",
      description: "The institution is not available.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-api-ref-core"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "institution-disabled": {
      name: "institution_disabled",
      description: "Basiq has disabled connections to the institution for now.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-docs-http-errors", "basiq-api-ref-core"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "missing-required-field": {
      name: "missing_required_field",
      description: "A required field is missing from the uploaded file.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-api-ref-core", "basiq-docs-codes-first-version"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "missing-required-field-value": {
      name: "missing_required_field_value",
      description: "A required field of the uploaded file has no value.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-api-ref-core", "basiq-docs-codes-first-version"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "invalid-field-value": {
      name: "invalid_field_value",
      description: "A field of the uploaded file has an invalid value.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-api-ref-core", "basiq-docs-codes-first-version"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "invalid-csv-row": {
      name: "invalid_csv_row",
      description: "A row of the uploaded CSV file is invalid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-api-ref-core"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "row-count-exceeded": {
      name: "row_count_exceeded",
      description: "The uploaded file has more rows than allowed.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-api-ref-core", "basiq-docs-codes-first-version"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "account-data-differs": {
      name: "account_data_differs",
      description: "The uploaded file's account data differs from the account's.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-api-ref-core", "basiq-docs-codes-first-version"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "empty-file": {
      name: "empty_file",
      description: "The uploaded file is empty.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-api-ref-core", "basiq-docs-codes-first-version"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "bank-statement-invalid": {
      name: "bank_statement_invalid",
      description: "The uploaded bank statement is not valid.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "This bank statement could not be accepted.",
          action: "Upload the original statement you downloaded from your bank, then try again.",
        },
        fr: {
          message: "Ce relevé bancaire n'a pas pu être accepté.",
          action: "Téléversez le relevé original téléchargé depuis votre banque, puis réessayez.",
        },
        ar: {
          message: "تعذّر قبول كشف الحساب المصرفي هذا.",
          action: "حمّل كشف الحساب الأصلي الذي نزّلته من بنكك، ثم حاول مرة أخرى.",
        },
        es: {
          message: "No se pudo aceptar este extracto bancario.",
          action: "Suba el extracto original que descargó de su banco y vuelva a intentarlo.",
        },
        pt: {
          message: "Não foi possível aceitar este extrato bancário.",
          action: "Envie o extrato original que você baixou do seu banco e tente novamente.",
        },
      },
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-api-ref-core", "basiq-docs-codes-first-version"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "bank-statement-new-product": {
      name: "bank_statement_new_product",
      description: "The bank statement is of an account product Basiq does not read yet.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      endUser: {
        en: {
          message: "Statements for this type of account can't be read yet.",
          action: "Choose another account, or another way to continue.",
        },
        fr: {
          message: "Les relevés de ce type de compte ne peuvent pas encore être lus.",
          action: "Choisissez un autre compte ou un autre moyen de continuer.",
        },
        ar: {
          message: "لا يمكن قراءة كشوف هذا النوع من الحسابات بعد.",
          action: "اختر حساباً آخر أو طريقة أخرى للمتابعة.",
        },
        es: {
          message: "Todavía no se pueden leer los extractos de este tipo de cuenta.",
          action: "Elija otra cuenta u otra forma de continuar.",
        },
        pt: {
          message: "Ainda não é possível ler extratos deste tipo de conta.",
          action: "Escolha outra conta ou outra forma de continuar.",
        },
      },
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-api-ref-core", "basiq-docs-codes-first-version"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "bank-statement-parsing-error": {
      name: "bank_statement_parsing_error",
      description: "The bank statement could not be parsed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-api-ref-core", "basiq-docs-codes-first-version"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "bank-statement-not-supported": {
      name: "bank_statement_not_supported",
      description: "Statement is not currently supported for this institution - check statement uploaded against correct bank.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "This statement does not match the bank you chose.",
          action: "Check that you chose the right bank, then upload the statement again.",
        },
        fr: {
          message: "Ce relevé ne correspond pas à la banque que vous avez choisie.",
          action: "Vérifiez que vous avez choisi la bonne banque, puis téléversez de nouveau le relevé.",
        },
        ar: {
          message: "كشف الحساب هذا لا يطابق البنك الذي اخترته.",
          action: "تأكّد من أنك اخترت البنك الصحيح، ثم حمّل كشف الحساب مرة أخرى.",
        },
        es: {
          message: "Este extracto no corresponde al banco que eligió.",
          action: "Compruebe que eligió el banco correcto y vuelva a subir el extracto.",
        },
        pt: {
          message: "Este extrato não corresponde ao banco que você escolheu.",
          action: "Verifique se você escolheu o banco certo e envie o extrato novamente.",
        },
      },
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-api-ref-core"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["basiq-core-openapi"] },
        message: { by: "provider", sources: ["basiq-core-openapi"] },
      },
      message: "Statement not supported.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "txn-after-last-updated-date": {
      name: "txn_after_last_updated_date",
      description: "A transaction is dated after the data's last updated date.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-api-ref-core"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "invalid-connection": {
      name: "invalid_connection",
      description: "The connection is no longer valid.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-docs-events", "basiq-api-ref-core"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "unknown-error": {
      name: "unknown_error",
      description: "The step failed for a reason Basiq does not know.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-api-ref-core"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "job-timed-out": {
      name: "job_timed_out",
      description: "The job did not finish in time.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-api-ref-core"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "authorization-failed": {
      name: "authorization_failed",
      description: "The bank did not authorise the connection; the step's detail holds the message the bank returned (access_denied in Basiq's example).",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your bank did not complete the authorisation.",
          action: "Start connecting your bank again and approve the request at your bank.",
        },
        fr: {
          message: "Votre banque n'a pas finalisé l'autorisation.",
          action: "Recommencez la connexion à votre banque et approuvez la demande auprès d'elle.",
        },
        ar: {
          message: "لم يُكمل بنكك عملية التفويض.",
          action: "ابدأ ربط بنكك من جديد ووافق على الطلب لدى بنكك.",
        },
        es: {
          message: "Su banco no completó la autorización.",
          action: "Vuelva a conectar su banco y apruebe la solicitud en su banco.",
        },
        pt: {
          message: "Seu banco não concluiu a autorização.",
          action: "Conecte seu banco novamente e aprove a solicitação no seu banco.",
        },
      },
      httpStatuses: [],
      sources: ["basiq-api-ref-core", "basiq-errors-page"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: ["basiq-errors-page"] },
        message: { by: "provider", sources: ["basiq-api-ref-core", "basiq-errors-page"] },
      },
      message: "Authorization failed",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "account-not-accessible-requires-user-action": {
      name: "account_not_accessible_requires_user_action",
      description: "The bank is presenting a popup to the user in their internet banking. Whenever possible Basiq will navigate through these, but for example if the bank presents new T&Cs to the user and offers only options to \"Agree\" or \"Decline\", then Basiq will fail the job with this error",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["basiq-docs-handling-jobs", "basiq-docs-testing"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["basiq-docs-handling-jobs"] },
        message: { by: "provider", sources: ["basiq-docs-testing"] },
        advice: { by: "provider", sources: ["basiq-docs-handling-jobs"] },
      },
      message: "An action is required from end-user before account details can be returned.",
      advice: "Ask your user to login to their internet banking, navigate to accounts and transactions, and address any CTA's/popups requiring action from the bank",
      userMessage: null,
      aliases: [],
    },
    "invalid-credentials": {
      name: "invalid_credentials",
      description: "Cannot login to target institution using supplied credentials. Please check credentials and try again.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["basiq-api-ref-core", "basiq-docs-handling-jobs", "basiq-docs-testing"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["basiq-api-ref-core"] },
        message: { by: "provider", sources: ["basiq-api-ref-core"] },
        advice: { by: "provider", sources: ["basiq-docs-handling-jobs"] },
      },
      message: "Cannot login to target institution, check credentials.",
      advice: "When your user returns to your application, prompt them to resubmit their credentials, and update these using the `Update Connection` request.",
      userMessage: null,
      aliases: [],
    },
    "service-unavailable": {
      name: "service_unavailable",
      description: "The service-unavailable error code is our way to tell you (so that you can tell your user) that their bank was unable to return data in response to a request.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["basiq-docs-handling-jobs", "basiq-docs-faq", "basiq-docs-testing"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["basiq-docs-faq"] },
        message: { by: "provider", sources: ["basiq-docs-testing"] },
        advice: { by: "provider", sources: ["basiq-docs-handling-jobs"] },
      },
      message: "Service is currently unavailable. Please try again later.",
      advice: "You can let the user know there is a problem fetching data from their bank, and that you will let them know when their data is ready.",
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BasiqJobResultCode. */
export const isBasiqJobResultCode = (value: unknown): value is BasiqJobResultCode => isCodeOf(BasiqJobResultCodeCategories, BasiqJobResultCodeAliases, value);

/** Other wire spellings of BasiqErrorCode values (alias -> value). */
export const BasiqErrorCodeAliases: { readonly [alias: string]: BasiqErrorCode } = {
};
/** The category of every BasiqErrorCode value and alias: all a listener needs to read one. */
export const BasiqErrorCodeCategories: { readonly [spelling: string]: Category } = {
  "parameter-not-supplied": "integration_error",
  "parameter-not-valid": "integration_error",
  "path-parameter-not-valid": "integration_error",
  "unsupported-accept": "integration_error",
  "invalid-content": "integration_error",
  "institution-not-supported": "institution_not_supported",
  "invalid-credentials": "credentials_invalid",
  "unauthorized-access": "integration_error",
  "invalid-authorization-token": "integration_error",
  "forbidden-access": "integration_error",
  "no-production-access": "integration_error",
  "access-denied": "integration_error",
  "resource-not-found": "integration_error",
  "resource-already-exists": "integration_error",
  "resource-no-longer-available": "session_expired",
  "too-many-requests": "rate_limited",
  "internal-server-error": "generic_failure",
  "service-unavailable": "generic_failure",
  "event-already-subscribed": "integration_error",
  "no-webhooks-found": "integration_error",
  "too-many-sandbox-connections": "integration_error",
  "maximum-count-exceeded": "integration_error",
  "payments-not-enabled": "integration_error",
  "invalid-user-name": "integration_error",
  "invalid-user-email": "integration_error",
  "missing-payee-account-details": "integration_error",
  "missing-payer-account-details": "integration_error",
  "external-provider-unreachable": "generic_failure",
  "transaction-limit-reached": "integration_error",
  "daily-limit-reached": "integration_error",
  "check-balance-insufficient-funds": "rejected",
  "account-unreachable": "institution_unavailable",
  "account-balance-outdated": "integration_error",
  "payer-account-not-allowed": "integration_error",
  refer_to_customer: "rejected",
  "unsupported-content-type": "integration_error",
  "method-not-allowed": "integration_error",
  "invalid-authorization-request": "integration_error",
  "maintenance-error": "institution_unavailable",
  "request-not-valid": "rate_limited",
  "invalid-request-content": "user_action_required",
};
/**
 * API error code: The application-specific error code of a Basiq API error (data[].code of an error
 * list): the codes listed by the OpenAPI error schemas and sent in Basiq's published error bodies,
 * those of the Codes page (its first version listed 36 rows, the later ones 5), and those of the
 * Payments Errors page (a hidden page of a product Basiq is sunsetting). Wire field: data[].code
 * (an error list: {type: list, correlationId, data: [{type: error, code, title, detail, source}]}).
 */
export const BasiqErrorCode: {
  /**
   * Required parameter not supplied. Check details and source message.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Required parameter not supplied
   * Whose words: description: Basiq's published text; message: Basiq's published text.
   * HTTP: 400.
   */
  readonly parameter_not_supplied: "parameter-not-supplied";
  /**
   * A parameter of the request is not valid.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Parameter not valid.
   * Whose words: description: bankcodes' wording; message: Basiq's published text.
   * HTTP: 400.
   */
  readonly parameter_not_valid: "parameter-not-valid";
  /**
   * A parameter of the request's path is not valid.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Parameter value is not valid
   * Whose words: description: bankcodes' wording; message: Basiq's published text.
   * HTTP: 400.
   */
  readonly path_parameter_not_valid: "path-parameter-not-valid";
  /**
   * The request's Accept header names a type the endpoint does not support.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly unsupported_accept: "unsupported-accept";
  /**
   * The request's content is not valid.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Invalid request content
   * Whose words: description: bankcodes' wording; message: Basiq's published text.
   * HTTP: 400.
   */
  readonly invalid_content: "invalid-content";
  /**
   * The institution is not supported for the request.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly institution_not_supported: "institution-not-supported";
  /**
   * Cannot login to target institution using supplied credentials. Check credentials and try again.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: Basiq's published text.
   * HTTP: 400.
   */
  readonly invalid_credentials: "invalid-credentials";
  /**
   * The request is not authorized to access the resource.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Unauthorized Access
   * Whose words: description: bankcodes' wording; message: Basiq's published text.
   * HTTP: 401.
   */
  readonly unauthorized_access: "unauthorized-access";
  /**
   * The request's authorization token is not valid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  readonly invalid_authorization_token: "invalid-authorization-token";
  /**
   * Access to the resource is forbidden to the request's token.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Forbidden Access
   * Whose words: description: bankcodes' wording; message: Basiq's published text.
   * HTTP: 403.
   */
  readonly forbidden_access: "forbidden-access";
  /**
   * The application has no access to production.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 403.
   */
  readonly no_production_access: "no-production-access";
  /**
   * Access to the resource was denied.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 403.
   */
  readonly access_denied: "access-denied";
  /**
   * Requested resource not found. Check details message.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Requested resource is not found
   * Whose words: description: Basiq's published text; message: Basiq's published text.
   * HTTP: 404.
   */
  readonly resource_not_found: "resource-not-found";
  /**
   * The resource already exists.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Resource already exists
   * Whose words: description: bankcodes' wording; message: Basiq's published text.
   * HTTP: 409.
   */
  readonly resource_already_exists: "resource-already-exists";
  /**
   * The resource (the user's auth link) is no longer available.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 410.
   */
  readonly resource_no_longer_available: "resource-no-longer-available";
  /**
   * Too many requests were sent; the query limit was reached.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Message: Too many requests
   * Whose words: description: bankcodes' wording; message: Basiq's published text.
   * HTTP: 429.
   */
  readonly too_many_requests: "too-many-requests";
  /**
   * Generic server error affecting all endpoints.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: Internal Server error.
   * Whose words: description: Basiq's published text; message: Basiq's published text.
   * HTTP: 500.
   */
  readonly internal_server_error: "internal-server-error";
  /**
   * Basiq's service is not ready to handle the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: Service Unavailable
   * Whose words: description: bankcodes' wording; message: Basiq's published text.
   * HTTP: 503.
   */
  readonly service_unavailable: "service-unavailable";
  /**
   * The webhook request subscribes to events the application already subscribes to.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Event already subscribed
   * Whose words: description: bankcodes' wording; message: Basiq's published text.
   * HTTP: 400.
   */
  readonly event_already_subscribed: "event-already-subscribed";
  /**
   * The application has no webhook to send a test message to.
   * Category: integration_error (Integration error); retryable: no.
   * Message: No webhooks found for an app
   * Whose words: description: bankcodes' wording; message: Basiq's published text.
   * HTTP: 400.
   */
  readonly no_webhooks_found: "no-webhooks-found";
  /**
   * Limit reached for sandbox connections. Reach out to support@basiq.io to reset your account.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly too_many_sandbox_connections: "too-many-sandbox-connections";
  /**
   * The number of requested payments exceeded the system limit (currently set at 100).
   * Category: integration_error (Integration error); retryable: no.
   * Message: Maximum count exceeded.
   * Whose words: description: Basiq's published text; message: Basiq's published text.
   * @deprecated Basiq is sunsetting Payments: its API reference repository deleted payments.yml in
   * the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page
   * is hidden in its documentation repository.
   */
  readonly maximum_count_exceeded: "maximum-count-exceeded";
  /**
   * The partner application has not be enabled to send payments
   * Category: integration_error (Integration error); retryable: no.
   * Message: Payments not enabled.
   * Whose words: description: Basiq's published text; message: Basiq's published text.
   * @deprecated Basiq is sunsetting Payments: its API reference repository deleted payments.yml in
   * the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page
   * is hidden in its documentation repository.
   */
  readonly payments_not_enabled: "payments-not-enabled";
  /**
   * The user referenced has an invalid first and/or last name. First name must have at least 2
   * letters and last name must have at least 2 letters
   * Category: integration_error (Integration error); retryable: no.
   * Message: Invalid user name.
   * Whose words: description: Basiq's published text; message: Basiq's published text.
   * @deprecated Basiq is sunsetting Payments: its API reference repository deleted payments.yml in
   * the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page
   * is hidden in its documentation repository.
   */
  readonly invalid_user_name: "invalid-user-name";
  /**
   * The user referenced has an invalid /missing email name.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Invalid user email.
   * Whose words: description: Basiq's published text; message: Basiq's published text.
   * @deprecated Basiq is sunsetting Payments: its API reference repository deleted payments.yml in
   * the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page
   * is hidden in its documentation repository.
   */
  readonly invalid_user_email: "invalid-user-email";
  /**
   * We cannot determine which payee account to use for the referenced payee
   * Category: integration_error (Integration error); retryable: no.
   * Message: Missing Payee account details.
   * Whose words: description: Basiq's published text; message: Basiq's published text.
   * @deprecated Basiq is sunsetting Payments: its API reference repository deleted payments.yml in
   * the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page
   * is hidden in its documentation repository.
   */
  readonly missing_payee_account_details: "missing-payee-account-details";
  /**
   * We cannot determine which payer account to use for the referenced payee
   * Category: integration_error (Integration error); retryable: no.
   * Message: Missing Payer account details.
   * Whose words: description: Basiq's published text; message: Basiq's published text.
   * @deprecated Basiq is sunsetting Payments: its API reference repository deleted payments.yml in
   * the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page
   * is hidden in its documentation repository.
   */
  readonly missing_payer_account_details: "missing-payer-account-details";
  /**
   * An error occurred communicating with the external payment provider after retries have been
   * exhausted
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: External provider unreachable.
   * Whose words: description: Basiq's published text; message: Basiq's published text.
   * @deprecated Basiq is sunsetting Payments: its API reference repository deleted payments.yml in
   * the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page
   * is hidden in its documentation repository.
   */
  readonly external_provider_unreachable: "external-provider-unreachable";
  /**
   * The per transaction limit set on the account within the external provider has been hit.
   * Customer can contact us to agree on new limits if need be.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Transaction limit reached
   * Whose words: description: Basiq's published text; message: Basiq's published text.
   * @deprecated Basiq is sunsetting Payments: its API reference repository deleted payments.yml in
   * the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page
   * is hidden in its documentation repository.
   */
  readonly transaction_limit_reached: "transaction-limit-reached";
  /**
   * The daily limit enforced on the partner has been reached. Customer can contact us to agree on
   * new limits if need be.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Daily limit reached
   * Whose words: description: Basiq's published text; message: Basiq's published text.
   * @deprecated Basiq is sunsetting Payments: its API reference repository deleted payments.yml in
   * the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page
   * is hidden in its documentation repository.
   */
  readonly daily_limit_reached: "daily-limit-reached";
  /**
   * The user account you attempting to debit does not have sufficient funds according to the most
   * recent account balance check
   * Category: rejected (Rejected); retryable: no.
   * Message: Check balance insufficient funds.
   * Whose words: description: Basiq's published text; message: Basiq's published text.
   * @deprecated Basiq is sunsetting Payments: its API reference repository deleted payments.yml in
   * the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page
   * is hidden in its documentation repository.
   */
  readonly check_balance_insufficient_funds: "check-balance-insufficient-funds";
  /**
   * The account linked cannot be accessed to check the latest balance
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Message: Account unreachable
   * Whose words: description: Basiq's published text; message: Basiq's published text.
   * @deprecated Basiq is sunsetting Payments: its API reference repository deleted payments.yml in
   * the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page
   * is hidden in its documentation repository.
   */
  readonly account_unreachable: "account-unreachable";
  /**
   * The account balance is outdated (has not been updated in the last 24 hours)
   * Category: integration_error (Integration error); retryable: no.
   * Message: Account balance outdated
   * Whose words: description: Basiq's published text; message: Basiq's published text.
   * @deprecated Basiq is sunsetting Payments: its API reference repository deleted payments.yml in
   * the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page
   * is hidden in its documentation repository.
   */
  readonly account_balance_outdated: "account-balance-outdated";
  /**
   * Payer account cannot be the same account as the partner’s
   * Category: integration_error (Integration error); retryable: no.
   * Message: Payer account details are not allowed
   * Whose words: description: Basiq's published text; message: Basiq's published text.
   * @deprecated Basiq is sunsetting Payments: its API reference repository deleted payments.yml in
   * the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page
   * is hidden in its documentation repository.
   */
  readonly payer_account_not_allowed: "payer-account-not-allowed";
  /**
   * Usually means insufficient funds or that the target account has breached their transaction
   * limits.
   * Category: rejected (Rejected); retryable: no.
   * Message: Refer to customer
   * Whose words: description: Basiq's published text; message: Basiq's published text.
   * @deprecated Basiq is sunsetting Payments: its API reference repository deleted payments.yml in
   * the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page
   * is hidden in its documentation repository.
   */
  readonly refer_to_customer: "refer_to_customer";
  /**
   * Requested content type is not supported.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly unsupported_content_type: "unsupported-content-type";
  /**
   * Requested method is not allowed.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly method_not_allowed: "method-not-allowed";
  /**
   * Invalid authorization request. Check details message.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly invalid_authorization_request: "invalid-authorization-request";
  /**
   * Requested resource is currently unavailable due to maintenance on Institution's side.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Basiq's published text.
   */
  readonly maintenance_error: "maintenance-error";
  /**
   * There have been too many requests for the token endpoint within a 5 minute period from a
   * specific IP address.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: description: Basiq's published text.
   * HTTP: 403.
   */
  readonly request_not_valid: "request-not-valid";
  /**
   * Statement is not valid
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly invalid_request_content: "invalid-request-content";
} = /* @__PURE__ */ membersOf(BasiqErrorCodeCategories, BasiqErrorCodeAliases, {
  "parameter-not-supplied": "parameter_not_supplied",
  "parameter-not-valid": "parameter_not_valid",
  "path-parameter-not-valid": "path_parameter_not_valid",
  "unsupported-accept": "unsupported_accept",
  "invalid-content": "invalid_content",
  "institution-not-supported": "institution_not_supported",
  "invalid-credentials": "invalid_credentials",
  "unauthorized-access": "unauthorized_access",
  "invalid-authorization-token": "invalid_authorization_token",
  "forbidden-access": "forbidden_access",
  "no-production-access": "no_production_access",
  "access-denied": "access_denied",
  "resource-not-found": "resource_not_found",
  "resource-already-exists": "resource_already_exists",
  "resource-no-longer-available": "resource_no_longer_available",
  "too-many-requests": "too_many_requests",
  "internal-server-error": "internal_server_error",
  "service-unavailable": "service_unavailable",
  "event-already-subscribed": "event_already_subscribed",
  "no-webhooks-found": "no_webhooks_found",
  "too-many-sandbox-connections": "too_many_sandbox_connections",
  "maximum-count-exceeded": "maximum_count_exceeded",
  "payments-not-enabled": "payments_not_enabled",
  "invalid-user-name": "invalid_user_name",
  "invalid-user-email": "invalid_user_email",
  "missing-payee-account-details": "missing_payee_account_details",
  "missing-payer-account-details": "missing_payer_account_details",
  "external-provider-unreachable": "external_provider_unreachable",
  "transaction-limit-reached": "transaction_limit_reached",
  "daily-limit-reached": "daily_limit_reached",
  "check-balance-insufficient-funds": "check_balance_insufficient_funds",
  "account-unreachable": "account_unreachable",
  "account-balance-outdated": "account_balance_outdated",
  "payer-account-not-allowed": "payer_account_not_allowed",
  "unsupported-content-type": "unsupported_content_type",
  "method-not-allowed": "method_not_allowed",
  "invalid-authorization-request": "invalid_authorization_request",
  "maintenance-error": "maintenance_error",
  "request-not-valid": "request_not_valid",
  "invalid-request-content": "invalid_request_content",
});
export type BasiqErrorCode = (typeof BasiqErrorCode)[keyof typeof BasiqErrorCode];
/** A BasiqErrorCode as read from the wire: a known value or any other string. */
export type BasiqErrorCodeOrUnknown = BasiqErrorCode | (string & {});
/** The catalog's metadata of every BasiqErrorCode value. */
export const BasiqErrorCodeInfo: { readonly [V in BasiqErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/basiq/error_code",
  {
    "parameter-not-supplied": {
      name: "parameter_not_supplied",
      description: "Required parameter not supplied. Check details and source message.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["basiq-core-openapi", "basiq-docs-codes", "basiq-docs-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["basiq-docs-codes"] },
        message: { by: "provider", sources: ["basiq-docs-errors"] },
      },
      message: "Required parameter not supplied",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "parameter-not-valid": {
      name: "parameter_not_valid",
      description: "A parameter of the request is not valid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["basiq-core-openapi", "basiq-docs-payments-errors"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: { by: "provider", sources: ["basiq-core-openapi", "basiq-docs-payments-errors"] },
      },
      message: "Parameter not valid.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "path-parameter-not-valid": {
      name: "path_parameter_not_valid",
      description: "A parameter of the request's path is not valid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["basiq-api-ref-core", "basiq-webhooks-openapi"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: { by: "provider", sources: ["basiq-api-ref-core", "basiq-webhooks-openapi"] },
      },
      message: "Parameter value is not valid",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "unsupported-accept": {
      name: "unsupported_accept",
      description: "The request's Accept header names a type the endpoint does not support.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["basiq-core-openapi", "basiq-api-ref-core"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "invalid-content": {
      name: "invalid_content",
      description: "The request's content is not valid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["basiq-core-openapi", "basiq-webhooks-openapi", "basiq-docs-payments-errors"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: {
          by: "provider",
          sources: ["basiq-core-openapi", "basiq-webhooks-openapi", "basiq-docs-payments-errors"],
        },
      },
      message: "Invalid request content",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "institution-not-supported": {
      name: "institution_not_supported",
      description: "The institution is not supported for the request.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["basiq-core-openapi", "basiq-api-ref-core", "basiq-docs-codes-first-version"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "invalid-credentials": {
      name: "invalid_credentials",
      description: "Cannot login to target institution using supplied credentials. Check credentials and try again.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["basiq-core-openapi", "basiq-docs-codes", "basiq-api-ref-core"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["basiq-docs-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "unauthorized-access": {
      name: "unauthorized_access",
      description: "The request is not authorized to access the resource.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["basiq-core-openapi", "basiq-webhooks-openapi", "basiq-api-ref-core"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: {
          by: "provider",
          sources: ["basiq-core-openapi", "basiq-webhooks-openapi", "basiq-api-ref-core"],
        },
      },
      message: "Unauthorized Access",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "invalid-authorization-token": {
      name: "invalid_authorization_token",
      description: "The request's authorization token is not valid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["basiq-core-openapi", "basiq-api-ref-core"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "forbidden-access": {
      name: "forbidden_access",
      description: "Access to the resource is forbidden to the request's token.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["basiq-core-openapi", "basiq-webhooks-openapi", "basiq-api-ref-core"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: {
          by: "provider",
          sources: ["basiq-core-openapi", "basiq-webhooks-openapi", "basiq-api-ref-core"],
        },
      },
      message: "Forbidden Access",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "no-production-access": {
      name: "no_production_access",
      description: "The application has no access to production.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["basiq-core-openapi", "basiq-api-ref-core", "basiq-docs-codes-first-version"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "access-denied": {
      name: "access_denied",
      description: "Access to the resource was denied.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["basiq-core-openapi", "basiq-api-ref-core", "basiq-docs-codes-first-version"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "resource-not-found": {
      name: "resource_not_found",
      description: "Requested resource not found. Check details message.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: [
        "basiq-core-openapi",
        "basiq-docs-codes",
        "basiq-webhooks-openapi",
        "basiq-docs-payments-errors",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["basiq-docs-codes"] },
        message: { by: "provider", sources: ["basiq-core-openapi", "basiq-webhooks-openapi"] },
      },
      message: "Requested resource is not found",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "resource-already-exists": {
      name: "resource_already_exists",
      description: "The resource already exists.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [409],
      sources: ["basiq-webhooks-openapi", "basiq-docs-payments-errors"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: {
          by: "provider",
          sources: ["basiq-webhooks-openapi", "basiq-docs-payments-errors"],
        },
      },
      message: "Resource already exists",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "resource-no-longer-available": {
      name: "resource_no_longer_available",
      description: "The resource (the user's auth link) is no longer available.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [410],
      sources: ["basiq-core-openapi", "basiq-api-ref-core"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "too-many-requests": {
      name: "too_many_requests",
      description: "Too many requests were sent; the query limit was reached.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429],
      sources: ["basiq-api-ref-core", "basiq-webhooks-openapi", "basiq-docs-codes-first-version"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: {
          by: "provider",
          sources: [
            "basiq-api-ref-core",
            "basiq-webhooks-openapi",
            "basiq-docs-codes-first-version",
          ],
        },
      },
      message: "Too many requests",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "internal-server-error": {
      name: "internal_server_error",
      description: "Generic server error affecting all endpoints.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["basiq-core-openapi", "basiq-docs-codes", "basiq-api-ref-core"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["basiq-docs-codes"] },
        message: { by: "provider", sources: ["basiq-core-openapi"] },
      },
      message: "Internal Server error.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "service-unavailable": {
      name: "service_unavailable",
      description: "Basiq's service is not ready to handle the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [503],
      sources: ["basiq-api-ref-core", "basiq-webhooks-openapi"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: { by: "provider", sources: ["basiq-api-ref-core", "basiq-webhooks-openapi"] },
      },
      message: "Service Unavailable",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "event-already-subscribed": {
      name: "event_already_subscribed",
      description: "The webhook request subscribes to events the application already subscribes to.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["basiq-webhooks-openapi"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: { by: "provider", sources: ["basiq-webhooks-openapi"] },
      },
      message: "Event already subscribed",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "no-webhooks-found": {
      name: "no_webhooks_found",
      description: "The application has no webhook to send a test message to.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["basiq-webhooks-openapi"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: { by: "provider", sources: ["basiq-webhooks-openapi"] },
      },
      message: "No webhooks found for an app",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "too-many-sandbox-connections": {
      name: "too_many_sandbox_connections",
      description: "Limit reached for sandbox connections. Reach out to support@basiq.io to reset your account.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-docs-codes", "basiq-docs-http-errors", "basiq-docs-testing"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["basiq-docs-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "maximum-count-exceeded": {
      name: "maximum_count_exceeded",
      description: "The number of requested payments exceeded the system limit (currently set at 100).",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit \"DX-705 Sunsetting Payments from Basiq\" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.",
      },
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
        },
        message: {
          by: "provider",
          sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
        },
      },
      message: "Maximum count exceeded.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "payments-not-enabled": {
      name: "payments_not_enabled",
      description: "The partner application has not be enabled to send payments",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit \"DX-705 Sunsetting Payments from Basiq\" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.",
      },
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
        },
        message: {
          by: "provider",
          sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
        },
      },
      message: "Payments not enabled.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "invalid-user-name": {
      name: "invalid_user_name",
      description: "The user referenced has an invalid first and/or last name. First name must have at least 2 letters and last name must have at least 2 letters",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit \"DX-705 Sunsetting Payments from Basiq\" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.",
      },
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
        },
        message: {
          by: "provider",
          sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
        },
      },
      message: "Invalid user name.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "invalid-user-email": {
      name: "invalid_user_email",
      description: "The user referenced has an invalid /missing email name.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit \"DX-705 Sunsetting Payments from Basiq\" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.",
      },
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
        },
        message: {
          by: "provider",
          sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
        },
      },
      message: "Invalid user email.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "missing-payee-account-details": {
      name: "missing_payee_account_details",
      description: "We cannot determine which payee account to use for the referenced payee",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit \"DX-705 Sunsetting Payments from Basiq\" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.",
      },
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
        },
        message: {
          by: "provider",
          sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
        },
      },
      message: "Missing Payee account details.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "missing-payer-account-details": {
      name: "missing_payer_account_details",
      description: "We cannot determine which payer account to use for the referenced payee",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit \"DX-705 Sunsetting Payments from Basiq\" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.",
      },
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
        },
        message: {
          by: "provider",
          sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
        },
      },
      message: "Missing Payer account details.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "external-provider-unreachable": {
      name: "external_provider_unreachable",
      description: "An error occurred communicating with the external payment provider after retries have been exhausted",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit \"DX-705 Sunsetting Payments from Basiq\" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.",
      },
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
        },
        message: {
          by: "provider",
          sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
        },
      },
      message: "External provider unreachable.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "transaction-limit-reached": {
      name: "transaction_limit_reached",
      description: "The per transaction limit set on the account within the external provider has been hit. Customer can contact us to agree on new limits if need be.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit \"DX-705 Sunsetting Payments from Basiq\" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.",
      },
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
        },
        message: {
          by: "provider",
          sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
        },
      },
      message: "Transaction limit reached",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "daily-limit-reached": {
      name: "daily_limit_reached",
      description: "The daily limit enforced on the partner has been reached. Customer can contact us to agree on new limits if need be.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit \"DX-705 Sunsetting Payments from Basiq\" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.",
      },
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
        },
        message: {
          by: "provider",
          sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
        },
      },
      message: "Daily limit reached",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "check-balance-insufficient-funds": {
      name: "check_balance_insufficient_funds",
      description: "The user account you attempting to debit does not have sufficient funds according to the most recent account balance check",
      category: "rejected",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "There isn't enough money in your account for this payment.",
          action: "Add money to your account, or use a different bank account.",
        },
        fr: {
          message: "Les fonds de votre compte sont insuffisants pour ce paiement.",
          action: "Approvisionnez votre compte ou utilisez un autre compte bancaire.",
        },
        ar: {
          message: "الرصيد في حسابك غير كافٍ لهذه الدفعة.",
          action: "أضف رصيداً إلى حسابك، أو استخدم حساباً مصرفياً آخر.",
        },
        es: {
          message: "No hay suficiente dinero en su cuenta para este pago.",
          action: "Agregue dinero a su cuenta o use otra cuenta bancaria.",
        },
        pt: {
          message: "Não há saldo suficiente na sua conta para este pagamento.",
          action: "Adicione dinheiro à sua conta ou use outra conta bancária.",
        },
      },
      httpStatuses: [],
      sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit \"DX-705 Sunsetting Payments from Basiq\" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.",
      },
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
        },
        message: {
          by: "provider",
          sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
        },
      },
      message: "Check balance insufficient funds.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "account-unreachable": {
      name: "account_unreachable",
      description: "The account linked cannot be accessed to check the latest balance",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit \"DX-705 Sunsetting Payments from Basiq\" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.",
      },
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
        },
        message: {
          by: "provider",
          sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
        },
      },
      message: "Account unreachable",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "account-balance-outdated": {
      name: "account_balance_outdated",
      description: "The account balance is outdated (has not been updated in the last 24 hours)",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit \"DX-705 Sunsetting Payments from Basiq\" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.",
      },
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
        },
        message: {
          by: "provider",
          sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
        },
      },
      message: "Account balance outdated",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "payer-account-not-allowed": {
      name: "payer_account_not_allowed",
      description: "Payer account cannot be the same account as the partner’s",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit \"DX-705 Sunsetting Payments from Basiq\" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.",
      },
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
        },
        message: {
          by: "provider",
          sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
        },
      },
      message: "Payer account details are not allowed",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    refer_to_customer: {
      description: "Usually means insufficient funds or that the target account has breached their transaction limits.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit \"DX-705 Sunsetting Payments from Basiq\" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.",
      },
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
        },
        message: {
          by: "provider",
          sources: ["basiq-docs-payments-errors", "basiq-api-ref-payments-sunset"],
        },
      },
      message: "Refer to customer",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "unsupported-content-type": {
      name: "unsupported_content_type",
      description: "Requested content type is not supported.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-docs-codes-first-version"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["basiq-docs-codes-first-version"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "method-not-allowed": {
      name: "method_not_allowed",
      description: "Requested method is not allowed.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-docs-codes-first-version"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["basiq-docs-codes-first-version"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "invalid-authorization-request": {
      name: "invalid_authorization_request",
      description: "Invalid authorization request. Check details message.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-docs-codes-first-version"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["basiq-docs-codes-first-version"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "maintenance-error": {
      name: "maintenance_error",
      description: "Requested resource is currently unavailable due to maintenance on Institution's side.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["basiq-docs-codes-first-version"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["basiq-docs-codes-first-version"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "request-not-valid": {
      name: "request_not_valid",
      description: "There have been too many requests for the token endpoint within a 5 minute period from a specific IP address.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [403],
      sources: ["basiq-docs-codes-first-version", "basiq-docs-http-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["basiq-docs-codes-first-version"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "invalid-request-content": {
      name: "invalid_request_content",
      description: "Statement is not valid",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["basiq-docs-codes-first-version"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["basiq-docs-codes-first-version"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BasiqErrorCode. */
export const isBasiqErrorCode = (value: unknown): value is BasiqErrorCode => isCodeOf(BasiqErrorCodeCategories, BasiqErrorCodeAliases, value);

/** Other wire spellings of BasiqJobStepStatus values (alias -> value). */
export const BasiqJobStepStatusAliases: { readonly [alias: string]: BasiqJobStepStatus } = {
};
/** The category of every BasiqJobStepStatus value and alias: all a listener needs to read one. */
export const BasiqJobStepStatusCategories: { readonly [spelling: string]: Category } = {
  pending: "pending",
  "in-progress": "pending",
  success: "success",
  failed: "generic_failure",
};
/**
 * Job step status: The status of a step of a Basiq job (steps[].status), and of a report job as a
 * whole (status). The step's result says why a failed step failed. Wire field: steps[].status (a
 * job: GET /jobs/{jobId}); status (a report job).
 */
export const BasiqJobStepStatus: {
  /**
   * The job has been created and is waiting to be started.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly pending: "pending";
  /**
   * The job has started and is currently processing.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly in_progress: "in-progress";
  /**
   * The job has successfully completed.
   * Category: success (Success); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly success: "success";
  /**
   * The job has failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Basiq's published text.
   */
  readonly failed: "failed";
} = /* @__PURE__ */ membersOf(BasiqJobStepStatusCategories, BasiqJobStepStatusAliases, {
  "in-progress": "in_progress",
});
export type BasiqJobStepStatus = (typeof BasiqJobStepStatus)[keyof typeof BasiqJobStepStatus];
/** A BasiqJobStepStatus as read from the wire: a known value or any other string. */
export type BasiqJobStepStatusOrUnknown = BasiqJobStepStatus | (string & {});
/** The catalog's metadata of every BasiqJobStepStatus value. */
export const BasiqJobStepStatusInfo: { readonly [V in BasiqJobStepStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/basiq/job_step_status",
  {
    pending: {
      description: "The job has been created and is waiting to be started.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-docs-jobs", "basiq-api-ref-core"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-core-openapi", "basiq-docs-jobs", "basiq-api-ref-core"],
        },
      },
      nextStatuses: ["in-progress"],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "in-progress": {
      name: "in_progress",
      description: "The job has started and is currently processing.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-docs-jobs", "basiq-api-ref-core"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-core-openapi", "basiq-docs-jobs", "basiq-api-ref-core"],
        },
      },
      nextStatuses: ["success", "failed"],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    success: {
      description: "The job has successfully completed.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-docs-jobs", "basiq-api-ref-core"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-core-openapi", "basiq-docs-jobs", "basiq-api-ref-core"],
        },
      },
      nextStatuses: [],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    failed: {
      description: "The job has failed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-docs-jobs", "basiq-api-ref-core"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-core-openapi", "basiq-docs-jobs", "basiq-api-ref-core"],
        },
      },
      nextStatuses: [],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BasiqJobStepStatus. */
export const isBasiqJobStepStatus = (value: unknown): value is BasiqJobStepStatus => isCodeOf(BasiqJobStepStatusCategories, BasiqJobStepStatusAliases, value);

/** Other wire spellings of BasiqJobStepTitle values (alias -> value). */
export const BasiqJobStepTitleAliases: { readonly [alias: string]: BasiqJobStepTitle } = {
};
/** The category of every BasiqJobStepTitle value and alias: all a listener needs to read one. */
export const BasiqJobStepTitleCategories: { readonly [spelling: string]: Category } = {
  "verify-credentials": "informational",
  "retrieve-accounts": "informational",
  "retrieve-transactions": "informational",
  "retrieve-statements": "informational",
  "mfa-challenge": "informational",
  "create-report": "informational",
  "validate-payment": "informational",
  "external-processing": "informational",
  "payment-completed": "informational",
};
/**
 * Job step: The name of a step of a Basiq job (steps[].title). JobsStep's enum lists four; Basiq's
 * published job bodies add mfa-challenge, create-report and, for payouts, three payment steps. Wire
 * field: steps[].title (a job: GET /jobs/{jobId}).
 */
export const BasiqJobStepTitle: {
  /**
   * Establish successful authentication with institution
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly verify_credentials: "verify-credentials";
  /**
   * Fetch latest list of accounts
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly retrieve_accounts: "retrieve-accounts";
  /**
   * Fetch latest list of transactions
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly retrieve_transactions: "retrieve-transactions";
  /**
   * The step that retrieves the connection's statements.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly retrieve_statements: "retrieve-statements";
  /**
   * The step at which the institution asks the user for a multi-factor answer (a one-time code or
   * security questions), sent to POST /jobs/{jobId}/mfa.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly mfa_challenge: "mfa-challenge";
  /**
   * The single step of a report job.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly create_report: "create-report";
  /**
   * The first step of a payout job: the payment is validated.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   * @deprecated Basiq is sunsetting Payments: its API reference repository deleted payments.yml in
   * the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page
   * is hidden in its documentation repository.
   */
  readonly validate_payment: "validate-payment";
  /**
   * The second step of a payout job: the payment is processed by the external payment provider.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   * @deprecated Basiq is sunsetting Payments: its API reference repository deleted payments.yml in
   * the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page
   * is hidden in its documentation repository.
   */
  readonly external_processing: "external-processing";
  /**
   * The last step of a payout job: the payment is completed.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   * @deprecated Basiq is sunsetting Payments: its API reference repository deleted payments.yml in
   * the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page
   * is hidden in its documentation repository.
   */
  readonly payment_completed: "payment-completed";
} = /* @__PURE__ */ membersOf(BasiqJobStepTitleCategories, BasiqJobStepTitleAliases, {
  "verify-credentials": "verify_credentials",
  "retrieve-accounts": "retrieve_accounts",
  "retrieve-transactions": "retrieve_transactions",
  "retrieve-statements": "retrieve_statements",
  "mfa-challenge": "mfa_challenge",
  "create-report": "create_report",
  "validate-payment": "validate_payment",
  "external-processing": "external_processing",
  "payment-completed": "payment_completed",
});
export type BasiqJobStepTitle = (typeof BasiqJobStepTitle)[keyof typeof BasiqJobStepTitle];
/** A BasiqJobStepTitle as read from the wire: a known value or any other string. */
export type BasiqJobStepTitleOrUnknown = BasiqJobStepTitle | (string & {});
/** The catalog's metadata of every BasiqJobStepTitle value. */
export const BasiqJobStepTitleInfo: { readonly [V in BasiqJobStepTitle]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/basiq/job_step_title",
  {
    "verify-credentials": {
      name: "verify_credentials",
      description: "Establish successful authentication with institution",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-api-ref-core", "basiq-docs-jobs"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["basiq-docs-jobs"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "retrieve-accounts": {
      name: "retrieve_accounts",
      description: "Fetch latest list of accounts",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-api-ref-core", "basiq-docs-jobs"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["basiq-docs-jobs"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "retrieve-transactions": {
      name: "retrieve_transactions",
      description: "Fetch latest list of transactions",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-api-ref-core", "basiq-docs-jobs"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["basiq-docs-jobs"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "retrieve-statements": {
      name: "retrieve_statements",
      description: "The step that retrieves the connection's statements.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-api-ref-core"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "mfa-challenge": {
      name: "mfa_challenge",
      description: "The step at which the institution asks the user for a multi-factor answer (a one-time code or security questions), sent to POST /jobs/{jobId}/mfa.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-api-ref-core", "basiq-docs-testing"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "create-report": {
      name: "create_report",
      description: "The single step of a report job.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-api-ref-core"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "validate-payment": {
      name: "validate_payment",
      description: "The first step of a payout job: the payment is validated.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-docs-send-payments", "basiq-api-ref-payments-sunset"],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit \"DX-705 Sunsetting Payments from Basiq\" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.",
      },
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "external-processing": {
      name: "external_processing",
      description: "The second step of a payout job: the payment is processed by the external payment provider.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-docs-send-payments", "basiq-api-ref-payments-sunset"],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit \"DX-705 Sunsetting Payments from Basiq\" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.",
      },
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "payment-completed": {
      name: "payment_completed",
      description: "The last step of a payout job: the payment is completed.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-docs-send-payments", "basiq-api-ref-payments-sunset"],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit \"DX-705 Sunsetting Payments from Basiq\" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.",
      },
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BasiqJobStepTitle. */
export const isBasiqJobStepTitle = (value: unknown): value is BasiqJobStepTitle => isCodeOf(BasiqJobStepTitleCategories, BasiqJobStepTitleAliases, value);

/** Other wire spellings of BasiqConnectionStatus values (alias -> value). */
export const BasiqConnectionStatusAliases: { readonly [alias: string]: BasiqConnectionStatus } = {
  "invalid-connection": "invalid",
};
/** The category of every BasiqConnectionStatus value and alias: all a listener needs to read one. */
export const BasiqConnectionStatusCategories: { readonly [spelling: string]: Category } = {
  active: "success",
  pending: "pending",
  invalid: "reconnect_required",
  "invalid-connection": "reconnect_required",
  "pre-init": "pending",
};
/**
 * Connection status: The status of a connection to a financial institution (available only for
 * SERVER_SCOPE). The Connections page also describes Deleted and Init (an open banking connection
 * that passed the authorisation, briefly) without their wire values; the OpenAPI enum does not list
 * them. Wire field: status (a connection: GET /users/{userId}/connections/{connectionId}).
 */
export const BasiqConnectionStatus: {
  /**
   * The connection is fully functional and has completed all necessary job steps.
   * Category: success (Success); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly active: "active";
  /**
   * The connection is new and waiting to determine if it will become active or remain invalid. This
   * status signifies the start of the process.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly pending: "pending";
  /**
   * The connection is not operational due to issues in one or more of the job steps. It can be
   * refreshed manually, and a successful refresh will restore it to "Active."
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly invalid: "invalid";
  /**
   * Similar to the Pending status, this is assigned at the creation of an open banking connection
   * and marks the beginning of the job. Connections stuck in pre-init state are usually a result of
   * user leaving the authorisation flow before finishing it. The first step in resolving this is
   * appointing the user to go through the whole flow again. There’s no need to delete a pre-init
   * connection beforehand.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly pre_init: "pre-init";
} = /* @__PURE__ */ membersOf(BasiqConnectionStatusCategories, BasiqConnectionStatusAliases, {
  "pre-init": "pre_init",
});
export type BasiqConnectionStatus = (typeof BasiqConnectionStatus)[keyof typeof BasiqConnectionStatus];
/** A BasiqConnectionStatus as read from the wire: a known value or any other string. */
export type BasiqConnectionStatusOrUnknown = BasiqConnectionStatus | (string & {});
/** The catalog's metadata of every BasiqConnectionStatus value. */
export const BasiqConnectionStatusInfo: { readonly [V in BasiqConnectionStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/basiq/connection_status",
  {
    active: {
      description: "The connection is fully functional and has completed all necessary job steps.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-data-openapi", "basiq-docs-connections"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["basiq-data-openapi", "basiq-docs-connections"] },
      },
      nextStatuses: ["invalid"],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    pending: {
      description: "The connection is new and waiting to determine if it will become active or remain invalid. This status signifies the start of the process.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-data-openapi", "basiq-docs-connections"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["basiq-data-openapi", "basiq-docs-connections"] },
      },
      nextStatuses: ["active", "invalid"],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid: {
      description: "The connection is not operational due to issues in one or more of the job steps. It can be refreshed manually, and a successful refresh will restore it to \"Active.\"",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "basiq-data-openapi",
        "basiq-docs-connections",
        "basiq-docs-events",
        "basiq-docs-upcoming-changes",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["basiq-docs-connections"] } },
      nextStatuses: ["active"],
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["invalid-connection"],
    },
    "pre-init": {
      name: "pre_init",
      description: "Similar to the Pending status, this is assigned at the creation of an open banking connection and marks the beginning of the job. Connections stuck in pre-init state are usually a result of user leaving the authorisation flow before finishing it. The first step in resolving this is appointing the user to go through the whole flow again. There’s no need to delete a pre-init connection beforehand.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-data-openapi", "basiq-docs-connections"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["basiq-data-openapi", "basiq-docs-connections"] },
      },
      nextStatuses: ["active", "invalid"],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BasiqConnectionStatus. */
export const isBasiqConnectionStatus = (value: unknown): value is BasiqConnectionStatus => isCodeOf(BasiqConnectionStatusCategories, BasiqConnectionStatusAliases, value);

/** Other wire spellings of BasiqConsentStatus values (alias -> value). */
export const BasiqConsentStatusAliases: { readonly [alias: string]: BasiqConsentStatus } = {
};
/** The category of every BasiqConsentStatus value and alias: all a listener needs to read one. */
export const BasiqConsentStatusCategories: { readonly [spelling: string]: Category } = {
  active: "success",
  revoked: "reconnect_required",
  expired: "reconnect_required",
};
/**
 * Consent status: The status of a user's consent (GET /users/{userId}/consents), described by
 * Basiq's schema as "active, revoked, and expired". Wire field: status (a consent: GET
 * /users/{userId}/consents).
 */
export const BasiqConsentStatus: {
  /**
   * The consent is in force.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly active: "active";
  /**
   * When the user explicitly revokes the consent.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly revoked: "revoked";
  /**
   * The time period specified for this users consent has lapsed.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly expired: "expired";
} = /* @__PURE__ */ membersOf(BasiqConsentStatusCategories, BasiqConsentStatusAliases);
export type BasiqConsentStatus = (typeof BasiqConsentStatus)[keyof typeof BasiqConsentStatus];
/** A BasiqConsentStatus as read from the wire: a known value or any other string. */
export type BasiqConsentStatusOrUnknown = BasiqConsentStatus | (string & {});
/** The catalog's metadata of every BasiqConsentStatus value. */
export const BasiqConsentStatusInfo: { readonly [V in BasiqConsentStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/basiq/consent_status",
  {
    active: {
      description: "The consent is in force.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    revoked: {
      description: "When the user explicitly revokes the consent.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-docs-consent-events"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["basiq-docs-consent-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "revoked",
      stateReason: "The consent was revoked.",
    },
    expired: {
      description: "The time period specified for this users consent has lapsed.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-docs-consent-events"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["basiq-docs-consent-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "renew_consent",
      state: "consent_ended",
      stateReason: "The consent expired.",
    },
  },
);
/** Whether a value is a known BasiqConsentStatus. */
export const isBasiqConsentStatus = (value: unknown): value is BasiqConsentStatus => isCodeOf(BasiqConsentStatusCategories, BasiqConsentStatusAliases, value);

/** Other wire spellings of BasiqWebhookEventType values (alias -> value). */
export const BasiqWebhookEventTypeAliases: { readonly [alias: string]: BasiqWebhookEventType } = {
};
/** The category of every BasiqWebhookEventType value and alias: all a listener needs to read one. */
export const BasiqWebhookEventTypeCategories: { readonly [spelling: string]: Category } = {
  "account.updated": "informational",
  "connection.activated": "informational",
  "connection.created": "informational",
  "connection.deleted": "informational",
  "connection.invalidated": "informational",
  "consent.created": "informational",
  "consent.expired": "informational",
  "consent.reminder": "informational",
  "consent.revoked": "informational",
  "consent.updated": "informational",
  "consent.warning": "informational",
  "transactions.updated": "informational",
  "user.created": "informational",
  "user.deleted": "informational",
  "user.updated": "informational",
  "connection.updated": "informational",
  "consent.archived": "informational",
};
/**
 * Webhook event type: The type of the event a webhook message reports (eventTypeId): the event
 * types of GET /events/types' published example, with their descriptions, and the two further
 * events Basiq's Events and Consent Events pages name. Wire field: eventTypeId (a webhook message).
 */
export const BasiqWebhookEventType: {
  /**
   * when an account is updated
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly account_updated: "account.updated";
  /**
   * when a connection is activated
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly connection_activated: "connection.activated";
  /**
   * when a connection is created
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly connection_created: "connection.created";
  /**
   * when a connection is deleted
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly connection_deleted: "connection.deleted";
  /**
   * when a connection is invalidated
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly connection_invalidated: "connection.invalidated";
  /**
   * when a consent is created
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly consent_created: "consent.created";
  /**
   * when a consent is expired
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly consent_expired: "consent.expired";
  /**
   * when a consent has been active for 90 days since the last update
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly consent_reminder: "consent.reminder";
  /**
   * when a consent is revoked
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly consent_revoked: "consent.revoked";
  /**
   * when a consent is updated
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly consent_updated: "consent.updated";
  /**
   * when a consent is about to expire
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly consent_warning: "consent.warning";
  /**
   * when transactions are updated
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly transactions_updated: "transactions.updated";
  /**
   * when an user is created
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly user_created: "user.created";
  /**
   * when an user is deleted
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly user_deleted: "user.deleted";
  /**
   * when an user is updated
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly user_updated: "user.updated";
  /**
   * When a connection is updated
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Basiq's published text.
   */
  readonly connection_updated: "connection.updated";
  /**
   * When the partner archives the consent.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly consent_archived: "consent.archived";
} = /* @__PURE__ */ membersOf(BasiqWebhookEventTypeCategories, BasiqWebhookEventTypeAliases, {
  "account.updated": "account_updated",
  "connection.activated": "connection_activated",
  "connection.created": "connection_created",
  "connection.deleted": "connection_deleted",
  "connection.invalidated": "connection_invalidated",
  "consent.created": "consent_created",
  "consent.expired": "consent_expired",
  "consent.reminder": "consent_reminder",
  "consent.revoked": "consent_revoked",
  "consent.updated": "consent_updated",
  "consent.warning": "consent_warning",
  "transactions.updated": "transactions_updated",
  "user.created": "user_created",
  "user.deleted": "user_deleted",
  "user.updated": "user_updated",
  "connection.updated": "connection_updated",
  "consent.archived": "consent_archived",
});
export type BasiqWebhookEventType = (typeof BasiqWebhookEventType)[keyof typeof BasiqWebhookEventType];
/** A BasiqWebhookEventType as read from the wire: a known value or any other string. */
export type BasiqWebhookEventTypeOrUnknown = BasiqWebhookEventType | (string & {});
/** The catalog's metadata of every BasiqWebhookEventType value. */
export const BasiqWebhookEventTypeInfo: { readonly [V in BasiqWebhookEventType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/basiq/webhook_event_type",
  {
    "account.updated": {
      name: "account_updated",
      description: "when an account is updated",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-docs-events", "basiq-api-ref-core"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-core-openapi", "basiq-docs-events", "basiq-api-ref-core"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "connection.activated": {
      name: "connection_activated",
      description: "when a connection is activated",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-docs-events", "basiq-api-ref-core"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-core-openapi", "basiq-docs-events", "basiq-api-ref-core"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "connection.created": {
      name: "connection_created",
      description: "when a connection is created",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-docs-events", "basiq-api-ref-core"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-core-openapi", "basiq-docs-events", "basiq-api-ref-core"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "connection.deleted": {
      name: "connection_deleted",
      description: "when a connection is deleted",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-docs-events", "basiq-api-ref-core"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-core-openapi", "basiq-docs-events", "basiq-api-ref-core"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "connection.invalidated": {
      name: "connection_invalidated",
      description: "when a connection is invalidated",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-docs-events"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["basiq-core-openapi", "basiq-docs-events"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "reconnect",
      state: "needs_end_user",
      stateReason: "The connection became invalid through an error of the user's (its credentials, an action at the bank, an arrangement not re-authorised): the user connects again.",
      factSources: { next_step: ["basiq-docs-events"], state: ["basiq-docs-events"] },
    },
    "consent.created": {
      name: "consent_created",
      description: "when a consent is created",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-docs-events", "basiq-api-ref-core"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-core-openapi", "basiq-docs-events", "basiq-api-ref-core"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "consent.expired": {
      name: "consent_expired",
      description: "when a consent is expired",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-docs-events", "basiq-api-ref-core"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-core-openapi", "basiq-docs-events", "basiq-api-ref-core"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "renew_consent",
      state: "consent_ended",
      stateReason: "The consent expired.",
      factSources: { state: ["basiq-docs-consent-events"] },
    },
    "consent.reminder": {
      name: "consent_reminder",
      description: "when a consent has been active for 90 days since the last update",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-docs-events", "basiq-api-ref-core"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-core-openapi", "basiq-docs-events", "basiq-api-ref-core"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "consent.revoked": {
      name: "consent_revoked",
      description: "when a consent is revoked",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-docs-events", "basiq-api-ref-core"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-core-openapi", "basiq-docs-events", "basiq-api-ref-core"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "reconnect",
      state: "revoked",
      stateReason: "The consent was revoked.",
      factSources: { state: ["basiq-docs-consent-events"] },
    },
    "consent.updated": {
      name: "consent_updated",
      description: "when a consent is updated",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-docs-events", "basiq-api-ref-core"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-core-openapi", "basiq-docs-events", "basiq-api-ref-core"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "consent.warning": {
      name: "consent_warning",
      description: "when a consent is about to expire",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-docs-consent-events"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-core-openapi", "basiq-docs-consent-events"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "renew_consent",
      state: "consent_ending_soon",
      stateReason: "When a consent is close to its expiration date (7 days before expiry).",
      factSources: { state: ["basiq-docs-consent-events"] },
    },
    "transactions.updated": {
      name: "transactions_updated",
      description: "when transactions are updated",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-docs-events", "basiq-api-ref-core"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-core-openapi", "basiq-docs-events", "basiq-api-ref-core"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "user.created": {
      name: "user_created",
      description: "when an user is created",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-docs-events", "basiq-api-ref-core"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-core-openapi", "basiq-docs-events", "basiq-api-ref-core"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "user.deleted": {
      name: "user_deleted",
      description: "when an user is deleted",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-docs-events", "basiq-api-ref-core"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-core-openapi", "basiq-docs-events", "basiq-api-ref-core"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "user.updated": {
      name: "user_updated",
      description: "when an user is updated",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-core-openapi", "basiq-docs-events", "basiq-api-ref-core"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["basiq-core-openapi", "basiq-docs-events", "basiq-api-ref-core"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "connection.updated": {
      name: "connection_updated",
      description: "When a connection is updated",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-docs-events"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["basiq-docs-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "consent.archived": {
      name: "consent_archived",
      description: "When the partner archives the consent.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-docs-consent-events"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["basiq-docs-consent-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BasiqWebhookEventType. */
export const isBasiqWebhookEventType = (value: unknown): value is BasiqWebhookEventType => isCodeOf(BasiqWebhookEventTypeCategories, BasiqWebhookEventTypeAliases, value);

/** Other wire spellings of BasiqWebhookStatus values (alias -> value). */
export const BasiqWebhookStatusAliases: { readonly [alias: string]: BasiqWebhookStatus } = {
};
/** The category of every BasiqWebhookStatus value and alias: all a listener needs to read one. */
export const BasiqWebhookStatusCategories: { readonly [spelling: string]: Category } = {
  active: "success",
  "pending-approval": "pending",
};
/**
 * Webhook subscription status: The status of a webhook subscription (/notifications/webhooks). Wire
 * field: status (a webhook subscription).
 */
export const BasiqWebhookStatus: {
  /**
   * The webhook subscription is active.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly active: "active";
  /**
   * The webhook subscription awaits approval.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly pending_approval: "pending-approval";
} = /* @__PURE__ */ membersOf(BasiqWebhookStatusCategories, BasiqWebhookStatusAliases, {
  "pending-approval": "pending_approval",
});
export type BasiqWebhookStatus = (typeof BasiqWebhookStatus)[keyof typeof BasiqWebhookStatus];
/** A BasiqWebhookStatus as read from the wire: a known value or any other string. */
export type BasiqWebhookStatusOrUnknown = BasiqWebhookStatus | (string & {});
/** The catalog's metadata of every BasiqWebhookStatus value. */
export const BasiqWebhookStatusInfo: { readonly [V in BasiqWebhookStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/basiq/webhook_status",
  {
    active: {
      description: "The webhook subscription is active.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-webhooks-openapi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "pending-approval": {
      name: "pending_approval",
      description: "The webhook subscription awaits approval.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["basiq-webhooks-openapi", "basiq-docs-webhooks"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BasiqWebhookStatus. */
export const isBasiqWebhookStatus = (value: unknown): value is BasiqWebhookStatus => isCodeOf(BasiqWebhookStatusCategories, BasiqWebhookStatusAliases, value);
