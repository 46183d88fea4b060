// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/cdr/es: the end-user words ("es") for endUserText of bankcodes/cdr: each category's,
 * and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "es",
  categories: {
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
