// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/pluggy/pt: the end-user words ("pt") for endUserText of bankcodes/pluggy: each
 * category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "pt",
  categories: {
    mfa_required: {
      message: "Seu banco precisa confirmar que é você.",
      action: "Digite o código ou responda à pergunta que seu banco enviou.",
    },
    mfa_failed: {
      message: "O código de verificação ou a resposta não foi aceito.",
      action: "Confira o que você digitou e tente novamente.",
    },
    credentials_invalid: {
      message: "Seu banco não aceitou os dados de acesso.",
      action: "Confira seu login e sua senha e tente novamente.",
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
    "pluggy.execution_error_code": {
      ACCOUNT_LOCKED: {
        message: "Sua conta bancária está bloqueada.",
        action: "Entre em contato com seu banco para desbloqueá-la e tente novamente.",
      },
      ACCOUNT_CREDENTIALS_RESET: {
        message: "Seu banco pede que você redefina sua senha.",
        action: "Redefina sua senha com o seu banco e conecte-se novamente com a nova senha.",
      },
      USER_AUTHORIZATION_PENDING: {
        message: "Seu banco está aguardando que você aprove a conexão.",
        action: "Aprove o acesso no aplicativo ou site do seu banco e depois volte.",
      },
      USER_NOT_SUPPORTED: {
        message: "Este tipo de conta não pode ser conectado aqui.",
        action: "Escolha outra conta ou outra forma de continuar.",
      },
    },
    "pluggy.item_status": {
      WAITING_USER_ACTION: {
        message: "Seu banco está aguardando que você aprove a conexão.",
        action: "Aprove o acesso no aplicativo ou site do seu banco e depois volte.",
      },
    },
    "pluggy.execution_status": {
      WAITING_USER_ACTION: {
        message: "Seu banco está aguardando que você aprove a conexão.",
        action: "Aprove o acesso no aplicativo ou site do seu banco e depois volte.",
      },
      ACCOUNT_LOCKED: {
        message: "Sua conta bancária está bloqueada.",
        action: "Entre em contato com seu banco para desbloqueá-la e tente novamente.",
      },
      ACCOUNT_CREDENTIALS_RESET: {
        message: "Seu banco pede que você redefina sua senha.",
        action: "Redefina sua senha com o seu banco e conecte-se novamente com a nova senha.",
      },
      USER_AUTHORIZATION_PENDING: {
        message: "Seu banco está aguardando que você aprove a conexão.",
        action: "Aprove o acesso no aplicativo ou site do seu banco e depois volte.",
      },
      USER_NOT_SUPPORTED: {
        message: "Este tipo de conta não pode ser conectado aqui.",
        action: "Escolha outra conta ou outra forma de continuar.",
      },
    },
    "pluggy.item_request_error": {
      ITEM_ORIGINAL_CONNECTED_WITH_DIFFERENT_ACCOUNT: {
        message: "Esta conexão foi feita com outra conta.",
        action: "Entre com a conta que você conectou primeiro.",
      },
    },
  },
};
