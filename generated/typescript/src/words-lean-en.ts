// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/lean/en: the end-user words ("en") for endUserText of bankcodes/lean: each category's,
 * and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "en",
  categories: {
    mfa_required: {
      message: "Your bank needs to confirm it's you.",
      action: "Enter the code or answer the question your bank sent you.",
    },
    mfa_failed: {
      message: "The verification code or answer was not accepted.",
      action: "Check what you entered and try again.",
    },
    credentials_invalid: {
      message: "Your bank did not accept the sign-in details.",
      action: "Check your username and password, then try again.",
    },
    attempts_exhausted: {
      message: "There have been too many unsuccessful attempts.",
      action: "Contact your bank to unlock your access.",
    },
    reconnect_required: {
      message: "The connection to your bank has ended.",
      action: "Connect your bank account again to continue.",
    },
    action_required_at_institution: {
      message: "Your bank needs you to do something in your online banking first.",
      action: "Sign in to your bank's app or website, follow its instructions, then try again.",
    },
    account_unavailable: {
      message: "This account can't be used.",
      action: "Choose another account, or contact your bank.",
    },
    institution_unavailable: {
      message: "Your bank is not responding right now.",
      action: "Please try again in a little while.",
    },
    institution_not_supported: {
      message: "This bank is not supported.",
      action: "Choose another bank, or another way to continue.",
    },
    concurrent_operation: {
      message: "Another request for this account is still in progress.",
      action: "Wait a moment, then try again.",
    },
    cancelled: {
      message: "The connection was cancelled.",
      action: "Start again when you are ready.",
    },
    rejected: {
      message: "Your bank declined the request.",
      action: "Contact your bank for details.",
    },
    rate_limited: {
      message: "There are too many requests right now.",
      action: "Please try again in a few minutes.",
    },
    integration_error: {
      message: "Something went wrong on our side.",
      action: "Please contact support.",
    },
    generic_failure: { message: "Something went wrong.", action: "Please try again." },
    unknown: {
      message: "Something unexpected happened.",
      action: "Please try again, or contact support.",
    },
  },
  codes: {
    "lean.callback_status": {
      ERROR: {
        message: "The request to your bank could not be completed.",
        action: "Please contact support for help.",
      },
    },
    "lean.secondary_status": {
      AWAITING_APP_AUTH: {
        message: "Your bank needs you to approve this in another app.",
        action: "Open the app your bank asked you to use and approve the request.",
      },
      AWAITING_END_USER_AUTHORIZATION: {
        message: "Your bank needs you to approve this request.",
        action: "Approve the request in your bank's app or website.",
      },
    },
    "lean.payment_lifecycle_status": {
      FAILED: {
        message: "Your payment was not completed.",
        action: "Contact support or your bank to find out why.",
      },
    },
    "lean.granular_status_code": {
      UNSEEN_BANK_ERROR: {
        message: "Your bank has reported an error, please try again later. If this error continues, please contact customer service.",
        action: "Please try again.",
        messageBy: "provider",
      },
      BANK_MAINTENANCE: {
        message: "Your bank is currently undergoing technical maintenance and online services are unavailable. Please try again later.",
        action: "Please try again in a little while.",
        messageBy: "provider",
      },
      BANK_ISSUE: {
        message: "Your bank is currently experiencing technological problems. Please try again later.",
        action: "Please try again in a little while.",
        messageBy: "provider",
      },
      LEAN_ERROR: {
        message: "We are unable to process this request right now.",
        action: "Please try again later, and contact support if this continues.",
      },
      DISABLED_BY_LEAN: {
        message: "This functionality has been temporarily disabled for this bank. Please try again later.",
        action: "Please try again in a little while.",
        messageBy: "provider",
      },
      DISABLED_BY_CLIENT: {
        message: "This application has temporarily disabled functionality for this bank. Please try again later.",
        action: "Please try again later, or choose another bank.",
        messageBy: "provider",
      },
      EU_ACCOUNT_LOCKED: {
        message: "Your online account has been locked by your bank. This can be confirmed by trying to log in to your bank's mobile application or website which will also give you more details about how to unlock your account. Once your account is unlocked, you will be able to successfully connect.",
        action: "Sign in to your bank's app or website, follow its instructions, then try again.",
        messageBy: "provider",
      },
      LOGGED_IN_ELSEWHERE: {
        message: "The bank rejected the connection because you logged into your bank account on another device. Please try again without logging in to your online banking elsewhere.",
        action: "Wait a moment, then try again.",
        messageBy: "provider",
      },
    },
    "lean.consent_status": {
      REJECTED: {
        message: "Your payment consent was not approved.",
        action: "If you did not decline it yourself, contact your bank for details.",
      },
      CONSUMED: {
        message: "Your payment consent has reached its limits.",
        action: "Give a new payment consent to continue.",
      },
      SUSPENDED: {
        message: "Your bank has temporarily suspended your payment consent for compliance reasons.",
        action: "Contact your bank for details.",
      },
    },
  },
};
