// Registers <mk-trainings> (the class module itself has no side effects).
import { MkTrainings } from './trainings.ts';

if (!customElements.get('mk-trainings')) customElements.define('mk-trainings', MkTrainings);

declare global {
  interface HTMLElementTagNameMap {
    'mk-trainings': MkTrainings;
  }
}
