// Every Content-Security-Policy of the demo, in one place: a page names its policy in its front
// matter (`csp: widgets`) and the layout writes it into a <meta> element. The coordinator view's
// policy is sent as a response header by the demo server instead (demo/server/app.ts), because
// `frame-ancestors` has no effect in a <meta> element.

type Directives = Readonly<Record<string, readonly string[]>>;

/** Everything from this origin only; no plugins, no <base>. */
const SAME_ORIGIN: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
};

/** Inline styles too: the widget engineers' example pages use a `style` attribute. */
const INLINE_STYLES: Directives = { 'style-src': ["'self'", "'unsafe-inline'"] };

/** Trusted Types for every HTML sink, with Lit's own policy (the one the widgets use) only. */
const LIT_TRUSTED_TYPES: Directives = {
  'require-trusted-types-for': ["'script'"],
  'trusted-types': ['lit-html'],
};

/** The policies a page may name in its front matter. */
export const PAGE_POLICIES = {
  /** Pages with widgets: the policy the demo says partners can keep. */
  widgets: { ...SAME_ORIGIN, ...LIT_TRUSTED_TYPES },
  /** A page without widgets (the privacy notice): Trusted Types required, no policy needed. */
  'trusted-types': { ...SAME_ORIGIN, 'require-trusted-types-for': ["'script'"] },
  /** The signup form's example page. */
  'widgets-inline-styles': { ...SAME_ORIGIN, ...INLINE_STYLES, ...LIT_TRUSTED_TYPES },
  /** The calendar's and the match card's example pages. */
  'inline-styles': { ...SAME_ORIGIN, ...INLINE_STYLES },
  /** The coordinator view: its policy comes as a header (COORDINATOR_POLICY). */
  'coordinator-header': {},
  /** The React and Vue pages: no policy (yet). */
  none: {},
} as const satisfies Record<string, Directives>;

export type PagePolicyName = keyof typeof PAGE_POLICIES;

export function isPagePolicyName(name: string): name is PagePolicyName {
  return Object.hasOwn(PAGE_POLICIES, name);
}

/**
 * The coordinator view handles personal data: nothing by default, no framing, and Trusted
 * Types with Lit's own policy only (its people list and person view are Lit elements built on
 * the widgets' base), so no other string can become HTML.
 */
export const COORDINATOR_POLICY: Directives = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'form-action': ["'self'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'require-trusted-types-for': ["'script'"],
  'trusted-types': ['lit-html'],
};

/** The policy as a header or <meta> value; undefined for an empty policy (none at all). */
export function serializePolicy(directives: Directives): string | undefined {
  const parts = Object.entries(directives).map(([name, values]) => [name, ...values].join(' '));
  return parts.length > 0 ? parts.join('; ') : undefined;
}
