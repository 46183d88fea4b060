// generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/acme/en: the end-user words ("en") for endUserText of bankcodes/acme: each category's,
 * and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "en",
  categories: {
    credentials_invalid: {
      message: "Your bank did not accept the sign-in details.",
      action: "Check your password, then try again.",
    },
  },
  codes: {
    "acme.error_code": {
      BAD_PASSWORD: {
        message: "That password did not work.",
        action: "Check your password, then try again.",
        messageBy: "provider",
      },
    },
  },
};
