// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/stitch/es: the end-user words ("es") for endUserText of bankcodes/stitch: each
 * category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "es",
  categories: {
    account_unavailable: {
      message: "Esta cuenta no se puede usar.",
      action: "Elija otra cuenta o comuníquese con su banco.",
    },
    institution_unavailable: {
      message: "Su banco no responde en este momento.",
      action: "Vuelva a intentarlo en un momento.",
    },
    session_expired: { message: "Su sesión ha expirado.", action: "Vuelva a empezar." },
    cancelled: { message: "La conexión se canceló.", action: "Vuelva a empezar cuando lo desee." },
    rejected: {
      message: "Su banco rechazó la solicitud.",
      action: "Comuníquese con su banco para obtener más información.",
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
    "stitch.payment_request_state": {
      PaymentInitiationRequestCancelled: {
        message: "El pago fue cancelado.",
        action: "Inicie el pago de nuevo si todavía desea pagar.",
      },
      PaymentInitiationRequestExpired: {
        message: "La solicitud de pago caducó antes de pagarse.",
        action: "Inicie el pago de nuevo si todavía desea pagar.",
      },
    },
    "stitch.payment_confirmation_status": {
      PaymentUnsettled: {
        message: "Su pago aún no se ha recibido.",
        action: "Si el dinero salió de su cuenta, contáctenos.",
      },
    },
    "stitch.payment_initiation_status": {
      PaymentInitiationCancelled: {
        message: "El pago fue cancelado.",
        action: "Inicie el pago de nuevo si todavía desea pagar.",
      },
      PaymentInitiationExpired: {
        message: "La solicitud de pago caducó antes de pagarse.",
        action: "Inicie el pago de nuevo si todavía desea pagar.",
      },
    },
  },
};
