// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/teller/fr: the end-user words ("fr") for endUserText of bankcodes/teller: each
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
    action_required_at_institution: {
      message: "Votre banque vous demande d'abord d'effectuer une action dans vos services bancaires en ligne.",
      action: "Connectez-vous à l'application ou au site Web de votre banque, suivez ses instructions, puis réessayez.",
    },
    account_unavailable: {
      message: "Ce compte ne peut pas être utilisé.",
      action: "Choisissez un autre compte ou communiquez avec votre banque.",
    },
    institution_unavailable: {
      message: "Votre banque ne répond pas pour le moment.",
      action: "Veuillez réessayer un peu plus tard.",
    },
    rate_limited: {
      message: "Il y a trop de demandes en ce moment.",
      action: "Veuillez réessayer dans quelques minutes.",
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
  codes: {},
};
