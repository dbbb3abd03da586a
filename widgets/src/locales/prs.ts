import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { CommonMessages } from './sv.ts';

/** Dari: Persian as written in Afghanistan (its own words: کوشش، معلومات، انترنت، کلکین). */
export const prs: CatalogueOf<CommonMessages> = {
  loading: 'در حال بارگیری …',
  errorNetworkTitle: 'اتصال وجود ندارد',
  errorNetworkBody: 'معلومات گرفته نشد. اتصال انترنت خود را بررسی کنید و دوباره کوشش کنید.',
  errorUnreachableTitle: 'به سرور دسترسی پیدا نشد',
  errorUnreachableBody:
    'به سروری که این معلومات را دارد دسترسی پیدا نشد. لطفاً بعداً دوباره کوشش کنید.',
  errorTimeoutTitle: 'وقت زیاد گرفت',
  errorTimeoutBody: 'سرور به وقت جواب نداد. لطفاً کمی بعد دوباره کوشش کنید.',
  errorHttpTitle: 'در سرور مشکلی پیش آمد',
  errorHttpBody: ({ status }) => `سرور با کود خطای ${status} جواب داد. لطفاً بعداً دوباره کوشش کنید.`,
  errorInvalidTitle: 'معلومات خوانده نشد',
  errorInvalidBody:
    'شکل معلوماتی که رسید درست نیست. اگر مشکل ادامه یافت، با مسئول این ویب‌سایت به تماس شوید.',
  misconfiguredTitle: 'این بخش صفحه درست تنظیم نشده است',
  misconfiguredBody: 'لطفاً با مسئول این ویب‌سایت به تماس شوید.',
  retry: 'دوباره کوشش کنید',
  tryAgainLater: 'لطفاً بعداً دوباره کوشش کنید.',

  close: 'بستن',
  cancel: 'لغو',
  required: 'ضروری',
  optional: 'اختیاری',
  opensInNewWindow: 'در یک کلکین نو باز می‌شود',
};
