// Entry of the options page (options.html): the features' options sections, in this order.
import { dataSection } from '../features/backup/data-section.ts';
import { packsSection } from '../features/lookup/packs-section.ts';
import { connectSection } from '../features/programme/connect-section.ts';
import { settingsForm, storedSettings } from '../features/settings/settings-section.ts';
import { shortcutsSection } from '../features/shortcuts/shortcuts-section.ts';
import { sitesSection } from '../features/sites/sites-section.ts';
import { startExtensionPage } from '../shared/extension-page.ts';

startExtensionPage({
  name: 'options',
  heading: 'optionsTitle',
  title: 'optionsTitle',
  sections: [
    settingsForm,
    shortcutsSection,
    storedSettings,
    sitesSection,
    connectSection,
    packsSection,
    dataSection,
  ],
});
