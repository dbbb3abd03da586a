// The review files that ship with the glossary (reviews/<language>.json), as written by the
// XLIFF import (xliff-import.ts), which checks them; bundled like the data files.
import type { GlossaryTranslationLocale } from '@mentorkit/core';
import ar from '../../reviews/ar.json';
import fa from '../../reviews/fa.json';
import prs from '../../reviews/prs.json';
import so from '../../reviews/so.json';
import ti from '../../reviews/ti.json';
import uk from '../../reviews/uk.json';
import type { ReviewFile, Reviews } from './reviews.ts';

export const BUNDLED_REVIEWS: Readonly<Record<GlossaryTranslationLocale, ReviewFile>> = {
  ar: ar as ReviewFile,
  fa: fa as ReviewFile,
  prs: prs as ReviewFile,
  so: so as ReviewFile,
  ti: ti as ReviewFile,
  uk: uk as ReviewFile,
} satisfies Reviews;
