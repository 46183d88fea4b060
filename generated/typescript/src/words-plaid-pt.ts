// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/plaid/pt: the end-user words ("pt") for endUserText of bankcodes/plaid: each
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
    credentials_invalid: {
      message: "Seu banco não aceitou os dados de acesso.",
      action: "Confira seu login e sua senha e tente novamente.",
    },
    attempts_exhausted: {
      message: "Houve tentativas malsucedidas demais.",
      action: "Entre em contato com seu banco para desbloquear seu acesso.",
    },
    reconnect_required: {
      message: "A conexão com seu banco foi encerrada.",
      action: "Conecte sua conta bancária novamente para continuar.",
    },
    action_required_at_institution: {
      message: "Seu banco precisa que você faça algo no seu internet banking primeiro.",
      action: "Acesse o aplicativo ou o site do seu banco, siga as instruções e tente novamente.",
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
    institution_not_supported: {
      message: "Este banco não é compatível.",
      action: "Escolha outro banco ou outra forma de continuar.",
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
    "plaid.error_code": {
      ACCESS_NOT_GRANTED: {
        message: "Você não concedeu as permissões necessárias para esta conta.",
        action: "Conecte sua conta novamente e permita o acesso solicitado.",
      },
      ITEM_CONCURRENTLY_DELETED: {
        message: "A conexão com esta conta foi removida enquanto sua solicitação estava em andamento.",
        action: "Conecte sua conta novamente para continuar.",
      },
      PASSWORD_RESET_REQUIRED: {
        message: "Seu banco exige que você redefina sua senha.",
        action: "Redefina sua senha no site ou no aplicativo do seu banco e tente novamente.",
      },
      PAYMENT_INSUFFICIENT_FUNDS: {
        message: "Não há saldo suficiente na sua conta para concluir o pagamento.",
        action: "Tente novamente ou escolha outra conta ou outro banco.",
      },
      PAYMENT_REJECTED: {
        message: "Seu banco recusou o pagamento.",
        action: "Tente novamente ou escolha outra conta ou outro banco.",
      },
      TOO_MANY_VERIFICATION_ATTEMPTS: {
        message: "Foram digitados códigos de verificação incorretos demais, e esta verificação não pode ser concluída.",
        action: "Digite os dados da sua conta novamente para iniciar uma nova verificação.",
      },
      BANK_TRANSFER_INSUFFICIENT_FUNDS: {
        message: "Não há saldo suficiente na sua conta para esta transferência.",
        action: "Adicione dinheiro à sua conta ou escolha outra conta.",
      },
    },
  },
};
