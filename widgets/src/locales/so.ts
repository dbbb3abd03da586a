import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { CommonMessages } from './sv.ts';

export const so: CatalogueOf<CommonMessages> = {
  loading: 'Waa la soo dejinayaa …',
  errorNetworkTitle: 'Xiriir ma jiro',
  errorNetworkBody:
    'Macluumaadka lama soo helin. Hubi xiriirka internetkaaga oo mar kale isku day.',
  errorUnreachableTitle: 'Server-ka lama gaari karo',
  errorUnreachableBody: 'Server-ka macluumaadkan haya lama gaari karo. Fadlan mar dambe isku day.',
  errorTimeoutTitle: 'Waqti badan ayay qaadatay',
  errorTimeoutBody: 'Server-ku waqtigii kama jawaabin. Fadlan mar kale isku day wax yar kadib.',
  errorHttpTitle: 'Cilad ayaa ka dhacday server-ka',
  errorHttpBody: ({ status }) =>
    `Server-ku wuxuu ku jawaabay koodhka khaladka ${status}. Fadlan mar dambe isku day.`,
  errorInvalidTitle: 'Macluumaadka lama akhrin karo',
  errorInvalidBody:
    "Macluumaadka la helay qaab khaldan ayay ku jiraan. Haddii dhibaatadu sii jirto, la xiriir qofka mas'uulka ka ah boggan.",
  misconfiguredTitle: 'Qaybtan bogga si sax ah looma habayn',
  misconfiguredBody: "Fadlan la xiriir qofka mas'uulka ka ah boggan.",
  retry: 'Mar kale isku day',
  tryAgainLater: 'Fadlan mar dambe isku day.',

  close: 'Xir',
  cancel: 'Jooji',
  required: 'waa qasab',
  optional: 'ikhtiyaari',
  opensInNewWindow: 'wuxuu ka furmayaa daaqad cusub',
};
