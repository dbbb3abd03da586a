import { plural } from '@mentorkit/core/i18n';
import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { glossarySv } from './sv.ts';

export const glossaryPrs: CatalogueOf<typeof glossarySv> = {
  glossaryTitle: 'کلمه‌های زندگی کاری در سویدن',
  glossaryIntro: 'یک کلمه از کار را جستجو کنید. توضیح آن را به سویدنی ساده و به زبان خود می‌بینید.',
  glossarySearchLabel: 'جستجوی یک کلمه',
  glossarySearchHint: 'کلمه را همان‌طور که دیده‌اید بنویسید، مثلاً «kollektivavtalet».',
  glossaryResults: ({ count }) =>
    plural('prs', count, { one: `${count} کلمه پیدا شد`, other: `${count} کلمه پیدا شد` }),
  glossaryNoResults: ({ query }) =>
    `برای «${query}» کلمه‌ای پیدا نشد. املا را بررسی کنید یا کلمهٔ دیگری جستجو کنید.`,
  glossaryTermMissing: 'این کلمه در لغت‌نامه نیست. کلمهٔ دیگری جستجو کنید.',
  glossaryPlainSwedish: 'به سویدنی ساده',
  glossaryEnglish: 'به انگلیسی',
  glossaryReaderLanguage: 'به زبان شما',
  glossaryMachine: 'ترجمه با کمک ماشین، هنوز کسی آن را بازبینی نکرده است.',
  glossaryReviewed: 'این ترجمه را یک انسان بازبینی کرده است.',
  glossaryExample: 'مثال',
  glossaryRelated: 'کلمه‌های مرتبط',
  glossarySource: 'معلومات بیشتر در منبع',
  glossaryChecked: ({ date }) => `توضیح به تاریخ ${date} با منبع بررسی شد.`,
  glossaryNotChecked: 'توضیح هنوز با منبع بررسی نشده است.',
};
