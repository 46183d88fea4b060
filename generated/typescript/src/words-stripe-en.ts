// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/stripe/en: the end-user words ("en") for endUserText of bankcodes/stripe: each
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
    attempts_exhausted: {
      message: "There have been too many unsuccessful attempts.",
      action: "Contact your bank to unlock your access.",
    },
    reconnect_required: {
      message: "The connection to your bank has ended.",
      action: "Connect your bank account again to continue.",
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
    "stripe.api_error_code": {
      account_number_invalid: {
        message: "The bank account number you entered is not valid.",
        action: "Check your account number and enter it again.",
      },
      bank_account_declined: {
        message: "This bank account can't be charged yet.",
        action: "Complete the verification of your bank account if you were asked to, or use a different bank account.",
      },
      bank_account_unusable: {
        message: "This bank account can't be used.",
        action: "Use a different bank account.",
      },
      bank_account_verification_failed: {
        message: "Your bank account could not be verified.",
        action: "Check the small deposits in your bank account and enter their amounts again; if you have no attempts left, contact support.",
      },
      debit_not_authorized: {
        message: "Your bank reported that you did not authorize this payment.",
        action: "If you want to pay, contact us to give a new authorization.",
      },
      insufficient_funds: {
        message: "There isn't enough money in your account for this payment.",
        action: "Add money to your account, or use a different bank account.",
      },
      no_account: {
        message: "We couldn't find this bank account.",
        action: "Check your account and routing numbers, or use a different bank account.",
      },
      payment_intent_authentication_failure: {
        message: "Your payment method could not be confirmed.",
        action: "Try again, or use a different payment method.",
      },
      payment_intent_payment_attempt_failed: {
        message: "Your payment did not go through.",
        action: "Try again with a different payment method.",
      },
      payment_method_bank_account_blocked: {
        message: "This bank account can't be used.",
        action: "Use a different bank account.",
      },
      payment_method_customer_decline: {
        message: "You did not approve the payment.",
        action: "Start again and approve it, or use a different payment method.",
      },
      payment_method_microdeposit_failed: {
        message: "We couldn't send the small verification deposits to your bank account.",
        action: "Check your account and routing numbers and enter them again.",
      },
      payment_method_microdeposit_verification_amounts_invalid: {
        message: "Two deposit amounts are needed to verify your bank account.",
        action: "Enter the amounts of both small deposits in your bank account.",
      },
      payment_method_microdeposit_verification_amounts_mismatch: {
        message: "The amounts you entered don't match the deposits sent to your bank account.",
        action: "Check the two small deposits in your bank account and enter their amounts again.",
      },
      payment_method_microdeposit_verification_attempts_exceeded: {
        message: "There have been too many attempts to verify your bank account.",
        action: "Contact support to verify your bank account.",
      },
      payment_method_microdeposit_verification_descriptor_code_mismatch: {
        message: "The code you entered doesn't match the one sent to your bank account.",
        action: "Find the code in the description of the small deposit in your bank account and enter it again.",
      },
      payment_method_microdeposit_verification_timeout: {
        message: "The time to verify your bank account has run out.",
        action: "Add your bank account again to start a new verification.",
      },
      payment_method_not_available: {
        message: "This payment method is temporarily unavailable.",
        action: "Try again later, or use a different payment method.",
      },
      payment_method_provider_decline: {
        message: "Your payment was declined.",
        action: "Use a different payment method, or contact your bank for details.",
      },
      refer_to_customer: {
        message: "You stopped this payment with your bank.",
        action: "Contact us to arrange the payment.",
      },
      routing_number_invalid: {
        message: "The routing number you entered is not valid.",
        action: "Check your bank's routing number and enter it again.",
      },
      setup_attempt_failed: {
        message: "Your payment method could not be set up.",
        action: "Try again with a different payment method.",
      },
      setup_intent_authentication_failure: {
        message: "Your payment method could not be confirmed.",
        action: "Try again, or use a different payment method.",
      },
    },
  },
};
