// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/saltedge/ar: the end-user words ("ar") for endUserText of bankcodes/saltedge: each
 * category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "ar",
  categories: {
    mfa_required: {
      message: "يحتاج بنكك إلى التحقق من هويتك.",
      action: "أدخل الرمز أو أجب عن السؤال الذي أرسله إليك بنكك.",
    },
    integration_error: { message: "حدث خطأ من جهتنا.", action: "يرجى التواصل مع فريق الدعم." },
    generic_failure: { message: "حدث خطأ ما.", action: "يرجى المحاولة مرة أخرى." },
    unknown: {
      message: "حدث أمر غير متوقع.",
      action: "يرجى المحاولة مرة أخرى، أو التواصل مع فريق الدعم.",
    },
  },
  codes: {},
};
