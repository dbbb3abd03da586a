import { plural } from '@mentorkit/core/i18n';
import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { glossarySv } from './sv.ts';

export const glossaryFa: CatalogueOf<typeof glossarySv> = {
  glossaryTitle: 'واژه‌های زندگی کاری در سوئد',
  glossaryIntro:
    'یک واژه از محیط کار را جستجو کنید. توضیح آن را به سوئدی ساده و به زبان خودتان می‌بینید.',
  glossarySearchLabel: 'جستجوی یک واژه',
  glossarySearchHint: 'واژه را همان‌طور که دیده‌اید بنویسید، مثلاً «kollektivavtalet».',
  glossaryResults: ({ count }) =>
    plural('fa', count, { one: `${count} واژه پیدا شد`, other: `${count} واژه پیدا شد` }),
  glossaryNoResults: ({ query }) =>
    `برای «${query}» واژه‌ای پیدا نشد. املا را بررسی کنید یا واژهٔ دیگری جستجو کنید.`,
  glossaryTermMissing: 'این واژه در واژه‌نامه نیست. واژهٔ دیگری جستجو کنید.',
  glossaryPlainSwedish: 'به سوئدی ساده',
  glossaryEnglish: 'به انگلیسی',
  glossaryReaderLanguage: 'به زبان شما',
  glossaryMachine: 'ترجمه با کمک ماشین، هنوز کسی آن را بازبینی نکرده است.',
  glossaryReviewed: 'این ترجمه را یک انسان بازبینی کرده است.',
  glossaryExample: 'مثال',
  glossaryRelated: 'واژه‌های مرتبط',
  glossarySource: 'اطلاعات بیشتر در منبع',
  glossaryChecked: ({ date }) => `توضیح در ${date} با منبع بررسی شد.`,
  glossaryNotChecked: 'توضیح هنوز با منبع بررسی نشده است.',
};
