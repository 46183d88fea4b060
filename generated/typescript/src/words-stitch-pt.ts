// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/stitch/pt: the end-user words ("pt") for endUserText of bankcodes/stitch: each
 * category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "pt",
  categories: {
    account_unavailable: {
      message: "Esta conta não pode ser usada.",
      action: "Escolha outra conta ou entre em contato com seu banco.",
    },
    institution_unavailable: {
      message: "Seu banco não está respondendo no momento.",
      action: "Tente novamente daqui a pouco.",
    },
    session_expired: { message: "Sua sessão expirou.", action: "Comece de novo." },
    cancelled: { message: "A conexão foi cancelada.", action: "Comece de novo quando quiser." },
    rejected: {
      message: "Seu banco recusou a solicitação.",
      action: "Entre em contato com seu banco para saber mais.",
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
    "stitch.payment_request_state": {
      PaymentInitiationRequestCancelled: {
        message: "O pagamento foi cancelado.",
        action: "Inicie o pagamento novamente se ainda quiser pagar.",
      },
      PaymentInitiationRequestExpired: {
        message: "A solicitação de pagamento expirou antes de ser paga.",
        action: "Inicie o pagamento novamente se ainda quiser pagar.",
      },
    },
    "stitch.payment_confirmation_status": {
      PaymentUnsettled: {
        message: "Seu pagamento ainda não foi recebido.",
        action: "Se o dinheiro saiu da sua conta, entre em contato conosco.",
      },
    },
    "stitch.payment_initiation_status": {
      PaymentInitiationCancelled: {
        message: "O pagamento foi cancelado.",
        action: "Inicie o pagamento novamente se ainda quiser pagar.",
      },
      PaymentInitiationExpired: {
        message: "A solicitação de pagamento expirou antes de ser paga.",
        action: "Inicie o pagamento novamente se ainda quiser pagar.",
      },
    },
  },
};
