// What a person reads about the follow-up of their mentoring, in their language: the mail that
// asks, and the page its link opens. Swedish is the source; a language missing a message fails
// the type check. Greetings and the link's validity come from the signup mail's messages.
import type { Locale } from '@mentorkit/core';

export interface FollowUpMessages {
  subject: string;
  /** `other` is the other person's first name; `months` since the mentoring started. */
  opening: (other: string, months: number) => string;
  request: string;
  button: string;
  /** Why the answers are asked for, and how long they are kept. */
  purpose: (retentionMonths: number) => string;
  page: {
    title: string;
    expired: string;
    unknown: string;
  };
}

export const FOLLOW_UP_MESSAGES: Record<Locale, FollowUpMessages> = {
  sv: {
    subject: 'Hur har det gått? Några frågor om ditt mentorskap',
    opening: (other, months) =>
      `Nu har det gått ${months} månader sedan ditt mentorskap med ${other} började.`,
    request: 'Vi vill gärna veta hur det har gått. Frågorna tar ett par minuter att svara på.',
    button: 'Svara på frågorna',
    purpose: (retention) =>
      `Svaren används bara för att följa upp programmet och redovisa resultatet utan namn. De sparas i ${retention} månader.`,
    page: {
      title: 'Uppföljning av mentorskapet',
      expired: 'Länken har gått ut. Kontakta programmets samordnare om du vill svara.',
      unknown: 'Länken fungerar inte. Kontrollera att du fått med hela länken från mejlet.',
    },
  },
  en: {
    subject: 'How has it gone? A few questions about your mentoring',
    opening: (other, months) =>
      `It is now ${months} months since your mentoring with ${other} began.`,
    request: 'We would like to know how it has gone. The questions take a couple of minutes.',
    button: 'Answer the questions',
    purpose: (retention) =>
      `Your answers are used only to follow up the programme and report its results without names. They are kept for ${retention} months.`,
    page: {
      title: 'Follow-up of your mentoring',
      expired:
        "This link has expired. Contact the programme's coordinator if you would like to answer.",
      unknown: 'This link does not work. Check that you have the whole link from the e-mail.',
    },
  },
  ar: {
    subject: 'كيف سارت الأمور؟ بعض الأسئلة عن الإرشاد',
    opening: (other, months) => `مضى الآن ${months} أشهر على بدء الإرشاد مع ${other}.`,
    request: 'نودّ أن نعرف كيف سارت الأمور. الإجابة عن الأسئلة تستغرق دقيقتين تقريبًا.',
    button: 'الإجابة عن الأسئلة',
    purpose: (retention) =>
      `تُستخدم إجاباتك فقط لمتابعة البرنامج وعرض نتائجه دون أسماء، وتُحفظ لمدة ${retention} شهرًا.`,
    page: {
      title: 'متابعة الإرشاد',
      expired: 'انتهت صلاحية هذا الرابط. تواصل مع منسّق البرنامج إذا أردت الإجابة.',
      unknown: 'هذا الرابط لا يعمل. تأكّد من نسخ الرابط كاملًا من البريد الإلكتروني.',
    },
  },
  fa: {
    subject: 'چطور پیش رفت؟ چند پرسش دربارهٔ منتورینگ شما',
    opening: (other, months) => `اکنون ${months} ماه از آغاز منتورینگ شما با ${other} می‌گذرد.`,
    request: 'دوست داریم بدانیم چطور پیش رفته است. پاسخ به پرسش‌ها چند دقیقه وقت می‌گیرد.',
    button: 'پاسخ به پرسش‌ها',
    purpose: (retention) =>
      `پاسخ‌های شما فقط برای پیگیری برنامه و گزارش نتایج آن بدون نام به کار می‌رود و ${retention} ماه نگهداری می‌شود.`,
    page: {
      title: 'پیگیری منتورینگ',
      expired:
        'این لینک منقضی شده است. اگر می‌خواهید پاسخ دهید، با هماهنگ کنندهٔ برنامه تماس بگیرید.',
      unknown: 'این لینک کار نمی‌کند. ببینید که تمام لینک را از ایمیل گرفته اید.',
    },
  },
  prs: {
    subject: 'چطور پیش رفت؟ چند سوال در بارهٔ منتورینگ شما',
    opening: (other, months) => `حالا ${months} ماه از شروع منتورینگ شما با ${other} می‌گذرد.`,
    request: 'می‌خواهیم بدانیم چطور پیش رفته است. جواب دادن به سوال‌ها چند دقیقه وقت می‌گیرد.',
    button: 'جواب دادن به سوال‌ها',
    purpose: (retention) =>
      `جواب‌های شما فقط برای پیگیری برنامه و گزارش نتایج آن بدون نام استفاده می‌شود و ${retention} ماه نگهداری می‌شود.`,
    page: {
      title: 'پیگیری منتورینگ',
      expired:
        'این لینک منقضی شده است. اگر می‌خواهید جواب بدهید، با هماهنگ کنندهٔ برنامه به تماس شوید.',
      unknown: 'این لینک کار نمی‌کند. ببینید که تمام لینک را از ایمیل گرفته اید.',
    },
  },
  so: {
    subject: 'Sidee bay u socotay? Dhowr su’aalood oo ku saabsan latalintaada',
    opening: (other, months) =>
      `Hadda ${months} bilood ayaa ka soo wareegay markii latalintaada iyo ${other} ay bilaabatay.`,
    request:
      'Waxaan jeclaan lahayn inaan ogaano sida ay u socotay. Su’aaluhu waxay qaadanayaan dhowr daqiiqo.',
    button: 'Ka jawaab su’aalaha',
    purpose: (retention) =>
      `Jawaabahaaga waxaa loo isticmaalaa oo keliya la socodka barnaamijka iyo warbixinta natiijooyinkiisa iyadoo aan magacyo la sheegin. Waxaa la hayaa ${retention} bilood.`,
    page: {
      title: 'La socodka latalinta',
      expired:
        'Xiriirkani wuu dhacay. La xiriir isuduwaha barnaamijka haddii aad rabto inaad ka jawaabto.',
      unknown: 'Xiriirkani ma shaqeynayo. Hubi inaad ka soo qaadatay xiriirka oo dhan iimaylka.',
    },
  },
  ti: {
    subject: 'ከመይ ከይዱ? ብዛዕባ ምኽሪኹም ቁሩብ ሕቶታት',
    opening: (other, months) => `ምኽሪኹም ምስ ${other} ካብ ዝጀመረ ሕጂ ${months} ኣዋርሕ ኮይኑ።`,
    request: 'ከመይ ከም ዝኸደ ክንፈልጥ ንደሊ። ንሕቶታት ምምላስ ክልተ ደቓይቕ ይወስድ።',
    button: 'ንሕቶታት መልሱ',
    purpose: (retention) =>
      `መልስኹም ንምክትታል ናይቲ መደብን ውጽኢቱ ብዘይ ኣስማት ንምጽብጻብን ጥራይ ይጥቀመሉ። ን${retention} ኣዋርሕ ይዕቀብ።`,
    page: {
      title: 'ምክትታል ምኽሪ',
      expired: 'እዚ ሊንክ ግዜኡ ሓሊፉ እዩ። ክትምልሱ እንተ ደሊኹም ንኣወሃሃዲ ናይቲ መደብ ተወከሱ።',
      unknown: 'እዚ ሊንክ ኣይሰርሕን እዩ። ብምሉኡ ካብቲ ኢመይል ከም ዝወሰድኩምዎ ኣረጋግጹ።',
    },
  },
  uk: {
    subject: 'Як усе склалося? Кілька запитань про ваше менторство',
    opening: (other, months) =>
      `Минуло ${months} місяців від початку вашого менторства з ${other}.`,
    request: 'Ми хотіли б знати, як усе склалося. Відповіді займуть кілька хвилин.',
    button: 'Відповісти на запитання',
    purpose: (retention) =>
      `Ваші відповіді використовуються лише для оцінки програми та звіту про її результати без імен. Вони зберігаються ${retention} місяців.`,
    page: {
      title: 'Оцінка менторства',
      expired:
        'Термін дії посилання минув. Зверніться до координатора програми, якщо хочете відповісти.',
      unknown: 'Посилання не працює. Перевірте, чи ви скопіювали його з листа повністю.',
    },
  },
};
