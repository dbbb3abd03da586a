// Registers <mk-report> (the class module itself has no side effects).
import { MkReport } from './report.ts';

if (!customElements.get('mk-report')) customElements.define('mk-report', MkReport);

declare global {
  interface HTMLElementTagNameMap {
    'mk-report': MkReport;
  }
}
