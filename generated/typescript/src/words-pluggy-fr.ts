// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/pluggy/fr: the end-user words ("fr") for endUserText of bankcodes/pluggy: each
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
    "pluggy.execution_error_code": {
      ACCOUNT_LOCKED: {
        message: "Votre compte bancaire est bloqué.",
        action: "Contactez votre banque pour le débloquer, puis réessayez.",
      },
      ACCOUNT_CREDENTIALS_RESET: {
        message: "Votre banque vous demande de réinitialiser votre mot de passe.",
        action: "Réinitialisez votre mot de passe auprès de votre banque, puis connectez-vous de nouveau avec le nouveau.",
      },
      USER_AUTHORIZATION_PENDING: {
        message: "Votre banque attend que vous approuviez la connexion.",
        action: "Approuvez l'accès dans l'application ou sur le site de votre banque, puis revenez.",
      },
      USER_NOT_SUPPORTED: {
        message: "Ce type de compte ne peut pas être connecté ici.",
        action: "Choisissez un autre compte ou une autre façon de continuer.",
      },
    },
    "pluggy.item_status": {
      WAITING_USER_ACTION: {
        message: "Votre banque attend que vous approuviez la connexion.",
        action: "Approuvez l'accès dans l'application ou sur le site de votre banque, puis revenez.",
      },
    },
    "pluggy.execution_status": {
      WAITING_USER_ACTION: {
        message: "Votre banque attend que vous approuviez la connexion.",
        action: "Approuvez l'accès dans l'application ou sur le site de votre banque, puis revenez.",
      },
      ACCOUNT_LOCKED: {
        message: "Votre compte bancaire est bloqué.",
        action: "Contactez votre banque pour le débloquer, puis réessayez.",
      },
      ACCOUNT_CREDENTIALS_RESET: {
        message: "Votre banque vous demande de réinitialiser votre mot de passe.",
        action: "Réinitialisez votre mot de passe auprès de votre banque, puis connectez-vous de nouveau avec le nouveau.",
      },
      USER_AUTHORIZATION_PENDING: {
        message: "Votre banque attend que vous approuviez la connexion.",
        action: "Approuvez l'accès dans l'application ou sur le site de votre banque, puis revenez.",
      },
      USER_NOT_SUPPORTED: {
        message: "Ce type de compte ne peut pas être connecté ici.",
        action: "Choisissez un autre compte ou une autre façon de continuer.",
      },
    },
    "pluggy.item_request_error": {
      ITEM_ORIGINAL_CONNECTED_WITH_DIFFERENT_ACCOUNT: {
        message: "Cette connexion a été établie avec un autre compte.",
        action: "Connectez-vous avec le compte que vous avez connecté en premier.",
      },
    },
  },
};
