import type { CatalogueOf } from '../../i18n/catalogue.ts';
import { goalMessage } from './goal-message.ts';
import type { GoalWords } from './sv.ts';

export const goalNameSo: GoalWords['goalName'] = /* @__PURE__ */ goalMessage({
  network: 'Shabakad xirfadeed',
  cv: 'CV (taariikh nololeed)',
  interview: 'Wareysiyada shaqada',
  'workplace-culture': 'Dhaqanka goobta shaqada',
  'language-practice': 'Ku tababarka luqadda',
  'degree-validation': 'Aqoonsiga shahaadooyinka',
});

export const goalAskedSo: GoalWords['goalAsked'] = /* @__PURE__ */ goalMessage({
  network: 'Xiriirro iyo shabakad',
  cv: 'CV-gayga',
  interview: 'U diyaargaroowga wareysiga shaqada',
  'workplace-culture': 'Sida wax uga socdaan goob shaqo oo Iswiidhish ah',
  'language-practice': 'Ku tababarka iswiidhishka',
  'degree-validation': 'In la qiimeeyo waxbarashadayda dibadda',
});

export const goalOfferedSo: GoalWords['goalOffered'] = /* @__PURE__ */ goalMessage({
  network: 'Xiriirro iyo shabakad',
  cv: 'Qorista CV',
  interview: 'U diyaargarowga wareysiga shaqada',
  'workplace-culture': 'Sida goob shaqo oo Iswiidhish ah u shaqeyso',
  'language-practice': 'Ku celcelinta luqadda Iswiidhishka',
  'degree-validation': 'Qiimeynta shahaado dibadda laga helay',
});

export const goalWordsSo: CatalogueOf<GoalWords> = {
  goalName: goalNameSo,
  goalAsked: goalAskedSo,
  goalOffered: goalOfferedSo,
};
