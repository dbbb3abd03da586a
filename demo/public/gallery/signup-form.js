// The signup form's gallery page: the playground's controls, snippet, copy and event log, the
// reference tables, and a partner's extra questions on the mentee example (a property).
import { fillLanguageSelect, setUpGallery } from './gallery-kit.js';

for (const select of document.querySelectorAll('[data-languages]')) fillLanguageSelect(select);

document.getElementById('state-mentee').questions = [
  {
    id: 'licence',
    type: 'yes-no',
    label: { sv: 'Har du körkort?', en: 'Do you have a driving licence?' },
    required: true,
  },
  {
    id: 'shift',
    type: 'single-choice',
    label: { sv: 'Vilka tider passar?', en: 'Which times suit you?' },
    options: [
      { value: 'day', label: { sv: 'Dagtid', en: 'Daytime' } },
      { value: 'evening', label: { sv: 'Kvällar', en: 'Evenings' } },
    ],
  },
];

await setUpGallery({
  tag: 'mk-signup-form',
  widget: document.getElementById('playground'),
  form: document.getElementById('controls'),
  events: ['mk-signup-submit', 'mk-signup-success', 'mk-signup-error'],
});
