// <mk-glossary>: the bundled glossary loaded by domain, the extension's lookup (inflected forms,
// compounds, typos), linkable terms with back and forward, the reader's language and its review
// status, keyboard, a partner's own glossary, every state (loading, empty, error, missing term),
// hostile text, and axe in each, left to right and right to left.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { afterEach, describe, it } from '../shared/testing/mocha.ts';
import { waitFor } from '../shared/testing/wait.ts';
import type { MkGlossary } from './glossary.ts';
import {
  PARTNER_PACK,
  cardTerm,
  goToHash,
  jsonUrl,
  loaded,
  mount,
  part,
  parts,
  resultLemmas,
  search,
  text,
} from './testing/fixtures.ts';

afterEach(() => {
  // Each test starts without a term in the address (replaceState: no hashchange, no history).
  history.replaceState(null, '', location.pathname + location.search);
});

describe('<mk-glossary> search', () => {
  it('is accessible loaded, with results and with a card', async () => {
    const el = await loaded(await mount({ lang: 'sv' }));
    await expect(el).to.be.accessible();
    await search(el, 'kollektivavtalet');
    await goToHash(el, '#term=kollektivavtal');
    await expect(el).to.be.accessible();
  });

  it('finds a term from an inflected form, a compound and a typo, as the extension does', async () => {
    const el = await loaded(await mount({ lang: 'sv' }));
    await search(el, 'kollektivavtalet');
    expect(resultLemmas(el)[0]).to.equal('kollektivavtal');
    await search(el, 'kolektivavtal');
    expect(resultLemmas(el)[0]).to.equal('kollektivavtal');
    await search(el, 'skyddsombuden');
    expect(resultLemmas(el)[0]).to.equal('skyddsombud');
    await search(el, 'lokalkollektivavtalet');
    expect(resultLemmas(el)).to.include('kollektivavtal');
    expect(text(part(el, 'status'))).to.match(/\d+ ord hittades/);
  });

  it('says when nothing is found, and Escape empties the search', async () => {
    const el = await loaded(await mount({ lang: 'sv' }));
    await search(el, 'qqqxxyyzz');
    expect(resultLemmas(el)).to.deep.equal([]);
    expect(text(part(el, 'status'))).to.equal(
      'Inga ord hittades för ”qqqxxyyzz”. Kontrollera stavningen eller sök ett annat ord.',
    );
    await expect(el).to.be.accessible();
    part(el, 'input')?.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect((part(el, 'input') as HTMLInputElement).value).to.equal('');
    expect(text(part(el, 'status'))).to.equal('');
  });

  it('loads only the domains asked for', async () => {
    const el = await loaded(await mount({ lang: 'sv', domains: 'pay' }));
    await search(el, 'ob-tillägget');
    expect(resultLemmas(el)[0]).to.equal('OB-tillägg');
    await goToHash(el, '#term=kollektivavtal');
    expect(cardTerm(el)).to.equal('');
    expect(text(part(el, 'missing'))).to.equal('Ordet finns inte i ordlistan. Sök ett annat ord.');
  });
});

describe('<mk-glossary> linkable terms', () => {
  it('opens the term in the address, and follows back and forward', async () => {
    history.replaceState(null, '', '#term=skyddsombud');
    const el = await loaded(await mount({ lang: 'sv' }));
    await waitFor(() => cardTerm(el) === 'skyddsombud', 'the linked term did not open');
    expect(text(part(el, 'explanation'))).to.not.equal('');

    await search(el, 'kollektivavtalet');
    const opened: string[] = [];
    el.addEventListener('mk-glossary-open', (event) => opened.push(event.detail.id));
    const changed = new Promise((resolve) =>
      window.addEventListener('hashchange', resolve, { once: true }),
    );
    parts(el, 'result')[0]?.click();
    await changed;
    await el.updateComplete;
    expect(location.hash).to.equal('#term=kollektivavtal');
    expect(cardTerm(el)).to.equal('kollektivavtal');
    expect(opened).to.deep.equal(['kollektivavtal']);
    expect(el.shadowRoot?.activeElement).to.equal(part(el, 'term'));

    const back = new Promise((resolve) =>
      window.addEventListener('hashchange', resolve, { once: true }),
    );
    history.back();
    await back;
    await el.updateComplete;
    expect(cardTerm(el)).to.equal('skyddsombud');
    const forward = new Promise((resolve) =>
      window.addEventListener('hashchange', resolve, { once: true }),
    );
    history.forward();
    await forward;
    await el.updateComplete;
    expect(cardTerm(el)).to.equal('kollektivavtal');

    // A page's own fragment (a skip link's #main) leaves the card open.
    await goToHash(el, '#main');
    expect(cardTerm(el)).to.equal('kollektivavtal');
  });

  it('Enter in the search opens the best match; related words are links', async () => {
    const el = await loaded(await mount({ lang: 'sv' }));
    part(el, 'input')?.focus();
    await sendKeys({ type: 'kollektivavtalen' });
    await el.updateComplete;
    const changed = new Promise((resolve) =>
      window.addEventListener('hashchange', resolve, { once: true }),
    );
    await sendKeys({ press: 'Enter' });
    await changed;
    await el.updateComplete;
    expect(cardTerm(el)).to.equal('kollektivavtal');
    const related = parts(el, 'related-link');
    expect(related.length).to.be.greaterThan(0);
    expect(related[0]?.getAttribute('href')).to.match(/^#term=[a-z0-9-]+$/);
  });

  it('without-hash leaves the address alone', async () => {
    const el = await loaded(await mount({ lang: 'sv', withoutHash: true }));
    await search(el, 'skyddsombud');
    parts(el, 'result')[0]?.click();
    await el.updateComplete;
    expect(cardTerm(el)).to.equal('skyddsombud');
    expect(location.hash).to.equal('');
  });
});

describe('<mk-glossary> in the reader’s language', () => {
  it('shows the Arabic translation right to left, marked machine-assisted', async () => {
    history.replaceState(null, '', '#term=kollektivavtal');
    const el = await loaded(await mount({ lang: 'ar' }));
    await waitFor(() => cardTerm(el) === 'kollektivavtal', 'the card did not open');
    expect(el.getAttribute('dir')).to.equal('rtl');
    const translation = part(el, 'translation');
    expect(translation?.querySelector('[lang="ar"]')?.getAttribute('dir')).to.equal('rtl');
    expect(text(part(el, 'review-status'))).to.equal('ترجمة بمساعدة الآلة، لم يراجعها أحد بعد.');
    expect(part(el, 'term')?.getAttribute('dir')).to.equal('ltr');
    // Nobody could open the union's page it rests on from here: the card does not claim a check.
    expect(text(part(el, 'check-status'))).to.equal('لم يتم التحقق من الشرح مقابل المصدر بعد.');
    expect(part(el, 'check-status')?.dataset.checked).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('says when an explanation was checked against the law’s text, in the reader’s language', async () => {
    history.replaceState(null, '', '#term=skyddsombudsstopp');
    const el = await loaded(await mount({ lang: 'sv' }));
    await waitFor(() => cardTerm(el) === 'skyddsombudsstopp', 'the card did not open');
    // Checked on 2026-12-03 against 6 kap. 7 § arbetsmiljölagen kept in the repository.
    expect(part(el, 'check-status')?.dataset.checked).to.equal('true');
    expect(text(part(el, 'check-status'))).to.match(
      /^Förklaringen är kontrollerad mot källan 3 dec\.? 2026\.$/,
    );
    el.setAttribute('lang', 'uk');
    await waitFor(() => text(part(el, 'check-status')).startsWith('Пояснення перевірено'));
    expect(text(part(el, 'check-status'))).to.contain('2026');
    await expect(el).to.be.accessible();
  });

  it('shows English to an English reader, and every UI language renders', async () => {
    history.replaceState(null, '', '#term=kollektivavtal');
    const el = await loaded(await mount({ lang: 'en' }));
    await waitFor(() => cardTerm(el) === 'kollektivavtal', 'the card did not open');
    expect(part(el, 'translation')?.getAttribute('lang')).to.equal('en');
    expect(text(part(el, 'title'))).to.equal('Words of Swedish working life');
    for (const lang of ['fa', 'prs', 'so', 'ti', 'uk', 'sv']) {
      el.setAttribute('lang', lang);
      await waitFor(
        () => text(part(el, 'title')) !== 'Words of Swedish working life' || lang === 'en',
      );
      await el.updateComplete;
      expect(text(part(el, 'title')), lang).to.not.equal('');
    }
  });
});

describe('<mk-glossary> a partner’s own glossary (src)', () => {
  it('says "reviewed" only for a reviewed translation, and shows hostile text as text', async () => {
    history.replaceState(null, '', '#term=kokill');
    const el = await loaded(await mount({ lang: 'ar', src: jsonUrl(PARTNER_PACK) }));
    await waitFor(() => cardTerm(el) === 'kokill', 'the card did not open');
    expect(text(part(el, 'review-status'))).to.equal('راجع شخصٌ هذه الترجمة.');
    await goToHash(el, '#term=gjutform');
    expect(text(part(el, 'review-status'))).to.equal('ترجمة بمساعدة الآلة، لم يراجعها أحد بعد.');
    expect(text(part(el, 'explanation'))).to.contain('<img src=x');
    expect(text(part(el, 'translation'))).to.contain('<script>');
    expect(el.shadowRoot?.querySelector('img, script')).to.equal(null);
    expect((window as { __mkHacked?: number }).__mkHacked).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('shows loading, then an error with "Try again" for a failed or invalid glossary', async () => {
    const slow = await mount({ lang: 'sv', src: jsonUrl(PARTNER_PACK, 2000) });
    await waitFor(() => part(slow, 'loading'), 'no loading state');
    await expect(slow).to.be.accessible();

    const failed = await mount({ lang: 'sv', src: '/__mk-test/status/500' });
    await waitFor(() => part(failed, 'error'), 'no error state');
    expect(part(failed, 'retry-button')).to.not.equal(null);
    await expect(failed).to.be.accessible();

    const invalid = await mount({ lang: 'sv', src: jsonUrl({ terms: [{ id: 'x' }] }) });
    await waitFor(() => part(invalid, 'error'), 'an invalid glossary was not refused');
  });
});

describe('<mk-glossary> right to left', () => {
  it('is accessible in Persian with results', async () => {
    const el = await loaded(await mount({ lang: 'fa' }));
    await search(el, 'kollektivavtal');
    expect(el.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });
});

export type { MkGlossary };
