// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/belvo/en: the end-user words ("en") for endUserText of bankcodes/belvo: each
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
    account_unavailable: {
      message: "This account can't be used.",
      action: "Choose another account, or contact your bank.",
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
    rejected: {
      message: "Your bank declined the request.",
      action: "Contact your bank for details.",
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
    "belvo.error_code": {
      unexpected_error: {
        message: "There was an error linking your account. Please try again, and if the problem persists, we will try to fix it as soon as possible.",
        action: "Please try again.",
        messageBy: "provider",
      },
      institution_down: {
        message: "The institution you tried to access is temporarily unavailable. Please come back in a bit and we will be able to process your request",
        action: "Please try again in a little while.",
        messageBy: "provider",
      },
      institution_unavailable: {
        message: "The institution you tried to access is temporarily unavailable. Please come back in a bit and we will be able to process your request.",
        action: "Please try again in a little while.",
        messageBy: "provider",
      },
      session_expired: {
        message: "Please try again to link your account as the session with this institution just expired",
        action: "Please start again.",
        messageBy: "provider",
      },
      session_expired_ob: {
        message: "Your connection session expired, please refresh the page to try again to link your account",
        action: "Please start again.",
        messageBy: "provider",
      },
      too_many_sessions: {
        message: "It seems you are logged in to your account with another device. This institution only allows one logged in session at a time. Log out and try linking your account again.",
        action: "Wait a moment, then try again.",
        messageBy: "provider",
      },
      request_timeout: {
        message: "The response took too long and the connection could not be established successfully. Please try again in a few minutes.",
        action: "Please try again.",
        messageBy: "provider",
      },
    },
  },
};
