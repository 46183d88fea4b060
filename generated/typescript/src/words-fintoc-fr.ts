// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/fintoc/fr: the end-user words ("fr") for endUserText of bankcodes/fintoc: each
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
    "fintoc.payment_error_reason": {
      bank_account_locked: {
        message: "Votre banque a bloqué les virements depuis ce compte.",
        action: "Contactez votre banque pour débloquer les virements, ou payez depuis un autre compte.",
      },
      amount_limit_reached: {
        message: "Le montant dépasse la limite que votre banque autorise pour ce virement.",
        action: "Payez un montant inférieur, utilisez un autre compte ou demandez à votre banque de relever la limite, puis réessayez.",
      },
      insufficient_funds: {
        message: "Votre compte n'a pas assez d'argent pour ce paiement.",
        action: "Approvisionnez votre compte ou payez depuis un autre compte, puis réessayez.",
      },
      maximum_amount_error: {
        message: "Le montant dépasse la limite que votre banque autorise pour ce virement.",
        action: "Payez un montant inférieur, utilisez un autre compte ou demandez à votre banque de relever la limite, puis réessayez.",
      },
      mfa_authorization_timeout: {
        message: "Le paiement n'a pas été approuvé à temps avec la méthode de vérification de votre banque.",
        action: "Recommencez le paiement et approuvez-le lorsque votre banque vous le demande.",
      },
      new_contact_amount_limit_reached: {
        message: "Votre banque limite les virements vers un nouveau bénéficiaire, et ce paiement dépasse cette limite.",
        action: "Réessayez plus tard, payez depuis un autre compte ou renseignez-vous auprès de votre banque sur ses limites pour les nouveaux bénéficiaires.",
      },
      new_contact_transfer_number_limit_reached: {
        message: "Votre banque limite les virements vers un nouveau bénéficiaire, et ce paiement dépasse cette limite.",
        action: "Réessayez plus tard, payez depuis un autre compte ou renseignez-vous auprès de votre banque sur ses limites pour les nouveaux bénéficiaires.",
      },
      unresolved_final_status: {
        message: "Votre banque n'a pas confirmé si ce paiement a abouti.",
        action: "Vérifiez sur votre compte bancaire si l'argent en est sorti, et contactez le support.",
      },
    },
  },
};
