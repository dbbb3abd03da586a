// The `commands` entries of manifest.config.ts, by name, for the parts that listen for them or
// show them.

/** The browser's own command that opens the popup, here the quick-log. */
export const QUICK_LOG_COMMAND = '_execute_action';

/** Look up the selected text (grants activeTab); handled in features/lookup/background-lookup.ts. */
export const LOOK_UP_COMMAND = 'look-up-selection';
