// Entry of the popup (popup.html): the features' popup sections, in this order. The glossary's
// search box comes first and the quick-log's Save stays in view (popup.css), so that both are
// reachable without scrolling in Chrome's largest popup, 400 × 600, in every language.
import { glossarySection } from '../features/lookup/glossary-search.ts';
import { quickLogSection } from '../features/quick-log/quick-log-popup.ts';
import { settingsLink } from '../features/settings/settings-link.ts';
import { startExtensionPage } from '../shared/extension-page.ts';

startExtensionPage({
  name: 'popup',
  heading: 'popupHeading',
  sections: [glossarySection, quickLogSection, settingsLink],
});
