// The follow-up's gallery page: the playground and the reference tables.
import { fillLanguageSelect, setUpGallery } from './gallery-kit.js';

for (const select of document.querySelectorAll('[data-languages]')) fillLanguageSelect(select);

await setUpGallery({
  tag: 'mk-follow-up',
  widget: document.getElementById('playground'),
  form: document.getElementById('controls'),
  events: ['mk-follow-up-submit', 'mk-follow-up-submitted', 'mk-follow-up-error'],
});
