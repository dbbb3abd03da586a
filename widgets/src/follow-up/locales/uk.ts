import { plural } from '@mentorkit/core/i18n';
import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { followUpSv } from './sv.ts';

export const followUpUk: CatalogueOf<typeof followUpSv> = {
  followUpTitle: ({ months }) =>
    plural('uk', months, {
      one: `Опитування через ${months} місяць`,
      few: `Опитування через ${months} місяці`,
      many: `Опитування через ${months} місяців`,
      other: `Опитування через ${months} місяця`,
    }),
  followUpProgramme: ({ programme }) => `Менторство: ${programme}`,
  followUpIntroMentee:
    'Як у вас справи зараз? Ваші відповіді допомагають покращити програму. Це займе близько двох хвилин.',
  followUpIntroMentor:
    'Як минуло менторство? Ваші відповіді допомагають покращити програму. Це займе близько двох хвилин.',
  followUpAnswerBy: ({ date }) => `Будь ласка, дайте відповідь до ${date}.`,
  followUpChangeNote: 'Ваші нові відповіді замінять ті, що ви надіслали минулого разу.',

  followUpWorkSituation: 'Чим ви займаєтеся зараз?',
  followUpWorkQualifiedJob: 'Я працюю за своїм фахом або на кваліфікованій роботі',
  followUpWorkOtherJob: 'Я маю іншу роботу',
  followUpWorkStudies: 'Я навчаюся',
  followUpWorkLooking: 'Я шукаю роботу',
  followUpWorkOther: 'Інше',
  followUpWeeklyHours: 'Скільки годин на тиждень?',
  followUpWeeklyHoursHint: 'Приблизно, на роботі чи в навчанні. Напишіть ціле число, наприклад 40.',
  followUpSince: 'З якого часу?',
  followUpMonth: 'Місяць',
  followUpYear: 'Рік',
  followUpChoose: 'Виберіть …',
  followUpHelpedMentee: 'Наскільки менторство вам допомогло?',
  followUpHelpedMentor: 'Як ви думаєте, наскільки менторство допомогло вашому підопічному?',
  followUpHelpedALot: 'Дуже',
  followUpHelpedSome: 'Певною мірою',
  followUpHelpedALittle: 'Трохи',
  followUpHelpedNotAtAll: 'Зовсім ні',
  followUpStillMeeting: 'Ви досі зустрічаєтеся?',
  followUpStillMeetingYes: 'Так',
  followUpStillMeetingSometimes: 'Іноді',
  followUpStillMeetingNo: 'Ні',
  followUpMentorAgain: 'Чи хотіли б ви знову стати ментором?',
  followUpMentorAgainYes: 'Так',
  followUpMentorAgainMaybe: 'Можливо',
  followUpMentorAgainNo: 'Ні',
  followUpComment: 'Чи хочете ви розповісти нам ще щось?',
  followUpCommentHint: 'Наприклад, що допомогло найбільше або що могло б бути краще.',

  followUpSubmit: 'Надіслати відповіді',
  followUpSending: 'Надсилання …',
  followUpErrorSummaryTitle: 'Дещо потрібно виправити',
  followUpErrorChoose: 'Виберіть відповідь.',
  followUpErrorHours: ({ max }) => `Напишіть ціле число від 1 до ${max}.`,
  followUpErrorSince: 'Виберіть і місяць, і рік.',
  followUpErrorSinceFuture: 'Виберіть цей місяць або раніший.',
  followUpErrorTooLong: ({ max }) => `Напишіть не більше ${max} символів.`,
  followUpErrorInvalid: 'Перевірте тут свою відповідь.',
  followUpSendErrorTitle: 'Не вдалося надіслати ваші відповіді',
  followUpSendErrorBody: 'Ваші відповіді збережено тут. Перевірте з’єднання й спробуйте ще раз.',
  followUpSendErrorUnreachableBody:
    'Ваші відповіді збережено тут. Не вдалося зв’язатися із сервером. Спробуйте ще раз трохи згодом.',

  followUpThanksTitle: 'Дякуємо за ваші відповіді!',
  followUpThanksBody: 'Ми їх отримали. Вони допомагають нам покращувати програму.',
  followUpAnsweredTitle: 'Ви вже відповіли',
  followUpAnsweredBody: ({ date }) => `Ми отримали ваші відповіді ${date}. Дякуємо!`,
  followUpChange: 'Змінити мої відповіді',
  followUpExpiredTitle: 'Це посилання більше не дійсне',
  followUpExpiredBody:
    'Термін дії цього посилання минув, або його відкликали. Якщо ви хочете відповісти, зверніться до координатора вашої програми.',
  followUpNotFoundTitle: 'Запитання не знайдено',
  followUpNotFoundBody:
    'Перевірте, чи ви маєте повне посилання. Якщо проблема не зникне, зверніться до координатора вашої програми.',
};
