// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/mx/en: the end-user words ("en") for endUserText of bankcodes/mx: each category's, and
 * the codes' own where they differ.
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
    institution_not_supported: {
      message: "This bank is not supported.",
      action: "Choose another bank, or another way to continue.",
    },
    session_expired: { message: "Your session has expired.", action: "Please start again." },
    rejected: {
      message: "Your bank declined the request.",
      action: "Contact your bank for details.",
    },
    generic_failure: { message: "Something went wrong.", action: "Please try again." },
    unknown: {
      message: "Something unexpected happened.",
      action: "Please try again, or contact support.",
    },
  },
  codes: {
    "mx.connection_status": {
      "1": {
        message: "The last 3 attempts to connect have failed. Please re-enter your credentials to continue importing data.",
        action: "Check your username and password, then try again.",
        messageBy: "provider",
      },
      "4": {
        message: "The answer or answers provided were incorrect. Please try again.",
        action: "Check what you entered and try again.",
        messageBy: "provider",
      },
      "9": {
        message: "We are upgrading this connection. Please try again later.",
        action: "Please try again in a little while.",
        messageBy: "provider",
      },
      "11": {
        message: "Connections to this institution are no longer supported. You may create a manual account and use manual transactions to track data for this account.",
        action: "Choose another bank, or another way to continue.",
        messageBy: "provider",
      },
      "12": {
        message: "This connection has been closed. You may track this account manually. If reopened, you may connect the institution again.",
        action: "Choose another account, or contact your bank.",
        messageBy: "provider",
      },
      "16": {
        message: "Importing data from this institution has been disabled. Please contact us if you believe it has been disabled in error.",
        action: "Contact your bank for details.",
        messageBy: "provider",
      },
      "19": {
        message: "The answer or answers were not provided in time. Please try again.",
        action: "Please start again.",
        messageBy: "provider",
      },
    },
  },
};
