/**
 * `mentorkit.js`, the CDN file for a page with any of the widgets: a small loader that defines
 * each element when its tag first appears (after Shoelace's autoloader; docs/decisions/0023).
 * It looks at the document once, then at every node added later (a MutationObserver), and
 * inside the open shadow roots of the page's own elements it meets on the way. On the first
 * `<mk-signup-form>` it imports that widget's chunk, with the chunk every widget shares (Lit,
 * the base element, localisation, states): a page with one widget loads that widget and Lit,
 * a page with several loads Lit once. Each widget is also its own self-contained file
 * (`mk-signup-form.js`), for a page that wants one request.
 *
 * A tag in a closed shadow root, or one created and never added to a document, is not seen:
 * the page calls `discover(root)` (exported) for such a root, or loads the widget's file.
 * With a bundler, import `@mentorkit/widgets/define` or one widget's define module instead.
 */

/**
 * One `import()` per widget, written out so that the build makes each its own chunk. Each
 * widget adds its line here (scripts/check-manifest.mjs fails on a widget the loader lacks).
 */
const widgets: Readonly<Record<string, () => Promise<unknown>>> = {
  'mk-follow-up': () => import('./follow-up/define.ts'),
  'mk-glossary': () => import('./glossary/define.ts'),
  'mk-match-card': () => import('./match-card/define.ts'),
  'mk-signup-form': () => import('./signup-form/define.ts'),
  'mk-training-calendar': () => import('./training-calendar/define.ts'),
};

/** The tags this loader defines on sight. */
export const widgetTags: readonly string[] = Object.keys(widgets);

/**
 * What widgets/scripts/build.mjs knows of the built files, written in place of this global's
 * name in the built loader (from the sources there is none):
 * - `files`: each widget's chunk and the chunks it imports statically (the shared one), with
 *   their Subresource Integrity: `{ "mk-signup-form": [["chunks/mk-signup-form-….js",
 *   "sha256-…"], …] }`. The loader preloads them with their hashes before it imports the
 *   widget, so that a page that pins `mentorkit.js` with `integrity` runs only widget code the
 *   loader vouches for (README: "Integrity" says what that covers), and none waits for the one
 *   that imports it;
 * - `messages`: the hash of each chunk of messages per bundle and language (`{ common: { en:
 *   "CA6QTu91" }, "signup-form": { en: "Bb6qPXkM" } }` for `chunks/common-en-CA6QTu91.js`):
 *   a widget's common and own messages in the language it will speak are preloaded beside its
 *   chunk, so that its first render does not wait for the chunk, then for them.
 */
interface BuiltFiles {
  files: Record<string, [path: string, integrity: string][]>;
  messages: Record<string, Record<string, string>>;
}
const built = (globalThis as { __MENTORKIT_FILES__?: BuiltFiles }).__MENTORKIT_FILES__;

/** What each tag waits for: the import of its widget. */
const pending = new Map<string, Promise<unknown>>();
const preloaded = new Set<string>();

/** Starts fetching `path` (beside the loader) into the module map, checked against `integrity`. */
function preload(path: string, integrity = ''): void {
  if (preloaded.has(path)) return;
  preloaded.add(path);
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  // Without credentials, as the widget files are served (`Access-Control-Allow-Origin: *`).
  link.crossOrigin = 'anonymous';
  link.integrity = integrity;
  link.href = new URL(path, import.meta.url).href;
  document.head.append(link);
}

/** The widget tags found, each with the languages its elements will speak. */
type Found = Map<string, Set<string>>;

/**
 * Imports the widgets of the found tags that are not defined yet, and preloads their messages;
 * a failure is logged, and tried again on next sight.
 */
function define(found: Found): Promise<unknown> {
  for (const [tag, langs] of found) {
    if (customElements.get(tag) || pending.has(tag)) continue;
    // The import below finds these fetches in the module map, checked against their hashes.
    for (const [path, integrity] of built?.files[tag] ?? []) preload(path, integrity);
    pending.set(
      tag,
      widgets[tag]!().catch((error: unknown) => {
        pending.delete(tag);
        console.error(`[mentorkit] Could not load <${tag}>.`, error);
      }),
    );
    for (const lang of langs)
      for (const bundle of ['common', tag.slice(3)]) {
        const hash = built?.messages[bundle]?.[lang];
        if (hash) preload(`chunks/${bundle}-${lang}-${hash}.js`);
      }
  }
  return Promise.all([...found.keys()].map((tag) => pending.get(tag) ?? Promise.resolve()));
}

const observer = new MutationObserver((records) => {
  const found: Found = new Map();
  for (const record of records)
    for (const node of record.addedNodes) if (node instanceof Element) collect(node, found);
  if (found.size > 0) void define(found);
});
const observed = new WeakSet<Node>();

/** Adds the widget tags under `root` to `found`, watching every open shadow root met. */
function collect(root: Element | Document | ShadowRoot, found: Found): void {
  if (!(root instanceof Element) && !observed.has(root)) {
    observed.add(root);
    observer.observe(root, { childList: true, subtree: true });
  }
  const visit = (element: Element): void => {
    const tag = element.localName;
    if (Object.hasOwn(widgets, tag)) {
      // The language it will speak: its own `lang`, else the closest, else the page's.
      const lang = element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
      const langs = found.get(tag) ?? new Set();
      found.set(tag, langs.add(lang.split('-')[0]!.toLowerCase()));
    } else if (element.shadowRoot) collect(element.shadowRoot, found);
    else if (tag.includes('-') && !customElements.get(tag))
      // The page's own element, not defined yet: its shadow root comes when it is.
      void customElements.whenDefined(tag).then(() => {
        if (element.shadowRoot) void discover(element.shadowRoot);
      });
  };
  if (root instanceof Element) visit(root);
  for (const element of root.querySelectorAll('*')) visit(element);
}

/**
 * Defines every widget whose tag is in `root` (an element and its subtree, a document or a
 * shadow root), and watches the shadow roots there for later ones. Resolves once those widgets
 * are defined, or failed to load.
 */
export function discover(root: Element | Document | ShadowRoot): Promise<unknown> {
  const found: Found = new Map();
  collect(root, found);
  return define(found);
}

void discover(document);
