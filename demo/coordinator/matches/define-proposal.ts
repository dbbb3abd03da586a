// Registers <mk-proposal> (the class module itself has no side effects).
import { MkProposal } from './proposal.ts';

if (!customElements.get('mk-proposal')) customElements.define('mk-proposal', MkProposal);

declare global {
  interface HTMLElementTagNameMap {
    'mk-proposal': MkProposal;
  }
}
