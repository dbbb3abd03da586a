// The popup: quick-log (its own module, quick-log/) and the settings link.
import { html, type TemplateResult } from 'lit';
import { t } from '../shared/i18n.ts';
import { quickLogSection } from '../features/quick-log/quick-log-popup.ts';
import { glossarySection } from '../features/lookup/glossary-search.ts';

export interface PopupViewProps {
  optionsUrl: string;
  onOpenOptions: (event: Event) => void;
}

export function popupView({ optionsUrl, onOpenOptions }: PopupViewProps): TemplateResult {
  return html`
    <h1>${t('popupHeading')}</h1>
    ${quickLogSection()} ${glossarySection()}
    <p><a href=${optionsUrl} @click=${onOpenOptions}>${t('popupOpenSettings')}</a></p>
  `;
}
