// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * Bridge (https://bridgeapi.io): per code set, its aliases, its category table, its constant
 * (identifier -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, isNumericCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of BridgeItemStatus values (alias -> value). */
export const BridgeItemStatusAliases: { readonly [alias: string]: BridgeItemStatus } = {
};
/** The category of every BridgeItemStatus value and alias: all a listener needs to read one. */
export const BridgeItemStatusCategories: { readonly [spelling: string]: Category } = {
  "0": "success",
  "-2": "pending",
  "-3": "pending",
  "402": "credentials_invalid",
  "429": "action_required_at_institution",
  "430": "action_required_at_institution",
  "1003": "generic_failure",
  "1005": "institution_not_supported",
  "1007": "institution_unavailable",
  "1009": "success",
  "1010": "mfa_required",
  "1099": "pending",
  "1100": "user_action_required",
};
/**
 * Item status: The status of an item, a connection to a bank with a set of the user's credentials
 * (item.status, an integer). Its values look like HTTP statuses (402, 429) but are not: they are
 * the item's states, read in this set alone. Each code's text is today's Items statuses page's; its
 * name is the Status column of the v2019.02.18 list of item status codes (today's pages have no
 * such column). Wire field: status of an item (an integer).
 */
export const BridgeItemStatus: {
  /**
   * Everything is awesome.
   * Category: success (Success); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly ok: 0;
  /**
   * The item was recently added, and the item's refresh is in progress.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly just_added: -2;
  /**
   * The credentials were recently updated, and the item's refresh is in progress.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly just_edited: -3;
  /**
   * Wrong credentials were provided.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly login_failed: 402;
  /**
   * An action from the user is required within the online banking of the user. This can occur when
   * the user needs to accept new Terms of Service, change their credentials, or when it's their
   * first time connecting to the bank's website.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly needs_human_action: 429;
  /**
   * The User needs to log onto his bank's website to change his password.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly needs_password_rotation: 430;
  /**
   * Couldn't refresh the item; please try again.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Bridge's published text.
   */
  readonly could_not_refresh: 1003;
  /**
   * Account not supported.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly not_supported: 1005;
  /**
   * Refreshing the item is temporarily disabled.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Bridge's published text.
   */
  readonly disabled_temporarily: 1007;
  /**
   * The account balance has changed, but no new transactions were found. This can happen with stock
   * or life insurance accounts.
   * Category: success (Success); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly incomplete: 1009;
  /**
   * The item wasn't refreshed successfully because it required a Multi-Factor Authentication (MFA)
   * or One-Time Password (OTP) that wasn't provided.
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly needs_manual_refresh: 1010;
  /**
   * The item is being migrated to another bank.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly migration: 1099;
  /**
   * Pro accounts have been detected on this Item and it needs validation. Otherwise the data will
   * be obfuscated.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly pro_account_locked: 1100;
} = {
  ok: 0,
  just_added: -2,
  just_edited: -3,
  login_failed: 402,
  needs_human_action: 429,
  needs_password_rotation: 430,
  could_not_refresh: 1003,
  not_supported: 1005,
  disabled_temporarily: 1007,
  incomplete: 1009,
  needs_manual_refresh: 1010,
  migration: 1099,
  pro_account_locked: 1100,
};
export type BridgeItemStatus = (typeof BridgeItemStatus)[keyof typeof BridgeItemStatus];
/** A BridgeItemStatus as read from the wire: a known value or any other number, or a number's
 * decimal text (as some providers send it). */
export type BridgeItemStatusOrUnknown = BridgeItemStatus | (number & {}) | `${number}`;
/** The catalog's metadata of every BridgeItemStatus value. */
export const BridgeItemStatusInfo: { readonly [V in BridgeItemStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/bridge/item_status",
  {
    "0": {
      name: "ok",
      description: "Everything is awesome.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "bridge-docs-items-status",
        "bridge-docs-v2019-item-resource",
        "bridge-docs-item-resource",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-docs-items-status"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "-2": {
      name: "just_added",
      description: "The item was recently added, and the item's refresh is in progress.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "bridge-docs-items-status",
        "bridge-docs-v2019-item-resource",
        "bridge-docs-item-resource",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-docs-items-status"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "-3": {
      name: "just_edited",
      description: "The credentials were recently updated, and the item's refresh is in progress.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "bridge-docs-items-status",
        "bridge-docs-v2019-item-resource",
        "bridge-docs-item-resource",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-docs-items-status"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "402": {
      name: "login_failed",
      description: "Wrong credentials were provided.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "bridge-docs-items-status",
        "bridge-docs-v2019-item-resource",
        "bridge-docs-item-resource",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-docs-items-status"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "429": {
      name: "needs_human_action",
      description: "An action from the user is required within the online banking of the user. This can occur when the user needs to accept new Terms of Service, change their credentials, or when it's their first time connecting to the bank's website.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "bridge-docs-items-status",
        "bridge-docs-v2019-item-resource",
        "bridge-docs-item-resource",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-docs-items-status"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "430": {
      name: "needs_password_rotation",
      description: "The User needs to log onto his bank's website to change his password.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-docs-v2019-item-resource"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-docs-v2019-item-resource"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "1003": {
      name: "could_not_refresh",
      description: "Couldn't refresh the item; please try again.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "bridge-docs-items-status",
        "bridge-docs-v2019-item-resource",
        "bridge-docs-item-resource",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-docs-items-status"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "degraded",
      stateReason: "The last refresh failed; Bridge says to try again.",
    },
    "1005": {
      name: "not_supported",
      description: "Account not supported.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "bridge-docs-items-status",
        "bridge-docs-v2019-item-resource",
        "bridge-docs-item-resource",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-docs-items-status"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "degraded",
      stateReason: "bankcodes' reading: Bridge cannot refresh this account.",
    },
    "1007": {
      name: "disabled_temporarily",
      description: "Refreshing the item is temporarily disabled.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "bridge-docs-items-status",
        "bridge-docs-v2019-item-resource",
        "bridge-docs-item-resource",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-docs-items-status"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "1009": {
      name: "incomplete",
      description: "The account balance has changed, but no new transactions were found. This can happen with stock or life insurance accounts.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "bridge-docs-items-status",
        "bridge-docs-v2019-item-resource",
        "bridge-docs-item-resource",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-docs-items-status"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "1010": {
      name: "needs_manual_refresh",
      description: "The item wasn't refreshed successfully because it required a Multi-Factor Authentication (MFA) or One-Time Password (OTP) that wasn't provided.",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "bridge-docs-items-status",
        "bridge-docs-v2019-item-resource",
        "bridge-docs-item-resource",
        "bridge-docs-sca",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-docs-items-status"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "1099": {
      name: "migration",
      description: "The item is being migrated to another bank.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "bridge-docs-items-status",
        "bridge-docs-v2019-item-resource",
        "bridge-docs-item-resource",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-docs-items-status"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "1100": {
      name: "pro_account_locked",
      description: "Pro accounts have been detected on this Item and it needs validation. Otherwise the data will be obfuscated.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "bridge-docs-items-status",
        "bridge-docs-v2019-item-resource",
        "bridge-docs-item-resource",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-docs-items-status"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
  { "-2": "just_added", "-3": "just_edited" },
);
/** Whether a value is a known BridgeItemStatus. */
export const isBridgeItemStatus = (value: unknown): value is BridgeItemStatus => isNumericCodeOf(BridgeItemStatusCategories, value);

/** Other wire spellings of BridgeStatusCodeInfo values (alias -> value). */
export const BridgeStatusCodeInfoAliases: { readonly [alias: string]: BridgeStatusCodeInfo } = {
  INVALID_CREDS: "invalid_creds",
  WRONG_ID: "wrong_id",
  WRONG_ID_FORMAT: "wrong_id_format",
  WRONG_PWD: "wrong_pwd",
  WRONG_PWD_FORMAT: "wrong_pwd_format",
  WRONG_PWD2: "wrong_pwd2",
  WRONG_PWD2_FORMAT: "wrong_pwd2_format",
  ACCOUNT_TEMPORARILY_BLOCKED: "account_temporarily_blocked",
  ACCOUNT_BLOCKED: "account_blocked",
  ACCOUNT_BLOCKED_CONTACT_BANK: "account_blocked_contact_bank",
  TOS_TO_VALIDATE: "tos_to_validate",
  CONTRACT_TO_SIGN: "contract_to_sign",
  INACTIVE_CREDS: "inactive_creds",
  ACCOUNT_TO_ACTIVATE: "account_to_activate",
};
/** The category of every BridgeStatusCodeInfo value and alias: all a listener needs to read one. */
export const BridgeStatusCodeInfoCategories: { readonly [spelling: string]: Category } = {
  otp_required: "mfa_required",
  BANK_IS_DOWN: "institution_unavailable",
  ok: "success",
  invalid_creds: "credentials_invalid",
  INVALID_CREDS: "credentials_invalid",
  wrong_id: "credentials_invalid",
  WRONG_ID: "credentials_invalid",
  wrong_id_format: "credentials_invalid",
  WRONG_ID_FORMAT: "credentials_invalid",
  wrong_pwd: "credentials_invalid",
  WRONG_PWD: "credentials_invalid",
  wrong_pwd_format: "credentials_invalid",
  WRONG_PWD_FORMAT: "credentials_invalid",
  wrong_pwd2: "credentials_invalid",
  WRONG_PWD2: "credentials_invalid",
  wrong_pwd2_format: "credentials_invalid",
  WRONG_PWD2_FORMAT: "credentials_invalid",
  account_temporarily_blocked: "attempts_exhausted",
  ACCOUNT_TEMPORARILY_BLOCKED: "attempts_exhausted",
  account_blocked: "attempts_exhausted",
  ACCOUNT_BLOCKED: "attempts_exhausted",
  account_blocked_contact_bank: "attempts_exhausted",
  ACCOUNT_BLOCKED_CONTACT_BANK: "attempts_exhausted",
  tos_to_validate: "action_required_at_institution",
  TOS_TO_VALIDATE: "action_required_at_institution",
  contract_to_sign: "action_required_at_institution",
  CONTRACT_TO_SIGN: "action_required_at_institution",
  inactive_creds: "action_required_at_institution",
  INACTIVE_CREDS: "action_required_at_institution",
  account_to_activate: "action_required_at_institution",
  ACCOUNT_TO_ACTIVATE: "action_required_at_institution",
  PHONE_NB_TO_CONFIRM: "action_required_at_institution",
  INFORMATION_TO_REVIEW: "action_required_at_institution",
  SMTH_TO_VALIDATE: "action_required_at_institution",
  OTP_REGISTRATION_TO_DO: "action_required_at_institution",
  KYC_TO_FILL: "action_required_at_institution",
  AMLCFT_DATA_TO_CONFIRM: "action_required_at_institution",
  PHONE_NB_TO_SET: "action_required_at_institution",
  PERSO_DATA_TO_CONFIRM: "action_required_at_institution",
  FORM_TO_FILL: "action_required_at_institution",
  READONLY_ACCESS_TO_CREATE: "action_required_at_institution",
  CANNOT_ACCESS_SERVICES: "action_required_at_institution",
  NO_ONLINE_ACCESS: "action_required_at_institution",
  CREDS_UPDATE_MESSAGE: "action_required_at_institution",
  UNLOCK_OTP_IN_APP: "action_required_at_institution",
  INACTIVE_CREDS_CONTACT_BANK: "action_required_at_institution",
  ACCOUNT_TO_REACTIVATE: "action_required_at_institution",
  OTP_REQUIRED_BANK: "action_required_at_institution",
  NO_ACCESS_CONTACT_BANK: "action_required_at_institution",
  EXPIRED_ID_CONTACT_BANK: "action_required_at_institution",
  UNLOCK_OTP_IN_WEB: "action_required_at_institution",
  CONTACT_BANK: "action_required_at_institution",
  PWD_RENEWAL: "action_required_at_institution",
};
/**
 * Item status detail: A detail of an item's status (item.status_code_info), with its text in
 * status_code_description. The Items statuses page lists the details of each status; its copy read
 * gives the 402 list whole and the 429 list in part, the rest of the 429 list coming from the
 * v2019.02.18 page and Bridge's help center (which gives each its meaning). Today's page spells
 * them in lower case, the older ones in upper case: a code whose lower-case spelling was read holds
 * the other as its alias. Wire field: status_code_info of an item.
 */
export const BridgeStatusCodeInfo: {
  /**
   * The item needs a refresh with Strong Customer Authentication.
   * Category: mfa_required (MFA required); retryable: no.
   * Message: Please enter the strong authentication (SMS, notifications,
   * Whose words: description: bankcodes' wording; message: Bridge's published text.
   */
  readonly otp_required: "otp_required";
  /**
   * The bank's interface cannot be reached for now.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Message: Your bank's interface is down for now.
   * Whose words: description: bankcodes' wording; message: Bridge's published text.
   */
  readonly BANK_IS_DOWN: "BANK_IS_DOWN";
  /**
   * The item is ok: the Item refreshed webhook's example gives it beside status_code 0.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ok: "ok";
  /**
   * Credentials are invalid.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly invalid_creds: "invalid_creds";
  /**
   * User ID is invalid .
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly wrong_id: "wrong_id";
  /**
   * User ID format is not correct.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly wrong_id_format: "wrong_id_format";
  /**
   * Password is invalid.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly wrong_pwd: "wrong_pwd";
  /**
   * Password format is not correct.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly wrong_pwd_format: "wrong_pwd_format";
  /**
   * Listed under the item's 402 (wrong credentials) on Bridge's Items status pages, without a
   * meaning of its own.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly wrong_pwd2: "wrong_pwd2";
  /**
   * Listed under the item's 402 (wrong credentials) on Bridge's Items status pages, without a
   * meaning of its own.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly wrong_pwd2_format: "wrong_pwd2_format";
  /**
   * Due to several unsuccessful login attempts, the bank has temporarily blocked the user access.
   * Category: attempts_exhausted (Attempts exhausted); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly account_temporarily_blocked: "account_temporarily_blocked";
  /**
   * Due to several unsuccessful login attempts, the bank has blocked the user access.
   * Category: attempts_exhausted (Attempts exhausted); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly account_blocked: "account_blocked";
  /**
   * Due to several unsuccessful login attempts, the bank has blocked the user access.
   * Category: attempts_exhausted (Attempts exhausted); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly account_blocked_contact_bank: "account_blocked_contact_bank";
  /**
   * Terms of service to validate on bank website.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly tos_to_validate: "tos_to_validate";
  /**
   * Terms of service to validate on bank website.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly contract_to_sign: "contract_to_sign";
  /**
   * Access have been deactivated by the bank (account close, ...).
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly inactive_creds: "inactive_creds";
  /**
   * User has to log in on its bank website for the first time.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly account_to_activate: "account_to_activate";
  /**
   * User phone number needs to be set or confirmed on bank website.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly PHONE_NB_TO_CONFIRM: "PHONE_NB_TO_CONFIRM";
  /**
   * an action is required on the bank website.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly INFORMATION_TO_REVIEW: "INFORMATION_TO_REVIEW";
  /**
   * an action is required on the bank website.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly SMTH_TO_VALIDATE: "SMTH_TO_VALIDATE";
  /**
   * User has to connect to bank to perform OTP registration.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly OTP_REGISTRATION_TO_DO: "OTP_REGISTRATION_TO_DO";
  /**
   * Listed under the item's 429 (an action required at the bank) on Bridge's Items status pages,
   * without a meaning of its own.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly KYC_TO_FILL: "KYC_TO_FILL";
  /**
   * Listed under the item's 429 (an action required at the bank) on Bridge's Items status pages,
   * without a meaning of its own.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly AMLCFT_DATA_TO_CONFIRM: "AMLCFT_DATA_TO_CONFIRM";
  /**
   * User phone number needs to be set or confirmed on bank website.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly PHONE_NB_TO_SET: "PHONE_NB_TO_SET";
  /**
   * User is required to update or validate its personal data on its bank website.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly PERSO_DATA_TO_CONFIRM: "PERSO_DATA_TO_CONFIRM";
  /**
   * User has to fill a form on its bank website.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly FORM_TO_FILL: "FORM_TO_FILL";
  /**
   * Listed under the item's 429 (an action required at the bank) on Bridge's Items status pages,
   * without a meaning of its own.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly READONLY_ACCESS_TO_CREATE: "READONLY_ACCESS_TO_CREATE";
  /**
   * User does not have access to the bank service.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly CANNOT_ACCESS_SERVICES: "CANNOT_ACCESS_SERVICES";
  /**
   * User does not have access to the bank service.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly NO_ONLINE_ACCESS: "NO_ONLINE_ACCESS";
  /**
   * User has to update its credentials on its bank website.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly CREDS_UPDATE_MESSAGE: "CREDS_UPDATE_MESSAGE";
  /**
   * User has to unlock SCA OTP through its bank interface (mobile app or web).
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly UNLOCK_OTP_IN_APP: "UNLOCK_OTP_IN_APP";
  /**
   * Access have been deactivated by the bank (account close, ...).
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly INACTIVE_CREDS_CONTACT_BANK: "INACTIVE_CREDS_CONTACT_BANK";
  /**
   * User has to log in on its bank website for the first time.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly ACCOUNT_TO_REACTIVATE: "ACCOUNT_TO_REACTIVATE";
  /**
   * A Strong Customer Authentication is required on the bank website.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly OTP_REQUIRED_BANK: "OTP_REQUIRED_BANK";
  /**
   * User does not have access to the bank service.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly NO_ACCESS_CONTACT_BANK: "NO_ACCESS_CONTACT_BANK";
  /**
   * User does not have access to the bank service.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly EXPIRED_ID_CONTACT_BANK: "EXPIRED_ID_CONTACT_BANK";
  /**
   * User has to unlock SCA OTP through its bank interface (mobile app or web).
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly UNLOCK_OTP_IN_WEB: "UNLOCK_OTP_IN_WEB";
  /**
   * User has to contact its bank adviser.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly CONTACT_BANK: "CONTACT_BANK";
  /**
   * User has to renew its password on the bank website.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly PWD_RENEWAL: "PWD_RENEWAL";
} = /* @__PURE__ */ membersOf(BridgeStatusCodeInfoCategories, BridgeStatusCodeInfoAliases);
export type BridgeStatusCodeInfo = (typeof BridgeStatusCodeInfo)[keyof typeof BridgeStatusCodeInfo];
/** A BridgeStatusCodeInfo as read from the wire: a known value or any other string. */
export type BridgeStatusCodeInfoOrUnknown = BridgeStatusCodeInfo | (string & {});
/** The catalog's metadata of every BridgeStatusCodeInfo value. */
export const BridgeStatusCodeInfoInfo: { readonly [V in BridgeStatusCodeInfo]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/bridge/status_code_info",
  {
    otp_required: {
      description: "The item needs a refresh with Strong Customer Authentication.",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-docs-sca"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: { by: "provider", sources: ["bridge-docs-sca"] },
      },
      message: "Please enter the strong authentication (SMS, notifications,",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BANK_IS_DOWN: {
      description: "The bank's interface cannot be reached for now.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-docs-item-resource"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: { by: "provider", sources: ["bridge-docs-item-resource"] },
      },
      message: "Your bank's interface is down for now.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ok: {
      description: "The item is ok: the Item refreshed webhook's example gives it beside status_code 0.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["bridge-docs-webhooks-events"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_creds: {
      description: "Credentials are invalid.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-docs-items-status", "bridge-support-402"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-402"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["INVALID_CREDS"],
    },
    wrong_id: {
      description: "User ID is invalid .",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-docs-items-status", "bridge-support-402"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-402"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["WRONG_ID"],
    },
    wrong_id_format: {
      description: "User ID format is not correct.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-docs-items-status", "bridge-support-402"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-402"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["WRONG_ID_FORMAT"],
    },
    wrong_pwd: {
      description: "Password is invalid.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-docs-items-status", "bridge-support-402"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-402"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["WRONG_PWD"],
    },
    wrong_pwd_format: {
      description: "Password format is not correct.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-docs-items-status", "bridge-support-402"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-402"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["WRONG_PWD_FORMAT"],
    },
    wrong_pwd2: {
      description: "Listed under the item's 402 (wrong credentials) on Bridge's Items status pages, without a meaning of its own.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-docs-items-status"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["WRONG_PWD2"],
    },
    wrong_pwd2_format: {
      description: "Listed under the item's 402 (wrong credentials) on Bridge's Items status pages, without a meaning of its own.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-docs-items-status"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["WRONG_PWD2_FORMAT"],
    },
    account_temporarily_blocked: {
      description: "Due to several unsuccessful login attempts, the bank has temporarily blocked the user access.",
      category: "attempts_exhausted",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["bridge-docs-items-status", "bridge-support-402"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-402"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["ACCOUNT_TEMPORARILY_BLOCKED"],
    },
    account_blocked: {
      description: "Due to several unsuccessful login attempts, the bank has blocked the user access.",
      category: "attempts_exhausted",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["bridge-docs-items-status", "bridge-support-402"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-402"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["ACCOUNT_BLOCKED"],
    },
    account_blocked_contact_bank: {
      description: "Due to several unsuccessful login attempts, the bank has blocked the user access.",
      category: "attempts_exhausted",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["bridge-docs-items-status", "bridge-support-402"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-402"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["ACCOUNT_BLOCKED_CONTACT_BANK"],
    },
    tos_to_validate: {
      description: "Terms of service to validate on bank website.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-docs-items-status", "bridge-docs-v2019-items-status", "bridge-support-429"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-429"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["TOS_TO_VALIDATE"],
    },
    contract_to_sign: {
      description: "Terms of service to validate on bank website.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-docs-items-status", "bridge-docs-v2019-items-status", "bridge-support-429"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-429"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["CONTRACT_TO_SIGN"],
    },
    inactive_creds: {
      description: "Access have been deactivated by the bank (account close, ...).",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-docs-items-status", "bridge-docs-v2019-items-status", "bridge-support-429"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-429"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["INACTIVE_CREDS"],
    },
    account_to_activate: {
      description: "User has to log in on its bank website for the first time.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-docs-items-status", "bridge-docs-v2019-items-status", "bridge-support-429"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-429"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["ACCOUNT_TO_ACTIVATE"],
    },
    PHONE_NB_TO_CONFIRM: {
      description: "User phone number needs to be set or confirmed on bank website.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-docs-v2019-items-status", "bridge-support-429"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-429"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INFORMATION_TO_REVIEW: {
      description: "an action is required on the bank website.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-docs-v2019-items-status", "bridge-support-429"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-429"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SMTH_TO_VALIDATE: {
      description: "an action is required on the bank website.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-docs-v2019-items-status", "bridge-support-429"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-429"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    OTP_REGISTRATION_TO_DO: {
      description: "User has to connect to bank to perform OTP registration.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-docs-v2019-items-status", "bridge-support-429"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-429"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    KYC_TO_FILL: {
      description: "Listed under the item's 429 (an action required at the bank) on Bridge's Items status pages, without a meaning of its own.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-docs-v2019-items-status"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AMLCFT_DATA_TO_CONFIRM: {
      description: "Listed under the item's 429 (an action required at the bank) on Bridge's Items status pages, without a meaning of its own.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-docs-v2019-items-status"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PHONE_NB_TO_SET: {
      description: "User phone number needs to be set or confirmed on bank website.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-docs-v2019-items-status", "bridge-support-429"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-429"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PERSO_DATA_TO_CONFIRM: {
      description: "User is required to update or validate its personal data on its bank website.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-docs-v2019-items-status", "bridge-support-429"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-429"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FORM_TO_FILL: {
      description: "User has to fill a form on its bank website.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-docs-v2019-items-status", "bridge-support-429"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-429"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    READONLY_ACCESS_TO_CREATE: {
      description: "Listed under the item's 429 (an action required at the bank) on Bridge's Items status pages, without a meaning of its own.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-docs-v2019-items-status"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CANNOT_ACCESS_SERVICES: {
      description: "User does not have access to the bank service.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-docs-v2019-items-status", "bridge-support-429"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-429"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NO_ONLINE_ACCESS: {
      description: "User does not have access to the bank service.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-docs-v2019-items-status", "bridge-support-429"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-429"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CREDS_UPDATE_MESSAGE: {
      description: "User has to update its credentials on its bank website.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-docs-v2019-items-status", "bridge-support-429"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-429"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UNLOCK_OTP_IN_APP: {
      description: "User has to unlock SCA OTP through its bank interface (mobile app or web).",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-docs-v2019-items-status", "bridge-support-429"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-429"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INACTIVE_CREDS_CONTACT_BANK: {
      description: "Access have been deactivated by the bank (account close, ...).",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-support-429"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-429"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCOUNT_TO_REACTIVATE: {
      description: "User has to log in on its bank website for the first time.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-support-429"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-429"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    OTP_REQUIRED_BANK: {
      description: "A Strong Customer Authentication is required on the bank website.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-support-429"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-429"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NO_ACCESS_CONTACT_BANK: {
      description: "User does not have access to the bank service.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-support-429"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-429"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    EXPIRED_ID_CONTACT_BANK: {
      description: "User does not have access to the bank service.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-support-429"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-429"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UNLOCK_OTP_IN_WEB: {
      description: "User has to unlock SCA OTP through its bank interface (mobile app or web).",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-support-429"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-429"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONTACT_BANK: {
      description: "User has to contact its bank adviser.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-support-429"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-429"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PWD_RENEWAL: {
      description: "User has to renew its password on the bank website.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-support-429"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-support-429"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BridgeStatusCodeInfo. */
export const isBridgeStatusCodeInfo = (value: unknown): value is BridgeStatusCodeInfo => isCodeOf(BridgeStatusCodeInfoCategories, BridgeStatusCodeInfoAliases, value);

/** Other wire spellings of BridgeResponseStatus values (alias -> value). */
export const BridgeResponseStatusAliases: { readonly [alias: string]: BridgeResponseStatus } = {
};
/** The category of every BridgeResponseStatus value and alias: all a listener needs to read one. */
export const BridgeResponseStatusCategories: { readonly [spelling: string]: Category } = {
  "200": "success",
  "201": "success",
  "202": "pending",
  "204": "success",
  "400": "integration_error",
  "401": "integration_error",
  "403": "integration_error",
  "404": "integration_error",
  "409": "integration_error",
  "415": "integration_error",
  "422": "integration_error",
  "429": "rate_limited",
  "500": "generic_failure",
};
/**
 * API response status: The HTTP status of a Bridge API response, as the API basics page (v3) and
 * the v2019 API responses page list them, in the same words. The categories are bankcodes' reading.
 * Wire field: the HTTP status of an API response.
 */
export const BridgeResponseStatus: {
  /**
   * Successful request.
   * Category: success (Success); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly OK: 200;
  /**
   * New resource created.
   * Category: success (Success); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly CREATED: 201;
  /**
   * The request has been accepted for processing, but the processing has not been completed.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly ACCEPTED: 202;
  /**
   * Resource deleted.
   * Category: success (Success); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly NO_CONTENT: 204;
  /**
   * The request is malformed. Check the parameters or the syntax.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly BAD_REQUEST: 400;
  /**
   * Couldn’t authenticate the request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly UNAUTHORIZED: 401;
  /**
   * The request is not allowed.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly FORBIDDEN: 403;
  /**
   * No such resource.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly NOT_FOUND: 404;
  /**
   * The resource already exists.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly CONFLICT: 409;
  /**
   * The resource requires Content-Type: application/json header and a JSON body.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly UNSUPPORTED_MEDIA_TYPE: 415;
  /**
   * The provided JSON is not valid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly UNPROCESSABLE_ENTITY: 422;
  /**
   * Too many requests hit the API too quickly. See Rate limits.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: description: Bridge's published text.
   */
  readonly TOO_MANY_REQUESTS: 429;
  /**
   * Something went wrong on our end (these are rare).
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Bridge's published text.
   */
  readonly INTERNAL_SERVER_ERROR: 500;
} = {
  OK: 200,
  CREATED: 201,
  ACCEPTED: 202,
  NO_CONTENT: 204,
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE_ENTITY: 422,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
};
export type BridgeResponseStatus = (typeof BridgeResponseStatus)[keyof typeof BridgeResponseStatus];
/** A BridgeResponseStatus as read from the wire: a known value or any other number, or a number's
 * decimal text (as some providers send it). */
export type BridgeResponseStatusOrUnknown = BridgeResponseStatus | (number & {}) | `${number}`;
/** The catalog's metadata of every BridgeResponseStatus value. */
export const BridgeResponseStatusInfo: { readonly [V in BridgeResponseStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/bridge/response_status",
  {
    "200": {
      name: "OK",
      description: "Successful request.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["bridge-docs-basics", "bridge-docs-v2019-api-responses"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["bridge-docs-basics", "bridge-docs-v2019-api-responses"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "201": {
      name: "CREATED",
      description: "New resource created.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["bridge-docs-basics", "bridge-docs-v2019-api-responses"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["bridge-docs-basics", "bridge-docs-v2019-api-responses"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "202": {
      name: "ACCEPTED",
      description: "The request has been accepted for processing, but the processing has not been completed.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["bridge-docs-basics", "bridge-docs-v2019-api-responses"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["bridge-docs-basics", "bridge-docs-v2019-api-responses"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "204": {
      name: "NO_CONTENT",
      description: "Resource deleted.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["bridge-docs-basics", "bridge-docs-v2019-api-responses"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["bridge-docs-basics", "bridge-docs-v2019-api-responses"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "400": {
      name: "BAD_REQUEST",
      description: "The request is malformed. Check the parameters or the syntax.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["bridge-docs-basics", "bridge-docs-v2019-api-responses"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["bridge-docs-basics", "bridge-docs-v2019-api-responses"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "401": {
      name: "UNAUTHORIZED",
      description: "Couldn’t authenticate the request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["bridge-docs-basics", "bridge-docs-v2019-api-responses"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["bridge-docs-basics", "bridge-docs-v2019-api-responses"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "403": {
      name: "FORBIDDEN",
      description: "The request is not allowed.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["bridge-docs-basics", "bridge-docs-v2019-api-responses"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["bridge-docs-basics", "bridge-docs-v2019-api-responses"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "404": {
      name: "NOT_FOUND",
      description: "No such resource.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["bridge-docs-basics", "bridge-docs-v2019-api-responses"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["bridge-docs-basics", "bridge-docs-v2019-api-responses"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "409": {
      name: "CONFLICT",
      description: "The resource already exists.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["bridge-docs-basics", "bridge-docs-v2019-api-responses"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["bridge-docs-basics", "bridge-docs-v2019-api-responses"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "415": {
      name: "UNSUPPORTED_MEDIA_TYPE",
      description: "The resource requires Content-Type: application/json header and a JSON body.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["bridge-docs-basics", "bridge-docs-v2019-api-responses"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["bridge-docs-basics", "bridge-docs-v2019-api-responses"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "422": {
      name: "UNPROCESSABLE_ENTITY",
      description: "The provided JSON is not valid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["bridge-docs-basics", "bridge-docs-v2019-api-responses"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["bridge-docs-basics", "bridge-docs-v2019-api-responses"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "429": {
      name: "TOO_MANY_REQUESTS",
      description: "Too many requests hit the API too quickly. See Rate limits.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-docs-basics", "bridge-docs-v2019-api-responses"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["bridge-docs-basics", "bridge-docs-v2019-api-responses"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "500": {
      name: "INTERNAL_SERVER_ERROR",
      description: "Something went wrong on our end (these are rare).",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["bridge-docs-basics", "bridge-docs-v2019-api-responses"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["bridge-docs-basics", "bridge-docs-v2019-api-responses"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BridgeResponseStatus. */
export const isBridgeResponseStatus = (value: unknown): value is BridgeResponseStatus => isNumericCodeOf(BridgeResponseStatusCategories, value);

/** Other wire spellings of BridgeErrorCode values (alias -> value). */
export const BridgeErrorCodeAliases: { readonly [alias: string]: BridgeErrorCode } = {
};
/** The category of every BridgeErrorCode value and alias: all a listener needs to read one. */
export const BridgeErrorCodeCategories: { readonly [spelling: string]: Category } = {
  invalid_client_credentials: "integration_error",
};
/**
 * API error code: The code of a Bridge API (v3) error body, {code, property, message}. The list of
 * codes was not read: the one here is the API basics page's example. Wire field: code of an API
 * error body.
 */
export const BridgeErrorCode: {
  /**
   * The application's client_id and client_secret were not accepted.
   * Category: integration_error (Integration error); retryable: no.
   * Message: client_id and client_secret are invalid
   * Whose words: description: bankcodes' wording; message: Bridge's published text.
   */
  readonly invalid_client_credentials: "invalid_client_credentials";
} = /* @__PURE__ */ membersOf(BridgeErrorCodeCategories, BridgeErrorCodeAliases);
export type BridgeErrorCode = (typeof BridgeErrorCode)[keyof typeof BridgeErrorCode];
/** A BridgeErrorCode as read from the wire: a known value or any other string. */
export type BridgeErrorCodeOrUnknown = BridgeErrorCode | (string & {});
/** The catalog's metadata of every BridgeErrorCode value. */
export const BridgeErrorCodeInfo: { readonly [V in BridgeErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/bridge/error_code",
  {
    invalid_client_credentials: {
      description: "The application's client_id and client_secret were not accepted.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["bridge-docs-basics"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        message: { by: "provider", sources: ["bridge-docs-basics"] },
      },
      message: "client_id and client_secret are invalid",
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BridgeErrorCode. */
export const isBridgeErrorCode = (value: unknown): value is BridgeErrorCode => isCodeOf(BridgeErrorCodeCategories, BridgeErrorCodeAliases, value);

/** Other wire spellings of BridgeErrorType values (alias -> value). */
export const BridgeErrorTypeAliases: { readonly [alias: string]: BridgeErrorType } = {
};
/** The category of every BridgeErrorType value and alias: all a listener needs to read one. */
export const BridgeErrorTypeCategories: { readonly [spelling: string]: Category } = {
  conflict: "integration_error",
};
/**
 * API error type (v2019): The machine-readable type of a Bridge API error body of version
 * 2019.2.18, {type, message, documentation_url}. The list of types was not read: the one here is
 * the API responses page's example. Wire field: type of an API error body (v2019.2.18).
 */
export const BridgeErrorType: {
  /**
   * The resource already exists (the example's message: a user that already exists).
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 409.
   */
  readonly conflict: "conflict";
} = /* @__PURE__ */ membersOf(BridgeErrorTypeCategories, BridgeErrorTypeAliases);
export type BridgeErrorType = (typeof BridgeErrorType)[keyof typeof BridgeErrorType];
/** A BridgeErrorType as read from the wire: a known value or any other string. */
export type BridgeErrorTypeOrUnknown = BridgeErrorType | (string & {});
/** The catalog's metadata of every BridgeErrorType value. */
export const BridgeErrorTypeInfo: { readonly [V in BridgeErrorType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/bridge/error_type",
  {
    conflict: {
      description: "The resource already exists (the example's message: a user that already exists).",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [409],
      sources: ["bridge-docs-v2019-api-responses"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BridgeErrorType. */
export const isBridgeErrorType = (value: unknown): value is BridgeErrorType => isCodeOf(BridgeErrorTypeCategories, BridgeErrorTypeAliases, value);

/** Other wire spellings of BridgeWebhookType values (alias -> value). */
export const BridgeWebhookTypeAliases: { readonly [alias: string]: BridgeWebhookType } = {
};
/** The category of every BridgeWebhookType value and alias: all a listener needs to read one. */
export const BridgeWebhookTypeCategories: { readonly [spelling: string]: Category } = {
  "user.deleted": "informational",
  "item.created": "informational",
  "item.refreshed": "informational",
  ITEM_CREATED: "informational",
  ACCOUNT_CREATED: "informational",
  "payment.transaction.updated": "informational",
  TEST_EVENT: "informational",
};
/**
 * Webhook type: What a webhook is about (its type). Only the types whose wire value was read are
 * here: the current Webhooks events page also lists an item deleted and an account created, updated
 * or deleted, whose type strings the copies read do not show. Wire field: type of a webhook.
 */
export const BridgeWebhookType: {
  /**
   * This event is triggered on user deletion (for example on GPDR automation).
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly user_deleted: "user.deleted";
  /**
   * This event is triggered at the very beginning of an item creation, when users enter their
   * credentials in Bridge Connect and then click on "Add your account".
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly item_created: "item.created";
  /**
   * Each time an item is refreshed, this event is triggered. You can use it to check if an item's
   * status has changed, or to know right after a refresh that an item is now in error.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly item_refreshed: "item.refreshed";
  /**
   * This event is triggered at the very beginning of an item creation, when users enter their
   * credentials in Bridge Connect and then click on "Add your account".
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly ITEM_CREATED: "ITEM_CREATED";
  /**
   * This event is triggered when we detect a new account on an item.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Bridge's published text.
   */
  readonly ACCOUNT_CREATED: "ACCOUNT_CREATED";
  /**
   * A payment transaction's status changed.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly payment_transaction_updated: "payment.transaction.updated";
  /**
   * The test event sent from the dashboard.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly TEST_EVENT: "TEST_EVENT";
} = /* @__PURE__ */ membersOf(BridgeWebhookTypeCategories, BridgeWebhookTypeAliases, {
  "user.deleted": "user_deleted",
  "item.created": "item_created",
  "item.refreshed": "item_refreshed",
  "payment.transaction.updated": "payment_transaction_updated",
});
export type BridgeWebhookType = (typeof BridgeWebhookType)[keyof typeof BridgeWebhookType];
/** A BridgeWebhookType as read from the wire: a known value or any other string. */
export type BridgeWebhookTypeOrUnknown = BridgeWebhookType | (string & {});
/** The catalog's metadata of every BridgeWebhookType value. */
export const BridgeWebhookTypeInfo: { readonly [V in BridgeWebhookType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/bridge/webhook_type",
  {
    "user.deleted": {
      name: "user_deleted",
      description: "This event is triggered on user deletion (for example on GPDR automation).",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["bridge-docs-webhooks-events"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-docs-webhooks-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "item.created": {
      name: "item_created",
      description: "This event is triggered at the very beginning of an item creation, when users enter their credentials in Bridge Connect and then click on \"Add your account\".",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["bridge-docs-webhooks-events"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-docs-webhooks-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "item.refreshed": {
      name: "item_refreshed",
      description: "Each time an item is refreshed, this event is triggered. You can use it to check if an item's status has changed, or to know right after a refresh that an item is now in error.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["bridge-docs-webhooks-events"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-docs-webhooks-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ITEM_CREATED: {
      description: "This event is triggered at the very beginning of an item creation, when users enter their credentials in Bridge Connect and then click on \"Add your account\".",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["bridge-docs-v2019-webhooks-events"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-docs-v2019-webhooks-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCOUNT_CREATED: {
      description: "This event is triggered when we detect a new account on an item.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["bridge-docs-v2019-webhooks-events"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["bridge-docs-v2019-webhooks-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "payment.transaction.updated": {
      name: "payment_transaction_updated",
      description: "A payment transaction's status changed.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["bridge-sylius-client"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TEST_EVENT: {
      description: "The test event sent from the dashboard.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["bridge-sylius-client"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BridgeWebhookType. */
export const isBridgeWebhookType = (value: unknown): value is BridgeWebhookType => isCodeOf(BridgeWebhookTypeCategories, BridgeWebhookTypeAliases, value);
