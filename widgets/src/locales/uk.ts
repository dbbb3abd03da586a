import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { CommonMessages } from './sv.ts';

export const uk: CatalogueOf<CommonMessages> = {
  loading: 'Завантаження …',
  errorNetworkTitle: 'Немає з’єднання',
  errorNetworkBody:
    'Не вдалося отримати дані. Перевірте підключення до інтернету й спробуйте ще раз.',
  errorUnreachableTitle: 'Не вдалося з’єднатися із сервером',
  errorUnreachableBody:
    'Не вдалося з’єднатися із сервером, де зберігається ця інформація. Спробуйте пізніше.',
  errorTimeoutTitle: 'Час очікування вичерпано',
  errorTimeoutBody: 'Сервер не відповів вчасно. Спробуйте ще раз трохи згодом.',
  errorHttpTitle: 'Помилка на сервері',
  errorHttpBody: ({ status }) => `Сервер відповів кодом помилки ${status}. Спробуйте пізніше.`,
  errorInvalidTitle: 'Не вдалося прочитати дані',
  errorInvalidBody:
    'Отримані дані мають неправильний формат. Якщо проблема не зникне, зверніться до адміністратора цього сайту.',
  misconfiguredTitle: 'Цю частину сторінки налаштовано неправильно',
  misconfiguredBody: 'Зверніться до адміністратора цього сайту.',
  retry: 'Спробувати ще раз',
  tryAgainLater: 'Спробуйте пізніше.',

  close: 'Закрити',
  cancel: 'Скасувати',
  required: 'обов’язково',
  optional: 'необов’язково',
  opensInNewWindow: 'відкривається в новому вікні',
};
