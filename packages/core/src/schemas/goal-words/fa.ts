import type { CatalogueOf } from '../../i18n/catalogue.ts';
import { goalMessage } from './goal-message.ts';
import type { GoalWords } from './sv.ts';

export const goalNameFa: GoalWords['goalName'] = /* @__PURE__ */ goalMessage({
  network: 'شبکهٔ حرفه‌ای',
  cv: 'رزومه',
  interview: 'مصاحبهٔ کاری',
  'workplace-culture': 'فرهنگ محیط کار',
  'language-practice': 'تمرین زبان',
  'degree-validation': 'ارزیابی مدرک تحصیلی',
});

export const goalAskedFa: GoalWords['goalAsked'] = /* @__PURE__ */ goalMessage({
  network: 'آشنایی‌ها و شبکه ارتباطی',
  cv: 'رزومه من',
  interview: 'آمادگی برای مصاحبه کاری',
  'workplace-culture': 'روال کار در یک محل کار سوئدی',
  'language-practice': 'تمرین زبان سوئدی',
  'degree-validation': 'ارزیابی مدرک تحصیلی خارجی من',
});

export const goalOfferedFa: GoalWords['goalOffered'] = /* @__PURE__ */ goalMessage({
  network: 'آشنایی‌ها و شبکه ارتباطی',
  cv: 'نوشتن رزومه',
  interview: 'آمادگی برای مصاحبه استخدامی',
  'workplace-culture': 'روال کار در یک محل کار سوئدی',
  'language-practice': 'تمرین زبان سوئدی',
  'degree-validation': 'ارزیابی مدرک تحصیلی خارجی',
});

export const goalWordsFa: CatalogueOf<GoalWords> = {
  goalName: goalNameFa,
  goalAsked: goalAskedFa,
  goalOffered: goalOfferedFa,
};
