// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/simplefin/fr: the end-user words ("fr") for endUserText of bankcodes/simplefin: each
 * category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "fr",
  categories: {
    reconnect_required: {
      message: "La connexion à votre banque a pris fin.",
      action: "Connectez de nouveau votre compte bancaire pour continuer.",
    },
    user_action_required: {
      message: "Nous avons besoin de quelques informations supplémentaires de votre part pour continuer.",
      action: "Suivez les instructions à l'écran.",
    },
    integration_error: {
      message: "Un problème est survenu de notre côté.",
      action: "Veuillez communiquer avec notre service d'assistance.",
    },
    generic_failure: { message: "Un problème est survenu.", action: "Veuillez réessayer." },
    unknown: {
      message: "Un problème inattendu est survenu.",
      action: "Veuillez réessayer ou communiquer avec notre service d'assistance.",
    },
  },
  codes: {
    "simplefin.response_status": {
      "402": {
        message: "Votre service SimpleFIN attend un paiement avant de pouvoir partager vos comptes.",
        action: "Réglez-le sur le site de votre service SimpleFIN, puis réessayez.",
      },
    },
  },
};
