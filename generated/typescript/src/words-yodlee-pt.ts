// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/yodlee/pt: the end-user words ("pt") for endUserText of bankcodes/yodlee: each
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
    concurrent_operation: {
      message: "Outra solicitação para esta conta ainda está em andamento.",
      action: "Aguarde um momento e tente novamente.",
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
  codes: {},
};
