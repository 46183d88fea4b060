// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/stripe/pt: the end-user words ("pt") for endUserText of bankcodes/stripe: each
 * category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "pt",
  categories: {
    mfa_failed: {
      message: "O código de verificação ou a resposta não foi aceito.",
      action: "Confira o que você digitou e tente novamente.",
    },
    attempts_exhausted: {
      message: "Houve tentativas malsucedidas demais.",
      action: "Entre em contato com seu banco para desbloquear seu acesso.",
    },
    reconnect_required: {
      message: "A conexão com seu banco foi encerrada.",
      action: "Conecte sua conta bancária novamente para continuar.",
    },
    user_action_required: {
      message: "Precisamos de mais algumas informações suas para continuar.",
      action: "Siga as instruções na tela.",
    },
    account_unavailable: {
      message: "Esta conta não pode ser usada.",
      action: "Escolha outra conta ou entre em contato com seu banco.",
    },
    institution_unavailable: {
      message: "Seu banco não está respondendo no momento.",
      action: "Tente novamente daqui a pouco.",
    },
    session_expired: { message: "Sua sessão expirou.", action: "Comece de novo." },
    concurrent_operation: {
      message: "Outra solicitação para esta conta ainda está em andamento.",
      action: "Aguarde um momento e tente novamente.",
    },
    cancelled: { message: "A conexão foi cancelada.", action: "Comece de novo quando quiser." },
    rejected: {
      message: "Seu banco recusou a solicitação.",
      action: "Entre em contato com seu banco para saber mais.",
    },
    rate_limited: {
      message: "Há solicitações demais no momento.",
      action: "Tente novamente em alguns minutos.",
    },
    integration_error: {
      message: "Algo deu errado do nosso lado.",
      action: "Entre em contato com o suporte.",
    },
    generic_failure: { message: "Algo deu errado.", action: "Tente novamente." },
    unknown: {
      message: "Aconteceu algo inesperado.",
      action: "Tente novamente ou entre em contato com o suporte.",
    },
  },
  codes: {
    "stripe.api_error_code": {
      account_number_invalid: {
        message: "O número da conta bancária que você digitou não é válido.",
        action: "Confira o número da sua conta e digite-o novamente.",
      },
      bank_account_declined: {
        message: "Ainda não é possível debitar esta conta bancária.",
        action: "Conclua a verificação da sua conta bancária, se isso foi solicitado, ou use outra conta bancária.",
      },
      bank_account_unusable: {
        message: "Esta conta bancária não pode ser usada.",
        action: "Use outra conta bancária.",
      },
      bank_account_verification_failed: {
        message: "Não foi possível verificar sua conta bancária.",
        action: "Confira os pequenos depósitos na sua conta bancária e digite os valores novamente; se não tiver mais tentativas, entre em contato com o suporte.",
      },
      debit_not_authorized: {
        message: "Seu banco informou que você não autorizou este pagamento.",
        action: "Se quiser pagar, entre em contato conosco para dar uma nova autorização.",
      },
      insufficient_funds: {
        message: "Não há saldo suficiente na sua conta para este pagamento.",
        action: "Adicione dinheiro à sua conta ou use outra conta bancária.",
      },
      no_account: {
        message: "Não encontramos esta conta bancária.",
        action: "Confira os números da conta e de roteamento, ou use outra conta bancária.",
      },
      payment_intent_authentication_failure: {
        message: "Não foi possível confirmar sua forma de pagamento.",
        action: "Tente novamente ou use outra forma de pagamento.",
      },
      payment_intent_payment_attempt_failed: {
        message: "Seu pagamento não foi concluído.",
        action: "Tente novamente com outra forma de pagamento.",
      },
      payment_method_bank_account_blocked: {
        message: "Esta conta bancária não pode ser usada.",
        action: "Use outra conta bancária.",
      },
      payment_method_customer_decline: {
        message: "Você não aprovou o pagamento.",
        action: "Comece de novo e aprove-o, ou use outra forma de pagamento.",
      },
      payment_method_microdeposit_failed: {
        message: "Não conseguimos enviar os pequenos depósitos de verificação para sua conta bancária.",
        action: "Confira os números da conta e de roteamento e digite-os novamente.",
      },
      payment_method_microdeposit_verification_amounts_invalid: {
        message: "São necessários dois valores de depósito para verificar sua conta bancária.",
        action: "Digite os valores dos dois pequenos depósitos na sua conta bancária.",
      },
      payment_method_microdeposit_verification_amounts_mismatch: {
        message: "Os valores que você digitou não correspondem aos depósitos enviados para sua conta bancária.",
        action: "Confira os dois pequenos depósitos na sua conta bancária e digite os valores novamente.",
      },
      payment_method_microdeposit_verification_attempts_exceeded: {
        message: "Houve tentativas demais de verificar sua conta bancária.",
        action: "Entre em contato com o suporte para verificar sua conta bancária.",
      },
      payment_method_microdeposit_verification_descriptor_code_mismatch: {
        message: "O código que você digitou não corresponde ao enviado para sua conta bancária.",
        action: "Encontre o código na descrição do pequeno depósito na sua conta bancária e digite-o novamente.",
      },
      payment_method_microdeposit_verification_timeout: {
        message: "O prazo para verificar sua conta bancária terminou.",
        action: "Adicione sua conta bancária novamente para iniciar uma nova verificação.",
      },
      payment_method_not_available: {
        message: "Esta forma de pagamento está temporariamente indisponível.",
        action: "Tente novamente mais tarde ou use outra forma de pagamento.",
      },
      payment_method_provider_decline: {
        message: "Seu pagamento foi recusado.",
        action: "Use outra forma de pagamento ou entre em contato com seu banco para saber mais.",
      },
      refer_to_customer: {
        message: "Você sustou este pagamento junto ao seu banco.",
        action: "Entre em contato conosco para combinar o pagamento.",
      },
      routing_number_invalid: {
        message: "O número de roteamento que você digitou não é válido.",
        action: "Confira o número de roteamento do seu banco e digite-o novamente.",
      },
      setup_attempt_failed: {
        message: "Não foi possível configurar sua forma de pagamento.",
        action: "Tente novamente com outra forma de pagamento.",
      },
      setup_intent_authentication_failure: {
        message: "Não foi possível confirmar sua forma de pagamento.",
        action: "Tente novamente ou use outra forma de pagamento.",
      },
    },
  },
};
