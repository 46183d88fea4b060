// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/setu/en: the end-user words ("en") for endUserText of bankcodes/setu: each category's,
 * and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "en",
  categories: {
    reconnect_required: {
      message: "The connection to your bank has ended.",
      action: "Connect your bank account again to continue.",
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
    "setu.consent_status": {
      PAUSED: {
        message: "You paused your consent to share your account data.",
        action: "Resume it in your account aggregator app to continue.",
      },
      REVOKED: {
        message: "Your consent to share your account data was revoked.",
        action: "Give your consent again to continue.",
      },
      EXPIRED: {
        message: "Your consent to share your account data has expired.",
        action: "Give your consent again to continue.",
      },
      REJECTED: {
        message: "You declined the request to share your account data.",
        action: "If you change your mind, start again and approve the request.",
      },
    },
    "setu.notification_error_code": {
      UserRejected: {
        message: "You declined the request to share your account data.",
        action: "If you change your mind, start again and approve the request.",
      },
      NoFIPAccountsDiscovered: {
        message: "Your accounts could not be found at the banks you chose.",
        action: "Check that you entered the mobile number registered with your bank, or choose another bank.",
      },
      InvalidConsentStatus: {
        message: "Your consent to share your account data has expired.",
        action: "Give your consent again to continue.",
      },
      ConsentRevoked: {
        message: "Your consent to share your account data was revoked.",
        action: "Give your consent again to continue.",
      },
      UpstreamServerDown: {
        message: "The service that connects to your bank is not responding right now.",
        action: "Please try again in a little while.",
      },
    },
    "setu.consent_error_reason": {
      reject_not_understand: {
        message: "You declined the request to share your account data.",
        action: "If you change your mind, start again and approve the request.",
      },
      reject_not_want_to_share: {
        message: "You declined the request to share your account data.",
        action: "If you change your mind, start again and approve the request.",
      },
      reject_accounts_not_found: {
        message: "Your accounts could not be found at the banks you chose.",
        action: "Check that you entered the mobile number registered with your bank, or choose another bank.",
      },
      reject_other: {
        message: "You declined the request to share your account data.",
        action: "If you change your mind, start again and approve the request.",
      },
      no_fip_accounts_found: {
        message: "Your accounts could not be found at the banks you chose.",
        action: "Check that you entered the mobile number registered with your bank, or choose another bank.",
      },
    },
    "setu.redirect_error_code": {
      "1": {
        message: "You declined the request to share your account data.",
        action: "If you change your mind, start again and approve the request.",
      },
    },
  },
};
