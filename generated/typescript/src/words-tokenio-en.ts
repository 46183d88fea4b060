// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/tokenio/en: the end-user words ("en") for endUserText of bankcodes/tokenio: each
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
  codes: {},
};
