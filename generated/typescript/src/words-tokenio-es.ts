// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/tokenio/es: the end-user words ("es") for endUserText of bankcodes/tokenio: each
 * category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "es",
  categories: {
    mfa_required: {
      message: "Su banco necesita confirmar su identidad.",
      action: "Ingrese el código o responda la pregunta que le envió su banco.",
    },
    reconnect_required: {
      message: "La conexión con su banco finalizó.",
      action: "Vuelva a conectar su cuenta bancaria para continuar.",
    },
    user_action_required: {
      message: "Necesitamos un poco más de información de su parte para continuar.",
      action: "Siga las instrucciones en pantalla.",
    },
    institution_unavailable: {
      message: "Su banco no responde en este momento.",
      action: "Vuelva a intentarlo en un momento.",
    },
    institution_not_supported: {
      message: "Este banco no es compatible.",
      action: "Elija otro banco u otra forma de continuar.",
    },
    session_expired: { message: "Su sesión ha expirado.", action: "Vuelva a empezar." },
    concurrent_operation: {
      message: "Otra solicitud para esta cuenta aún está en curso.",
      action: "Espere un momento y luego vuelva a intentarlo.",
    },
    cancelled: { message: "La conexión se canceló.", action: "Vuelva a empezar cuando lo desee." },
    rejected: {
      message: "Su banco rechazó la solicitud.",
      action: "Comuníquese con su banco para obtener más información.",
    },
    rate_limited: {
      message: "Hay demasiadas solicitudes en este momento.",
      action: "Vuelva a intentarlo en unos minutos.",
    },
    integration_error: {
      message: "Se produjo un error de nuestra parte.",
      action: "Comuníquese con el servicio de asistencia.",
    },
    generic_failure: { message: "Se produjo un error.", action: "Vuelva a intentarlo." },
    unknown: {
      message: "Ocurrió un problema inesperado.",
      action: "Vuelva a intentarlo o comuníquese con el servicio de asistencia.",
    },
  },
  codes: {},
};
