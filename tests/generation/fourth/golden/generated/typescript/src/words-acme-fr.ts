// generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/acme/fr: the end-user words ("fr") for endUserText of bankcodes/acme: each category's,
 * and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "fr",
  categories: {
    credentials_invalid: {
      message: "Votre banque n'a pas accepté vos identifiants.",
      action: "Vérifiez votre mot de passe, puis réessayez.",
    },
  },
  codes: {},
};
