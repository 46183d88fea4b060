// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/finverse/en: the end-user words ("en") for endUserText of bankcodes/finverse: each
 * category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "en",
  categories: {
    credentials_invalid: {
      message: "Your bank did not accept the sign-in details.",
      action: "Check your username and password, then try again.",
    },
    attempts_exhausted: {
      message: "There have been too many unsuccessful attempts.",
      action: "Contact your bank to unlock your access.",
    },
    user_action_required: {
      message: "We need a little more from you to continue.",
      action: "Follow the instructions on the screen.",
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
    cancelled: {
      message: "The connection was cancelled.",
      action: "Start again when you are ready.",
    },
    generic_failure: { message: "Something went wrong.", action: "Please try again." },
    unknown: {
      message: "Something unexpected happened.",
      action: "Please try again, or contact support.",
    },
  },
  codes: {
    "finverse.error_code": {
      PAYMENT_METHOD_EXPIRED: {
        message: "Please use a different payment method.",
        action: "Follow the instructions on the screen.",
        messageBy: "provider",
      },
    },
  },
};
