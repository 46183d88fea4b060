// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/flinks/en: the end-user words ("en") for endUserText of bankcodes/flinks: each
 * category's, and the codes' own where they differ.
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
    session_expired: { message: "Your session has expired.", action: "Please start again." },
    concurrent_operation: {
      message: "Another request for this account is still in progress.",
      action: "Wait a moment, then try again.",
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
    "flinks.api_error_code": {
      INVALID_LOGIN: {
        message: "Your bank did not accept your sign-in details.",
        action: "Check your sign-in details and enter them again.",
      },
      INVALID_USERNAME: {
        message: "Your bank did not accept your username.",
        action: "Check your username and enter it again.",
      },
      INVALID_PASSWORD: {
        message: "Your bank did not accept your password.",
        action: "Check your password and enter it again.",
      },
      INVALID_SECURITY_RESPONSE: {
        message: "Your answers to the security questions were not accepted, and this attempt cannot continue.",
        action: "Check your security questions and answers with your bank.",
      },
      INVALID_SECURITY_RESPONSE_NO_RETRY: {
        message: "Your answers to the security questions were not accepted, and this attempt cannot continue.",
        action: "Check your security questions and answers with your bank.",
      },
      RETRY_LATER: {
        message: "We couldn't connect to your bank right now.",
        action: "Please try again later.",
      },
      DISABLED_LOGIN: {
        message: "Your bank has deactivated this account.",
        action: "Contact your bank to reactivate it.",
      },
      NEW_ACCOUNT: {
        message: "Your bank needs you to take an action in your online banking before connecting.",
        action: "Sign in to your bank's website first (for example, to accept its terms), then try again.",
      },
      SECURITYRESPONSES_INCOMPLETE: {
        message: "Not all of your bank's security questions were answered.",
        action: "Answer every security question, then continue.",
      },
    },
    "flinks.connect_error_event": {
      INVALID_USERNAME: {
        message: "Your bank did not accept your username.",
        action: "Check your username and enter it again.",
      },
      INVALID_PASSWORD: {
        message: "Your bank did not accept your password.",
        action: "Check your password and enter it again.",
      },
      INVALID_LOGIN: {
        message: "Your bank did not accept your sign-in details.",
        action: "Check your sign-in details and enter them again.",
      },
      INVALID_SECURITY_RESPONSE: {
        message: "Your answer to the security question was not accepted.",
        action: "Answer the security question again.",
      },
      RETRY_LATER: {
        message: "We couldn't connect to your bank right now.",
        action: "Please try again later.",
      },
      UNAUTHORIZED: {
        message: "Your bank did not allow access to your account.",
        action: "Sign in to your bank's website, complete any steps it asks for, then try again.",
      },
      NEW_ACCOUNT: {
        message: "Your bank needs you to take an action in your online banking before connecting.",
        action: "Sign in to your bank's website first (for example, to accept its terms), then try again.",
      },
      AGGREGATION_ERROR: {
        message: "Something went wrong while connecting to your bank.",
        action: "Please try again, and contact support if the problem continues.",
      },
      DISABLED_INSTITUTION: {
        message: "Your bank is not available right now.",
        action: "Choose another bank, or try again later.",
      },
      DISABLED_LOGIN: {
        message: "Your bank has deactivated this account.",
        action: "Contact your bank to reactivate it.",
      },
    },
    "flinks.connect_step_event": {
      DISABLED_INSTITUTION: {
        message: "Your bank is not available right now.",
        action: "Choose another bank, or try again later.",
      },
    },
  },
};
