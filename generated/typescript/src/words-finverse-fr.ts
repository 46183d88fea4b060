// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/finverse/fr: the end-user words ("fr") for endUserText of bankcodes/finverse: each
 * category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "fr",
  categories: {
    credentials_invalid: {
      message: "Votre banque n'a pas accepté vos identifiants.",
      action: "Vérifiez votre nom d'utilisateur et votre mot de passe, puis réessayez.",
    },
    attempts_exhausted: {
      message: "Il y a eu trop de tentatives infructueuses.",
      action: "Communiquez avec votre banque pour débloquer votre accès.",
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
    session_expired: { message: "Votre session a expiré.", action: "Veuillez recommencer." },
    cancelled: {
      message: "La connexion a été annulée.",
      action: "Recommencez dès que vous le souhaitez.",
    },
    generic_failure: { message: "Un problème est survenu.", action: "Veuillez réessayer." },
    unknown: {
      message: "Un problème inattendu est survenu.",
      action: "Veuillez réessayer ou communiquer avec notre service d'assistance.",
    },
  },
  codes: {},
};
