// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/brankas/en: the end-user words ("en") for endUserText of bankcodes/brankas: each
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
    action_required_at_institution: {
      message: "Your bank needs you to do something in your online banking first.",
      action: "Sign in to your bank's app or website, follow its instructions, then try again.",
    },
    user_action_required: {
      message: "We need a little more from you to continue.",
      action: "Follow the instructions on the screen.",
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
