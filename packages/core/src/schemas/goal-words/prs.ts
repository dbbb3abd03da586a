import type { CatalogueOf } from '../../i18n/catalogue.ts';
import { goalMessage } from './goal-message.ts';
import type { GoalWords } from './sv.ts';

export const goalNamePrs: GoalWords['goalName'] = /* @__PURE__ */ goalMessage({
  network: 'شبکهٔ مسلکی',
  cv: 'خلص سوانح',
  interview: 'مصاحبهٔ کاری',
  'workplace-culture': 'فرهنگ محل کار',
  'language-practice': 'تمرین زبان',
  'degree-validation': 'تأیید اسناد تحصیلی',
});

export const goalAskedPrs: GoalWords['goalAsked'] = /* @__PURE__ */ goalMessage({
  network: 'آشنایی‌ها و شبکه',
  cv: 'سی‌وی من',
  interview: 'آمادگی برای مصاحبه کاری',
  'workplace-culture': 'روال کار در یک محل کار سوئدی',
  'language-practice': 'تمرین زبان سوئدی',
  'degree-validation': 'ارزیابی مدرک تحصیلی خارجی من',
});

export const goalOfferedPrs: GoalWords['goalOffered'] = /* @__PURE__ */ goalMessage({
  network: 'آشنایی‌ها و شبکه',
  cv: 'نوشتن سی‌وی',
  interview: 'آمادگی برای مصاحبهٔ کاری',
  'workplace-culture': 'کار در یک محل کار سویدنی چطور است',
  'language-practice': 'تمرین زبان سویدنی',
  'degree-validation': 'ارزیابی سند تحصیلی خارجی',
});

export const goalWordsPrs: CatalogueOf<GoalWords> = {
  goalName: goalNamePrs,
  goalAsked: goalAskedPrs,
  goalOffered: goalOfferedPrs,
};
