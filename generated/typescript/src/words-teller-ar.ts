// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/teller/ar: the end-user words ("ar") for endUserText of bankcodes/teller: each
 * category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "ar",
  categories: {
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
    institution_unavailable: {
      message: "لا يستجيب بنكك في الوقت الحالي.",
      action: "يرجى المحاولة مرة أخرى بعد قليل.",
    },
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
