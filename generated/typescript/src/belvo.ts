// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * Belvo (https://belvo.com): per code set, its aliases, its category table, its constant
 * (identifier -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, isNumericCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of BelvoErrorCode values (alias -> value). */
export const BelvoErrorCodeAliases: { readonly [alias: string]: BelvoErrorCode } = {
};
/** The category of every BelvoErrorCode value and alias: all a listener needs to read one. */
export const BelvoErrorCodeCategories: { readonly [spelling: string]: Category } = {
  required: "integration_error",
  login_error: "credentials_invalid",
  unexpected_error: "generic_failure",
  activation_failed: "action_required_at_institution",
  institution_down: "institution_unavailable",
  already_exists: "integration_error",
  already_registered: "integration_error",
  cancellation_error: "integration_error",
  does_not_exist: "integration_error",
  duplicated: "integration_error",
  null: "integration_error",
  institution_inactive: "institution_unavailable",
  institution_unavailable: "institution_unavailable",
  invalid: "integration_error",
  invalid_choice: "integration_error",
  invalid_credentials_storage: "integration_error",
  invalid_fetch_resources: "integration_error",
  invalid_access_mode_switch: "integration_error",
  invalid_link: "reconnect_required",
  invalid_period: "integration_error",
  max_digits: "integration_error",
  max_decimal_places: "integration_error",
  min_value: "integration_error",
  not_a_list: "integration_error",
  parse_error: "integration_error",
  session_expired: "session_expired",
  session_expired_ob: "session_expired",
  too_many_sessions: "concurrent_operation",
  unavailable_data: "generic_failure",
  unconfirmed_link: "mfa_required",
  unsupported_operation: "integration_error",
  validation_error: "integration_error",
  authentication_failed: "integration_error",
  consent_without_accounts: "reconnect_required",
  access_to_production_denied: "integration_error",
  access_to_resource_denied: "integration_error",
  permission_denied: "generic_failure",
  quota_limit_reached: "integration_error",
  not_found: "integration_error",
  expired_credentials: "reconnect_required",
  method_not_allowed: "integration_error",
  request_timeout: "generic_failure",
  activation_required: "action_required_at_institution",
  token_required: "mfa_required",
  service_unavailable: "generic_failure",
};
/**
 * API error code: The code of an error: the code of each error object of an API error response (the
 * body is a JSON list of such objects), and the data.error_code of a LINK webhook. The codes are
 * those of Belvo's errors page (API and Widget Errors: each with its HTTP status, example, cause,
 * solution and, where the widget shows it, its words in English, Spanish and Portuguese), and two
 * that only its OpenAPI names. Belvo asks integrators not to retry a 40x response, a client error,
 * except the 'too many sessions' error, and to retry a 50x with an exponential backoff; where a
 * code's own text says to retry later, its retryable follows that text. Wire field: code (each
 * object of an API error response, a JSON list); data.error_code (LINK webhooks).
 */
export const BelvoErrorCode: {
  /**
   * You sent a request without a required field.
   * Category: integration_error (Integration error); retryable: no.
   * Message: This field is required.
   * Advice to the integrator: Check the error message to see which field you need to provide. If
   * you're not sure what information to provide or the format, just check our API reference
   * documentation.
   * Whose words: description: Belvo's published text; message: Belvo's published text; translated
   * messages: Belvo's published text; advice to the integrator: Belvo's published text.
   * HTTP: 400.
   */
  readonly required: "required";
  /**
   * Invalid credentials provided to login to the institution
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Advice to the integrator: Ask your user to provide their correct credentials or MFA token. Use
   * our widget to make it even easier (we do all the heavy lifting for you).
   * Whose words: message: Belvo's published text; advice to the integrator: Belvo's published text.
   * HTTP: 400.
   */
  readonly login_error: "login_error";
  /**
   * This error occurs when we (Belvo) have encountered an internal system error (sorry about that)
   * or due to an unsupported response from the institution.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: Belvo is unable to process the request due to an internal system issue or to an
   * unsupported response from an institution
   * Advice to the integrator: We recommend that you retry making your original request a maximum of
   * three times, in case that the issue is intermittent.
   * User message: There was an error linking your account. Please try again, and if the problem
   * persists, we will try to fix it as soon as possible.
   * Whose words: description: Belvo's published text; message: Belvo's published text; user
   * message: Belvo's published text; translated user messages: Belvo's published text; advice to
   * the integrator: Belvo's published text; translated advice to the integrator: Belvo's published
   * text.
   * HTTP: 500.
   */
  readonly unexpected_error: "unexpected_error";
  /**
   * This error occurs when Belvo was unable to automatically activate the internet banking access
   * for the user due to missing information (for example, the 🇲🇽 CVV or 🇲🇽 NIP were missing or
   * incorrectly provided).
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Message: The credentials provided were not accepted by the institution. Please verify CVV and
   * PIN are correct.
   * Advice to the integrator: Ask the user to first activate their internet banking access (either
   * by contacting the bank directly or attempting to log in to their internet banking account) and
   * then ask them to connect their account again.
   * Whose words: description: Belvo's published text; message: Belvo's published text; advice to
   * the integrator: Belvo's published text; translated advice to the integrator: Belvo's published
   * text.
   * HTTP: 400.
   */
  readonly activation_failed: "activation_failed";
  /**
   * This error occurs when the institution's website that you're trying to access is down due to
   * maintenance or other issues, which means Belvo is unable to create new links or retrieve new
   * data.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Message: The financial institution is down, try again later
   * Advice to the integrator: You can retry accessing the institution later. Make sure to subscribe
   * to our Institutions Status Page to know as soon as an institution is unavailable.
   * User message: The institution you tried to access is temporarily unavailable. Please come back
   * in a bit and we will be able to process your request
   * Whose words: description: Belvo's published text; message: Belvo's published text; user
   * message: Belvo's published text; translated user messages: Belvo's published text; advice to
   * the integrator: Belvo's published text.
   * HTTP: 400.
   */
  readonly institution_down: "institution_down";
  /**
   * You are trying to register a bank account providing a value that is already linked to a bank
   * account registered in Belvo.
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Make a Get all bank accounts request to receive a list of all the
   * bank accounts you have registered, filtering the results by the last four bank account digits
   * to get the details.
   * Whose words: description: Belvo's published text; advice to the integrator: Belvo's published
   * text.
   * HTTP: 400.
   */
  readonly already_exists: "already_exists";
  /**
   * This customer is already registered
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Belvo's published text.
   * HTTP: 400.
   */
  readonly already_registered: "already_registered";
  /**
   * Payment Intent cannot be canceled because it is not SCHEDULED
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Belvo's published text.
   * HTTP: 400.
   */
  readonly cancellation_error: "cancellation_error";
  /**
   * You sent a request where you provided a value that doesn't exist in the Belvo database.
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Check the error message to see in which field you provided an
   * incorrect value.
   * Whose words: description: Belvo's published text; advice to the integrator: Belvo's published
   * text.
   * HTTP: 400.
   */
  readonly does_not_exist: "does_not_exist";
  /**
   * You tried to create a link that has already been associated with your account.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Link already exists
   * Advice to the integrator: Query your database to find the institution_user_id and check whether
   * the link associated link id is still valid using the Get a link's details request. If the
   * status is not valid, then prompt your user to update their credentials by using the the Belvo
   * widget in update mode.
   * Whose words: description: Belvo's published text; message: Belvo's published text; advice to
   * the integrator: Belvo's published text.
   * HTTP: 400.
   */
  readonly duplicated: "duplicated";
  /**
   * You made a request without providing data in a required field.
   * Category: integration_error (Integration error); retryable: no.
   * Message: This field may not be null.
   * Advice to the integrator: Check the error message to see which field you need to provide. If
   * you're not sure what information to provide or the format, just check our API reference
   * documentation.
   * Whose words: description: Belvo's published text; message: Belvo's published text; advice to
   * the integrator: Belvo's published text.
   * HTTP: 400.
   */
  readonly null: "null";
  /**
   * This error occurs when we (Belvo) have deactivated the institution in our API.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Message: The institution has been temporarily deactivated
   * Advice to the integrator: You can retry later, once Belvo has reactivated the institution.
   * Whose words: description: Belvo's published text; message: Belvo's published text; advice to
   * the integrator: Belvo's published text.
   * HTTP: 400.
   */
  readonly institution_inactive: "institution_inactive";
  /**
   * This error occurs when the institution's website that you're trying to access is down due to
   * maintenance or other issues, which means Belvo is unable to create new links or retrieve new
   * data.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Message: The financial institution is unavailable
   * Advice to the integrator: You can retry accessing the institution later. Make sure to subscribe
   * to our Institutions Status Page to know as soon as an institution is unavailable.
   * User message: The institution you tried to access is temporarily unavailable. Please come back
   * in a bit and we will be able to process your request.
   * Whose words: description: Belvo's published text; message: Belvo's published text; user
   * message: Belvo's published text; translated user messages: Belvo's published text; advice to
   * the integrator: Belvo's published text.
   * HTTP: 400.
   */
  readonly institution_unavailable: "institution_unavailable";
  /**
   * You sent a request where you provided a value in an invalid format.
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Check the error message to see which field is invalid and why. Then,
   * if you need more information, check our API docs to know what the valid format for the field
   * is.
   * Whose words: description: Belvo's published text; advice to the integrator: Belvo's published
   * text.
   * HTTP: 400.
   */
  readonly invalid: "invalid";
  /**
   * You made a request where in one of the fields you provided a value that wasn't valid (for
   * example, it may only accept certain strings, much like an enum).
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Check the error message to see in which field you provided an
   * incorrect value. Then check our documentation to see what value you should provide for this
   * field.
   * Whose words: description: Belvo's published text; advice to the integrator: Belvo's published
   * text.
   * HTTP: 400.
   */
  readonly invalid_choice: "invalid_choice";
  /**
   * You made a request where for a recurrent link you set the credentials_storage parameter to
   * nostore or to a date range between 1d to 365d.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Recurrent links must store the credentials
   * Advice to the integrator: If you want to create a recurrent link, change the value of
   * credentials_storage to store.
   * Whose words: description: Belvo's published text; message: Belvo's published text; advice to
   * the integrator: Belvo's published text.
   * HTTP: 400.
   */
  readonly invalid_credentials_storage: "invalid_credentials_storage";
  /**
   * Single links without stored credentials must fetch resources
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: List the resources you want to retrieve in the fetch_resources
   * parameter.
   * Whose words: message: Belvo's published text; advice to the integrator: Belvo's published text.
   * HTTP: 400.
   */
  readonly invalid_fetch_resources: "invalid_fetch_resources";
  /**
   * This error occurs when you try to update a link from single to recurrent, but there are no
   * login credentials stored for the user.
   * Category: integration_error (Integration error); retryable: no.
   * Message: This link doesn't have stored credentials hence it can't be switched to recurrent
   * mode"
   * Whose words: description: Belvo's published text; message: Belvo's published text.
   * HTTP: 400.
   */
  readonly invalid_access_mode_switch: "invalid_access_mode_switch";
  /**
   * This error when you try to access an account but the user credentials are no longer valid,
   * prompting an error from the institution.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Message: The link has been invalidated. You may need to update link credentials
   * Advice to the integrator: Ask your user to provide their updated credentials. To make things
   * easier, we highly recommend you use our Widget in Update Mode.
   * Whose words: description: Belvo's published text; message: Belvo's published text; advice to
   * the integrator: Belvo's published text.
   * HTTP: 400.
   */
  readonly invalid_link: "invalid_link";
  /**
   * This error occurs when you request incomes for a link within a given date range, however, the
   * period between date_from and date_to is less than 90 days.
   * Category: integration_error (Integration error); retryable: no.
   * Message: The number of days between date_from and date_to must be at least 90 days
   * Advice to the integrator: Make sure that the period between date_from and date_to is equal to
   * or greater than 90 days.
   * Whose words: description: Belvo's published text; message: Belvo's published text; advice to
   * the integrator: Belvo's published text.
   * HTTP: 400.
   */
  readonly invalid_period: "invalid_period";
  /**
   * You sent a request with the wrong amount format.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Ensure that there are no more than 12 digits in total.
   * Advice to the integrator: Check the error message to see why the amount format is invalid. If
   * you're not sure what information to provide or the format, just check our API reference
   * documentation to know what the valid format for the field is.
   * Whose words: description: Belvo's published text; message: Belvo's published text; advice to
   * the integrator: Belvo's published text.
   * HTTP: 400.
   */
  readonly max_digits: "max_digits";
  /**
   * You sent a request with the wrong amount format.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Ensure that there are no more than 2 decimal places.
   * Advice to the integrator: Check the error message to see why the amount format is invalid. If
   * you're not sure what information to provide or the format, just check our API reference
   * documentation to know what the valid format for the field is.
   * Whose words: description: Belvo's published text; message: Belvo's published text; advice to
   * the integrator: Belvo's published text.
   * HTTP: 400.
   */
  readonly max_decimal_places: "max_decimal_places";
  /**
   * You sent a request with the wrong amount format.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Ensure this value is greater than or equal to 0.01.
   * Advice to the integrator: Check the error message to see why the amount format is invalid. If
   * you're not sure what information to provide or the format, just check our API reference
   * documentation to know what the valid format for the field is.
   * Whose words: description: Belvo's published text; message: Belvo's published text; advice to
   * the integrator: Belvo's published text.
   * HTTP: 400.
   */
  readonly min_value: "min_value";
  /**
   * You sent a request where instead of sending an array of data, you sent through just a list.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Expected a list but got type "str".
   * Advice to the integrator: Check your JSON request and consult our documentation to see which
   * field should be an array.
   * Whose words: description: Belvo's published text; message: Belvo's published text; advice to
   * the integrator: Belvo's published text.
   * HTTP: 400.
   */
  readonly not_a_list: "not_a_list";
  /**
   * You sent a request with invalid JSON.
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Check the JSON payload (perhaps you're just missing a comma or
   * quotation mark) and try again.
   * Whose words: description: Belvo's published text; advice to the integrator: Belvo's published
   * text.
   * HTTP: 400.
   */
  readonly parse_error: "parse_error";
  /**
   * This error occurs when you try to resume a request session that has already expired. This is
   * usually because the user took too long to provide their authentication token.
   * Category: session_expired (Session expired); retryable: no.
   * Message: The session you are trying to resume has expired, please start again from
   * register/retrieve endpoint
   * Advice to the integrator: Unfortunately, you'll need to start the entire login process with
   * your user again.
   * User message: Please try again to link your account as the session with this institution just
   * expired
   * Whose words: description: Belvo's published text; message: Belvo's published text; user
   * message: Belvo's published text; translated user messages: Belvo's published text; advice to
   * the integrator: Belvo's published text.
   * HTTP: 400.
   */
  readonly session_expired: "session_expired";
  /**
   * The widget's session expired before the end user went on to their institution, or the widget
   * was opened with an access token made for another user.
   * Category: session_expired (Session expired); retryable: no.
   * Advice to the integrator: Unfortunately, you'll need to start the widget process with your user
   * again.
   * User message: Your connection session expired, please refresh the page to try again to link
   * your account
   * Whose words: description: bankcodes' wording; user message: Belvo's published text; translated
   * user messages: Belvo's published text; advice to the integrator: Belvo's published text.
   * HTTP: 400.
   */
  readonly session_expired_ob: "session_expired_ob";
  /**
   * A user is attempting to log in to their institution via Belvo while also already being logged
   * in to their institution on a web browser or mobile app.
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Message: Impossible to login, a session is already opened with the institution for these
   * credentials
   * Advice to the integrator: Waiting 120 seconds and retrying your request, ensuring that Belvo
   * has finished the data scraping process.
   * User message: It seems you are logged in to your account with another device. This institution
   * only allows one logged in session at a time. Log out and try linking your account again.
   * Whose words: description: Belvo's published text; message: Belvo's published text; user
   * message: Belvo's published text; translated user messages: Belvo's published text; advice to
   * the integrator: Belvo's published text.
   * HTTP: 400.
   */
  readonly too_many_sessions: "too_many_sessions";
  /**
   * This error occurs when your request was correctly formed and sent, however, the institution did
   * not return any data for your request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: The institution did not return any data for the request.
   * Advice to the integrator: We recommend first checking our Institution Status Page to see if
   * there is any incident with the institution that is prohibiting data extraction. If no incidents
   * are active for the institution, you can retry the request. If you keep getting this error,
   * contact our support team, making sure to include the request_id that you receive in the
   * message.
   * Whose words: description: Belvo's published text; message: Belvo's published text; advice to
   * the integrator: Belvo's published text.
   * HTTP: 400.
   */
  readonly unavailable_data: "unavailable_data";
  /**
   * This error occurs when you try to access a link that was paused previously (and as such is not
   * active now).
   * Category: mfa_required (MFA required); retryable: no.
   * Message: The link creation has not been completed yet
   * Advice to the integrator: Ask your user to provide an MFA token through our widget in update
   * mode to complete a first login. After the user successfully completes the process, you will be
   * able to retrieve data.
   * Whose words: description: Belvo's published text; message: Belvo's published text; advice to
   * the integrator: Belvo's published text.
   * HTTP: 400.
   */
  readonly unconfirmed_link: "unconfirmed_link";
  /**
   * You try to access some data operation that Belvo does not support for an institution.
   * Category: integration_error (Integration error); retryable: no.
   * Message: The resource you are trying to access is not supported by this institution
   * User message: There was an error with your request. Please try again, and if the problem
   * persists, we will try to fix it as soon as possible
   * Whose words: description: Belvo's published text; message: Belvo's published text; user
   * message: Belvo's published text; translated user messages: Belvo's published text.
   * HTTP: 400.
   */
  readonly unsupported_operation: "unsupported_operation";
  /**
   * The credentials provided did not match the expected fields, leading to a field validation error
   * from the institution.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Bad request
   * Advice to the integrator: Get the details for the institution using our Institutions endpoint
   * and check the form_fields object for information on what fields need to be provided and their
   * format.
   * Whose words: description: Belvo's published text; message: Belvo's published text; advice to
   * the integrator: Belvo's published text.
   * HTTP: 400.
   */
  readonly validation_error: "validation_error";
  /**
   * This error occurs when you try to make an API call using incorrect Belvo API credentials
   * (either your secret key or secret password, or both, are incorrect).
   * Category: integration_error (Integration error); retryable: no.
   * Message: Invalid Secret Keys
   * Advice to the integrator: Check the credentials that you are using against the ones in your
   * dashboard. Perhaps you're using your sandbox credentials to access production data (or vice
   * versa).
   * Whose words: description: Belvo's published text; message: Belvo's published text; advice to
   * the integrator: Belvo's published text.
   * HTTP: 401.
   */
  readonly authentication_failed: "authentication_failed";
  /**
   * This error occurs when your user has removed accounts associated with the consent they
   * provided.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Message: Information cannot be retrieved as the consent has no associated accounts
   * Advice to the integrator: Reach out to your user to confirm whether they have removed their
   * account and ask them to generate a new consent at their current institution.
   * Whose words: description: Belvo's published text; message: Belvo's published text; advice to
   * the integrator: Belvo's published text.
   * HTTP: 401.
   */
  readonly consent_without_accounts: "consent_without_accounts";
  /**
   * This error occurs when you try to access Belvo's production environment without the correct
   * permissions.
   * Category: integration_error (Integration error); retryable: no.
   * Message: You don’t have access to production API.
   * Advice to the integrator: Contact our sales team to request access to production environment.
   * Whose words: description: Belvo's published text; message: Belvo's published text; advice to
   * the integrator: Belvo's published text.
   * HTTP: 403.
   */
  readonly access_to_production_denied: "access_to_production_denied";
  /**
   * This error occurs when you try to access a Belvo's resource without the correct permissions.
   * Category: integration_error (Integration error); retryable: no.
   * Message: You don't have access to this resource.
   * Advice to the integrator: Contact our sales team to request access to this resource.
   * Whose words: description: Belvo's published text; message: Belvo's published text; advice to
   * the integrator: Belvo's published text.
   * HTTP: 403.
   */
  readonly access_to_resource_denied: "access_to_resource_denied";
  /**
   * This error occurs when we (Belvo) are forbidden to access a certain resource in the
   * institution, or you have exceeded your request limit.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Advice to the integrator: If you were able to access this resource previously, retry later. We
   * (Belvo) actively monitor these errors and assign engineers to correct the situation as soon as
   * possible.
   * Whose words: description: Belvo's published text; advice to the integrator: Belvo's published
   * text.
   * HTTP: 403.
   */
  readonly permission_denied: "permission_denied";
  /**
   * This error occurs when you have exceeded the Link limit in the development environment.
   * Category: integration_error (Integration error); retryable: no.
   * Message: The quota limit has been reached.
   * Advice to the integrator: To keep using the development environment, you need to delete enough
   * Links to be below the environment's limit.
   * Whose words: description: Belvo's published text; message: Belvo's published text; advice to
   * the integrator: Belvo's published text.
   * HTTP: 403.
   */
  readonly quota_limit_reached: "quota_limit_reached";
  /**
   * Not found.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Belvo's published text.
   * HTTP: 404.
   */
  readonly not_found: "not_found";
  /**
   * The credentials of this link have expired
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Advice to the integrator: In the case where the link was created with the credentials_storage
   * was set to no_store or 30d, you'll need to ask the user to re-connect their account.
   * Whose words: message: Belvo's published text; advice to the integrator: Belvo's published text.
   * HTTP: 404.
   */
  readonly expired_credentials: "expired_credentials";
  /**
   * This error occurs when you try to use an API method that is not allowed for the given resource
   * (for example, a PATCH request for Fiscal endpoints).
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Double check what methods are allowed for the given resource in our
   * API Reference Documentation.
   * Whose words: description: Belvo's published text; advice to the integrator: Belvo's published
   * text.
   * HTTP: 405.
   */
  readonly method_not_allowed: "method_not_allowed";
  /**
   * Belvo has a limit regarding the time it takes to log in, retrieve account data, and log out,
   * which is set to five (5) minutes. A timeout occurs when there is a very large amount of data
   * and everything could not be obtained within the allotted time.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: The request timed out, you can retry asking for less data by changing your query
   * parameters
   * Advice to the integrator: When a timeout occurs, our API still saves as much data as it could
   * retrieve. So, you can try making the same request again and recover all the data successfully.
   * User message: The response took too long and the connection could not be established
   * successfully. Please try again in a few minutes.
   * Whose words: description: Belvo's published text; message: Belvo's published text; user
   * message: Belvo's published text; translated user messages: Belvo's published text; advice to
   * the integrator: Belvo's published text.
   * HTTP: 408.
   */
  readonly request_timeout: "request_timeout";
  /**
   * This error occurs when the user has not activated their internet banking access.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Message: This user doesn't have web access activated yet.
   * Advice to the integrator: Ask the user to first activate their internet banking access and then
   * ask them to connect their account again.
   * Whose words: description: Belvo's published text; message: Belvo's published text; advice to
   * the integrator: Belvo's published text.
   * HTTP: 428.
   */
  readonly activation_required: "activation_required";
  /**
   * This error occurs when the institution requires MFA to log in.
   * Category: mfa_required (MFA required); retryable: no.
   * Message: A MFA token is required by the institution to login
   * Advice to the integrator: See our article on how to handle MFA. However, we highly recommend
   * you use our Connect Widget as we'll handle these types of errors for you and walk your user
   * through the steps to provide their authentication token.
   * User message: It looks like the token has expired, generate a new one and try again.
   * Whose words: description: Belvo's published text; message: Belvo's published text; user
   * message: Belvo's published text; translated user messages: Belvo's published text; advice to
   * the integrator: Belvo's published text.
   * HTTP: 428.
   */
  readonly token_required: "token_required";
  /**
   * This error occurs when we (Belvo) have encountered an internal system error (sorry about that).
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: Belvo is unable to process the request due to an internal system issue or to an
   * unsupported response from an institution
   * Advice to the integrator: You can retry later. If you keep getting this error, contact our
   * support team, making sure to include the request_id that you receive in the message.
   * Whose words: description: Belvo's published text; message: Belvo's published text; advice to
   * the integrator: Belvo's published text.
   * HTTP: 500.
   */
  readonly service_unavailable: "service_unavailable";
} = /* @__PURE__ */ membersOf(BelvoErrorCodeCategories, BelvoErrorCodeAliases);
export type BelvoErrorCode = (typeof BelvoErrorCode)[keyof typeof BelvoErrorCode];
/** A BelvoErrorCode as read from the wire: a known value or any other string. */
export type BelvoErrorCodeOrUnknown = BelvoErrorCode | (string & {});
/** The catalog's metadata of every BelvoErrorCode value. */
export const BelvoErrorCodeInfo: { readonly [V in BelvoErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/belvo/error_code",
  {
    required: {
      description: "You sent a request without a required field.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "belvo-openapi-error-handling",
        "belvo-api-errors-page",
        "belvo-api-errors-readme",
        "belvo-api-errors-es",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: {
          by: "provider",
          sources: [
            "belvo-openapi-error-handling",
            "belvo-api-errors-page",
            "belvo-api-errors-readme",
          ],
        },
        messageTranslations: { by: "provider", sources: ["belvo-api-errors-es"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "This field is required.",
      advice: "Check the error message to see which field you need to provide. If you're not sure what information to provide or the format, just check our API reference documentation.",
      messageTranslations: { es: "Este campo es requerido." },
      userMessage: null,
      aliases: [],
    },
    login_error: {
      description: "Invalid credentials provided to login to the institution",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["belvo-webhook-links", "belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["belvo-webhook-links", "belvo-api-errors-readme"],
        },
        message: { by: "provider", sources: ["belvo-webhook-links", "belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "Invalid credentials provided to login to the institution",
      advice: "Ask your user to provide their correct credentials or MFA token. Use our widget to make it even easier (we do all the heavy lifting for you).",
      userMessage: null,
      aliases: [],
    },
    unexpected_error: {
      description: "This error occurs when we (Belvo) have encountered an internal system error (sorry about that) or due to an unsupported response from the institution.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: [
        "belvo-support-errors-pt",
        "belvo-support-errors-pt-actions",
        "belvo-api-errors-readme",
        "belvo-openapi-50x-errors",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: {
          by: "provider",
          sources: ["belvo-support-errors-pt", "belvo-api-errors-readme"],
        },
        userMessage: { by: "provider", sources: ["belvo-api-errors-readme"] },
        userMessageTranslations: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
        adviceTranslations: {
          by: "provider",
          sources: ["belvo-support-errors-pt", "belvo-support-errors-pt-actions"],
        },
      },
      message: "Belvo is unable to process the request due to an internal system issue or to an unsupported response from an institution",
      advice: "We recommend that you retry making your original request a maximum of three times, in case that the issue is intermittent.",
      adviceTranslations: {
        "pt-BR": "Recomendamos repetir a chamada máxima 3 vezes caso o detalhe seja intermitente. Realizando a mesma operação e recebendo um terceiro erro 500, informe a Belvo com o request_id.",
      },
      userMessage: "There was an error linking your account. Please try again, and if the problem persists, we will try to fix it as soon as possible.",
      userMessageTranslations: {
        es: "Hemos tenido un error vinculando tu cuenta. Por favor, inténtalo de nuevo y si el problema persiste, lo arreglaremos lo más pronto posible",
        pt: "Ocorreu um erro ao vincular sua conta. Tente novamente e, se o problema persistir, o corrigiremos o mais breve possível",
      },
      aliases: [],
      maxAttempts: 3,
      factSources: { max_attempts: ["belvo-api-errors-readme", "belvo-support-errors-pt"] },
    },
    activation_failed: {
      description: "This error occurs when Belvo was unable to automatically activate the internet banking access for the user due to missing information (for example, the 🇲🇽 CVV or 🇲🇽 NIP were missing or incorrectly provided).",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: [
        "belvo-support-errors-pt",
        "belvo-support-errors-pt-actions",
        "belvo-api-errors-readme",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: {
          by: "provider",
          sources: ["belvo-support-errors-pt", "belvo-support-errors-pt-actions"],
        },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
        adviceTranslations: { by: "provider", sources: ["belvo-support-errors-pt-actions"] },
      },
      message: "The credentials provided were not accepted by the institution. Please verify CVV and PIN are correct.",
      advice: "Ask the user to first activate their internet banking access (either by contacting the bank directly or attempting to log in to their internet banking account) and then ask them to connect their account again.",
      adviceTranslations: {
        "pt-BR": "É necessário que o usuário final entre em contato com seu banco para ativar seu banco online. O processo de ativação do banco online varia de acordo com a instituição. O site do banco deve indicar os passos a seguir. Depois de ativar seu banco online, o usuário final poderá criar um link com o Belvo com as mesmas credenciais. *É importante observar que uma conta no APP da instituição é diferente de um banco online da instituição.",
      },
      userMessage: null,
      aliases: [],
    },
    institution_down: {
      description: "This error occurs when the institution's website that you're trying to access is down due to maintenance or other issues, which means Belvo is unable to create new links or retrieve new data.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: [
        "belvo-support-errors-pt",
        "belvo-openapi-errors-40x-es",
        "belvo-api-errors-readme",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: { by: "provider", sources: ["belvo-api-errors-readme"] },
        userMessage: { by: "provider", sources: ["belvo-api-errors-readme"] },
        userMessageTranslations: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "The financial institution is down, try again later",
      advice: "You can retry accessing the institution later. Make sure to subscribe to our Institutions Status Page to know as soon as an institution is unavailable.",
      userMessage: "The institution you tried to access is temporarily unavailable. Please come back in a bit and we will be able to process your request",
      userMessageTranslations: {
        es: "Esta institución está temporalmente inaccesible. Por favor, inténtalo de nuevo más tarde y podremos procesar tu petición",
        pt: "Esta instituição está temporariamente inacessível. Tente novamente mais tarde e poderemos processar sua solicitação",
      },
      aliases: [],
    },
    already_exists: {
      description: "You are trying to register a bank account providing a value that is already linked to a bank account registered in Belvo.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: null,
      advice: "Make a Get all bank accounts request to receive a list of all the bank accounts you have registered, filtering the results by the last four bank account digits to get the details.",
      userMessage: null,
      aliases: [],
    },
    already_registered: {
      description: "This customer is already registered",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["belvo-openapi-konfig"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-openapi-konfig"] },
        message: { by: "provider", sources: ["belvo-openapi-konfig"] },
      },
      message: "This customer is already registered",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    cancellation_error: {
      description: "Payment Intent cannot be canceled because it is not SCHEDULED",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "Payment Intent cannot be canceled because it is not SCHEDULED",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    does_not_exist: {
      description: "You sent a request where you provided a value that doesn't exist in the Belvo database.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: null,
      advice: "Check the error message to see in which field you provided an incorrect value.",
      userMessage: null,
      aliases: [],
    },
    duplicated: {
      description: "You tried to create a link that has already been associated with your account.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "Link already exists",
      advice: "Query your database to find the institution_user_id and check whether the link associated link id is still valid using the Get a link's details request. If the status is not valid, then prompt your user to update their credentials by using the the Belvo widget in update mode.",
      userMessage: null,
      aliases: [],
    },
    null: {
      description: "You made a request without providing data in a required field.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["belvo-api-errors-readme", "belvo-openapi-konfig"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "This field may not be null.",
      advice: "Check the error message to see which field you need to provide. If you're not sure what information to provide or the format, just check our API reference documentation.",
      userMessage: null,
      aliases: [],
    },
    institution_inactive: {
      description: "This error occurs when we (Belvo) have deactivated the institution in our API.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "The institution has been temporarily deactivated",
      advice: "You can retry later, once Belvo has reactivated the institution.",
      userMessage: null,
      aliases: [],
    },
    institution_unavailable: {
      description: "This error occurs when the institution's website that you're trying to access is down due to maintenance or other issues, which means Belvo is unable to create new links or retrieve new data.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: { by: "provider", sources: ["belvo-api-errors-readme"] },
        userMessage: { by: "provider", sources: ["belvo-api-errors-readme"] },
        userMessageTranslations: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "The financial institution is unavailable",
      advice: "You can retry accessing the institution later. Make sure to subscribe to our Institutions Status Page to know as soon as an institution is unavailable.",
      userMessage: "The institution you tried to access is temporarily unavailable. Please come back in a bit and we will be able to process your request.",
      userMessageTranslations: {
        es: "Esta institución está temporalmente inaccesible. Por favor, inténtalo de nuevo más tarde y podremos procesar tu petición",
        pt: "O serviço está temporariamente inacessível. Tente novamente mais tarde e poderemos processar sua solicitação",
      },
      aliases: [],
    },
    invalid: {
      description: "You sent a request where you provided a value in an invalid format.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: null,
      advice: "Check the error message to see which field is invalid and why. Then, if you need more information, check our API docs to know what the valid format for the field is.",
      userMessage: null,
      aliases: [],
    },
    invalid_choice: {
      description: "You made a request where in one of the fields you provided a value that wasn't valid (for example, it may only accept certain strings, much like an enum).",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: null,
      advice: "Check the error message to see in which field you provided an incorrect value. Then check our documentation to see what value you should provide for this field.",
      userMessage: null,
      aliases: [],
    },
    invalid_credentials_storage: {
      description: "You made a request where for a recurrent link you set the credentials_storage parameter to nostore or to a date range between 1d to 365d.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "Recurrent links must store the credentials",
      advice: "If you want to create a recurrent link, change the value of credentials_storage to store.",
      userMessage: null,
      aliases: [],
    },
    invalid_fetch_resources: {
      description: "Single links without stored credentials must fetch resources",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "Single links without stored credentials must fetch resources",
      advice: "List the resources you want to retrieve in the fetch_resources parameter.",
      userMessage: null,
      aliases: [],
    },
    invalid_access_mode_switch: {
      description: "This error occurs when you try to update a link from single to recurrent, but there are no login credentials stored for the user.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["belvo-openapi-konfig"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-openapi-konfig"] },
        message: { by: "provider", sources: ["belvo-openapi-konfig"] },
      },
      message: "This link doesn't have stored credentials hence it can't be switched to recurrent mode\"",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_link: {
      description: "This error when you try to access an account but the user credentials are no longer valid, prompting an error from the institution.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "The link has been invalidated. You may need to update link credentials",
      advice: "Ask your user to provide their updated credentials. To make things easier, we highly recommend you use our Widget in Update Mode.",
      userMessage: null,
      aliases: [],
    },
    invalid_period: {
      description: "This error occurs when you request incomes for a link within a given date range, however, the period between date_from and date_to is less than 90 days.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "The number of days between date_from and date_to must be at least 90 days",
      advice: "Make sure that the period between date_from and date_to is equal to or greater than 90 days.",
      userMessage: null,
      aliases: [],
    },
    max_digits: {
      description: "You sent a request with the wrong amount format.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "Ensure that there are no more than 12 digits in total.",
      advice: "Check the error message to see why the amount format is invalid. If you're not sure what information to provide or the format, just check our API reference documentation to know what the valid format for the field is.",
      userMessage: null,
      aliases: [],
    },
    max_decimal_places: {
      description: "You sent a request with the wrong amount format.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "Ensure that there are no more than 2 decimal places.",
      advice: "Check the error message to see why the amount format is invalid. If you're not sure what information to provide or the format, just check our API reference documentation to know what the valid format for the field is.",
      userMessage: null,
      aliases: [],
    },
    min_value: {
      description: "You sent a request with the wrong amount format.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "Ensure this value is greater than or equal to 0.01.",
      advice: "Check the error message to see why the amount format is invalid. If you're not sure what information to provide or the format, just check our API reference documentation to know what the valid format for the field is.",
      userMessage: null,
      aliases: [],
    },
    not_a_list: {
      description: "You sent a request where instead of sending an array of data, you sent through just a list.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "Expected a list but got type \"str\".",
      advice: "Check your JSON request and consult our documentation to see which field should be an array.",
      userMessage: null,
      aliases: [],
    },
    parse_error: {
      description: "You sent a request with invalid JSON.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: null,
      advice: "Check the JSON payload (perhaps you're just missing a comma or quotation mark) and try again.",
      userMessage: null,
      aliases: [],
    },
    session_expired: {
      description: "This error occurs when you try to resume a request session that has already expired. This is usually because the user took too long to provide their authentication token.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: { by: "provider", sources: ["belvo-api-errors-readme"] },
        userMessage: { by: "provider", sources: ["belvo-api-errors-readme"] },
        userMessageTranslations: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "The session you are trying to resume has expired, please start again from register/retrieve endpoint",
      advice: "Unfortunately, you'll need to start the entire login process with your user again.",
      userMessage: "Please try again to link your account as the session with this institution just expired",
      userMessageTranslations: {
        es: "Por favor, ingresa de nuevo tus credenciales ya que la sesión con esta institución ha expirado",
        pt: "A sessão com essa instituição expirou. Por favor, digite suas credenciais novamente",
      },
      aliases: [],
    },
    session_expired_ob: {
      description: "The widget's session expired before the end user went on to their institution, or the widget was opened with an access token made for another user.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        userMessage: { by: "provider", sources: ["belvo-api-errors-readme"] },
        userMessageTranslations: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: null,
      advice: "Unfortunately, you'll need to start the widget process with your user again.",
      userMessage: "Your connection session expired, please refresh the page to try again to link your account",
      userMessageTranslations: {
        pt: "Sua sessão expirou, atualize a página e tente vincular sua conta novamente.",
      },
      aliases: [],
    },
    too_many_sessions: {
      description: "A user is attempting to log in to their institution via Belvo while also already being logged in to their institution on a web browser or mobile app.",
      category: "concurrent_operation",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["belvo-api-errors-readme", "belvo-openapi-errors-40x-es"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: { by: "provider", sources: ["belvo-api-errors-readme"] },
        userMessage: { by: "provider", sources: ["belvo-api-errors-readme"] },
        userMessageTranslations: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "Impossible to login, a session is already opened with the institution for these credentials",
      advice: "Waiting 120 seconds and retrying your request, ensuring that Belvo has finished the data scraping process.",
      userMessage: "It seems you are logged in to your account with another device. This institution only allows one logged in session at a time. Log out and try linking your account again.",
      userMessageTranslations: {
        es: "Parece que ya hay una sesión abierta en esta institución con tu usuario. Esta institución solo permite una sesión abierta a la vez.",
        pt: "Parece que já existe uma sessão aberta nesta instituição com seu usuário. Esta instituição permite apenas uma sessão aberta por vez",
      },
      aliases: [],
      waitSeconds: 120,
      factSources: { wait_seconds: ["belvo-api-errors-readme"] },
    },
    unavailable_data: {
      description: "This error occurs when your request was correctly formed and sent, however, the institution did not return any data for your request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "The institution did not return any data for the request.",
      advice: "We recommend first checking our Institution Status Page to see if there is any incident with the institution that is prohibiting data extraction. If no incidents are active for the institution, you can retry the request. If you keep getting this error, contact our support team, making sure to include the request_id that you receive in the message.",
      userMessage: null,
      aliases: [],
    },
    unconfirmed_link: {
      description: "This error occurs when you try to access a link that was paused previously (and as such is not active now).",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "The link creation has not been completed yet",
      advice: "Ask your user to provide an MFA token through our widget in update mode to complete a first login. After the user successfully completes the process, you will be able to retrieve data.",
      userMessage: null,
      aliases: [],
    },
    unsupported_operation: {
      description: "You try to access some data operation that Belvo does not support for an institution.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: { by: "provider", sources: ["belvo-api-errors-readme"] },
        userMessage: { by: "provider", sources: ["belvo-api-errors-readme"] },
        userMessageTranslations: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "The resource you are trying to access is not supported by this institution",
      advice: null,
      userMessage: "There was an error with your request. Please try again, and if the problem persists, we will try to fix it as soon as possible",
      userMessageTranslations: {
        es: "Hemos tenido un error con tu petición. Por favor, inténtalo de nuevo y si el problema persiste, lo arreglaremos lo más pronto posible",
        pt: "Ocorreu um erro com a sua solicitação. Tente novamente e, se o problema persistir, o corrigiremos o mais breve possível",
      },
      userMessageOffered: false,
      aliases: [],
    },
    validation_error: {
      description: "The credentials provided did not match the expected fields, leading to a field validation error from the institution.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "Bad request",
      advice: "Get the details for the institution using our Institutions endpoint and check the form_fields object for information on what fields need to be provided and their format.",
      userMessage: null,
      aliases: [],
    },
    authentication_failed: {
      description: "This error occurs when you try to make an API call using incorrect Belvo API credentials (either your secret key or secret password, or both, are incorrect).",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "Invalid Secret Keys",
      advice: "Check the credentials that you are using against the ones in your dashboard. Perhaps you're using your sandbox credentials to access production data (or vice versa).",
      userMessage: null,
      aliases: [],
    },
    consent_without_accounts: {
      description: "This error occurs when your user has removed accounts associated with the consent they provided.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [401],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "Information cannot be retrieved as the consent has no associated accounts",
      advice: "Reach out to your user to confirm whether they have removed their account and ask them to generate a new consent at their current institution.",
      userMessage: null,
      aliases: [],
    },
    access_to_production_denied: {
      description: "This error occurs when you try to access Belvo's production environment without the correct permissions.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "You don’t have access to production API.",
      advice: "Contact our sales team to request access to production environment.",
      userMessage: null,
      aliases: [],
    },
    access_to_resource_denied: {
      description: "This error occurs when you try to access a Belvo's resource without the correct permissions.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "You don't have access to this resource.",
      advice: "Contact our sales team to request access to this resource.",
      userMessage: null,
      aliases: [],
    },
    permission_denied: {
      description: "This error occurs when we (Belvo) are forbidden to access a certain resource in the institution, or you have exceeded your request limit.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [403],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: null,
      advice: "If you were able to access this resource previously, retry later. We (Belvo) actively monitor these errors and assign engineers to correct the situation as soon as possible.",
      userMessage: null,
      aliases: [],
      nextStep: "retry_later",
      factSources: { next_step: ["belvo-api-errors-readme"] },
    },
    quota_limit_reached: {
      description: "This error occurs when you have exceeded the Link limit in the development environment.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "The quota limit has been reached.",
      advice: "To keep using the development environment, you need to delete enough Links to be below the environment's limit.",
      userMessage: null,
      aliases: [],
    },
    not_found: {
      description: "Not found.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "Not found.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    expired_credentials: {
      description: "The credentials of this link have expired",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [404],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "The credentials of this link have expired",
      advice: "In the case where the link was created with the credentials_storage was set to no_store or 30d, you'll need to ask the user to re-connect their account.",
      userMessage: null,
      aliases: [],
    },
    method_not_allowed: {
      description: "This error occurs when you try to use an API method that is not allowed for the given resource (for example, a PATCH request for Fiscal endpoints).",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [405],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: null,
      advice: "Double check what methods are allowed for the given resource in our API Reference Documentation.",
      userMessage: null,
      aliases: [],
    },
    request_timeout: {
      description: "Belvo has a limit regarding the time it takes to log in, retrieve account data, and log out, which is set to five (5) minutes. A timeout occurs when there is a very large amount of data and everything could not be obtained within the allotted time.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [408],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: { by: "provider", sources: ["belvo-api-errors-readme"] },
        userMessage: { by: "provider", sources: ["belvo-api-errors-readme"] },
        userMessageTranslations: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "The request timed out, you can retry asking for less data by changing your query parameters",
      advice: "When a timeout occurs, our API still saves as much data as it could retrieve. So, you can try making the same request again and recover all the data successfully.",
      userMessage: "The response took too long and the connection could not be established successfully. Please try again in a few minutes.",
      userMessageTranslations: {
        es: "El tiempo de respuesta ha sido demasiado largo y la conexión no se ha podido establecer. Por favor, inténtalo de nuevo en unos minutos.",
        pt: "O tempo de resposta está demorando mais do que o normal e a conexão não pode ser estabelecida. Por favor, tente novamente em alguns minutos.",
      },
      aliases: [],
    },
    activation_required: {
      description: "This error occurs when the user has not activated their internet banking access.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [428],
      sources: ["belvo-api-errors-readme"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "This user doesn't have web access activated yet.",
      advice: "Ask the user to first activate their internet banking access and then ask them to connect their account again.",
      userMessage: null,
      aliases: [],
    },
    token_required: {
      description: "This error occurs when the institution requires MFA to log in.",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [428],
      sources: ["belvo-api-errors-readme", "belvo-openapi-konfig", "belvo-docs-handling-mfa"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: {
          by: "provider",
          sources: ["belvo-api-errors-readme", "belvo-openapi-konfig", "belvo-docs-handling-mfa"],
        },
        userMessage: { by: "provider", sources: ["belvo-api-errors-readme"] },
        userMessageTranslations: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "A MFA token is required by the institution to login",
      advice: "See our article on how to handle MFA. However, we highly recommend you use our Connect Widget as we'll handle these types of errors for you and walk your user through the steps to provide their authentication token.",
      userMessage: "It looks like the token has expired, generate a new one and try again.",
      userMessageTranslations: {
        es: "Es probable que el token haya caducado, genera uno nuevo y vuelve a intentarlo",
        pt: "É provável que o token tenha expirado, gere um novo e tente novamente",
      },
      userMessageOffered: false,
      aliases: [],
    },
    service_unavailable: {
      description: "This error occurs when we (Belvo) have encountered an internal system error (sorry about that).",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["belvo-api-errors-readme", "belvo-openapi-50x-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-api-errors-readme"] },
        message: { by: "provider", sources: ["belvo-api-errors-readme"] },
        advice: { by: "provider", sources: ["belvo-api-errors-readme"] },
      },
      message: "Belvo is unable to process the request due to an internal system issue or to an unsupported response from an institution",
      advice: "You can retry later. If you keep getting this error, contact our support team, making sure to include the request_id that you receive in the message.",
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BelvoErrorCode. */
export const isBelvoErrorCode = (value: unknown): value is BelvoErrorCode => isCodeOf(BelvoErrorCodeCategories, BelvoErrorCodeAliases, value);

/** Other wire spellings of BelvoLinkStatus values (alias -> value). */
export const BelvoLinkStatusAliases: { readonly [alias: string]: BelvoLinkStatus } = {
};
/** The category of every BelvoLinkStatus value and alias: all a listener needs to read one. */
export const BelvoLinkStatusCategories: { readonly [spelling: string]: Category } = {
  valid: "success",
  invalid: "reconnect_required",
  unconfirmed: "pending",
  token_required: "mfa_required",
};
/**
 * Link status: The current status of a link (Belvo's encrypted set of an end user's credentials to
 * one institution). Wire field: status (the Link object).
 */
export const BelvoLinkStatus: {
  /**
   * The link works: Belvo can use it to access the institution.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly valid: "valid";
  /**
   * The link no longer works with the credentials Belvo holds.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly invalid: "invalid";
  /**
   * The link's creation has not been confirmed.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly unconfirmed: "unconfirmed";
  /**
   * The institution requires a new MFA token for the link.
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly token_required: "token_required";
} = /* @__PURE__ */ membersOf(BelvoLinkStatusCategories, BelvoLinkStatusAliases);
export type BelvoLinkStatus = (typeof BelvoLinkStatus)[keyof typeof BelvoLinkStatus];
/** A BelvoLinkStatus as read from the wire: a known value or any other string. */
export type BelvoLinkStatusOrUnknown = BelvoLinkStatus | (string & {});
/** The catalog's metadata of every BelvoLinkStatus value. */
export const BelvoLinkStatusInfo: { readonly [V in BelvoLinkStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/belvo/link_status",
  {
    valid: {
      description: "The link works: Belvo can use it to access the institution.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-link-schema"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid: {
      description: "The link no longer works with the credentials Belvo holds.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["belvo-link-schema", "belvo-api-errors-readme"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    unconfirmed: {
      description: "The link's creation has not been confirmed.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-link-schema", "belvo-api-errors-readme"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    token_required: {
      description: "The institution requires a new MFA token for the link.",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["belvo-link-schema", "belvo-webhook-links"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BelvoLinkStatus. */
export const isBelvoLinkStatus = (value: unknown): value is BelvoLinkStatus => isCodeOf(BelvoLinkStatusCategories, BelvoLinkStatusAliases, value);

/** Other wire spellings of BelvoWebhookCode values (alias -> value). */
export const BelvoWebhookCodeAliases: { readonly [alias: string]: BelvoWebhookCode } = {
};
/** The category of every BelvoWebhookCode value and alias: all a listener needs to read one. */
export const BelvoWebhookCodeCategories: { readonly [spelling: string]: Category } = {
  historical_update: "informational",
  new_accounts_available: "informational",
  new_transactions_available: "informational",
  transactions_updated: "informational",
  transactions_deleted: "informational",
  invalid_credentials: "reconnect_required",
  token_required: "mfa_required",
  STATUS_UPDATE: "informational",
  OBJECT_CREATED: "informational",
  initial_inflow_update: "informational",
  initial_outflow_update: "informational",
  historical_inflow_update: "informational",
  historical_outflow_update: "informational",
  new_bills_available: "informational",
  new_owners_available: "informational",
  new_investments_available: "informational",
};
/**
 * Webhook code: The event a webhook reports, within its webhook_type. Wire field: webhook_code
 * (every webhook).
 */
export const BelvoWebhookCode: {
  /**
   * Belvo has loaded the historical data of a resource for a new link, ready to be retrieved.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly historical_update: "historical_update";
  /**
   * New accounts were found for the link since its last update.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly new_accounts_available: "new_accounts_available";
  /**
   * New transactions are available for a banking recurrent link.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly new_transactions_available: "new_transactions_available";
  /**
   * Transactions of the link were updated.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly transactions_updated: "transactions_updated";
  /**
   * Transactions of the link were deleted.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly transactions_deleted: "transactions_deleted";
  /**
   * The end user's credentials are no longer valid to update the recurrent link.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Advice to the integrator: Once you receive this notification, you can ask your user to update
   * their new password using the Connect widget in Update Mode.
   * Whose words: description: bankcodes' wording; advice to the integrator: Belvo's published text.
   */
  readonly invalid_credentials: "invalid_credentials";
  /**
   * The institution requires a new MFA token to keep refreshing the recurrent link.
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly token_required: "token_required";
  /**
   * The status of a payment object changed.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly STATUS_UPDATE: "STATUS_UPDATE";
  /**
   * A payment object was created (for BANK_ACCOUNTS: a new bank account).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly OBJECT_CREATED: "OBJECT_CREATED";
  /**
   * The last 30 days of INFLOW (received) invoices.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Belvo's published text.
   */
  readonly initial_inflow_update: "initial_inflow_update";
  /**
   * The last 30 days of OUTFLOW (sent) invoices.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Belvo's published text.
   */
  readonly initial_outflow_update: "initial_outflow_update";
  /**
   * The history of the invoices a fiscal link received is available.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly historical_inflow_update: "historical_inflow_update";
  /**
   * The history of the invoices a fiscal link sent is available.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly historical_outflow_update: "historical_outflow_update";
  /**
   * The number of new bills found in the institution since the last update.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Belvo's published text.
   */
  readonly new_bills_available: "new_bills_available";
  /**
   * The number of new owners found since the last update.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Belvo's published text.
   */
  readonly new_owners_available: "new_owners_available";
  /**
   * The number of new accounts found in the institution since the last update.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Belvo's published text.
   */
  readonly new_investments_available: "new_investments_available";
} = /* @__PURE__ */ membersOf(BelvoWebhookCodeCategories, BelvoWebhookCodeAliases);
export type BelvoWebhookCode = (typeof BelvoWebhookCode)[keyof typeof BelvoWebhookCode];
/** A BelvoWebhookCode as read from the wire: a known value or any other string. */
export type BelvoWebhookCodeOrUnknown = BelvoWebhookCode | (string & {});
/** The catalog's metadata of every BelvoWebhookCode value. */
export const BelvoWebhookCodeInfo: { readonly [V in BelvoWebhookCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/belvo/webhook_code",
  {
    historical_update: {
      description: "Belvo has loaded the historical data of a resource for a new link, ready to be retrieved.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "belvo-webhook-accounts",
        "belvo-webhook-transactions",
        "belvo-webhooks-aggregation",
        "belvo-webhook-owners",
        "belvo-webhook-bills",
        "belvo-webhook-recurring-expenses",
        "belvo-webhook-risk-insights",
        "belvo-webhook-incomes",
        "belvo-webhook-investments",
        "belvo-webhook-investment-transactions",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    new_accounts_available: {
      description: "New accounts were found for the link since its last update.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-webhook-accounts"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    new_transactions_available: {
      description: "New transactions are available for a banking recurrent link.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-webhook-transactions"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    transactions_updated: {
      description: "Transactions of the link were updated.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-webhooks-legacy"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    transactions_deleted: {
      description: "Transactions of the link were deleted.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-webhooks-legacy"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_credentials: {
      description: "The end user's credentials are no longer valid to update the recurrent link.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["belvo-webhook-links"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        advice: { by: "provider", sources: ["belvo-webhook-links"] },
      },
      message: null,
      advice: "Once you receive this notification, you can ask your user to update their new password using the Connect widget in Update Mode.",
      userMessage: null,
      aliases: [],
    },
    token_required: {
      description: "The institution requires a new MFA token to keep refreshing the recurrent link.",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["belvo-webhook-links"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    STATUS_UPDATE: {
      description: "The status of a payment object changed.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-payments-webhooks", "belvo-payments-webhooks-co"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    OBJECT_CREATED: {
      description: "A payment object was created (for BANK_ACCOUNTS: a new bank account).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-payments-webhooks-co"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    initial_inflow_update: {
      description: "The last 30 days of INFLOW (received) invoices.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "belvo-webhook-invoices",
        "belvo-webhook-invoices-historical",
        "belvo-webhook-invoices-sat-dian",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["belvo-webhook-invoices"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    initial_outflow_update: {
      description: "The last 30 days of OUTFLOW (sent) invoices.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "belvo-webhook-invoices",
        "belvo-webhook-invoices-historical",
        "belvo-webhook-invoices-sat-dian",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["belvo-webhook-invoices"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    historical_inflow_update: {
      description: "The history of the invoices a fiscal link received is available.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-webhook-invoices-historical", "belvo-webhook-invoices-sat-dian"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    historical_outflow_update: {
      description: "The history of the invoices a fiscal link sent is available.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-webhook-invoices-historical", "belvo-webhook-invoices-sat-dian"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    new_bills_available: {
      description: "The number of new bills found in the institution since the last update.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-webhook-bills"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["belvo-webhook-bills"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    new_owners_available: {
      description: "The number of new owners found since the last update.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-webhook-owners"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["belvo-webhook-owners"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    new_investments_available: {
      description: "The number of new accounts found in the institution since the last update.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-webhook-investments"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["belvo-webhook-investments"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BelvoWebhookCode. */
export const isBelvoWebhookCode = (value: unknown): value is BelvoWebhookCode => isCodeOf(BelvoWebhookCodeCategories, BelvoWebhookCodeAliases, value);

/** Other wire spellings of BelvoPaymentStatusReasonCode values (alias -> value). */
export const BelvoPaymentStatusReasonCodeAliases: { readonly [alias: string]: BelvoPaymentStatusReasonCode } = {
};
/** The category of every BelvoPaymentStatusReasonCode value and alias: all a listener needs to read one. */
export const BelvoPaymentStatusReasonCodeCategories: { readonly [spelling: string]: Category } = {
  ACCOUNT_NOT_ALLOWED: "rejected",
  AMOUNT_OVER_LIMIT: "rejected",
  AUTHORIZATION_EXPIRED: "session_expired",
  BANK_USER_MISMATCH: "rejected",
  BENEFICIARY_ACCOUNT_BLOCKED: "rejected",
  BENEFICIARY_ACCOUNT_CLOSED: "rejected",
  BENEFICIARY_ACCOUNT_ERROR: "generic_failure",
  BENEFICIARY_ACCOUNT_NUMBER_INVALID: "integration_error",
  BENEFICIARY_ACCOUNT_TYPE_INVALID: "integration_error",
  BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED: "rejected",
  BENEFICIARY_BANK_REJECTED_CHARGE: "rejected",
  BENEFICIARY_CANCELLED_RECURRING_PAYMENT: "cancelled",
};
/**
 * Payment status reason code (Payments Brazil, V2): Why a Payment Authorization or an associated
 * Charge (Payments Brazil, V2) changed status: status_reason_code, in upper case, sent with
 * status_reason_message (in English only). The copies read of Belvo's table end at or before
 * BENEFICIARY_CANCELLED_RECURRING_PAYMENT: later codes were not read, and read as unknown codes.
 * Wire field: status_reason_code (Payment Authorizations and Charges, V2).
 */
export const BelvoPaymentStatusReasonCode: {
  /**
   * The payer account does not allow payments.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: message: Belvo's published text.
   */
  readonly ACCOUNT_NOT_ALLOWED: "ACCOUNT_NOT_ALLOWED";
  /**
   * The amount exceeds the maximum limit for the account.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: message: Belvo's published text; translated messages: Belvo's published text.
   */
  readonly AMOUNT_OVER_LIMIT: "AMOUNT_OVER_LIMIT";
  /**
   * The Payment Authorization was not completed within the allowed period.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: message: Belvo's published text; translated messages: Belvo's published text.
   */
  readonly AUTHORIZATION_EXPIRED: "AUTHORIZATION_EXPIRED";
  /**
   * The authenticated bank user differed from the paying user.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: message: Belvo's published text; translated messages: Belvo's published text.
   */
  readonly BANK_USER_MISMATCH: "BANK_USER_MISMATCH";
  /**
   * The beneficiary bank account is blocked.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: message: Belvo's published text; translated messages: Belvo's published text.
   */
  readonly BENEFICIARY_ACCOUNT_BLOCKED: "BENEFICIARY_ACCOUNT_BLOCKED";
  /**
   * The beneficiary bank account is closed.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: message: Belvo's published text; translated messages: Belvo's published text.
   */
  readonly BENEFICIARY_ACCOUNT_CLOSED: "BENEFICIARY_ACCOUNT_CLOSED";
  /**
   * The Charge could not be completed due to an unexpected error in the beneficiary account.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: message: Belvo's published text; translated messages: Belvo's published text.
   */
  readonly BENEFICIARY_ACCOUNT_ERROR: "BENEFICIARY_ACCOUNT_ERROR";
  /**
   * The beneficiary bank account number is invalid or non-existent.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Belvo's published text; translated messages: Belvo's published text.
   */
  readonly BENEFICIARY_ACCOUNT_NUMBER_INVALID: "BENEFICIARY_ACCOUNT_NUMBER_INVALID";
  /**
   * The beneficiary bank account type does not allow this type of action.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Belvo's published text; translated messages: Belvo's published text.
   */
  readonly BENEFICIARY_ACCOUNT_TYPE_INVALID: "BENEFICIARY_ACCOUNT_TYPE_INVALID";
  /**
   * The transaction type is not supported or authorized by the beneficiary account.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: message: Belvo's published text.
   */
  readonly BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED: "BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED";
  /**
   * The Charge was rejected by the beneficiary's institution.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: message: Belvo's published text.
   */
  readonly BENEFICIARY_BANK_REJECTED_CHARGE: "BENEFICIARY_BANK_REJECTED_CHARGE";
  /**
   * The beneficiary cancelled the recurring payment schedule.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: message: Belvo's published text.
   */
  readonly BENEFICIARY_CANCELLED_RECURRING_PAYMENT: "BENEFICIARY_CANCELLED_RECURRING_PAYMENT";
} = /* @__PURE__ */ membersOf(BelvoPaymentStatusReasonCodeCategories, BelvoPaymentStatusReasonCodeAliases);
export type BelvoPaymentStatusReasonCode = (typeof BelvoPaymentStatusReasonCode)[keyof typeof BelvoPaymentStatusReasonCode];
/** A BelvoPaymentStatusReasonCode as read from the wire: a known value or any other string. */
export type BelvoPaymentStatusReasonCodeOrUnknown = BelvoPaymentStatusReasonCode | (string & {});
/** The catalog's metadata of every BelvoPaymentStatusReasonCode value. */
export const BelvoPaymentStatusReasonCodeInfo: { readonly [V in BelvoPaymentStatusReasonCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/belvo/payment_status_reason_code",
  {
    ACCOUNT_NOT_ALLOWED: {
      description: "The payer account does not allow payments.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "belvo-payments-br-codes-v2",
        "belvo-payments-br-codes-v2-md",
        "belvo-payments-br-codes-es",
        "belvo-payments-br-codes-pt",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-payments-br-codes-v2"] },
        message: { by: "provider", sources: ["belvo-payments-br-codes-v2"] },
      },
      message: "The payer account does not allow payments.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AMOUNT_OVER_LIMIT: {
      description: "The amount exceeds the maximum limit for the account.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "belvo-payments-br-codes-v2",
        "belvo-payments-br-codes-v2-md",
        "belvo-payments-br-codes-es",
        "belvo-payments-br-codes-pt",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-payments-br-codes-v2"] },
        message: { by: "provider", sources: ["belvo-payments-br-codes-v2"] },
        messageTranslations: {
          by: "provider",
          sources: ["belvo-payments-br-codes-es", "belvo-payments-br-codes-pt"],
        },
      },
      message: "The amount exceeds the maximum limit for the account.",
      advice: null,
      messageTranslations: {
        es: "La cantidad excede el límite máximo para la cuenta.",
        "pt-BR": "O valor excede o limite máximo para a conta.",
      },
      userMessage: null,
      aliases: [],
    },
    AUTHORIZATION_EXPIRED: {
      description: "The Payment Authorization was not completed within the allowed period.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "belvo-payments-br-codes-v2",
        "belvo-payments-br-codes-v2-md",
        "belvo-payments-br-codes-es",
        "belvo-payments-br-codes-pt",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-payments-br-codes-v2"] },
        message: { by: "provider", sources: ["belvo-payments-br-codes-v2"] },
        messageTranslations: {
          by: "provider",
          sources: ["belvo-payments-br-codes-es", "belvo-payments-br-codes-pt"],
        },
      },
      message: "The Payment Authorization was not completed within the allowed period.",
      advice: null,
      messageTranslations: {
        es: "La Autorización de Pago no se completó dentro del período permitido.",
        "pt-BR": "A Autorização de Pagamento não foi concluída dentro do período permitido.",
      },
      userMessage: null,
      aliases: [],
    },
    BANK_USER_MISMATCH: {
      description: "The authenticated bank user differed from the paying user.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "belvo-payments-br-codes-v2",
        "belvo-payments-br-codes-v2-md",
        "belvo-payments-br-codes-es",
        "belvo-payments-br-codes-pt",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-payments-br-codes-v2"] },
        message: { by: "provider", sources: ["belvo-payments-br-codes-v2"] },
        messageTranslations: {
          by: "provider",
          sources: ["belvo-payments-br-codes-es", "belvo-payments-br-codes-pt"],
        },
      },
      message: "The authenticated bank user differed from the paying user.",
      advice: null,
      messageTranslations: {
        es: "El usuario bancario autenticado difiere del usuario pagador.",
        "pt-BR": "O usuário autenticado no banco diferiu do usuário pagador.",
      },
      userMessage: null,
      aliases: [],
    },
    BENEFICIARY_ACCOUNT_BLOCKED: {
      description: "The beneficiary bank account is blocked.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "belvo-payments-br-codes-v2",
        "belvo-payments-br-codes-v2-md",
        "belvo-payments-br-codes-es",
        "belvo-payments-br-codes-pt",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-payments-br-codes-v2"] },
        message: { by: "provider", sources: ["belvo-payments-br-codes-v2"] },
        messageTranslations: {
          by: "provider",
          sources: ["belvo-payments-br-codes-es", "belvo-payments-br-codes-pt"],
        },
      },
      message: "The beneficiary bank account is blocked.",
      advice: null,
      messageTranslations: {
        es: "La cuenta bancaria del beneficiario está bloqueada.",
        "pt-BR": "A conta bancária do beneficiário está bloqueada.",
      },
      userMessage: null,
      aliases: [],
    },
    BENEFICIARY_ACCOUNT_CLOSED: {
      description: "The beneficiary bank account is closed.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "belvo-payments-br-codes-v2",
        "belvo-payments-br-codes-v2-md",
        "belvo-payments-br-codes-es",
        "belvo-payments-br-codes-pt",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-payments-br-codes-v2"] },
        message: { by: "provider", sources: ["belvo-payments-br-codes-v2"] },
        messageTranslations: {
          by: "provider",
          sources: ["belvo-payments-br-codes-es", "belvo-payments-br-codes-pt"],
        },
      },
      message: "The beneficiary bank account is closed.",
      advice: null,
      messageTranslations: {
        es: "La cuenta bancaria del beneficiario está cerrada.",
        "pt-BR": "A conta bancária do beneficiário está encerrada.",
      },
      userMessage: null,
      aliases: [],
    },
    BENEFICIARY_ACCOUNT_ERROR: {
      description: "The Charge could not be completed due to an unexpected error in the beneficiary account.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "belvo-payments-br-codes-v2",
        "belvo-payments-br-codes-v2-md",
        "belvo-payments-br-codes-es",
        "belvo-payments-br-codes-pt",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-payments-br-codes-v2"] },
        message: { by: "provider", sources: ["belvo-payments-br-codes-v2"] },
        messageTranslations: { by: "provider", sources: ["belvo-payments-br-codes-es"] },
      },
      message: "The Charge could not be completed due to an unexpected error in the beneficiary account.",
      advice: null,
      messageTranslations: {
        es: "El Cargo no pudo completarse debido a un error inesperado en la cuenta del beneficiario.",
      },
      userMessage: null,
      aliases: [],
    },
    BENEFICIARY_ACCOUNT_NUMBER_INVALID: {
      description: "The beneficiary bank account number is invalid or non-existent.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "belvo-payments-br-codes-v2",
        "belvo-payments-br-codes-v2-md",
        "belvo-payments-br-codes-es",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-payments-br-codes-v2"] },
        message: { by: "provider", sources: ["belvo-payments-br-codes-v2"] },
        messageTranslations: { by: "provider", sources: ["belvo-payments-br-codes-es"] },
      },
      message: "The beneficiary bank account number is invalid or non-existent.",
      advice: null,
      messageTranslations: {
        es: "El número de cuenta bancaria del beneficiario es inválido o inexistente.",
      },
      userMessage: null,
      aliases: [],
    },
    BENEFICIARY_ACCOUNT_TYPE_INVALID: {
      description: "The beneficiary bank account type does not allow this type of action.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "belvo-payments-br-codes-v2",
        "belvo-payments-br-codes-v2-md",
        "belvo-payments-br-codes-es",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-payments-br-codes-v2"] },
        message: { by: "provider", sources: ["belvo-payments-br-codes-v2"] },
        messageTranslations: { by: "provider", sources: ["belvo-payments-br-codes-es"] },
      },
      message: "The beneficiary bank account type does not allow this type of action.",
      advice: null,
      messageTranslations: {
        es: "El tipo de cuenta bancaria del beneficiario no permite este tipo de acción.",
      },
      userMessage: null,
      aliases: [],
    },
    BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED: {
      description: "The transaction type is not supported or authorized by the beneficiary account.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "belvo-payments-br-codes-v2",
        "belvo-payments-br-codes-v2-md",
        "belvo-payments-br-codes-es",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-payments-br-codes-v2"] },
        message: { by: "provider", sources: ["belvo-payments-br-codes-v2"] },
      },
      message: "The transaction type is not supported or authorized by the beneficiary account.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BENEFICIARY_BANK_REJECTED_CHARGE: {
      description: "The Charge was rejected by the beneficiary's institution.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-payments-br-codes-v2", "belvo-payments-br-codes-v2-md"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-payments-br-codes-v2"] },
        message: { by: "provider", sources: ["belvo-payments-br-codes-v2"] },
      },
      message: "The Charge was rejected by the beneficiary's institution.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BENEFICIARY_CANCELLED_RECURRING_PAYMENT: {
      description: "The beneficiary cancelled the recurring payment schedule.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["belvo-payments-br-codes-v2"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-payments-br-codes-v2"] },
        message: { by: "provider", sources: ["belvo-payments-br-codes-v2"] },
      },
      message: "The beneficiary cancelled the recurring payment schedule.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BelvoPaymentStatusReasonCode. */
export const isBelvoPaymentStatusReasonCode = (value: unknown): value is BelvoPaymentStatusReasonCode => isCodeOf(BelvoPaymentStatusReasonCodeCategories, BelvoPaymentStatusReasonCodeAliases, value);

/** Other wire spellings of BelvoPaymentFailureCode values (alias -> value). */
export const BelvoPaymentFailureCodeAliases: { readonly [alias: string]: BelvoPaymentFailureCode } = {
  amount_over_limit: "AMOUNT_OVER_LIMIT",
  beneficiary_account_blocked: "BENEFICIARY_ACCOUNT_BLOCKED",
  beneficiary_account_closed: "BENEFICIARY_ACCOUNT_CLOSED",
  beneficiary_account_error: "BENEFICIARY_ACCOUNT_ERROR",
  beneficiary_account_number_invalid: "BENEFICIARY_ACCOUNT_NUMBER_INVALID",
  beneficiary_account_type_invalid: "BENEFICIARY_ACCOUNT_TYPE_INVALID",
  beneficiary_account_type_not_supported: "BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED",
  beneficiary_bank_rejected_charge: "BENEFICIARY_BANK_REJECTED_CHARGE",
  beneficiary_cancelled_recurring_payment: "BENEFICIARY_CANCELLED_RECURRING_PAYMENT",
  beneficiary_identifier_invalid: "BENEFICIARY_IDENTIFIER_INVALID",
  beneficiary_identifier_mismatch: "BENEFICIARY_IDENTIFIER_MISMATCH",
  charge_settlement_failed: "CHARGE_SETTLEMENT_FAILED",
  charge_settlement_timeout: "CHARGE_SETTLEMENT_TIMEOUT",
  duplicate_beneficiary_charge: "DUPLICATE_BENEFICIARY_CHARGE",
  fraud_suspected: "FRAUD_SUSPECTED",
  insufficient_funds: "INSUFFICIENT_FUNDS",
  payer_account_timeout_error: "PAYER_ACCOUNT_TIMEOUT_ERROR",
};
/** The category of every BelvoPaymentFailureCode value and alias: all a listener needs to read one. */
export const BelvoPaymentFailureCodeCategories: { readonly [spelling: string]: Category } = {
  AMOUNT_OVER_LIMIT: "rejected",
  amount_over_limit: "rejected",
  BENEFICIARY_ACCOUNT_BLOCKED: "rejected",
  beneficiary_account_blocked: "rejected",
  BENEFICIARY_ACCOUNT_CLOSED: "rejected",
  beneficiary_account_closed: "rejected",
  BENEFICIARY_ACCOUNT_ERROR: "generic_failure",
  beneficiary_account_error: "generic_failure",
  BENEFICIARY_ACCOUNT_NUMBER_INVALID: "integration_error",
  beneficiary_account_number_invalid: "integration_error",
  BENEFICIARY_ACCOUNT_TYPE_INVALID: "integration_error",
  beneficiary_account_type_invalid: "integration_error",
  BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED: "rejected",
  beneficiary_account_type_not_supported: "rejected",
  BENEFICIARY_BANK_REJECTED_CHARGE: "rejected",
  beneficiary_bank_rejected_charge: "rejected",
  BENEFICIARY_CANCELLED_RECURRING_PAYMENT: "cancelled",
  beneficiary_cancelled_recurring_payment: "cancelled",
  BENEFICIARY_IDENTIFIER_INVALID: "integration_error",
  beneficiary_identifier_invalid: "integration_error",
  BENEFICIARY_IDENTIFIER_MISMATCH: "integration_error",
  beneficiary_identifier_mismatch: "integration_error",
  CHARGE_SETTLEMENT_FAILED: "generic_failure",
  charge_settlement_failed: "generic_failure",
  CHARGE_SETTLEMENT_TIMEOUT: "generic_failure",
  charge_settlement_timeout: "generic_failure",
  DUPLICATE_BENEFICIARY_CHARGE: "rejected",
  duplicate_beneficiary_charge: "rejected",
  FRAUD_SUSPECTED: "rejected",
  fraud_suspected: "rejected",
  INSUFFICIENT_FUNDS: "rejected",
  insufficient_funds: "rejected",
  PAYER_ACCOUNT_TIMEOUT_ERROR: "generic_failure",
  payer_account_timeout_error: "generic_failure",
  beneficiary_bank_revoked_authorization: "rejected",
  invalid_pix_key: "integration_error",
  consent_expired: "session_expired",
};
/**
 * Payment failure code (Payments Brazil, V1): Why a Payment Intent or an associated Charge
 * (Payments Brazil, V1) failed: failure_code, sent with failure_message (in English only). Wire
 * field: failure_code (Payment Intents and Charges, V1; data.failure_code of PAYMENT_INTENTS
 * webhooks).
 */
export const BelvoPaymentFailureCode: {
  /**
   * The payment amount or number of payments exceeds limits.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: message: Belvo's published text.
   */
  readonly AMOUNT_OVER_LIMIT: "AMOUNT_OVER_LIMIT";
  /**
   * The beneficiary bank account is blocked.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: message: Belvo's published text.
   */
  readonly BENEFICIARY_ACCOUNT_BLOCKED: "BENEFICIARY_ACCOUNT_BLOCKED";
  /**
   * The beneficiary bank account is closed.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: message: Belvo's published text.
   */
  readonly BENEFICIARY_ACCOUNT_CLOSED: "BENEFICIARY_ACCOUNT_CLOSED";
  /**
   * The Charge could not be completed due to an unexpected error in the beneficiary account.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: message: Belvo's published text.
   */
  readonly BENEFICIARY_ACCOUNT_ERROR: "BENEFICIARY_ACCOUNT_ERROR";
  /**
   * The beneficiary bank account number is invalid or non-existent.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Belvo's published text.
   */
  readonly BENEFICIARY_ACCOUNT_NUMBER_INVALID: "BENEFICIARY_ACCOUNT_NUMBER_INVALID";
  /**
   * The beneficiary bank account type does not allow this type of action.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Belvo's published text.
   */
  readonly BENEFICIARY_ACCOUNT_TYPE_INVALID: "BENEFICIARY_ACCOUNT_TYPE_INVALID";
  /**
   * The transaction type is not supported or authorized by the beneficiary account.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: message: Belvo's published text.
   */
  readonly BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED: "BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED";
  /**
   * The Charge was rejected by the beneficiary's institution.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: message: Belvo's published text.
   */
  readonly BENEFICIARY_BANK_REJECTED_CHARGE: "BENEFICIARY_BANK_REJECTED_CHARGE";
  /**
   * The beneficiary cancelled the recurring payment schedule.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: message: Belvo's published text.
   */
  readonly BENEFICIARY_CANCELLED_RECURRING_PAYMENT: "BENEFICIARY_CANCELLED_RECURRING_PAYMENT";
  /**
   * The beneficiary's CPF or CNPJ is incorrect.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Belvo's published text.
   */
  readonly BENEFICIARY_IDENTIFIER_INVALID: "BENEFICIARY_IDENTIFIER_INVALID";
  /**
   * The beneficiary's CPF or CNPJ does not match the account holder.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Belvo's published text.
   */
  readonly BENEFICIARY_IDENTIFIER_MISMATCH: "BENEFICIARY_IDENTIFIER_MISMATCH";
  /**
   * An error occurred while processing the Charge settlement.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: message: Belvo's published text.
   */
  readonly CHARGE_SETTLEMENT_FAILED: "CHARGE_SETTLEMENT_FAILED";
  /**
   * The Charge could not be completed due to a timeout.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: message: Belvo's published text.
   */
  readonly CHARGE_SETTLEMENT_TIMEOUT: "CHARGE_SETTLEMENT_TIMEOUT";
  /**
   * A duplicate Charge was detected for the same beneficiary.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: message: Belvo's published text.
   */
  readonly DUPLICATE_BENEFICIARY_CHARGE: "DUPLICATE_BENEFICIARY_CHARGE";
  /**
   * The Charge was rejected due to suspected fraud.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: message: Belvo's published text.
   */
  readonly FRAUD_SUSPECTED: "FRAUD_SUSPECTED";
  /**
   * The payer account had insufficient funds to make the payment.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: message: Belvo's published text.
   */
  readonly INSUFFICIENT_FUNDS: "INSUFFICIENT_FUNDS";
  /**
   * The Charge settlement failed on a timeout of the payer's account.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly PAYER_ACCOUNT_TIMEOUT_ERROR: "PAYER_ACCOUNT_TIMEOUT_ERROR";
  /**
   * The beneficiary's bank revoked the authorization.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly beneficiary_bank_revoked_authorization: "beneficiary_bank_revoked_authorization";
  /**
   * The Pix key is invalid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly invalid_pix_key: "invalid_pix_key";
  /**
   * The payment consent was not accepted in time.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: message: Belvo's published text.
   */
  readonly consent_expired: "consent_expired";
} = /* @__PURE__ */ membersOf(BelvoPaymentFailureCodeCategories, BelvoPaymentFailureCodeAliases);
export type BelvoPaymentFailureCode = (typeof BelvoPaymentFailureCode)[keyof typeof BelvoPaymentFailureCode];
/** A BelvoPaymentFailureCode as read from the wire: a known value or any other string. */
export type BelvoPaymentFailureCodeOrUnknown = BelvoPaymentFailureCode | (string & {});
/** The catalog's metadata of every BelvoPaymentFailureCode value. */
export const BelvoPaymentFailureCodeInfo: { readonly [V in BelvoPaymentFailureCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/belvo/payment_failure_code",
  {
    AMOUNT_OVER_LIMIT: {
      description: "The payment amount or number of payments exceeds limits.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-payments-br-codes-v1", "belvo-payments-br-codes-v2"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
        message: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
      },
      message: "The payment amount or number of payments exceeds limits.",
      advice: null,
      userMessage: null,
      aliases: ["amount_over_limit"],
    },
    BENEFICIARY_ACCOUNT_BLOCKED: {
      description: "The beneficiary bank account is blocked.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-payments-br-codes-v1", "belvo-payments-br-codes-v2"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
        message: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
      },
      message: "The beneficiary bank account is blocked.",
      advice: null,
      userMessage: null,
      aliases: ["beneficiary_account_blocked"],
    },
    BENEFICIARY_ACCOUNT_CLOSED: {
      description: "The beneficiary bank account is closed.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-payments-br-codes-v1", "belvo-payments-br-codes-v2"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
        message: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
      },
      message: "The beneficiary bank account is closed.",
      advice: null,
      userMessage: null,
      aliases: ["beneficiary_account_closed"],
    },
    BENEFICIARY_ACCOUNT_ERROR: {
      description: "The Charge could not be completed due to an unexpected error in the beneficiary account.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["belvo-payments-br-codes-v1", "belvo-payments-br-codes-v2"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
        message: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
      },
      message: "The Charge could not be completed due to an unexpected error in the beneficiary account.",
      advice: null,
      userMessage: null,
      aliases: ["beneficiary_account_error"],
    },
    BENEFICIARY_ACCOUNT_NUMBER_INVALID: {
      description: "The beneficiary bank account number is invalid or non-existent.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-payments-br-codes-v1", "belvo-payments-br-codes-v2"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
        message: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
      },
      message: "The beneficiary bank account number is invalid or non-existent.",
      advice: null,
      userMessage: null,
      aliases: ["beneficiary_account_number_invalid"],
    },
    BENEFICIARY_ACCOUNT_TYPE_INVALID: {
      description: "The beneficiary bank account type does not allow this type of action.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-payments-br-codes-v1", "belvo-payments-br-codes-v2"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
        message: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
      },
      message: "The beneficiary bank account type does not allow this type of action.",
      advice: null,
      userMessage: null,
      aliases: ["beneficiary_account_type_invalid"],
    },
    BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED: {
      description: "The transaction type is not supported or authorized by the beneficiary account.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-payments-br-codes-v1", "belvo-payments-br-codes-v2"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
        message: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
      },
      message: "The transaction type is not supported or authorized by the beneficiary account.",
      advice: null,
      userMessage: null,
      aliases: ["beneficiary_account_type_not_supported"],
    },
    BENEFICIARY_BANK_REJECTED_CHARGE: {
      description: "The Charge was rejected by the beneficiary's institution.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-payments-br-codes-v1", "belvo-payments-br-codes-v2"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
        message: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
      },
      message: "The Charge was rejected by the beneficiary's institution.",
      advice: null,
      userMessage: null,
      aliases: ["beneficiary_bank_rejected_charge"],
    },
    BENEFICIARY_CANCELLED_RECURRING_PAYMENT: {
      description: "The beneficiary cancelled the recurring payment schedule.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["belvo-payments-br-codes-v1", "belvo-payments-br-codes-v2"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
        message: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
      },
      message: "The beneficiary cancelled the recurring payment schedule.",
      advice: null,
      userMessage: null,
      aliases: ["beneficiary_cancelled_recurring_payment"],
    },
    BENEFICIARY_IDENTIFIER_INVALID: {
      description: "The beneficiary's CPF or CNPJ is incorrect.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-payments-br-codes-v1", "belvo-payments-br-codes-v2"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
        message: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
      },
      message: "The beneficiary's CPF or CNPJ is incorrect.",
      advice: null,
      userMessage: null,
      aliases: ["beneficiary_identifier_invalid"],
    },
    BENEFICIARY_IDENTIFIER_MISMATCH: {
      description: "The beneficiary's CPF or CNPJ does not match the account holder.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-payments-br-codes-v1", "belvo-payments-br-codes-v2"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
        message: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
      },
      message: "The beneficiary's CPF or CNPJ does not match the account holder.",
      advice: null,
      userMessage: null,
      aliases: ["beneficiary_identifier_mismatch"],
    },
    CHARGE_SETTLEMENT_FAILED: {
      description: "An error occurred while processing the Charge settlement.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["belvo-payments-br-codes-v1", "belvo-payments-br-codes-v2"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
        message: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
      },
      message: "An error occurred while processing the Charge settlement.",
      advice: null,
      userMessage: null,
      aliases: ["charge_settlement_failed"],
    },
    CHARGE_SETTLEMENT_TIMEOUT: {
      description: "The Charge could not be completed due to a timeout.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["belvo-payments-br-codes-v1", "belvo-payments-br-codes-v2"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
        message: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
      },
      message: "The Charge could not be completed due to a timeout.",
      advice: null,
      userMessage: null,
      aliases: ["charge_settlement_timeout"],
    },
    DUPLICATE_BENEFICIARY_CHARGE: {
      description: "A duplicate Charge was detected for the same beneficiary.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-payments-br-codes-v1", "belvo-payments-br-codes-v2"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
        message: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
      },
      message: "A duplicate Charge was detected for the same beneficiary.",
      advice: null,
      userMessage: null,
      aliases: ["duplicate_beneficiary_charge"],
    },
    FRAUD_SUSPECTED: {
      description: "The Charge was rejected due to suspected fraud.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-payments-br-codes-v1", "belvo-payments-br-codes-v2"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
        message: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
      },
      message: "The Charge was rejected due to suspected fraud.",
      advice: null,
      userMessage: null,
      aliases: ["fraud_suspected"],
    },
    INSUFFICIENT_FUNDS: {
      description: "The payer account had insufficient funds to make the payment.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-payments-br-codes-v1", "belvo-payments-br-codes-v2"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
        message: { by: "provider", sources: ["belvo-payments-br-codes-v1"] },
      },
      message: "The payer account had insufficient funds to make the payment.",
      advice: null,
      userMessage: null,
      aliases: ["insufficient_funds"],
    },
    PAYER_ACCOUNT_TIMEOUT_ERROR: {
      description: "The Charge settlement failed on a timeout of the payer's account.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["belvo-payments-br-codes-v1", "belvo-payments-br-codes-v2"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["payer_account_timeout_error"],
    },
    beneficiary_bank_revoked_authorization: {
      description: "The beneficiary's bank revoked the authorization.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-payments-br-codes-v2", "belvo-payments-br-codes-v2-md"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_pix_key: {
      description: "The Pix key is invalid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-payments-br-codes-v2-md"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    consent_expired: {
      description: "The payment consent was not accepted in time.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["belvo-payments-webhooks"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-payments-webhooks"] },
        message: { by: "provider", sources: ["belvo-payments-webhooks"] },
      },
      message: "The payment consent was not accepted in time.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BelvoPaymentFailureCode. */
export const isBelvoPaymentFailureCode = (value: unknown): value is BelvoPaymentFailureCode => isCodeOf(BelvoPaymentFailureCodeCategories, BelvoPaymentFailureCodeAliases, value);

/** Other wire spellings of BelvoInstitutionStatus values (alias -> value). */
export const BelvoInstitutionStatusAliases: { readonly [alias: string]: BelvoInstitutionStatus } = {
};
/** The category of every BelvoInstitutionStatus value and alias: all a listener needs to read one. */
export const BelvoInstitutionStatusCategories: { readonly [spelling: string]: Category } = {
  healthy: "success",
  down: "institution_unavailable",
};
/**
 * Institution status: Whether Belvo's integration with an institution is working: status of an
 * institution (GET /api/institutions/), the EnumInstitutionStatus of Belvo's OpenAPI description
 * (Belvo API Docs 1.35.0). The descriptions are bankcodes' split of the enum's one sentence; the
 * categories are bankcodes' reading. Wire field: status (an institution).
 */
export const BelvoInstitutionStatus: {
  /**
   * Belvo's integration with the institution is currently active.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly healthy: "healthy";
  /**
   * Belvo's integration with the institution is undergoing maintenance.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly down: "down";
} = /* @__PURE__ */ membersOf(BelvoInstitutionStatusCategories, BelvoInstitutionStatusAliases);
export type BelvoInstitutionStatus = (typeof BelvoInstitutionStatus)[keyof typeof BelvoInstitutionStatus];
/** A BelvoInstitutionStatus as read from the wire: a known value or any other string. */
export type BelvoInstitutionStatusOrUnknown = BelvoInstitutionStatus | (string & {});
/** The catalog's metadata of every BelvoInstitutionStatus value. */
export const BelvoInstitutionStatusInfo: { readonly [V in BelvoInstitutionStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/belvo/institution_status",
  {
    healthy: {
      description: "Belvo's integration with the institution is currently active.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-openapi-konfig"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    down: {
      description: "Belvo's integration with the institution is undergoing maintenance.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["belvo-openapi-konfig"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BelvoInstitutionStatus. */
export const isBelvoInstitutionStatus = (value: unknown): value is BelvoInstitutionStatus => isCodeOf(BelvoInstitutionStatusCategories, BelvoInstitutionStatusAliases, value);

/** Other wire spellings of BelvoPaymentIntentStatus values (alias -> value). */
export const BelvoPaymentIntentStatusAliases: { readonly [alias: string]: BelvoPaymentIntentStatus } = {
};
/** The category of every BelvoPaymentIntentStatus value and alias: all a listener needs to read one. */
export const BelvoPaymentIntentStatusCategories: { readonly [spelling: string]: Category } = {
  REQUIRES_PAYMENT_METHOD: "user_action_required",
  REQUIRES_ACTION: "user_action_required",
  SUCCEEDED: "success",
  PROCESSING: "pending",
  FAILED: "generic_failure",
};
/**
 * Payment intent status: The status of a Belvo payment intent (status of a payment intent; a
 * payment link is ACTIVE while its intent is REQUIRES_PAYMENT_METHOD, REQUIRES_ACTION or
 * PROCESSING, INACTIVE once SUCCEEDED or FAILED), the EnumPaymentIntentStatus of Belvo's OpenAPI
 * description (Belvo API Docs 1.35.0). The descriptions and categories are bankcodes' reading of
 * the names. Wire field: status (a payment intent).
 */
export const BelvoPaymentIntentStatus: {
  /**
   * The payment intent needs a payment method before it can go on.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly REQUIRES_PAYMENT_METHOD: "REQUIRES_PAYMENT_METHOD";
  /**
   * The payment intent needs an action, such as the payer's authorisation, before it can go on.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly REQUIRES_ACTION: "REQUIRES_ACTION";
  /**
   * The payment succeeded.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly SUCCEEDED: "SUCCEEDED";
  /**
   * The payment is being processed.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PROCESSING: "PROCESSING";
  /**
   * The payment failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly FAILED: "FAILED";
} = /* @__PURE__ */ membersOf(BelvoPaymentIntentStatusCategories, BelvoPaymentIntentStatusAliases);
export type BelvoPaymentIntentStatus = (typeof BelvoPaymentIntentStatus)[keyof typeof BelvoPaymentIntentStatus];
/** A BelvoPaymentIntentStatus as read from the wire: a known value or any other string. */
export type BelvoPaymentIntentStatusOrUnknown = BelvoPaymentIntentStatus | (string & {});
/** The catalog's metadata of every BelvoPaymentIntentStatus value. */
export const BelvoPaymentIntentStatusInfo: { readonly [V in BelvoPaymentIntentStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/belvo/payment_intent_status",
  {
    REQUIRES_PAYMENT_METHOD: {
      description: "The payment intent needs a payment method before it can go on.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["belvo-openapi-konfig"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUIRES_ACTION: {
      description: "The payment intent needs an action, such as the payer's authorisation, before it can go on.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["belvo-openapi-konfig"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SUCCEEDED: {
      description: "The payment succeeded.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-openapi-konfig"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PROCESSING: {
      description: "The payment is being processed.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-openapi-konfig"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FAILED: {
      description: "The payment failed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["belvo-openapi-konfig"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BelvoPaymentIntentStatus. */
export const isBelvoPaymentIntentStatus = (value: unknown): value is BelvoPaymentIntentStatus => isCodeOf(BelvoPaymentIntentStatusCategories, BelvoPaymentIntentStatusAliases, value);

/** Other wire spellings of BelvoChargeStatus values (alias -> value). */
export const BelvoChargeStatusAliases: { readonly [alias: string]: BelvoChargeStatus } = {
};
/** The category of every BelvoChargeStatus value and alias: all a listener needs to read one. */
export const BelvoChargeStatusCategories: { readonly [spelling: string]: Category } = {
  CREATED: "pending",
  PENDING: "pending",
  SCHEDULED: "pending",
  SUCCEEDED: "success",
  CANCELED: "cancelled",
  FAILED: "generic_failure",
};
/**
 * Charge status (Payments Brazil): The state of a Charge, the actual payment made in Brazil's Open
 * Finance network. Wire field: status (Charge).
 */
export const BelvoChargeStatus: {
  /**
   * Initial state when the charge is created.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Belvo's published text.
   */
  readonly CREATED: "CREATED";
  /**
   * The charge is awaiting further action or scheduling.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Belvo's published text.
   */
  readonly PENDING: "PENDING";
  /**
   * The charge is scheduled for processing at a future date.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Belvo's published text.
   */
  readonly SCHEDULED: "SCHEDULED";
  /**
   * The charge has been successfully processed.
   * Category: success (Success); retryable: no.
   * Whose words: description: Belvo's published text.
   */
  readonly SUCCEEDED: "SUCCEEDED";
  /**
   * The charge has been canceled.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Belvo's published text.
   */
  readonly CANCELED: "CANCELED";
  /**
   * The charge has failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Belvo's published text.
   */
  readonly FAILED: "FAILED";
} = /* @__PURE__ */ membersOf(BelvoChargeStatusCategories, BelvoChargeStatusAliases);
export type BelvoChargeStatus = (typeof BelvoChargeStatus)[keyof typeof BelvoChargeStatus];
/** A BelvoChargeStatus as read from the wire: a known value or any other string. */
export type BelvoChargeStatusOrUnknown = BelvoChargeStatus | (string & {});
/** The catalog's metadata of every BelvoChargeStatus value. */
export const BelvoChargeStatusInfo: { readonly [V in BelvoChargeStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/belvo/charge_status",
  {
    CREATED: {
      description: "Initial state when the charge is created.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-charge-states"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["belvo-charge-states"] } },
      nextStatuses: ["PENDING"],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PENDING: {
      description: "The charge is awaiting further action or scheduling.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-charge-states"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["belvo-charge-states"] } },
      nextStatuses: ["SCHEDULED", "SUCCEEDED", "CANCELED", "FAILED"],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SCHEDULED: {
      description: "The charge is scheduled for processing at a future date.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-charge-states"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["belvo-charge-states"] } },
      nextStatuses: ["SUCCEEDED", "CANCELED", "FAILED"],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SUCCEEDED: {
      description: "The charge has been successfully processed.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-charge-states"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["belvo-charge-states"] } },
      nextStatuses: [],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CANCELED: {
      description: "The charge has been canceled.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["belvo-charge-states"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["belvo-charge-states"] } },
      nextStatuses: [],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FAILED: {
      description: "The charge has failed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["belvo-charge-states"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["belvo-charge-states"] } },
      nextStatuses: [],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BelvoChargeStatus. */
export const isBelvoChargeStatus = (value: unknown): value is BelvoChargeStatus => isCodeOf(BelvoChargeStatusCategories, BelvoChargeStatusAliases, value);

/** Other wire spellings of BelvoDirectDebitFailedReason values (alias -> value). */
export const BelvoDirectDebitFailedReasonAliases: { readonly [alias: string]: BelvoDirectDebitFailedReason } = {
  "6": "06",
  "7": "07",
};
/** The category of every BelvoDirectDebitFailedReason value and alias: all a listener needs to read one. */
export const BelvoDirectDebitFailedReasonCategories: { readonly [spelling: string]: Category } = {
  "01": "account_unavailable",
  "02": "account_unavailable",
  "03": "account_unavailable",
  "04": "rejected",
  "05": "rejected",
  "06": "rejected",
  "6": "rejected",
  "07": "rejected",
  "7": "rejected",
  "08": "rejected",
  "09": "rejected",
  "10": "cancelled",
  "11": "rejected",
};
/**
 * Direct debit failure reason (Payments Mexico): Why a banking partner could not process a direct
 * debit payment method or payment request (Payments Mexico): failedReason, sent with
 * failedReasonMessage (Spanish, as the bank gives it). Belvo's table also gives the final status of
 * the payment method and of the payment request, and whether the request should be retried. The
 * table goes on past code 11 on Belvo's older page, whose saved copy is cut inside the next row:
 * later codes are not in the catalog, and read as unknown codes. Wire field: failedReason (payment
 * methods and payment requests, Payments Mexico direct debit).
 */
export const BelvoDirectDebitFailedReason: {
  /**
   * Cuenta inexistente
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: message: Belvo's published text.
   */
  readonly CODE_01: "01";
  /**
   * Cuenta bloqueada
   * Category: account_unavailable (Account unavailable); retryable: yes.
   * Whose words: message: Belvo's published text.
   */
  readonly CODE_02: "02";
  /**
   * Cuenta cancelada
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: message: Belvo's published text.
   */
  readonly CODE_03: "03";
  /**
   * Cuenta con insuficiencia de fondos
   * Category: rejected (Rejected); retryable: yes.
   * Whose words: message: Belvo's published text.
   */
  readonly CODE_04: "04";
  /**
   * Cuenta en otra divisa
   * Category: rejected (Rejected); retryable: no.
   * Whose words: message: Belvo's published text.
   */
  readonly CODE_05: "05";
  /**
   * Cuenta no pertenece al banco receptor
   * Category: rejected (Rejected); retryable: no.
   * Whose words: message: Belvo's published text.
   */
  readonly CODE_06: "06";
  /**
   * Transacción duplicada
   * Category: rejected (Rejected); retryable: yes.
   * Whose words: message: Belvo's published text.
   */
  readonly CODE_07: "07";
  /**
   * Por orden del cliente: Orden de no pagar a ese Emisor
   * Category: rejected (Rejected); retryable: yes.
   * Whose words: message: Belvo's published text.
   */
  readonly CODE_08: "08";
  /**
   * Por orden del cliente: Importe mayor al autorizado
   * Category: rejected (Rejected); retryable: yes.
   * Whose words: message: Belvo's published text.
   */
  readonly CODE_09: "09";
  /**
   * Por orden del cliente: Cancelación del servicio
   * Category: cancelled (Cancelled); retryable: yes.
   * Whose words: message: Belvo's published text.
   */
  readonly CODE_10: "10";
  /**
   * Cliente no tiene autorizado el servicio
   * Category: rejected (Rejected); retryable: yes.
   * Whose words: message: Belvo's published text.
   */
  readonly CODE_11: "11";
} = {
  CODE_01: "01",
  CODE_02: "02",
  CODE_03: "03",
  CODE_04: "04",
  CODE_05: "05",
  CODE_06: "06",
  CODE_07: "07",
  CODE_08: "08",
  CODE_09: "09",
  CODE_10: "10",
  CODE_11: "11",
};
export type BelvoDirectDebitFailedReason = (typeof BelvoDirectDebitFailedReason)[keyof typeof BelvoDirectDebitFailedReason];
/** A BelvoDirectDebitFailedReason as read from the wire: a known value or any other string. */
export type BelvoDirectDebitFailedReasonOrUnknown = BelvoDirectDebitFailedReason | (string & {});
/** The catalog's metadata of every BelvoDirectDebitFailedReason value. */
export const BelvoDirectDebitFailedReasonInfo: { readonly [V in BelvoDirectDebitFailedReason]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/belvo/direct_debit_failed_reason",
  {
    "01": {
      name: "CODE_01",
      description: "Cuenta inexistente",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-direct-debit-errors", "belvo-direct-debit-errors-legacy"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["belvo-direct-debit-errors", "belvo-direct-debit-errors-legacy"],
        },
        message: {
          by: "provider",
          sources: ["belvo-direct-debit-errors", "belvo-direct-debit-errors-legacy"],
        },
      },
      message: "Cuenta inexistente",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "02": {
      name: "CODE_02",
      description: "Cuenta bloqueada",
      category: "account_unavailable",
      retryable: true,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-direct-debit-errors", "belvo-direct-debit-errors-legacy"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["belvo-direct-debit-errors", "belvo-direct-debit-errors-legacy"],
        },
        message: {
          by: "provider",
          sources: ["belvo-direct-debit-errors", "belvo-direct-debit-errors-legacy"],
        },
      },
      message: "Cuenta bloqueada",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "03": {
      name: "CODE_03",
      description: "Cuenta cancelada",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-direct-debit-errors", "belvo-direct-debit-errors-legacy"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["belvo-direct-debit-errors", "belvo-direct-debit-errors-legacy"],
        },
        message: {
          by: "provider",
          sources: ["belvo-direct-debit-errors", "belvo-direct-debit-errors-legacy"],
        },
      },
      message: "Cuenta cancelada",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "04": {
      name: "CODE_04",
      description: "Cuenta con insuficiencia de fondos",
      category: "rejected",
      retryable: true,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-direct-debit-errors", "belvo-direct-debit-errors-legacy"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["belvo-direct-debit-errors", "belvo-direct-debit-errors-legacy"],
        },
        message: {
          by: "provider",
          sources: ["belvo-direct-debit-errors", "belvo-direct-debit-errors-legacy"],
        },
      },
      message: "Cuenta con insuficiencia de fondos",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "05": {
      name: "CODE_05",
      description: "Cuenta en otra divisa",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-direct-debit-errors", "belvo-direct-debit-errors-legacy"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["belvo-direct-debit-errors", "belvo-direct-debit-errors-legacy"],
        },
        message: {
          by: "provider",
          sources: ["belvo-direct-debit-errors", "belvo-direct-debit-errors-legacy"],
        },
      },
      message: "Cuenta en otra divisa",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "06": {
      name: "CODE_06",
      description: "Cuenta no pertenece al banco receptor",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-direct-debit-errors-legacy"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-direct-debit-errors-legacy"] },
        message: { by: "provider", sources: ["belvo-direct-debit-errors-legacy"] },
      },
      message: "Cuenta no pertenece al banco receptor",
      advice: null,
      userMessage: null,
      aliases: ["6"],
    },
    "07": {
      name: "CODE_07",
      description: "Transacción duplicada",
      category: "rejected",
      retryable: true,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-direct-debit-errors-legacy"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-direct-debit-errors-legacy"] },
        message: { by: "provider", sources: ["belvo-direct-debit-errors-legacy"] },
      },
      message: "Transacción duplicada",
      advice: null,
      userMessage: null,
      aliases: ["7"],
    },
    "08": {
      name: "CODE_08",
      description: "Por orden del cliente: Orden de no pagar a ese Emisor",
      category: "rejected",
      retryable: true,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-direct-debit-errors", "belvo-direct-debit-errors-legacy"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["belvo-direct-debit-errors", "belvo-direct-debit-errors-legacy"],
        },
        message: {
          by: "provider",
          sources: ["belvo-direct-debit-errors", "belvo-direct-debit-errors-legacy"],
        },
      },
      message: "Por orden del cliente: Orden de no pagar a ese Emisor",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "09": {
      name: "CODE_09",
      description: "Por orden del cliente: Importe mayor al autorizado",
      category: "rejected",
      retryable: true,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-direct-debit-errors", "belvo-direct-debit-errors-legacy"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["belvo-direct-debit-errors", "belvo-direct-debit-errors-legacy"],
        },
        message: {
          by: "provider",
          sources: ["belvo-direct-debit-errors", "belvo-direct-debit-errors-legacy"],
        },
      },
      message: "Por orden del cliente: Importe mayor al autorizado",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "10": {
      name: "CODE_10",
      description: "Por orden del cliente: Cancelación del servicio",
      category: "cancelled",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["belvo-direct-debit-errors", "belvo-direct-debit-errors-legacy"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["belvo-direct-debit-errors", "belvo-direct-debit-errors-legacy"],
        },
        message: {
          by: "provider",
          sources: ["belvo-direct-debit-errors", "belvo-direct-debit-errors-legacy"],
        },
      },
      message: "Por orden del cliente: Cancelación del servicio",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "11": {
      name: "CODE_11",
      description: "Cliente no tiene autorizado el servicio",
      category: "rejected",
      retryable: true,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-direct-debit-errors-legacy"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["belvo-direct-debit-errors-legacy"] },
        message: { by: "provider", sources: ["belvo-direct-debit-errors-legacy"] },
      },
      message: "Cliente no tiene autorizado el servicio",
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BelvoDirectDebitFailedReason. */
export const isBelvoDirectDebitFailedReason = (value: unknown): value is BelvoDirectDebitFailedReason => isCodeOf(BelvoDirectDebitFailedReasonCategories, BelvoDirectDebitFailedReasonAliases, value);

/** Other wire spellings of BelvoWebhookType values (alias -> value). */
export const BelvoWebhookTypeAliases: { readonly [alias: string]: BelvoWebhookType } = {
};
/** The category of every BelvoWebhookType value and alias: all a listener needs to read one. */
export const BelvoWebhookTypeCategories: { readonly [spelling: string]: Category } = {
  ACCOUNTS: "informational",
  TRANSACTIONS: "informational",
  LINK: "informational",
  PAYMENT_INTENTS: "informational",
  CHARGES: "informational",
  ENROLLMENTS: "informational",
  BANK_ACCOUNTS: "informational",
  CUSTOMERS: "informational",
  PAYMENT_AUTHORIZATIONS: "informational",
  OWNERS: "informational",
  INVOICES: "informational",
  BILLS: "informational",
  RECURRING_EXPENSES: "informational",
  RISK_INSIGHTS: "informational",
  INCOMES: "informational",
  INVESTMENTS: "informational",
  INVESTMENT_TRANSACTIONS: "informational",
};
/**
 * Webhook type: The resource a webhook relates to (Belvo: 'The resource that this webhook relates
 * to.'). Aggregation webhooks and Payments webhooks share the field. Wire field: webhook_type
 * (every webhook).
 */
export const BelvoWebhookType: {
  /**
   * Webhooks about the accounts of a link.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ACCOUNTS: "ACCOUNTS";
  /**
   * Webhooks about the transactions of a link (aggregation), or about payment transactions
   * (Payments Brazil, webhook schema version 1).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly TRANSACTIONS: "TRANSACTIONS";
  /**
   * Webhooks about a link itself: its credentials or its MFA token no longer let Belvo refresh it.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly LINK: "LINK";
  /**
   * Webhooks about payment intents (Payments Brazil, webhook schema version 1; Payments Colombia).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PAYMENT_INTENTS: "PAYMENT_INTENTS";
  /**
   * Webhooks about charges (Payments Brazil, webhook schema version 1).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CHARGES: "CHARGES";
  /**
   * Webhooks about enrollments (Payments Brazil, webhook schema version 1).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ENROLLMENTS: "ENROLLMENTS";
  /**
   * Webhooks about bank accounts (Payments Brazil, webhook schema version 2; Payments Colombia).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly BANK_ACCOUNTS: "BANK_ACCOUNTS";
  /**
   * Webhooks about customers (Payments Brazil, webhook schema version 2).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly CUSTOMERS: "CUSTOMERS";
  /**
   * Webhooks about payment authorizations (Payments Brazil, webhook schema version 2).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly PAYMENT_AUTHORIZATIONS: "PAYMENT_AUTHORIZATIONS";
  /**
   * Webhooks about the owners of a link.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly OWNERS: "OWNERS";
  /**
   * Webhooks about the invoices of a fiscal link.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly INVOICES: "INVOICES";
  /**
   * Webhooks about the bills of a link.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly BILLS: "BILLS";
  /**
   * Webhooks about the recurring expenses Belvo identifies for a link.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly RECURRING_EXPENSES: "RECURRING_EXPENSES";
  /**
   * Webhooks about the risk insights Belvo generates for a link.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly RISK_INSIGHTS: "RISK_INSIGHTS";
  /**
   * Webhooks about the incomes Belvo identifies for a link.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly INCOMES: "INCOMES";
  /**
   * Webhooks about the investment accounts of a link.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly INVESTMENTS: "INVESTMENTS";
  /**
   * Webhooks about the investment transactions of a link.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly INVESTMENT_TRANSACTIONS: "INVESTMENT_TRANSACTIONS";
} = /* @__PURE__ */ membersOf(BelvoWebhookTypeCategories, BelvoWebhookTypeAliases);
export type BelvoWebhookType = (typeof BelvoWebhookType)[keyof typeof BelvoWebhookType];
/** A BelvoWebhookType as read from the wire: a known value or any other string. */
export type BelvoWebhookTypeOrUnknown = BelvoWebhookType | (string & {});
/** The catalog's metadata of every BelvoWebhookType value. */
export const BelvoWebhookTypeInfo: { readonly [V in BelvoWebhookType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/belvo/webhook_type",
  {
    ACCOUNTS: {
      description: "Webhooks about the accounts of a link.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "belvo-webhook-accounts",
        "belvo-webhooks-aggregation",
        "belvo-webhooks-aggregation-fields",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TRANSACTIONS: {
      description: "Webhooks about the transactions of a link (aggregation), or about payment transactions (Payments Brazil, webhook schema version 1).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-webhook-transactions", "belvo-payments-webhooks-br", "belvo-ofpi-webhooks"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LINK: {
      description: "Webhooks about a link itself: its credentials or its MFA token no longer let Belvo refresh it.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-webhook-links", "belvo-webhooks-2021"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_INTENTS: {
      description: "Webhooks about payment intents (Payments Brazil, webhook schema version 1; Payments Colombia).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "belvo-payments-webhooks",
        "belvo-payments-webhooks-br",
        "belvo-ofpi-webhooks",
        "belvo-payments-webhooks-co",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CHARGES: {
      description: "Webhooks about charges (Payments Brazil, webhook schema version 1).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-payments-webhooks", "belvo-payments-webhooks-br", "belvo-ofpi-webhooks"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ENROLLMENTS: {
      description: "Webhooks about enrollments (Payments Brazil, webhook schema version 1).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-ofpi-webhooks"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BANK_ACCOUNTS: {
      description: "Webhooks about bank accounts (Payments Brazil, webhook schema version 2; Payments Colombia).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-payments-webhooks-br", "belvo-payments-webhooks-co"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CUSTOMERS: {
      description: "Webhooks about customers (Payments Brazil, webhook schema version 2).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-payments-webhooks-br"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_AUTHORIZATIONS: {
      description: "Webhooks about payment authorizations (Payments Brazil, webhook schema version 2).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-payments-webhooks-br"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    OWNERS: {
      description: "Webhooks about the owners of a link.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-webhook-owners"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVOICES: {
      description: "Webhooks about the invoices of a fiscal link.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "belvo-webhook-invoices",
        "belvo-webhook-invoices-historical",
        "belvo-webhook-invoices-sat-dian",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BILLS: {
      description: "Webhooks about the bills of a link.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-webhook-bills"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RECURRING_EXPENSES: {
      description: "Webhooks about the recurring expenses Belvo identifies for a link.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-webhook-recurring-expenses"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RISK_INSIGHTS: {
      description: "Webhooks about the risk insights Belvo generates for a link.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-webhook-risk-insights"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INCOMES: {
      description: "Webhooks about the incomes Belvo identifies for a link.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-webhook-incomes"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVESTMENTS: {
      description: "Webhooks about the investment accounts of a link.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-webhook-investments"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INVESTMENT_TRANSACTIONS: {
      description: "Webhooks about the investment transactions of a link.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-webhook-investment-transactions"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BelvoWebhookType. */
export const isBelvoWebhookType = (value: unknown): value is BelvoWebhookType => isCodeOf(BelvoWebhookTypeCategories, BelvoWebhookTypeAliases, value);

/** Other wire spellings of BelvoProcessType values (alias -> value). */
export const BelvoProcessTypeAliases: { readonly [alias: string]: BelvoProcessType } = {
};
/** The category of every BelvoProcessType value and alias: all a listener needs to read one. */
export const BelvoProcessTypeCategories: { readonly [spelling: string]: Category } = {
  historical_update: "informational",
  recurrent_update: "informational",
};
/**
 * Webhook process type: Why an aggregation webhook was sent (Belvo: 'The process_type parameter
 * indicates why the webhook event was triggered.'). The saved copy is cut before Belvo's list of
 * values; these are the values its examples show. Wire field: process_type (aggregation webhooks).
 */
export const BelvoProcessType: {
  /**
   * The webhook reports the historical load of a new link's data.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly historical_update: "historical_update";
  /**
   * The webhook reports a recurrent refresh of a link.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly recurrent_update: "recurrent_update";
} = /* @__PURE__ */ membersOf(BelvoProcessTypeCategories, BelvoProcessTypeAliases);
export type BelvoProcessType = (typeof BelvoProcessType)[keyof typeof BelvoProcessType];
/** A BelvoProcessType as read from the wire: a known value or any other string. */
export type BelvoProcessTypeOrUnknown = BelvoProcessType | (string & {});
/** The catalog's metadata of every BelvoProcessType value. */
export const BelvoProcessTypeInfo: { readonly [V in BelvoProcessType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/belvo/process_type",
  {
    historical_update: {
      description: "The webhook reports the historical load of a new link's data.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "belvo-webhook-accounts",
        "belvo-webhook-transactions",
        "belvo-webhooks-aggregation",
        "belvo-webhooks-aggregation-fields",
        "belvo-webhook-invoices",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    recurrent_update: {
      description: "The webhook reports a recurrent refresh of a link.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-webhook-accounts", "belvo-webhook-links"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BelvoProcessType. */
export const isBelvoProcessType = (value: unknown): value is BelvoProcessType => isCodeOf(BelvoProcessTypeCategories, BelvoProcessTypeAliases, value);

/** Other wire spellings of BelvoResponseStatus values (alias -> value). */
export const BelvoResponseStatusAliases: { readonly [alias: string]: BelvoResponseStatus } = {
};
/** The category of every BelvoResponseStatus value and alias: all a listener needs to read one. */
export const BelvoResponseStatusCategories: { readonly [spelling: string]: Category } = {
  "200": "success",
  "201": "success",
  "204": "success",
  "400": "generic_failure",
  "401": "integration_error",
  "403": "integration_error",
  "404": "integration_error",
  "405": "integration_error",
  "408": "generic_failure",
  "409": "integration_error",
  "428": "mfa_required",
  "500": "generic_failure",
};
/**
 * API response status: The HTTP status of a Belvo API response, with the meaning Belvo's response-
 * code table gives it. The error's code in the body (error_code) is the more specific fact. Wire
 * field: the HTTP status of an API response.
 */
export const BelvoResponseStatus: {
  /**
   * The content is available in the response body.
   * Category: success (Success); retryable: no.
   * Whose words: description: Belvo's published text.
   */
  readonly OK: 200;
  /**
   * The content was created successfully on Belvo.
   * Category: success (Success); retryable: no.
   * Whose words: description: Belvo's published text.
   */
  readonly CREATED: 201;
  /**
   * No content to return.
   * Category: success (Success); retryable: no.
   * Whose words: description: Belvo's published text.
   */
  readonly NO_CONTENT: 204;
  /**
   * Request returned an error, detail in content.
   * Category: generic_failure (Generic failure); retryable: no.
   * Whose words: description: Belvo's published text.
   */
  readonly BAD_REQUEST: 400;
  /**
   * The Belvo credentials provided are not valid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Belvo's published text.
   */
  readonly UNAUTHORIZED: 401;
  /**
   * You don’t have the required permissions to perform this action.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Belvo's published text.
   */
  readonly FORBIDDEN: 403;
  /**
   * The resource you try to access cannot be found.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Belvo's published text.
   */
  readonly NOT_FOUND: 404;
  /**
   * The HTTP method you are using is not accepted for this resource.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Belvo's published text.
   */
  readonly METHOD_NOT_ALLOWED: 405;
  /**
   * The request timed out and was terminated by the server.
   * Category: generic_failure (Generic failure); retryable: no.
   * Whose words: description: Belvo's published text.
   */
  readonly REQUEST_TIMEOUT: 408;
  /**
   * The request could not be completed due to a conflict with the current state of the resource.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Belvo's published text.
   */
  readonly CONFLICT: 409;
  /**
   * MFA token was required by the institution to connect.
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: Belvo's published text.
   */
  readonly MFA_TOKEN_REQUIRED: 428;
  /**
   * The detail of the error is available in the response body.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Belvo's published text.
   */
  readonly INTERNAL_SERVER_ERROR: 500;
} = {
  OK: 200,
  CREATED: 201,
  NO_CONTENT: 204,
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  REQUEST_TIMEOUT: 408,
  CONFLICT: 409,
  MFA_TOKEN_REQUIRED: 428,
  INTERNAL_SERVER_ERROR: 500,
};
export type BelvoResponseStatus = (typeof BelvoResponseStatus)[keyof typeof BelvoResponseStatus];
/** A BelvoResponseStatus as read from the wire: a known value or any other number, or a number's
 * decimal text (as some providers send it). */
export type BelvoResponseStatusOrUnknown = BelvoResponseStatus | (number & {}) | `${number}`;
/** The catalog's metadata of every BelvoResponseStatus value. */
export const BelvoResponseStatusInfo: { readonly [V in BelvoResponseStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/belvo/response_status",
  {
    "200": {
      name: "OK",
      description: "The content is available in the response body.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-api-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["belvo-api-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "201": {
      name: "CREATED",
      description: "The content was created successfully on Belvo.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-api-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["belvo-api-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "204": {
      name: "NO_CONTENT",
      description: "No content to return.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-api-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["belvo-api-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "400": {
      name: "BAD_REQUEST",
      description: "Request returned an error, detail in content.",
      category: "generic_failure",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["belvo-api-errors", "belvo-openapi-errors-40x-es"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["belvo-api-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "401": {
      name: "UNAUTHORIZED",
      description: "The Belvo credentials provided are not valid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-api-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["belvo-api-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "403": {
      name: "FORBIDDEN",
      description: "You don’t have the required permissions to perform this action.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-api-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["belvo-api-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "404": {
      name: "NOT_FOUND",
      description: "The resource you try to access cannot be found.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-api-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["belvo-api-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "405": {
      name: "METHOD_NOT_ALLOWED",
      description: "The HTTP method you are using is not accepted for this resource.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-api-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["belvo-api-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "408": {
      name: "REQUEST_TIMEOUT",
      description: "The request timed out and was terminated by the server.",
      category: "generic_failure",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["belvo-api-errors", "belvo-openapi-errors-40x-es"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["belvo-api-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "409": {
      name: "CONFLICT",
      description: "The request could not be completed due to a conflict with the current state of the resource.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["belvo-api-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["belvo-api-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "428": {
      name: "MFA_TOKEN_REQUIRED",
      description: "MFA token was required by the institution to connect.",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["belvo-api-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["belvo-api-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "500": {
      name: "INTERNAL_SERVER_ERROR",
      description: "The detail of the error is available in the response body.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["belvo-api-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["belvo-api-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BelvoResponseStatus. */
export const isBelvoResponseStatus = (value: unknown): value is BelvoResponseStatus => isNumericCodeOf(BelvoResponseStatusCategories, value);
