// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/quiltt/en: the end-user words ("en") for endUserText of bankcodes/quiltt: each
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
    cancelled: {
      message: "The connection was cancelled.",
      action: "Start again when you are ready.",
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
