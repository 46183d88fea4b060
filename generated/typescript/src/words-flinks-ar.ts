// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/flinks/ar: the end-user words ("ar") for endUserText of bankcodes/flinks: each
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
    mfa_failed: {
      message: "لم يتم قبول رمز التحقق أو الإجابة.",
      action: "تحقق مما أدخلته وحاول مرة أخرى.",
    },
    credentials_invalid: {
      message: "لم يقبل بنكك بيانات تسجيل الدخول.",
      action: "تحقق من اسم المستخدم وكلمة المرور، ثم حاول مرة أخرى.",
    },
    attempts_exhausted: {
      message: "تم إجراء عدد كبير جداً من المحاولات غير الناجحة.",
      action: "تواصل مع بنكك لاستعادة الوصول إلى حسابك.",
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
    institution_unavailable: {
      message: "لا يستجيب بنكك في الوقت الحالي.",
      action: "يرجى المحاولة مرة أخرى بعد قليل.",
    },
    session_expired: { message: "انتهت صلاحية جلستك.", action: "يرجى البدء من جديد." },
    concurrent_operation: {
      message: "لا يزال طلب آخر لهذا الحساب قيد التنفيذ.",
      action: "انتظر قليلاً، ثم حاول مرة أخرى.",
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
  codes: {
    "flinks.api_error_code": {
      INVALID_LOGIN: {
        message: "لم يقبل بنكك بيانات تسجيل الدخول الخاصة بك.",
        action: "تحقق من بيانات تسجيل الدخول وأدخلها مرة أخرى.",
      },
      INVALID_USERNAME: {
        message: "لم يقبل بنكك اسم المستخدم الخاص بك.",
        action: "تحقق من اسم المستخدم وأدخله مرة أخرى.",
      },
      INVALID_PASSWORD: {
        message: "لم يقبل بنكك كلمة المرور الخاصة بك.",
        action: "تحقق من كلمة المرور وأدخلها مرة أخرى.",
      },
      INVALID_SECURITY_RESPONSE: {
        message: "لم يتم قبول إجاباتك عن أسئلة الأمان، ولا يمكن متابعة هذه المحاولة.",
        action: "تحقق من أسئلة الأمان وإجاباتها لدى بنكك.",
      },
      INVALID_SECURITY_RESPONSE_NO_RETRY: {
        message: "لم يتم قبول إجاباتك عن أسئلة الأمان، ولا يمكن متابعة هذه المحاولة.",
        action: "تحقق من أسئلة الأمان وإجاباتها لدى بنكك.",
      },
      RETRY_LATER: {
        message: "تعذّر الاتصال ببنكك في الوقت الحالي.",
        action: "يرجى المحاولة مرة أخرى لاحقاً.",
      },
      DISABLED_LOGIN: { message: "عطّل بنكك هذا الحساب.", action: "تواصل مع بنكك لإعادة تفعيله." },
      NEW_ACCOUNT: {
        message: "يطلب منك بنكك اتخاذ إجراء في خدماتك المصرفية عبر الإنترنت قبل الربط.",
        action: "سجّل الدخول أولاً إلى موقع بنكك الإلكتروني (مثلاً لقبول الشروط)، ثم حاول مرة أخرى.",
      },
      SECURITYRESPONSES_INCOMPLETE: {
        message: "لم تتم الإجابة عن جميع أسئلة الأمان التي طرحها بنكك.",
        action: "أجب عن جميع أسئلة الأمان، ثم تابع.",
      },
    },
    "flinks.connect_error_event": {
      INVALID_USERNAME: {
        message: "لم يقبل بنكك اسم المستخدم الخاص بك.",
        action: "تحقق من اسم المستخدم وأدخله مرة أخرى.",
      },
      INVALID_PASSWORD: {
        message: "لم يقبل بنكك كلمة المرور الخاصة بك.",
        action: "تحقق من كلمة المرور وأدخلها مرة أخرى.",
      },
      INVALID_LOGIN: {
        message: "لم يقبل بنكك بيانات تسجيل الدخول الخاصة بك.",
        action: "تحقق من بيانات تسجيل الدخول وأدخلها مرة أخرى.",
      },
      INVALID_SECURITY_RESPONSE: {
        message: "لم يتم قبول إجابتك عن سؤال الأمان.",
        action: "أجب عن سؤال الأمان مرة أخرى.",
      },
      RETRY_LATER: {
        message: "تعذّر الاتصال ببنكك في الوقت الحالي.",
        action: "يرجى المحاولة مرة أخرى لاحقاً.",
      },
      UNAUTHORIZED: {
        message: "لم يسمح بنكك بالوصول إلى حسابك.",
        action: "سجّل الدخول إلى موقع بنكك الإلكتروني، وأكمل الخطوات المطلوبة، ثم حاول مرة أخرى.",
      },
      NEW_ACCOUNT: {
        message: "يطلب منك بنكك اتخاذ إجراء في خدماتك المصرفية عبر الإنترنت قبل الربط.",
        action: "سجّل الدخول أولاً إلى موقع بنكك الإلكتروني (مثلاً لقبول الشروط)، ثم حاول مرة أخرى.",
      },
      AGGREGATION_ERROR: {
        message: "حدث خطأ أثناء الاتصال ببنكك.",
        action: "يرجى المحاولة مرة أخرى، والتواصل مع فريق الدعم إذا استمرت المشكلة.",
      },
      DISABLED_INSTITUTION: {
        message: "بنكك غير متاح في الوقت الحالي.",
        action: "اختر بنكاً آخر، أو حاول مرة أخرى لاحقاً.",
      },
      DISABLED_LOGIN: { message: "عطّل بنكك هذا الحساب.", action: "تواصل مع بنكك لإعادة تفعيله." },
    },
    "flinks.connect_step_event": {
      DISABLED_INSTITUTION: {
        message: "بنكك غير متاح في الوقت الحالي.",
        action: "اختر بنكاً آخر، أو حاول مرة أخرى لاحقاً.",
      },
    },
  },
};
