// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/teller/en: the end-user words ("en") for endUserText of bankcodes/teller: each
 * category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "en",
  categories: {
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
