// generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/acme/fr-CA: the end-user words ("fr-CA") for endUserText of bankcodes/acme: each
 * category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "fr-CA",
  categories: {
    credentials_invalid: {
      message: "Votre banque n'a pas accepté vos identifiants.",
      action: "Vérifiez votre mot de passe, puis réessayez.",
    },
  },
  codes: {
    "acme.error_code": {
      BAD_PASSWORD: {
        message: "Ce mot de passe n'a pas fonctionné.",
        action: "Vérifiez votre mot de passe, puis réessayez.",
        messageBy: "provider",
      },
    },
  },
};
