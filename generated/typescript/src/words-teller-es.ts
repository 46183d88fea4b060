// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/teller/es: the end-user words ("es") for endUserText of bankcodes/teller: each
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
    action_required_at_institution: {
      message: "Su banco necesita que primero realice una acción en su banca en línea.",
      action: "Inicie sesión en la aplicación o el sitio web de su banco, siga sus instrucciones y luego vuelva a intentarlo.",
    },
    account_unavailable: {
      message: "Esta cuenta no se puede usar.",
      action: "Elija otra cuenta o comuníquese con su banco.",
    },
    institution_unavailable: {
      message: "Su banco no responde en este momento.",
      action: "Vuelva a intentarlo en un momento.",
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
