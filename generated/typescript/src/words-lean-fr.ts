// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/lean/fr: the end-user words ("fr") for endUserText of bankcodes/lean: each category's,
 * and the codes' own where they differ.
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
    "lean.callback_status": {
      ERROR: {
        message: "La demande auprès de votre banque n'a pas pu aboutir.",
        action: "Veuillez communiquer avec notre service d'assistance pour obtenir de l'aide.",
      },
    },
    "lean.secondary_status": {
      AWAITING_APP_AUTH: {
        message: "Votre banque vous demande d'approuver cette opération dans une autre application.",
        action: "Ouvrez l'application indiquée par votre banque et approuvez la demande.",
      },
      AWAITING_END_USER_AUTHORIZATION: {
        message: "Votre banque vous demande d'approuver cette demande.",
        action: "Approuvez la demande dans l'application ou sur le site Web de votre banque.",
      },
    },
    "lean.payment_lifecycle_status": {
      FAILED: {
        message: "Votre paiement n'a pas été effectué.",
        action: "Communiquez avec notre service d'assistance ou votre banque pour en connaître la raison.",
      },
    },
    "lean.granular_status_code": {
      LEAN_ERROR: {
        message: "Nous ne pouvons pas traiter cette demande pour le moment.",
        action: "Veuillez réessayer plus tard et communiquer avec notre service d'assistance si le problème persiste.",
      },
      DISABLED_BY_CLIENT: {
        message: "Cette banque est temporairement indisponible dans cette application.",
        action: "Veuillez réessayer plus tard ou choisir une autre banque.",
      },
    },
    "lean.consent_status": {
      REJECTED: {
        message: "Votre consentement de paiement n'a pas été approuvé.",
        action: "Si vous ne l'avez pas refusé vous-même, communiquez avec votre banque pour en savoir plus.",
      },
      CONSUMED: {
        message: "Votre consentement de paiement a atteint ses limites.",
        action: "Donnez un nouveau consentement de paiement pour continuer.",
      },
      SUSPENDED: {
        message: "Votre banque a temporairement suspendu votre consentement de paiement pour des raisons de conformité.",
        action: "Communiquez avec votre banque pour en savoir plus.",
      },
    },
  },
};
