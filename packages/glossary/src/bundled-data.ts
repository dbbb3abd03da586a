// The bundled data files, one per domain, as they are on disk (not yet validated:
// bundled-terms.ts does that). Bundlers, vitest and esbuild import the JSON as usual.
import type { GlossaryDomain } from '@mentorkit/core';
import authorities from '../data/authorities.json';
import care from '../data/care.json';
import cleaning from '../data/cleaning.json';
import culture from '../data/culture.json';
import employment from '../data/employment.json';
import foundry from '../data/foundry.json';
import office from '../data/office.json';
import pay from '../data/pay.json';
import safety from '../data/safety.json';
import unions from '../data/unions.json';
import wood from '../data/wood.json';

/** Raw terms by domain, in the order of GLOSSARY_DOMAINS. */
export const BUNDLED_DATA_FILES: Readonly<Record<GlossaryDomain, readonly unknown[]>> = {
  employment,
  pay,
  unions,
  culture,
  safety,
  authorities,
  foundry,
  wood,
  cleaning,
  care,
  office,
};
