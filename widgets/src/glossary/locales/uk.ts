import { plural } from '@mentorkit/core/i18n';
import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { glossarySv } from './sv.ts';

export const glossaryUk: CatalogueOf<typeof glossarySv> = {
  glossaryTitle: 'Слова шведського робочого життя',
  glossaryIntro: 'Знайдіть слово з роботи. Ви отримаєте пояснення простою шведською і вашою мовою.',
  glossarySearchLabel: 'Знайти слово',
  glossarySearchHint: 'Напишіть слово так, як ви його бачили, наприклад «kollektivavtalet».',
  glossaryResults: ({ count }) =>
    plural('uk', count, {
      one: `Знайдено ${count} слово`,
      few: `Знайдено ${count} слова`,
      many: `Знайдено ${count} слів`,
      other: `Знайдено ${count} слова`,
    }),
  glossaryNoResults: ({ query }) =>
    `Для «${query}» слів не знайдено. Перевірте написання або пошукайте інше слово.`,
  glossaryTermMissing: 'Цього слова немає в глосарії. Пошукайте інше слово.',
  glossaryPlainSwedish: 'Простою шведською',
  glossaryEnglish: 'Англійською',
  glossaryReaderLanguage: 'Вашою мовою',
  glossaryMachine: 'Машинний переклад, ще не перевірений людиною.',
  glossaryReviewed: 'Цей переклад перевірила людина.',
  glossaryExample: 'Приклад',
  glossaryRelated: 'Пов’язані слова',
  glossarySource: 'Докладніше в джерелі',
  glossaryChecked: ({ date }) => `Пояснення перевірено за джерелом ${date}.`,
  glossaryNotChecked: 'Пояснення ще не перевірено за джерелом.',
};
