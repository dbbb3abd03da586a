/**
 * Registers `<mk-glossary>`, and nothing else:
 * `import '@mentorkit/widgets/glossary/define';`
 */
import { MkGlossary } from './glossary.ts';
// Brings the element's event (events.ts, on the global event map) into the declarations of a
// page that imports only this module, so that its `addEventListener` is typed; gone from the JS.
export type {} from './events.ts';

if (!customElements.get('mk-glossary')) customElements.define('mk-glossary', MkGlossary);

declare global {
  interface HTMLElementTagNameMap {
    'mk-glossary': MkGlossary;
  }
}
