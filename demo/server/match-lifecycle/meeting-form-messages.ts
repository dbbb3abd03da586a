// The participant page's form for recording a meeting, in the person's language. Swedish is the
// source; a language missing a message fails the type check.
import type { Locale } from '@mentorkit/core';

export interface MeetingFormMessages {
  heading: string;
  help: string;
  label: string;
  button: string;
  /** `date` is already formatted in the reader's language. */
  recorded: (date: string) => string;
  alreadyRecorded: (date: string) => string;
  invalidDate: string;
}

export const MEETING_FORM_MESSAGES: Record<Locale, MeetingFormMessages> = {
  sv: {
    heading: 'Skriv in en träff',
    help: 'Berätta för programmet när ni har träffats, så att ingen påminner er i onödan.',
    label: 'Dagen vi träffades',
    button: 'Skriv in träffen',
    recorded: (date) => `Tack! Träffen ${date} är inskriven.`,
    alreadyRecorded: (date) => `Träffen ${date} var redan inskriven.`,
    invalidDate: 'Välj en dag från matchningens start till i dag.',
  },
  en: {
    heading: 'Record a meeting',
    help: 'Tell the programme when you have met, so that nobody reminds you needlessly.',
    label: 'The day we met',
    button: 'Record the meeting',
    recorded: (date) => `Thank you! The meeting on ${date} is recorded.`,
    alreadyRecorded: (date) => `The meeting on ${date} was already recorded.`,
    invalidDate: 'Choose a day from the start of your match to today.',
  },
  ar: {
    heading: 'تسجيل لقاء',
    help: 'أخبر البرنامج متى التقيتما، حتى لا يذكّركما أحد دون داعٍ.',
    label: 'يوم اللقاء',
    button: 'تسجيل اللقاء',
    recorded: (date) => `شكرًا! تمّ تسجيل لقاء ${date}.`,
    alreadyRecorded: (date) => `لقاء ${date} مسجّل من قبل.`,
    invalidDate: 'اختر يومًا بين بداية المطابقة واليوم.',
  },
  fa: {
    heading: 'ثبت یک دیدار',
    help: 'به برنامه بگویید کی همدیگر را دیده‌اید تا کسی بی‌جهت یادآوری نکند.',
    label: 'روز دیدار',
    button: 'ثبت دیدار',
    recorded: (date) => `سپاس! دیدار ${date} ثبت شد.`,
    alreadyRecorded: (date) => `دیدار ${date} پیش‌تر ثبت شده بود.`,
    invalidDate: 'روزی از آغاز همکاری تا امروز را انتخاب کنید.',
  },
  prs: {
    heading: 'ثبت یک دیدار',
    help: 'به برنامه بگویید چه وقت همدیگر را دیده اید تا کسی بی‌جهت یادآوری نکند.',
    label: 'روز دیدار',
    button: 'ثبت دیدار',
    recorded: (date) => `تشکر! دیدار ${date} ثبت شد.`,
    alreadyRecorded: (date) => `دیدار ${date} قبلاً ثبت شده بود.`,
    invalidDate: 'روزی از شروع همکاری تا امروز را انتخاب کنید.',
  },
  so: {
    heading: 'Qor kulan',
    help: 'U sheeg barnaamijka goorta aad kulanteen, si aan cidna idiinku xusuusin si aan loo baahnayn.',
    label: 'Maalinta aan kulannay',
    button: 'Qor kulanka',
    recorded: (date) => `Mahadsanid! Kulanka ${date} waa la qoray.`,
    alreadyRecorded: (date) => `Kulanka ${date} horay ayaa loo qoray.`,
    invalidDate: 'Dooro maalin u dhexeysa bilowga lammaanahaaga iyo maanta.',
  },
  ti: {
    heading: 'ርክብ መዝግብ',
    help: 'ብዘየድሊ ከይዝክሩኹም፡ መዓስ ከም እተራኸብኩም ንመደብ ንገሩ።',
    label: 'እተራኸብናሉ መዓልቲ',
    button: 'ርክብ መዝግብ',
    recorded: (date) => `የቐንየልና! ርክብ ${date} ተመዝጊቡ።`,
    alreadyRecorded: (date) => `ርክብ ${date} ድሮ ተመዝጊቡ ነይሩ።`,
    invalidDate: 'ካብ መጀመርታ መጻምድትኹም ክሳብ ሎሚ ዘሎ መዓልቲ ምረጹ።',
  },
  uk: {
    heading: 'Позначити зустріч',
    help: 'Повідомте програму, коли ви зустрілися, щоб вам не нагадували даремно.',
    label: 'День зустрічі',
    button: 'Позначити зустріч',
    recorded: (date) => `Дякуємо! Зустріч ${date} позначено.`,
    alreadyRecorded: (date) => `Зустріч ${date} уже була позначена.`,
    invalidDate: 'Оберіть день від початку співпраці до сьогодні.',
  },
};
