// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/akahu/en: the end-user words ("en") for endUserText of bankcodes/akahu: each
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
    reconnect_required: {
      message: "The connection to your bank has ended.",
      action: "Connect your bank account again to continue.",
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
  codes: {},
};
