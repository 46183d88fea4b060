// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/belvo/fr: the end-user words ("fr") for endUserText of bankcodes/belvo: each
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
    user_action_required: {
      message: "Nous avons besoin de quelques informations supplémentaires de votre part pour continuer.",
      action: "Suivez les instructions à l'écran.",
    },
    account_unavailable: {
      message: "Ce compte ne peut pas être utilisé.",
      action: "Choisissez un autre compte ou communiquez avec votre banque.",
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
    rejected: {
      message: "Votre banque a refusé la demande.",
      action: "Communiquez avec votre banque pour en savoir plus.",
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
