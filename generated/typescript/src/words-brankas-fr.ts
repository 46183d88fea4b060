// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/brankas/fr: the end-user words ("fr") for endUserText of bankcodes/brankas: each
 * category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "fr",
  categories: {
    mfa_required: {
      message: "Votre banque doit confirmer votre identité.",
      action: "Saisissez le code ou répondez à la question envoyée par votre banque.",
    },
    mfa_failed: {
      message: "Le code de vérification ou la réponse n'ont pas été acceptés.",
      action: "Vérifiez ce que vous avez saisi et réessayez.",
    },
    credentials_invalid: {
      message: "Votre banque n'a pas accepté vos identifiants.",
      action: "Vérifiez votre nom d'utilisateur et votre mot de passe, puis réessayez.",
    },
    action_required_at_institution: {
      message: "Votre banque vous demande d'abord d'effectuer une action dans vos services bancaires en ligne.",
      action: "Connectez-vous à l'application ou au site Web de votre banque, suivez ses instructions, puis réessayez.",
    },
    user_action_required: {
      message: "Nous avons besoin de quelques informations supplémentaires de votre part pour continuer.",
      action: "Suivez les instructions à l'écran.",
    },
    institution_unavailable: {
      message: "Votre banque ne répond pas pour le moment.",
      action: "Veuillez réessayer un peu plus tard.",
    },
    session_expired: { message: "Votre session a expiré.", action: "Veuillez recommencer." },
    concurrent_operation: {
      message: "Une autre demande pour ce compte est encore en cours.",
      action: "Patientez un instant, puis réessayez.",
    },
    cancelled: {
      message: "La connexion a été annulée.",
      action: "Recommencez dès que vous le souhaitez.",
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
