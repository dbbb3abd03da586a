import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { CommonMessages } from './sv.ts';

export const ar: CatalogueOf<CommonMessages> = {
  loading: 'جارٍ التحميل …',
  errorNetworkTitle: 'لا يوجد اتصال',
  errorNetworkBody: 'تعذّر جلب المعلومات. تحقّق من اتصالك بالإنترنت وحاول مرة أخرى.',
  errorUnreachableTitle: 'تعذّر الوصول إلى الخادم',
  errorUnreachableBody: 'تعذّر الوصول إلى الخادم الذي يحتوي على هذه المعلومات. حاول مرة أخرى لاحقًا.',
  errorTimeoutTitle: 'استغرق الأمر وقتًا طويلًا',
  errorTimeoutBody: 'لم يستجب الخادم في الوقت المحدد. حاول مرة أخرى بعد قليل.',
  errorHttpTitle: 'حدث خطأ في الخادم',
  errorHttpBody: ({ status }) => `ردّ الخادم برمز الخطأ ${status}. حاول مرة أخرى لاحقًا.`,
  errorInvalidTitle: 'تعذّرت قراءة المعلومات',
  errorInvalidBody:
    'المعلومات التي وصلت بتنسيق غير صحيح. إذا استمرت المشكلة، تواصل مع المسؤول عن هذا الموقع.',
  misconfiguredTitle: 'هذا الجزء من الصفحة غير مُعَدّ بشكل صحيح',
  misconfiguredBody: 'يُرجى التواصل مع المسؤول عن هذا الموقع.',
  retry: 'حاول مرة أخرى',
  tryAgainLater: 'حاول مرة أخرى لاحقًا.',

  close: 'إغلاق',
  cancel: 'إلغاء',
  required: 'إلزامي',
  optional: 'اختياري',
  opensInNewWindow: 'يُفتح في نافذة جديدة',
};
