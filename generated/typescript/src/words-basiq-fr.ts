// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/basiq/fr: the end-user words ("fr") for endUserText of bankcodes/basiq: each
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
  codes: {
    "basiq.job_result_code": {
      "bank-statement-invalid": {
        message: "Ce relevé bancaire n'a pas pu être accepté.",
        action: "Téléversez le relevé original téléchargé depuis votre banque, puis réessayez.",
      },
      "bank-statement-new-product": {
        message: "Les relevés de ce type de compte ne peuvent pas encore être lus.",
        action: "Choisissez un autre compte ou un autre moyen de continuer.",
      },
      "bank-statement-not-supported": {
        message: "Ce relevé ne correspond pas à la banque que vous avez choisie.",
        action: "Vérifiez que vous avez choisi la bonne banque, puis téléversez de nouveau le relevé.",
      },
      "authorization-failed": {
        message: "Votre banque n'a pas finalisé l'autorisation.",
        action: "Recommencez la connexion à votre banque et approuvez la demande auprès d'elle.",
      },
    },
    "basiq.error_code": {
      "check-balance-insufficient-funds": {
        message: "Les fonds de votre compte sont insuffisants pour ce paiement.",
        action: "Approvisionnez votre compte ou utilisez un autre compte bancaire.",
      },
    },
  },
};
