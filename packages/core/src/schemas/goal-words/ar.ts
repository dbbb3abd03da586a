import type { CatalogueOf } from '../../i18n/catalogue.ts';
import { goalMessage } from './goal-message.ts';
import type { GoalWords } from './sv.ts';

export const goalNameAr: GoalWords['goalName'] = /* @__PURE__ */ goalMessage({
  network: 'شبكة العلاقات المهنية',
  cv: 'السيرة الذاتية',
  interview: 'مقابلات العمل',
  'workplace-culture': 'ثقافة مكان العمل',
  'language-practice': 'التدرّب على اللغة',
  'degree-validation': 'معادلة الشهادات',
});

export const goalAskedAr: GoalWords['goalAsked'] = /* @__PURE__ */ goalMessage({
  network: 'العلاقات وشبكة المعارف',
  cv: 'سيرتي الذاتية',
  interview: 'التحضير لمقابلة عمل',
  'workplace-culture': 'كيف تسير الأمور في مكان عمل سويدي',
  'language-practice': 'التدرّب على السويدية',
  'degree-validation': 'تقييم شهادتي الأجنبية',
});

export const goalOfferedAr: GoalWords['goalOffered'] = /* @__PURE__ */ goalMessage({
  network: 'العلاقات وشبكة المعارف',
  cv: 'كتابة السيرة الذاتية',
  interview: 'التحضير لمقابلة عمل',
  'workplace-culture': 'كيف تسير الأمور في مكان عمل سويدي',
  'language-practice': 'التدرّب على السويدية',
  'degree-validation': 'تقييم شهادة أجنبية',
});

export const goalWordsAr: CatalogueOf<GoalWords> = {
  goalName: goalNameAr,
  goalAsked: goalAskedAr,
  goalOffered: goalOfferedAr,
};
