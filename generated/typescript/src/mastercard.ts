// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * Mastercard Open Finance (https://developer.mastercard.com/open-finance-us/documentation/): per
 * code set, its aliases, its category table, its constant (identifier -> wire value, built from the
 * table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, isNumericCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of MastercardErrorCode values (alias -> value). */
export const MastercardErrorCodeAliases: { readonly [alias: string]: MastercardErrorCode } = {
};
/** The category of every MastercardErrorCode value and alias: all a listener needs to read one. */
export const MastercardErrorCodeCategories: { readonly [spelling: string]: Category } = {
  "101": "institution_unavailable",
  "102": "institution_unavailable",
  "103": "credentials_invalid",
  "104": "institution_unavailable",
  "105": "institution_unavailable",
  "107": "generic_failure",
  "108": "generic_failure",
  "109": "generic_failure",
  "124": "institution_unavailable",
  "171": "institution_unavailable",
  "179": "institution_unavailable",
  "185": "user_action_required",
  "187": "user_action_required",
  "194": "institution_unavailable",
  "197": "institution_unavailable",
  "204": "generic_failure",
  "307": "institution_unavailable",
  "324": "user_action_required",
  "325": "concurrent_operation",
  "341": "generic_failure",
  "400": "generic_failure",
  "403": "user_action_required",
  "417": "institution_unavailable",
  "500": "institution_unavailable",
  "502": "generic_failure",
  "503": "institution_unavailable",
  "504": "institution_unavailable",
  "525": "institution_unavailable",
  "900": "institution_unavailable",
  "901": "institution_unavailable",
  "902": "institution_unavailable",
  "903": "institution_unavailable",
  "904": "institution_unavailable",
  "905": "institution_unavailable",
  "906": "institution_unavailable",
  "907": "institution_unavailable",
  "908": "institution_unavailable",
  "909": "institution_unavailable",
  "910": "institution_unavailable",
  "911": "institution_unavailable",
  "913": "account_unavailable",
  "914": "account_unavailable",
  "915": "institution_unavailable",
  "916": "institution_unavailable",
  "920": "institution_not_supported",
  "924": "institution_not_supported",
  "931": "user_action_required",
  "936": "user_action_required",
  "938": "user_action_required",
  "940": "user_action_required",
  "945": "generic_failure",
  "946": "account_unavailable",
  "947": "integration_error",
  "948": "generic_failure",
  "949": "reconnect_required",
  "950": "institution_not_supported",
  "952": "account_unavailable",
  "955": "account_unavailable",
  "959": "user_action_required",
  "960": "institution_not_supported",
  "961": "user_action_required",
  "972": "institution_not_supported",
  "973": "reconnect_required",
  "974": "session_expired",
  "976": "institution_not_supported",
  "977": "generic_failure",
  "978": "integration_error",
  "981": "integration_error",
  "990": "generic_failure",
  "991": "generic_failure",
  "992": "generic_failure",
  "993": "generic_failure",
  "994": "generic_failure",
  "995": "generic_failure",
  "996": "generic_failure",
  "997": "generic_failure",
  "998": "generic_failure",
  "1000": "generic_failure",
  "1001": "generic_failure",
  "1002": "generic_failure",
  "1003": "integration_error",
  "1004": "generic_failure",
  "1005": "generic_failure",
  "1008": "reconnect_required",
  "1009": "generic_failure",
  "1010": "generic_failure",
  "1011": "generic_failure",
  "1012": "generic_failure",
  "1108": "generic_failure",
  "1201": "generic_failure",
  "1203": "generic_failure",
  "1204": "generic_failure",
  "1408": "institution_unavailable",
  "1415": "integration_error",
  "1440": "session_expired",
  "1618": "integration_error",
  "1643": "integration_error",
  "2000": "success",
  "2001": "user_action_required",
  "2003": "user_action_required",
  "2005": "integration_error",
  "2006": "user_action_required",
  "2017": "user_action_required",
  "2024": "user_action_required",
  "2026": "user_action_required",
  "2028": "user_action_required",
  "2030": "user_action_required",
  "2031": "user_action_required",
  "2036": "generic_failure",
  "2038": "user_action_required",
  "2039": "user_action_required",
  "2040": "institution_unavailable",
  "3001": "integration_error",
  "3002": "integration_error",
  "3003": "reconnect_required",
  "3004": "reconnect_required",
  "3005": "integration_error",
  "3006": "integration_error",
  "3007": "integration_error",
  "3008": "integration_error",
  "3009": "integration_error",
  "4004": "integration_error",
  "4034": "account_unavailable",
  "4041": "institution_not_supported",
  "5006": "concurrent_operation",
  "5030": "user_action_required",
  "7002": "account_unavailable",
  "10000": "integration_error",
  "10001": "integration_error",
  "10002": "integration_error",
  "10003": "integration_error",
  "10005": "integration_error",
  "10006": "integration_error",
  "10007": "integration_error",
  "10008": "account_unavailable",
  "10009": "integration_error",
  "10010": "integration_error",
  "10013": "account_unavailable",
  "10020": "integration_error",
  "10021": "integration_error",
  "10022": "integration_error",
  "10023": "integration_error",
  "10024": "integration_error",
  "10025": "rejected",
  "10026": "integration_error",
  "10027": "integration_error",
  "10030": "generic_failure",
  "10100": "integration_error",
  "10106": "institution_not_supported",
  "10215": "integration_error",
  "10405": "rejected",
  "10406": "rejected",
  "10814": "user_action_required",
  "11000": "generic_failure",
  "12001": "generic_failure",
  "12003": "user_action_required",
  "12005": "generic_failure",
  "12008": "generic_failure",
  "12009": "generic_failure",
  "12017": "account_unavailable",
  "12019": "integration_error",
  "12022": "integration_error",
  "12046": "generic_failure",
  "12401": "integration_error",
  "13002": "integration_error",
  "14001": "account_unavailable",
  "14002": "account_unavailable",
  "14003": "integration_error",
  "14006": "integration_error",
  "14016": "integration_error",
  "14019": "user_action_required",
  "14020": "institution_not_supported",
  "14023": "integration_error",
  "14030": "generic_failure",
  "15001": "integration_error",
  "18017": "integration_error",
  "19000": "generic_failure",
  "20000": "integration_error",
  "20002": "integration_error",
  "20007": "reconnect_required",
  "20009": "account_unavailable",
  "20014": "generic_failure",
  "20017": "integration_error",
  "20024": "integration_error",
  "20400": "integration_error",
  "24302": "user_action_required",
  "24303": "credentials_invalid",
  "24437": "integration_error",
  "24553": "integration_error",
  "38003": "account_unavailable",
  "38006": "account_unavailable",
  "38007": "user_action_required",
  "38053": "user_action_required",
  "41002": "integration_error",
  "41003": "integration_error",
  "41004": "integration_error",
  "42000": "integration_error",
  "42002": "integration_error",
  "44000": "institution_unavailable",
  "44002": "institution_unavailable",
  "45002": "credentials_invalid",
  "45003": "integration_error",
  "50016": "integration_error",
  "50024": "generic_failure",
  "50025": "user_action_required",
  "50050": "generic_failure",
  "50051": "integration_error",
  "50052": "integration_error",
  "60013": "integration_error",
  "110002": "integration_error",
  "110039": "credentials_invalid",
  "3000000": "generic_failure",
  "3000001": "integration_error",
  "3000003": "integration_error",
  "3100001": "integration_error",
  "3200001": "generic_failure",
  "3200002": "integration_error",
  "3200003": "attempts_exhausted",
  "3200004": "user_action_required",
  "3300001": "rate_limited",
};
/**
 * Error code: The code of a Mastercard Open Finance error response (its code, sent as a number or a
 * string). Mastercard files many codes under a remediation category, kept here as the code's group
 * beside bankcodes' category; the US and AU pages list them separately (scope). Wire field: code.
 */
export const MastercardErrorCode: {
  /**
   * The following errors occur when existing connection to a financial institution is down and the
   * end user may experience failed attempt to add their bank accounts.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_101: 101;
  /**
   * The following errors occur when existing connection to a financial institution is down and the
   * end user may experience failed attempt to add their bank accounts.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_102: 102;
  /**
   * These errors occur when an end user enters invalid credentials.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_103: 103;
  /**
   * This error occurs when an existing connection to a financial institution is down and the end
   * user may experience a failed attempt to add their bank accounts.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_104: 104;
  /**
   * The following errors occur when existing connection to a financial institution is down and the
   * end user may experience failed attempt to add their bank accounts.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_105: 105;
  /**
   * This occurs when a financial institution needs additional information from the end user during
   * an add account event.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_107: 107;
  /**
   * This occurs when a financial institution needs additional information from the end user during
   * an add account event.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_108: 108;
  /**
   * This occurs when a financial institution needs additional information from the end user during
   * an add account event.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_109: 109;
  /**
   * This error occurs when a connection to the selected financial institution has encountered an
   * unknown error.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 500.
   */
  readonly CODE_124: 124;
  /**
   * These errors happen when an unexpected issue occurs on the website of a specific financial
   * institution.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_171: 171;
  /**
   * These errors happen when an unexpected issue occurs on the website of a specific financial
   * institution.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_179: 179;
  /**
   * The following errors occur when the end user provides inadequate response to security questions
   * while connecting to a financial institution.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_185: 185;
  /**
   * The following errors occur when the end user provides inadequate response to security questions
   * while connecting to a financial institution.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_187: 187;
  /**
   * These errors happen when an unexpected issue occurs on the website of a specific financial
   * institution.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_194: 194;
  /**
   * These errors happen when an unexpected issue occurs on the website of a specific financial
   * institution.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_197: 197;
  /**
   * This error occurs when a connection to the selected financial institution has encountered an
   * unknown error.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 500.
   */
  readonly CODE_204: 204;
  /**
   * These errors happen when an unexpected issue occurs on the website of a specific financial
   * institution.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_307: 307;
  /**
   * This error occurs when there's a mismatch between the user's account information provided to
   * your application and the information held at the financial institution.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_324: 324;
  /**
   * This error occurs if an API call is made for an account that is currently undergoing data
   * refresh.
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_325: 325;
  /**
   * This error occurs when a connection to the selected financial institution has encountered an
   * unknown error.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 500.
   */
  readonly CODE_341: 341;
  /**
   * An error code Mastercard lists.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   * HTTP: 500.
   */
  readonly CODE_400: 400;
  /**
   * This error occurs when there's a mismatch between the user's account information provided to
   * your application and the information held at the financial institution.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_403: 403;
  /**
   * These errors happen when an unexpected issue occurs on the website of a specific financial
   * institution.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_417: 417;
  /**
   * These errors happen when an unexpected issue occurs on the website of a specific financial
   * institution.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_500: 500;
  /**
   * This error occurs when the end user session has either expired or timed out.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: Invalid function.
   * Whose words: description: Mastercard Open Finance's published text; message: Mastercard Open
   * Finance's published text.
   * HTTP: 500.
   */
  readonly CODE_502: 502;
  /**
   * This error occurs when the end user session has either expired or timed out.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_503: 503;
  /**
   * This error occurs when the end user session has either expired or timed out.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Message: Error Connecting Account - Please Try Submitting Again.
   * Whose words: description: Mastercard Open Finance's published text; message: Mastercard Open
   * Finance's published text.
   * HTTP: 500.
   */
  readonly CODE_504: 504;
  /**
   * These errors happen when an unexpected issue occurs on the website of a specific financial
   * institution.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_525: 525;
  /**
   * These errors occur when a new connection to a financial institution is being created. Multiple
   * authentication attempts from the end user will help resolve this issue.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_900: 900;
  /**
   * This error occurs when a new connection to a financial institution is being created. Multiple
   * authentication attempts from the end user will help resolve this issue.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_901: 901;
  /**
   * This error occurs when a new connection to a financial institution is being created. Multiple
   * authentication attempts from the end user will help resolve this issue.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_902: 902;
  /**
   * This error occurs when a new connection to a financial institution is being created. Multiple
   * authentication attempts from the end user will help resolve this issue.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_903: 903;
  /**
   * A new connection to a financial institution is being created. Multiple authentication attempts
   * from the end user will help us resolve this issue quickly.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_904: 904;
  /**
   * The following errors occur when existing connection to a financial institution is down and the
   * end user may experience failed attempt to add their bank accounts.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_905: 905;
  /**
   * The following errors occur when existing connection to a financial institution is down and the
   * end user may experience failed attempt to add their bank accounts.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_906: 906;
  /**
   * The following errors occur when existing connection to a financial institution is down and the
   * end user may experience failed attempt to add their bank accounts.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_907: 907;
  /**
   * The following errors occur when existing connection to a financial institution is down and the
   * end user may experience failed attempt to add their bank accounts.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_908: 908;
  /**
   * This error occurs when an end user's bank account cannot be found at the financial institution.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_909: 909;
  /**
   * The following errors occur when existing connection to a financial institution is down and the
   * end user may experience failed attempt to add their bank accounts.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_910: 910;
  /**
   * The following errors occur when existing connection to a financial institution is down and the
   * end user may experience failed attempt to add their bank accounts.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_911: 911;
  /**
   * These errors occur when an end user's bank account cannot be found at the financial
   * institution. Click individual errors to learn more.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_913: 913;
  /**
   * This error occurs when an end user's bank account cannot be found at the financial institution.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_914: 914;
  /**
   * This error occurs when a new connection to a financial institution is being created. Multiple
   * authentication attempts from the end user will help resolve this issue.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_915: 915;
  /**
   * This error occurs when a new connection to a financial institution is being created. Multiple
   * authentication attempts from the end user will help resolve this issue.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_916: 916;
  /**
   * This error occurs when the connection to a financial institution is not supported.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_920: 920;
  /**
   * This error occurs when the connection to a financial institution is not supported.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_924: 924;
  /**
   * The following errors occur when the end user provides inadequate response to security questions
   * while connecting to a financial institution.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_931: 931;
  /**
   * This occurs when a financial institution needs additional information from the end user during
   * an add account event.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_936: 936;
  /**
   * This error occurs when the end user provides inadequate response to security questions while
   * connecting to a financial institution.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_938: 938;
  /**
   * This error occurs when the end user provides inadequate response to security questions while
   * connecting to a financial institution.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_940: 940;
  /**
   * This error occurs when an account is migrated from a legacy or a non-OAuth-based connection to
   * an OAuth connection and requires customer to provide their consent again.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_945: 945;
  /**
   * This error occurs when an end user's bank account cannot be found at the financial institution.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_946: 946;
  /**
   * This error occurs when the token associated with the end user account has expired or is
   * invalid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_947: 947;
  /**
   * An error code Mastercard lists.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly CODE_948: 948;
  /**
   * This error occurs when the end user's bank account is no longer recoverable.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Message: Accounts are in error status and can not be recovered in any way. Delete these
   * accounts.
   * Whose words: description: Mastercard Open Finance's published text; message: Mastercard Open
   * Finance's published text.
   * HTTP: 404.
   */
  readonly CODE_949: 949;
  /**
   * This error occurs when the connection to a financial institution is not supported.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_950: 950;
  /**
   * This error occurs when an end user's bank account cannot be found at the financial institution.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 500.
   */
  readonly CODE_952: 952;
  /**
   * These errors occur when an end user's bank account cannot be found at the financial
   * institution. Click individual errors to learn more.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_955: 955;
  /**
   * This occurs when a financial institution needs additional information from the end user during
   * an add account event.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_959: 959;
  /**
   * This error occurs when the connection to a financial institution is not supported.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_960: 960;
  /**
   * This occurs when a financial institution needs additional information from the end user during
   * an add account event.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_961: 961;
  /**
   * This error occurs when the connection to a financial institution is not supported.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_972: 972;
  /**
   * These errors occur when the request is malformed or incorrect.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Message: The user is not authorized for the requested resource or online access.
   * Whose words: description: Mastercard Open Finance's published text; message: Mastercard Open
   * Finance's published text.
   * HTTP: 500.
   */
  readonly CODE_973: 973;
  /**
   * This error occurs when the end user session has either expired or timed out.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_974: 974;
  /**
   * This error occurs when the connection to a financial institution is not supported.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 500.
   */
  readonly CODE_976: 976;
  /**
   * This error occurs when calls made have reached the maximum limit allowed by a financial
   * institution in a given time frame.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 500.
   */
  readonly CODE_977: 977;
  /**
   * These errors occur when the request is malformed or incorrect.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_978: 978;
  /**
   * These errors occur when the request is malformed or incorrect.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_981: 981;
  /**
   * These errors occur when there's an unexpected server error while processing the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 500.
   */
  readonly CODE_990: 990;
  /**
   * These errors occur when there's an unexpected server error while processing the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 500.
   */
  readonly CODE_991: 991;
  /**
   * These errors occur when there's an unexpected server error while processing the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 500.
   */
  readonly CODE_992: 992;
  /**
   * These errors occur when there's an unexpected server error while processing the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 500.
   */
  readonly CODE_993: 993;
  /**
   * These errors occur when there's an unexpected server error while processing the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 500.
   */
  readonly CODE_994: 994;
  /**
   * These errors occur when there's an unexpected server error while processing the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 500.
   */
  readonly CODE_995: 995;
  /**
   * These errors occur when there's an unexpected server error while processing the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 500.
   */
  readonly CODE_996: 996;
  /**
   * These errors occur when there's an unexpected server error while processing the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 500.
   */
  readonly CODE_997: 997;
  /**
   * These errors occur when there's an unexpected server error while processing the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 500.
   */
  readonly CODE_998: 998;
  /**
   * These errors occur when there's an unexpected server error while processing the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: field must be a number
   * Whose words: description: Mastercard Open Finance's published text; message: Mastercard Open
   * Finance's published text.
   * HTTP: 400, 500.
   */
  readonly CODE_1000: 1000;
  /**
   * These errors occur when there's an unexpected server error while processing the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: Account Error - use different account
   * Whose words: description: Mastercard Open Finance's published text; message: Mastercard Open
   * Finance's published text.
   * HTTP: 400, 500.
   */
  readonly CODE_1001: 1001;
  /**
   * These errors occur when there's an unexpected server error while processing the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 400, 500.
   */
  readonly CODE_1002: 1002;
  /**
   * This error occurs when there's an unexpected server error while processing the request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 409.
   */
  readonly CODE_1003: 1003;
  /**
   * These errors occur when there's an unexpected server error while processing the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 400, 500.
   */
  readonly CODE_1004: 1004;
  /**
   * These errors occur when there's an unexpected server error while processing the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 400, 500.
   */
  readonly CODE_1005: 1005;
  /**
   * This error occurs when the financial institution returns an unexpected login error.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_1008: 1008;
  /**
   * These errors occur when there's an unexpected server error while processing the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 400, 500.
   */
  readonly CODE_1009: 1009;
  /**
   * These errors occur when there's an unexpected server error while processing the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 400, 500.
   */
  readonly CODE_1010: 1010;
  /**
   * These errors occur when there's an unexpected server error while processing the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 400, 500.
   */
  readonly CODE_1011: 1011;
  /**
   * These errors occur when there's an unexpected server error while processing the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 400, 500.
   */
  readonly CODE_1012: 1012;
  /**
   * This error occurs when there's an unexpected server error while processing the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: Generation Error
   * Whose words: description: Mastercard Open Finance's published text; message: Mastercard Open
   * Finance's published text.
   * HTTP: 500.
   */
  readonly CODE_1108: 1108;
  /**
   * This error occurs when there's an unexpected server error while processing the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: Product Fulfillment Timeout
   * Whose words: description: Mastercard Open Finance's published text; message: Mastercard Open
   * Finance's published text.
   * HTTP: 408.
   */
  readonly CODE_1201: 1201;
  /**
   * This error occurs when there's an unexpected server error while processing the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: Stream Generation Timeout
   * Whose words: description: Mastercard Open Finance's published text; message: Mastercard Open
   * Finance's published text.
   * HTTP: 408.
   */
  readonly CODE_1203: 1203;
  /**
   * This error occurs when there's an unexpected server error while processing the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: Stream Generation Unavailable
   * Whose words: description: Mastercard Open Finance's published text; message: Mastercard Open
   * Finance's published text.
   * HTTP: 503.
   */
  readonly CODE_1204: 1204;
  /**
   * This error occurs when connection to a specific financial institution is interrupted
   * temporarily.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 500.
   */
  readonly CODE_1408: 1408;
  /**
   * This error is associated when a connection to the selected financial institution has
   * encountered an unknown error.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_1415: 1415;
  /**
   * This error occurs when the end user session has either expired or timed out.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_1440: 1440;
  /**
   * Negative or invalid value entered. Please use positive numbers only.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_1618: 1618;
  /**
   * No matching record found for external_id 123456789.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400, 404.
   */
  readonly CODE_1643: 1643;
  /**
   * Successful Warning - settlement amount exceeds available balance
   * Category: success (Success); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 200.
   */
  readonly CODE_2000: 2000;
  /**
   * The following errors occur when end user's consent authorization is not available.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_2001: 2001;
  /**
   * The following errors occur when end user's consent authorization is not available.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_2003: 2003;
  /**
   * These errors occur when the request is malformed or incorrect.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_2005: 2005;
  /**
   * The following errors occur when end user's consent authorization is not available.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_2006: 2006;
  /**
   * The following errors occur when end user's consent authorization is not available.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_2017: 2017;
  /**
   * The following errors occur when end user's consent authorization is not available.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_2024: 2024;
  /**
   * The following errors occur when end user's consent authorization is not available.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_2026: 2026;
  /**
   * This error occurs when the end user's consent authorization is not available.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_2028: 2028;
  /**
   * The following errors occur when end user's consent authorization is not available.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_2030: 2030;
  /**
   * This error occurs when the end user's consent authorization is not available.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_2031: 2031;
  /**
   * This error occurs when the end user's consent authorization is not available.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_2036: 2036;
  /**
   * This error occurs when the end user's consent authorization is not available.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_2038: 2038;
  /**
   * This error occurs when the end user's consent authorization is not available.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_2039: 2039;
  /**
   * This error occurs when the financial institution returns an unexpected login error.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_2040: 2040;
  /**
   * Resource Not Found
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 404.
   */
  readonly CODE_3001: 3001;
  /**
   * Resource Not Found
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 404.
   */
  readonly CODE_3002: 3002;
  /**
   * This error occurs when the end user provides inadequate response to security questions while
   * connecting to a financial institution.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Message: Institution Login Id is not found
   * Whose words: description: Mastercard Open Finance's published text; message: Mastercard Open
   * Finance's published text.
   * HTTP: 404.
   */
  readonly CODE_3003: 3003;
  /**
   * This error occurs when the end user provides inadequate response to security questions while
   * connecting to a financial institution.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Message: Institution Login Id details are not found.
   * Advice to the integrator: Ask the user to re-authenticate.
   * Whose words: description: Mastercard Open Finance's published text; message: Mastercard Open
   * Finance's published text; advice to the integrator: Mastercard Open Finance's published text.
   * HTTP: 404.
   */
  readonly CODE_3004: 3004;
  /**
   * Bad Request
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_3005: 3005;
  /**
   * Bad Request
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_3006: 3006;
  /**
   * Bad Request
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_3007: 3007;
  /**
   * Bad Request
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_3008: 3008;
  /**
   * Bad Request
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_3009: 3009;
  /**
   * The requested experience could not be found for the external app name.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 404.
   */
  readonly CODE_4004: 4004;
  /**
   * This error occurs when the token associated with the end user account has expired or is
   * invalid.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Message: Access tokens must be managed at the institution's website.
   * Whose words: description: Mastercard Open Finance's published text; message: Mastercard Open
   * Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_4034: 4034;
  /**
   * This error occurs when the connection to a financial institution is not supported.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_4041: 4041;
  /**
   * This error occurs if an API call is made for an account that is currently undergoing data
   * refresh.
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_5006: 5006;
  /**
   * This error occurs when the end user has not provided an account type.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_5030: 5030;
  /**
   * Account product not found
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 500.
   */
  readonly CODE_7002: 7002;
  /**
   * These errors occur when the request is malformed or incorrect.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_10000: 10000;
  /**
   * This error occurs when the request is malformed or incorrect.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 401.
   */
  readonly CODE_10001: 10001;
  /**
   * Customer ID was not found.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 404.
   */
  readonly CODE_10002: 10002;
  /**
   * Business ID was not found.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400, 404.
   */
  readonly CODE_10003: 10003;
  /**
   * These errors occur when the request is malformed or incorrect.
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: A required field was left blank, or contained only whitespace. Submit
   * the request again, with valid text in all required fields.
   * Whose words: description: Mastercard Open Finance's published text; advice to the integrator:
   * Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_10005: 10005;
  /**
   * settleByDate must not be in the past
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_10006: 10006;
  /**
   * [FIELD] is the incorrect type
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_10007: 10007;
  /**
   * account has no transactions
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400, 404.
   */
  readonly CODE_10008: 10008;
  /**
   * [FIELD] is a required parameter
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_10009: 10009;
  /**
   * These errors occur when the request is malformed or incorrect.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 500.
   */
  readonly CODE_10010: 10010;
  /**
   * Only active accounts can be used, please use a different account
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_10013: 10013;
  /**
   * Data missing : MerchantName, streetAddress.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_10020: 10020;
  /**
   * You are not authorized.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 401.
   */
  readonly CODE_10021: 10021;
  /**
   * Invalid (Finicity-App-Token)
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 401.
   */
  readonly CODE_10022: 10022;
  /**
   * An error code Mastercard lists under Expired (App-Token).
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  readonly CODE_10023: 10023;
  /**
   * Missing parameter (Finicity-App-Token)
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 401.
   */
  readonly CODE_10024: 10024;
  /**
   * This error occurs when the end user session has either expired or timed out.
   * Category: rejected (Rejected); retryable: no.
   * Message: We were unable to verify your identity. To get started another way, please reach out
   * to {Partner} for support.
   * Advice to the integrator: This user has gone through the flow and edited their prefill data
   * significantly in a way that has triggered elevated risk.
   * Whose words: description: Mastercard Open Finance's published text; message: Mastercard Open
   * Finance's published text; advice to the integrator: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_10025: 10025;
  /**
   * Missing parameter (Finicity-App-Key)
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 401.
   */
  readonly CODE_10026: 10026;
  /**
   * Invalid parameter (Finicity-App-Key)
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 401.
   */
  readonly CODE_10027: 10027;
  /**
   * This error occurs when there's an unexpected server error while processing the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 500.
   */
  readonly CODE_10030: 10030;
  /**
   * Invalid parameter (<parameter name>)
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400, 404.
   */
  readonly CODE_10100: 10100;
  /**
   * This error occurs when the connection to a financial institution is not supported.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_10106: 10106;
  /**
   * Consent receipt not found
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 404.
   */
  readonly CODE_10215: 10215;
  /**
   * The active security freeze for this consumer exists.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 403.
   */
  readonly CODE_10405: 10405;
  /**
   * The active dispute statement for this consumer exists.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 403.
   */
  readonly CODE_10406: 10406;
  /**
   * This error occurs when the end user provides inadequate response to security questions while
   * connecting to a financial institution.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_10814: 10814;
  /**
   * This error is associated when a connection to the selected financial institution has
   * encountered an unknown error.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_11000: 11000;
  /**
   * An error code whose page Mastercard publishes at …/error-codes/12001/; that page's table gives
   * its facts to 12003.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly CODE_12001: 12001;
  /**
   * The following errors occur when the end user provides inadequate response to security questions
   * while connecting to a financial institution.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 409, 500.
   */
  readonly CODE_12003: 12003;
  /**
   * This error occurs when the end user's consent authorization is not available.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_12005: 12005;
  /**
   * These errors occur when there's an unexpected server error while processing the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_12008: 12008;
  /**
   * This error occurs when there's an unexpected server error while processing the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_12009: 12009;
  /**
   * No Account Owners Details Found.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 404.
   */
  readonly CODE_12017: 12017;
  /**
   * fields parameter value must be 'balanceDetails','paymentInstruction' and 'accountIdentity'
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_12019: 12019;
  /**
   * An email is required when registering a customer for PSI-FCRA
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_12022: 12022;
  /**
   * An error code Mastercard lists.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   * HTTP: 500.
   */
  readonly CODE_12046: 12046;
  /**
   * partner not found
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 404.
   */
  readonly CODE_12401: 12401;
  /**
   * Asset not found
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 404.
   */
  readonly CODE_13002: 13002;
  /**
   * An error code Mastercard lists.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Message: Customer not found.
   * Whose words: description: bankcodes' wording; message: Mastercard Open Finance's published
   * text.
   * HTTP: 404.
   */
  readonly CODE_14001: 14001;
  /**
   * This error occurs when the requested entity doesn't exist or cannot be found.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 404.
   */
  readonly CODE_14002: 14002;
  /**
   * Aggregation connect partner not found.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 404.
   */
  readonly CODE_14003: 14003;
  /**
   * Institution not found.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 404.
   */
  readonly CODE_14006: 14006;
  /**
   * Invalid customer type.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_14016: 14016;
  /**
   * This error occurs when the end user's consent authorization is not available.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_14019: 14019;
  /**
   * This error occurs when the connection to a financial institution is not supported.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_14020: 14020;
  /**
   * This error occurs when the request is malformed or incorrect.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Invalid Customer ID.
   * Whose words: description: Mastercard Open Finance's published text; message: Mastercard Open
   * Finance's published text.
   * HTTP: 404.
   */
  readonly CODE_14023: 14023;
  /**
   * These errors occur when there's an unexpected server error while processing the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 400, 500.
   */
  readonly CODE_14030: 14030;
  /**
   * One of the specified fields is missing or blank.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_15001: 15001;
  /**
   * status parameter value must be 'active' or 'pending
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_18017: 18017;
  /**
   * This error occurs when there's an unexpected server error while processing the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 500.
   */
  readonly CODE_19000: 19000;
  /**
   * Only 'application/json' is supported.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 406.
   */
  readonly CODE_20000: 20000;
  /**
   * These errors occur when the request is malformed or incorrect.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_20002: 20002;
  /**
   * These errors occur when accounts cannot be migrated from legacy to OAuth connections.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 409.
   */
  readonly CODE_20007: 20007;
  /**
   * This error occurs when accounts cannot be migrated from legacy to OAuth connections.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 500.
   */
  readonly CODE_20009: 20009;
  /**
   * This error occurs when there's an unexpected server error while processing the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 500.
   */
  readonly CODE_20014: 20014;
  /**
   * This error occurs when the requested entity doesn't exist or cannot be found.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 500.
   */
  readonly CODE_20017: 20017;
  /**
   * These errors occur when the request is malformed or incorrect.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_20024: 20024;
  /**
   * The max report generation limit was exceeded for this customer.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_20400: 20400;
  /**
   * This error occurs when the end user provides inadequate response to security questions while
   * connecting to a financial institution.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 500.
   */
  readonly CODE_24302: 24302;
  /**
   * These errors occur when an end user enters invalid credentials.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_24303: 24303;
  /**
   * New password is not as per policy
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_24437: 24437;
  /**
   * Transaction not found.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 404.
   */
  readonly CODE_24553: 24553;
  /**
   * This error occurs when an end user's bank account cannot be found at the financial institution.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 404, 500.
   */
  readonly CODE_38003: 38003;
  /**
   * These errors occur when an end user's bank account cannot be found at the financial
   * institution. Click individual errors to learn more.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 404, 500.
   */
  readonly CODE_38006: 38006;
  /**
   * The following errors occur when the end user provides inadequate response to security questions
   * while connecting to a financial institution.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_38007: 38007;
  /**
   * This occurs when a financial institution needs additional information from the end user during
   * an add account event.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 500.
   */
  readonly CODE_38053: 38053;
  /**
   * Invalid date range: <message>
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_41002: 41002;
  /**
   * Start index cannot be less than one.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_41003: 41003;
  /**
   * Limit cannot be less than one.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_41004: 41004;
  /**
   * This error occurs when the request is malformed or incorrect.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Testing customer limit exceeded.
   * Advice to the integrator: Contact your support team member to discuss next steps.
   * Whose words: description: Mastercard Open Finance's published text; message: Mastercard Open
   * Finance's published text; advice to the integrator: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_42000: 42000;
  /**
   * This error occurs when the request is malformed or incorrect.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_42002: 42002;
  /**
   * This error occurs when calls made have reached the maximum limit allowed by a financial
   * institution in a given time frame.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 202.
   */
  readonly CODE_44000: 44000;
  /**
   * This error occurs when calls made have reached the maximum limit allowed by a financial
   * institution in a given time frame.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Message: Aggregation service is temporarily unavailable. Please try again later.
   * Whose words: description: Mastercard Open Finance's published text; message: Mastercard Open
   * Finance's published text.
   * HTTP: 202.
   */
  readonly CODE_44002: 44002;
  /**
   * These errors occur when an end user enters invalid credentials.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_45002: 45002;
  /**
   * Invalid character in name fields.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_45003: 45003;
  /**
   * Accounts for temporary customers are maintained by the system, and cannot be deleted through
   * the API.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_50016: 50016;
  /**
   * This error occurs when the end user provides inadequate response to security questions while
   * connecting to a financial institution.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 500.
   */
  readonly CODE_50024: 50024;
  /**
   * The following errors occur when the end user provides inadequate response to security questions
   * while connecting to a financial institution.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_50025: 50025;
  /**
   * This error occurs when there's an unexpected server error while processing the request.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 400, 404, 500.
   */
  readonly CODE_50050: 50050;
  /**
   * No registered partner applications found.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 404.
   */
  readonly CODE_50051: 50051;
  /**
   * Customer has no assigned application.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 404.
   */
  readonly CODE_50052: 50052;
  /**
   * No active subscription found for a given customer.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 404.
   */
  readonly CODE_60013: 60013;
  /**
   * Username is not available.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 409.
   */
  readonly CODE_110002: 110002;
  /**
   * These errors occur when an end user enters invalid credentials.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly CODE_110039: 110039;
  /**
   * Microdeposit initiation can't be processed at this time due to technical difficulties. Please
   * try after some time
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_3000000: 3000000;
  /**
   * Invalid account number
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_3000001: 3000001;
  /**
   * Invalid memo
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_3000003: 3000003;
  /**
   * Account already exist
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_3100001: 3100001;
  /**
   * Microdeposits initiation failed
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_3200001: 3200001;
  /**
   * Microdeposit is in <status> status
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_3200002: 3200002;
  /**
   * Microdeposit verification attempts exceeded
   * Category: attempts_exhausted (Attempts exhausted); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_3200003: 3200003;
  /**
   * Microdeposit amounts didn't match
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_3200004: 3200004;
  /**
   * Too many request. Please try after some time
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: message: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly CODE_3300001: 3300001;
} = {
  CODE_101: 101,
  CODE_102: 102,
  CODE_103: 103,
  CODE_104: 104,
  CODE_105: 105,
  CODE_107: 107,
  CODE_108: 108,
  CODE_109: 109,
  CODE_124: 124,
  CODE_171: 171,
  CODE_179: 179,
  CODE_185: 185,
  CODE_187: 187,
  CODE_194: 194,
  CODE_197: 197,
  CODE_204: 204,
  CODE_307: 307,
  CODE_324: 324,
  CODE_325: 325,
  CODE_341: 341,
  CODE_400: 400,
  CODE_403: 403,
  CODE_417: 417,
  CODE_500: 500,
  CODE_502: 502,
  CODE_503: 503,
  CODE_504: 504,
  CODE_525: 525,
  CODE_900: 900,
  CODE_901: 901,
  CODE_902: 902,
  CODE_903: 903,
  CODE_904: 904,
  CODE_905: 905,
  CODE_906: 906,
  CODE_907: 907,
  CODE_908: 908,
  CODE_909: 909,
  CODE_910: 910,
  CODE_911: 911,
  CODE_913: 913,
  CODE_914: 914,
  CODE_915: 915,
  CODE_916: 916,
  CODE_920: 920,
  CODE_924: 924,
  CODE_931: 931,
  CODE_936: 936,
  CODE_938: 938,
  CODE_940: 940,
  CODE_945: 945,
  CODE_946: 946,
  CODE_947: 947,
  CODE_948: 948,
  CODE_949: 949,
  CODE_950: 950,
  CODE_952: 952,
  CODE_955: 955,
  CODE_959: 959,
  CODE_960: 960,
  CODE_961: 961,
  CODE_972: 972,
  CODE_973: 973,
  CODE_974: 974,
  CODE_976: 976,
  CODE_977: 977,
  CODE_978: 978,
  CODE_981: 981,
  CODE_990: 990,
  CODE_991: 991,
  CODE_992: 992,
  CODE_993: 993,
  CODE_994: 994,
  CODE_995: 995,
  CODE_996: 996,
  CODE_997: 997,
  CODE_998: 998,
  CODE_1000: 1000,
  CODE_1001: 1001,
  CODE_1002: 1002,
  CODE_1003: 1003,
  CODE_1004: 1004,
  CODE_1005: 1005,
  CODE_1008: 1008,
  CODE_1009: 1009,
  CODE_1010: 1010,
  CODE_1011: 1011,
  CODE_1012: 1012,
  CODE_1108: 1108,
  CODE_1201: 1201,
  CODE_1203: 1203,
  CODE_1204: 1204,
  CODE_1408: 1408,
  CODE_1415: 1415,
  CODE_1440: 1440,
  CODE_1618: 1618,
  CODE_1643: 1643,
  CODE_2000: 2000,
  CODE_2001: 2001,
  CODE_2003: 2003,
  CODE_2005: 2005,
  CODE_2006: 2006,
  CODE_2017: 2017,
  CODE_2024: 2024,
  CODE_2026: 2026,
  CODE_2028: 2028,
  CODE_2030: 2030,
  CODE_2031: 2031,
  CODE_2036: 2036,
  CODE_2038: 2038,
  CODE_2039: 2039,
  CODE_2040: 2040,
  CODE_3001: 3001,
  CODE_3002: 3002,
  CODE_3003: 3003,
  CODE_3004: 3004,
  CODE_3005: 3005,
  CODE_3006: 3006,
  CODE_3007: 3007,
  CODE_3008: 3008,
  CODE_3009: 3009,
  CODE_4004: 4004,
  CODE_4034: 4034,
  CODE_4041: 4041,
  CODE_5006: 5006,
  CODE_5030: 5030,
  CODE_7002: 7002,
  CODE_10000: 10000,
  CODE_10001: 10001,
  CODE_10002: 10002,
  CODE_10003: 10003,
  CODE_10005: 10005,
  CODE_10006: 10006,
  CODE_10007: 10007,
  CODE_10008: 10008,
  CODE_10009: 10009,
  CODE_10010: 10010,
  CODE_10013: 10013,
  CODE_10020: 10020,
  CODE_10021: 10021,
  CODE_10022: 10022,
  CODE_10023: 10023,
  CODE_10024: 10024,
  CODE_10025: 10025,
  CODE_10026: 10026,
  CODE_10027: 10027,
  CODE_10030: 10030,
  CODE_10100: 10100,
  CODE_10106: 10106,
  CODE_10215: 10215,
  CODE_10405: 10405,
  CODE_10406: 10406,
  CODE_10814: 10814,
  CODE_11000: 11000,
  CODE_12001: 12001,
  CODE_12003: 12003,
  CODE_12005: 12005,
  CODE_12008: 12008,
  CODE_12009: 12009,
  CODE_12017: 12017,
  CODE_12019: 12019,
  CODE_12022: 12022,
  CODE_12046: 12046,
  CODE_12401: 12401,
  CODE_13002: 13002,
  CODE_14001: 14001,
  CODE_14002: 14002,
  CODE_14003: 14003,
  CODE_14006: 14006,
  CODE_14016: 14016,
  CODE_14019: 14019,
  CODE_14020: 14020,
  CODE_14023: 14023,
  CODE_14030: 14030,
  CODE_15001: 15001,
  CODE_18017: 18017,
  CODE_19000: 19000,
  CODE_20000: 20000,
  CODE_20002: 20002,
  CODE_20007: 20007,
  CODE_20009: 20009,
  CODE_20014: 20014,
  CODE_20017: 20017,
  CODE_20024: 20024,
  CODE_20400: 20400,
  CODE_24302: 24302,
  CODE_24303: 24303,
  CODE_24437: 24437,
  CODE_24553: 24553,
  CODE_38003: 38003,
  CODE_38006: 38006,
  CODE_38007: 38007,
  CODE_38053: 38053,
  CODE_41002: 41002,
  CODE_41003: 41003,
  CODE_41004: 41004,
  CODE_42000: 42000,
  CODE_42002: 42002,
  CODE_44000: 44000,
  CODE_44002: 44002,
  CODE_45002: 45002,
  CODE_45003: 45003,
  CODE_50016: 50016,
  CODE_50024: 50024,
  CODE_50025: 50025,
  CODE_50050: 50050,
  CODE_50051: 50051,
  CODE_50052: 50052,
  CODE_60013: 60013,
  CODE_110002: 110002,
  CODE_110039: 110039,
  CODE_3000000: 3000000,
  CODE_3000001: 3000001,
  CODE_3000003: 3000003,
  CODE_3100001: 3100001,
  CODE_3200001: 3200001,
  CODE_3200002: 3200002,
  CODE_3200003: 3200003,
  CODE_3200004: 3200004,
  CODE_3300001: 3300001,
};
export type MastercardErrorCode = (typeof MastercardErrorCode)[keyof typeof MastercardErrorCode];
/** A MastercardErrorCode as read from the wire: a known value or any other number, or a number's
 * decimal text (as some providers send it). */
export type MastercardErrorCodeOrUnknown = MastercardErrorCode | (number & {}) | `${number}`;
/** The catalog's metadata of every MastercardErrorCode value. */
export const MastercardErrorCodeInfo: { readonly [V in MastercardErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/mastercard/error_code",
  {
    "101": {
      name: "CODE_101",
      description: "The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-au-existing-connection-interruptions", "mastercard-us-error-codes-101"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-au-existing-connection-interruptions"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "102": {
      name: "CODE_102",
      description: "The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-au-existing-connection-interruptions", "mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-au-existing-connection-interruptions"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "103": {
      name: "CODE_103",
      description: "These errors occur when an end user enters invalid credentials.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mastercard-us-accounterrors-invalidcredentials",
        "mastercard-au-accounterrors-invalidcredentials",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "mastercard-us-accounterrors-invalidcredentials",
            "mastercard-au-accounterrors-invalidcredentials",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "104": {
      name: "CODE_104",
      description: "This error occurs when an existing connection to a financial institution is down and the end user may experience a failed attempt to add their bank accounts.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-104", "mastercard-au-existing-connection-interruptions"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "mastercard-us-error-codes-104",
            "mastercard-au-existing-connection-interruptions",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "105": {
      name: "CODE_105",
      description: "The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-au-existing-connection-interruptions"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-au-existing-connection-interruptions"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "107": {
      name: "CODE_107",
      description: "This occurs when a financial institution needs additional information from the end user during an add account event.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-107"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-107"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "108": {
      name: "CODE_108",
      description: "This occurs when a financial institution needs additional information from the end user during an add account event.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-108"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-108"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "109": {
      name: "CODE_109",
      description: "This occurs when a financial institution needs additional information from the end user during an add account event.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-109"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-109"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "124": {
      name: "CODE_124",
      description: "This error occurs when a connection to the selected financial institution has encountered an unknown error.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["mastercard-us-error-codes-124"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-124"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "171": {
      name: "CODE_171",
      description: "These errors happen when an unexpected issue occurs on the website of a specific financial institution.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mastercard-us-institutionerrors-other-connection-issues",
        "mastercard-au-institutionerrors-other-connection-issues",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "mastercard-us-institutionerrors-other-connection-issues",
            "mastercard-au-institutionerrors-other-connection-issues",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "179": {
      name: "CODE_179",
      description: "These errors happen when an unexpected issue occurs on the website of a specific financial institution.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mastercard-us-institutionerrors-other-connection-issues",
        "mastercard-au-institutionerrors-other-connection-issues",
        "mastercard-au-accounterrors-unexpectedloginerror",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "mastercard-us-institutionerrors-other-connection-issues",
            "mastercard-au-institutionerrors-other-connection-issues",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "185": {
      name: "CODE_185",
      description: "The following errors occur when the end user provides inadequate response to security questions while connecting to a financial institution.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-us-data-connect-fix", "mastercard-au-accounterrors-incompleteauth"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-au-accounterrors-incompleteauth"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "187": {
      name: "CODE_187",
      description: "The following errors occur when the end user provides inadequate response to security questions while connecting to a financial institution.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-us-data-connect-fix", "mastercard-au-accounterrors-incompleteauth"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-au-accounterrors-incompleteauth"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "194": {
      name: "CODE_194",
      description: "These errors happen when an unexpected issue occurs on the website of a specific financial institution.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mastercard-us-institutionerrors-other-connection-issues",
        "mastercard-au-institutionerrors-other-connection-issues",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "mastercard-us-institutionerrors-other-connection-issues",
            "mastercard-au-institutionerrors-other-connection-issues",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "197": {
      name: "CODE_197",
      description: "These errors happen when an unexpected issue occurs on the website of a specific financial institution.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mastercard-us-institutionerrors-other-connection-issues",
        "mastercard-au-institutionerrors-other-connection-issues",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "mastercard-us-institutionerrors-other-connection-issues",
            "mastercard-au-institutionerrors-other-connection-issues",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "204": {
      name: "CODE_204",
      description: "This error occurs when a connection to the selected financial institution has encountered an unknown error.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: [
        "mastercard-us-error-codes-204",
        "mastercard-us-institutionerrors-other-connection-issues",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "mastercard-us-error-codes-204",
            "mastercard-us-institutionerrors-other-connection-issues",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "contact_provider",
    },
    "307": {
      name: "CODE_307",
      description: "These errors happen when an unexpected issue occurs on the website of a specific financial institution.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-au-institutionerrors-other-connection-issues"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-au-institutionerrors-other-connection-issues"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "324": {
      name: "CODE_324",
      description: "This error occurs when there's a mismatch between the user's account information provided to your application and the information held at the financial institution.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-324", "mastercard-au-accounterrors-324"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-324"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "325": {
      name: "CODE_325",
      description: "This error occurs if an API call is made for an account that is currently undergoing data refresh.",
      category: "concurrent_operation",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-325"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-325"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "341": {
      name: "CODE_341",
      description: "This error occurs when a connection to the selected financial institution has encountered an unknown error.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["mastercard-us-error-codes-341"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-341"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "contact_provider",
    },
    "400": {
      name: "CODE_400",
      description: "An error code Mastercard lists.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["mastercard-au-accounterrors-account-not-found-400"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "403": {
      name: "CODE_403",
      description: "This error occurs when there's a mismatch between the user's account information provided to your application and the information held at the financial institution.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-403", "mastercard-au-accounterrors-403"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-403"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "417": {
      name: "CODE_417",
      description: "These errors happen when an unexpected issue occurs on the website of a specific financial institution.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mastercard-us-institutionerrors-other-connection-issues",
        "mastercard-au-institutionerrors-other-connection-issues",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "mastercard-us-institutionerrors-other-connection-issues",
            "mastercard-au-institutionerrors-other-connection-issues",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "500": {
      name: "CODE_500",
      description: "These errors happen when an unexpected issue occurs on the website of a specific financial institution.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mastercard-us-institutionerrors-other-connection-issues",
        "mastercard-au-institutionerrors-other-connection-issues",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "mastercard-us-institutionerrors-other-connection-issues",
            "mastercard-au-institutionerrors-other-connection-issues",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "502": {
      name: "CODE_502",
      description: "This error occurs when the end user session has either expired or timed out.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["mastercard-us-error-codes-502"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-error-codes-502"] },
        message: { by: "provider", sources: ["mastercard-us-error-codes-502"] },
      },
      message: "Invalid function.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "503": {
      name: "CODE_503",
      description: "This error occurs when the end user session has either expired or timed out.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-503"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-503"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "504": {
      name: "CODE_504",
      description: "This error occurs when the end user session has either expired or timed out.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["mastercard-us-error-codes-504"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-error-codes-504"] },
        message: { by: "provider", sources: ["mastercard-us-error-codes-504"] },
      },
      message: "Error Connecting Account - Please Try Submitting Again.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "525": {
      name: "CODE_525",
      description: "These errors happen when an unexpected issue occurs on the website of a specific financial institution.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mastercard-us-institutionerrors-other-connection-issues",
        "mastercard-au-institutionerrors-other-connection-issues",
        "mastercard-us-error-codes-525",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "mastercard-us-institutionerrors-other-connection-issues",
            "mastercard-au-institutionerrors-other-connection-issues",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "900": {
      name: "CODE_900",
      description: "These errors occur when a new connection to a financial institution is being created. Multiple authentication attempts from the end user will help resolve this issue.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mastercard-au-connection-ip-new-connection",
        "mastercard-us-connection-ip-new-connection",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "mastercard-au-connection-ip-new-connection",
            "mastercard-us-connection-ip-new-connection",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "901": {
      name: "CODE_901",
      description: "This error occurs when a new connection to a financial institution is being created. Multiple authentication attempts from the end user will help resolve this issue.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mastercard-us-error-codes-901",
        "mastercard-au-connection-ip-new-connection",
        "mastercard-us-connection-ip-new-connection",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-901"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "902": {
      name: "CODE_902",
      description: "This error occurs when a new connection to a financial institution is being created. Multiple authentication attempts from the end user will help resolve this issue.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mastercard-us-error-codes-902",
        "mastercard-au-connection-ip-new-connection",
        "mastercard-us-connection-ip-new-connection",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-902"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "903": {
      name: "CODE_903",
      description: "This error occurs when a new connection to a financial institution is being created. Multiple authentication attempts from the end user will help resolve this issue.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mastercard-us-error-codes-903",
        "mastercard-au-connection-ip-new-connection",
        "mastercard-us-connection-ip-new-connection",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-903"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "904": {
      name: "CODE_904",
      description: "A new connection to a financial institution is being created. Multiple authentication attempts from the end user will help us resolve this issue quickly.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mastercard-us-error-codes-904",
        "mastercard-au-connection-ip-new-connection",
        "mastercard-us-connection-ip-new-connection",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-904"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "905": {
      name: "CODE_905",
      description: "The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-au-existing-connection-interruptions", "mastercard-us-error-codes-905"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-au-existing-connection-interruptions"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "906": {
      name: "CODE_906",
      description: "The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-au-existing-connection-interruptions", "mastercard-us-error-codes-906"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-au-existing-connection-interruptions"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "907": {
      name: "CODE_907",
      description: "The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-au-existing-connection-interruptions", "mastercard-us-error-codes-907"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-au-existing-connection-interruptions"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "908": {
      name: "CODE_908",
      description: "The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-au-existing-connection-interruptions"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-au-existing-connection-interruptions"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "909": {
      name: "CODE_909",
      description: "This error occurs when an end user's bank account cannot be found at the financial institution.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-909", "mastercard-us-accounterrors-account-not-found"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "mastercard-us-error-codes-909",
            "mastercard-us-accounterrors-account-not-found",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "910": {
      name: "CODE_910",
      description: "The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-au-existing-connection-interruptions", "mastercard-us-error-codes-910"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-au-existing-connection-interruptions"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "911": {
      name: "CODE_911",
      description: "The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-au-existing-connection-interruptions", "mastercard-us-error-codes-911"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-au-existing-connection-interruptions"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "913": {
      name: "CODE_913",
      description: "These errors occur when an end user's bank account cannot be found at the financial institution. Click individual errors to learn more.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-us-accounterrors-account-not-found"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-accounterrors-account-not-found"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "914": {
      name: "CODE_914",
      description: "This error occurs when an end user's bank account cannot be found at the financial institution.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-914", "mastercard-us-accounterrors-account-not-found"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "mastercard-us-error-codes-914",
            "mastercard-us-accounterrors-account-not-found",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "915": {
      name: "CODE_915",
      description: "This error occurs when a new connection to a financial institution is being created. Multiple authentication attempts from the end user will help resolve this issue.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mastercard-us-error-codes-915",
        "mastercard-au-connection-ip-new-connection",
        "mastercard-us-connection-ip-new-connection",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-915"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "916": {
      name: "CODE_916",
      description: "This error occurs when a new connection to a financial institution is being created. Multiple authentication attempts from the end user will help resolve this issue.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mastercard-us-error-codes-916",
        "mastercard-au-connection-ip-new-connection",
        "mastercard-us-connection-ip-new-connection",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-916"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "920": {
      name: "CODE_920",
      description: "This error occurs when the connection to a financial institution is not supported.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-920", "mastercard-au-connection-not-supported"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-920"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "924": {
      name: "CODE_924",
      description: "This error occurs when the connection to a financial institution is not supported.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-924", "mastercard-au-connection-not-supported"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-924"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "931": {
      name: "CODE_931",
      description: "The following errors occur when the end user provides inadequate response to security questions while connecting to a financial institution.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-au-accounterrors-incompleteauth"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-au-accounterrors-incompleteauth"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "936": {
      name: "CODE_936",
      description: "This occurs when a financial institution needs additional information from the end user during an add account event.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-936"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-936"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "938": {
      name: "CODE_938",
      description: "This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mastercard-us-error-codes-938",
        "mastercard-au-accounterrors-938",
        "mastercard-au-accounterrors-incompleteauth",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "mastercard-us-error-codes-938",
            "mastercard-au-accounterrors-938",
            "mastercard-au-accounterrors-incompleteauth",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "940": {
      name: "CODE_940",
      description: "This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-940", "mastercard-au-accounterrors-incompleteauth"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-us-error-codes-940", "mastercard-au-accounterrors-incompleteauth"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "945": {
      name: "CODE_945",
      description: "This error occurs when an account is migrated from a legacy or a non-OAuth-based connection to an OAuth connection and requires customer to provide their consent again.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-945", "mastercard-au-connection-migration-inprogress"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "mastercard-us-error-codes-945",
            "mastercard-au-connection-migration-inprogress",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "946": {
      name: "CODE_946",
      description: "This error occurs when an end user's bank account cannot be found at the financial institution.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-946", "mastercard-us-accounterrors-account-not-found"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "mastercard-us-error-codes-946",
            "mastercard-us-accounterrors-account-not-found",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "947": {
      name: "CODE_947",
      description: "This error occurs when the token associated with the end user account has expired or is invalid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-947", "mastercard-au-accounterrors-invalidtoken"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-us-error-codes-947", "mastercard-au-accounterrors-invalidtoken"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "948": {
      name: "CODE_948",
      description: "An error code Mastercard lists.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-us-data-connect-fix"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "949": {
      name: "CODE_949",
      description: "This error occurs when the end user's bank account is no longer recoverable.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [404],
      sources: ["mastercard-us-error-codes-949", "mastercard-au-accounterrors-949"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-us-error-codes-949", "mastercard-au-accounterrors-949"],
        },
        message: { by: "provider", sources: ["mastercard-au-accounterrors-949"] },
      },
      message: "Accounts are in error status and can not be recovered in any way. Delete these accounts.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "950": {
      name: "CODE_950",
      description: "This error occurs when the connection to a financial institution is not supported.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-950", "mastercard-au-connection-not-supported"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-950"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "952": {
      name: "CODE_952",
      description: "This error occurs when an end user's bank account cannot be found at the financial institution.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [500],
      sources: ["mastercard-us-error-codes-952", "mastercard-us-accounterrors-account-not-found"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "mastercard-us-error-codes-952",
            "mastercard-us-accounterrors-account-not-found",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "955": {
      name: "CODE_955",
      description: "These errors occur when an end user's bank account cannot be found at the financial institution. Click individual errors to learn more.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-us-accounterrors-account-not-found"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-accounterrors-account-not-found"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "959": {
      name: "CODE_959",
      description: "This occurs when a financial institution needs additional information from the end user during an add account event.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-959"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-959"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "960": {
      name: "CODE_960",
      description: "This error occurs when the connection to a financial institution is not supported.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-960", "mastercard-au-connection-not-supported"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-960"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "961": {
      name: "CODE_961",
      description: "This occurs when a financial institution needs additional information from the end user during an add account event.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-961"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-961"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "972": {
      name: "CODE_972",
      description: "This error occurs when the connection to a financial institution is not supported.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-972", "mastercard-au-connection-not-supported"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-972"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "973": {
      name: "CODE_973",
      description: "These errors occur when the request is malformed or incorrect.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: [
        "mastercard-us-request-invalidrequest",
        "mastercard-us-error-codes-973",
        "mastercard-au-connection-not-supported",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-request-invalidrequest"] },
        message: { by: "provider", sources: ["mastercard-us-error-codes-973"] },
      },
      message: "The user is not authorized for the requested resource or online access.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "974": {
      name: "CODE_974",
      description: "This error occurs when the end user session has either expired or timed out.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-974"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-974"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "976": {
      name: "CODE_976",
      description: "This error occurs when the connection to a financial institution is not supported.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [500],
      sources: ["mastercard-us-error-codes-976", "mastercard-au-connection-not-supported"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-976"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "977": {
      name: "CODE_977",
      description: "This error occurs when calls made have reached the maximum limit allowed by a financial institution in a given time frame.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["mastercard-us-error-codes-977", "mastercard-us-request-max-limit-exceeded"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-us-error-codes-977", "mastercard-us-request-max-limit-exceeded"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "contact_provider",
    },
    "978": {
      name: "CODE_978",
      description: "These errors occur when the request is malformed or incorrect.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-us-request-invalidrequest", "mastercard-us-error-codes-978"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-request-invalidrequest"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "981": {
      name: "CODE_981",
      description: "These errors occur when the request is malformed or incorrect.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-us-request-invalidrequest"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-request-invalidrequest"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "990": {
      name: "CODE_990",
      description: "These errors occur when there's an unexpected server error while processing the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: [
        "mastercard-us-unexpected-system-issue",
        "mastercard-us-unexpected-system-issue-990-995",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-unexpected-system-issue"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "contact_provider",
    },
    "991": {
      name: "CODE_991",
      description: "These errors occur when there's an unexpected server error while processing the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: [
        "mastercard-us-unexpected-system-issue",
        "mastercard-us-unexpected-system-issue-990-995",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-unexpected-system-issue"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "contact_provider",
    },
    "992": {
      name: "CODE_992",
      description: "These errors occur when there's an unexpected server error while processing the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: [
        "mastercard-us-unexpected-system-issue",
        "mastercard-us-unexpected-system-issue-990-995",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-unexpected-system-issue"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "contact_provider",
    },
    "993": {
      name: "CODE_993",
      description: "These errors occur when there's an unexpected server error while processing the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: [
        "mastercard-us-unexpected-system-issue",
        "mastercard-us-unexpected-system-issue-990-995",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-unexpected-system-issue"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "contact_provider",
    },
    "994": {
      name: "CODE_994",
      description: "These errors occur when there's an unexpected server error while processing the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: [
        "mastercard-us-unexpected-system-issue",
        "mastercard-us-unexpected-system-issue-990-995",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-unexpected-system-issue"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "contact_provider",
    },
    "995": {
      name: "CODE_995",
      description: "These errors occur when there's an unexpected server error while processing the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: [
        "mastercard-us-unexpected-system-issue",
        "mastercard-us-unexpected-system-issue-990-995",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-unexpected-system-issue"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "contact_provider",
    },
    "996": {
      name: "CODE_996",
      description: "These errors occur when there's an unexpected server error while processing the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: [
        "mastercard-us-unexpected-system-issue",
        "mastercard-us-unexpected-system-issue-996-998",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-unexpected-system-issue"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "contact_provider",
    },
    "997": {
      name: "CODE_997",
      description: "These errors occur when there's an unexpected server error while processing the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: [
        "mastercard-us-unexpected-system-issue",
        "mastercard-us-unexpected-system-issue-996-998",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-unexpected-system-issue"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "contact_provider",
    },
    "998": {
      name: "CODE_998",
      description: "These errors occur when there's an unexpected server error while processing the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: [
        "mastercard-us-unexpected-system-issue",
        "mastercard-us-unexpected-system-issue-996-998",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-unexpected-system-issue"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "contact_provider",
    },
    "1000": {
      name: "CODE_1000",
      description: "These errors occur when there's an unexpected server error while processing the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400, 500],
      sources: [
        "mastercard-us-unexpected-system-issue",
        "mastercard-us-unexpected-system-issue-1000-14030",
        "mastercard-openapi-us",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-unexpected-system-issue"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "field must be a number",
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "contact_provider",
    },
    "1001": {
      name: "CODE_1001",
      description: "These errors occur when there's an unexpected server error while processing the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400, 500],
      sources: [
        "mastercard-us-unexpected-system-issue",
        "mastercard-us-unexpected-system-issue-1000-14030",
        "mastercard-openapi-us",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-unexpected-system-issue"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Account Error - use different account",
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "contact_provider",
    },
    "1002": {
      name: "CODE_1002",
      description: "These errors occur when there's an unexpected server error while processing the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400, 500],
      sources: [
        "mastercard-us-unexpected-system-issue",
        "mastercard-us-unexpected-system-issue-1000-14030",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-unexpected-system-issue"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "contact_provider",
    },
    "1003": {
      name: "CODE_1003",
      description: "This error occurs when there's an unexpected server error while processing the request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [409],
      sources: ["mastercard-us-error-codes-1003"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-1003"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "1004": {
      name: "CODE_1004",
      description: "These errors occur when there's an unexpected server error while processing the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400, 500],
      sources: [
        "mastercard-us-unexpected-system-issue",
        "mastercard-us-unexpected-system-issue-1000-14030",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-unexpected-system-issue"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "contact_provider",
    },
    "1005": {
      name: "CODE_1005",
      description: "These errors occur when there's an unexpected server error while processing the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400, 500],
      sources: [
        "mastercard-us-unexpected-system-issue",
        "mastercard-us-unexpected-system-issue-1000-14030",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-unexpected-system-issue"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "contact_provider",
    },
    "1008": {
      name: "CODE_1008",
      description: "This error occurs when the financial institution returns an unexpected login error.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mastercard-us-error-codes-1008",
        "mastercard-au-accounterrors-unexpectedloginerror",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-1008"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "1009": {
      name: "CODE_1009",
      description: "These errors occur when there's an unexpected server error while processing the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400, 500],
      sources: [
        "mastercard-us-unexpected-system-issue",
        "mastercard-us-unexpected-system-issue-1000-14030",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-unexpected-system-issue"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "contact_provider",
    },
    "1010": {
      name: "CODE_1010",
      description: "These errors occur when there's an unexpected server error while processing the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400, 500],
      sources: [
        "mastercard-us-unexpected-system-issue",
        "mastercard-us-unexpected-system-issue-1000-14030",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-unexpected-system-issue"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "contact_provider",
    },
    "1011": {
      name: "CODE_1011",
      description: "These errors occur when there's an unexpected server error while processing the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400, 500],
      sources: [
        "mastercard-us-unexpected-system-issue",
        "mastercard-us-unexpected-system-issue-1000-14030",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-unexpected-system-issue"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "contact_provider",
    },
    "1012": {
      name: "CODE_1012",
      description: "These errors occur when there's an unexpected server error while processing the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400, 500],
      sources: [
        "mastercard-us-unexpected-system-issue",
        "mastercard-us-unexpected-system-issue-1000-14030",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-unexpected-system-issue"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "contact_provider",
    },
    "1108": {
      name: "CODE_1108",
      description: "This error occurs when there's an unexpected server error while processing the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["mastercard-us-error-codes-1108"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-error-codes-1108"] },
        message: { by: "provider", sources: ["mastercard-us-error-codes-1108"] },
      },
      message: "Generation Error",
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "contact_provider",
    },
    "1201": {
      name: "CODE_1201",
      description: "This error occurs when there's an unexpected server error while processing the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [408],
      sources: ["mastercard-us-error-codes-1201"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-error-codes-1201"] },
        message: { by: "provider", sources: ["mastercard-us-error-codes-1201"] },
      },
      message: "Product Fulfillment Timeout",
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "retry_later",
    },
    "1203": {
      name: "CODE_1203",
      description: "This error occurs when there's an unexpected server error while processing the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [408],
      sources: ["mastercard-us-error-codes-1203"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-error-codes-1203"] },
        message: { by: "provider", sources: ["mastercard-us-error-codes-1203"] },
      },
      message: "Stream Generation Timeout",
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "retry_later",
    },
    "1204": {
      name: "CODE_1204",
      description: "This error occurs when there's an unexpected server error while processing the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [503],
      sources: ["mastercard-us-error-codes-1204"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-error-codes-1204"] },
        message: { by: "provider", sources: ["mastercard-us-error-codes-1204"] },
      },
      message: "Stream Generation Unavailable",
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "retry_later",
    },
    "1408": {
      name: "CODE_1408",
      description: "This error occurs when connection to a specific financial institution is interrupted temporarily.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: [
        "mastercard-us-error-codes-1408-expiredsession",
        "mastercard-au-institutionerrors-1408",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-au-institutionerrors-1408"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "1415": {
      name: "CODE_1415",
      description: "This error is associated when a connection to the selected financial institution has encountered an unknown error.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-1415", "mastercard-au-connection-not-certified"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-us-error-codes-1415", "mastercard-au-connection-not-certified"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "1440": {
      name: "CODE_1440",
      description: "This error occurs when the end user session has either expired or timed out.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-1440"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-1440"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "1618": {
      name: "CODE_1618",
      description: "Negative or invalid value entered. Please use positive numbers only.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Negative or invalid value entered. Please use positive numbers only.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "1643": {
      name: "CODE_1643",
      description: "No matching record found for external_id 123456789.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400, 404],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "No matching record found for external_id 123456789.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "2000": {
      name: "CODE_2000",
      description: "Successful Warning - settlement amount exceeds available balance",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [200],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Successful Warning - settlement amount exceeds available balance",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "2001": {
      name: "CODE_2001",
      description: "The following errors occur when end user's consent authorization is not available.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-au-accounterrors-consentauthorization"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-au-accounterrors-consentauthorization"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "2003": {
      name: "CODE_2003",
      description: "The following errors occur when end user's consent authorization is not available.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mastercard-au-accounterrors-consentauthorization",
        "mastercard-us-error-codes-2003",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-au-accounterrors-consentauthorization"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "2005": {
      name: "CODE_2005",
      description: "These errors occur when the request is malformed or incorrect.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-us-request-invalidrequest"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-request-invalidrequest"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "2006": {
      name: "CODE_2006",
      description: "The following errors occur when end user's consent authorization is not available.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mastercard-au-accounterrors-consentauthorization",
        "mastercard-us-error-codes-2006",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-au-accounterrors-consentauthorization"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "2017": {
      name: "CODE_2017",
      description: "The following errors occur when end user's consent authorization is not available.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-au-accounterrors-consentauthorization"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-au-accounterrors-consentauthorization"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "2024": {
      name: "CODE_2024",
      description: "The following errors occur when end user's consent authorization is not available.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mastercard-au-accounterrors-consentauthorization",
        "mastercard-us-error-codes-2024",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-au-accounterrors-consentauthorization"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "2026": {
      name: "CODE_2026",
      description: "The following errors occur when end user's consent authorization is not available.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-au-accounterrors-consentauthorization"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-au-accounterrors-consentauthorization"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "2028": {
      name: "CODE_2028",
      description: "This error occurs when the end user's consent authorization is not available.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mastercard-us-error-codes-2028",
        "mastercard-au-accounterrors-consentauthorization",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "mastercard-us-error-codes-2028",
            "mastercard-au-accounterrors-consentauthorization",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "2030": {
      name: "CODE_2030",
      description: "The following errors occur when end user's consent authorization is not available.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-au-accounterrors-consentauthorization"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-au-accounterrors-consentauthorization"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "2031": {
      name: "CODE_2031",
      description: "This error occurs when the end user's consent authorization is not available.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mastercard-us-error-codes-2031",
        "mastercard-au-accounterrors-consentauthorization",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "mastercard-us-error-codes-2031",
            "mastercard-au-accounterrors-consentauthorization",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "2036": {
      name: "CODE_2036",
      description: "This error occurs when the end user's consent authorization is not available.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-2036"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-2036"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "2038": {
      name: "CODE_2038",
      description: "This error occurs when the end user's consent authorization is not available.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-2038"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-2038"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "2039": {
      name: "CODE_2039",
      description: "This error occurs when the end user's consent authorization is not available.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-2039"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-2039"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "2040": {
      name: "CODE_2040",
      description: "This error occurs when the financial institution returns an unexpected login error.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mastercard-us-error-codes-2040",
        "mastercard-au-accounterrors-unexpectedloginerror",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-2040"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "3001": {
      name: "CODE_3001",
      description: "Resource Not Found",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Resource Not Found",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "3002": {
      name: "CODE_3002",
      description: "Resource Not Found",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Resource Not Found",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "3003": {
      name: "CODE_3003",
      description: "This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [404],
      sources: ["mastercard-us-error-codes-3003"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-error-codes-3003"] },
        message: { by: "provider", sources: ["mastercard-us-error-codes-3003"] },
      },
      message: "Institution Login Id is not found",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "3004": {
      name: "CODE_3004",
      description: "This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [404],
      sources: ["mastercard-us-error-codes-3004"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-error-codes-3004"] },
        message: { by: "provider", sources: ["mastercard-us-error-codes-3004"] },
        advice: { by: "provider", sources: ["mastercard-us-error-codes-3004"] },
      },
      message: "Institution Login Id details are not found.",
      advice: "Ask the user to re-authenticate.",
      userMessage: null,
      aliases: [],
    },
    "3005": {
      name: "CODE_3005",
      description: "Bad Request",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Bad Request",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "3006": {
      name: "CODE_3006",
      description: "Bad Request",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Bad Request",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "3007": {
      name: "CODE_3007",
      description: "Bad Request",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Bad Request",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "3008": {
      name: "CODE_3008",
      description: "Bad Request",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Bad Request",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "3009": {
      name: "CODE_3009",
      description: "Bad Request",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Bad Request",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "4004": {
      name: "CODE_4004",
      description: "The requested experience could not be found for the external app name.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "The requested experience could not be found for the external app name.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "4034": {
      name: "CODE_4034",
      description: "This error occurs when the token associated with the end user account has expired or is invalid.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-us-error-codes-4034", "mastercard-au-accounterrors-invalidtoken"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-us-error-codes-4034", "mastercard-au-accounterrors-invalidtoken"],
        },
        message: {
          by: "provider",
          sources: ["mastercard-us-error-codes-4034", "mastercard-au-accounterrors-invalidtoken"],
        },
      },
      message: "Access tokens must be managed at the institution's website.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "4041": {
      name: "CODE_4041",
      description: "This error occurs when the connection to a financial institution is not supported.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-4041"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-4041"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "5006": {
      name: "CODE_5006",
      description: "This error occurs if an API call is made for an account that is currently undergoing data refresh.",
      category: "concurrent_operation",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-au-accounterrors-5006"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-au-accounterrors-5006"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "5030": {
      name: "CODE_5030",
      description: "This error occurs when the end user has not provided an account type.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["mastercard-au-accounterrors-5030"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-au-accounterrors-5030"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "7002": {
      name: "CODE_7002",
      description: "Account product not found",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [500],
      sources: ["mastercard-au-accounterrors-account-not-found-7002"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-au-accounterrors-account-not-found-7002"],
        },
        message: {
          by: "provider",
          sources: ["mastercard-au-accounterrors-account-not-found-7002"],
        },
      },
      message: "Account product not found",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "10000": {
      name: "CODE_10000",
      description: "These errors occur when the request is malformed or incorrect.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-us-request-invalidrequest", "mastercard-us-error-codes-10000"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-request-invalidrequest"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "10001": {
      name: "CODE_10001",
      description: "This error occurs when the request is malformed or incorrect.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["mastercard-us-error-codes-10001", "mastercard-us-request-invalidrequest"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-us-error-codes-10001", "mastercard-us-request-invalidrequest"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "10002": {
      name: "CODE_10002",
      description: "Customer ID was not found.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Customer ID was not found.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "10003": {
      name: "CODE_10003",
      description: "Business ID was not found.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400, 404],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Business ID was not found.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "10005": {
      name: "CODE_10005",
      description: "These errors occur when the request is malformed or incorrect.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "mastercard-us-request-invalidrequest",
        "mastercard-au-codes-and-formats",
        "mastercard-us-error-codes-10005",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-us-request-invalidrequest", "mastercard-au-codes-and-formats"],
        },
        advice: {
          by: "provider",
          sources: [
            "mastercard-us-request-invalidrequest",
            "mastercard-au-codes-and-formats",
            "mastercard-us-error-codes-10005",
          ],
        },
      },
      message: null,
      advice: "A required field was left blank, or contained only whitespace. Submit the request again, with valid text in all required fields.",
      userMessage: null,
      aliases: [],
    },
    "10006": {
      name: "CODE_10006",
      description: "settleByDate must not be in the past",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "settleByDate must not be in the past",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "10007": {
      name: "CODE_10007",
      description: "[FIELD] is the incorrect type",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "[FIELD] is the incorrect type",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "10008": {
      name: "CODE_10008",
      description: "account has no transactions",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400, 404],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "account has no transactions",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "10009": {
      name: "CODE_10009",
      description: "[FIELD] is a required parameter",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "[FIELD] is a required parameter",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "10010": {
      name: "CODE_10010",
      description: "These errors occur when the request is malformed or incorrect.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [500],
      sources: ["mastercard-us-request-invalidrequest", "mastercard-us-error-codes-10010"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-request-invalidrequest"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "10013": {
      name: "CODE_10013",
      description: "Only active accounts can be used, please use a different account",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Only active accounts can be used, please use a different account",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "10020": {
      name: "CODE_10020",
      description: "Data missing : MerchantName, streetAddress.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Data missing : MerchantName, streetAddress.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "10021": {
      name: "CODE_10021",
      description: "You are not authorized.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "You are not authorized.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "10022": {
      name: "CODE_10022",
      description: "Invalid (Finicity-App-Token)",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Invalid (Finicity-App-Token)",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "10023": {
      name: "CODE_10023",
      description: "An error code Mastercard lists under Expired (App-Token).",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["mastercard-au-codes-and-formats", "mastercard-openapi-us"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "10024": {
      name: "CODE_10024",
      description: "Missing parameter (Finicity-App-Token)",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Missing parameter (Finicity-App-Token)",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "10025": {
      name: "CODE_10025",
      description: "This error occurs when the end user session has either expired or timed out.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-us-error-codes-10025"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-error-codes-10025"] },
        message: { by: "provider", sources: ["mastercard-us-error-codes-10025"] },
        advice: { by: "provider", sources: ["mastercard-us-error-codes-10025"] },
      },
      message: "We were unable to verify your identity. To get started another way, please reach out to {Partner} for support.",
      advice: "This user has gone through the flow and edited their prefill data significantly in a way that has triggered elevated risk.",
      userMessage: null,
      aliases: [],
    },
    "10026": {
      name: "CODE_10026",
      description: "Missing parameter (Finicity-App-Key)",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Missing parameter (Finicity-App-Key)",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "10027": {
      name: "CODE_10027",
      description: "Invalid parameter (Finicity-App-Key)",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Invalid parameter (Finicity-App-Key)",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "10030": {
      name: "CODE_10030",
      description: "This error occurs when there's an unexpected server error while processing the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["mastercard-us-error-codes-10030"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-10030"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "contact_provider",
    },
    "10100": {
      name: "CODE_10100",
      description: "Invalid parameter (\u003cparameter name\u003e)",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400, 404],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Invalid parameter (\u003cparameter name\u003e)",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "10106": {
      name: "CODE_10106",
      description: "This error occurs when the connection to a financial institution is not supported.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-10106"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-10106"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "10215": {
      name: "CODE_10215",
      description: "Consent receipt not found",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Consent receipt not found",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "10405": {
      name: "CODE_10405",
      description: "The active security freeze for this consumer exists.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "The active security freeze for this consumer exists.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "10406": {
      name: "CODE_10406",
      description: "The active dispute statement for this consumer exists.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "The active dispute statement for this consumer exists.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "10814": {
      name: "CODE_10814",
      description: "This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-10814", "mastercard-au-accounterrors-incompleteauth"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "mastercard-us-error-codes-10814",
            "mastercard-au-accounterrors-incompleteauth",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "11000": {
      name: "CODE_11000",
      description: "This error is associated when a connection to the selected financial institution has encountered an unknown error.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mastercard-us-error-codes-11000",
        "mastercard-us-institutionerrors-other-connection-issues",
        "mastercard-au-institutionerrors-other-connection-issues",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "mastercard-us-error-codes-11000",
            "mastercard-us-institutionerrors-other-connection-issues",
            "mastercard-au-institutionerrors-other-connection-issues",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "contact_provider",
    },
    "12001": {
      name: "CODE_12001",
      description: "An error code whose page Mastercard publishes at …/error-codes/12001/; that page's table gives its facts to 12003.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-12001"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "12003": {
      name: "CODE_12003",
      description: "The following errors occur when the end user provides inadequate response to security questions while connecting to a financial institution.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [409, 500],
      sources: ["mastercard-au-accounterrors-incompleteauth", "mastercard-us-error-codes-12001"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-au-accounterrors-incompleteauth"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "12005": {
      name: "CODE_12005",
      description: "This error occurs when the end user's consent authorization is not available.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-12005"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-12005"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "12008": {
      name: "CODE_12008",
      description: "These errors occur when there's an unexpected server error while processing the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-us-unexpected-system-issue"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-unexpected-system-issue"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "12009": {
      name: "CODE_12009",
      description: "This error occurs when there's an unexpected server error while processing the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-12009"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-12009"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "12017": {
      name: "CODE_12017",
      description: "No Account Owners Details Found.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "No Account Owners Details Found.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "12019": {
      name: "CODE_12019",
      description: "fields parameter value must be 'balanceDetails','paymentInstruction' and 'accountIdentity'",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "fields parameter value must be 'balanceDetails','paymentInstruction' and 'accountIdentity'",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "12022": {
      name: "CODE_12022",
      description: "An email is required when registering a customer for PSI-FCRA",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "An email is required when registering a customer for PSI-FCRA",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "12046": {
      name: "CODE_12046",
      description: "An error code Mastercard lists.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["mastercard-au-accounterrors-account-not-found-12046"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "12401": {
      name: "CODE_12401",
      description: "partner not found",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "partner not found",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "13002": {
      name: "CODE_13002",
      description: "Asset not found",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Asset not found",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "14001": {
      name: "CODE_14001",
      description: "An error code Mastercard lists.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["mastercard-au-most-common", "mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: {
          by: "provider",
          sources: ["mastercard-au-most-common", "mastercard-openapi-us"],
        },
      },
      message: "Customer not found.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "14002": {
      name: "CODE_14002",
      description: "This error occurs when the requested entity doesn't exist or cannot be found.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["mastercard-us-error-codes-14002"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-14002"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "14003": {
      name: "CODE_14003",
      description: "Aggregation connect partner not found.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Aggregation connect partner not found.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "14006": {
      name: "CODE_14006",
      description: "Institution not found.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Institution not found.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "14016": {
      name: "CODE_14016",
      description: "Invalid customer type.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Invalid customer type.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "14019": {
      name: "CODE_14019",
      description: "This error occurs when the end user's consent authorization is not available.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-14019"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-14019"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "14020": {
      name: "CODE_14020",
      description: "This error occurs when the connection to a financial institution is not supported.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-14020"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-14020"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "14023": {
      name: "CODE_14023",
      description: "This error occurs when the request is malformed or incorrect.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["mastercard-us-error-codes-14023", "mastercard-us-request-invalidrequest"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-us-error-codes-14023", "mastercard-us-request-invalidrequest"],
        },
        message: {
          by: "provider",
          sources: ["mastercard-us-error-codes-14023", "mastercard-us-request-invalidrequest"],
        },
      },
      message: "Invalid Customer ID.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "14030": {
      name: "CODE_14030",
      description: "These errors occur when there's an unexpected server error while processing the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400, 500],
      sources: [
        "mastercard-us-unexpected-system-issue",
        "mastercard-us-unexpected-system-issue-1000-14030",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-unexpected-system-issue"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "contact_provider",
    },
    "15001": {
      name: "CODE_15001",
      description: "One of the specified fields is missing or blank.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "One of the specified fields is missing or blank.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "18017": {
      name: "CODE_18017",
      description: "status parameter value must be 'active' or 'pending",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "status parameter value must be 'active' or 'pending",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "19000": {
      name: "CODE_19000",
      description: "This error occurs when there's an unexpected server error while processing the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["mastercard-us-error-codes-19000"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-19000"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "retry_later",
    },
    "20000": {
      name: "CODE_20000",
      description: "Only 'application/json' is supported.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [406],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Only 'application/json' is supported.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "20002": {
      name: "CODE_20002",
      description: "These errors occur when the request is malformed or incorrect.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-us-request-invalidrequest"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-request-invalidrequest"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "20007": {
      name: "CODE_20007",
      description: "These errors occur when accounts cannot be migrated from legacy to OAuth connections.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [409],
      sources: ["mastercard-au-accounts-not-migrated"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-au-accounts-not-migrated"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "20009": {
      name: "CODE_20009",
      description: "This error occurs when accounts cannot be migrated from legacy to OAuth connections.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [500],
      sources: ["mastercard-us-error-codes-20009"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-20009"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "20014": {
      name: "CODE_20014",
      description: "This error occurs when there's an unexpected server error while processing the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["mastercard-us-error-codes-20014"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-20014"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "contact_provider",
    },
    "20017": {
      name: "CODE_20017",
      description: "This error occurs when the requested entity doesn't exist or cannot be found.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [500],
      sources: ["mastercard-us-error-codes-20017"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-20017"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "20024": {
      name: "CODE_20024",
      description: "These errors occur when the request is malformed or incorrect.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-us-request-invalidrequest"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-request-invalidrequest"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "20400": {
      name: "CODE_20400",
      description: "The max report generation limit was exceeded for this customer.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "The max report generation limit was exceeded for this customer.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "24302": {
      name: "CODE_24302",
      description: "This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["mastercard-us-error-codes-12003"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-12003"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "24303": {
      name: "CODE_24303",
      description: "These errors occur when an end user enters invalid credentials.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mastercard-us-accounterrors-invalidcredentials",
        "mastercard-au-accounterrors-invalidcredentials",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "mastercard-us-accounterrors-invalidcredentials",
            "mastercard-au-accounterrors-invalidcredentials",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "24437": {
      name: "CODE_24437",
      description: "New password is not as per policy",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "New password is not as per policy",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "24553": {
      name: "CODE_24553",
      description: "Transaction not found.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Transaction not found.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "38003": {
      name: "CODE_38003",
      description: "This error occurs when an end user's bank account cannot be found at the financial institution.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404, 500],
      sources: ["mastercard-us-error-codes-38003", "mastercard-us-accounterrors-account-not-found"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "mastercard-us-error-codes-38003",
            "mastercard-us-accounterrors-account-not-found",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "38006": {
      name: "CODE_38006",
      description: "These errors occur when an end user's bank account cannot be found at the financial institution. Click individual errors to learn more.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404, 500],
      sources: ["mastercard-us-accounterrors-account-not-found", "mastercard-us-error-codes-38006"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-accounterrors-account-not-found"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "38007": {
      name: "CODE_38007",
      description: "The following errors occur when the end user provides inadequate response to security questions while connecting to a financial institution.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-au-accounterrors-incompleteauth", "mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-au-accounterrors-incompleteauth"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "38053": {
      name: "CODE_38053",
      description: "This occurs when a financial institution needs additional information from the end user during an add account event.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["mastercard-us-error-codes-38053"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-38053"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "41002": {
      name: "CODE_41002",
      description: "Invalid date range: \u003cmessage\u003e",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Invalid date range: \u003cmessage\u003e",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "41003": {
      name: "CODE_41003",
      description: "Start index cannot be less than one.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Start index cannot be less than one.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "41004": {
      name: "CODE_41004",
      description: "Limit cannot be less than one.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Limit cannot be less than one.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "42000": {
      name: "CODE_42000",
      description: "This error occurs when the request is malformed or incorrect.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-us-error-codes-42000"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-error-codes-42000"] },
        message: { by: "provider", sources: ["mastercard-us-error-codes-42000"] },
        advice: { by: "provider", sources: ["mastercard-us-error-codes-42000"] },
      },
      message: "Testing customer limit exceeded.",
      advice: "Contact your support team member to discuss next steps.",
      userMessage: null,
      aliases: [],
    },
    "42002": {
      name: "CODE_42002",
      description: "This error occurs when the request is malformed or incorrect.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-us-error-codes-42002"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-42002"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "44000": {
      name: "CODE_44000",
      description: "This error occurs when calls made have reached the maximum limit allowed by a financial institution in a given time frame.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [202],
      sources: ["mastercard-us-error-codes-44000", "mastercard-us-request-max-limit-exceeded"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-us-error-codes-44000", "mastercard-us-request-max-limit-exceeded"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "44002": {
      name: "CODE_44002",
      description: "This error occurs when calls made have reached the maximum limit allowed by a financial institution in a given time frame.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [202],
      sources: ["mastercard-us-error-codes-44002", "mastercard-us-request-max-limit-exceeded"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-us-error-codes-44002", "mastercard-us-request-max-limit-exceeded"],
        },
        message: {
          by: "provider",
          sources: ["mastercard-us-error-codes-44002", "mastercard-us-request-max-limit-exceeded"],
        },
      },
      message: "Aggregation service is temporarily unavailable. Please try again later.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "45002": {
      name: "CODE_45002",
      description: "These errors occur when an end user enters invalid credentials.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mastercard-us-accounterrors-invalidcredentials",
        "mastercard-au-accounterrors-invalidcredentials",
        "mastercard-us-error-codes-45002",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "mastercard-us-accounterrors-invalidcredentials",
            "mastercard-au-accounterrors-invalidcredentials",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "45003": {
      name: "CODE_45003",
      description: "Invalid character in name fields.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Invalid character in name fields.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "50016": {
      name: "CODE_50016",
      description: "Accounts for temporary customers are maintained by the system, and cannot be deleted through the API.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Accounts for temporary customers are maintained by the system, and cannot be deleted through the API.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "50024": {
      name: "CODE_50024",
      description: "This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["mastercard-us-error-codes-50024"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-50024"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "contact_provider",
    },
    "50025": {
      name: "CODE_50025",
      description: "The following errors occur when the end user provides inadequate response to security questions while connecting to a financial institution.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-au-accounterrors-incompleteauth"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-au-accounterrors-incompleteauth"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "50050": {
      name: "CODE_50050",
      description: "This error occurs when there's an unexpected server error while processing the request.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400, 404, 500],
      sources: ["mastercard-us-error-codes-50050"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-us-error-codes-50050"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "contact_provider",
    },
    "50051": {
      name: "CODE_50051",
      description: "No registered partner applications found.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "No registered partner applications found.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "50052": {
      name: "CODE_50052",
      description: "Customer has no assigned application.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Customer has no assigned application.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "60013": {
      name: "CODE_60013",
      description: "No active subscription found for a given customer.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "No active subscription found for a given customer.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "110002": {
      name: "CODE_110002",
      description: "Username is not available.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [409],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Username is not available.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "110039": {
      name: "CODE_110039",
      description: "These errors occur when an end user enters invalid credentials.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mastercard-us-accounterrors-invalidcredentials",
        "mastercard-au-accounterrors-invalidcredentials",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "mastercard-us-accounterrors-invalidcredentials",
            "mastercard-au-accounterrors-invalidcredentials",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "3000000": {
      name: "CODE_3000000",
      description: "Microdeposit initiation can't be processed at this time due to technical difficulties. Please try after some time",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Microdeposit initiation can't be processed at this time due to technical difficulties. Please try after some time",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "3000001": {
      name: "CODE_3000001",
      description: "Invalid account number",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Invalid account number",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "3000003": {
      name: "CODE_3000003",
      description: "Invalid memo",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Invalid memo",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "3100001": {
      name: "CODE_3100001",
      description: "Account already exist",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Account already exist",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "3200001": {
      name: "CODE_3200001",
      description: "Microdeposits initiation failed",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Microdeposits initiation failed",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "3200002": {
      name: "CODE_3200002",
      description: "Microdeposit is in \u003cstatus\u003e status",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Microdeposit is in \u003cstatus\u003e status",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "3200003": {
      name: "CODE_3200003",
      description: "Microdeposit verification attempts exceeded",
      category: "attempts_exhausted",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Microdeposit verification attempts exceeded",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "3200004": {
      name: "CODE_3200004",
      description: "Microdeposit amounts didn't match",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Microdeposit amounts didn't match",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "3300001": {
      name: "CODE_3300001",
      description: "Too many request. Please try after some time",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-openapi-us"] },
        message: { by: "provider", sources: ["mastercard-openapi-us"] },
      },
      message: "Too many request. Please try after some time",
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known MastercardErrorCode. */
export const isMastercardErrorCode = (value: unknown): value is MastercardErrorCode => isNumericCodeOf(MastercardErrorCodeCategories, value);

/** Other wire spellings of MastercardConnectEventCode values (alias -> value). */
export const MastercardConnectEventCodeAliases: { readonly [alias: string]: MastercardConnectEventCode } = {
};
/** The category of every MastercardConnectEventCode value and alias: all a listener needs to read one. */
export const MastercardConnectEventCodeCategories: { readonly [spelling: string]: Category } = {
  "100": "cancelled",
  "1440": "session_expired",
  "500": "generic_failure",
  "200": "success",
  "1403": "generic_failure",
};
/**
 * Connect event code: The code of an event the Connect web and React Native SDKs pass to onDone,
 * onCancel or onError, as {code, reason}. Wire field: code (onDone, onCancel, onError).
 */
export const MastercardConnectEventCode: {
  /**
   * The customer clicks Exit to cancel out of the Data Connect session.
   * Category: cancelled (Cancelled); retryable: no.
   * Message: exit
   * Whose words: description: Mastercard Open Finance's published text; message: Mastercard Open
   * Finance's published text.
   */
  readonly CANCEL: 100;
  /**
   * The customer is forced to exit Data Connect after the session times out.
   * Category: session_expired (Session expired); retryable: no.
   * Message: timeout
   * Whose words: description: Mastercard Open Finance's published text; message: Mastercard Open
   * Finance's published text.
   */
  readonly TIMEOUT: 1440;
  /**
   * The customer exits Data Connect after an unexpected error.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: error
   * Whose words: description: Mastercard Open Finance's published text; message: Mastercard Open
   * Finance's published text.
   */
  readonly UNEXPECTED_ERROR: 500;
  /**
   * The customer completed the Connect session; onDone receives the report data.
   * Category: success (Success); retryable: no.
   * Message: complete
   * Whose words: description: bankcodes' wording; message: Mastercard Open Finance's published
   * text.
   */
  readonly SUCCESS: 200;
  /**
   * The Connect web SDK could not open its popup window.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: error
   * Whose words: description: bankcodes' wording; message: Mastercard Open Finance's published
   * text.
   */
  readonly SDK_POPUP_COULD_NOT_BE_OPENED: 1403;
} = {
  CANCEL: 100,
  TIMEOUT: 1440,
  UNEXPECTED_ERROR: 500,
  SUCCESS: 200,
  SDK_POPUP_COULD_NOT_BE_OPENED: 1403,
};
export type MastercardConnectEventCode = (typeof MastercardConnectEventCode)[keyof typeof MastercardConnectEventCode];
/** A MastercardConnectEventCode as read from the wire: a known value or any other number, or a number's
 * decimal text (as some providers send it). */
export type MastercardConnectEventCodeOrUnknown = MastercardConnectEventCode | (number & {}) | `${number}`;
/** The catalog's metadata of every MastercardConnectEventCode value. */
export const MastercardConnectEventCodeInfo: { readonly [V in MastercardConnectEventCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/mastercard/connect_event_code",
  {
    "100": {
      name: "CANCEL",
      description: "The customer clicks Exit to cancel out of the Data Connect session.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "mastercard-us-connect-websdk-events",
        "mastercard-au-connect-websdk-events",
        "mastercard-connect-react-native-sdk",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "mastercard-us-connect-websdk-events",
            "mastercard-au-connect-websdk-events",
            "mastercard-connect-react-native-sdk",
          ],
        },
        message: {
          by: "provider",
          sources: [
            "mastercard-us-connect-websdk-events",
            "mastercard-au-connect-websdk-events",
            "mastercard-connect-react-native-sdk",
          ],
        },
      },
      message: "exit",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "1440": {
      name: "TIMEOUT",
      description: "The customer is forced to exit Data Connect after the session times out.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-us-connect-websdk-events", "mastercard-au-connect-websdk-events"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-us-connect-websdk-events", "mastercard-au-connect-websdk-events"],
        },
        message: {
          by: "provider",
          sources: ["mastercard-us-connect-websdk-events", "mastercard-au-connect-websdk-events"],
        },
      },
      message: "timeout",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "500": {
      name: "UNEXPECTED_ERROR",
      description: "The customer exits Data Connect after an unexpected error.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-us-connect-websdk-events", "mastercard-au-connect-websdk-events"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-us-connect-websdk-events", "mastercard-au-connect-websdk-events"],
        },
        message: {
          by: "provider",
          sources: ["mastercard-us-connect-websdk-events", "mastercard-au-connect-websdk-events"],
        },
      },
      message: "error",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "200": {
      name: "SUCCESS",
      description: "The customer completed the Connect session; onDone receives the report data.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-us-connect-websdk-events"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: { by: "provider", sources: ["mastercard-us-connect-websdk-events"] },
      },
      message: "complete",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "1403": {
      name: "SDK_POPUP_COULD_NOT_BE_OPENED",
      description: "The Connect web SDK could not open its popup window.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["mastercard-connect-web-sdk"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: { by: "provider", sources: ["mastercard-connect-web-sdk"] },
      },
      message: "error",
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known MastercardConnectEventCode. */
export const isMastercardConnectEventCode = (value: unknown): value is MastercardConnectEventCode => isNumericCodeOf(MastercardConnectEventCodeCategories, value);

/** Other wire spellings of MastercardConnectRouteScreen values (alias -> value). */
export const MastercardConnectRouteScreenAliases: { readonly [alias: string]: MastercardConnectRouteScreen } = {
};
/** The category of every MastercardConnectRouteScreen value and alias: all a listener needs to read one. */
export const MastercardConnectRouteScreenCategories: { readonly [spelling: string]: Category } = {
  landing: "informational",
  "terms-details": "informational",
  search: "informational",
  "sign-in": "informational",
};
/**
 * Connect route screen: The screen a route event names, as Connect passes it to onRoute: where the
 * customer is in the Connect application. The route events page lists more screens than its stored
 * copy shows; a screen not listed here reads as an unknown value. Wire field: screen (onRoute).
 */
export const MastercardConnectRouteScreen: {
  /**
   * The first screen that the user lands on.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly landing: "landing";
  /**
   * The screen that displays the full documentation of the terms and conditions for users to read.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly terms_details: "terms-details";
  /**
   * The screen that displays the search input where a user can search for a bank.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly search: "search";
  /**
   * The screen that displays once a user has signed in and it authorizing the sharing of their
   * data.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly sign_in: "sign-in";
} = /* @__PURE__ */ membersOf(MastercardConnectRouteScreenCategories, MastercardConnectRouteScreenAliases, {
  "terms-details": "terms_details",
  "sign-in": "sign_in",
});
export type MastercardConnectRouteScreen = (typeof MastercardConnectRouteScreen)[keyof typeof MastercardConnectRouteScreen];
/** A MastercardConnectRouteScreen as read from the wire: a known value or any other string. */
export type MastercardConnectRouteScreenOrUnknown = MastercardConnectRouteScreen | (string & {});
/** The catalog's metadata of every MastercardConnectRouteScreen value. */
export const MastercardConnectRouteScreenInfo: { readonly [V in MastercardConnectRouteScreen]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/mastercard/connect_route_screen",
  {
    landing: {
      description: "The first screen that the user lands on.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-au-connect-route-events"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-au-connect-route-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "terms-details": {
      name: "terms_details",
      description: "The screen that displays the full documentation of the terms and conditions for users to read.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-au-connect-route-events"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-au-connect-route-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    search: {
      description: "The screen that displays the search input where a user can search for a bank.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-au-connect-route-events"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-au-connect-route-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "sign-in": {
      name: "sign_in",
      description: "The screen that displays once a user has signed in and it authorizing the sharing of their data.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-au-connect-route-events"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-au-connect-route-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known MastercardConnectRouteScreen. */
export const isMastercardConnectRouteScreen = (value: unknown): value is MastercardConnectRouteScreen => isCodeOf(MastercardConnectRouteScreenCategories, MastercardConnectRouteScreenAliases, value);

/** Other wire spellings of MastercardConnectUserAction values (alias -> value). */
export const MastercardConnectUserActionAliases: { readonly [alias: string]: MastercardConnectUserAction } = {
};
/** The category of every MastercardConnectUserAction value and alias: all a listener needs to read one. */
export const MastercardConnectUserActionCategories: { readonly [spelling: string]: Category } = {
  AddAccounts: "informational",
};
/**
 * Connect user action: The action of a user event, as Connect passes it to onUser: what the
 * customer did in the Connect application. The user events pages may list more actions than their
 * stored copies show (both end inside AddAccounts); an action not listed here reads as an unknown
 * value. Wire field: action (onUser).
 */
export const MastercardConnectUserAction: {
  /**
   * Sent when a customer attempt to add their accounts.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly AddAccounts: "AddAccounts";
} = /* @__PURE__ */ membersOf(MastercardConnectUserActionCategories, MastercardConnectUserActionAliases);
export type MastercardConnectUserAction = (typeof MastercardConnectUserAction)[keyof typeof MastercardConnectUserAction];
/** A MastercardConnectUserAction as read from the wire: a known value or any other string. */
export type MastercardConnectUserActionOrUnknown = MastercardConnectUserAction | (string & {});
/** The catalog's metadata of every MastercardConnectUserAction value. */
export const MastercardConnectUserActionInfo: { readonly [V in MastercardConnectUserAction]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/mastercard/connect_user_action",
  {
    AddAccounts: {
      description: "Sent when a customer attempt to add their accounts.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-us-connect-user-events", "mastercard-au-connect-user-events"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["mastercard-us-connect-user-events", "mastercard-au-connect-user-events"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known MastercardConnectUserAction. */
export const isMastercardConnectUserAction = (value: unknown): value is MastercardConnectUserAction => isCodeOf(MastercardConnectUserActionCategories, MastercardConnectUserActionAliases, value);

/** Other wire spellings of MastercardWebhookEventType values (alias -> value). */
export const MastercardWebhookEventTypeAliases: { readonly [alias: string]: MastercardWebhookEventType } = {
};
/** The category of every MastercardWebhookEventType value and alias: all a listener needs to read one. */
export const MastercardWebhookEventTypeCategories: { readonly [spelling: string]: Category } = {
  started: "informational",
  added: "informational",
  adding: "informational",
  accountsDeleted: "informational",
  ping: "informational",
  financialConsentCreated: "informational",
};
/**
 * Connect webhook event type: The eventType of a Connect webhook: what happened in a Connect
 * session. The list is not known to be complete: Mastercard's AU events page says it documents the
 * complete list, but it and the US and Finicity events pages were read only in part. Wire field:
 * eventType.
 */
export const MastercardWebhookEventType: {
  /**
   * A Connect session started.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly started: "started";
  /**
   * Sent after the customer lands on the eligible accounts page, and selects the account(s) they
   * want to submit for their loan.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly added: "added";
  /**
   * The customer is entering their sign-in details at a financial institution and choosing the
   * accounts to share.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly adding: "adding";
  /**
   * Sent when the specified accounts were deleted for the customer.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly accountsDeleted: "accountsDeleted";
  /**
   * Sent when the Generate Connect URL APIs are called to verify that the webhook URL is
   * accessible. This endpoint must return a 200 series or the Generate Connect URL call fails.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly ping: "ping";
  /**
   * Sent when the customer consents to sharing data through Open Finance. Only becomes relevant
   * when the customer adds the accounts.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   * @deprecated This event is deprecated. To track consent lifecycle and content use Consent
   * Notifications instead.
   */
  readonly financialConsentCreated: "financialConsentCreated";
} = /* @__PURE__ */ membersOf(MastercardWebhookEventTypeCategories, MastercardWebhookEventTypeAliases);
export type MastercardWebhookEventType = (typeof MastercardWebhookEventType)[keyof typeof MastercardWebhookEventType];
/** A MastercardWebhookEventType as read from the wire: a known value or any other string. */
export type MastercardWebhookEventTypeOrUnknown = MastercardWebhookEventType | (string & {});
/** The catalog's metadata of every MastercardWebhookEventType value. */
export const MastercardWebhookEventTypeInfo: { readonly [V in MastercardWebhookEventType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/mastercard/webhook_event_type",
  {
    started: {
      description: "A Connect session started.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-au-connect-webhooks"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    added: {
      description: "Sent after the customer lands on the eligible accounts page, and selects the account(s) they want to submit for their loan.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-us-webhooks-events-connect"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-webhooks-events-connect"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    adding: {
      description: "The customer is entering their sign-in details at a financial institution and choosing the accounts to share.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-finicity-webhook-events-list", "mastercard-signzy-connect-webhooks"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    accountsDeleted: {
      description: "Sent when the specified accounts were deleted for the customer.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-us-webhooks-events-connect"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-us-webhooks-events-connect"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ping: {
      description: "Sent when the Generate Connect URL APIs are called to verify that the webhook URL is accessible. This endpoint must return a 200 series or the Generate Connect URL call fails.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-au-webhooks-event-connect", "mastercard-finicity-connect-webhooks"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-au-webhooks-event-connect"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    financialConsentCreated: {
      description: "Sent when the customer consents to sharing data through Open Finance. Only becomes relevant when the customer adds the accounts.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-au-webhooks-event-connect"],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "This event is deprecated. To track consent lifecycle and content use Consent Notifications instead.",
      },
      wording: {
        description: { by: "provider", sources: ["mastercard-au-webhooks-event-connect"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known MastercardWebhookEventType. */
export const isMastercardWebhookEventType = (value: unknown): value is MastercardWebhookEventType => isCodeOf(MastercardWebhookEventTypeCategories, MastercardWebhookEventTypeAliases, value);

/** Other wire spellings of MastercardEuropeError values (alias -> value). */
export const MastercardEuropeErrorAliases: { readonly [alias: string]: MastercardEuropeError } = {
};
/** The category of every MastercardEuropeError value and alias: all a listener needs to read one. */
export const MastercardEuropeErrorCategories: { readonly [spelling: string]: Category } = {
  InvalidInput: "integration_error",
};
/**
 * Open Finance Europe error (Enterprise): The error code of a Mastercard Open Finance Europe (Aiia
 * Enterprise) API error body, {error, details}, whose details vary by code. The page's table of
 * codes was not read: the code here is its example's. Wire field: error of an Open Finance Europe
 * (Enterprise) API error body.
 */
export const MastercardEuropeError: {
  /**
   * The input was not valid: the error's details give the reason and the validation errors per
   * field.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly InvalidInput: "InvalidInput";
} = /* @__PURE__ */ membersOf(MastercardEuropeErrorCategories, MastercardEuropeErrorAliases);
export type MastercardEuropeError = (typeof MastercardEuropeError)[keyof typeof MastercardEuropeError];
/** A MastercardEuropeError as read from the wire: a known value or any other string. */
export type MastercardEuropeErrorOrUnknown = MastercardEuropeError | (string & {});
/** The catalog's metadata of every MastercardEuropeError value. */
export const MastercardEuropeErrorInfo: { readonly [V in MastercardEuropeError]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/mastercard/europe_error",
  {
    InvalidInput: {
      description: "The input was not valid: the error's details give the reason and the validation errors per field.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-europe-enterprise-codes"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known MastercardEuropeError. */
export const isMastercardEuropeError = (value: unknown): value is MastercardEuropeError => isCodeOf(MastercardEuropeErrorCategories, MastercardEuropeErrorAliases, value);

/** Other wire spellings of MastercardEuropeInsightsReason values (alias -> value). */
export const MastercardEuropeInsightsReasonAliases: { readonly [alias: string]: MastercardEuropeInsightsReason } = {
};
/** The category of every MastercardEuropeInsightsReason value and alias: all a listener needs to read one. */
export const MastercardEuropeInsightsReasonCategories: { readonly [spelling: string]: Category } = {
  INPUT_ERROR: "integration_error",
  FORMAT_ERROR: "integration_error",
};
/**
 * Open Finance Europe reason code (Insights): The reason code of a Mastercard Open Finance Europe
 * Insights API error, answered with HTTP 400, as the rows read of its Codes and Formats page list
 * them; the field of the body that holds it was not read, and the page's other rows were not read.
 * Wire field: the reason code of an Open Finance Europe Insights API error (the body's field not
 * read).
 */
export const MastercardEuropeInsightsReason: {
  /**
   * `redirectUrl` length must be between 1 and 265
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Adjust the value provided within this field in line with advised
   * formatting requirements.
   * Whose words: description: Mastercard Open Finance's published text; advice to the integrator:
   * Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly INPUT_ERROR: "INPUT_ERROR";
  /**
   * Redirect URL was not provided
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   * HTTP: 400.
   */
  readonly FORMAT_ERROR: "FORMAT_ERROR";
} = /* @__PURE__ */ membersOf(MastercardEuropeInsightsReasonCategories, MastercardEuropeInsightsReasonAliases);
export type MastercardEuropeInsightsReason = (typeof MastercardEuropeInsightsReason)[keyof typeof MastercardEuropeInsightsReason];
/** A MastercardEuropeInsightsReason as read from the wire: a known value or any other string. */
export type MastercardEuropeInsightsReasonOrUnknown = MastercardEuropeInsightsReason | (string & {});
/** The catalog's metadata of every MastercardEuropeInsightsReason value. */
export const MastercardEuropeInsightsReasonInfo: { readonly [V in MastercardEuropeInsightsReason]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/mastercard/europe_insights_reason",
  {
    INPUT_ERROR: {
      description: "`redirectUrl` length must be between 1 and 265",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-europe-insights-codes"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["mastercard-europe-insights-codes"] },
        advice: { by: "provider", sources: ["mastercard-europe-insights-codes"] },
      },
      message: null,
      advice: "Adjust the value provided within this field in line with advised formatting requirements.",
      userMessage: null,
      aliases: [],
    },
    FORMAT_ERROR: {
      description: "Redirect URL was not provided",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["mastercard-europe-insights-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-europe-insights-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known MastercardEuropeInsightsReason. */
export const isMastercardEuropeInsightsReason = (value: unknown): value is MastercardEuropeInsightsReason => isCodeOf(MastercardEuropeInsightsReasonCategories, MastercardEuropeInsightsReasonAliases, value);

/** Other wire spellings of MastercardObwmsReasonCode values (alias -> value). */
export const MastercardObwmsReasonCodeAliases: { readonly [alias: string]: MastercardObwmsReasonCode } = {
};
/** The category of every MastercardObwmsReasonCode value and alias: all a listener needs to read one. */
export const MastercardObwmsReasonCodeCategories: { readonly [spelling: string]: Category } = {
  "1501": "integration_error",
  "1502": "integration_error",
  "1503": "integration_error",
  "1504": "integration_error",
};
/**
 * Webhook subscription service reason code: The reason code of an error of Mastercard's webhook
 * subscription service (its Errors.Error[] envelope, the ErrorWrapper schema: reasonCode, "A unique
 * constant identifying the error case encountered during transaction processing"), as the US
 * OpenAPI's examples of that envelope give them (numbers, where the schema's example is the text
 * '10001'). The descriptions are the examples' own. The categories are bankcodes' reading. Wire
 * field: Errors.Error[].reasonCode of the webhook subscription service's error body.
 */
export const MastercardObwmsReasonCode: {
  /**
   * Resource not found.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly RESOURCE_NOT_FOUND: 1501;
  /**
   * Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly BAD_REQUEST: 1502;
  /**
   * Expired (App-Token)
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly EXPIRED_APP_TOKEN: 1503;
  /**
   * Missing parameter (App-Key)
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Mastercard Open Finance's published text.
   */
  readonly MISSING_APP_KEY: 1504;
} = { RESOURCE_NOT_FOUND: 1501, BAD_REQUEST: 1502, EXPIRED_APP_TOKEN: 1503, MISSING_APP_KEY: 1504 };
export type MastercardObwmsReasonCode = (typeof MastercardObwmsReasonCode)[keyof typeof MastercardObwmsReasonCode];
/** A MastercardObwmsReasonCode as read from the wire: a known value or any other number, or a number's
 * decimal text (as some providers send it). */
export type MastercardObwmsReasonCodeOrUnknown = MastercardObwmsReasonCode | (number & {}) | `${number}`;
/** The catalog's metadata of every MastercardObwmsReasonCode value. */
export const MastercardObwmsReasonCodeInfo: { readonly [V in MastercardObwmsReasonCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/mastercard/obwms_reason_code",
  {
    "1501": {
      name: "RESOURCE_NOT_FOUND",
      description: "Resource not found.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-openapi-us"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "1502": {
      name: "BAD_REQUEST",
      description: "Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-openapi-us"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "1503": {
      name: "EXPIRED_APP_TOKEN",
      description: "Expired (App-Token)",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-openapi-us"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "renew_access_token",
      factSources: { next_step: ["mastercard-openapi-us"] },
    },
    "1504": {
      name: "MISSING_APP_KEY",
      description: "Missing parameter (App-Key)",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["mastercard-openapi-us"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["mastercard-openapi-us"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known MastercardObwmsReasonCode. */
export const isMastercardObwmsReasonCode = (value: unknown): value is MastercardObwmsReasonCode => isNumericCodeOf(MastercardObwmsReasonCodeCategories, value);
