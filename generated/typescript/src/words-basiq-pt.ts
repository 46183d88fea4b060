// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/basiq/pt: the end-user words ("pt") for endUserText of bankcodes/basiq: each
 * category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "pt",
  categories: {
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
    "basiq.job_result_code": {
      "bank-statement-invalid": {
        message: "Não foi possível aceitar este extrato bancário.",
        action: "Envie o extrato original que você baixou do seu banco e tente novamente.",
      },
      "bank-statement-new-product": {
        message: "Ainda não é possível ler extratos deste tipo de conta.",
        action: "Escolha outra conta ou outra forma de continuar.",
      },
      "bank-statement-not-supported": {
        message: "Este extrato não corresponde ao banco que você escolheu.",
        action: "Verifique se você escolheu o banco certo e envie o extrato novamente.",
      },
      "authorization-failed": {
        message: "Seu banco não concluiu a autorização.",
        action: "Conecte seu banco novamente e aprove a solicitação no seu banco.",
      },
    },
    "basiq.error_code": {
      "check-balance-insufficient-funds": {
        message: "Não há saldo suficiente na sua conta para este pagamento.",
        action: "Adicione dinheiro à sua conta ou use outra conta bancária.",
      },
    },
  },
};
