/**
 * Registers `<mk-match-card>`, and nothing else:
 * `import '@mentorkit/widgets/match-card/define';`
 */
import { MkMatchCard } from './match-card.ts';

if (!customElements.get('mk-match-card')) customElements.define('mk-match-card', MkMatchCard);

declare global {
  interface HTMLElementTagNameMap {
    'mk-match-card': MkMatchCard;
  }
}
