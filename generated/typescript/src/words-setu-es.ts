// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/setu/es: the end-user words ("es") for endUserText of bankcodes/setu: each category's,
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
    session_expired: { message: "Su sesión ha expirado.", action: "Vuelva a empezar." },
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
  codes: {
    "setu.consent_status": {
      PAUSED: {
        message: "Usted pausó su consentimiento para compartir los datos de su cuenta.",
        action: "Reactívelo en la aplicación de su agregador de cuentas para continuar.",
      },
      REVOKED: {
        message: "Se revocó su consentimiento para compartir los datos de su cuenta.",
        action: "Otorgue su consentimiento de nuevo para continuar.",
      },
      EXPIRED: {
        message: "Su consentimiento para compartir los datos de su cuenta expiró.",
        action: "Otorgue su consentimiento de nuevo para continuar.",
      },
      REJECTED: {
        message: "Usted rechazó la solicitud para compartir los datos de su cuenta.",
        action: "Si cambia de opinión, vuelva a empezar y apruebe la solicitud.",
      },
    },
    "setu.notification_error_code": {
      UserRejected: {
        message: "Usted rechazó la solicitud para compartir los datos de su cuenta.",
        action: "Si cambia de opinión, vuelva a empezar y apruebe la solicitud.",
      },
      NoFIPAccountsDiscovered: {
        message: "No se encontraron sus cuentas en los bancos que eligió.",
        action: "Verifique que ingresó el número de celular registrado en su banco, o elija otro banco.",
      },
      InvalidConsentStatus: {
        message: "Su consentimiento para compartir los datos de su cuenta expiró.",
        action: "Otorgue su consentimiento de nuevo para continuar.",
      },
      ConsentRevoked: {
        message: "Se revocó su consentimiento para compartir los datos de su cuenta.",
        action: "Otorgue su consentimiento de nuevo para continuar.",
      },
      UpstreamServerDown: {
        message: "El servicio que se conecta con su banco no responde en este momento.",
        action: "Vuelva a intentarlo en un momento.",
      },
    },
    "setu.consent_error_reason": {
      reject_not_understand: {
        message: "Usted rechazó la solicitud para compartir los datos de su cuenta.",
        action: "Si cambia de opinión, vuelva a empezar y apruebe la solicitud.",
      },
      reject_not_want_to_share: {
        message: "Usted rechazó la solicitud para compartir los datos de su cuenta.",
        action: "Si cambia de opinión, vuelva a empezar y apruebe la solicitud.",
      },
      reject_accounts_not_found: {
        message: "No se encontraron sus cuentas en los bancos que eligió.",
        action: "Verifique que ingresó el número de celular registrado en su banco, o elija otro banco.",
      },
      reject_other: {
        message: "Usted rechazó la solicitud para compartir los datos de su cuenta.",
        action: "Si cambia de opinión, vuelva a empezar y apruebe la solicitud.",
      },
      no_fip_accounts_found: {
        message: "No se encontraron sus cuentas en los bancos que eligió.",
        action: "Verifique que ingresó el número de celular registrado en su banco, o elija otro banco.",
      },
    },
    "setu.redirect_error_code": {
      "1": {
        message: "Usted rechazó la solicitud para compartir los datos de su cuenta.",
        action: "Si cambia de opinión, vuelva a empezar y apruebe la solicitud.",
      },
    },
  },
};
