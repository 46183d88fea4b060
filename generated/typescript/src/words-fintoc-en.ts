// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/fintoc/en: the end-user words ("en") for endUserText of bankcodes/fintoc: each
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
    attempts_exhausted: {
      message: "There have been too many unsuccessful attempts.",
      action: "Contact your bank to unlock your access.",
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
  codes: {
    "fintoc.payment_error_reason": {
      bank_account_locked: {
        message: "Your bank has blocked transfers from this account.",
        action: "Contact your bank to unblock transfers, or pay from another account.",
      },
      amount_limit_reached: {
        message: "The amount is over the limit your bank allows for this transfer.",
        action: "Pay a smaller amount, use another account, or ask your bank to raise the limit, then try again.",
      },
      insufficient_funds: {
        message: "Your account does not have enough money for this payment.",
        action: "Add money to your account or pay from another account, then try again.",
      },
      maximum_amount_error: {
        message: "The amount is over the limit your bank allows for this transfer.",
        action: "Pay a smaller amount, use another account, or ask your bank to raise the limit, then try again.",
      },
      mfa_authorization_timeout: {
        message: "The payment was not approved in time with your bank's verification method.",
        action: "Start the payment again and approve it when your bank asks.",
      },
      new_contact_amount_limit_reached: {
        message: "Your bank limits transfers to a new recipient, and this payment is over that limit.",
        action: "Try again later, pay from another account, or ask your bank about its limits for new recipients.",
      },
      new_contact_transfer_number_limit_reached: {
        message: "Your bank limits transfers to a new recipient, and this payment is over that limit.",
        action: "Try again later, pay from another account, or ask your bank about its limits for new recipients.",
      },
      unresolved_final_status: {
        message: "Your bank has not confirmed whether this payment went through.",
        action: "Check your bank account to see whether the money has left it, and contact support.",
      },
    },
  },
};
