// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/setu/ar: the end-user words ("ar") for endUserText of bankcodes/setu: each category's,
 * and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "ar",
  categories: {
    reconnect_required: {
      message: "انتهى الاتصال ببنكك.",
      action: "اربط حسابك البنكي مرة أخرى للمتابعة.",
    },
    account_unavailable: {
      message: "لا يمكن استخدام هذا الحساب.",
      action: "اختر حساباً آخر، أو تواصل مع بنكك.",
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
  codes: {
    "setu.consent_status": {
      PAUSED: {
        message: "لقد أوقفت مؤقتاً موافقتك على مشاركة بيانات حسابك.",
        action: "أعد تفعيلها في تطبيق مجمِّع الحسابات للمتابعة.",
      },
      REVOKED: {
        message: "تم إلغاء موافقتك على مشاركة بيانات حسابك.",
        action: "امنح موافقتك مرة أخرى للمتابعة.",
      },
      EXPIRED: {
        message: "انتهت صلاحية موافقتك على مشاركة بيانات حسابك.",
        action: "امنح موافقتك مرة أخرى للمتابعة.",
      },
      REJECTED: {
        message: "لقد رفضت طلب مشاركة بيانات حسابك.",
        action: "إذا غيّرت رأيك، فابدأ من جديد ووافق على الطلب.",
      },
    },
    "setu.notification_error_code": {
      UserRejected: {
        message: "لقد رفضت طلب مشاركة بيانات حسابك.",
        action: "إذا غيّرت رأيك، فابدأ من جديد ووافق على الطلب.",
      },
      NoFIPAccountsDiscovered: {
        message: "تعذّر العثور على حساباتك لدى البنوك التي اخترتها.",
        action: "تحقق من أنك أدخلت رقم الجوال المسجل لدى بنكك، أو اختر بنكاً آخر.",
      },
      InvalidConsentStatus: {
        message: "انتهت صلاحية موافقتك على مشاركة بيانات حسابك.",
        action: "امنح موافقتك مرة أخرى للمتابعة.",
      },
      ConsentRevoked: {
        message: "تم إلغاء موافقتك على مشاركة بيانات حسابك.",
        action: "امنح موافقتك مرة أخرى للمتابعة.",
      },
      UpstreamServerDown: {
        message: "لا تستجيب الخدمة التي تتصل ببنكك في الوقت الحالي.",
        action: "يرجى المحاولة مرة أخرى بعد قليل.",
      },
    },
    "setu.consent_error_reason": {
      reject_not_understand: {
        message: "لقد رفضت طلب مشاركة بيانات حسابك.",
        action: "إذا غيّرت رأيك، فابدأ من جديد ووافق على الطلب.",
      },
      reject_not_want_to_share: {
        message: "لقد رفضت طلب مشاركة بيانات حسابك.",
        action: "إذا غيّرت رأيك، فابدأ من جديد ووافق على الطلب.",
      },
      reject_accounts_not_found: {
        message: "تعذّر العثور على حساباتك لدى البنوك التي اخترتها.",
        action: "تحقق من أنك أدخلت رقم الجوال المسجل لدى بنكك، أو اختر بنكاً آخر.",
      },
      reject_other: {
        message: "لقد رفضت طلب مشاركة بيانات حسابك.",
        action: "إذا غيّرت رأيك، فابدأ من جديد ووافق على الطلب.",
      },
      no_fip_accounts_found: {
        message: "تعذّر العثور على حساباتك لدى البنوك التي اخترتها.",
        action: "تحقق من أنك أدخلت رقم الجوال المسجل لدى بنكك، أو اختر بنكاً آخر.",
      },
    },
    "setu.redirect_error_code": {
      "1": {
        message: "لقد رفضت طلب مشاركة بيانات حسابك.",
        action: "إذا غيّرت رأيك، فابدأ من جديد ووافق على الطلب.",
      },
    },
  },
};
