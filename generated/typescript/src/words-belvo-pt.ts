// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/belvo/pt: the end-user words ("pt") for endUserText of bankcodes/belvo: each
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
    "belvo.error_code": {
      unexpected_error: {
        message: "Ocorreu um erro ao vincular sua conta. Tente novamente e, se o problema persistir, o corrigiremos o mais breve possível",
        action: "Tente novamente.",
        messageBy: "provider",
      },
      institution_down: {
        message: "Esta instituição está temporariamente inacessível. Tente novamente mais tarde e poderemos processar sua solicitação",
        action: "Tente novamente daqui a pouco.",
        messageBy: "provider",
      },
      institution_unavailable: {
        message: "O serviço está temporariamente inacessível. Tente novamente mais tarde e poderemos processar sua solicitação",
        action: "Tente novamente daqui a pouco.",
        messageBy: "provider",
      },
      session_expired: {
        message: "A sessão com essa instituição expirou. Por favor, digite suas credenciais novamente",
        action: "Comece de novo.",
        messageBy: "provider",
      },
      session_expired_ob: {
        message: "Sua sessão expirou, atualize a página e tente vincular sua conta novamente.",
        action: "Comece de novo.",
        messageBy: "provider",
      },
      too_many_sessions: {
        message: "Parece que já existe uma sessão aberta nesta instituição com seu usuário. Esta instituição permite apenas uma sessão aberta por vez",
        action: "Aguarde um momento e tente novamente.",
        messageBy: "provider",
      },
      request_timeout: {
        message: "O tempo de resposta está demorando mais do que o normal e a conexão não pode ser estabelecida. Por favor, tente novamente em alguns minutos.",
        action: "Tente novamente.",
        messageBy: "provider",
      },
    },
  },
};
