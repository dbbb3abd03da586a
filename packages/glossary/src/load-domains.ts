// The glossary loaded by domain, for a page that shows it (<mk-glossary>): each domain's data
// file and each language's review file is a chunk of its own, fetched only when asked for.
// Bundlers (Vite, esbuild) turn each import() of a JSON file into a chunk; node reads it with
// the import attribute. The files are ours and checked by the tests (bundled-terms.test.ts, the
// review import), so they are used as they are, like the bundled glossary (decision 0009).
import { GLOSSARY_DOMAINS } from '@mentorkit/core';
import type { GlossaryDomain, GlossaryTerm, GlossaryTranslationLocale } from '@mentorkit/core';
import { applyReviews } from './review/reviews.ts';
import type { ReviewFile } from './review/reviews.ts';

type JsonModule = Promise<{ default: unknown }>;

const DOMAIN_FILES: Readonly<Record<GlossaryDomain, () => JsonModule>> = {
  employment: () => import('../data/employment.json', { with: { type: 'json' } }),
  pay: () => import('../data/pay.json', { with: { type: 'json' } }),
  unions: () => import('../data/unions.json', { with: { type: 'json' } }),
  culture: () => import('../data/culture.json', { with: { type: 'json' } }),
  safety: () => import('../data/safety.json', { with: { type: 'json' } }),
  authorities: () => import('../data/authorities.json', { with: { type: 'json' } }),
  foundry: () => import('../data/foundry.json', { with: { type: 'json' } }),
  wood: () => import('../data/wood.json', { with: { type: 'json' } }),
  cleaning: () => import('../data/cleaning.json', { with: { type: 'json' } }),
  care: () => import('../data/care.json', { with: { type: 'json' } }),
  office: () => import('../data/office.json', { with: { type: 'json' } }),
};

const REVIEW_FILES: Readonly<Record<GlossaryTranslationLocale, () => JsonModule>> = {
  ar: () => import('../reviews/ar.json', { with: { type: 'json' } }),
  fa: () => import('../reviews/fa.json', { with: { type: 'json' } }),
  prs: () => import('../reviews/prs.json', { with: { type: 'json' } }),
  so: () => import('../reviews/so.json', { with: { type: 'json' } }),
  ti: () => import('../reviews/ti.json', { with: { type: 'json' } }),
  uk: () => import('../reviews/uk.json', { with: { type: 'json' } }),
};

export function isGlossaryDomain(value: string): value is GlossaryDomain {
  return (GLOSSARY_DOMAINS as readonly string[]).includes(value);
}

export interface LoadDomainsOptions {
  /** The reader's language: its review file is loaded and applied. Others stay machine-assisted. */
  language?: GlossaryTranslationLocale;
}

/**
 * The terms of `domains` (all of them when empty), in GLOSSARY_DOMAINS' order, with the standing
 * reviews of `language` applied. Rejects when a file cannot be fetched.
 */
export async function loadDomainTerms(
  domains: readonly GlossaryDomain[],
  { language }: LoadDomainsOptions = {},
): Promise<GlossaryTerm[]> {
  const wanted = GLOSSARY_DOMAINS.filter(
    (domain) => domains.length === 0 || domains.includes(domain),
  );
  const [files, reviews] = await Promise.all([
    Promise.all(wanted.map((domain) => DOMAIN_FILES[domain]())),
    language ? REVIEW_FILES[language]() : undefined,
  ]);
  const terms = files.flatMap((file) => file.default as GlossaryTerm[]);
  return language && reviews
    ? applyReviews(terms, { [language]: reviews.default as ReviewFile })
    : terms;
}
