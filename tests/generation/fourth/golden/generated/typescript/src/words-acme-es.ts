// generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/acme/es: the end-user words ("es") for endUserText of bankcodes/acme: each category's,
 * and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "es",
  categories: {
    credentials_invalid: {
      message: "Su banco no aceptó los datos de inicio de sesión.",
      action: "Revise su contraseña y vuelva a intentarlo.",
    },
  },
  codes: {
    "acme.error_code": {
      BAD_PASSWORD: {
        message: "Esa contraseña no funcionó.",
        action: "Revise su contraseña y vuelva a intentarlo.",
        messageBy: "provider",
      },
    },
  },
};
