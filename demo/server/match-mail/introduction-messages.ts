// What a person reads about their match, in their language: the introduction mail, the
// reminder and the page their link opens. Swedish is the source; a language missing a message
// fails the type check. The reasons are named by kind (the card's words), not by the label
// matching wrote, which is in one language only. Roles and greetings come from the signup
// mail's messages (CONFIRMATION_MESSAGES), so each is translated once.
import type { Locale, MatchReasonKind } from '@mentorkit/core';

export type SharedReasonKind = Exclude<MatchReasonKind, 'capacity' | 'other'>;

export interface IntroductionMessages {
  subject: string;
  /** `other` is the other person's first name, `role` what they are to the reader. */
  introduce: (other: string, role: string) => string;
  sharedHeading: string;
  reason: Record<SharedReasonKind, string>;
  instruction: string;
  button: string;
  reminderSubject: string;
  reminder: (other: string) => string;
  page: {
    title: string;
    expired: string;
    revoked: string;
    unknown: string;
  };
}

export const INTRODUCTION_MESSAGES: Record<Locale, IntroductionMessages> = {
  sv: {
    subject: 'Du har fått en matchning i mentorprogrammet',
    introduce: (other, role) =>
      `Vi vill presentera dig för ${other}, som vi föreslår som din ${role}.`,
    sharedHeading: 'Det här har ni gemensamt:',
    reason: {
      profession: 'Samma eller närliggande yrke',
      industry: 'Samma bransch',
      language: 'Gemensamt språk',
      region: 'Bor nära varandra',
      goals: 'Mentorn kan hjälpa med adeptens mål',
      availability: 'Tider som passar båda',
    },
    instruction:
      'Öppna ditt matchningskort och tacka ja eller nej. Matchningen börjar när ni båda har tackat ja.',
    button: 'Öppna mitt matchningskort',
    reminderSubject: 'Påminnelse: svara på din matchning',
    reminder: (other) =>
      `Du och ${other} har föreslagits som mentor och adept. Vi väntar på ditt svar.`,
    page: {
      title: 'Din matchning',
      expired: 'Länken har gått ut. Be programmets samordnare om en ny länk.',
      revoked: 'Länken gäller inte längre. Be programmets samordnare om en ny länk.',
      unknown: 'Länken fungerar inte. Kontrollera att du fått med hela länken från mejlet.',
    },
  },
  en: {
    subject: 'You have been matched in the mentoring programme',
    introduce: (other, role) =>
      `We would like to introduce you to ${other}, whom we propose as your ${role}.`,
    sharedHeading: 'What you have in common:',
    reason: {
      profession: 'Same or related profession',
      industry: 'Same industry',
      language: 'A shared language',
      region: 'Live close to each other',
      goals: "The mentor can help with the mentee's goals",
      availability: 'Times that suit both',
    },
    instruction:
      'Open your match card to accept or decline. The match starts once you have both accepted.',
    button: 'Open my match card',
    reminderSubject: 'Reminder: please answer your match',
    reminder: (other) =>
      `You and ${other} have been proposed as mentor and mentee. We are waiting for your answer.`,
    page: {
      title: 'Your match',
      expired: "This link has expired. Ask the programme's coordinator for a new one.",
      revoked: "This link no longer works. Ask the programme's coordinator for a new one.",
      unknown: 'This link does not work. Check that you have the whole link from the e-mail.',
    },
  },
  ar: {
    subject: 'تمّ اقتراح شريك لك في برنامج الإرشاد',
    introduce: (other, role) => `يسعدنا أن نعرّفك على ${other}، الذي نقترحه ${role} لك.`,
    sharedHeading: 'ما يجمع بينكما:',
    reason: {
      profession: 'المهنة نفسها أو مهنة قريبة',
      industry: 'القطاع نفسه',
      language: 'لغة مشتركة',
      region: 'يسكنان بالقرب من بعضهما',
      goals: 'يستطيع المرشد المساعدة في أهداف المتدرّب',
      availability: 'أوقات تناسب الطرفين',
    },
    instruction: 'افتح بطاقة المطابقة لتقبل أو ترفض. تبدأ المطابقة عندما يقبل كلاكما.',
    button: 'فتح بطاقة المطابقة',
    reminderSubject: 'تذكير: يُرجى الردّ على المطابقة',
    reminder: (other) => `تمّ اقتراحك أنت و${other} مرشدًا ومتدرّبًا. ما زلنا ننتظر ردّك.`,
    page: {
      title: 'المطابقة الخاصة بك',
      expired: 'انتهت صلاحية هذا الرابط. اطلب رابطًا جديدًا من منسّق البرنامج.',
      revoked: 'هذا الرابط لم يعد صالحًا. اطلب رابطًا جديدًا من منسّق البرنامج.',
      unknown: 'هذا الرابط لا يعمل. تأكّد من نسخ الرابط كاملًا من البريد الإلكتروني.',
    },
  },
  fa: {
    subject: 'در برنامهٔ منتورینگ برای شما یک همتا پیشنهاد شده است',
    introduce: (other, role) =>
      `می‌خواهیم شما را با ${other} آشنا کنیم که او را به عنوان ${role} شما پیشنهاد می‌کنیم.`,
    sharedHeading: 'وجوه مشترک شما:',
    reason: {
      profession: 'حرفهٔ یکسان یا نزدیک',
      industry: 'صنعت یکسان',
      language: 'زبان مشترک',
      region: 'نزدیک هم زندگی می‌کنند',
      goals: 'منتور می‌تواند در اهداف منتی کمک کند',
      availability: 'زمان‌هایی که برای هر دو مناسب است',
    },
    instruction:
      'کارت همتایی خود را باز کنید و آن را بپذیرید یا رد کنید. همکاری وقتی شروع می‌شود که هر دو بپذیرید.',
    button: 'باز کردن کارت همتایی من',
    reminderSubject: 'یادآوری: لطفاً به پیشنهاد همتایی پاسخ دهید',
    reminder: (other) =>
      `شما و ${other} به عنوان منتور و منتی پیشنهاد شده‌اید. منتظر پاسخ شما هستیم.`,
    page: {
      title: 'همتای شما',
      expired: 'این پیوند منقضی شده است. از هماهنگ‌کنندهٔ برنامه پیوند تازه بخواهید.',
      revoked: 'این پیوند دیگر معتبر نیست. از هماهنگ‌کنندهٔ برنامه پیوند تازه بخواهید.',
      unknown: 'این پیوند کار نمی‌کند. بررسی کنید که کل پیوند را از ایمیل برداشته باشید.',
    },
  },
  prs: {
    subject: 'در برنامهٔ رهنمایی برای شما یک همتا پیشنهاد شده است',
    introduce: (other, role) =>
      `می‌خواهیم شما را با ${other} معرفی کنیم که او را به حیث ${role} شما پیشنهاد می‌کنیم.`,
    sharedHeading: 'چیزهای مشترک شما:',
    reason: {
      profession: 'مسلک یکسان یا نزدیک',
      industry: 'سکتور یکسان',
      language: 'زبان مشترک',
      region: 'نزدیک یکدیگر زندگی می‌کنند',
      goals: 'رهنما در اهداف رهنمایی‌شونده کمک کرده می‌تواند',
      availability: 'وقت‌هایی که برای هر دو مناسب است',
    },
    instruction:
      'کارت همتایی تان را باز کنید و آن را قبول یا رد کنید. همکاری وقتی شروع می‌شود که هر دو قبول کنید.',
    button: 'کارت همتایی ام را باز کن',
    reminderSubject: 'یادآوری: لطفاً به پیشنهاد همتایی جواب دهید',
    reminder: (other) =>
      `شما و ${other} به حیث منتور و منتی پیشنهاد شده اید. منتظر جواب شما هستیم.`,
    page: {
      title: 'همتای شما',
      expired: 'این لینک منقضی شده است. از هماهنگ کنندهٔ برنامه لینک تازه بخواهید.',
      revoked: 'این لینک دیگر اعتبار ندارد. از هماهنگ کنندهٔ برنامه لینک تازه بخواهید.',
      unknown: 'این لینک کار نمی‌کند. ببینید که تمام لینک را از ایمیل گرفته اید.',
    },
  },
  so: {
    subject: 'Barnaamijka latalinta lagaa helay lammaane',
    introduce: (other, role) =>
      `Waxaan jeclaan lahayn inaan kugu baro ${other}, oo aan kuugu soo jeedinayno ${role}.`,
    sharedHeading: 'Waxa aad wadaagtaan:',
    reason: {
      profession: 'Xirfad isku mid ah ama u dhow',
      industry: 'Qayb-ganacsi isku mid ah',
      language: 'Luqad la wadaago',
      region: 'Way isu dhow yihiin',
      goals: 'Lataliyuhu wuu ka caawin karaa yoolalka qofka la hago',
      availability: 'Waqtiyo labadaba ku habboon',
    },
    instruction:
      'Fur kaarkaaga lammaanaha si aad u aqbasho ama u diiddo. Wuxuu bilaabmaa marka aad labadiinuba aqbashaan.',
    button: 'Fur kaarkayga lammaanaha',
    reminderSubject: 'Xusuusin: fadlan ka jawaab lammaanahaaga',
    reminder: (other) =>
      `Adiga iyo ${other} waxaa laydinku soo jeediyay lataliye iyo qof la hago. Waxaan sugaynaa jawaabtaada.`,
    page: {
      title: 'Lammaanahaaga',
      expired: 'Xiriirkani wuu dhacay. Isuduwaha barnaamijka ka codso xiriir cusub.',
      revoked: 'Xiriirkani hadda ma shaqeeyo. Isuduwaha barnaamijka ka codso xiriir cusub.',
      unknown: 'Xiriirkani ma shaqeynayo. Hubi inaad ka soo qaadatay xiriirka oo dhan iimaylka.',
    },
  },
  ti: {
    subject: 'ኣብ መደብ ምኽሪ መጻምድቲ ተረኺቡልኩም',
    introduce: (other, role) => `ምስ ${other} ከነላልየኩም ንደሊ፣ ንሱ ከም ${role} ንእመሙ ኣለና።`,
    sharedHeading: 'ዘሰማምዓኩም ነገራት፦',
    reason: {
      profession: 'ሓደ ዓይነት ወይ ተቐራራቢ ሞያ',
      industry: 'ሓደ ዓይነት ዘርፊ',
      language: 'ሓባራዊ ቋንቋ',
      region: 'ቀረባ ንቀረባ ይነብሩ',
      goals: 'ኣማኻሪ ኣብ ዕላማታት ተማኻሪ ክሕግዝ ይኽእል',
      availability: 'ንክልቲኦም ዝሰማምዑ ግዜታት',
    },
    instruction: 'ካርድ መጻምድትኹም ከፊትኩም ተቐበሉ ወይ ኣይትቐበሉ። ክልቴኹም ምስ ተቐበልኩም ይጅምር።',
    button: 'ካርድ መጻምድተይ ክፈት',
    reminderSubject: 'መዘኻኸሪ፦ በጃኹም ንመጻምድትኹም መልሱ',
    reminder: (other) => `ንስኹምን ${other}ን ከም ኣማኻርን ተማኻርን ተሓሲብኩም ኣለኹም። መልስኹም ንጽበ ኣለና።`,
    page: {
      title: 'መጻምድትኹም',
      expired: 'እዚ ሊንክ ግዜኡ ሓሊፉ እዩ። ካብ ኣወሃሃዲ ናይቲ መደብ ሓድሽ ሊንክ ሕተቱ።',
      revoked: 'እዚ ሊንክ ድሕሪ ሕጂ ኣይሰርሕን። ካብ ኣወሃሃዲ ናይቲ መደብ ሓድሽ ሊንክ ሕተቱ።',
      unknown: 'እዚ ሊንክ ኣይሰርሕን እዩ። ብምሉኡ ካብቲ ኢመይል ከም ዝወሰድኩምዎ ኣረጋግጹ።',
    },
  },
  uk: {
    subject: 'Вам підібрали пару в менторській програмі',
    introduce: (other, role) =>
      `Хочемо познайомити вас із ${other}, якого ми пропонуємо як вашого ${role}.`,
    sharedHeading: 'Що вас об’єднує:',
    reason: {
      profession: 'Та сама або споріднена професія',
      industry: 'Та сама галузь',
      language: 'Спільна мова',
      region: 'Живуть поруч',
      goals: 'Ментор може допомогти з цілями менті',
      availability: 'Час, що підходить обом',
    },
    instruction:
      'Відкрийте свою картку пари, щоб прийняти або відхилити. Співпраця починається, коли ви обоє приймете.',
    button: 'Відкрити мою картку пари',
    reminderSubject: 'Нагадування: дайте відповідь щодо пари',
    reminder: (other) =>
      `Вас і ${other} запропоновано як ментора та менті. Ми чекаємо на вашу відповідь.`,
    page: {
      title: 'Ваша пара',
      expired: 'Термін дії посилання минув. Попросіть у координатора програми нове.',
      revoked: 'Посилання більше не дійсне. Попросіть у координатора програми нове.',
      unknown: 'Посилання не працює. Перевірте, чи ви скопіювали його з листа повністю.',
    },
  },
};
