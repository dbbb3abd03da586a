// The popup is honest about what exists: quick-log is not built yet, so it says so and offers
// the settings that do exist.
import { html, type TemplateResult } from 'lit';
import { t } from '../shared/i18n.ts';

export interface PopupViewProps {
  optionsUrl: string;
  onOpenOptions: (event: Event) => void;
}

export function popupView({ optionsUrl, onOpenOptions }: PopupViewProps): TemplateResult {
  return html`
    <h1>${t('popupHeading')}</h1>
    <p>${t('popupQuickLogComing')}</p>
    <p><a href=${optionsUrl} @click=${onOpenOptions}>${t('popupOpenSettings')}</a></p>
  `;
}
