// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/berlingroup/fr: the end-user words ("fr") for endUserText of bankcodes/berlingroup:
 * each category's, and the codes' own where they differ.
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
    action_required_at_institution: {
      message: "Votre banque vous demande d'abord d'effectuer une action dans vos services bancaires en ligne.",
      action: "Connectez-vous à l'application ou au site Web de votre banque, suivez ses instructions, puis réessayez.",
    },
    account_unavailable: {
      message: "Ce compte ne peut pas être utilisé.",
      action: "Choisissez un autre compte ou communiquez avec votre banque.",
    },
    session_expired: { message: "Votre session a expiré.", action: "Veuillez recommencer." },
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
    unknown: {
      message: "Un problème inattendu est survenu.",
      action: "Veuillez réessayer ou communiquer avec notre service d'assistance.",
    },
  },
  codes: {
    "berlingroup.message_code": {
      FUNDS_NOT_AVAILABLE: {
        message: "Il n'y avait pas assez d'argent ou de plafond de paiement disponible pour ce paiement.",
        action: "Approvisionnez votre compte ou relevez son plafond de paiement, puis refaites le paiement.",
      },
    },
  },
};
