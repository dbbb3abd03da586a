// Page script of the signup form demo: the partner's extra questions (a property, so set from
// script) and a log of the events the forms fire. Runs after /widgets/mentorkit.js.
const mentee = document.getElementById('mentee-form');
mentee.questions = [
  {
    id: 'licence',
    type: 'yes-no',
    label: {
      sv: 'Har du körkort?',
      en: 'Do you have a driving licence?',
      ar: 'هل لديك رخصة قيادة؟',
    },
    required: true,
  },
  {
    id: 'shift',
    type: 'single-choice',
    label: {
      sv: 'Vilka tider passar?',
      en: 'Which times suit you?',
      ar: 'ما الأوقات المناسبة لك؟',
    },
    options: [
      { value: 'day', label: { sv: 'Dagtid', en: 'Daytime', ar: 'نهارًا' } },
      { value: 'evening', label: { sv: 'Kvällar', en: 'Evenings', ar: 'مساءً' } },
    ],
  },
  {
    id: 'note',
    type: 'long-text',
    label: {
      sv: 'Något mer vi bör veta?',
      en: 'Anything else we should know?',
      ar: 'هل هناك شيء آخر يجب أن نعرفه؟',
    },
  },
];

const log = document.getElementById('event-log');
for (const name of ['mk-signup-submit', 'mk-signup-success', 'mk-signup-error']) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    const detail = event.detail ?? {};
    const extra = detail.status ? ` (${detail.status})` : detail.kind ? ` (${detail.kind})` : '';
    item.textContent = `${event.target.id}: ${name}${extra}`;
    log.append(item);
  });
}
