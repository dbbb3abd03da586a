// The translators' review workflow (docs/decisions/0021), for the maintainer:
//   npm run xliff -w @mentorkit/glossary -- export ar glossary.ar.xlf
//   npm run xliff -w @mentorkit/glossary -- import glossary.ar.xlf [--lang ar]
// `export` writes the glossary's translations into one language as XLIFF 2.0 for a translator's
// tool; `import` reads the reviewed file back and, if every unit is right, writes
// reviews/<language>.json (nothing at all otherwise), which the cards then show as reviewed.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GLOSSARY_TRANSLATION_LOCALES } from '@mentorkit/core';
import type { GlossaryTranslationLocale } from '@mentorkit/core';
import { validateBundledGlossary } from '../src/bundled-terms.ts';
import type { ReviewFile } from '../src/review/reviews.ts';
import { glossaryToXliff } from '../src/review/xliff-export.ts';
import { MAX_XLIFF_CHARS } from '../src/review/xliff-format.ts';
import { formatImportErrors } from '../src/review/xliff-document.ts';
import { importXliffReviews } from '../src/review/xliff-import.ts';

const reviewsPath = (language: GlossaryTranslationLocale) =>
  fileURLToPath(new URL(`../reviews/${language}.json`, import.meta.url));

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function language(code: string | undefined): GlossaryTranslationLocale {
  if ((GLOSSARY_TRANSLATION_LOCALES as readonly (string | undefined)[]).includes(code))
    return code as GlossaryTranslationLocale;
  return fail(`Give a language: one of ${GLOSSARY_TRANSLATION_LOCALES.join(', ')}.`);
}

function readReviews(code: GlossaryTranslationLocale): ReviewFile {
  return JSON.parse(readFileSync(reviewsPath(code), 'utf8')) as ReviewFile;
}

function bundledTerms() {
  const { terms, problems } = validateBundledGlossary();
  if (problems.length > 0) fail(`The glossary's data files have ${problems.length} invalid terms.`);
  return terms;
}

const [command, ...args] = process.argv.slice(2);
if (command === 'export') {
  const code = language(args[0]);
  const xliff = glossaryToXliff(bundledTerms(), code, readReviews(code));
  if (args[1]) {
    writeFileSync(args[1], xliff);
    console.log(`Wrote ${args[1]}: the glossary in ${code}.`);
  } else process.stdout.write(xliff);
} else if (command === 'import' && args[0]) {
  const file = args[0];
  const langFlag = args.indexOf('--lang');
  const expected = langFlag === -1 ? undefined : language(args[langFlag + 1]);
  // Refused before it is read: a file this large is not one we exported.
  if (statSync(file).size > MAX_XLIFF_CHARS * 4)
    fail(`${file} is larger than an XLIFF file of the glossary can be.`);
  const text = readFileSync(file, 'utf8');
  const trgLang = /trgLang="([^"]*)"/.exec(text.slice(0, 2000))?.[1]?.split('-')[0];
  const current =
    trgLang && (GLOSSARY_TRANSLATION_LOCALES as readonly string[]).includes(trgLang)
      ? readReviews(trgLang as GlossaryTranslationLocale)
      : undefined;
  const result = importXliffReviews(text, {
    terms: bundledTerms(),
    current,
    expectedLanguage: expected,
    now: new Date(),
  });
  if (!result.ok) fail(formatImportErrors(file, result.errors));
  const { summary } = result;
  writeFileSync(reviewsPath(summary.language), `${JSON.stringify(result.reviews, null, 2)}\n`);
  console.log(
    `Imported ${file} (${summary.units} units): ${summary.reviewed} terms reviewed in ${summary.language}, ${summary.corrected} of them corrected, ${summary.withdrawn} reviews withdrawn.`,
  );
} else {
  fail(
    'usage: npm run xliff -w @mentorkit/glossary -- export <lang> [file.xlf]\n' +
      '       npm run xliff -w @mentorkit/glossary -- import <file.xlf> [--lang <lang>]',
  );
}
