// generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/acme/pt: the end-user words ("pt") for endUserText of bankcodes/acme: each category's,
 * and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "pt",
  categories: {
    credentials_invalid: {
      message: "Seu banco não aceitou os dados de acesso.",
      action: "Confira sua senha e tente novamente.",
    },
  },
  codes: {},
};
