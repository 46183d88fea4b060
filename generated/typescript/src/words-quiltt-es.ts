// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/quiltt/es: the end-user words ("es") for endUserText of bankcodes/quiltt: each
 * category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "es",
  categories: {
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
    cancelled: { message: "La conexión se canceló.", action: "Vuelva a empezar cuando lo desee." },
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
