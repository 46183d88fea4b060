// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/berlingroup/en: the end-user words ("en") for endUserText of bankcodes/berlingroup:
 * each category's, and the codes' own where they differ.
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
    session_expired: { message: "Your session has expired.", action: "Please start again." },
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
    unknown: {
      message: "Something unexpected happened.",
      action: "Please try again, or contact support.",
    },
  },
  codes: {
    "berlingroup.message_code": {
      FUNDS_NOT_AVAILABLE: {
        message: "There was not enough money or payment limit available for this payment.",
        action: "Add money to your account or raise its payment limit, then make the payment again.",
      },
    },
  },
};
