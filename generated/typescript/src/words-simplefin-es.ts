// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/simplefin/es: the end-user words ("es") for endUserText of bankcodes/simplefin: each
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
  codes: {
    "simplefin.response_status": {
      "402": {
        message: "Su servicio SimpleFIN necesita un pago antes de poder compartir sus cuentas.",
        action: "Páguelo en el sitio de su servicio SimpleFIN y vuelva a intentarlo.",
      },
    },
  },
};
