// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/simplefin/en: the end-user words ("en") for endUserText of bankcodes/simplefin: each
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
    "simplefin.response_status": {
      "402": {
        message: "Your SimpleFIN service needs a payment before it can share your accounts.",
        action: "Pay for it on your SimpleFIN service's site, then try again.",
      },
    },
  },
};
