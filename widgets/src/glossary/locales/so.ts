import { plural } from '@mentorkit/core/i18n';
import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { glossarySv } from './sv.ts';

export const glossarySo: CatalogueOf<typeof glossarySv> = {
  glossaryTitle: 'Erayada nolosha shaqada ee Iswiidhan',
  glossaryIntro:
    'Raadi eray shaqada ka yimid. Waxaad helaysaa sharaxaad Iswiidhish fudud ah iyo luqaddaada.',
  glossarySearchLabel: 'Raadi eray',
  glossarySearchHint: 'Qor erayga sidaad u aragtay, tusaale ahaan “kollektivavtalet”.',
  glossaryResults: ({ count }) =>
    plural('so', count, {
      one: `${count} eray ayaa la helay`,
      other: `${count} eray ayaa la helay`,
    }),
  glossaryNoResults: ({ query }) =>
    `Wax eray ah looma helin “${query}”. Hubi higaadda ama raadi eray kale.`,
  glossaryTermMissing: 'Eraygaas kuma jiro qaamuuska. Raadi eray kale.',
  glossaryPlainSwedish: 'Iswiidhish fudud',
  glossaryEnglish: 'Ingiriisi',
  glossaryReaderLanguage: 'Luqaddaada',
  glossaryMachine: 'Turjumaad mashiin lagu caawiyay, weli qof dib uma eegin.',
  glossaryReviewed: 'Turjumaaddan qof ayaa dib u eegay.',
  glossaryExample: 'Tusaale',
  glossaryRelated: 'Erayo la xiriira',
  glossarySource: 'Wax badan ka akhri isha',
  glossaryChecked: ({ date }) => `Sharraxaadda waxaa la barbardhigay isha ${date}.`,
  glossaryNotChecked: 'Sharraxaadda weli lama barbardhigin isha.',
};
