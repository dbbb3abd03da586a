// The content script as the background injects it (scripting.executeScript) and registers it
// (scripting.registerContentScripts): crxjs builds content/content-script.ts as one IIFE and
// gives its built file name here.
import contentScriptFile from '../content/content-script.ts?iife';

export { contentScriptFile };
