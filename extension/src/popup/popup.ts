// Entry of the popup (popup.html): the features' popup sections, in this order.
import { glossarySection } from '../features/lookup/glossary-search.ts';
import { quickLogSection } from '../features/quick-log/quick-log-popup.ts';
import { settingsLink } from '../features/settings/settings-link.ts';
import { startExtensionPage } from '../shared/extension-page.ts';

startExtensionPage({
  name: 'popup',
  heading: 'popupHeading',
  sections: [quickLogSection, glossarySection, settingsLink],
});
