// What a person reads about confirming their signup, in their language: the mail and the page
// the link opens. Swedish is the source; a language missing a message fails the type check.
import type { Locale } from '@mentorkit/core';

export interface ConfirmationMessages {
  role: { mentor: string; mentee: string };
  subject: string;
  greeting: (name: string) => string;
  thanks: (role: string) => string;
  instruction: string;
  button: string;
  validUntil: (date: string) => string;
  notYou: string;
  page: {
    title: string;
    prompt: (role: string) => string;
    confirmed: string;
    alreadyConfirmed: string;
    expired: string;
    unknown: string;
  };
}

export const CONFIRMATION_MESSAGES: Record<Locale, ConfirmationMessages> = {
  sv: {
    role: { mentor: 'mentor', mentee: 'adept' },
    subject: 'Bekräfta din anmälan',
    greeting: (name) => `Hej ${name}!`,
    thanks: (role) => `Tack för att du anmält dig som ${role}.`,
    instruction: 'Bekräfta din anmälan med länken nedan. Den räknas först när den är bekräftad.',
    button: 'Bekräfta min anmälan',
    validUntil: (date) => `Länken gäller till och med ${date}.`,
    notYou: 'Har du inte anmält dig? Då kan du bortse från det här meddelandet.',
    page: {
      title: 'Bekräfta din anmälan',
      prompt: (role) => `Tryck på knappen för att bekräfta din anmälan som ${role}.`,
      confirmed: 'Tack! Din anmälan är bekräftad.',
      alreadyConfirmed: 'Din anmälan är redan bekräftad.',
      expired:
        'Länken har gått ut. Anmäl dig igen, eller kontakta programmets samordnare för hjälp.',
      unknown: 'Länken fungerar inte. Kontrollera att du fått med hela länken från mejlet.',
    },
  },
  en: {
    role: { mentor: 'mentor', mentee: 'mentee' },
    subject: 'Confirm your signup',
    greeting: (name) => `Hello ${name},`,
    thanks: (role) => `Thank you for signing up as a ${role}.`,
    instruction: 'Please confirm your signup with the link below. It counts once confirmed.',
    button: 'Confirm my signup',
    validUntil: (date) => `The link works until ${date}.`,
    notYou: 'If you did not sign up, you can ignore this message.',
    page: {
      title: 'Confirm your signup',
      prompt: (role) => `Press the button to confirm your signup as a ${role}.`,
      confirmed: 'Thank you! Your signup is confirmed.',
      alreadyConfirmed: 'Your signup is already confirmed.',
      expired: "This link has expired. Sign up again, or ask the programme's coordinator for help.",
      unknown: 'This link does not work. Check that you have the whole link from the e-mail.',
    },
  },
  ar: {
    role: { mentor: 'مرشد', mentee: 'متدرّب' },
    subject: 'أكّد تسجيلك',
    greeting: (name) => `مرحبًا ${name}،`,
    thanks: (role) => `شكرًا لتسجيلك بصفة ${role}.`,
    instruction: 'يُرجى تأكيد تسجيلك عبر الرابط أدناه. لا يُحتسب التسجيل إلا بعد تأكيده.',
    button: 'تأكيد تسجيلي',
    validUntil: (date) => `الرابط صالح حتى ${date}.`,
    notYou: 'إذا لم تقم بالتسجيل، يمكنك تجاهل هذه الرسالة.',
    page: {
      title: 'أكّد تسجيلك',
      prompt: (role) => `اضغط على الزر لتأكيد تسجيلك بصفة ${role}.`,
      confirmed: 'شكرًا! تم تأكيد تسجيلك.',
      alreadyConfirmed: 'تسجيلك مؤكَّد بالفعل.',
      expired: 'انتهت صلاحية هذا الرابط. سجّل مرة أخرى أو اطلب المساعدة من منسّق البرنامج.',
      unknown: 'هذا الرابط لا يعمل. تأكّد من نسخ الرابط كاملًا من البريد الإلكتروني.',
    },
  },
  fa: {
    role: { mentor: 'منتور', mentee: 'منتی' },
    subject: 'ثبت‌نام خود را تأیید کنید',
    greeting: (name) => `سلام ${name}،`,
    thanks: (role) => `از اینکه به عنوان ${role} ثبت‌نام کردید سپاسگزاریم.`,
    instruction: 'لطفاً ثبت‌نام خود را با پیوند زیر تأیید کنید. ثبت‌نام پس از تأیید محسوب می‌شود.',
    button: 'تأیید ثبت‌نام من',
    validUntil: (date) => `این پیوند تا ${date} معتبر است.`,
    notYou: 'اگر شما ثبت‌نام نکرده‌اید، می‌توانید این پیام را نادیده بگیرید.',
    page: {
      title: 'ثبت‌نام خود را تأیید کنید',
      prompt: (role) => `برای تأیید ثبت‌نام خود به عنوان ${role} دکمه را بزنید.`,
      confirmed: 'سپاس! ثبت‌نام شما تأیید شد.',
      alreadyConfirmed: 'ثبت‌نام شما قبلاً تأیید شده است.',
      expired:
        'این پیوند منقضی شده است. دوباره ثبت‌نام کنید یا از هماهنگ‌کننده برنامه کمک بخواهید.',
      unknown: 'این پیوند کار نمی‌کند. بررسی کنید که کل پیوند را از ایمیل برداشته باشید.',
    },
  },
  prs: {
    role: { mentor: 'منتور', mentee: 'منتی' },
    subject: 'ثبت نام تان را تأیید کنید',
    greeting: (name) => `سلام ${name}،`,
    thanks: (role) => `تشکر که به حیث ${role} ثبت نام کردید.`,
    instruction: 'لطفاً ثبت نام تان را با لینک زیر تأیید کنید. ثبت نام بعد از تأیید حساب می‌شود.',
    button: 'ثبت نامم را تأیید کن',
    validUntil: (date) => `این لینک تا ${date} اعتبار دارد.`,
    notYou: 'اگر شما ثبت نام نکرده اید، این پیام را نادیده بگیرید.',
    page: {
      title: 'ثبت نام تان را تأیید کنید',
      prompt: (role) => `برای تأیید ثبت نام تان به حیث ${role} دکمه را فشار دهید.`,
      confirmed: 'تشکر! ثبت نام شما تأیید شد.',
      alreadyConfirmed: 'ثبت نام شما قبلاً تأیید شده است.',
      expired: 'این لینک منقضی شده است. دوباره ثبت نام کنید یا از هماهنگ کنندهٔ برنامه کمک بخواهید.',
      unknown: 'این لینک کار نمی‌کند. ببینید که تمام لینک را از ایمیل گرفته اید.',
    },
  },
  so: {
    role: { mentor: 'lataliye', mentee: 'la talinaye' },
    subject: 'Xaqiiji is-diiwaangelintaada',
    greeting: (name) => `Salaan ${name},`,
    thanks: (role) => `Waad ku mahadsan tahay inaad isu diiwaangelisay ${role}.`,
    instruction:
      'Fadlan ku xaqiiji is-diiwaangelintaada xiriirka hoose. Waxay ansaxdaa marka la xaqiijiyo.',
    button: 'Xaqiiji is-diiwaangelintayda',
    validUntil: (date) => `Xiriirku wuu shaqeynayaa ilaa ${date}.`,
    notYou: 'Haddii aadan is diiwaangelin, iska dhaaf fariintan.',
    page: {
      title: 'Xaqiiji is-diiwaangelintaada',
      prompt: (role) => `Riix badhanka si aad u xaqiijiso is-diiwaangelintaada ${role}.`,
      confirmed: 'Mahadsanid! Is-diiwaangelintaada waa la xaqiijiyay.',
      alreadyConfirmed: 'Is-diiwaangelintaada horey ayaa loo xaqiijiyay.',
      expired:
        'Xiriirkani wuu dhacay. Mar kale is diiwaangeli, ama weydiiso isuduwaha barnaamijka.',
      unknown: 'Xiriirkani ma shaqeynayo. Hubi inaad ka soo qaadatay xiriirka oo dhan iimaylka.',
    },
  },
  ti: {
    role: { mentor: 'መራሒ', mentee: 'ተመራሒ' },
    subject: 'ምዝገባኹም ኣረጋግጹ',
    greeting: (name) => `ሰላም ${name}፣`,
    thanks: (role) => `ከም ${role} ስለ ዝተመዝገብኩም የቐንየልና።`,
    instruction: 'በጃኹም ብዘሎ ሊንክ ምዝገባኹም ኣረጋግጹ። ምዝገባ ድሕሪ ምርግጋጹ ጥራይ እዩ ዝቑጸር።',
    button: 'ምዝገባይ ኣረጋግጽ',
    validUntil: (date) => `እዚ ሊንክ ክሳብ ${date} ይሰርሕ።`,
    notYou: 'እንተዘይተመዝገብኩም፣ ነዚ መልእኽቲ ሸለል ክትብልዎ ትኽእሉ ኢኹም።',
    page: {
      title: 'ምዝገባኹም ኣረጋግጹ',
      prompt: (role) => `ምዝገባኹም ከም ${role} ንምርግጋጽ ነቲ መልጎም ጠውቑ።`,
      confirmed: 'የቐንየልና! ምዝገባኹም ተረጋጊጹ ኣሎ።',
      alreadyConfirmed: 'ምዝገባኹም ድሮ ተረጋጊጹ እዩ።',
      expired: 'እዚ ሊንክ ግዜኡ ሓሊፉ እዩ። ደጊምኩም ተመዝገቡ ወይ ንኣወሃሃዲ ናይቲ መደብ ሓገዝ ሕተቱ።',
      unknown: 'እዚ ሊንክ ኣይሰርሕን እዩ። ብምሉኡ ካብቲ ኢመይል ከም ዝወሰድኩምዎ ኣረጋግጹ።',
    },
  },
  uk: {
    role: { mentor: 'ментор', mentee: 'менті' },
    subject: 'Підтвердьте свою реєстрацію',
    greeting: (name) => `Вітаємо, ${name}!`,
    thanks: (role) => `Дякуємо, що зареєструвалися як ${role}.`,
    instruction:
      'Будь ласка, підтвердьте реєстрацію за посиланням нижче. Вона зараховується після підтвердження.',
    button: 'Підтвердити реєстрацію',
    validUntil: (date) => `Посилання дійсне до ${date}.`,
    notYou: 'Якщо ви не реєструвалися, просто проігноруйте цей лист.',
    page: {
      title: 'Підтвердьте свою реєстрацію',
      prompt: (role) => `Натисніть кнопку, щоб підтвердити реєстрацію як ${role}.`,
      confirmed: 'Дякуємо! Вашу реєстрацію підтверджено.',
      alreadyConfirmed: 'Вашу реєстрацію вже підтверджено.',
      expired:
        'Термін дії посилання минув. Зареєструйтеся знову або зверніться до координатора програми.',
      unknown: 'Посилання не працює. Перевірте, чи ви скопіювали його з листа повністю.',
    },
  },
};
