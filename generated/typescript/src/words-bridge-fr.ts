// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/bridge/fr: the end-user words ("fr") for endUserText of bankcodes/bridge: each
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
    attempts_exhausted: {
      message: "Il y a eu trop de tentatives infructueuses.",
      action: "Communiquez avec votre banque pour débloquer votre accès.",
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
    institution_not_supported: {
      message: "Cette banque n'est pas prise en charge.",
      action: "Choisissez une autre banque ou une autre façon de continuer.",
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
