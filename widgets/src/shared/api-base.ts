/**
 * Where a widget finds the backend's API when the page names no `endpoint` or `src`: beside
 * the script it was loaded from. A partner who pastes
 * `<script type="module" src="https://mentor.example.org/widgets/0.2.0/mentorkit.js">` gets a
 * form that posts to `https://mentor.example.org/api/signups` and a calendar that reads that
 * backend's trainings, with no URL to get wrong (a relative `endpoint` on the partner's own
 * site posts to the partner's site). `api-base` on the element overrides it.
 *
 * Only the backend's CDN layout counts (`…/widgets/<version>/` or `…/widgets/`, entry files
 * `mentorkit.js` and `mk-*.js`). Bundled into someone's app, or copied to a CDN of its own,
 * the script sits anywhere, so there is no API beside it and the page must say where it is.
 */

/**
 * `<origin><prefix>` of a file at `<origin><prefix>/widgets/[<version>/]…`: an entry
 * (`mentorkit.js`, `mk-*.js`) or one of its lazy chunks (`chunks/*.js`), where this module
 * is in the signup form's own file.
 */
const CDN_FILE =
  /^(https?:\/\/.*)\/widgets\/(?:[^/]+\/)?(?:mentorkit|mk-[a-z-]+|chunks\/[\w-]+)\.js(?:\?.*)?$/;

/** `<origin><prefix>/api/` for a script at `<origin><prefix>/widgets/…/mentorkit.js`. */
export function apiBeside(scriptUrl: string): string | undefined {
  const prefix = CDN_FILE.exec(scriptUrl)?.[1];
  return prefix === undefined ? undefined : `${prefix}/api/`;
}

/** In the CDN build this module's own URL is that of the file the widget came in. */
const scriptApiBase = apiBeside(import.meta.url);

/**
 * `path` (`signups`, `trainings.json`) in the backend's API: under `apiBase` (the element's
 * `api-base`, resolved against the page), else beside the script; `undefined` when neither.
 */
export function apiUrl(apiBase: string | undefined, path: string): string | undefined {
  if (!apiBase) return scriptApiBase && new URL(path, scriptApiBase).href;
  try {
    return new URL(path, new URL(apiBase.replace(/\/?$/, '/'), document.baseURI)).href;
  } catch {
    return undefined; // Not a URL: as if none was given.
  }
}
