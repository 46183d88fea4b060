// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/berlingroup/pt: the end-user words ("pt") for endUserText of bankcodes/berlingroup:
 * each category's, and the codes' own where they differ.
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
    reconnect_required: {
      message: "A conexão com seu banco foi encerrada.",
      action: "Conecte sua conta bancária novamente para continuar.",
    },
    action_required_at_institution: {
      message: "Seu banco precisa que você faça algo no seu internet banking primeiro.",
      action: "Acesse o aplicativo ou o site do seu banco, siga as instruções e tente novamente.",
    },
    account_unavailable: {
      message: "Esta conta não pode ser usada.",
      action: "Escolha outra conta ou entre em contato com seu banco.",
    },
    session_expired: { message: "Sua sessão expirou.", action: "Comece de novo." },
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
    unknown: {
      message: "Aconteceu algo inesperado.",
      action: "Tente novamente ou entre em contato com o suporte.",
    },
  },
  codes: {
    "berlingroup.message_code": {
      FUNDS_NOT_AVAILABLE: {
        message: "Não havia dinheiro ou limite de pagamento suficiente disponível para este pagamento.",
        action: "Adicione dinheiro à sua conta ou aumente o limite de pagamento e faça o pagamento novamente.",
      },
    },
  },
};
