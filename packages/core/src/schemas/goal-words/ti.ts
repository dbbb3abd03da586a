import type { CatalogueOf } from '../../i18n/catalogue.ts';
import { goalMessage } from './goal-message.ts';
import type { GoalWords } from './sv.ts';

export const goalNameTi: GoalWords['goalName'] = /* @__PURE__ */ goalMessage({
  network: 'ሞያዊ መርበብ',
  cv: 'ታሪኽ ህይወት (CV)',
  interview: 'ቃለ-መሕትት ስራሕ',
  'workplace-culture': 'ባህሊ ቦታ ስራሕ',
  'language-practice': 'ልምምድ ቋንቋ',
  'degree-validation': 'ምርግጋጽ ትምህርቲ',
});

export const goalAskedTi: GoalWords['goalAsked'] = /* @__PURE__ */ goalMessage({
  network: 'ርክባትን መርበብን',
  cv: 'ናተይ ሲቪ',
  interview: 'ንቓለ መሕትት ስራሕ ምድላው',
  'workplace-culture': 'ኣብ ሽወደናዊ ቦታ ስራሕ ነገራት ከመይ ከም ዝሰርሑ',
  'language-practice': 'ሽወደንኛ ምልምማድ',
  'degree-validation': 'ወጻኢ ትምህርተይ ከም ዝግምገም ምግባር',
});

export const goalOfferedTi: GoalWords['goalOffered'] = /* @__PURE__ */ goalMessage({
  network: 'ርክባትን መርበብን',
  cv: 'ሲቪ ምጽሓፍ',
  interview: 'ንቃለ-መሕትት ስራሕ ምድላው',
  'workplace-culture': 'ኣብ ሽወደናዊ ቦታ ስራሕ ነገራት ብኸመይ ከም ዝኸዱ',
  'language-practice': 'ሽወደንኛ ምልማድ',
  'degree-validation': 'ወጻኢ ትምህርቲ ምግምጋም',
});

export const goalWordsTi: CatalogueOf<GoalWords> = {
  goalName: goalNameTi,
  goalAsked: goalAskedTi,
  goalOffered: goalOfferedTi,
};
