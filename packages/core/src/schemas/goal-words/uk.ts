import type { CatalogueOf } from '../../i18n/catalogue.ts';
import { goalMessage } from './goal-message.ts';
import type { GoalWords } from './sv.ts';

export const goalNameUk: GoalWords['goalName'] = /* @__PURE__ */ goalMessage({
  network: 'Професійні контакти',
  cv: 'Резюме',
  interview: 'Співбесіди',
  'workplace-culture': 'Культура на роботі',
  'language-practice': 'Мовна практика',
  'degree-validation': 'Визнання освіти',
});

export const goalAskedUk: GoalWords['goalAsked'] = /* @__PURE__ */ goalMessage({
  network: 'Контакти й мережа знайомств',
  cv: 'Моє резюме',
  interview: 'Підготовка до співбесіди',
  'workplace-culture': 'Як усе влаштовано на шведському робочому місці',
  'language-practice': 'Практика шведської',
  'degree-validation': 'Оцінювання моєї іноземної освіти',
});

export const goalOfferedUk: GoalWords['goalOffered'] = /* @__PURE__ */ goalMessage({
  network: 'Контакти й мережа знайомств',
  cv: 'Написати резюме',
  interview: 'Підготуватися до співбесіди',
  'workplace-culture': 'Як усе влаштовано на шведському робочому місці',
  'language-practice': 'Практикувати шведську',
  'degree-validation': 'Отримати оцінку іноземного диплома',
});

export const goalWordsUk: CatalogueOf<GoalWords> = {
  goalName: goalNameUk,
  goalAsked: goalAskedUk,
  goalOffered: goalOfferedUk,
};
