// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/setu/fr: the end-user words ("fr") for endUserText of bankcodes/setu: each category's,
 * and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "fr",
  categories: {
    reconnect_required: {
      message: "La connexion à votre banque a pris fin.",
      action: "Connectez de nouveau votre compte bancaire pour continuer.",
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
    "setu.consent_status": {
      PAUSED: {
        message: "Vous avez suspendu votre consentement au partage des données de votre compte.",
        action: "Réactivez-le dans l'application de votre agrégateur de comptes pour continuer.",
      },
      REVOKED: {
        message: "Votre consentement au partage des données de votre compte a été révoqué.",
        action: "Donnez de nouveau votre consentement pour continuer.",
      },
      EXPIRED: {
        message: "Votre consentement au partage des données de votre compte a expiré.",
        action: "Donnez de nouveau votre consentement pour continuer.",
      },
      REJECTED: {
        message: "Vous avez refusé la demande de partage des données de votre compte.",
        action: "Si vous changez d'avis, recommencez et approuvez la demande.",
      },
    },
    "setu.notification_error_code": {
      UserRejected: {
        message: "Vous avez refusé la demande de partage des données de votre compte.",
        action: "Si vous changez d'avis, recommencez et approuvez la demande.",
      },
      NoFIPAccountsDiscovered: {
        message: "Vos comptes sont introuvables auprès des banques que vous avez choisies.",
        action: "Vérifiez que vous avez saisi le numéro de mobile enregistré auprès de votre banque, ou choisissez une autre banque.",
      },
      InvalidConsentStatus: {
        message: "Votre consentement au partage des données de votre compte a expiré.",
        action: "Donnez de nouveau votre consentement pour continuer.",
      },
      ConsentRevoked: {
        message: "Votre consentement au partage des données de votre compte a été révoqué.",
        action: "Donnez de nouveau votre consentement pour continuer.",
      },
      UpstreamServerDown: {
        message: "Le service qui se connecte à votre banque ne répond pas pour le moment.",
        action: "Veuillez réessayer un peu plus tard.",
      },
    },
    "setu.consent_error_reason": {
      reject_not_understand: {
        message: "Vous avez refusé la demande de partage des données de votre compte.",
        action: "Si vous changez d'avis, recommencez et approuvez la demande.",
      },
      reject_not_want_to_share: {
        message: "Vous avez refusé la demande de partage des données de votre compte.",
        action: "Si vous changez d'avis, recommencez et approuvez la demande.",
      },
      reject_accounts_not_found: {
        message: "Vos comptes sont introuvables auprès des banques que vous avez choisies.",
        action: "Vérifiez que vous avez saisi le numéro de mobile enregistré auprès de votre banque, ou choisissez une autre banque.",
      },
      reject_other: {
        message: "Vous avez refusé la demande de partage des données de votre compte.",
        action: "Si vous changez d'avis, recommencez et approuvez la demande.",
      },
      no_fip_accounts_found: {
        message: "Vos comptes sont introuvables auprès des banques que vous avez choisies.",
        action: "Vérifiez que vous avez saisi le numéro de mobile enregistré auprès de votre banque, ou choisissez une autre banque.",
      },
    },
    "setu.redirect_error_code": {
      "1": {
        message: "Vous avez refusé la demande de partage des données de votre compte.",
        action: "Si vous changez d'avis, recommencez et approuvez la demande.",
      },
    },
  },
};
