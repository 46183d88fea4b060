// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/stitch/fr: the end-user words ("fr") for endUserText of bankcodes/stitch: each
 * category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "fr",
  categories: {
    account_unavailable: {
      message: "Ce compte ne peut pas être utilisé.",
      action: "Choisissez un autre compte ou communiquez avec votre banque.",
    },
    institution_unavailable: {
      message: "Votre banque ne répond pas pour le moment.",
      action: "Veuillez réessayer un peu plus tard.",
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
    "stitch.payment_request_state": {
      PaymentInitiationRequestCancelled: {
        message: "Le paiement a été annulé.",
        action: "Recommencez le paiement si vous souhaitez toujours payer.",
      },
      PaymentInitiationRequestExpired: {
        message: "La demande de paiement a expiré avant d'être payée.",
        action: "Recommencez le paiement si vous souhaitez toujours payer.",
      },
    },
    "stitch.payment_confirmation_status": {
      PaymentUnsettled: {
        message: "Votre paiement n'a pas encore été reçu.",
        action: "Si l'argent a quitté votre compte, contactez-nous.",
      },
    },
    "stitch.payment_initiation_status": {
      PaymentInitiationCancelled: {
        message: "Le paiement a été annulé.",
        action: "Recommencez le paiement si vous souhaitez toujours payer.",
      },
      PaymentInitiationExpired: {
        message: "La demande de paiement a expiré avant d'être payée.",
        action: "Recommencez le paiement si vous souhaitez toujours payer.",
      },
    },
  },
};
