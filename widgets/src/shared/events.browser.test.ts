import { expect, fixture, html } from '@open-wc/testing';
import { describe, it } from './testing/mocha.ts';
import { LitElement } from 'lit';
import { emit } from './events.ts';

interface MkTestPingDetail {
  count: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** Test-only: proves that `emit` and `addEventListener` share one typed declaration. */
    'mk-test-ping': CustomEvent<MkTestPingDetail>;
  }
}

/** A test-only element that fires from inside its shadow root, as widgets do. */
class MkTestEmitter extends LitElement {
  override render() {
    return html`<button type="button">Ping</button>`;
  }

  ping(count: number, cancelable = false): boolean {
    const button = this.shadowRoot!.querySelector('button')!;
    return emit(button, 'mk-test-ping', { count }, { cancelable });
  }
}
customElements.define('mk-test-emitter', MkTestEmitter);

describe('emit', () => {
  it('fires a CustomEvent that bubbles out of the shadow root with its detail', async () => {
    const outer = await fixture<HTMLElement>(html`<div><mk-test-emitter></mk-test-emitter></div>`);
    const el = outer.querySelector<MkTestEmitter>('mk-test-emitter')!;
    const received: CustomEvent<MkTestPingDetail>[] = [];
    outer.addEventListener('mk-test-ping', (event) => received.push(event));

    expect(el.ping(3)).to.equal(true);
    expect(received).to.have.length(1);
    const [event] = received;
    expect(event!.detail).to.deep.equal({ count: 3 });
    expect(event!.bubbles).to.equal(true);
    expect(event!.composed).to.equal(true);
    expect(event!.cancelable).to.equal(false);
    // Retargeted: outside, the event comes from the widget, not from its inner button.
    expect(event!.target).to.equal(el);
  });

  it('is not cancelable unless asked, so preventDefault changes nothing', async () => {
    const el = await fixture<MkTestEmitter>(html`<mk-test-emitter></mk-test-emitter>`);
    el.addEventListener('mk-test-ping', (event) => event.preventDefault());
    expect(el.ping(1)).to.equal(true);
  });

  it('returns false when a cancelable event is cancelled', async () => {
    const el = await fixture<MkTestEmitter>(html`<mk-test-emitter></mk-test-emitter>`);
    expect(el.ping(1, true)).to.equal(true);
    document.addEventListener('mk-test-ping', (event) => event.preventDefault(), { once: true });
    expect(el.ping(2, true)).to.equal(false);
  });
});
