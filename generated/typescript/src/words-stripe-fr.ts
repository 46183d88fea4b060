// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/stripe/fr: the end-user words ("fr") for endUserText of bankcodes/stripe: each
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
    attempts_exhausted: {
      message: "Il y a eu trop de tentatives infructueuses.",
      action: "Communiquez avec votre banque pour débloquer votre accès.",
    },
    reconnect_required: {
      message: "La connexion à votre banque a pris fin.",
      action: "Connectez de nouveau votre compte bancaire pour continuer.",
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
    "stripe.api_error_code": {
      account_number_invalid: {
        message: "Le numéro de compte bancaire que vous avez saisi n'est pas valide.",
        action: "Vérifiez votre numéro de compte et saisissez-le de nouveau.",
      },
      bank_account_declined: {
        message: "Ce compte bancaire ne peut pas encore être débité.",
        action: "Terminez la vérification de votre compte bancaire si on vous l'a demandé, ou utilisez un autre compte bancaire.",
      },
      bank_account_unusable: {
        message: "Ce compte bancaire ne peut pas être utilisé.",
        action: "Utilisez un autre compte bancaire.",
      },
      bank_account_verification_failed: {
        message: "Votre compte bancaire n'a pas pu être vérifié.",
        action: "Vérifiez les petits dépôts faits dans votre compte bancaire et saisissez de nouveau leurs montants; s'il ne vous reste plus de tentatives, communiquez avec notre service d'assistance.",
      },
      debit_not_authorized: {
        message: "Votre banque a signalé que vous n'aviez pas autorisé ce paiement.",
        action: "Si vous souhaitez payer, communiquez avec nous pour donner une nouvelle autorisation.",
      },
      insufficient_funds: {
        message: "Les fonds de votre compte sont insuffisants pour ce paiement.",
        action: "Approvisionnez votre compte ou utilisez un autre compte bancaire.",
      },
      no_account: {
        message: "Nous n'avons pas trouvé ce compte bancaire.",
        action: "Vérifiez vos numéros de compte et d'acheminement, ou utilisez un autre compte bancaire.",
      },
      payment_intent_authentication_failure: {
        message: "Votre moyen de paiement n'a pas pu être confirmé.",
        action: "Réessayez ou utilisez un autre moyen de paiement.",
      },
      payment_intent_payment_attempt_failed: {
        message: "Votre paiement n'a pas abouti.",
        action: "Réessayez avec un autre moyen de paiement.",
      },
      payment_method_bank_account_blocked: {
        message: "Ce compte bancaire ne peut pas être utilisé.",
        action: "Utilisez un autre compte bancaire.",
      },
      payment_method_customer_decline: {
        message: "Vous n'avez pas approuvé le paiement.",
        action: "Recommencez et approuvez-le, ou utilisez un autre moyen de paiement.",
      },
      payment_method_microdeposit_failed: {
        message: "Nous n'avons pas pu envoyer les petits dépôts de vérification dans votre compte bancaire.",
        action: "Vérifiez vos numéros de compte et d'acheminement et saisissez-les de nouveau.",
      },
      payment_method_microdeposit_verification_amounts_invalid: {
        message: "Deux montants de dépôt sont nécessaires pour vérifier votre compte bancaire.",
        action: "Saisissez les montants des deux petits dépôts faits dans votre compte bancaire.",
      },
      payment_method_microdeposit_verification_amounts_mismatch: {
        message: "Les montants saisis ne correspondent pas aux dépôts faits dans votre compte bancaire.",
        action: "Vérifiez les deux petits dépôts faits dans votre compte bancaire et saisissez de nouveau leurs montants.",
      },
      payment_method_microdeposit_verification_attempts_exceeded: {
        message: "Il y a eu trop de tentatives de vérification de votre compte bancaire.",
        action: "Communiquez avec notre service d'assistance pour faire vérifier votre compte bancaire.",
      },
      payment_method_microdeposit_verification_descriptor_code_mismatch: {
        message: "Le code saisi ne correspond pas à celui envoyé dans votre compte bancaire.",
        action: "Trouvez le code dans la description du petit dépôt fait dans votre compte bancaire et saisissez-le de nouveau.",
      },
      payment_method_microdeposit_verification_timeout: {
        message: "Le délai pour vérifier votre compte bancaire est écoulé.",
        action: "Ajoutez de nouveau votre compte bancaire pour lancer une nouvelle vérification.",
      },
      payment_method_not_available: {
        message: "Ce moyen de paiement est temporairement indisponible.",
        action: "Réessayez plus tard ou utilisez un autre moyen de paiement.",
      },
      payment_method_provider_decline: {
        message: "Votre paiement a été refusé.",
        action: "Utilisez un autre moyen de paiement ou communiquez avec votre banque pour en savoir plus.",
      },
      refer_to_customer: {
        message: "Vous avez fait opposition à ce paiement auprès de votre banque.",
        action: "Communiquez avec nous pour convenir du paiement.",
      },
      routing_number_invalid: {
        message: "Le numéro d'acheminement que vous avez saisi n'est pas valide.",
        action: "Vérifiez le numéro d'acheminement de votre banque et saisissez-le de nouveau.",
      },
      setup_attempt_failed: {
        message: "Votre moyen de paiement n'a pas pu être configuré.",
        action: "Réessayez avec un autre moyen de paiement.",
      },
      setup_intent_authentication_failure: {
        message: "Votre moyen de paiement n'a pas pu être confirmé.",
        action: "Réessayez ou utilisez un autre moyen de paiement.",
      },
    },
  },
};
