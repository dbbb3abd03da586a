import { h } from './dom.ts';

/** The "Demo" badge on rows and cards of fictional demo data (nothing when not demo data). */
export function demoBadge(demo: boolean): HTMLElement | false {
  return demo && h('span', { className: 'badge' }, 'Demo');
}
