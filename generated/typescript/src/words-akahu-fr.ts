// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/akahu/fr: the end-user words ("fr") for endUserText of bankcodes/akahu: each
 * category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "fr",
  categories: {
    mfa_failed: {
      message: "Le code de vérification ou la réponse n'ont pas été acceptés.",
      action: "Vérifiez ce que vous avez saisi et réessayez.",
    },
    credentials_invalid: {
      message: "Votre banque n'a pas accepté vos identifiants.",
      action: "Vérifiez votre nom d'utilisateur et votre mot de passe, puis réessayez.",
    },
    reconnect_required: {
      message: "La connexion à votre banque a pris fin.",
      action: "Connectez de nouveau votre compte bancaire pour continuer.",
    },
    account_unavailable: {
      message: "Ce compte ne peut pas être utilisé.",
      action: "Choisissez un autre compte ou communiquez avec votre banque.",
    },
    institution_unavailable: {
      message: "Votre banque ne répond pas pour le moment.",
      action: "Veuillez réessayer un peu plus tard.",
    },
    institution_not_supported: {
      message: "Cette banque n'est pas prise en charge.",
      action: "Choisissez une autre banque ou une autre façon de continuer.",
    },
    cancelled: {
      message: "La connexion a été annulée.",
      action: "Recommencez dès que vous le souhaitez.",
    },
    rejected: {
      message: "Votre banque a refusé la demande.",
      action: "Communiquez avec votre banque pour en savoir plus.",
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
