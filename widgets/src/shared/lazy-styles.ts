/**
 * Styles that arrive after the first render, with a module loaded on first use (the match
 * card's own styles come with its templates): added to the element's shadow root after the
 * element's own styles. Adding the same styles again does nothing.
 */
import { adoptStyles } from 'lit';
import type { CSSResultOrNative, LitElement } from 'lit';

const adopted = new WeakMap<LitElement, CSSResultOrNative[]>();

export function adoptLazyStyles(host: LitElement, styles: CSSResultOrNative): void {
  const lazy = adopted.get(host) ?? [];
  if (lazy.includes(styles)) return;
  lazy.push(styles);
  adopted.set(host, lazy);
  const own = (host.constructor as typeof LitElement).elementStyles;
  adoptStyles(host.renderRoot as ShadowRoot, [...own, ...lazy]);
}
