// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/belvo/ar: the end-user words ("ar") for endUserText of bankcodes/belvo: each
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
    credentials_invalid: {
      message: "لم يقبل بنكك بيانات تسجيل الدخول.",
      action: "تحقق من اسم المستخدم وكلمة المرور، ثم حاول مرة أخرى.",
    },
    reconnect_required: {
      message: "انتهى الاتصال ببنكك.",
      action: "اربط حسابك البنكي مرة أخرى للمتابعة.",
    },
    action_required_at_institution: {
      message: "يطلب منك بنكك اتخاذ إجراء في خدماتك المصرفية عبر الإنترنت أولاً.",
      action: "سجّل الدخول إلى تطبيق بنكك أو موقعه الإلكتروني، واتبع تعليماته، ثم حاول مرة أخرى.",
    },
    user_action_required: {
      message: "نحتاج إلى بعض المعلومات الإضافية منك للمتابعة.",
      action: "اتبع التعليمات الظاهرة على الشاشة.",
    },
    account_unavailable: {
      message: "لا يمكن استخدام هذا الحساب.",
      action: "اختر حساباً آخر، أو تواصل مع بنكك.",
    },
    institution_unavailable: {
      message: "لا يستجيب بنكك في الوقت الحالي.",
      action: "يرجى المحاولة مرة أخرى بعد قليل.",
    },
    session_expired: { message: "انتهت صلاحية جلستك.", action: "يرجى البدء من جديد." },
    concurrent_operation: {
      message: "لا يزال طلب آخر لهذا الحساب قيد التنفيذ.",
      action: "انتظر قليلاً، ثم حاول مرة أخرى.",
    },
    cancelled: { message: "تم إلغاء الاتصال.", action: "يمكنك البدء من جديد في أي وقت." },
    rejected: { message: "رفض بنكك الطلب.", action: "تواصل مع بنكك لمعرفة التفاصيل." },
    integration_error: { message: "حدث خطأ من جهتنا.", action: "يرجى التواصل مع فريق الدعم." },
    generic_failure: { message: "حدث خطأ ما.", action: "يرجى المحاولة مرة أخرى." },
    unknown: {
      message: "حدث أمر غير متوقع.",
      action: "يرجى المحاولة مرة أخرى، أو التواصل مع فريق الدعم.",
    },
  },
  codes: {},
};
