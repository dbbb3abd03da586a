// The glossary's gallery page: the playground and the reference tables.
import { fillLanguageSelect, setUpGallery } from './gallery-kit.js';

for (const select of document.querySelectorAll('[data-languages]')) fillLanguageSelect(select);

await setUpGallery({
  tag: 'mk-glossary',
  widget: document.getElementById('playground'),
  form: document.getElementById('controls'),
  events: ['mk-glossary-open'],
});
