import { plural } from '@mentorkit/core/i18n';
import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { glossarySv } from './sv.ts';

export const glossaryAr: CatalogueOf<typeof glossarySv> = {
  glossaryTitle: 'كلمات الحياة العملية في السويد',
  glossaryIntro: 'ابحث عن كلمة من العمل. ستجد شرحها بلغة سويدية سهلة وبلغتك.',
  glossarySearchLabel: 'ابحث عن كلمة',
  glossarySearchHint: 'اكتب الكلمة كما رأيتها، مثلًا «kollektivavtalet».',
  glossaryResults: ({ count }) =>
    plural('ar', count, {
      zero: 'لم يُعثر على أي كلمة',
      one: 'عُثر على كلمة واحدة',
      two: 'عُثر على كلمتين',
      few: `عُثر على ${count} كلمات`,
      many: `عُثر على ${count} كلمة`,
      other: `عُثر على ${count} كلمة`,
    }),
  glossaryNoResults: ({ query }) =>
    `لم يُعثر على كلمات لـ «${query}». تحقّق من الإملاء أو ابحث عن كلمة أخرى.`,
  glossaryTermMissing: 'هذه الكلمة ليست في المسرد. ابحث عن كلمة أخرى.',
  glossaryPlainSwedish: 'بالسويدية السهلة',
  glossaryEnglish: 'بالإنجليزية',
  glossaryReaderLanguage: 'بلغتك',
  glossaryMachine: 'ترجمة بمساعدة الآلة، لم يراجعها أحد بعد.',
  glossaryReviewed: 'راجع شخصٌ هذه الترجمة.',
  glossaryExample: 'مثال',
  glossaryRelated: 'كلمات ذات صلة',
  glossarySource: 'اقرأ المزيد في المصدر',
  glossaryChecked: ({ date }) => `تم التحقق من الشرح مقابل المصدر في ${date}.`,
  glossaryNotChecked: 'لم يتم التحقق من الشرح مقابل المصدر بعد.',
};
