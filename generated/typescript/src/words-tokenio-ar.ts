// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/tokenio/ar: the end-user words ("ar") for endUserText of bankcodes/tokenio: each
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
    reconnect_required: {
      message: "انتهى الاتصال ببنكك.",
      action: "اربط حسابك البنكي مرة أخرى للمتابعة.",
    },
    user_action_required: {
      message: "نحتاج إلى بعض المعلومات الإضافية منك للمتابعة.",
      action: "اتبع التعليمات الظاهرة على الشاشة.",
    },
    institution_unavailable: {
      message: "لا يستجيب بنكك في الوقت الحالي.",
      action: "يرجى المحاولة مرة أخرى بعد قليل.",
    },
    institution_not_supported: {
      message: "هذا البنك غير مدعوم.",
      action: "اختر بنكاً آخر، أو طريقة أخرى للمتابعة.",
    },
    session_expired: { message: "انتهت صلاحية جلستك.", action: "يرجى البدء من جديد." },
    concurrent_operation: {
      message: "لا يزال طلب آخر لهذا الحساب قيد التنفيذ.",
      action: "انتظر قليلاً، ثم حاول مرة أخرى.",
    },
    cancelled: { message: "تم إلغاء الاتصال.", action: "يمكنك البدء من جديد في أي وقت." },
    rejected: { message: "رفض بنكك الطلب.", action: "تواصل مع بنكك لمعرفة التفاصيل." },
    rate_limited: {
      message: "هناك عدد كبير جداً من الطلبات حالياً.",
      action: "يرجى المحاولة مرة أخرى بعد بضع دقائق.",
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
