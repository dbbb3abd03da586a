/**
 * The language of one element, after Shoelace's LocalizeController: each widget has its own,
 * so two widgets on one page can speak two languages.
 *
 * - Language: the host's `lang`, else the closest ancestor's (crossing shadow roots through
 *   their hosts), else the document's; mapped onto a supported locale by `resolveLocale`.
 * - Direction: sets the host's `dir` from the language (Arabic, Persian and Dari are
 *   right-to-left) unless the page author set `dir` on the host themselves.
 * - Changes: one MutationObserver, shared by every controller, watches `lang` and `dir` on the
 *   document and on the shadow roots that widgets live in, and updates the hosts it affects.
 * - Messages: the common ones plus the widget's own bundle, which the controller registers (so
 *   a page carries only the messages of the widgets it shows). Catalogues beyond Swedish load
 *   on demand, for every registered bundle. A host that renders through `whenReady` waits for
 *   them (up to MESSAGES_WAIT_MS), so the reader never sees a flash of another language; after
 *   that, or if they cannot be loaded, `term` answers in English, then Swedish (core's fallback
 *   chain), and the host renders again when they arrive.
 * - Wording: a partner's own text for any message, per language (a widget's `messages`
 *   property, passed here as `overrides`), wins over the catalogues in that language.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  directionOf,
  formatDate,
  formatList,
  formatNumber,
  formatTime,
  languageName,
  plural,
  resolveLocale,
  translate,
} from '@mentorkit/core/i18n';
import type {
  CatalogueOverrides,
  DateInput,
  LoadedCatalogues,
  Locale,
  MessageParams,
  PluralForms,
  SourceCatalogue,
  TextDirection,
} from '@mentorkit/core/i18n';
import {
  catalogues,
  isCatalogueLoaded,
  loadCatalogue,
  registerMessages,
} from '../locales/index.ts';
import type { CommonMessages, MessageBundle } from '../locales/index.ts';

export type LocalizeHost = ReactiveControllerHost & HTMLElement;

/** A partner's wording, per language: `{ sv: { signupSuccessTitle: 'Tack!' } }`. */
export type WordingOverrides<Own extends SourceCatalogue> = Partial<
  Record<Locale, CatalogueOverrides<CommonMessages & Own>>
>;

export interface LocalizeOptions<Own extends SourceCatalogue> {
  /** The partner's wording, read at each `term` (so a changed property applies at the next render). */
  overrides?: () => WordingOverrides<Own> | undefined;
}

/**
 * How long a host's render waits for its language's messages (one small chunk, usually a few
 * ms) before it shows the fallback; a stalled network must not leave the widget blank.
 */
export const MESSAGES_WAIT_MS = 3000;

/** Every controller whose host is in the document; the observer refreshes these. */
const connectedControllers = new Set<LocalizeController<SourceCatalogue>>();
let observer: MutationObserver | undefined;
const observedRoots = new WeakSet<Node>();

function refreshAll(): void {
  for (const controller of connectedControllers) controller.refresh();
}

/** Watches `lang`/`dir` everywhere under `root` (a subtree stops at shadow roots, hence one per root). */
function observeRoot(root: Node): void {
  if (observedRoots.has(root)) return;
  observer ??= new MutationObserver(refreshAll);
  observer.observe(root, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  observedRoots.add(root);
}

/** Nearest non-empty `lang` from `element` up, crossing from each shadow root to its host. */
function closestLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      // `lang=""` is how frameworks often render an unset binding: keep looking.
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

/** The shadow roots between `element` and the document, each of which needs observing. */
function enclosingShadowRoots(element: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let root = element.getRootNode();
  while (root instanceof ShadowRoot) {
    roots.push(root);
    root = root.host.getRootNode();
  }
  return roots;
}

/**
 * `Own` is the widget's messages (from the bundle it passes); `term` takes their keys and the
 * common ones. Code that shows only common messages (data states) takes `LocalizeController`.
 */
export class LocalizeController<
  Own extends SourceCatalogue = Record<never, never>,
> implements ReactiveController {
  private readonly host: LocalizeHost;
  private currentLang: Locale;
  /** The `dir` this controller last wrote; any other value on the host is the author's. */
  private appliedDir: TextDirection | undefined;
  /** Settles when the messages of `currentLang` are loaded, or could not be; while loading. */
  private loadingMessages: Promise<unknown> | undefined;
  private readonly overrides: (() => WordingOverrides<Own> | undefined) | undefined;

  constructor(
    host: LocalizeHost,
    messages?: MessageBundle<Own>,
    options: LocalizeOptions<Own> = {},
  ) {
    this.host = host;
    this.overrides = options.overrides;
    if (messages) registerMessages(messages);
    this.currentLang = resolveLocale(document.documentElement.lang);
    host.addController(this);
  }

  /** The element's language, one of the supported locales. */
  get lang(): Locale {
    return this.currentLang;
  }

  /** The element's direction: the author's explicit `dir` on the host, else its language's. */
  get dir(): TextDirection {
    const explicit = this.host.getAttribute('dir');
    if (explicit === 'ltr' || explicit === 'rtl') return explicit;
    return directionOf(this.currentLang);
  }

  hostConnected(): void {
    connectedControllers.add(this);
    observeRoot(document.documentElement);
    for (const root of enclosingShadowRoots(this.host)) observeRoot(root);
    this.refresh();
  }

  hostDisconnected(): void {
    connectedControllers.delete(this);
  }

  /**
   * Re-reads the language and direction, and asks the host to render again if the language
   * changed. The shared observer calls it; a host may too (it is cheap and idempotent).
   */
  refresh(): void {
    const lang = resolveLocale(closestLang(this.host) ?? document.documentElement.lang);
    const changed = lang !== this.currentLang;
    this.currentLang = lang;
    this.applyDir();
    if (!isCatalogueLoaded(lang)) {
      // Render again even if some chunk failed: the others, or English, may have arrived.
      const loading = loadCatalogue(lang).then(() => {
        if (this.loadingMessages === loading) this.loadingMessages = undefined;
        if (this.currentLang === lang) this.host.requestUpdate();
      });
      this.loadingMessages = loading;
    } else {
      this.loadingMessages = undefined;
    }
    if (changed) this.host.requestUpdate();
  }

  /**
   * Runs `update` once the element's messages are there (at once if they are). A host calls it
   * from `scheduleUpdate`, so that Lit's `updateComplete` covers the wait:
   * `protected override scheduleUpdate() { return this.localize.whenReady(() => super.scheduleUpdate()); }`
   */
  whenReady(update: () => void | Promise<unknown>): void | Promise<unknown> {
    const loading = this.loadingMessages;
    if (!loading) return update();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise((resolve) => (timer = setTimeout(resolve, MESSAGES_WAIT_MS)));
    return Promise.race([loading, timeout]).then(() => {
      clearTimeout(timer);
      return update();
    });
  }

  private applyDir(): void {
    const current = this.host.getAttribute('dir');
    if (current !== null && current !== this.appliedDir) {
      // Set by the page author: theirs to keep. Removing it hands `dir` back to us.
      this.appliedDir = undefined;
      return;
    }
    const wanted = directionOf(this.currentLang);
    if (current !== wanted) this.host.setAttribute('dir', wanted);
    this.appliedDir = wanted;
  }

  /**
   * The message `key` in the element's language: the partner's wording for that language if
   * given, else the catalogue's (English, then Swedish, while missing).
   */
  term<Key extends keyof (CommonMessages & Own) & string>(
    key: Key,
    ...params: MessageParams<(CommonMessages & Own)[Key]>
  ): string {
    const override: unknown = this.overrides?.()?.[this.currentLang]?.[key];
    if (typeof override === 'string') return override;
    if (typeof override === 'function')
      return String((override as (p: unknown) => unknown)(params[0]));
    // The registry is typed with the widgets' keys; an app's own bundle (an element built on
    // `@mentorkit/widgets/shared`) is registered by this controller, so its keys are there too.
    const loaded = catalogues as unknown as LoadedCatalogues<CommonMessages & Own>;
    return translate(loaded, this.currentLang, key, ...params);
  }

  /** A date (default medium style); a `YYYY-MM-DD` string is a calendar day in every zone. */
  formatDate(value: DateInput, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(value, this.currentLang, options);
  }

  /** A time of day (default hours and minutes). */
  formatTime(value: DateInput, options?: Intl.DateTimeFormatOptions): string {
    return formatTime(value, this.currentLang, options);
  }

  formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(value, this.currentLang, options);
  }

  formatList(items: readonly string[], options?: Intl.ListFormatOptions): string {
    return formatList(items, this.currentLang, options);
  }

  /** The name of language `code` in the element's language. */
  languageName(code: string): string {
    return languageName(code, this.currentLang);
  }

  /** The form of `forms` for `count` under the element's plural rules. */
  plural(count: number, forms: PluralForms): string {
    return plural(this.currentLang, count, forms);
  }
}
