// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/fintoc/pt: the end-user words ("pt") for endUserText of bankcodes/fintoc: each
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
    "fintoc.payment_error_reason": {
      bank_account_locked: {
        message: "Seu banco bloqueou as transferências desta conta.",
        action: "Entre em contato com seu banco para desbloquear as transferências ou pague com outra conta.",
      },
      amount_limit_reached: {
        message: "O valor ultrapassa o limite que seu banco permite para esta transferência.",
        action: "Pague um valor menor, use outra conta ou peça ao seu banco para aumentar o limite e tente novamente.",
      },
      insufficient_funds: {
        message: "Sua conta não tem saldo suficiente para este pagamento.",
        action: "Adicione saldo à sua conta ou pague com outra conta e tente novamente.",
      },
      maximum_amount_error: {
        message: "O valor ultrapassa o limite que seu banco permite para esta transferência.",
        action: "Pague um valor menor, use outra conta ou peça ao seu banco para aumentar o limite e tente novamente.",
      },
      mfa_authorization_timeout: {
        message: "O pagamento não foi aprovado a tempo com o método de verificação do seu banco.",
        action: "Inicie o pagamento novamente e aprove-o quando seu banco solicitar.",
      },
      new_contact_amount_limit_reached: {
        message: "Seu banco limita as transferências para um novo destinatário, e este pagamento ultrapassa esse limite.",
        action: "Tente novamente mais tarde, pague com outra conta ou consulte seu banco sobre os limites para novos destinatários.",
      },
      new_contact_transfer_number_limit_reached: {
        message: "Seu banco limita as transferências para um novo destinatário, e este pagamento ultrapassa esse limite.",
        action: "Tente novamente mais tarde, pague com outra conta ou consulte seu banco sobre os limites para novos destinatários.",
      },
      unresolved_final_status: {
        message: "Seu banco não confirmou se este pagamento foi concluído.",
        action: "Confira na sua conta bancária se o dinheiro saiu dela e entre em contato com o suporte.",
      },
    },
  },
};
