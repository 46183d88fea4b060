// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/berlingroup/ar: the end-user words ("ar") for endUserText of bankcodes/berlingroup:
 * each category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "ar",
  categories: {
    mfa_failed: {
      message: "لم يتم قبول رمز التحقق أو الإجابة.",
      action: "تحقق مما أدخلته وحاول مرة أخرى.",
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
    account_unavailable: {
      message: "لا يمكن استخدام هذا الحساب.",
      action: "اختر حساباً آخر، أو تواصل مع بنكك.",
    },
    session_expired: { message: "انتهت صلاحية جلستك.", action: "يرجى البدء من جديد." },
    cancelled: { message: "تم إلغاء الاتصال.", action: "يمكنك البدء من جديد في أي وقت." },
    rejected: { message: "رفض بنكك الطلب.", action: "تواصل مع بنكك لمعرفة التفاصيل." },
    rate_limited: {
      message: "هناك عدد كبير جداً من الطلبات حالياً.",
      action: "يرجى المحاولة مرة أخرى بعد بضع دقائق.",
    },
    integration_error: { message: "حدث خطأ من جهتنا.", action: "يرجى التواصل مع فريق الدعم." },
    unknown: {
      message: "حدث أمر غير متوقع.",
      action: "يرجى المحاولة مرة أخرى، أو التواصل مع فريق الدعم.",
    },
  },
  codes: {
    "berlingroup.message_code": {
      FUNDS_NOT_AVAILABLE: {
        message: "لم يكن هناك رصيد أو حد دفع كافٍ متاح لهذه الدفعة.",
        action: "أضف أموالاً إلى حسابك أو ارفع حد الدفع فيه، ثم أعد إجراء الدفعة.",
      },
    },
  },
};
