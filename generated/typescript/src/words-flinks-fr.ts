// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/flinks/fr: the end-user words ("fr") for endUserText of bankcodes/flinks: each
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
    "flinks.api_error_code": {
      INVALID_LOGIN: {
        message: "Votre banque n'a pas accepté vos identifiants.",
        action: "Vérifiez vos identifiants et saisissez-les de nouveau.",
      },
      INVALID_USERNAME: {
        message: "Votre banque n'a pas accepté votre nom d'utilisateur.",
        action: "Vérifiez votre nom d'utilisateur et saisissez-le de nouveau.",
      },
      INVALID_PASSWORD: {
        message: "Votre banque n'a pas accepté votre mot de passe.",
        action: "Vérifiez votre mot de passe et saisissez-le de nouveau.",
      },
      INVALID_SECURITY_RESPONSE: {
        message: "Vos réponses aux questions de sécurité n'ont pas été acceptées et cette tentative ne peut pas se poursuivre.",
        action: "Vérifiez vos questions et réponses de sécurité auprès de votre banque.",
      },
      INVALID_SECURITY_RESPONSE_NO_RETRY: {
        message: "Vos réponses aux questions de sécurité n'ont pas été acceptées et cette tentative ne peut pas se poursuivre.",
        action: "Vérifiez vos questions et réponses de sécurité auprès de votre banque.",
      },
      RETRY_LATER: {
        message: "Nous n'avons pas pu nous connecter à votre banque pour le moment.",
        action: "Veuillez réessayer plus tard.",
      },
      DISABLED_LOGIN: {
        message: "Votre banque a désactivé ce compte.",
        action: "Communiquez avec votre banque pour le réactiver.",
      },
      NEW_ACCOUNT: {
        message: "Votre banque vous demande d'effectuer une action dans vos services bancaires en ligne avant de vous connecter.",
        action: "Connectez-vous d'abord au site Web de votre banque (par exemple pour accepter ses conditions), puis réessayez.",
      },
      SECURITYRESPONSES_INCOMPLETE: {
        message: "Vous n'avez pas répondu à toutes les questions de sécurité de votre banque.",
        action: "Répondez à toutes les questions de sécurité, puis continuez.",
      },
    },
    "flinks.connect_error_event": {
      INVALID_USERNAME: {
        message: "Votre banque n'a pas accepté votre nom d'utilisateur.",
        action: "Vérifiez votre nom d'utilisateur et saisissez-le de nouveau.",
      },
      INVALID_PASSWORD: {
        message: "Votre banque n'a pas accepté votre mot de passe.",
        action: "Vérifiez votre mot de passe et saisissez-le de nouveau.",
      },
      INVALID_LOGIN: {
        message: "Votre banque n'a pas accepté vos identifiants.",
        action: "Vérifiez vos identifiants et saisissez-les de nouveau.",
      },
      INVALID_SECURITY_RESPONSE: {
        message: "Votre réponse à la question de sécurité n'a pas été acceptée.",
        action: "Répondez de nouveau à la question de sécurité.",
      },
      RETRY_LATER: {
        message: "Nous n'avons pas pu nous connecter à votre banque pour le moment.",
        action: "Veuillez réessayer plus tard.",
      },
      UNAUTHORIZED: {
        message: "Votre banque n'a pas autorisé l'accès à votre compte.",
        action: "Connectez-vous au site Web de votre banque, effectuez les étapes demandées, puis réessayez.",
      },
      NEW_ACCOUNT: {
        message: "Votre banque vous demande d'effectuer une action dans vos services bancaires en ligne avant de vous connecter.",
        action: "Connectez-vous d'abord au site Web de votre banque (par exemple pour accepter ses conditions), puis réessayez.",
      },
      AGGREGATION_ERROR: {
        message: "Un problème est survenu lors de la connexion à votre banque.",
        action: "Veuillez réessayer et communiquer avec notre service d'assistance si le problème persiste.",
      },
      DISABLED_INSTITUTION: {
        message: "Votre banque n'est pas disponible pour le moment.",
        action: "Choisissez une autre banque ou réessayez plus tard.",
      },
      DISABLED_LOGIN: {
        message: "Votre banque a désactivé ce compte.",
        action: "Communiquez avec votre banque pour le réactiver.",
      },
    },
    "flinks.connect_step_event": {
      DISABLED_INSTITUTION: {
        message: "Votre banque n'est pas disponible pour le moment.",
        action: "Choisissez une autre banque ou réessayez plus tard.",
      },
    },
  },
};
