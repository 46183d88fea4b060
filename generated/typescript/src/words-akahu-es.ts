// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/akahu/es: the end-user words ("es") for endUserText of bankcodes/akahu: each
 * category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "es",
  categories: {
    mfa_failed: {
      message: "No se aceptó el código de verificación o la respuesta.",
      action: "Revise lo que ingresó y vuelva a intentarlo.",
    },
    credentials_invalid: {
      message: "Su banco no aceptó los datos de inicio de sesión.",
      action: "Revise su nombre de inicio de sesión y su contraseña, y luego vuelva a intentarlo.",
    },
    reconnect_required: {
      message: "La conexión con su banco finalizó.",
      action: "Vuelva a conectar su cuenta bancaria para continuar.",
    },
    account_unavailable: {
      message: "Esta cuenta no se puede usar.",
      action: "Elija otra cuenta o comuníquese con su banco.",
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
