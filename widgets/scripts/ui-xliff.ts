// The widgets' and the extension's UI strings for translators, as XLIFF 2.0 (docs/decisions/0021):
//   npm run xliff:ui -w @mentorkit/widgets -- export ar strings.ar.xlf
//   npm run xliff:ui -w @mentorkit/widgets -- import strings.ar.xlf [--lang ar]
// One <file> per catalogue: `extension` (extension/_locales/<lang>/messages.json) and
// `widgets:<bundle>` (each bundle's messages; those that are functions carry their parameters as
// <ph/> placeholders, one segment per plural category where the text depends on a number; one
// that formats a parameter itself is left out and named). The import writes the review status to
// packages/glossary/reviews/ui-<lang>.json and a corrected extension string to its messages.json,
// or nothing at all when any unit is wrong. A corrected widget string is refused with the file to
// edit: the catalogues are TypeScript.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { SUPPORTED_LOCALES } from '@mentorkit/core/i18n';
import type { Locale } from '@mentorkit/core/i18n';
import {
  MAX_XLIFF_CHARS,
  formatImportErrors,
  importStringsXliff,
  messageStrings,
  stringsToXliff,
  type StringCatalogue,
  type StringReviewFile,
} from '@mentorkit/glossary/xliff';
import { MESSAGE_BUNDLES } from '../src/locales/bundles.ts';

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const extensionMessages = (lang: string) => repo(`extension/_locales/${lang}/messages.json`);
const reviewsPath = (lang: string) => repo(`packages/glossary/reviews/ui-${lang}.json`);
const TARGETS = SUPPORTED_LOCALES.filter((locale) => locale !== 'sv');

type ChromeMessages = Record<string, { message: string; placeholders?: unknown }>;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function language(code: string | undefined): Locale {
  if ((TARGETS as readonly (string | undefined)[]).includes(code)) return code as Locale;
  return fail(`Give a language: one of ${TARGETS.join(', ')}.`);
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

async function catalogues(lang: Locale): Promise<StringCatalogue[]> {
  const list: StringCatalogue[] = [];
  if (existsSync(extensionMessages(lang))) {
    const messages = (file: string) =>
      Object.fromEntries(
        Object.entries(readJson<ChromeMessages>(file)).map(([key, value]) => [key, value.message]),
      );
    list.push({
      id: 'extension',
      source: messages(extensionMessages('sv')),
      target: messages(extensionMessages(lang)),
      writable: true,
    });
  }
  for (const [name, bundle] of Object.entries(MESSAGE_BUNDLES)) {
    const target = lang === 'sv' ? bundle.sv : await bundle.lazy[lang]();
    const { source, target: translated, skipped } = messageStrings(bundle.sv, target, lang);
    if (skipped.length > 0)
      console.error(`widgets:${name}: left out (they format a parameter): ${skipped.join(', ')}`);
    list.push({ id: `widgets:${name}`, source, target: translated, writable: false });
  }
  return list;
}

function readReviews(lang: string): StringReviewFile | undefined {
  return existsSync(reviewsPath(lang)) ? readJson<StringReviewFile>(reviewsPath(lang)) : undefined;
}

const [command, ...args] = process.argv.slice(2);
if (command === 'export') {
  const lang = language(args[0]);
  const xliff = stringsToXliff(await catalogues(lang), lang, readReviews(lang));
  if (args[1]) {
    writeFileSync(args[1], xliff);
    console.log(`Wrote ${args[1]}: the UI strings in ${lang}.`);
  } else process.stdout.write(xliff);
} else if (command === 'import' && args[0]) {
  const file = args[0];
  const langFlag = args.indexOf('--lang');
  const expected = langFlag === -1 ? undefined : language(args[langFlag + 1]);
  if (statSync(file).size > MAX_XLIFF_CHARS * 4)
    fail(`${file} is larger than an XLIFF file of ours can be.`);
  const text = readFileSync(file, 'utf8');
  const lang = language(/trgLang="([^"]*)"/.exec(text.slice(0, 2000))?.[1]?.split('-')[0]);
  const result = importStringsXliff(text, {
    catalogues: await catalogues(lang),
    languages: TARGETS,
    current: readReviews(lang),
    expectedLanguage: expected,
    now: new Date(),
  });
  if (!result.ok) fail(formatImportErrors(file, result.errors));
  const corrections = result.corrected['extension'];
  if (corrections) {
    const path = extensionMessages(lang);
    const messages = readJson<ChromeMessages>(path);
    for (const [key, text] of Object.entries(corrections)) {
      const entry = messages[key];
      if (entry) entry.message = text;
    }
    // Written as the repository's formatter writes it, so that the diff is the corrected text.
    const options = { ...(await resolveConfig(path)), filepath: path };
    writeFileSync(path, await format(JSON.stringify(messages), options));
  }
  writeFileSync(reviewsPath(lang), `${JSON.stringify(result.reviews, null, 2)}\n`);
  const { summary } = result;
  console.log(
    `Imported ${file} (${summary.units} units): ${summary.reviewed} strings reviewed in ${lang}, ${summary.corrected} corrected.`,
  );
} else {
  fail(
    'usage: npm run xliff:ui -w @mentorkit/widgets -- export <lang> [file.xlf]\n' +
      '       npm run xliff:ui -w @mentorkit/widgets -- import <file.xlf> [--lang <lang>]',
  );
}
