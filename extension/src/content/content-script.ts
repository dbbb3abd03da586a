// The content script, injected by the background with scripting.executeScript (never declared
// for all pages in the manifest), and registered for the sites the mentor turned on. Each lookup
// injects it again; the isolated world keeps its globals between injections, so the features
// start only once per page. The features' content parts, in the order they start:
import { lookupPopover } from '../features/lookup/lookup-popover.ts';
import { siteFeatures } from '../features/sites/site-features.ts';
import { startFeatures } from '../shared/feature.ts';

const STARTED = Symbol.for('mentorkit.content-script.started');
const isolatedWorld = globalThis as typeof globalThis & { [STARTED]?: boolean };

if (!isolatedWorld[STARTED]) {
  isolatedWorld[STARTED] = true;
  startFeatures([lookupPopover, siteFeatures], new AbortController().signal);
}
