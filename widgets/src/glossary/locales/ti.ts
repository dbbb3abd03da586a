import { plural } from '@mentorkit/core/i18n';
import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { glossarySv } from './sv.ts';

export const glossaryTi: CatalogueOf<typeof glossarySv> = {
  glossaryTitle: 'ቃላት ናይ ስራሕ ህይወት ኣብ ሽወደን',
  glossaryIntro: 'ካብ ስራሕ ዝመጸ ቃል ድለ። ብቀሊል ሽወደንኛን ብቋንቋኻን መብርሂ ትረክብ።',
  glossarySearchLabel: 'ቃል ድለ',
  glossarySearchHint: 'ነቲ ቃል ከምዝረኣኻዮ ጽሓፎ፣ ንኣብነት “kollektivavtalet”።',
  glossaryResults: ({ count }) =>
    plural('ti', count, { one: `${count} ቃል ተረኺቡ`, other: `${count} ቃላት ተረኺቦም` }),
  glossaryNoResults: ({ query }) => `ን“${query}” ዝኸውን ቃል ኣይተረኽበን። ኣጻሕፋ ኣረጋግጽ ወይ ካልእ ቃል ድለ።`,
  glossaryTermMissing: 'እዚ ቃል ኣብ መዝገበ-ቃላት የለን። ካልእ ቃል ድለ።',
  glossaryPlainSwedish: 'ብቀሊል ሽወደንኛ',
  glossaryEnglish: 'ብእንግሊዝኛ',
  glossaryReaderLanguage: 'ብቋንቋኻ',
  glossaryMachine: 'ብማሽን ዝተሓገዘ ትርጉም፣ ገና ብሰብ ኣይተመርመረን።',
  glossaryReviewed: 'እዚ ትርጉም ብሰብ ተመርሚሩ እዩ።',
  glossaryExample: 'ኣብነት',
  glossaryRelated: 'ተዛመድቲ ቃላት',
  glossarySource: 'ካብቲ ምንጪ ተወሳኺ ኣንብብ',
  glossaryChecked: ({ date }) => `እቲ መግለጺ ብ ${date} ምስ ምንጩ ተረጋጊጹ።`,
  glossaryNotChecked: 'እቲ መግለጺ ገና ምስ ምንጩ ኣይተረጋገጸን።',
};
