// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/plaid/fr: the end-user words ("fr") for endUserText of bankcodes/plaid: each
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
    attempts_exhausted: {
      message: "Il y a eu trop de tentatives infructueuses.",
      action: "Communiquez avec votre banque pour débloquer votre accès.",
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
    institution_not_supported: {
      message: "Cette banque n'est pas prise en charge.",
      action: "Choisissez une autre banque ou une autre façon de continuer.",
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
    "plaid.error_code": {
      ACCESS_NOT_GRANTED: {
        message: "Vous n'avez pas accordé les autorisations nécessaires pour ce compte.",
        action: "Connectez de nouveau votre compte et accordez l'accès demandé.",
      },
      ITEM_CONCURRENTLY_DELETED: {
        message: "La connexion à ce compte a été supprimée pendant le traitement de votre demande.",
        action: "Connectez de nouveau votre compte pour continuer.",
      },
      PASSWORD_RESET_REQUIRED: {
        message: "Votre banque vous demande de réinitialiser votre mot de passe.",
        action: "Réinitialisez votre mot de passe sur le site Web ou dans l'application de votre banque, puis réessayez.",
      },
      PAYMENT_INSUFFICIENT_FUNDS: {
        message: "Les fonds de votre compte sont insuffisants pour effectuer ce paiement.",
        action: "Réessayez ou choisissez un autre compte ou une autre banque.",
      },
      PAYMENT_REJECTED: {
        message: "Votre banque a refusé le paiement.",
        action: "Réessayez ou choisissez un autre compte ou une autre banque.",
      },
      TOO_MANY_VERIFICATION_ATTEMPTS: {
        message: "Trop de codes de vérification incorrects ont été saisis, et cette vérification ne peut pas aboutir.",
        action: "Saisissez de nouveau les renseignements de votre compte pour lancer une nouvelle vérification.",
      },
      BANK_TRANSFER_INSUFFICIENT_FUNDS: {
        message: "Les fonds de votre compte sont insuffisants pour ce virement.",
        action: "Approvisionnez votre compte ou choisissez un autre compte.",
      },
    },
  },
};
