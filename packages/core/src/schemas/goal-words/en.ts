import type { CatalogueOf } from '../../i18n/catalogue.ts';
import { goalMessage } from './goal-message.ts';
import type { GoalWords } from './sv.ts';

export const goalNameEn: GoalWords['goalName'] = /* @__PURE__ */ goalMessage({
  network: 'Professional network',
  cv: 'CV',
  interview: 'Job interviews',
  'workplace-culture': 'Workplace culture',
  'language-practice': 'Language practice',
  'degree-validation': 'Recognition of qualifications',
});

export const goalAskedEn: GoalWords['goalAsked'] = /* @__PURE__ */ goalMessage({
  network: 'Contacts and a network',
  cv: 'My CV',
  interview: 'Preparing for a job interview',
  'workplace-culture': 'How things work at a Swedish workplace',
  'language-practice': 'Practising Swedish',
  'degree-validation': 'Getting my foreign education assessed',
});

export const goalOfferedEn: GoalWords['goalOffered'] = /* @__PURE__ */ goalMessage({
  network: 'Contacts and a network',
  cv: 'Writing a CV',
  interview: 'Preparing for a job interview',
  'workplace-culture': 'How a Swedish workplace works',
  'language-practice': 'Practising Swedish',
  'degree-validation': 'Getting a foreign degree assessed',
});

export const goalWordsEn: CatalogueOf<GoalWords> = {
  goalName: goalNameEn,
  goalAsked: goalAskedEn,
  goalOffered: goalOfferedEn,
};
