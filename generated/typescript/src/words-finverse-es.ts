// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/finverse/es: the end-user words ("es") for endUserText of bankcodes/finverse: each
 * category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "es",
  categories: {
    credentials_invalid: {
      message: "Su banco no aceptó los datos de inicio de sesión.",
      action: "Revise su nombre de inicio de sesión y su contraseña, y luego vuelva a intentarlo.",
    },
    attempts_exhausted: {
      message: "Ha habido demasiados intentos fallidos.",
      action: "Comuníquese con su banco para desbloquear su acceso.",
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
    cancelled: { message: "La conexión se canceló.", action: "Vuelva a empezar cuando lo desee." },
    generic_failure: { message: "Se produjo un error.", action: "Vuelva a intentarlo." },
    unknown: {
      message: "Ocurrió un problema inesperado.",
      action: "Vuelva a intentarlo o comuníquese con el servicio de asistencia.",
    },
  },
  codes: {},
};
