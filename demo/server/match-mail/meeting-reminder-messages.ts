// What a person reads when an active match has had no meeting for a while (21 days by
// default), in their language. Swedish is the source; a language missing a message fails the
// type check. Greetings and the link's validity come from the signup mail's messages.
import type { Locale } from '@mentorkit/core';

export interface MeetingReminderMessages {
  subject: string;
  /** `other` is the other person's first name, `days` the days since they last met or started. */
  body: (other: string, days: number) => string;
  /** The same when no meeting has been recorded since the match started `days` ago. */
  bodyNoMeetingYet: (other: string, days: number) => string;
  instruction: string;
  button: string;
}

export const MEETING_REMINDER_MESSAGES: Record<Locale, MeetingReminderMessages> = {
  sv: {
    subject: 'Dags att träffas igen?',
    body: (other, days) => `Det har gått ${days} dagar sedan du och ${other} senast träffades.`,
    bodyNoMeetingYet: (other, days) =>
      `Din matchning med ${other} började för ${days} dagar sedan, och ingen träff är inskriven än.`,
    instruction:
      'Boka gärna nästa träff. Om ni redan har träffats kan du skriva in det på ditt matchningskort.',
    button: 'Öppna mitt matchningskort',
  },
  en: {
    subject: 'Time to meet again?',
    body: (other, days) => `It has been ${days} days since you and ${other} last met.`,
    bodyNoMeetingYet: (other, days) =>
      `Your match with ${other} started ${days} days ago, and no meeting has been recorded yet.`,
    instruction:
      'Why not plan your next meeting? If you have already met, you can record it on your match card.',
    button: 'Open my match card',
  },
  ar: {
    subject: 'هل حان وقت لقاء جديد؟',
    body: (other, days) => `مضى ${days} يومًا منذ آخر لقاء بينك وبين ${other}.`,
    bodyNoMeetingYet: (other, days) =>
      `بدأت مطابقتك مع ${other} قبل ${days} يومًا، ولم يُسجَّل أي لقاء بعد.`,
    instruction:
      'خطّطا للقاء القادم. وإذا كنتما قد التقيتما فعلًا، يمكنك تسجيل ذلك في بطاقة المطابقة.',
    button: 'فتح بطاقة المطابقة',
  },
  fa: {
    subject: 'وقت دیدار دوباره است؟',
    body: (other, days) => `${days} روز از آخرین دیدار شما و ${other} گذشته است.`,
    bodyNoMeetingYet: (other, days) =>
      `همکاری شما با ${other} ${days} روز پیش شروع شد و هنوز هیچ دیداری ثبت نشده است.`,
    instruction:
      'دیدار بعدی را برنامه‌ریزی کنید. اگر همدیگر را دیده‌اید، می‌توانید آن را در کارت همتایی خود ثبت کنید.',
    button: 'باز کردن کارت همتایی من',
  },
  prs: {
    subject: 'وقت دیدار دوباره است؟',
    body: (other, days) => `${days} روز از آخرین دیدار شما و ${other} گذشته است.`,
    bodyNoMeetingYet: (other, days) =>
      `همکاری شما با ${other} ${days} روز پیش شروع شد و تا هنوز هیچ دیداری ثبت نشده است.`,
    instruction:
      'دیدار بعدی را پلان کنید. اگر همدیگر را دیده اید، می‌توانید آن را در کارت همتایی تان ثبت کنید.',
    button: 'باز کردن کارت همتایی من',
  },
  so: {
    subject: 'Ma waqtigii aad mar kale kulmi lahaydeen baa?',
    body: (other, days) =>
      `${days} maalmood ayaa ka soo wareegay markii ugu dambeysay ee adiga iyo ${other} aad kulanteen.`,
    bodyNoMeetingYet: (other, days) =>
      `Lammaanahaaga iyo ${other} wuxuu bilaabmay ${days} maalmood ka hor, wali lama qorin wax kulan ah.`,
    instruction:
      'Qorsheeya kulanka xiga. Haddii aad horay u kulanteen, waxaad ku qori kartaa kaarkaaga lammaanaha.',
    button: 'Fur kaarkayga lammaanaha',
  },
  ti: {
    subject: 'ደጊምኩም ክትራኸቡ ግዜ ኣኺሉ ድዩ?',
    body: (other, days) => `ንስኹምን ${other}ን ንመወዳእታ ግዜ ካብ እትራኸቡ ${days} መዓልቲ ሓሊፉ።`,
    bodyNoMeetingYet: (other, days) =>
      `መጻምድትኹም ምስ ${other} ቅድሚ ${days} መዓልቲ ጀሚሩ፡ ክሳብ ሕጂ ዝተመዝገበ ርክብ የለን።`,
    instruction: 'ዝቕጽል ርክብኩም መደቡ። ድሮ ተራኺብኩም እንተ ኾንኩም፡ ኣብ ካርድ መጻምድትኹም ክትምዝግብዎ ትኽእሉ ኢኹም።',
    button: 'ካርድ መጻምድተይ ክፈት',
  },
  uk: {
    subject: 'Час знову зустрітися?',
    body: (other, days) => `Минуло ${days} днів відтоді, як ви з ${other} зустрічалися востаннє.`,
    bodyNoMeetingYet: (other, days) =>
      `Ваша співпраця з ${other} почалася ${days} днів тому, а зустрічей ще не позначено.`,
    instruction:
      'Заплануйте наступну зустріч. Якщо ви вже зустрілися, позначте це у своїй картці пари.',
    button: 'Відкрити мою картку пари',
  },
};
