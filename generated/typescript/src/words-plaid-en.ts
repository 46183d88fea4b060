// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/plaid/en: the end-user words ("en") for endUserText of bankcodes/plaid: each
 * category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "en",
  categories: {
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
    user_action_required: {
      message: "We need a little more from you to continue.",
      action: "Follow the instructions on the screen.",
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
    session_expired: { message: "Your session has expired.", action: "Please start again." },
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
    "plaid.error_code": {
      ACCESS_NOT_GRANTED: {
        message: "You did not give the permissions needed for this account.",
        action: "Connect your account again and allow the requested access.",
      },
      INVALID_CREDENTIALS: {
        message: "The provided credentials were not correct. Please try again.",
        action: "Check your username and password, then try again.",
        messageBy: "provider",
      },
      INVALID_MFA: {
        message: "The provided MFA responses were not correct. Please try again.",
        action: "Check what you entered and try again.",
        messageBy: "provider",
      },
      INVALID_PHONE_NUMBER: {
        message: "The provided phone number was invalid. Please try again.",
        action: "Follow the instructions on the screen.",
        messageBy: "provider",
      },
      INVALID_OTP: {
        message: "The provided OTP was invalid. Please try again.",
        action: "Check what you entered and try again.",
        messageBy: "provider",
      },
      ITEM_CONCURRENTLY_DELETED: {
        message: "The connection to this account was removed while your request was in progress.",
        action: "Connect your account again to continue.",
      },
      ITEM_LOCKED: {
        message: "The given account has been locked by the financial institution. Please visit your financial institution's website to unlock your account.",
        action: "Sign in to your bank's app or website, follow its instructions, then try again.",
        messageBy: "provider",
      },
      ITEM_NOT_SUPPORTED: {
        message: "The given account is not currently supported for this financial institution. We apologize for the inconvenience.",
        action: "Choose another bank, or another way to continue.",
        messageBy: "provider",
      },
      MFA_NOT_SUPPORTED: {
        message: "The multi-factor security features enabled on this account are not currently supported for this financial institution. We apologize for the inconvenience.",
        action: "Choose another bank, or another way to continue.",
        messageBy: "provider",
      },
      NO_ACCOUNTS: {
        message: "No valid accounts were found at the financial institution. Please visit your financial institution's website to confirm accounts are available.",
        action: "Choose another account, or contact your bank.",
        messageBy: "provider",
      },
      PASSWORD_RESET_REQUIRED: {
        message: "Your bank requires you to reset your password.",
        action: "Reset your password on your bank's website or app, then try again.",
      },
      USER_SETUP_REQUIRED: {
        message: "The given account is not fully setup. Please visit your financial institution's website to setup your account.",
        action: "Sign in to your bank's app or website, follow its instructions, then try again.",
        messageBy: "provider",
      },
      PAYMENT_CANCELLED: {
        message: "Try making your payment again or select a different bank to continue.",
        action: "Start again when you are ready.",
        messageBy: "provider",
      },
      PAYMENT_INSUFFICIENT_FUNDS: {
        message: "There isn't enough money in this account to complete the payment. Try again, or select another account or bank.",
        action: "Try again, or choose another account or bank.",
        messageBy: "provider",
      },
      PAYMENT_REJECTED: {
        message: "The payment was rejected by the institution. Try again, or select another account or bank.",
        action: "Try again, or choose another account or bank.",
        messageBy: "provider",
      },
      PAYMENT_CONSENT_CANCELLED: {
        message: "Authorise your payment consent again or select a different bank to continue.",
        action: "Start again when you are ready.",
        messageBy: "provider",
      },
      INSTITUTION_DOWN: {
        message: "This financial institution is not currently responding to requests. We apologize for the inconvenience.",
        action: "Please try again in a little while.",
        messageBy: "provider",
      },
      INSTITUTION_NOT_RESPONDING: {
        message: "This financial institution is not currently responding to requests. We apologize for the inconvenience.",
        action: "Please try again in a little while.",
        messageBy: "provider",
      },
      INSTITUTION_NOT_AVAILABLE: {
        message: "This financial institution is not currently responding to requests. We apologize for the inconvenience.",
        action: "Please try again in a little while.",
        messageBy: "provider",
      },
      INSTITUTION_NO_LONGER_SUPPORTED: {
        message: "This financial institution is no longer supported. We apologize for the inconvenience.",
        action: "Choose another bank, or another way to continue.",
        messageBy: "provider",
      },
      UNSUPPORTED_RESPONSE: {
        message: "The data returned from the financial institution is not valid.",
        action: "Please try again in a little while.",
        messageBy: "provider",
      },
      TOO_MANY_VERIFICATION_ATTEMPTS: {
        message: "Too many incorrect verification codes were entered, so this verification cannot be completed.",
        action: "Enter your account details again to start a new verification.",
      },
      BANK_TRANSFER_INSUFFICIENT_FUNDS: {
        message: "There isn't enough money in your account for this transfer.",
        action: "Add money to your account or choose another account.",
      },
      PROFILE_AUTHENTICATION_FAILED: {
        message: "We were not able to authenticate your access to this Plaid account.",
        action: "Check what you entered and try again.",
        messageBy: "provider",
      },
    },
  },
};
