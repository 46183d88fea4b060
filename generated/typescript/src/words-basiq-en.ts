// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/basiq/en: the end-user words ("en") for endUserText of bankcodes/basiq: each
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
    "basiq.job_result_code": {
      "bank-statement-invalid": {
        message: "This bank statement could not be accepted.",
        action: "Upload the original statement you downloaded from your bank, then try again.",
      },
      "bank-statement-new-product": {
        message: "Statements for this type of account can't be read yet.",
        action: "Choose another account, or another way to continue.",
      },
      "bank-statement-not-supported": {
        message: "This statement does not match the bank you chose.",
        action: "Check that you chose the right bank, then upload the statement again.",
      },
      "authorization-failed": {
        message: "Your bank did not complete the authorisation.",
        action: "Start connecting your bank again and approve the request at your bank.",
      },
    },
    "basiq.error_code": {
      "check-balance-insufficient-funds": {
        message: "There isn't enough money in your account for this payment.",
        action: "Add money to your account, or use a different bank account.",
      },
    },
  },
};
