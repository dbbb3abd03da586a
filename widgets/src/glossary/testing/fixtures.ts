// Fixtures of <mk-glossary>'s component tests: mounting, reading the shadow root, a partner's
// own glossary served by the test routes.
import { fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { GlossaryTerm } from '@mentorkit/core';
import { waitFor } from '../../shared/testing/wait.ts';
import '../define.ts';
import type { MkGlossary } from '../glossary.ts';

export interface MountOptions {
  lang?: string;
  domains?: string;
  src?: string;
  withoutHash?: boolean;
  dir?: string;
}

export async function mount(options: MountOptions = {}): Promise<MkGlossary> {
  return fixture<MkGlossary>(
    html`<mk-glossary
      lang=${ifDefined(options.lang)}
      dir=${ifDefined(options.dir)}
      domains=${ifDefined(options.domains)}
      src=${ifDefined(options.src)}
      ?without-hash=${options.withoutHash ?? false}
    ></mk-glossary>`,
  );
}

export function part(el: MkGlossary, name: string): HTMLElement | null {
  return el.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}

export function parts(el: MkGlossary, name: string): HTMLElement[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])];
}

export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until the terms are loaded (the search field answers). */
export async function loaded(el: MkGlossary): Promise<MkGlossary> {
  await waitFor(
    () => el.shadowRoot?.querySelector('.status') !== null,
    'the glossary did not load',
  );
  return el;
}

/** Types `query` into the search field as a person would (an input event per change). */
export async function search(el: MkGlossary, query: string): Promise<void> {
  const input = part(el, 'input') as HTMLInputElement;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export function resultLemmas(el: MkGlossary): string[] {
  return parts(el, 'result').map((link) => text(link));
}

/** The card's Swedish word, or '' when no card is shown. */
export function cardTerm(el: MkGlossary): string {
  return text(part(el, 'term'));
}

/** Sets the page's `#…` and waits for the widget to follow. */
export async function goToHash(el: MkGlossary, hash: string): Promise<void> {
  const changed = new Promise((resolve) =>
    window.addEventListener('hashchange', resolve, { once: true }),
  );
  location.hash = hash;
  await changed;
  await el.updateComplete;
}

const term = (id: string, lemma: string, extra: Partial<GlossaryTerm> = {}): GlossaryTerm => ({
  id,
  lemma,
  forms: [],
  partOfSpeech: 'noun',
  domain: 'foundry',
  explanation: { sv: `Förklaring av ${lemma}.`, en: `Explanation of ${lemma}.` },
  translations: {},
  ...extra,
});

/** A foundry's own glossary: one reviewed translation, one hostile text, a related link. */
export const PARTNER_PACK = {
  name: 'Gjuteriets ord',
  terms: [
    term('kokill', 'kokill', {
      translations: {
        ar: { text: 'قالب معدني', explanation: 'قالب من الحديد يُصبّ فيه المعدن.', reviewed: true },
        uk: { text: 'кокіль', reviewed: false },
      },
      related: ['gjutform'],
      example: 'Vi gjuter i kokill.',
    }),
    term('gjutform', 'gjutform', {
      explanation: {
        sv: '<img src=x onerror="window.__mkHacked=1"> En form att gjuta i.',
        en: 'A mould.',
      },
      translations: { ar: { text: '<script>window.__mkHacked=1</script>', reviewed: false } },
    }),
  ],
};

/** A test route that answers `body` as JSON. */
export function jsonUrl(body: unknown, delay = 0): string {
  const query = new URLSearchParams({ body: JSON.stringify(body), type: 'application/json' });
  if (delay) query.set('delay', String(delay));
  return `/__mk-test/json?${query.toString()}`;
}
