// The mentor's match page shows how to connect the Mentorkit extension (issue 18): the connect
// code is the page's own address, which the extension reads for the programme's origin and the
// link's token (extension/src/features/programme/connect-code.ts). Only on the mentor's page
// and while the match is proposed or runs; what is shared is said here too, before the mentor
// connects. Swedish is the source; a language missing a message fails the type check.
import type { IncomingMessage } from 'node:http';
import type { Locale } from '@mentorkit/core';
import { html, type SafeHtml } from '../mail/html.ts';
import type { MatchRole } from '../store/match-history.ts';
import type { StoredMatch } from '../store/matches.ts';

interface ConnectMessages {
  heading: string;
  help: string;
  label: string;
  shared: string;
  /** The paragraph of the mentor's introduction mail (match-mail/introduction-mail.ts). */
  mail: string;
}

export const CONNECT_MESSAGES: Record<Locale, ConnectMessages> = {
  sv: {
    heading: 'Dela dina sessioner från Mentorkit-tillägget',
    help: 'Använder du Mentorkit-tillägget för mentorer? Öppna dess inställningar, klistra in koden nedan under ”Dela sessioner med ditt program” och välj adepten. Du kan koppla från när du vill; då raderas det som delats.',
    label: 'Anslutningskod',
    shared:
      'Det som delas för varje session: datum, längd, form, ämnen, betyg och om samordnaren behöver titta på något. En anteckning delas bara när du väljer det för den sessionen.',
    mail: 'Loggar du era träffar med Mentorkit-tillägget för webbläsaren? Då kan du dela korta sammanfattningar med samordnaren. Öppna ditt matchningskort: där finns anslutningskoden som du klistrar in i tilläggets inställningar under ”Dela sessioner med ditt program”. Inget delas förrän du ansluter.',
  },
  en: {
    heading: 'Share your sessions from the Mentorkit extension',
    help: 'Do you use the Mentorkit extension for mentors? Open its settings, paste the code below under “Share sessions with your programme” and choose the mentee. You can disconnect at any time; what was shared is then deleted.',
    label: 'Connect code',
    shared:
      'Shared for each session: the date, duration, format, topics, rating and whether the coordinator needs to look at something. A note is shared only when you choose so for that session.',
    mail: 'Do you log your meetings with the Mentorkit browser extension? Then you can share short summaries with the coordinator. Open your match card: it shows the connect code to paste into the extension’s settings under “Share sessions with your programme”. Nothing is shared until you connect.',
  },
  ar: {
    heading: 'شارك جلساتك من إضافة Mentorkit',
    help: 'هل تستخدم إضافة Mentorkit للمرشدين؟ افتح إعداداتها والصق الرمز أدناه تحت «شارك الجلسات مع برنامجك» واختر المتدرب. يمكنك قطع الاتصال متى شئت، وعندها يُحذف ما شورك.',
    label: 'رمز الاتصال',
    shared:
      'يُشارك لكل جلسة: التاريخ والمدة والشكل والمواضيع والتقييم وما إذا كان على المنسق الاطلاع على أمر ما. لا تُشارك الملاحظة إلا إذا اخترت ذلك لتلك الجلسة.',
    mail: 'هل تسجّل لقاءاتكما بإضافة Mentorkit للمتصفح؟ يمكنك حينها مشاركة ملخصات قصيرة مع المنسق. افتح بطاقة المطابقة: ستجد فيها رمز الاتصال لتلصقه في إعدادات الإضافة تحت «شارك الجلسات مع برنامجك». لا يُشارك شيء قبل أن تتصل.',
  },
  fa: {
    heading: 'جلسه‌هایتان را از افزونهٔ Mentorkit به اشتراک بگذارید',
    help: 'از افزونهٔ Mentorkit برای منتورها استفاده می‌کنید؟ تنظیمات آن را باز کنید، کد زیر را در «جلسه‌ها را با برنامه‌تان به اشتراک بگذارید» بچسبانید و منتی را انتخاب کنید. هر وقت بخواهید می‌توانید اتصال را قطع کنید؛ آنچه به اشتراک گذاشته شده پاک می‌شود.',
    label: 'کد اتصال',
    shared:
      'برای هر جلسه به اشتراک گذاشته می‌شود: تاریخ، مدت، شکل، موضوع‌ها، امتیاز و اینکه آیا هماهنگ‌کننده باید به چیزی رسیدگی کند. یادداشت فقط وقتی به اشتراک گذاشته می‌شود که برای آن جلسه انتخاب کنید.',
    mail: 'جلسه‌هایتان را با افزونهٔ مرورگر Mentorkit ثبت می‌کنید؟ آن‌گاه می‌توانید خلاصه‌های کوتاه را با هماهنگ‌کننده به اشتراک بگذارید. کارت همتایی خود را باز کنید: کد اتصال آنجاست تا آن را در تنظیمات افزونه در «جلسه‌ها را با برنامه‌تان به اشتراک بگذارید» بچسبانید. تا وصل نشوید چیزی به اشتراک گذاشته نمی‌شود.',
  },
  prs: {
    heading: 'جلسه‌های تان را از افزونهٔ Mentorkit شریک سازید',
    help: 'آیا از افزونهٔ Mentorkit برای منتورها کار می‌گیرید؟ تنظیمات آن را باز کنید، کد زیر را در «جلسه‌ها را با برنامهٔ تان شریک سازید» بچسپانید و منتی را انتخاب کنید. هر وقت خواستید می‌توانید اتصال را قطع کنید؛ آنچه شریک شده پاک می‌شود.',
    label: 'کد اتصال',
    shared:
      'برای هر جلسه شریک می‌شود: تاریخ، مدت، شکل، موضوع‌ها، نمره و اینکه آیا هماهنگ‌کننده باید به چیزی رسیدگی کند. یادداشت تنها وقتی شریک می‌شود که برای همان جلسه انتخاب کنید.',
    mail: 'آیا جلسه‌های تان را با افزونهٔ مرورگر Mentorkit ثبت می‌کنید؟ در آن صورت می‌توانید خلاصه‌های کوتاه را با هماهنگ‌کننده شریک سازید. کارت همتایی تان را باز کنید: کد اتصال در آنجاست تا آن را در تنظیمات افزونه در «جلسه‌ها را با برنامهٔ تان شریک سازید» بچسپانید. تا وصل نشوید چیزی شریک نمی‌شود.',
  },
  so: {
    heading: 'La wadaag kulamadaada kordhinta Mentorkit',
    help: 'Ma isticmaashaa kordhinta Mentorkit ee lataliyayaasha? Fur dejinteeda, ku dheji koodka hoose qaybta “La wadaag kulamada barnaamijkaaga” oo dooro qofka aad la shaqeyso. Waad goyn kartaa xiriirka goor kasta; waxa la wadaagay waa la tirtirayaa.',
    label: 'Koodka xiriirka',
    shared:
      'Kulan kasta waxaa la wadaagaa: taariikhda, mudada, qaabka, mowduucyada, qiimeynta iyo in isku-duwuhu u baahan yahay inuu wax eego. Qoraal waxaa la wadaagaa oo keliya marka aad adigu doorato kulankaas.',
    mail: 'Ma ku diiwaangelisaa kulamadiinna kordhinta browser-ka ee Mentorkit? Markaas waxaad isku-duwaha la wadaagi kartaa soo koobitaanno gaaban. Fur kaarkaaga lammaanaha: waxaa ku yaal koodka xiriirka oo aad ku dhejinayso dejinta kordhinta qaybta “La wadaag kulamada barnaamijkaaga”. Waxba lama wadaago ilaa aad ku xirto.',
  },
  ti: {
    heading: 'ኣኼባታትካ ካብ Mentorkit መወሰኺ ኣካፍል',
    help: 'ነቲ ንመማኸርቲ ዝኸውን Mentorkit መወሰኺ ትጥቀመሉ ዶ? ቅጥዕታቱ ክፈት፣ ነቲ ኣብ ታሕቲ ዘሎ ኮድ ኣብ «ኣኼባታት ምስ መደብካ ኣካፍል» ለጥፎ፣ ነቲ ተማኻሪ ድማ ምረጽ። ኣብ ዝደለኻዮ ግዜ ምትእስሳር ክትበትኽ ትኽእል ኢኻ፣ እቲ ዝተኻፈለ ድማ ይድምሰስ።',
    label: 'ኮድ ምትእስሳር',
    shared:
      'ንነፍሲ ወከፍ ኣኼባ ዝካፈል፡ ዕለት፣ ንውሓት፣ ኣገባብ፣ ኣርእስትታት፣ ገምጋምን ኣወሃሃዲ ገለ ነገር ክርኢ ዘድልዮ እንተኾይኑን። መዘኻኸሪ ዝካፈል ንሱ ኣኼባ ምስ እትመርጽ ጥራይ እዩ።',
    mail: 'ኣኼባታትኩም ብMentorkit መወሰኺ ብራውዘር ትምዝግቡ ዶ? ሽዑ ሓጺር ጽማቕ ምስ ኣወሃሃዲ ከተካፍል ትኽእል ኢኻ። ካርድ መጻምድትኻ ክፈት፦ ኣብኡ ዘሎ ኮድ ምትእስሳር ኣብ ቅጥዕታት መወሰኺ ኣብ «ኣኼባታት ምስ መደብካ ኣካፍል» ለጥፎ። ክሳብ እትእሰር ዋላ ሓንቲ ኣይካፈልን።',
  },
  uk: {
    heading: 'Діліться зустрічами з розширення Mentorkit',
    help: 'Користуєтеся розширенням Mentorkit для менторів? Відкрийте його налаштування, вставте код нижче в розділі «Діліться зустрічами зі своєю програмою» й оберіть підопічного. Ви можете відключитися будь-коли; тоді передане буде видалено.',
    label: 'Код підключення',
    shared:
      'Для кожної зустрічі передаються: дата, тривалість, формат, теми, оцінка та чи потрібна увага координатора. Нотатка передається, лише якщо ви оберете це для тієї зустрічі.',
    mail: 'Записуєте зустрічі в розширенні браузера Mentorkit? Тоді ви можете ділитися короткими підсумками з координатором. Відкрийте картку пари: там є код підключення, який треба вставити в налаштуваннях розширення в розділі «Діліться зустрічами зі своєю програмою». Нічого не передається, доки ви не підключитеся.',
  },
};

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The page's own address, as the mentor would copy it: https, except on this computer (a test
 * server), which is also the only place the extension takes plain http.
 */
export function connectCodeFor(request: IncomingMessage, token: string): string | undefined {
  const host = request.headers.host;
  if (!host || !/^[A-Za-z0-9.:[\]-]+$/.test(host)) return undefined;
  const hostname = host.replace(/:\d+$/, '');
  const scheme = LOOPBACK.has(hostname) ? 'http' : 'https';
  return `${scheme}://${host}/match/${token}`;
}

/** The section for the mentor's page; empty for the mentee and once the match is over. */
export function connectSection(
  locale: Locale,
  match: StoredMatch,
  role: MatchRole,
  code: string | undefined,
): SafeHtml | '' {
  if (role !== 'mentor' || !code) return '';
  if (match.status === 'closed' || match.status === 'completed') return '';
  const messages = CONNECT_MESSAGES[locale];
  return html`<section aria-labelledby="connect-heading" class="connect">
    <h2 id="connect-heading">${messages.heading}</h2>
    <p>${messages.help}</p>
    <label for="connect-code">${messages.label}</label>
    <input id="connect-code" type="text" readonly value="${code}" dir="ltr" />
    <p>${messages.shared}</p>
  </section>`;
}
