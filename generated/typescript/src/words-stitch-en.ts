// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/stitch/en: the end-user words ("en") for endUserText of bankcodes/stitch: each
 * category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "en",
  categories: {
    account_unavailable: {
      message: "This account can't be used.",
      action: "Choose another account, or contact your bank.",
    },
    institution_unavailable: {
      message: "Your bank is not responding right now.",
      action: "Please try again in a little while.",
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
    "stitch.payment_request_state": {
      PaymentInitiationRequestCancelled: {
        message: "The payment was cancelled.",
        action: "Start the payment again if you still want to pay.",
      },
      PaymentInitiationRequestExpired: {
        message: "The payment request expired before it was paid.",
        action: "Start the payment again if you still want to pay.",
      },
    },
    "stitch.payment_confirmation_status": {
      PaymentUnsettled: {
        message: "Your payment has not been received yet.",
        action: "If the money has left your account, contact us.",
      },
    },
    "stitch.payment_initiation_status": {
      PaymentInitiationCancelled: {
        message: "The payment was cancelled.",
        action: "Start the payment again if you still want to pay.",
      },
      PaymentInitiationExpired: {
        message: "The payment request expired before it was paid.",
        action: "Start the payment again if you still want to pay.",
      },
    },
  },
};
