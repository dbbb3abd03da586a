import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { CommonMessages } from './sv.ts';

/** Persian as written in Iran. Dari (Afghanistan) has its own catalogue, `prs.ts`. */
export const fa: CatalogueOf<CommonMessages> = {
  loading: 'در حال بارگذاری …',
  errorNetworkTitle: 'اتصال برقرار نیست',
  errorNetworkBody: 'دریافت اطلاعات ممکن نشد. اتصال اینترنت خود را بررسی کنید و دوباره تلاش کنید.',
  errorUnreachableTitle: 'دسترسی به سرور ممکن نشد',
  errorUnreachableBody:
    'دسترسی به سروری که این اطلاعات را دارد ممکن نشد. لطفاً بعداً دوباره تلاش کنید.',
  errorTimeoutTitle: 'زمان زیادی طول کشید',
  errorTimeoutBody: 'سرور به‌موقع پاسخ نداد. لطفاً کمی بعد دوباره تلاش کنید.',
  errorHttpTitle: 'مشکلی در سرور پیش آمد',
  errorHttpBody: ({ status }) => `سرور با کد خطای ${status} پاسخ داد. لطفاً بعداً دوباره تلاش کنید.`,
  errorInvalidTitle: 'خواندن اطلاعات ممکن نشد',
  errorInvalidBody:
    'قالب اطلاعات دریافت‌شده درست نیست. اگر مشکل ادامه داشت، با مسئول این وب‌سایت تماس بگیرید.',
  misconfiguredTitle: 'این بخش از صفحه درست تنظیم نشده است',
  misconfiguredBody: 'لطفاً با مسئول این وب‌سایت تماس بگیرید.',
  retry: 'تلاش دوباره',
  tryAgainLater: 'لطفاً بعداً دوباره تلاش کنید.',

  close: 'بستن',
  cancel: 'لغو',
  required: 'الزامی',
  optional: 'اختیاری',
  opensInNewWindow: 'در پنجرهٔ جدید باز می‌شود',
};
